"""Documents' data for the face tests: real generator data over the bundled states."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces import hair
from docexam.core.faces.canvas import LUMA
from docexam.core.faces.features import mark_centre, mole_radius
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.render import WORK_HEIGHT
from docexam.core.faces.traits import Identity, Look, Mark
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

DOC_TYPES = ("td3", "td1", "td2", "mrv-a")


def viz(seed: int, doc_type: str = "") -> dict[str, str]:
    """The visual zone of the ``seed``-th generated document, cycling states and types (or
    of type ``doc_type``: "td3", the face sheet's passports)."""
    codes = sorted(STATES)
    state = STATES[codes[seed % len(codes)]]
    kind = doc_type or DOC_TYPES[seed // len(codes) % 4]
    return make_doc_data(state, kind, seed, "A").viz()


def frontal(look: Look, **changes: object) -> Look:
    """``look`` facing the camera square, bare-faced (no glasses, beard or make-up), with
    ``changes`` besides: what a test of the skin or the lips measures on."""
    return replace(
        look,
        glasses="none",
        beard="none",
        yaw=0.0,
        pitch=0.0,
        roll=0.0,
        makeup=0.0,
        **changes,  # type: ignore[arg-type]
    )


# How far a mark must stand out from the skin round it in the final 8-bit photo (luminance
# levels) for an examiner to see it at a glance. Chosen from crops of 420 x 540 renders: at
# 8-10 a mole on a dark skin under a booth's lamp was a smudge one found only knowing where to
# look, from about 15 a dot; at 210 x 270 the camera's softness takes a little more.
MOLE_CONTRAST = {(311, 400): 16.0, (210, 270): 13.0}
SCAR_CONTRAST = {(311, 400): 9.0, (210, 270): 9.0}


def mark_where(who: Identity, look: Look, m: Mark, w: int, h: int) -> tuple[float, float]:
    """A mark's centre in the final photo: drawn at the working height, turned with the
    camera's roll, then resized."""
    u = WORK_HEIGHT
    wu = max(16, round(u * w / h))
    fg = layout(who, look, wu, u)
    x, y = mark_centre(fg, m)
    if abs(look.roll) > 0.05:
        rot = cv2.getRotationMatrix2D((fg.cx, fg.eye), -look.roll, 1.0)
        x, y = rot @ np.array([x, y, 1.0])
    return float(x) * w / wu, float(y) * h / u


def luma(img: np.ndarray) -> np.ndarray:
    return img.astype(np.float32) @ LUMA


def stands_out(img: np.ndarray, bare: np.ndarray, who: Identity, look: Look, m: Mark) -> float:
    """How far a mark's middle stands out in a photo, in levels: from the skin beside it (a
    mole darker than a ring round it; a scar either way against the mean of the skin on both
    sides across it, which takes the shading's slope out), and from the same photo without
    the mark (which only hair, a beard or glasses lying over it would leave the same)."""
    h, w = img.shape[:2]
    x, y = mark_where(who, look, m, w, h)
    lum, plain = luma(img), luma(bare)
    scale = h / WORK_HEIGHT
    if m.length == 0:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        fg = layout(who, look, max(16, round(WORK_HEIGHT * w / h)), WORK_HEIGHT)
        r = mole_radius(fg, m) * scale
        d = np.hypot(xx - x, yy - y)
        ring = lum[(d >= max(3.0, 2.5 * r)) & (d <= max(5.5, 4 * r))]
        middle = d <= max(1.0, 0.6 * r)
        darker = float(np.median(ring) - lum[middle].mean())
        return min(darker, float((plain[middle] - lum[middle]).mean()))
    # A scar is a line a pixel or two wide: its profile across its middle (averaged a little
    # along it), its strongest point within a pixel and a half of where it should lie.
    along = np.array([np.cos(np.radians(m.angle)), np.sin(np.radians(m.angle))], np.float32)
    across = np.array([-along[1], along[0]], np.float32)
    off = max(3.5, 4.5 * scale)

    def at(im: np.ndarray, k: float) -> float:
        pts = [np.array([x, y]) + across * k + along * t for t in (-1.0, 0.0, 1.0)]
        return float(
            np.mean([cv2.getRectSubPix(im, (1, 1), (float(p[0]), float(p[1])))[0, 0] for p in pts])
        )

    beside = (at(lum, -off) + at(lum, off)) / 2
    ks = np.arange(-1.5, 1.51, 0.5)
    return min(
        max(abs(at(lum, k) - beside) for k in ks), max(abs(at(lum, k) - at(plain, k)) for k in ks)
    )


@pytest.fixture
def front(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The last render's front hair: its coverage (``hidden``), what of the sitter lay under
    it (``under``) and the layout it was painted on (``fg``)."""
    seen: dict[str, object] = {}
    paint = hair.hair_front

    def kept(c: object, fg: FaceGeometry, who: Identity, look: Look) -> object:
        seen["under"] = c.person.copy()  # type: ignore[attr-defined]
        out = paint(c, fg, who, look)  # type: ignore[arg-type]
        seen["hidden"], seen["fg"] = out[0], fg
        return out

    monkeypatch.setattr(hair, "hair_front", kept)
    return seen
