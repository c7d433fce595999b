"""Packs come from outside: each hostile pack is refused with a clear message, leaving nothing."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from docexam.core.domain.errors import DocexamError, PackError
from docexam.core.exercise.model import ExerciseSet, MrzExercise
from docexam.core.library.library import Library
from docexam.core.pack.archive import ArchiveLimits, extract_zip, write_zip
from docexam.core.pack.exercise_file import write_exercises
from docexam.core.pack.io import read_pack, validate_path
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for

from .packs import SPECIMEN_ID, blank_png, copy_basic, edit_manifest, edit_specimen, tree_snapshot

SPEC = f"specimens/{SPECIMEN_ID}"


def _zip_with(path: Path, entries: dict[str, bytes], link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
    return path


def _zipped_basic(tmp: Path) -> dict[str, bytes]:
    return tree_snapshot(copy_basic(tmp / "src"))


def _png_header_claiming(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def traversal(tmp: Path) -> Path:
    entries = _zipped_basic(tmp)
    entries["../evil.txt"] = b"x"
    return _zip_with(tmp / "traversal.dxpack", entries)


def absolute(tmp: Path) -> Path:
    entries = _zipped_basic(tmp)
    entries["/tmp/evil.txt"] = b"x"
    return _zip_with(tmp / "absolute.dxpack", entries)


def zip_link(tmp: Path) -> Path:
    return _zip_with(tmp / "link.dxpack", _zipped_basic(tmp), link="specimens/passwd")


def dir_link(tmp: Path) -> Path:
    pack = copy_basic(tmp / "linked")
    os.symlink("/etc/passwd", pack / SPEC / "front-link.png")
    return pack


def ratio_bomb(tmp: Path) -> Path:
    entries = _zipped_basic(tmp)
    entries["padding.bin"] = b"\0" * (8 * 1024 * 1024)  # 8 MB of zeros deflate ~1000:1
    return _zip_with(tmp / "bomb.dxpack", entries)


def malformed_json(tmp: Path) -> Path:
    pack = copy_basic(tmp / "badjson")
    (pack / SPEC / "specimen.json").write_text('{"id": "x",', encoding="utf-8")
    return pack


def unknown_version(tmp: Path) -> Path:
    pack = copy_basic(tmp / "v9")
    edit_manifest(pack, lambda m: m.update(format_version=9))
    return pack


def missing_image(tmp: Path) -> Path:
    pack = copy_basic(tmp / "noimage")
    (pack / SPEC / "front.png").unlink()
    return pack


def region_outside(tmp: Path) -> Path:
    pack = copy_basic(tmp / "outside")

    def move(data: dict[str, Any]) -> None:
        data["pages"][0]["features"][2]["region"] = {
            "shape": "rect",
            "x": 120,
            "y": 80,
            "w": 20,
            "h": 20,
        }

    edit_specimen(pack, move)
    return pack


def pixel_bomb(tmp: Path) -> Path:
    pack = copy_basic(tmp / "pixels")
    (pack / SPEC / "front.png").write_bytes(_png_header_claiming(100_000, 100_000))
    return pack


def not_an_image(tmp: Path) -> Path:
    pack = copy_basic(tmp / "notimage")
    (pack / SPEC / "front.png").write_bytes(b"GIF89a not really")
    return pack


def wrong_image_size(tmp: Path) -> Path:
    pack = copy_basic(tmp / "size")
    blank_png(pack / SPEC / "front.png", 300, 300)
    return pack


def file_escapes(tmp: Path) -> Path:
    pack = copy_basic(tmp / "escape")
    edit_specimen(pack, lambda d: d["pages"][0]["images"][0].update(file="../../../pack.json"))
    return pack


def unknown_category(tmp: Path) -> Path:
    pack = copy_basic(tmp / "category")
    edit_specimen(pack, lambda d: d["pages"][0]["features"][0].update(category="magic.sparkles"))
    return pack


def not_a_zip(tmp: Path) -> Path:
    path = tmp / "garbage.dxpack"
    path.write_bytes(b"this is not a zip file at all")
    return path


# case: (how to make it, words the problem says, its machine code)
HOSTILE: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "path traversal": (traversal, "path traversal", "unsafe-entry"),
    "absolute path": (absolute, "absolute path", "unsafe-entry"),
    "link in zip": (zip_link, "link", "link"),
    "link in directory": (dir_link, "link", "link"),
    "zip bomb (ratio)": (ratio_bomb, "zip bomb", "zip-bomb"),
    "malformed JSON": (malformed_json, "malformed JSON at line 1", "bad-json"),
    "unknown format version": (
        unknown_version,
        "version 9 is not supported",
        "unsupported-version",
    ),
    "missing image": (missing_image, "front.png' is missing", "missing-file"),
    "region outside the page": (
        region_outside,
        "extends outside the 125 x 88 mm page",
        "region-outside-page",
    ),
    "decompression bomb": (pixel_bomb, "over the limit", "image-pixels"),
    "not an image": (not_an_image, "not a PNG or JPEG", "bad-image"),
    "image size mismatch": (wrong_image_size, "needs about", "image-size"),
    "file path escaping": (file_escapes, "points outside the pack", "outside-pack"),
    "unknown category": (unknown_category, "unknown category 'magic.sparkles'", "unknown-category"),
    "not a zip": (not_a_zip, "not a readable .dxpack zip", "not-a-zip"),
}


def lines(path: Path) -> list[str]:
    return [str(p) for p in validate_path(path)]


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_pack_is_rejected_with_a_clear_message(case: str, tmp_path: Path) -> None:
    make, expected, code = HOSTILE[case]
    problems = validate_path(make(tmp_path))
    assert problems, f"{case} was accepted"
    assert any(expected in str(p) and p.code == code for p in problems), problems
    assert all("Traceback" not in str(p) for p in problems)


def test_a_problem_names_file_field_and_feature(tmp_path: Path) -> None:
    [problem] = validate_path(region_outside(tmp_path))
    assert problem.file == f"{SPEC}/specimen.json"
    assert problem.path == "pages[0].features[2].region"
    assert problem.code == "region-outside-page"
    assert (problem.specimen_id, problem.page_id, problem.feature_id) == (
        SPECIMEN_ID,
        "data",
        "portrait",  # the third feature of the page
    )
    assert str(problem) == (
        f"{SPEC}/specimen.json: pages[0].features[2].region: extends outside the 125 x 88 mm page"
    )


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_pack_import_leaves_library_untouched(case: str, tmp_path: Path) -> None:
    library = Library(tmp_path / "library")
    library.import_pack(copy_basic(tmp_path / "good"))
    before = tree_snapshot(library.packs_dir)
    make, _, _ = HOSTILE[case]
    with pytest.raises(DocexamError):
        library.import_pack(make(tmp_path), replace_existing=True)
    assert tree_snapshot(library.packs_dir) == before
    assert [p.name for p in library.packs_dir.iterdir()] == ["utopia-basic"]
    assert not (tmp_path / "evil.txt").exists()


def test_every_schema_problem_is_reported_with_file_and_field(tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "many")

    def break_two(data: dict[str, Any]) -> None:
        del data["pages"][0]["features"][1]["name"]
        data["pages"][0]["features"][3]["lights"] = ["moonlight"]

    edit_specimen(pack, break_two)
    problems = lines(pack)
    label = f"{SPEC}/specimen.json"
    assert any(line.startswith(f"{label}: pages[0].features[3].lights[0]:") for line in problems)
    assert any(
        line.startswith(f"{label}: pages[0].features[1]: 'name' is a required") for line in problems
    )
    assert len(problems) == 2, problems


def test_every_content_problem_is_reported(tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "many")

    def break_two(data: dict[str, Any]) -> None:
        data["pages"][0]["features"][1]["region"]["rx"] = 500
        data["pages"][0]["features"][2]["id"] = data["pages"][0]["features"][0]["id"]

    edit_specimen(pack, break_two)
    problems = lines(pack)
    assert any("pages[0].features[1].region: extends outside" in line for line in problems), (
        problems
    )
    assert any("pages[0].features[2].id: 'substrate' is used twice" in line for line in problems)


def test_entry_count_limit(tmp_path: Path) -> None:
    archive = _zip_with(tmp_path / "many.dxpack", {f"f{i}.txt": b"x" for i in range(30)})
    with pytest.raises(PackError, match="30 entries, over the limit of 10"):
        extract_zip(archive, tmp_path / "out", ArchiveLimits(max_entries=10))


def test_total_size_limit(tmp_path: Path) -> None:
    archive = _zip_with(
        tmp_path / "big.dxpack", {"a.bin": os.urandom(4096), "b.bin": os.urandom(4096)}
    )
    with pytest.raises(PackError, match="over the limit of 5,000"):
        extract_zip(archive, tmp_path / "out", ArchiveLimits(max_total_bytes=5000))


def test_valid_zip_round_trips_through_validation(tmp_path: Path) -> None:
    out = tmp_path / "basic.dxpack"
    write_zip(copy_basic(tmp_path / "src"), out)
    assert validate_path(out) == []


def _with_manifest_text(tmp: Path, name: str, text: str) -> Path:
    pack = copy_basic(tmp / name)
    (pack / "pack.json").write_text(text, encoding="utf-8")
    return pack


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("bigint", '{"x": ' + "9" * 5000 + "}", "unreadable value"),
        ("deep", "[" * 200_000, "nested too deeply"),
        ("nan", '{"format_version": NaN}', "NaN is not a number JSON allows"),
    ],
)
def test_hostile_json_is_a_readable_problem(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    problems = lines(_with_manifest_text(tmp_path, name, text))
    assert any(line.startswith("pack.json: ") and expected in line for line in problems), problems


def test_nan_inside_a_specimen_is_refused(tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "nan-dpi")
    path = pack / SPEC / "specimen.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"dpi": 200', '"dpi": NaN', 1), encoding="utf-8")
    assert any("NaN" in line for line in lines(pack))


def test_an_id_with_a_trailing_newline_cannot_pose_as_another_pack(tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "newline")
    edit_manifest(pack, lambda m: m.update(id="utopia-basic\n"))
    problems = lines(pack)
    assert any("pack.json: id: 'utopia-basic\\n' is not a valid id" in p for p in problems)


@pytest.mark.parametrize(
    "entries",
    [
        {"x": b"file", "x/y": b"then a folder of the same name"},
        {".": b"dot"},
        {"/".join(["d"] * 3000) + "/f": b"too deep"},
    ],
)
def test_odd_zip_layouts_are_refused_not_crashed(tmp_path: Path, entries: dict[str, bytes]) -> None:
    archive = _zip_with(tmp_path / "odd.dxpack", entries)
    with pytest.raises(PackError):
        extract_zip(archive, tmp_path / "out")
    assert validate_path(archive)


def test_broken_sidecars_are_refused_at_import(tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "sidecars")
    (pack / SPEC / "forgery.json").write_text("{}", encoding="utf-8")
    (pack / "exercises.json").write_text('{"format": "nonsense"}', encoding="utf-8")
    problems = lines(pack)
    assert any(p.startswith("exercises.json: ") for p in problems), problems
    (pack / "exercises.json").unlink()
    problems = lines(pack)
    assert any(p.startswith(f"{SPEC}/forgery.json: ") for p in problems), problems


def test_unlisted_specimen_folders_are_not_specimens(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    pack = copy_basic(tmp_path / "ghost")
    ghost = pack / "specimens" / "ghost"
    ghost.mkdir()
    (ghost / "specimen.json").write_text(
        (pack / SPEC / "specimen.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    library.import_pack(pack)
    with pytest.raises(DocexamError, match="no specimen 'ghost'"):
        library.load_specimen("utopia-basic", "ghost")
    with pytest.raises(DocexamError):
        library.load_specimen("utopia-basic", "..")


def test_an_mrz_exercise_about_another_mrz_than_the_page_prints_is_refused(
    tmp_path: Path,
) -> None:
    """The trainee examines the page: an item whose lines differ from the specimen's recorded
    MRZ would score a right reading of the page as wrong."""
    pack = copy_basic(tmp_path / "strip")
    read = read_pack(pack)
    [item] = [
        e for e in all_exercises([read], scope_for(load_curriculum())) if isinstance(e, MrzExercise)
    ]
    altered = (item.lines[0], item.lines[1][:16] + "1" + item.lines[1][17:])
    exercise_set = ExerciseSet("mrz", {"en": "MRZ"}, (item,))
    write_exercises(pack, [exercise_set])
    assert validate_path(pack) == []
    write_exercises(pack, [replace(exercise_set, exercises=(replace(item, lines=altered),))])
    problems = validate_path(pack)
    assert any(p.code == "mrz-not-printed" and "its MRZ lines are not" in str(p) for p in problems)
