"""Reading MRZ text into typed fields: normalisation, format detection, field extraction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from docexam.core.mrz.dates import read_birth_date, read_expiry_date
from docexam.core.mrz.errors import MrzError
from docexam.core.mrz.formats import LAYOUTS, MrzFormat, flat_slices
from docexam.core.mrz.names import possibly_truncated, split_name_field

# Total length when all lines were pasted as one: OCR and copy-paste often lose the newline.
_JOINED = {90: (3, 30), 72: (2, 36), 88: (2, 44)}
_CLEAN = re.compile(r"[A-Z0-9<\n]*")
_SHAPES = "3 lines of 30 (TD1), 2 of 36 (TD2, MRV-B) or 2 of 44 (TD3, MRV-A)"


class ParsedMrz(NamedTuple):
    """The fields of a readable MRZ, as printed (fillers stripped). Dates are None when the
    printed text is not a real date; ``*_raw`` keep what was printed.

    A named tuple rather than a frozen dataclass: as immutable, and several times cheaper to
    create, which matters when checking tens of thousands of MRZs a second."""

    format: MrzFormat
    lines: tuple[str, ...]
    document_code: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: date | None
    birth_date_raw: str
    sex: str  # M, F, X (printed as <) or the unexpected character printed
    expiry_date: date | None
    expiry_date_raw: str
    optional_data: str
    optional_data_2: str
    name_field: str
    name_possibly_truncated: bool
    long_document_number: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "format": str(self.format),
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "document_number": self.document_number,
            "surname": self.surname,
            "given_names": self.given_names,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "birth_date_raw": self.birth_date_raw,
            "sex": self.sex,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "expiry_date_raw": self.expiry_date_raw,
            "optional_data": self.optional_data,
            "optional_data_2": self.optional_data_2,
            "name_possibly_truncated": self.name_possibly_truncated,
            "long_document_number": self.long_document_number,
        }


def normalize_lines(text: str | Sequence[str]) -> list[str]:
    """Non-empty lines, upper-cased, with every space and tab removed."""
    joined = text if isinstance(text, str) else "\n".join(text)
    if _CLEAN.fullmatch(joined):
        # Clean machine input, the common case when checking in bulk: no per-line cleaning.
        lines = joined.split("\n")
    else:
        lines = ["".join(line.split()).upper() for line in joined.splitlines()]
    if "" in lines:
        lines = [line for line in lines if line]
    if len(lines) == 1 and (shape := _JOINED.get(len(lines[0]))) is not None:
        count, length = shape
        lines = [lines[0][i * length : (i + 1) * length] for i in range(count)]
    return lines


def detect_format(lines: Sequence[str]) -> MrzFormat:
    """The format given by the shape of ``lines``; raises MrzError saying what is wrong."""
    if not lines:
        raise MrzError(f"no MRZ text: expected {_SHAPES}")
    lengths = [len(line) for line in lines]
    if lengths == [30, 30, 30]:
        return MrzFormat.TD1
    if lengths in ([36, 36], [44, 44]):
        visa = lines[0][0] == "V"
        if lengths[0] == 36:
            return MrzFormat.MRV_B if visa else MrzFormat.TD2
        return MrzFormat.MRV_A if visa else MrzFormat.TD3
    if len(set(lengths)) == 1 and lengths[0] in (30, 36, 44):
        want = 3 if lengths[0] == 30 else 2
        raise MrzError(
            f"{len(lines)} lines of {lengths[0]} characters: "
            f"an MRZ of {lengths[0]}-character lines has {want} lines"
        )
    if len(lines) not in (2, 3):
        count = f"{len(lines)} line" + ("" if len(lines) == 1 else "s")
        raise MrzError(f"{count}: expected {_SHAPES}")
    # Two lines: guess the intended format from the longer one.
    expected = 30 if len(lines) == 3 else 44 if max(lengths) > 40 else 36
    wrong = "; ".join(
        f"line {i} has {n} characters" for i, n in enumerate(lengths, 1) if n != expected
    )
    raise MrzError(f"{wrong}, expected {expected}: an MRZ is {_SHAPES}")


@cache
def _slices(fmt: MrzFormat) -> tuple[slice, ...]:
    # One tuple to unpack instead of a dozen dict lookups: read_fields runs for every check.
    sl = flat_slices(fmt)
    keys = (
        "document_code", "issuing_state", "name", "document_number", "document_number_check",
        "nationality", "birth_date", "sex", "expiry_date", "optional_data",
    )  # fmt: skip
    return (*(sl[k] for k in keys), sl.get("optional_data_2", slice(0, 0)))


def read_fields(lines: Sequence[str], fmt: MrzFormat, reference: date) -> ParsedMrz:
    """Fields of ``lines`` already known to have the shape of ``fmt``."""
    s_code, s_state, s_name, s_num, s_numcheck, s_nat, s_birth, s_sex, s_exp, s_opt, s_opt2 = (
        _slices(fmt)
    )
    rows = tuple(lines)
    flat = "".join(rows)
    name = flat[s_name]
    surname, given = split_name_field(name)
    number = flat[s_num]
    optional = flat[s_opt]
    long_number = False
    if flat[s_numcheck] == "<" and LAYOUTS[fmt].long_number_field:
        run = optional.split("<", 1)[0]
        if len(run) >= 2:
            long_number = True
            number += run[:-1]
            optional = optional[len(run) + 1 :]
    birth_raw = flat[s_birth]
    expiry_raw = flat[s_exp]
    sex = flat[s_sex]
    return ParsedMrz(
        fmt,
        rows,
        flat[s_code].rstrip("<"),
        flat[s_state].rstrip("<"),
        number.rstrip("<"),
        surname,
        given,
        flat[s_nat].rstrip("<"),
        read_birth_date(birth_raw, reference),
        birth_raw,
        "X" if sex == "<" else sex,
        read_expiry_date(expiry_raw, reference),
        expiry_raw,
        optional.rstrip("<"),
        flat[s_opt2].rstrip("<"),
        name,
        possibly_truncated(name),
        long_number,
    )


def parse_mrz(text: str | Sequence[str], *, reference: date | None = None) -> ParsedMrz:
    """Parse MRZ text (newline-joined or a list of lines; spaces and lowercase tolerated).

    ``reference`` is "today" for the century pivot of two-digit years (see ``dates``).
    Raises MrzError only when the text does not have the shape of an MRZ; content problems
    are for ``check_mrz``.
    """
    lines = normalize_lines(text)
    fmt = detect_format(lines)
    return read_fields(lines, fmt, reference or date.today())
