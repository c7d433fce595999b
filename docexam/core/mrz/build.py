"""Encoding document data as an MRZ (all five formats, every check digit)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from docexam.core.mrz.checkdigit import check_digit
from docexam.core.mrz.dates import to_yymmdd
from docexam.core.mrz.errors import MrzError
from docexam.core.mrz.fields import NUMBER_WIDTH, code_problem, number_as_printed, visa_number
from docexam.core.mrz.formats import LAYOUTS, Layout, MrzFormat, Span
from docexam.core.mrz.names import name_field

_CODE_RE = re.compile(r"[A-Z][A-Z<]?")
_STATE_RE = re.compile(r"[A-Z]{1,3}")
_NUMBER_RE = re.compile(r"[A-Z0-9<]+")
_OPTIONAL_RE = re.compile(r"[A-Z0-9<]*")
_SEX = {"M": "M", "F": "F", "X": "<", "<": "<", "": "<"}


@dataclass(frozen=True, slots=True)
class MrzData:
    """What a document says about its holder, before encoding. Strings are as printed in the VIZ
    (accents and lowercase welcome); ``sex`` is M, F or X."""

    document_code: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: date
    sex: str
    expiry_date: date
    optional_data: str = ""
    optional_data_2: str = ""  # TD1 line 2 only
    format: MrzFormat = MrzFormat.TD3


@dataclass(frozen=True, slots=True)
class Mrz:
    """An encoded MRZ. ``name_truncated`` is true when the names did not fit the name field."""

    format: MrzFormat
    lines: tuple[str, ...]
    name_truncated: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __str__(self) -> str:
        return self.text


def _clean(value: str, pattern: re.Pattern[str], what: str) -> str:
    text = value.strip().upper().replace(" ", "<")
    if pattern.fullmatch(text) is None:
        raise MrzError(f"{what} {value!r} is not valid MRZ data")
    return text


def _put(lines: list[list[str]], span: Span, value: str, what: str) -> None:
    if len(value) > span.width:
        raise MrzError(f"{what} {value!r} is longer than its {span.width} positions")
    row = lines[span.line - 1]
    row[span.start - 1 : span.end] = value.ljust(span.width, "<")


def _number_parts(layout: Layout, number: str, optional: str) -> tuple[str, str, str]:
    """Number field, its check digit and the optional field, applying the long-number rule."""
    number = visa_number(number, layout.format)
    if len(number) <= NUMBER_WIDTH:
        return number, check_digit(number.ljust(NUMBER_WIDTH, "<")), optional
    if layout.long_number_field is None:
        raise MrzError(
            f"document number {number!r} has {len(number)} characters; "
            f"{layout.format} allows at most {NUMBER_WIDTH}"
        )
    if "<" in number:
        # The continuation is read up to its first filler: it cannot hold one.
        raise MrzError(
            f"document number {number!r}: a number longer than {NUMBER_WIDTH} characters "
            "must be letters and digits only"
        )
    # ICAO long-number rule: 9 characters, a filler for the check digit, the rest of the number
    # and its check digit (over the whole number) opening the optional field.
    tail = number[9:] + check_digit(number)
    if optional:
        tail += "<" + optional
    return number[:9], "<", tail


def build_mrz(data: MrzData) -> Mrz:
    """Encode ``data``; raises MrzError naming the field when something cannot be encoded."""
    fmt = MrzFormat(data.format)
    layout = LAYOUTS[fmt]
    f = layout.fields
    code = _clean(data.document_code, _CODE_RE, "document code")
    if (problem := code_problem(fmt, code)) is not None:
        raise MrzError(f"document code {code!r} is not allowed in {fmt}: {problem}")
    state = _clean(data.issuing_state, _STATE_RE, "issuing state")
    nationality = _clean(data.nationality, _STATE_RE, "nationality")
    number = _clean(number_as_printed(data.document_number), _NUMBER_RE, "document number")
    optional = _clean(data.optional_data, _OPTIONAL_RE, "optional data")
    optional_2 = _clean(data.optional_data_2, _OPTIONAL_RE, "optional data 2")
    if optional_2 and fmt is not MrzFormat.TD1:
        raise MrzError(f"optional data 2 exists only in TD1, not in {fmt}")
    sex = _SEX.get(data.sex.strip().upper())
    if sex is None:
        raise MrzError(f"sex {data.sex!r} must be M, F or X")
    name, truncated = name_field(data.surname, data.given_names, f["name"].width)

    lines = [["<"] * layout.line_length for _ in range(layout.line_count)]
    number, number_check, optional = _number_parts(layout, number, optional)
    birth = to_yymmdd(data.birth_date)
    expiry = to_yymmdd(data.expiry_date)
    for key, value, what in (
        ("document_code", code, "document code"),
        ("issuing_state", state, "issuing state"),
        ("name", name, "name"),
        ("document_number", number, "document number"),
        ("document_number_check", number_check, "document number check digit"),
        ("nationality", nationality, "nationality"),
        ("birth_date", birth, "birth date"),
        ("birth_date_check", check_digit(birth), "birth date check digit"),
        ("sex", sex, "sex"),
        ("expiry_date", expiry, "expiry date"),
        ("expiry_date_check", check_digit(expiry), "expiry date check digit"),
        ("optional_data", optional, "optional data"),
        ("optional_data_2", optional_2, "optional data 2"),
    ):
        if key in f:
            _put(lines, f[key], value, what)
    if fmt is MrzFormat.TD3:
        # An empty personal number takes a filler as its check digit (ICAO allows < or 0).
        personal = f["optional_data"].take(["".join(r) for r in lines])
        digit = "<" if personal.strip("<") == "" else check_digit(personal)
        _put(lines, f["optional_data_check"], digit, "optional data check digit")
    texts = ["".join(r) for r in lines]
    for spec in layout.checks:
        if spec.field == "composite":
            covered = "".join(span.take(texts) for span in spec.covers)
            _put(lines, f["composite_check"], check_digit(covered), "composite check digit")
    return Mrz(fmt, tuple("".join(r) for r in lines), truncated)
