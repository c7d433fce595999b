"""Who a fictional person is (stable traits) and how they look in one photo (changeable traits).

Stable traits are what forensic facial comparison relies on: the shape of the face and head, the
proportions and forms of eyes, nose, mouth and ears, the eyebrows, chin, skin tone and permanent
marks. They are stored normalised to 0..1 so that "how different" is one scale for every trait;
the renderer maps them to proportions. Changeable traits (age, hair, beard, glasses, expression,
pose, light, image quality) are what differs between two photos of the same person.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from docexam.core.domain.seeds import rng

# Stable traits, each 0..1, grouped by the FISWG feature an examiner compares them under.
FEATURE_TRAITS: dict[str, tuple[str, ...]] = {
    "face_shape": ("face_length", "face_width", "jaw_width", "cheekbones"),
    "hairline": ("hairline_shape",),
    "forehead": ("forehead_height", "brow_ridge"),
    "eyebrows": ("brow_arch", "brow_thickness", "brow_tilt"),
    "eyes": ("eye_spacing", "eye_width", "eye_opening", "eye_tilt", "iris"),
    "nose": ("nose_length", "nose_width", "nose_bridge", "nose_tip"),
    "ears": ("ear_size", "ear_protrusion", "ear_lobe", "ear_height"),
    "mouth": ("mouth_width", "lip_upper", "lip_lower", "cupid_bow"),
    "chin": ("chin_width", "chin_length", "chin_cleft"),
}
STABLE_TRAITS: tuple[str, ...] = tuple(t for ts in FEATURE_TRAITS.values() for t in ts)
# Traits that are categories, not amounts: the renderer buckets them, so a step of this size
# is a different form (an attached instead of a free ear lobe, a widow's peak instead of a
# straight hairline), visible at any resolution.
CATEGORICAL = {"hairline_shape": 4, "ear_lobe": 2, "chin_cleft": 2, "iris": 5}
# How far apart (on the 0..1 scale) two values must be for a trained examiner to see a
# difference in a passport-size photo; closer than this they "agree".
NOTICEABLE = 0.28
# Measured at the live photo's size (311 x 400, as the trainee enlarges it): a step of
# NOTICEABLE changes most forms by hundreds of pixels (a nose's width, about 780), but a few
# painted ones by much less; they need a larger step to count as a difference, and three are
# too fine for any photo at that size to show (a cupid's bow, 17 pixels; a soft brow's tilt
# about 260 even at a step of 0.6): they never count.
STEPS = {"mouth_width": 0.36, "nose_tip": 0.32}
TOO_FINE = frozenset({"cupid_bow", "lip_upper", "brow_tilt"})
# How many draws an Identity's asymmetry holds (the renderer uses what it needs of them: the
# mesh's paired targets the first eight, geometry.SKEW the painted eyes and brows and the
# nose's tip). More draws leave the earlier ones as they were. LATE_ASYMMETRIES more follow
# them (the photo's warp, asymmetry.TERMS), drawn after everything else.
ASYMMETRIES = 12
LATE_ASYMMETRIES = 5

HAIR_STYLES = ("short", "cropped", "side", "medium", "long", "tied", "bald")
HAIR_COLOURS = ("black", "dark brown", "brown", "auburn", "light brown", "blond")
BEARDS = ("none", "stubble", "moustache", "goatee", "full")
GLASSES = ("none", "thin", "thick", "rimless")


@dataclass(frozen=True)
class Mark:
    """A mole (length 0) or a scar, at face coordinates (x across -1..1, y eye line = 0)."""

    x: float
    y: float
    size: float
    length: float = 0.0
    angle: float = 0.0


@dataclass(frozen=True)
class Identity:
    seed: int
    sex: str  # M or F: sets proportions and which hair styles and beards are likely
    skin: float  # 0 = lightest .. 1 = darkest skin tone
    traits: dict[str, float] = field(hash=False)
    marks: tuple[Mark, ...] = ()
    # Where the head's build lies between the mesh's East Asian and European forms (0..1; dark
    # skin leans towards the African form whatever this says). Like skin, it is the whole head,
    # not a feature an examiner compares, so a look-alike is drawn close to it.
    ancestry: float = 0.5
    # No face is its mirror image: per person, standard normal draws the renderer turns into
    # small left/right differences (one eye or ear a little higher). Empty is a symmetric face.
    asymmetry: tuple[float, ...] = ()

    def draw(self, k: int, amount: float) -> float:
        """The ``k``-th asymmetry draw times ``amount``: 0 for a face drawn with fewer."""
        return self.asymmetry[k] * amount if k < len(self.asymmetry) else 0.0

    def bucket(self, name: str) -> int:
        """The category a categorical trait falls in."""
        n = CATEGORICAL[name]
        return min(n - 1, int(self.traits[name] * n))


@dataclass(frozen=True)
class Look:
    """Everything that may change between two photos of one person."""

    age: float
    hair_style: str
    hair_colour: str
    grey: float  # share of grey hair, 0..1
    beard: str
    glasses: str
    smile: float  # 0 neutral .. 1 a clear smile (passport photos stay near 0)
    yaw: float  # degrees, + turns the face to the viewer's right
    pitch: float
    roll: float
    light_azimuth: float  # degrees, 0 = from the camera, + from the viewer's left
    light_elevation: float
    warmth: float  # -1 cool .. 1 warm light
    background: tuple[float, float, float]  # BGR 0..1
    clothing: tuple[float, float, float]
    blur: float  # pixels of defocus at 400 px height
    noise: float  # sensor noise, 0..1
    jpeg: int  # 0 = none, else quality
    weight: float  # -1 thin .. 1 heavy, around the identity's own build
    distance: float = 1.5  # metres from the camera: a studio's 1.2-2, a booth's arm's length
    # Head height and the face's offset across and down, as shares of the frame's ideal: a
    # studio frames to the rule, a booth's camera wherever the traveller stands.
    framing: tuple[float, float, float] = (1.0, 0.0, 0.0)
    # Make-up, 0 none .. 1 full (mascara, lipstick, a little blush and foundation): the
    # strongest cue that a woman's photo is a woman's after the face's own contrast.
    makeup: float = 0.0
    # The booth's passing expression beyond the smile, each 0..1 (-1..1 for the brows: a
    # slight frown to raised). Kept out of repr: every photo's seeded draws are keyed by
    # repr(look), and a studio portrait (all 0) must keep the pixels it had.
    brows: float = field(default=0.0, repr=False)
    press: float = field(default=0.0, repr=False)  # lips pressed together, thinner
    squint: float = field(default=0.0, repr=False)  # eyes a touch narrower (a hall's glare)


# Of a person drawn with 0, 1, 2 or 3 moles, the chances that none, one or two of them go:
# 42 % show no mole, 32 % one, 20 % two, 7 % three (a third had shown two or three).
MOLES_KEPT = ((1.0,), (0.75, 0.25), (0.6, 0.4), (0.4, 0.6))


def make_identity(seed: object, sex: str = "") -> Identity:
    """A fictional person: the same seed always gives the same person."""
    g = rng("identity", seed)
    if sex not in ("M", "F"):
        sex = "F" if g.random() < 0.5 else "M"
    traits = {name: float(g.beta(2.2, 2.2)) for name in STABLE_TRAITS}
    for name in CATEGORICAL:
        traits[name] = float(g.random())
    skin = float(g.beta(1.3, 1.3))
    marks: list[Mark] = []
    for _ in range(int(g.choice([0, 0, 1, 1, 2, 3]))):
        side = float(g.choice([-1.0, 1.0]))
        marks.append(
            Mark(side * float(g.uniform(0.25, 0.75)), float(g.uniform(-0.3, 1.5)), 0.6 + g.random())
        )
    if g.random() < 0.18:
        marks.append(
            Mark(
                float(g.uniform(-0.7, 0.7)),
                float(g.uniform(-0.8, 1.4)),
                1.0,
                float(g.uniform(0.12, 0.3)),
                float(g.uniform(-60, 60)),
            )
        )
    person = int(g.integers(0, 2**62))
    ancestry = float(g.random())
    # Drawn last so that every earlier draw (and so every existing person) stays as it was.
    asymmetry = tuple(float(x) for x in np.clip(g.normal(0, 1, ASYMMETRIES), -2.5, 2.5))
    # Fewer moles than the count above gives (a third of people had two or three on the face;
    # most people show none to two): some of them dropped, by a draw made after all the rest
    # so that every other trait, and every mole kept, stays as it was.
    moles = [m for m in marks if m.length == 0]
    kept = MOLES_KEPT[len(moles)]
    moles = moles[: len(moles) - int(np.searchsorted(np.cumsum(kept), g.random(), side="right"))]
    marks = [*moles, *(m for m in marks if m.length)]
    # Last of all, so that every person's earlier draws stay as they were.
    asymmetry += tuple(float(x) for x in np.clip(g.normal(0, 1, LATE_ASYMMETRIES), -2.5, 2.5))
    return Identity(person, sex, skin, traits, tuple(marks), ancestry, asymmetry)


def make_look(seed: object, identity: Identity, age: float, studio: bool = True) -> Look:
    """A photo's changeable traits: a passport studio photo, or a live snapshot at a booth."""
    g = rng("look", seed)
    male = identity.sex == "M"
    styles = (
        (0.30, 0.22, 0.18, 0.10, 0.04, 0.04, 0.12)
        if male
        else (0.04, 0.04, 0.12, 0.3, 0.34, 0.16, 0)
    )
    style = str(g.choice(HAIR_STYLES, p=np.array(styles) / sum(styles)))
    dark = identity.skin > 0.55
    colours = (0.55, 0.3, 0.1, 0.02, 0.02, 0.01) if dark else (0.15, 0.25, 0.2, 0.1, 0.15, 0.15)
    beard = "none"
    if male and g.random() < 0.4:
        beard = str(g.choice(BEARDS[1:]))
    look = Look(
        age=age,
        hair_style=style,
        hair_colour=str(g.choice(HAIR_COLOURS, p=np.array(colours) / sum(colours))),
        grey=float(np.clip((age - 38) / 35 + g.normal(0, 0.12), 0, 1)),
        beard=beard,
        glasses=str(g.choice(GLASSES, p=[0.7, 0.12, 0.1, 0.08])) if not studio else "none",
        smile=_smile(g, studio),
        # At a booth people half face the officer, half the lens; its camera sits above or
        # below their eyes, and few hold their head level. A studio's photographer turns the
        # sitter square to the lens (ICAO: within a couple of degrees).
        yaw=_pose(float(g.normal(0, 1)), studio, 1.2, 12.0, 2.0),
        pitch=_pose(float(g.normal(0, 1)), studio, 1.0, 8.0, 1.5),
        roll=_pose(float(g.normal(0, 1)), studio, 1.0, 5.0, 1.0),
        light_azimuth=_azimuth(float(g.normal(0, 1)), studio),
        # A studio's key stands a little above the eyes; a hall's ceiling lights from high up.
        light_elevation=float(g.uniform(20, 40) if studio else g.uniform(42, 62)),
        warmth=float(g.normal(0, 0.15 if studio else 0.5)),
        background=_background(g, studio),
        clothing=_clothing(g),
        # A booth camera is a 2-5 MP sensor a hand's breadth of the face fills: sharp at the
        # size the examiner sees, with some noise under a hall's light and a good JPEG.
        blur=float(g.uniform(0.3, 0.9) if studio else g.uniform(0.35, 0.9)),
        noise=float(g.uniform(0.0, 0.2) if studio else g.uniform(0.05, 0.35)),
        jpeg=0 if studio else int(g.integers(72, 93)),
        weight=float(g.normal(0, 0.25)),
        # A studio's camera stands back with a long lens; a booth's is at arm's length.
        distance=float(g.uniform(1.2, 2.0) if studio else g.uniform(0.5, 0.7)),
        framing=(1.0, 0.0, 0.0) if studio else _booth_framing(g),
        # Drawn last, so that every earlier draw stays as it was.
        makeup=0.0 if male else _makeup(g),
    )
    if studio:
        return look
    # Drawn after everything else, so every earlier draw stays as it was.
    return replace(
        look,
        brows=float(np.clip(g.normal(0, 0.45), -1, 1)),
        press=float(g.uniform(0.3, 1.0)) if g.random() < 0.3 and look.smile < 0.2 else 0.0,
        squint=float(g.uniform(0.2, 1.0)) if g.random() < 0.35 else 0.0,
    )


