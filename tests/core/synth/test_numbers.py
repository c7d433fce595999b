"""Document numbers: ordinary ones hold no MRZ trap; trap specimens hold look-alikes and lengths."""

from __future__ import annotations

import pytest

from docexam.core.mrz import check_mrz, parse_mrz
from docexam.core.synth import build_specimen
from docexam.core.synth.compose import DOC_TYPES
from docexam.core.training.quiz.mrz_tasks import is_trap_number


@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_ordinary_numbers_hold_no_trap_and_trap_numbers_do(doc_type: str) -> None:
    lengths = set()
    for seed in range(12):
        plain = build_specimen("UTO", doc_type, seed, 150.0).doc
        assert len(plain.number) == 9 and not set(plain.number) & set("OI"), plain.number
        assert not is_trap_number(plain.number)
        trap = build_specimen("ZRN", doc_type, seed, 150.0, mrz_trap=True)
        number = trap.doc.number
        assert is_trap_number(number) and "trap" not in trap.specimen.id
        assert set(number) & set("OI") and set(number) & set("01"), number  # look-alike pairs
        assert number[-1].isdigit()
        # The MRZ carries the whole number, by the long-number rule where it is longer than 9.
        check = check_mrz(list(trap.doc.mrz))
        assert check.valid, (number, trap.doc.mrz, check.findings)
        parsed = parse_mrz("\n".join(trap.doc.mrz))
        assert parsed.document_number == number
        assert parsed.long_document_number == (len(number) > 9)
        lengths.add(len(number))
    if doc_type == "td1":
        assert lengths <= {10, 11, 12} and len(lengths) > 1
    else:
        assert lengths <= {7, 8, 9} and len(lengths) > 1
