"""A person's head: Identity traits, sex and skin (for the ancestry mix) and the photo's age
and weight turned into morph-target weights, and the weights into vertices."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from docexam.core.faces.hidden import over_ears
from docexam.core.faces.mesh.asset import F64, Mesh
from docexam.core.faces.mesh.landmarks import VERTICES
from docexam.core.faces.traits import Identity, Look

# (target base, low end, high end, trait, gain); "*" is both sides' l-/r- target. A trait's
# 0..1 runs the slider from -gain to +gain: enough that a noticeable step of the trait moves
# the form it names visibly, short of MakeHuman's caricatures at the ends.
DETAILS: tuple[tuple[str, str, str, str, float], ...] = (
    ("head-scale-vert", "decr", "incr", "face_length", 0.55),
    ("head-scale-horiz", "decr", "incr", "face_width", 0.6),
    ("chin-bones", "decr", "incr", "jaw_width", 1.3),
    ("*cheek-bones", "decr", "incr", "cheekbones", 1.1),
    ("forehead-scale-vert", "decr", "incr", "forehead_height", 0.8),
    ("forehead-trans", "backward", "forward", "brow_ridge", 0.7),
    # (A bar temple to temple: at 0.8 its top end stood 15 mm over the nose's root, and its
    # underside, lit from above, a dark band across the eyes. test_brow_ridge.)
    ("eyebrows-trans", "backward", "forward", "brow_ridge", 0.3),
    ("eyebrows-angle", "down", "up", "brow_tilt", 0.5),
    ("*eye-trans", "in", "out", "eye_spacing", 1.0),
    ("*eye-scale", "decr", "incr", "eye_width", 1.2),
    ("*eye-height2", "decr", "incr", "eye_opening", 0.8),
    ("*eye-corner1", "down", "up", "eye_tilt", 1.8),
    ("nose-scale-vert", "decr", "incr", "nose_length", 1.2),
    ("nose-scale-horiz", "decr", "incr", "nose_width", 0.8),
    ("nose-nostrils-width", "decr", "incr", "nose_width", 0.65),
    ("nose-hump", "decr", "incr", "nose_bridge", 1.1),
    ("nose-point", "down", "up", "nose_tip", 0.8),
    ("*ear-scale", "decr", "incr", "ear_size", 1.0),
    ("*ear-rot", "backward", "forward", "ear_protrusion", 0.9),
    ("*ear-wing", "decr", "incr", "ear_protrusion", 0.6),
    ("*ear-trans", "down", "up", "ear_height", 0.9),
    ("mouth-scale-horiz", "decr", "incr", "mouth_width", 1.1),
    ("mouth-upperlip-volume", "decr", "incr", "lip_upper", 1.0),
    ("mouth-lowerlip-volume", "decr", "incr", "lip_lower", 1.0),
    ("mouth-cupidsbow", "decr", "incr", "cupid_bow", 0.8),
    ("chin-width", "decr", "incr", "chin_width", 1.2),
    ("chin-height", "decr", "incr", "chin_length", 0.8),
)
# The eyes' slider set this far out for everyone: on MakeHuman's base head the eyes stand
# close (between the pupils 0.43 of the face's width at the cheekbones, the inner corners 0.19
# with the drawn eye's span; people: 0.45-0.47 and 0.24-0.25, Farkas's norms), which with the
# drawn eye's length (``geometry.FISSURE``) read as one long almond on every face.
EYE_SPREAD = 0.45
# A face's own asymmetry: (paired target, low end, high end, draw, slider per unit draw).
# One side's slider goes up by the draw times the amount and the other's down as much, so
# a typical person's eyes differ in height by about half a millimetre and their ears by one
# or two, a fraction of a noticeable step of any trait.
ASYMMETRY: tuple[tuple[str, str, str, int, float], ...] = (
    ("eye-corner1", "down", "up", 0, 0.07),  # with corner2: one eye a little higher
    ("eye-corner2", "down", "up", 0, 0.07),
    ("eye-scale", "decr", "incr", 1, 0.04),
    ("eye-height2", "decr", "incr", 2, 0.06),
    ("ear-trans", "down", "up", 3, 0.08),
    ("ear-rot", "backward", "forward", 4, 0.1),
    ("ear-wing", "decr", "incr", 5, 0.08),
    ("cheek-bones", "decr", "incr", 6, 0.08),
    ("cheek-volume", "decr", "incr", 7, 0.08),
)
RACES = ("african", "asian", "caucasian")
# The nose's tip a little off the midline: (draw, decimetres sideways per unit draw), about a
# millimetre for a typical person. MakeHuman has no target for it.
NOSE_SKEW = (9, 0.012)


def nose_skew(who: Identity) -> float:
    """How far (decimetres, towards the sitter's left) ``who``'s nose tip stands off the
    midline."""
    return who.draw(*NOSE_SKEW)


def skewed(mesh: Mesh, v: F64, shift: float) -> F64:
    """``v`` with the nose's tip and columella moved ``shift`` decimetres sideways, the
    bridge and the alae' bases staying put (a tip off the midline, not a nose moved)."""
    if not shift:
        return v
    p, front = _placed(mesh, v)
    tip = p["nose_tip"]
    d2 = ((v[:, 0] - tip[0]) / 0.09) ** 2 + ((v[:, 1] - tip[1]) / 0.1) ** 2
    near = np.exp(-0.5 * d2) * (v[:, 2] > tip[2] - 0.3) * front
    out = v.copy()
    out[:, 0] += shift * near
    return out


def ancestry(who: Identity) -> dict[str, float]:
    """The three MakeHuman ancestry targets' shares: dark skin leans African, the rest is
    split by the person's own ``ancestry`` (so two people of one skin tone do not share one
    skull, and a look-alike's build is drawn close to the holder's). Most people are mostly
    one build: a linear split gave nearly everyone a part-East-Asian face."""
    african = float(np.clip((who.skin - 0.45) / 0.4, 0, 1))
    t = float(np.clip((who.ancestry - 0.4) / 0.5, 0, 1))
    asian = t * t * (3 - 2 * t) * (1 - african)
    return {"african": african, "asian": asian, "caucasian": 1 - african - asian}


def weights(who: Identity, look: Look) -> dict[str, float]:
    """Target name -> weight for ``who`` photographed with ``look``."""
    tr = who.traits
    out: dict[str, float] = {}

    def add(name: str, w: float) -> None:
        if w:
            out[name] = out.get(name, 0.0) + w

    male = 0.95 if who.sex == "M" else 0.05
    sexes = {"female": 1 - male, "male": male}
    old = float(np.clip((look.age - 25) / 65, 0, 1))  # MakeHuman's young is 25, old 90
    ages = {"young": 1 - old, "old": old}
    for race, rw in ancestry(who).items():
        for sex, sw in sexes.items():
            for age, aw in ages.items():
                add(f"{race}-{sex}-{age}", rw * sw * aw)
    heavy = float(np.clip(0.5 * look.weight, -1, 1))
    lean = float(np.clip(0.3 * (tr["cheekbones"] - 0.5) * 2, -1, 1)) if male > 0.5 else 0.0
    for sex, sw in sexes.items():
        for age, aw in ages.items():
            pre = f"universal-{sex}-{age}-"
            add(
                pre + ("averagemuscle-maxweight" if heavy > 0 else "averagemuscle-minweight"),
                sw * aw * abs(heavy),
            )
            add(
                pre + ("maxmuscle-averageweight" if lean > 0 else "minmuscle-averageweight"),
                sw * aw * abs(lean),
            )
    # Sliders, not weights, add up: a side's "up" and "down" halves of one slider cancel.
    sliders: dict[tuple[str, str, str], float] = {}
    for side in ("l-", "r-"):
        sliders[(side + "eye-trans", "in", "out")] = EYE_SPREAD
    for base, lo, hi, trait, gain in DETAILS:
        for side in ("l-", "r-") if base.startswith("*") else ("",):
            key = (side + base.lstrip("*"), lo, hi)
            sliders[key] = sliders.get(key, 0.0) + (tr[trait] - 0.5) * 2 * gain
    for base, lo, hi, k, amount in ASYMMETRY:
        for side, sign in (("l-", 1), ("r-", -1)):
            key = (side + base, lo, hi)
            sliders[key] = sliders.get(key, 0.0) + sign * who.draw(k, amount)
    for (name, lo, hi), val in sliders.items():
        add(f"{name}-{hi if val > 0 else lo}", abs(val))
    # Categories are forms, not amounts: a free lobe hangs, an attached one runs into the cheek.
    # (Not under hair worn over the ears: the ears are not drawn, and the lobe's pull on the
    # head's side beside them showed through the hair's shading.)
    lobe = 0.7 if who.bucket("ear_lobe") else -0.7
    for side in ("l-", "r-") if not over_ears(who, look) else ():
        add(f"{side}ear-lobe-{'incr' if lobe > 0 else 'decr'}", abs(lobe))
    if who.bucket("chin_cleft"):
        add("chin-cleft-incr", 0.9)
    return out


def vertices(mesh: Mesh, w: dict[str, float]) -> F64:
    """The head the target weights ``w`` make, with the bones under the skin (``bones``)."""
    v = mesh.v0.copy()
    for name, weight in sorted(w.items()):
        if name in mesh.targets:
            idx, d = mesh.targets[name]
            v[idx] += weight * d
    return bones(mesh, v, w)


# The bony forms the skin lies over, decimetres forward at full strength.
# MakeHuman's base face is an average of many, and an average's cheeks and temples are
# smooth: lit by a passport studio's soft lamp it read as a mask with no skull under it.
MALAR = 0.05  # the cheekbone's top, forward under the eye's outer half
SUBMALAR = 0.05  # the hollow under it, in front of the masseter
TEMPLE = 0.04  # the temporal fossa behind the forehead's edge
FRONTAL = 0.012  # the forehead's two gentle bosses
DORSUM = 0.025  # the nasal bones' ridge, its sides falling away
MENTAL = 0.03  # the chin's ball (the mentalis over the mental protuberance)


def _share(w: dict[str, float], ends: tuple[str, ...]) -> float:
    return sum(x for k, x in w.items() if k.endswith(ends))


def bones(mesh: Mesh, v: F64, w: dict[str, float]) -> F64:
    """``v`` with the skull's forms under the face: cheekbones over a hollow, temples, the
    forehead's bosses, the nose's bony ridge, the chin's ball. How deep the hollows lie is
    read from ``w``: fat fills them (the weight targets), age and a lean build empty them."""
    old = _share(w, ("-old",)) / max(_share(w, ("-old", "-young")), 1e-6)
    heavy = _share(w, ("-maxweight",)) - _share(w, ("-minweight",))
    lean = _share(w, ("maxmuscle-averageweight",)) - _share(w, ("minmuscle-averageweight",))
    cheek = (_share(w, ("cheek-bones-incr",)) - _share(w, ("cheek-bones-decr",))) / 2
    hollow = float(np.clip(0.7 + 0.5 * old + 0.5 * lean - 0.9 * heavy + 0.15 * cheek, 0.15, 1.4))
    p, front = _placed(mesh, v)
    x, y = v[:, 0], v[:, 1]
    eye = (p["pupil_r"] + p["pupil_l"]) / 2
    corner = (abs(p["eye_out_r"][0]) + abs(p["eye_out_l"][0])) / 2
    tip, chin = p["nose_tip"], p["chin"]
    drop = eye[1] - tip[1]  # the nose's length sets the cheek's heights

    def bump(cx: float, cy: float, sx: float, sy: float) -> F64:
        return np.exp(-0.5 * (((np.abs(x) - cx) / sx) ** 2 + ((y - cy) / sy) ** 2))

    lift = MALAR * (1 + 0.3 * cheek) * bump(0.8 * corner, eye[1] - 0.5 * drop, 0.14, 0.075)
    lift -= SUBMALAR * hollow * bump(0.78 * corner, tip[1] - 0.55 * drop, 0.1, 0.1)
    lift -= TEMPLE * (0.6 + 0.4 * hollow) * bump(1.12 * corner, eye[1] + 0.75 * drop, 0.09, 0.14)
    lift += FRONTAL * bump(0.45 * corner, eye[1] + 1.1 * drop, 0.16, 0.18)
    lift += MENTAL * np.exp(-0.5 * ((x / 0.11) ** 2 + ((y - chin[1] - 0.12) / 0.08) ** 2))
    # The ridge between the root and the tip, a narrow band: the side walls turn away from it
    # at a definite line, as the nasal bones' edges make them.
    t = np.clip((eye[1] - y) / max(drop, 1e-3), 0, 1)
    along = np.sin(np.pi * np.clip(t * 1.15, 0, 1))
    walls = np.exp(-0.5 * ((np.abs(x) - 0.1) / 0.03) ** 2)
    lift += DORSUM * along * (np.exp(-0.5 * (x / 0.035) ** 2) - 0.6 * walls)
    # Towards the camera only: along the normals the cheeks' and temples' sides moved the
    # head's outline, which the layout, the hair and the beard are measured from.
    out = v.copy()
    out[:, 2] += lift * front
    return out


# A smile in the mesh, decimetres at a full smile (``Look.smile`` 1): the corners drawn out,
# up and back by the zygomaticus, the cheeks' fat pushed up and forward over the fold it
# deepens. MakeHuman's base targets have no expressions; without it a smile was painted
# lips bent on a neutral face.
SMILE_CORNER = (0.05, 0.08, -0.03)  # out, up, back
SMILE_CHEEK = (0.015, 0.05, 0.08)  # out, up, forward
SMILE_REACH = (0.075, 0.11)  # the corner's and the cheek's spread


def expression(mesh: Mesh, v: F64, smile: float) -> F64:
    """``v`` (a morphed head) smiling by ``smile``. Placed from its own mouth's corners, so a
    wide or a narrow mouth smiles from where its corners are."""
    if smile <= 0:
        return v
    # Only the face's front: the ears and the skull behind stay put.
    front = smile * np.clip((mesh.v0[:, 2] - 0.95) / 0.25, 0, 1)
    out = v.copy()
    for name, side in (("mouth_r", -1.0), ("mouth_l", 1.0)):
        cx, cy, _ = v[mesh.vertex(VERTICES[name])]
        sign = np.array([side, 1.0, 1.0])
        for (dx, dy), move, reach in (
            ((0.0, 0.0), SMILE_CORNER, SMILE_REACH[0]),
            ((0.2, 0.2), SMILE_CHEEK, SMILE_REACH[1]),
        ):
            d2 = (v[:, 0] - cx - side * dx) ** 2 + (v[:, 1] - cy - dy) ** 2
            g = front * np.exp(-0.5 * d2 / reach**2)
            out += g[:, None] * (np.asarray(move) * sign)[None, :]
    return out


# Sexual dimorphism beyond MakeHuman's male and female targets, decimetres for a man (a woman
# takes the negative): the targets differ mostly behind the face and in the neck, and with
# the head framed crown to chin a woman's smaller face scaled up to a man's width. What a
# viewer reads as male is a wider, squarer jaw, a broad tall chin, a brow ridge standing out
# over deeper eyes and a larger nose; as female a jaw tapering to a narrow, rounded chin, a
# smooth brow and a smaller nose.
WIDTH = 0.02  # share of the head's width, everywhere
JAW_SPREAD = 0.06  # share of the half width added at the jaw's angle
CHIN_SPREAD = 0.12  # the same at the chin
CHIN_DROP = 0.025  # a man's chin lower, a woman's higher
BROW_RIDGE = 0.03  # forward, over the eyes and between them
NOSE_SCALE = 0.07  # share larger about the nose's middle


def _placed(mesh: Mesh, v: F64) -> tuple[dict[str, F64], F64]:
    """The morphed head's landmarks, and how much each vertex is the face's front (0 at the
    skull's back and the ears, 1 from the cheeks forward): the forms below move only that."""
    points = {k: v[mesh.vertex(i)] for k, i in VERTICES.items()}
    return points, np.clip((mesh.v0[:, 2] - 0.6) / 0.3, 0, 1)


def dimorphism(mesh: Mesh, v: F64, male: bool) -> F64:
    """``v`` with the face's sex-typical forms (above) added for a man or a woman. Placed
    from the morphed head's own landmarks, so each person's jaw and nose keep their traits."""
    s = 1.0 if male else -1.0
    p, front = _placed(mesh, v)
    x, y, z = v[:, 0], v[:, 1], v[:, 2]
    out = v.copy()
    out[:, 0] *= 1 + s * WIDTH
    chin, mouth, nose = p["chin"][1], p["mouth_r"][1], p["subnasale"][1]
    gonion = (p["gonion_r"] + p["gonion_l"]) / 2
    # The jaw: widest change at the angle's height, none above the nose or past the chin's
    # underside (the neck under it is drawn from the layout).
    band = np.exp(-0.5 * ((y - gonion[1]) / (0.45 * (nose - chin))) ** 2) * (y > chin - 0.3)
    side = np.clip(np.abs(x) / max(abs(gonion[0]), 1e-3), 0, 1) ** 1.5
    out[:, 0] += s * JAW_SPREAD * x * band * side * front
    # The chin: broader and lower, or narrower and higher.
    d2 = (x / 0.3) ** 2 + ((y - chin - 0.05) / 0.22) ** 2
    g = np.exp(-0.5 * d2) * front
    out[:, 0] += s * CHIN_SPREAD * x * g
    out[:, 1] -= s * CHIN_DROP * g * np.clip((mouth - y) / (mouth - chin), 0, 1)
    # The brow ridge over each eye and the glabella between them.
    eye = (p["pupil_r"] + p["pupil_l"]) / 2
    ridge = np.zeros(len(v))
    for cx in (p["pupil_r"][0], 0.0, p["pupil_l"][0]):
        ridge = np.maximum(
            ridge, np.exp(-0.5 * (((x - cx) / 0.2) ** 2 + ((y - eye[1] - 0.2) / 0.1) ** 2))
        )
    out[:, 2] += s * BROW_RIDGE * ridge * front * (z > eye[2] - 0.3)
    # The nose about its middle, between the wings and below the tip.
    mid = (p["nose_tip"] + p["ala_r"] + p["ala_l"] + p["subnasale"]) / 4
    d2 = ((x - mid[0]) / 0.28) ** 2 + ((y - mid[1]) / 0.3) ** 2
    near = np.exp(-0.5 * d2) * (z > mid[2] - 0.35) * front
    out += (s * NOSE_SCALE * near)[:, None] * (v - mid) * np.array([1.0, 0.6, 1.0])
    return _mouth_kept(mesh, p, out)


def _mouth_kept(mesh: Mesh, before: dict[str, F64], after: F64) -> F64:
    """``after`` with the mouth as wide as at the landmarks ``before``, against the pupils'
    distance: the jaw's, chin's and nose's spreads reached its corners, and a man's mouth came
    out 0.95 of the distance between his pupils, a woman's 0.80, where people's are about
    0.85 and 0.84 (Farkas: 53 and 50 mm; the same share of the face for both sexes). A
    sideways squeeze (or spread) across the lips, fading over the mouth's surround."""
    p, front = _placed(mesh, after)

    def span(q: dict[str, F64], a: str, b: str) -> float:
        return abs(float(q[b][0] - q[a][0]))

    grow = span(p, "pupil_r", "pupil_l") / span(before, "pupil_r", "pupil_l")
    back = grow * span(before, "mouth_r", "mouth_l") / span(p, "mouth_r", "mouth_l") - 1
    x, y = after[:, 0], after[:, 1]
    corner = (abs(p["mouth_l"][0]) + abs(p["mouth_r"][0])) / 2
    mouth_y = (p["mouth_l"][1] + p["mouth_r"][1]) / 2
    # The lips and the skin just round them only: reaching the nose's wings (a man's nose
    # came out no wider than a woman's) or the cheek's hollow (flattened) moved their forms.
    up = 0.35 * max(float(p["subnasale"][1] - mouth_y), 0.05)
    dy = (y - mouth_y) / np.where(y > mouth_y, up, 0.12)
    dx = np.clip(np.abs(x) - corner, 0, None) / 0.12
    bump = np.exp(-0.5 * (dx**2 + dy**2))
    out = after.copy()
    out[:, 0] += back * x * bump * front
    return out


# Forms of the three builds beyond MakeHuman's blend, seen from the front (decimetres or
# shares, at a full share of the build): MakeHuman's ancestry targets differ mostly in the
# skull's profile, which a frontal photo does not show, and left one face for all three.
# The nose's width is mostly the targets' own: they widen it as people's differ, against the
# distance between the pupils African about 1.25 of European (Farkas's North American whites, a
# Kenyan series), and a further quarter for the African build made its nose 0.81 of that
# distance, people's 0.64-0.66. Only the Asian female target leaves it as a European woman's,
# where a Han woman's alae span about 1.05 of a North American's against the pupils (1.17
# against the face's width, 35.5 and 31.4 mm): the Asian build keeps its own width, the others
# are narrowed a little, to the norms' 0.53-0.56 of the pupils' distance for Europeans. The
# change reaches the alae's half span out: at 3 cm it moved the cheeks beside the nose too,
# and an African build's cheeks were stretched sideways flat.
NOSE_WIDTH = {"african": -0.056, "asian": 0.0, "caucasian": -0.056}  # share of the alae's span
BRIDGE = {"african": -0.02, "asian": -0.05, "caucasian": 0.03}  # the dorsum forward
CHEEKS = {"african": 0.0, "asian": 0.06, "caucasian": -0.015}  # share at the cheekbones
LIPS = {"african": 0.025, "asian": 0.0, "caucasian": -0.01}  # the lips forward


def build_forms(mesh: Mesh, v: F64, shares: dict[str, float]) -> F64:
    """``v`` with the builds' frontal forms (above) mixed by ``shares`` (``ancestry()``):
    the nose's width and bridge, the cheekbones' breadth and the lips' fullness. Each is a
    share of the person's own form or a shift of it, so the traits' steps stay as they were."""

    def mix(table: dict[str, float]) -> float:
        return sum(table[k] * w for k, w in shares.items())

    p, front = _placed(mesh, v)
    x, y, z = v[:, 0], v[:, 1], v[:, 2]
    out = v.copy()
    # The alae and the nose's base spread sideways about the midline.
    ala = (p["ala_r"] + p["ala_l"]) / 2
    d2 = (x / 0.17) ** 2 + ((y - ala[1]) / 0.12) ** 2
    out[:, 0] += mix(NOSE_WIDTH) * x * np.exp(-0.5 * d2) * (z > ala[2] - 0.3) * front
    # The bridge between the eyes and above the tip, forward or back.
    eye = (p["pupil_r"] + p["pupil_l"]) / 2
    tip = p["nose_tip"]
    t = np.clip((eye[1] - y) / max(eye[1] - tip[1], 1e-3), 0, 1)
    along = np.sin(np.pi * np.clip(t * 1.1, 0, 1)) * (y < eye[1] + 0.1)
    out[:, 2] += mix(BRIDGE) * along * np.exp(-0.5 * (x / 0.1) ** 2) * front
    # The cheekbones wider about the middle, at their height.
    cheek = np.exp(-0.5 * ((y - (eye[1] + tip[1]) / 2) / 0.35) ** 2)
    out[:, 0] += mix(CHEEKS) * x * cheek * front
    # The lips, fuller: forward round the mouth's middle.
    mouth = p["stomion"]
    d2 = (x / 0.28) ** 2 + ((y - mouth[1]) / 0.12) ** 2
    out[:, 2] += mix(LIPS) * np.exp(-0.5 * d2) * front * (z > mouth[2] - 0.25)
    return out


# The jaw's angle (gonion) in a frontal photo: the ramus runs nearly straight down from the
# cheekbones to it, the lower border turns there towards the chin. MakeHuman's base jaw (an
# average of many) is one long taper from the cheekbones to the chin with no angle anywhere,
# and every head had that one template. Shares of the eye-to-chin height and of the
# cheekbones' half width.
JAW_ANGLE = 0.76  # the angle's row below the eyes
JAW_ANGLE_MALE = 0.04  # a man's lower (a taller ramus), a woman's higher by as much
JAW_TOP = 0.42  # where the widening starts (about the nose's base)
JAW_INNER = 0.45  # lateral of this share of the cheekbones only: the mouth and chin stay
JAW_STRETCH = 0.9  # the most the lateral cheek is stretched at the angle


def jaw_angle(male: bool) -> float:
    """The jaw's angle's row, a share of the eye-to-chin height below the eyes."""
    return JAW_ANGLE + (JAW_ANGLE_MALE if male else -JAW_ANGLE_MALE) / 2


def jaw_ratio(who: Identity, weight: float) -> float:
    """The jaw's width at its angle over the cheekbones' (people: 0.8 to 1.0, a man's wider):
    the ``jaw_width`` trait's, a square jaw near the cheekbones' width, a tapered one well
    inside them; fuller with weight. Face-shape traits only, so the look-alikes a key calls
    alike in face shape share it."""
    tr = who.traits
    male = who.sex == "M"
    r = 0.85 + 0.22 * (tr["jaw_width"] - 0.5) + 0.05 * (tr["face_width"] - 0.5)
    r += (0.04 if male else -0.04) + 0.03 * weight
    return float(np.clip(r, 0.72, 1.0))


def jaw_sharpness(who: Identity) -> float:
    """How sharply the outline turns at the jaw's angle, 0 (a rounded, heart-shaped jaw) to 1
    (a square one): wide jaws under narrow cheekbones turn sharply, a man's more."""
    tr = who.traits
    s = 0.45 + 0.7 * (tr["jaw_width"] - 0.5) - 0.25 * (tr["cheekbones"] - 0.5)
    return float(np.clip(s + (0.15 if who.sex == "M" else -0.05), 0, 1))


LOBE_FREE_DM = 0.1  # how far under the nose's base an ear's lobe may hang as its traits say
LOBE_MOST_DM = 0.16  # the furthest it comes however low they set it, approached softly
EAR_CARRY_DM = 0.15  # how far round the ear the head's side is lifted with it


def seat_ears(mesh: Mesh, v: F64) -> F64:
    """``v`` with an ear set too low lifted: a lobe hangs about level with the nose's base,
    in older people up to a centimetre or so below it. The ear's traits, the build's, sex's
    and age's targets and a hanging lobe each lower it a little, and together set one in ten
    lobes 1.6 cm or more under the nose's base, a few over 3 cm, down by the jaw's angle:
    there its outline joined the jaw's in a flare level with the mouth, ear and jaw one bat's
    wing. Past ``LOBE_FREE_DM`` the drop is eased towards ``LOBE_MOST_DM`` (lower ears stay
    lower: their order, which the comparison's truth reads from the traits, is kept)."""
    flap, near = _ear_flaps(mesh)
    carry = _fade(near, EAR_CARRY_DM)
    base = v[mesh.vertex(VERTICES["subnasale"]), 1]
    room = LOBE_MOST_DM - LOBE_FREE_DM
    out = v
    for side in (-1.0, 1.0):
        on = np.sign(mesh.v0[:, 0]) == side
        drop = float(base - v[flap & on, 1].min())
        if drop <= LOBE_FREE_DM:
            continue
        want = LOBE_FREE_DM + room * float(np.tanh((drop - LOBE_FREE_DM) / room))
        out = out.copy() if out is v else out
        out[:, 1] += (drop - want) * carry * on
    return out


_EARS: dict[int, tuple[npt.NDArray[np.bool_], F64]] = {}  # by the mesh's id (it holds arrays)


def _ear_flaps(mesh: Mesh) -> tuple[npt.NDArray[np.bool_], F64]:
    """The ears' flaps (what their wing targets move: not the broad patch of the head's side
    their size targets move too), and each vertex's distance from them (decimetres; infinite
    beyond ``EAR_CARRY_DM`` of their box, where nothing reads it)."""
    if id(mesh) not in _EARS:
        flap = np.zeros(len(mesh.v0), bool)
        for side in "lr":
            idx, d = mesh.targets[f"{side}-ear-wing-incr"]
            size = np.linalg.norm(d, axis=1)
            flap[idx[size > 0.1 * size.max()]] = True
        ear = mesh.v0[flap]
        near = np.full(len(mesh.v0), np.inf)
        # Only vertices near an ear's box are measured (the rest are far from every ear):
        # every vertex against every ear vertex took 0.4 s at the first portrait.
        both = np.abs(mesh.v0) * [1, 0, 0] + mesh.v0 * [0, 1, 1]  # (x mirrored: both ears)
        flaps = both[flap]
        lo, hi = flaps.min(axis=0) - EAR_CARRY_DM, flaps.max(axis=0) + EAR_CARRY_DM
        idx = np.flatnonzero(((both >= lo) & (both <= hi)).all(axis=1))
        for k in range(0, len(ear), 256):  # (in blocks)
            d2 = ((mesh.v0[idx, None, :] - ear[None, k : k + 256, :]) ** 2).sum(axis=2)
            near[idx] = np.minimum(near[idx], np.sqrt(d2.min(axis=1)))
        _EARS[id(mesh)] = (flap, near)
    return _EARS[id(mesh)]


def _fade(near: F64, reach: float) -> F64:
    """1 at 0, easing to 0 at ``reach``."""
    t = np.clip(1 - near / reach, 0, 1)
    return t * t * (3 - 2 * t)


def jaw_form(mesh: Mesh, v: F64, who: Identity, weight: float, head: F64, ear: F64) -> F64:
    """``v`` with the head's outline below the cheekbones redrawn: down to the jaw's angle
    (``jaw_angle``) it reaches ``jaw_ratio`` of the cheekbones' width, then the lower border
    runs in to the chin, straight from a sharp corner or curving from a rounded one
    (``jaw_sharpness``). The base head's underside of the jaw hung low and wide behind the
    face's front, a U as wide as the neck under it: it is drawn in behind the border too.
    Only the sides move (beyond ``JAW_INNER`` of the cheekbones' half width, stretched or
    drawn in), and not the ears (``ear``, and ``head`` the head's share, both per vertex)."""
    p, _ = _placed(mesh, v)
    corner = jaw_angle(who.sex == "M")
    eye = (p["pupil_r"][1] + p["pupil_l"][1]) / 2
    height = eye - p["chin"][1]
    if height <= 0:
        return v
    x, f = v[:, 0], (eye - v[:, 1]) / height
    own = (head > 0.5) & (ear < 0.5)
    grid = np.arange(0.0, 1.3, 0.02)
    front = np.array([_widest(x, f, own & (mesh.v0[:, 2] > 0.725), g) for g in grid])
    now = np.array([_widest(x, f, own, g) for g in grid])
    wz = float(front[grid < JAW_TOP].max())
    if wz <= 0:
        return v

    # Under the chin the drawn-in band reaches further in: the chin's underside rounds off.
    def inner(at: F64) -> F64:
        return wz * (JAW_INNER - 0.2 * np.clip((at - 0.9) / 0.15, 0, 1))

    # Above the angle a ramus: nearly a straight run from the cheek (at JAW_TOP) to the
    # angle's width, with a little of the person's own outline; below it the lower border
    # from the angle to the chin's side at the chin's row, and under that in to the chin's
    # middle.
    at = float(np.interp(corner, grid, now))
    # (A jaw already wider there keeps its width: drawn in, the heavier faces' and the men's
    # wider jaws came out narrower than the lighter ones'.)
    angle = max(jaw_ratio(who, weight) * wz, at)
    cheek = float(np.interp(JAW_TOP, grid, now))
    lift = max(angle - at, 0.0)
    up = np.clip((grid - JAW_TOP) / (corner - JAW_TOP), 0, 1)
    shifted = now + (angle - at) * up
    line = cheek + (angle - cheek) * up
    # Eased in from JAW_TOP: begun at once, the stretch's kink there drew a ridge in the
    # light down the cheek.
    ease = up * up * (3 - 2 * up)
    want = now + (0.3 * shifted + 0.7 * line - now) * ease
    chin = abs(p["chin_r"][0] - p["chin_l"][0]) / 2
    t = np.clip((grid - corner) / (1 - corner), 0, 1)
    border = angle + (chin - angle) * t
    border = np.where(grid > 1, chin * np.clip(1 - (grid - 1) / 0.12, 0, 1), border)
    want = np.where(grid > corner, np.minimum(border, now + lift), want)
    # The corner rounded about the angle, the less the sharper the jaw (a rounding that only
    # kept the width below the angle made every rounded jaw a wide one).
    sigma = (0.015 + 0.05 * (1 - jaw_sharpness(who))) / (grid[1] - grid[0])
    near = np.abs(grid - corner) < 0.2
    want = np.where(near, _smoothed(want, sigma), want)
    floor = inner(grid)
    scale = np.where(now > floor + 1e-3, (want - floor) / np.maximum(now - floor, 1e-3), 1.0)
    scale = np.clip(scale, 0.0, 1 + JAW_STRETCH)
    k = np.interp(f, grid, scale, left=1.0, right=float(scale[-1])) - 1
    # The neck's top goes in with the jaw's underside it joins, less and less down to a
    # little under the chin: left where it was, the triangles between them drew the
    # silhouette out halfway to it, the U again.
    k *= np.where(own, 1.0, np.clip((1.15 - f) / 0.25, 0, 1))
    out = v.copy()
    beyond = np.maximum(np.abs(x) - inner(f), 0)
    out[:, 0] += np.sign(x) * beyond * k * (1 - ear)
    return out


def _smoothed(a: F64, sigma: float) -> F64:
    r = int(3 * sigma) + 1
    g = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    padded = np.pad(a, r, mode="edge")
    return np.convolve(padded, g / g.sum(), mode="valid")


def _widest(x: F64, f: F64, seen: npt.NDArray[np.bool_], at: float) -> float:
    near = seen & (np.abs(f - at) < 0.025)
    return float(np.abs(x[near]).max()) if near.any() else 0.0
