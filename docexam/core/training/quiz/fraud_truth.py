"""The ground truth of a forged specimen's alterations, as the exercise generator uses it.

It comes from the specimen's ``forgery.json`` (written by the forgery generator) and from any
``fraud.*`` features of a hand-built specimen. Each sign becomes one ``FraudRecord``; its category
is ``fraud.<operation>`` and only light sources go into ``lights`` (tools are named in the reason).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.geometry import Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText, Specimen
from docexam.core.pack.forgery_record import TOOLS, ForgeryRecord, read_record

FRAUD_PREFIX = "fraud."  # category prefix of a feature that records an alteration


@dataclass(frozen=True)
class FraudRecord:
    """Ground truth of one alteration: where it is (page mm), what it is, what shows it."""

    id: str
    page_id: str
    region: Region
    category: str  # ``fraud.*`` once the forgery generator defines them
    name: I18nText
    lights: tuple[LightSource, ...] = ()
    reason: I18nText = field(default_factory=dict)
    group: str = ""  # records sharing a group on a page are one alteration to find
    contrast: float | None = None  # how it looks under its best light (None: not measured)
    area_mm2: float | None = None
    tools: tuple[str, ...] = ()  # the tools that reveal it (``chip``: the chip reader)


def fraud_records(specimen: Specimen) -> list[FraudRecord]:
    """The alterations a forged specimen carries: its ``forgery.json`` record (written by the
    forgery generator) and any ``fraud.*`` features of a hand-built specimen."""
    records = [
        FraudRecord(f.id, p.id, f.region, f.category, f.name, f.lights, f.how_to_check)
        for p in specimen.pages
        for f in p.features
        if f.category.startswith(FRAUD_PREFIX)
    ]
    if specimen.root is not None and (specimen.root / "forgery.json").is_file():
        # Import refuses broken records; one spoilt later must not stop every set.
        with contextlib.suppress(DocexamError):
            records += fraud_records_of(specimen)
    return records


TOOL_NAMES = {
    "loupe": ("loupe", "放大镜"),
    "mrz_check": ("MRZ check digits", "机读区校验"),
    "comparison": ("comparison", "比对"),
    "chip": ("chip reader", "芯片阅读器"),
    "sltd": ("SLTD query", "SLTD查询"),
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
                group=sign.group_key,
                contrast=sign.contrast,
                area_mm2=sign.area_mm2,
                tools=tuple(r for r in sign.reveal if r in TOOLS),
            )
        )
    return out


def fraud_records_of(specimen: Specimen) -> list[FraudRecord]:
    """The records of a specimen read from a pack (empty for a genuine or one without a file)."""
    record = read_record(specimen.root)
    return [] if record is None else to_fraud_records(record)
