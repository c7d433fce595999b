"""Screenshots of a traveller's case-file item: the case file and interview, then the feedback,
in English and Chinese (docs/screenshots/case-file*.png, case-feedback*.png).

``python tools/case_screenshots.py BUNDLED_DIR [--lang en,zh] [--pick labour|stamps|fog]``:
BUNDLED_DIR is a built bundled set (``ensure_bundled``'s directory, holding docexam-travellers
with its cases.json). ``stamps`` takes case-stamps-file*.png and case-stamps*.png, ``fog`` (a
fraudulently obtained passport, the earlier passport's portrait beside the presented one)
case-fog-file*.png and case-fog*.png. Under Xvfb:
``xvfb-run -a -s "-screen 0 1366x768x24"`` with ``QT_QPA_PLATFORM=xcb``.
"""
# ruff: noqa: E402

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-cases-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-cases-cfg-"))
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
from docexam.core.cases.model import CaseFile
from docexam.core.library.library import Library
from docexam.core.training.plans import Plan, PlanKind
from docexam.core.training.quiz import CaseExercise
from docexam.store import open_store
from docexam.ui.i18n import install_translator
from docexam.ui.main_window import MainWindow
from docexam.ui.training import start_page
from docexam.ui.training.case_panel import CasePanel

OUT = ROOT / "docs" / "screenshots"
FRAMES = ("case_presented_photo", "case_earlier_photo")


def pump(sec: float = 0.3) -> None:
    end = time.time() + sec
    while time.time() < end:
        app.processEvents()


# Which case to work: a labour-trafficking victim (the default), or a smuggling case whose
# claimed travel the passport's stamps contradict.
NAMES = {
    "labour": ("case-file", "case-feedback"),
    "stamps": ("case-stamps-file", "case-stamps"),
    "fog": ("case-fog-file", "case-fog"),
}


def wanted(case: CaseFile, pick: str) -> bool:
    if pick == "stamps":
        return "stamps_contradict_story" in case.truth.indicators
    if pick == "fog":
        return "face_differs_earlier" in case.truth.indicators
    return case.truth.family.value == "trafficking_labour" and bool(case.truth.indicators)


def run(bundled: Path, lang: str, pick: str = "labour") -> None:
    translator = install_translator(app, lang)
    tmp = Path(tempfile.mkdtemp(prefix="docexam-cases-run-"))
    library = Library(tmp / "library", [bundled])
    store = open_store(f"sqlite:///{tmp / 'results.sqlite'}")
    window = MainWindow(library, lang=lang, store=store)
    window.resize(1366, 768)
    window.show()
    pump(0.5)
    t = window.training
    t.start.create_trainee("Anna Eriksson" if lang == "en" else "林晓岚", "Airport", 1)
    start_page._seed = lambda: 4
    t.start_plan(Plan(PlanKind.MODULE, 1, module="L1.profiling", seed=4))
    for _ in range(6000):
        pump(0.05)
        if t.exercise is not None:
            break
    page = t.exercise
    suffix = "" if lang == "en" else f"-{lang}"
    for _ in range(page.session.count):
        ex = page.session.current
        pump(0.5)
        panel = page.item.panel
        assert isinstance(ex, CaseExercise) and isinstance(panel, CasePanel)
        case = library.load_case(ex.case)
        if not wanted(case, pick):
            panel.action_buttons[case.truth.action.value].setChecked(True)
            page.submit_or_next()
            pump(0.3)
            page.submit_or_next()
            continue
        questions = ("companion", "work", "paid", "documents", "contact")
        if pick == "stamps":
            questions = ("purpose", "stay", "return", "money", "work")
        if pick == "fog":
            questions = ("purpose", "documents", "work")
        if pick == "fog":
            # The pair is drawn off the UI thread: wait for both faces, not a fixed time.
            for _ in range(1200):
                frames = [panel.findChild(QLabel, n) for n in FRAMES]
                if all(f is not None and f.pixmap() and not f.pixmap().isNull() for f in frames):
                    break
                pump(0.05)
        for qid in questions:
            panel.ask(qid)
        for row in range(panel.indicators.count()):
            item = panel.indicators.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            # One indicator missed and one marked that is not there: the debrief shows both.
            if key in case.truth.indicators[:-1] or key == "coached_answers":
                item.setCheckState(Qt.CheckState.Checked)
        action = case.truth.action.value if pick == "fog" else "separate_interview"
        panel.action_buttons[action].setChecked(True)
        if pick == "stamps":
            note = (
                "Says they came before and went home on time; no stamp shows it. Little cash, "
                "talks of work. Separate interview: real purpose, earlier travel."
            )
            zh = (
                "称以前来过并按时回去，但护照上没有相应印章。现金很少，提到工作。"
                "单独询问真实目的和以往出行。"
            )
        elif pick == "fog":
            note = (
                "Face differs from earlier passport's portrait (nose, chin), not just "
                "age and hair. Refer the document; second line to check the application file."
            )
            zh = (
                "面孔与早先护照照片不同（鼻子、下巴），不只是年龄和发型。"
                "移交证件，请二线调取申请档案。"
            )
        elif "minor_without_guardian" in case.truth.indicators:
            note = "Adult holds the child's passport; no consent letter. Speak to the child apart."
            zh = "成年人保管孩子的护照；无同意书。应单独与孩子谈话。"
        else:
            note = (
                "Companion holds the passport and answers for the traveller; job vague. "
                "Speak to the traveller alone, then the victim specialist."
            )
            zh = "同行人保管护照并代为回答；工作说不清。先单独询问旅客，再移交被害人识别专门人员。"
        panel.note.setPlainText(note if lang == "en" else zh)
        pump(0.5)
        names = NAMES[pick]
        window.grab().save(str(OUT / f"{names[0]}{suffix}.png"))
        page.submit_or_next()
        pump(0.8)
        window.grab().save(str(OUT / f"{names[1]}{suffix}.png"))
        print("saved", lang)
        break
    app.removeTranslator(translator)
    window.close()


if __name__ == "__main__":
    given = "--lang" in sys.argv
    langs = sys.argv[sys.argv.index("--lang") + 1].split(",") if given else ["en", "zh"]
    pick = sys.argv[sys.argv.index("--pick") + 1] if "--pick" in sys.argv else "labour"
    for lang in langs:
        run(Path(sys.argv[1]), lang, pick)
