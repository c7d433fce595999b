"""``chip.json``: the contents of a specimen's e-passport chip, beside its ``specimen.json``.

The chip's elementary files (EF.COM, EF.SOD, DG1...) as base64, plus what a real chip keeps in
secure memory and never reads out: the BAC key it was personalised with (``access_key``, K_seed
in hex), the PACE password key when it offers PACE (``pace_key``, K_pi in hex) and the Active
Authentication private key (``aa_key``, PKCS#8 DER). ``responds`` false
is a dead chip. The file is schema-checked (``chip-v1.schema.json``); what the bytes mean is
``docexam.core.chip``'s concern. Format: ``docs/pack-format.md``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import PackError, Problem
from docexam.core.pack.schemas import CHIP, json_path, schema_errors

CHIP_FILE = "chip.json"
FORMAT = "docexam-chip"
FORMAT_VERSION = 1
# The order files are read from a chip and written to chip.json.
FILE_ORDER = ("EF.CardAccess", "EF.COM", "DG1", "DG2", "DG11", "DG12", "DG14", "DG15", "EF.SOD")


@dataclass(frozen=True)
class ChipFile:
    files: dict[str, bytes]
    access_key: bytes  # the BAC K_seed the chip was personalised with (16 bytes)
    aa_key: bytes | None = None  # PKCS#8 DER of the Active Authentication key, if any
    responds: bool = True
    pace_key: bytes | None = None  # PACE K_pi (16 bytes) when EF.CardAccess offers PACE


def chip_to_json(chip: ChipFile) -> dict[str, Any]:
    out: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "responds": chip.responds,
        "access_key": chip.access_key.hex().upper(),
    }
    if chip.pace_key is not None:
        out["pace_key"] = chip.pace_key.hex().upper()
    if chip.aa_key is not None:
        out["aa_key"] = base64.b64encode(chip.aa_key).decode("ascii")
    out["files"] = {
        name: base64.b64encode(chip.files[name]).decode("ascii")
        for name in FILE_ORDER
        if name in chip.files
    }
    return out


def dumps(chip: ChipFile) -> str:
    return json.dumps(chip_to_json(chip), indent=1) + "\n"


def write_chip(specimen_dir: Path, chip: ChipFile) -> Path:
    path = Path(specimen_dir) / CHIP_FILE
    path.write_text(dumps(chip), encoding="utf-8")
    return path


def chip_problems(data: Any, file: str, specimen_id: str | None = None) -> list[Problem]:
    return [
        Problem(file, json_path(e.parts), e.code, e.message, specimen_id)
        for e in schema_errors(data, CHIP)
    ]


def chip_from_json(data: Any, file: str, specimen_id: str | None = None) -> ChipFile:
    """The chip in ``data`` (checked against the schema); PackError naming each problem."""
    problems = chip_problems(data, file, specimen_id)
    if problems:
        raise PackError("; ".join(str(p) for p in problems[:5]), problems)
    try:
        files = {
            name: base64.b64decode(text, validate=True) for name, text in data["files"].items()
        }
        aa = data.get("aa_key")
        aa_key = None if aa is None else base64.b64decode(aa, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackError.at(file, "bad-base64", f"not base64 ({exc})") from None
    pace = data.get("pace_key")
    return ChipFile(
        files,
        bytes.fromhex(data["access_key"]),
        aa_key,
        bool(data["responds"]),
        None if pace is None else bytes.fromhex(pace),
    )
