"""The curriculum as data: levels > modules > learning objectives, read from
``docexam/shipped/curriculum/curriculum.json`` and checked field by field.

An objective says what it trains (feature categories, light sources, fraud types, FALSEDOC
steps) and which exercise kinds train it; the exercise generator uses those tags to tie each
exercise to objectives, and ``docexam curriculum coverage`` reports the objectives left bare.
Objective ids are stable (``L1.uv.substrate``): the results store keys mastery on them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from docexam import shipped
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText, Status
from docexam.core.domain.taxonomy import CATEGORIES
from docexam.core.exercise.model import ExerciseKind

FORMAT = "docexam-curriculum"
LANGUAGES = ("en", "zh-Hans")  # every title must exist in both
_ID = re.compile(r"^L([123])\.[a-z0-9_]+(\.[a-z0-9_]+)*$")


class CurriculumError(DocexamError):
    """The curriculum file is unreadable or invalid; ``problems`` lists every problem."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message if not problems else f"{message}: " + "; ".join(problems[:8]))
        self.problems = problems or [message]


class FalsedocStep(StrEnum):
    """The IOM inspection procedure, in its order."""

    FACE = "face"
    ALTERED_DATA = "altered_data"
    LAMINATE = "laminate"
    STITCHING = "stitching"
    EDGES = "edges"
    DOCUMENT_NUMBER = "document_number"
    OVERSEAS_TRAVEL = "overseas_travel"
    CONSISTENCY = "consistency"


@dataclass(frozen=True)
class Objective:
    id: str
    level: int
    module_id: str
    title: I18nText
    categories: tuple[str, ...] = ()
    lights: tuple[LightSource, ...] = ()
    fraud_types: tuple[Status, ...] = ()
    falsedoc: tuple[FalsedocStep, ...] = ()
    exercise_kinds: tuple[ExerciseKind, ...] = ()


@dataclass(frozen=True)
class Module:
    id: str
    level: int
    title: I18nText
    description: I18nText
    objectives: tuple[Objective, ...]


@dataclass(frozen=True)
class Curriculum:
    title: I18nText
    levels: dict[int, I18nText]
    modules: tuple[Module, ...]

    def objectives(self, level: int | None = None) -> tuple[Objective, ...]:
        return tuple(
            o for m in self.modules if level is None or m.level == level for o in m.objectives
        )

    def objective(self, objective_id: str) -> Objective:
        for o in self.objectives():
            if o.id == objective_id:
                return o
        raise KeyError(objective_id)

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        known = ", ".join(m.id for m in self.modules)
        raise CurriculumError(f"no module {module_id!r} in the curriculum (modules: {known})")


def default_path() -> Path:
    return shipped.CURRICULUM


class _Reader:
    """Collects every problem with its path (``modules[2].objectives[0].lights[1]``)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.source}: {where}: {message}")

    def text(self, data: dict[str, Any], key: str, where: str) -> I18nText:
        value = data.get(key)
        if not isinstance(value, dict):
            self.fail(f"{where}.{key}", "must be an object of language -> text")
            return {}
        for lang in LANGUAGES:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                self.fail(f"{where}.{key}.{lang}", "missing or empty")
        return {str(k): str(v) for k, v in value.items()}

    def values(self, data: dict[str, Any], key: str, where: str, allowed: Any) -> tuple[Any, ...]:
        raw = data.get(key, [])
        if not isinstance(raw, list):
            self.fail(f"{where}.{key}", "must be a list")
            return ()
        out = []
        for i, item in enumerate(raw):
            try:
                out.append(allowed(item))
            except (ValueError, KeyError):
                self.fail(f"{where}.{key}[{i}]", f"unknown value {item!r}")
        return tuple(out)


def _category(code: str) -> str:
    if code not in CATEGORIES:
        raise KeyError(code)
    return code


def _objective(r: _Reader, d: Any, where: str, module: Module) -> Objective | None:
    if not isinstance(d, dict):
        r.fail(where, "must be an object")
        return None
    oid = d.get("id")
    match = _ID.match(oid) if isinstance(oid, str) else None
    if match is None:
        r.fail(f"{where}.id", f"{oid!r} is not an objective id like 'L1.uv.substrate'")
    elif int(match.group(1)) != module.level:
        r.fail(f"{where}.id", f"{oid!r} does not start with the module's level L{module.level}")
    return Objective(
        str(oid),
        module.level,
        module.id,
        r.text(d, "title", where),
        r.values(d, "categories", where, _category),
        r.values(d, "lights", where, LightSource),
        r.values(d, "fraud_types", where, Status),
        r.values(d, "falsedoc", where, FalsedocStep),
        r.values(d, "exercise_kinds", where, ExerciseKind),
    )


def _module(r: _Reader, d: Any, where: str) -> Module | None:
    if not isinstance(d, dict):
        r.fail(where, "must be an object")
        return None
    level = d.get("level")
    if level not in (1, 2, 3):
        r.fail(f"{where}.level", f"{level!r} is not 1, 2 or 3")
        level = 1
    mid = d.get("id")
    if not isinstance(mid, str) or not mid.startswith(f"L{level}."):
        r.fail(f"{where}.id", f"{mid!r} must be a string starting with 'L{level}.'")
    shell = Module(str(mid), level, r.text(d, "title", where), r.text(d, "description", where), ())
    raw = d.get("objectives")
    if not isinstance(raw, list) or not raw:
        r.fail(f"{where}.objectives", "must be a non-empty list")
        raw = []
    objectives = [_objective(r, o, f"{where}.objectives[{i}]", shell) for i, o in enumerate(raw)]
    kept = tuple(o for o in objectives if o is not None)
    return Module(shell.id, level, shell.title, shell.description, kept)


def curriculum_from_json(data: Any, source: str = "curriculum.json") -> Curriculum:
    r = _Reader(source)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CurriculumError(f"{source}: format: not a {FORMAT} file")
    if data.get("format_version") != 1:
        raise CurriculumError(f"{source}: format_version: only version 1 is understood")
    title = r.text(data, "title", "(top)")
    levels: dict[int, I18nText] = {}
    for key in ("1", "2", "3"):
        levels[int(key)] = r.text(data.get("levels", {}), key, "levels")
    raw = data.get("modules")
    if not isinstance(raw, list) or not raw:
        r.fail("modules", "must be a non-empty list")
        raw = []
    modules = [_module(r, m, f"modules[{i}]") for i, m in enumerate(raw)]
    seen: set[str] = set()
    for m in modules:
        for o in m.objectives if m else ():
            if o.id in seen:
                r.fail(f"objective {o.id}", "id used twice")
            seen.add(o.id)
    if r.problems:
        raise CurriculumError(f"{source}: invalid curriculum", r.problems)
    return Curriculum(title, levels, tuple(m for m in modules if m is not None))


def load_curriculum(path: Path | None = None) -> Curriculum:
    """Read and check the curriculum (by default the bundled one)."""
    path = Path(path) if path is not None else default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CurriculumError(f"{path}: cannot read ({exc.strerror})") from exc
    except ValueError as exc:
        raise CurriculumError(f"{path}: not JSON ({exc})") from exc
    return curriculum_from_json(data, str(path))
