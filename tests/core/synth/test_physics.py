"""Physics assertions on generated specimens, measured in what the light engine renders (the
viewer's path), over several seeds: each test pins down one way a genuine feature once rendered
wrongly (issue 17, item 4)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, Specimen
from docexam.core.light import LightEngine, LightParams
from docexam.core.pack.images import read_image
from docexam.core.synth import generate_specimen

Pixels = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]
# Three series whose inventories between them carry every feature the tests below look at.
SERIES = (("UTO", "A", 11), ("ZRN", "2014", 12), ("QVL", "2015", 13))
UV_DESIGNS = {"uv-rosette", "uv-wave", "uv-lattice", "uv-radial"}


@pytest.fixture(scope="module")
def booklets(tmp_path_factory: pytest.TempPathFactory) -> list[Specimen]:
    work: Path = tmp_path_factory.mktemp("physics-td3")
    return [generate_specimen(s, "td3", n, 150.0, work, series) for s, series, n in SERIES]


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> list[Specimen]:
    work: Path = tmp_path_factory.mktemp("physics-td1")
    return [generate_specimen(s, "td1", n, 150.0, work, series) for s, series, n in SERIES]


_ENGINES: dict[str, LightEngine] = {}


def render(spec: Specimen, page: str, params: LightParams, scale: float = 1.0) -> Pixels:
    # One engine per specimen, as the viewer keeps one per open specimen (renders are cached).
    engine = _ENGINES.get(str(spec.root))
    if engine is None:
        engine = _ENGINES[str(spec.root)] = LightEngine(spec)
    return np.asarray(engine.render(page, params, scale=scale).image, dtype=np.float32)


def feature(spec: Specimen, page: str, fid: str) -> Feature:
    return next(f for f in spec.page(page).features if f.id == fid)


_MASKS: dict[Path, npt.NDArray[np.uint8]] = {}


def mask(spec: Specimen, f: Feature, threshold: int = 160) -> Mask:
    assert f.mask is not None
    path = spec.path(f.mask)
    if path not in _MASKS:
        _MASKS[path] = read_image(path, grey=True)
    return np.asarray(_MASKS[path] > threshold)


def grown(m: Mask, px: int) -> Mask:
    return np.asarray(cv2.dilate(m.astype(np.uint8), np.ones((px, px), np.uint8)) > 0)


def ring(m: Mask) -> Mask:
    """Pixels beside a feature, not on it: its surroundings under the same light."""
    return grown(m, 9) & ~grown(m, 3)


# UV-C 254 nm ------------------------------------------------------------------------------


def glow(spec: Specimen, page: str, fid: str, lamp: LightSource) -> float:
    """How much brighter a feature's own pixels are than its surroundings under ``lamp``."""
    on = mask(spec, feature(spec, page, fid), threshold=60)  # fibres are thin at 150 dpi
    uv = render(spec, page, LightParams(lamp)).max(axis=2)
    return float(uv[on].mean() - uv[ring(on)].mean())


def test_fibres_and_uv_print_split_between_uv_a_and_uv_c(booklets: list[Specimen]) -> None:
    answers = {  # (glows at 365 nm, glows at 254 nm)
        "fibres-visible": (True, True),
        "fibres-uv-a": (True, False),
        "fibres-uv-b": (True, True),
        "fibres-uv-c": (False, True),
        "uv-design": (True, True),  # the state's fine-line motif, uv-<motif>
        "uv-lines": (True, True),
        "uv-state-name": (True, False),
    }
    checked: set[str] = set()
    for spec in booklets:
        ids = {f.id for f in spec.page("data").features}
        for kind, expected in answers.items():
            found = ids & UV_DESIGNS if kind == "uv-design" else ids & {kind}
            if not found:
                continue  # not in this series' inventory
            fid = found.pop()
            checked.add(kind)
            for lamp, lit in zip((LightSource.UV365, LightSource.UV254), expected, strict=True):
                g = glow(spec, "data", fid, lamp)
                assert (g > 15) if lit else (g < 8), (spec.id, fid, lamp.value, g)
            # The material says the same, so the which-light key agrees with the render.
            lights = feature(spec, "data", fid).lights
            assert (LightSource.UV254 in lights) is expected[1], (spec.id, fid)
    assert checked == set(answers)


