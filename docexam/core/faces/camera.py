"""What a camera does to the lit scene: a lens's softness and its misses (a booth's defocus or
a movement as the shutter opens, its exposure and balance), its sharpening, and the print's
or the sensor's grain at the photo's own pixel size.

A booth's camera is a small sensor behind a short lens at arm's length, and its photo shows
it: the hall's wall behind the traveller, the lens's bulge and dark corners, and at its own
pixel size the sensor's noise, its flat colour and short range, its sharpening and its JPEG
(``sensor.py``). A studio's print has only a fine grain."""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import sensor
from docexam.core.faces.canvas import F32, LUMA
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.wall import Wall, hall_wall, wall

VIGNETTE = 0.09  # how much a lens darkens the frame's corners
SHARPEN = (1.3, 0.45)  # a camera's unsharp mask at the working size: radius px, amount
# A booth's fixed-focus lens, in focus: its softness (Gaussian sigma, px at the working size).
BOOTH_SOFT = 0.4
PRINT_SHARPEN = (0.8, 0.45)  # the print's own, at its pixel size: radius px, amount
# The most (of 1) a sharpened pixel goes past the brightest or darkest of its neighbours; a
# photo's fine edges and texture sharpen by less than that, a long edge between a dark neck
# and a pale backdrop by far more.
OVERSHOOT = 0.008
_NEAR = np.ones((3, 3), np.uint8)  # a pixel's neighbours, for that overshoot
# A print's grain (of 1) at its pixel size; a poor camera adds more. At 0.01 it read as grit on
# skin at the tile's size, with the skin's own texture.
GRAIN = 0.008


@dataclass(frozen=True)
class Misses:
    """What a booth's automatic camera gets wrong in one photo: a studio's photographer sets
    exposure and balance by hand, a booth's camera guesses them from a frame mostly wall."""

    stops: float = 0.0  # exposure off the face's level, + over
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the white balance's miss, BGR
    shake: tuple[float, float] = (0.0, 0.0)  # motion blur: px at the working size, degrees
    defocus: float = 0.0  # the out-of-focus disc's radius, px at the working size
    # A short lens's barrel distortion (of the frame's half diagonal, at its corners) and its
    # darkening there; a studio's long lens has neither to speak of.
    barrel: float = 0.0
    vignette: float = VIGNETTE
    backdrop: Wall | None = None  # the hall behind a booth's traveller; a studio's is plain


def misses(who: Identity, look: Look, salt: object = "") -> Misses:
    """The camera's misses for a live photo (``look.jpeg``); none for a studio's."""
    if not look.jpeg:
        return Misses()
    g = rng("booth-camera", who.seed, repr(look), salt)
    stops = float(np.clip(g.normal(0.1, 0.25), -0.4, 0.6))
    cast = 1 + np.clip(g.normal(0, 0.025, 3), -0.05, 0.05)
    # Most booth photos are sharp: the camera's focus is fixed at where the stool puts a
    # face. A few move as the shutter opens (a hall's light is dim for a small sensor, the
    # shutter slow), and a movement has one direction: settling down onto the stool or
    # leaning in, or swaying; a few lean out of the focus's depth. (Blurred a little every
    # photo, in any direction, the faces read smeared, not photographed.)
    shake = (0.0, 0.0)
    if g.random() < 0.15:
        across = g.random() < 0.35
        degrees = float((0.0 if across else 90.0) + g.normal(0, 12))
        shake = (float(g.uniform(1.6, 3.2)), degrees)
    # (Seldom both at once: compounded, the face went soft as a smear.)
    defocus = float(g.uniform(0.9, 1.7)) if g.random() < 0.2 and not shake[0] else 0.0
    balance = tuple(float(v) for v in cast / cast.mean())
    # Drawn after the rest, so that every earlier draw stays as it was.
    barrel = float(g.uniform(0.02, 0.06))
    vignette = float(g.uniform(0.16, 0.3))
    return Misses(
        stops=stops,
        cast=balance,  # type: ignore[arg-type]
        shake=shake,
        defocus=defocus,
        barrel=barrel,
        vignette=vignette,
        backdrop=hall_wall(g),
    )


def lens(img: F32, fg: FaceGeometry, look: Look, miss: Misses) -> F32:
    if miss.backdrop is not None:
        # Before the tilt and the lens: the wall is in the scene, and turns and bends with it.
        img = wall(img, fg, miss.backdrop)
    if abs(look.roll) > 0.05:
        # The head's tilt turns the whole photo about the eyes: hair, glasses and the mesh
        # together (the shoulders, a little, with it: a booth's camera is seldom level either).
        m = cv2.getRotationMatrix2D((fg.cx, fg.eye), -look.roll, 1.0)
        img = cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), borderMode=cv2.BORDER_REFLECT)
    if miss.barrel:
        img = _barrel(img, miss.barrel)
    # A lens darkens towards the corners, a little (a booth's short one, more).
    h, w = img.shape[:2]
    r2 = ((fg.cx - np.arange(w, dtype=np.float32)[None, :]) / w) ** 2 + (
        (h * 0.45 - np.arange(h, dtype=np.float32)[:, None]) / h
    ) ** 2
    img = img * (1 - miss.vignette * 2 * r2)[..., None]
    if look.jpeg:
        # A booth's small lens at its fixed focus: a trace of softness every photo, and the
        # miss, when there is one, as a lens blurs (a disc) or a movement does (a streak).
        img = cv2.GaussianBlur(img, (0, 0), BOOTH_SOFT)
        if miss.defocus > 0:
            img = cv2.filter2D(img, -1, _disc(miss.defocus), borderType=cv2.BORDER_REFLECT)
        if miss.shake[0] > 0:
            img = cv2.filter2D(img, -1, _streak(*miss.shake), borderType=cv2.BORDER_REFLECT)
    elif look.blur > 0:
        # A studio's camera and lens are good and focused on the eyes: a little of the
        # defocus its depth of field leaves.
        img = cv2.GaussianBlur(img, (0, 0), look.blur * 0.6)
    # Every camera sharpens what its lens gives it; the crispness it leaves round an edge is
    # part of what makes a picture read as a photo.
    return sharpen(img, *SHARPEN)


