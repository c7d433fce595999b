"""The fictional issuing states and the consistent design of each state's document series.

Codes: UTO is ICAO's own example state. The others are taken from ISO 3166's user-assigned ranges
(QMA-QZZ) or are unused Z codes, so no code here can name a real state (a test checks this).
A series' design (palette, guilloche parameters, layout choices) is derived only from
state + series, so every document of a series looks alike while series and states differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.domain.errors import DocexamError
from docexam.core.synth.seeds import rng


class UnknownStateError(DocexamError):
    """The command line or a recipe named a state the generator does not know."""


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

_EN = {
    "type": "Type",
    "code": "Code",
    "number": "Document No.",
    "surname": "Surname",
    "given_names": "Given names",
    "nationality": "Nationality",
    "birth_date": "Date of birth",
    "sex": "Sex",
    "birth_place": "Place of birth",
    "issue_date": "Date of issue",
    "expiry_date": "Date of expiry",
    "authority": "Authority",
    "signature": "Holder's signature",
    "personal_number": "Personal No.",
    "valid_for": "Valid for",
    "entries": "Entries",
    "remarks": "Remarks",
}


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

    def doc_word(self, doc_type: str) -> str:
        return self.doc_words[{"td3": 0, "td1": 1, "td2": 1, "mrv-a": 2}[doc_type]]

    def label(self, key: str) -> str:
        """'Local / English' caption of a data field."""
        local = self.labels_local[FIELDS.index(key)]
        return f"{local} / {_EN[key]}"


STATES: dict[str, State] = {
    s.code: s
    for s in (
        State(
            "UTO",
            "Utopia",
            "乌托邦",
            "Utopia",
            "UTOPIAN",
            ("anglo", "germanic"),
            ("Amaurot", "Anyder", "Akraton", "Mentiron"),
            "Amaurot Passport Office",
            (
                "Tipo",
                "Kodo",
                "Dokumento n-ro",
                "Nomo",
                "Antaunomoj",
                "Nacieco",
                "Naskiĝdato",
                "Sekso",
                "Naskiĝloko",
                "Eldondato",
                "Validas ĝis",
                "Aŭtoritato",
                "Subskribo",
                "Persona n-ro",
                "Valida por",
                "Eniroj",
                "Rimarkoj",
            ),
            215.0,
            "Insula Utopia — Concordia et Ratio",
            ("Pasporto", "Identokarto", "Vizo"),
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
            (
                "Druh",
                "Kód",
                "Číslo dokladu",
                "Příjmení",
                "Jména",
                "Státní občanství",
                "Datum narození",
                "Pohlaví",
                "Místo narození",
                "Datum vydání",
                "Platnost do",
                "Úřad",
                "Podpis držitele",
                "Osobní číslo",
                "Platí pro",
                "Vstupy",
                "Poznámky",
            ),
            345.0,
            "Pravda a Svornost",
            ("Cestovní pas", "Občanský průkaz", "Vízum"),
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
            (
                "Tipo",
                "Código",
                "Pasaporte n.º",
                "Apellidos",
                "Nombres",
                "Nacionalidad",
                "Fecha de nacimiento",
                "Sexo",
                "Lugar de nacimiento",
                "Expedición",
                "Caducidad",
                "Autoridad",
                "Firma del titular",
                "N.º personal",
                "Válido para",
                "Entradas",
                "Observaciones",
            ),
            150.0,
            "Fides · Labor · Mare",
            ("Pasaporte", "Documento de identidad", "Visado"),
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
            (
                "Type",
                "Kode",
                "Dokumentnr.",
                "Etternavn",
                "Fornavn",
                "Statsborgerskap",
                "Fødselsdato",
                "Kjønn",
                "Fødested",
                "Utstedt",
                "Utløper",
                "Myndighet",
                "Innehavers underskrift",
                "Personnr.",
                "Gyldig for",
                "Innreiser",
                "Merknader",
            ),
            265.0,
            "Land og Lov",
            ("Pass", "Identitetskort", "Visum"),
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
            (
                "Tür",
                "Kod",
                "Belge no",
                "Soyadı",
                "Adları",
                "Uyruğu",
                "Doğum tarihi",
                "Cinsiyet",
                "Doğum yeri",
                "Veriliş tarihi",
                "Geçerlilik",
                "Makam",
                "Hamilin imzası",
                "Kişisel no",
                "Geçerli",
                "Giriş",
                "Açıklamalar",
            ),
            28.0,
            "Birlik ve Esenlik",
            ("Pasaport", "Kimlik kartı", "Vize"),
        ),
    )
}


def get_state(code: str) -> State:
    state = STATES.get(code.upper())
    if state is None:
        known = ", ".join(sorted(STATES))
        raise UnknownStateError(f"unknown state {code!r}; known states: {known}")
    return state


def _hsv_hex(h: float, s: float, v: float) -> str:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb((h % 360.0) / 360.0, min(max(s, 0.0), 1.0), min(max(v, 0.0), 1.0))
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


@dataclass(frozen=True)
class Design:
    """Everything a series keeps constant from one document to the next."""

    state: State
    series: str
    primary: str  # guilloche colour 1
    secondary: str  # guilloche colour 2
    accent: str  # headings, intaglio
    rainbow: tuple[str, str, str]
    paper: str
    uv_colours: tuple[str, str, str]
    fibre_colours: tuple[str, str]
    rosette: tuple[float, float, float]  # R, r, d of the hypotrochoid family
    rosette_petals: int
    wave_freq: float
    wave_amp: float
    header_centered: bool
    ghost_right: bool
    ovd_shape: str  # "ellipse" or "band"
    label_scale: float
    mrz_shift: float

    @property
    def code(self) -> str:
        return self.state.code


def design_for(state: State, series: str) -> Design:
    g = rng("design", state.code, series)
    hue = state.hue + float(g.uniform(-18, 18))
    second = hue + float(g.choice([-40.0, 35.0, 150.0, 180.0]))
    sat = float(g.uniform(0.35, 0.55))
    return Design(
        state=state,
        series=series,
        primary=_hsv_hex(hue, sat, 0.62),
        secondary=_hsv_hex(second, sat * 0.8, 0.72),
        accent=_hsv_hex(hue + 5, 0.7, 0.35),
        rainbow=(
            _hsv_hex(hue - 50, 0.28, 0.93),
            _hsv_hex(hue, 0.3, 0.92),
            _hsv_hex(hue + 60, 0.26, 0.93),
        ),
        paper=_hsv_hex(hue + 180 + float(g.uniform(-20, 20)), 0.035, 0.965),
        uv_colours=(
            _hsv_hex(float(g.uniform(90, 140)), 0.9, 0.95),
            _hsv_hex(float(g.uniform(0, 25)), 0.9, 0.95),
            _hsv_hex(float(g.uniform(190, 230)), 0.9, 0.95),
        ),
        fibre_colours=(_hsv_hex(float(g.uniform(340, 370)), 0.75, 0.7), "#3050b0"),
        rosette=(float(g.uniform(7, 11)), float(g.uniform(1.3, 2.6)), float(g.uniform(1.5, 3.5))),
        rosette_petals=int(g.integers(9, 19)),
        wave_freq=float(g.uniform(0.35, 0.8)),
        wave_amp=float(g.uniform(0.6, 1.6)),
        header_centered=bool(g.integers(0, 2)),
        ghost_right=bool(g.integers(0, 2)),
        ovd_shape=str(g.choice(["ellipse", "band"])),
        label_scale=float(g.uniform(0.95, 1.08)),
        mrz_shift=float(g.uniform(-0.3, 0.3)),
    )
