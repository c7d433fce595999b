"""From a recipe to a specimen on disk: draw every page, composite white light, write masks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.chip import details as chip_details
from docexam.core.chip import portrait as chip_portrait
from docexam.core.chip.issue import (
    AA_STATES,
    PACE_STATES,
    has_chip,
    has_details,
    personalise,
    signing_time,
)
from docexam.core.chip.pki import state_pki
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import revealing_lights
from docexam.core.domain.model import (
    DOCUMENT_SIZES_MM,
    DocumentInfo,
    DocumentType,
    Feature,
    ImageRef,
    Page,
    Specimen,
    Substrate,
    SubstrateSpec,
    UvResponse,
)
from docexam.core.domain.seeds import rng, short_hash
from docexam.core.domain.travel import TravelHistory
from docexam.core.pack.chip_file import ChipFile, write_chip
from docexam.core.pack.travel_file import write_travel
from docexam.core.synth import booklet, layout_page, layout_td1
from docexam.core.synth.booklet import travel_for
from docexam.core.synth.canvas import PageCanvas, composite
from docexam.core.synth.docdata import TITLES, TITLES_ZH, DocData, make_doc_data
from docexam.core.synth.names_zh import ZH
from docexam.core.synth.page_plan import PagePlan
from docexam.core.synth.states import design_for, get_state

MIN_DPI, MAX_DPI = 150.0, 1200.0


class UnknownDocumentTypeError(DocexamError):
    """A recipe asked for a document type the generator cannot draw."""


PLANS: dict[str, tuple[PagePlan, ...]] = {
    "td3": booklet.PAGES,
    "td2": (PagePlan("front", "Front", "正面", layout_page.data_page),),
    "mrv-a": (PagePlan("sticker", "Visa sticker", "签证贴纸", layout_page.data_page),),
    "td1": (
        PagePlan("front", "Front", "正面", layout_td1.front, reverse="back"),
        PagePlan("back", "Back", "背面", layout_td1.back, reverse="front"),
    ),
}
DOC_TYPES = tuple(PLANS)


@dataclass
class GeneratedSpecimen:
    """The specimen as written, plus each page's layers (masks in memory) as ground truth."""

    specimen: Specimen
    pages: dict[str, PageCanvas]
    doc: DocData
    chip: ChipFile | None = None  # an e-passport's chip as issued (chip.json)
    travel: TravelHistory | None = None  # a passport's stamps and visas (travel.json)


def specimen_id(state: str, doc_type: str, series: str, seed: int, mrz_trap: bool = False) -> str:
    # A trap specimen is told apart by a digest, not by words naming the trap it holds.
    trap = f"-{short_hash('mrz-trap', state, doc_type, series, seed, length=6)}" if mrz_trap else ""
    raw = f"{state}-{doc_type}-{series}-{seed}{trap}".lower()
    return re.sub(r"[^a-z0-9._-]+", "-", raw)[:80]


def _png(image: npt.NDArray[np.uint8]) -> bytes:
    # Level 1 without row filters: the generated masks are mostly black and the pages full of
    # fine noise, so no filter (unlike libpng's adaptive choice per row, tried five ways) gives
    # files as small or smaller, 2-3x faster to encode and faster to decode. Lossless: the same
    # pixels either way.
    ok, buf = cv2.imencode(
        ".png",
        image,
        [cv2.IMWRITE_PNG_COMPRESSION, 1, cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_NONE],
    )
    if not ok:
        raise DocexamError("could not encode a PNG image")
    return buf.tobytes()


def build_specimen(
    state_code: str,
    doc_type: str,
    seed: int,
    dpi: float = 300.0,
    workdir: Path | None = None,
    series: str = "A",
    mrz_trap: bool = False,
) -> GeneratedSpecimen:
    """Draw a specimen; with ``workdir`` its files are written to ``workdir/<specimen id>/``.
    ``mrz_trap``: a document number with look-alike characters and another length."""
    state = get_state(state_code)
    if doc_type not in PLANS:
        raise UnknownDocumentTypeError(
            f"unknown document type {doc_type!r}; known types: {', '.join(DOC_TYPES)}"
        )
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise DocexamError(f"resolution {dpi:g} dpi is outside {MIN_DPI:g}-{MAX_DPI:g} dpi")
    design = design_for(state, series)
    doc = make_doc_data(state, doc_type, seed, series, mrz_trap)
    size = DOCUMENT_SIZES_MM[DocumentType(doc_type)]
    sid = specimen_id(state.code, doc_type, series, seed, mrz_trap)
    root = None if workdir is None else Path(workdir) / sid
    canvases: dict[str, PageCanvas] = {}
    pages: list[Page] = []
    files: dict[str, npt.NDArray[np.uint8]] = {}
    for plan in PLANS[doc_type]:
        canvas = PageCanvas(plan.size_mm or size, dpi)
        plan.build(canvas, design, doc, rng("page", state.code, doc_type, series, seed, plan.id))
        canvases[plan.id] = canvas
        card = doc_type == "td1"
        substrate = SubstrateSpec(
            kind=Substrate.POLYCARBONATE if card else Substrate.PAPER,
            colour="#f2f2ee" if card else design.paper,
            uv_response=UvResponse.DULL,
            # A card's white polycarbonate core lets almost no light through (3 %: a faint glow
            # against a lamp), a passport sheet a good deal (the see-through register).
            opacity=0.97 if card else 0.85,
        )
        if plan.substrate is not None:
            substrate = plan.substrate(design)
        name = {"en": plan.name, ZH: plan.name_zh}
        # Drawn in memory only (a forgery's genuine, a chip fraud's): no white-light composite,
        # the most costly step of a page, for images nobody writes.
        kept = files if root is not None else None
        pages.append(page_of(canvas, plan.id, name, substrate, plan.reverse, kept))
    chip = issue_chip(canvases, doc, series) if has_chip(doc_type) else None
    travel = travel_for(doc) if doc_type == "td3" else None
    if root is not None:
        write_files(root, files)
        write_drafts(root, pages, files)
        if chip is not None:
            write_chip(root, chip)
        if travel is not None:
            write_travel(root, travel)
    kind = doc_type.upper()
    title = {
        "en": f"{state.name_en}: {TITLES[doc_type]} ({kind}), series {series}, #{seed}",
        ZH: f"{state.name_zh}：{TITLES_ZH[doc_type]}（{kind}），{series} 系列，第 {seed} 号",
    }
    specimen = Specimen(
        id=sid,
        title=title,
        document=DocumentInfo(DocumentType(doc_type), state.code, series),
        pages=tuple(pages),
        mrz="\n".join(doc.mrz),
        viz=doc.viz(),
        notes={
            "en": "Generated fictional specimen; every person, state and design is invented.",
            ZH: "程序生成的虚构样本；其中的人物、国家和设计均为虚构。",
        },
        generated=True,
        root=root,
    )
    return GeneratedSpecimen(specimen, canvases, doc, chip, travel)


