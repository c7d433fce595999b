"""No goggles round the eyes. Round each eye the form's light was once set to one tone over the
lids and well beyond (the eye's middle's), with the relief off there: the mesh's socket, a
hollow ringing its eyeball, still shaded just outside that core, so each eye sat in a pale patch
with a darker ring round it (a pale lens, or a dark crescent under a pale lower lid). Real eyes
in a frontal studio light have no boundary there: from the lower lid down over the cheek the
light changes smoothly, at most a faint tear trough.

Measured on the form's light itself (skinlight.form's factor on the light), which is what drew
the ring: in the photo the skin's own texture, marks and the face's fall-off hide a ring a few
percent deep from a measure while the eye still sees it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from docexam.core.faces import skinlight
from docexam.core.faces.render import render
from tests.core.faces.conftest import people

W, H = 311, 400  # the renderer's working size: the layout's coordinates are the photo's
PORTRAITS, LIVE = 16, 8
RHO = np.arange(0.9, 2.61, 0.1)  # rings out from the eye, in the ellipse below
ACROSS, DOWN = 1.3, 0.8  # the rings' ellipse, half eye widths across and down per unit of RHO
BELOW = np.deg2rad(np.arange(20, 161, 10))  # the rays: from outer to inner corner, under the eye


def _light(who, look, salt):  # type: ignore[no-untyped-def]
    """The form's light on the photo (render's call of skinlight.form) and its layout."""
    got: dict[str, object] = {}
    own = skinlight.form

    def spy(fg, c, skin, lamp):  # type: ignore[no-untyped-def]
        out = own(fg, c, skin, lamp)
        got["f"], got["fg"] = out[0].copy(), fg
        return out

    skinlight.form = spy  # type: ignore[assignment]
    try:
        render(who, look, W, H, salt=salt)
    finally:
        skinlight.form = own  # type: ignore[assignment]
    return got["f"], got["fg"]


@pytest.fixture(scope="module")
def wobble() -> dict[str, list[float]]:
    """Per photo and side, how far the light under the eye goes up and down on its way from the
    lower lid over the cheek beyond what it changes in all: the log light's median over the
    rays at each ring, its total variation out from the lid less its net change (0 for a
    light that only rises or only falls; a pale core in a dark ring counts its dip twice)."""
    out: dict[str, list[float]] = {}
    for name, who, look, salt in people(PORTRAITS, LIVE):
        look = replace(look, hair_style="bald", glasses="none", beard="none")
        f, fg = _light(who, look, salt)
        lf = np.log(np.maximum(f, 1e-3))
        e = fg.eye_w  # type: ignore[attr-defined]
        sides = []
        for d in (-1, 1):
            x0, y0 = fg.fx + d * fg.eye_gap, fg.eye  # type: ignore[attr-defined]
            prof = []
            for r in RHO:
                xs = x0 + np.cos(BELOW) * r * ACROSS * e
                ys = y0 + np.sin(BELOW) * r * DOWN * e
                xi, yi = np.round(xs).astype(int), np.round(ys).astype(int)
                inside = (xi >= 0) & (xi < W) & (yi >= 0) & (yi < H)
                on = inside.copy()
                on[inside] = fg.mesh.head[yi[inside], xi[inside]] > 0.99  # type: ignore[attr-defined]
                prof.append(float(np.median(lf[yi[on], xi[on]])) if on.sum() > 5 else np.nan)
            p = np.array(prof)
            if np.isnan(p).any():
                continue
            sides.append(float(np.abs(np.diff(p)).sum() - abs(p[-1] - p[0])))
        out[name] = sides
    return out


def test_no_pale_core_in_a_dark_ring_under_the_eyes(wobble: dict[str, list[float]]) -> None:
    """Under each eye the light's up-and-down beyond its net change, out to 2.1 half eye widths
    below (16 portraits, 8 booth photos, 48 sides): median at most 0.09, 80th percentile at most
    0.13 (log light). With the lids set to one tone and the relief off round them (eyeband):
    median 0.135, 80th percentile 0.179, worst 0.317 (portrait 4; booth 7 0.292). With the
    light and the relief both carried in from the face round the eye and one tone only on the
    opening (skinlight.form): 0.070, 0.116, worst 0.243 (booth 7; portrait 4 0.212)."""
    w = [x for sides in wobble.values() for x in sides]
    assert len(w) >= 40, wobble
    median, p80 = np.percentile(w, [50, 80])
    worst = sorted(((max(s), k) for k, s in wobble.items() if s), reverse=True)[:4]
    assert median <= 0.09 and p80 <= 0.13, (median, p80, worst)
