"""Screenshots of the Training tab with the bundled specimens, 1366x768.

``python tools/training_screenshots.py docs/screenshots /tmp/results.sqlite`` (the data directory
must already hold the bundled specimens: run tools/screenshots.py first with the same
DOCEXAM_DATA_DIR). Name shots after the paths to take only those; ``closed`` (an attempt on
documents the library no longer has) is taken only when named.
"""
# ruff: noqa: E402

import os
import sys
import time
import zlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from docexam.core.library.library import default_library
from docexam.core.training.plans import Plan, PlanKind
from docexam.core.training.quiz import (
    AreaExercise,
    DrillExercise,
    LightExercise,
    MrzExercise,
    QuizSession,
    VerdictExercise,
)
from docexam.store import open_store
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
DB = Path(sys.argv[2])
which = sys.argv[3:] or ["start", "exercise", "review", "progress"]


def pump(sec=0.3):
    end = time.time() + sec
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def settle(tab):
    if tab is not None:
        for p in tab._panes():
            p.renderer.wait()
    pump(0.3)


store = open_store(f"sqlite:///{DB}")
window = MainWindow(default_library(), store=store)
window.resize(1366, 768)
window.show()
pump(0.5)
t = window.training
start = t.start
if not store.list_trainees():
    start.create_trainee("Anna Eriksson", "Airport border police", 1)
trainee = start.trainee


def wait_page():
    for _ in range(400):
        pump(0.05)
        if t.exercise is not None:
            return t.exercise
    raise SystemExit("no exercise page")


def to_view(tab, x, y):
    s = tab.specimen.page(tab.pane.page_id).visible.dpi / 25.4
    return tab.view.mapFromScene(QPointF(x * s, y * s))


def answer(page, good=True, submit=True):
    ex = page.session.current
    tab = page.stage.tab
    settle(tab)
    if isinstance(ex, AreaExercise):
        exp = ex.expected
        for i, e in enumerate(exp[: min(5, max(1, len(exp) - 2))] if good else exp[:1]):
            x0, y0, x1, y1 = e.region.bounds()
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if i == 1:
                a, b = to_view(tab, cx - 4, cy - 3), to_view(tab, cx + 4, cy + 3)
                QTest.mousePress(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=a)
                QTest.mouseMove(tab.view.viewport(), (a + b) / 2)
                QTest.mouseRelease(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=b)
            else:
                QTest.mouseClick(
                    tab.view.viewport(), Qt.MouseButton.LeftButton, pos=to_view(tab, cx, cy)
                )
        w, h = tab.specimen.page(tab.pane.page_id).size_mm
        QTest.mouseClick(
            tab.view.viewport(), Qt.MouseButton.LeftButton, pos=to_view(tab, w * 0.45, h * 0.93)
        )
    elif isinstance(ex, LightExercise):
        li = (
            ex.feature.lights[0]
            if good
            else next(o for o in ex.options if o not in ex.feature.lights)
        )
        page.item.panel.boxes[li].setChecked(True)
    elif isinstance(ex, MrzExercise):
        if good and ex.expected:
            for f in ex.expected:
                page.item.panel.cells[f.positions[0]].setChecked(True)
        elif not good:
            next(iter(page.item.panel.cells.values())).setChecked(True)
    elif isinstance(ex, VerdictExercise):
        page.item.panel.buttons[list(page.item.panel.buttons)[1]].setChecked(True)
    elif isinstance(ex, DrillExercise):
        page.submit_or_next()
        for _ in ex.items:
            settle(page.stage.tab)
            page.item.panel.verdict.buttons[next(iter(page.item.panel.verdict.buttons))].setChecked(
                True
            )
            page.submit_or_next()
        return
    if submit:
        page.submit_or_next()


def run_practice(module, good):
    start_page._seed = lambda: zlib.crc32(module.encode()) % 1000
    t.start_plan(Plan(PlanKind.MODULE, 1, module=module, seed=zlib.crc32(module.encode()) % 1000))
    page = wait_page()
    for _ in range(page.session.count):
        answer(page, good)
        page.submit_or_next()
    pump(0.3)
    t.show_start()


if "closed" in which:
    # An exam left unfinished on documents a newer docexam rebuilt under new ids: closed
    # without a score, in words. (Only when asked for: it adds an abandoned attempt.)
    from docexam.core.domain.model import Status
    from docexam.core.training.quiz import ExerciseSet, Mode, SpecimenRef, Verdict, VerdictAnswer
    from docexam.store.quiz_bridge import record_item, save_set

    old = SpecimenRef("docexam-forgeries", "uto-td3-a-202-3c9a923da6e0", "data")
    exam = ExerciseSet(
        "old-L1-s1",
        {"en": "Level 1 exam", "zh-Hans": "一级考试"},
        (VerdictExercise("ex-old", ("L1.fraud.types",), old, Status.PHOTO_SUBSTITUTION),),
        Mode.EXAM,
        600.0,
    )
    attempt = store.start_attempt(trainee.id, save_set(store, "library", exam).id)
    session = QuizSession(exam)
    record_item(store, attempt.id, session.submit(VerdictAnswer(Verdict.FORGERY)))
    t.show_start()
    pump(0.3)
    start.next_button.click()
    pump(0.5)
    window.grab().save(str(OUT / "training-closed-attempt.png"))

if "progress" in which or "start" in which:
    for module, good in (
        ("L1.uv", False),
        ("L1.mrz", True),
        ("L1.uv", True),
        ("L1.falsedoc", False),
        ("L1.feel_look_tilt", True),
    ):
        run_practice(module, good)
    t.show_start()
    pump(0.5)
    window.grab().save(str(OUT / "training-start.png"))
    t.show_progress()
    pump(0.8)
    window.grab().save(str(OUT / "training-progress.png"))
    t.show_start()

if "exercise" in which or "review" in which:
    t.start_plan(Plan(PlanKind.LEVEL_EXAM, 1, seed=11))
    page = wait_page()
    shot = False
    for _ in range(page.session.count):
        ex = page.session.current
        if isinstance(ex, AreaExercise) and not shot:
            answer(page, True, submit=False)
            settle(page.stage.tab)
            page.item.layer.items[-1].setSelected(True)
            pump(0.3)
            window.grab().save(str(OUT / "training-exercise.png"))
            shot = True
            page.submit_or_next()
            continue
        answer(page, good=True)
    page.ask_finish()
    page.ask_finish()
    pump(0.5)
    review = t.review
    rows = [
        i for i, e in enumerate(page.session.exercise_set.exercises) if isinstance(e, AreaExercise)
    ]
    review.items.setCurrentRow(rows[0])
    settle(review.stage.tab)
    pump(0.5)
    window.grab().save(str(OUT / "training-review.png"))
window.close()
store.close()
print("done")
