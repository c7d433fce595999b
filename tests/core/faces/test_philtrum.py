"""The philtrum is each person's own: a groove between two ridges from the nose's base to the
cupid's bow, marked on some people and nearly flat on others. Generator 32 painted one groove
on everyone (ridges and groove of one depth, spaced by the mouth's width alone): over twenty
holders the groove showed in the portrait (the ridges over the groove's middle, median 13.6
levels), but its depth was the nose's shadow's and the light's, not the person's, and a mouth
with a sharp cupid's bow had the same groove above it as a flat one.

Measured in the document portrait (420 x 540) of each of ten holders photographed alike
(facing the camera square, bare-faced, at one age, weight and light): the horizontal profile
across the lower half of the philtrum (above the bow's peaks; where the nose's shadow has
faded), less its broad curve (a parabola over the mouth's width), the ridges' level (the
brightest column each side) over the groove's middle. Each person twice, as a mouth with a
flat bow and a thinner upper lip and as one with a sharp bow (the mouth's traits at a
quarter and three quarters): the columns end in the bow's peaks, and a sharp bow comes with
marked columns and a deep groove, a flat bow with a shallow one (the lip-philtrum guides used
to score a philtrum's smoothness rank a normal population's over three or four visible
steps). Generator 32: the groove 2.3 levels shallower over the sharp bow than over the flat
one (median of ten; the grooves 9.3-23.4 levels, the nose's and the light's)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import numpy as np

from docexam.core.faces import lips
from docexam.core.faces.geometry import WORK_HEIGHT, layout
from docexam.core.faces.markseen import luma
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, Look
from tests.core.faces.conftest import in_one_light

W, H = 420, 540  # a document's portrait
WU = round(WORK_HEIGHT * W / H)
S = H / WORK_HEIGHT
PEOPLE = 10


def _person(s: int, bow: float) -> tuple[Identity, Look]:
    who, look = in_one_light(s)
    return replace(who, traits={**who.traits, "cupid_bow": bow, "lip_upper": 1 - bow}), look


@cache
def _groove(s: int, bow: float) -> float:
    """The philtrum's ridges over its groove's middle (levels), across its lower half."""
    who, look = _person(s, bow)
    lum = luma(render(who, look, W, H)).astype(np.float32)
    fg = layout(who, look, WU, WORK_HEIGHT)
    o = lips.outline(fg, who, look)
    mx, base, half = o.mx * S, fg.nose * S, fg.mouth_w * S
    peaks = float(o.upper[:, 1].min()) * S
    xs = np.arange(W) - mx
    prof = lum[int(base + 0.55 * (peaks - base)) : int(peaks - 0.04 * half) + 1].mean(axis=0)
    near = np.abs(xs) < 0.6 * half
    flat = prof - np.polyval(np.polyfit(xs[near], prof[near], 2), xs)
    ridges = [
        float(flat[(sg * xs > 0.06 * half) & (sg * xs < 0.45 * half)].max()) for sg in (-1, 1)
    ]
    return float(np.mean(ridges) - flat[np.abs(xs) < 0.04 * half].mean())


def test_a_sharp_bow_has_a_marked_philtrum_a_flat_one_a_shallow_one() -> None:
    pairs = [(round(_groove(s, 0.25), 1), round(_groove(s, 0.75), 1)) for s in range(PEOPLE)]
    deeper = [b - a for a, b in pairs]
    assert float(np.median(deeper)) > 4.0, pairs
    assert sum(d > 0 for d in deeper) >= PEOPLE - 1, pairs
    # Shallow is not gone: a groove still shows over a flat bow (the ridges catch the light).
    assert min(a for a, _ in pairs) > 2.0, pairs


def test_the_philtrum_is_the_mouth_s_not_the_photo_s() -> None:
    """The philtrum's depth takes nothing from the photo, and a look-alike whose mouth's
    traits agree with the holder's (another seed, skin and nose) has the holder's."""
    who, _ = _person(0, 0.6)
    other = replace(
        who,
        seed=who.seed + 1,
        skin=1 - who.skin,
        traits={**who.traits, "nose_width": 1 - who.traits["nose_width"]},
    )
    assert lips.philtrum_depth(other) == lips.philtrum_depth(who)
    sharper = replace(who, traits={**who.traits, "cupid_bow": 0.9})
    assert lips.philtrum_depth(sharper) - lips.philtrum_depth(who) > 0.4
