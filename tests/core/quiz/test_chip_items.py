"""Chip-check items: forged as `docexam forge --chip-fraud` forges them, the key built from the
truth (the forgery record) scores 100 %, names the step the reader's verification fails, and any
other answer scores less; the item survives exercises.json and the stored answer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.cli import run
from docexam.core.chip.check import check_specimen
from docexam.core.chip.frauds import CHIP_FRAUDS
from docexam.core.chip.verify import STEPS
from docexam.core.exercise.model import SpecimenRef
from docexam.core.pack.exercise_file import exercise_from_json, exercise_to_json
from docexam.core.pack.io import read_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ChipAnswer, ChipExercise, score
from docexam.core.training.quiz.answer_codec import answer_from_json, answer_to_json
from docexam.core.training.quiz.chip_items import alternate_verdicts
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for

# States whose chips have Active Authentication (a clone needs it) and one without.
STATES = ("UTO", "ZRN", "QNB", "QVL")


def _items(out: Path) -> tuple[list[ChipExercise], object]:
    pack = read_pack(out)
    items = [
        e
        for e in all_exercises([pack], scope_for(load_curriculum()), seed=1)
        if isinstance(e, ChipExercise)
    ]
    return items, pack


@settings(max_examples=10)
@given(
    fraud=st.sampled_from(CHIP_FRAUDS),
    state=st.sampled_from(STATES),
    seed=st.integers(1, 10_000),
)
def test_the_key_from_the_truth_scores_full_and_names_the_step_verify_fails(
    fraud: str, state: str, seed: int
) -> None:
    if fraud == "cloned_chip" and state == "QVL":
        state = "UTO"  # a chip without Active Authentication cannot be told from its clone
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pack"
        args = ["forge", "--chip-fraud", fraud, "--state", state, "--seed", str(seed)]
        assert run([*args, "--dpi", "150", "--with-genuine", "-o", str(out)]) == 0
        items, pack = _items(out)
        # One item for the genuine, one for the chip fraud, both at the chip objective.
        assert sorted(i.passes for i in items) == [False, True]
        for item in items:
            assert item.objectives == ("L2.fraud.chip",)
            assert item.steps == STEPS
            specimen = pack.specimen(item.specimen.specimen_id)  # type: ignore[attr-defined]
            report = check_specimen(out, specimen)
            expected_failed = () if item.passes else (item.failing_step,)
            assert report.failed == expected_failed, (fraud, report.steps)
            key = ChipAnswer(item.passes, item.failing_step)
            right = score(item, key)
            assert right.correct and right.fraction == 1.0
            # Any other answer earns less: the other verdict, or another step.
            assert not score(item, ChipAnswer(not item.passes, STEPS[0])).correct
            if not item.passes:
                other = next(s for s in STEPS if s != item.failing_step)
                half = score(item, ChipAnswer(False, other))
                assert half.earned == 1.0 and not half.correct
                assert score(item, ChipAnswer(True, None)).earned == 0.0
            # exercises.json and the stored answer keep it.
            assert exercise_from_json(exercise_to_json(item)) == item
            assert answer_from_json(answer_to_json(key)) == key


def test_a_genuine_passport_without_its_chip_file_gets_no_chip_item(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    assert run(["generate", "--state", "UTO", "--type", "td1", "--dpi", "150", "-o", str(out)]) == 0
    items, _ = _items(out)
    assert items == []


@given(
    verdicts=st.lists(st.booleans(), min_size=2, max_size=12),
    passing_first=st.booleans(),
    drawn=st.integers(2, 12),
)
def test_chip_items_drawn_from_the_end_alternate_verdicts(
    verdicts: list[bool], passing_first: bool, drawn: int
) -> None:
    """``_mix`` pops chip items from the end: any two or more drawn hold both verdicts when the
    pool has both, and none is lost or doubled."""
    items = [
        ChipExercise(f"ex-{n}", ("L2.fraud.chip",), SpecimenRef("p", f"s{n}"), v, None, STEPS)
        for n, v in enumerate(verdicts)
    ]
    ordered = alternate_verdicts(items, passing_first)
    assert sorted(i.id for i in ordered) == sorted(i.id for i in items)
    taken = ordered[-min(drawn, len(ordered)) :]
    assert {i.passes for i in taken} == set(verdicts)  # type: ignore[union-attr]
    assert taken[-1].passes is passing_first or set(verdicts) == {not passing_first}  # type: ignore[union-attr]
