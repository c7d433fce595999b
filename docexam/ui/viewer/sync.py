"""Keeps two page views in step: zoom and scroll position follow each other."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar

from docexam.ui.viewer.page_view import PageView


class ViewSync:
    def __init__(self, a: PageView, b: PageView) -> None:
        self.a, self.b = a, b
        self._busy = False
        a.zoom_changed.connect(lambda z: self._zoom(b, z))
        b.zoom_changed.connect(lambda z: self._zoom(a, z))
        for src, dst in (
            (a.horizontalScrollBar(), b.horizontalScrollBar()),
            (a.verticalScrollBar(), b.verticalScrollBar()),
            (b.horizontalScrollBar(), a.horizontalScrollBar()),
            (b.verticalScrollBar(), a.verticalScrollBar()),
        ):
            src.valueChanged.connect(lambda _v, s=src, d=dst: self._scroll(s, d))
        self._zoom(b, a.zoom())

    def _zoom(self, other: PageView, factor: float) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            other.set_zoom(factor)
        finally:
            self._busy = False

    def _scroll(self, src: QScrollBar, dst: QScrollBar) -> None:
        # Proportional, so pages of slightly different pixel sizes stay on the same spot.
        if self._busy:
            return
        self._busy = True
        try:
            span = max(src.maximum() - src.minimum(), 1)
            fraction = (src.value() - src.minimum()) / span
            dst.setValue(round(dst.minimum() + fraction * (dst.maximum() - dst.minimum())))
        finally:
            self._busy = False
