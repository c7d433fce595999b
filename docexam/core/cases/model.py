"""A traveller's case file: who they are, the documents they hold, the journey and the papers
that go with it, what they carry, who is with them, what the officer sees, what they answer,
and the truth of the scenario (its indicators and the right action).

Documents are references to specimens (``pack_id/specimen_id``): the person's data and portrait
are the document's, so a later generator of faces or stamps plugs in through the specimen. A
visa, a permit without a specimen, and the travel history are data. Dates are ISO strings in
the file and ``date`` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from docexam.core.cases.indicators import Action, Family
from docexam.core.domain.model import I18nText


@dataclass(frozen=True)
class Person:
    surname: str
    given_names: str
    birth_date: date
    sex: str
    nationality: str  # the three-letter code, as on the document


# A document of the person's that they no longer travel on (expired, cancelled, or on record):
# the case shows its portrait, the face the person named really has.
EARLIER = "earlier_passport"


@dataclass(frozen=True)
class HeldDocument:
    """A document the traveller presents. ``specimen`` is the generated or authored specimen
    (``pack_id/specimen_id``); a permit without one is described by its data."""

    kind: str  # passport, id_card, residence_permit, work_permit, earlier_passport
    number: str
    issuing_state: str
    expiry: date
    surname: str
    given_names: str
    specimen: str | None = None


@dataclass(frozen=True)
class Visa:
    state: str
    category: str  # tourist, business, work, study, family
    valid_from: date
    valid_until: date
    entries: str  # single or multiple
    document_number: str  # the passport it is in


@dataclass(frozen=True)
class Trip:
    """The ticket or boarding pass, and the itinerary it belongs to."""

    name_on_ticket: str  # SURNAME/GIVEN as airlines print it
    origin: str
    destination: str
    flight: str
    arrival: date
    return_date: date | None  # None: a one-way ticket
    paid_by: I18nText
    booked: date
    history: tuple[str, ...] = ()  # earlier trips, as "STATE yyyy-mm-dd..yyyy-mm-dd"


@dataclass(frozen=True)
class Paper:
    """A supporting paper: invitation, employment contract, hotel booking, consent letter..."""

    kind: str
    name_on: str  # whose name it bears, as written
    issuer: str
    valid_from: date | None
    valid_until: date | None
    details: I18nText


@dataclass(frozen=True)
class Companion:
    relation: I18nText
    description: I18nText
    age: int


@dataclass(frozen=True)
class Reply:
    question: str  # a Question id
    text: I18nText


@dataclass(frozen=True)
class Explained:
    """A surface oddity that is not an indicator here, and why (innocent cases teach this)."""

    indicator: str
    reason: I18nText


@dataclass(frozen=True)
class Truth:
    family: Family
    indicators: tuple[str, ...]
    action: Action
    acceptable: tuple[Action, ...] = ()  # half credit: defensible, not the best
    explained: tuple[Explained, ...] = ()
    evidence: dict[str, I18nText] = field(default_factory=dict)  # indicator -> where it shows
    summary: I18nText = field(default_factory=dict)
    specialist: I18nText = field(default_factory=dict)  # what a specialist would do next


@dataclass(frozen=True)
class CaseFile:
    id: str
    title: I18nText
    port: I18nText  # where the officer works
    date: date  # the day of the check
    person: Person
    documents: tuple[HeldDocument, ...]
    trip: Trip
    stated_purpose: I18nText
    visa: Visa | None = None
    papers: tuple[Paper, ...] = ()
    money: I18nText = field(default_factory=dict)
    luggage: I18nText = field(default_factory=dict)
    companions: tuple[Companion, ...] = ()
    observations: tuple[I18nText, ...] = ()
    interview: tuple[Reply, ...] = ()
    truth: Truth = field(default_factory=lambda: Truth(Family.NONE, (), Action.ADMIT))

    @property
    def main_document(self) -> HeldDocument:
        """The document the traveller presents first (its specimen gives the portrait)."""
        return next((d for d in self.documents if d.specimen), self.documents[0])

    def reply(self, question: str) -> I18nText | None:
        return next((r.text for r in self.interview if r.question == question), None)
