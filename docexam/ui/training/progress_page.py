"""The progress screen: mastery per objective, attempts with scores and a chart over time,
the weakest features and fraud types, and "practise my weak points"."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docexam.core.domain.model import text_for
from docexam.core.domain.taxonomy import category_name
from docexam.core.training.curriculum import Curriculum
from docexam.core.training.insights import Weakness, weakest
from docexam.core.training.mastery import weak_points
from docexam.core.training.plans import Plan, PlanKind, plan_of
from docexam.store.records import AttemptStatus, Trainee
from docexam.ui import words
from docexam.ui.training import wording
from docexam.ui.training.chart import LineChart
from docexam.ui.training.port import TrainingStore
from docexam.ui.training.start_page import make_primary

HISTORY_FOR_INSIGHTS = 30  # attempts read for the weakest features; enough to be stable


def set_label(set_key: str, curriculum: Curriculum, lang: str) -> str:
    """A stored set's key in words: the module, the level exam, the drill or the weak points."""
    plan = plan_of(set_key, curriculum)
    if plan is None:
        return set_key
    if plan.module is not None:
        return text_for(curriculum.module(plan.module).title, lang)
    if plan.kind is PlanKind.LEVEL_EXAM:
        return QCoreApplication.translate("training", "Level %1 exam").replace(
            "%1", str(plan.level)
        )
    if plan.kind is PlanKind.DRILL:
        return QCoreApplication.translate("training", "First-line drill")
    return QCoreApplication.translate("training", "My weak points")


