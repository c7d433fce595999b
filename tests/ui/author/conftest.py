"""A draft pack with one specimen made from a scan, and an authoring tab over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from docexam.core.authoring import AddSpecimen, DraftPack, PackInfo
from docexam.core.authoring.scans import PageScans, build_specimen, default_document
from docexam.core.domain.model import DocumentType
from docexam.core.pack.io import read_pack
from docexam.ui.author.opening import start_new_pack
from docexam.ui.author.tab import AuthorTab

from ..conftest import BASIC

SPEC, PAGE = "uto-scan-1", "data"


@pytest.fixture
def draft() -> DraftPack:
    doc = start_new_pack(None, PackInfo("my-pack", {"en": "My pack"}, "Instructor", "CC-BY-4.0"))
    assert doc is not None
    base = read_pack(BASIC).specimens[0]
    specimen = build_specimen(
        doc.specimen_dir(SPEC),
        SPEC,
        {"en": "Utopia passport (scan)"},
        default_document(DocumentType.TD3),
        [PageScans(PAGE, {"en": "Data page"}, (125.0, 88.0), base.path(base.pages[0].visible))],
    )
    doc.apply(AddSpecimen(specimen))
    return doc


def make_tab(qtbot: QtBot, doc: DraftPack, pack_path: Path | None = None) -> AuthorTab:
    tab = AuthorTab(doc, "en", pack_path)
    qtbot.addWidget(tab)
    tab.resize(1400, 850)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    # Shortcuts go only to the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


@pytest.fixture
def tab(qtbot: QtBot, draft: DraftPack) -> AuthorTab:
    return make_tab(qtbot, draft)


@pytest.fixture
def uv_draft() -> DraftPack:
    """A draft whose page has a UV-A capture registered to the white scan (here its negative,
    so a test can tell which image the canvas shows)."""
    from docexam.core.domain.lights import LightSource
    from docexam.core.pack.images import read_image

    doc = start_new_pack(None, PackInfo("uv-pack", {"en": "UV pack"}, "Instructor", "CC-BY-4.0"))
    assert doc is not None
    base = read_pack(BASIC).specimens[0]
    white = base.path(base.pages[0].visible)
    uv = 255 - read_image(white)
    specimen = build_specimen(
        doc.specimen_dir(SPEC),
        SPEC,
        {"en": "Utopia passport (scan)"},
        default_document(DocumentType.TD3),
        [
            PageScans(
                PAGE, {"en": "Data page"}, (125.0, 88.0), white, {(LightSource.UV365, None): uv}
            )
        ],
    )
    doc.apply(AddSpecimen(specimen))
    return doc
