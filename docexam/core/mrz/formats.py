"""Field layouts of the five ICAO 9303 MRZ formats, with 1-based positions as ICAO numbers them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import NamedTuple


class MrzFormat(StrEnum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRV_A = "MRV-A"
    MRV_B = "MRV-B"

    @property
    def is_visa(self) -> bool:
        return self in (MrzFormat.MRV_A, MrzFormat.MRV_B)


class Position(NamedTuple):
    """One character of the MRZ: line and column, both 1-based."""

    line: int
    column: int

    def __str__(self) -> str:
        return f"line {self.line} position {self.column}"


@dataclass(frozen=True, slots=True)
class Span:
    """Columns ``start``..``end`` (inclusive, 1-based) of one line."""

    line: int
    start: int
    end: int

    @property
    def width(self) -> int:
        return self.end - self.start + 1

    def positions(self) -> tuple[Position, ...]:
        return _span_positions(self.line, self.start, self.end)

    def take(self, lines: Sequence[str]) -> str:
        return lines[self.line - 1][self.start - 1 : self.end]


@cache
def _span_positions(line: int, start: int, end: int) -> tuple[Position, ...]:
    # Cached: findings on a bad MRZ ask for the same few spans over and over.
    return tuple(Position(line, c) for c in range(start, end + 1))


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A check digit: the field it protects, where it is printed and what it covers."""

    field: str
    digit: Position
    covers: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    format: MrzFormat
    line_count: int
    line_length: int
    fields: Mapping[str, Span]
    checks: tuple[CheckSpec, ...]
    # Where a document number longer than 9 characters continues; None where ICAO has no rule.
    long_number_field: str | None


def _s(line: int, start: int, end: int | None = None) -> Span:
    return Span(line, start, start if end is None else end)


def _two_line(fmt: MrzFormat, length: int) -> Layout:
    fields = {
        "document_code": _s(1, 1, 2),
        "issuing_state": _s(1, 3, 5),
        "name": _s(1, 6, length),
        "document_number": _s(2, 1, 9),
        "document_number_check": _s(2, 10),
        "nationality": _s(2, 11, 13),
        "birth_date": _s(2, 14, 19),
        "birth_date_check": _s(2, 20),
        "sex": _s(2, 21),
        "expiry_date": _s(2, 22, 27),
        "expiry_date_check": _s(2, 28),
    }
    checks = [
        CheckSpec("document_number", Position(2, 10), (_s(2, 1, 9),)),
        CheckSpec("birth_date", Position(2, 20), (_s(2, 14, 19),)),
        CheckSpec("expiry_date", Position(2, 28), (_s(2, 22, 27),)),
    ]
    if fmt is MrzFormat.TD3:
        fields["optional_data"] = _s(2, 29, 42)
        fields["optional_data_check"] = _s(2, 43)
        fields["composite_check"] = _s(2, 44)
        checks.append(CheckSpec("optional_data", Position(2, 43), (_s(2, 29, 42),)))
        checks.append(
            CheckSpec("composite", Position(2, 44), (_s(2, 1, 10), _s(2, 14, 20), _s(2, 22, 43)))
        )
    elif fmt is MrzFormat.TD2:
        fields["optional_data"] = _s(2, 29, 35)
        fields["composite_check"] = _s(2, 36)
        checks.append(
            CheckSpec("composite", Position(2, 36), (_s(2, 1, 10), _s(2, 14, 20), _s(2, 22, 35)))
        )
    else:  # visas carry no composite check digit
        fields["optional_data"] = _s(2, 29, length)
    long_field = "optional_data" if fmt is MrzFormat.TD2 else None
    return Layout(fmt, 2, length, fields, tuple(checks), long_field)


