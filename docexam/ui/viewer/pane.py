"""One specimen page on screen: its view, its light engine, its renderer and its loupe."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QPixmap

from docexam.core.domain.model import Specimen
from docexam.core.light import LightEngine, LightParams, PixelRect, Rendering
from docexam.core.light.draft_store import DraftStore, cache_folder
from docexam.ui.viewer.loupe import Loupe
from docexam.ui.viewer.page_view import PageView
from docexam.ui.viewer.renderer import PageRenderer
from docexam.ui.viewer.state import Aspect, ViewerState


class Pane(QObject):
    rendered = Signal(object, bool)  # Rendering, preview
    busy = Signal(bool)

    def __init__(self, specimen: Specimen, lang: str, parent: QObject | None = None) -> None:
        # Parented to its tab so that a render finishing after the tab closed finds no receiver.
        super().__init__(parent)
        self.specimen = specimen
        self.lang = lang
        self.view = PageView()
        self.engine = LightEngine(specimen, draft_store=DraftStore(cache_folder()))
        self.renderer = PageRenderer(self.engine, self)
        self.renderer.shown.connect(self._shown)
        self.renderer.previewed.connect(self._previewed)
        self.renderer.drafted.connect(self._drafted)
        self.renderer.busy.connect(self.busy)
        self.loupe = Loupe(self.view.viewport())
        self.loupe_on = False
        self.view.mouse_moved.connect(self._follow)
        self.page_id = specimen.pages[0].id

    def show_state(self, state: ViewerState, aspect: Aspect) -> None:
        """Show what ``aspect`` of ``state`` now says (every pane of a tab follows one state)."""
        if aspect is Aspect.PAGE:
            self.set_page(state.page)
            self.show(state.params, False)
            # After the light is asked for: the worker would otherwise start drafting the page
            # (decoding all its images) before the page itself could be shown.
            self.prepare_page()
        elif aspect in (Aspect.LIGHT, Aspect.LIGHT_SETTINGS):
            self.show(state.params, state.adjusting)
        elif aspect is Aspect.HOTSPOTS:
            self.view.set_overlay(state.hotspots)
            self.view.set_show_all(state.all_features)
        elif aspect is Aspect.LOUPE:
            self.set_loupe(state.loupe)
        elif aspect is Aspect.LOUPE_POWER:
            self.loupe.power = state.loupe_power

    def set_page(self, index: int) -> None:
        page = self.specimen.pages[min(index, len(self.specimen.pages) - 1)]
        self.page_id = page.id
        self.view.set_page(page, page.visible.dpi / 25.4, self.lang)
        self.renderer.prepare([])  # the last page's preparations are no longer ahead

    def prepare_page(self) -> None:
        page = self.specimen.page(self.page_id)
        # The reverse side (what transmitted light needs) and the page a trainee turns to get
        # their drafts; only this page is fully prepared: preparing the others too held another
        # page's worth of layers (50 MB at 600 dpi) that transmitted light never reads.
        pages = self.specimen.pages
        turn = pages[(pages.index(page) + 1) % len(pages)].id
        ahead = [page.reverse] if page.reverse else []
        self.renderer.prepare([page.id], drafts=[*ahead, turn])

    def show(self, params: LightParams, interactive: bool) -> None:
        self.view.set_light(params.light)
        if interactive and self.view.page_px[0] > 0:
            x, y, w, h = self.view.visible_page_rect()
            # Render at the zoom the screen shows (never above the page's own resolution).
            scale = min(1.0, max(0.02, self.view.zoom() * self.view.devicePixelRatioF()))
            width, height = self.engine.page_size(self.page_id, scale)
            # Whole pixels rounded outwards, so the preview covers the view to its edges: zoomed
            # past the page's resolution, one pixel cut off would leave a broad stale strip.
            x0 = min(max(0, math.floor(x * scale)), width - 1)
            y0 = min(max(0, math.floor(y * scale)), height - 1)
            x1 = min(width, max(x0 + 1, math.ceil((x + w) * scale)))
            y1 = min(height, max(y0 + 1, math.ceil((y + h) * scale)))
            self.renderer.preview(self.page_id, params, scale, PixelRect(x0, y0, x1 - x0, y1 - y0))
        else:
            self.renderer.request(self.page_id, params)

    def _shown(self, rendering: Rendering, pixmap: QPixmap) -> None:
        self.view.clear_preview()
        self.view.set_pixmap(pixmap, self.engine.page_size(self.page_id))
        self.rendered.emit(rendering, False)

    def _drafted(self, rendering: Rendering, pixmap: QPixmap) -> None:
        # The draft covers the whole page at screen resolution until the full render replaces it.
        self.view.clear_preview()
        self.view.set_pixmap(pixmap, self.engine.page_size(self.page_id))
        self.rendered.emit(rendering, True)

    def _previewed(self, rendering: Rendering, pixmap: QPixmap, roi: PixelRect) -> None:
        # The render's dpi against the page's tells the scale it was made at.
        scale = rendering.dpi / self.specimen.page(self.page_id).visible.dpi
        self.view.set_preview(pixmap, roi.x / scale, roi.y / scale, scale)
        self.rendered.emit(rendering, True)

    def _follow(self, pos: QPoint) -> None:
        current = self.renderer.current
        if not self.loupe_on or current is None or current.page_id != self.page_id:
            return
        scene = self.view.mapToScene(pos)
        page = self.specimen.page(self.page_id)
        centre = (scene.x(), scene.y())
        light = current.params.light
        self.loupe.show_at(pos, current.image, centre, current.dpi, page, light)

    def set_loupe(self, on: bool) -> None:
        self.loupe_on = on
        if not on:
            self.loupe.hide()

    def close(self) -> None:
        self.renderer.stop()
