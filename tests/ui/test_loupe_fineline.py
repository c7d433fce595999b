"""Fine lines at the loupe's magnification: a genuine guilloche or rainbow line drawn from its
plate stays one continuous sharp line at 10x; a counterfeit's, reprinted from pixels through a
screen, breaks into dots, droplets or screen lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest

from docexam.core.domain.curves import curves
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, FineLine, Page, Specimen
from docexam.core.synth import build_specimen
from docexam.core.synth.forgery import forge
from docexam.ui.viewer.loupe import loupe_crop, loupe_view

POWER, SCREEN_DPI, SIZE = 10, 96.0, 200
# Several states, series, seeds (so several counterfeit processes) and both screened prints.
CASES = (
    ("QVL", "2015", 2, "rainbow-print"),
    ("UTO", "A", 9, "rainbow-print"),
    ("QTK", "2024", 31, "rainbow-print"),
    ("ZRN", "2014", 5, "rainbow-print"),
    ("QRV", "2017", 4, "guilloche-rosettes"),
    ("QNB", "2024", 7, "guilloche-rosettes"),
)


def feature(page: Page, fid: str) -> Feature:
    return next(f for f in page.features if f.id == fid)


def ink_at(line: FineLine, x_mm: np.ndarray) -> np.ndarray:
    """The line's ink (BGR) at each x: one colour, or a split duct across its clip."""
    inks = np.array([[int(c[i : i + 2], 16) for i in (5, 3, 1)] for c in line.colours], float)
    if len(inks) == 1 or line.clip is None:
        return np.repeat(inks[:1], len(x_mm), axis=0)
    t = np.clip((x_mm - line.clip[0]) / (line.clip[2] - line.clip[0]), 0, 1) * (len(inks) - 1)
    i = np.minimum(t.astype(int), len(inks) - 2)
    return np.asarray(inks[i] * (1 - (t - i))[:, None] + inks[i + 1] * (t - i)[:, None])


def look(spec: Specimen, at_mm: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The loupe at ``at_mm`` on the first page: what it shows and the page's pixels enlarged."""
    page = spec.pages[0]
    image = cv2.imread(str(spec.path(page.visible)))
    assert image is not None
    dpi = page.visible.dpi
    centre = (at_mm[0] / 25.4 * dpi, at_mm[1] / 25.4 * dpi)
    raw = loupe_crop(image, centre, POWER, dpi, SCREEN_DPI, SIZE)
    return loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, page, LightSource.VISIBLE), raw


def continuity(view: np.ndarray, line: FineLine, at_mm: tuple[float, float]) -> float:
    """Along the plate's own curves in the view: the share of points that hold the line's ink
    (closer to it than half the way from the paper). A continuous line is inked all along; a
    screened one alternates dots and paper."""
    ppm = POWER * SCREEN_DPI / 25.4
    origin = np.array(at_mm) - SIZE / 2 / ppm
    paper = np.percentile(view.reshape(-1, 3).astype(float), 97, axis=0)
    mm = np.concatenate(curves(line, 1200.0))
    xy = np.round((mm - origin) * ppm).astype(int)
    inside = (xy >= 4).all(axis=1) & (xy < SIZE - 4).all(axis=1)
    if line.clip is not None:
        x0, y0, x1, y1 = line.clip
        inside &= (mm[:, 0] > x0 + 0.3) & (mm[:, 0] < x1 - 0.3)
        inside &= (mm[:, 1] > y0 + 0.3) & (mm[:, 1] < y1 - 0.3)
    assert inside.sum() > 200  # the view holds a good length of line
    pixels = view[xy[inside, 1], xy[inside, 0]].astype(float)
    ink = ink_at(line, mm[inside, 0])
    near = np.linalg.norm(pixels - ink, axis=1) < 0.5 * np.linalg.norm(paper - ink, axis=1)
    return float(near.mean())


def sharpness(view: np.ndarray) -> float:  # mean gradient magnitude
    grey = cv2.cvtColor(view, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return float(
        np.hypot(cv2.Sobel(grey, cv2.CV_32F, 1, 0), cv2.Sobel(grey, cv2.CV_32F, 0, 1)).mean()
    )


@pytest.mark.parametrize(("state", "series", "seed", "fid"), CASES)
def test_genuine_fine_lines_stay_continuous_a_counterfeits_break_into_dots(
    state: str, series: str, seed: int, fid: str, tmp_path: Path
) -> None:
    genuine = build_specimen(state, "td2", seed, 300.0, tmp_path / "g", series)
    fake = forge(genuine, "counterfeit", seed, tmp_path / "f", 1).specimen
    source = feature(genuine.specimen.pages[0], fid)
    assert source.fineline and not feature(fake.pages[0], fid).fineline  # a reprint: no plate
    line = source.fineline[0]
    if line.clip is not None:  # inside the band
        x0, y0, x1, y1 = line.clip
        at = (x0 + (x1 - x0) * (0.3 + seed % 5 * 0.1), (y0 + y1) / 2)
    else:  # on the rosette's ring
        at = (line.params[0] + line.params[2] * 0.6, line.params[1])
    sharp, raw = look(genuine.specimen, at)
    dots, _ = look(fake, at)
    whole, broken = continuity(sharp, line, at), continuity(dots, line, at)
    # Measured: genuine 0.98-1.0 of the path inked, counterfeits 0.49-0.79 (dots, droplets, screens)
    assert whole > 0.95 and broken < 0.85 * whole, (whole, broken)
    # And the genuine line is sharper than the same page's pixels enlarged.
    assert sharpness(sharp) > 1.3 * sharpness(raw), (sharpness(sharp), sharpness(raw))


def test_a_photo_substitutions_broken_background_is_not_redrawn_whole(tmp_path: Path) -> None:
    """Where the forger removed or reprinted the background round a new photo, the loupe shows
    the page's own pixels (the step, the gap), not the genuine plate's unbroken lines."""
    genuine = build_specimen("UTO", "td2", 3, 300.0, tmp_path / "g", "A")
    fake = forge(genuine, "photo_substitution", 3, tmp_path / "f", 1).specimen
    page = fake.pages[0]
    background = feature(page, "guilloche-background")
    assert background.fineline and background.damaged
    x0, y0, x1, y1 = background.damaged[0]
    at = ((x0 + x1) / 2, (y0 + y1) / 2)
    only = replace(page, features=(background,))
    image = cv2.imread(str(fake.path(page.visible)))
    assert image is not None
    dpi = page.visible.dpi
    centre = (at[0] / 25.4 * dpi, at[1] / 25.4 * dpi)
    raw = loupe_crop(image, centre, POWER, dpi, SCREEN_DPI, SIZE)
    kept = loupe_view(image, centre, POWER, dpi, SCREEN_DPI, SIZE, only, LightSource.VISIBLE)
    inner = (slice(20, SIZE - 20), slice(20, SIZE - 20))  # inside the worn box (> 5 mm wide)
    assert np.array_equal(kept[inner], raw[inner])
