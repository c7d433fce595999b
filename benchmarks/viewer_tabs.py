"""Opening and closing a specimen tab as the app does, for the benchmarks that measure the viewer
(bench_first_light, bench_memory). Import after the QApplication exists."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from docexam.ui.viewer.specimen_tab import SpecimenTab


def open_tab(specimen: object) -> SpecimenTab:
    tab = SpecimenTab(specimen)  # type: ignore[arg-type]
    tab.resize(1366, 700)
    tab.show()
    QApplication.processEvents()
    return tab


def close_tab(tab: SpecimenTab) -> None:
    tab.close_panes()
    tab.deleteLater()
    QApplication.processEvents()
    # As the event loop would: processEvents() alone leaves deleted tabs (and their pages'
    # hundreds of megabytes) alive, which once ran a benchmark out of memory.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
