"""Screenshots of the Training tab with the bundled specimens, 1366x768, in English and Chinese.

``python tools/training_screenshots.py docs/screenshots /tmp/results.sqlite [--lang en,zh]
[start progress exam review drill hint]`` (the data directory must already hold the bundled
specimens: run tools/screenshots.py first with the same DOCEXAM_DATA_DIR). Under Xvfb:
``xvfb-run -a -s "-screen 0 1366x768x24"`` with ``QT_QPA_PLATFORM=xcb``.

Shots, with ``-zh`` before ``.png`` in Chinese: training-start, training-progress (five practice
sets first), training-exam-item (an exam item with marks), training-review (its review on a
find-the-features item, under its light), drill-review (a drill with a missed fraud and a
needless referral), training-practice-hint (a practice item with its hint shown). These tools
alone write the screenshots in docs/screenshots; the tests write none.
"""
# ruff: noqa: E402

import os
import sys
import time
import zlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path

# This checkout's docexam, not whichever one the interpreter has installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from docexam.core.domain.lights import LightSource
from docexam.core.library.library import default_library
from docexam.core.training.plans import Plan, PlanKind
from docexam.core.training.quiz import (
    AreaExercise,
    DrillExercise,
    ExerciseKind,
    LightExercise,
    MrzExercise,
    Outcome,
    VerdictExercise,
)
from docexam.core.training.quiz.first_line import Decision
from docexam.store import open_store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page

ALL = ["start", "progress", "exam", "review", "drill", "hint"]
TRAINEES = {"en": ("Anna Eriksson", "Airport border police"), "zh": ("林晓岚", "机场边检")}


def parse(argv: list[str]) -> tuple[Path, Path, list[str], list[str]]:
    out, db, rest = Path(argv[0]), Path(argv[1]), argv[2:]
    langs = ["en"]
    if "--lang" in rest:
        at = rest.index("--lang")
        langs = rest[at + 1].split(",")
        rest = rest[:at] + rest[at + 2 :]
    return out, db, langs, rest or ALL


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
            x0, y0, x1, y1 = e.areas[0].bounds()  # on a part: the outline may hold none
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
        decide_drill(page, ex)
        return
    if submit:
        page.submit_or_next()


def decide_drill(page, ex):
    """Right on most documents; one fraud cleared and one genuine document referred, so the
    review shows both mistakes."""
    page.submit_or_next()  # start
    panel = page.item.panel
    missed = needless = False
    for item in ex.items:
        settle(page.stage.tab)
        fraud = item.expected.value != "genuine"
        decision = Decision.REFER if fraud else Decision.CLEAR
        if fraud and not missed:
            decision, missed = Decision.CLEAR, True
        elif not fraud and not needless:
            decision, needless = Decision.REFER, True
        panel.choose(decision)


class Run:
    def __init__(self, out: Path, db: Path, lang: str) -> None:
        self.out, self.lang = out, lang
        self.suffix = "" if lang == "en" else f"-{lang}"
        self.translator = install_translator(app, lang)
        self.store = open_store(f"sqlite:///{db}")
        self.window = MainWindow(default_library(), lang=lang, store=self.store)
        self.window.resize(1366, 768)
        self.window.show()
        pump(0.5)
        self.t = self.window.training
        if not self.store.list_trainees():
            self.t.start.create_trainee(*TRAINEES.get(lang, TRAINEES["en"]), 1)

    def save(self, name: str) -> None:
        pump(0.3)
        path = self.out / f"{name}{self.suffix}.png"
        self.window.grab().save(str(path))
        print(path)

    def wait_page(self):
        for _ in range(400):
            pump(0.05)
            if self.t.exercise is not None:
                return self.t.exercise
        raise SystemExit("no exercise page")

    def practice(self, module, good):
        seed = zlib.crc32(module.encode()) % 1000
        start_page._seed = lambda: seed
        self.t.start_plan(Plan(PlanKind.MODULE, 1, module=module, seed=seed))
        page = self.wait_page()
        for _ in range(page.session.count):
            answer(page, good)
            page.submit_or_next()
        pump(0.3)
        self.t.show_start()

    def start_and_progress(self, which):
        for module, good in (
            ("L1.uv", False),
            ("L1.mrz", True),
            ("L1.uv", True),
            ("L1.falsedoc", False),
            ("L1.feel_look_tilt", True),
        ):
            self.practice(module, good)
        self.t.show_start()
        if "start" in which:
            self.save("training-start")
        if "progress" in which:
            self.t.show_progress()
            pump(0.5)
            self.save("training-progress")
            self.t.show_start()

    def exam(self, which):
        self.t.start_plan(Plan(PlanKind.LEVEL_EXAM, 1, seed=11))
        page = self.wait_page()
        shot = False
        for _ in range(page.session.count):
            ex = page.session.current
            if isinstance(ex, AreaExercise) and not shot:
                answer(page, True, submit=False)
                settle(page.stage.tab)
                page.item.layer.items[-1].setSelected(True)
                if "exam" in which:
                    self.save("training-exam-item")
                shot = True
                page.submit_or_next()
                continue
            answer(page, good=True)
        page.ask_finish()
        page.ask_finish()
        pump(0.5)
        if "review" in which:
            review = self.t.review
            # A find-the-features item with a sign found, under a light other than white (it
            # opens under its key's light) and with one missed, where there is one.
            areas = [
                r
                for r in page.session.records()
                if isinstance(r.exercise, AreaExercise) and r.score.of(Outcome.HIT)
            ]
            areas.sort(
                key=lambda r: (
                    r.exercise.kind is not ExerciseKind.FIND_FEATURES,
                    r.exercise.key_light is LightSource.VISIBLE,
                    not r.score.of(Outcome.MISS),
                )
            )
            review.items.setCurrentRow(areas[0].index)
            settle(review.stage.tab)
            self.save("training-review")
        self.t.show_start()

    def drill(self):
        self.t.start_plan(Plan(PlanKind.DRILL, 1, seed=5))
        page = self.wait_page()
        answer(page)
        pump(0.3)
        page.ask_finish()
        for _ in range(100):
            pump(0.05)
            review = self.t.review
            if review is not None and review.drill_review is not None:
                break
        else:
            raise SystemExit("no drill review")
        pump(1.0)  # the thumbnails are drawn as the review opens
        self.save("drill-review")
        self.t.show_start()

    def hint(self):
        module = "L1.uv"
        seed = 7
        start_page._seed = lambda: seed
        self.t.start_plan(Plan(PlanKind.MODULE, 1, module=module, seed=seed))
        page = self.wait_page()
        while not isinstance(page.session.current, AreaExercise):
            page.go(1)
        settle(page.stage.tab)
        page.show_hint()
        settle(page.stage.tab)
        self.save("training-practice-hint")
        page.do_finish()
        pump(0.3)
        self.t.show_start()

    def close(self):
        self.window.close()
        self.store.close()
        if self.translator is not None:
            app.removeTranslator(self.translator)


def main() -> None:
    out, db, langs, which = parse(sys.argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        # One results store per language: each language's shots show their own trainee.
        run = Run(out, db.with_name(f"{db.stem}-{lang}{db.suffix}"), lang)
        if "start" in which or "progress" in which:
            run.start_and_progress(which)
        if "exam" in which or "review" in which:
            run.exam(which)
        if "drill" in which:
            run.drill()
        if "hint" in which:
            run.hint()
        run.close()
    print("done")


main()
