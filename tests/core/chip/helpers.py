"""What the chip tests share: the generated specimens' ids and how to read their chips."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.model import Pack, Specimen
from docexam.core.pack.chip_file import ChipFile
from docexam.core.pack.reader import read_chip

UTOPIAN, VALMERAN = "uto-td3-a-11", "qvl-td3-a-12"


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
