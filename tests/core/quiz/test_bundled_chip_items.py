"""The bundled set gives chip items of every kind: built as first start builds it (the shipped
chip-fraud recipes beside the shipped genuine passports), the L2 fraud module's exercise sets
draw chip items that pass and that fail (both, whenever a set has two chip items), each asking for
the failing step, over many seeds."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docexam.core.chip.check import check_specimen
from docexam.core.chip.frauds import CHIP_FRAUDS, FAILS
from docexam.core.chip.verify import STEPS
from docexam.core.domain.model import Pack
from docexam.core.exercise.model import ExerciseKind
from docexam.core.library.bundled import ensure_bundled, load_recipes
from docexam.core.pack.forgery_record import read_record
from docexam.core.pack.io import read_pack
from docexam.core.synth.forgery.chip_frauds import PLAN
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ChipExercise
from docexam.core.training.quiz.chip_items import chip_fraud_of
from docexam.core.training.quiz.generate import all_exercises, generate_set, specimen_exercises
from docexam.core.training.quiz.scope import scope_for

MODULE = "L2.fraud"


def test_the_shipped_recipes_hold_every_chip_fraud() -> None:
    [pack] = load_recipes()["chip_fraud_packs"]
    assert sorted(j["fraud"] for j in pack["jobs"]) == sorted(CHIP_FRAUDS)
    assert len({j["state"] for j in pack["jobs"]}) >= 4


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[Pack]:
    """The shipped chip-fraud pack and the shipped genuine passports, at 150 dpi for speed."""
    shipped = load_recipes()
    genuine = [
        {**p, "specimens": [s for s in p["specimens"] if s["type"] == "td3"]}
        for p in shipped["packs"]
    ]
    data = {"dpi": 150, "packs": genuine, "chip_fraud_packs": shipped["chip_fraud_packs"]}
    recipes = tmp_path_factory.mktemp("recipes") / "recipes.json"
    recipes.write_text(json.dumps(data), encoding="utf-8")
    target = ensure_bundled(tmp_path_factory.mktemp("cache"), recipes_file=recipes)
    return [read_pack(d) for d in sorted(target.iterdir()) if d.is_dir()]  # not .complete


def test_every_bundled_chip_fraud_fails_the_step_its_item_asks_for(bundled: list[Pack]) -> None:
    items = [
        e
        for e in all_exercises(bundled, scope_for(load_curriculum(), MODULE))
        if isinstance(e, ChipExercise)
    ]
    failing = {i.failing_step for i in items if not i.passes}
    assert failing == set(FAILS.values())
    assert any(i.passes for i in items)
    packs = {p.id: p for p in bundled}
    for item in items:
        pack = packs[item.specimen.pack_id]
        assert pack.root is not None
        report = check_specimen(pack.root, pack.specimen(item.specimen.specimen_id))
        assert report.failed == (() if item.passes else (item.failing_step,)), report.steps


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**31), count=st.integers(8, 20))
def test_a_set_with_two_chip_items_has_a_passing_and_a_failing_one(
    bundled: list[Pack], seed: int, count: int
) -> None:
    """Every set of the module that draws two chip items or more draws both verdicts (a set
    whose chips all pass teaches nothing about the failing step; all failing, to refer every
    passport); each item offers every step and keys the failing one."""
    chosen = generate_set(bundled, load_curriculum(), module=MODULE, count=count, seed=seed)
    items = [e for e in chosen.exercises if isinstance(e, ChipExercise)]
    if count == 20:
        assert len(items) >= 2  # a full practice set draws several
    if len(items) >= 2:
        assert {i.passes for i in items} == {True, False}, [i.passes for i in items]
    for item in items:
        assert item.steps == STEPS
        assert (item.failing_step is None) is item.passes
        assert "which step fails" in item.prompt["en"]


def test_sets_draw_failing_chips_of_several_kinds(bundled: list[Pack]) -> None:
    steps = set()
    for seed in range(12):
        chosen = generate_set(bundled, load_curriculum(), module=MODULE, count=20, seed=seed)
        steps |= {e.failing_step for e in chosen.exercises if isinstance(e, ChipExercise)}
    assert len(steps - {None}) >= 2


def test_a_sign_only_the_chip_shows_is_asked_only_by_chip_items(bundled: list[Pack]) -> None:
    """A revoked signer or a clone leaves the page as issued: no verdict or marking item can
    be answered from it (their viewers offer no reader); a fraud that changed the page keeps
    them."""
    pack = next(p for p in bundled if p.id == "docexam-chip-frauds")
    scope = scope_for(load_curriculum())
    for specimen in pack.specimens:
        assert specimen.root is not None
        record = read_record(specimen.root)
        assert record is not None
        fraud = chip_fraud_of(record)
        assert fraud is not None
        kinds = {e.kind for e in specimen_exercises(pack.id, specimen, scope, 1)}
        assert ExerciseKind.CHIP_CHECK in kinds
        judged = kinds & {ExerciseKind.VERDICT, ExerciseKind.MARK_ALTERATIONS}
        assert bool(judged) is bool(PLAN[fraud].page_operations), (fraud, kinds)
