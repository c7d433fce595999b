"""A class server (a SQLite file, as for one room; PostgreSQL where the store tests run it), a
pack whose exercises.json ships the class's sets, and the class itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from docexam.core.domain.model import Status
from docexam.core.library.library import Library
from docexam.core.pack.exercise_file import set_to_json, write_exercises
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.training.quiz import ExerciseSet, Mode, SpecimenRef, VerdictExercise
from docexam.store import Store, open_store
from docexam.store.class_link import StoreClassLink
from docexam.store.classes import Classroom

from ..conftest import BASIC

NAMES = ("Bo Lindqvist", "Li Wei", "Ana Ferreira", "Tomas Brandt")


@dataclass
class ClassServer:
    url: str
    store: Store
    room: Classroom
    class_id: int
    sets: dict[str, ExerciseSet]


def class_sets(pack_id: str, specimen_ids: list[str]) -> dict[str, ExerciseSet]:
    objectives = ("L1.uv.substrate", "L2.fraud.photo", "L1.fraud.types")
    items = tuple(
        VerdictExercise(
            f"verdict-{n}",
            (objectives[n % 3],),
            SpecimenRef(pack_id, sid),
            Status.GENUINE if n % 2 else Status.PHOTO_SUBSTITUTION,
        )
        for n, sid in enumerate(specimen_ids)
    )
    return {
        "class-exam": ExerciseSet("class-exam", {"en": "Class exam"}, items[:3], Mode.EXAM, 600),
        "class-practice": ExerciseSet(
            "class-practice", {"en": "Class practice"}, items, Mode.PRACTICE, None
        ),
    }


@pytest.fixture
def class_library(tmp_path: Path) -> tuple[Library, dict[str, ExerciseSet]]:
    base = read_pack(BASIC)
    original = base.specimens[0]
    copies = tuple(replace(original, id=f"{original.id}-{n}") for n in range(6))
    root = write_pack(replace(base, id="six", specimens=copies), tmp_path / "bundled" / "six")
    sets = class_sets("six", [c.id for c in copies])
    write_exercises(root, list(sets.values()))
    return Library(tmp_path / "library", [tmp_path / "bundled"]), sets


@pytest.fixture
def server(
    tmp_path: Path, class_library: tuple[Library, dict[str, ExerciseSet]]
) -> Iterator[ClassServer]:
    url = f"sqlite:///{tmp_path / 'class-server.sqlite'}"
    store = open_store(url)
    ids = [store.create_trainee(name, "Border Police", 1).id for name in NAMES]
    room = Classroom(store)
    group = room.create_class(
        "2B spring", "Document examination I", date(2027, 3, 1), date(2027, 3, 12), ids
    )
    yield ClassServer(url, store, room, group.id, class_library[1])
    store.close()


@pytest.fixture
def link() -> Iterator[StoreClassLink]:
    made = StoreClassLink()
    yield made
    made.close()


def session_json(server: ClassServer, key: str) -> dict[str, object]:
    return dict(set_to_json(server.sets[key]))
