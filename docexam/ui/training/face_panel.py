"""The answer to a face item: the photo (the traveller, or the earlier passport's portrait)
beside the document on the stage, the verdict, and for the morphological comparison a row per
FISWG feature with agree / differ / cannot compare (hair hides it in one of the photos).

The quick check (first line) runs against a visible countdown of ``exercise.seconds``: S or 1
(same person), D or 2 (different person) give the verdict at once, and when the time runs out
the item is answered "no decision". The structured comparison has no clock.

Keyboard: S and D give the verdict; in the feature grid Tab goes from feature to feature and
+ (or =) / - / 0 record agree / differ / cannot compare for the feature that has the focus,
then move to the next.
(Letters are the viewer's lights; these keys are free.)
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.training.quiz import Answer, FaceAnswer, FaceExercise
from docexam.core.training.quiz.face_items import LIVE, PHOTO_SIZE
from docexam.core.training.quiz.face_scoring import AGREES, DIFFERS, HIDDEN
from docexam.ui.training import wording
from docexam.ui.training.answer_panels import AnswerPanel
from docexam.ui.training.photo_dialog import PhotoDialog

PHOTO_HEIGHT = 200  # beside the verdict: the panel and its ten FISWG rows fit at 1366x768
TICK_MS = 100


def photo_pixmap(photo: np.ndarray | None) -> QPixmap:
    """A BGR or grey photo as a pixmap (copied: the array may go away)."""
    if photo is None:
        return QPixmap()
    a = np.ascontiguousarray(photo)
    h, w = a.shape[:2]
    if a.ndim == 2:
        image = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8)
    else:
        image = QImage(a.data, w, h, 3 * w, QImage.Format.Format_BGR888)
    return QPixmap.fromImage(image.copy())


def choice_names() -> tuple[str, str, str]:
    """The three records of a feature, as the grid's column heads say them."""
    return (
        QCoreApplication.translate("FacePanel", "agree"),
        QCoreApplication.translate("FacePanel", "differ"),
        QCoreApplication.translate("FacePanel", "cannot compare"),
    )


class FeatureRow:
    """One FISWG feature: its name and three radio buttons under the grid's column heads (with
    their words on each button the three did not fit beside the photo at 1366x768)."""

    def __init__(self, parent: QWidget, feature: str) -> None:
        self.feature = feature
        self.label = QLabel(wording.face_part(feature))
        self.agree, self.differ, self.hidden = (QRadioButton() for _ in range(3))
        self.buttons = (self.agree, self.differ, self.hidden)
        self.group = QButtonGroup(parent)
        names = ("agree", "differ", "hidden")
        for name, word, button in zip(names, choice_names(), self.buttons, strict=True):
            button.setObjectName(f"{name}_{feature}")
            button.setAccessibleName(f"{self.label.text()}: {word}")
            button.setToolTip(word)
            self.group.addButton(button)
        self.hidden.setToolTip(
            QCoreApplication.translate(
                "FacePanel",
                "One of the photos does not show it: hair, a beard, glasses or a shadow cover "
                "it, or it is gone.",
            )
        )

    def value(self) -> str:
        for word, button in zip((AGREES, DIFFERS, HIDDEN), self.buttons, strict=True):
            if button.isChecked():
                return word
        return ""


