"""Signs a polycarbonate card leaves, which a paper data page cannot.

A card has no laminate to lift, no fibres to cut and no sensitiser to stain: its layers are
fused and its data and portrait are burnt into the core by a laser. A forger who changes the
portrait mills the surface off and re-engraves it with another laser (other depth, other
colour, a rippled surface), has to grind and re-polish the clear window that repeats it, and
may split the card's layers open at the edge; a counterfeit card is printed PVC, which glows
under UV and carries flat print where engraving belongs. Which operations fit which substrate
is in ``SUBSTRATE_ONLY``.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.domain.model import Status, Substrate
from docexam.core.synth.canvas import Layer
from docexam.core.synth.forgery.counterfeit import brighten
from docexam.core.synth.forgery.screens import ring, stain
from docexam.core.synth.forgery.workbench import Workbench, grow, new_layer, union

# Operations whose sign exists on one substrate only; every other operation fits both.
SUBSTRATE_ONLY: dict[str, Substrate] = {
    "laminate_edge": Substrate.PAPER,  # a card has no laminate to lift
    "cut_edge": Substrate.PAPER,  # nor a page to cut a photo into
    "uv_interrupted": Substrate.PAPER,  # fibres and print stopped by a pasted photo
    "brightener_paper": Substrate.PAPER,
    "printed_fibres": Substrate.PAPER,
    "engraving_mismatch": Substrate.POLYCARBONATE,
    "surface_disturbed": Substrate.POLYCARBONATE,
    "window_tampered": Substrate.POLYCARBONATE,
    "layer_split": Substrate.POLYCARBONATE,
    "pvc_card": Substrate.POLYCARBONATE,
    "flat_engraving": Substrate.POLYCARBONATE,
    "foreign_material": Substrate.POLYCARBONATE,  # a front layer that is not polycarbonate
    "resewn_binding": Substrate.PAPER,  # a card has no binding
}
ENGRAVED = ("portrait", "laser-engraving")
# What a card made of a counterfeit front and a genuine back shows (``combined``).
COMBINED_SIGNS = ("foreign_material", "layer_split", "window_tampered", "flat_engraving")


def fits(operation: str, kind: Substrate) -> bool:
    return SUBSTRATE_ONLY.get(operation, kind) is kind


def joined(wb: Workbench) -> bool:
    """A combined card: a counterfeit front joined to a genuine card's back, not a photo
    substitution in one genuine card."""
    return wb.fraud is Status.COMBINED


def _group(wb: Workbench) -> str:
    return "" if joined(wb) else "photo"


def _cards(wb: Workbench) -> list[str]:
    return [pid for pid, w in wb.pages.items() if w.substrate.kind is Substrate.POLYCARBONATE]


def engraving_mismatch(wb: Workbench) -> None:
    """The substituted portrait re-engraved with another laser: browner and deeper (levels 1
    and 2), or deeper and only slightly warmer, a loupe's work (level 3)."""
    for pid in _cards(wb):
        layer = wb.find(pid, "portrait")
        if layer is None or layer.material.visible is None:
            continue
        depth = layer.material.relief_um or -15.0
        if wb.difficulty < 3:
            colour, relief = (
                ("#5a4030", depth * 2.2) if wb.difficulty == 1 else ("#4c3a2d", depth * 2.0)
            )
            reveal: tuple[str, ...] = ("visible", "oblique", "loupe")
        else:
            colour, relief = "#3e342b", depth * 1.7
            reveal = ("oblique", "loupe")
        wb.imitate(pid, layer.id, visible=Ink(colour, layer.material.visible.opacity))
        wb.set_material(pid, layer.id, relief_um=relief)
        wb.sign(
            pid,
            layer.region,
            reveal,
            ("Portrait engraved by another laser", "照片由另一台激光设备雕刻"),
            (
                "The portrait's engraving differs from the data beside it: "
                + (
                    "browner in white light and burnt deeper, so it casts heavier shadows in "
                    "grazing light."
                    if wb.difficulty < 3
                    else "sunk deeper in grazing light and, under the loupe, a shade warmer "
                    "than the data."
                )
                + " It was erased and re-lasered.",
                "照片的雕刻与旁边的资料不同："
                + (
                    "白光下偏棕色，雕刻更深，侧光下阴影更重。"
                    if wb.difficulty < 3
                    else "侧光下更深，放大镜下色调比资料略偏暖。"
                )
                + "原照片被去除后重新激光雕刻。",
            ),
            group="photo",
        )


