from __future__ import annotations

import filecmp
import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from docexam.core.domain.geometry import region_within
from docexam.core.domain.material import Material
from docexam.core.domain.model import DOCUMENT_SIZES_MM, DocumentType, Specimen
from docexam.core.domain.taxonomy import CATEGORIES
from docexam.core.library.bundled import RECIPES_FILE, ensure_bundled, load_recipes, recipes_of
from docexam.core.mrz import VizData, check_mrz
from docexam.core.pack.images import read_image
from docexam.core.pack.io import read_pack
from docexam.core.synth import (
    STATES,
    GeneratedSpecimen,
    Recipe,
    UnknownDocumentTypeError,
    UnknownStateError,
    build_specimen,
    generate_pack,
    generate_specimen,
)
from docexam.core.synth.states import design_for


def test_every_region_lies_on_its_page_and_masks_match(specimens: dict[str, Specimen]) -> None:
    for spec in specimens.values():
        assert spec.pages[0].size_mm == DOCUMENT_SIZES_MM[spec.document.type]
        for page in spec.pages:
            w, h = page.size_mm
            visible = read_image(spec.path(page.visible))
            for f in page.features:
                assert f.category in CATEGORIES, f.category
                assert region_within(f.region, w, h), (spec.id, page.id, f.id, f.region)
                if f.mask is not None:
                    mask = read_image(spec.path(f.mask), grey=True)
                    assert mask.shape == visible.shape[:2]
                    assert mask.any(), f"{f.id}: empty mask"


def test_pack_passes_validation(tmp_path: Path) -> None:
    recipes = [
        Recipe("UTO", "td3", 1),
        Recipe("ZRN", "td1", 2),
        Recipe("QVL", "td2", 3),
        Recipe("QNB", "mrv-a", 4),
    ]
    generate_pack("test-pack", recipes, tmp_path / "pack", dpi=150)
    pack = read_pack(tmp_path / "pack")
    assert len(pack.specimens) == 4
    assert {s.document.type for s in pack.specimens} == set(DocumentType) - {DocumentType.MRV_B}


