"""Names in the MRZ: ICAO 9303 Part 3 transliteration, the name field and its truncation.

Truncation follows Doc 9303 Part 7 section 4.2.2.1 ("Truncation of the name") and the examples
of Parts 4-7 (e.g. Part 6 section 4.2.3): a truncated field is filled to its last position, which
holds a letter (the only signal of truncation a reader gets). Of the options ICAO leaves to the
issuing State we apply one:

1. The surname (primary identifier) is kept whole while it fits with ``<<`` and the initial of
   every given name; the given names (secondary identifier) are then cut from the end, each
   keeping at least its initial: ``NILAVADHANANANDA<<CHAYAPA<DEJ<K`` (Part 6, 4.2.3.1 a).
2. When even that does not fit, the given names are reduced to their initials and the surname's
   components are cut from the end, each keeping its initial:
   ``BENNELONG<WOOLOOMOOLOO<W<W<<D<P`` (Part 6, 4.2.3.2 a).
3. A holder with a single name has it cut the same way.

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
# Spaces, hyphens and a comma between name components become fillers (Part 7 4.2.2.1, "Commas");
# apostrophes and other punctuation are omitted.
_SEPARATORS = frozenset(" -‐‑–,")
_DROPPED = frozenset("'’‘ʼ`.")
_NAME_RE = re.compile(r"[A-Z]+(?:<[A-Z]+)*(?:<<[A-Z]+(?:<[A-Z]+)*)?")


def transliterate(name: str) -> str:
    """``name`` in MRZ characters: ``"Jürgen-Ægir O'Brien"`` -> ``"JUERGEN<AEGIR<OBRIEN"``.

    Runs of separators collapse to a single filler so that they can never imitate the ``<<``
    between surname and given names. Raises MrzError for characters outside the Latin table.
    """
    out: list[str] = []
    # Composed first: a name typed as U + combining diaeresis (NFD) must give UE like Ü does.
    for ch in unicodedata.normalize("NFC", name).upper():
        if ch in _SEPARATORS:
            if out and out[-1] != "<":
                out.append("<")
            continue
        if ch in _DROPPED or unicodedata.combining(ch):
            continue  # a mark with no composed form (Q + diaeresis) is a dropped diacritic
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


def shorten(components: list[str], budget: int) -> str:
    """``components`` joined by single fillers in at most ``budget`` positions: trailing
    components go while not even their initials fit, then letters are cut from the end of the
    last components, each keeping its initial. Fills ``budget`` exactly when cutting."""
    kept = list(components)
    while len(kept) > 1 and 2 * len(kept) - 1 > budget:
        kept.pop()
    excess = sum(map(len, kept)) + len(kept) - 1 - budget
    for i in reversed(range(len(kept))):
        if excess <= 0:
            break
        cut = min(excess, len(kept[i]) - 1)
        kept[i] = kept[i][: len(kept[i]) - cut]
        excess -= cut
    return "<".join(kept)[:budget]


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
    given = secondary.split("<") if secondary else []
    if not given:
        field = shorten(primary.split("<"), width)
    elif len(primary) + 2 + 2 * len(given) - 1 <= width:
        field = f"{primary}<<{shorten(given, width - len(primary) - 2)}"
    else:
        initials = shorten([g[0] for g in given], width - 3)
        field = f"{shorten(primary.split('<'), width - 2 - len(initials))}<<{initials}"
    return field.ljust(width, "<"), True


def split_name_field(field: str) -> tuple[str, str]:
    """Surname and given names of an MRZ name field, fillers read as spaces."""
    surname, _, given = field.rstrip("<").partition("<<")
    return surname.replace("<", " "), given.replace("<", " ").strip()


def well_formed_name(field: str) -> bool:
    """Letters in components, single fillers inside a part, one ``<<`` between the parts."""
    return _NAME_RE.fullmatch(field.rstrip("<")) is not None


def is_truncation(printed: list[str], full: list[str]) -> bool:
    """Whether MRZ name components ``printed`` can be ``full`` truncated the ICAO way (any of
    the Part 4-7 options): the same components in order, each cut to a non-empty beginning,
    trailing ones possibly left out (Part 7 4.2.3.2 b keeps ``DINGO`` of ``DINGO POTOROO``)."""
    if not full:
        return not printed
    return 0 < len(printed) <= len(full) and all(
        m and f.startswith(m) for m, f in zip(printed, full, strict=False)
    )


def possibly_truncated(field: str) -> bool:
    """ICAO's only truncation signal: a letter in the last position of the name field."""
    return field[-1:] != "<"