# IR: inks transparent in IR fade from 715 nm and never turn darker than they look ---------


def darkness(image: Pixels, on: Mask, around: Mask) -> float:
    """How much darker the pixels ``on`` are than those ``around`` them, 0..1."""
    grey = image.mean(axis=2)
    return 1.0 - float(grey[on].mean()) / float(grey[around].mean())


def test_ir_transparent_inks_fade_from_715_nm_and_never_darken(
    booklets: list[Specimen], cards: list[Specimen]
) -> None:
    checked = 0
    for spec in booklets + cards:
        for page in spec.pages:
            feats = [f for f in page.features if f.mask is not None]
            # Only pixels no IR-absorbing or unannotated ink shares: those stay dark in IR.
            absorbing = np.zeros_like(mask(spec, feats[0]))
            for f in feats:
                m = f.material
                if m.visible is not None and (m.ir_cutoff_nm is None or m.ir_cutoff_nm > 730):
                    absorbing |= grown(mask(spec, f, threshold=8), 5)
            white = render(spec, page.id, LightParams(LightSource.VISIBLE))
            ir = {
                c: render(spec, page.id, LightParams(LightSource.IR, ir_cutoff_nm=c))
                for c in (715, 780, 1000)
            }
            for f in feats:
                m = f.material
                if m.visible is None or m.ir_cutoff_nm is None or m.ir_cutoff_nm > 730:
                    continue
                on = mask(spec, f, threshold=128) & ~absorbing
                if on.sum() < 50:
                    continue
                around = ring(on) & ~absorbing
                seen = darkness(white, on, around)
                if seen < 0.12:  # too faint to measure a fade on
                    continue
                checked += 1
                where = (spec.id, page.id, f.id)
                assert darkness(ir[715], on, around) < seen + 0.02, where  # never darker
                # Plain coloured ink is on its absorption edge at 715 nm (drop-out ink is gone
                # already), and every such ink is gone beyond.
                assert darkness(ir[715], on, around) < 0.7 * seen, where
                # A drop-out ink shows the paper tone the engine finds beside it in white light,
                # which keeps a little of the surrounding print that fades in IR too: a trace.
                gone = 0.5 * seen if m.ir_cutoff_nm <= 715 else 0.15 * seen + 0.02
                assert darkness(ir[780], on, around) < gone, where
                assert darkness(ir[1000], on, around) < gone, where
    assert checked >= 12  # guilloche, rainbow, microprint, captions ... on every page


def test_ir_absorbing_inks_still_stand_out(booklets: list[Specimen]) -> None:
    pairs = [s for s in booklets if any(f.id == "metameric-a" for f in s.page("data").features)]
    assert pairs
    for spec in pairs:
        a = mask(spec, feature(spec, "data", "metameric-a"))
        b = mask(spec, feature(spec, "data", "metameric-b"))
        ir = render(spec, "data", LightParams(LightSource.IR, ir_cutoff_nm=870)).mean(axis=2)
        assert ir[a].mean() - ir[b].mean() > 40, spec.id


# Transmitted light: a polycarbonate card is nearly opaque except its window ----------------


def see_through_contrast(spec: Specimen, page: str, fid: str) -> float:
    """How legibly the reverse page's feature ``fid`` reads, mirrored, through ``page``."""
    reverse = spec.page(page).reverse
    assert reverse is not None
    far = mask(spec, feature(spec, reverse, fid))[:, ::-1]
    image = render(spec, page, LightParams(LightSource.TRANSMITTED)).mean(axis=2)
    around = float(image[ring(far)].mean())
    return (around - float(image[far].mean())) / max(around, 1.0)


def test_polycarbonate_card_is_nearly_opaque_except_its_window(
    booklets: list[Specimen], cards: list[Specimen]
) -> None:
    for book, card in zip(booklets, cards, strict=True):
        sheet = render(book, "data", LightParams(LightSource.TRANSMITTED)).mean(axis=2)
        body = render(card, "front", LightParams(LightSource.TRANSMITTED)).mean(axis=2)
        window = mask(card, feature(card, "front", "window"), threshold=250)
        assert np.median(body) < 0.3 * np.median(sheet), card.id
        assert body[window].mean() > 4 * np.median(body[~grown(window, 9)]), card.id
        # The back's MRZ does not read mirrored through the card; a passport sheet's reverse
        # print does read through the paper (see-through register depends on it).
        assert see_through_contrast(card, "front", "mrz") < 0.08, card.id
    headed = [
        b for b in booklets if any(f.id == "page-heading" for f in b.page("observations").features)
    ]
    assert headed
    for book in headed:
        assert see_through_contrast(book, "data", "page-heading") > 0.2, book.id


