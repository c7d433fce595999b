"""Every scenario's facts agree with its documents (names, dates, visa validity, the stamps on
the passport's visa pages), unless the disagreement is one of the indicators its truth records,
over many seeds and travellers; and an indicator of a document fact is only recorded where the
facts show it."""

from __future__ import annotations

import pytest

from docexam.core.cases.consistency import disagreements
from docexam.core.cases.generate import TEMPLATES, make_case
from docexam.core.cases.indicators import BY_ID, QUESTION_IDS, Basis
from tests.core.cases.conftest import SEEDS, holding

STATES = ("UTO", "ZRN", "QVL", "QNB", "QTK")
# Document facts the consistency check can see; document_forged is seen under the lights.
CHECKED = {"name_mismatch", "visa_not_covering", "stamps_contradict_story"}


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_facts_agree_with_documents_unless_an_indicator_says_so(template: str) -> None:
    nature = TEMPLATES[template].nature
    for seed in SEEDS:
        doc_type = "td1" if seed % 5 == 4 else "td3"
        held = holding(STATES[seed % 5], 500 + seed, doc_type, nature=nature)
        case = make_case(template, seed, held)
        found = disagreements(case, held.viz, held.travel)
        recorded = set(case.truth.indicators)
        assert found <= recorded, (template, seed, found - recorded)
        assert recorded & CHECKED <= found, (template, seed, (recorded & CHECKED) - found)
        assert case.trip.arrival == case.date
        assert case.main_document.expiry > case.date, "travelling on an expired document"


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_truth_is_complete_and_answers_every_question(template: str) -> None:
    nature = TEMPLATES[template].nature
    for seed in SEEDS:
        case = make_case(template, seed, holding("QVL", 900 + seed, nature=nature))
        truth = case.truth
        assert set(truth.evidence) == set(truth.indicators), "each indicator says where it shows"
        assert all(i in BY_ID for i in truth.indicators)
        assert all(e.indicator not in truth.indicators for e in truth.explained)
        assert [r.question for r in case.interview] == list(QUESTION_IDS)
        if truth.family.value == "none":
            assert not truth.indicators and truth.action.value == "admit"
        else:
            assert len(truth.indicators) >= 2 or any(
                BY_ID[i].basis is Basis.DOCUMENT for i in truth.indicators
            )
            assert truth.action.value != "admit"
        for text in (case.title, case.stated_purpose, truth.summary, truth.specialist):
            assert text["en"] and text["zh-Hans"]


def test_same_seed_same_case_other_seed_varies() -> None:
    held = holding("ZRN", 77)
    assert make_case("false_job_offer", 3, held) == make_case("false_job_offer", 3, held)
    variants = {make_case("false_job_offer", s, held).truth.indicators for s in range(20)}
    assert len(variants) > 3, "a template's indicators vary with the seed"


def test_titles_name_the_scenario_for_the_instructor() -> None:
    """A title is instructor material (shown only in the debrief): it names the family and
    every indicator the case drew, in both languages."""
    from docexam.core.cases.indicators import INDICATORS
    from docexam.core.cases.titles import TAGS

    assert set(TAGS) == {i.id for i in INDICATORS}
    heads = {
        "none": ("Genuine traveller", "真实旅客"),
        "smuggling": ("Migrant smuggling", "偷运移民"),
        "trafficking_labour": ("trafficking", "贩运"),
        "trafficking_sexual": ("Trafficking for sexual exploitation", "性剥削型人口贩运"),
        "document_fraud": ("Document fraud", "证件欺诈"),
    }
    for template in sorted(TEMPLATES):
        nature = TEMPLATES[template].nature
        for seed in range(20):
            case = make_case(template, seed, holding("QNB", 40 + seed, nature=nature))
            en, zh = heads[case.truth.family.value]
            assert en in case.title["en"] and zh in case.title["zh-Hans"], case.title
            for ind in case.truth.indicators:
                assert TAGS[ind][0] in case.title["en"], (ind, case.title)
                assert TAGS[ind][1] in case.title["zh-Hans"], (ind, case.title)


def test_the_bundled_mix_gives_each_story_a_holder_of_a_fitting_age() -> None:
    """A student of 70 or a job seeker of 75 would not be believed: with enough documents,
    each template's traveller is of an age its story fits (a holiday visitor may be 77)."""
    from docexam.core.cases.generate import BUNDLED_MIX, generate_cases
    from docexam.core.domain.ids import opaque_id

    held = [holding(STATES[n % 5], 2000 + n) for n in range(160)]
    forged = [holding(STATES[n % 5], 4000 + n, genuine=False) for n in range(12)]
    forged += [holding("QNB", 4100 + n, nature="obtained") for n in range(2)]
    cases = generate_cases(held + forged, BUNDLED_MIX, seed=21)
    assert len(cases) == sum(BUNDLED_MIX.values())
    for i, case in enumerate(cases):
        ref = case.main_document.specimen or ""
        [template] = [
            t for t in TEMPLATES.values() if opaque_id("case", t.id, str(21000 + i), ref) == case.id
        ]
        issued = next(h for h in held + forged if h.ref == ref).viz["issue_date"]
        age = int(issued[:4]) + 1 - case.person.birth_date.year
        assert template.ages[0] <= age <= template.ages[1], (template.id, age)
    assert len({c.main_document.specimen for c in cases}) == len(cases), "one story each"


def test_the_ticket_spells_the_name_as_an_airline_does() -> None:
    """Plain capitals, accents dropped and ligatures spelt out; still the traveller's name."""
    from dataclasses import replace

    from docexam.core.cases.builder import ticket_name

    assert ticket_name("Fjælund", "Þorir") == "FJAELUND/THORIR"
    assert ticket_name("Núñero Galez", "Inês") == "NUNERO GALEZ/INES"
    held = holding("QNB", 3)
    held = replace(held, viz=held.viz | {"surname": "Fjælund", "given_names": "Þorir"})
    case = make_case("tourist", 3, held)
    assert case.trip.name_on_ticket == "FJAELUND/THORIR"
    assert "name_mismatch" not in disagreements(case, held.viz, held.travel)
