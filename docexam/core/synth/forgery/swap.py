"""Page substitution: one sheet of a TD3 booklet replaced by a sheet of another booklet.

The forger takes the data-page sheet (to carry another holder) or a visa sheet (to hide the
stamps on it). The sheet brings what its own booklet gave it: another preprinted serial,
another perforated number whose holes have the size of another place in the stack, page
numbers and index marks of that place, a paper batch whose fibres glow otherwise and perhaps
the thread of another series; the booklet has to be re-sewn with ordinary thread. Every page
that is not on the sheet (or at the centre spread, for the thread) stays as it was. A visa
sheet brings its own booklet's stamps (``other_stamps``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import numpy as np

from docexam.core.domain.geometry import Region
from docexam.core.domain.material import Emission, Ink
from docexam.core.domain.model import Origin
from docexam.core.domain.travel import Direction, Stamp
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.booklet import sheets
from docexam.core.synth.booklet.inner import SERIAL_CAP_MM, page_number
from docexam.core.synth.booklet.stamps import stamp_layer
from docexam.core.synth.booklet.travel import SLOTS, port_of, style_of
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.forgery.locate import erase, find_text
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.names import document_number
from docexam.core.synth.states import STATES, design_for
from docexam.core.synth.text import draw_text

SHEETS = (1, 3)  # the data-page sheet, the last visa sheet


def require_booklet(wb: Workbench) -> None:
    if wb.doc.doc_type != "td3" or set(sheets.BY_ID) - set(wb.pages):
        raise ForgeryError(
            "page substitution needs a passport booklet (TD3): other types have one sheet"
        )


def sheet_of(wb: Workbench) -> int:
    """The sheet the forger replaced: every operation agrees on it."""
    return SHEETS[int(wb.rng("sheet", shared=True).integers(len(SHEETS)))]


def other_number(wb: Workbench) -> str:
    """The number of the booklet the substituted sheet came from."""
    g = wb.rng("other-booklet", shared=True)
    while True:
        number = document_number(g, wb.doc.number[0])
        if number != wb.doc.number:
            return number


def _other_series(wb: Workbench) -> str:
    own = design_for(wb.doc.state, wb.document.series).uv_colours
    for series in ("B", "C", "D", "E"):
        if design_for(wb.doc.state, wb.document.series + series).uv_colours != own:
            return wb.document.series + series
    return wb.document.series + "B"


def _sheet_pages(wb: Workbench) -> tuple[str, ...]:
    return sheets.sheet_pages(sheet_of(wb))


def other_perforation(wb: Workbench) -> None:
    require_booklet(wb)
    number = other_number(wb)
    sheet = sheet_of(wb)
    # It sat elsewhere in its own booklet: its holes break this booklet's shrinking sequence.
    hole = sheets.hole_mm(len(sheets.HOLE_MM) - 1 if sheet == 1 else 1)
    for pid in _sheet_pages(wb):
        canvas = wb.canvas(pid)
        layer = wb.edit(pid, "laser-perforation")
        scratch = PageCanvas(canvas.size_mm, canvas.dpi)
        drilled = sheets.perforation(scratch, number, pid, hole)
        old = layer.region
        layer.mask, layer.region = drilled.mask, drilled.region
        wb.sign(
            pid,
            union(old, layer.region),
            ("transmitted", "loupe", "comparison"),
            ("Perforated number differs", "穿孔号码不一致"),
            (
                f"Against the light the laser-perforated number reads {number}, not the "
                f"document number {wb.doc.number}, and its holes are "
                f"{'smaller' if hole < sheets.hole_mm(sheet) else 'larger'} than the sequence "
                "from the cover inwards allows: this sheet comes from another booklet.",
                f"透光可见激光穿孔号码为 {number}，而非证件号码 {wb.doc.number}；其孔径"
                f"{'小于' if hole < sheets.hole_mm(sheet) else '大于'}从封面向内逐页变小的顺序"
                "所应有的大小：此页来自另一本护照。",
            ),
        )


def other_serial(wb: Workbench) -> None:
    require_booklet(wb)
    number = other_number(wb)
    for pid in _sheet_pages(wb):
        layer = wb.find(pid, "sheet-serial")
        if layer is None or layer.mask is None:
            continue  # the data page carries the personalised number, not a serial
        canvas = wb.canvas(pid)
        wb.edit(pid, layer.id)
        spot = find_text(layer.mask, canvas, wb.doc.number, SERIAL_CAP_MM, ("bold",))
        erase(layer.mask, canvas, spot.box)
        box = draw_text(
            layer.mask, canvas, number, spot.x_mm, spot.baseline_mm, SERIAL_CAP_MM, "bold"
        )
        wb.sign(
            pid,
            union(spot.box, box),
            ("visible", "comparison"),
            ("Sheet serial differs", "页序号不一致"),
            (
                f"The serial printed on this page is {number}; every page of the booklet "
                f"should carry the document number {wb.doc.number}.",
                f"此页印刷的序号为 {number}；护照每一页都应印有证件号码 {wb.doc.number}。",
            ),
        )


def other_page_numbers(wb: Workbench) -> None:
    """Page numbers and index marks of the sheet's place in its own booklet, printed there in
    that booklet's series ink."""
    require_booklet(wb)
    sheet = sheet_of(wb)
    series = design_for(wb.doc.state, _other_series(wb))
    shift = 0 if sheet == 1 else 8  # a visa sheet from deeper in a 32-page booklet
    for pid in _sheet_pages(wb):
        if wb.find(pid, "page-number") is None:
            continue
        canvas = wb.canvas(pid)
        leaf = sheets.BY_ID[pid]
        before = wb.layer(pid, "page-number").region
        wb.remove(pid, "page-number")
        scratch = PageCanvas(canvas.size_mm, canvas.dpi)
        page_number(scratch, series, pid, font="sans", number=(leaf.number or 0) + shift)
        wb.add(pid, scratch.layers[0], after="microprint")
        mark = wb.edit(pid, "index-mark")
        assert mark.mask is not None
        old_mark = mark.region
        scratch = PageCanvas(canvas.size_mm, canvas.dpi)
        moved = sheets.index_mark(scratch, pid, other_number(wb), series.accent)
        mark.mask, mark.region = moved.mask, moved.region
        wb.sign(
            pid,
            union(before, wb.layer(pid, "page-number").region),
            ("visible", "uv365", "comparison"),
            ("Page number out of place", "页码不符"),
            (
                "The page number is printed in another font and glows in another colour under "
                "UV-A than on the neighbouring pages"
                + (", and the numbers jump: the run of pages is broken." if shift else ".")
                + " The sheet was printed for another booklet.",
                "页码字体与相邻页面不同，紫外 365 纳米下荧光颜色也不同"
                + ("，且页码跳号：页码顺序被打断。" if shift else "。")
                + "此页是为另一本护照印制的。",
            ),
        )
        wb.sign(
            pid,
            union(old_mark, mark.region),
            ("visible", "comparison"),
            ("Index mark out of step", "页边标记错位"),
            (
                "With the booklet fanned, the index mark of this page is out of the staircase "
                "the marks of the other pages form.",
                "将护照页边展开，此页的页边标记不在其他页面标记形成的阶梯上。",
            ),
        )