def _td1() -> Layout:
    fields = {
        "document_code": _s(1, 1, 2),
        "issuing_state": _s(1, 3, 5),
        "document_number": _s(1, 6, 14),
        "document_number_check": _s(1, 15),
        "optional_data": _s(1, 16, 30),
        "birth_date": _s(2, 1, 6),
        "birth_date_check": _s(2, 7),
        "sex": _s(2, 8),
        "expiry_date": _s(2, 9, 14),
        "expiry_date_check": _s(2, 15),
        "nationality": _s(2, 16, 18),
        "optional_data_2": _s(2, 19, 29),
        "composite_check": _s(2, 30),
        "name": _s(3, 1, 30),
    }
    checks = (
        CheckSpec("document_number", Position(1, 15), (_s(1, 6, 14),)),
        CheckSpec("birth_date", Position(2, 7), (_s(2, 1, 6),)),
        CheckSpec("expiry_date", Position(2, 15), (_s(2, 9, 14),)),
        CheckSpec(
            "composite",
            Position(2, 30),
            (_s(1, 6, 30), _s(2, 1, 7), _s(2, 9, 15), _s(2, 19, 29)),
        ),
    )
    return Layout(MrzFormat.TD1, 3, 30, fields, checks, "optional_data")


LAYOUTS: Mapping[MrzFormat, Layout] = {
    MrzFormat.TD1: _td1(),
    MrzFormat.TD2: _two_line(MrzFormat.TD2, 36),
    MrzFormat.TD3: _two_line(MrzFormat.TD3, 44),
    MrzFormat.MRV_A: _two_line(MrzFormat.MRV_A, 44),
    MrzFormat.MRV_B: _two_line(MrzFormat.MRV_B, 36),
}


@cache
def _field_map(fmt: MrzFormat) -> Mapping[Position, str]:
    return {p: name for name, span in LAYOUTS[fmt].fields.items() for p in span.positions()}


def field_at(fmt: MrzFormat, position: Position) -> str:
    """Name of the field holding ``position`` (e.g. ``"birth_date"``)."""
    return _field_map(fmt).get(position, "")


@cache
def covered_positions(fmt: MrzFormat) -> frozenset[Position]:
    """Positions protected by a check digit, counting each check digit itself."""
    covered: set[Position] = set()
    for spec in LAYOUTS[fmt].checks:
        covered.add(spec.digit)
        for span in spec.covers:
            covered.update(span.positions())
    return frozenset(covered)


@cache
def uncovered_positions(fmt: MrzFormat) -> tuple[Position, ...]:
    """Positions no check digit covers, in reading order: a forger can change them freely.

    TD2/TD3/visas: all of line 1, nationality and sex (plus a visa's optional data); TD1: code
    and issuing state, sex, nationality and the whole name line.
    """
    layout = LAYOUTS[fmt]
    covered = covered_positions(fmt)
    return tuple(
        p
        for line in range(1, layout.line_count + 1)
        for col in range(1, layout.line_length + 1)
        if (p := Position(line, col)) not in covered
    )


def _flat(layout: Layout, span: Span) -> slice:
    base = (span.line - 1) * layout.line_length
    return slice(base + span.start - 1, base + span.end)


@cache
def flat_slices(fmt: MrzFormat) -> Mapping[str, slice]:
    """Field slices of the lines joined without separator: one slice per field, no line lookup
    (the hot path of checking)."""
    layout = LAYOUTS[fmt]
    return {name: _flat(layout, span) for name, span in layout.fields.items()}


@dataclass(frozen=True, slots=True)
class FlatCheck:
    """A check digit located in the lines joined without separator (the hot path)."""

    spec: CheckSpec
    index: int  # of the printed digit
    slices: tuple[slice, ...]  # of the characters it covers
    covers: tuple[Position, ...]


@cache
def flat_checks(fmt: MrzFormat) -> tuple[FlatCheck, ...]:
    layout = LAYOUTS[fmt]
    return tuple(
        FlatCheck(
            spec,
            (spec.digit.line - 1) * layout.line_length + spec.digit.column - 1,
            tuple(_flat(layout, span) for span in spec.covers),
            tuple(p for span in spec.covers for p in span.positions()),
        )
        for spec in layout.checks
    )
