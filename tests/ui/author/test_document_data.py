"""The document-data editor as an instructor uses it: fill the visual zone, build the MRZ, see
what disagrees while typing, OK (one undo step); and the checks behind it over many documents."""

from __future__ import annotations

import string
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from docexam.core.authoring.document_data import data_problems, mrz_from_viz
from docexam.core.domain.model import DocumentType
from docexam.core.mrz import check_mrz
from docexam.ui.author.document_dialog import DocumentDialog
from docexam.ui.author.tab import AuthorTab

from .conftest import SPEC

HOLDER = {
    "issuing_state": "UTO",
    "document_number": "X4K7Q2M90",
    "surname": "Lindqvist",
    "given_names": "Mira Sol",
    "nationality": "UTO",
    "birth_date": "1988-03-14",
    "sex": "F",
    "expiry_date": "2033-09-30",
    "issue_date": "2023-10-01",
}


def open_dialog(qtbot: QtBot, tab: AuthorTab) -> DocumentDialog:
    tab.document_action.trigger()  # the toolbar button / Ctrl+Shift+D
    dialog = tab.findChild(DocumentDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: QtBot, dialog: DocumentDialog, values: dict[str, str]) -> None:
    for key, value in values.items():
        edit = dialog.viz[key]
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, value)


def findings(dialog: DocumentDialog) -> list[str]:
    return [dialog.findings.item(i).text() for i in range(dialog.findings.count())]


def test_build_check_and_save_document_data(qtbot: QtBot, tab: AuthorTab) -> None:
    before = tab.doc.specimen(SPEC)
    dialog = open_dialog(qtbot, tab)
    type_into(qtbot, dialog, HOLDER)
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    lines = dialog.mrz.toPlainText().splitlines()
    assert len(lines) == 2 and all(len(line) == 44 for line in lines)  # TD3
    assert lines[1].startswith("X4K7Q2M90")
    assert check_mrz(lines).valid
    assert findings(dialog) == [] and "agrees" in dialog.summary.text()

    # A typo in the visual zone shows at once as a disagreement with the MRZ, on that field.
    type_into(qtbot, dialog, {"surname": "Lindquist"})
    assert any("Disagrees" in f and "surname" in f for f in findings(dialog))
    assert dialog.viz["surname"].styleSheet() != ""
    # A date not as the engine reads it is named.
    type_into(qtbot, dialog, {"surname": "Lindqvist", "birth_date": "14.03.1988"})
    assert any("birth_date" in f and "YYYY-MM-DD" in f for f in findings(dialog))
    type_into(qtbot, dialog, {"birth_date": "1988-03-14"})
    assert findings(dialog) == []

    dialog.title_zh.insert("乌托邦护照（扫描）")  # as an input method commits it
    dialog.series.setText("B-2023")
    dialog.page_names["data"][1].setText("资料页")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    after = tab.doc.specimen(SPEC)
    assert after.mrz == "\n".join(lines)
    assert after.viz["birth_date"] == "1988-03-14" and after.viz["nationality"] == "UTO"
    assert after.title["zh-Hans"] == "乌托邦护照（扫描）" and after.document.series == "B-2023"
    assert after.pages[0].name["zh-Hans"] == "资料页"
    assert tab.undo_action.text() == "Undo Edit document data"
    tab.undo_action.trigger()
    assert tab.doc.specimen(SPEC) == before


def test_wrong_format_for_the_document_type_is_named(qtbot: QtBot, tab: AuthorTab) -> None:
    dialog = open_dialog(qtbot, tab)
    type_into(qtbot, dialog, HOLDER)
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td1"))
    assert any("TD3 zone on a TD1 document" in f for f in findings(dialog))
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)  # rebuilt as TD1
    assert [len(x) for x in dialog.mrz.toPlainText().splitlines()] == [30, 30, 30]
    assert findings(dialog) == []
    dialog.reject()


NAMES = st.text(string.ascii_uppercase, min_size=2, max_size=12)


@given(
    doc_type=st.sampled_from(list(DocumentType)),
    number=st.text(string.ascii_uppercase + string.digits, min_size=9, max_size=9),
    surname=NAMES,
    given_name=NAMES,
    birth=st.dates(date(1930, 1, 1), date(2015, 12, 31)),
    expiry=st.dates(date(2025, 1, 1), date(2040, 12, 31)),
    sex=st.sampled_from("MFX"),
    field=st.sampled_from(["surname", "document_number", "birth_date", "nationality"]),
)
def test_built_mrz_agrees_and_any_change_disagrees(
    doc_type: DocumentType,
    number: str,
    surname: str,
    given_name: str,
    birth: date,
    expiry: date,
    sex: str,
    field: str,
) -> None:
    viz = {
        "issuing_state": "UTO",
        "document_number": number,
        "surname": surname,
        "given_names": given_name,
        "nationality": "ZAR",
        "birth_date": birth.isoformat(),
        "sex": sex,
        "expiry_date": expiry.isoformat(),
    }
    mrz = mrz_from_viz(doc_type, viz)
    reference = date(2024, 1, 1)
    assert data_problems(doc_type, mrz, viz, reference) == []
    changed = {
        "surname": surname + "Q",
        "document_number": number[:-1] + ("7" if number[-1] != "7" else "8"),
        "birth_date": date(birth.year - 1, birth.month, min(birth.day, 28)).isoformat(),
        "nationality": "UTO",
    }[field]
    found = data_problems(doc_type, mrz, {**viz, field: changed}, reference)
    assert any(p.inconsistent for p in found), (field, found)
