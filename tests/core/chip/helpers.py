"""What the chip tests share: the generated specimens' ids and how to read their chips."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.model import Pack, Specimen
from docexam.core.mrz.checkdigit import check_digit
from docexam.core.pack.chip_file import ChipFile
from docexam.core.pack.reader import read_chip

UTOPIAN, VALMERAN, ZARNOVIAN = "uto-td3-a-11", "qvl-td3-a-12", "zrn-td3-2024-13"


def specimen_and_chip(pack: Pack, specimen_id: str) -> tuple[Specimen, ChipFile]:
    assert pack.root is not None
    chip = read_chip(pack.root, specimen_id)
    assert chip is not None
    return pack.specimen(specimen_id), chip


def mrz_lines(specimen: Specimen) -> tuple[str, ...]:
    return tuple((specimen.mrz or "").split("\n"))


def pack_root(pack: Pack) -> Path:
    assert pack.root is not None
    return pack.root


def altered_mrz(lines: tuple[str, ...], birth: str) -> tuple[str, ...]:
    """The printed TD3 MRZ with another birth date and its check digits recomputed (a careful
    forger: the MRZ itself checks)."""
    l2 = lines[1]
    l2 = l2[:13] + birth + check_digit(birth) + l2[20:]
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    return (lines[0], l2[:43] + check_digit(composite))
