"""The forger's bench: a private copy of a genuine specimen's pages that operations edit.

Operations never touch the genuine: every page canvas and layer mask is copied first. While an
operation runs, the bench notes every layer it changes and every sign it records, so the forgery
record is written from what was actually done rather than from what was intended.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from docexam.core.domain.geometry import Rect, Region
from docexam.core.domain.guidance import guide
from docexam.core.domain.material import Material
from docexam.core.domain.model import (
    Coverage,
    DocumentInfo,
    I18nText,
    Origin,
    Page,
    Status,
    SubstrateSpec,
)
from docexam.core.domain.seeds import rng
from docexam.core.domain.travel import TravelHistory
from docexam.core.pack.chip_file import ChipFile
from docexam.core.pack.forgery_record import REVEALERS, ForgeryError, Operation, Sign
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.compose import GeneratedSpecimen
from docexam.core.synth.docdata import DocData
from docexam.core.synth.features import mask_region


@dataclass
class PageWork:
    page: Page  # the genuine page: id, name, size, reverse
    canvas: PageCanvas
    substrate: SubstrateSpec


def copy_canvas(canvas: PageCanvas) -> PageCanvas:
    out = PageCanvas(canvas.size_mm, canvas.dpi)
    out.layers = [
        replace(layer, mask=None if layer.mask is None else layer.mask.copy())
        for layer in canvas.layers
    ]
    return out


class Workbench:
    """Editable pages, document data and the signs recorded so far."""

    def __init__(
        self, generated: GeneratedSpecimen, fraud: Status, seed: int, difficulty: int
    ) -> None:
        spec = generated.specimen
        self.source = generated
        self.fraud = fraud
        self.seed = seed
        self.difficulty = difficulty
        # The operations this forgery applies: an operation may depend on how the forger went
        # about it (a photo lifted under the laminate or cut in), which another one chose.
        self.plan: tuple[str, ...] = ()
        # The method the forgery was made by (``METHODS``): pinned by the caller, or chosen by
        # the operation that decides it; "" for a fraud without methods.
        self.method = ""
        self.doc: DocData = generated.doc
        self.mrz: tuple[str, ...] = generated.doc.mrz
        self.travel: TravelHistory | None = generated.travel  # the stamps as printed
        self.viz: dict[str, str] = dict(spec.viz)
        self.document: DocumentInfo = replace(spec.document, status=fraud)
        self.title: I18nText = dict(spec.title)
        self.pages: dict[str, PageWork] = {
            p.id: PageWork(p, copy_canvas(generated.pages[p.id]), p.substrate) for p in spec.pages
        }
        self.signs: list[Sign] = []
        # A chip the issuer personalised anew (a fraudulently obtained document's, with the
        # applicant's face); None keeps the genuine's.
        self.chip: ChipFile | None = None
        self.operations: list[Operation] = []
        self._op = ""
        self._touched: list[tuple[str, str]] = []
        # Per sign: the layers of its page its operation had changed when it was recorded, and
        # whether the substrate had changed: what the sign shows, measured on its own.
        self.traces: dict[str, tuple[frozenset[str], bool]] = {}

    # -- operations -------------------------------------------------------------------------

    @contextmanager
    def operation(self, name: str) -> Iterator[None]:
        """Run one operation; its changed layers and signs are attributed to ``name``."""
        self._op, self._touched = name, []
        before = len(self.signs)
        try:
            yield
        finally:
            self._op = ""
        if len(self.signs) == before and not self._touched:
            return  # the operation found nothing to do on this document
        pages = sorted({p for p, _ in self._touched} | {s.page_id for s in self.signs[before:]})
        layers = sorted({f"{p}/{lid}" for p, lid in self._touched if lid})
        self.operations.append(Operation(name, tuple(pages), tuple(layers)))

    def rng(self, *parts: object, shared: bool = False) -> np.random.Generator:
        """A stream that depends on the genuine, the fraud, the seed and the operation only, so
        adding an operation to a plan never changes what another operation draws; ``shared``
        streams leave the operation out, for facts several operations agree on."""
        op = "" if shared else self._op
        return rng("forgery", self.source.specimen.id, self.fraud, self.seed, op, *parts)

    # -- pages and layers -------------------------------------------------------------------

    def canvas(self, page_id: str) -> PageCanvas:
        return self.pages[page_id].canvas

    def find(self, page_id: str, layer_id: str) -> Layer | None:
        for layer in self.canvas(page_id).layers:
            if layer.id == layer_id:
                return layer
        return None

    def layer(self, page_id: str, layer_id: str) -> Layer:
        found = self.find(page_id, layer_id)
        if found is None:
            raise ForgeryError(f"page {page_id!r} of {self.source.specimen.id} has no {layer_id!r}")
        return found

    def where(self, layer_id: str) -> list[str]:
        """The pages that carry a layer with this id."""
        return [pid for pid in self.pages if self.find(pid, layer_id) is not None]

    def by_category(self, page_id: str, *prefixes: str) -> list[Layer]:
        return [
            layer
            for layer in self.canvas(page_id).layers
            if any(layer.category.startswith(p) for p in prefixes)
        ]

    def edit(self, page_id: str, layer_id: str) -> Layer:
        """The layer, noted as changed: the caller edits its mask or attributes in place."""
        self.touch(page_id, layer_id)
        return self.layer(page_id, layer_id)

    def touch(self, page_id: str, layer_id: str = "") -> None:
        self._touched.append((page_id, layer_id))

    def wear(self, page_id: str, layer: Layer, area: Rect) -> None:
        """Note that the forger wore ``layer``'s print away in ``area``: the plate it was printed
        from no longer shows there, so the loupe keeps the page's pixels rather than redraw it."""
        if layer.microtext or layer.fineline:
            self.touch(page_id, layer.id)
            layer.damaged = (*layer.damaged, area.bounds())

    def set_material(self, page_id: str, layer_id: str, **changes: Any) -> Layer:
        layer = self.edit(page_id, layer_id)
        layer.material = replace(layer.material, **changes)
        return layer

    def imitate(self, page_id: str, layer_id: str, **changes: Any) -> Layer:
        """The layer, now the forger's imitation of a genuine feature (with ``changes`` to its
        material): it keeps its name, so the page reads as before, but no genuine-feature key or
        hotspot lists it any more."""
        layer = self.set_material(page_id, layer_id, **changes)
        layer.origin = Origin.FORGERY
        layer.microtext = ()  # an imitation is no longer printed from the genuine plate
        layer.fineline = ()
        return layer

    def remove(self, page_id: str, layer_id: str) -> None:
        self.touch(page_id, layer_id)
        canvas = self.canvas(page_id)
        canvas.layers = [la for la in canvas.layers if la.id != layer_id]

    def add(self, page_id: str, layer: Layer, after: str | None = None) -> Layer:
        """Insert ``layer`` after layer ``after`` (drawing order matters), or on top."""
        canvas = self.canvas(page_id)
        if self.find(page_id, layer.id) is not None:
            raise ForgeryError(f"page {page_id!r} already has a layer {layer.id!r}")
        index = len(canvas.layers)
        if after is not None:
            index = next(i + 1 for i, la in enumerate(canvas.layers) if la.id == after)
        canvas.layers.insert(index, layer)
        self.touch(page_id, layer.id)
        return layer

    def extent(self, page_id: str, layer: Layer) -> Region:
        """Where a layer can show: its region, grown to its mask's ink where that spills over
        (white light composites the whole mask; the light engine clips to the region)."""
        if layer.mask is None or not layer.mask.any():
            return layer.region
        inked = mask_region(self.canvas(page_id), layer.mask, pad_mm=0.1)
        x0, y0, x1, y1 = layer.region.bounds()
        a0, b0, a1, b1 = inked.bounds()
        if a0 >= x0 and b0 >= y0 and a1 <= x1 and b1 <= y1:
            return layer.region
        return union(layer.region, inked)

    def set_substrate(self, page_id: str, **changes: Any) -> None:
        work = self.pages[page_id]
        work.substrate = replace(work.substrate, **changes)
        self.touch(page_id)

    def replace_page(self, page_id: str, canvas: PageCanvas) -> None:
        self.pages[page_id].canvas = canvas
        self.touch(page_id)
        for layer in canvas.layers:
            self.touch(page_id, layer.id)

    # -- signs ------------------------------------------------------------------------------

    def sign(
        self,
        page_id: str,
        region: Region,
        reveal: tuple[str, ...],
        title: tuple[str, str],
        explanation: tuple[str, str],
        ir_cutoff_nm: int | None = None,
        group: str = "",
    ) -> Sign:
        """Record a sign; ``title`` and ``explanation`` are (English, Simplified Chinese).
        Signs of one operation on a page are one thing to find; ``group`` joins the signs of
        several operations that show one alteration (a substituted photo)."""
        unknown = [r for r in reveal if r not in REVEALERS]
        if unknown or not reveal:
            raise ForgeryError(f"{self._op}: unknown light or tool {unknown}")
        n = sum(1 for s in self.signs if s.operation == self._op) + 1
        sign = Sign(
            id=f"{self._op.replace('_', '-')}-{n}",
            page_id=page_id,
            region=clip(region, self.canvas(page_id).size_mm),
            operation=self._op,
            reveal=reveal,
            title={"en": title[0], "zh-Hans": title[1]},
            explanation={"en": explanation[0], "zh-Hans": explanation[1]},
            ir_cutoff_nm=ir_cutoff_nm,
            group=group,
        )
        self.signs.append(sign)
        touched = [lid for pid, lid in self._touched if pid == page_id]
        self.traces[sign.id] = (frozenset(t for t in touched if t), "" in touched)
        return sign


