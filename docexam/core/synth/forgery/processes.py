"""How a counterfeit was printed: inkjet, colour laser (toner) or offset.

Each process leaves its own structure in the loupe where the genuine has continuous fine lines
(rainbow print, guilloche rosettes) and its own behaviour under UV and IR:

- inkjet: scattered droplets without a grid; dye inks carry no carbon, so at 1000 nm everything
  vanishes, the personal data and the MRZ too; an office printer has no fluorescent ink.
- toner: a line screen at one angle with loose toner specks; carbon black is in the toner mix,
  so every ink stays dark in IR; no fluorescent toner either.
- offset (the professional's): a regular dot screen in two directions; process colour inks drop
  out in IR like the genuine's, but the design's IR-absorbing print drops out with them; the UV
  print is imitated with one commercial fluorescent ink that does not answer to UV-C.
"""

from __future__ import annotations

from collections.abc import Callable

from docexam.core.domain.material import Emission, Ink
from docexam.core.synth.canvas import Layer
from docexam.core.synth.forgery.screens import halftone, inkjet, line_screen
from docexam.core.synth.forgery.workbench import Workbench, union

SCREENED = ("rainbow-print", "guilloche-rosettes")
UV_PRINT = ("ink.uv_fluorescent", "ink.bi_fluorescent")
# Inks the personaliser prints in carbon black: an offset forger adds them in black too.
PERSONAL = ("personalisation.", "mrz.")
DYE_NM = 700.0  # dye ink: transparent from the red end of the spectrum on
CARBON_NM = 2000.0  # carbon: dark at every IR cut-off
PROCESS_INK_NM = 730.0  # cyan, magenta and yellow process inks: gone in near IR
OFFSET_UV = Emission("#bcd4ff", 0.55)  # a commercial blue-white fluorescent ink

LOUPE_SIGNS = {
    "inkjet": (
        ("Inkjet droplets instead of line print", "喷墨墨滴代替线条印刷"),
        (
            "Under the loupe the fine lines are scattered droplets of different sizes with no "
            "grid and ragged edges: an inkjet printer. Genuine guilloche and rainbow print are "
            "continuous lines.",
            "放大镜下细线由大小不一、无规则排列、边缘参差的墨滴组成：喷墨打印；"
            "真证的扭索纹和彩虹印刷为连续线条。",
        ),
    ),
    "toner": (
        ("Toner line screen instead of line print", "碳粉线网代替线条印刷"),
        (
            "Under the loupe the fine lines are replaced by parallel screen lines at one angle, "
            "with loose toner specks round the print: a colour laser printer or copier. Genuine "
            "guilloche and rainbow print are continuous lines.",
            "放大镜下细线变成同一角度的平行网线，周围散落碳粉颗粒：彩色激光打印机或复印机；"
            "真证的扭索纹和彩虹印刷为连续线条。",
        ),
    ),
    "offset": (
        ("Offset dot screen instead of line print", "胶印网点代替线条印刷"),
        (
            "Under the loupe the fine lines are a regular grid of round dots: a screened offset "
            "print. Genuine guilloche and rainbow print are continuous lines of solid ink.",
            "放大镜下细线由规则排列的圆形网点组成：加网胶印；真证的扭索纹和彩虹印刷为实地连续线条。",
        ),
    ),
}


def inkjet_print(wb: Workbench) -> None:
    _screen(wb, "inkjet")
    _inks(
        wb,
        lambda la: la.material.ir_cutoff_nm is not None and la.material.ir_cutoff_nm > DYE_NM,
        DYE_NM,
        ("Everything vanishes in IR", "红外下所有内容消失"),
        (
            "At 1000 nm the page is almost blank: the personal data and the MRZ vanish with "
            "the background. Inkjet dye inks hold no carbon; genuine personal data stay black.",
            "在1000纳米红外下页面几乎空白：个人资料和机读区与底纹一同消失。"
            "喷墨染料墨水不含碳；真证的个人资料在红外下仍为黑色。",
        ),
    )
    _no_uv_print(wb)


def toner_print(wb: Workbench) -> None:
    _screen(wb, "toner")
    _inks(
        wb,
        lambda la: la.material.ir_cutoff_nm is not None and la.material.ir_cutoff_nm < CARBON_NM,
        CARBON_NM,
        ("Every ink stays dark in IR", "所有油墨在红外下均不透过"),
        (
            "At 1000 nm the captions, guilloche and background stay as dark as the personal "
            "data: the toner carries carbon black. On a genuine page these drop-out inks vanish.",
            "在1000纳米红外下，字段名称、扭索纹和底纹与个人资料一样黑：碳粉含炭黑。"
            "真证中这些油墨应消失。",
        ),
    )
    _no_uv_print(wb)


