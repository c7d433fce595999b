"""Reprinting characters of the MRZ so it disagrees with the visual zone.

The altered MRZ is built by the MRZ engine from the document's data with one date changed, so
every check digit is right; the "wrong check digits" variant then puts the original digits back,
as a forger who does not know the arithmetic would. Only the characters that differ are erased
and reprinted, in OCR-B at their own cells, so nothing else on the page moves.
"""

from __future__ import annotations

from datetime import date

from docexam.core.domain.geometry import Rect
from docexam.core.mrz import MrzFormat, check_digit, check_mrz
from docexam.core.mrz.formats import LAYOUTS
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.forgery.locate import draw_mrz_char, erase, find_mrz_line, mrz_cell
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.mrz_adapter import make_mrz

FORMATS = {
    "td1": MrzFormat.TD1,
    "td2": MrzFormat.TD2,
    "td3": MrzFormat.TD3,
    "mrv-a": MrzFormat.MRV_A,
}
ATTEMPTS = 24


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def check_positions(doc_type: str) -> set[tuple[int, int]]:
    """(line, column), 0-based, of every check digit of the format."""
    return {(c.digit.line - 1, c.digit.column - 1) for c in LAYOUTS[FORMATS[doc_type]].checks}


def altered_mrz(wb: Workbench, recompute: bool) -> tuple[tuple[str, ...], str]:
    """New MRZ lines with the birth or expiry date changed, and which field changed."""
    doc, person = wb.doc, wb.doc.person
    g = wb.rng("mrz")
    field = str(g.choice(["birth_date", "expiry_date"]))
    digits = check_positions(doc.doc_type)
    for _ in range(ATTEMPTS):
        birth, expiry = person.birth_date, doc.expiry
        if field == "birth_date":
            birth = _shift(birth, -int(g.integers(3, 12)))
        else:
            expiry = _shift(expiry, int(g.integers(2, 8)))
        lines = make_mrz(
            doc.doc_type,
            doc.code,
            doc.state.code,
            doc.number,
            person.surname,
            person.given_names,
            doc.nationality,
            birth,
            person.sex,
            expiry,
            doc.personal_number,
        )
        if recompute:
            return lines, field
        kept = tuple(
            "".join(wb.mrz[i][c] if (i, c) in digits else ch for c, ch in enumerate(line))
            for i, line in enumerate(lines)
        )
        if not check_mrz(list(kept)).valid:  # a coincidence could leave every digit right
            return kept, field
    raise ForgeryError("could not build an MRZ with wrong check digits")


def reprint(wb: Workbench, recompute: bool) -> None:
    pages = wb.where("mrz")
    if not pages:
        raise ForgeryError(f"{wb.source.specimen.id} has no MRZ")
    pid = pages[0]
    canvas = wb.canvas(pid)
    layer = wb.edit(pid, "mrz")
    assert layer.mask is not None
    old = wb.mrz
    new, field = altered_mrz(wb, recompute)
    digits = check_positions(wb.doc.doc_type)
    changed: list[Rect] = []
    wrong: list[Rect] = []
    for i, (a, b) in enumerate(zip(old, new, strict=True)):
        if a == b:
            continue
        spot = find_mrz_line(layer.mask, canvas, a)
        for c, (ca, cb) in enumerate(zip(a, b, strict=True)):
            if ca != cb:
                cell = mrz_cell(spot, c)
                erase(layer.mask, canvas, cell)
                draw_mrz_char(layer.mask, canvas, spot, c, cb)
                changed.append(cell)
        if not recompute:
            for li, c in sorted(digits):
                if li == i and new[li][c] != _expected(new, li, c, wb.doc.doc_type):
                    wrong.append(mrz_cell(spot, c))
    wb.mrz = new
    label = {
        "birth_date": ("date of birth", "出生日期"),
        "expiry_date": ("date of expiry", "有效期"),
    }[field]
    if recompute:
        text = (
            f"Every check digit is correct, but the MRZ {label[0]} differs from the visual "
            "zone: the MRZ was reprinted with recomputed check digits. Only comparing MRZ and "
            "VIZ shows it.",
            f"所有校验位均正确，但机读区的{label[1]}与视读区不一致：机读区被重印并重新计算了校验位，只有比对机读区与视读区才能发现。",
        )
    else:
        text = (
            f"The MRZ {label[0]} differs from the visual zone, and its check digits no longer "
            "fit: the date was changed without recomputing them.",
            f"机读区的{label[1]}与视读区不一致，且校验位不再吻合：改动日期时未重新计算校验位。",
        )
    wb.sign(
        pid,
        union(*changed),
        ("comparison",) if recompute else ("comparison", "mrz_check"),
        ("MRZ disagrees with the visual zone", "机读区与视读区不一致"),
        text,
    )
    if not recompute and wrong:
        wb.sign(
            pid,
            union(*wrong),
            ("mrz_check",),
            ("MRZ check digits wrong", "机读区校验位错误"),
            (
                "Recomputing the check digits (weights 7-3-1) gives other values than printed.",
                "按7-3-1权重重新计算校验位，结果与印刷的不符。",
            ),
        )


def _expected(lines: tuple[str, ...], line: int, col: int, doc_type: str) -> str:
    """The check digit that belongs at (line, col), computed from ``lines``."""
    for spec in LAYOUTS[FORMATS[doc_type]].checks:
        if (spec.digit.line - 1, spec.digit.column - 1) == (line, col):
            return check_digit("".join(span.take(lines) for span in spec.covers))
    return lines[line][col]
