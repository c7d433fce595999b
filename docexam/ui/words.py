"""How codes from the core are worded for people, in the interface language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import DocumentType, Status


def _tr(text: object) -> str:
    # The tables below mark their strings with QT_TRANSLATE_NOOP so lupdate finds them.
    return QCoreApplication.translate("words", str(text))


def doc_type(value: str) -> str:
    names = {
        DocumentType.TD1.value: _tr(QT_TRANSLATE_NOOP("words", "ID card (TD1)")),
        DocumentType.TD2.value: _tr(QT_TRANSLATE_NOOP("words", "Card (TD2)")),
        DocumentType.TD3.value: _tr(QT_TRANSLATE_NOOP("words", "Passport (TD3)")),
        DocumentType.MRV_A.value: _tr(QT_TRANSLATE_NOOP("words", "Visa (MRV-A)")),
        DocumentType.MRV_B.value: _tr(QT_TRANSLATE_NOOP("words", "Visa (MRV-B)")),
    }
    return names.get(value, value)


def status(value: str) -> str:
    names = {
        Status.GENUINE.value: _tr(QT_TRANSLATE_NOOP("words", "Genuine")),
        Status.COUNTERFEIT.value: _tr(QT_TRANSLATE_NOOP("words", "Counterfeit")),
        Status.PHOTO_SUBSTITUTION.value: _tr(
            QT_TRANSLATE_NOOP("words", "Forgery: photo substitution")
        ),
        Status.PAGE_SUBSTITUTION.value: _tr(
            QT_TRANSLATE_NOOP("words", "Forgery: page substitution")
        ),
        Status.DATA_ALTERATION.value: _tr(QT_TRANSLATE_NOOP("words", "Forgery: data alteration")),
        Status.COMBINED.value: _tr(QT_TRANSLATE_NOOP("words", "Forgery: combined parts")),
        Status.VISA_STAMP_FRAUD.value: _tr(QT_TRANSLATE_NOOP("words", "Forgery: visa or stamp")),
        Status.PSEUDO.value: _tr(QT_TRANSLATE_NOOP("words", "Pseudo document")),
        Status.STOLEN_BLANK.value: _tr(QT_TRANSLATE_NOOP("words", "Stolen blank")),
        Status.FRAUDULENTLY_OBTAINED.value: _tr(
            QT_TRANSLATE_NOOP("words", "Fraudulently obtained genuine")
        ),
        Status.IMPOSTOR.value: _tr(QT_TRANSLATE_NOOP("words", "Impostor")),
    }
    return names.get(value, value)


def light(value: LightSource) -> str:
    names = {
        LightSource.VISIBLE: _tr(QT_TRANSLATE_NOOP("words", "White light")),
        LightSource.OBLIQUE: _tr(QT_TRANSLATE_NOOP("words", "Oblique light")),
        LightSource.TRANSMITTED: _tr(QT_TRANSLATE_NOOP("words", "Transmitted light")),
        LightSource.COAXIAL: _tr(QT_TRANSLATE_NOOP("words", "Coaxial light")),
        LightSource.UV365: _tr(QT_TRANSLATE_NOOP("words", "UV-A 365 nm")),
        LightSource.UV254: _tr(QT_TRANSLATE_NOOP("words", "UV-C 254 nm")),
        LightSource.IR: _tr(QT_TRANSLATE_NOOP("words", "Infrared")),
        LightSource.IR_LUMINESCENCE: _tr(QT_TRANSLATE_NOOP("words", "IR luminescence")),
        LightSource.ANTI_STOKES: _tr(QT_TRANSLATE_NOOP("words", "Anti-Stokes")),
        LightSource.TILT: _tr(QT_TRANSLATE_NOOP("words", "Tilt")),
        LightSource.UV_OFF: _tr(QT_TRANSLATE_NOOP("words", "UV lamp off (afterglow)")),
    }
    return names.get(value, value.value)


def when(moment: datetime, lang: str) -> str:
    """A date and time in the interface language ("12 Mar 14:05", "3月12日 14:05"), local time."""
    t = moment.astimezone()
    local = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
    if lang.startswith("zh"):
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China).toString(
            local, "M月d日 HH:mm"
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        local, "d MMM HH:mm"
    )