# Tilt: the MLI/CLI shows one clean image at every angle ------------------------------------


def test_mli_shows_exactly_one_clean_image_at_every_tilt(cards: list[Specimen]) -> None:
    for spec in cards:
        a = mask(spec, feature(spec, "front", "mli-a"), threshold=220)
        b = mask(spec, feature(spec, "front", "mli-b"), threshold=220)
        for tilt in (-60, -30, -8, 0, 4, 8, 9, 15, 30, 60):
            shown, hidden = (a, b) if tilt <= 8 else (b, a)
            image = render(spec, "front", LightParams(LightSource.TILT, tilt_deg=tilt))
            grey = image.mean(axis=2)
            where = (spec.id, tilt)
            # Every pixel of the shown image is dark, overlaps with the other included ...
            assert (grey[shown] < 100).mean() > 0.97, where
            # ... and the other image left no trace beside it.
            only_hidden = hidden & ~grown(shown, 3)
            assert grey[only_hidden].mean() > grey[ring(shown | hidden)].mean() - 25, where


# Latent image: hidden head-on, readable at a grazing angle ---------------------------------


@pytest.fixture(scope="module")
def fine_booklets(tmp_path_factory: pytest.TempPathFactory) -> list[Specimen]:
    # At the bundled set's resolution, seen as the viewer fits a page in its window.
    work: Path = tmp_path_factory.mktemp("physics-td3-300")
    pairs = (("UTO", "A", 21), ("QTK", "2016", 22))  # two series with a latent image
    return [generate_specimen(s, "td3", n, 300.0, work, series) for s, series, n in pairs]


def orientation(grey: Pixels) -> Pixels:
    """Horizontal minus vertical edge energy per pixel: line texture that could draw letters."""
    gx = np.abs(cv2.Sobel(grey, cv2.CV_32F, 1, 0))
    gy = np.abs(cv2.Sobel(grey, cv2.CV_32F, 0, 1))
    return np.asarray(gx - gy, dtype=np.float32)


def test_latent_image_is_hidden_head_on_and_appears_at_a_grazing_tilt(
    fine_booklets: list[Specimen],
) -> None:
    scale = 0.6  # a 300 dpi page fitted in the viewer at 1366 x 768
    for spec in fine_booklets:
        lines = mask(spec, feature(spec, "data", "latent-image"), threshold=60)
        letters = cv2.morphologyEx(
            lines.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)
        )
        patch = mask(spec, feature(spec, "data", "intaglio-lines"), threshold=60)
        patch = cv2.morphologyEx(patch.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
        background = patch * (1 - letters)

        def at_view(m: npt.NDArray[np.uint8], size: tuple[int, int]) -> Mask:
            """Pixels of the rendered view well inside ``m`` (a full-resolution mask)."""
            small = cv2.resize(m * 255, size, interpolation=cv2.INTER_AREA)
            return np.asarray(cv2.erode(small, np.ones((3, 3), np.uint8)) > 250)

        for params, readable in (
            (LightParams(LightSource.VISIBLE), False),
            (LightParams(LightSource.TILT, tilt_deg=0), False),
            (LightParams(LightSource.TILT, tilt_deg=30), False),
            (LightParams(LightSource.TILT, tilt_deg=82), True),
            (LightParams(LightSource.TILT, tilt_deg=-85), True),
        ):
            grey = render(spec, "data", params, scale).mean(axis=2)
            size = (grey.shape[1], grey.shape[0])
            inside, outside = at_view(letters, size), at_view(background, size)
            tone = float(grey[outside].mean() - grey[inside].mean())
            texture = orientation(grey)
            lines_differ = abs(float(texture[inside].mean() - texture[outside].mean()))
            where = (spec.id, params.light.value, params.tilt_deg, tone, lines_differ)
            if readable:
                assert tone > 40, where
            else:  # neither a tone nor a line texture tells the letters from the rest
                assert abs(tone) < 6 and lines_differ < 6, where
