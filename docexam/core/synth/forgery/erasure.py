"""How the forger removed the original entry of a rewritten field, and the traces each way leaves.

The forger chooses (by seed): chemical erasure (paper only: the solvent makes the paper's
sensitiser react under UV and bleaches the fibres), mechanical erasure (scraping thins the paper,
which shines in transmitted light, and roughens its surface for grazing light; on a card it
scores the surface) or an overlay (a patch of added material over the field, with its edge in
grazing light and its own UV and transmitted-light behaviour). Where the ink allows, the
original entry is still there to recover: residues of an erased dye luminesce in IR, carbon
left in scraped paper or under a patch absorbs IR. Which traces appear, and how strongly,
varies with the seed and the difficulty.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.forgery.locate import fade
from docexam.core.synth.forgery.screens import stain
from docexam.core.synth.forgery.workbench import Workbench, grow, new_layer

PAPER_METHODS = ("chemical", "mechanical", "overlay")
CARD_METHODS = ("mechanical", "overlay")  # a laser-engraved entry does not dissolve
# How likely the original entry is left recoverable, by difficulty (an overlay always hides
# it in white light only).
RECOVERABLE = {1: 1.0, 2: 0.7, 3: 0.45}
FIBRES = ("substrate.fibres", "substrate.planchettes")
SPREAD_MM = {1: 1.2, 2: 0.5, 3: 0.3}  # how far round the entry the forger worked
CARD_SCORE_MM = 2.2
# How strongly an overlay's patch glows under UV-A, by level (a careful forger finds a UV-dull
# film): at level 2 a faint glow, so the patch is a second-line find, not a first-line one.
PATCH_GLOW = {1: 0.55, 2: 0.18, 3: None}


def choose(wb: Workbench, card: bool) -> str:
    """The pinned method (``wb.method``), else the forger's choice by seed."""
    methods = CARD_METHODS if card else PAPER_METHODS
    if wb.method not in methods:
        wb.method = methods[int(wb.rng("method").integers(len(methods)))]
    return wb.method


def _texture(canvas: PageCanvas, area: Rect, g: np.random.Generator, soft: Mask) -> Mask:
    """A rough patch: speckle inside the soft blot ``soft``, as scraped or milled surface."""
    noise = g.random((canvas.height, canvas.width)).astype(np.float32)
    out = soft.astype(np.float32) * (noise > 0.55)
    x0, y0, x1, y1 = canvas.pixel_box(area, 0)
    keep = np.zeros_like(out)
    keep[y0:y1, x0:x1] = out[y0:y1, x0:x1]
    return keep.astype(np.uint8)


def _original(wb: Workbench, pid: str, old: Mask, box: Rect, kind: str, strength: float) -> None:
    """What is left of the original entry, invisible in white light: ``ir`` (carbon absorbing)
    or ``irl`` (dye residues luminescing)."""
    canvas = wb.canvas(pid)
    if kind == "ir":
        material = Material(ir_cutoff_nm=2000.0, ir_density=strength)
        reveal, title = ("ir",), ("Original entry visible in IR", "红外下可见原内容")
        text = (
            "At 1000 nm the original entry shows under the new one: carbon from the original "
            "ink is still there, and the new ink does not hide it in infrared.",
            "在1000纳米红外下新内容之下显出原内容：原油墨中的碳仍留在原处，新油墨在红外下遮不住它。",
        )
    else:
        material = Material(ir_luminescence=strength)
        reveal, title = ("ir_luminescence",), ("Original entry luminesces", "原内容发出红外荧光")
        text = (
            "Under IR luminescence the original entry glows faintly under the new one: the "
            "erased dye left residues that still luminesce.",
            "红外荧光观察时新内容之下隐约发出原内容的荧光：被去除的染料留下的残留物仍会发光。",
        )
    residue = new_layer(
        canvas,
        "original-entry",
        "personalisation.data",
        ("Personal data", "个人资料"),
        material,
        old,
    )
    wb.add(pid, residue)
    wb.sign(pid, grow(box, 0.1), reveal, title, text, ir_cutoff_nm=1000 if kind == "ir" else None)


def _recoverable(wb: Workbench) -> bool:
    return bool(wb.rng("original").random() < RECOVERABLE[wb.difficulty])


def chemical(wb: Workbench, pid: str, box: Rect, old: Mask, stained: Layer | None) -> None:
    """Solvent on paper: the sensitiser stain is made by the caller; the fibres bleach."""
    canvas = wb.canvas(pid)
    level = wb.difficulty
    soft = stain(canvas, box, wb.rng("bleach"))
    area = grow(box, 1.2)
    bleached, seen = [], False
    for other in wb.by_category(pid, *FIBRES):
        x0, y0, x1, y1 = canvas.pixel_box(area, 0)
        if other.mask is None or not other.mask[y0:y1, x0:x1].any():
            continue
        wb.edit(pid, other.id)
        fade(other.mask, canvas, area, {1: 0.1, 2: 0.35, 3: 0.6}[level], soft)
        wb.wear(pid, other, area)
        bleached.append(other.id)
        seen |= other.material.visible is not None
    if bleached:
        wb.sign(
            pid,
            area,
            ("uv365", "visible", "loupe") if seen and level == 1 else ("uv365",),
            ("Fibres bleached round the field", "字段周围纤维褪色"),
            (
                "Under UV-A the fluorescent fibres round the field are faded or gone: the "
                "solvent that erased the original entry bleached them.",
                "长波紫外灯下字段周围的荧光纤维变淡或消失：去除原内容的溶剂使其褪色。",
            ),
        )
    if _recoverable(wb):
        _original(wb, pid, old, box, "irl", {1: 0.6, 2: 0.45, 3: 0.3}[level])


