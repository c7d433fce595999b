"""Page substitution: the data-page sheet of a TD3 booklet replaced by a sheet of another one.

The sheet brings its own preprinted serial and its own laser-perforated number, which no longer
match the document number printed in the booklet; its security thread can come from another
series, and the booklet has to be re-sewn with ordinary thread and without the UV-cured glue.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Region
from docexam.core.domain.material import Emission, Ink
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth import personal
from docexam.core.synth.canvas import Mask, PageCanvas
from docexam.core.synth.forgery.locate import erase, find_text
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.names import document_number
from docexam.core.synth.states import design_for
from docexam.core.synth.text import draw_text

# As layout_page draws them on a TD3 sheet; checked against the genuine mask before use.
PERFORATION = (87.0, 64.2, 0.55, 0.38)  # x, y of the first hole (mm), pitch, hole diameter
SERIAL_CAP_MM = 2.2
SHEET = {"data": False, "visa": True}  # page id -> perforation seen mirrored


def require_booklet(wb: Workbench) -> None:
    if wb.doc.doc_type != "td3" or set(SHEET) - set(wb.pages):
        raise ForgeryError(
            "page substitution needs a passport booklet (TD3): other types have one sheet"
        )


def other_number(wb: Workbench) -> str:
    """The number of the booklet the substituted sheet came from."""
    g = wb.rng("other-booklet", shared=True)
    while True:
        number = document_number(g, wb.doc.number[0])
        if number != wb.doc.number:
            return number


def _perforation(canvas: PageCanvas, number: str, mirrored: bool) -> tuple[Mask, Region]:
    scratch = PageCanvas(canvas.size_mm, canvas.dpi)
    layer = personal.perforation(scratch, number, *PERFORATION, mirrored=mirrored)
    assert layer.mask is not None
    return layer.mask, layer.region


def other_perforation(wb: Workbench) -> None:
    require_booklet(wb)
    number = other_number(wb)
    for pid, mirrored in SHEET.items():
        canvas = wb.canvas(pid)
        layer = wb.layer(pid, "laser-perforation")
        genuine, _ = _perforation(canvas, wb.doc.number, mirrored)
        if layer.mask is None or not np.array_equal(genuine, layer.mask):
            raise ForgeryError("the perforation layout differs from what page substitution expects")
        mask, region = _perforation(canvas, number, mirrored)
        wb.edit(pid, layer.id)
        layer.mask = mask
        old = layer.region
        layer.region = region
        wb.sign(
            pid,
            union(old, layer.region),
            ("transmitted", "comparison"),
            ("Perforated number differs", "穿孔号码不一致"),
            (
                f"Against the light the laser-perforated number reads {number}, not the "
                f"document number {wb.doc.number}: this sheet comes from another booklet.",
                f"透光可见激光穿孔号码为 {number}，而非证件号码 {wb.doc.number}："
                "此页来自另一本护照。",
            ),
        )


def other_serial(wb: Workbench) -> None:
    require_booklet(wb)
    number = other_number(wb)
    canvas = wb.canvas("visa")
    layer = wb.edit("visa", "sheet-serial")
    assert layer.mask is not None
    spot = find_text(layer.mask, canvas, wb.doc.number, SERIAL_CAP_MM, ("bold",))
    erase(layer.mask, canvas, spot.box)
    box = draw_text(layer.mask, canvas, number, spot.x_mm, spot.baseline_mm, SERIAL_CAP_MM, "bold")
    wb.sign(
        "visa",
        union(spot.box, box),
        ("visible", "comparison"),
        ("Sheet serial differs", "页序号不一致"),
        (
            f"The serial printed on this sheet is {number}; every sheet of the booklet should "
            f"carry the document number {wb.doc.number}.",
            f"此页印刷的序号为 {number}；护照每一页都应印有证件号码 {wb.doc.number}。",
        ),
    )


def resewn_binding(wb: Workbench) -> None:
    require_booklet(wb)
    thread = wb.find("visa", "sewing-thread")
    if thread is None or thread.mask is None:
        return
    canvas = wb.canvas("visa")
    before = wb.extent("visa", thread)
    # Ordinary thread: no security feature any more.
    wb.imitate("visa", thread.id, visible=Ink("#a8405c", 0.9), uv365=None)
    # New stitches through new holes: the pattern moves along the spine.
    thread.mask = np.ascontiguousarray(np.roll(thread.mask, round(canvas.px(1.3)), axis=1))
    region = union(before, wb.extent("visa", thread))
    glue = wb.find("visa", "uv-glue")
    if glue is not None:
        region = union(region, glue.region)
        wb.remove("visa", glue.id)
    wb.sign(
        "visa",
        region,
        ("uv365", "visible"),
        ("Booklet re-sewn", "护照被重新装订"),
        (
            "Under UV-A the sewing thread does not fluoresce and the UV glue along the spine is "
            "missing; the stitches do not sit in the original holes.",
            "长波紫外灯下装订线不发荧光，书脊处的紫外固化胶缺失；针脚不在原针孔上。",
        ),
    )


def other_thread(wb: Workbench) -> None:
    require_booklet(wb)
    state = wb.doc.state
    design = design_for(state, wb.document.series)
    colour = design.uv_colours[2]
    for series in ("B", "C", "D", "E"):
        candidate = design_for(state, wb.document.series + series).uv_colours[2]
        if candidate != colour:
            colour = candidate
            break
    for pid in SHEET:
        layer = wb.find(pid, "security-thread")
        if layer is None:
            continue
        wb.set_material(pid, layer.id, uv365=Emission(colour, 0.8))
        wb.sign(
            pid,
            wb.extent(pid, layer),
            ("uv365",),
            ("Security thread of another series", "安全线属于其他系列"),
            (
                "Under UV-A the security thread glows in another colour than in genuine "
                "documents of this series: the sheet was taken from a different booklet.",
                "长波紫外灯下安全线的荧光颜色与该系列真证不同：此页取自另一本护照。",
            ),
        )
