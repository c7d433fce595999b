"""Hypothesis strategies: random valid document data for every MRZ format."""

from __future__ import annotations

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

# Letters plus a few that ICAO transliterates (to one or two letters).
_NAME_CHARS = LETTERS * 3 + "ÄÅÆÖØÜßÞÑÉÈÇÁŁ"
component = st.text(alphabet=_NAME_CHARS, min_size=1, max_size=12)
names = st.lists(component, min_size=1, max_size=4).map(" ".join)
given_names = st.one_of(st.just(""), names, st.lists(component, max_size=3).map("-".join))


def optional_text(max_size: int) -> st.SearchStrategy[str]:
    """Optional data as printed: no trailing filler (the MRZ cannot show one)."""
    if max_size <= 0:
        return st.just("")
    body = st.text(alphabet=ALNUM + "<", max_size=max_size - 1)
    return st.one_of(st.just(""), st.tuples(body, st.sampled_from(ALNUM)).map("".join))


@st.composite
def mrz_data(draw: st.DrawFn, formats: tuple[MrzFormat, ...] = tuple(MrzFormat)) -> MrzData:
    fmt = draw(st.sampled_from(formats))
    code = draw(st.sampled_from(_CODE_FIRST[fmt])) + draw(st.sampled_from(LETTERS + "<"))
    max_number = _MAX_NUMBER.get(fmt, 9)
    number = draw(st.text(alphabet=ALNUM, min_size=1, max_size=max_number))
    room = _OPTIONAL_ROOM[fmt]
    if len(number) > 9:  # continuation + its check digit + a filler before any optional data
        room -= len(number) - 9 + 2
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
        surname=draw(names),
        given_names=draw(given_names),
        nationality=draw(st.text(alphabet=LETTERS, min_size=1, max_size=3)),
        birth_date=birth,
        sex=draw(st.sampled_from("MFX")),
        expiry_date=expiry,
        optional_data=draw(optional_text(room)),
        optional_data_2=draw(optional_text(11)) if fmt is MrzFormat.TD1 else "",
        format=fmt,
    )