def sharpen(img: F32, radius: float, amount: float) -> F32:
    """An unsharp mask whose overshoot past each pixel's neighbours is held to ``OVERSHOOT``,
    as a camera's or a printer's limits it. Unbounded, a dark neck's side against a pale
    backdrop left a white line along the backdrop, 8 levels over it on the median holder
    and 25 on some: a pale rim down the neck, a cut-out's."""
    out = cv2.addWeighted(img, 1 + amount, cv2.GaussianBlur(img, (0, 0), radius), -amount, 0)
    hi, lo = cv2.dilate(img, _NEAR), cv2.erode(img, _NEAR)
    np.minimum(out, cv2.add(hi, OVERSHOOT), out=out)
    return np.maximum(out, cv2.subtract(lo, OVERSHOOT), out=out)


def _barrel(img: F32, k: float) -> F32:
    """A short lens's barrel distortion: the frame's middle swells a little against its edges.
    Pinned at about the face's own radius (there the photo keeps its scale, so the face's
    marks stay where the layout puts them); the corners draw from a little past the frame."""
    h, w = img.shape[:2]
    cx, cy, r = (w - 1) / 2, (h - 1) / 2, math.hypot(w, h) / 2
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = (xs - cx) / r, (ys - cy) / r
    f = 1 + k * (dx * dx + dy * dy - 0.09)
    return cv2.remap(
        img, cx + dx * f * r, cy + dy * f * r, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )


def _disc(radius: float) -> F32:
    """A defocused lens's kernel: an even disc (its edge antialiased), not a Gaussian."""
    n = 2 * math.ceil(radius) + 1
    r = np.hypot(*np.mgrid[:n, :n] - n // 2)
    k = np.clip(radius + 0.5 - r, 0, 1).astype(np.float32)
    return k / float(k.sum())


def _streak(length: float, degrees: float) -> F32:
    """A motion blur's kernel: a line ``length`` px long at ``degrees``."""
    n = math.ceil(length) | 1
    k = np.zeros((n, n), np.float32)
    a = math.radians(degrees)
    d = np.array([math.cos(a), math.sin(a)]) * length / 2
    c = np.array([n // 2, n // 2], float)
    p0, p1 = np.round((c - d) * 16).astype(np.int32), np.round((c + d) * 16).astype(np.int32)
    cv2.line(k, tuple(int(v) for v in p0), tuple(int(v) for v in p1), 1.0, 1, cv2.LINE_AA, 4)
    return k / max(float(k.sum()), 1e-6)


def to_print(img: F32, look: Look, g: np.random.Generator, stops: float = 0.0) -> F32:
    """What happens at the print's own pixel size. Downsizing averages away what was sharp at
    the working size, so the final sharpening and the grain belong here: grain drawn before
    the resize was averaged into a haze and the skin read airbrushed next to the hair."""
    if look.jpeg:
        return sensor.capture(img, look.noise, g, stops)
    img = sharpen(img, *PRINT_SHARPEN)
    # A print's grain is finer than its pixels and shows in the mid-tones and shadows; it all
    # but vanishes in light, flat areas (a pale backdrop, a lit forehead): drawn evenly, and
    # coarser, it read as noise on the background.
    lum = img @ LUMA
    grain = cv2.GaussianBlur(g.standard_normal(img.shape[:2], dtype=np.float32), (0, 0), 0.35)
    grain *= GRAIN / max(1e-6, float(grain[::4, ::4].std()))
    grain *= np.clip(1.45 - 1.25 * lum, 0.22, 1.0)
    if look.noise > 0:
        # A poor camera's sensor noise is coarser, a pixel or so, and stays in the light
        # areas too (only a little less than in the shadows); with it comes colour noise.
        sensor_noise = cv2.GaussianBlur(
            g.standard_normal(img.shape[:2], dtype=np.float32), (0, 0), 0.5
        )
        sensor_noise *= 3 * GRAIN * look.noise / max(1e-6, float(sensor_noise[::4, ::4].std()))
        grain += sensor_noise * np.clip(1.25 - 0.6 * lum, 0.6, 1.0)
    img = img + grain[..., None]
    if look.noise > 0:
        img = img + g.standard_normal(img.shape, dtype=np.float32) * 0.008 * look.noise
    return img
