"""The record: JSON round trip, schema, MRZ variants, pseudo codes, determinism, packs, CLI."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.exercise.model import SpecimenRef
from docexam.core.mrz import VizData, check_mrz
from docexam.core.pack.forgery_record import RECORD_FILE, record_problems
from docexam.core.pack.io import read_pack
from docexam.core.synth import STATES, GeneratedSpecimen
from docexam.core.synth.forgery import (
    FANTASY,
    FRAUD_OPERATIONS,
    ForgedSpecimen,
    ForgeJob,
    ForgeryError,
    ForgeryRecord,
    Sign,
    forge,
    forge_pack,
    read_record,
    record_from_json,
    record_to_json,
    write_record,
)
from docexam.core.training.quiz.fraud_truth import fraud_records_of, to_fraud_records
from docexam.core.training.quiz.page_items import alteration_exercise
from tests.core.forgery.conftest import Forger

OPS = ("field_rewrite",)


def _viz(viz: dict[str, str]) -> VizData:
    return VizData(
        surname=viz["surname"],
        given_names=viz["given_names"],
        document_number=viz["document_number"],
        birth_date=date.fromisoformat(viz["birth_date"]),
        expiry_date=date.fromisoformat(viz["expiry_date"]),
    )


def test_record_round_trips_through_json(forged: Forger, tmp_path: Path) -> None:
    f = forged("td3", "photo_substitution", 1)
    data = json.loads(json.dumps(record_to_json(f.record)))
    assert record_problems(data) == []
    assert record_from_json(data) == f.record
    write_record(tmp_path, f.record)
    assert read_record(tmp_path) == f.record
    assert read_record(f.specimen.root) == f.record  # written beside the images
    assert read_record(tmp_path / "nothing") is None
    for sign in f.record.signs:
        assert sign.explanation["en"] and sign.explanation["zh-Hans"]
        assert sign.title["en"] and sign.title["zh-Hans"]
    # The traces round the pasted photo are one alteration; each says how it looks.
    photo = [s for s in f.record.signs if s.group_key == "photo"]
    ops = {s.operation for s in photo}
    assert ops >= {"new_portrait", "background_broken", "uv_interrupted"}
    assert ops & {"laminate_edge", "cut_edge"}  # lifted under the laminate or cut in
    assert all(s.contrast is not None and s.area_mm2 for s in photo)
    # Each sign says how visible it measured through the light engine.
    assert all(s.measured is not None for s in f.record.signs)
    assert f.record.subtlety is not None and 0.0 <= f.record.subtlety <= 1.0
    assert "group" in data["signs"][0] and "contrast" in data["signs"][0]


def _stains(f: ForgedSpecimen) -> list[Sign]:
    return [s for s in f.record.signs if s.title["en"] == "Erasure stain under UV"]


def test_a_sign_looks_fainter_at_a_higher_difficulty(forged: Forger) -> None:
    # The forger's way of erasing depends on the seed, not on the difficulty: a seed that
    # erased chemically at one level did so at every level.
    seed = next(s for s in range(12) if _stains(forged("td3", "data_alteration", 1, OPS, s)))

    def stain(difficulty: int) -> float:
        [sign] = _stains(forged("td3", "data_alteration", difficulty, OPS, seed))
        assert sign.contrast is not None and sign.measured is not None
        assert sign.measured.light == "uv365"
        return sign.contrast

    assert stain(1) > stain(2) > stain(3)


def test_broken_record_is_refused(tmp_path: Path) -> None:
    (tmp_path / RECORD_FILE).write_text('{"format": "docexam-forgery"}', encoding="utf-8")
    with pytest.raises(ForgeryError, match=r"forgery\.json"):
        read_record(tmp_path)


def test_recomputed_mrz_passes_check_digits_but_not_the_comparison(forged: Forger) -> None:
    for doc in ("td3", "td1"):
        f = forged(doc, "data_alteration", 3, ("mrz_recomputed",))
        lines = (f.specimen.mrz or "").split("\n")
        assert check_mrz(lines).valid
        assert not check_mrz(lines, _viz(f.specimen.viz)).consistent
        assert f.record.signs[0].reveal == ("comparison",)


def test_wrong_check_digit_variant_fails_the_arithmetic(forged: Forger) -> None:
    f = forged("td3", "data_alteration", 2, ("mrz_wrong_check_digits",))
    lines = (f.specimen.mrz or "").split("\n")
    assert not check_mrz(lines).valid
    assert any("mrz_check" in s.reveal for s in f.record.signs)


def test_field_rewrite_makes_viz_disagree_with_a_valid_mrz(forged: Forger) -> None:
    f = forged("td2", "data_alteration", 1, ("field_rewrite",))
    lines = (f.specimen.mrz or "").split("\n")
    assert check_mrz(lines).valid
    assert not check_mrz(lines, _viz(f.specimen.viz)).consistent


def test_pseudo_state_does_not_exist(forged: Forger) -> None:
    user_assigned = re.compile(r"^Q[M-Z][A-Z]$")  # ISO 3166: never a real state
    for state in FANTASY:
        assert state.code not in STATES and user_assigned.match(state.code)
    f = forged("td3", "pseudo", 3)
    code = f.specimen.document.issuing_state
    assert code in {s.code for s in FANTASY}
    lines = (f.specimen.mrz or "").split("\n")
    assert lines[0][2:5] == code and check_mrz(lines).valid
    assert f.specimen.document.status.value == "pseudo"


def test_same_seed_same_bytes(genuines: dict[str, GeneratedSpecimen], tmp_path: Path) -> None:
    for fraud in ("counterfeit", "stolen_blank", "data_alteration"):
        a = forge(genuines["td3"], fraud, 11, tmp_path / "a", 1)
        b = forge(genuines["td3"], fraud, 11, tmp_path / "b", 1)
        assert a.specimen.root and b.specimen.root
        files_a = sorted(p.relative_to(a.specimen.root) for p in a.specimen.root.rglob("*"))
        files_b = sorted(p.relative_to(b.specimen.root) for p in b.specimen.root.rglob("*"))
        assert files_a == files_b
        assert any((a.specimen.root / rel).is_file() for rel in files_a)
        for rel in files_a:
            if (a.specimen.root / rel).is_file():
                assert (a.specimen.root / rel).read_bytes() == (b.specimen.root / rel).read_bytes()


def test_unknown_fraud_and_wrong_document_are_readable_errors(
    genuines: dict[str, GeneratedSpecimen],
) -> None:
    with pytest.raises(ForgeryError, match="available fraud types"):
        forge(genuines["td3"], "forged_visa", 1)
    with pytest.raises(ForgeryError, match="td3"):
        forge(genuines["td1"], "page_substitution", 1)
    with pytest.raises(ForgeryError, match="unknown operations"):
        forge(genuines["td3"], "counterfeit", 1, operations=("new_portrait",))
    assert set(FRAUD_OPERATIONS) >= {"counterfeit", "photo_substitution", "data_alteration"}


def test_forge_pack_carries_records_and_feeds_the_quiz_hook(tmp_path: Path) -> None:
    jobs = [
        ForgeJob("UTO", "td3", 7, "photo_substitution", 1),
        ForgeJob("ZRN", "td1", 2, "counterfeit", 3),
    ]
    dest = tmp_path / "pack"
    forge_pack("forged-test", jobs, dest, dpi=150, with_genuine=True)
    pack = read_pack(dest)
    assert len(pack.specimens) == 4
    forged = [s for s in pack.specimens if s.document.status.value != "genuine"]
    assert len(forged) == 2
    for spec in forged:
        record = read_record(spec.root)
        assert isinstance(record, ForgeryRecord) and record.specimen_id == spec.id
        records = fraud_records_of(spec)
        assert records == to_fraud_records(record)
        assert all(r.category.startswith("fraud.") for r in records)
        ex = alteration_exercise(SpecimenRef(pack.id, spec.id), spec.pages, records, ("o1",))
        # One thing to find per alteration: the signs of a group on a page are its parts.
        assert len(ex.expected) == len({(s.page_id, s.group_key) for s in record.signs})
        for sign in record.signs:
            assert any(e.page_id == sign.page_id and sign.region in e.areas for e in ex.expected)


def test_cli_forge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "f.dxpack"
    args = ["forge", "--state", "UTO", "--type", "td2", "--seed", "4", "--fraud", "data_alteration"]
    assert run([*args, "--dpi", "150", "-o", str(out)]) == 0
    assert out.is_file()
    # The instructor is told each sign, the light that shows it best and how subtle it is.
    told = capsys.readouterr().out
    assert re.search(r"data_alteration, difficulty \d, subtlety 0\.\d\d", told)
    assert re.search(r"^  0\.\d\d  .+ \[.+\]", told, re.MULTILINE)
    assert run([*args, "-o", str(out)]) == 2  # exists
    assert run(["forge", "--fraud", "nope", "-o", str(tmp_path / "x")]) == 2
    assert (
        run(["forge", "--type", "td1", "--fraud", "page_substitution", "-o", str(tmp_path / "y")])
        == 2
    )
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_cli_forge_pins_a_method(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m"
    args = ["forge", "--state", "UTO", "--type", "td3", "--seed", "4", "--dpi", "150"]
    assert run([*args, "--fraud", "data_alteration", "--method", "overlay", "-o", str(out)]) == 0
    (record_file,) = out.glob("specimens/*/forgery.json")
    record = read_record(record_file.parent)
    assert record is not None and record.method == "overlay"
    assert ", method overlay" in capsys.readouterr().out
    bad = ["--fraud", "photo_substitution", "--method", "relaser", "-o", str(tmp_path / "n")]
    assert run([*args, *bad]) == 2  # a paper page cannot be re-lasered
    err = capsys.readouterr().err
    assert "needs polycarbonate" in err and "Traceback" not in err
