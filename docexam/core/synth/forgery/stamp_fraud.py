"""Visa and stamp fraud: counterfeit border stamps and stamps that break the travel story.

A forger adds or fakes stamps to build a travel history (a "good traveller" who came back in
time, a visa that covered the stay): a counterfeit stamp gets the state's font, ink or size
wrong; an added trip can predate the passport, an exit can have no entry before it, a visa can
be re-dated after the entry it should have allowed. The forged specimen's ``travel.json`` holds
the stamps as printed, so :func:`docexam.core.domain.travel.story_findings` finds what the
trainee should find.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from docexam.core.domain.model import Origin
from docexam.core.domain.travel import Direction, Stamp, TravelHistory
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.booklet import sheets
from docexam.core.synth.booklet.stamps import counterfeit_style, stamp_layer, visa_layer
from docexam.core.synth.booklet.travel import SLOTS, port_of, style_of
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.states import STATES

STORY = ("visible", "comparison")


def _history(wb: Workbench) -> TravelHistory:
    if wb.doc.doc_type != "td3" or wb.travel is None:
        raise ForgeryError("visa and stamp fraud needs a passport booklet (TD3) with visa pages")
    return wb.travel


def _free_spot(wb: Workbench, taken: int = 0) -> tuple[str, float, float]:
    """A slot on a visa page no stamp or visa covers (the ``taken``-th free one), else the
    last page's last slot: real pages get crowded and stamps overlap."""
    history = _history(wb)
    used = {(s.page, _slot(s.x, s.y)) for s in history.stamps}
    for v in history.visas:
        row = _slot(v.x - 31.0, v.y)
        used |= {(v.page, row), (v.page, row + 1)}
    free = [(p, k) for p in sheets.VISA_PAGES for k in range(len(SLOTS)) if (p, k) not in used]
    page, k = free[taken] if taken < len(free) else (sheets.VISA_PAGES[-1], len(SLOTS) - 1)
    return page, *SLOTS[k]


def _slot(x: float, y: float) -> int:
    return min(range(len(SLOTS)), key=lambda k: (SLOTS[k][0] - x) ** 2 + (SLOTS[k][1] - y) ** 2)


def _add_stamps(
    wb: Workbench, new: list[Stamp], title: tuple[str, str], why: tuple[str, str]
) -> None:
    history = _history(wb)
    for stamp in new:
        index = len(history.stamps)
        history = replace(history, stamps=(*history.stamps, stamp))
        layer = stamp_layer(
            wb.canvas(stamp.page), stamp, f"stamp-{index + 1}", None, Origin.FORGERY
        )
        wb.add(stamp.page, layer)
        wb.sign(stamp.page, layer.region, STORY, title, why)
    wb.travel = history


def counterfeit_stamp(wb: Workbench) -> None:
    """One genuine stamp replaced by the forger's: another font, ink and size."""
    history = _history(wb)
    if not history.stamps:
        return
    g = wb.rng("which")
    i = int(g.integers(len(history.stamps)))
    stamp = history.stamps[i]
    lid = f"stamp-{i + 1}"
    before = wb.layer(stamp.page, lid).region
    wb.remove(stamp.page, lid)
    fake = stamp_layer(
        wb.canvas(stamp.page), stamp, lid, counterfeit_style(stamp.state), Origin.FORGERY
    )
    wb.add(stamp.page, fake)
    name = STATES[stamp.state].name_en if stamp.state in STATES else stamp.state
    wb.sign(
        stamp.page,
        union(before, fake.region),
        ("comparison", "loupe", "uv365"),
        ("Counterfeit border stamp", "伪造的出入境章"),
        (
            f"Against a genuine stamp of {name} this one is smaller, set in another typeface "
            "and inked otherwise: it answers UV-A differently. The stamp device is not the "
            "border post's.",
            f"与{name}的真章相比，此章尺寸较小、字体不同、油墨不同，在紫外 365 纳米下的反应"
            "也不同：并非该口岸的印章。",
        ),
    )


