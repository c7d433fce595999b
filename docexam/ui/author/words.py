"""How authoring codes from the core are worded for people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from docexam.core.authoring.shapes import shape_name
from docexam.core.domain.geometry import Region
from docexam.core.training.quiz import ExerciseKind


def shape(region: Region) -> str:
    names = {
        "rectangle": QCoreApplication.translate("author", "rectangle"),
        "ellipse": QCoreApplication.translate("author", "ellipse"),
        "polygon": QCoreApplication.translate("author", "polygon"),
    }
    return names[shape_name(region)]


def preset(code: str) -> str:
    names = {
        "none": QCoreApplication.translate("author", "None (no simulated effect)"),
        "uv_red": QCoreApplication.translate("author", "Fluoresces red under UV-A"),
        "uv_green": QCoreApplication.translate("author", "Fluoresces green under UV-A"),
        "uv_blue": QCoreApplication.translate("author", "Fluoresces blue under UV-A"),
        "uv_invisible_red": QCoreApplication.translate(
            "author", "Invisible ink, red under UV-A (whole region)"
        ),
        "ir_dropout": QCoreApplication.translate("author", "IR drop-out ink (vanishes in IR)"),
        "ir_absorbing": QCoreApplication.translate("author", "IR-absorbing ink (stays dark in IR)"),
        "watermark": QCoreApplication.translate(
            "author", "Watermark (brighter in transmitted light)"
        ),
        "perforation": QCoreApplication.translate("author", "Perforation (light passes through)"),
        "intaglio": QCoreApplication.translate(
            "author", "Intaglio relief (shows in oblique light)"
        ),
    }
    return names.get(code, code)


def kind(value: ExerciseKind) -> str:
    names = {
        ExerciseKind.FIND_FEATURES: QCoreApplication.translate(
            "author", "Find the security features"
        ),
        ExerciseKind.MARK_ALTERATIONS: QCoreApplication.translate("author", "Mark the alterations"),
        ExerciseKind.VERDICT: QCoreApplication.translate(
            "author", "Verdict (genuine or fraud type)"
        ),
        ExerciseKind.WHICH_LIGHT: QCoreApplication.translate("author", "Which light reveals it"),
        ExerciseKind.MRZ_CHECK: QCoreApplication.translate("author", "MRZ check"),
        ExerciseKind.DRILL: QCoreApplication.translate("author", "Timed first-line drill"),
        ExerciseKind.CHIP_CHECK: QCoreApplication.translate(
            "author", "Chip check (verdict and failing step)"
        ),
        ExerciseKind.FACE_COMPARE: QCoreApplication.translate(
            "author", "Face comparison (same person? feature by feature)"
        ),
        ExerciseKind.CASE_FILE: QCoreApplication.translate(
            "author", "Traveller's case file (from the pack's cases.json)"
        ),
    }
    return names.get(value, value.value)
