"""Doing an exercise set: the item on the stage, its answer panel, the clock, the feedback.

Every answer goes to the store the moment it is given (Enter, Submit, or leaving an exam item
with a changed answer), so a crash loses nothing. Practice shows the feedback at once and locks
the answer; an exam lets answers change until Finish and then opens the review.
Keys: Enter submits (then goes on), N / P next / previous, K marking on/off, C compare with a
genuine reference, Ctrl+Enter finishes; the viewer's light and loupe keys work throughout.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import text_for
from docexam.core.library.library import Library
from docexam.core.training.quiz import (
    DrillAnswer,
    DrillExercise,
    ItemRecord,
    Mode,
    QuizSession,
    SessionResult,
)
from docexam.ui.settings import settings
from docexam.ui.training import wording
from docexam.ui.training.answer_panels import AreaPanel, is_empty
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.drill import DrillPanel
from docexam.ui.training.exercise_bar import ExerciseBar, clock_text, keys_label
from docexam.ui.training.face_panel import FacePanel
from docexam.ui.training.feedback import FeedbackPanel
from docexam.ui.training.hints import blank_answer, hint_for
from docexam.ui.training.item_view import ItemView
from docexam.ui.training.port import TrainingStore, finish, record_item
from docexam.ui.training.stage import Stage
from docexam.ui.viewer.specimen_tab import SpecimenTab

TICK_MS = 250


def panel_of(item: ItemView | None) -> object:
    return item.panel if item is not None else None


def position_key(attempt_id: int) -> str:
    return f"training/position/{attempt_id}"


class ExercisePage(QWidget):
    finished = Signal(object)  # SessionResult
    item_shown = Signal(int)  # the item now on screen (a class seat tells the dashboard)

    def __init__(
        self,
        store: TrainingStore,
        attempt_id: int,
        session: QuizSession,
        library: Library,
        lang: str = "en",
    ) -> None:
        super().__init__()
        self.store, self.attempt_id, self.session, self.lang = store, attempt_id, session, lang
        self.exam = session.mode is Mode.EXAM
        self.item: ItemView | None = None
        self.stage = Stage(library, lang)
        self.stage.tab_changed.connect(self._tab_changed)

        self.bar = ExerciseBar(session.mode)
        self.where, self.timer_label = self.bar.where, self.bar.timer_label
        self.prev_button, self.next_button = self.bar.prev_button, self.bar.next_button
        self.finish_button = self.bar.finish_button

        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("QLabel { font-size: 17px; font-weight: bold; }")

        self.below = QVBoxLayout()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # A case item's file and the document are two pages of the desk: the file first.
        self.desk = QTabBar()
        self.desk.setObjectName("desk")
        self.desk.addTab(self.tr("Case file and interview"))
        self.desk.addTab(self.tr("Document"))
        self.desk.currentChanged.connect(self._desk_page)
        self.desk.hide()
        left_layout.addWidget(self.desk)
        left_layout.addWidget(self.stage, 1)
        left_layout.addLayout(self.below)
        self.left_layout = left_layout

        self.side_panel = QVBoxLayout()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit")
        self.submit_button.setStyleSheet(
            "QPushButton { background: #0072b2; color: white; font-weight: bold;"
            " padding: 8px; border-radius: 5px; } QPushButton:disabled { background: #9bb; }"
        )
        self.hint_button = QPushButton(self.tr("Hint (F1)"))
        self.hint_button.setObjectName("hint")
        self.solution_button = QPushButton(self.tr("Show solution"))
        self.solution_button.setObjectName("show_solution")
        self.solution_button.setToolTip(
            self.tr("Shows the key for this item; an item solved so does not count toward mastery.")
        )
        self.compare_button = QPushButton(self.tr("Compare with a genuine one (C)"))
        self.compare_button.setObjectName("compare")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        # The hint in a box of its own, where the eye goes after the Hint button: not a status
        # line that the next message replaces.
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint_text")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(
            "QLabel { background: #fdf1d6; border-left: 4px solid #e69f00;"
            " padding: 6px; font-size: 14px; }"
        )
        self.hint_label.hide()
        self.feedback = FeedbackPanel(lang)
        side = QWidget()
        side.setMinimumWidth(280)
        side_layout = QVBoxLayout(side)
        self.side_layout = side_layout
        side_layout.addLayout(self.side_panel)
        side_layout.addWidget(self.submit_button)
        side_layout.addWidget(self.status)
        help_row = QHBoxLayout()
        help_row.addWidget(self.hint_button)
        help_row.addWidget(self.solution_button)
        side_layout.addLayout(help_row)
        side_layout.addWidget(self.hint_label)
        side_layout.addWidget(self.compare_button)
        side_layout.addWidget(self.feedback, 1)
        self.keys = keys_label()
        side_layout.addWidget(self.keys)
        self.solutions: set[int] = set()  # items whose solution was asked for
        if self.exam:
            self.feedback.hide()  # an exam shows no feedback until the review
            self.hint_button.hide()  # nor any help
            self.solution_button.hide()
            side_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([980, 360])
        self.split = split

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.prompt)
        layout.addWidget(split, 1)

        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.finish_button.clicked.connect(self.ask_finish)
        self.submit_button.clicked.connect(self.submit_or_next)
        self.compare_button.clicked.connect(self.compare)
        self.hint_button.clicked.connect(self.show_hint)
        self.solution_button.clicked.connect(self.show_solution)
        self.feedback.show_light.connect(self._show_me)
        self._keys()
        self._confirm_finish = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.show_item()

    def _keys(self) -> None:
        for key, slot in (
            ("Return", self.submit_or_next),
            ("Enter", self.submit_or_next),
            ("N", lambda: self.go(1)),
            ("P", lambda: self.go(-1)),
            ("K", self._toggle_marking),
            ("C", self.compare),
            ("Ctrl+Return", self.ask_finish),
            ("F1", self.show_hint),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tab_changed(self, tab: SpecimenTab | None) -> None:
        # The viewer's light and loupe keys work wherever focus is on this page.
        if tab is not None:
            self.addActions(tab.light_actions() + tab.view_actions())

    # -- showing an item -------------------------------------------------------------------------

    def show_item(self) -> None:
        s = self.session
        ex = s.current
        if self.item is not None:
            self.item.teardown()
        settings().setValue(position_key(self.attempt_id), s.index)
        self.item_shown.emit(s.index)
        caption = self.tr("Item %1").replace("%1", str(s.index + 1))
        self.item = ItemView(self.stage, ex, caption)
        self.item.changed.connect(lambda: self.status.setText(""))
        (self.below if self.item.below_stage else self.side_panel).addWidget(self.item.panel)
        if isinstance(self.item.panel, CasePanel):
            self.left_layout.insertWidget(1, self.item.panel.page, 1)
            self.desk.show()
            self.side_layout.setStretch(0, 2)  # the indicator checklist before the feedback
            if self.split.sizes()[1] < 440:  # the indicators' names on one line where they can
                self.split.setSizes([sum(self.split.sizes()) - 460, 460])
            self.desk.setCurrentIndex(0)
            self._desk_page(0)
        else:
            self.desk.hide()
            self.side_layout.setStretch(0, 0)
            self.stage.show()
        # A face is compared with a face, not with a genuine reference, and its panel has its
        # own keys: at 1366x768 the room goes to the photo and the feature rows.
        face = isinstance(self.item.panel, FacePanel)
        self.compare_button.setVisible(not face)
        self.keys.setVisible(not face)
        if isinstance(self.item.panel, DrillPanel):
            self.item.panel.completed.connect(self.submit)
            self.item.panel.changed.connect(self._drill_progress)
        self._update_where()
        self.prompt.setText(text_for(ex.prompt, self.lang))
        record = s.record()
        if record is not None:
            self.item.restore(record.answer)
        self.feedback.clear()
        self.hint_label.clear()
        self.hint_label.hide()
        locked = record is not None and not self.exam
        timed = isinstance(self.item.panel, FacePanel) and self.item.panel.timed
        if timed:
            locked = record is not None  # a decision at the booth is final, in an exam too
        self.item.lock(locked)
        if timed and not locked and isinstance(self.item.panel, FacePanel):
            panel = self.item.panel
            if panel.ready:
                self._start_face_clock(panel)
            else:
                panel.photo_shown.connect(lambda: self._start_face_clock(panel))
        if locked and record is not None:
            self._show_feedback()
        self.status.setText(self.tr("Answer saved.") if record is not None and self.exam else "")
        self._update_buttons()
        tab = self.stage.tab
        self.compare_button.setEnabled(
            tab is not None and self.stage.reference_for(tab.specimen) is not None
        )
        if tab is not None and tab.view.isVisibleTo(self):
            tab.view.setFocus()
        else:
            # A drill covers the page until it starts: a focus left on the hidden page would
            # leave this page, and Enter would no longer start the drill.
            self.submit_button.setFocus()

    def _start_face_clock(self, panel: FacePanel) -> None:
        """The quick face check: its clock starts when the faces are on screen (drawing the
        photo is not the trainee's time); a verdict is the answer at once, and time running out
        is "no decision"."""
        panel.decided.connect(self.submit)
        panel.expired.connect(self.submit)
        self.session.restart_item_clock()
        panel.start_countdown(self.session.item_seconds)

    def _desk_page(self, index: int) -> None:
        panel = panel_of(self.item)
        if not isinstance(panel, CasePanel):
            return
        panel.page.setVisible(index == 0)
        self.stage.setVisible(index == 1)

    def _update_where(self) -> None:
        s = self.session
        self.where.setText(
            self.tr("<b>Item %1 of %2</b> · %3 · %4 answered")
            .replace("%1", str(s.index + 1))
            .replace("%2", str(s.count))
            .replace("%3", wording.kind(s.current.kind))
            .replace("%4", str(len(s.records())))
        )

    def _update_buttons(self) -> None:
        s = self.session
        answered = s.answered() and not self.exam
        last = s.index == s.count - 1
        helpable = not self.exam and not s.answered()
        self.hint_button.setEnabled(helpable and hint_for(s.current, self.lang) is not None)
        self.solution_button.setEnabled(
            helpable and not isinstance(panel_of(self.item), DrillPanel)
        )
        self.prev_button.setEnabled(s.index > 0)
        self.next_button.setEnabled(not last)
        panel = self.item.panel if self.item else None
        if isinstance(panel, DrillPanel) and not panel.done():
            text = self.tr("Start / decide (Enter)")
        elif answered:
            text = self.tr("See the results (Enter)") if last else self.tr("Next item (Enter)")
        else:
            text = self.tr("Submit answer (Enter)")
        self.submit_button.setText(text)

    def _show_feedback(self) -> None:
        score = self.session.feedback()
        if score is None or self.item is None:
            return
        self.feedback.show_score(self.session.current, score)
        self.item.show_score(score)
        if isinstance(self.item.panel, CasePanel):
            self.desk.setCurrentIndex(0)  # the debrief heads the case file

    def _show_me(self, light: object, page_id: object) -> None:
        if self.item is not None:
            self.item.show_me(light, page_id if isinstance(page_id, str) else None)  # type: ignore[arg-type]

    # -- answering -------------------------------------------------------------------------------

    def submit_or_next(self) -> None:
        if self.session.answered() and not self.exam:
            if self.session.index == self.session.count - 1:
                self.do_finish()
            else:
                self.go(1)
            return
        drill = self.item.panel if self.item is not None else None
        if isinstance(drill, DrillPanel) and not drill.done():
            if not drill.decide():
                self.status.setText(self.tr("Choose a verdict (keys 1-4) first."))
            return
        self.submit()

    def submit(self) -> bool:
        """Score and store the current answer. False when there is nothing to submit."""
        if self.item is None:
            return False
        answer = self.item.answer()
        if answer is None:
            self.status.setText(self.tr("Give an answer first."))
            return False
        try:
            self.session.submit(answer, self._keep)
        except DocexamError as exc:
            # Not stored, so not counted: the answer stays on screen to be given again.
            self.status.setText(str(exc))
            return False
        self._update_where()
        if self.exam:
            self.status.setText(self.tr("Answer saved."))
            unanswered = [i for i in range(self.session.count) if not self.session.answered(i)]
            later = [i for i in unanswered if i > self.session.index] or unanswered
            if later:
                self.session.go_to(later[0])
                self.show_item()
            else:
                self.status.setText(self.tr("All answered. Check them, or finish the exam."))
                self._update_buttons()
        else:
            self.item.lock(True)
            self._show_feedback()
            self._update_buttons()
            # The answer controls are disabled now; focus on "Next" keeps Enter working.
            self.submit_button.setFocus()
        return True

    def _keep(self, record: ItemRecord) -> None:
        record_item(self.store, self.attempt_id, record)

    # -- practice help -----------------------------------------------------------------------------

    def show_hint(self) -> None:
        """Practice only: where to look, and the light that shows it, switched on."""
        if self.exam or self.item is None or self.session.answered():
            return
        hint = hint_for(self.session.current, self.lang)
        if hint is None:
            return
        self.hint_label.setText(hint.text)
        self.hint_label.show()
        if hint.light is not None:
            self.item.show_me(hint.light, hint.page_id)

    def show_solution(self) -> bool:
        """Practice only: record the answer on screen (or one finding nothing) as solution-shown
        and show the key. The item never counts toward mastery."""
        if self.exam or self.item is None or self.session.answered():
            return False
        answer = self.item.answer()
        if answer is None or is_empty(answer):
            answer = blank_answer(self.session.current) or answer
        if answer is None:
            self.status.setText(self.tr("Choose an answer first: the solution comes with it."))
            return False

        def keep(record: ItemRecord) -> None:
            record_item(self.store, self.attempt_id, record, solution_shown=True)

        try:
            self.session.submit(answer, keep)
        except DocexamError as exc:
            self.status.setText(str(exc))
            return False
        self.solutions.add(self.session.index)
        self._update_where()
        self.item.lock(True)
        self._show_feedback()
        self.status.setText(
            self.tr("Solution shown: this item does not count toward your mastery.")
        )
        self._update_buttons()
        self.submit_button.setFocus()
        return True

    def _drill_progress(self) -> None:
        """Store the drill's verdicts so far after each document, so a crash mid-drill loses
        nothing. Only in exam mode: a practice answer would count for mastery at once."""
        panel = self.item.panel if self.item is not None else None
        if not self.exam or not isinstance(panel, DrillPanel) or panel.done():
            return
        if not panel.responses:
            return
        try:
            self.session.submit(DrillAnswer(tuple(panel.responses)), self._keep)
        except DocexamError as exc:
            self.status.setText(str(exc))

    def _dirty(self) -> bool:
        """An exam answer changed on screen and not yet stored."""
        if not self.exam or self.item is None:
            return False
        answer = self.item.answer()
        record = self.session.record()
        if answer is None or isinstance(self.item.panel, DrillPanel):
            return False
        if record is None:
            return not is_empty(answer)  # looking at an item is not answering it
        return answer != record.answer

    def go(self, delta: int) -> None:
        s = self.session
        target = s.index + delta
        if not 0 <= target < s.count:
            return
        if self._dirty() and not s.expired:
            answer = self.item.answer() if self.item else None
            if answer is not None:
                try:
                    s.submit(answer, self._keep)
                except DocexamError as exc:
                    self.status.setText(str(exc))
                    return  # stay on the item whose answer is not stored yet
        s.go_to(target)
        self.show_item()

    def _toggle_marking(self) -> None:
        if self.item is not None and isinstance(self.item.panel, AreaPanel):
            self.item.panel.mode.toggle()

    def compare(self) -> None:
        self.desk.setCurrentIndex(1)  # a case item's document comes to the front (else a no-op)
        if not self.stage.compare_with_genuine():
            self.status.setText(
                self.tr("No genuine reference of this document type in the library.")
            )

    # -- time and the end ------------------------------------------------------------------------

    def _tick(self) -> None:
        remaining = self.session.remaining()
        if remaining is not None:
            self.timer_label.setText(self.tr("Time left %1").replace("%1", clock_text(remaining)))
            if remaining <= 60:
                self.timer_label.setStyleSheet("QLabel { font-size: 16px; color: #d55e00; }")
            if self.session.expired:
                self.do_finish()
        elif isinstance(self.session.current, DrillExercise):
            self.timer_label.setText(
                self.tr("Time %1").replace("%1", clock_text(self.session.item_seconds()))
            )
        else:
            self.timer_label.setText("")

    def ask_finish(self) -> None:
        """Finishing with unanswered items asks once more (a second press confirms)."""
        missing = self.session.count - len(self.session.records())
        if missing and not self._confirm_finish:
            self._confirm_finish = True
            if self.exam:
                text = self.tr("%1 item(s) unanswered. Press Finish again to finish anyway.")
                self.finish_button.setText(self.tr("Finish anyway"))
            else:
                text = self.tr(
                    "%1 item(s) not done yet. Press End again to end the practice here: it is "
                    "kept as ended, not as a failed attempt."
                )
                self.finish_button.setText(self.tr("End practice"))
            self.status.setText(text.replace("%1", str(missing)))
            return
        self.do_finish()

    def do_finish(self) -> SessionResult:
        if self._dirty() and not self.session.expired:
            self.go(0)  # stores the answer on screen before the attempt closes
        self.ticker.stop()
        if self.item is not None:
            self.item.teardown()
            self.item = None
        # Practice stopped before its last item is "ended": neither passed nor failed.
        ended = not self.exam and len(self.session.records()) < self.session.count
        result = self.session.finish()
        finish(self.store, self.attempt_id, result, ended=ended)
        settings().remove(position_key(self.attempt_id))
        self.stage.close_stage()
        self.finished.emit(result)
        return result

    def close_panes(self) -> None:
        """The window or tab closes mid-attempt: keep the answer on screen, stay resumable."""
        if self._dirty() and not self.session.expired and self.item is not None:
            answer = self.item.answer()
            if answer is not None:
                with contextlib.suppress(DocexamError):  # closing: nothing left to show it on
                    self.session.submit(answer, self._keep)
        self.ticker.stop()
        if self.item is not None:
            self.item.teardown()
            self.item = None
        self.stage.close_stage()
