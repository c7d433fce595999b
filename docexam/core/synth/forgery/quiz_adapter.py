"""The forgery record in the shape the exercise generator's hook expects (``FraudRecord``).

``docexam.core.quiz.generate`` looks for alterations as ``fraud.*`` features of a specimen, which
the pack taxonomy does not allow; until the hook reads ``forgery.json`` itself, a caller passes
these records to ``alteration_exercise``. Each sign becomes one expected region; its category is
``fraud.<operation>`` and only light sources go into ``lights`` (tools are named in the reason).
"""

from __future__ import annotations

from docexam.core.model import Specimen
from docexam.core.quiz.generate import FRAUD_PREFIX, FraudRecord
from docexam.core.synth.forgery.record import TOOLS, ForgeryRecord, read_record

TOOL_NAMES = {
    "loupe": ("loupe", "放大镜"),
    "mrz_check": ("MRZ check digits", "机读区校验"),
    "comparison": ("comparison", "比对"),
}


def to_fraud_records(record: ForgeryRecord) -> list[FraudRecord]:
    out = []
    for sign in record.signs:
        tools = [TOOL_NAMES[r] for r in sign.reveal if r in TOOLS]
        reason = dict(sign.explanation)
        if tools:
            reason["en"] = f"{reason.get('en', '')} (Tools: {', '.join(t[0] for t in tools)}.)"
            if "zh-Hans" in reason:
                reason["zh-Hans"] += f"（工具：{'、'.join(t[1] for t in tools)}。）"
        out.append(
            FraudRecord(
                id=sign.id,
                page_id=sign.page_id,
                region=sign.region,
                category=f"{FRAUD_PREFIX}{sign.operation}",
                name=dict(sign.title),
                lights=sign.lights,
                reason=reason,
            )
        )
    return out


def fraud_records_of(specimen: Specimen) -> list[FraudRecord]:
    """The records of a specimen read from a pack (empty for a genuine or one without a file)."""
    record = read_record(specimen.root)
    return [] if record is None else to_fraud_records(record)
