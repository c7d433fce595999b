"""The fraudulently obtained genuine document (FOG) as a case file: the document is genuine, so
nothing in the papers disagrees with it; the signs are the person's earlier passport (the one
the forgery record and the face items name, with the person's real face) and the story, each
recorded as an indicator with its evidence; and only a FOG document gets the story."""

from __future__ import annotations

import pytest

from docexam.core.cases.builder import holding_of
from docexam.core.cases.consistency import disagreements
from docexam.core.cases.generate import TEMPLATES, generate_cases, make_case
from docexam.core.cases.indicators import BY_ID, SOURCES, Basis, Family
from docexam.core.cases.model import EARLIER
from docexam.core.domain.errors import DocexamError
from docexam.core.faces.obtained import earlier_document
from tests.core.cases.conftest import holding

STATES = ("UTO", "ZRN", "QVL", "QNB", "QTK")
FOG = "fraudulently_obtained"
STORY = {"identity_details_unsure", "earlier_document_unexplained"}


def test_the_earlier_passport_is_the_one_the_forgery_record_names() -> None:
    for seed in range(60):
        doc_type = "td1" if seed % 6 == 5 else "td3"
        held = holding(STATES[seed % 5], 600 + seed, doc_type, nature="obtained")
        case = make_case(FOG, seed, held)
        [earlier] = [d for d in case.documents if d.kind == EARLIER]
        assert earlier.number == earlier_document(held.viz).number
        assert earlier.number != case.main_document.number
        assert earlier.expiry < case.date  # an earlier passport, not one to travel on
        assert (earlier.surname, earlier.given_names) == (
            held.viz["surname"],
            held.viz.get("given_names", ""),
        )
        truth = case.truth
        assert truth.family is Family.DOCUMENT_FRAUD and truth.action.value == "refer_document"
        assert "face_differs_earlier" in truth.indicators
        assert STORY & set(truth.indicators), "the story has a sign of its own"
        for ind in truth.indicators:
            assert earlier.number in truth.evidence["face_differs_earlier"]["en"]
            assert BY_ID[ind].sources and all(s in SOURCES for s in BY_ID[ind].sources)
        # The document is genuine: nothing in the papers disagrees with it.
        assert not disagreements(case, held.viz, held.travel), seed
        assert "document_forged" not in truth.indicators


def test_the_story_varies_and_each_sign_shows_in_the_file() -> None:
    drawn = set()
    for seed in range(80):
        held = holding(STATES[seed % 5], 700 + seed, nature="obtained")
        case = make_case(FOG, seed, held)
        inds = set(case.truth.indicators)
        drawn.add(frozenset(inds))
        seen = " ".join(o["en"] for o in case.observations)
        said = " ".join(r.text["en"] for r in case.interview)
        earlier = next(d for d in case.documents if d.kind == EARLIER)
        assert earlier.number in seen, "the file says where the earlier portrait comes from"
        if "earlier_document_unexplained" in inds:
            assert "first passport" in said
        if "identity_details_unsure" in inds:
            assert "age" in seen or "date of birth" in seen
    assert len(drawn) >= 3, drawn


def test_new_indicators_are_facts_or_behaviours_with_sources() -> None:
    for ind in ("face_differs_earlier", *STORY):
        i = BY_ID[ind]
        assert i.basis in (Basis.DOCUMENT, Basis.BEHAVIOUR)
        assert Family.DOCUMENT_FRAUD in i.families and i.sources
        for text in (i.name, i.explanation, i.specialist):
            assert text["en"] and text["zh-Hans"]


def test_only_a_fraudulently_obtained_document_gets_the_story() -> None:
    genuine, fog = holding("QNB", 5), holding("QNB", 5, nature="obtained")
    with pytest.raises(DocexamError, match="fraudulently obtained"):
        make_case(FOG, 1, genuine)
    for template in TEMPLATES:
        if template != FOG:
            with pytest.raises(DocexamError):
                make_case(template, 1, fog)
    held = [holding(STATES[n % 5], 800 + n) for n in range(60)]
    cases = generate_cases([*held, fog], seed=3)
    fogs = [c for c in cases if c.main_document.specimen == fog.ref]
    assert len(fogs) == 1 and "face_differs_earlier" in fogs[0].truth.indicators


def test_a_fog_specimen_is_a_holding_for_the_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from docexam.core.pack.io import read_pack
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    forge_pack("q", [ForgeJob("QNB", "td3", 12, "fraudulently_obtained", 2)], tmp_path / "q", 150.0)
    pack = read_pack(tmp_path / "q")
    [held] = [h for s in pack.specimens if (h := holding_of(pack.id, s)) is not None]
    assert held.nature == "obtained" and held.genuine
    case = make_case(FOG, 0, held)
    assert not disagreements(case, held.viz, held.travel)


def test_the_case_compares_the_printed_face_with_the_earlier_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The presented face is read from the page (the applicant's, at its shape), the earlier
    one drawn at that shape; a specimen without a portrait layer has no presented face to show,
    rather than a face drawn from its data."""
    from dataclasses import replace

    from docexam.core.cases.faces import compared_faces
    from docexam.core.chip.portrait import printed_face
    from docexam.core.pack.io import read_pack
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    forge_pack("q", [ForgeJob("QNB", "td3", 12, "fraudulently_obtained", 2)], tmp_path / "q", 150.0)
    [specimen] = read_pack(tmp_path / "q").specimens
    faces = compared_faces(specimen, 210, 270)
    printed = printed_face(specimen)
    assert faces.presented is not None and printed is not None
    assert (faces.presented == printed).all()
    h, w = printed.shape
    assert faces.earlier.shape == (270, round(270 * w / h))
    pages = tuple(
        replace(p, features=tuple(f for f in p.features if f.id != "portrait"))
        for p in specimen.pages
    )
    bare = compared_faces(replace(specimen, pages=pages), 210, 270)
    assert bare.presented is None and bare.earlier.shape == (270, 210)