def _pose(n: float, studio: bool, sd: float, reach: float, least: float) -> float:
    """One angle of the head's pose (degrees) from a standard normal draw ``n``. At a booth
    seldom square: at least ``least`` degrees off, up to ``reach`` (drawn round 0, half the
    booth photos turned by under 4 degrees, and at that a turn does not show)."""
    if studio:
        return float(np.clip(n * sd, -2, 2))
    return float(np.clip(math.copysign(least + abs(n) * reach * 0.45, n), -reach, reach))


def _makeup(g: np.random.Generator) -> float:
    """Most women wear some make-up for an ID photo, a few none: a lined, mascaraed eye and
    some lip colour, seldom more (a passport photo is not an evening out)."""
    return float(g.uniform(0.3, 1.0)) if g.random() < 0.75 else 0.0


def _booth_framing(g: np.random.Generator) -> tuple[float, float, float]:
    """Nobody stands where the booth's frame expects: the face a little larger or smaller and
    off the middle. (Framed like the document, the live photo laid over it gave the answer.)"""
    return (
        float(g.uniform(0.9, 1.08)),
        float(np.clip(g.normal(0, 0.03), -0.06, 0.06)),
        float(np.clip(g.normal(0, 0.02), -0.04, 0.04)),
    )


def _smile(g: np.random.Generator, studio: bool) -> float:
    """Passport rules ask for a neutral face; at a booth some set their mouth, others smile
    a little at the officer (rarely a full smile: the setting is not a cheerful one)."""
    if studio:
        return float(g.uniform(0, 0.15))
    # Up to a half: the mouth is drawn on a neutral head, and a broader smile's folds and
    # lifted corners made a puffed upper lip that read as another person.
    return float(g.uniform(0, 0.12) if g.random() < 0.45 else g.uniform(0.2, 0.45))


