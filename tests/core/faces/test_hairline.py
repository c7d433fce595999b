"""Where hair meets the skin of the face it reads as in a photo: the skin is shaded for a few
millimetres beside and under the hair, and the hair's edge thins out over several pixels of
fine hairs instead of being cut along a line (the face read as a pale mask set in a shell)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces import body, hair, head
from docexam.core.faces import render as rendering
from docexam.core.faces.canvas import FaceCanvas
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.traits import Identity, Look, make_identity, make_look

W, H = 311, 400  # the working size: no resize between the render and the measure
STYLES = ("long", "medium", "side", "short")  # (a woman's side parting is a bob, short a pixie)


def _person(style: str, seed: int) -> tuple[Identity, Look]:
    sex = "F" if seed % 2 == 0 else "M"
    who = make_identity(("hairline-test", seed), sex)
    look = make_look(("hairline-test", seed), who, 30.0 + seed, studio=True)
    return who, replace(look, hair_style=style, yaw=0.0, roll=0.0, glasses="none")


def _front(who: Identity, look: Look) -> tuple[np.ndarray, np.ndarray, FaceGeometry]:
    """The hair's coverage, the face's skin, and the layout."""
    fg = layout(who, look, W, H)
    c = FaceCanvas(W, H, np.random.default_rng(0))
    body.body(c, fg, who, look)
    skin = head.face(c, fg, who, look)
    out = hair.hair_front(c, fg, who, look)
    hidden = out[0] if isinstance(out, tuple) else out
    return np.asarray(hidden), skin, fg


def _columns(hidden: np.ndarray, skin: np.ndarray, fg: FaceGeometry) -> list[tuple[int, int]]:
    """Forehead columns and, in each, the last row of solid hair above a clear stretch of
    forehead skin."""
    out = []
    above_brows = int(fg.brow - fg.eye_w * 0.6)
    for x in range(int(fg.cx - fg.wz * 0.4), int(fg.cx + fg.wz * 0.4)):
        rows = np.flatnonzero(hidden[:above_brows, x] > 0.9)
        if rows.size == 0 or above_brows - rows[-1] < 26:
            continue
        y = int(rows[-1])
        if skin[y + 12 : y + 26, x].min() > 0.9:
            out.append((x, y))
    return out


def test_the_hair_thins_out_over_the_forehead_instead_of_ending_at_a_line() -> None:
    spans = []
    for seed in range(10):
        for style in STYLES[:3]:
            hidden, skin, fg = _front(*_person(style, seed))
            for x, y in _columns(hidden, skin, fg):
                # From solid hair to clear skin: rows partly covered, fibres and skin between.
                a = hidden[y : y + 20, x]
                spans.append(int(((a > 0.03) & (a <= 0.9)).sum()))
    assert len(spans) > 300
    # (Cut along the fall's line it took some four to six pixels, a drawn edge.)
    assert np.median(spans) >= 8, np.percentile(spans, [10, 50, 90])
    assert np.percentile(spans, 10) >= 6, np.percentile(spans, [10, 50, 90])


@contextmanager
def grabbing() -> Iterator[dict[str, np.ndarray]]:
    """While open, every render leaves its front hair's cover (``hidden``) and the face's
    skin (``skin``) in the dict it gives."""
    grabbed: dict[str, np.ndarray] = {}
    front, face = hair.hair_front, head.face

    def grab_front(*a: object) -> object:
        out = front(*a)  # type: ignore[arg-type]
        grabbed["hidden"] = np.asarray(out[0] if isinstance(out, tuple) else out)
        return out

    def grab_face(*a: object) -> np.ndarray:
        skin = face(*a)  # type: ignore[arg-type]
        grabbed["skin"] = skin.copy()
        return np.asarray(skin)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rendering.hair, "hair_front", grab_front)
        mp.setattr(rendering.head, "face", grab_face)
        yield grabbed


def test_the_forehead_darkens_towards_the_hair_over_several_pixels() -> None:
    """In the photo, the forehead's tone a few pixels below solid hair against its tone further
    down: the fine hairs, and the shade the hair casts, darken it towards the hair."""
    ratios = []
    with grabbing() as grabbed:
        for seed in range(8):
            for style in STYLES[:3]:
                who, look = _person(style, seed)
                lum = cv2.cvtColor(rendering.render(who, look, W, H), cv2.COLOR_BGR2GRAY)
                fg = layout(who, look, W, H)
                for x, y in _columns(grabbed["hidden"], grabbed["skin"], fg):
                    p = lum[y : y + 28, x].astype(np.float32)
                    ratios.append(p[4:11].mean() / p[20:28].mean())
    assert len(ratios) > 300
    # (Lit as the forehead below it up to the hair's edge, it read as a mask under a wig: at
    # 4 to 10 pixels below the hair it was some 0.82 of the forehead's tone.)
    assert np.median(ratios) < 0.76, np.percentile(ratios, [10, 50, 90])
