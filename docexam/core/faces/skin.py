"""Skin's colour and fine texture: the tone by blood and thin skin, a shaved beard's shadow,
pores and mottle. The head's volume is head.py's."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import BGR, F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# Skin tones from lightest to darkest (BGR, 0..1), interpolated by the identity's ``skin``.
_SKIN = np.array(
    [[0.67, 0.78, 0.94], [0.5, 0.65, 0.85], [0.36, 0.5, 0.7], [0.2, 0.3, 0.47], [0.12, 0.18, 0.3]],
    np.float32,
)


def skin_colour(who: Identity) -> BGR:
    x = who.skin * (len(_SKIN) - 1)
    i = min(len(_SKIN) - 2, int(x))
    c = _SKIN[i] * (1 - (x - i)) + _SKIN[i + 1] * (x - i)
    return (float(c[0]), float(c[1]), float(c[2]))


def skin_tone(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, skin: F32) -> F32:
    """Skin's colour is not one paint: blood shows on the cheeks, nose, lips and chin, the thin
    skin under the eyes is darker, a shaved beard leaves a blue-grey shadow, and pores and
    mottle break every patch."""
    dark = who.skin
    red = np.zeros((c.h, c.w), np.float32)
    spots = [(fg.fx, fg.nose - fg.nose_w * 0.3, fg.nose_w * 0.7, fg.nose_w * 0.6, 0.55)]
    spots.append((fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, fg.wz * 0.1, 0.3))
    spots.append((fg.fx, fg.brow - fg.wz * 0.3, fg.wz * 0.5, fg.wz * 0.15, 0.12))
    under = np.zeros_like(red)
    eye_spots = []
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        spots.append(
            (ex + side * fg.eye_w * 0.4, fg.nose - fg.eye_w * 0.5, fg.wz * 0.2, fg.wz * 0.15, 0.7)
        )
        eye_spots.append(
            (
                ex - side * fg.eye_w * 0.2,
                fg.eye + fg.eye_h * 2.0,
                fg.eye_w * 0.8,
                fg.eye_h * 0.9,
                1.0,
            )
        )
        eye_spots.append(
            (
                ex - side * fg.eye_w * 1.05,
                fg.eye - fg.eye_h * 0.3,
                fg.eye_w * 0.3,
                fg.eye_h * 1.2,
                0.8,
            )
        )
    c.spots(red, spots)
    c.spots(under, eye_spots)
    flush = 0.75 if who.sex == "F" else 1.0
    red *= flush * (1 - dark * 0.7)
    tone = np.ones((c.h, c.w, 3), np.float32) * skin
    tone *= 1 - red[..., None] * np.array([0.2, 0.17, -0.03], np.float32)
    tone *= 1 - np.minimum(under, 1.2)[..., None] * np.array([0.04, 0.08, 0.075], np.float32)
    if who.sex == "M" and look.beard in ("none", "stubble", "moustache"):
        tone *= 1 - _beard_shadow(c, fg)[..., None] * _stubble(look, dark)
    # A mottle of patches a little larger than the pores' (which _pores draws), in colour as
    # well as tone.
    grain = 0.03 * c.noise(12.0)
    hue = 0.02 * c.noise(8.0)
    tone *= 1 + grain[..., None] + hue[..., None] * np.array([-1, 0, 1], np.float32)
    return tone


def _stubble(look: Look, dark: float) -> npt.NDArray[np.float32]:
    k = (0.5 if look.hair_colour in ("blond", "light brown") else 1.0) * (1 - look.grey * 0.6)
    k *= 1.6 if look.beard == "stubble" else 1.0
    return np.array([0.025, 0.035, 0.04], np.float32) * k * (1 - 0.6 * dark)


def _beard_shadow(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """Where a man's beard grows: upper lip, chin and jaw, up the cheeks towards the ears."""
    ax = np.abs(c.xs - fg.fx)
    lip = smoothstep(fg.nose + fg.nose_w * 0.15, fg.nose + fg.nose_w * 0.6, c.ys) * (
        ax < fg.mouth_w * 1.1
    )
    rise = np.maximum(0, ax - fg.mouth_w * 0.7) * 0.7
    jaw = smoothstep(0, fg.wz * 0.15, c.ys - (fg.mouth - fg.lip_up - rise))
    return soft(np.maximum(lip, jaw).astype(np.float32), 6.0)


def pores(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, mask: F32) -> None:
    """Skin's fine relief: pits of pores (coarser over the nose, forehead and chin), a finer
    crazing between them, and blotches; all a pixel or two across at the work size so that
    some survive the photo's resampling and blur."""
    male = who.sex == "M"
    coarse = np.zeros((c.h, c.w), np.float32)
    c.spots(
        coarse,
        [
            (fg.fx, fg.nose - fg.nose_w * 0.4, fg.nose_w * 1.6, fg.wz * 0.3, 1.0),
            (fg.fx, fg.brow - fg.wz * 0.3, fg.wz * 0.5, fg.wz * 0.25, 0.6),
            (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch * 1.2, fg.wz * 0.15, 0.5),
        ],
    )
    # The scalp's skin is smoother than the face's: a bald crown does not read as stone.
    scalp = 0.45 + 0.55 * smoothstep(fg.crown, fg.hairline + fg.wz * 0.2, c.ys[:, :1])
    grain = (1 + np.minimum(coarse, 1.2)) * scalp
    fine = c.noise(0.7)
    # A pore is a tenth of a millimetre, below a pixel here: what shows is their grain and
    # now and then a larger one; distinct pits everywhere read as orange peel.
    pits = np.clip(-fine - 1.4, 0, None)
    amp = (0.035 if male else 0.025) * (0.8 + look.age / 100)
    patches = c.noise(2.5)
    relief = amp * grain * (0.6 * fine - 0.8 * pits) + 0.025 * patches * scalp
    c.detail[:] = c.detail * (1 - mask) + relief * mask
    # In the colour too: the pits a shade darker, and a blotchy unevenness a few pores wide.
    dots = 1 - 0.02 * np.minimum(pits * grain, 2) + 0.008 * fine
    blotch = 0.012 * patches
    tint = (dots + blotch)[..., None] * np.ones(3, np.float32)
    tint += (0.01 * c.noise(6.0))[..., None] * np.array([-1, -0.3, 0.6], np.float32)
    c.albedo *= 1 + (tint - 1) * mask[..., None]
