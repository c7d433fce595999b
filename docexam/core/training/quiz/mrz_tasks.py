"""MRZ exercises from a specimen: its own MRZ, one altered by a single character (a careless
forger: check digits fail), and one altered with the check digits recomputed (a careful forger:
only the visual zone gives it away). The ground truth is whatever ``check_mrz`` finds.

A specimen whose document number is a trap (look-alike O/0 or I/1, a length other than nine)
gives the MRZ-trap exercises: its altered MRZ swaps one look-alike character of the number, the
misreading a trainee must catch."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docexam.core.domain.model import Specimen
from docexam.core.exercise.model import ExpectedFinding, MrzExercise, MrzTask, SpecimenRef
from docexam.core.mrz import FindingCode, VizData, check_digit, check_mrz
from docexam.core.mrz.formats import LAYOUTS, MrzFormat

# Century pivots depend on "today"; a fixed reference keeps generated exercises reproducible.
REFERENCE = date(2024, 1, 1)
_FIELDS = ("document_number", "birth_date", "expiry_date")
_TRIES = 20
LOOKALIKE = {"O": "0", "0": "O", "I": "1", "1": "I"}
TRAP_LETTERS = "OI"  # letters a reader takes for 0 and 1


def is_trap_number(number: str | None) -> bool:
    """Whether a document number holds an MRZ trap: a letter that reads as a digit, or a
    length other than nine (filled with '<', or continued by the long-number rule)."""
    if not number:
        return False
    return len(number) != 9 or any(c in TRAP_LETTERS for c in number)


def _number_cells(lines: tuple[str, ...], fmt: MrzFormat) -> list[tuple[int, int]]:
    """(line, column) of every character of the document number, its overflow on a card too
    (the characters after the filler check digit, up to their own check digit)."""
    layout = LAYOUTS[fmt]
    span = layout.fields["document_number"]
    cells = [(span.line, c) for c in range(span.start, span.end + 1)]
    check = layout.fields.get("document_number_check")
    rest = layout.fields.get("optional_data")
    if layout.long_number_field is None or check is None or rest is None:
        return cells
    if lines[check.line - 1][check.start - 1] != "<":
        return cells
    tail = lines[rest.line - 1][rest.start - 1 : rest.end]
    length = tail.find("<") if "<" in tail else len(tail)
    return cells + [(rest.line, rest.start + i) for i in range(max(0, length - 1))]


def _swap_lookalike(lines: tuple[str, ...], fmt: MrzFormat, rng: random.Random) -> tuple[str, ...]:
    """Swap one O/0 or I/1 of the document number: the misreading of a trap number."""
    cells = [(li, c) for li, c in _number_cells(lines, fmt) if lines[li - 1][c - 1] in LOOKALIKE]
    if not cells:
        return lines
    line, col = rng.choice(cells)
    row = list(lines[line - 1])
    row[col - 1] = LOOKALIKE[row[col - 1]]
    return tuple("".join(row) if i == line - 1 else ln for i, ln in enumerate(lines))


def viz_of(specimen: Specimen) -> VizData | None:
    """The specimen's visual-zone data as ``VizData`` (pack files write short or long keys)."""
    v = specimen.viz
    if not v:
        return None

    def pick(*keys: str) -> str | None:
        return next((v[k] for k in keys if v.get(k)), None)

    def day(*keys: str) -> date | None:
        raw = pick(*keys)
        try:
            return date.fromisoformat(raw) if raw else None
        except ValueError:
            return None

    return VizData(
        surname=pick("surname"),
        given_names=pick("given_names"),
        document_number=pick("document_number", "number"),
        birth_date=day("birth_date", "birth"),
        expiry_date=day("expiry_date", "expiry"),
        sex=pick("sex"),
        nationality=pick("nationality"),
        issuing_state=pick("issuing_state"),
    )


def _findings(lines: tuple[str, ...], viz: VizData | None) -> tuple[ExpectedFinding, ...]:
    check = check_mrz(lines, viz, reference=REFERENCE)
    return tuple(
        ExpectedFinding(f.code.value, f.field, f.positions, f.covers, f.printed, f.expected)
        for f in check.findings
    )


def _alter(lines: tuple[str, ...], fmt: MrzFormat, rng: random.Random) -> tuple[str, ...]:
    """Change one digit of a field a check digit protects."""
    span = LAYOUTS[fmt].fields[rng.choice(_FIELDS)]
    digits = [c for c in range(span.start, span.end + 1) if lines[span.line - 1][c - 1].isdigit()]
    if not digits:
        return lines
    col = rng.choice(digits)
    row = list(lines[span.line - 1])
    row[col - 1] = rng.choice([d for d in "0123456789" if d != row[col - 1]])
    return tuple("".join(row) if i == span.line - 1 else ln for i, ln in enumerate(lines))


def _recompute(lines: tuple[str, ...], fmt: MrzFormat) -> tuple[str, ...]:
    """Recompute every check digit in order (the composite last, over the others)."""
    rows = [list(ln) for ln in lines]
    for spec in LAYOUTS[fmt].checks:
        current = ["".join(rows[s.line - 1][s.start - 1 : s.end]) for s in spec.covers]
        if rows[spec.digit.line - 1][spec.digit.column - 1] == "<":
            continue  # an empty field's filler, or a long number: leave as issued
        rows[spec.digit.line - 1][spec.digit.column - 1] = check_digit("".join(current))
    return tuple("".join(r) for r in rows)


def mrz_exercises(
    specimen: Specimen, ref: SpecimenRef, objectives: dict[MrzTask, tuple[str, ...]], seed: int
) -> list[MrzExercise]:
    """The MRZ exercises one specimen gives (none when it has no readable MRZ)."""
    if not specimen.mrz:
        return []
    lines = tuple(specimen.mrz.split("\n"))
    check = check_mrz(lines, reference=REFERENCE)
    if check.format is None:
        return []
    rng = random.Random(f"{seed}:{ref.key}")
    viz = viz_of(specimen)
    out: list[MrzExercise] = []
    base = f"mrz-{ref.specimen_id}"
    check_objectives = objectives.get(MrzTask.CHECK_DIGITS, ())
    if check_objectives:
        out.append(
            MrzExercise(
                f"{base}-as-issued",
                check_objectives,
                ref,
                MrzTask.CHECK_DIGITS,
                lines,
                _findings(lines, None),
            )
        )
        trap = viz is not None and is_trap_number(viz.document_number)
        for _ in range(_TRIES):
            alter = _swap_lookalike if trap else _alter
            altered = alter(lines, check.format, rng)
            found = _findings(altered, None)
            if found and all(f.code == FindingCode.CHECK_DIGIT_MISMATCH for f in found):
                out.append(replace(out[0], id=f"{base}-check-digit", lines=altered, expected=found))
                break
    viz_objectives = objectives.get(MrzTask.VIZ, ())
    if viz is not None and viz_objectives:
        for _ in range(_TRIES):
            forged = _recompute(_alter(lines, check.format, rng), check.format)
            found = _findings(forged, viz)
            if found and all(f.code == FindingCode.VIZ_MISMATCH for f in found):
                out.append(
                    MrzExercise(f"{base}-viz", viz_objectives, ref, MrzTask.VIZ, forged, found)
                )
                break
    return out
