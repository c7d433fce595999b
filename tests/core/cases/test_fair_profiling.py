"""Fair profiling: no scenario's truth rests on nationality, ethnicity, religion or sex.

Every indicator is a behaviour, a circumstance or a document fact; and the same scenario (template
and seed) given to travellers of every state and of either sex has the same indicators and the
same right action: change only who the traveller is, and the lesson does not change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from docexam.core.cases.builder import Holding
from docexam.core.cases.generate import TEMPLATES, make_case
from docexam.core.cases.indicators import INDICATORS, PROTECTED, Basis
from tests.core.cases.conftest import SEEDS, holding

STATES = ("UTO", "ZRN", "QVL", "QNB", "QTK")


def test_indicators_are_behaviours_circumstances_or_document_facts() -> None:
    for ind in INDICATORS:
        assert ind.basis in (Basis.BEHAVIOUR, Basis.CIRCUMSTANCE, Basis.DOCUMENT)
        words = f"{ind.id} {ind.name['en']}".lower()
        assert not any(p in words for p in PROTECTED), ind.id


def _variants(seed: int, nature: str) -> list[Holding]:
    out = []
    for state in STATES:
        base = holding(state, 3000 + seed, nature=nature)
        for sex in ("F", "M", "X"):
            out.append(replace(base, viz=base.viz | {"sex": sex}))
    return out


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_truth_does_not_change_with_nationality_or_sex(template: str) -> None:
    nature = TEMPLATES[template].nature
    for seed in SEEDS:
        truths = {
            (c.truth.family, c.truth.indicators, c.truth.action, c.truth.acceptable)
            for c in (make_case(template, seed, h) for h in _variants(seed, nature))
        }
        assert len(truths) == 1, (template, seed, truths)
