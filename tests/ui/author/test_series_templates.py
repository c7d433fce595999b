"""Feature templates reused across a series: the features of one specimen saved as the template
of its series, applied to another specimen of the same series in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from docexam.core.authoring import AddSpecimen
from docexam.core.authoring.scans import PageScans, build_specimen, default_document
from docexam.core.authoring.templates import file_name
from docexam.core.domain.model import DocumentType
from docexam.core.pack.io import read_pack
from docexam.ui.author.series import templates_dir
from docexam.ui.author.tab import AuthorTab

from ..conftest import BASIC
from .conftest import PAGE, SPEC
from .test_annotate import draw_triangle


def add_specimen(tab: AuthorTab, sid: str, series: str) -> None:
    base = read_pack(BASIC).specimens[0]
    specimen = build_specimen(
        tab.doc.specimen_dir(sid),
        sid,
        {"en": f"Second scan {sid}"},
        default_document(DocumentType.TD3, series=series),
        [PageScans(PAGE, {"en": "Data page"}, (125.0, 88.0), base.path(base.pages[0].visible))],
    )
    tab.editor.push(AddSpecimen(specimen), "Add specimen")
    tab.show_feature(sid, PAGE, None)


def features(tab: AuthorTab, sid: str) -> list[object]:
    return list(tab.doc.page(sid, PAGE).features)


def test_save_and_apply_a_series_template(
    qtbot: QtBot, tab: AuthorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    draw_triangle(qtbot, tab)
    name = tab.properties.texts[("name", "en")]
    name.selectAll()
    qtbot.keyClicks(name, "Rainbow print")
    marked = tab.doc.page(SPEC, PAGE).features
    tab.save_template_action.trigger()
    assert "Saved 1 feature(s)" in tab.position.text()
    assert (templates_dir() / file_name(tab.doc.specimen(SPEC).document)).is_file()

    # Another series: no template for it, said so, nothing added.
    add_specimen(tab, "other-series", "B")
    tab.apply_template_action.trigger()
    assert features(tab, "other-series") == [] and "No template saved" in told[-1]

    # The same series: the features arrive, geometry in page mm, names and material kept.
    add_specimen(tab, "same-series", "A")
    steps = tab.stack.index()
    tab.apply_template_action.trigger()
    arrived = tab.doc.page("same-series", PAGE).features
    assert [(f.region, f.category, f.name, f.material) for f in arrived] == [
        (f.region, f.category, f.name, f.material) for f in marked
    ]
    assert tab.stack.index() == steps + 1  # one undo step
    assert tab.undo_action.text() == "Undo Apply series template"
    # Applying twice adds nothing more.
    tab.apply_template_action.trigger()
    assert len(features(tab, "same-series")) == 1 and "(1 already there)" in tab.position.text()
    tab.undo_action.trigger()
    assert features(tab, "same-series") == []


def test_a_damaged_template_is_named_not_a_traceback(
    qtbot: QtBot, tab: AuthorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "docexam.ui.author.series.show_error", lambda _p, _t, exc: shown.append(str(exc))
    )
    path = templates_dir() / file_name(tab.doc.specimen(SPEC).document)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": "docexam-feature-template", "pages": {"data": [{"id": 1}]}}')
    tab.apply_template_action.trigger()
    assert shown and str(path) in shown[0] and "cannot read" in shown[0]
    assert features(tab, SPEC) == []