class FacePanel(AnswerPanel):
    decided = Signal()  # the quick check's verdict was given: it is the answer, now
    expired = Signal()  # the quick check's time ran out: no decision
    photo_shown = Signal()  # the photo is on screen: the quick check's clock may start

    def __init__(
        self,
        exercise: FaceExercise,
        photo: np.ndarray | None,
        open_reader: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self.exercise = exercise
        # The quick check is timed; the feature-by-feature comparison is a study, untimed.
        self.timed = exercise.seconds is not None and not exercise.features
        self.timed_out = False
        self._elapsed: Callable[[], float] | None = None
        title = (
            self.tr("The traveller at the booth")
            if exercise.against == LIVE
            else self.tr("Portrait in the earlier passport")
        )
        self.title = title
        self.photo = QLabel()
        self.photo.setObjectName("face_photo")
        # The photo's room is kept while it is drawn, so nothing moves when it comes.
        self.photo.setFixedSize(round(PHOTO_HEIGHT * PHOTO_SIZE[0] / PHOTO_SIZE[1]), PHOTO_HEIGHT)
        self.photo.setWordWrap(True)
        self.photo.setStyleSheet("QLabel { color: #555; }")
        self.full = QPixmap()  # as the camera took it: Z shows it so
        self.photo.mousePressEvent = lambda _e: self.enlarge()  # type: ignore[method-assign]
        self.dialog: PhotoDialog | None = None
        self.photo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The photo beside the verdict, not above it: at 1366x768 the ten feature rows and
        # Submit stay in sight under them.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.photo)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        top.addLayout(layout, 1)
        outer.addLayout(top)
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        # The seconds in words (bold, readable at a glance) over a bar that runs down.
        self.clock = QLabel()
        self.clock.setObjectName("face_clock")
        self.countdown = QProgressBar()
        self.countdown.setObjectName("face_countdown")
        self.countdown.setTextVisible(False)
        self.countdown.setFixedHeight(8)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        if self.timed:
            assert exercise.seconds is not None
            self.countdown.setRange(0, round(exercise.seconds * 10))
            self._show_time(exercise.seconds)
            layout.addWidget(self.clock)
            layout.addWidget(self.countdown)
        else:
            self.clock.hide()
            self.countdown.hide()
        self.enlarge_button = QPushButton(self.tr("Larger photo… (Z)"))
        self.enlarge_button.setObjectName("enlarge_photo")
        self.enlarge_button.clicked.connect(lambda _=False: self.enlarge())
        self.enlarge_button.setEnabled(False)
        layout.addWidget(self.enlarge_button)
        QShortcut(QKeySequence("Z"), self, self.enlarge)
        self.reader = QPushButton(self.tr("Chip reader… (R)"))
        self.reader.setObjectName("open_chip_reader")
        if open_reader is not None:
            self.reader.clicked.connect(lambda _=False: open_reader())
            layout.addWidget(self.reader)
        else:
            self.reader.hide()
        self.group = QButtonGroup(self)
        keys = ("S / 1", "D / 2") if self.timed else ("S", "D")
        self.same = QRadioButton(self.tr("Same person (%1)").replace("%1", keys[0]))
        self.same.setObjectName("face_same")
        self.other = QRadioButton(self.tr("Different person (%1)").replace("%1", keys[1]))
        self.other.setObjectName("face_other")
        for button in (self.same, self.other):
            self.group.addButton(button)
            layout.addWidget(button)
            # At the booth a click is the decision; a study is confirmed with Submit.
            button.clicked.connect(lambda _=False: self._verdict_given())
        for key, button in (("S", self.same), ("1", self.same), ("D", self.other)):
            QShortcut(QKeySequence(key), self, lambda b=button: self._press(b))
        if self.timed:
            QShortcut(QKeySequence("2"), self, lambda: self._press(self.other))
        if exercise.against == LIVE:
            # Met at arm's length, a booth's widening of the nose was read as another nose.
            lens = QLabel(
                self.tr(
                    "The booth's camera stands closer than a studio's: a nose and lips look "
                    "a little wider in its photo."
                )
            )
            lens.setObjectName("face_booth_lens")
            lens.setWordWrap(True)
            lens.setStyleSheet("QLabel { color: #555; }")
            layout.addWidget(lens)
        self.notice = QLabel()
        self.notice.setObjectName("face_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { color: #d55e00; font-weight: bold; }")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout = outer
        self.group.buttonToggled.connect(lambda *_a: self.changed.emit())
        self.rows = [FeatureRow(self, f) for f in exercise.features]
        self.heads: list[QLabel] = []
        if self.rows:
            self.feature_heading = QLabel(
                self.tr(
                    "<b>Feature by feature</b> (keys: Tab, + agree, - differ, 0 cannot compare)"
                )
            )
            self.feature_heading.setWordWrap(True)
            layout.addWidget(self.feature_heading)
            grid = QGridLayout()
            grid.setVerticalSpacing(0)
            self.heads = [QLabel(word) for word in choice_names()]
            for j, head in enumerate(self.heads):
                grid.addWidget(head, 0, 1 + j, Qt.AlignmentFlag.AlignHCenter)
            for i, row in enumerate(self.rows):
                grid.addWidget(row.label, i + 1, 0)
                for j, button in enumerate(row.buttons):
                    grid.addWidget(button, i + 1, 1 + j, Qt.AlignmentFlag.AlignHCenter)
                row.group.buttonToggled.connect(lambda *_a: self.changed.emit())
            layout.addLayout(grid)
        layout.addStretch(1)
        if photo is None:
            self._waiting(True)
            self.photo.setText(self.tr("Drawing the photo…"))
        else:
            self.show_photo(photo)

    @property
    def ready(self) -> bool:
        """Whether the photo to compare is on screen."""
        return not self.full.isNull()

    def _waiting(self, waiting: bool) -> None:
        # No verdict on a face not yet seen; the clock starts when it is shown.
        for button in (self.same, self.other, *(b for r in self.rows for b in r.buttons)):
            button.setEnabled(not waiting)

    def show_photo(self, photo: np.ndarray) -> None:
        """The photo is drawn: show it, let the trainee decide, and say so (the clock starts)."""
        self.full = photo_pixmap(photo)
        self.photo.setPixmap(
            self.full.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )
        self.photo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.photo.setToolTip(self.tr("Click (or Z) to see the photo larger"))
        self.enlarge_button.setEnabled(True)
        self._waiting(False)
        self.photo_shown.emit()

    def photo_failed(self, message: str) -> None:
        """No photo to compare: say why; the item stays unanswerable rather than guessed."""
        self.photo.setText(self.tr("The photo could not be drawn: %1").replace("%1", message))

    def enlarge(self) -> None:
        """The photo as large as the camera took it, to study feature by feature."""
        if self.full.isNull() or not self.isEnabled():
            return
        self.dialog = PhotoDialog(self, self.title, self.full)
        self.dialog.open()

    # -- the quick check's clock
    def start_countdown(self, elapsed: Callable[[], float]) -> None:
        """Run the countdown on ``elapsed`` (the seconds this item has been on screen, as
        the session scores them), so what is shown and what is scored agree."""
        if not self.timed or self.timed_out:
            return
        self._elapsed = elapsed
        self._show_time(self.left())
        self.timer.start()  # the first tick may find the time gone (an item come back to)

    def stop(self) -> None:
        self.timer.stop()

    def left(self) -> float:
        limit = self.exercise.seconds or 0.0
        return max(0.0, limit - self._elapsed()) if self._elapsed is not None else limit

    def _show_time(self, left: float) -> None:
        self.countdown.setValue(round(left * 10))
        # Whole seconds rounded up: "0 s" shows only when the time is really up.
        whole = str(math.ceil(left - 1e-9))
        self.clock.setText(self.tr("%1 s left to decide").replace("%1", whole))
        colour = "#d55e00" if left <= 3 else "#0072b2"
        self.clock.setStyleSheet(
            f"QLabel {{ font-size: 16px; font-weight: bold; color: {colour}; }}"
        )
        self.countdown.setStyleSheet(
            "QProgressBar { border: 1px solid #999; border-radius: 3px; background: #eee; }"
            f" QProgressBar::chunk {{ background: {colour}; }}"
        )

    def _tick(self) -> None:
        left = self.left()
        self._show_time(left)
        if left > 0:
            return
        self.timer.stop()
        self.timed_out = True
        self.notice.setText(self.tr("Time ran out: no decision."))
        self.notice.show()
        self.setEnabled(False)
        self.expired.emit()

    def _press(self, button: QRadioButton) -> None:
        if self.isEnabled() and button.isEnabled():
            button.click()

    def _verdict_given(self) -> None:
        if self.timed and self.timer.isActive():
            self.timer.stop()
            self.decided.emit()

    def set_locked(self, locked: bool) -> None:
        if locked:
            self.timer.stop()
        super().set_locked(locked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ / - / 0 on a focused feature row (the radio buttons pass them up) record it."""
        key = Qt.Key(event.key())
        record = {Qt.Key.Key_Plus: 0, Qt.Key.Key_Equal: 0, Qt.Key.Key_Minus: 1, Qt.Key.Key_0: 2}
        if key in record and self._record_focused(record[key]):
            return
        super().keyPressEvent(event)

    def _record_focused(self, choice: int) -> bool:
        focus = self.focusWidget()
        for i, row in enumerate(self.rows):
            if focus in row.buttons:
                row.buttons[choice].setChecked(True)
                if i + 1 < len(self.rows):
                    self.rows[i + 1].agree.setFocus()
                return True
        return False

    def answer(self) -> Answer | None:
        if self.timed_out:
            return FaceAnswer(None)  # no decision: the time ran out
        same = True if self.same.isChecked() else False if self.other.isChecked() else None
        differs = tuple(r.feature for r in self.rows if r.value() == DIFFERS)
        agrees = tuple(r.feature for r in self.rows if r.value() == AGREES)
        hidden = tuple(r.feature for r in self.rows if r.value() == HIDDEN)
        if same is None and not differs and not agrees and not hidden:
            return None
        return FaceAnswer(same, differs, agrees, hidden)

    def set_answer(self, answer: Answer) -> None:
        if not isinstance(answer, FaceAnswer):
            return
        if answer.same_person is not None:
            (self.same if answer.same_person else self.other).setChecked(True)
        for row in self.rows:
            if row.feature in answer.differs:
                row.differ.setChecked(True)
            elif row.feature in answer.agrees:
                row.agree.setChecked(True)
            elif row.feature in answer.hidden:
                row.hidden.setChecked(True)
