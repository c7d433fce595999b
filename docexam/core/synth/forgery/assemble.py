"""From the bench to a specimen on disk: composite white light, write masks and the record.

This mirrors what ``compose.build_specimen`` does for a genuine, from canvases that already
exist; the forged specimen's status is the fraud type and ``forgery.json`` sits beside its images.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from docexam.core.domain.model import I18nText, Page, Specimen
from docexam.core.domain.seeds import stable_int
from docexam.core.pack.forgery_record import (
    PLAINEST,
    ForgeryError,
    ForgeryRecord,
    Sign,
    write_record,
)
from docexam.core.pack.travel_file import write_travel
from docexam.core.synth.compose import GeneratedSpecimen, page_of, write_drafts, write_files
from docexam.core.synth.forgery.look import with_looks
from docexam.core.synth.forgery.visibility import measured
from docexam.core.synth.forgery.workbench import Workbench

MAX_ID = 80  # the pack schema's limit on specimen ids
# A generated title ends with its recipe's number ("..., series A, #202", "第 202 号").
_NUMBER = re.compile(r"(#|第 )\d+( 号)?$")


def forged_title(title: I18nText, specimen_id: str) -> I18nText:
    """The genuine's title with another number of the same form: the genuine's own would pair
    the two (and so tell which is the fake)."""
    number = 100 + stable_int("title", specimen_id) % 900
    return {
        lang: _NUMBER.sub(lambda m: f"{m[1]}{number}{m[2] or ''}", text)
        for lang, text in title.items()
    }


@dataclass
class ForgedSpecimen:
    """The forged specimen as written, its record, and its pages' layers (for chaining)."""

    specimen: Specimen
    record: ForgeryRecord
    generated: GeneratedSpecimen


def _page(wb: Workbench, page_id: str, files: dict[str, npt.NDArray[np.uint8]]) -> Page:
    work = wb.pages[page_id]
    return page_of(work.canvas, page_id, work.page.name, work.substrate, work.page.reverse, files)


def assemble(wb: Workbench, specimen_id: str, workdir: Path | None) -> ForgedSpecimen:
    """Build the forged specimen; with ``workdir`` write it to ``workdir/<specimen_id>/``."""
    if not wb.signs:
        done = ", ".join(o.name for o in wb.operations) or "none"
        raise ForgeryError(
            f"{wb.fraud.value}: the chosen operations leave no sign on a "
            f"{wb.document.type.value} ({wb.source.specimen.id}; applied: {done})"
        )
    files: dict[str, npt.NDArray[np.uint8]] = {}
    pages = tuple(_page(wb, pid, files) for pid in wb.pages)
    root = None if workdir is None else Path(workdir) / specimen_id
    signs = tuple(measured(wb, with_looks(wb)))
    record = ForgeryRecord(
        specimen_id=specimen_id,
        source_id=wb.source.specimen.id,
        fraud=wb.fraud,
        seed=wb.seed,
        difficulty=wb.difficulty,
        operations=tuple(wb.operations),
        signs=signs,
        summary=summary(wb, signs),
        method=wb.method,
    )
    specimen = Specimen(
        id=specimen_id,
        title=forged_title(wb.title, specimen_id),
        document=wb.document,
        pages=pages,
        mrz="\n".join(wb.mrz),
        viz=dict(wb.viz),
        # The quiz shows a specimen's notes after a verdict: they explain the forgery.
        notes=record.summary,
        generated=True,
        root=root,
    )
    if root is not None:
        write_files(root, files)
        write_drafts(root, pages, files)
        write_record(root, record)
        if wb.travel is not None:
            write_travel(root, wb.travel)
    canvases = {pid: work.canvas for pid, work in wb.pages.items()}
    generated = GeneratedSpecimen(specimen, canvases, wb.doc, travel=wb.travel)
    return ForgedSpecimen(specimen, record, generated)


FRAUD_NAMES: dict[str, tuple[str, str]] = {
    "counterfeit": ("counterfeit", "伪造证件"),
    "photo_substitution": ("photo substitution", "换照片"),
    "page_substitution": ("page substitution", "换页"),
    "data_alteration": ("data alteration", "涂改资料"),
    "pseudo": ("pseudo (fantasy) document", "虚构证件"),
    "stolen_blank": ("stolen blank", "被盗空白证件"),
    "visa_stamp_fraud": ("visa and stamp fraud", "签证及印章造假"),
    "fraudulently_obtained": ("fraudulently obtained genuine document", "骗领的真实证件"),
    "combined": (
        "combined document (counterfeit data sheet in a genuine booklet)",
        "拼接证件（真护照中插入伪造资料页）",
    ),
}


def summary(wb: Workbench, signs: tuple[Sign, ...]) -> dict[str, str]:
    """One paragraph per language: the fraud type and how subtle it measured (0 plain .. 1 not
    seen; ``docs/forgery.md``; each sign's own figure is in the record), then each sign's title
    and where to look."""
    en_name, zh_name = FRAUD_NAMES.get(wb.fraud.value, (wb.fraud.value, wb.fraud.value))
    values = sorted(s.measured.subtlety for s in signs if s.measured is not None)[:PLAINEST]
    subtle = sum(values) / len(values) if values else None
    en_s = "" if subtle is None else f" Subtlety {subtle:.2f}."
    zh_s = "" if subtle is None else f"隐蔽度 {subtle:.2f}。"
    en = [f"Generated training forgery: {en_name}.{en_s} Signs:"]
    zh = [f"生成的训练用假证：{zh_name}。{zh_s}特征："]
    for s in signs:
        how = ", ".join(s.reveal)
        en.append(f"- {s.title['en']} ({how}, page {s.page_id}).")
        zh.append(f"- {s.title['zh-Hans']}（{how}，{s.page_id} 页）。")
    return {"en": "\n".join(en), "zh-Hans": "\n".join(zh)}
