"""Border stamps and visa stamps drawn as ink layers on the visa pages.

A stamp is pressed by hand: slightly turned, unevenly inked, in the ink, font, shape and size
its state always uses (:class:`~docexam.core.synth.booklet.travel.StampStyle`). Stamp inks are
dyes: they vanish under IR, and some states' inks glow under UV-A. A counterfeit stamp is the
same drawing with another style, which is what an examiner compares against a genuine one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import cv2
import numpy as np

from docexam.core.domain.guidance import guide
from docexam.core.domain.material import Emission, Ink, Material, plain_ir_cutoff
from docexam.core.domain.model import Coverage, Origin
from docexam.core.domain.seeds import rng
from docexam.core.domain.travel import Direction, Stamp, TravelHistory, Visa
from docexam.core.synth.booklet.travel import StampStyle, style_of
from docexam.core.synth.canvas import Layer, Mask, PageCanvas
from docexam.core.synth.docdata import viz_date
from docexam.core.synth.features import mask_region
from docexam.core.synth.guilloche import stroke
from docexam.core.synth.names_zh import layer_name
from docexam.core.synth.states import STATES
from docexam.core.synth.text import covers, draw_text, text_width_mm

VISA_MM = (54.0, 30.0)
# Letters no accent-stripping gives: set as a stamp maker without them would.
_PLAIN = {"ı": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
          "ß": "SS",
          "æ": "ae", "Æ": "AE", "þ": "th", "Þ": "TH", "·": "-"}  # fmt: skip


def printable(text: str, font: str) -> str:
    """``text`` as a stamp in ``font`` prints it: a letter the typeface lacks (OCR-B has no
    Ő, Ž, Ş) is set without its accent, as on a stamp cut without them, instead of vanishing
    from the impression and leaving a gap in the port's name."""
    if covers(font, text):
        return text
    out = []
    for ch in text:
        if ch.isspace() or covers(font, ch):
            out.append(ch)
            continue
        bare = unicodedata.normalize("NFKD", ch)
        plain = _PLAIN.get(ch) or "".join(c for c in bare if not unicodedata.combining(c))
        out.append(plain if plain and covers(font, plain) else "")
    return "".join(out)


def stamp_material(style: StampStyle) -> Material:
    # Pad inks behave in IR like any ink of their colour: the IR sign of a stamp is a
    # counterfeit's other ink, not the genuine's.
    ink = Ink(style.ink, 0.85)
    return Material(
        visible=ink,
        uv365=Emission("#f070ff", 0.7) if style.uv else None,
        ir_cutoff_nm=plain_ir_cutoff(ink),
    )


def _fit(canvas: PageCanvas, text: str, cap: float, font: str, width: float) -> float:
    """The cap height that keeps ``text`` within ``width`` mm."""
    wide = text_width_mm(canvas, printable(text, font), cap, font)
    return cap if wide <= width else cap * width / wide


def _lines(
    canvas: PageCanvas, mask: Mask, cx: float, cy: float, lines: list[tuple[str, float]], font: str
) -> None:
    """Text lines centred on (cx, cy): (text, cap height mm) each, 1.6 x cap apart."""
    total = sum(cap * 1.6 for _, cap in lines)
    y = cy - total / 2
    for text, cap in lines:
        y += cap * 1.6
        draw_text(mask, canvas, printable(text, font), cx, y - cap * 0.3, cap, font, "center")


def _frame(
    canvas: PageCanvas,
    mask: Mask,
    cx: float,
    cy: float,
    w: float,
    h: float,
    rules: tuple[tuple[float, float], ...],
) -> None:
    """A rectangular stamp's frame: one outline per (inset, line width), in mm."""
    for inset, width in rules:
        x0, y0 = cx - w / 2 + inset, cy - h / 2 + inset
        x1, y1 = cx + w / 2 - inset, cy + h / 2 - inset
        stroke(mask, canvas, [np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])], width, True)


def _pressed(canvas: PageCanvas, mask: Mask, cx: float, cy: float, g: np.random.Generator) -> Mask:
    """The drawing turned a little and unevenly inked, as a hand-held stamp leaves it."""
    angle = float(g.uniform(-14.0, 14.0))
    m = cv2.getRotationMatrix2D((canvas.px(cx), canvas.px(cy)), angle, 1.0)
    turned = cv2.warpAffine(mask, m, (canvas.width, canvas.height), flags=cv2.INTER_LINEAR)
    cells = g.uniform(0.45, 1.0, (12, 16)).astype(np.float32)
    texture = cv2.resize(cells, (canvas.width, canvas.height), interpolation=cv2.INTER_CUBIC)
    return np.clip(turned * np.clip(texture, 0.3, 1.0), 0, 255).astype(np.uint8)


def _layer(
    canvas: PageCanvas,
    lid: str,
    category: str,
    name: str,
    material: Material,
    mask: Mask,
    origin: Origin,
) -> Layer:
    desc, how = guide(category)
    return Layer(
        id=lid,
        category=category,
        name=layer_name(name),
        region=mask_region(canvas, mask),
        material=material,
        mask=mask,
        coverage=Coverage.INK,
        description=desc,
        how_to_check=how,
        origin=origin,
    )