def _azimuth(n: float, studio: bool) -> float:
    """Where the key stands across, from a standard normal draw ``n``. A studio sets its key a
    little to one side (light from straight on flattens the face, a strong side light breaks
    the rules of even light): 4 to about 30 degrees either way. A hall's light is wherever
    the nearest ceiling panel is."""
    if not studio:
        return float(np.clip(n * 30, -60, 60))
    return float(np.copysign(4 + min(abs(n) * 10, 26), n))


def _clothing(g: np.random.Generator) -> tuple[float, float, float]:
    base = float(g.uniform(0.06, 0.6))
    tint = g.normal(0, 0.08, 3)
    return tuple(float(np.clip(base + t, 0.03, 0.9)) for t in tint)  # type: ignore[return-value]


def _background(g: np.random.Generator, studio: bool) -> tuple[float, float, float]:
    if studio:  # plain light grey, blue-grey or off-white, as photo rules ask
        base = float(g.uniform(0.78, 0.9))
        tint = float(g.uniform(-0.04, 0.06))
        return (base + tint, base, base - tint * 0.5)
    # A booth's backdrop or the hall's wall: pale and muted, exposed for the face (a strong
    # tint, lifted by the metering for a dark face, read as a studio's coloured paper).
    base = g.uniform(0.45, 0.78)
    return tuple(float(base + c) for c in g.normal(0, 0.03, 3))  # type: ignore[return-value]


