from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docexam.core.domain.geometry import Ellipse, Polygon, Rect
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import (
    Emission,
    Ink,
    Material,
    Ovd,
    OvdKind,
    OvdStop,
    Phosphorescence,
)
from docexam.core.domain.model import (
    FORMAT_VERSION,
    Coverage,
    Feature,
    ImageRef,
    Origin,
    Status,
)
from docexam.core.pack.io import read_pack, validate_path, write_pack

from .packs import BASIC


def test_bundled_basic_pack_reads_into_typed_objects() -> None:
    pack = read_pack(BASIC)
    assert pack.id == "utopia-basic"
    assert "zh-Hans" in pack.languages
    specimen = pack.specimens[0]
    page = specimen.pages[0]
    assert page.size_mm == (125.0, 88.0)
    assert page.visible.light is LightSource.VISIBLE
    assert specimen.path(page.visible).is_file()
    assert {f.category for f in page.features} >= {"mrz.mrz", "substrate.uv_dull"}
    assert specimen.mrz is not None and len(specimen.mrz.split("\n")) == 2


def test_write_then_read_gives_the_same_objects(tmp_path: Path) -> None:
    pack = read_pack(BASIC)
    specimen = pack.specimens[0]
    page = specimen.pages[0]
    # Exercise every shape and material property so the codec cannot silently drop one.
    rich = Feature(
        id="everything",
        category="protection.ovd",
        name={"en": "All properties", "zh-Hans": "全部属性"},
        region=Polygon(((10.0, 10.0), (30.0, 12.5), (20.0, 40.0))),
        lights=(LightSource.TILT, LightSource.COAXIAL),
        description={"en": "d"},
        how_to_check={"en": "h"},
        material=Material(
            visible=Ink("#102030", 0.5),
            uv365=Emission("#ff0000", 0.7),
            uv254=Emission("#00ff00"),
            ir_cutoff_nm=830,
            ir_density=0.6,
            ir_luminescence=0.4,
            anti_stokes=Emission("#00ff88", 0.3),
            phosphorescence=Phosphorescence("#88ff00", 2.5, 0.9),
            relief_um=-20,
            transmission=0.3,
            hole=True,
            ovd=Ovd(
                OvdKind.COLOUR_SHIFT, (OvdStop(-30, 0, "#00ff00"), OvdStop(0, 30, "#ff00ff", 0.6))
            ),
            retroreflective=0.8,
        ),
        coverage=Coverage.REGION,
    )
    more = (
        rich,
        replace(rich, id="ell", region=Ellipse(50, 40, 5, 3), material=Material()),
        replace(rich, id="rect", region=Rect(1, 2, 3, 4), mask=None, coverage=Coverage.INK),
        replace(rich, id="forged", origin=Origin.FORGERY),
    )
    page2 = replace(
        page,
        features=page.features + more,
        images=(*page.images, ImageRef(LightSource.IR, page.visible.file, page.visible.dpi, 870)),
    )
    spec2 = replace(
        specimen,
        pages=(page2,),
        document=replace(specimen.document, status=Status.PHOTO_SUBSTITUTION),
        generated=True,
    )
    original = replace(pack, specimens=(spec2,))
    out = write_pack(original, tmp_path / "copy")
    again = read_pack(out)
    # Written in the current format whatever the version it was read from (BASIC is version 1).
    assert pack.format_version == 1
    assert again == replace(original, format_version=FORMAT_VERSION)
    assert again.specimens[0].pages[0].features[-4] == rich
    assert again.specimens[0].pages[0].features[-1].origin is Origin.FORGERY


def test_origin_is_written_only_for_the_forgers_features_and_validated(tmp_path: Path) -> None:
    import json

    from docexam.core.pack.validate import validate_dir

    pack = read_pack(BASIC)
    specimen = pack.specimens[0]
    page = specimen.pages[0]
    forged = replace(page.features[0], id="stain", origin=Origin.FORGERY)
    spec = replace(specimen, pages=(replace(page, features=(*page.features, forged)),))
    out = write_pack(replace(pack, specimens=(spec,)), tmp_path / "p")
    path = next(out.glob("specimens/*/specimen.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    features = data["pages"][0]["features"]
    assert [f.get("origin") for f in features][-2:] == [None, "forgery"]
    assert validate_dir(out)[1] == []
    features[-1]["origin"] = "issuer"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = validate_dir(out)[1]
    assert any("origin" in str(p) and "issuer" in str(p) for p in problems), problems


def test_written_pack_can_be_written_again_identically(tmp_path: Path) -> None:
    first = write_pack(read_pack(BASIC), tmp_path / "a")
    second = write_pack(read_pack(first), tmp_path / "b")
    files_a = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_rewriting_a_forged_pack_keeps_its_forgery_record(tmp_path: Path) -> None:
    source = write_pack(read_pack(BASIC), tmp_path / "a")
    spec_dir = next((source / "specimens").iterdir())
    (spec_dir / "forgery.json").write_text('{"kept": true}', encoding="utf-8")
    # Read back as the library does (trusted, no validation), then write again: the sidecar
    # file is not part of the specimen objects, and must still come along.
    from docexam.core.library.library import Library

    library = Library(tmp_path / "lib", [tmp_path])
    again = write_pack(library.load("utopia-basic"), tmp_path / "b")
    copied = next((again / "specimens").iterdir()) / "forgery.json"
    assert copied.read_text(encoding="utf-8") == '{"kept": true}'


def test_a_zip_of_the_pack_folder_itself_reads_like_a_zip_of_its_contents(tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "zipped-folder.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(BASIC.rglob("*")):
            zf.write(path, path.relative_to(BASIC.parent).as_posix())
    assert read_pack(out) == read_pack(BASIC)
    two = tmp_path / "two-folders.zip"
    with zipfile.ZipFile(two, "w") as zf:
        zf.writestr("a/pack.json", "{}")
        zf.writestr("b/pack.json", "{}")
    problems = validate_path(two)
    assert [p.file for p in problems] == ["pack.json"]  # ambiguous: not guessed
