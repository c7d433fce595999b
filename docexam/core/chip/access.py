"""The first step on the reader: does the chip open for the keys of the printed MRZ?

A chip whose EF.CardAccess offers PACE is opened with PACE (``pace.py``); one without it with
BAC (``bac.py``), as an inspection system does (ICAO 9303 Part 11, 4.2: PACE first when the
chip offers it). Either way the password is the printed MRZ, so an altered MRZ (even one whose
check digits were recomputed) does not open the chip.
"""

from __future__ import annotations

from docexam.core.chip import pace
from docexam.core.chip.bac import AccessKeyError, AccessKeys, keys_from_printed_mrz
from docexam.core.chip.reasons import Reason, why
from docexam.core.chip.tlv import TlvError
from docexam.core.pack.chip_file import ChipFile

CARD_ACCESS = "EF.CardAccess"
BAC, PACE = "BAC", "PACE"


def open_chip(
    chip: ChipFile | None, printed: tuple[str, ...], expect_chip: bool
) -> tuple[bool | None, Reason, str]:
    """(opened, why, the protocol tried: ``PACE``, ``BAC`` or "" when none was)."""
    if chip is None:
        if expect_chip:
            return False, why("no_chip_expected"), ""
        return None, why("no_chip"), ""
    if not chip.responds:
        return False, why("dead"), ""
    if CARD_ACCESS in chip.files:
        return (*_pace(chip, printed), PACE)
    try:
        reader = keys_from_printed_mrz(printed)
    except AccessKeyError as exc:
        return False, why("no_keys", detail=exc), BAC
    own = AccessKeys.from_seed(chip.access_key)
    if (own.k_enc, own.k_mac) != (reader.k_enc, reader.k_mac):
        return False, why("wrong_keys"), BAC
    return True, why("opened"), BAC


def _pace(chip: ChipFile, printed: tuple[str, ...]) -> tuple[bool, Reason]:
    try:
        pace.parse_card_access(chip.files[CARD_ACCESS])
    except TlvError as exc:
        return False, why("card_access_unreadable", detail=exc)
    try:
        reader_key = pace.key_from_printed_mrz(printed)
    except AccessKeyError as exc:
        return False, why("no_keys", detail=exc)
    if chip.pace_key is None or not pace.run_pace(chip.pace_key, reader_key):
        return False, why("wrong_keys_pace")
    return True, why("opened_pace")
