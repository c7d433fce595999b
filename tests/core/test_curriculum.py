"""The bundled curriculum loads, is bilingual, and covers the taxonomy, lights and fraud types."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status
from docexam.core.domain.taxonomy import CATEGORIES, GROUPS
from docexam.core.exercise.model import ExerciseKind
from docexam.core.training.curriculum import (
    LANGUAGES,
    CurriculumError,
    FalsedocStep,
    curriculum_from_json,
    default_path,
    load_curriculum,
)

CURRICULUM = load_curriculum()
OBJECTIVES = CURRICULUM.objectives()


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(default_path().read_text(encoding="utf-8"))
    return data


def test_every_level_has_modules_and_objectives() -> None:
    for level in (1, 2, 3):
        assert CURRICULUM.objectives(level), f"level {level} has no objectives"
        assert all(CURRICULUM.levels[level][lang] for lang in LANGUAGES)


def test_objective_ids_are_unique_and_stable() -> None:
    ids = [o.id for o in OBJECTIVES]
    assert len(ids) == len(set(ids))
    assert CURRICULUM.objective("L1.uv.substrate").lights == (LightSource.UV365,)
    assert all(o.id.startswith(f"L{o.level}.") for o in OBJECTIVES)


def test_every_title_is_in_english_and_chinese() -> None:
    for module in CURRICULUM.modules:
        for text in (module.title, module.description, *(o.title for o in module.objectives)):
            assert all(text.get(lang, "").strip() for lang in LANGUAGES), text


def test_covers_every_category_and_group() -> None:
    covered = {c for o in OBJECTIVES for c in o.categories}
    assert set(CATEGORIES) <= covered
    assert {CATEGORIES[c].group for c in covered} == set(GROUPS)


def test_covers_every_light_source() -> None:
    assert {li for o in OBJECTIVES for li in o.lights} == set(LightSource)


def test_covers_every_fraud_type() -> None:
    assert {s for o in OBJECTIVES for s in o.fraud_types} == set(Status)


def test_covers_the_falsedoc_procedure_at_first_line() -> None:
    first_line = {step for o in CURRICULUM.objectives(1) for step in o.falsedoc}
    assert first_line == set(FalsedocStep)


def test_every_exercise_kind_trains_some_objective() -> None:
    assert {k for o in OBJECTIVES for k in o.exercise_kinds} == set(ExerciseKind)


def test_errors_name_the_file_and_every_field() -> None:
    data = raw()
    broken = copy.deepcopy(data)
    objective = broken["modules"][0]["objectives"][0]
    objective["lights"] = ["uv365", "moonlight"]
    objective["categories"] = ["made.up"]
    del objective["title"]["zh-Hans"]
    broken["modules"][1]["objectives"][0]["id"] = "L3.wrong.level"
    with pytest.raises(CurriculumError) as err:
        curriculum_from_json(broken, "curriculum.json")
    problems = "\n".join(err.value.problems)
    assert (
        "curriculum.json: modules[0].objectives[0].lights[1]: unknown value 'moonlight'" in problems
    )
    assert "modules[0].objectives[0].categories[0]: unknown value 'made.up'" in problems
    assert "modules[0].objectives[0].title.zh-Hans: missing or empty" in problems
    assert "modules[1].objectives[0].id" in problems


def test_duplicate_ids_and_bad_files_are_refused(tmp_path: Path) -> None:
    data = raw()
    data["modules"][0]["objectives"].append(copy.deepcopy(data["modules"][0]["objectives"][0]))
    with pytest.raises(CurriculumError, match="used twice"):
        curriculum_from_json(data)
    bad = tmp_path / "c.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(CurriculumError, match=r"c\.json: not JSON"):
        load_curriculum(bad)
    with pytest.raises(CurriculumError, match="cannot read"):
        load_curriculum(tmp_path / "missing.json")
    with pytest.raises(CurriculumError, match=r"no module 'L9\.x'"):
        CURRICULUM.module("L9.x")
