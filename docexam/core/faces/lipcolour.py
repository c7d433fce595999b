"""The lips' colour: a bare lip's (the skin with more blood in it, each person's own, paler
with age) and a lipstick's, and how crisply make-up borders them. Their forms are lips.py's."""

from __future__ import annotations

import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces.canvas import F32
from docexam.core.faces.traits import Identity, Look

# Lipsticks a woman wears for an ID photo, as factors on her own lips' colour (BGR): rose,
# red, berry, nude. Factors, not paints: a photo exposes a dark face up to three times
# brighter, and a fixed red read as a pink mark on it; and each darkens the lip a little and
# takes out the blue and green, so the lips stand out from the skin in tone and colour.
LIPSTICKS = (
    (0.8, 0.68, 0.96),
    (0.68, 0.58, 0.94),
    (0.74, 0.52, 0.76),
    (0.78, 0.72, 0.9),
)


def defined(who: Identity, look: Look) -> float:
    """How crisply the lips are bordered, 0 (a man's) .. 1: a woman's own, more with make-up."""
    return 0.0 if who.sex == "M" else min(1.0, 0.4 + 0.6 * look.makeup)


def lip_colours(who: Identity, look: Look, skin: F32) -> tuple[F32, F32]:
    """The upper and the lower lip's colour (BGR). A bare lip is the skin with a little more
    blood in it, a shade darker and redder, never a paint of its own: fair lips pinker, dark
    lips browner with the upper lip darker and a shade more violet than the lower. A man's
    lips are nearer his skin than a woman's, an old lip paler; each person's own by a little.
    Lipstick deepens both."""
    dark = float(np.clip((who.skin - 0.3) / 0.5, 0, 1))
    age = aged(look)
    own = float(np.clip(rng("lips", "colour", who.seed).normal(1.0, 0.15), 0.7, 1.3))
    # Factors on the skin: the blue and green taken out (blood), the red kept.
    fair_up, fair_lo = np.array([0.84, 0.75, 0.95]), np.array([0.88, 0.78, 0.98])
    dark_up, dark_lo = np.array([0.76, 0.72, 0.78]), np.array([0.9, 0.8, 0.94])
    up = fair_up * (1 - dark) + dark_up * dark
    lo = fair_lo * (1 - dark) + dark_lo * dark
    # How far from the skin: a man's and an old lip nearer it (a red mouth on a man read as
    # lipstick), a woman's own a little further.
    strength = own * (0.85 if who.sex == "M" else 1.0) * (1 - 0.35 * age)
    up_lip = skin * (1 + (up - 1) * strength)
    lo_lip = skin * (1 + (lo - 1) * strength)
    if look.makeup > 0:
        # An ID photo's lipstick is a day's, not an evening's (at full strength the lips were
        # a red mark). On a dark lip its colour needs more pigment to show after the exposure
        # lifts it.
        k = 1 + (lipstick(look) - 1) * 0.7 * look.makeup * (1 + 0.4 * dark)
        up_lip, lo_lip = up_lip * k, lo_lip * k
    return up_lip.astype(np.float32), lo_lip.astype(np.float32)


def lipstick(look: Look) -> F32:
    """The lipstick's shade: picked by the fine digits of the make-up's amount, so it stays
    with the look (the same look, the same lipstick) without a draw of its own."""
    k = int(look.makeup * 1e4) % len(LIPSTICKS)
    return np.asarray(LIPSTICKS[k], np.float32)


def aged(look: Look) -> float:
    """How far age has thinned and paled the lips, 0 until thirty, 1 at seventy-five."""
    return float(np.clip((look.age - 30) / 45, 0, 1))
