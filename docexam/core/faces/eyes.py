"""The eyes: each person's lids, iris and lashes, from the eye's own traits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.faces.canvas import FaceCanvas, smoothstep, soft
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
    lamp_x = -float(np.sin(np.radians(look.light_azimuth)))
    skin = np.asarray(skin_colour(who), np.float32)
    form = eye_shape(who)
    # The eye lies in a socket: the skin of the upper lid and the inner corner is a shade
    # darker (thin skin over vessels, and less light reaches it).
    reach = fg.eye_gap + fg.eye_w * 3.2
    both = Patch(
        c, [fg.fx - reach, fg.fx + reach], [fg.eye - fg.eye_h * 4.5, fg.eye + fg.eye_h * 3.5], 2
    )
    socket = both.spots(
        [
            spot
            for side in (-1, 1)
            for spot in (
                (fg.fx + side * fg.eye_gap, fg.eye - fg.eye_h * 1.3, fg.eye_w, fg.eye_h * 1.2, 0.6),
                (fg.fx + side * (fg.eye_gap - fg.eye_w), fg.eye, fg.eye_w * 0.35, fg.eye_h, 0.8),
                (
                    fg.fx + side * fg.eye_gap,
                    fg.eye + fg.eye_h * 1.5,
                    fg.eye_w * 0.8,
                    fg.eye_h * 0.5,
                    0.4,
                ),
            )
        ]
    )
    both.paint(socket * np.float32(0.38), skin * np.array([0.78, 0.74, 0.78], np.float32))
    # The white is a wet, shaded ball, never paper white: no brighter than pale skin, and duller
    # and warmer in a dark-skinned face.
    white = np.array([0.53, 0.56, 0.6], np.float32) * (1 - 0.45 * who.skin)
    white *= np.array([0.88, 0.98, 1.03], np.float32) if who.skin > 0.5 else 1.0
    lid_skin = np.minimum(1, skin * np.array([1.04, 1.07, 1.1], np.float32))
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
        # The upper lid is a fold with thickness: a rounded band of skin over the ball, below
        # a crease (high on an open lid, hidden under a fold of skin on a hooded one).
        gap = fg.eye_h * (0.35 + 0.75 * (1 - form.hood))
        u = np.linspace(-1, 1, len(upper))
        crease = upper.copy()
        crease[:, 0] += side * u * fg.eye_w * 0.08
        crease[:, 1] -= gap * np.clip(1 - u**2, 0, 1) ** 0.5 + fg.eye_h * 0.15
        band = p.poly(np.vstack([crease[1:-1], upper[1:-1][::-1]]), 1.2)
        p.paint(band * (0.1 + 0.25 * (1 - form.hood)), lid_skin)
        p.lift(band, fg.wz * 0.012)
        cw = (0.45 + 0.45 * (1 - form.hood)) * np.clip(1 - u**2, 0, 1) ** 0.6
        p.paint(p.stroke(crease, cw, 0.8), skin * np.array([0.4, 0.38, 0.45], np.float32))
        if form.hood > 0.35:  # the fold overhangs the lid margin: a lit roll
            fold = crease.copy()
            fold[:, 1] += gap * 0.45
            p.paint(p.stroke(fold, 0.25 * form.hood * cw / max(cw.max(), 1e-3), 1.4), lid_skin)
        if female:  # a little shadow on the lid, as most women wear for a photo
            p.paint(band * 0.12, (0.25, 0.22, 0.25))
        inside = p.poly(np.vstack([upper, lower[::-1]]), 0.5)
        ys, xs = np.mgrid[p.rows, p.cols].astype(np.float32)
        dx, dy = xs - ex, ys - ey
        # The white of the eye is never white: greyer and pinker towards the corners, and the
        # upper lid and lashes shade its top.
        uu = np.abs(dx) / fg.eye_w
        sclera = white * (1 - 0.4 * np.minimum(uu, 1.3) ** 2)[..., None]
        sclera *= (
            1 - np.array([0.06, 0.08, 0.0], np.float32) * (np.minimum(uu, 1.3) ** 3)[..., None]
        )
        p.paint(inside, sclera)
        # The upper lid covers the top of the iris; a pink caruncle fills the inner corner.
        r = np.hypot(dx, dy + fg.eye_h * 0.05) / fg.iris
        pink = np.exp(-0.5 * ((dx + side * fg.eye_w * 0.85) ** 2 + dy**2) / (fg.eye_w * 0.12) ** 2)
        p.paint(inside * pink * 0.5, white * np.array([0.72, 0.7, 0.92], np.float32))
        # The iris tucks under the lower lid's margin instead of bleeding past it.
        order = np.argsort(lower[:, 0])
        foot = np.interp(xs[0], lower[order, 0], lower[order, 1])[None, :]
        disc = np.clip((1.0 - r) * fg.iris * 1.2, 0, 1) * inside * np.clip(foot - ys, 0, 1)
        grain = c.g.standard_normal(p.shape, dtype=np.float32)
        grain = soft(grain, 0.6)
        fibres = (
            1
            + 0.12 * np.sin(np.arctan2(dy, dx) * 23) * (r > 0.42)
            + 0.14 * grain / max(float(grain.std()), 1e-6) * (r < 1)
        )
        # A dark limbal ring, the iris a little darker and warmer round the pupil (no bright
        # collarette ring: it drew a target), the black pupil.
        radial = (1.0 - 0.6 * smoothstep(0.74, 0.98, r)) * (0.8 + 0.2 * smoothstep(0.4, 0.62, r))
        col = iris[None, None, :] * (radial * fibres)[..., None]
        # Round at a few pixels across, and the darkest thing in the eye whatever the light.
        pupil = smoothstep(0.47, 0.37, r)[..., None]
        col = col * (1 - pupil) + np.float32(0.015) * pupil
        p.paint(disc.astype(np.float32), col.astype(np.float32))
        # The upper lid and lashes overhang the ball: a soft shadow just under the lid margin,
        # not over the whole upper half.
        order = np.argsort(upper[:, 0])
        top = np.interp(xs[0], upper[order, 0], upper[order, 1])[None, :]
        lid = inside * (1 - smoothstep(0.0, fg.eye_h * 0.55, ys - top))
        p.paint(lid * 0.5, (0.1, 0.1, 0.12))
        c.gloss[p.rows, p.cols] = np.maximum(c.gloss[p.rows, p.cols], inside * 0.35)
        # The lamp's reflection on the cornea: a small bright catchlight above the pupil, on
        # the lamp's side, the same in both eyes (one lamp).
        # It sits on the iris by the pupil's rim, leaving the pupil dark.
        cx_, cy_ = (0.22 + lamp_x * 0.2) * fg.iris, -fg.iris * 0.44
        catch = np.exp(-0.5 * ((dx - cx_) ** 2 + (dy - cy_) ** 2) / (fg.iris * 0.11) ** 2)
        c.glow[p.rows, p.cols] += 0.45 * catch * inside
        # The lash line is a dark soft edge, fuller at the outer corner (and with make-up).
        k = np.linspace(0, 1, len(upper), dtype=np.float32)
        weight = (0.6 + 0.4 * k) * smoothstep(0.0, 0.1, k) * (1.0 if female else 0.8)
        # Thickest over the outer third, thinning into the corner: no drawn wing, and no dark
        # knot at the corner to outweigh a light iris's pupil.
        weight *= 1 - 0.65 * smoothstep(0.7, 1.0, k)
        lash_line = p.blank()
        p.draw(lash_line, upper, weight)
        p.draw(lash_line, upper + np.array([0, 0.7]), weight * 0.6)
        p.draw(lash_line, upper - np.array([0, 0.6]), weight * 0.4)
        p.paint(soft(lash_line, 0.75), (0.035, 0.035, 0.045))
        n = len(upper)
        for i in range(n // 2, n - 2):
            x, y = upper[i]
            kk = (i - n // 2) / (n - n // 2)
            length = fg.eye_h * (0.25 + 0.35 * kk) * (1.3 if female else 0.8)
            ang = np.radians(-90 + side * 55 * kk)
            tip = (x + np.cos(ang) * length, y + np.sin(ang) * length)
            both.draw(lashes, np.array([[x, y], tip]), np.ones(2))
        # The lower lid has a thickness too: a pale wet margin along the white, the lashes' soft
        # shade below it, and a little roll of skin.
        mw = np.clip(1 - _skew(u, 0.1) ** 2, 0, 1) ** 0.5
        p.paint(
            p.stroke((lower - np.array([0, 0.4]))[2:-2], 0.35 * mw[2:-2], 0.5),
            np.minimum(1, skin * 1.08),
        )
        # Below it only a faint shade of the lower lashes, no drawn outline.
        shade = 0.09 * mw[3:-2] * (0.4 + 0.6 * k[3:-2])
        p.paint(
            p.stroke((lower + np.array([0, 1.0]))[3:-2], shade, 1.0),
            skin * np.array([0.5, 0.48, 0.52], np.float32),
        )
        for x, y in lower[4:-4:4]:
            c.bump(x, y + fg.eye_h * 0.35, fg.eye_w * 0.25, fg.eye_h * 0.25, fg.wz * 0.006)
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
