"""The start screen: who is training, what to do next, the curriculum with progress, exams.

One button is always highlighted as the next step: resume the unfinished attempt, else create
a profile, else practise the module never tried or the weakest one, else take the level exam.
"""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import text_for
from docexam.core.library.library import Library
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.mastery import weak_points
from docexam.core.training.plans import (
    Plan,
    PlanKind,
    module_progress,
    next_module,
    pack_sets,
)
from docexam.core.training.quiz import Mode
from docexam.store.records import ResumableAttempt, Trainee
from docexam.ui.settings import settings
from docexam.ui.training import wording
from docexam.ui.training.port import TrainingStore, time_left
from docexam.ui.training.profile import ProfileDialog

PRIMARY = (
    "QPushButton { background: #0072b2; color: white; padding: 10px 18px; border-radius: 6px; }"
    " QPushButton:focus { border: 3px solid #e69f00; }"
)


def make_primary(button: QPushButton) -> QPushButton:
    """The one highlighted action of a screen (Okabe-Ito blue, orange focus ring)."""
    font = button.font()
    font.setBold(True)
    font.setPixelSize(15)
    button.setFont(font)  # set on the widget, not in the style sheet, so the size hint fits it
    button.setStyleSheet(PRIMARY)
    return button


def _seed() -> int:
    return int(time.time()) % 1_000_000  # a fresh set each time, reproducible from its id


