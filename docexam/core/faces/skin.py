"""Skin's colour and fine texture: the tone by blood and thin skin, a shaved beard's shadow,
pores, mottle and freckles. The head's volume is head.py's."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import BGR, F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look

# Skin tones from lightest to darkest (BGR, 0..1), interpolated by the identity's ``skin``:
# fair (pink, hue about 15 degrees, saturation 0.26, which the film thins), light (19), olive
# (23: yellower, no more saturated than light skin; at 28 every mid skin read orange-tan),
# brown and dark brown (redder again). Photos expose for the face, which lifts a dark face's
# value: a saturation above about 0.45 then reads as orange paint.
_SKIN = np.array(
    [
        [0.7, 0.765, 0.95],
        [0.58, 0.675, 0.88],
        [0.475, 0.588, 0.76],
        [0.3, 0.37, 0.52],
        [0.17, 0.205, 0.29],
    ],
    np.float32,
)
_BLUSH = np.array([0.2, 0.17, -0.03], np.float32)  # blood under the skin: less blue and green
_THIN = np.array([0.03, 0.075, 0.09], np.float32)  # thin skin over veins: darker, bluer
_PIGMENT = np.array([0.13, 0.13, 0.13], np.float32)  # melanin round a dark eye or mouth
_YELLOW = np.array([0.05, 0.01, -0.005], np.float32)  # the forehead's: less blue
_BROWN = np.array([0.34, 0.26, 0.15], np.float32)  # a freckle's or a sun spot's
_ROUGE = np.array([0.15, 0.17, 0.02], np.float32)  # a rose blush: less green and blue


def skin_colour(who: Identity) -> BGR:
    x = who.skin * (len(_SKIN) - 1)
    i = min(len(_SKIN) - 2, int(x))
    c = _SKIN[i] * (1 - (x - i)) + _SKIN[i + 1] * (x - i)
    return (float(c[0]), float(c[1]), float(c[2]))


def _ruddy(who: Identity, look: Look) -> float:
    """How much blood shows through a person's skin, from pale to ruddy: their own (a smooth
    function of traits, so that a look-alike agrees), a little more with age."""
    tr = who.traits
    own = 0.6 + 0.9 * (tr["lip_lower"] - 0.5) + 0.6 * (tr["ear_size"] - 0.5)
    return float(np.clip(own, 0.2, 1.2)) * (1 + 0.25 * float(np.clip((look.age - 30) / 40, 0, 1)))


def skin_tone(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, skin: F32) -> F32:
    """Skin's colour is not one paint: blood shows on the cheeks, nose and chin, the thin skin
    under the eyes and at the temples is darker and cooler, the forehead lighter and yellower,
    a shaved beard leaves a blue-grey shadow, a dark skin is darker round the eyes and mouth,
    and mottle, blotches, freckles and sun spots break every patch. Make-up (foundation,
    concealer, a blush) evens some of that out and lays a faint rose over the cheekbones."""
    dark = who.skin
    # Foundation and concealer cover part of the skin's unevenness, never all of it: a
    # face evened out entirely read as a plastic's.
    even = 1 - 0.4 * look.makeup
    wz = fg.wz
    red = np.zeros((c.h, c.w), np.float32)
    spots = [
        (fg.fx, fg.nose - fg.nose_w * 0.3, fg.nose_w * 0.7, fg.nose_w * 0.6, 0.55),
        (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch, wz * 0.1, 0.3),
    ]
    thin = np.zeros_like(red)
    thin_spots = []
    yellow = np.zeros_like(red)
    # The forehead is a little yellower than the cheeks (more sun, less blood showing), never
    # lighter: a lighter, yellower patch ending at the brows read as a band painted on, so
    # it is broad and faint, fading out over the temples and down past the brows.
    yellow_spots = [(fg.fx, fg.brow - wz * 0.55, wz * 0.7, wz * 0.45, 0.6)]
    # Melanin gathers round the eyes and the mouth of a dark skin.
    pigment = np.zeros_like(red)
    pigment_spots = [(fg.fx, fg.mouth, fg.mouth_w * 1.2, wz * 0.16, 0.7 * dark)]
    blush = np.zeros_like(red)
    blush_spots: list[tuple[float, float, float, float, float]] = []
    for side in (-1, 1):
        ex = fg.fx + side * fg.eye_gap
        # The apple of the cheek, below and outside the eye, fading out towards the ear; the
        # wings of the nose are redder than its bridge.
        spots.append(
            (ex + side * fg.eye_w * 0.5, fg.nose - fg.eye_w * 0.3, wz * 0.3, wz * 0.22, 0.5)
        )
        spots.append((fg.cx + side * fg.wz * 0.85, fg.eye + wz * 0.15, wz * 0.14, wz * 0.3, 0.25))
        spots.append((fg.fx + side * fg.nose_w, fg.nose, fg.nose_w * 0.45, fg.nose_w * 0.4, 0.4))
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
            (fg.cx + side * fg.wc * 0.85, fg.brow - wz * 0.15, wz * 0.16, wz * 0.3, 0.4),
        ]
        pigment_spots.append((ex, fg.eye + fg.eye_h * 0.5, fg.eye_w * 1.1, fg.eye_h * 2.2, dark))
        # A blush sits on the cheekbone, above and outside the apple, swept towards the ear.
        blush_spots += [
            (
                ex + side * fg.eye_w * 0.85,
                fg.eye + (fg.nose - fg.eye) * 0.56,
                wz * 0.19,
                wz * 0.12,
                1,
            ),
            (
                ex + side * fg.eye_w * 1.2,
                fg.eye + (fg.nose - fg.eye) * 0.45,
                wz * 0.14,
                wz * 0.1,
                0.6,
            ),
        ]
    c.spots(red, spots)
    c.spots(thin, thin_spots)
    c.spots(yellow, yellow_spots)
    c.spots(pigment, pigment_spots)
    # Blood under the skin is patchy, but softly: broad flushes a cheek wide. Capillary
    # blotches a few pixels across, and a ruddy face's flush taken at full strength, drew
    # hard red patches, a rash rather than a complexion; the flush saturates instead.
    flush = (0.75 if who.sex == "F" else 1.0) * (1 - dark * 0.55) * _ruddy(who, look)
    zone = np.minimum(red, 1.0)
    red = zone * (1 + 0.2 * even * c.noise(10.0)) + 0.04 * even * c.noise(5.0) * (0.3 + zone)
    red = np.maximum(red, -0.1) * flush
    red /= 1 + 0.5 * np.maximum(red, 0)
    tone = np.ones((c.h, c.w, 3), np.float32) * skin
    tone *= 1 - red[..., None] * _BLUSH
    tone *= 1 - (np.minimum(thin, 1.2) * (1 + 0.5 * dark) * even)[..., None] * _THIN
    brow = np.minimum(yellow, 1.0)[..., None]
    tone *= 1 - brow * _YELLOW * (1 - 0.5 * dark)
    tone *= 1 - np.minimum(pigment, 1.0)[..., None] * _PIGMENT
    if look.makeup > 0:
        c.spots(blush, blush_spots)
        # Faint: a blush strong enough to see as a patch read as a doll's painted cheeks.
        rouge = np.minimum(blush, 1.0) * (0.45 * look.makeup * (1 - 0.6 * dark))
        tone *= 1 - rouge[..., None] * _ROUGE
    if who.sex == "M" and look.beard in ("none", "stubble", "moustache"):
        tone *= 1 - _beard_shadow(c, fg)[..., None] * stubble(look, dark)
    # Broad unevenness in tone and hue, so no two patches of a cheek are one paint: melanin's
    # (darker and browner) and carotene's (yellower) as well as the blood's above. A wander
    # of the hue as such, between yellow-green and purple, read as dirt.
    # Soft and low in contrast: a finer or stronger mottle read as grime at the tile's size.
    grain = (0.026 * c.noise(12.0) + 0.004 * c.noise(7.0)) * even
    yolk = 0.02 * c.noise(10.0) * even
    tone *= 1 - grain[..., None] * np.array([1.2, 1.0, 0.85], np.float32)
    tone *= 1 - yolk[..., None] * np.array([1.0, 0.1, -0.1], np.float32)
    tone *= 1 - (_freckles(c, fg, who, look) * even)[..., None] * _BROWN
    return tone


def _freckles(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """Soft pale-brown flecks a few pixels wide: a fair skin's freckles, on some people, thickest
    over the nose and the cheeks beside it (a darker skin keeps its pigment evenly), and on
    anyone past forty a few sun spots, scattered."""
    dark = who.skin
    amount = float(smoothstep(0.4, 0.1, dark) * smoothstep(0.45, 0.75, who.traits["ear_height"]))
    spots = float(np.clip((look.age - 35) / 40, 0, 1)) * (1 - 0.5 * dark)
    if amount <= 0 and spots <= 0:
        return np.zeros((c.h, c.w), np.float32)
    where = np.zeros((c.h, c.w), np.float32)
    c.spots(
        where,
        [
            (fg.fx, fg.nose - fg.nose_w * 1.2, fg.wz * 0.55, fg.wz * 0.2, 1.0),
            (fg.fx, fg.brow - fg.wz * 0.35, fg.wz * 0.5, fg.wz * 0.25, 0.35),
        ],
    )
    # A freckle is pale brown and soft-edged; drawn a pixel wide and dark, flecks read as grit.
    speckle = c.noise(1.5)
    flecks = np.clip(speckle - 1.2, 0, 1.0) * (amount * 0.9 * np.minimum(where, 1.0))
    # Sun spots are few, larger and faint, a shade of tan rather than a dot.
    sun = np.clip(c.noise(3.0) - 2.3, 0, 0.6) * (spots * 0.3)
    return flecks + sun


def stubble(look: Look, dark: float) -> npt.NDArray[np.float32]:
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
    """Skin's fine relief: pores, coarser over the nose and the cheeks beside it, the forehead
    and chin, and a faint crazing of fine lines. A pore is a tenth of a millimetre, below a
    pixel here: what a passport photo shows is their grain, a pixel across, which the tile's
    downsizing averages away and a larger print keeps, faintly, on the nose and cheeks. Drawn
    as clusters two or three pixels wide, or with dark pits, it survived at every size and
    read as grit on a dirty face."""
    male = who.sex == "M"
    coarse = np.zeros((c.h, c.w), np.float32)
    # Visible pores are the nose's and the cheeks' beside it; the forehead's are finer, and
    # as strong there they read as sandpaper over the brow.
    spots = [
        (fg.fx, fg.nose - fg.nose_w * 0.4, fg.nose_w * 1.3, fg.wz * 0.25, 1.3),
        (fg.fx, fg.brow - fg.wz * 0.3, fg.wz * 0.45, fg.wz * 0.2, 0.12),
        (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch * 1.2, fg.wz * 0.15, 0.3),
    ]
    for side in (-1, 1):
        x = fg.fx + side * (fg.eye_gap + fg.nose_w) * 0.6
        spots.append((x, fg.nose - fg.nose_w * 0.4, fg.wz * 0.2, fg.wz * 0.18, 0.8))
    c.spots(coarse, spots)
    # The scalp's skin is smoother than the face's: a bald crown does not read as stone.
    scalp = 0.45 + 0.55 * smoothstep(fg.crown, fg.hairline + fg.wz * 0.2, c.ys[:, :1])
    # Young skin, and a woman's, are finer-pored than the T-zone; age coarsens all.
    aged = float(np.clip((look.age - 20) / 50, 0, 1))
    # Elsewhere skin at this scale is nearly smooth: an even grain over the whole face was
    # the sandpaper a render is known by.
    # Age coarsens it: halved for every age alike, old cheeks read as smooth as wax.
    cheek = (0.22 if male else 0.16) + 0.24 * aged
    grain = (cheek + np.minimum(coarse, 1.4)) * scalp
    # An eyelid's skin is the thinnest and finest a face has: hardly a pore round the eyes.
    lids = np.zeros((c.h, c.w), np.float32)
    c.spots(
        lids,
        [(fg.fx + s * fg.eye_gap, fg.eye, fg.eye_w * 0.9, fg.eye_w * 0.55, 1.0) for s in (-1, 1)],
    )
    grain *= 1 - 0.6 * np.minimum(lids, 1)
    fine = c.noise(0.5)
    cluster = c.noise(1.0)
    # Now and then a larger pore, faint: distinct dark pits everywhere read as orange peel.
    pits = np.clip(-cluster - 2.0, 0, None)
    # Fine lines where a streaky noise crosses zero: at a passport photo's scale barely there
    # even at seventy (age shows in the folds and lines age_lines draws).
    lines = np.clip(1 - np.abs(c.noise(0.9, stretch=(2.5, 1))) * 2.5, 0, 1) * (0.05 + 0.2 * aged)
    # Foundation fills the pores a little, never to a plastic's polish.
    amp = (0.026 if male else 0.02) * (0.8 + look.age / 160) * (1 - 0.25 * look.makeup)
    patches = c.noise(3.0)
    relief = amp * grain * (0.75 * fine + 0.3 * cluster - 0.3 * pits - 0.2 * lines)
    relief += 0.008 * patches * scalp
    # Between the pores' grain and the patches, skin's surface is not smooth either: a faint
    # dimpling a couple of pixels across, strongest where the pores are (cheeks and nose),
    # which a print at 420x540 keeps and which the sheen breaks on. Without it the cheeks
    # between the grain read as plastic.
    # (From the grain's own noise, blurred: a draw of its own shifted every later layer's.)
    dimple = cv2.GaussianBlur(fine, (0, 0), 1.5)
    dimple /= max(1e-6, float(dimple[::4, ::4].std()))
    relief += amp * 0.35 * dimple * np.minimum(grain, 1.2)
    c.detail[:] = c.detail * (1 - mask) + relief * mask
    # In the colour too, as luminance, barely: a pore's grain a shade of a percent, a larger
    # pore or a line a little darker, and a soft unevenness a few pores wide.
    shade = 0.005 * cluster - 0.006 * np.minimum(pits, 1) - 0.003 * lines
    dots = 1 + shade * np.minimum(grain, 1.4) + 0.004 * fine
    # Older skin is uneven in colour, but as a few distinct sun spots, small and brownish,
    # on an even tone: a mottle of the whole cheek a few pixels across (1.9 % at seventy)
    # read as a blotchy, smeared complexion, dirt rather than age.
    blotch = 0.004 * patches - 0.05 * aged * np.clip(patches - 2.2, 0, 1)
    # A pit's shade is light that went deeper into the skin: browner, not grey.
    tint = 1 + (dots + blotch - 1)[..., None] * np.array([1.25, 1.05, 0.85], np.float32)
    tint += ((0.006 + 0.006 * aged) * c.noise(6.0))[..., None] * np.array(
        [-1, -0.3, 0.6], np.float32
    )
    c.albedo *= 1 + (tint - 1) * mask[..., None]
