"""Every question a trainee may ask has a real answer, in English and in Chinese, in every
generated case (every template, many seeds, passports and identity cards) and in the authored
examples instructors copy: the interview never shows "(no answer)". And the answers hold
together: a traveller who says they will pay the ticket back does not deny owing anyone."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.core.cases.codec import read_cases
from docexam.core.cases.generate import TEMPLATES, make_case
from docexam.core.cases.indicators import QUESTION_IDS
from docexam.core.cases.model import CaseFile
from tests.core.cases.conftest import holding

STATES = ("UTO", "ZRN", "QVL", "QNB", "QTK")
EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples" / "cases"
OWES = ("pay him back", "work it off", "pay it back")


def _gaps(case: CaseFile) -> list[str]:
    out = []
    for q in QUESTION_IDS:
        said = case.reply(q) or {}
        for lang in ("en", "zh-Hans"):
            text = said.get(lang, "").strip()
            if len(text) < 2 or text.strip(".…。") == "":
                out.append(f"{case.id}: {q} ({lang})")
    return out


def _owing_but_denied(case: CaseFile) -> bool:
    paid = (case.reply("paid") or {}).get("en", "")
    return any(w in paid for w in OWES) and (case.reply("debt") or {}).get("en") == "No."


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_question_has_a_real_answer_in_both_languages(template: str) -> None:
    nature = TEMPLATES[template].nature
    for seed in range(200):
        doc_type = "td1" if seed % 4 == 3 else "td3"
        case = make_case(template, seed, holding(STATES[seed % 5], seed, doc_type, nature=nature))
        assert not _gaps(case), (template, seed, _gaps(case))
        assert not _owing_but_denied(case), (template, seed)


def test_the_authored_examples_answer_every_question() -> None:
    cases = read_cases(EXAMPLES)
    assert len(cases) == 5
    for case in cases:
        assert not _gaps(case), _gaps(case)
        assert not _owing_but_denied(case), case.id


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_who_paid_and_what_they_carry_agree(template: str) -> None:
    """The file and the answers tell one story about money: no card, no ticket paid by card;
    someone else paid, so the traveller does not say they paid it themselves."""
    nature = TEMPLATES[template].nature
    for seed in range(120):
        case = make_case(
            template, seed, holding(STATES[seed % 5], 300 + seed, "td3", nature=nature)
        )
        paid_by, money = case.trip.paid_by["en"], case.money["en"]
        if "by card" in paid_by and paid_by.startswith("the traveller"):
            assert "no card" not in money and not money.startswith("None"), (template, seed)
        said = (case.reply("paid") or {})["en"]
        if said == "I paid it myself.":
            assert paid_by.startswith("the traveller"), (template, seed, paid_by)
        if case.companions and template not in ("parent_with_child", "seasonal_worker"):
            assert (case.reply("contact") or {})["en"] != "Nobody; I take a taxi.", (template, seed)
