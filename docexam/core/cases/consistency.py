"""A case's facts held against its documents: the names on the ticket and papers, the person's
data against the document's, the visa against the journey, the document's validity, and the
story against the stamps on the passport's visa pages (its ``travel.json``).

Each disagreement is given as the indicator that records it (``name_mismatch``,
``visa_not_covering``, ``stamps_contradict_story``) or as a code no indicator carries
(``person_differs``, ``document_expired``, ``stamped_after_check``): a generated case may only
disagree with its documents where its truth names the indicator
(``tests/core/cases/test_case_consistency.py``, over many seeds).
"""

from __future__ import annotations

from datetime import date

from docexam.core.cases.builder import latin_caps, trips_of
from docexam.core.cases.model import EARLIER, CaseFile
from docexam.core.domain.travel import TravelHistory, story_findings

NOT_AN_INDICATOR = ("person_differs", "document_expired", "stamped_after_check")


def _fold(text: str) -> str:
    """A name as a ticket compares it: capitals, no accents, single spaces."""
    return " ".join(latin_caps(text).replace("/", " ").split())


def disagreements(
    case: CaseFile, viz: dict[str, str] | None = None, travel: TravelHistory | None = None
) -> set[str]:
    """What in ``case`` disagrees with its documents (and with ``viz``, the visual zone of the
    main document's specimen, and ``travel``, the stamps on its visa pages, when given)."""
    out: set[str] = set()
    if travel is not None:
        issued = (viz or {}).get("issue_date")
        out |= stamp_disagreements(case, travel, date.fromisoformat(issued) if issued else None)
    p, doc = case.person, case.main_document
    if viz is not None:
        pairs = (
            (p.surname, viz.get("surname")),
            (p.given_names, viz.get("given_names", "")),
            (p.birth_date.isoformat(), viz.get("birth_date")),
            (p.sex, viz.get("sex")),
            (p.nationality, viz.get("nationality")),
            (doc.number, viz.get("document_number")),
            (doc.expiry.isoformat(), viz.get("expiry_date")),
        )
        if any(a != b for a, b in pairs):
            out.add("person_differs")
    for d in case.documents:
        if (d.surname, d.given_names) != (p.surname, p.given_names):
            out.add("person_differs")
        if d.expiry < case.date and d.kind != EARLIER:  # an earlier passport has expired
            out.add("document_expired")
    full = _fold(f"{p.surname} {p.given_names}")
    if _fold(case.trip.name_on_ticket) != full:
        out.add("name_mismatch")
    for paper in case.papers:
        named = paper.kind in ("hotel_booking", "invitation", "employment_contract", "enrolment")
        if named and sorted(_fold(paper.name_on).split()) != sorted(full.split()):
            out.add("name_mismatch")
    visa = case.visa
    if visa is not None:
        if visa.document_number != doc.number:
            out.add("visa_not_covering")
        end = case.trip.return_date or case.date
        if not (visa.valid_from <= case.date and end <= visa.valid_until):
            out.add("visa_not_covering")
    return out


def stamp_disagreements(case: CaseFile, travel: TravelHistory, issued: date | None) -> set[str]:
    """What in ``case`` the passport's stamps contradict: a stamp dated after the check (the
    traveller cannot have been stamped in the future), stated earlier trips other than the
    stamped ones, an entry into a state that wants a visa of the traveller with neither a visa
    nor a residence permit, and a stamp that breaks the story rule (a forged stamp)."""
    out: set[str] = set()
    if any(s.day > case.date for s in travel.stamps):
        out.add("stamped_after_check")
    if tuple(case.trip.history) != trips_of(travel):
        out.add("stamps_contradict_story")
    host = case.trip.destination.split(" ", 1)[0]
    permit = any(d.kind == "residence_permit" for d in case.documents)
    if host in travel.visa_states and case.visa is None and not permit:
        out.add("visa_not_covering")
    if story_findings(travel, issued or date.min, case.main_document.expiry):
        out.add("document_forged")
    return out