def clip(region: Region, size_mm: tuple[float, float]) -> Region:
    """A rectangle kept on the page (the pack validator refuses regions outside it)."""
    if not isinstance(region, Rect):
        return region
    w, h = size_mm
    x0, y0 = max(0.0, region.x), max(0.0, region.y)
    x1, y1 = min(w, region.x + region.w), min(h, region.y + region.h)
    return Rect(
        round(x0, 3), round(y0, 3), round(max(x1 - x0, 0.01), 3), round(max(y1 - y0, 0.01), 3)
    )


def grow(region: Region, by_mm: float) -> Rect:
    x0, y0, x1, y1 = region.bounds()
    return Rect(
        round(x0 - by_mm, 3),
        round(y0 - by_mm, 3),
        round(x1 - x0 + 2 * by_mm, 3),
        round(y1 - y0 + 2 * by_mm, 3),
    )


def union(*regions: Region) -> Rect:
    bounds = [r.bounds() for r in regions]
    x0, y0 = min(b[0] for b in bounds), min(b[1] for b in bounds)
    x1, y1 = max(b[2] for b in bounds), max(b[3] for b in bounds)
    return Rect(round(x0, 3), round(y0, 3), round(x1 - x0, 3), round(y1 - y0, 3))


def new_layer(
    canvas: PageCanvas,
    fid: str,
    category: str,
    name: tuple[str, str],
    material: Material,
    mask: Mask,
) -> Layer:
    """A layer the forger adds, worded like the generator's own features of that category, so
    its name does not give it away; its origin keeps it out of every genuine-feature key."""
    desc, how = guide(category)
    return Layer(
        id=fid,
        category=category,
        name={"en": name[0], "zh-Hans": name[1]},
        region=mask_region(canvas, mask),
        material=material,
        mask=mask,
        coverage=Coverage.INK,
        description=desc,
        how_to_check=how,
        origin=Origin.FORGERY,
    )
