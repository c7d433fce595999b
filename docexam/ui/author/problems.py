"""Every problem of the draft as an import would report it; clicking one selects its feature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from docexam.core.domain.errors import Problem


class ProblemsPanel(QWidget):
    problem_clicked = Signal(object)  # Problem

    def __init__(self, subject: Callable[[Problem], str | None] | None = None) -> None:
        """``subject`` words what a problem is about for a person (the feature's name and its
        page), where a JSON path such as ``pages[0].features[6]`` would mean nothing."""
        super().__init__()
        self._subject = subject
        self.setObjectName("problems")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("problem_list")
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Click a problem to select the feature it is about"))
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.problems: list[Problem] = []
        self.set_problems([])

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.list.clear()
        for problem in problems:
            # The file and the JSON path are noise to an instructor once the feature is known:
            # name the feature (the full location stays in the tooltip).
            subject = self._subject(problem) if self._subject and problem.feature_id else None
            if subject:
                text = f"{subject}: {problem.message}"
            elif problem.feature_id:
                text = f"{problem.path}: {problem.message}"
            else:
                text = str(problem)
            item = QListWidgetItem(("⚠ " if problem.warning else "✕ ") + text)
            item.setToolTip(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        errors = [p for p in problems if not p.warning]
        advice = len(problems) - len(errors)
        if errors:
            self.summary.setText(
                self.tr(
                    "<b>%1 problem(s)</b>: the pack cannot be shared until they are fixed."
                ).replace("%1", str(len(errors)))
            )
        elif advice:
            self.summary.setText(
                self.tr(
                    "<b>Ready to share</b>, with %1 suggestion(s) (⚠) worth a look first."
                ).replace("%1", str(advice))
            )
        else:
            self.summary.setText(self.tr("<b>No problems</b>: the pack is ready to share."))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.problem_clicked.emit(item.data(Qt.ItemDataRole.UserRole))
