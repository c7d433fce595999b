"""The answer to a face item: the photo (the traveller, or the earlier passport's portrait)
beside the document on the stage, the verdict, and for the morphological comparison a row per
FISWG feature with agree/differ.

Keyboard: S and D give the verdict; in the feature grid Tab goes from feature to feature and
+ (or =) / - record agree/differ for the feature that has the focus, then move to the next.
(Letters are the viewer's lights; these keys are free.)
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from docexam.core.training.quiz import Answer, FaceAnswer, FaceExercise
from docexam.core.training.quiz.face_items import LIVE
from docexam.ui.training import wording
from docexam.ui.training.answer_panels import AnswerPanel

PHOTO_HEIGHT = 260


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


class _FeatureRow:
    def __init__(self, parent: QWidget, feature: str) -> None:
        self.feature = feature
        self.label = QLabel(wording.face_part(feature))
        self.agree = QRadioButton(QCoreApplication.translate("FacePanel", "agree"))
        self.differ = QRadioButton(QCoreApplication.translate("FacePanel", "differ"))
        self.agree.setObjectName(f"agree_{feature}")
        self.differ.setObjectName(f"differ_{feature}")
        self.group = QButtonGroup(parent)
        self.group.addButton(self.agree)
        self.group.addButton(self.differ)

    def value(self) -> str:
        return "differs" if self.differ.isChecked() else "agrees" if self.agree.isChecked() else ""


class FacePanel(AnswerPanel):
    def __init__(
        self,
        exercise: FaceExercise,
        photo: np.ndarray | None,
        open_reader: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self.exercise = exercise
        title = (
            self.tr("The traveller at the booth")
            if exercise.against == LIVE
            else self.tr("Portrait in the earlier passport")
        )
        self.photo = QLabel()
        self.photo.setObjectName("face_photo")
        pixmap = photo_pixmap(photo)
        if not pixmap.isNull():
            pixmap = pixmap.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        self.photo.setPixmap(pixmap)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(self.photo)
        if exercise.seconds is not None:
            limit = self.tr("Answer within %1 s, as at the booth.")
            layout.addWidget(QLabel(limit.replace("%1", f"{exercise.seconds:.0f}")))
        self.reader = QPushButton(self.tr("Chip reader… (R)"))
        self.reader.setObjectName("open_chip_reader")
        if open_reader is not None:
            self.reader.clicked.connect(lambda _=False: open_reader())
            layout.addWidget(self.reader)
        else:
            self.reader.hide()
        self.group = QButtonGroup(self)
        self.same = QRadioButton(self.tr("&Same person"))
        self.same.setObjectName("face_same")
        self.other = QRadioButton(self.tr("&Different person"))
        self.other.setObjectName("face_other")
        for button in (self.same, self.other):
            self.group.addButton(button)
            layout.addWidget(button)
        QShortcut(QKeySequence("S"), self, self.same.click)
        QShortcut(QKeySequence("D"), self, self.other.click)
        self.group.buttonToggled.connect(lambda *_a: self.changed.emit())
        self.rows = [_FeatureRow(self, f) for f in exercise.features]
        if self.rows:
            layout.addWidget(QLabel(self.tr("<b>Feature by feature</b>")))
            grid = QGridLayout()
            for i, row in enumerate(self.rows):
                grid.addWidget(row.label, i, 0)
                grid.addWidget(row.agree, i, 1)
                grid.addWidget(row.differ, i, 2)
                row.group.buttonToggled.connect(lambda *_a: self.changed.emit())
            layout.addLayout(grid)
            hint = QLabel(self.tr("Keys: Tab to a feature, + agree, - differ."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ / - on a focused feature row (the radio buttons pass them up) record it."""
        agree = {Qt.Key.Key_Plus: True, Qt.Key.Key_Equal: True, Qt.Key.Key_Minus: False}
        if event.key() in agree and self._record_focused(agree[Qt.Key(event.key())]):
            return
        super().keyPressEvent(event)

    def _record_focused(self, agree: bool) -> bool:
        focus = self.focusWidget()
        for i, row in enumerate(self.rows):
            if focus in (row.agree, row.differ):
                (row.agree if agree else row.differ).setChecked(True)
                if i + 1 < len(self.rows):
                    self.rows[i + 1].agree.setFocus()
                return True
        return False

    def answer(self) -> Answer | None:
        same = True if self.same.isChecked() else False if self.other.isChecked() else None
        differs = tuple(r.feature for r in self.rows if r.value() == "differs")
        agrees = tuple(r.feature for r in self.rows if r.value() == "agrees")
        if same is None and not differs and not agrees:
            return None
        return FaceAnswer(same, differs, agrees)

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