def surface_disturbed(wb: Workbench) -> None:
    """The top layer over the portrait milled away and re-polished: a dull, rippled patch."""
    for pid in _cards(wb):
        layer = wb.find(pid, "portrait")
        if layer is None:
            continue
        canvas = wb.canvas(pid)
        area = grow(layer.region, 0.8)
        patch = stain(canvas, area, wb.rng("polish"), spread_mm=0.3)
        # Grinding marks: ripples across the patch, on the diagonal (so grazing light from
        # any side catches them).
        yy, xx = np.mgrid[0 : canvas.height, 0 : canvas.width].astype(np.float32)
        ripple = 0.5 + 0.5 * np.sin((xx + yy) * np.float32(2 * np.pi / canvas.px(1.2)))
        patch = (patch.astype(np.float32) * ripple).astype(np.uint8)
        relief = {1: 18.0, 2: 14.0, 3: 10.0}[wb.difficulty]
        visible = Ink("#f4f4f0", 0.25) if wb.difficulty == 1 else None
        added = new_layer(
            canvas,
            "surface-polish",
            "substrate.polycarbonate",
            ("Polycarbonate layers", "聚碳酸酯层"),
            Material(visible=visible, relief_um=relief),
            patch,
        )
        wb.add(pid, added)
        wb.sign(
            pid,
            union(area, added.region),
            ("oblique",) if visible is None else ("oblique", "visible"),
            ("Surface re-worked over the portrait", "照片处表面经过再加工"),
            (
                "In grazing light the surface over the portrait is rippled and scored with fine "
                "grinding marks that stop round it: the top layer was milled off to erase the "
                "engraved portrait and re-polished. A genuine card is evenly smooth there.",
                "侧光下照片处表面起伏，有细密的打磨痕且止于照片周围：为去除雕刻照片，表层被铣去后重新抛光。"
                "真证该处表面平整光滑。",
            ),
            group="photo",
        )
        return


def window_tampered(wb: Workbench) -> None:
    """The clear window repeats the portrait, so it was ground and re-polished: clouded."""
    for pid in _cards(wb):
        window = wb.find(pid, "window")
        if window is None or window.material.transmission is None:
            continue
        haze = {1: 0.6, 2: 0.2, 3: 0.1}[wb.difficulty]
        wb.set_material(
            pid,
            window.id,
            transmission=window.material.transmission * (1.0 - haze),
            visible=Ink("#e4e6e2", haze),
        )
        why = (
            (
                "the layers over it were replaced, and the new ones do not let light through "
                "as fused polycarbonate does.",
                "其上的卡层被更换，新卡层不像熔合的聚碳酸酯那样透光。",
            )
            if joined(wb)
            else (
                "it was ground and re-polished to remove the image it repeated.",
                "为去除视窗内的图像曾被打磨、重新抛光。",
            )
        )
        wb.sign(
            pid,
            wb.extent(pid, window),
            ("transmitted",),
            ("Window clouded", "透明视窗浑浊"),
            (
                "Held against the light the window is milky instead of clear: " + why[0],
                "透光观察视窗呈乳白色而不清澈：" + why[1],
            ),
            group=_group(wb),
        )
        return  # the window on the portrait side is the one the forger worked on


