"""A booth's live photo lights the face from the hall's ceiling, which shows the face's forms
more than a studio's light does; but the cheeks beside the mouth stay one smooth skin, the
fold from the nose and the mouth's corners their only lines. In a real photo under a ceiling
light the skin there carries the light over its small creases (light enters skin and leaves
it millimetres away, and the hall's panels are broad); examiners read dark brownish blotches
there, a few millimetres across, as dirt ("booth cheek blotches")."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces import render
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.geometry import WORK_HEIGHT, FaceGeometry, layout, work_width
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import viz

W, H = 420, 540
Booth = list[tuple[np.ndarray, FaceGeometry, bool]]


@pytest.fixture(scope="module")
def booth() -> Booth:
    """16 booth travellers' photos (luminance, 0..1), layouts and whether they are bearded,
    rendered once for both tests."""
    out = []
    for seed in range(16):
        t = traveller(viz(100 + seed), seed, difficulty=0.5)
        photo = render.render(t.identity, t.look, W, H, salt="live")
        fg = layout(t.identity, t.look, work_width(W, H), WORK_HEIGHT)
        out.append(((photo.astype(np.float32) / 255) @ LUMA, fg, t.look.beard != "none"))
    return out


def _beside_mouth(lum: np.ndarray, fg: FaceGeometry) -> float:
    """The skin beside the mouth, from the nose's base to halfway down the chin and from
    the mouth's corners out a half mouth width (the cheek the booth's blotches lay on): its
    luminance's band between Gaussians of 2 and 6 px (of the local tone), as a robust
    spread (1.48 MAD)."""
    broad = cv2.GaussianBlur(lum, (0, 0), 6.0)
    band = (cv2.GaussianBlur(lum, (0, 0), 2.0) - broad) / np.maximum(broad, 0.02)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32) * (WORK_HEIGHT / H)
    ax = np.abs(xs - fg.fx)
    zone = (ax > fg.mouth_w * 0.9) & (ax < fg.mouth_w * 1.6)
    zone &= (ys > fg.nose) & (ys < fg.mouth + (fg.chin - fg.mouth) * 0.5)
    v = band[zone]
    return float(1.4826 * np.median(np.abs(v - np.median(v))))


def test_the_cheeks_beside_the_mouth_are_no_blotchier_than_skin_under_a_ceiling_light(
    booth: Booth,
) -> None:
    """12 booth photos. (On int, skinlight's patch round the mouth where the key's light is
    not spread over skin reached a half mouth width past each corner and down towards the
    chin: the hall's key saw the mesh's raw creases there, median 0.119, 75th percentile
    0.170; with the patch held to the lips, 0.095 and 0.147 (held tighter, 0.087 and 0.141,
    but the studio's cheekbone-over-hollow form in test_face_form fell below its 57). A
    studio portrait of the same people, over the wider lower cheek, measured about half the
    booth's.)"""
    found = [round(_beside_mouth(lum, fg), 4) for lum, fg, _ in booth[:12]]
    assert float(np.median(found)) < 0.1, found
    assert float(np.percentile(found, 75)) < 0.16, found


def _lower_face_blotches(lum: np.ndarray, fg: FaceGeometry) -> float:
    """The lower cheeks and jaw, from the nose's base to a quarter above the chin, out to 0.7
    of the face's half width, the mouth left out: how much darker than a smooth fit of the
    same skin (a Gaussian of a quarter face width, weighted to it) the luminance lies, on
    average."""
    lum = cv2.GaussianBlur(lum, (0, 0), 1.5)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32) * (WORK_HEIGHT / H)
    ax = np.abs(xs - fg.fx)
    zone = (ys > fg.nose) & (ys < fg.chin - (fg.chin - fg.mouth) * 0.25)
    zone &= ax < 0.7 * fg.half_width(ys[:, :1])
    lips = (fg.lip_up + fg.lip_lo) * 1.4
    zone &= ((xs - fg.fx) / (fg.mouth_w * 1.15)) ** 2 + ((ys - fg.mouth) / lips) ** 2 >= 1
    w = zone.astype(np.float32)
    s = fg.wz * 0.25 * H / WORK_HEIGHT
    fit = cv2.GaussianBlur(lum * w, (0, 0), s) / np.maximum(cv2.GaussianBlur(w, (0, 0), s), 1e-3)
    return float(np.clip((fit - lum) / np.maximum(fit, 0.02), 0, None)[zone].mean())


def test_a_ceiling_light_leaves_no_dark_blotches_on_the_lower_cheeks_and_jaw(booth: Booth) -> None:
    """16 booth travellers, the bearded left out (12). The hall's key at its hard response
    over all the skin, the lower face's small creases lit at a few pixels' softness and the
    nose's shadow edged at the lamp's size: median 0.150, worst 0.214, "dirt" on the cheeks
    (generator 35). With the key wrapping over skin as a ceiling of panels does (the nose
    kept hard), the lower face seen over a centimetre and the shadows' edges softer: median
    0.097, worst 0.181; with the floor's light on what faces down (test_booth_shade), 0.085
    and 0.153. (The jaw's own turn and the folds from the nose keep a floor.)"""
    # (A beard darkens the lower face by right.)
    found = [_lower_face_blotches(lum, fg) for lum, fg, bearded in booth if not bearded]
    shown = np.round(found, 3)
    assert len(found) >= 8, shown
    assert float(np.median(found)) < 0.12 and max(found) < 0.2, shown
