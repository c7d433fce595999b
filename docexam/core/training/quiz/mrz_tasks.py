"""MRZ exercises from the MRZ a specimen prints: the document a trainee examines is the one
that is scored.

An item never shows one MRZ on the page and asks about another: ``lines`` are the specimen's
recorded MRZ (what its page image prints), and the key is whatever ``check_mrz`` finds in them.
Altered MRZs come from forged specimens, whose MRZ the forgery generator reprints on the page
(``synth.forgery.mrz_edit``) and records. From each specimen:

* failing check digits give a check-digit item (which digits are wrong?);
* an MRZ that disagrees with the visual zone gives a VIZ item (which fields disagree?);
* an MRZ with neither gives one item whose answer is "nothing wrong", its task drawn by seed.

A specimen whose document number is a trap (look-alike O/0 or I/1, a length other than nine) is
read like any other: the trap is in what the page prints, and reading it right is the exercise.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from docexam.core.domain.ids import opaque_id
from docexam.core.domain.model import Specimen
from docexam.core.exercise.model import ExpectedFinding, MrzExercise, MrzTask, SpecimenRef
from docexam.core.mrz import Finding, FindingCode, VizData, check_mrz
from docexam.core.mrz.viz import viz_data

# Century pivots depend on "today"; a fixed reference keeps generated exercises reproducible.
REFERENCE = date(2024, 1, 1)
MRZ_CATEGORY = "mrz."
TRAP_LETTERS = "OI"  # letters a reader takes for 0 and 1


def is_trap_number(number: str | None) -> bool:
    """Whether a document number holds an MRZ trap: a letter that reads as a digit, or a
    length other than nine (filled with '<', or continued by the long-number rule)."""
    if not number:
        return False
    return len(number) != 9 or any(c in TRAP_LETTERS for c in number)


def viz_of(specimen: Specimen) -> VizData | None:
    """The specimen's visual-zone data as ``VizData`` (pack files write short or long keys)."""
    return viz_data(specimen.viz)


def mrz_page(specimen: Specimen) -> str | None:
    """The page that prints the MRZ (its feature's category is ``mrz.*``), if one says so."""
    for page in specimen.pages:
        if any(f.category.startswith(MRZ_CATEGORY) for f in page.features):
            return page.id
    return None


def _key(findings: Iterable[Finding]) -> tuple[ExpectedFinding, ...]:
    return tuple(
        ExpectedFinding(f.code.value, f.field, f.positions, f.covers, f.printed, f.expected)
        for f in findings
    )


def mrz_exercises(
    specimen: Specimen, ref: SpecimenRef, objectives: dict[MrzTask, tuple[str, ...]], seed: int
) -> list[MrzExercise]:
    """The MRZ exercises one specimen gives (none when it has no readable MRZ)."""
    if not specimen.mrz:
        return []
    lines = tuple(specimen.mrz.split("\n"))
    plain = check_mrz(lines, reference=REFERENCE)
    if plain.format is None:
        return []
    ref = replace(ref, page_id=mrz_page(specimen) or ref.page_id)
    keys: dict[MrzTask, tuple[ExpectedFinding, ...]] = {}
    # "Which check digits are wrong?" fits only an MRZ whose every fault is a check digit.
    if objectives.get(MrzTask.CHECK_DIGITS) and all(
        f.code is FindingCode.CHECK_DIGIT_MISMATCH for f in plain.findings
    ):
        keys[MrzTask.CHECK_DIGITS] = _key(plain.findings)
    viz = viz_of(specimen)
    if viz is not None and objectives.get(MrzTask.VIZ):
        compared = check_mrz(lines, viz, reference=REFERENCE).findings
        keys[MrzTask.VIZ] = _key(f for f in compared if f.code is FindingCode.VIZ_MISMATCH)
    asked = [task for task, key in keys.items() if key]
    if not asked and keys:
        asked = [random.Random(f"{seed}:{ref.key}").choice(sorted(keys))]
    # The id numbers the items, not their tasks: which task a specimen asks is part of its key.
    return [
        MrzExercise(
            opaque_id("ex", "mrz", ref.specimen_id, n),
            objectives[task],
            ref,
            task,
            lines,
            keys[task],
        )
        for n, task in enumerate(asked)
    ]
