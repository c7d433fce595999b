"""Forgery generator: fraudulent specimens made from genuine generated ones, with ground truth.

Public API::

    forge(generated, fraud, seed, workdir=None, difficulty=None, operations=None) -> ForgedSpecimen
    forge_pack(pack_id, [ForgeJob(...)], dest, dpi=300) -> Pack
    FRAUD_OPERATIONS                  # fraud type -> operation names
    read_record(specimen_dir) -> ForgeryRecord | None;  write_record(specimen_dir, record)

Each operation edits the page layers (masks, materials, substrate) so the light engine shows its
sign under the light recorded for it. Details: ``docs/forgery.md``. No Qt.
"""

from __future__ import annotations

from docexam.core.pack.forgery_record import (
    RECORD_FILE,
    TOOLS,
    ForgeryError,
    ForgeryRecord,
    Operation,
    Sign,
    read_record,
    record_from_json,
    record_to_json,
    write_record,
)
from docexam.core.synth.forgery.assemble import ForgedSpecimen
from docexam.core.synth.forgery.forge import ALIASES as FRAUD_ALIASES
from docexam.core.synth.forgery.forge import ForgeJob, forge, forge_pack, forged_id
from docexam.core.synth.forgery.plans import FRAUD_OPERATIONS
from docexam.core.synth.forgery.pseudo import FANTASY

__all__ = [
    "FANTASY",
    "FRAUD_ALIASES",
    "FRAUD_OPERATIONS",
    "RECORD_FILE",
    "TOOLS",
    "ForgeJob",
    "ForgedSpecimen",
    "ForgeryError",
    "ForgeryRecord",
    "Operation",
    "Sign",
    "forge",
    "forge_pack",
    "forged_id",
    "read_record",
    "record_from_json",
    "record_to_json",
    "write_record",
]
