"""Screenshots of class mode into docs/screenshots: the instructor's dashboard mid-exam with
simulated workstations, the join dialog counting down, a class report page and a certificate
(rendered from the PDFs with pdftoppm, from poppler-utils).

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/class_screenshots.py

Everything lives in throwaway directories: a SQLite class server, one results file per
simulated workstation, the hand-made Utopia pack (fictional) under six specimen ids.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-class-shots-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-class-shots-cfg-"))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui" / "classroom"))

NAMES = (
    "Li Wei", "Ana Ferreira", "Bo Lindqvist", "Tomas Brandt", "Mei Chen", "Kemal Aydın",
    "Sara Novak", "Jonas Berg", "Zhang Min", "Lucía Ortega", "Pavel Horák", "Nia Okafor",
)  # fmt: skip


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from docexam import shipped
    from docexam.core.domain.model import Status
    from docexam.core.library.library import Library
    from docexam.core.pack.exercise_file import set_to_json, write_exercises
    from docexam.core.pack.io import read_pack, write_pack
    from docexam.core.training.quiz import QuizSession, Verdict, VerdictAnswer
    from docexam.core.training.report_pdf import write_reports
    from docexam.store import open_store
    from docexam.store.class_link import StoreClassLink
    from docexam.store.classes import Classroom
    from docexam.store.quiz_bridge import finish, record_item, save_set
    from docexam.ui.app import create_application
    from docexam.ui.main_window import MainWindow

    sys.path.insert(0, str(ROOT))
    from tests.ui.classroom.conftest import class_sets

    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="docexam-class-"))
    base = read_pack(shipped.UTOPIA_BASIC)
    copies = tuple(replace(base.specimens[0], id=f"{base.specimens[0].id}-{n}") for n in range(6))
    pack_root = write_pack(replace(base, id="six", specimens=copies), tmp / "bundled" / "six")
    sets = class_sets("six", [c.id for c in copies])
    write_exercises(pack_root, list(sets.values()))
    library = Library(tmp / "library", [tmp / "bundled"])

    url = f"sqlite:///{tmp / 'class-server.sqlite'}"
    server = open_store(url)
    ids = [server.create_trainee(n, "Border Police", 1 + i % 2).id for i, n in enumerate(NAMES)]
    room = Classroom(server)
    group = room.create_class(
        "2B spring", "Document examination I", date(2027, 3, 1), date(2027, 3, 12), ids
    )
    rng = random.Random(7)
    link = StoreClassLink()

    def sit(code: str, who: str, items: int, done: bool) -> None:
        local = open_store(f"sqlite:///{tmp / 'ws' / who.replace(' ', '_')}.sqlite")
        seat = link.join(local, url, code, who)
        known = [t for t in seat.list_trainees() if t.name == who]
        me = known[0] if known else seat.create_trainee(who, "", 1)
        exercise_set = sets[seat.session.set_key]
        attempt = seat.start_attempt(me.id, save_set(seat, "six", exercise_set).id)
        quiz = QuizSession(exercise_set)
        for i in range(items):
            quiz.go_to(i)
            right = (
                Verdict.GENUINE
                if exercise_set.exercises[i].expected is Status.GENUINE  # type: ignore[union-attr]
                else Verdict.FORGERY
            )
            wrong = Verdict.FORGERY if right is Verdict.GENUINE else Verdict.GENUINE
            verdict = right if rng.random() < 0.7 else wrong
            record_item(seat, attempt.id, quiz.submit(VerdictAnswer(verdict)))
        if done:
            finish(seat, attempt.id, quiz.finish())
        seat.deliver()
        seat.classroom.sit(seat.session.id, seat.server_trainee_id, max(0, items - 1))
        local.close()

    # A practice session the day before (graded answers: mastery to report)...
    practice = room.start_session(
        group.id, "six", dict(set_to_json(sets["class-practice"])),
        opens_at=datetime.now(UTC) - timedelta(days=1),
    )  # fmt: skip
    for who in NAMES:
        sit(practice.code, who, 6, True)
    # ...then the exam, mid-way: some submitted, some answering, two not there.
    exam = room.start_session(group.id, "six", dict(set_to_json(sets["class-exam"])))
    for n, who in enumerate(NAMES[:-2]):
        sit(exam.code, who, 3 if n < 5 else 1 + n % 2, n < 5)

    window = MainWindow(library, store=open_store(f"sqlite:///{tmp / 'instructor.sqlite'}"))
    window.resize(1366, 768)
    window.class_menus.set_link(link)
    window.show()
    dashboard = window.class_menus.open_dashboard()
    assert dashboard is not None
    dashboard.server.setText(url)
    dashboard.resize(1366, 740)
    task = dashboard.refresh_sessions()
    while not task.is_done():
        app.processEvents()
    index = next(i for i, (_, s) in enumerate(dashboard.sessions) if s.id == exam.id)
    dashboard.session_box.setCurrentIndex(index)
    while dashboard.board is None:
        app.processEvents()
    # Heartbeats just now (the simulated workstations run no sending thread), then one poll.
    for n, tid in enumerate(ids[:-2]):
        room.sit(exam.id, tid, 2 if n < 5 else n % 2)
    while dashboard.board.connected == 0:
        dashboard.poll()
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    dashboard.grab().save(str(OUT / "class-dashboard.png"))
    dashboard.close()

    # The reports, rendered from the PDFs, once the instructor closed the exam and graded it
    # (a certificate waits for the official grades).
    room.close_session(exam.id)
    reports = tmp / "reports"
    write_reports(link.report(url, group.id), reports)
    certificate = next(reports.glob("certificate-*.pdf"))
    for pdf, name in (
        (reports / "class-report.pdf", "class-report"),
        (certificate, "class-certificate"),
    ):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / name)], check=True
        )
    # The join dialog on a workstation, counting down to a session opening in two minutes.
    later = room.start_session(
        group.id, "six", dict(set_to_json(sets["class-exam"])),
        opens_at=datetime.now(UTC) + timedelta(minutes=2),
    )  # fmt: skip
    ws_store = open_store(f"sqlite:///{tmp / 'ws-join.sqlite'}")
    ws = MainWindow(library, store=ws_store)
    ws.resize(1366, 768)
    ws.class_menus.set_link(link)
    ws.show()
    training = ws.open_training()
    assert training is not None
    training.start.create_trainee("Mei Chen", "Border Police", 1)
    dialog = ws.class_menus.ask_join()
    assert dialog is not None
    dialog.server.setText(url)
    dialog.code.setText(later.code.lower())
    dialog.join()
    while dialog.seat is None:
        app.processEvents()
    for _ in range(10):
        app.processEvents()
    QApplication.processEvents()
    screen = app.primaryScreen()
    (screen.grabWindow(0) if os.environ["QT_QPA_PLATFORM"] == "xcb" else ws.grab()).save(
        str(OUT / "class-join.png")
    )
    dialog.reject()

    print(f"saved into {OUT}; work files in {tmp}")
    link.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
