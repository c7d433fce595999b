"""Pseudo (fantasy) document: a passable design issued in the name of a state that does not exist.

The forger copies the look of a genuine series but prints the name, code and captions of an
invented authority. The tell is the one an examiner uses: the state is in no reference list of
issuing states (here, the app's fictional states, ``STATES``). The code alone proves nothing:
the fantasy codes come from ISO 3166's user-assigned range (QMA-QZZ) so they can never name a
real state, but so do several genuine fictional states' (QVL, QNB, QTK), so the explanations
never say that a Q code means "no state".
"""

from __future__ import annotations

from dataclasses import replace

from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.booklet import travel_for
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.compose import PLANS
from docexam.core.synth.docdata import TITLES, TITLES_ZH
from docexam.core.synth.forgery.locate import find_mrz_line, find_text, mrz_cell, value_cap
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.mrz_adapter import make_mrz
from docexam.core.synth.states import STATES, State, design_for

_LABELS = (
    "Genus",
    "Codex",
    "Numerus",
    "Nomen gentile",
    "Praenomina",
    "Civitas",
    "Dies natalis",
    "Sexus",
    "Locus natalis",
    "Datum",
    "Valet usque",
    "Auctoritas",
    "Subscriptio",
    "Numerus personalis",
    "Valet pro",
    "Introitus",
    "Notae",
)

FANTASY: tuple[State, ...] = (
    State(
        "QRM",
        "Principality of Aurelmark",
        "奥雷尔马克公国",
        "Principatus Aurelmarchiae",
        "AURELMARKIAN",
        ("anglo", "germanic"),
        ("Aurelburg", "Sankt Veron"),
        "Chancellery of Aurelmark",
        _LABELS,
        42.0,
        "Lux et Libertas",
    ),
    State(
        "QWS",
        "Sovereign Order of Westmere",
        "韦斯特米尔主权骑士团",
        "Ordo Sovranus Vestmarae",
        "WESTMERIAN",
        ("anglo",),
        ("Westmere", "Coldharbour"),
        "Grand Chancery of the Order",
        _LABELS,
        300.0,
        "Fides et Honor",
    ),
    State(
        "QZP",
        "Free State of Zephyria",
        "泽菲里亚自由邦",
        "Res Publica Zephyria",
        "ZEPHYRIAN",
        ("romance", "nordic"),
        ("Port Zephyr", "Nova Aura"),
        "Zephyrian Passport Authority",
        _LABELS,
        120.0,
        "Ventus Liber",
    ),
)


def fantasy_state(wb: Workbench) -> None:
    """Redraw every page for a state that does not exist, keeping the holder's data."""
    doc = wb.doc
    state = FANTASY[int(wb.rng("state").integers(len(FANTASY)))]
    if state.code == doc.state.code:
        raise ForgeryError("the genuine is already a pseudo document")
    design = replace(design_for(doc.state, wb.document.series), state=state)
    nationality = state.code if doc.doc_type != "mrv-a" else doc.nationality
    p = doc.person
    lines = make_mrz(
        doc.doc_type,
        doc.code,
        state.code,
        doc.number,
        p.surname,
        p.given_names,
        nationality,
        p.birth_date,
        p.sex,
        doc.expiry,
        doc.personal_number,
    )
    new = replace(doc, state=state, nationality=nationality, mrz=lines)
    size = DOCUMENT_SIZES_MM[DocumentType(doc.doc_type)]
    dpi = next(iter(wb.pages.values())).canvas.dpi
    for plan in PLANS[doc.doc_type]:
        canvas = PageCanvas(plan.size_mm or size, dpi)
        plan.build(canvas, design, new, wb.rng("page", plan.id))
        wb.replace_page(plan.id, canvas)
    wb.doc, wb.mrz, wb.viz = new, lines, new.viz()
    if wb.travel is not None:  # the visa pages were redrawn with the new holder's trips
        wb.travel = travel_for(new)
    wb.document = replace(wb.document, issuing_state=state.code)
    kind, code = TITLES[doc.doc_type], doc.doc_type.upper()
    wb.title = {
        "en": f"{state.name_en}: {kind} ({code}), series {design.series}",
        "zh-Hans": f"{state.name_zh}：{TITLES_ZH[doc.doc_type]}（{code}），{design.series} 系列",
    }
    _signs(wb, state)


def _signs(wb: Workbench, state: State) -> None:
    first = next(iter(wb.pages))
    heading = wb.find(first, "intaglio")
    if heading is None:  # cards print the name with the captions
        heading = wb.find(first, "labels")
    assert heading is not None
    listed = ", ".join(sorted(STATES))
    q_codes = ", ".join(sorted(c for c in STATES if c.startswith("Q")))
    wb.sign(
        first,
        heading.region,
        ("comparison",),
        ("Issuing state does not exist", "签发国不存在"),
        (
            f"'{state.name_en}' ({state.code}) is not in the reference list of issuing states "
            f"(in this app the fictional states {listed}; at a border post ICAO Doc 9303, "
            "PRADO and national lists): a document of a state or authority that does not exist "
            "is a fantasy document, whatever its features.",
            f"“{state.name_zh}”（{state.code}）不在签发国参考名录中"
            f"（本软件中为虚构国家 {listed}；口岸实务中为 ICAO 9303、PRADO 和各国名录）："
            "不存在的国家或机关签发的证件均为虚构证件，无论防伪特征如何。",
        ),
    )
    for pid in wb.where("mrz"):
        mrz = wb.layer(pid, "mrz")
        assert mrz.mask is not None
        spot = find_mrz_line(mrz.mask, wb.canvas(pid), wb.mrz[0])
        wb.sign(
            pid,
            union(*(mrz_cell(spot, i) for i in (2, 3, 4))),
            ("comparison",),
            ("Unknown state code in the MRZ", "机读区国家代码不存在"),
            (
                f"The MRZ issuing-state code {state.code} is not in the reference list. Look the "
                f"code up: a Q code alone proves nothing ({q_codes} are genuine states). The "
                "check digits are correct.",
                f"机读区签发国代码 {state.code} 不在参考名录中。须查名录核对："
                f"仅凭 Q 开头不能断定（{q_codes} 均为真实存在的虚构国家）。校验位正确。",
            ),
        )
    data = wb.find(first, "personal-data")
    if data is None or data.mask is None:
        return
    canvas = wb.canvas(first)
    try:
        spot = find_text(data.mask, canvas, state.code, value_cap(wb.doc.doc_type, canvas.size_mm))
    except ForgeryError:
        return  # a visa prints no state code in its data
    wb.sign(
        first,
        spot.box,
        ("comparison",),
        ("Unknown state code", "国家代码不存在"),
        (
            f"The visual zone's state code {state.code} is not in the reference list of "
            "issuing states.",
            f"视读区国家代码 {state.code} 不在签发国参考名录中。",
        ),
    )
