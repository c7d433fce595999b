"""The dashboard's three tables, filled from a :class:`~docexam.core.training.classroom.Dashboard`:
trainees (who is there, where, scores), mastery per objective as a heat map, items most missed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from docexam.core.training.classroom import Dashboard, TraineeLine, heat

ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 1


def heat_colour(fraction: float) -> QColor:
    return QColor.fromRgbF(*heat(fraction))


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def trainee_table() -> QTableWidget:
    return _table(
        [
            QCoreApplication.translate("ClassDashboard", "Trainee"),
            QCoreApplication.translate("ClassDashboard", "Connected"),
            QCoreApplication.translate("ClassDashboard", "On item"),
            QCoreApplication.translate("ClassDashboard", "Answered"),
            QCoreApplication.translate("ClassDashboard", "Score"),
            QCoreApplication.translate("ClassDashboard", "Result"),
        ],
        "trainees",
    )


def _result(line: TraineeLine) -> str:
    if line.status is None:
        return QCoreApplication.translate("ClassDashboard", "not started")
    if line.status == "in_progress":
        return QCoreApplication.translate("ClassDashboard", "working")
    if line.passed is True:
        return QCoreApplication.translate("ClassDashboard", "passed")
    if line.passed is False:
        return QCoreApplication.translate("ClassDashboard", "not passed")
    return QCoreApplication.translate("ClassDashboard", "ended")


def fill_trainees(table: QTableWidget, board: Dashboard, items: int) -> None:
    table.setRowCount(len(board.lines))
    for row, line in enumerate(board.lines):
        name = _cell(line.name)
        name.setData(ATTEMPT_ROLE, line.attempt_id)
        table.setItem(row, 0, name)
        there = _cell("●" if line.connected else "○")
        there.setForeground(QBrush(QColor("#1b7f3b" if line.connected else "#999999")))
        there.setToolTip(
            QCoreApplication.translate("ClassDashboard", "connected")
            if line.connected
            else QCoreApplication.translate("ClassDashboard", "not connected")
        )
        table.setItem(row, 1, there)
        where = "" if line.item_index is None else f"{line.item_index + 1} / {items}"
        table.setItem(row, 2, _cell(where, True))
        table.setItem(row, 3, _cell(str(line.answered), True))
        score = ""
        if line.score is not None and line.max_score:
            score = f"{line.score:g} / {line.max_score:g} ({line.score / line.max_score:.0%})"
        result = _result(line)
        if line.status not in (None, "in_progress"):
            # The workstation graded itself; the official grade comes at the session's close.
            result += " · " + (
                QCoreApplication.translate("ClassDashboard", "official")
                if line.official
                else QCoreApplication.translate("ClassDashboard", "provisional")
            )
        table.setItem(row, 4, _cell(score, True))
        table.setItem(row, 5, _cell(result))


def heat_table() -> QTableWidget:
    table = _table([], "heat_map")
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    # Equal columns: one objective must not look larger than another.
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(True)
    return table


def fill_heat(table: QTableWidget, board: Dashboard) -> None:
    """Rows: trainees, then the class; columns: objectives; a cell: the share of the points won."""
    objectives = list(board.objectives)
    table.setColumnCount(len(objectives))
    table.setHorizontalHeaderLabels(objectives)
    rows = [(line.name, line.trainee_id) for line in board.lines]
    table.setRowCount(len(rows) + 1)
    table.setVerticalHeaderLabels(
        [name for name, _ in rows] + [QCoreApplication.translate("ClassDashboard", "Class")]
    )
    for column, objective in enumerate(objectives):
        for row, (_, trainee_id) in enumerate(rows):
            table.setItem(row, column, _heat_cell(board.heat.get((trainee_id, objective))))
        table.setItem(len(rows), column, _heat_cell(board.class_heat.get(objective)))


def _heat_cell(fraction: float | None) -> QTableWidgetItem:
    if fraction is None:
        return _cell("")
    item = _cell(f"{fraction:.0%}", True)
    item.setBackground(QBrush(heat_colour(fraction)))
    item.setForeground(QBrush(QColor("#111111")))
    return item


def missed_table() -> QTableWidget:
    table = _table(
        [
            QCoreApplication.translate("ClassDashboard", "Item"),
            QCoreApplication.translate("ClassDashboard", "Exercise"),
            QCoreApplication.translate("ClassDashboard", "Points lost"),
            QCoreApplication.translate("ClassDashboard", "Graded"),
        ],
        "most_missed",
    )
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def fill_missed(table: QTableWidget, board: Dashboard) -> None:
    table.setRowCount(len(board.most_missed))
    for row, item in enumerate(board.most_missed):
        table.setItem(row, 0, _cell(str(item.item_index + 1), True))
        table.setItem(row, 1, _cell(item.exercise_id))
        lost = _cell(f"{item.missed:.0%}", True)
        lost.setBackground(QBrush(heat_colour(1 - item.missed)))
        table.setItem(row, 2, lost)
        table.setItem(row, 3, _cell(str(item.graded), True))