def mechanical(wb: Workbench, pid: str, box: Rect, old: Mask, card: bool) -> None:
    """Scraping: thinner, rougher paper (or a scored card surface)."""
    canvas = wb.canvas(pid)
    level = wb.difficulty
    spread = SPREAD_MM[level]  # a clumsy forger scrapes well beyond the entry
    if card and level == 1:
        # A card's fields are small (about 15 mm²): the clumsy forger's scoring spreads well
        # past one, or it would measure as subtle as a careful forger's.
        spread = CARD_SCORE_MM
    area = grow(box, spread)
    soft = stain(canvas, box, wb.rng("scrape"), spread_mm=spread)
    rough = _texture(canvas, area, wb.rng("rough"), soft)
    relief = {1: 14.0, 2: 9.0, 3: 6.0}[level]
    thin = None if card else {1: -0.3, 2: -0.22, 3: -0.15}[level]
    layer = new_layer(
        canvas,
        "scraped",
        "substrate.polycarbonate" if card else "substrate.uv_dull",
        ("Polycarbonate layers", "聚碳酸酯层") if card else ("Security paper", "防伪纸"),
        # Level 1: scuffed so badly it shows in white light too: raised, pale paper fibres, or
        # grey scratches in a card's surface.
        Material(
            visible=(Ink("#7a766f", 0.85) if card else Ink("#ffffff", 0.35))
            if level == 1
            else None,
            relief_um=relief,
            transmission=thin,
        ),
        np.maximum(rough, (soft * (0.85 if card and level == 1 else 0.6)).astype(np.uint8)),
    )
    wb.add(pid, layer)
    wb.sign(
        pid,
        area,
        ("oblique", "visible") if level == 1 else ("oblique",),
        ("Surface scraped round the field", "字段处表面被刮擦"),
        (
            "In grazing light the surface under the field is rough and scuffed where the rest "
            "is smooth: the original entry was scraped off.",
            "侧光下该字段处表面粗糙、有擦痕，而其余部分平整：原内容被刮除。",
        ),
    )
    if thin is not None:
        wb.sign(
            pid,
            area,
            ("transmitted",),
            ("Thinned paper under the field", "字段处纸张变薄"),
            (
                "Held against the light the paper under the field is brighter than around "
                "it: scraping off the original entry thinned it.",
                "透光观察该字段处纸张比周围更亮：刮除原内容时纸张被刮薄。",
            ),
        )
    if _recoverable(wb):
        _original(wb, pid, old, box, "ir", {1: 0.45, 2: 0.3, 3: 0.2}[level])


def overlay(wb: Workbench, pid: str, box: Rect, old: Mask, card: bool, under: str) -> None:
    """A patch of added material over the field (drawn after layer ``under``, the data), printed
    with the new entry."""
    canvas = wb.canvas(pid)
    level = wb.difficulty
    area = grow(box, (CARD_SCORE_MM if card and level == 1 else SPREAD_MM[level]) + 0.3)
    patch = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(area, 0)
    patch[y0:y1, x0:x1] = 255
    colour = wb.pages[pid].substrate.colour
    glow = PATCH_GLOW[level]
    layer = new_layer(
        canvas,
        "overlay",
        "protection.laminate",
        ("Laminate", "覆膜"),
        Material(
            visible=Ink(colour, 0.85) if level == 1 else None,
            relief_um={1: 20.0, 2: 12.0, 3: 8.0}[level],
            transmission=None if card else 0.25,
            uv365=None if glow is None else Emission("#c8d4ff", glow),
        ),
        patch,
    )
    wb.add(pid, layer, after=under)
    lights = (
        ("oblique",) + (() if card else ("transmitted",)) + (("visible",) if level == 1 else ())
    )
    wb.sign(
        pid,
        area,
        lights,
        ("Patch laid over the field", "字段上贴有覆盖片"),
        (
            "In grazing light a thin patch with straight edges sits over the field"
            + ("" if card else " and it is darker against the light")
            + ": the new entry is printed on added material that hides the original.",
            "侧光下该字段上有一块边缘平直的薄片"
            + ("" if card else "，透光观察颜色更深")
            + "：新内容印在附加的材料上，遮住了原内容。",
        ),
    )
    if glow is not None:
        wb.sign(
            pid,
            area,
            ("uv365",),
            ("Patch glows under UV", "覆盖片在紫外灯下发光"),
            (
                "Under UV-A a sharp-edged rectangle over the field glows blue-white: the patch "
                "contains optical brighteners the document does not.",
                "长波紫外灯下该字段上一块边缘清晰的矩形发蓝白色荧光：覆盖片含有证件本身没有的荧光增白剂。",
            ),
        )
    # The patch hides the original only in white light: it is transparent in IR.
    _original(wb, pid, old, box, "ir", 0.8)
