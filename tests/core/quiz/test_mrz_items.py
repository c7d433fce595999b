"""MRZ items ask about the MRZ printed on the page the trainee sees, and score what it shows.

The bug this guards against: the page showed the valid original MRZ while the question and the
key used an altered strip shown under it, so answering from the document scored 0.
"""

from __future__ import annotations

import pytest

from docexam.core.domain.model import Specimen
from docexam.core.exercise.model import MrzTask, SpecimenRef
from docexam.core.mrz import FindingCode, check_mrz
from docexam.core.synth.compose import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import forge
from docexam.core.training.quiz import MrzAnswer, MrzExercise, score
from docexam.core.training.quiz.mrz_tasks import REFERENCE, mrz_exercises, viz_of
from tests.core.quiz.printed_mrz import read_printed_mrz

OBJECTIVES = {MrzTask.CHECK_DIGITS: ("L1.mrz.check_digits",), MrzTask.VIZ: ("L1.mrz.viz",)}
DOCUMENTS = [("UTO", "td3", 11), ("ZRN", "td1", 12), ("QVL", "td2", 13), ("QTK", "mrv-a", 14)]
ALTERATIONS = [None, "mrz_wrong_check_digits", "mrz_recomputed", "field_rewrite"]


def specimen_for(state: str, doc_type: str, seed: int, operation: str | None) -> GeneratedSpecimen:
    genuine = build_specimen(state, doc_type, seed, dpi=150.0)
    if operation is None:
        return genuine
    return forge(genuine, "data_alteration", seed, difficulty=2, operations=[operation]).generated


@pytest.fixture(scope="module")
def documents() -> list[GeneratedSpecimen]:
    return [specimen_for(*doc, op) for doc in DOCUMENTS for op in ALTERATIONS]


_READ: dict[tuple[str, str], tuple[str, ...]] = {}


def printed_on(
    generated: GeneratedSpecimen, page_id: str, where: tuple[str, ...]
) -> tuple[str, ...]:
    """The MRZ the page prints, read off its MRZ layer (once per page: reading is slow)."""
    key = (generated.specimen.id, page_id)
    if key not in _READ:
        canvas = generated.pages[page_id]
        mrz_layer = next(layer for layer in canvas.layers if layer.id == "mrz")
        assert mrz_layer.mask is not None
        _READ[key] = read_printed_mrz(canvas, mrz_layer.mask, where)
    return _READ[key]


def answer_from_the_document(
    specimen: Specimen, task: MrzTask, printed: tuple[str, ...]
) -> MrzAnswer:
    """What a trainee who reads the page and gets it right answers: the failing check digits,
    or the fields that disagree with the visual zone, of the MRZ read off the pixels."""
    if task is MrzTask.CHECK_DIGITS:
        found = check_mrz(printed, reference=REFERENCE).findings
        return MrzAnswer(positions=tuple(p for f in found for p in f.positions))
    found = check_mrz(printed, viz_of(specimen), reference=REFERENCE).findings
    fields = {f.field for f in found if f.code is FindingCode.VIZ_MISMATCH}
    return MrzAnswer(fields=tuple(sorted(fields)))


@pytest.mark.parametrize("seed", range(6))
def test_the_mrz_asked_about_is_the_mrz_printed_on_the_page_shown(
    documents: list[GeneratedSpecimen], seed: int
) -> None:
    asked: set[MrzTask] = set()
    for generated in documents:
        specimen = generated.specimen
        items = mrz_exercises(specimen, SpecimenRef("pack", specimen.id), OBJECTIVES, seed)
        assert items, specimen.id
        for item in items:
            assert isinstance(item, MrzExercise)
            asked.add(item.task)
            # The item shows the page that carries the MRZ, and what that page prints, read
            # back from its pixels, is the key's MRZ.
            assert item.specimen.page_id in generated.pages
            printed = printed_on(generated, item.specimen.page_id, item.lines)
            assert printed == item.lines == tuple(specimen.mrz.split("\n")), specimen.id  # type: ignore[union-attr]
            # Answering as the document shows is right, whatever the document shows.
            result = score(item, answer_from_the_document(specimen, item.task, printed))
            assert result.correct and result.earned == result.maximum, (specimen.id, result)
    assert asked == {MrzTask.CHECK_DIGITS, MrzTask.VIZ}


def test_each_alteration_gives_the_item_it_can_be_asked(documents: list[GeneratedSpecimen]) -> None:
    """A genuine MRZ gives one item whose answer is "nothing wrong" (the trainee who saw a
    valid MRZ on the page used to score 0/2); an MRZ reprinted with the old check digits gives
    a check-digit item and, its date now differing, a VIZ item; a reprint with recomputed
    digits, or a visual zone rewritten over the MRZ's value, a VIZ item only."""
    by_operation: dict[str | None, list[set[MrzTask]]] = {}
    for generated, (_, operation) in zip(
        documents, [(d, op) for d in DOCUMENTS for op in ALTERATIONS], strict=True
    ):
        items = mrz_exercises(generated.specimen, SpecimenRef("p", "s"), OBJECTIVES, 0)
        by_operation.setdefault(operation, []).append({i.task for i in items if i.expected})
        if operation is None:
            [clean] = items
            assert clean.expected == () and score(clean, MrzAnswer()).correct
    assert all(tasks == set() for tasks in by_operation[None])
    assert all(
        t == {MrzTask.CHECK_DIGITS, MrzTask.VIZ} for t in by_operation["mrz_wrong_check_digits"]
    )
    assert all(t == {MrzTask.VIZ} for t in by_operation["mrz_recomputed"])
    assert all(t == {MrzTask.VIZ} for t in by_operation["field_rewrite"])
