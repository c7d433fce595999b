"""Fictional people: names from several naming traditions, dates, places and numbers.

Names are assembled from syllables and common given names, so a person is invented rather than
looked up. Traditions deliberately include letters that need ICAO transliteration in the MRZ
(Ø -> OE, ß -> SS, Š -> S, Ñ -> N, Ğ -> G, ...), which is what examiners compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from docexam.core.domain.seeds import rng

_GIVEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # (female, male)
    "anglo": (
        ("Anna", "Maria", "Eleanor", "Harriet", "Rose", "Clara", "Mae", "Iris"),
        ("Thomas", "Edmund", "Arthur", "Hugh", "Rowan", "Silas", "Owen", "Peter"),
    ),
    "germanic": (
        ("Jütta", "Lieselotte", "Käthe", "Grete", "Hanne", "Ursel"),
        ("Jürgen", "Günther", "Björn", "Jörg", "Lutz", "Ulf"),
    ),
    "slavic": (
        ("Šárka", "Jitka", "Zdeňka", "Radmila", "Božena", "Lída", "Věra"),
        ("Jiří", "Dušan", "Radek", "Ctibor", "Přemysl", "Václav", "Lubor"),
    ),
    "romance": (
        ("María José", "Inês", "Núria", "Begoña", "Conceição", "Lucía", "Aitana"),
        ("João", "Íñigo", "Andrés", "Martí", "Ramón", "Tomás", "Sérgio"),
    ),
    "nordic": (
        ("Åsa", "Sigrún", "Bodil", "Ingrid", "Solveig", "Ærin", "Tóra"),
        ("Øystein", "Håkon", "Þórir", "Ragnar", "Eirík", "Åke", "Leif"),
    ),
    "finnic": (
        ("Päivi", "Kyllikki", "Säde", "Tuulikki", "Aino", "Hellä"),
        ("Väinö", "Jyrki", "Ahti", "Kalevi", "Sulo", "Eero"),
    ),
    "baltic": (
        ("Rūta", "Eglė", "Žydrė", "Gintarė", "Aušra", "Dalia"),
        ("Kęstutis", "Žygimantas", "Šarūnas", "Aurimas", "Rimas", "Jonas"),
    ),
    "magyar": (
        ("Zsófia", "Ildikó", "Tünde", "Réka", "Dóra", "Csilla"),
        ("Ödön", "Lőrinc", "Gyula", "Zsolt", "Árpád", "Bence"),
    ),
    "turkic": (
        ("Ayşe", "Gülşen", "Çiğdem", "Özlem", "Şule", "Nilüfer"),
        ("Oğuz", "Çağrı", "Ertuğrul", "İlker", "Şahin", "Barış"),
    ),
}

# Surnames: a stem and an ending, so the list of people is not a list of real families.
_SURNAME_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "anglo": (
        ("Ash", "Brad", "Whit", "Pem", "Thorn", "Hallo", "Crane"),
        ("ford", "well", "by", "ley", "wick", "more"),
    ),
    "germanic": (
        ("Weiß", "Groß", "Müh", "Kräh", "Straß", "Lö"),
        ("mann", "berger", "ler", "enbach", "hof"),
    ),
    "slavic": (
        ("Dvoř", "Kraj", "Hrub", "Šim", "Mlyn", "Žit"),
        ("áková", "ek", "ínský", "ová", "áček"),
    ),
    "romance": (("Peña", "Ibáñ", "Núñ", "Muñ", "Ordó", "Gal"), ("ez", "illa", "ero", "ado", "ães")),
    "nordic": (("Øber", "Bjør", "Skå", "Fjæ", "Sæt", "Hå"), ("g", "nsen", "rdal", "vik", "lund")),
    "finnic": (("Järv", "Mäk", "Kivi", "Lehtö", "Pääk", "Sääks"), ("inen", "elä", "onen", "vaara")),
    "baltic": (("Žal", "Vėj", "Kaln", "Ąžuol", "Šilk", "Rūk"), ("aitis", "ūnas", "auskas", "ys")),
    "magyar": (("Szél", "Köd", "Nyír", "Őr", "Bükk", "Gyöngy"), ("ényi", "ős", "falvi", "házi")),
    "turkic": (("Şah", "Çel", "Öz", "Yıl", "Doğ", "Kılı"), ("in", "ik", "türk", "maz", "an", "ç")),
}


@dataclass(frozen=True)
class Person:
    surname: str
    given_names: str
    sex: str  # M, F or X
    birth_date: date
    birth_place: str
    tradition: str

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


def _pick(g: np.random.Generator, items: tuple[str, ...]) -> str:
    return items[int(g.integers(0, len(items)))]


def surname(g: np.random.Generator, tradition: str) -> str:
    stems, ends = _SURNAME_PARTS[tradition]
    name = _pick(g, stems) + _pick(g, ends)
    if tradition == "romance" and g.random() < 0.5:  # Iberian double surname
        name += " " + _pick(g, stems) + _pick(g, ends)
    if tradition == "anglo" and g.random() < 0.15:
        name = "O'" + name
    if tradition == "germanic" and g.random() < 0.25:
        name += "-" + _pick(g, stems) + _pick(g, ends)
    return name


def make_person(
    traditions: tuple[str, ...], cities: tuple[str, ...], seed: object, issue: date
) -> Person:
    g = rng("person", seed)
    tradition = _pick(g, traditions)
    sex = "F" if g.random() < 0.5 else "M"
    if g.random() < 0.04:
        sex = "X"
    female, male = _GIVEN[tradition]
    pool = female if sex == "F" else male if sex == "M" else female + male
    given = _pick(g, pool)
    if g.random() < 0.45:
        second = _pick(g, pool)
        if second != given:
            given = f"{given} {second}"
    age_days = int(g.integers(18 * 365, 80 * 365))
    return Person(
        surname=surname(g, tradition),
        given_names=given,
        sex=sex,
        birth_date=issue - timedelta(days=age_days),
        birth_place=_pick(g, cities),
        tradition=tradition,
    )


def document_number(g: np.random.Generator, prefix: str) -> str:
    """Two letters and seven digits: avoids O/I so a reader cannot confuse them with 0/1 (an
    identity card's "I" prefix becomes "C"); trap numbers are made by :func:`trap_number`."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    first = prefix[:1] if prefix[:1] not in "OI" else "C"
    head = first + letters[int(g.integers(0, len(letters)))]
    return head + "".join(str(int(d)) for d in g.integers(0, 10, size=7))


LOOKALIKES = "O0I1"  # letters an MRZ reader takes for digits, and those digits


def trap_number(g: np.random.Generator, prefix: str, doc_type: str) -> str:
    """A number with the traps of MRZ reading: the letters O and I among the digits 0 and 1
    they look like, and a length other than nine (ten to twelve on a card, where the long-number
    rule applies; seven or eight elsewhere, filled with '<'). It ends in a digit."""
    length = int(g.integers(10, 13)) if doc_type == "td1" else int(g.choice([7, 8, 9]))
    letter = str(g.choice(["O", "I"]))
    middle = [str(g.choice(list(LOOKALIKES + "23456789"))) for _ in range(length - 3)]
    middle[int(g.integers(0, len(middle)))] = "0" if letter == "O" else "1"  # the look-alike pair
    return prefix[:1] + letter + "".join(middle) + str(int(g.integers(0, 10)))


def issue_date(g: np.random.Generator) -> date:
    """A date in 2021-2025, far enough from now that documents look current in training."""
    return date(2021, 1, 1) + timedelta(days=int(g.integers(0, 5 * 365)))


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years) - timedelta(days=1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28) - timedelta(days=1)
