"""A holder's marks at the booth: a mark plain in the document's portrait, on skin that no
hair, beard or glasses' frames lie over in the booth's photo, shows there too, unless
``markcover`` says it may lie in the nose's dark (and ``hides`` then says "marks"). A
permanent mark gone from skin the photo shows teaches a trainee to call the holder an
impostor."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docexam.core.faces.markcover import mark_covered
from docexam.core.faces.markseen import stands_out
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.traveller import holder_identity, portrait_look, traveller
from docexam.core.faces.unseen import hides
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES
from tests.core.faces.conftest import MOLE_CONTRAST, SCAR_CONTRAST

CLEAR = 2.0  # a mark this many times the visible contrast stands out clearly in the portrait


def _holders(n: int) -> list[tuple[Identity, Look, Identity, Look]]:
    """The first ``n`` holders at the booth with marks, over documents as the sheets draw them."""
    codes = sorted(STATES)
    out = []
    seed = 0
    while len(out) < n:
        v = make_doc_data(STATES[codes[(100 + seed) % len(codes)]], "td3", 100 + seed, "A").viz()
        t = traveller(v, seed, difficulty=0.3 + 0.07 * (seed % 10))
        who = holder_identity(v)
        if t.is_holder and who.marks:
            out.append((who, portrait_look(v, who), t.identity, t.look))
        seed += 1
    return out


@pytest.mark.parametrize("size", [(311, 400), (210, 270)])
def test_a_holders_plain_mark_shows_at_the_booth(size: tuple[int, int]) -> None:
    w, h = size
    lost = []
    checked = 0
    for who, doc_look, live_who, live in _holders(24):
        doc = render(who, doc_look, w, h)
        doc_bare = render(replace(who, marks=()), doc_look, w, h)
        img = render(live_who, live, w, h, salt="live")
        bare = render(replace(live_who, marks=()), live, w, h, salt="live")
        for m in live_who.marks:
            need = (SCAR_CONTRAST if m.length else MOLE_CONTRAST)[size]
            if stands_out(doc, doc_bare, who, doc_look, m) < CLEAR * need:
                continue
            if mark_covered(live_who, live, m, shade=False):
                continue  # under hair, a beard or frames: ``hides`` says so
            checked += 1
            got = stands_out(img, bare, live_who, live, m)
            if got < need and not mark_covered(live_who, live, m):
                lost.append((who.seed, m, round(got, 1), "marks" in hides(live_who, live)))
    assert checked >= 15
    assert not lost, lost
