"""``docexam db upgrade`` and ``docexam results export``: exit codes and readable lines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.store import open_store
from docexam.store.db import head_revision

from .helpers import answer, begin, grades


def test_db_upgrade_creates_then_reports_latest(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["db", "upgrade", "--database-url", db_url]) == 0
    assert (
        f"upgraded from an empty database to revision {head_revision()}" in capsys.readouterr().out
    )
    assert run(["db", "upgrade", "--database-url", db_url]) == 0
    assert f"already at revision {head_revision()}" in capsys.readouterr().out


def test_default_database_lives_in_the_data_dir(
    isolated_user_state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["db", "upgrade"]) == 0
    assert (isolated_user_state / "results.sqlite").is_file()


def test_results_export_csv(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(db_url)
    _, _, attempt = begin(store, mode="exam")
    answer(store, attempt.id, 0, 1.0)
    answer(store, attempt.id, 1, 0.5)
    store.finish_attempt(attempt.id, grades=grades({0: 1.0, 1: 0.5}))
    store.close()
    out = tmp_path / "results.csv"
    assert (
        run(["results", "export", "--format", "csv", "-o", str(out), "--database-url", db_url]) == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["score"] for r in rows] == ["1.0", "0.5"]
    assert [r["objectives"] for r in rows] == ["L1.uv.substrate"] * 2  # unsealed once graded
    assert rows[0]["trainee"] == "Li Wei" and rows[0]["item"] == "1"
    assert rows[0]["answered_at"].endswith("+00:00")
    capsys.readouterr()
    assert run(["results", "export", "--database-url", db_url]) == 0
    assert len(list(csv.reader(io.StringIO(capsys.readouterr().out)))) == 3


def test_export_hides_scores_and_objectives_of_an_unfinished_exam_and_defuses_formulas(
    db_url: str, tmp_path: Path
) -> None:
    store = open_store(db_url)
    _, _, exam = begin(store, mode="exam", name='=HYPERLINK("http://x")')
    answer(store, exam.id, 0, 1.0)
    _, _, practice = begin(store, mode="practice", name="+Ada")
    answer(store, practice.id, 0, 0.5)
    store.close()
    out = tmp_path / "results.csv"
    assert run(["results", "export", "-o", str(out), "--database-url", db_url]) == 0
    rows = {r["mode"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["exam"]["score"] == "" and rows["exam"]["max_score"] == ""
    assert rows["exam"]["objectives"] == ""  # an objective id can name the fraud
    assert rows["practice"]["score"] == "0.5" and rows["practice"]["objectives"] != ""
    assert rows["exam"]["trainee"] == '\'=HYPERLINK("http://x")'
    assert rows["practice"]["trainee"] == "'+Ada"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x/y", "unsupported database 'mysql'"),
        ("postgresql://postgres@127.0.0.1:1/none", "cannot open the results database"),
        ("::not a url::", "not a database URL"),
    ],
)
def test_bad_database_urls_are_readable(
    url: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["db", "upgrade", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
