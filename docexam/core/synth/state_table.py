"""The fictional issuing states: names, captions, authority and each state's design language.

Codes: UTO is ICAO's own example state. The others are taken from ISO 3166's user-assigned range
(QMA-QZZ) or are unused Z codes, so no code here can name a real state (a test checks this).
Each state names two series, the older first; both are valid at once, as in the real world.
"""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = (
    "type",
    "code",
    "number",
    "surname",
    "given_names",
    "nationality",
    "birth_date",
    "sex",
    "birth_place",
    "issue_date",
    "expiry_date",
    "authority",
    "signature",
    "personal_number",
    "valid_for",
    "entries",
    "remarks",
)

_EN = dict(
    zip(
        FIELDS,
        (
            "Type",
            "Code",
            "Document No.",
            "Surname",
            "Given names",
            "Nationality",
            "Date of birth",
            "Sex",
            "Place of birth",
            "Date of issue",
            "Date of expiry",
            "Authority",
            "Holder's signature",
            "Personal No.",
            "Valid for",
            "Entries",
            "Remarks",
        ),
        strict=True,
    )
)

MOTIFS = ("rosette", "wave", "lattice", "radial")
HEADING_FONTS = ("bold", "serif", "condensed")


@dataclass(frozen=True)
class Language:
    """What every document of a state shares, whatever the series: the way its printers draw."""

    motif: str  # one of MOTIFS: guilloche background, UV design, watermark and emblem rays
    font: str  # one of HEADING_FONTS: the heading face (shipped fonts only)
    header: str  # "left" (emblem then title) or "centre" (title centred, emblem at right)
    uv_hue: float  # hue of the main UV ink, degrees: the state's colour under the lamp
    uv_place: str = "oval-centre"  # one of motifs.UV_PLACES: where the UV design sits, its shape


def _labels(joined: str) -> tuple[str, ...]:
    labels = tuple(joined.split("|"))
    assert len(labels) == len(FIELDS), joined
    return labels


@dataclass(frozen=True)
class State:
    code: str
    name_en: str
    name_zh: str  # Simplified Chinese, for titles
    name_local: str
    demonym: str  # the nationality as printed in the visual zone
    traditions: tuple[str, ...]  # naming traditions of its citizens (see names.py)
    cities: tuple[str, ...]
    authority: str
    labels_local: tuple[str, ...]  # one word per FIELDS entry, in the state's own language
    hue: float  # base hue of its palettes, degrees
    motto_local: str
    doc_words: tuple[str, str, str] = ("Passport", "Identity card", "Visa")
    # A pseudo document's invented authority (forgery/pseudo.py) prints in the plainest style.
    language: Language = Language("rosette", "bold", "left", 120.0)
    series: tuple[str, str] = ("A", "B")  # (older, newer) series names; both in circulation

    def doc_word(self, doc_type: str) -> str:
        return self.doc_words[{"td3": 0, "td1": 1, "td2": 1, "mrv-a": 2}[doc_type]]

    def label(self, key: str) -> str:
        """'Local / English' caption of a data field."""
        local = self.labels_local[FIELDS.index(key)]
        return f"{local} / {_EN[key]}"


