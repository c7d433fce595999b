"""Code that only needs the store's records loads neither SQLAlchemy nor Alembic."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import docexam.store

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    import docexam.store
    import docexam.store.records
    import docexam.store.port
    import docexam.store.quiz_bridge
    import docexam.store.location
    from docexam.store import AttemptStatus, Trainee

    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
    assert not heavy, f"loaded with the records: {heavy[:5]} ({len(heavy)} modules)"
    store = docexam.store.open_store(sys.argv[1])
    assert "sqlalchemy" in sys.modules and "alembic" in sys.modules
    trainee = store.create_trainee("Lazy Import", "Border Police", 1)
    assert isinstance(trainee, Trainee) and store.list_trainees() == [trainee]
    store.close()
    print("opened", AttemptStatus.FINISHED.value)
    """
)


def test_records_load_without_sqlalchemy_and_the_store_opens_on_use(sqlite_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, sqlite_url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["opened", "finished"]


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Stor'"):
        docexam.store.Stor  # type: ignore[attr-defined]  # noqa: B018
    assert {"open_store", "Store", "Trainee"} <= set(dir(docexam.store))
