"""Stolen blank: genuine booklet or card personalised by criminals with their own printer.

Every security feature is genuine; what is wrong is how the personal data were put on: inkjet
droplets instead of toner or laser engraving (dotted edges in the loupe, no engraving relief in
grazing light, dye ink that vanishes in IR), another font, and a number reported stolen.
"""

from __future__ import annotations

from docexam.core.domain.material import Ink
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.docdata import viz_date
from docexam.core.synth.forgery.alteration import DATA_LAYERS
from docexam.core.synth.forgery.locate import erase, find_text, forger_font, value_cap
from docexam.core.synth.forgery.screens import inkjet
from docexam.core.synth.forgery.workbench import Workbench, union
from docexam.core.synth.text import draw_text

DYE_NM = 950.0  # dye-based inkjet black: transparent at the 1000 nm filter
FIELDS = ("surname", "given_names", "birth_date", "expiry_date")
DATA_GROUP = "personal_data"


def _printed(wb: Workbench, key: str) -> str:
    p = wb.doc.person
    values = {
        "surname": p.surname,
        "given_names": p.given_names,
        "birth_date": viz_date(p.birth_date),
        "expiry_date": viz_date(wb.doc.expiry),
    }
    return values[key].upper()


def font_mismatch(wb: Workbench) -> None:
    beginner = forger_font("ocrb", (_printed(wb, key) for key in FIELDS))
    for pid, work in wb.pages.items():
        for lid in DATA_LAYERS:
            layer = wb.find(pid, lid)
            if layer is None or layer.mask is None:
                continue
            cap = value_cap(wb.doc.doc_type, work.canvas.size_mm)
            boxes = []
            for key in FIELDS:
                text = _printed(wb, key)
                try:
                    spot = find_text(layer.mask, work.canvas, text, cap)
                except ForgeryError:
                    continue  # this field is on another page
                wb.imitate(pid, lid)  # the criminals' personalisation, not the issuer's
                erase(layer.mask, work.canvas, spot.box)
                font = (
                    beginner if wb.difficulty == 1 else ("bold" if spot.font == "sans" else "sans")
                )
                box = draw_text(
                    layer.mask, work.canvas, text, spot.x_mm, spot.baseline_mm, cap, font
                )
                boxes.append(union(spot.box, box))
            if boxes:
                wb.sign(
                    pid,
                    union(*boxes),
                    ("loupe", "visible", "comparison"),
                    ("Personal data in the wrong font", "个人资料字体不符"),
                    (
                        "The names and dates are printed in another typeface than genuine "
                        "documents of this series use; compare with a reference specimen.",
                        "姓名和日期的字体与该系列真证不同；请与参考样本比对。",
                    ),
                    group=DATA_GROUP,
                )


def _dot(wb: Workbench, pid: str, lid: str, drop_mm: float) -> bool:
    layer = wb.find(pid, lid)
    if layer is None or layer.mask is None:
        return False
    canvas = wb.canvas(pid)
    engraved = bool(layer.material.relief_um)
    inkjet(layer.mask, canvas, canvas.pixel_box(layer.region, 0), wb.rng(pid, lid), drop_mm)
    # Inkjet in place of the issuer's print or engraving: an imitation, whatever its name says.
    wb.imitate(pid, lid, visible=Ink("#23232b", 0.95), ir_cutoff_nm=DYE_NM, relief_um=None)
    reveal: tuple[str, ...] = ("loupe", "ir", "oblique") if engraved else ("loupe", "ir")
    what = {"mrz": ("MRZ", "机读区"), "portrait": ("portrait", "照片")}.get(
        lid, ("personal data", "个人资料")
    )
    wb.sign(
        pid,
        wb.extent(pid, layer),
        reveal,
        (f"Inkjet {what[0]}", f"{what[1]}为喷墨打印"),
        (
            f"Under the loupe the {what[0]} is made of scattered droplets with ragged edges"
            + (", it has no engraving relief in grazing light," if engraved else ",")
            + " and it vanishes at 1000 nm: dye inkjet, not the issuer's personalisation.",
            f"放大镜下{what[1]}由散落的墨滴组成、边缘参差"
            + ("，侧光下没有激光雕刻的凹凸" if engraved else "")
            + "，在1000纳米红外下消失：为染料喷墨打印，而非签发机关的个人化方式。",
        ),
        ir_cutoff_nm=1000,
        # Font and inkjet of the data are one thing to find; the MRZ and portrait each another.
        group=DATA_GROUP if lid in DATA_LAYERS else lid.replace("-", "_"),
    )
    return True


def inkjet_data(wb: Workbench) -> None:
    drop = {1: 0.1, 2: 0.08, 3: 0.06}[wb.difficulty]
    for pid in wb.pages:
        for lid in DATA_LAYERS:
            _dot(wb, pid, lid, drop)
        if wb.difficulty < 3:
            _dot(wb, pid, "mrz", drop)


def inkjet_portrait(wb: Workbench) -> None:
    for pid in wb.pages:
        _dot(wb, pid, "portrait", 0.1)


def stolen_number(wb: Workbench) -> None:
    """The number the issuer reported stolen with the blank: the SLTD query answers with a hit
    (the app's database lists every stolen blank of the library, ``core/library/sltd.py``)."""
    for pid in wb.pages:
        layer = wb.find(pid, "document-number")
        if layer is None:
            continue
        wb.sign(
            pid,
            wb.extent(pid, layer),
            ("sltd",),
            ("Number of a stolen blank", "被盗空白证件号码"),
            (
                f"Queried in the stolen and lost travel document database (SLTD), document "
                f"number {wb.doc.number} answers HIT: a blank the issuing state reported stolen. "
                "The features are genuine; the issue never happened.",
                f"在被盗和遗失旅行证件数据库（SLTD）中查询证件号码 {wb.doc.number}，结果为命中："
                "签发国已报告该空白证件被盗。防伪特征为真，但从未正式签发。",
            ),
        )
        return
