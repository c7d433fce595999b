"""The class's reports as PDF (reportlab, BSD): a class report, a report per trainee, and the
bilingual (English and Simplified Chinese) certificate of completion.

Charts are drawn with plain rectangles: bars of each session's score (progress) and of each
objective's mastery, coloured red through amber to green as on the dashboard. Latin text uses the
shipped DejaVu Sans (embedded); Chinese uses a CJK TrueType font of the system when one is found
(embedded), else the PDF standard ``STSong-Light`` that every reader supplies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from docexam import shipped
from docexam.core.domain.errors import DocexamError
from docexam.core.training.class_report import (
    ClassReport,
    TraineeReport,
    certificate_refusal,
    class_mastery,
    completed_on,
    mean,
)
from docexam.core.training.classroom import heat

SANS, BOLD, CJK = "DejaVuSans", "DejaVuSans-Bold", "docexam-cjk"
CJK_FILES = (  # TrueType (not CFF) fonts reportlab can embed
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "/System/Library/Fonts/STHeiti Light.ttc",
)
LEVELS = {1: ("first line", "一线"), 2: ("second line", "二线"), 3: ("expert", "专家")}
MARGIN = 50.0


class CertificateRefused(DocexamError):
    """The trainee has not passed the course's exams."""


def _fonts() -> str:
    """Register the fonts once; returns the name of the Chinese one."""
    if SANS not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(SANS, str(shipped.FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(shipped.FONTS / "DejaVuSans-Bold.ttf")))
    if CJK in pdfmetrics.getRegisteredFontNames():
        return CJK
    if "STSong-Light" in pdfmetrics.getRegisteredFontNames():
        return "STSong-Light"
    for candidate in CJK_FILES:
        if Path(candidate).is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK, candidate))
                return CJK
            except Exception:  # a font reportlab cannot read: try the next
                continue
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _bars(
    c: Canvas,
    x: float,
    y: float,
    width: float,
    rows: Sequence[tuple[str, float | None]],
    title: str,
) -> float:
    """Horizontal bars, one per row (label, 0..1); returns the y below them."""
    c.setFont(BOLD, 11)
    c.drawString(x, y, title)
    y -= 18
    label_w, bar_w = 190.0, width - 190.0 - 45.0
    for label, value in rows:
        c.setFont(SANS, 9)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, label[:38])
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.rect(x + label_w, y - 2, bar_w, 10, stroke=1, fill=0)
        if value is not None:
            c.setFillColorRGB(*heat(value))
            c.rect(x + label_w, y - 2, bar_w * max(0.0, min(1.0, value)), 10, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(x + width, y, _pct(value))
        y -= 15
    return y - 10


def _header(c: Canvas, title: str, lines: Sequence[str]) -> float:
    _, height = c._pagesize
    c.setFont(BOLD, 18)
    c.drawString(MARGIN, height - MARGIN - 10, title)
    c.setFont(SANS, 10)
    y = height - MARGIN - 30
    for line in lines:
        c.drawString(MARGIN, y, line)
        y -= 14
    return y - 10


def _runs(text: str, cjk: str) -> list[tuple[str, str]]:
    """(font, text) runs: Chinese in the CJK font, the rest (Latin, digits) in DejaVu Sans,
    since a CJK font may lack Latin glyphs and DejaVu has no Chinese."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = cjk if ord(ch) >= 0x2E80 else SANS
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def _mixed_centred(c: Canvas, x: float, y: float, text: str, size: float, cjk: str) -> None:
    runs = _runs(text, cjk)
    width = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    x -= width / 2
    for font, part in runs:
        c.setFont(font, size)
        c.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, font, size)


def class_pdf(report: ClassReport, path: Path) -> Path:
    _fonts()
    c = Canvas(str(path), pagesize=landscape(A4))
    c.setTitle(f"{report.class_name} – class report")
    width, _ = landscape(A4)
    y = _header(
        c,
        f"Class report: {report.class_name}",
        [f"Course: {report.course}", f"From {report.starts_on} to {report.ends_on}",
         f"Trainees: {len(report.trainees)} · Sessions: {len(report.sessions)}"],
    )  # fmt: skip
    # The table: one row per trainee, one column per session, then the trainee's mean.
    sessions = report.sessions[:8]
    col = (width - 2 * MARGIN - 200) / (len(sessions) + 1)
    c.setFont(BOLD, 9)
    c.drawString(MARGIN, y, "Trainee")
    for i, s in enumerate(sessions):
        c.drawString(MARGIN + 200 + i * col, y, f"{s.set_key[:14]} ({s.mode})")
    c.drawString(MARGIN + 200 + len(sessions) * col, y, "Mean")
    y -= 15
    c.setFont(SANS, 9)
    for t in report.trainees:
        c.drawString(MARGIN, y, t.name[:34])
        fractions = []
        for i, s in enumerate(sessions):
            r = t.results.get(s.session_id)
            f = None if r is None else r.fraction
            if f is not None:
                fractions.append(f)
            mark = "" if r is None or r.passed is None else (" ✓" if r.passed else " ✗")
            c.drawString(MARGIN + 200 + i * col, y, _pct(f) + mark)
        c.drawString(MARGIN + 200 + len(sessions) * col, y, _pct(mean(fractions)))
        y -= 13
        if y < 260:
            break
    y -= 12
    half = (width - 2 * MARGIN - 30) / 2
    progress = [
        (f"{s.set_key} {s.opens_at:%d %b}", mean(
            [f for t in report.trainees if (r := t.results.get(s.session_id)) is not None
             and (f := r.fraction) is not None]
        ))
        for s in report.sessions[-10:]
    ]  # fmt: skip
    _bars(c, MARGIN, y, half, progress, "Progress: the class's mean score per session")
    mastery = sorted(class_mastery(report).items())[:14]
    _bars(c, MARGIN + half + 30, y, half, mastery, "Mastery per objective (class mean)")
    c.showPage()
    c.save()
    return path


def trainee_pdf(report: ClassReport, trainee: TraineeReport, path: Path) -> Path:
    _fonts()
    c = Canvas(str(path), pagesize=A4)
    c.setTitle(f"{trainee.name} – {report.class_name}")
    width, _ = A4
    y = _header(
        c,
        f"Trainee report: {trainee.name}",
        [f"Class: {report.class_name} · Course: {report.course}",
         f"Service: {trainee.service or '–'} · Level {trainee.level}",
         f"From {report.starts_on} to {report.ends_on}"],
    )  # fmt: skip
    c.setFont(BOLD, 10)
    for x, head in ((0, "Session"), (170, "Mode"), (240, "Score"), (330, "Result"), (420, "Date")):
        c.drawString(MARGIN + x, y, head)
    y -= 15
    c.setFont(SANS, 10)
    progress = []
    for s in report.sessions:
        r = trainee.results.get(s.session_id)
        f = None if r is None else r.fraction
        progress.append((f"{s.set_key} {s.opens_at:%d %b}", f))
        score = "" if r is None or r.score is None else f"{r.score:g} / {r.max_score or 0:g}"
        result = "not taken" if r is None else (
            "passed" if r.passed else "not passed" if r.passed is False else r.status
        ) + ("" if r is None or r.official else " (provisional)")  # fmt: skip
        when = "" if r is None or r.finished_at is None else f"{r.finished_at:%Y-%m-%d}"
        for x, cell in ((0, s.set_key[:26]), (170, s.mode), (240, score), (330, result),
                        (420, when)):  # fmt: skip
            c.drawString(MARGIN + x, y, cell)
        y -= 14
    y = _bars(c, MARGIN, y - 14, width - 2 * MARGIN, progress[-12:], "Progress: score per session")
    mastery = sorted(trainee.mastery.items())[:20]
    _bars(c, MARGIN, y, width - 2 * MARGIN, mastery, "Mastery per objective")
    c.showPage()
    c.save()
    return path


def certificate_pdf(
    report: ClassReport, trainee: TraineeReport, path: Path, *, issued: date | None = None
) -> Path:
    """The certificate, or :class:`CertificateRefused` (and no file) without a pass."""
    refusal = certificate_refusal(report, trainee)
    if refusal is not None:
        raise CertificateRefused(refusal)
    cjk = _fonts()
    day = completed_on(report, trainee) or issued or date.today()
    c = Canvas(str(path), pagesize=landscape(A4))
    c.setTitle(f"Certificate of completion – {trainee.name}")
    width, height = landscape(A4)
    c.setStrokeColorRGB(0.15, 0.3, 0.5)
    c.setLineWidth(3)
    c.rect(30, 30, width - 60, height - 60)
    c.setLineWidth(1)
    c.rect(38, 38, width - 76, height - 76)
    mid = width / 2

    def both(y: float, en: str, zh: str | None, size: float, bold: bool = False) -> float:
        """An English line and its Chinese line below (None: the same line serves both)."""
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(BOLD if bold else SANS, size)
        c.drawCentredString(mid, y, en)
        if zh is None:
            return y - size * 1.9
        _mixed_centred(c, mid, y - size * 1.35, zh, size * 0.9, cjk)
        return y - size * 3.1

    y = both(height - 110, "Certificate of completion", "结业证书", 30, bold=True)
    y = both(y, "This certifies that", "兹证明", 13)
    y = both(y - 4, trainee.name, None, 24, bold=True)
    y = both(y, f"has completed the course “{report.course}”",
             f"已完成课程“{report.course}”", 13)  # fmt: skip
    en_level, zh_level = LEVELS.get(trainee.level, (str(trainee.level), str(trainee.level)))
    y = both(y, f"Level {trainee.level} ({en_level}) · class {report.class_name}",
             f"级别 {trainee.level}（{zh_level}）· 班级 {report.class_name}", 12)  # fmt: skip
    exams = ", ".join(s.set_key for s in report.exams)
    y = both(y, f"Exams passed: {exams}", f"已通过考试：{exams}", 11)
    objectives = sorted(trainee.mastery)
    if objectives:
        y = both(y, "Objectives practised", "已练习的学习目标", 10)
    c.setFont(SANS, 9)
    line = ""
    for objective in objectives:
        if len(line) + len(objective) > 110:
            c.drawCentredString(mid, y, line)
            y, line = y - 12, ""
        line = f"{line} · {objective}" if line else objective
    if line:
        c.drawCentredString(mid, y, line)
    both(85, f"Date: {day.isoformat()}", f"日期：{day.year}年{day.month}月{day.day}日", 12)
    c.showPage()
    c.save()
    return path


def write_reports(report: ClassReport, out_dir: Path) -> tuple[list[Path], list[str]]:
    """Every report of a class into ``out_dir``: the class PDF and CSV, the xAPI statements, a
    PDF per trainee and a certificate per trainee who passed. Returns (files, refusals).

    Written beside the folder first and moved in at the end, so a failure leaves no half set."""
    import json
    import os
    import shutil
    import tempfile

    from docexam.core.training.class_report import to_csv, xapi_statements

    out_dir.mkdir(parents=True, exist_ok=True)
    refusals: list[str] = []
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".report-") as tmp:
        staging = Path(tmp)
        class_pdf(report, staging / "class-report.pdf")
        (staging / "class-report.csv").write_text(to_csv(report), encoding="utf-8")
        statements = json.dumps(xapi_statements(report), ensure_ascii=False, indent=2)
        (staging / "xapi-statements.json").write_text(statements + "\n", encoding="utf-8")
        for t in report.trainees:
            trainee_pdf(report, t, staging / f"trainee-{t.trainee_id}.pdf")
            try:
                certificate_pdf(report, t, staging / f"certificate-{t.trainee_id}.pdf")
            except CertificateRefused as exc:
                refusals.append(str(exc))
        written = []
        for made in sorted(staging.iterdir()):
            target = out_dir / made.name
            if target.is_dir():
                shutil.rmtree(target)
            os.replace(made, target)
            written.append(target)
    return written, refusals
