"""A passport's travel history as its stamps tell it, and the rule that checks the story.

An examiner reads the entry and exit stamps on the visa pages against the data page and the
visas: every stamp lies in the passport's validity, a traveller leaves a state only after
entering it, and enters a state that requires a visa only while a visa for it is valid.
:func:`story_findings` is that rule; the forgery generator breaks it on purpose and the tests
hold it to both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass(frozen=True)
class Stamp:
    """One border stamp: who stamped it, where, when, which way, on which page and where."""

    state: str  # ICAO code of the stamping state
    port: str  # the border crossing point, as the stamp names it
    day: date
    direction: Direction
    page: str  # page id in the specimen
    x: float  # centre on the page, mm
    y: float
    shape: str = "round"  # "round" or "rect"


@dataclass(frozen=True)
class Visa:
    """A visa issued to the holder (printed as a visa stamp on a visa page)."""

    state: str
    issued: date
    until: date
    page: str
    x: float
    y: float


@dataclass(frozen=True)
class TravelHistory:
    stamps: tuple[Stamp, ...] = ()
    visas: tuple[Visa, ...] = ()
    visa_states: tuple[str, ...] = ()  # the states that require the holder to have a visa


@dataclass(frozen=True)
class Finding:
    """One break in the story: ``code`` is stable, ``stamp`` the index of the stamp at fault."""

    code: str
    stamp: int
    text: dict[str, str]


def _chronological(stamps: tuple[Stamp, ...]) -> list[int]:
    # The same day an exit comes before an entry: out of one state, into the next.
    return sorted(
        range(len(stamps)),
        key=lambda i: (stamps[i].day, stamps[i].direction is Direction.ENTRY, i),
    )


def story_findings(history: TravelHistory, issue: date, expiry: date) -> list[Finding]:
    """Every stamp that does not fit the story, in the order the traveller would have met them.

    The rule: (1) a stamp lies between the passport's issue and expiry dates; (2) an exit from a
    state follows an entry into it with no exit between; (3) an entry into a state that requires
    a visa lies within a visa of that state (issued on or before the day, valid until on or
    after it). A traveller may still be abroad at the end: an entry without exit is no fault.
    """
    out: list[Finding] = []
    inside: set[str] = set()
    for i in _chronological(history.stamps):
        s = history.stamps[i]
        when = s.day.isoformat()
        if s.day < issue:
            out.append(
                Finding(
                    "before_issue",
                    i,
                    {
                        "en": f"The {s.direction.value} stamp of {s.state} dated {when} is older "
                        f"than the passport (issued {issue.isoformat()}).",
                        "zh-Hans": f"{s.state} 的{_zh(s.direction)}章日期为 {when}，"
                        f"早于护照签发日期（{issue.isoformat()}）。",
                    },
                )
            )
        elif s.day > expiry:
            out.append(
                Finding(
                    "after_expiry",
                    i,
                    {
                        "en": f"The {s.direction.value} stamp of {s.state} dated {when} is after "
                        f"the passport expired ({expiry.isoformat()}).",
                        "zh-Hans": f"{s.state} 的{_zh(s.direction)}章日期为 {when}，"
                        f"晚于护照有效期（{expiry.isoformat()}）。",
                    },
                )
            )
        if s.direction is Direction.EXIT:
            if s.state not in inside:
                out.append(
                    Finding(
                        "exit_without_entry",
                        i,
                        {
                            "en": f"An exit stamp of {s.state} dated {when} with no entry into "
                            f"{s.state} before it.",
                            "zh-Hans": f"{s.state} 的出境章日期为 {when}，"
                            f"此前没有入境 {s.state} 的记录。",
                        },
                    )
                )
            inside.discard(s.state)
            continue
        inside.add(s.state)
        if s.state in history.visa_states and not any(
            v.state == s.state and v.issued <= s.day <= v.until for v in history.visas
        ):
            out.append(
                Finding(
                    "entry_without_visa",
                    i,
                    {
                        "en": f"An entry stamp of {s.state} dated {when}, but {s.state} requires "
                        "a visa and no visa of it was valid that day.",
                        "zh-Hans": f"{s.state} 的入境章日期为 {when}，但入境 {s.state} 需要签证，"
                        "而当日没有有效的签证。",
                    },
                )
            )
    return out


def _zh(direction: Direction) -> str:
    return "入境" if direction is Direction.ENTRY else "出境"
