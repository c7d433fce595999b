"""What hair hides is not drawn: a photo whose hair covers the ears, or lies over the hairline,
is the same whatever those features' forms, so a comparison that calls them "cannot be
compared" (``unseen.hides``) is right; where a photo shows them, their forms change it. Marks
under hair are hidden too."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from docexam.core.faces import hair
from docexam.core.faces.features import mark_centre
from docexam.core.faces.geometry import layout
from docexam.core.faces.hidden import worn_style
from docexam.core.faces.render import render
from docexam.core.faces.traits import CATEGORICAL, Identity, Look, Mark, make_identity, make_look
from docexam.core.faces.traveller import holder_identity, impostor, portrait_look
from docexam.core.faces.unseen import hides

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


def _covers(monkeypatch: pytest.MonkeyPatch) -> dict[str, np.ndarray]:
    """Catch the hair's coverage of the head as the renderer paints it (``hair_front``)."""
    seen: dict[str, np.ndarray] = {}
    painted = hair.hair_front

    def front(*args: object) -> object:
        out = painted(*args)  # type: ignore[arg-type]
        # (Its coverage, first of what it gives when it gives more.)
        seen["hair"] = out[0] if isinstance(out, tuple) else out
        return out

    monkeypatch.setattr(hair, "hair_front", front)
    return seen


def test_marks_under_hair_are_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where hair lies over a mole or a scar's middle, "marks" cannot be compared: hair
    hanging beside a turned face, a fringe, the arch of hair combed from a parting. (Before,
    ``hides`` never listed marks, and a key called a mole under a fringe "agree".)"""
    seen = _covers(monkeypatch)
    under, wrong = 0, []
    for s in range(40):
        who = make_identity(("marks-hair", s), "F" if s % 3 else "M")
        g = np.random.default_rng(s)
        # Marks where hair may lie: high on the forehead, out at the temples and cheeks.
        side = [float(g.choice([-1, 1]) * g.uniform(0.45, 0.75)) for _ in range(3)]
        high = Mark(float(g.uniform(-0.6, 0.6)), float(g.uniform(-0.9, -0.6)), 1.0, 0.2, 20.0)
        marks = (*(Mark(x, float(g.uniform(-0.8, 0.6)), 1.0) for x in side), high)
        who = replace(who, marks=marks)
        look = make_look(("marks-hair-look", s), who, 30.0, studio=s % 2 == 0)
        render(who, look, 311, 400)
        fg = layout(who, look, 311, 400)
        for m in marks:
            x, y = mark_centre(fg, m)
            if seen["hair"][round(y), round(x)] > 0.5:
                under += 1
                if "marks" not in hides(who, look):
                    wrong.append((s, worn_style(who, look), m))
    assert not wrong, wrong
    assert under >= 5  # hair does lie over marks among these


def test_an_impostor_stays_callable_whatever_hides_his_marks() -> None:
    """An impostor differs from the holder in at least one feature both photos show: the
    feature made different is never one hair covers, and marks (hidden where any lies under
    hair, a beard or glasses) are never the only difference left to call."""
    for s in range(30):
        viz = {"surname": f"Marks{s}", "given_names": "Test", "birth_date": "1980-01-01"}
        holder = holder_identity(viz)
        photo = portrait_look(viz, holder)
        t = impostor(viz, ("callable", s), 0.9, 5.0)
        hidden = hides(holder, photo) | hides(t.identity, t.look)
        assert t.differs - hidden, (s, t.differs, hidden)
