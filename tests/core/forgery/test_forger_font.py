"""The forger's typeface never drops a letter: every name the generator can produce, printed by
a stolen-blank personaliser or a field rewriter, keeps all its letters (issue 18: OCR-B has no Ž
or Š, and "ŽITOV" came out as "ITOV")."""

from __future__ import annotations

from datetime import date
from functools import cache

import numpy as np
import pytest
from PIL import ImageFont

from docexam import shipped
from docexam.core.synth import names
from docexam.core.synth.docdata import viz_date
from docexam.core.synth.forgery.locate import forger_font
from docexam.core.synth.names import make_person
from docexam.core.synth.states import STATES
from docexam.core.synth.text import FONTS

ABSENT = "\U0010fffd"  # no shipped font maps it: what a missing letter looks like


@cache
def _ink(font: str, ch: str) -> np.ndarray:
    face = ImageFont.truetype(str(shipped.FONTS / FONTS[font]), 48)
    return np.asarray(face.getmask(ch), np.uint8).copy()


def _dropped(font: str, text: str) -> set[str]:
    """Letters of ``text`` the font draws with no ink or as its .notdef glyph."""
    notdef = _ink(font, ABSENT)
    out: set[str] = set()
    for ch in set(text) - {" "}:
        ink = _ink(font, ch)
        if not ink.any() or (ink.shape == notdef.shape and np.array_equal(ink, notdef)):
            out.add(ch)
    return out


def _every_name() -> list[str]:
    out: list[str] = []
    for female, male in names._GIVEN.values():
        out += female + male
    for stems, ends in names._SURNAME_PARTS.values():
        out += [s + e for s in stems for e in ends]
    return [n.upper() for n in out]


def test_the_check_sees_missing_letters() -> None:
    assert _dropped("ocrb", "ŽITOV") == {"Ž"}
    assert not _dropped("ocrb", "ZITOV")


@pytest.mark.parametrize("name", _every_name())
def test_every_name_keeps_its_letters_in_the_beginners_font(name: str) -> None:
    font = forger_font("ocrb", (name,))
    assert not _dropped(font, name), f"{name} in {font}"
    assert font != "sans"  # still another face than the genuine personalisation


def test_stolen_blank_data_keep_their_letters_over_states_and_seeds() -> None:
    issue = date(2024, 3, 1)
    seen_fallback = seen_ocrb = 0
    for code, state in sorted(STATES.items()):
        for seed in range(40):
            p = make_person(state.traditions, state.cities, (code, seed), issue)
            fields = [p.surname.upper(), p.given_names.upper(), viz_date(p.birth_date)]
            font = forger_font("ocrb", fields)
            for text in fields:
                assert not _dropped(font, text), f"{code} seed {seed}: {text} in {font}"
            seen_fallback += font != "ocrb"
            seen_ocrb += font == "ocrb"
    assert seen_fallback and seen_ocrb  # names OCR-B can print keep OCR-B