STATE_LIST: tuple[State, ...] = (
    State(
        "UTO",
        "Utopia",
        "乌托邦",
        "Utopia",
        "UTOPIAN",
        ("anglo", "germanic"),
        ("Amaurot", "Anyder", "Akraton", "Mentiron"),
        "Amaurot Passport Office",
        _labels(
            "Tipo|Kodo|Dokumento n-ro|Nomo|Antaunomoj|Nacieco|Naskiĝdato|Sekso|Naskiĝloko|"
            "Eldondato|Validas ĝis|Aŭtoritato|Subskribo|Persona n-ro|Valida por|Eniroj|"
            "Rimarkoj"
        ),
        215.0,
        "Insula Utopia — Concordia et Ratio",
        ("Pasporto", "Identokarto", "Vizo"),
        Language("rosette", "bold", "left", 120.0, "oval-centre"),
        ("A", "B"),
    ),
    State(
        "ZRN",
        "Republic of Zarnovia",
        "扎尔诺维亚共和国",
        "Republika Zárnovská",
        "ZARNOVIAN",
        ("slavic",),
        ("Zárnov", "Velká Brod", "Ostřeny", "Lipnica"),
        "Ministerstvo Vnitra Zárnov",
        _labels(
            "Druh|Kód|Číslo dokladu|Příjmení|Jména|Státní občanství|Datum narození|Pohlaví|"
            "Místo narození|Datum vydání|Platnost do|Úřad|Podpis držitele|Osobní číslo|"
            "Platí pro|Vstupy|Poznámky"
        ),
        345.0,
        "Pravda a Svornost",
        ("Cestovní pas", "Občanský průkaz", "Vízum"),
        Language("lattice", "serif", "centre", 30.0, "diamond-right"),
        ("2014", "2024"),
    ),
    State(
        "QVL",
        "Kingdom of Valmera",
        "瓦尔梅拉王国",
        "Reino de Valmèra",
        "VALMERAN",
        ("romance",),
        ("Porto Alcázar", "Santa Núria", "Valmèra", "Olivença"),
        "Dirección de Pasaportes",
        _labels(
            "Tipo|Código|Pasaporte n.º|Apellidos|Nombres|Nacionalidad|Fecha de nacimiento|"
            "Sexo|Lugar de nacimiento|Expedición|Caducidad|Autoridad|Firma del titular|"
            "N.º personal|Válido para|Entradas|Observaciones"
        ),
        150.0,
        "Fides · Labor · Mare",
        ("Pasaporte", "Documento de identidad", "Visado"),
        Language("wave", "serif", "left", 200.0, "band-top"),
        ("2015", "2024"),
    ),
    State(
        "QNB",
        "Nordbrisk Federation",
        "诺德布里斯克联邦",
        "Nordbrisk Forbund",
        "NORDBRISKIAN",
        ("nordic",),
        ("Østervik", "Fjellbu", "Kvarnå", "Hvítafjörð"),
        "Utlendingsdirektoratet",
        _labels(
            "Type|Kode|Dokumentnr.|Etternavn|Fornavn|Statsborgerskap|Fødselsdato|Kjønn|"
            "Fødested|Utstedt|Utløper|Myndighet|Innehavers underskrift|Personnr.|"
            "Gyldig for|Innreiser|Merknader"
        ),
        265.0,
        "Land og Lov",
        ("Pass", "Identitetskort", "Visum"),
        Language("radial", "condensed", "centre", 55.0, "disc-corner"),
        ("2012", "2024"),
    ),
    State(
        "QTK",
        "Republic of Tarkesh",
        "塔尔克什共和国",
        "Tarkeş Cumhuriyeti",
        "TARKESHI",
        ("turkic",),
        ("Kızılkaya", "Aşağıköy", "Yeşilırmak", "Ördekli"),
        "Nüfus ve Göç Genel Müdürlüğü",
        _labels(
            "Tür|Kod|Belge no|Soyadı|Adları|Uyruğu|Doğum tarihi|Cinsiyet|Doğum yeri|"
            "Veriliş tarihi|Geçerlilik|Makam|Hamilin imzası|Kişisel no|Geçerli|Giriş|"
            "Açıklamalar"
        ),
        28.0,
        "Birlik ve Esenlik",
        ("Pasaport", "Kimlik kartı", "Vize"),
        Language("rosette", "condensed", "centre", 330.0, "hexagon-left"),
        ("2016", "2024"),
    ),
    State(
        "QSV",
        "Republic of Saarvala",
        "萨尔瓦拉共和国",
        "Saarvalan tasavalta",
        "SAARVALAN",
        ("finnic",),
        ("Kuusiranta", "Räätälä", "Ylijärvi", "Sääksvaara"),
        "Saarvalan Poliisihallitus",
        _labels(
            "Tyyppi|Koodi|Passin numero|Sukunimi|Etunimet|Kansalaisuus|Syntymäaika|"
            "Sukupuoli|Syntymäpaikka|Myöntämispäivä|Voimassa asti|Myöntäjä|"
            "Haltijan allekirjoitus|Henkilötunnus|Voimassa|Maahantulot|Huomautukset"
        ),
        60.0,
        "Vapaus ja Vesi",
        ("Passi", "Henkilökortti", "Viisumi"),
        Language("wave", "condensed", "centre", 170.0, "band-low"),
        ("2013", "2023"),
    ),
    State(
        "QRV",
        "Republic of Ruvena",
        "鲁韦纳共和国",
        "Rūvenos Respublika",
        "RUVENIAN",
        ("baltic",),
        ("Žalgirė", "Vėjupis", "Ąžuolynas", "Kalnėnai"),
        "Migracijos departamentas",
        _labels(
            "Tipas|Kodas|Paso Nr.|Pavardė|Vardai|Pilietybė|Gimimo data|Lytis|"
            "Gimimo vieta|Išdavimo data|Galioja iki|Išdavė|Asmens parašas|Asmens kodas|"
            "Galioja|Atvykimai|Pastabos"
        ),
        105.0,
        "Vienybė ir Šviesa",
        ("Pasas", "Asmens tapatybės kortelė", "Viza"),
        Language("lattice", "bold", "left", 0.0, "oval-low-left"),
        ("2017", "2025"),
    ),
    State(
        "QPL",
        "Pelmorian Republic",
        "佩尔莫里亚共和国",
        "Pelmóriai Köztársaság",
        "PELMORIAN",
        ("magyar",),
        ("Szélvár", "Ködmező", "Nyírtelep", "Őrhegy"),
        "Belügyi Okmányiroda",
        _labels(
            "Típus|Kód|Útlevélszám|Családi név|Utónév|Állampolgárság|Születési idő|Nem|"
            "Születési hely|Kiállítás dátuma|Érvényes|Kiállító hatóság|"
            "A tulajdonos aláírása|Személyi szám|Érvényes|Belépések|Megjegyzések"
        ),
        305.0,
        "Hűség és Munka",
        ("Útlevél", "Személyazonosító igazolvány", "Vízum"),
        Language("radial", "serif", "left", 275.0, "disc-left"),
        ("2011", "2022"),
    ),
)