def stamp_before_issue(wb: Workbench) -> None:
    """A trip stamped before the passport existed."""
    g = wb.rng("trip")
    others = [s for code, s in STATES.items() if code != wb.doc.state.code]
    # A state the holder needs no visa for: the one sign is the date.
    free = [s for s in others if s.code not in _history(wb).visa_states] or others
    state = free[int(g.integers(len(free)))]
    entry = wb.doc.issue - timedelta(days=int(g.integers(30, 400)))
    leave = entry + timedelta(days=int(g.integers(3, 20)))
    spots = [_free_spot(wb, 0), _free_spot(wb, 1)]
    new = [
        Stamp(state.code, port_of(state, g), day, way, page, x, y, "rect")
        for (page, x, y), day, way in zip(
            spots, (entry, leave), (Direction.ENTRY, Direction.EXIT), strict=True
        )
    ]
    new = [replace(s, shape=_shape(s.state)) for s in new]
    issued = wb.doc.issue.isoformat()
    _add_stamps(
        wb,
        new,
        ("Stamp older than the passport", "印章早于护照签发"),
        (
            f"This stamp is dated before the passport was issued ({issued}): it cannot have "
            "been put in this booklet at the border. Compare every stamp's date with the data "
            "page.",
            f"此章日期早于护照签发日期（{issued}）：不可能是在边境盖入本护照的。"
            "请将每枚印章的日期与资料页核对。",
        ),
    )


def exit_without_entry(wb: Workbench) -> None:
    """An exit stamp of a state the holder never entered (per the stamps)."""
    history = _history(wb)
    g = wb.rng("exit")
    visited = {s.state for s in history.stamps}
    others = [s for code, s in STATES.items() if code != wb.doc.state.code]
    fresh = [s for s in others if s.code not in visited] or others
    state = fresh[int(g.integers(len(fresh)))]
    last = max((s.day for s in history.stamps), default=wb.doc.issue)
    day = min(wb.doc.expiry, last + timedelta(days=int(g.integers(20, 120))))
    page, x, y = _free_spot(wb)
    stamp = Stamp(state.code, port_of(state, g), day, Direction.EXIT, page, x, y, "rect")
    if state.code in visited:
        # Still without an entry before it: on the day after the last exit from that state.
        day = max(s.day for s in history.stamps if s.state == state.code) + timedelta(days=1)
        stamp = replace(stamp, day=day)
    _add_stamps(
        wb,
        [replace(stamp, shape=_shape(state.code))],
        ("Exit without an entry", "有出境无入境"),
        (
            f"An exit stamp of {state.name_en}, but no entry stamp of {state.name_en} comes "
            "before it: the holder left a state the passport never entered.",
            f"有{state.name_en}的出境章，但此前没有该国的入境章：持证人离开了护照从未入境的国家。",
        ),
    )


def entry_before_visa(wb: Workbench) -> None:
    """A visa re-dated after the entry it should have allowed."""
    history = _history(wb)
    for j, visa in enumerate(history.visas):
        entries = [
            s.day
            for s in history.stamps
            if s.state == visa.state
            and s.direction is Direction.ENTRY
            and visa.issued <= s.day <= visa.until
        ]
        if not entries:
            continue
        issued = min(entries) + timedelta(days=int(wb.rng("days").integers(2, 9)))
        forged = replace(visa, issued=issued, until=issued + (visa.until - visa.issued))
        lid = f"visa-stamp-{j + 1}"
        before = wb.layer(visa.page, lid).region
        wb.remove(visa.page, lid)
        layer = visa_layer(wb.canvas(visa.page), forged, lid)
        layer.origin = Origin.FORGERY
        wb.add(visa.page, layer)
        visas = list(history.visas)
        visas[j] = forged
        wb.travel = replace(history, visas=tuple(visas))
        wb.sign(
            visa.page,
            union(before, layer.region),
            STORY,
            ("Entry before the visa was issued", "入境早于签证签发"),
            (
                f"The visa was issued on {issued.isoformat()}, after the holder's entry "
                f"stamp of {min(entries).isoformat()}: the visa cannot have allowed that "
                "entry. Its dates were altered or the visa was added later.",
                f"签证签发日期为 {issued.isoformat()}，晚于持证人 {min(entries).isoformat()} "
                "的入境章：该签证不可能准许那次入境。签证日期被改动或签证系事后添加。",
            ),
        )
        return


def _shape(state: str) -> str:
    return style_of(state).shape
