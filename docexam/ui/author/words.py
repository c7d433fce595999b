"""How authoring codes from the core are worded for people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from docexam.core.authoring.shapes import shape_name
from docexam.core.geometry import Region
from docexam.core.quiz import ExerciseKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("author", text)


def shape(region: Region) -> str:
    names = {"rectangle": _tr("rectangle"), "ellipse": _tr("ellipse"), "polygon": _tr("polygon")}
    return names[shape_name(region)]


def preset(code: str) -> str:
    names = {
        "none": _tr("None (no simulated effect)"),
        "uv_red": _tr("Fluoresces red under UV-A"),
        "uv_green": _tr("Fluoresces green under UV-A"),
        "uv_blue": _tr("Fluoresces blue under UV-A"),
        "uv_invisible_red": _tr("Invisible ink, red under UV-A (whole region)"),
        "ir_dropout": _tr("IR drop-out ink (vanishes in IR)"),
        "ir_absorbing": _tr("IR-absorbing ink (stays dark in IR)"),
        "watermark": _tr("Watermark (brighter in transmitted light)"),
        "perforation": _tr("Perforation (light passes through)"),
        "intaglio": _tr("Intaglio relief (shows in oblique light)"),
    }
    return names.get(code, code)


def kind(value: ExerciseKind) -> str:
    names = {
        ExerciseKind.FIND_FEATURES: _tr("Find the security features"),
        ExerciseKind.MARK_ALTERATIONS: _tr("Mark the alterations"),
        ExerciseKind.VERDICT: _tr("Verdict (genuine or fraud type)"),
        ExerciseKind.WHICH_LIGHT: _tr("Which light reveals it"),
        ExerciseKind.MRZ_CHECK: _tr("MRZ check"),
        ExerciseKind.DRILL: _tr("Timed first-line drill"),
    }
    return names.get(value, value.value)
