"""The data a document carries: holder, number, dates, MRZ and the visual zone as printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from docexam.core.chip.pki import SIGNER_YEARS
from docexam.core.domain.seeds import rng
from docexam.core.synth.inventory import OLDER, generation
from docexam.core.synth.mrz_adapter import make_mrz
from docexam.core.synth.names import (
    Person,
    add_years,
    document_number,
    make_person,
    trap_number,
)
from docexam.core.synth.states import State

DOC_CODES = {"td3": "P", "td1": "I", "td2": "I", "mrv-a": "V"}
VALIDITY_YEARS = {"td3": 10, "td1": 10, "td2": 5, "mrv-a": 1}
TITLES = {"td3": "Passport", "td1": "Identity card", "td2": "Identity card", "mrv-a": "Visa"}
# For the specimen title only (never drawn): the UI's words for the document types.
TITLES_ZH = {"td3": "护照", "td1": "身份证", "td2": "证件卡", "mrv-a": "签证"}


@dataclass(frozen=True)
class DocData:
    doc_type: str
    code: str
    state: State
    number: str
    person: Person
    nationality: str  # ICAO code of the holder's nationality
    issue: date
    expiry: date
    personal_number: str
    mrz: tuple[str, ...]

    def viz(self) -> dict[str, str]:
        """The visual zone as printed (the keys the MRZ engine compares against)."""
        return {
            "document_code": self.code,
            "issuing_state": self.state.code,
            "document_number": self.number,
            "surname": self.person.surname,
            "given_names": self.person.given_names,
            "nationality": self.nationality,
            "birth_date": self.person.birth_date.isoformat(),
            "sex": self.person.sex,
            "expiry_date": self.expiry.isoformat(),
            "issue_date": self.issue.isoformat(),
            "birth_place": self.person.birth_place,
            "personal_number": self.personal_number,
            "authority": self.state.authority,
        }


# The day the generated world is current: nothing is issued after it, and every passport and
# identity card is still valid on it, whichever series it belongs to.
AS_OF = date(2026, 1, 1)
# When a series not named by its year began: an older series until the newer one came.
_UNNAMED_START = {OLDER: date(2015, 1, 1), "newer": date(2022, 1, 1)}
# The states' Document Signers begin in 2019 (chip/pki.py): a chip signed earlier would fail
# its own validity check, so nothing in circulation was issued before.
_FIRST_SIGNED = date(SIGNER_YEARS[0], 1, 1)


def _start(name: str, gen: str) -> date:
    return date(int(name), 1, 1) if name.isdigit() and len(name) == 4 else _UNNAMED_START[gen]


def series_period(state: State, series: str) -> tuple[date, date]:
    """First and last day a series was issued: an older series until its successor began, the
    newer one until :data:`AS_OF`. Series are named by the year they began where they can be."""
    gen = generation(series, state.series)
    older, newer = state.series
    if gen == OLDER:
        end = _start(newer, "newer") if series == older else _UNNAMED_START["newer"]
        return _start(series, OLDER), end - timedelta(days=1)
    return _start(series, "newer"), AS_OF - timedelta(days=1)


def issue_window(state: State, series: str, doc_type: str) -> tuple[date, date]:
    """Issue days within the series' period on which the document is still valid at AS_OF. A
    visa (one year) of a series replaced earlier has no such day: it is issued in the period's
    last year and has expired, as the visas in old passports have."""
    first, last = series_period(state, series)
    years = VALIDITY_YEARS[doc_type]
    valid_from = AS_OF.replace(year=AS_OF.year - years) + timedelta(days=1)
    lo = max(first, valid_from, _FIRST_SIGNED)
    if lo > last:
        lo = max(first, _FIRST_SIGNED, last.replace(year=last.year - 1))
    return lo, last


def viz_date(d: date) -> str:
    """Dates as many states print them: 12 AUG 1974."""
    months = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
    return f"{d.day:02d} {months[d.month - 1]} {d.year}"


def make_doc_data(
    state: State, doc_type: str, seed: object, series: str, mrz_trap: bool = False
) -> DocData:
    """The document's data; ``mrz_trap`` gives it a number with the traps of MRZ reading
    (look-alike O/0 and I/1, a length other than nine) for the MRZ-trap exercises."""
    g = rng("doc", state.code, doc_type, series, seed)
    lo, hi = issue_window(state, series, doc_type)
    issue = lo + timedelta(days=int(g.integers(0, (hi - lo).days + 1)))
    person = make_person(
        state.traditions, state.cities, (state.code, doc_type, series, seed), issue
    )
    prefix = DOC_CODES[doc_type] if doc_type != "td3" else state.code[0]
    number = trap_number(g, prefix, doc_type) if mrz_trap else document_number(g, prefix)
    digits = {"mrv-a": 0, "td2": 7}.get(doc_type, 10)  # what fits the format's optional field
    personal = "".join(str(int(v)) for v in g.integers(0, 10, digits))
    expiry = add_years(issue, VALIDITY_YEARS[doc_type])
    # A visa is issued by one state to a national of another.
    nationality = state.code if doc_type != "mrv-a" else "UTO" if state.code != "UTO" else "ZRN"
    code = DOC_CODES[doc_type]
    lines = make_mrz(
        doc_type,
        code,
        state.code,
        number,
        person.surname,
        person.given_names,
        nationality,
        person.birth_date,
        person.sex,
        expiry,
        personal,
    )
    return DocData(
        doc_type, code, state, number, person, nationality, issue, expiry, personal, lines
    )
