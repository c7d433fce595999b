"""Drafts carried in the pack: a generated specimen's very first opening decodes no full-page
image and shows the same draft as one built from its images; a draft that no longer matches its
images, or a damaged or hostile draft file, is ignored; packs keep their drafts when written
again and when imported."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Pack, Specimen
from docexam.core.light import LightEngine, LightParams
from docexam.core.light.engine import DRAFT_LONG_SIDE
from docexam.core.light.pack_draft import draft_path, read_draft
from docexam.core.pack.images import read_image, write_png
from docexam.core.pack.io import DRAFTS_DIR, listed_files, read_pack, write_pack
from docexam.core.synth import generate_specimen

LIGHTS = [
    LightParams(LightSource.UV365),
    LightParams(LightSource.TRANSMITTED),
    LightParams(LightSource.IR, ir_cutoff_nm=870),
    LightParams(LightSource.OBLIQUE),
    LightParams(LightSource.VISIBLE),
]


class Counting:
    def __init__(self) -> None:
        self.read: list[Path] = []

    def __call__(self, path: Path, **kw: object) -> np.ndarray:
        self.read.append(path)
        return read_image(path, **kw)  # type: ignore[arg-type]


def _drafts(engine: LightEngine, specimen: Specimen) -> dict[tuple[str, str], np.ndarray]:
    for page in specimen.pages:
        engine.prepare_draft(page.id)
    out = {}
    for page in specimen.pages:
        for params in LIGHTS:
            rendering = engine.render_draft(page.id, params)
            assert rendering is not None
            out[(page.id, params.describe())] = rendering.image
    return out


def _without_drafts(specimen: Specimen, where: Path) -> Specimen:
    assert specimen.root is not None
    shutil.copytree(specimen.root, where)
    shutil.rmtree(where / DRAFTS_DIR)
    from dataclasses import replace

    return replace(specimen, root=where)


@pytest.mark.parametrize(
    ("state", "kind", "seed", "dpi"), [("UTO", "td3", 4, 300.0), ("ZRN", "td1", 8, 600.0)]
)
def test_a_generated_specimen_opens_on_its_carried_draft_the_same_as_one_built_from_its_images(
    tmp_path: Path, state: str, kind: str, seed: int, dpi: float
) -> None:
    specimen = generate_specimen(state, kind, seed, dpi, tmp_path / "gen")
    assert specimen.root is not None
    reader = Counting()
    carried = _drafts(LightEngine(specimen, reader=reader), specimen)
    assert reader.read == [], "no full-page image is decoded for a draft the pack carries"
    built = _drafts(LightEngine(_without_drafts(specimen, tmp_path / "old")), specimen)
    assert carried.keys() == built.keys()
    for key, image in carried.items():
        assert np.array_equal(image, built[key]), key


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Specimen:
    return generate_specimen("UTO", "td3", 9, 300.0, tmp_path_factory.mktemp("passport"))


def _copy(specimen: Specimen, where: Path) -> Specimen:
    from dataclasses import replace

    assert specimen.root is not None
    shutil.copytree(specimen.root, where)
    return replace(specimen, root=where)


def test_a_draft_whose_mask_changed_is_ignored_and_the_page_is_drafted_from_its_images(
    passport: Specimen, tmp_path: Path
) -> None:
    specimen = _copy(passport, tmp_path / "edited")
    page = specimen.pages[0]
    mask_ref = next(f.mask for f in page.features if f.mask is not None)
    mask = read_image(specimen.path(mask_ref), grey=True)
    write_png(specimen.path(mask_ref), 255 - mask)  # an instructor redrew the ink
    assert read_draft(specimen, page, DRAFT_LONG_SIDE) is None
    engine = LightEngine(specimen)
    assert not engine.draft_on_disk(page.id)
    reader = Counting()
    LightEngine(specimen, reader=reader).prepare_draft(page.id)
    assert specimen.path(mask_ref) in reader.read


def _hostile(path: Path, arrays: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in arrays.items():
            zf.writestr(name, data)


def _npy(shape: tuple[int, ...], descr: str = "|u1", body: bytes = b"") -> bytes:
    header = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}"
    header = header.ljust(118) + "\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode() + body


@pytest.mark.parametrize(
    "damage",
    ["truncated", "gigabytes declared", "pickled object", "a mask the page does not have"],
)
def test_a_damaged_or_hostile_draft_is_ignored_and_the_page_drafted_from_its_images(
    passport: Specimen, tmp_path: Path, damage: str
) -> None:
    specimen = _copy(passport, tmp_path / "pack")
    assert specimen.root is not None
    page = specimen.pages[0]
    path = draft_path(specimen.root, page.id)
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "gigabytes declared":
        _hostile(path, {"visible.npy": _npy((60000, 60000, 3), body=b"\0" * 64)})
    elif damage == "pickled object":
        _hostile(path, {"visible.npy": _npy((1,), descr="|O", body=b"\x80\x04N.")})
    else:
        with zipfile.ZipFile(path, "a") as zf:
            names = np.array(["../../elsewhere.png"] * 3000)
            zf.writestr("mask_names.npy", _npy(names.shape, names.dtype.str, names.tobytes()))
    assert read_draft(specimen, page, DRAFT_LONG_SIDE) is None
    engine = LightEngine(specimen)
    engine.prepare_draft(page.id)
    assert engine.render_draft(page.id, LightParams(LightSource.UV365)) is not None


def test_a_pack_written_again_or_imported_keeps_its_drafts(
    passport: Specimen, tmp_path: Path
) -> None:
    pack = Pack("drafted", {"en": "Drafted"}, "docexam", "CC0", ("en", "zh-Hans"), (passport,))
    dest = write_pack(pack, tmp_path / "pack")
    names = listed_files(pack)
    for page in passport.pages:
        assert f"specimens/{passport.id}/{DRAFTS_DIR}/{page.id}.npz" in names  # kept at import
    again = read_pack(dest).specimens[0]
    reader = Counting()
    engine = LightEngine(again, reader=reader)
    for page in again.pages:
        assert engine.draft_on_disk(page.id)
        engine.prepare_draft(page.id)
    assert reader.read == []
