"""Chip-check items: place the e-passport on the reader, give the chip's verdict and the step
that fails.

The key comes from the truth, never from running the reader: a genuine document's chip (its
``chip.json``) passes; a chip fraud's ``forgery.json`` names the fraud (the operation
``chip_<fraud>`` of its sign), and :data:`docexam.core.chip.frauds.FAILS` the step it fails. A
test holds this key to what ``verify`` finds. Other forgeries get no chip item: their record
does not say what their chip shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from docexam.core.chip.frauds import FAILS
from docexam.core.chip.verify import STEPS
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.ids import opaque_id
from docexam.core.domain.model import I18nText, Specimen, Status
from docexam.core.exercise.model import ChipExercise, Exercise, SpecimenRef
from docexam.core.pack.chip_file import CHIP_FILE
from docexam.core.pack.forgery_record import ForgeryRecord, read_record

CHIP_OPERATION = "chip_"  # the forgery generator's operation for chip fraud KIND: chip_KIND
PROMPT: I18nText = {
    "en": "Place the passport on the chip reader. Does the chip pass? If not, which step fails?",
    "zh-Hans": "将护照放到芯片阅读器上。芯片验证是否通过？若不通过，哪一步失败？",
}
GENUINE_EXPLANATION: I18nText = {
    "en": "A genuine chip: every step the reader runs passes.",
    "zh-Hans": "真实芯片：阅读器的每一步验证均通过。",
}


@dataclass(frozen=True)
class ChipTruth:
    passes: bool
    failing_step: str | None
    explanation: I18nText


def _record(specimen: Specimen) -> ForgeryRecord | None:
    if specimen.root is None:
        return None
    with contextlib.suppress(DocexamError):  # a spoilt record must not stop every set
        return read_record(specimen.root)
    return None


def chip_fraud_of(record: ForgeryRecord) -> str | None:
    """The chip fraud a forgery record names (``dead_chip``...), or None for another forgery."""
    for sign in record.signs:
        kind = sign.operation.removeprefix(CHIP_OPERATION)
        if sign.operation.startswith(CHIP_OPERATION) and kind in FAILS:
            return kind
    return None


def chip_truth(specimen: Specimen) -> ChipTruth | None:
    """What the reader must find on this specimen's chip, or None when there is no chip item."""
    if specimen.root is None:
        return None
    record = _record(specimen)
    if record is not None:
        fraud = chip_fraud_of(record)
        if fraud is None:
            return None
        sign = next(s for s in record.signs if s.operation == CHIP_OPERATION + fraud)
        return ChipTruth(False, FAILS[fraud], dict(sign.explanation))
    if specimen.document.status is Status.GENUINE and (specimen.root / CHIP_FILE).is_file():
        return ChipTruth(True, None, GENUINE_EXPLANATION)
    return None


def chip_exercise(
    ref: SpecimenRef, truth: ChipTruth | None, objectives: tuple[str, ...]
) -> ChipExercise | None:
    """The chip item of the specimen ``ref`` names, whose :func:`chip_truth` is ``truth``."""
    if truth is None or not objectives:
        return None
    return ChipExercise(
        opaque_id("ex", "chip", ref.specimen_id),
        objectives,
        ref,
        truth.passes,
        truth.failing_step,
        STEPS,
        PROMPT,
        truth.explanation,
    )


def alternate_verdicts(items: Sequence[Exercise], passing_first: bool) -> list[Exercise]:
    """Chip items ordered so that drawing from the end alternates failing and passing chips:
    a set with two chip items or more has both verdicts (a set whose chips all pass would
    teach nothing about which step fails, one whose chips all fail would teach referring every
    passport)."""
    groups = [
        [i for i in items if isinstance(i, ChipExercise) and i.passes is verdict]
        for verdict in ((True, False) if passing_first else (False, True))
    ]
    out: list[Exercise] = []
    while any(groups):
        for group in groups:
            if group:
                out.append(group.pop())
    out.reverse()  # drawn from the end
    return out
