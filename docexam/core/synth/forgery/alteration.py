"""Data alteration: a field of a genuine document erased and rewritten, or its MRZ reprinted.

Rewriting a field leaves a font that does not match, often a new ink that behaves differently
in IR, and the traces of how the original entry was removed (``erasure``: chemically,
mechanically or under an overlay, the forger's choice); the MRZ still carries the old value.
Reprinting the MRZ comes in two variants: the check digits left as they were (the arithmetic
fails) or recomputed (only the comparison with the VIZ shows it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Emission, Ink, Material
from docexam.core.domain.model import Coverage, Origin
from docexam.core.mrz import check_mrz
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.docdata import viz_date
from docexam.core.synth.features import mask_region
from docexam.core.synth.forgery import erasure, mrz_edit
from docexam.core.synth.forgery.locate import (
    Spot,
    erase,
    fade,
    find_text,
    forger_font,
    value_cap,
)
from docexam.core.synth.forgery.screens import stain
from docexam.core.synth.forgery.workbench import Workbench, grow, new_layer, union
from docexam.core.synth.text import draw_text

DATA_LAYERS = ("personal-data", "laser-engraving")
ABRADED = ("printing.", "ink.uv_fluorescent", "substrate.fibres")
ENDINGS = ("son", "er", "ek", "ova", "ell", "and")
CARBON_INK = {1: 0.0, 2: 0.4, 3: 0.65}  # how likely the forger's new ink is black in IR


@dataclass(frozen=True)
class FieldChange:
    key: str  # the VIZ key
    old: str  # as printed
    new: str  # as printed
    new_viz: str  # the VIZ value after the change


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def choose_change(wb: Workbench, key: str | None = None) -> FieldChange:
    g = wb.rng("field")
    key = key or str(g.choice(["birth_date", "expiry_date", "surname"]))
    person = wb.doc.person
    if key == "birth_date":
        new = _shift(person.birth_date, -int(g.integers(3, 10)))
        return FieldChange(key, viz_date(person.birth_date), viz_date(new), new.isoformat())
    if key == "expiry_date":
        new = _shift(wb.doc.expiry, 5)
        return FieldChange(key, viz_date(wb.doc.expiry), viz_date(new), new.isoformat())
    stem = person.surname[: max(2, len(person.surname) - 2)]
    endings = [e for e in ENDINGS if stem + e != person.surname]
    name = stem + str(g.choice(endings))
    return FieldChange("surname", person.surname.upper(), name.upper(), name)


def locate_field(wb: Workbench, text: str) -> tuple[str, Layer, Spot]:
    """The page, data layer and position where ``text`` is printed."""
    tried = []
    for pid, work in wb.pages.items():
        for lid in DATA_LAYERS:
            layer = wb.find(pid, lid)
            if layer is None or layer.mask is None:
                continue
            cap = value_cap(wb.doc.doc_type, work.canvas.size_mm)
            try:
                return pid, layer, find_text(layer.mask, work.canvas, text, cap)
            except ForgeryError as exc:
                tried.append(str(exc))
    raise ForgeryError(f"{wb.source.specimen.id}: " + ("; ".join(tried) or "no personal data"))


def rewrite(
    wb: Workbench,
    pid: str,
    layer: Layer,
    spot: Spot,
    text: str,
    font: str,
    nudge: float = 0.0,
    carbon: bool = False,
) -> tuple[Rect, Layer, Mask]:
    """Erase ``spot`` from ``layer`` and print ``text`` in a new ink layer; returns the erased
    box, the new layer and the erased entry's mask. The new ink is carbon-free (it vanishes at
    long IR cut-offs) unless ``carbon``, and, on a card, flat: printed, not engraved."""
    canvas = wb.canvas(pid)
    assert layer.mask is not None
    box = grow(spot.box, 0.15)
    wb.edit(pid, layer.id)
    old = canvas.blank()
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    old[y0:y1, x0:x1] = layer.mask[y0:y1, x0:x1]
    erase(layer.mask, canvas, box)
    mask = canvas.blank()
    cap = spot.cap_mm * (1.07 if nudge else 1.0)
    draw_text(mask, canvas, text, spot.x_mm, spot.baseline_mm + nudge, cap, font)
    ink = Ink("#1e2640", 1.0) if wb.difficulty == 1 else Ink("#1b1b1d", 1.0)
    cutoff = None if carbon else 900.0 if wb.difficulty == 3 else 780.0
    new = Layer(
        id=f"{layer.id}-2",
        category=layer.category,
        name=dict(layer.name),
        region=mask_region(canvas, mask),
        material=Material(visible=ink, ir_cutoff_nm=cutoff),
        mask=mask,
        coverage=Coverage.INK,
        description=dict(layer.description),
        how_to_check=dict(layer.how_to_check),
        # Named as the field it imitates (a flat print on a card still reads "laser-engraved"),
        # but the forger's: never a genuine feature to find.
        origin=Origin.FORGERY,
    )
    if wb.find(pid, new.id) is None:
        wb.add(pid, new, after=layer.id)
    else:  # a second field on the same page joins the first rewritten one
        existing = wb.edit(pid, new.id)
        assert existing.mask is not None
        existing.mask |= mask
        existing.region = union(existing.region, new.region)
    return box, new, old


def _stain_layer(wb: Workbench, pid: str, canvas: PageCanvas, box: Rect) -> Layer | None:
    if wb.find(pid, "uv-dull-substrate") is None:
        return None  # polycarbonate: no sensitiser to react
    blot = stain(canvas, box, wb.rng("stain"))
    intensity = {1: 0.6, 2: 0.45, 3: 0.3}[wb.difficulty]
    visible = Ink("#e6dcaa", 0.3) if wb.difficulty == 1 else None
    layer = new_layer(
        canvas,
        "sensitiser",
        "substrate.sensitiser",
        ("Chemical sensitiser", "化学敏感剂"),
        Material(visible=visible, uv365=Emission("#d8ec70", intensity)),
        blot,
    )
    return wb.add(pid, layer, after="uv-dull-substrate")


def field_rewrite(wb: Workbench) -> None:
    change = choose_change(wb)
    pid, layer, spot = locate_field(wb, change.old)
    canvas = wb.canvas(pid)
    level = wb.difficulty
    card = layer.id == "laser-engraving"
    how = erasure.choose(wb, card)
    # The forger's ink: at higher levels more often one with carbon, black in IR like the rest.
    carbon = bool(wb.rng("ink").random() < CARBON_INK[level])
    font = {
        1: forger_font("ocrb", (change.new,)),
        2: "bold" if spot.font == "sans" else "sans",
        3: spot.font,
    }[level]
    nudge = 0.12 if level == 3 else 0.0
    box, new, old = rewrite(wb, pid, layer, spot, change.new, font, nudge, carbon)
    field = union(box, new.region)
    wb.viz[change.key] = change.new_viz
    wb.sign(
        pid,
        field,
        ("loupe", "visible") if not card else ("loupe", "visible", "oblique"),
        ("Field rewritten in another font", "字段以不同字体重写"),
        (
            "Under the loupe the characters of this field differ from the other fields (shape, "
            "weight, size or baseline)"
            + (", and they are printed flat instead of laser-engraved." if card else "."),
            "放大镜下该字段字符的字形、粗细、大小或基线与其他字段不同"
            + ("，且为平面印刷而非激光雕刻。" if card else "。"),
        ),
    )
    if not carbon:
        ir_at = 1000 if level == 3 else 870
        wb.sign(
            pid,
            field,
            ("ir",),
            ("New ink vanishes in IR", "新油墨在红外下消失"),
            (
                f"At {ir_at} nm this field fades while the other personal data stay dark: it "
                "was rewritten in an ink without carbon.",
                f"在{ir_at}纳米红外下此字段消失，而其他个人资料仍为黑色：使用了不含碳的油墨重写。",
            ),
            ir_cutoff_nm=ir_at,
        )
    if how == "chemical":
        blot = _stain_layer(wb, pid, canvas, box)
        if blot is not None:
            wb.sign(
                pid,
                blot.region,
                ("uv365",) if level > 1 else ("uv365", "visible"),
                ("Erasure stain under UV", "紫外下可见擦除污迹"),
                (
                    "Under UV-A a pale yellow-green blot surrounds the field: the paper's "
                    "chemical sensitiser reacted to the solvent used to erase the original entry.",
                    "长波紫外灯下该字段周围有淡黄绿色斑迹：纸张中的化学敏感剂与擦除原内容的溶剂发生了反应。",
                ),
            )
        erasure.chemical(wb, pid, box, old, blot)
    elif how == "mechanical":
        # A card's background print lies under a clear layer: only a crude scraping reaches it.
        if level == 1 or (level == 2 and not card):
            # The clumsy forger's scoring of a card wears the print as far as it reaches.
            _abrade(wb, pid, box, new, erasure.CARD_SCORE_MM * 0.8 if card and level == 1 else 0.4)
        erasure.mechanical(wb, pid, box, old, card)
    else:
        erasure.overlay(wb, pid, box, old, card, layer.id)
    wb.sign(
        pid,
        field,
        ("comparison",),
        ("Visual zone disagrees with the MRZ", "视读区与机读区不一致"),
        (
            f"The MRZ still carries the original value ({change.old}); the visual zone shows "
            f"{change.new}.",
            f"机读区仍为原值（{change.old}），视读区显示为 {change.new}。",
        ),
    )


def _abrade(wb: Workbench, pid: str, box: Rect, new: Layer, spread_mm: float) -> None:
    canvas = wb.canvas(pid)
    worn = grow(box, spread_mm)
    soft = stain(canvas, box, wb.rng("abrasion"), spread_mm=spread_mm)
    for other in wb.by_category(pid, *ABRADED):
        if other.mask is None or other.material.visible is None or other.id == new.id:
            continue
        x0, y0, x1, y1 = canvas.pixel_box(worn, 0)
        if other.mask[y0:y1, x0:x1].any():
            wb.edit(pid, other.id)
            fade(other.mask, canvas, worn, 0.35 if wb.difficulty == 1 else 0.7, soft)
            wb.wear(pid, other, worn)
    wb.sign(
        pid,
        worn,
        ("visible", "loupe"),
        ("Background print abraded", "底纹被擦损"),
        (
            "The guilloche and background lines under the field are weaker and broken: "
            "the original entry was scraped off.",
            "该字段下的扭索纹和底纹变淡、断裂：原内容曾被刮除。",
        ),
    )


def mrz_wrong_check_digits(wb: Workbench) -> None:
    mrz_edit.reprint(wb, recompute=False)


def mrz_recomputed(wb: Workbench) -> None:
    mrz_edit.reprint(wb, recompute=True)


def mrz_is_valid(lines: tuple[str, ...]) -> bool:
    return check_mrz(list(lines), reference=date(2025, 6, 1)).valid