def stamp_layer(
    canvas: PageCanvas,
    stamp: Stamp,
    lid: str,
    style: StampStyle | None = None,
    origin: Origin = Origin.GENUINE,
) -> Layer:
    """One border stamp; ``style`` other than its state's is a counterfeit stamp."""
    st = style or style_of(stamp.state)
    g = rng("stamp", stamp.state, stamp.day.isoformat(), stamp.direction, stamp.x, stamp.y)
    mask = canvas.blank()
    cx, cy, size = stamp.x, stamp.y, st.size_mm
    if st.shape == "round":
        ring = np.linspace(0.0, 2 * np.pi, 90, endpoint=False)
        for radius, width in ((size / 2, 0.45), (size / 2 - 1.3, 0.2)):
            pts = np.stack([cx + radius * np.cos(ring), cy + radius * np.sin(ring)], axis=1)
            stroke(mask, canvas, [pts], width, closed=True)
        inner = size * 0.72
    else:
        w, h = size * 1.25, size * 0.72
        _frame(canvas, mask, cx, cy, w, h, ((0.0, 0.45), (1.2, 0.2)))
        inner = w - 4.0
    state = STATES[stamp.state].name_en.upper() if stamp.state in STATES else stamp.state
    word = "ENTRY" if stamp.direction is Direction.ENTRY else "EXIT"
    device = f"{stamp.state} {int(g.integers(1, 60)):02d}"
    font = st.font
    lines = [
        (state, _fit(canvas, state, 2.0, font, inner)),
        (viz_date(stamp.day), _fit(canvas, "00 MMM 0000", 2.6, font, inner)),
        (stamp.port, _fit(canvas, stamp.port, 1.4, font, inner)),
        (f"{word}  {device}", 1.5),
    ]
    _lines(canvas, mask, cx, cy, lines, font)
    # Entry: a triangle pointing in (right); exit: pointing out (left), beside the date.
    side = inner / 2 + 0.3
    tip = 1.6 if stamp.direction is Direction.ENTRY else -1.6
    for sx in (-side, side - 1.6):
        base = cx + sx + (1.6 if tip < 0 else 0.0)
        tri = np.array([[base, cy - 1.6], [base, cy], [base + tip, cy - 0.8]])
        cv2.fillPoly(mask, [np.round(tri * canvas.scale).astype(np.int32)], 255, cv2.LINE_AA)
    name = "Entry stamp" if stamp.direction is Direction.ENTRY else "Exit stamp"
    pressed = _pressed(canvas, mask, cx, cy, g)
    return _layer(
        canvas, lid, "endorsement.border_stamp", name, stamp_material(st), pressed, origin
    )


def visa_layer(canvas: PageCanvas, visa: Visa, lid: str) -> Layer:
    """A visa issued as a stamp: the issuing state, the visa number, its validity."""
    st = style_of(visa.state)
    g = rng("visa", visa.state, visa.issued.isoformat(), visa.x, visa.y)
    mask = canvas.blank()
    w, h = VISA_MM
    cx, cy = visa.x, visa.y
    _frame(canvas, mask, cx, cy, w, h, ((0.0, 0.5), (1.4, 0.22)))
    name = STATES[visa.state].name_en.upper() if visa.state in STATES else visa.state
    number = "".join(str(int(d)) for d in g.integers(0, 10, 7))
    days = (visa.until - visa.issued).days
    lines = [
        (f"VISA · {name}", 2.4),
        (f"No. {visa.state}{number}   TYPE C   ENTRIES 1", 1.5),
        (f"ISSUED {viz_date(visa.issued)}", 1.9),
        (f"VALID UNTIL {viz_date(visa.until)}", 1.9),
        (f"DURATION OF STAY {min(days, 30)} DAYS", 1.4),
    ]
    fitted = [(t, _fit(canvas, t, c, st.font, w - 5)) for t, c in lines]
    _lines(canvas, mask, cx, cy, fitted, st.font)
    return _layer(
        canvas,
        lid,
        "endorsement.visa_stamp",
        "Visa stamp",
        stamp_material(st),
        _pressed(canvas, mask, cx, cy, g),
        Origin.GENUINE,
    )


def counterfeit_style(state_code: str) -> StampStyle:
    """What a forger's stamp of ``state_code`` gets wrong: another font, an office ink that
    does not glow (or glows where the genuine does not), and a smaller size."""
    real = style_of(state_code)
    return replace(
        real,
        font="sans" if real.font != "sans" else "bold",
        ink="#6050c0" if real.ink != "#6050c0" else "#3060c0",
        size_mm=round(real.size_mm * 0.86, 1),
        uv=not real.uv,
    )


def draw_page(canvas: PageCanvas, page_id: str, history: TravelHistory) -> None:
    """The stamps and visas of ``history`` that sit on this page, in the order they were made."""
    for j, visa in enumerate(history.visas):
        if visa.page == page_id:
            canvas.add(visa_layer(canvas, visa, f"visa-stamp-{j + 1}"))
    for i, stamp in enumerate(history.stamps):
        if stamp.page == page_id:
            canvas.add(stamp_layer(canvas, stamp, f"stamp-{i + 1}"))
