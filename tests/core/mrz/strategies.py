"""Hypothesis strategies: random valid document data for every MRZ format."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from hypothesis import strategies as st

from docexam.core.mrz import MrzData, MrzFormat

REFERENCE = date(2025, 6, 1)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"

_CODE_FIRST = {
    MrzFormat.TD1: "ACI",
    MrzFormat.TD2: "ACI",
    MrzFormat.TD3: "P",
    MrzFormat.MRV_A: "V",
    MrzFormat.MRV_B: "V",
}
# Room in the optional field(s); the long-number rule takes from the first one.
_OPTIONAL_ROOM = {
    MrzFormat.TD1: 15,
    MrzFormat.TD2: 7,
    MrzFormat.TD3: 14,
    MrzFormat.MRV_A: 16,
    MrzFormat.MRV_B: 8,
}
_MAX_NUMBER = {MrzFormat.TD1: 9 + 14, MrzFormat.TD2: 9 + 6}
# The second letter of the code (Doc 9303 Parts 5 and 6): never V in TD1 and TD2, no AC in TD2.
_SECOND = {MrzFormat.TD1: LETTERS.replace("V", ""), MrzFormat.TD2: LETTERS.replace("V", "")}

# Letters plus a few that ICAO transliterates (to one or two letters).
_NAME_CHARS = LETTERS * 3 + "ÄÅÆÖØÜßÞÑÉÈÇÁŁ"
component = st.text(alphabet=_NAME_CHARS, min_size=1, max_size=12)
# Typed composed or decomposed (NFD): both must give the same MRZ.
typed = st.sampled_from(["NFC", "NFD"])
names = st.tuples(st.lists(component, min_size=1, max_size=4).map(" ".join), typed).map(
    lambda t: unicodedata.normalize(t[1], t[0])
)
given_names = st.one_of(
    st.just(""),
    names,
    st.lists(component, max_size=3).map("-".join),
    st.lists(component, min_size=2, max_size=3).map(", ".join),
    st.lists(st.sampled_from(LETTERS), min_size=1, max_size=6).map(" ".join),  # initials
)
# Names long enough to need truncation in every format, surnames as long as the field.
long_surnames = st.text(alphabet=LETTERS, min_size=28, max_size=50)


def optional_text(max_size: int) -> st.SearchStrategy[str]:
    """Optional data as printed: no trailing filler (the MRZ cannot show one)."""
    if max_size <= 0:
        return st.just("")
    body = st.text(alphabet=ALNUM + "<", max_size=max_size - 1)
    return st.one_of(st.just(""), st.tuples(body, st.sampled_from(ALNUM)).map("".join))


@st.composite
def mrz_data(draw: st.DrawFn, formats: tuple[MrzFormat, ...] = tuple(MrzFormat)) -> MrzData:
    fmt = draw(st.sampled_from(formats))
    first = draw(st.sampled_from(_CODE_FIRST[fmt]))
    second = draw(st.sampled_from(_SECOND.get(fmt, LETTERS) + "<"))
    if fmt is MrzFormat.TD2 and first + second == "AC":
        second = "<"
    code = first + second
    max_number = _MAX_NUMBER.get(fmt, 9)
    number = draw(st.text(alphabet=ALNUM, min_size=1, max_size=max_number))
    if len(number) <= 7 and draw(st.booleans()):
        # Printed with a space or punctuation inside, which the MRZ turns into a filler.
        cut = draw(st.integers(1, len(number)))
        number = number[:cut] + draw(st.sampled_from(" -/.")) + number[cut:]
    elif fmt.is_visa and draw(st.booleans()):
        number += draw(st.text(alphabet=ALNUM, min_size=1, max_size=5))  # a passport number
    room = _OPTIONAL_ROOM[fmt]
    if len(number) > 9 and not fmt.is_visa:
        room -= len(number) - 9 + 2  # continuation + its check digit + a filler before the rest
    birth = draw(st.dates(REFERENCE - timedelta(days=365 * 99), REFERENCE))
    expiry = draw(
        st.dates(
            max(birth + timedelta(days=1), date(REFERENCE.year - 49, 1, 1)), date(2075, 12, 31)
        )
    )
    return MrzData(
        document_code=code.rstrip("<"),
        issuing_state=draw(st.text(alphabet=LETTERS, min_size=1, max_size=3)),
        document_number=number,
        surname=draw(st.one_of(names, names, long_surnames)),
        given_names=draw(given_names),
        nationality=draw(st.text(alphabet=LETTERS, min_size=1, max_size=3)),
        birth_date=birth,
        sex=draw(st.sampled_from("MFX")),
        expiry_date=expiry,
        optional_data=draw(optional_text(room)),
        optional_data_2=draw(optional_text(11)) if fmt is MrzFormat.TD1 else "",
        format=fmt,
    )
