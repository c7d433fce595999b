"""The genuine-feature key of a page: what there is to find, where a mark finds it, how it looks.

Only genuine features count: a forged specimen's own additions and imitations
(``origin: forgery``) and recorded alterations (``fraud.*``) are never a security feature to
find. The lights that reveal a feature are those its material shows under (judged against plain
ink, see ``material.revealing_lights``) plus any light the page has a capture for; a hand-made
feature without a material keeps the lights its author gave.

A feature spread over the page (fibres, planchettes) is found on any of its pieces: their boxes,
read from its mask, are its parts. Features at the same place (a watermark's two tones, the
two inks of a metameric pair) are one thing to find: a mark cannot tell them apart. A feature
that is one piece over most of the page (the background print) cannot be asked for, but a mark
on it is no error either; the paper or card itself is neither: everything lies on it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.geometry import Rect, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.look import contrast, level
from docexam.core.domain.material import Material, revealing_lights
from docexam.core.domain.model import Coverage, Feature, I18nText, Page, Specimen
from docexam.core.domain.taxonomy import CATEGORIES
from docexam.core.exercise.model import ExpectedRegion
from docexam.core.pack.images import read_image
from docexam.core.training.quiz.fraud_truth import FRAUD_PREFIX

MAX_FINDABLE_SHARE = 0.6  # a piece covering most of the page cannot be "found" by a mark
SAME_PLACE = 0.75  # overlap (intersection over union) at which two features are one place
PART_PAD_MM = 0.5  # a mark this close to a fibre or a planchette lands on it
MAX_PARTS = 400
INK = 32  # mask value from which a pixel is ink
PAPER = ("substrate.uv_dull", "substrate.polycarbonate")  # the page itself: never marked


def _area(region: Region) -> float:
    x0, y0, x1, y1 = region.bounds()
    return max(0.0, x1 - x0) * max(0.0, y1 - y0)


def union_of(regions: Sequence[Region]) -> Rect:
    b = [r.bounds() for r in regions]
    x0, y0 = min(v[0] for v in b), min(v[1] for v in b)
    x1, y1 = max(v[2] for v in b), max(v[3] for v in b)
    return Rect(round(x0, 3), round(y0, 3), round(x1 - x0, 3), round(y1 - y0, 3))


def overlap(a: Region, b: Region) -> float:
    """Intersection over union of two regions' bounds."""
    ax0, ay0, ax1, ay1 = a.bounds()
    bx0, by0, bx1, by1 = b.bounds()
    w = min(ax1, bx1) - max(ax0, bx0)
    h = min(ay1, by1) - max(ay0, by0)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / (_area(a) + _area(b) - inter)


def _mask_facts(
    path: str, stamp: tuple[int, int], dpi: float, page_mm: tuple[float, float] | None
) -> tuple[float, tuple[Rect, ...]]:
    """(ink area in mm², boxes of its pieces within a page of ``page_mm``, or none without it)
    of a mask file; cached per file version, pieces clipped once rather than per exam drawn."""
    ink, table = _mask_table(path, stamp, dpi, page_mm)
    return ink, tuple(Rect(*row) for row in table)


# A library's masks all stay cached: a set is drawn from every page of every pack, and a cache
# smaller than the library (the bundled set holds many thousands of masks) misses on every one
# of them on every set, reading each mask again (some 20 s a set). Boxes are kept as plain
# tuples of numbers: most masks have a few, fibres and planchettes up to MAX_PARTS.
@functools.lru_cache(maxsize=1 << 16)
def _mask_table(
    path: str, stamp: tuple[int, int], dpi: float, page_mm: tuple[float, float] | None
) -> tuple[float, tuple[tuple[float, float, float, float], ...]]:
    import cv2
    import numpy as np

    del stamp  # part of the cache key only: a rewritten mask is read again
    mask = read_image(Path(path), grey=True)
    scale = dpi / 25.4
    ink_mm2 = float(mask.sum()) / 255.0 / scale**2
    if page_mm is None:
        return ink_mm2, ()
    pad = max(1, round(PART_PAD_MM * scale))
    grown = cv2.dilate((mask > INK).astype(np.uint8), np.ones((2 * pad + 1, 2 * pad + 1), np.uint8))
    for _ in range(8):  # too many pieces: join neighbours until a trainee can be shown them
        count, _, stats, _ = cv2.connectedComponentsWithStats(grown)
        if count - 1 <= MAX_PARTS:
            break
        grown = cv2.dilate(grown, np.ones((2 * pad + 1, 2 * pad + 1), np.uint8))
    boxes = (
        _on_page(Rect(*(round(v / scale, 3) for v in (x, y, w, h))), *page_mm)
        for x, y, w, h, _ in stats[1:]
    )
    return ink_mm2, tuple((b.x, b.y, b.w, b.h) for b in boxes)


def _on_page(r: Rect, w: float, h: float) -> Rect:
    x0, y0 = max(0.0, r.x), max(0.0, r.y)
    x1, y1 = min(w, r.x + r.w), min(h, r.y + r.h)
    return Rect(round(x0, 3), round(y0, 3), round(x1 - x0, 3), round(y1 - y0, 3))


