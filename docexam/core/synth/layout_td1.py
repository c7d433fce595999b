"""The TD1 identity card (85.6 x 54 mm, polycarbonate): front with portrait, back with the MRZ."""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Ellipse, Rect
from docexam.core.synth import anti_copy, card, inks, optical, personal, printing
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import TITLES, DocData, viz_date
from docexam.core.synth.layout_common import FieldWriter
from docexam.core.synth.states import Design
from docexam.core.synth.text import draw_text

CARD_SCALE = 0.72  # text on a card is smaller than on a passport page


def front(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
    w, h = canvas.size_mm
    card.polycarbonate(canvas)
    printing.guilloche(canvas, d, [(70.0, 22.0, 11.0), (12.0, 46.0, 6.0)], 1.6)
    if d.has("rainbow-print"):
        printing.rainbow(canvas, d, Rect(26.0, 9.5, 57.0, 33.0))
    printing.microprint(canvas, d, [(3.0, 9.0, 79.0), (27.0, 42.5, 30.0)])
    fw = FieldWriter(canvas, d, CARD_SCALE)
    draw_text(fw.labels, canvas, d.state.name_local.upper(), 27.0, 5.2, 2.3, "bold")
    draw_text(fw.labels, canvas, f"{d.state.doc_word('td1')} / {TITLES['td1']}", 27.0, 8.0, 1.3)
    inks.uv_prints(canvas, d, (28.0, 48.0), Rect(3.0, 44.0, 24.0, 8.0))
    if d.has("bi-fluorescent"):
        inks.bi_fluorescent(canvas, d, (80.0, 40.0), 3.5)
    if d.has("anti-stokes"):
        inks.anti_stokes(canvas, d, Rect(60.0, 30.0, 8.0, 8.0))
    if d.has("phosphorescent"):
        inks.phosphorescent(canvas, doc.number, 60.0, 51.0, 1.6)
    if d.has("ovi"):
        optical.ovi(canvas, d, Rect(73.5, 13.0, 8.0, 8.0))
    if d.has("uv-border"):
        inks.uv_border(canvas, d, 1.0)
    _, face = personal.portrait_layer(
        canvas, doc.viz(), Rect(3.0, 11.0, 22.0, 28.0), d.personalisation("polycarbonate")
    )
    personal.signature_layer(
        canvas, g, Rect(4.0, 40.5, 20.0, 6.0), d.personalisation("polycarbonate")
    )
    front_fields(fw, doc)
    window_layer = card.window(canvas, WINDOW)
    if d.has("uv-portrait"):
        inks.uv_portrait(canvas, face, Rect(62.0, 12.0, 9.0, 12.0), d.uv_colours[1])
    if d.has("ghost-image"):
        personal.ghost_layer(canvas, face, Rect(70.5, 24.0, 10.0, 13.0), "#505a60")
    card.mli(
        canvas,
        Rect(57.0, 37.0, 11.0, 7.0),
        doc.person.birth_date.strftime("%y%m%d"),
        doc.number[-4:],
    )
    card.tactile(canvas, d, Rect(73.0, 2.5, 10.0, 10.0), (30.0, 51.5, 12))
    inks.ir_dropout_labels(canvas, d, fw.labels)
    personal.data_layer(canvas, fw.values, d.personalisation("polycarbonate"))
    num = canvas.blank()
    draw_text(num, canvas, doc.number, w - 14.0, 8.0, 1.6, "bold", "right")
    personal.number_layer(canvas, num, "#b02020")
    personal.ovd_layer(canvas, d, (24.0, 31.0), (5.0, 4.5))
    card.clear_window(
        canvas,
        window_layer.mask if window_layer.mask is not None else canvas.blank(),
        ("window", "ghost-image", "fibres-visible"),
    )
    del h


WINDOW = Ellipse(75.5, 31.0, 6.0, 8.0)


def back(canvas: PageCanvas, d: Design, doc: DocData, g: np.random.Generator) -> None:
    w, h = canvas.size_mm
    card.polycarbonate(canvas)
    printing.guilloche(canvas, d, [(60.0, 18.0, 12.0)], 1.6)
    printing.microprint(canvas, d, [(3.0, 36.8, 79.0)])
    # No see-through register: the card's opaque core shows nothing of the far side outside the
    # window (transmitted light), so the motif could never be seen to complete.
    fw = FieldWriter(canvas, d, CARD_SCALE)
    back_fields(fw, doc)
    if d.has("metameric"):
        inks.metameric_pair(canvas, d, Rect(62.0, 26.0, 16.0, 6.0), d.primary)
    if d.has("ir-absorbing"):
        inks.ir_absorbing(canvas, d, (70.0, 14.0), 5.0)
    if d.has("anti-scan"):
        anti_copy.anti_scan(canvas, d, Rect(6.0, 28.5, 30.0, 2.4))
    if d.has("ir-luminescent"):
        inks.ir_luminescent(canvas, d, Rect(49.0, 20.0, 7.0, 7.0))
    if d.has("metallic"):
        optical.metallic(canvas, d, Rect(44.0, 2.0, 22.0, 4.0))
    if d.has("unique-font"):
        anti_copy.unique_font(canvas, d, doc.number, Rect(44.0, 6.5, 22.0, 4.0))
    if d.has("microprint-band"):
        anti_copy.microprint_band(canvas, d, Rect(6.0, 33.6, 50.0, 1.0))
    if d.has("deliberate-error"):
        anti_copy.deliberate_error(canvas, d, 3.0, 35.6, 35.0)
    inks.ir_dropout_labels(canvas, d, fw.labels)
    personal.data_layer(canvas, fw.values, d.personalisation("polycarbonate"))
    x0 = (w - 30 * 2.54) / 2
    personal.mrz_layer(canvas, doc.mrz, x0, h - 3.4 - 2 * 4.2, 4.2)
    # The window goes through the card: on the back it sits mirrored, equally clear.
    window_layer = card.window(canvas, Ellipse(w - WINDOW.cx, WINDOW.cy, WINDOW.rx, WINDOW.ry))
    assert window_layer.mask is not None
    card.clear_window(canvas, window_layer.mask, ("window",))
    del g


# Where the card's text ends (mm): the window and ghost image on the front, the metallic ink
# and unique-font number on the back.
_FRONT_RIGHT, _BACK_RIGHT = 69.0, 43.0


def front_fields(fw: FieldWriter, doc: DocData) -> None:
    """The front's personal data, each field fitted to the room up to its neighbour."""
    p = doc.person
    end = _FRONT_RIGHT
    fw.put("surname", p.surname, 27.0, 12.5, bold=True, room=end - 27.0)
    fw.put("given_names", p.given_names, 27.0, 18.5, room=end - 27.0)
    fw.put("sex", p.sex, 27.0, 24.5, room=10.0)
    fw.put("nationality", doc.nationality, 37.0, 24.5, room=15.0)
    fw.put("birth_date", viz_date(p.birth_date), 52.0, 24.5, room=end - 52.0)
    fw.put("number", doc.number, 27.0, 30.5, bold=True, room=25.0)
    fw.put("expiry_date", viz_date(doc.expiry), 52.0, 30.5, room=end - 52.0)


def back_fields(fw: FieldWriter, doc: DocData) -> None:
    p = doc.person
    room = _BACK_RIGHT - 6.0
    fw.put("birth_place", p.birth_place, 6.0, 5.0, room=room)
    fw.put("issue_date", viz_date(doc.issue), 6.0, 11.5, room=room)
    fw.put("authority", doc.state.authority, 6.0, 18.0, room=room)
    fw.put("personal_number", doc.personal_number, 6.0, 24.5, room=room)
