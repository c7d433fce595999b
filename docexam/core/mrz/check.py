"""Checking an MRZ: every rule a trainee must learn, each failure a ``Finding``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from operator import mul

from docexam.core.mrz.checkdigit import (
    DIGITS,
    MRZ_CHARS,
    WEIGHTS,
    compute_check_digit,
    mrz_values,
)
from docexam.core.mrz.dates import why_impossible
from docexam.core.mrz.errors import MrzError
from docexam.core.mrz.fields import code_problem
from docexam.core.mrz.findings import Finding, FindingCode, MrzCheck, describe_positions
from docexam.core.mrz.formats import (
    LAYOUTS,
    CheckSpec,
    Layout,
    MrzFormat,
    Position,
    field_at,
    flat_checks,
    flat_slices,
)
from docexam.core.mrz.names import well_formed_name
from docexam.core.mrz.parse import ParsedMrz, detect_format, normalize_lines, read_fields
from docexam.core.mrz.viz import VizData, compare_viz

_STATE_OK = re.compile(r"[A-Z]{1,3}<{0,2}")
_DIGIT_SET = frozenset(DIGITS)
_LABELS = {
    "document_number": "document number",
    "birth_date": "birth date",
    "expiry_date": "expiry date",
    "optional_data": "personal number",
    "composite": "composite",
}
_C = FindingCode


def _o_hint(chars: str) -> str:
    return " (letter O where a digit belongs: O/0 confusion?)" if "O" in chars else ""


def _invalid_characters(lines: Sequence[str], fmt: MrzFormat) -> list[Finding]:
    found = []
    for li, line in enumerate(lines, 1):
        for ci, ch in enumerate(line, 1):
            if ch not in MRZ_CHARS:
                pos = Position(li, ci)
                msg = f"{pos}: {ch!r} is not an MRZ character (only A-Z, 0-9 and <)"
                found.append(Finding(_C.INVALID_CHARACTER, field_at(fmt, pos), msg, (pos,), (), ch))
    return found


def _mismatch(
    field: str, digit: Position, covers: tuple[Position, ...], printed: str, expected: str
) -> Finding:
    msg = (
        f"{digit}: {_LABELS[field]} check digit is {printed!r}, expected {expected!r} "
        f"(computed over {describe_positions(covers)}){_o_hint(printed)}"
    )
    return Finding(_C.CHECK_DIGIT_MISMATCH, field, msg, (digit,), covers, printed, expected)


def _long_number(lines: Sequence[str], layout: Layout, spec: CheckSpec) -> Finding | None:
    """Document number longer than 9: its check digit closes the run in the optional field."""
    assert layout.long_number_field is not None
    span = layout.fields[layout.long_number_field]
    run = span.take(lines).split("<", 1)[0]
    number_span = spec.covers[0]
    if len(run) < 2:
        msg = (
            f"{spec.digit}: a filler instead of the document number check digit announces a "
            f"number longer than 9 characters, but the optional data at "
            f"{describe_positions(span.positions())} does not continue it"
        )
        return Finding(_C.LONG_NUMBER_ERROR, "document_number", msg, (spec.digit,))
    expected = compute_check_digit(number_span.take(lines) + run[:-1])
    if expected is None or expected == run[-1]:
        return None
    digit = Position(span.line, span.start + len(run) - 1)
    covers = number_span.positions() + span.positions()[: len(run) - 1]
    return _mismatch("document_number", digit, covers, run[-1], expected)


def _check_digits(lines: Sequence[str], layout: Layout, values: bytes | None) -> list[Finding]:
    """``values``: the joined lines as check-digit values, None if a character is not MRZ."""
    found = []
    flat = "".join(lines)
    for check in flat_checks(layout.format):
        spec, slices = check.spec, check.slices
        printed = flat[check.index]
        if printed == "<" and spec.field == "document_number" and layout.long_number_field:
            if (finding := _long_number(lines, layout, spec)) is not None:
                found.append(finding)
            continue
        if values is not None:
            covered = (
                values[slices[0]] if len(slices) == 1 else b"".join([values[s] for s in slices])
            )
            expected: str | None = DIGITS[sum(map(mul, covered, WEIGHTS)) % 10]
        else:  # rare: invalid characters, each already reported where it stands
            expected = compute_check_digit("".join([flat[s] for s in slices]))
        if expected is None or printed == expected:
            continue
        if printed == "<" and spec.field == "optional_data" and not flat[slices[0]].strip("<"):
            continue  # ICAO: an unused personal number may have < or 0 as its check digit
        found.append(_mismatch(spec.field, spec.digit, check.covers, printed, expected))
    return found


def _unknown_parts(raw: str) -> bool:
    """Doc 9303 Part 3 section 3.8 (representation of dates): the unknown part of a birth date
    is printed as fillers; the day (7408<<), month and day (74<<<<) or all of it (<<<<<<)."""
    known = raw.rstrip("<")
    return len(known) in (0, 2, 4) and all(ch in _DIGIT_SET for ch in known)


def _date_findings(field: str, raw: str, layout: Layout, unknown_ok: bool) -> list[Finding]:
    """Findings for a date that did not read as a date (None from the parser)."""
    span = layout.fields[field]
    label = _LABELS[field]
    bad = [i for i, ch in enumerate(raw) if ch not in _DIGIT_SET]
    if bad:
        if unknown_ok and _unknown_parts(raw):
            month = raw[2:4]
            if month.isdigit() and not 1 <= int(month) <= 12:
                where = span.positions()[2:4]
                msg = (
                    f"{describe_positions(where)}: {label} {raw!r} is impossible: "
                    f"month {month} does not exist"
                )
                return [Finding(_C.IMPOSSIBLE_DATE, field, msg, where, (), raw)]
            return []
        positions = tuple(Position(span.line, span.start + i) for i in bad)
        shown = "".join(raw[i] for i in bad)
        msg = (
            f"{describe_positions(positions)}: {label} {raw!r} has {shown!r} where only "
            f"digits are allowed{_o_hint(shown)}"
        )
        return [Finding(_C.NON_NUMERIC, field, msg, positions, (), raw)]
    reason = why_impossible(raw) or "the day does not exist in the year the pivot gives"
    msg = f"{describe_positions(span.positions())}: {label} {raw!r} is impossible: {reason}"
    return [Finding(_C.IMPOSSIBLE_DATE, field, msg, span.positions(), (), raw)]


def _field_findings(p: ParsedMrz, layout: Layout) -> list[Finding]:
    found: list[Finding] = []
    f = layout.fields
    flat = "".join(p.lines)
    sl = flat_slices(layout.format)
    code = flat[sl["document_code"]]
    if (problem := code_problem(layout.format, code)) is not None:
        msg = (
            f"{describe_positions(f['document_code'].positions())}: document code {code!r}: "
            f"{problem}"
        )
        found.append(
            Finding(_C.DOCUMENT_CODE, "document_code", msg, f["document_code"].positions())
        )
    for key in ("issuing_state", "nationality"):
        raw = flat[sl[key]]
        if _STATE_OK.fullmatch(raw) is None:
            where = f[key].positions()
            msg = f"{describe_positions(where)}: {key.replace('_', ' ')} {raw!r} is not a code"
            found.append(Finding(_C.INVALID_STATE_CODE, key, msg, where, (), raw))
    if not well_formed_name(p.name_field):
        span = f["name"]
        where = tuple(
            q for q, ch in zip(span.positions(), p.name_field, strict=True) if ch in DIGITS
        )
        msg = (
            f"{describe_positions(where or span.positions()[:1])}: name field "
            f"{p.name_field.rstrip('<')!r} must be SURNAME<<GIVEN<NAMES in letters"
        )
        found.append(Finding(_C.NAME_FORMAT, "name", msg, where or span.positions()[:1]))
    if p.birth_date is None:
        found += _date_findings("birth_date", p.birth_date_raw, layout, True)
    if p.expiry_date is None:
        found += _date_findings("expiry_date", p.expiry_date_raw, layout, False)
    if p.birth_date and p.expiry_date and p.expiry_date <= p.birth_date:
        where = f["birth_date"].positions() + f["expiry_date"].positions()
        msg = (
            f"expiry {p.expiry_date.isoformat()} is not after birth {p.birth_date.isoformat()} "
            f"({describe_positions(where)})"
        )
        found.append(Finding(_C.EXPIRY_BEFORE_BIRTH, "expiry_date", msg, where))
    sex = flat[sl["sex"]]
    if sex not in ("M", "F", "<"):  # the VIZ may show X, the MRZ never does
        where = f["sex"].positions()
        msg = f"{where[0]}: sex {sex!r} must be M, F or < (unspecified)"
        found.append(Finding(_C.INVALID_SEX, "sex", msg, where, (), sex))
    return found


def check_mrz(
    text: str | Sequence[str], viz: VizData | None = None, *, reference: date | None = None
) -> MrzCheck:
    """Every finding about MRZ ``text``; with ``viz`` (a ``VizData``), also the mismatches
    with the visual zone. Never raises for bad text: an unreadable MRZ gives FORMAT_ERROR."""
    lines = normalize_lines(text)
    try:
        fmt = detect_format(lines)
    except MrzError as exc:
        finding = Finding(_C.FORMAT_ERROR, "", str(exc))
        return MrzCheck(tuple(lines), None, None, (finding,))
    layout = LAYOUTS[fmt]
    parsed = read_fields(lines, fmt, reference or date.today())
    values = mrz_values("".join(lines))
    findings = [] if values is not None else _invalid_characters(lines, fmt)
    findings.extend(_check_digits(lines, layout, values))
    findings.extend(_field_findings(parsed, layout))
    if viz is not None:
        findings.extend(compare_viz(parsed, viz))
    if len(findings) > 1:
        # Reading order, as a trainee scans the zone; stable, so a field's findings stay grouped.
        findings.sort(key=lambda f: f.positions[0] if f.positions else (99, 99))
    return MrzCheck(parsed.lines, fmt, parsed, tuple(findings))
