"""Signs fit the substrate they are on: paper signs on paper pages, card signs on polycarbonate,
each shown by the light engine under the light its record names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status, Substrate
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import ForgedSpecimen, Sign, forge
from docexam.core.synth.forgery.plans import PLANS
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import box, render

# Stated here, by what each sign says, not taken from the generator's own table.
PAPER_WORDS = ("laminate", "fibres", "erasure stain", "paper glows", "watermark", "sensitiser")
CARD_WORDS = ("another laser", "window clouded", "layers split", "card body", "not engraved")
DOC_STATES = {"td3": "UTO", "td1": "ZRN", "td2": "QVL", "mrv-a": "QNB"}
_GENUINES: dict[tuple[str, int], GeneratedSpecimen] = {}


def _genuine(doc: str, seed: int, root: Path) -> GeneratedSpecimen:
    if (doc, seed) not in _GENUINES:
        _GENUINES[doc, seed] = build_specimen(DOC_STATES[doc], doc, seed, 150.0, root)
    return _GENUINES[doc, seed]


def _misfits(forgery: ForgedSpecimen) -> list[str]:
    wrong = []
    for sign in forgery.record.signs:
        kind = forgery.specimen.page(sign.page_id).substrate.kind
        title = sign.title["en"].lower()
        words = CARD_WORDS if kind is Substrate.PAPER else PAPER_WORDS
        text = title + " " + sign.explanation["en"].lower()
        if any(w in text for w in words):
            wrong.append(f"{sign.operation} on {kind.value}: {sign.title['en']}")
    return wrong


@settings(max_examples=40)
@given(
    doc=st.sampled_from(sorted(DOC_STATES)),
    genuine_seed=st.sampled_from((5, 6)),
    fraud=st.sampled_from([s.value for s in PLANS]),
    difficulty=st.integers(1, 3),
    seed=st.integers(0, 10_000),
)
def test_no_sign_belongs_to_the_other_substrate(
    tmp_path_factory: pytest.TempPathFactory,
    doc: str,
    genuine_seed: int,
    fraud: str,
    difficulty: int,
    seed: int,
) -> None:
    if doc not in PLANS[Status(fraud)].doc_types:
        return
    root = tmp_path_factory.getbasetemp() / "substrates"
    genuine = _genuine(doc, genuine_seed, root / "genuine")
    forgery = forge(genuine, fraud, seed, None, difficulty)
    assert forgery.record.signs
    assert _misfits(forgery) == []
    card = doc == "td1"
    for page in forgery.specimen.pages:
        assert page.substrate.kind is (Substrate.POLYCARBONATE if card else Substrate.PAPER)


def test_paper_operations_are_refused_on_a_card(genuines: dict[str, GeneratedSpecimen]) -> None:
    with pytest.raises(ForgeryError, match="laminate_edge cannot be done on a polycarbonate TD1"):
        forge(genuines["td1"], "photo_substitution", 3, None, 1, ("laminate_edge",))
    with pytest.raises(ForgeryError, match="layer_split cannot be done on a paper TD3"):
        forge(genuines["td3"], "photo_substitution", 3, None, 1, ("layer_split",))


def _sign(forgery: ForgedSpecimen, operation: str) -> Sign:
    return next(s for s in forgery.record.signs if s.operation == operation)


def _differs(g: GeneratedSpecimen, f: ForgedSpecimen, sign: Sign, light: LightSource) -> float:
    area = box(g.pages[sign.page_id], sign.region)
    real = render(g.specimen, sign.page_id, light)[area]
    fake = render(f.specimen, sign.page_id, light)[area]
    return float(np.percentile(np.abs(real - fake).max(axis=2), 95))


@pytest.mark.parametrize(
    ("fraud", "difficulty", "operation", "light", "least"),
    [
        ("photo_substitution", 1, "engraving_mismatch", LightSource.OBLIQUE, 2.0),
        ("photo_substitution", 3, "engraving_mismatch", LightSource.OBLIQUE, 2.0),
        ("photo_substitution", 1, "engraving_mismatch", LightSource.VISIBLE, 2.0),
        ("photo_substitution", 2, "window_tampered", LightSource.TRANSMITTED, 8.0),
        ("photo_substitution", 1, "layer_split", LightSource.OBLIQUE, 1.0),
        ("counterfeit", 1, "pvc_card", LightSource.UV365, 40.0),
        ("counterfeit", 1, "flat_engraving", LightSource.OBLIQUE, 1.0),
    ],
)
def test_card_signs_show_under_their_light(
    genuines: dict[str, GeneratedSpecimen],
    forged: Forger,
    fraud: str,
    difficulty: int,
    operation: str,
    light: LightSource,
    least: float,
) -> None:
    g = genuines["td1"]
    f = forged("td1", fraud, difficulty, (operation,))
    sign = _sign(f, operation)
    assert light.value in sign.reveal
    assert f.specimen.page(sign.page_id).substrate.kind is Substrate.POLYCARBONATE
    assert _differs(g, f, sign, light) > least
