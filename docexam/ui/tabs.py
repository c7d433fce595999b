"""What a tab of the main window offers the window: its title, whether it may be closed, the
actions it adds to the window's menus, the specimen it examines, and closing it.

Every tab (library, training, specimen, authoring) says all of it, so the window asks its tabs
only this and never probes them for attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from docexam.core.domain.model import Specimen


@dataclass(frozen=True)
class TabMenus:
    """The actions a tab puts in the window's menus while it is in front (none by default)."""

    light: Sequence[QAction] = ()
    specimen: Sequence[QAction] = ()
    edit: Sequence[QAction] = ()


class Examination(Protocol):
    """A specimen being examined, which can be compared with a reference beside it."""

    @property
    def specimen(self) -> Specimen: ...

    def compare_with(self, reference: Specimen) -> object: ...

    def stop_compare(self) -> None: ...


@runtime_checkable
class Tab(Protocol):
    def tab_title(self) -> str: ...

    def closable(self) -> bool: ...

    def tab_menus(self) -> TabMenus: ...

    def examination(self) -> Examination | None:
        """The specimen examined in this tab, if any: what "Compare with a reference" acts on."""

    def close_panes(self) -> None:
        """The tab (or the window) closes: finish background work, keep what must be kept."""


def as_tab(widget: QWidget | None) -> Tab:
    """``widget`` as the tab it is; every tab of the window must say what it offers."""
    if not isinstance(widget, Tab):
        raise TypeError(f"{type(widget).__name__} is not a docexam.ui.tabs.Tab")
    return widget


def add_tab(tabs: QTabWidget, widget: QWidget, at: int = -1) -> int:
    """Put ``widget`` in ``tabs`` (at the end, or at index ``at``) under its own title; a tab
    that may not be closed gets no close button."""
    tab = as_tab(widget)
    index = tabs.insertTab(at, widget, tab.tab_title())
    if not tab.closable():
        tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
    return index
