"""A specimen on the reader: its chip read from the pack, checked against its printed page.

The one entry the CLI, the viewer's reader panel and the benchmark use. A document that shows the
chip symbol (a feature of category ``protection.chip_symbol``) was issued with a chip, so one
without ``chip.json`` is a chip that does not answer; any other without one simply has none.
"""

from __future__ import annotations

from pathlib import Path

from docexam.core.chip.portrait import printed_face
from docexam.core.chip.trust import TrustStore, shipped_trust
from docexam.core.chip.verify import ChipReport, verify_chip
from docexam.core.domain.model import Specimen
from docexam.core.pack.chip_file import ChipFile
from docexam.core.pack.reader import read_chip

CHIP_SYMBOL = "protection.chip_symbol"


def expects_chip(specimen: Specimen) -> bool:
    return any(f.category == CHIP_SYMBOL for page in specimen.pages for f in page.features)


def read_specimen_chip(pack_root: Path, specimen: Specimen) -> ChipFile | None:
    """The specimen's chip (PackError naming chip.json when it is unreadable)."""
    return read_chip(Path(pack_root), specimen.id)


def check_specimen(
    pack_root: Path, specimen: Specimen, trust: TrustStore | None = None
) -> ChipReport:
    chip = read_specimen_chip(pack_root, specimen)
    return verify_chip(
        chip,
        tuple(specimen.mrz.split("\n")) if specimen.mrz else (),
        specimen.viz,
        printed_face(specimen),
        trust or shipped_trust(),
        expect_chip=expects_chip(specimen),
    )
