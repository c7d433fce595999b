"""How codes from the core are worded for people, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from docexam.core.lights import LightSource
from docexam.core.model import DocumentType, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("words", text)


def doc_type(value: str) -> str:
    names = {
        DocumentType.TD1.value: _tr("ID card (TD1)"),
        DocumentType.TD2.value: _tr("Card (TD2)"),
        DocumentType.TD3.value: _tr("Passport (TD3)"),
        DocumentType.MRV_A.value: _tr("Visa (MRV-A)"),
        DocumentType.MRV_B.value: _tr("Visa (MRV-B)"),
    }
    return names.get(value, value)


def status(value: str) -> str:
    names = {
        Status.GENUINE.value: _tr("Genuine"),
        Status.COUNTERFEIT.value: _tr("Counterfeit"),
        Status.PHOTO_SUBSTITUTION.value: _tr("Forgery: photo substitution"),
        Status.PAGE_SUBSTITUTION.value: _tr("Forgery: page substitution"),
        Status.DATA_ALTERATION.value: _tr("Forgery: data alteration"),
        Status.COMBINED.value: _tr("Forgery: combined parts"),
        Status.VISA_STAMP_FRAUD.value: _tr("Forgery: visa or stamp"),
        Status.PSEUDO.value: _tr("Pseudo document"),
        Status.STOLEN_BLANK.value: _tr("Stolen blank"),
        Status.FRAUDULENTLY_OBTAINED.value: _tr("Fraudulently obtained genuine"),
        Status.IMPOSTOR.value: _tr("Impostor"),
    }
    return names.get(value, value)


def light(value: LightSource) -> str:
    names = {
        LightSource.VISIBLE: _tr("White light"),
        LightSource.OBLIQUE: _tr("Oblique light"),
        LightSource.TRANSMITTED: _tr("Transmitted light"),
        LightSource.COAXIAL: _tr("Coaxial light"),
        LightSource.UV365: _tr("UV-A 365 nm"),
        LightSource.UV254: _tr("UV-C 254 nm"),
        LightSource.IR: _tr("Infrared"),
        LightSource.IR_LUMINESCENCE: _tr("IR luminescence"),
        LightSource.ANTI_STOKES: _tr("Anti-Stokes"),
        LightSource.TILT: _tr("Tilt"),
        LightSource.UV_OFF: _tr("UV lamp off (afterglow)"),
    }
    return names.get(value, value.value)
