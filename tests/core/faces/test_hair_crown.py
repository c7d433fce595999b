"""Hair parted to one side is lit alike either side of its parting: a band of sheen crosses the
crown and fades into the darker sides, never a pale flat panel edged along the parting.

In a studio photo the two sides of a parting leave the same scalp at the same place on the
head: a few millimetres either side of it the light on the hair is about the same (the parting
itself a thin line), and it changes over the head's form, not at the parting. On the generator
the small side of a side parting was dark and the crown beside it a pale panel (seeds 7, 9 of
the face sheet): the combed fall lay against the face at the arch it is measured from even
above the hairline, where that arch lies under the hair on the scalp (a trough turned the
small side from the lamp), and the sheen's lobe went from dark to full across the parting
within a few pixels on the skull's steep flank."""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from docexam.core.faces import hair, render
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hidden import COILED, texture, worn_style
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.traveller import holder_identity, portrait_look, traveller

from .conftest import viz

W, H = 311, 400
PARTED = ("long", "medium", "bob", "side")


def parted(n: int, live: bool) -> Iterator[tuple[Identity, Look]]:
    """``n`` document holders (or travellers at the booth) whose hair is combed from a
    parting, not coiled."""
    s = found = 0
    while found < n:
        if live:
            t = traveller(viz(100 + s, "td3"), s, difficulty=0.5)
            who, look = t.identity, t.look
        else:
            v = viz(s, "td3")
            who = holder_identity(v)
            look = portrait_look(v, who)
        s += 1
        if worn_style(who, look) in PARTED and texture(who) < COILED:
            found += 1
            yield who, look


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The last render's parting column, front hair's coverage and layout."""
    out: dict[str, object] = {}
    part_at, front = hair.parting, hair.hair_front  # type: ignore[attr-defined]

    def parting(*a: object) -> float:
        out["part"] = part_at(*a)  # type: ignore[arg-type]
        return out["part"]  # type: ignore[return-value]

    def kept(c: object, fg: FaceGeometry, who: Identity, look: Look) -> object:
        res = front(c, fg, who, look)  # type: ignore[arg-type]
        out["hidden"], out["fg"] = res[0], fg
        return res

    monkeypatch.setattr(hair, "parting", parting)
    monkeypatch.setattr(hair, "hair_front", kept)
    return out


def step_at_parting(img: np.ndarray, hidden: np.ndarray, fg: FaceGeometry, part: float) -> float:
    """The light's step across the parting over the crown (above the hairline): the mean of
    the hair 2-9 px to its one side against the other's, as a share of the hair's median.
    (NaN where too little hair lies there: a parting hidden by the fall.)"""
    lum = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.float32)
    solid = cv2.erode((hidden > 0.95).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    ys, xs = np.mgrid[0:H, 0:W]
    crown = solid & (ys < fg.hairline - fg.wz * 0.15)
    d = xs - part
    left, right = crown & (d >= -9) & (d <= -2), crown & (d >= 2) & (d <= 9)
    if left.sum() < 30 or right.sum() < 30:
        return float("nan")
    mass = float(np.median(lum[solid & (ys < fg.hairline)]))
    return abs(float(lum[right].mean()) - float(lum[left].mean())) / max(mass, 1.0)


def test_the_two_sides_of_a_parting_are_lit_alike(seen: dict[str, object]) -> None:
    steps = []
    for live in (False, True):
        for who, look in parted(18 if not live else 8, live):
            img = render.render(who, look, W, H)
            hidden, fg, part = seen["hidden"], seen["fg"], seen["part"]
            assert isinstance(hidden, np.ndarray) and isinstance(fg, FaceGeometry)
            steps.append(step_at_parting(img, hidden, fg, float(part)))  # type: ignore[arg-type]
    got = np.array([s for s in steps if s == s])
    assert got.size >= 16, np.round(steps, 3)
    # (On the tree before, 16 holders and 6 travellers: median 0.26 of the hair's median, up
    # to 0.82 (a dark bob, a pale panel beside a dark side); central partings 0.01-0.15. Now
    # median 0.14, up to 0.40: the sides of the crown still differ as the head's form turns.)
    assert float(np.median(got)) < 0.2, np.round(got, 3)
    assert float(got.max()) < 0.55, np.round(got, 3)
