"""The Qt-free authoring model: operations and their inverses, drafts, save, export, validation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from docexam.core.authoring import (
    AddFeature,
    AddSpecimen,
    DraftPack,
    PackInfo,
    RemoveFeature,
    RemoveSpecimen,
    SetExerciseSets,
    UpdateFeature,
)
from docexam.core.authoring.drafts import (
    draft_from_pack,
    draft_info,
    export_draft,
    flush,
    load_draft,
    new_draft,
    save_pack,
)
from docexam.core.authoring.exercise_sets import SetPlan, build_set, plan_of
from docexam.core.authoring.presets import PRESETS, preset_of, with_preset
from docexam.core.authoring.scans import PageScans, build_specimen, default_document, dpi_for
from docexam.core.authoring.shapes import translated, with_handle
from docexam.core.authoring.validation import validate
from docexam.core.domain.errors import Problem
from docexam.core.domain.geometry import Polygon, Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import DocumentType, Feature
from docexam.core.library.library import Library
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.pack.io import read_pack
from docexam.core.pack.validate import validate_dir
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import ExerciseKind
from tests.core.packs import tree_snapshot
from tests.ui.conftest import BASIC

TRIANGLE = Polygon(((10.0, 10.0), (30.0, 12.0), (20.0, 30.0)))


def scan_path() -> Path:
    specimen = read_pack(BASIC).specimens[0]
    return specimen.path(specimen.pages[0].visible)


def make_draft(root: Path) -> DraftPack:
    doc = new_draft(root, PackInfo("my-pack", {"en": "My pack"}, "Instructor", "CC-BY-4.0"))
    spec_id = "uto-scan-1"
    specimen = build_specimen(
        doc.specimen_dir(spec_id),
        spec_id,
        {"en": "Utopia passport (scan)"},
        default_document(DocumentType.TD3),
        [PageScans("data", {"en": "Data page"}, (125.0, 88.0), scan_path())],
    )
    doc.apply(AddSpecimen(specimen))
    return doc


def feature(fid: str = "f1", region: Polygon | Rect = TRIANGLE) -> Feature:
    return Feature(fid, "printing.microprint", {"en": "Microprint"}, region)


def test_every_operation_returns_its_inverse(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    start = list(doc.specimens)
    add = AddFeature("uto-scan-1", "data", feature())
    undo_add = doc.apply(add)
    assert doc.feature("uto-scan-1", "data", "f1").region == TRIANGLE
    moved = replace(feature(), region=translated(TRIANGLE, 5, 0))
    undo_move = doc.apply(UpdateFeature("uto-scan-1", "data", moved))
    assert doc.feature("uto-scan-1", "data", "f1").region.bounds()[0] == 15.0
    doc.apply(undo_move)
    assert doc.feature("uto-scan-1", "data", "f1").region == TRIANGLE
    undo_remove = doc.apply(RemoveFeature("uto-scan-1", "data", "f1"))
    assert doc.page("uto-scan-1", "data").features == ()
    doc.apply(undo_remove)
    doc.apply(undo_add)
    assert doc.specimens == start
    assert doc.revision == 7  # the AddSpecimen of make_draft, then six


def test_listeners_hear_what_changed(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    heard = []
    doc.subscribe(heard.append)
    doc.apply(AddFeature("uto-scan-1", "data", feature()))
    assert heard[0].kind == "feature" and heard[0].feature_id == "f1"


def test_dpi_follows_from_width() -> None:
    assert dpi_for(1000, 127.0) == 200.0


def test_shape_handles() -> None:
    moved = with_handle(TRIANGLE, 2, (25.0, 35.0))
    assert isinstance(moved, Polygon) and moved.points[2] == (25.0, 35.0)
    box = with_handle(Rect(0, 0, 10, 10), 2, (20.0, 5.0))
    assert box == Rect(0, 0, 20, 5)


def test_presets_are_recognised_back() -> None:
    for preset in PRESETS:
        f = with_preset(feature(), preset.code)
        assert preset_of(f) == preset.code


def test_draft_autosave_restores(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    doc.apply(AddFeature("uto-scan-1", "data", feature()))
    flush(doc)
    info = draft_info(tmp_path, "my-pack")
    assert info is not None
    again = load_draft(info)
    assert again.specimens == doc.specimens
    assert again.info == doc.info


def test_save_reopen_and_export_import_on_a_fresh_library(tmp_path: Path) -> None:
    doc = make_draft(tmp_path / "drafts")
    doc.apply(AddFeature("uto-scan-1", "data", with_preset(feature(), "uv_red")))
    plan = SetPlan("find", {"en": "Find"}, ("uto-scan-1",), (ExerciseKind.FIND_FEATURES,))
    doc.apply(SetExerciseSets((build_set("my-pack", doc.specimens, plan, load_curriculum()),)))
    dest = save_pack(doc, tmp_path / "out" / "my-pack")
    pack = read_pack(dest)
    assert pack.specimens == tuple(doc.specimens)  # root is not compared
    assert [s.id for s in read_exercises(dest)] == ["find"]
    save_pack(doc, dest)  # replacing an existing pack works too
    reopened = draft_from_pack(tmp_path / "drafts2", dest)
    assert reopened.specimens == doc.specimens and len(reopened.exercise_sets) == 1
    out = export_draft(doc, tmp_path / "my-pack.dxpack")
    imported = Library(tmp_path / "fresh").import_pack(out)
    assert imported.id == "my-pack" and imported.specimens[0].pages[0].features[0].id == "f1"


def errors(doc: DraftPack) -> list[Problem]:
    return [p for p in validate(doc) if not p.warning]


def test_validation_lists_a_region_outside_the_page_and_clears(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    assert errors(doc) == []
    outside = feature(region=Rect(120.0, 80.0, 20.0, 20.0))
    doc.apply(AddFeature("uto-scan-1", "data", outside))
    [problem] = errors(doc)
    assert problem.code == "region-outside-page" and "outside" in problem.message
    assert (problem.specimen_id, problem.page_id, problem.feature_id) == (
        "uto-scan-1",
        "data",
        "f1",
    )
    assert problem.file == "specimens/uto-scan-1/specimen.json"
    assert problem.path == "pages[0].features[0].region"
    doc.apply(UpdateFeature("uto-scan-1", "data", replace(outside, region=Rect(100, 60, 20, 20))))
    assert errors(doc) == []


def test_validation_checks_the_draft_in_memory_and_writes_nothing(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    doc.apply(AddFeature("uto-scan-1", "data", feature(region=Rect(120.0, 80.0, 20.0, 20.0))))
    # A schema problem too: an id no pack may have, located at its feature like any other.
    doc.apply(AddFeature("uto-scan-1", "data", replace(feature("ok"), name={})))
    before = tree_snapshot(tmp_path)
    problems = errors(doc)
    assert tree_snapshot(tmp_path) == before  # not even an autosave
    assert {(p.code, p.feature_id) for p in problems} == {
        ("region-outside-page", "f1"),
        ("schema", "ok"),
    }
    # The same problems as an import of the saved pack reports, read back from disk.
    _, on_disk = validate_dir(save_pack(doc, tmp_path / "saved" / "my-pack"))
    assert {(p.file, p.path, p.code) for p in on_disk} <= {
        (p.file, p.path, p.code) for p in problems
    }
    assert on_disk


def test_validation_finds_a_missing_scan_and_unknown_exercise_specimens(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    doc.apply(AddFeature("uto-scan-1", "data", feature()))
    plan = SetPlan("find", {"en": "Find"}, ("uto-scan-1",), (ExerciseKind.FIND_FEATURES,))
    doc.apply(SetExerciseSets((build_set("my-pack", doc.specimens, plan, load_curriculum()),)))
    assert errors(doc) == []
    specimen = doc.specimens[0]
    scan = specimen.path(specimen.pages[0].visible)
    scan.rename(scan.with_name("moved.png"))  # the images are checked where they lie
    [missing] = errors(doc)
    assert (missing.code, missing.path) == ("missing-file", "pages[0].images[0]")
    doc.apply(RemoveSpecimen("uto-scan-1"))
    assert {(p.file, p.code) for p in errors(doc)} == {
        ("pack.json", "no-specimens"),
        ("exercises.json", "unknown-specimen"),
    }


def test_advice_names_what_would_mislead_a_trainee(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    assert any(p.code == "no-features" and p.warning for p in validate(doc))
    speck = feature("speck", Rect(10, 10, 1.0, 1.0))
    thread = feature("thread", Rect(50, 5, 1.2, 60))  # narrow one way only: a real feature
    doc.apply(AddFeature("uto-scan-1", "data", thread))
    glow = replace(feature("glow", Rect(30, 30, 10, 10)), lights=(LightSource.UV365,))
    doc.apply(AddFeature("uto-scan-1", "data", speck))
    doc.apply(AddFeature("uto-scan-1", "data", glow))
    advice = [p for p in validate(doc) if p.warning]
    texts = {(p.feature_id, p.message) for p in advice}
    assert ("speck", "region smaller than 2 mm (a stray click?)") in texts
    assert not any(p.feature_id == "thread" and p.code == "tiny-region" for p in advice)
    assert any(f == "glow" and "revealed by uv365" in t for f, t in texts)
    assert any(p.feature_id == "glow" and "no Chinese text" in p.message for p in advice)
    assert errors(doc) == []  # advice never stops sharing
    doc.apply(UpdateFeature("uto-scan-1", "data", with_preset(glow, "uv_red")))
    assert not any(p.feature_id == "glow" and p.code == "not-shown" for p in validate(doc))


def test_exercise_set_plan_round_trips(tmp_path: Path) -> None:
    doc = make_draft(tmp_path)
    doc.apply(AddFeature("uto-scan-1", "data", feature()))
    plan = SetPlan(
        "exam",
        {"en": "Exam"},
        ("uto-scan-1",),
        (ExerciseKind.FIND_FEATURES,),
        pass_mark=0.8,
    )
    built = build_set("my-pack", doc.specimens, plan, load_curriculum())
    assert plan_of(built).specimen_ids == ("uto-scan-1",)
    assert plan_of(built).pass_mark == pytest.approx(0.8)


def test_a_new_draft_moves_the_old_one_aside(tmp_path: Path) -> None:
    from docexam.core.authoring.drafts import draft_dir, new_draft

    info = PackInfo("aside", {"en": "Aside"}, "me", "CC0-1.0", ("en",), {})
    first = new_draft(tmp_path, info)
    (first.root / "marker.txt").write_text("unsaved work", encoding="utf-8")
    new_draft(tmp_path, info)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(draft_dir(tmp_path, "aside").name)]
    assert len(kept) == 2
    assert any((p / "pack" / "marker.txt").is_file() for p in kept)


@pytest.mark.parametrize(
    "kinds",
    [
        (ExerciseKind.FIND_FEATURES, ExerciseKind.MRZ_CHECK),
        (ExerciseKind.WHICH_LIGHT,),
        tuple(ExerciseKind),
    ],
)
def test_a_saved_set_keeps_what_it_asked_through_its_file(
    tmp_path: Path, kinds: tuple[ExerciseKind, ...]
) -> None:
    """``asked`` is written, checked against the schema, read back, and drives the rebuild."""
    from docexam.core.pack.exercise_file import file_to_json, sets_from_file_json

    pack = read_pack(BASIC)
    specimens = [s for s in pack.specimens if s.pages and s.pages[0].features][:2]
    plan = SetPlan("s", {"en": "S"}, tuple(s.id for s in specimens), kinds)
    built = build_set(pack.id, specimens, plan, load_curriculum())
    assert built.asked is not None and built.asked.kinds == kinds
    [back] = sets_from_file_json(file_to_json([built]))
    assert back == built
    assert plan_of(back).kinds == kinds
    assert plan_of(back).specimen_ids == plan.specimen_ids
