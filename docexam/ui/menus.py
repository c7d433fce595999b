"""Menus whose entries belong to the tab in front."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def empty_menu(menu: QMenu) -> None:
    """Take every action out of ``menu`` without deleting any.

    QMenu.clear() deletes the actions QUndoStack.createUndoAction made (seen with PySide6 6.11),
    even though they belong to their tab; removing them one by one leaves them alive.
    """
    for action in menu.actions():
        menu.removeAction(action)