def offset_print(wb: Workbench) -> None:
    _screen(wb, "offset")
    _inks(
        wb,
        lambda la: (
            la.material.ir_cutoff_nm is not None
            and la.material.ir_cutoff_nm > PROCESS_INK_NM
            and not la.category.startswith(PERSONAL)
        ),
        PROCESS_INK_NM,
        ("IR print missing", "红外印刷缺失"),
        (
            "At 1000 nm the motif that a genuine page prints in IR-absorbing ink vanishes with "
            "the rest of the design: offset process inks carry no carbon, only the black of the "
            "personal data stays.",
            "在1000纳米红外下，真证以红外吸收油墨印制的图案随其他底纹一同消失："
            "胶印四色油墨不含碳，只有个人资料的黑色保留。",
        ),
    )
    for pid in wb.pages:
        layers = [la for la in wb.by_category(pid, *UV_PRINT) if la.material.uv365 is not None]
        for layer in layers:
            wb.imitate(pid, layer.id, uv365=OFFSET_UV, uv254=None)
        if layers:
            wb.sign(
                pid,
                union(*(wb.extent(pid, la) for la in layers)),
                ("uv365", "uv254"),
                ("UV print in one colour", "紫外图案仅一种颜色"),
                (
                    "Under UV-A every fluorescent motif glows the same blue-white, and under "
                    "UV-C nothing answers: one commercial fluorescent ink. Genuine UV print "
                    "uses several colours, some glowing only under UV-C.",
                    "长波紫外下所有荧光图案都呈同样的蓝白色，短波紫外下毫无反应：只用了一种市售荧光油墨。"
                    "真证的紫外图案有多种颜色，部分仅在短波紫外下发光。",
                ),
            )


def _screen(wb: Workbench, process: str) -> None:
    title, text = LOUPE_SIGNS[process]
    for pid in wb.pages:
        # A reproduction copies the page's pixels, never the plate: no layer keeps the vector
        # text and lines the loupe draws genuine microprint and fine lines from.
        for printed in wb.canvas(pid).layers:
            printed.microtext = ()
            printed.fineline = ()
        for lid in SCREENED:
            layer = wb.find(pid, lid)
            if layer is None or layer.mask is None or layer.material.visible is None:
                continue
            canvas = wb.canvas(pid)
            box = canvas.pixel_box(layer.region, 0)
            if process == "inkjet":
                inkjet(layer.mask, canvas, box, wb.rng("drops", pid, lid), 0.09)
            elif process == "toner":
                line_screen(layer.mask, canvas, box, wb.rng("toner", pid, lid))
            else:
                halftone(layer.mask, canvas, box, 0.25)
            wb.imitate(pid, lid, visible=Ink(layer.material.visible.colour, 1.0))
            wb.sign(pid, wb.extent(pid, layer), ("loupe", "visible"), title, text)


def _inks(
    wb: Workbench,
    which: Callable[[Layer], bool],
    cutoff: float,
    title: tuple[str, str],
    text: tuple[str, str],
) -> None:
    for pid in wb.pages:
        changed = [
            la for la in wb.canvas(pid).layers if la.material.visible is not None and which(la)
        ]
        for layer in changed:
            wb.imitate(pid, layer.id, ir_cutoff_nm=cutoff)
        if changed:
            region = union(*(wb.extent(pid, la) for la in changed))
            wb.sign(pid, region, ("ir",), title, text, ir_cutoff_nm=1000)


def _no_uv_print(wb: Workbench) -> None:
    for pid in wb.pages:
        layers = [la for la in wb.by_category(pid, *UV_PRINT) if la.material.uv365 is not None]
        regions = [wb.extent(pid, la) for la in layers]
        for layer in layers:
            _drop_uv(wb, pid, layer)
        if layers:
            wb.sign(
                pid,
                union(*regions),
                ("uv365",),
                ("No UV print", "无紫外图案"),
                (
                    "Under UV-A nothing of the fluorescent design appears: an office printer has "
                    "no fluorescent ink. The genuine page shows its UV motifs.",
                    "长波紫外下荧光图案完全不出现：办公打印机没有荧光油墨。真证在紫外下显示其荧光图案。",
                ),
            )


def _drop_uv(wb: Workbench, pid: str, layer: Layer) -> None:
    if layer.material.visible is None:
        wb.remove(pid, layer.id)  # invisible print the printer could not make at all
    else:
        wb.imitate(pid, layer.id, uv365=None, uv254=None)
