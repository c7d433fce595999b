"""What every scenario template needs: the traveller taken from a specimen, the day of the check,
a consistent journey and visa, and the bookkeeping of indicators with the evidence for each.

The scenario's random choices come from its own generator (template and seed), never from the
traveller: the same template and seed give the same truth for any holder, whatever their
nationality or sex (the fair-profiling test holds it).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from docexam.core.cases.indicators import QUESTION_IDS, Action, Family
from docexam.core.cases.model import (
    CaseFile,
    Companion,
    Explained,
    HeldDocument,
    Paper,
    Person,
    Reply,
    Trip,
    Truth,
    Visa,
)
from docexam.core.domain.errors import PackError
from docexam.core.domain.model import DocumentType, I18nText, Specimen, Status
from docexam.core.domain.travel import Direction, TravelHistory
from docexam.core.pack.travel_file import read_travel
from docexam.core.synth.state_table import STATE_LIST

KINDS = {DocumentType.TD3: "passport", DocumentType.TD1: "id_card", DocumentType.TD2: "id_card"}
HOST, OTHER_HOST = "UTO", "ZRN"  # the officer's state; its own nationals arrive at ZRN's border
SURNAMES = ("Marlowe", "Tessaro", "Vinkel", "Orsaby", "Quell", "Brannic", "Delvane", "Hartog")
BY_CARD = {"en": "the traveller, by card", "zh-Hans": "旅客本人刷卡支付"}
GIVEN = ("Ilan", "Mira", "Tomas", "Sela", "Jorun", "Ayla", "Pello", "Rina")


@dataclass(frozen=True)
class Holding:
    """A document a traveller may hold, as a specimen gives it: its reference and its data."""

    ref: str  # pack_id/specimen_id
    kind: str
    viz: dict[str, str]
    genuine: bool = True
    # The stamps and visas on the passport's visa pages (its travel.json); None when the
    # specimen records none (an identity card, an authored specimen without the file).
    travel: TravelHistory | None = None
    # A genuine document the issuer personalised with another's face (a fraudulently obtained
    # genuine document): only the FOG template tells its story.
    obtained: bool = False

    @property
    def nature(self) -> str:
        """Which templates may tell its story: ``genuine``, ``forged`` or ``obtained``."""
        return "forged" if not self.genuine else "obtained" if self.obtained else "genuine"


def holding_of(pack_id: str, specimen: Specimen) -> Holding | None:
    """A specimen as a traveller's document, or None when it is not one a person presents at
    the booth (a visa sticker) or its data are incomplete."""
    kind = KINDS.get(specimen.document.type)
    need = ("surname", "birth_date", "sex", "nationality", "expiry_date", "document_number")
    if kind is None or not all(specimen.viz.get(k) for k in need):
        return None
    if specimen.document.status is Status.IMPOSTOR:
        return None  # a genuine document in the wrong hands: no template tells it yet
    obtained = specimen.document.status is Status.FRAUDULENTLY_OBTAINED
    genuine = specimen.document.status is Status.GENUINE or obtained
    travel = None
    if specimen.root is not None:
        try:
            travel = read_travel(specimen.root, specimen.id)
        except PackError:
            return None  # a story the case could not be held against
    ref = f"{pack_id}/{specimen.id}"
    return Holding(ref, kind, dict(specimen.viz), genuine, travel, obtained)


# Letters no decomposition takes apart, as ICAO 9303's transliteration writes them.
LIGATURES = str.maketrans(
    {"Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Þ": "TH", "þ": "th", "Ð": "D", "ð": "d",
     "ß": "ss", "Œ": "OE", "œ": "oe", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d"}
)  # fmt: skip


def latin_caps(text: str) -> str:
    """``text`` in capitals of the plain Latin alphabet: accents dropped, ligatures spelt."""
    plain = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).upper()


def ticket_name(surname: str, given: str) -> str:
    """A name as an airline prints it (``FJAELUND/THORIR``, ``NUNERO GALEZ/INES``)."""
    return latin_caps(f"{surname}/{given}")


def trips_of(travel: TravelHistory) -> tuple[str, ...]:
    """The trips the stamps show, oldest first, as a case writes them: an entry and the exit
    from the same state that follows it (``"QVL 2023-04-02..2023-04-19"``); an entry with no
    exit yet ends in ``..``. Exits without an entry are no trip (the story rule flags them)."""
    order = sorted(travel.stamps, key=lambda s: (s.day, s.direction is Direction.ENTRY))
    open_: dict[str, date] = {}
    trips: list[tuple[date, str]] = []
    for s in order:
        if s.direction is Direction.ENTRY:
            open_.setdefault(s.state, s.day)
        elif s.state in open_:
            start = open_.pop(s.state)
            trips.append((start, f"{s.state} {start.isoformat()}..{s.day.isoformat()}"))
    trips += [(start, f"{state} {start.isoformat()}..") for state, start in open_.items()]
    return tuple(text for _, text in sorted(trips))


def airport(code: str) -> tuple[str, I18nText]:
    """(code and city as a ticket prints it, the port's name in both languages)."""
    state = next((s for s in STATE_LIST if s.code == code), None)
    city = state.cities[0] if state else code.title()
    zh = state.name_zh if state else code
    return f"{code} {city}", {"en": f"{city} International Airport", "zh-Hans": f"{zh}国际机场"}


def t(en: str, zh: str) -> I18nText:
    return {"en": en, "zh-Hans": zh}


@dataclass
class Builder:
    case_id: str
    holding: Holding
    rng: random.Random
    family: Family
    indicators: list[str] = field(default_factory=list)
    evidence: dict[str, I18nText] = field(default_factory=dict)
    explained: list[Explained] = field(default_factory=list)
    observations: list[I18nText] = field(default_factory=list)
    papers: list[Paper] = field(default_factory=list)
    companions: list[Companion] = field(default_factory=list)
    replies: dict[str, I18nText] = field(default_factory=dict)
    extra_documents: list[HeldDocument] = field(default_factory=list)

    def __post_init__(self) -> None:
        v = self.holding.viz
        self.person = Person(
            v["surname"],
            v.get("given_names", ""),
            date.fromisoformat(v["birth_date"]),
            v["sex"],
            v["nationality"],
        )
        self.host = HOST if self.person.nationality != HOST else OTHER_HOST
        expiry = date.fromisoformat(v["expiry_date"])
        issued = v.get("issue_date")
        issue = date.fromisoformat(issued) if issued else expiry - timedelta(days=365 * 5)
        self.travel = self.holding.travel or TravelHistory()
        # The check falls while the document is valid, with room for the stay, and after the
        # last stamp on the visa pages: the traveller's story goes on from where they end.
        stamped = max((s.day for s in self.travel.stamps), default=issue)
        start = max(issue + timedelta(days=30), stamped + timedelta(days=14))
        room = max(1, (expiry - start).days - 240)
        self.day = start + timedelta(days=int(self.rng.random() * min(room, 400)))
        self.stay_days = self.rng.choice((5, 7, 10, 12, 14, 21))
        self.return_date: date | None = self.day + timedelta(days=self.stay_days)
        self.name_on_ticket = ticket_name(self.person.surname, self.person.given_names)
        self.paid_by = BY_CARD
        self.money = t("", "")
        self.luggage = t("", "")
        self.visa_category: str | None = "tourist"
        self.visa_until_offset = 90
        # Earlier trips as the traveller states them: what the stamps show, unless a template
        # plants a claim the stamps contradict.
        self.history: tuple[str, ...] = trips_of(self.travel)

    @property
    def stamped(self) -> bool:
        """Whether the document has visa pages whose stamps the story can be held against."""
        return self.holding.kind == "passport" and self.holding.travel is not None

    def earlier_visits(self, state: str) -> list[str]:
        """The stated trips into ``state``, oldest first."""
        return [h for h in self.history if h.split(" ", 1)[0] == state]

    @property
    def has_visa(self) -> bool:
        """A visa goes in a passport; an identity card travels without one."""
        return self.visa_category is not None and self.holding.kind == "passport"

    def visa_free(self, options: tuple[str, ...]) -> tuple[str, ...]:
        """``options`` without the indicators a visa shows, when there is none."""
        visa = ("purpose_mismatch", "visa_not_covering")
        return options if self.has_visa else tuple(o for o in options if o not in visa)

    def claim_unstamped_visit(self) -> date:
        """Add to the stated trips a week's visit to the host state that no stamp shows (after
        the passport's issue, clear of the stamped trips, so no older passport explains it);
        its first day."""
        issued = self.holding.viz.get("issue_date")
        issue = date.fromisoformat(issued) if issued else self.day - timedelta(days=3650)
        stamped = [
            (s.day - timedelta(days=1), s.day + timedelta(days=1)) for s in self.travel.stamps
        ]
        for back in (*self.rng.sample((400, 300, 200, 150, 100, 60), 6), 12):
            start = self.day - timedelta(days=back)
            end = start + timedelta(days=7)
            if start > issue and not any(a <= end and start <= b for a, b in stamped):
                break
        claim = f"{self.host} {start.isoformat()}..{end.isoformat()}"
        self.history = tuple(sorted((*self.history, claim), key=lambda h: h.split(" ")[1]))
        return start

    # -- the traveller's names as papers write them
    @property
    def full_name(self) -> str:
        return f"{self.person.given_names} {self.person.surname}".strip()

    def other_name(self) -> str:
        return f"{self.rng.choice(GIVEN)} {self.rng.choice(SURNAMES)}"

    def pick(self, options: tuple[str, ...], low: int, high: int | None = None) -> list[str]:
        """Between ``low`` and ``high`` of ``options``, in their order: a scenario's variation."""
        n = self.rng.randint(low, high if high is not None else len(options))
        chosen = set(self.rng.sample(options, n))
        return [o for o in options if o in chosen]

    def money_text(self, amount: int, en_extra: str = "", zh_extra: str = "") -> None:
        self.money = t(f"{amount} UTD in cash{en_extra}", f"现金 {amount} 乌托邦元{zh_extra}")

    # -- bookkeeping
    def flag(self, indicator: str, en: str, zh: str) -> None:
        if indicator not in self.indicators:
            self.indicators.append(indicator)
        self.evidence[indicator] = t(en, zh)

    def explain(self, indicator: str, en: str, zh: str) -> None:
        self.explained.append(Explained(indicator, t(en, zh)))

    def observe(self, en: str, zh: str) -> None:
        self.observations.append(t(en, zh))

    def reply(self, question: str, en: str, zh: str) -> None:
        self.replies[question] = t(en, zh)

    def paper(
        self,
        kind: str,
        issuer: str,
        en: str,
        zh: str,
        valid: tuple[date | None, date | None] = (None, None),
        name_on: str | None = None,
    ) -> None:
        self.papers.append(
            Paper(kind, name_on or self.full_name, issuer, valid[0], valid[1], t(en, zh))
        )

    def companion(self, rel: tuple[str, str], desc: tuple[str, str], age: int) -> None:
        self.companions.append(Companion(t(*rel), t(*desc), age))

    # -- the file
    def _defaults(self, purpose: I18nText) -> None:
        """Plain, consistent answers to the questions the template left unanswered."""
        if self.paid_by == BY_CARD and (
            "no card" in self.money["en"] or "None" in self.money["en"]
        ):
            # No card on them: the ticket was bought over a counter.
            self.paid_by = t(
                "the traveller, in cash at a travel agency", "旅客本人在旅行社以现金支付"
            )
        self.replies.setdefault("purpose", purpose)
        if any(p.kind == "hotel_booking" for p in self.papers):
            nights = self.stay_days
            self.replies.setdefault(
                "stay", t(f"At the hotel, {nights} nights.", f"住酒店，{nights} 晚。")
            )
        self.replies.setdefault(
            "stay", t("With relatives; here is the address.", "住亲戚家；这是地址。")
        )
        self.replies.setdefault(
            "work",
            t("I work in an office at home; no work here.", "我在国内做文职；在这里不工作。"),
        )
        back = self.return_date
        if back is not None:
            self.replies.setdefault(
                "return",
                t(
                    f"On {back.isoformat()}; the return ticket is here.",
                    f"{back.isoformat()}，回程票在这里。",
                ),
            )
        else:
            self.replies.setdefault("return", t("I have not booked it yet.", "还没订回程票。"))
        self.replies.setdefault("paid", t("I paid it myself.", "我自己付的。"))
        self.replies.setdefault(
            "documents", t("I keep them, here they are.", "我自己保管，都在这里。")
        )
        self.replies.setdefault("debt", t("No.", "没有。"))
        self.replies.setdefault("companion", t("I travel alone.", "我一个人出行。"))
        self.replies.setdefault("contact", t("Nobody; I take a taxi.", "没人接；我打车。"))
        self.replies.setdefault("money", self.money if self.money["en"] else t("Enough.", "够用。"))

    def finish(
        self,
        title: I18nText,
        purpose: I18nText,
        action: Action,
        acceptable: tuple[Action, ...],
        summary: I18nText,
        specialist: I18nText,
    ) -> CaseFile:
        self._defaults(purpose)
        v = self.holding.viz
        main = HeldDocument(
            self.holding.kind,
            v["document_number"],
            v.get("issuing_state", self.person.nationality),
            date.fromisoformat(v["expiry_date"]),
            self.person.surname,
            self.person.given_names,
            self.holding.ref,
        )
        visa = None
        if self.has_visa and self.visa_category is not None:
            visa = Visa(
                self.host,
                self.visa_category,
                self.day - timedelta(days=20),
                self.day + timedelta(days=self.visa_until_offset),
                "single",
                main.number,
            )
        origin, _ = airport(self.person.nationality)
        dest, port = airport(self.host)
        booth = self.rng.randint(1, 12)
        trip = Trip(
            self.name_on_ticket,
            origin,
            dest,
            f"{self.host[:2]}{self.rng.randint(100, 989)}",
            self.day,
            self.return_date,
            self.paid_by,
            self.day - timedelta(days=self.rng.randint(2, 40)),
            self.history,
        )
        order = QUESTION_IDS
        return CaseFile(
            id=self.case_id,
            title=title,
            port={
                "en": f"{port['en']}, arrivals booth {booth}",
                "zh-Hans": f"{port['zh-Hans']}入境查验台 {booth} 号",
            },
            date=self.day,
            person=self.person,
            documents=(main, *self.extra_documents),
            trip=trip,
            stated_purpose=purpose,
            visa=visa,
            papers=tuple(self.papers),
            money=self.money,
            luggage=self.luggage,
            companions=tuple(self.companions),
            observations=tuple(self.observations),
            interview=tuple(Reply(q, self.replies[q]) for q in order if q in self.replies),
            truth=Truth(
                self.family,
                tuple(self.indicators),
                action,
                acceptable,
                tuple(self.explained),
                dict(self.evidence),
                summary,
                specialist,
            ),
        )
