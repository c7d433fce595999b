"""First lights from the page's draft: a light pressed in the viewer is on screen at screen
resolution before the page is prepared, then replaced by the full render; the draft is the same
picture as the full render, only smaller."""

from __future__ import annotations

import shutil
import threading
from functools import partial
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.light import LightEngine, LightParams, Rendering
from docexam.core.light.engine import DRAFT_LONG_SIDE
from docexam.core.pack.io import DRAFTS_DIR
from docexam.core.synth import generate_specimen
from docexam.ui.viewer.specimen_tab import SpecimenTab

LIGHTS = [LightSource.UV365, LightSource.TRANSMITTED, LightSource.OBLIQUE, LightSource.ANTI_STOKES]


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Specimen:
    # 300 dpi: the page (1476 px wide) is larger than a draft, so drafts are really shrunk.
    return generate_specimen("UTO", "td3", 5, 300.0, tmp_path_factory.mktemp("passport"))


def _press(qtbot: QtBot, tab: SpecimenTab, light: LightSource) -> list[tuple[Rendering, bool]]:
    seen: list[tuple[Rendering, bool]] = []
    tab.pane.rendered.connect(lambda r, preview: seen.append((r, preview)))
    _click(qtbot, tab, light)
    qtbot.waitUntil(lambda: any(not p and r.params.light is light for r, p in seen), timeout=60000)
    return [(r, p) for r, p in seen if r.params.light is light]


def _click(qtbot: QtBot, tab: SpecimenTab, light: LightSource) -> None:
    button = tab.light_bar.findChild(QToolButton, f"light_{light.value}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot: QtBot, specimen: Specimen) -> SpecimenTab:
    tab = SpecimenTab(specimen)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.mark.parametrize("light", LIGHTS)
def test_a_light_pressed_the_moment_a_passport_opens_shows_its_draft_then_the_full_page(
    qtbot: QtBot, passport: Specimen, light: LightSource
) -> None:
    tab = _open(qtbot, passport)  # no wait: the page is not prepared yet
    seen = _press(qtbot, tab, light)
    (draft, first_is_draft), (full, _) = seen[0], seen[-1]
    page = passport.pages[0]
    assert first_is_draft, "the first image of the light was not the draft"
    assert max(draft.image.shape[:2]) == DRAFT_LONG_SIDE
    assert draft.dpi < page.visible.dpi and full.dpi == page.visible.dpi
    # The draft covered the whole page on screen until the full render replaced it.
    assert tab.view.pixmap().width() == full.image.shape[1]
    assert tab.pane.renderer.current is full


def test_once_drafted_a_light_is_drawn_at_once_while_the_page_is_still_being_prepared(
    qtbot: QtBot, passport: Specimen
) -> None:
    tab = _open(qtbot, passport)
    engine = tab.pane.engine
    page = passport.pages[0]
    qtbot.waitUntil(lambda: engine.is_drafted(page.id), timeout=60000)
    seen: list[tuple[Rendering, bool]] = []
    tab.pane.rendered.connect(lambda r, preview: seen.append((r, preview)))
    _click(qtbot, tab, LightSource.UV365)
    # Inside the click itself, before any event of the worker was delivered.
    assert seen and seen[0][1] and seen[0][0].params.light is LightSource.UV365
    qtbot.waitUntil(lambda: any(not p for _, p in seen), timeout=60000)


@pytest.mark.parametrize(
    "params",
    [
        LightParams(LightSource.UV365),
        LightParams(LightSource.TRANSMITTED),
        LightParams(LightSource.OBLIQUE),
        LightParams(LightSource.IR, ir_cutoff_nm=870),  # drops the metameric patch out
        LightParams(LightSource.COAXIAL),
    ],
    ids=lambda p: p.describe(),
)
def test_a_draft_is_the_full_render_made_smaller(passport: Specimen, params: LightParams) -> None:
    engine = LightEngine(passport)
    page = passport.pages[0].id
    engine.prepare_draft(page)
    engine.prepare_draft(passport.pages[1].id)
    draft = engine.render_draft(page, params)
    assert draft is not None
    full = engine.render(page, params).image
    h, w = draft.image.shape[:2]
    small = cv2.resize(full, (w, h), interpolation=cv2.INTER_AREA).astype(np.int16)
    diff = np.abs(small - draft.image.astype(np.int16))
    # Edges of fine print differ by a resampling; the picture (what glows, what shows) does not.
    # IR darkens strokes to a fixed density, which at a smaller pixel also darkens the paper
    # mixed into the stroke's edge, and an ink that stays dark keeps the darkness of a dropped
    # one sharing its pixel: a few grey levels on average. (Before the draft's papers were
    # found at full size: mean 4.1, 99th percentile 33.)
    ir = params.light is LightSource.IR
    assert float(diff.mean()) < (3.0 if ir else 1.0)
    assert float(np.percentile(diff, 99)) < (24 if ir else 6)


def test_a_page_no_larger_than_a_draft_is_its_own_draft_pixel_for_pixel(tmp_path: Path) -> None:
    card = generate_specimen("ZRN", "td1", 3, 150.0, tmp_path)  # 506 px wide
    engine = LightEngine(card)
    page = card.pages[0].id
    engine.prepare_draft(page)
    for light in (LightSource.UV365, LightSource.OBLIQUE, LightSource.ANTI_STOKES):
        draft = engine.render_draft(page, LightParams(light))
        assert draft is not None
        assert np.array_equal(draft.image, engine.render(page, LightParams(light)).image)


def test_white_light_on_opening_is_the_page_itself_not_waiting_for_its_draft(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A passport never opened before: its page under white light is its own image, shown
    without waiting for the draft, which decodes every mask of the page too."""
    from docexam.core.pack.images import read_image
    from docexam.ui.viewer import pane

    specimen = generate_specimen("ZRN", "td3", 6, 300.0, tmp_path)
    assert specimen.root is not None
    shutil.rmtree(specimen.root / DRAFTS_DIR)  # a pack from before the generator drafted
    masks_may_load = threading.Event()

    def slow_masks(path: Path, **kw: bool) -> np.ndarray:
        if path.parent.name == "masks":  # held back until the page is on screen
            masks_may_load.wait(120)
        return read_image(path, **kw)

    monkeypatch.setattr(pane, "LightEngine", partial(LightEngine, reader=slow_masks))
    tab = _open(qtbot, specimen)
    page = specimen.pages[0]
    try:

        def white_on_screen() -> bool:
            current = tab.pane.renderer.current
            return (
                current is not None
                and current.params.light is LightSource.VISIBLE
                and current.image.shape[1] == tab.pane.engine.page_size(page.id)[0]
            )

        qtbot.waitUntil(white_on_screen, timeout=30000)
        assert not tab.pane.engine.is_drafted(page.id)
    finally:
        masks_may_load.set()
    tab.pane.renderer.wait()
    qtbot.waitUntil(lambda: tab.pane.engine.is_drafted(page.id), timeout=60000)
