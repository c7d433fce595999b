"""The lamp a photo was taken under, read from the Look's light fields.

Passport studios differ in kit more than in rules: a soft box or an umbrella a little to one
side and above, a photo booth's flash behind a diffuser, a ring light round the lens. A live
photo at a border booth has no studio lamp at all: the hall's ceiling fluorescents light it
from above, with the booth camera's panel as a weak fill. Each leaves its own softness, fill,
sheen, catchlight and colour, which is what keeps every face from being lit the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32
from docexam.core.faces.traits import Look

KINDS = ("softbox", "umbrella", "flash", "ring", "overhead")
FLOOR = 0.25


@dataclass(frozen=True)
class Lamp:
    kind: str
    direction: npt.NDArray[np.float32]  # towards the lamp: x right, y down, z to the camera
    size: float  # px over which the source averages the normals (a broad source is soft)
    wrap: float  # how far its light reaches past the terminator
    key: float  # share of the key in the light on a frontal face
    fill: float  # share of the fill from beside the lens
    room: float  # share of the light from the room above
    shadow: float  # how dark a cast shadow is (1 = none of the key gets in)
    distance: float  # from the face, in frame heights: a near lamp falls off across the face
    sheen: float  # strength of the skin's specular hot spot, 1 = a soft box's
    tint: npt.NDArray[np.float32]  # BGR cast on the whole frame, after the camera's balance
    backlight: float = 0.0  # a lamp on the backdrop behind the head: how much it brightens
    # Light from everything in front of the sitter (the soft box's own breadth, reflectors, a
    # booth's white walls): it reaches whatever faces the camera, a cheek turned away from it
    # still half, which is what keeps a passport photo's face evenly lit to its edges.
    bounce: float = 0.0
    hardness: float = 1.0  # how quickly the key fades towards its terminator (its power)
    # The key's wrap on skin (the nose aside), without ``hardness``, where the lamp is broader
    # than its crisp shadows say (a hall's ceiling of panels): None, ``wrap`` everywhere.
    skin_wrap: float | None = None
    # How many times softer its cast shadows' edges are than its ``size`` alone makes them (a
    # ceiling's panels cast from all of their breadth: a nose's shadow fades over a centimetre).
    penumbra: float = 1.0
    # The skin below the nose seen over this many cm (None: skinlight.SKIN_SOFT_CM), and the
    # mesh's normals there smoothed over this many (None: skinlight.FORM_SMOOTH's px): a
    # ceiling's light from straight above picks out every small crease of the lower face.
    lower_soft_cm: float | None = None
    # Light the floor, the desk and the sitter's clothes throw back up: what reaches the
    # undersides of the brows, the nose and the chin under a lamp high overhead.
    floor: float = 0.0
    # How much of the head's broad form the key shows, as a share of its relief (render's
    # FORM is a studio's: its light from all round the lens flattens the form).
    relief: float = 1.0
    # The key's own colour against the fill's, BGR: a hall's tubes and its warm lamps or
    # daylight do not match, and no white balance can neutralise both.
    key_tint: npt.NDArray[np.float32] = field(default_factory=lambda: np.ones(3, np.float32))
    # A window to one side: its strength, direction (towards it) and colour, BGR.
    window: float = 0.0
    window_dir: npt.NDArray[np.float32] = field(default_factory=lambda: np.zeros(3, np.float32))
    window_tint: npt.NDArray[np.float32] = field(default_factory=lambda: np.ones(3, np.float32))
    # Degrees above the lens, as the look gives it: how far down the neck the jaw's shade
    # reaches (torso.shade_reach) is read from here and from the look, never from direction.
    elevation: float = field(kw_only=True)


def lamp(look: Look) -> Lamp:
    """The lamp for ``look``: drawn from its light fields, so a photo keeps its lamp."""
    g = rng("lamp", look.light_azimuth, look.light_elevation, look.warmth, look.jpeg)
    direction = towards(look.light_azimuth, look.light_elevation)
    warm = float(look.warmth)
    if look.jpeg:  # a live snapshot (make_look gives only those a JPEG)
        return _hall(look, direction, g)
    frontal = abs(look.light_azimuth) < 14
    p = (0.3, 0.25, 0.25, 0.2) if frontal else (0.55, 0.45, 0.0, 0.0)
    kind = KINDS[int(g.choice(4, p=p))]
    # A studio balances for its lamp: only a trace of warmth or coolness is left.
    tint = np.array([1 - 0.035 * warm, 1.0, 1 + 0.035 * warm], np.float32)
    tint /= tint.mean()
    ratio, shine = float(g.random()), float(g.random())
    # Fill shares give key-to-fill ratios of about 2:1 to 3:1, a portrait studio's range; a
    # ring light, round the lens, is nearly all fill.
    size, wrap, key, fill, shadow, distance, sheen = {
        "softbox": (2.4, 0.4, 0.46, 0.16 + 0.12 * ratio, 0.6, 3.0, 0.7 + 0.6 * shine),
        "umbrella": (3.0, 0.5, 0.42, 0.2 + 0.1 * ratio, 0.5, 3.6, 0.6 + 0.5 * shine),
        # A booth's flash behind a diffuser: small and near, so crisper and shinier.
        "flash": (1.6, 0.35, 0.55, 0.14 + 0.08 * ratio, 0.7, 1.8, 1.2 + 0.7 * shine),
        "ring": (2.0, 0.45, 0.3, 0.4 + 0.1 * ratio, 0.5, 2.2, 0.9 + 0.5 * shine),
    }[kind]
    room = {"softbox": 0.1, "umbrella": 0.1, "flash": 0.08, "ring": 0.08}[kind]
    bounce = {"softbox": 0.3, "umbrella": 0.34, "flash": 0.24, "ring": 0.26}[kind]
    # Many studios light the backdrop from behind the sitter: a soft glow round the head
    # that parts it from the backdrop.
    back = float(g.uniform(0.05, 0.12)) if g.random() < 0.45 else 0.0
    back *= kind in ("softbox", "umbrella")  # a booth has no room for one
    return Lamp(
        kind,
        direction,
        size,
        wrap,
        key,
        fill,
        room,
        shadow,
        distance,
        sheen,
        tint,
        back,
        bounce,
        elevation=look.light_elevation,
    )


def _hall(look: Look, direction: npt.NDArray[np.float32], g: np.random.Generator) -> Lamp:
    """A border hall's light: ceiling panels high overhead, hard enough to leave the brows,
    the nose and the chin a shadow beneath and the forehead and the nose's bridge bright; the
    camera's panel and the booth's walls only a weak fill. (Lit as softly as a studio, with
    half the fill, the live photo read as the document's face re-rendered.)"""
    # Fluorescent tubes: a trace green (more turned skin olive); the booth's white balance
    # leaves a little of the hall's colour in, on the backdrop as well as on the sitter (all
    # of it turned a dark skin copper).
    green = float(g.uniform(0.0, 0.03))
    left = 0.4 * (balance(float(look.warmth))[2] - 1)
    tint = np.array([1 - left, 1 + green, 1 + left], np.float32)
    # The tubes are cooler or warmer than the rest of the light (the booth's panel, lamps at
    # the desks), which the camera balances as a mean: the lit tops of the forms take one
    # colour and the shadows the other.
    cool = float(g.uniform(-0.02, 0.06)) * (1 if g.random() < 0.75 else -1)
    key_tint = np.array([1 + cool, 1 + 0.3 * abs(cool), 1 - cool], np.float32)
    # Some booths stand by the hall's windows: daylight from one side, bluer than the tubes
    # (or, late in the day, warmer), which lights one cheek and leaves the other to the fill.
    window, window_dir = 0.0, np.zeros(3, np.float32)
    window_tint = np.ones(3, np.float32)
    if g.random() < 0.35:
        window = float(g.uniform(0.15, 0.35))
        window_dir = towards(float(g.choice([-1.0, 1.0])) * float(g.uniform(55, 80)), 10.0)
        day = float(g.uniform(0.03, 0.08)) * (1 if g.random() < 0.7 else -1)
        window_tint = np.array([1 + day, 1.0, 1 - day], np.float32)
    return Lamp(
        "overhead",
        direction,
        size=float(g.uniform(1.5, 2.2)),
        wrap=0.15,
        key=0.82,
        fill=float(g.uniform(0.05, 0.1)),
        room=0.16,
        shadow=float(g.uniform(0.88, 0.96)),
        distance=float(g.uniform(1.5, 2.1)),
        sheen=float(g.uniform(1.0, 1.7)),
        tint=tint / tint.mean(),
        bounce=float(g.uniform(0.05, 0.1)),
        hardness=1.4,
        # Away from the nose the hall's light wraps as a broad ceiling's does: at the hard
        # response everywhere, the lower cheeks and the jaw took dark blotches (dirt).
        skin_wrap=0.5,
        penumbra=2.5,
        lower_soft_cm=1.0,
        floor=FLOOR,
        relief=1.5,
        key_tint=key_tint / key_tint.mean(),
        window=window,
        window_dir=window_dir,
        window_tint=window_tint / window_tint.mean(),
        elevation=look.light_elevation,
    )


def balance(warmth: float) -> npt.NDArray[np.float32]:
    """What a camera's white balance leaves of a warm (or cool) light's colour, BGR: a mild
    cast only. Auto balance works the harder the further off the light is, so a strong cast
    is left barely more than a mild one: at a share proportional to the warmth a booth's
    warmest halls turned skin orange."""
    k = 0.03 * math.tanh(warmth)
    return np.array([1 - k, 1.0, 1 + k], np.float32)


def falloff(lamp: Lamp, xs: F32, ys: F32, z: F32, h: int) -> F32:
    """How much more (or less) of a near lamp's light reaches each point than the face's middle
    gets, by the inverse square of its distance: the cheek and brow nearer a side lamp are a
    little brighter, and under a ceiling light the crown is lit and the chin much less."""
    centre_x = float(xs[0, -1]) / 2
    p = (xs - centre_x) * lamp.direction[0] + (ys - 0.42 * h) * lamp.direction[1]
    # The relief stands out of the backdrop towards the lamp; but a broad source is no point,
    # its light falls off with distance more slowly: at full strength the nose and the middle
    # of the forehead stood a fifth brighter than the cheeks, a lit stripe down the face.
    p += z * lamp.direction[2] * 0.5
    d = lamp.distance * h
    return np.clip((d / np.maximum(d - p, d * 0.5)) ** 2, 0.5, 1.6).astype(np.float32)


def towards(azimuth: float, elevation: float) -> npt.NDArray[np.float32]:
    az, el = math.radians(azimuth), math.radians(elevation)
    v = np.array([-math.sin(az) * math.cos(el), -math.sin(el), math.cos(az) * math.cos(el)])
    return (v / np.linalg.norm(v)).astype(np.float32)


def catchlight(glow: F32, lamp: Lamp) -> F32:
    """The lamp's reflection in the eyes, shaped as the lamp is: a broad disc for an umbrella,
    a ring for a ring light, a tight point for a flash, a bar for a ceiling tube."""
    if not glow.any():
        return glow
    # eyes.py paints the reflection as a small soft dot; a lamp's is brighter than that: in
    # a real portrait it is the brightest thing in the eye, and what makes it look wet.
    if lamp.kind == "umbrella":
        return cv2.GaussianBlur(glow, (0, 0), 0.9) * 2.6
    if lamp.kind == "ring":
        wide = cv2.GaussianBlur(glow, (0, 0), 1.4) * 4.5
        return np.clip(wide - glow * 2.2, 0, None) + glow * 0.3
    if lamp.kind == "flash":
        return glow * 2.2
    if lamp.kind == "overhead":
        return cv2.GaussianBlur(glow, (0, 0), sigmaX=1.6, sigmaY=0.4) * 1.8
    return glow * 1.7
