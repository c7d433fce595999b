"""What ``check_mrz`` reports: findings with stable codes, and the result object."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from docexam.core.mrz.formats import MrzFormat, Position
from docexam.core.mrz.parse import ParsedMrz


class Kind(StrEnum):
    """``invalid``: the MRZ breaks ICAO arithmetic or format rules (a careless forgery, a
    misprint). ``inconsistent``: the MRZ is valid but disagrees with the visual zone (a careful
    forger recomputed the check digits)."""

    INVALID = "invalid"
    INCONSISTENT = "inconsistent"


class FindingCode(StrEnum):
    """Stable identifiers: exercises, packs and translations key on these, never on messages."""

    FORMAT_ERROR = "FORMAT_ERROR"  # not 3x30, 2x36 or 2x44: the MRZ cannot be read
    INVALID_CHARACTER = "INVALID_CHARACTER"  # outside A-Z, 0-9 and <
    CHECK_DIGIT_MISMATCH = "CHECK_DIGIT_MISMATCH"
    NON_NUMERIC = "NON_NUMERIC"  # letter or filler in a date (the O/0 trap)
    IMPOSSIBLE_DATE = "IMPOSSIBLE_DATE"  # month 13, 30 February ...
    EXPIRY_BEFORE_BIRTH = "EXPIRY_BEFORE_BIRTH"
    INVALID_SEX = "INVALID_SEX"  # not M, F or <
    INVALID_STATE_CODE = "INVALID_STATE_CODE"  # issuing state or nationality not letters
    DOCUMENT_CODE = "DOCUMENT_CODE"  # code letter not allowed in this format
    NAME_FORMAT = "NAME_FORMAT"  # digits in the name, stray fillers, empty name
    LONG_NUMBER_ERROR = "LONG_NUMBER_ERROR"  # filler check digit but no continuation
    VIZ_MISMATCH = "VIZ_MISMATCH"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem. ``positions`` are where it shows; for a check digit, ``positions`` is the
    digit and ``covers`` the characters it protects, ``printed`` the digit on the document and
    ``expected`` the computed one. For a VIZ mismatch, ``printed`` is the MRZ value and
    ``expected`` the visual zone's."""

    code: FindingCode
    field: str
    message: str
    positions: tuple[Position, ...] = ()
    covers: tuple[Position, ...] = ()
    printed: str | None = None
    expected: str | None = None

    @property
    def kind(self) -> Kind:
        return Kind.INCONSISTENT if self.code is FindingCode.VIZ_MISMATCH else Kind.INVALID

    def __str__(self) -> str:
        return f"{self.kind}: {self.code}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "code": str(self.code),
            "kind": str(self.kind),
            "field": self.field,
            "message": self.message,
            "positions": [list(p) for p in self.positions],
            "covers": [list(p) for p in self.covers],
            "printed": self.printed,
            "expected": self.expected,
        }


@dataclass(frozen=True, slots=True)
class MrzCheck:
    """The verdict on one MRZ. ``parsed`` is None only when the text is unreadable."""

    lines: tuple[str, ...]
    format: MrzFormat | None
    parsed: ParsedMrz | None
    findings: tuple[Finding, ...]

    @property
    def readable(self) -> bool:
        return self.parsed is not None

    @property
    def valid(self) -> bool:
        """Readable, and every check digit, character, date and code is right."""
        return self.parsed is not None and not any(f.kind is Kind.INVALID for f in self.findings)

    @property
    def consistent(self) -> bool:
        """Nothing disagrees with the visual zone (trivially true when no VIZ was given)."""
        return not any(f.kind is Kind.INCONSISTENT for f in self.findings)

    def codes(self) -> set[FindingCode]:
        return {f.code for f in self.findings}

    def as_dict(self) -> dict[str, object]:
        return {
            "format": str(self.format) if self.format else None,
            "readable": self.readable,
            "valid": self.valid,
            "consistent": self.consistent,
            "lines": list(self.lines),
            "fields": self.parsed.as_dict() if self.parsed else None,
            "findings": [f.as_dict() for f in self.findings],
        }


def describe_positions(positions: Iterable[Position]) -> str:
    """``line 2 positions 1-10, 14-20`` style, grouping consecutive columns."""
    return _describe(tuple(positions))


@lru_cache(maxsize=4096)
def _describe(positions: tuple[Position, ...]) -> str:
    # Cached: the same spans (a check digit's coverage, a date) are described again and again.
    by_line: dict[int, list[int]] = {}
    for p in sorted(set(positions)):
        by_line.setdefault(p.line, []).append(p.column)
    parts = []
    for line, cols in by_line.items():
        runs: list[list[int]] = []
        for c in cols:
            if runs and c == runs[-1][1] + 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
        text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
        word = "position" if len(cols) == 1 else "positions"
        parts.append(f"line {line} {word} {text}")
    return "; ".join(parts)