def issue_chip(canvases: dict[str, PageCanvas], doc: DocData, series: str) -> ChipFile | None:
    """The chip personalised from the same data and portrait the page was printed from."""
    for canvas in canvases.values():
        for layer in canvas.layers:
            if layer.id == chip_portrait.PORTRAIT_LAYER and layer.mask is not None:
                face = chip_portrait.face_from_coverage(layer.mask, layer.region, canvas.dpi)
                pki = state_pki(doc.state.code, doc.state.name_en)
                return personalise(
                    doc.mrz,
                    chip_portrait.encode_face(face),
                    pki,
                    doc.issue,
                    aa=doc.state.code in AA_STATES,
                    offers_pace=doc.state.code in PACE_STATES,
                    details=chip_details_of(doc) if has_details(series) else None,
                )
    return None


def chip_details_of(doc: DocData) -> dict[str, bytes]:
    """DG11 and DG12 from the data the page prints."""
    p = doc.person
    return {
        "DG11": chip_details.dg11(
            p.surname, p.given_names, doc.personal_number, p.birth_date, p.birth_place
        ),
        "DG12": chip_details.dg12(doc.state.authority, doc.issue, signing_time(doc.issue)),
    }


def page_of(
    canvas: PageCanvas,
    page_id: str,
    name: dict[str, str],
    substrate: SubstrateSpec,
    reverse: str | None,
    files: dict[str, npt.NDArray[np.uint8]] | None,
) -> Page:
    """The page a canvas makes: its white-light composite and one feature per layer, whose
    images are added to ``files`` (path in the specimen folder -> pixels) for writing; with
    ``files`` None nothing is drawn nor kept (a page only drawn in memory)."""
    visible_file = f"{page_id}/visible.png"
    if files is not None:
        files[visible_file] = composite(canvas, substrate.colour)
    features = []
    for layer in canvas.layers:
        mask_ref = None
        if layer.mask is not None:
            mask_file = f"{page_id}/masks/{layer.id}.png"
            if files is not None:
                files[mask_file] = layer.mask
            mask_ref = ImageRef(LightSource.VISIBLE, mask_file, canvas.dpi)
        features.append(
            Feature(
                id=layer.id,
                category=layer.category,
                name=layer.name,
                region=layer.region,
                lights=revealing_lights(layer.material),
                description=layer.description,
                how_to_check=layer.how_to_check,
                material=layer.material,
                mask=mask_ref,
                coverage=layer.coverage,
                origin=layer.origin,
                microtext=layer.microtext,
                fineline=layer.fineline,
                damaged=layer.damaged,
            )
        )
    return Page(
        id=page_id,
        name=name,
        size_mm=canvas.size_mm,
        images=(ImageRef(LightSource.VISIBLE, visible_file, canvas.dpi),),
        substrate=substrate,
        features=tuple(features),
        reverse=reverse,
    )


def write_files(root: Path, files: dict[str, npt.NDArray[np.uint8]]) -> None:
    """Encode and write a specimen's images (PNG, in parallel)."""
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=4) as pool:  # cv2 releases the GIL while encoding
        encoded = dict(zip(files, pool.map(_png, files.values()), strict=True))
    for rel, data in encoded.items():
        (root / rel).write_bytes(data)


def write_drafts(
    root: Path, pages: Sequence[Page], files: dict[str, npt.NDArray[np.uint8]]
) -> None:
    """Each page's draft into the pack (``core/light/pack_draft.py``), from the pixels in memory:
    without it the very first opening of a 600 dpi page decodes every one of its images (a
    second or more) before a light other than white can be shown."""
    from docexam.core.light.engine import DRAFT_LONG_SIDE
    from docexam.core.light.pack_draft import write_draft

    for page in pages:
        refs = [page.visible, *(f.mask for f in page.features if f.mask is not None)]
        if all(ref.file in files for ref in refs):  # else drawn elsewhere: drafted at import
            masks = {ref.file: files[ref.file] for ref in refs[1:]}
            write_draft(root, page, files[page.visible.file], masks, DRAFT_LONG_SIDE)


def generate_specimen(
    state: str,
    doc_type: str,
    seed: int,
    dpi: float = 300.0,
    workdir: Path | None = None,
    series: str = "A",
    mrz_trap: bool = False,
) -> Specimen:
    return build_specimen(state, doc_type, seed, dpi, workdir, series, mrz_trap).specimen