class StartPage(QWidget):
    start_requested = Signal(object)  # Plan
    resume_requested = Signal(object)  # ResumableAttempt
    progress_requested = Signal()

    def __init__(
        self, store: TrainingStore, curriculum: Curriculum, library: Library, lang: str = "en"
    ) -> None:
        super().__init__()
        self.store, self.curriculum, self.library, self.lang = store, curriculum, library, lang
        self.trainee: Trainee | None = None
        self.resumable: ResumableAttempt | None = None
        self.profile_dialog: ProfileDialog | None = None
        self._next: object = None
        # (done, total) while the window builds the bundled specimens, None when ready: a set
        # generated meanwhile would draw on the few specimens there so far.
        self.building: tuple[int, int] | None = None

        self.trainees = QComboBox()
        self.trainees.setObjectName("trainees")
        self.trainees.setMinimumWidth(340)
        self.new_profile = QPushButton(self.tr("New profile…"))
        self.new_profile.setObjectName("new_profile")
        self.new_profile.clicked.connect(self.ask_profile)
        self.progress_button = QPushButton(self.tr("My progress"))
        self.progress_button.setObjectName("show_progress")
        self.progress_button.clicked.connect(self.progress_requested)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Trainee:</b>")))
        head.addWidget(self.trainees)
        head.addWidget(self.new_profile)
        head.addStretch(1)
        head.addWidget(self.progress_button)

        self.next_button = QPushButton()
        self.next_button.setObjectName("next_step")
        make_primary(self.next_button)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._do_next)
        self.next_reason = QLabel()
        self.next_reason.setObjectName("next_reason")
        self.next_reason.setWordWrap(True)
        card = QFrame()
        card.setObjectName("next_card")
        card.setStyleSheet("#next_card { background: #eaf3fa; border-radius: 8px; }")
        card_layout = QVBoxLayout(card)
        title = QLabel(self.tr("<span style='font-size:13px'>What to do next</span>"))
        card_layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addWidget(self.next_reason, 1)
        card_layout.addLayout(row)
        self.build_progress = QProgressBar()
        self.build_progress.setObjectName("library_progress")
        self.build_progress.setFormat(self.tr("Preparing specimens %v/%m"))
        self.build_progress.hide()
        card_layout.addWidget(self.build_progress)

        self.modules_box = QGroupBox()
        self.modules_grid = QGridLayout(self.modules_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.modules_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.exams_box = QGroupBox(self.tr("Exams and drills"))
        self.exams_layout = QVBoxLayout(self.exams_box)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(self.exams_box, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(card)
        layout.addLayout(body, 1)
        self.trainees.currentIndexChanged.connect(self._trainee_changed)
        self.refresh()

    # -- trainees --------------------------------------------------------------------------------

    def ask_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self)
        dialog.accepted.connect(lambda: self.create_trainee(*dialog.values()))
        self.profile_dialog = dialog
        dialog.open()  # window-modal but not blocking, so tests and screen readers can drive it
        return dialog

    def create_trainee(self, name: str, service: str, level: int) -> Trainee:
        trainee = self.store.create_trainee(name, service, level)
        settings().setValue("training/trainee", trainee.id)
        self.refresh()
        return trainee

    def _trainee_changed(self, index: int) -> None:
        if index >= 0:
            settings().setValue("training/trainee", self.trainees.itemData(index))
            self.refresh()

    def refresh(self) -> None:
        trainees = self.store.list_trainees()
        wanted = int(str(settings().value("training/trainee", 0) or 0))
        self.trainees.blockSignals(True)
        self.trainees.clear()
        for t in trainees:
            service = f" · {t.service}" if t.service else ""
            self.trainees.addItem(f"{t.name}{service} · L{t.level}", t.id)
        ids = [t.id for t in trainees]
        if ids:
            self.trainees.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.trainees.blockSignals(False)
        self.trainee = trainees[self.trainees.currentIndex()] if trainees else None
        self.progress_button.setEnabled(self.trainee is not None)
        self._fill_modules()
        self._fill_exams()
        self._choose_next()

    # -- the page's contents ---------------------------------------------------------------------

    def level_name(self, level: int) -> str:
        names = {1: self.tr("first line"), 2: self.tr("second line"), 3: self.tr("expert")}
        return names.get(level, str(level))

    def _clear(self, layout: QGridLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden and nameless at once (deleted at the next loop turn), without a
                # reparenting that would take the focus and the activation with it.
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()

    def _fill_modules(self) -> None:
        self._clear(self.modules_grid)
        level = self.trainee.level if self.trainee else 1
        self.modules_box.setTitle(
            self.tr("Your curriculum · level %1: %2")
            .replace("%1", str(level))
            .replace("%2", self.level_name(level))
        )
        mastery = self.store.mastery(self.trainee.id) if self.trainee else []
        self.progress = module_progress(self.curriculum, mastery, level)
        for row, p in enumerate(self.progress):
            name = QLabel(
                f"<b>{escape(text_for(p.module.title, self.lang))}</b><br><span style="
                f"'color:#555'>{escape(text_for(p.module.description, self.lang))}</span>"
            )
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setObjectName(f"mastery_{p.module.id}")
            bar.setRange(0, 100)
            bar.setValue(round(p.level * 100))
            bar.setFormat(self.tr("%p % mastered"))
            bar.setFixedWidth(170)
            done = QLabel(
                self.tr("%1 of %2 objectives practised")
                .replace("%1", str(p.practised))
                .replace("%2", str(len(p.module.objectives)))
            )
            button = QPushButton(self.tr("Practise"))
            button.setObjectName(f"practise_{p.module.id}")
            button.setEnabled(self.trainee is not None and self.building is None)
            plan = Plan(PlanKind.MODULE, level, module=p.module.id)
            button.clicked.connect(lambda _=False, pl=plan: self._start(pl))
            for col, widget in enumerate((name, bar, done, button)):
                self.modules_grid.addWidget(widget, row, col)
        self.modules_grid.setRowStretch(len(self.progress), 1)
        self.modules_grid.setColumnStretch(0, 1)

    def _exam_button(self, text: str, tip: str, plan: Plan, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        generated = plan.kind is not PlanKind.PACK_SET
        button.setEnabled(self.trainee is not None and not (generated and self.building))
        button.clicked.connect(lambda: self._start(plan))
        self.exams_layout.addWidget(button)
        return button

    def _fill_exams(self) -> None:
        self._clear(self.exams_layout)
        level = self.trainee.level if self.trainee else 1
        self._exam_button(
            self.tr("Level %1 exam (timed, 12 items)").replace("%1", str(level)),
            self.tr("No hints; your marks are reviewed against the truth at the end."),
            Plan(PlanKind.LEVEL_EXAM, level),
            "level_exam",
        )
        self._exam_button(
            self.tr("First-line drill (a verdict in seconds)"),
            self.tr("Documents one after another, a few seconds each. Keys 1-4 give the verdict."),
            Plan(PlanKind.DRILL, level),
            "drill",
        )
        weak = weak_points(self.store.mastery(self.trainee.id)) if self.trainee else []
        weak_plan = Plan(PlanKind.WEAK, level, objectives=tuple(m.objective_id for m in weak))
        weak_button = self._exam_button(
            self.tr("Practise my weak points"),
            self.tr("A set drawn from the objectives you score lowest on."),
            weak_plan,
            "weak_points",
        )
        weak_button.setEnabled(bool(weak) and self.building is None)
        sets = pack_sets(self.library)
        if sets:
            self.exams_layout.addWidget(QLabel(self.tr("<b>Sets from packs</b>")))
        for pack_id, s in sets:
            # The mode the set was saved with is the mode it runs in.
            self._exam_button(
                f"{text_for(s.title, self.lang) or s.id} · {wording.mode(s.mode)}",
                pack_id,
                Plan(PlanKind.PACK_SET, level, pack_id=pack_id, set_id=s.id),
                f"set_{pack_id}_{s.id}",
            )
        how = QLabel(
            self.tr(
                "<b>How it works</b><br>Practice: feedback after every answer, with the light "
                "that reveals each sign.<br>Exam: timed, no hints; a review of your marks "
                "against the truth at the end.<br>Every answer is saved as you give it: close "
                "the app any time and continue where you stopped."
            )
        )
        how.setWordWrap(True)
        how.setObjectName("how_it_works")
        self.exams_layout.addWidget(how)
        self.exams_layout.addStretch(1)

    def _choose_next(self) -> None:
        """One obvious next step, with the reason for it beside."""
        unfinished = self.store.unfinished_attempts(self.trainee.id) if self.trainee else []
        # An unfinished exam comes first: it keeps the window locked until it is submitted.
        exams = [r for r in unfinished if r.exercise_set.mode == Mode.EXAM.value]
        self.resumable = (exams or unfinished)[-1] if unfinished else None
        if self.trainee is None:
            self._next = "profile"
            self.next_button.setText(self.tr("Create your trainee profile"))
            self.next_reason.setText(
                self.tr("Start by telling docexam who you are and at which level you work.")
            )
        elif self.resumable is not None:
            r = self.resumable
            self._next = r
            answered = len(r.latest_answers())
            title = text_for(r.exercise_set.title, self.lang)
            if time_left(r) == 0.0:
                # The limit is wall-clock time: it ran out while docexam was closed.
                self.next_button.setText(self.tr("See the results: %1").replace("%1", title))
                reason = self.tr(
                    "The exam's time ran out while docexam was closed. It is scored on the "
                    "%1 of %2 items you answered."
                )
            else:
                self.next_button.setText(self.tr("Continue: %1").replace("%1", title))
                reason = self.tr(
                    "You stopped in the middle: %1 of %2 answered. Your answers are kept."
                )
            self.next_reason.setText(
                reason.replace("%1", str(answered)).replace("%2", str(r.exercise_set.item_count))
            )
        elif self.building is not None:
            done, total = self.building
            self._next = None
            self.next_button.setText(self.tr("Preparing the specimens…"))
            self.next_reason.setText(
                self.tr(
                    "Practice and exams open when the bundled specimens are ready (%1 of %2): "
                    "a set drawn now would have only the few there are so far."
                )
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        else:
            chosen = next_module(self.progress)
            if chosen is None:
                level = self.trainee.level
                self._next = Plan(PlanKind.LEVEL_EXAM, level)
                self.next_button.setText(
                    self.tr("Take the level %1 exam").replace("%1", str(level))
                )
                self.next_reason.setText(self.tr("Every module of your level is mastered."))
            else:
                self._next = Plan(PlanKind.MODULE, self.trainee.level, module=chosen.module.id)
                title = text_for(chosen.module.title, self.lang)
                self.next_button.setText(self.tr("Start practice: %1").replace("%1", title))
                self.next_reason.setText(
                    self.tr("Not practised yet: it comes next in your course.")
                    if chosen.practised == 0
                    else self.tr("Your weakest module: %1% mastered.").replace(
                        "%1", str(round(chosen.level * 100))
                    )
                )
        self.next_button.setEnabled(self._next is not None)
        self.build_progress.setVisible(self.building is not None)
        if self.building is not None:
            self.build_progress.setRange(0, max(self.building[1], 1))
            self.build_progress.setValue(self.building[0])
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_building(self, done: int | None, total: int = 0) -> None:
        """``done`` of ``total`` bundled specimens built; None when the library is ready."""
        was = self.building
        self.building = None if done is None else (done, total)
        if (was is None) != (self.building is None):
            self.refresh()  # the buttons open or close
        else:
            self._choose_next()

    def _do_next(self) -> None:
        if self._next == "profile":
            self.ask_profile()
        elif isinstance(self._next, ResumableAttempt):
            self.resume_requested.emit(self._next)
        elif isinstance(self._next, Plan):
            self._start(self._next)

    def _start(self, plan: Plan) -> None:
        from dataclasses import replace

        self.start_requested.emit(replace(plan, seed=_seed()))
