"""Whether an exam is unfinished, asked of the SQLite file before the store opens (so the app
can show its library while SQLAlchemy is still being imported): the same answer as the store's
own, through an exam's life, and "cannot tell" wherever it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.store import AttemptStatus, open_store
from docexam.store.location import database_url, exam_may_be_unfinished

from .helpers import begin


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'results.sqlite'}"


@pytest.mark.parametrize("modes", [["exam"], ["practice"], ["practice", "exam"], ["exam", "exam"]])
def test_the_answer_before_the_store_opens_is_the_stores_through_an_exams_life(
    tmp_path: Path, modes: list[str]
) -> None:
    url = _url(tmp_path)
    assert exam_may_be_unfinished(url) is False  # a first start: no file yet
    store = open_store(url)

    def stores_answer() -> bool:
        return any(a.exercise_set.mode == "exam" for a in store.unfinished_attempts())

    assert exam_may_be_unfinished(url) is stores_answer() is False
    attempts = [begin(store, mode, f"Trainee {n}")[2] for n, mode in enumerate(modes)]
    assert exam_may_be_unfinished(url) is stores_answer() is ("exam" in modes)
    for attempt in attempts:  # each finished in turn: the answer follows the store's
        store.finish_attempt(attempt.id, status=AttemptStatus.ABANDONED)
        assert exam_may_be_unfinished(url) is stores_answer()
    assert exam_may_be_unfinished(url) is False
    store.close()


def test_what_it_cannot_read_it_leaves_to_the_store(tmp_path: Path) -> None:
    assert exam_may_be_unfinished("postgresql+psycopg://root@127.0.0.1/test") is None
    damaged = tmp_path / "results.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    assert exam_may_be_unfinished(_url(tmp_path)) is None
    other = tmp_path / "other"
    other.mkdir()
    (other / "results.sqlite").write_bytes(b"")  # an empty file: no attempt table
    assert exam_may_be_unfinished(_url(other)) is None


def test_the_default_database_is_the_file_in_the_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DOCEXAM_DATABASE_URL", raising=False)
    monkeypatch.setenv("DOCEXAM_DATA_DIR", str(tmp_path))
    assert database_url() == f"sqlite:///{tmp_path / 'results.sqlite'}"
    monkeypatch.setenv("DOCEXAM_DATABASE_URL", "sqlite:////elsewhere/r.sqlite")
    assert database_url() == "sqlite:////elsewhere/r.sqlite"