MIN_COLOUR_STEP = 90  # summed RGB difference an examiner tells apart under the lamp


def _distance(a: str, b: str) -> int:
    return sum(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) for i in (1, 3, 5))


def _unlike(choices: tuple[str, ...], preferred: str, own: str) -> str:
    """The other series' ``preferred`` colour, or its colour furthest from ``own`` when the two
    series share it (a state's series glow in near hues): otherwise the sheet shows nothing."""
    if _distance(preferred, own) >= MIN_COLOUR_STEP:
        return preferred
    return max(choices, key=lambda c: _distance(c, own))


# The invisible fibre sets (layer, colour of the series' three, lamps): a series has some of them.
_FIBRES = (("fibres-uv-a", 0, "uv365"), ("fibres-uv-b", 1, "uv365"), ("fibres-uv-c", 2, "uv254"))


def other_paper(wb: Workbench) -> None:
    """The sheet's paper came from another batch: its invisible fibres glow in the colours of
    another series and it carries no planchettes. Every fibre set the series has changes (not
    only the UV-A set, which many series lack: the paper then came out unchanged)."""
    require_booklet(wb)
    colours = design_for(wb.doc.state, _other_series(wb)).uv_colours
    for pid in _sheet_pages(wb):
        regions: list[Region] = []
        lamps: list[str] = []
        for lid, index, lamp in _FIBRES:
            fibres = wb.find(pid, lid)
            if fibres is None:
                continue
            m = fibres.material
            own = (m.uv365 or m.uv254 or Emission("#000000")).colour
            colour = _unlike(colours, colours[index], own)
            glow = {
                name: None if e is None else Emission(colour, e.intensity)
                for name, e in (("uv365", m.uv365), ("uv254", m.uv254))
            }
            wb.set_material(pid, lid, **glow)
            regions.append(wb.extent(pid, fibres))
            lamps.append(lamp)
        planchettes = wb.find(pid, "planchettes")
        if planchettes is not None:
            regions.append(wb.extent(pid, planchettes))
            lamps.append("uv365")
            wb.remove(pid, planchettes.id)
        if not regions:
            continue  # a paper without fibres or planchettes: no batch to tell apart
        reveal = tuple(lamp for lamp in ("uv365", "uv254") if lamp in lamps)
        wb.sign(
            pid,
            union(*regions),
            reveal,
            ("Paper of another batch", "纸张批次不同"),
            (
                "Under UV the invisible fibres of this page glow in other colours than on "
                "the other pages, and the planchettes are missing: the sheet is not from this "
                "booklet's paper.",
                "紫外灯下此页无色荧光纤维的颜色与其他页面不同，且没有荧光彩点："
                "此页纸张并非出自本护照。",
            ),
        )