def aged(look: Look, years: float, g: np.random.Generator) -> Look:
    """The same person ``years`` later (or earlier), with the hair and build that time brings."""
    age = max(16.0, look.age + years)
    return replace(
        look,
        age=age,
        # Greying starts in the late thirties and then comes fast; most adults put on weight
        # over the years, some lose it: over a passport's ten years both show.
        grey=float(
            np.clip(look.grey + years * (0.02 + 0.025 * (age > 38)) + g.normal(0, 0.05), 0, 1)
        ),
        weight=float(np.clip(look.weight + years / 22 + g.normal(0, 0.18), -1, 1)),
    )


def noticeable(name: str) -> float:
    """How far apart two values of a trait must be to be seen in a photo."""
    return STEPS.get(name, NOTICEABLE)


def differing_features(a: Identity, b: Identity) -> set[str]:
    """The FISWG features in which two people visibly differ (the comparison's truth)."""
    out = set()
    for feature, names in FEATURE_TRAITS.items():
        for name in names:
            if name in CATEGORICAL:
                if a.bucket(name) != b.bucket(name):
                    out.add(feature)
            elif name not in TOO_FINE and abs(a.traits[name] - b.traits[name]) >= noticeable(name):
                out.add(feature)
    if _marks_differ(a.marks, b.marks):
        out.add("marks")
    return out


def _marks_differ(a: tuple[Mark, ...], b: tuple[Mark, ...]) -> bool:
    if len(a) != len(b):
        return True
    return any(not any(abs(m.x - n.x) < 0.12 and abs(m.y - n.y) < 0.12 for n in b) for m in a)
