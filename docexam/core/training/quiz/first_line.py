"""The first-line decision the drill asks: clear the document, or refer it to the second line.

A drill response keeps the verdict field of the answer model: "clear" is the genuine verdict,
"refer" any other one. A referral names a fraud type only when the trainee chooses one; without
one it is stored under :data:`REFERRAL` (its class is never read, only that it is not genuine).

What should have made a trainee refer a document is what the first line can see: the signs of
its forgery record that white light shows, that stand out at a glance, or that the chip reader
shows (a failing chip).
"""

from __future__ import annotations

from enum import StrEnum

from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import level
from docexam.core.domain.model import Specimen, Status
from docexam.core.exercise.answers import DrillResponse
from docexam.core.exercise.model import VERDICT_OF, Verdict
from docexam.core.training.quiz.fraud_truth import FraudRecord, fraud_records

REFERRAL = Verdict.FORGERY
CHIP_READER = "chip"  # the tool of a sign the chip reader shows
SLTD = "sltd"  # the tool of a sign the stolen and lost document query shows
# Nothing on the document shows these: a drill of documents alone cannot ask for them.
NOT_ON_THE_DOCUMENT = (Status.FRAUDULENTLY_OBTAINED, Status.IMPOSTOR)


class Decision(StrEnum):
    CLEAR = "clear"
    REFER = "refer"


class Call(StrEnum):
    """Codes the UI words for a wrong first-line decision."""

    MISSED_FRAUD = "missed_fraud"  # cleared a document that should have been referred
    NEEDLESS_REFERRAL = "needless_referral"  # referred a genuine document
    NO_DECISION = "no_decision"  # the time ran out before a decision


def right_decision(status: Status) -> Decision:
    """Every fraud is referred; only a genuine document, rightly held, is cleared."""
    return Decision.CLEAR if status is Status.GENUINE else Decision.REFER


def decision_of(response: DrillResponse | None) -> Decision | None:
    if response is None or response.verdict is None:
        return None
    return Decision.CLEAR if response.verdict is Verdict.GENUINE else Decision.REFER


def response(decision: Decision, fraud_type: Status | None, seconds: float) -> DrillResponse:
    if decision is Decision.CLEAR:
        return DrillResponse(Verdict.GENUINE, None, seconds)
    if fraud_type is None or fraud_type is Status.GENUINE:
        return DrillResponse(REFERRAL, None, seconds)
    return DrillResponse(VERDICT_OF[fraud_type], fraud_type, seconds)


def at_first_line(record: FraudRecord) -> bool:
    """White light shows it, it stands out at a glance under the light that does, or the chip
    reader or the SLTD query shows it: the booth's document reader reads the chip and queries
    the number, and "chip: fail" or an SLTD hit is a reason to refer."""
    if LightSource.VISIBLE in record.lights or {CHIP_READER, SLTD} & set(record.tools):
        return True
    return (
        record.contrast is not None
        and record.area_mm2 is not None
        and level(record.contrast, record.area_mm2) == 1
    )


def first_line_signs(specimen: Specimen) -> tuple[list[FraudRecord], list[FraudRecord]]:
    """The signs of a specimen's forgery the first line can see, and those it cannot; a sign
    the forger left in several places (the same name) once."""
    records = list({r.name.get("en") or r.id: r for r in fraud_records(specimen)}.values())
    seen = [r for r in records if at_first_line(r)]
    return seen, [r for r in records if r not in seen]
