"""The eyes: each person's lids, iris and lashes, from the eye's own traits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.faces import eyeball, lamps, lids
from docexam.core.faces.canvas import FaceCanvas, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.patch import Patch
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

IRIS = (
    (0.06, 0.1, 0.17),
    (0.09, 0.18, 0.3),
    (0.14, 0.3, 0.38),
    (0.24, 0.42, 0.33),
    (0.52, 0.43, 0.33),
)


def iris_colour(who: Identity) -> tuple[float, float, float]:
    i = who.bucket("iris")
    if who.skin > 0.5:
        i = min(i, 1)  # darker skins carry dark irises in this fictional population, as in most
    return IRIS[i]


@dataclass(frozen=True)
class EyeShape:
    """One person's eye, from the eye's own traits: how high the upper lid arches and the
    lower one sags (in eye_h), where the upper lid peaks (-1 inner .. 1 outer corner), how
    round the lids are (a smaller exponent is rounder), and how far a fold of skin hides the
    upper lid (0 a visible lid under a crease .. 1 hooded)."""

    up: float
    lo: float
    peak: float
    exponent: float
    hood: float


def eye_shape(who: Identity) -> EyeShape:
    tr = who.traits
    opening, width, tilt = tr["eye_opening"], tr["eye_width"], tr["eye_tilt"]
    # An open, narrow eye is round; a wide eye with a low opening is a long almond.
    roundness = float(np.clip(0.5 + 0.9 * (opening - width), 0, 1))
    # A sitter looks into the lens with the eyes comfortably open: the upper lid clears most
    # of the iris and the lower one meets its rim.
    return EyeShape(
        up=1.12 + 0.25 * roundness,
        lo=0.64 + 0.3 * roundness,
        peak=-0.35 + 0.45 * width - 0.15 * (tilt - 0.5),
        exponent=1.0 - 0.45 * roundness,
        hood=float(np.clip(1.0 - 1.1 * opening + 0.35 * (width - 0.5), 0, 1)),
    )


def _skew(u: np.ndarray, peak: float) -> np.ndarray:
    """-1..1 remapped so that 0 falls at ``peak``: a lid's highest point off its middle."""
    return np.where(u < peak, (u - peak) / (1 + peak), (u - peak) / (1 - peak))


def eye_points(
    fg: FaceGeometry, side: int, e: EyeShape, n: int = 24
) -> tuple[np.ndarray, np.ndarray]:
    """Upper and lower lid outlines of one eye (side -1 = viewer's left), inner to outer."""
    ex, ey = fg.fx + side * fg.eye_gap, fg.eye
    u = np.linspace(-1, 1, n)
    up = -fg.eye_h * e.up * np.clip(1 - _skew(u, e.peak) ** 2, 0, 1) ** e.exponent
    # The lower lid is flatter and lowest a little outside the middle.
    lo = fg.eye_h * e.lo * np.clip(1 - _skew(u, 0.15) ** 2, 0, 1) ** (e.exponent * 1.2)
    tilt = np.tan(np.radians(fg.eye_tilt)) * fg.eye_w * u
    xs = ex + side * u * fg.eye_w
    return np.stack([xs, ey + up - tilt], axis=1), np.stack([xs, ey + lo - tilt], axis=1)