def layer_split(wb: Workbench) -> None:
    """The card's fused layers split open along the edge nearest the portrait, and glued back."""
    for pid in _cards(wb):
        portrait = wb.find(pid, "portrait")
        if portrait is None:
            continue
        canvas = wb.canvas(pid)
        w, h = canvas.size_mm
        inset = 0.5
        band = ring(canvas, Rect(inset, inset, w - 2 * inset, h - 2 * inset), wb.rng("split"))
        if not joined(wb):
            # Only the stretch beside the portrait: the forger opened the card there. A card
            # made of two halves is joined all round.
            px1 = canvas.pixel_box(portrait.region, 0)[2] + round(canvas.px(4.0))
            band[:, px1:] = 0
        if not band.any():
            continue
        # Level 1: a grey glue line along the seam.
        visible = Ink("#8c8a84", 0.45) if wb.difficulty == 1 else None
        lam = new_layer(
            canvas,
            "layer-split",
            "substrate.polycarbonate",
            ("Polycarbonate layers", "聚碳酸酯层"),
            Material(visible=visible, relief_um=18.0 if wb.difficulty < 3 else 10.0),
            band,
        )
        wb.add(pid, lam)
        wb.sign(
            pid,
            lam.region,
            ("oblique",) if visible is None else ("oblique", "visible"),
            ("Card layers split at the edge", "卡片边缘分层"),
            (
                (
                    "In grazing light a raised seam runs all round the card's edge: the card "
                    "was split between its layers and a front from another source glued onto "
                    "the genuine back. A genuine card is one solid block."
                    if joined(wb)
                    else "In grazing light a raised seam runs along the card's edge beside the "
                    "portrait: the fused polycarbonate layers were split open and glued back. "
                    "A genuine card is one solid block."
                ),
                (
                    "侧光下卡片边缘一周有一道凸起的接缝："
                    "卡片从层间剖开，另一来源的正面层被粘到真证的背面上。"
                    if joined(wb)
                    else "侧光下照片一侧的卡片边缘有一道凸起的接缝："
                    "熔合的聚碳酸酯层曾被剖开后再粘合。"
                )
                + "真证卡体为一个整体。",
            ),
            group=_group(wb),
        )
        return


def pvc_card(wb: Workbench) -> None:
    """A counterfeit card is printed PVC or Teslin with optical brighteners, not polycarbonate."""
    for pid in _cards(wb):
        if brighten(wb, pid, "polycarbonate"):
            text = (
                "Under UV-A the whole card glows blue-white: printed PVC or synthetic paper "
                "with optical brighteners. A polycarbonate card body is UV-dull.",
                "长波紫外灯下整张卡发蓝白色荧光：含荧光增白剂的PVC或合成纸印刷品；"
                "聚碳酸酯卡体在紫外灯下无荧光。",
            )
        else:
            text = (
                "Under UV-A the card body is a shade lighter and bluer than polycarbonate, "
                "evenly to its edges: printed PVC with a little optical brightener. Compare it "
                "with a genuine card under the same lamp; polycarbonate is UV-dull.",
                "长波紫外灯下卡体比聚碳酸酯略亮、略偏蓝，且均匀到边缘：含少量荧光增白剂的PVC印刷品。"
                "请在同一灯下与真证比对；聚碳酸酯在紫外灯下无荧光。",
            )
        wb.sign(
            pid,
            wb.canvas(pid).full_region(),
            ("uv365", "uv254"),
            ("Card body glows under UV", "卡体在紫外灯下发光"),
            text,
        )


def flat_engraving(wb: Workbench) -> None:
    """A counterfeit card's personal data and portrait printed on, not burnt into the core."""
    for pid in _cards(wb):
        flat: list[Layer] = []
        for lid in ENGRAVED:
            layer = wb.find(pid, lid)
            if layer is None or not layer.material.relief_um or layer.material.visible is None:
                continue
            ink = Ink("#26282e", layer.material.visible.opacity)  # process black, a blue cast
            wb.imitate(pid, lid, visible=ink, relief_um=None)
            flat.append(layer)
        if not flat:
            continue
        wb.sign(
            pid,
            union(*(wb.extent(pid, la) for la in flat)),
            ("oblique", "loupe"),
            ("Data printed, not engraved", "资料为印刷而非雕刻"),
            (
                "In grazing light the data and portrait cast no shadow and the loupe shows ink "
                "on the surface: they were printed. A polycarbonate card's data are laser-"
                "engraved into the core, slightly sunken and black-grey.",
                "侧光下资料和照片没有阴影，放大镜下可见油墨浮于表面：为印刷所得。"
                "聚碳酸酯证卡的资料由激光雕刻在卡芯内，略凹陷，呈黑灰色。",
            ),
        )
