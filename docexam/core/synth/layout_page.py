"""Booklet-style data pages: the TD3 passport data page, the TD2 card and the MRV-A visa.

Positions are designed for the 125 x 88 mm TD3 page and scaled to the other formats; the MRZ
keeps its ICAO geometry (OCR-B at 2.54 mm pitch) on every format.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.synth import anti_copy, inks, optical, paper_protection, personal, printing
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import TITLES, DocData, viz_date
from docexam.core.synth.emblem import emblem
from docexam.core.synth.features import watermark
from docexam.core.synth.layout_common import FieldWriter, paper_substrate
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text

MRZ_LINE_PITCH = 4.6  # mm between the baselines of the MRZ lines


def data_page(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
    w, h = canvas.size_mm
    sx, sy = w / 125.0, h / 88.0
    s = min(sx, sy)

    def r(x: float, y: float, bw: float, bh: float) -> Rect:
        return Rect(round(x * sx, 3), round(y * sy, 3), round(bw * sx, 3), round(bh * sy, 3))

    paper_substrate(canvas, d, g, thread_x=40.2 * sx if doc.doc_type == "td3" else None)
    emblem_box = r(101, 16, 22, 22) if d.header_centered else r(5, 3.5, 11, 11)
    if doc.doc_type == "td3":
        motif = emblem(d, 400)
        personal_wm = r(94, 18, 26, 30)
        watermark(canvas, personal_wm, motif, shaded=d.newer)
    printing.guilloche(canvas, d, [(104 * sx, 40 * sy, 15 * s), (20 * sx, 68 * sy, 9 * s)], 2.5)
    if d.has("uv-border"):
        inks.uv_border(canvas, d, 1.4)
    if d.has("rainbow-print"):
        printing.rainbow(canvas, d, r(40, 15.5, 82, 50))
    printing.microprint(canvas, d, [(5 * sx, 15.2 * sy, 115 * sx), (42 * sx, 68.6 * sy, 43 * sx)])
    if d.has("microprint-band"):
        anti_copy.microprint_band(canvas, d, r(42, 65.2, 43, 1.1))
    if d.has("deliberate-error"):
        anti_copy.deliberate_error(canvas, d, 86 * sx, 68.6 * sy, 16 * sx)
    if d.has("anti-scan"):
        anti_copy.anti_scan(canvas, d, r(60, 12.2, 34, 2.6))
    title = d.state.name_local
    subtitle = f"{d.state.doc_word(doc.doc_type)} / {TITLES[doc.doc_type]}"
    hx = w / 2 if d.header_centered else 18 * sx
    printing.intaglio(
        canvas,
        d,
        title,
        subtitle,
        hx,
        7.6 * sy,
        d.header_centered,
        emblem_box if not d.header_centered else r(6, 3.5, 10, 10),
    )
    inks.uv_prints(canvas, d, (44 * sx, 66 * sy), r(5, 52, 34, 16))
    if d.has("bi-fluorescent"):
        inks.bi_fluorescent(canvas, d, (112 * sx, 9 * sy), 5 * s)
    if d.has("ir-absorbing"):
        inks.ir_absorbing(canvas, d, (74 * sx, 43 * sy), 6.5 * s)
    if d.has("anti-stokes"):
        inks.anti_stokes(canvas, d, r(46, 27, 12, 12))
    if d.has("ir-luminescent"):
        inks.ir_luminescent(canvas, d, r(88, 40, 9, 9))
    if d.has("ovi"):
        optical.ovi(canvas, d, r(99.5, 2.6, 7.4, 7.4))
    # Over the printed number, letter for letter: an afterglow beside the print would look
    # like misregistration, itself a sign of fraud.
    if d.has("phosphorescent"):
        inks.phosphorescent(canvas, doc.number, 121 * sx, 13.5 * sy, 2.2 * s, "right")

    # Personalisation
    pbox = r(6, 17, 32, 40) if doc.doc_type != "mrv-a" else r(6, 17, 30, 38)
    method = d.personalisation("paper")
    _, face = personal.portrait_layer(canvas, doc.viz(), pbox, method)
    if d.has("uv-portrait"):
        inks.uv_portrait(canvas, face, r(46, 44, 12, 15), d.uv_colours[1])
    personal.signature_layer(canvas, g, r(7, 59.5, 30, 7), method)
    fw = data_fields(canvas, d, doc)
    slots = _right_column(d)
    if "ghost" in slots:
        personal.ghost_layer(canvas, face, r(104, slots["ghost"], 15, 19), d.accent)
    if "latent" in slots:
        printing.latent(canvas, d, r(104, slots["latent"], 15, 6))
    if "metameric" in slots:
        inks.metameric_pair(canvas, d, r(104, slots["metameric"], 15, 6), d.primary)
    if "metallic" in slots:
        optical.metallic(canvas, d, r(103, slots["metallic"], 17, 5))
    if "unique" in slots:
        anti_copy.unique_font(canvas, d, doc.number, r(103, slots["unique"], 17, 5))
    if doc.doc_type == "td3" and "see" in slots:
        printing.see_through(canvas, d, (111.5 * sx, (slots["see"] + 4) * sy), 3.4 * s, back=False)
    inks.ir_dropout_labels(canvas, d, fw.labels)
    personal.data_layer(canvas, fw.values, method)
    num = canvas.blank()
    draw_text(num, canvas, doc.number, 121 * sx, 13.5 * sy, 2.2 * s, "bold", "right")
    personal.number_layer(canvas, num, "#b02020")
    if d.has("penetrating-number"):
        inks.penetrating_number(canvas, num, reverse=False)
    ocx = pbox.x + pbox.w - 1.0
    personal.ovd_layer(canvas, d, (ocx, pbox.y + pbox.h * 0.72), (7.5 * s, 6.5 * s))
    if doc.doc_type == "td3":
        # Between the header and the number, clear of the title, the emblem and the UV ink.
        corner = r(19, 4.5, 9, 6) if d.header_centered else r(86, 3.5, 9, 6)
        printing.chip_symbol(canvas, d, corner)
        personal.perforation(canvas, doc.number, 87 * sx, 64.2 * sy, 0.55, 0.38)
        if d.has("retroreflective"):
            personal.retroreflective(canvas, d, 16.0)
    x0 = (w - len(doc.mrz[0]) * 2.54) / 2
    base = h - 14.85 + d.mrz_shift
    personal.mrz_layer(
        canvas, doc.mrz, x0, base - MRZ_LINE_PITCH * (len(doc.mrz) - 1) + 4.6, MRZ_LINE_PITCH
    )
    if doc.doc_type != "mrv-a":  # a visa is a label; passport and card pages are laminated
        paper_protection.laminate(canvas)


# The right-hand column: which series features stand there and how tall each is (mm).
_COLUMN = {
    "ghost": ("ghost-image", 19.0),
    "latent": ("latent-image", 6.0),
    "metameric": ("metameric", 6.0),
    "see": ("see-through", 8.0),
    "metallic": ("metallic", 5.0),
    "unique": ("unique-font", 5.0),
}


def _right_column(d: Design) -> dict[str, float]:
    """Where the series' column features start (mm from the top); the series decides their
    order, so series differ visibly."""
    order = list(_COLUMN)
    if not d.ghost_right:
        order = order[1:3] + order[:1] + order[3:]
    y = 17.0
    out = {}
    for key in order:
        kind, height = _COLUMN[key]
        if d.has(kind):
            out[key] = y
            y += height + 2.0
    return out


# Where the text column ends (mm, on the TD3 page): the right-hand column's features start at 103.
_TEXT_RIGHT = 102.5


def data_fields(canvas: PageCanvas, d: Design, doc: DocData) -> FieldWriter:
    """Captions and personal data of the page, each fitted to the room up to its neighbour."""
    w, h = canvas.size_mm
    sx, sy = w / 125.0, h / 88.0
    fw = FieldWriter(canvas, d, min(sx, sy))
    fw.caption(d.state.label("signature"), 7 * sx, 58.6 * sy)
    p = doc.person
    row = [17.0 * sy + i * 7.2 * sy for i in range(7)]

    def put(key: str, value: str, x: float, r: int, end: float, bold: bool = False) -> None:
        fw.put(key, value, x * sx, row[r], bold, room=(end - x) * sx)

    end = _TEXT_RIGHT
    if doc.doc_type == "mrv-a":
        valid_for = "ALL STATES" if doc.state.code == "UTO" else doc.state.name_en
        put("valid_for", valid_for, 42, 0, 80)
        put("number", doc.number, 80, 0, end, bold=True)
        put("issue_date", viz_date(doc.issue), 42, 1, 80)
        put("expiry_date", viz_date(doc.expiry), 80, 1, end)
        put("type", "C", 42, 2, 58)
        put("entries", "MULT", 58, 2, end)
        put("surname", p.surname, 42, 3, end, bold=True)
        put("given_names", p.given_names, 42, 4, end)
        put("nationality", doc.nationality, 42, 5, 62)
        put("birth_date", viz_date(p.birth_date), 62, 5, 90)
        put("sex", p.sex, 90, 5, end)
        return fw
    put("type", doc.code, 42, 0, 58)
    put("code", doc.state.code, 58, 0, 74)
    put("number", doc.number, 74, 0, end, bold=True)
    put("surname", p.surname, 42, 1, end, bold=True)
    put("given_names", p.given_names, 42, 2, end)
    put("nationality", doc.state.demonym, 42, 3, end)
    # Sex between two long captions: each gets the room its languages need.
    put("birth_date", viz_date(p.birth_date), 42, 4, 67)
    put("sex", p.sex, 67, 4, 78)
    put("birth_place", p.birth_place, 78, 4, end)
    put("issue_date", viz_date(doc.issue), 42, 5, 64)
    put("authority", doc.state.authority, 64, 5, end)
    put("expiry_date", viz_date(doc.expiry), 42, 6, 64)
    put("personal_number", doc.personal_number, 64, 6, end)
    return fw