def eyes(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    iris = np.asarray(iris_colour(who), np.float32)
    female = who.sex == "F"
    light = lamps.lamp(look)
    skin = np.asarray(skin_colour(who), np.float32)
    form = eye_shape(who)
    reach = fg.eye_gap + fg.eye_w * 3.2
    both = Patch(
        c, [fg.fx - reach, fg.fx + reach], [fg.eye - fg.eye_h * 4.5, fg.eye + fg.eye_h * 3.5], 2
    )
    _socket(both, fg, skin)
    # The white is a wet, shaded ball, never paper white: no brighter than pale skin, and duller
    # and warmer in a dark-skinned face.
    white = np.array([0.53, 0.56, 0.6], np.float32) * (1 - 0.45 * who.skin)
    white *= np.array([0.88, 0.98, 1.03], np.float32) if who.skin > 0.5 else 1.0
    lashes = both.blank()
    for side in (-1, 1):
        upper, lower = eye_points(fg, side, form)
        ex, ey = fg.fx + side * fg.eye_gap, fg.eye
        c.bump(ex, ey, fg.eye_w * 0.8, fg.eye_h * 1.6, fg.wz * 0.05)
        p = Patch(
            c,
            [ex - fg.eye_w * 1.3, ex + fg.eye_w * 1.3],
            [ey - fg.eye_h * 3.5, ey + fg.eye_h * 2.5],
            3,
        )
        crease = _crease(fg, form, upper, side)
        lid = lids.lids(p, (ex, ey), side, fg.eye_w, [upper, lower, crease])
        lids.upper_lid(c, p, lid, form.hood, skin, female, fg.wz)
        inside = lid.opening()
        eyeball.ball(c, p, fg, (ex, ey), (lid.top, lid.foot), inside, white, iris, light)
        eyeball.catchlight(c, p, fg, (ex, ey), inside, light)
        lids.lash_line(p, lid, female)
        lids.lower_lid(c, p, lid, skin, fg.wz)
        _lashes(both, lashes, fg, upper, side, female)
        for x, y in crease[::2]:
            c.bump(x, y, fg.eye_w * 0.2, fg.eye_h * 0.25, -fg.wz * 0.01)
        if look.age > 45:  # bags under the eyes
            c.bump(
                ex,
                ey + fg.eye_h * 1.9,
                fg.eye_w * 0.7,
                fg.eye_h * 0.5,
                fg.wz * 0.02 * (look.age - 45) / 20,
            )
    both.paint(soft(lashes, 0.4) * (0.3 if female else 0.18), (0.03, 0.03, 0.04))


def _crease(fg: FaceGeometry, form: EyeShape, upper: np.ndarray, side: int) -> np.ndarray:
    """The upper lid's crease: high over an open lid, close to the margin (under a fold of
    skin) on a hooded one."""
    gap = fg.eye_h * (0.35 + 0.75 * (1 - form.hood))
    u = np.linspace(-1, 1, len(upper))
    crease = upper.copy()
    crease[:, 0] += side * u * fg.eye_w * 0.08
    crease[:, 1] -= gap * np.clip(1 - u**2, 0, 1) ** 0.5 + fg.eye_h * 0.15
    return crease


def _socket(both: Patch, fg: FaceGeometry, skin: np.ndarray) -> None:
    """The eye lies in a socket: the skin of the upper lid and under the eye a shade darker
    (thin skin over vessels, and less light reaches it), and darkest at the inner corner by
    the nose, the orbit's deepest point, which the brow and the bridge keep the lamp from."""
    spots = []
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        spots += [
            (ex, fg.eye - fg.eye_h * 1.3, fg.eye_w, fg.eye_h * 1.2, 0.6),
            (ex, fg.eye + fg.eye_h * 1.5, fg.eye_w * 0.8, fg.eye_h * 0.5, 0.4),
        ]
    both.paint(both.spots(spots) * np.float32(0.34), skin * np.array([0.8, 0.76, 0.8], np.float32))
    corner = both.spots(
        [
            (
                fg.fx + side * (fg.eye_gap - fg.eye_w * 1.0),
                fg.eye - fg.eye_h * 1.1,
                fg.eye_w * 0.4,
                fg.eye_h * 1.5,
                1.0,
            )
            for side in (-1, 1)
        ]
    )
    both.paint(corner * np.float32(0.4), skin * np.array([0.68, 0.62, 0.68], np.float32))


def _lashes(
    both: Patch, lashes: np.ndarray, fg: FaceGeometry, upper: np.ndarray, side: int, female: bool
) -> None:
    """The upper lashes over the outer half, curving out and up."""
    n = len(upper)
    for i in range(n // 2, n - 2):
        x, y = upper[i]
        kk = (i - n // 2) / (n - n // 2)
        length = fg.eye_h * (0.25 + 0.35 * kk) * (1.3 if female else 0.8)
        ang = np.radians(-90 + side * 55 * kk)
        tip = (x + np.cos(ang) * length, y + np.sin(ang) * length)
        both.draw(lashes, np.array([[x, y], tip]), np.ones(2))
