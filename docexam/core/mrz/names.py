"""Names in the MRZ: ICAO 9303 Part 3 transliteration, the name field and its truncation.

Truncation rule (ours, following the spirit of Part 3 section 4.6.5):

1. The primary identifier (surname) is kept whole; secondary identifiers (given names) are cut
   from the end, character by character, until the field fits.
2. ICAO marks a truncated name by an *alphabetic* character in the last position of the field.
   When a cut falls just after a component (the field would end with a filler), the preceding
   component loses letters so that the next component's initial takes the last position:
   ``ERIKSSON<<ANNA<MARIA`` in 15 positions becomes ``ERIKSSON<<ANN<M``.
3. Only when the surname alone (plus ``<<`` and one initial) does not fit is the surname cut too.

``name_field`` reports whether it truncated, so builders can flag the document.
"""

from __future__ import annotations

import re
import unicodedata

from docexam.core.mrz.errors import MrzError

# Multi-letter and non-decomposable transliterations of ICAO 9303 Part 3, table A; the
# recommended (not the optional single-letter) forms. Everything else drops its diacritics.
_SPECIAL = {
    "Ä": "AE",
    "Å": "AA",
    "Æ": "AE",
    "Ö": "OE",
    "Ø": "OE",
    "Œ": "OE",
    "Ü": "UE",
    "ß": "SS",
    "ẞ": "SS",
    "Þ": "TH",
    "Ð": "D",
    "Đ": "D",
    "Ħ": "H",
    "Ĳ": "IJ",
    "ı": "I",
    "Ł": "L",
    "Ŀ": "L",
    "Ŋ": "N",
    "Ŧ": "T",
}
_SEPARATORS = frozenset(" -‐‑–")  # spaces and hyphens become fillers
_DROPPED = frozenset("'’‘ʼ`.,")  # apostrophes and punctuation are omitted
_NAME_RE = re.compile(r"[A-Z]+(?:<[A-Z]+)*(?:<<[A-Z]+(?:<[A-Z]+)*)?")


def transliterate(name: str) -> str:
    """``name`` in MRZ characters: ``"Jürgen-Ægir O'Brien"`` -> ``"JUERGEN<AEGIR<OBRIEN"``.

    Runs of separators collapse to a single filler so that they can never imitate the ``<<``
    between surname and given names. Raises MrzError for characters outside the Latin table.
    """
    out: list[str] = []
    for ch in name.upper():
        if ch in _SEPARATORS:
            if out and out[-1] != "<":
                out.append("<")
            continue
        if ch in _DROPPED:
            continue
        if "A" <= ch <= "Z":
            out.append(ch)
            continue
        special = _SPECIAL.get(ch)
        if special is None:
            base = unicodedata.normalize("NFKD", ch)[:1]
            if not ("A" <= base <= "Z"):
                raise MrzError(f"cannot transliterate {ch!r} in name {name!r} to MRZ characters")
            special = base
        out.append(special)
    return "".join(out).strip("<")


def _truncate(full: str, width: int) -> str:
    cut = full[:width]
    if cut[-1] != "<":
        return cut
    kept = len(cut.rstrip("<"))
    nxt = kept
    while full[nxt] == "<":  # full ends with a letter, so this stops inside it
        nxt += 1
    separator = full[kept:nxt]
    head = full[: width - len(separator) - 1]
    if head.endswith("<"):
        # The component before the cut is too short to give up a letter: drop the next one
        # instead (the field then ends in a filler; ``name_field`` still reports truncation).
        return full[:kept].ljust(width, "<")
    return head + separator + full[nxt]


def name_field(surname: str, given_names: str, width: int) -> tuple[str, bool]:
    """The MRZ name field ``SURNAME<<GIVEN<NAMES`` padded to ``width``, and whether truncated.

    A holder with a single name has it as surname and an empty ``given_names``.
    """
    primary = transliterate(surname)
    secondary = transliterate(given_names)
    if not primary:
        raise MrzError("the surname (primary identifier) is empty; a single name goes there")
    full = f"{primary}<<{secondary}" if secondary else primary
    if len(full) <= width:
        return full.ljust(width, "<"), False
    return _truncate(full, width), True


def split_name_field(field: str) -> tuple[str, str]:
    """Surname and given names of an MRZ name field, fillers read as spaces."""
    surname, _, given = field.rstrip("<").partition("<<")
    return surname.replace("<", " "), given.replace("<", " ").strip()


def well_formed_name(field: str) -> bool:
    """Letters in components, single fillers inside a part, one ``<<`` between the parts."""
    return _NAME_RE.fullmatch(field.rstrip("<")) is not None


def possibly_truncated(field: str) -> bool:
    """ICAO's only truncation signal: a letter in the last position of the name field."""
    return field[-1:] != "<"
