"""Rules on single fields that building and checking share: document codes, document numbers."""

from __future__ import annotations

from docexam.core.mrz.formats import MrzFormat

# First letter of the document code each format requires (Doc 9303 Parts 4-7).
ALLOWED_CODES: dict[MrzFormat, str] = {
    MrzFormat.TD1: "ACI",
    MrzFormat.TD2: "ACI",
    MrzFormat.TD3: "P",
    MrzFormat.MRV_A: "V",
    MrzFormat.MRV_B: "V",
}
NUMBER_WIDTH = 9


def code_problem(fmt: MrzFormat, code: str) -> str | None:
    """Why the two-character document ``code`` is not allowed in ``fmt``, or None.

    TD1 and TD2 (Doc 9303 Part 5 and Part 6, section 4.2.2 note k): A, C or I, then any letter
    but V; in TD2 not C after A (TD1 keeps AC for the crew member certificate)."""
    first, second = code[:1], code[1:2] or "<"
    allowed = ALLOWED_CODES[fmt]
    if not first or first not in allowed:
        return f"{fmt} documents start with {' or '.join(allowed)}"
    if second != "<" and not "A" <= second <= "Z":
        return "the second character must be a letter or <"
    if fmt in (MrzFormat.TD1, MrzFormat.TD2) and second == "V":
        return f"V is not allowed as the second character in {fmt}"
    if fmt is MrzFormat.TD2 and first + second == "AC":
        return "AC is not allowed in TD2 (C may not follow A)"
    return None


def number_as_printed(number: str) -> str:
    """A document number as the MRZ prints it: upper case, every space or special character a
    filler (Doc 9303 Part 7 section 4.2.2.2, positions 1-9), none at either end. Letters and
    digits outside A-Z and 0-9 are kept, for the caller to refuse or to compare."""
    out = [ch if ch.isalnum() else "<" for ch in number.strip().upper()]
    return "".join(out).strip("<")


def visa_number(number: str, fmt: MrzFormat) -> str:
    """A visa prints the 9 principal characters of a longer number (Part 7 4.2.2.2 note j)."""
    return number[:NUMBER_WIDTH] if fmt.is_visa else number
