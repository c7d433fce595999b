"""Generated features appear and disappear under the lights their category says (light engine)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Specimen
from docexam.core.light import LightEngine, LightParams
from docexam.core.pack.images import read_image


def _render(spec: Specimen, page: str, source: LightSource, **kw: float) -> np.ndarray:
    engine = LightEngine(spec)
    image: np.ndarray = engine.render(page, LightParams(source, **kw)).image
    return image.astype(np.float32)


def _feature(spec: Specimen, page: str, fid: str) -> Feature:
    return next(f for f in spec.page(page).features if f.id == fid)


def _mask(spec: Specimen, f: Feature, threshold: int = 160) -> np.ndarray:
    assert f.mask is not None
    return read_image(spec.path(f.mask), grey=True) > threshold


def _ring(mask: np.ndarray) -> np.ndarray:
    """Pixels near the feature but not on it, to compare against."""
    import cv2

    grown = cv2.dilate(mask.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    return grown & ~mask


def test_invisible_fibres_absent_in_white_present_in_uv(
    with_feature: Callable[[str], Specimen],
) -> None:
    spec = with_feature("fibres-uv-a")
    f = _feature(spec, "observations", "fibres-uv-a")
    on = _mask(spec, f, threshold=60)  # fibres are thinner than a pixel at 150 dpi
    off = _ring(on)
    white = _render(spec, "observations", LightSource.VISIBLE).mean(axis=2)
    uv = _render(spec, "observations", LightSource.UV365).max(axis=2)
    assert abs(white[on].mean() - white[off].mean()) < 6
    assert uv[on].mean() > uv[off].mean() + 25


def test_ir_dropout_vanishes_and_mrz_stays_dark(specimens: dict[str, Specimen]) -> None:
    spec = specimens["td3"]
    labels = _mask(spec, _feature(spec, "data", "labels"))
    mrz = _mask(spec, _feature(spec, "data", "mrz"))
    white = _render(spec, "data", LightSource.VISIBLE).mean(axis=2)
    ir = _render(spec, "data", LightSource.IR, ir_cutoff_nm=1000).mean(axis=2)
    paper = np.median(ir)
    assert white[labels].mean() < np.median(white) - 40  # captions are printed ...
    assert ir[labels].mean() > paper - 25  # ... and gone at 1000 nm
    assert ir[mrz].mean() < paper - 100  # the MRZ absorbs in IR


def test_metameric_pair_splits_in_ir(with_feature: Callable[[str], Specimen]) -> None:
    spec = with_feature("metameric")
    a = _mask(spec, _feature(spec, "data", "metameric-a"))
    b = _mask(spec, _feature(spec, "data", "metameric-b"))
    white = _render(spec, "data", LightSource.VISIBLE).mean(axis=2)
    ir = _render(spec, "data", LightSource.IR, ir_cutoff_nm=870).mean(axis=2)
    assert abs(white[a].mean() - white[b].mean()) < 25
    assert ir[a].mean() - ir[b].mean() > 40


def test_perforation_and_window_shine_in_transmitted_light(specimens: dict[str, Specimen]) -> None:
    td3 = specimens["td3"]
    holes = _mask(td3, _feature(td3, "data", "laser-perforation"))
    trans = _render(td3, "data", LightSource.TRANSMITTED).mean(axis=2)
    assert trans[holes].mean() > np.median(trans) + 60
    card = specimens["td1"]
    win = _mask(card, _feature(card, "front", "window"))
    trans = _render(card, "front", LightSource.TRANSMITTED).mean(axis=2)
    assert trans[win].mean() > np.median(trans) + 20


def test_anti_stokes_glows_only_under_980nm(with_feature: Callable[[str], Specimen]) -> None:
    spec = with_feature("anti-stokes")
    f = _mask(spec, _feature(spec, "data", "anti-stokes"))
    glow = _render(spec, "data", LightSource.ANTI_STOKES).max(axis=2)
    white = _render(spec, "data", LightSource.VISIBLE).mean(axis=2)
    assert glow[f].mean() > glow[_ring(f)].mean() + 40
    assert abs(white[f].mean() - white[_ring(f)].mean()) < 25


def test_ir_luminescent_emblem_shines_only_in_ir_luminescence(
    with_feature: Callable[[str], Specimen],
) -> None:
    spec = with_feature("ir-luminescent")
    feature = _feature(spec, "data", "ir-luminescent")
    assert LightSource.IR_LUMINESCENCE in feature.lights
    f = _mask(spec, feature)
    glow = _render(spec, "data", LightSource.IR_LUMINESCENCE)
    glow = glow if glow.ndim == 2 else glow.mean(axis=2)
    white = _render(spec, "data", LightSource.VISIBLE).mean(axis=2)
    assert glow[f].mean() > glow[_ring(f)].mean() + 60  # bright on a dark page
    assert abs(white[f].mean() - white[_ring(f)].mean()) < 30  # faint among the print