@dataclass(frozen=True)
class FeatureKey:
    """One genuine feature of a page as a key: the lights that reveal it, where a mark finds it
    and how much ink it has."""

    feature: Feature
    lights: tuple[LightSource, ...]
    areas: tuple[Region, ...]
    ink_mm2: float
    askable: bool  # every piece small enough to be marked as a thing

    @property
    def markable(self) -> bool:
        """False for the paper or card itself: a mark anywhere lies on it."""
        return self.feature.category not in PAPER


def key_lights(page: Page, f: Feature) -> tuple[LightSource, ...]:
    if f.material == Material():
        return f.lights  # nothing simulated: the author's word
    simulated = revealing_lights(f.material)
    captured = [li for li in f.lights if li not in simulated and page.image(li) is not None]
    return tuple(li for li in LightSource if li in simulated or li in captured)


def _geometry(specimen: Specimen, page: Page, f: Feature) -> tuple[tuple[Region, ...], float]:
    w, h = page.size_mm
    spread = _area(f.region) > MAX_FINDABLE_SHARE * w * h
    ink = _area(f.region)
    if f.mask is not None and specimen.root is not None:
        try:
            path = specimen.path(f.mask)
            st = path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
            ink, parts = _mask_facts(str(path), stamp, f.mask.dpi, (w, h) if spread else None)
        except (OSError, ValueError, DocexamError):
            parts = ()
        if spread and parts:
            return parts, ink
    elif f.coverage is Coverage.INK:
        ink = _area(f.region) / 3.0  # ink in a hand-drawn box: a guess, not a measurement
    return (f.region,), ink


def page_keys(specimen: Specimen, page: Page) -> list[FeatureKey]:
    """The genuine features of ``page`` as keys, in page order."""
    w, h = page.size_mm
    out = []
    for f in page.features:
        if not f.genuine or f.category.startswith(FRAUD_PREFIX):
            continue
        areas, ink = _geometry(specimen, page, f)
        askable = f.category not in PAPER and all(
            _area(a) <= MAX_FINDABLE_SHARE * w * h for a in areas
        )
        out.append(FeatureKey(f, key_lights(page, f), areas, ink, askable))
    return out


@dataclass(frozen=True)
class Thing:
    """What a trainee finds with one mark: a feature, or features at one place."""

    keys: tuple[FeatureKey, ...]

    @property
    def first(self) -> Feature:
        return self.keys[0].feature

    def look(self, light: LightSource, paper: str) -> int | None:
        """Its level under ``light``: the best contrast of its features, their ink together."""
        shown = [k for k in self.keys if light in k.lights]
        if not shown:
            return None
        best = max(contrast(k.feature.material, light, paper) for k in shown)
        if best <= 0.0:
            return None  # revealed by a capture or by its author's word: no measure
        return level(best, sum(k.ink_mm2 for k in shown))

    def expected(
        self, page_id: str, lights: tuple[LightSource, ...] | None = None
    ) -> ExpectedRegion:
        f = self.first
        reason = f.how_to_check or f.description
        own = tuple(li for li in LightSource if any(li in k.lights for k in self.keys))
        if len(self.keys) == 1:
            areas = self.keys[0].areas
            parts = areas if areas != (f.region,) else ()
            return ExpectedRegion(
                f.id, page_id, f.region, f.category, f.name, lights or own, reason, parts=parts
            )
        regions = tuple(k.feature.region for k in self.keys)
        return ExpectedRegion(
            f.id,
            page_id,
            union_of(regions),
            f.category,
            _group_name(self.keys),
            lights or own,
            reason,
            parts=regions,
        )


def _group_name(keys: Sequence[FeatureKey]) -> I18nText:
    categories = {k.feature.category for k in keys}
    if len(categories) == 1 and (cat := CATEGORIES.get(next(iter(categories)))) is not None:
        return {"en": cat.en, "zh-Hans": cat.zh}
    names: dict[str, list[str]] = {}
    for k in keys:
        for lang, text in k.feature.name.items():
            names.setdefault(lang, []).append(text)
    return {lang: " + ".join(texts) for lang, texts in names.items()}


def things(keys: Sequence[FeatureKey]) -> list[Thing]:
    """Askable keys joined where they occupy the same place; in page order."""
    groups: list[list[FeatureKey]] = []
    for k in keys:
        if not k.askable:
            continue
        if len(k.areas) > 1:  # already found on any of its pieces
            groups.append([k])
            continue
        home = next(
            (
                g
                for g in groups
                if len(g[0].areas) == 1
                and len(k.areas) == 1
                and any(overlap(k.areas[0], m.areas[0]) >= SAME_PLACE for m in g)
            ),
            None,
        )
        if home is None:
            groups.append([k])
        else:
            home.append(k)
    return [Thing(tuple(g)) for g in groups]


def best_level(levels: Sequence[int | None]) -> int | None:
    known = [lv for lv in levels if lv is not None]
    return min(known) if known else None


def hardest(levels: Sequence[int | None]) -> int | None:
    known = [lv for lv in levels if lv is not None]
    return max(known) if known else None
