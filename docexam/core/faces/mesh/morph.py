"""A person's head: Identity traits, sex and skin (for the ancestry mix) and the photo's age
and weight turned into morph-target weights, and the weights into vertices."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.mesh.asset import F64, Mesh
from docexam.core.faces.traits import Identity, Look

# (target base, low end, high end, trait, gain); "*" is both sides' l-/r- target. A trait's
# 0..1 runs the slider from -gain to +gain: enough that a noticeable step of the trait moves
# the form it names visibly, short of MakeHuman's caricatures at the ends.
DETAILS: tuple[tuple[str, str, str, str, float], ...] = (
    ("head-scale-vert", "decr", "incr", "face_length", 0.5),
    ("head-scale-horiz", "decr", "incr", "face_width", 0.5),
    ("chin-bones", "decr", "incr", "jaw_width", 0.8),
    ("*cheek-bones", "decr", "incr", "cheekbones", 0.8),
    ("forehead-scale-vert", "decr", "incr", "forehead_height", 0.8),
    ("forehead-trans", "backward", "forward", "brow_ridge", 0.5),
    ("eyebrows-trans", "backward", "forward", "brow_ridge", 0.6),
    ("eyebrows-angle", "down", "up", "brow_tilt", 0.5),
    ("*eye-trans", "in", "out", "eye_spacing", 0.6),
    ("*eye-scale", "decr", "incr", "eye_width", 0.5),
    ("*eye-height2", "decr", "incr", "eye_opening", 0.8),
    ("*eye-corner1", "down", "up", "eye_tilt", 0.6),
    ("nose-scale-vert", "decr", "incr", "nose_length", 0.8),
    ("nose-scale-horiz", "decr", "incr", "nose_width", 0.6),
    ("nose-nostrils-width", "decr", "incr", "nose_width", 0.5),
    ("nose-hump", "decr", "incr", "nose_bridge", 0.8),
    ("nose-point", "down", "up", "nose_tip", 0.6),
    ("*ear-scale", "decr", "incr", "ear_size", 0.8),
    ("*ear-rot", "backward", "forward", "ear_protrusion", 0.9),
    ("*ear-wing", "decr", "incr", "ear_protrusion", 0.6),
    ("*ear-trans", "down", "up", "ear_height", 0.6),
    ("mouth-scale-horiz", "decr", "incr", "mouth_width", 0.6),
    ("mouth-upperlip-volume", "decr", "incr", "lip_upper", 0.8),
    ("mouth-lowerlip-volume", "decr", "incr", "lip_lower", 0.8),
    ("mouth-cupidsbow", "decr", "incr", "cupid_bow", 0.8),
    ("chin-width", "decr", "incr", "chin_width", 0.8),
    ("chin-height", "decr", "incr", "chin_length", 0.8),
)
RACES = ("african", "asian", "caucasian")


def ancestry(who: Identity) -> dict[str, float]:
    """The three MakeHuman ancestry targets' shares: dark skin leans African, the rest is
    split by the person's own ``ancestry`` (so two people of one skin tone do not share one
    skull, and a look-alike's build is drawn close to the holder's)."""
    african = float(np.clip((who.skin - 0.45) / 0.4, 0, 1))
    asian = 0.8 * who.ancestry * (1 - african)
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
    for base, lo, hi, trait, gain in DETAILS:
        val = (tr[trait] - 0.5) * 2 * gain
        for side in ("l-", "r-") if base.startswith("*") else ("",):
            add(f"{side}{base.lstrip('*')}-{hi if val > 0 else lo}", abs(val))
    # Categories are forms, not amounts: a free lobe hangs, an attached one runs into the cheek.
    lobe = 0.7 if who.bucket("ear_lobe") else -0.7
    for side in ("l-", "r-"):
        add(f"{side}ear-lobe-{'incr' if lobe > 0 else 'decr'}", abs(lobe))
    if who.bucket("chin_cleft"):
        add("chin-cleft-incr", 0.9)
    return out


def vertices(mesh: Mesh, w: dict[str, float]) -> F64:
    v = mesh.v0.copy()
    for name, weight in sorted(w.items()):
        if name in mesh.targets:
            idx, d = mesh.targets[name]
            v[idx] += weight * d
    return v
