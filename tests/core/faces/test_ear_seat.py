"""An ear's lobe hangs about level with the base of the nose (in older people up to a
centimetre or so below it). The ear's own traits, the build's, sex's and age's targets and a
hanging lobe each lower it a little; together they hung one lobe in ten 1.6 cm or more below
the nose's base and a few over 3 cm, down by the jaw's angle, where the ear's outline joined
the jaw's in a flare level with the mouth (examiners: "cheeks bulging past the jaw", "ear and
jaw one bat's wing")."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import numpy as np
import pytest

from docexam.core.faces import mesh
from docexam.core.faces.mesh import asset
from docexam.core.faces.mesh.landmarks import VERTICES
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.traveller import holder_identity, portrait_look, traveller
from tests.core.faces.conftest import viz


def _flaps() -> np.ndarray:
    """The ears' flaps: what their wing targets move."""
    m = asset.load()
    flap = np.zeros(len(m.v0), bool)
    for side in "lr":
        idx, d = m.targets[f"{side}-ear-wing-incr"]
        size = np.linalg.norm(d, axis=1)
        flap[idx[size > 0.1 * size.max()]] = True
    return flap


def _drops(who: Identity, look: Look) -> list[float]:
    """How far (cm) each lobe's lowest point hangs below the base of the nose, on the head the
    portrait's mesh is made of, before it is posed."""
    m = asset.load()
    v, _ = mesh.shaped(who, look)
    base = v[m.vertex(VERTICES["subnasale"]), 1]
    flap = _flaps()
    return [float(base - v[flap & (np.sign(m.v0[:, 0]) == s), 1].min()) * 10 for s in (-1, 1)]


@pytest.fixture(scope="module")
def drops() -> list[float]:
    """Both lobes of 60 documents' holders and 60 booth travellers."""
    out: list[float] = []
    for seed in range(60):
        v = viz(seed, "td3")
        who = holder_identity(v)
        out += _drops(who, portrait_look(v, who))
        t = traveller(viz(100 + seed), seed, difficulty=0.5)
        out += _drops(t.identity, t.look)
    return out


def test_no_lobe_hangs_down_by_the_jaw(drops: list[float]) -> None:
    """Generator 36 on these people: 12 % of the lobes 1.6 cm or more below the nose's base,
    the lowest 3.9 cm. Now none past 1.6 cm, while where most hang is as it was (the median,
    about level with the base, is not moved)."""
    assert max(drops) <= 1.61, np.round(sorted(drops)[-5:], 2)
    assert -0.3 < float(np.median(drops)) < 0.6, np.median(drops)
    assert min(drops) < -0.8  # (high-set ears stay high)


def test_a_lower_set_ear_stays_lower() -> None:
    """The lift keeps the ears' order: among the lowest-set, a lower ``ear_height`` still hangs
    lower (the comparison's truth reads ear height from the trait)."""
    v = viz(7, "td3")
    who = holder_identity(v)
    look = portrait_look(v, who)
    hung = [
        np.mean(_drops(replace(who, traits={**who.traits, "ear_height": h}), look))
        for h in (0.0, 0.15, 0.3, 0.5)
    ]
    assert all(a > b + 0.02 for a, b in pairwise(hung)), np.round(hung, 3)
