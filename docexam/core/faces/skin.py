"""Skin's colour and fine texture: the tone by blood and thin skin, a shaved beard's shadow,
pores, mottle and freckles. The head's volume is head.py's."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import BGR, F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# Skin tones from lightest to darkest (BGR, 0..1), interpolated by the identity's ``skin``:
# fair (pinkish, hue about 19 degrees, saturation 0.3, which the film thins), light, olive
# (yellower, no more saturated than light skin), brown and dark brown (redder again). Photos
# expose for the face, which lifts a dark face's value: a saturation above about 0.45 then
# reads as orange paint.
_SKIN = np.array(
    [
        [0.67, 0.76, 0.95],
        [0.56, 0.67, 0.88],
        [0.47, 0.605, 0.76],
        [0.29, 0.37, 0.52],
        [0.165, 0.21, 0.3],
    ],
    np.float32,
)
_BLUSH = np.array([0.2, 0.16, -0.03], np.float32)  # blood under the skin: less blue and green
_THIN = np.array([0.03, 0.07, 0.08], np.float32)  # thin skin over veins: darker, cooler
_YELLOW = np.array([0.05, 0.01, -0.005], np.float32)  # the forehead's: less blue


def skin_colour(who: Identity) -> BGR:
    x = who.skin * (len(_SKIN) - 1)
    i = min(len(_SKIN) - 2, int(x))
    c = _SKIN[i] * (1 - (x - i)) + _SKIN[i + 1] * (x - i)
    return (float(c[0]), float(c[1]), float(c[2]))


def skin_tone(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, skin: F32) -> F32:
    """Skin's colour is not one paint: blood shows on the cheeks, nose and chin, the thin skin
    under the eyes and at the temples is darker and cooler, the forehead yellower, a shaved
    beard leaves a blue-grey shadow, and mottle and freckles break every patch."""
    dark = who.skin
    wz = fg.wz
    red = np.zeros((c.h, c.w), np.float32)
    spots = [
        (fg.fx, fg.nose - fg.nose_w * 0.3, fg.nose_w * 0.7, fg.nose_w * 0.6, 0.45),
        (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, wz * 0.1, 0.25),
    ]
    thin = np.zeros_like(red)
    thin_spots = []
    yellow = np.zeros_like(red)
    yellow_spots = [(fg.fx, fg.brow - wz * 0.45, wz * 0.55, wz * 0.3, 1.0)]
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        # The apple of the cheek, below and outside the eye, fading out towards the ear.
        spots.append(
            (ex + side * fg.eye_w * 0.5, fg.nose - fg.eye_w * 0.3, wz * 0.32, wz * 0.24, 0.38)
        )
        spots.append((fg.cx + side * fg.wz * 0.85, fg.eye + wz * 0.15, wz * 0.14, wz * 0.3, 0.25))
        thin_spots += [
            (
                ex - side * fg.eye_w * 0.2,
                fg.eye + fg.eye_h * 2.0,
                fg.eye_w * 0.8,
                fg.eye_h * 0.9,
                1.0,
            ),
            (
                ex - side * fg.eye_w * 1.05,
                fg.eye - fg.eye_h * 0.3,
                fg.eye_w * 0.3,
                fg.eye_h * 1.2,
                0.8,
            ),
            (fg.cx + side * fg.wc * 0.85, fg.brow - wz * 0.15, wz * 0.14, wz * 0.25, 0.7),
        ]
    c.spots(red, spots)
    c.spots(thin, thin_spots)
    c.spots(yellow, yellow_spots)
    # Blood under the skin is patchy: broad flushes a cheek wide and capillary blotches a few
    # pixels across (big enough to outlast the print's resampling).
    flush = (0.75 if who.sex == "F" else 1.0) * (1 - dark * 0.55)
    zone = np.minimum(red, 1.0)
    red = zone * (1 + 0.3 * c.noise(10.0)) + 0.07 * c.noise(2.5) * (0.4 + zone)
    red = np.maximum(red, -0.1) * flush
    tone = np.ones((c.h, c.w, 3), np.float32) * skin
    tone *= 1 - red[..., None] * _BLUSH
    tone *= 1 - (np.minimum(thin, 1.2) * (1 + 0.5 * dark))[..., None] * _THIN
    tone *= 1 - np.minimum(yellow, 1.0)[..., None] * _YELLOW * (1 - 0.5 * dark)
    if who.sex == "M" and look.beard in ("none", "stubble", "moustache"):
        tone *= 1 - _beard_shadow(c, fg)[..., None] * _stubble(look, dark)
    # Broad unevenness in tone and hue, so no two patches of a cheek are one paint. The hue
    # wanders between pinker and yellower, as blood and carotene do: a wander towards blue
    # (as between blue and red) left grey patches that read as dirt.
    grain = 0.025 * c.noise(12.0)
    hue = 0.025 * c.noise(8.0)
    tone *= 1 + grain[..., None] + hue[..., None] * np.array([-1, 0.45, 0.15], np.float32)
    tone *= 1 - _freckles(c, fg, dark)[..., None] * np.array([0.3, 0.22, 0.12], np.float32)
    return tone


def _freckles(c: FaceCanvas, fg: FaceGeometry, dark: float) -> F32:
    """Fair skin's freckles: sparse brown flecks two or three pixels wide, thickest over the
    nose and the cheeks beside it; they fade out with a darker skin (it keeps its pigment
    evenly)."""
    amount = float(smoothstep(0.35, 0.05, dark))
    if amount <= 0:
        return np.zeros((c.h, c.w), np.float32)
    where = np.zeros((c.h, c.w), np.float32)
    c.spots(
        where,
        [
            (fg.fx, fg.nose - fg.nose_w * 1.2, fg.wz * 0.55, fg.wz * 0.18, 1.0),
            (fg.fx, fg.brow - fg.wz * 0.35, fg.wz * 0.5, fg.wz * 0.25, 0.35),
        ],
    )
    flecks = np.clip(c.noise(1.0) - 1.6, 0, 1.0)
    return (amount * 0.8 * np.minimum(where, 1.0)) * flecks


def _stubble(look: Look, dark: float) -> npt.NDArray[np.float32]:
    k = (0.5 if look.hair_colour in ("blond", "light brown") else 1.0) * (1 - look.grey * 0.6)
    k *= 1.6 if look.beard == "stubble" else 1.0
    return np.array([0.04, 0.065, 0.09], np.float32) * k * (1 - 0.6 * dark)


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
    """Skin's fine relief: pores (coarser over the nose, forehead and chin), a crazing of fine
    lines between them, and blotches. A print shows the face at two thirds of the work size or
    less, and its resampling averages away anything a pixel across: pores are drawn as their
    clusters, two or three pixels here, so that a pixel or two of texture survive it."""
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
    # Young skin, and a woman's cheeks, are finer-pored than the T-zone; age coarsens all.
    aged = float(np.clip((look.age - 20) / 50, 0, 1))
    cheek = (0.38 if male else 0.26) + 0.3 * aged
    grain = (cheek + np.minimum(coarse, 1.2)) * scalp
    fine = c.noise(0.7)
    cluster = c.noise(1.1)
    # A pore is a tenth of a millimetre, below a pixel here: what shows is their grain and
    # now and then a larger one; distinct pits everywhere read as orange peel.
    pits = np.clip(-cluster - 1.8, 0, None)
    # Fine lines: the skin's crazing, thin ridges where a streaky noise crosses zero. At a
    # passport photo's scale they are barely there even at seventy: drawn over the whole face
    # they read as bark or grime (age shows in the folds and lines age_lines draws).
    lines = np.clip(1 - np.abs(c.noise(0.9, stretch=(2.5, 1))) * 2.5, 0, 1) * (0.15 + 0.2 * aged)
    amp = (0.036 if male else 0.028) * (0.85 + look.age / 250)
    patches = c.noise(2.5)
    relief = amp * grain * (0.4 * fine + 0.6 * cluster - 0.8 * pits - 0.3 * lines)
    relief += 0.025 * patches * scalp
    c.detail[:] = c.detail * (1 - mask) + relief * mask
    # In the colour too, as luminance: pits and lines a shade darker, the clusters a mottle
    # of a pixel or two; and a blotchy unevenness in hue a few pores wide.
    shade = 0.008 * cluster - 0.006 * np.minimum(pits, 1) - 0.004 * lines
    dots = 1 + shade * np.minimum(grain, 1.4) + 0.008 * fine
    blotch = 0.012 * patches
    tint = (dots + blotch)[..., None] * np.ones(3, np.float32)
    tint += (0.01 * c.noise(6.0))[..., None] * np.array([-1, -0.3, 0.6], np.float32)
    tint += (0.008 * c.noise(1.6))[..., None] * np.array([-1, -0.4, 0.7], np.float32)
    c.albedo *= 1 + (tint - 1) * mask[..., None]
