"""Drafts kept on disk: a page opened again is drafted without decoding any full-page image,
into the same pixels; a changed file or a damaged draft file is built again."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Specimen
from docexam.core.light import LightEngine, LightParams
from docexam.core.light.draft_store import DraftParts, DraftStore
from docexam.core.pack.images import read_image
from docexam.core.pack.io import DRAFTS_DIR
from docexam.core.synth import generate_specimen

LIGHTS = [
    LightParams(LightSource.UV365),
    LightParams(LightSource.TRANSMITTED),
    LightParams(LightSource.IR, ir_cutoff_nm=870),
    LightParams(LightSource.OBLIQUE),
]


@pytest.fixture(scope="module")
def passport(tmp_path_factory: pytest.TempPathFactory) -> Specimen:
    # 300 dpi: larger than a draft, so drafts are shrunk and kept. Without the drafts the
    # generator puts in the pack: a pack from before they were carried, drafted on opening.
    specimen = generate_specimen("UTO", "td3", 6, 300.0, tmp_path_factory.mktemp("passport"))
    assert specimen.root is not None
    shutil.rmtree(specimen.root / DRAFTS_DIR)
    return specimen


class Counting:
    def __init__(self) -> None:
        self.read: list[Path] = []

    def __call__(self, path: Path, **kw: object) -> np.ndarray:
        self.read.append(path)
        return read_image(path, **kw)  # type: ignore[arg-type]


def _drafts(engine: LightEngine, specimen: Specimen) -> dict[str, np.ndarray]:
    for page in specimen.pages:
        engine.prepare_draft(page.id)
    page = specimen.pages[0].id
    out = {}
    for params in LIGHTS:
        rendering = engine.render_draft(page, params)
        assert rendering is not None
        out[params.describe()] = rendering.image
    return out


def test_a_page_opened_again_is_drafted_from_disk_into_the_same_pixels(
    passport: Specimen, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    first_reader, again_reader = Counting(), Counting()
    first = _drafts(LightEngine(passport, reader=first_reader, draft_store=store), passport)
    assert first_reader.read, "the first opening decodes the page's images"
    again_engine = LightEngine(passport, reader=again_reader, draft_store=store)
    again = _drafts(again_engine, passport)
    assert again_reader.read == []  # no image decoded at all
    for name, image in first.items():
        assert np.array_equal(image, again[name]), name
    # The page's size is known from the draft, before its visible image is read.
    page = passport.pages[0]
    assert again_engine.page_size(page.id) == LightEngine(passport).page_size(page.id)
    assert again_reader.read == []


def test_a_changed_mask_or_a_damaged_draft_file_is_built_again(
    passport: Specimen, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    _drafts(LightEngine(passport, draft_store=store), passport)
    kept = sorted((tmp_path / "drafts").glob("*.npz"))
    assert len(kept) == len(passport.pages)
    # A damaged file: ignored, the draft is built from the images and the file rewritten.
    for path in kept:
        path.write_bytes(b"not a draft")
    reader = Counting()
    _drafts(LightEngine(passport, reader=reader, draft_store=store), passport)
    assert reader.read
    assert all(path.stat().st_size > 1000 for path in kept)
    # A mask changed on disk (newer time): a new draft, not the stale one.
    mask = next(f.mask for f in passport.pages[0].features if f.mask is not None)
    path = passport.path(mask)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    reader = Counting()
    _drafts(LightEngine(passport, reader=reader, draft_store=store), passport)
    assert path in reader.read


def _parts(rng: np.random.Generator, side: int) -> DraftParts:
    visible = rng.integers(0, 255, (side, side, 3), dtype=np.uint8)
    mask = np.zeros((side, side), dtype=np.uint8)
    mask[2:6, 3:9] = 255
    paper = (240.0, 241.0, 242.0)
    return DraftParts(visible, 300.0, {"m.png": mask}, paper, (side * 3, side * 3), {"f": paper})


@settings(max_examples=15)
@given(st.lists(st.integers(16, 64), min_size=2, max_size=12), st.integers(0, 2**32 - 1))
def test_drafts_on_disk_stay_within_their_limit_dropping_the_least_recently_used(
    sides: list[int], seed: int
) -> None:
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        limit = 40_000
        store = DraftStore(folder, limit_bytes=limit)
        used = "k0"
        store.save(used, _parts(rng, 20))  # about 1.5 kB: always fits beside the newest
        for n, side in enumerate(sides, start=1):
            time.sleep(0.002)  # distinct modification times
            assert store.load(used) is not None  # opened again: the most recently used
            time.sleep(0.002)
            store.save(f"k{n}", _parts(rng, side))
            on_disk = {p.stem: p.stat().st_size for p in folder.glob("*.npz")}
            newest = on_disk[f"k{n}"]
            assert sum(on_disk.values()) <= max(limit, newest)
            assert f"k{n}" in on_disk  # the one just written is never the one removed
            # The newest (under 13 kB) and the most recently used fit: older ones go first.
            assert used in on_disk
        assert not list(folder.glob("*.tmp"))


def test_white_light_on_a_page_opened_again_is_its_visible_image_shrunk_from_the_draft(
    passport: Specimen, tmp_path: Path
) -> None:
    """White light is the page's visible image: shown from the draft too, so a light pressed
    the moment a page opens again does not wait behind decoding that full-page image."""
    store = DraftStore(tmp_path / "drafts")
    _drafts(LightEngine(passport, draft_store=store), passport)
    reader = Counting()
    engine = LightEngine(passport, reader=reader, draft_store=store)
    page = passport.pages[0]
    white = LightParams(LightSource.VISIBLE)
    assert engine.render_draft(page.id, white) is None  # not drafted yet
    engine.prepare_draft(page.id)
    drafted = engine.render_draft(page.id, white)
    assert drafted is not None and drafted.captured and reader.read == []
    full = LightEngine(passport).render(page.id, white).image
    h, w = drafted.image.shape[:2]
    assert max(h, w) < max(full.shape[:2])
    shrunk = cv2.resize(full, (w, h), interpolation=cv2.INTER_AREA)
    assert np.abs(shrunk.astype(int) - drafted.image.astype(int)).mean() < 2.0


@pytest.mark.parametrize(("kind", "seed"), [("td3", 11), ("td3", 12), ("td1", 13)])
def test_a_drafts_masked_inks_reveal_the_same_paper_as_at_full_size(
    tmp_path: Path, kind: str, seed: int
) -> None:
    """Shrunk, fine lines blend into every pixel of their box and the pixels left bare are
    another ink's: the paper an ink that drops out reveals is found at full size, on disk too."""
    specimen = generate_specimen("UTO", kind, seed, 300.0, tmp_path / "spec")
    store = DraftStore(tmp_path / "drafts")
    page = specimen.pages[0].id
    LightEngine(specimen, draft_store=store).prepare_draft(page)
    again = LightEngine(specimen, draft_store=store, reader=Counting())
    again.prepare_draft(page)  # read back from disk
    full = LightEngine(specimen)
    full.prepare(page)
    at_full = {ly.feature.id: ly.paper for ly in full._data(specimen.page(page), 1.0).layers}
    drafted = [ly for ly in again._drafts[page].layers if ly.feature.mask is not None]
    assert drafted
    for layer in drafted:
        assert layer.paper == at_full[layer.feature.id], layer.feature.id
