"""``docexam class report / certificate`` as an instructor types them: the PDFs read back with
pypdf carry the database's numbers, the CSV and xAPI match the attempts, and a certificate is
refused to a trainee who did not pass the course's exam. Over several seeds."""

from __future__ import annotations

import csv
import json
import random
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from docexam.cli import run
from docexam.store import Grade, Store
from docexam.store.classes import Classroom
from docexam.store.seat import Seat
from tests.store.helpers import set_json

NAMES = ("Li Wei", "Ana Ruiz", "Bo Lindqvist", "Kemal Aydın")


def _text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def _sit(
    store: Store,
    tmp: Path,
    code: str,
    trainee_id: int,
    scores: list[float],
    *,
    forged: bool = False,
) -> None:
    """A workstation takes the session's set with answers earning these item scores, and
    delivers; ``forged``: a tampered client that claims full marks for every item."""
    from docexam.store import open_store

    local = open_store(f"sqlite:///{tmp / f'ws-{trainee_id}-{code}.sqlite'}")
    room = Classroom(store)
    session = room.join(code)
    seat = Seat(local, store, session, trainee_id)
    me = seat.create_trainee("Me", "", 1)
    stored = seat.save_exercise_set("utopia-basic", set_json(session.set_key, session.mode, 4))
    attempt = seat.start_attempt(me.id, stored.id)
    for i, score in enumerate(scores):
        objective = ("L1.uv.substrate", "L2.fraud.photo")[i % 2]
        payload = {"kind": "verdict", "verdict": "genuine" if score else "counterfeit"}
        claimed = 1.0 if forged else score
        seat.record_answer(attempt.id, i, f"ex-{i}", [objective], payload, claimed, 1.0, {}, 1.0)
    claims = {i: Grade(1.0 if forged else s, 1.0, {}) for i, s in enumerate(scores)}
    seat.finish_attempt(attempt.id, grades=claims)
    assert seat.deliver().waiting == 0
    local.close()


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_reports_carry_the_database_numbers(
    store: Store, sqlite_url: str, tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the CLI path is the same on both; one database is enough here")
    rng = random.Random(seed)
    ids = [store.create_trainee(n, "Border Police", 1 + i % 2).id for i, n in enumerate(NAMES)]
    room = Classroom(store)
    group = room.create_class("2B", "Documents I", date(2027, 3, 1), date(2027, 3, 5), ids)
    practice = room.start_session(group.id, "utopia-basic", set_json("drill-1", "practice", 4))
    exam = room.start_session(group.id, "utopia-basic", set_json("exam-1", "exam", 4))
    scores: dict[int, list[float]] = {}
    for tid in ids:
        _sit(store, tmp_path, practice.code, tid, [float(rng.random() < 0.6) for _ in range(4)])
        if tid != ids[-1]:  # the last trainee never sits the exam
            scores[tid] = [float(rng.random() < 0.7) for _ in range(4)]
            if tid == ids[0]:
                scores[tid][rng.randrange(4)] = 0.0  # so that the forgery shows
            _sit(store, tmp_path, exam.code, tid, scores[tid], forged=tid == ids[0])
    passed = {tid for tid, s in scores.items() if sum(s) / 4 >= 0.6}

    # Before the close: the workstations' own grades, labelled provisional; no certificate.
    early = tmp_path / "early"
    assert run(["class", "report", "--url", sqlite_url, "--class", "2B", "--out", str(early)]) == 0
    assert not list(early.glob("certificate-*.pdf"))
    rows = list(csv.DictReader((early / "class-report.csv").open(encoding="utf-8")))
    forged_row = next(
        r for r in rows if r["session_code"] == exam.code and int(r["trainee_id"]) == ids[0]
    )
    assert forged_row["official"] == "provisional" and float(forged_row["score"]) == 4
    assert "(provisional)" in _text(early / f"trainee-{ids[0]}.pdf")

    # The instructor closes the exam: every stored answer is re-scored with the keys.
    assert run(["class", "close", "--url", sqlite_url, "--code", exam.code]) == 0
    capsys.readouterr()
    out = tmp_path / "reports"
    assert run(["class", "report", "--url", sqlite_url, "--class", "2B", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    certificates = {int(p.stem.split("-")[1]) for p in out.glob("certificate-*.pdf")}
    assert certificates == passed
    assert printed.count("no certificate:") == len(ids) - len(passed)

    class_text = _text(out / "class-report.pdf")
    for tid, name in zip(ids, NAMES, strict=True):
        assert name in class_text
        trainee_text = _text(out / f"trainee-{tid}.pdf")
        cells = [c.strip() for c in trainee_text.splitlines()]
        at = next(i for i in range(len(cells) - 1) if cells[i : i + 2] == ["exam-1", "exam"])
        exam_line = " ".join(cells[at + 2 : at + 4])  # score, result
        if tid in scores:
            assert f"{sum(scores[tid]):g} / 4" in exam_line
            assert exam_line.endswith("not passed" if tid not in passed else " passed")
        else:
            assert "not taken" in exam_line and cells[at + 2] == "not taken"
    for tid in passed:
        cert = _text(out / f"certificate-{tid}.pdf")
        assert "Certificate of completion" in cert and "Documents I" in cert
        assert NAMES[ids.index(tid)] in cert and "exam-1" in cert

    rows = list(csv.DictReader((out / "class-report.csv").open(encoding="utf-8")))
    assert len(rows) == len(ids) * 2
    for row in rows:
        tid = int(row["trainee_id"])
        if row["session_code"] == exam.code and tid in scores:
            assert float(row["score"]) == sum(scores[tid])  # the forger's too
            assert row["passed"] == ("yes" if tid in passed else "no")
            assert row["official"] == "yes"
    statements = json.loads((out / "xapi-statements.json").read_text(encoding="utf-8"))
    assert len(statements) == len(ids) + len(scores)  # every practice, every exam sat
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert verbs.count("passed") == len(passed)
    assert verbs.count("failed") == len(scores) - len(passed)
    assert not list(out.glob(".report-*"))  # the staging folder is gone

    # The certificate on its own: refused, in words and with no file, without a pass.
    refused = next(t for t in ids if t not in passed)
    target = tmp_path / "cert.pdf"
    base = ["class", "certificate", "--url", sqlite_url, "--class", "2B", "--out", str(target)]
    assert run([*base, "--trainee-id", str(refused)]) != 0
    err = capsys.readouterr().err
    assert "has not passed the exam(s) exam-1" in err and "Traceback" not in err
    assert not target.exists()
    if passed:
        assert run([*base, "--trainee-id", str(min(passed))]) == 0
        assert "结业证书" in _text(target) or "Certificate of completion" in _text(target)
