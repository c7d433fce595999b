"""Fraudulently obtained genuine document (FOG): the issuer personalised it with another face.

Nothing is forged: a look-alike applied in the named person's identity with their own photo,
and the issuing authority printed that photo, its ghost image and UV copy, and wrote it to the
chip. Every light and tool finds a genuine document; what tells is the person: their earlier
passport (and its chip) shows another face. The record's sign says so and names that passport
(``faces.obtained``).
"""

from __future__ import annotations

from datetime import date

from docexam.core.chip.issue import FIRST_SERIES
from docexam.core.domain.geometry import Rect, Region
from docexam.core.faces.obtained import applicant_look, obtained
from docexam.core.faces.render import render
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.compose import issue_chip
from docexam.core.synth.forgery.workbench import Workbench
from docexam.core.synth.personal import screened_face
from docexam.core.synth.portrait import photo_portrait

# The portrait's copies the issuer draws from the same photo.
COPIES = ("ghost-image", "uv-portrait")
FEATURE_WORDS = {
    "face_shape": ("face shape", "脸型"),
    "hairline": ("hairline", "发际线"),
    "forehead": ("forehead", "前额"),
    "eyebrows": ("eyebrows", "眉毛"),
    "eyes": ("eyes", "眼睛"),
    "nose": ("nose", "鼻子"),
    "ears": ("ears", "耳朵"),
    "mouth": ("mouth", "嘴"),
    "chin": ("chin", "下巴"),
    "marks": ("marks", "痣与疤痕"),
}


def applicant_portrait(wb: Workbench) -> None:
    """The applicant's face in every place the issuer puts the holder's: portrait, ghost
    image, UV portrait and (re-issued) chip."""
    fog = obtained(wb.viz, (wb.source.specimen.id, wb.seed), wb.difficulty)
    look = applicant_look(wb.viz, fog)
    pages = wb.where("portrait")
    if not pages:
        raise ForgeryError(f"{wb.source.specimen.id} has no portrait to issue")
    for pid in pages:
        layer = wb.edit(pid, "portrait")
        canvas = wb.canvas(pid)
        x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
        assert layer.mask is not None
        engraved = layer.material.relief_um is not None
        face = photo_portrait(render(fog.applicant, look, x1 - x0, y1 - y0), engraved)
        layer.mask[y0:y1, x0:x1] = face
        for copy in COPIES:
            other = wb.find(pid, copy)
            if other is not None and isinstance(other.region, Rect):
                wb.edit(pid, copy).mask = screened_face(canvas, face, other.region)
        _sign(wb, pid, layer.region, fog.differs, fog.earlier.number, fog.earlier.issued)
    if wb.source.chip is not None:
        series = "B" if "DG11" in wb.source.chip.files else FIRST_SERIES
        canvases = {pid: work.canvas for pid, work in wb.pages.items()}
        wb.chip = issue_chip(canvases, wb.source.doc, series)


def _sign(
    wb: Workbench,
    pid: str,
    region: Region,
    differs: frozenset[str],
    number: str,
    issued: date | None,
) -> None:
    order = [f for f in FEATURE_WORDS if f in differs]
    en = ", ".join(FEATURE_WORDS[f][0] for f in order)
    zh = "、".join(FEATURE_WORDS[f][1] for f in order)
    when_en = f", issued {issued.isoformat()}" if issued else ""
    when_zh = f"（{issued.isoformat()} 签发）" if issued else ""
    wb.sign(
        pid,
        region,
        ("comparison",),
        ("Not the face of the earlier passport", "与早先护照照片不是同一人"),
        (
            "Every security feature is genuine: the issuer printed, engraved and wrote to the "
            f"chip the applicant's own photo. The person's earlier passport no. {number}"
            f"{when_en}, and its chip, show another face: {en} differ. Compare the face "
            "feature by feature with the earlier document or its record, not the hair style.",
            "所有防伪特征均为真：签发机关印制、雕刻并写入芯片的是申请人本人的照片。"
            f"此人早先的护照（号码 {number}{when_zh}）及其芯片显示的是另一张脸：{zh}不同。"
            "请与早先证件或其档案逐项比对面部特征，而不是发型。",
        ),
    )
