"""`docexam pack validate` checks what the data means: the MRZ by the MRZ engine, the visual
zone as the engine reads it, masks against the page, texts against the listed languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.cli import run
from docexam.core.domain.guidance import guide
from docexam.core.mrz import check_digit

from .packs import BASIC, SPECIMEN_ID, copy_basic, edit_manifest, edit_specimen

LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"  # the basic pack's, all digits right


def _validate(pack: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(["pack", "validate", str(pack)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _with(tmp_path: Path, change: Any, name: str = "pack") -> Path:
    pack = copy_basic(tmp_path / name)
    edit_specimen(pack, change)
    return pack


def test_the_basic_pack_is_still_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert _validate(BASIC, capsys)[0] == 0


# Each check digit of the TD3 second line: position and the span it protects.
CHECKS = {9: (0, 9), 19: (13, 19), 27: (21, 27)}


@settings(max_examples=15)
@given(st.sampled_from(sorted(CHECKS)), st.integers(1, 9))
def test_a_wrong_check_digit_is_named(
    tmp_path_factory: pytest.TempPathFactory, position: int, delta: int
) -> None:
    tmp = tmp_path_factory.mktemp("digit")
    right = LINE2[position]
    wrong = str((int(right) + delta) % 10)
    line = LINE2[:position] + wrong + LINE2[position + 1 :]
    start, end = CHECKS[position]
    assert check_digit(line[start:end]) != wrong

    def edit(data: dict[str, Any]) -> None:
        data["mrz"][1] = line

    pack = _with(tmp, edit)
    code = run(["pack", "validate", str(pack)])
    assert code == 2
    from docexam.core.pack.validate import validate_dir

    _pack, problems = validate_dir(pack)
    assert any(p.path == "mrz" and "check digit" in p.message for p in problems), problems


def test_an_mrz_of_another_document_type_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def td1(data: dict[str, Any]) -> None:
        data["document"]["type"] = "td1"

    code, text = _validate(_with(tmp_path, td1), capsys)
    assert code == 2
    assert "mrz: a TD1 MRZ has 3 lines of 30 characters, this one 2 (44 + 44)" in text


def test_viz_that_disagrees_with_the_mrz_or_is_no_date_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["viz"]["nationality"] = "ZRN"  # the MRZ says UTO
        data["viz"]["expiry"] = "2012-02-30"  # the right shape, no such day
        data["viz"]["expiry_date"] = "2012-04-15"

    code, text = _validate(_with(tmp_path, edit), capsys)
    assert code == 2
    assert "nationality: MRZ has 'UTO' but the visual zone shows 'ZRN'" in text
    assert "viz.expiry: '2012-02-30' is not a date (YYYY-MM-DD)" in text
    assert "viz.expiry: 'expiry' is read as 'expiry_date', and they differ" in text


def test_a_fraud_may_break_its_mrz_on_purpose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def forged(data: dict[str, Any]) -> None:
        data["document"]["status"] = "data_alteration"
        data["viz"]["birth"] = "1976-08-12"

    assert _validate(_with(tmp_path, forged), capsys)[0] == 0


def test_a_mask_of_the_wrong_size_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = copy_basic(tmp_path / "pack")
    folder = pack / "specimens" / SPECIMEN_ID
    cv2.imwrite(str(folder / "half-mask.png"), np.zeros((120, 170), np.uint8))

    def edit(data: dict[str, Any]) -> None:
        page = data["pages"][0]
        dpi = page["images"][0]["dpi"]
        page["features"][2]["mask"] = {"file": "half-mask.png", "dpi": dpi}

    edit_specimen(pack, edit)
    code, text = _validate(pack, capsys)
    assert code == 2
    assert "features[2].mask: half-mask.png is 170 x 120 px, but a 125 x 88 mm page" in text


def test_texts_in_a_language_the_manifest_does_not_list_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = copy_basic(tmp_path / "pack")

    def only_english(data: dict[str, Any]) -> None:
        data["languages"] = ["en"]

    edit_manifest(pack, only_english)
    code, text = _validate(pack, capsys)
    assert code == 2
    assert "title: text in 'zh-Hans', which the manifest's languages (en) do not list" in text


def test_the_new_categories_are_explained_in_english_and_chinese() -> None:
    for code in ("numbering.barcode", "personalisation.fingerprint", "protection.chip_symbol"):
        description, how = guide(code)
        assert set(description) == set(how) == {"en", "zh-Hans"}, code
        assert all(text.strip() for text in (*description.values(), *how.values()))
