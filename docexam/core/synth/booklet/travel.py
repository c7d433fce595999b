"""The travel story a genuine passport's visa pages tell: trips to other fictional states, each
an entry and a later exit, with a visa first where the state requires one.

Dates come from the document's own dates, so the story always fits them: every stamp lies
between issue and expiry (and within four years of issue, so a document looks current), exits
follow entries, a visa is issued before the entry it allows and is valid until after the exit.
Where each stamp sits is decided here too, page by page in the order they were stamped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from docexam.core.domain.seeds import rng, stable_int
from docexam.core.domain.travel import Direction, Stamp, TravelHistory, Visa
from docexam.core.synth.booklet.sheets import VISA_PAGES
from docexam.core.synth.docdata import AS_OF, DocData
from docexam.core.synth.states import STATES, State

# Slot centres on a visa page (mm): two rows of two stamps; a visa takes a whole row.
SLOTS = ((31.0, 34.0), (93.0, 34.0), (31.0, 66.0), (93.0, 66.0))
VISA_ROW_X = 62.0
MAX_TRIPS = 5
VISA_DAYS = 90


@dataclass(frozen=True)
class StampStyle:
    """What a state's border stamps always look like: a genuine stamp of it matches this."""

    shape: str  # "round" or "rect"
    ink: str
    font: str  # a font of synth.text
    size_mm: float  # diameter (round) or width (rect)
    uv: bool  # the stamp ink fluoresces under UV-A


def style_of(state_code: str) -> StampStyle:
    g = rng("stamp-style", state_code)
    inks = ("#4a3aa0", "#2050a8", "#b03040", "#207050", "#303030")
    return StampStyle(
        shape=("round", "rect")[int(g.integers(2))],
        ink=inks[int(g.integers(len(inks)))],
        font=("bold", "ocrb")[int(g.integers(2))],
        size_mm=round(float(g.uniform(24.0, 28.0)), 1),
        uv=bool(g.integers(2)),
    )


def requires_visa(home: str, other: str) -> bool:
    """Whether a holder from ``home`` needs a visa to enter ``other`` (fixed per pair)."""
    return stable_int("visa-regime", home, other) % 3 == 0


def port_of(state: State, g: np.random.Generator) -> str:
    city = state.cities[int(g.integers(len(state.cities)))]
    kind = ("AIRPORT", "PORT", "ROAD")[int(g.integers(3))]
    return f"{city.upper()} {kind}"


def travel_for(doc: DocData) -> TravelHistory:
    """The genuine travel history of a passport (none for other document types)."""
    if doc.doc_type != "td3":
        return TravelHistory()
    home = doc.state.code
    others = [s for code, s in STATES.items() if code != home]
    visa_states = tuple(s.code for s in others if requires_visa(home, s.code))
    g = rng("travel", home, doc.number, doc.issue.isoformat())
    # No trip after the day the generated world is current: a stamp from the future is a fraud.
    last = min(doc.expiry, doc.issue + timedelta(days=4 * 365), AS_OF - timedelta(days=1))
    day = doc.issue + timedelta(days=int(g.integers(10, 200)))
    trips: list[tuple[State, date, date, str, str, date | None]] = []
    while len(trips) < int(g.integers(2, MAX_TRIPS + 1)):
        state = others[int(g.integers(len(others)))]
        entry, stay = day, int(g.integers(2, 26))
        leave = entry + timedelta(days=stay)
        if leave > last:
            break
        visa = None
        if state.code in visa_states:
            visa = max(doc.issue, entry - timedelta(days=int(g.integers(5, 40))))
        trips.append((state, entry, leave, port_of(state, g), port_of(state, g), visa))
        day = leave + timedelta(days=int(g.integers(15, 180)))
    return _placed(trips, tuple(sorted(visa_states)), g)


def _placed(
    trips: list[tuple[State, date, date, str, str, date | None]],
    visa_states: tuple[str, ...],
    g: np.random.Generator,
) -> TravelHistory:
    """Stamps and visas laid out page after page in the order they were made."""
    stamps: list[Stamp] = []
    visas: list[Visa] = []
    page, slot = 0, 0

    def jitter() -> tuple[float, float]:
        return float(g.uniform(-4.0, 4.0)), float(g.uniform(-3.0, 3.0))

    for state, entry, leave, port_in, port_out, visa in trips:
        if visa is not None:
            if slot % 2:
                slot += 1
            if slot >= len(SLOTS):
                page, slot = page + 1, 0
            if page >= len(VISA_PAGES):
                break
            dx, dy = jitter()
            until = visa + timedelta(days=VISA_DAYS)  # past the exit: at most 65 days later
            visas.append(
                Visa(state.code, visa, until, VISA_PAGES[page], VISA_ROW_X + dx, SLOTS[slot][1])
            )
            slot += 2
        shape = style_of(state.code).shape
        for when, direction, port in (
            (entry, Direction.ENTRY, port_in),
            (leave, Direction.EXIT, port_out),
        ):
            if slot >= len(SLOTS):
                page, slot = page + 1, 0
            if page >= len(VISA_PAGES):
                break
            dx, dy = jitter()
            x, y = SLOTS[slot]
            stamps.append(
                Stamp(state.code, port, when, direction, VISA_PAGES[page], x + dx, y + dy, shape)
            )
            slot += 1
    return TravelHistory(tuple(stamps), tuple(visas), visa_states)