def test_mrz_is_valid_and_matches_the_visual_zone(specimens: dict[str, Specimen]) -> None:
    for spec in specimens.values():
        v = spec.viz
        viz = VizData(
            surname=v["surname"],
            given_names=v["given_names"],
            document_number=v["document_number"],
            birth_date=date.fromisoformat(v["birth_date"]),
            expiry_date=date.fromisoformat(v["expiry_date"]),
            sex=v["sex"],
            nationality=v["nationality"],
            issuing_state=v["issuing_state"],
        )
        assert spec.mrz is not None
        result = check_mrz(spec.mrz, viz, reference=date(2025, 6, 1))
        assert result.valid, (spec.id, result.findings)
        assert result.consistent, (spec.id, result.findings)


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    for run in ("a", "b"):
        generate_specimen("QNB", "td3", 42, 150, tmp_path / run)
        generate_specimen("QTK", "td1", 42, 150, tmp_path / run)
    files_a = sorted(
        p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    files_b = sorted(
        p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file()
    )
    assert files_a == files_b and len(files_a) > 40
    for rel in files_a:
        assert filecmp.cmp(tmp_path / "a" / rel, tmp_path / "b" / rel, shallow=False), rel


def _materials(generated: GeneratedSpecimen, page: str) -> dict[str, Material]:
    return {layer.id: layer.material for layer in generated.pages[page].layers}


def test_other_seed_gives_other_person_same_series_design() -> None:
    a = build_specimen("UTO", "td3", 1, 150)
    b = build_specimen("UTO", "td3", 2, 150)
    other_series = build_specimen("UTO", "td3", 1, 150, series="B")
    assert a.doc.person != b.doc.person and a.doc.mrz != b.doc.mrz
    # The inks and paper are the series' design: the same for both holders, not for series B.
    assert _materials(a, "data") == _materials(b, "data")
    assert _materials(a, "observations") == _materials(b, "observations")
    assert a.specimen.pages[0].substrate == b.specimen.pages[0].substrate
    assert a.specimen.pages[0].substrate.colour == design_for(STATES["UTO"], "A").paper
    differ = {
        fid
        for fid, material in _materials(a, "data").items()
        if _materials(other_series, "data").get(fid) != material
    }
    assert {"guilloche-background", "rainbow-print", "microprint"} <= differ
    assert a.specimen.pages[0].substrate != other_series.specimen.pages[0].substrate
    assert design_for(STATES["UTO"], "A").primary != design_for(STATES["ZRN"], "A").primary


def test_unknown_state_and_type_are_readable_errors() -> None:
    with pytest.raises(UnknownStateError, match="known states"):
        generate_specimen("FRA", "td3", 1)
    with pytest.raises(UnknownDocumentTypeError, match="known types"):
        generate_specimen("UTO", "td9", 1)


# Real ISO 3166-1 alpha-3 codes sharing a first letter with our states: none may be reused.
_REAL_SAME_INITIAL = {
    "U": {"UGA", "UKR", "UMI", "URY", "USA", "UZB"},
    "Z": {"ZAF", "ZMB", "ZWE"},
    "Q": {"QAT"},
}


def test_state_codes_are_not_real_states() -> None:
    assert len(STATES) >= 4 and "UTO" in STATES
    for code in STATES:
        assert code not in _REAL_SAME_INITIAL[code[0]], code
        # Q codes other than QAT fall in ISO's user-assigned range QMA-QZZ.
        assert code[0] != "Q" or code[1] >= "M"


REQUIRED_CATEGORIES = {
    "substrate.uv_dull",
    "substrate.fibres",
    "substrate.planchettes",
    "substrate.watermark",
    "substrate.thread",
    "substrate.polycarbonate",
    "substrate.window",
    "printing.guilloche",
    "printing.rainbow",
    "printing.microprint",
    "printing.intaglio",
    "printing.latent_image",
    "printing.see_through",
    "printing.relief_design",
    "ink.uv_fluorescent",
    "ink.bi_fluorescent",
    "ink.phosphorescent",
    "ink.metameric",
    "ink.ir_dropout",
    "ink.ir_absorbing",
    "ink.anti_stokes",
    "numbering.document_number",
    "numbering.laser_perforation",
    "personalisation.portrait",
    "personalisation.ghost_image",
    "personalisation.signature",
    "personalisation.data",
    "personalisation.laser_engraving",
    "personalisation.inkjet",
    "personalisation.thermal_transfer",
    "personalisation.mli_cli",
    "protection.ovd",
    "protection.retroreflective",
    "binding.sheet_serial",
    "binding.sewing_thread",
    "mrz.mrz",
}


def test_bundled_recipes_cover_every_type_and_feature() -> None:
    data = load_recipes()
    recipes = [r for pack in data["packs"] for r in recipes_of(pack)]
    assert len(recipes) >= 16
    assert len({r.state for r in recipes}) >= 4
    assert {r.doc_type for r in recipes} >= {"td3", "td1", "td2", "mrv-a"}
    seen: set[str] = set()
    for r in recipes:
        seen |= build_specimen(
            r.state, r.doc_type, r.seed, 150, None, r.series
        ).specimen.categories()
    assert seen >= REQUIRED_CATEGORIES, REQUIRED_CATEGORIES - seen


def test_ensure_bundled_builds_once_atomically(tmp_path: Path) -> None:
    recipes = tmp_path / "recipes.json"
    recipes.write_text(
        json.dumps(
            {
                "dpi": 150,
                "packs": [
                    {
                        "id": "mini",
                        "title": "Mini",
                        "specimens": [{"state": "UTO", "type": "td2", "seed": 1}],
                    }
                ],
            }
        )
    )
    calls: list[tuple[int, int]] = []
    out = ensure_bundled(
        tmp_path / "cache", lambda d, t: calls.append((d, t)), recipes_file=recipes
    )
    assert out.name.startswith("bundled-") and (out / "mini" / "pack.json").is_file()
    assert read_pack(out / "mini").specimens[0].document.type == DocumentType.TD2
    # Exercise material: its specimens are sealed at rest, the library reads them as any pack.
    [spec_file] = (out / "mini" / "specimens").glob("*/specimen.json")
    sealed = json.loads(spec_file.read_text(encoding="utf-8"))
    assert sealed["format"] == "docexam-sealed" and "genuine" not in spec_file.read_text()
    assert calls[-1] == (1, 1)
    stamp = (out / "mini" / "pack.json").stat().st_mtime_ns
    assert ensure_bundled(tmp_path / "cache", recipes_file=recipes) == out
    assert (out / "mini" / "pack.json").stat().st_mtime_ns == stamp
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [out.name]
    assert RECIPES_FILE.is_file()


def test_perforation_goes_through_the_reverse_of_the_data_page(
    specimens: dict[str, Specimen],
) -> None:
    spec = specimens["td3"]
    data, visa = spec.page("data"), spec.page("observations")
    assert data.reverse == "observations" and visa.reverse == "data"
    holes = [p.features for p in (data, visa)]
    for features in holes:
        perf = next(f for f in features if f.category == "numbering.laser_perforation")
        assert perf.material.hole
    a = read_image(
        spec.path(
            next(f for f in data.features if f.id == "laser-perforation").mask or data.visible
        ),
        grey=True,
    )
    b = read_image(
        spec.path(
            next(f for f in visa.features if f.id == "laser-perforation").mask or data.visible
        ),
        grey=True,
    )
    assert np.abs(a.astype(int) - b[:, ::-1].astype(int)).mean() < 2.0  # the same holes, mirrored
