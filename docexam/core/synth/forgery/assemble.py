"""From the bench to a specimen on disk: composite white light, write masks and the record.

This mirrors what ``compose.build_specimen`` does for a genuine, from canvases that already
exist; the forged specimen's status is the fraud type and ``forgery.json`` sits beside its images.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.lights import LightSource
from docexam.core.model import Feature, ImageRef, Page, Specimen
from docexam.core.synth.canvas import composite
from docexam.core.synth.compose import GeneratedSpecimen
from docexam.core.synth.features import lights_for
from docexam.core.synth.forgery.record import ForgeryError, ForgeryRecord, write_record
from docexam.core.synth.forgery.workbench import Workbench

MAX_ID = 80  # the pack schema's limit on specimen ids


@dataclass
class ForgedSpecimen:
    """The forged specimen as written, its record, and its pages' layers (for chaining)."""

    specimen: Specimen
    record: ForgeryRecord
    generated: GeneratedSpecimen


def _png(image: npt.NDArray[np.uint8]) -> bytes:
    # Same settings as the generator: level 1 is nearly as small as 9 for masks, much faster.
    ok, buf = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    if not ok:
        raise ForgeryError("could not encode a PNG image")
    return buf.tobytes()


def _write(root: Path, files: dict[str, npt.NDArray[np.uint8]]) -> None:
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=4) as pool:  # cv2 releases the GIL while encoding
        encoded = dict(zip(files, pool.map(_png, files.values()), strict=True))
    for rel, data in encoded.items():
        (root / rel).write_bytes(data)


def _page(wb: Workbench, page_id: str, files: dict[str, npt.NDArray[np.uint8]]) -> Page:
    work = wb.pages[page_id]
    canvas = work.canvas
    visible_file = f"{page_id}/visible.png"
    files[visible_file] = composite(canvas, work.substrate.colour)
    features = []
    for layer in canvas.layers:
        mask_ref = None
        if layer.mask is not None:
            mask_file = f"{page_id}/masks/{layer.id}.png"
            files[mask_file] = layer.mask
            mask_ref = ImageRef(LightSource.VISIBLE, mask_file, canvas.dpi)
        features.append(
            Feature(
                id=layer.id,
                category=layer.category,
                name=layer.name,
                region=layer.region,
                lights=lights_for(layer.material),
                description=layer.description,
                how_to_check=layer.how_to_check,
                material=layer.material,
                mask=mask_ref,
                coverage=layer.coverage,
            )
        )
    return Page(
        id=page_id,
        name=work.page.name,
        size_mm=canvas.size_mm,
        images=(ImageRef(LightSource.VISIBLE, visible_file, canvas.dpi),),
        substrate=work.substrate,
        features=tuple(features),
        reverse=work.page.reverse,
    )


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
    record = ForgeryRecord(
        specimen_id=specimen_id,
        source_id=wb.source.specimen.id,
        fraud=wb.fraud,
        seed=wb.seed,
        difficulty=wb.difficulty,
        operations=tuple(wb.operations),
        signs=tuple(wb.signs),
        summary=summary(wb),
    )
    specimen = Specimen(
        id=specimen_id,
        title=wb.title,
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
        _write(root, files)
        write_record(root, record)
    canvases = {pid: work.canvas for pid, work in wb.pages.items()}
    return ForgedSpecimen(specimen, record, GeneratedSpecimen(specimen, canvases, wb.doc))


FRAUD_NAMES: dict[str, tuple[str, str]] = {
    "counterfeit": ("counterfeit", "伪造证件"),
    "photo_substitution": ("photo substitution", "换照片"),
    "page_substitution": ("page substitution", "换页"),
    "data_alteration": ("data alteration", "涂改资料"),
    "pseudo": ("pseudo (fantasy) document", "虚构证件"),
    "stolen_blank": ("stolen blank", "被盗空白证件"),
}


def summary(wb: Workbench) -> dict[str, str]:
    """One paragraph per language: the fraud type, then each sign's title and where to look."""
    en_name, zh_name = FRAUD_NAMES.get(wb.fraud.value, (wb.fraud.value, wb.fraud.value))
    en = [f"Generated training forgery: {en_name}. Signs:"]
    zh = [f"生成的训练用假证：{zh_name}。特征："]
    for s in wb.signs:
        how = ", ".join(s.reveal)
        en.append(f"- {s.title['en']} ({how}, page {s.page_id}).")
        zh.append(f"- {s.title['zh-Hans']}（{how}，{s.page_id} 页）。")
    return {"en": "\n".join(en), "zh-Hans": "\n".join(zh)}
