"""The data a document carries: holder, number, dates, MRZ and the visual zone as printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docexam.core.domain.seeds import rng
from docexam.core.synth.mrz_adapter import make_mrz
from docexam.core.synth.names import (
    Person,
    add_years,
    document_number,
    issue_date,
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
    issue = issue_date(g)
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
