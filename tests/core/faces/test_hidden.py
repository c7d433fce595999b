"""What hair hides is not drawn: a photo whose hair covers the ears, or lies over the hairline,
is the same whatever those features' forms, so a comparison that calls them "cannot be
compared" (``hidden.hides``) is right; where a photo shows them, their forms change it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from docexam.core.faces.hidden import hides, worn_style
from docexam.core.faces.render import render
from docexam.core.faces.traits import CATEGORICAL, Identity, Look, make_identity, make_look

W, H = 156, 200


def _people(n: int) -> list[tuple[Identity, Look]]:
    """Women and men in studio and booth photos (the booth's turned heads among them)."""
    out = []
    for s in range(n):
        for sex in "MF":
            who = make_identity(("hidden-test", s), sex)
            out.append((who, make_look(("hidden-look", s), who, 22 + s % 45, studio=s % 2 == 0)))
    return out


def _changed(who: Identity, look: Look, trait: str) -> int:
    """Pixels visibly changed in the photo when ``trait`` (a form, categorical) is each of its
    other forms: the most over them."""
    base = render(who, look, W, H).astype(np.int16)
    most = 0
    for form in range(CATEGORICAL[trait]):
        if form == who.bucket(trait):
            continue
        traits = dict(who.traits)
        traits[trait] = (form + 0.5) / CATEGORICAL[trait]
        other = render(replace(who, traits=traits), look, W, H).astype(np.int16)
        most = max(most, int((np.abs(base - other).max(axis=2) > 12).sum()))
    return most


@pytest.mark.parametrize(
    ("feature", "trait"), [("ears", "ear_lobe"), ("hairline", "hairline_shape")]
)
def test_what_hair_hides_is_not_in_the_photo_and_what_it_shows_is(feature: str, trait: str) -> None:
    hidden, shown = [], []
    for who, look in _people(20):
        n = _changed(who, look, trait)
        if feature in hides(who, look):
            hidden.append((worn_style(who, look), n))
        elif not (feature == "ears" and look.beard == "full"):  # (a full beard hides a lobe)
            shown.append((worn_style(who, look), n))
    assert len(hidden) >= 6 and len(shown) >= 6  # both occur among 40 people
    assert all(n == 0 for _, n in hidden), hidden
    assert all(n >= 20 for _, n in shown), shown