class ProgressPage(QWidget):
    back = Signal()
    start_requested = Signal(object)  # Plan

    def __init__(
        self, store: TrainingStore, curriculum: Curriculum, trainee: Trainee, lang: str = "en"
    ) -> None:
        super().__init__()
        self.store, self.curriculum, self.trainee, self.lang = store, curriculum, trainee, lang
        heading = self.tr("Progress of %1").replace("%1", trainee.name)
        title = QLabel(f"<h2>{heading}</h2>")
        back = QPushButton(self.tr("Back to the start"))
        back.setObjectName("progress_back")
        back.clicked.connect(self.back)
        self.weak_button = QPushButton(self.tr("Practise my weak points"))
        self.weak_button.setObjectName("progress_weak")
        make_primary(self.weak_button)
        self.weak_button.clicked.connect(self._practise_weak)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.weak_button)
        head.addWidget(back)

        self.mastery = QTreeWidget()
        self.mastery.setObjectName("mastery")
        self.mastery.setHeaderLabels([self.tr("Objective"), self.tr("Mastery"), self.tr("Answers")])
        self.mastery.setColumnWidth(0, 330)
        self.chart = LineChart()
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Set"), self.tr("Mode"), self.tr("Score")]
        )
        self.history.verticalHeader().hide()
        for col, width in enumerate((95, 170, 70)):
            self.history.setColumnWidth(col, width)
        # The score is read in full (Chinese cut it at "18 分中得 …"); the set's name takes the
        # width left (wrapped, or elided with its full name in the tooltip).
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.weak_label = QLabel()
        self.weak_label.setObjectName("weakest")
        self.weak_label.setWordWrap(True)
        self.weak_label.setTextFormat(Qt.TextFormat.RichText)
        self.weak_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        left = QGroupBox(self.tr("Mastery per objective"))
        QVBoxLayout(left).addWidget(self.mastery)
        chart_box = QGroupBox(self.tr("Scores over time"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        history_box = QGroupBox(self.tr("Attempts"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.totals)
        history_layout.addWidget(self.history)
        weak_box = QGroupBox(self.tr("Weakest features and fraud types"))
        QVBoxLayout(weak_box).addWidget(self.weak_label)
        right = QVBoxLayout()
        right.addWidget(chart_box, 3)
        lower = QHBoxLayout()
        lower.addWidget(history_box, 3)
        lower.addWidget(weak_box, 2)
        right.addLayout(lower, 3)
        body = QHBoxLayout()
        body.addWidget(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        self._fill_mastery()
        attempts = self.store.attempt_history(self.trainee.id)
        answers = {a.id: self.store.answers(a.id) for a in attempts}
        # The latest answer per item: an item answered twice is one item done.
        self.done = {i: len({x.item_index for x in given}) for i, given in answers.items()}
        self._fill_history(attempts)
        self._fill_totals(attempts, answers)
        finished = [
            a for a in reversed(attempts) if a.status is AttemptStatus.FINISHED and a.max_score
        ]
        self.chart.set_points(
            [
                (words.when(a.started_at, self.lang), (a.score or 0) / a.max_score)
                for a in finished
                if a.max_score
            ]
        )
        feedbacks = [
            answer.feedback
            for a in attempts[:HISTORY_FOR_INSIGHTS]
            for answer in answers[a.id]
            if answer.feedback is not None  # an exam in progress: not graded yet
        ]
        self._fill_weakest(feedbacks)
        self.weak = weak_points(self.store.mastery(self.trainee.id))
        self.weak_button.setEnabled(bool(self.weak))

    def _fill_mastery(self) -> None:
        self.mastery.clear()
        by_id = {m.objective_id: m for m in self.store.mastery(self.trainee.id)}
        for module in self.curriculum.modules:
            if module.level > self.trainee.level:
                continue
            parent = QTreeWidgetItem([text_for(module.title, self.lang), "", ""])
            self.mastery.addTopLevelItem(parent)
            for objective in module.objectives:
                m = by_id.get(objective.id)
                level = "–" if m is None else f"{round(m.level * 100)} %"
                answers = "0" if m is None else str(m.answers)
                child = QTreeWidgetItem([text_for(objective.title, self.lang), level, answers])
                child.setData(0, Qt.ItemDataRole.UserRole, objective.id)
                parent.addChild(child)
            parent.setExpanded(module.level == self.trainee.level)

    def _fill_history(self, attempts: list) -> None:  # type: ignore[type-arg]
        self.history.setRowCount(len(attempts))
        for row, a in enumerate(attempts):
            if a.status is AttemptStatus.FINISHED and a.max_score:
                earned = a.score or 0.0
                points = self.tr("%1 of %2 points").replace("%1", f"{earned:.1f}")
                points = points.replace("%2", f"{a.max_score:g}")
                score = f"{round(earned / a.max_score * 100)} %" + wording.aside(points)
                score += "  ✓" if a.passed else ""
            elif a.status is AttemptStatus.ENDED:
                score = (
                    self.tr("ended: %1 of %2 items")
                    .replace("%1", str(self.done.get(a.id, 0)))
                    .replace("%2", str(a.item_count))
                )
            else:
                score = self.tr("unfinished")
            cells = [
                words.when(a.started_at, self.lang),
                set_label(a.set_key, self.curriculum, self.lang),
                wording.mode(a.mode),
                score,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a narrow window cuts the score's points short
                self.history.setItem(row, col, item)

    def _fill_totals(self, attempts: list, answers: dict) -> None:  # type: ignore[type-arg]
        """Counts that add up: every attempt is finished, ended or unfinished; every item done
        is one answered, with or without its solution shown."""
        by_status = {status: 0 for status in AttemptStatus}
        for a in attempts:
            by_status[a.status] += 1
        items = sum(self.done.values())
        shown = sum(
            1
            for given in answers.values()
            for index in {x.item_index for x in given}
            if [x for x in given if x.item_index == index][-1].solution_shown
        )
        self.counts = (len(attempts), by_status, items, shown)
        self.totals.setText(
            self.tr(
                "%1 attempts: %2 finished, %3 ended early, %4 unfinished · %5 items done, "
                "%6 with the solution shown"
            )
            .replace("%1", str(len(attempts)))
            .replace("%2", str(by_status[AttemptStatus.FINISHED]))
            .replace("%3", str(by_status[AttemptStatus.ENDED]))
            .replace("%4", str(by_status[AttemptStatus.IN_PROGRESS]))
            .replace("%5", str(items))
            .replace("%6", str(shown))
        )

    def _fill_weakest(self, feedbacks: list) -> None:  # type: ignore[type-arg]
        categories, frauds = weakest(feedbacks)
        if not feedbacks:
            self.weak_label.setText(self.tr("Nothing to show yet: answer a few exercises first."))
            return
        if not categories and not frauds:
            # Answered, and nothing that came up was missed ("answer a few first" would be wrong).
            self.weak_label.setText(self.tr("Nothing missed so far: no feature or fraud type."))
            return
        parts = []
        if categories:
            missed_features = self.tr("Features you miss")
            parts.append(f"<b>{missed_features}</b><br>")
            parts += [
                f"{category_name(w.code, self.lang)}: {self._missed(w)}<br>" for w in categories
            ]
        if frauds:
            misjudged = self.tr("Fraud types you misjudge")
            parts.append(f"<b>{misjudged}</b><br>")
            parts += [f"{words.status(w.code)}: {self._missed(w)}<br>" for w in frauds]
        self.weak_label.setText("".join(parts))

    def _missed(self, weak: Weakness) -> str:
        # "5/5" read as full marks; say what the numbers count.
        return (
            self.tr("missed %1 of %2").replace("%1", str(weak.missed)).replace("%2", str(weak.seen))
        )

    def _practise_weak(self) -> None:
        objectives = tuple(m.objective_id for m in self.weak)
        seed = int(time.time()) % 1_000_000
        self.start_requested.emit(
            Plan(PlanKind.WEAK, self.trainee.level, objectives=objectives, seed=seed)
        )