def resewn_binding(wb: Workbench) -> None:
    require_booklet(wb)
    for pid in sheets.CENTRE_SPREAD:
        thread = wb.find(pid, "sewing-thread")
        if thread is None or thread.mask is None:
            continue
        canvas = wb.canvas(pid)
        before = wb.extent(pid, thread)
        # Ordinary thread: no security feature any more.
        wb.imitate(pid, thread.id, visible=Ink("#a8405c", 0.9), uv365=None)
        # New stitches through new holes: the pattern moves along the spine.
        thread.mask = np.ascontiguousarray(np.roll(thread.mask, round(canvas.px(1.3)), axis=1))
        region = union(before, wb.extent(pid, thread))
        glue = wb.find(pid, "uv-glue")
        if glue is not None:
            region = union(region, glue.region)
            wb.remove(pid, glue.id)
        wb.sign(
            pid,
            region,
            ("uv365", "visible"),
            ("Booklet re-sewn", "护照被重新装订"),
            (
                "At the centre spread the sewing thread does not fluoresce under UV-A and the "
                "UV glue along the spine is missing; the stitches do not sit in the original "
                "holes.",
                "在中间跨页处，装订线在紫外 365 纳米下不发荧光，书脊处的紫外固化胶缺失；"
                "针脚不在原针孔上。",
            ),
        )


def other_thread(wb: Workbench) -> None:
    require_booklet(wb)
    choices = design_for(wb.doc.state, _other_series(wb)).uv_colours
    for pid in _sheet_pages(wb):
        layer = wb.find(pid, "security-thread")
        if layer is None:
            continue
        own = layer.material.uv365.colour if layer.material.uv365 is not None else "#000000"
        colour = _unlike(choices, choices[2], own)
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


def other_stamps(wb: Workbench) -> None:
    """A visa sheet from another booklet carries that booklet's stamps, not this one's: the
    genuine stamps of the sheet are gone (hiding them is often the point) and the other
    traveller's trips, made before this passport was issued, are on it. ``travel.json`` holds
    them as printed, so the story rule finds them older than the passport."""
    require_booklet(wb)
    history = wb.travel
    if sheet_of(wb) == 1 or history is None:
        return  # the data sheet carries no stamps
    pages = _sheet_pages(wb)
    g = wb.rng("other-stamps", shared=True)
    # Where the replaced sheet's own stamps were, else two slots the other booklet used.
    at = [i for i, s in enumerate(history.stamps) if s.page in pages]
    spots = [(s.page, s.x, s.y) for s in (history.stamps[i] for i in at)]
    if not spots:
        spots = [(pages[0], *SLOTS[k]) for k in (0, 1)]
        at = [len(history.stamps), len(history.stamps) + 1]
    others = [s for code, s in STATES.items() if code != wb.doc.state.code]
    trips_end = wb.doc.issue - timedelta(days=int(g.integers(20, 200)))
    stamps = list(history.stamps)
    regions: dict[str, list[Region]] = {}
    state = others[0]
    for k, (index, (page, x, y)) in enumerate(zip(at, spots, strict=True)):
        if k % 2 == 0:
            state = others[int(g.integers(len(others)))]
        # Entry and exit in pairs, the latest trip last, all before this passport existed.
        back = 40 * (len(spots) - 1 - k) + int(g.integers(0, 12))
        day = trips_end - timedelta(days=back)
        way = Direction.ENTRY if k % 2 == 0 else Direction.EXIT
        stamp = Stamp(
            state.code, port_of(state, g), day, way, page, x, y, style_of(state.code).shape
        )
        lid = f"stamp-{index + 1}"
        if index < len(stamps):
            regions.setdefault(page, []).append(wb.layer(page, lid).region)
            wb.remove(page, lid)
            stamps[index] = stamp
        else:
            stamps.append(stamp)
        layer = stamp_layer(wb.canvas(page), stamp, lid, None, Origin.FORGERY)
        wb.add(page, layer)
        regions.setdefault(page, []).append(layer.region)
    wb.travel = replace(history, stamps=tuple(stamps))
    issued = wb.doc.issue.isoformat()
    for page, boxes in regions.items():
        wb.sign(
            page,
            union(*boxes),
            ("visible", "comparison"),
            ("Stamps of another booklet", "另一本护照的印章"),
            (
                f"The stamps on this sheet are dated before the passport was issued ({issued}) "
                "and belong to no trip on the other pages: the sheet came with another "
                "booklet's travel.",
                f"此页上的印章日期早于护照签发日期（{issued}），与其他页面的行程均不相符："
                "此页连同另一本护照的出入境记录一起被换入。",
            ),
        )
