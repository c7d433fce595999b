"""Travellers' documents for case tests, from the generator's data alone (no images): the same
data a generated specimen carries in its visual zone, and the stamps its visa pages carry
(its ``travel.json``)."""

from __future__ import annotations

from docexam.core.cases.builder import Holding
from docexam.core.synth.booklet import travel_for
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

SEEDS = range(40)


def holding(
    state: str, seed: int, doc_type: str = "td3", genuine: bool = True, nature: str = ""
) -> Holding:
    """A document; ``nature`` (a template's: genuine, forged, obtained) overrides ``genuine``."""
    data = make_doc_data(STATES[state], doc_type, seed, "A")
    kind = "passport" if doc_type == "td3" else "id_card"
    travel = travel_for(data) if doc_type == "td3" else None
    if nature:
        genuine = nature != "forged"
    ref = f"test/{state.lower()}-{doc_type}-{seed}"
    return Holding(ref, kind, data.viz(), genuine, travel, nature == "obtained")
