"""A small library of several specimens (different types, states, statuses) for GUI tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from docexam import shipped
from docexam.core.domain.model import DocumentType, Status
from docexam.core.library.library import Library
from docexam.core.pack.io import read_pack, write_pack

from . import qt_threads

qt_threads.install()  # so coverage sees the code the app runs in its worker threads

BASIC = shipped.UTOPIA_BASIC


@pytest.fixture
def variety_library(tmp_path: Path) -> Library:
    """Bundled dir with one pack of four specimens, plus an empty imported area."""
    base = read_pack(BASIC)
    original = base.specimens[0]
    variants = [
        original,
        replace(
            original,
            id="zrn-td1-card",
            title={"en": "Zeranian identity card", "zh-Hans": "泽兰身份证"},
            document=replace(original.document, type=DocumentType.TD1, issuing_state="ZRN"),
        ),
        replace(
            original,
            id="uto-td3-photo-sub",
            title={"en": "Utopia passport, substituted photo"},
            document=replace(original.document, status=Status.PHOTO_SUBSTITUTION),
        ),
        replace(
            original,
            id="qar-visa",
            title={"en": "Qarlandian visa"},
            document=replace(original.document, type=DocumentType.MRV_A, issuing_state="QAR"),
            pages=(replace(original.pages[0], features=original.pages[0].features[:2]),),
        ),
    ]
    bundled = tmp_path / "bundled"
    write_pack(replace(base, id="variety", specimens=tuple(variants)), bundled / "variety")
    return Library(tmp_path / "library", [bundled])
