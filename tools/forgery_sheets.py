"""Forgery sheets: a genuine beside its forgeries under the light that reveals the signs.

``python tools/forgery_sheets.py`` writes ``docs/specimens/forgery-processes-*.png`` (the same
rainbow print under the loupe, and the data page at IR 1000 nm and UV-A, for the genuine and
the inkjet, toner and offset counterfeits), ``docs/specimens/forgery-card-photo-*.png`` (a
card's substituted portrait: re-engraved in grazing light, clouded window against the light),
``forgery-counterfeit-*.png`` (a counterfeit's data page under UV-A, IR and the loupe) and one
sheet per fraud type and per method (``forgery-sheet-*.png``): each row a sign, the genuine's
crop beside the forgery's under the light that shows that sign best, as measured.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docexam.core.domain.geometry import Region  # noqa: E402
from docexam.core.domain.lights import LightSource  # noqa: E402
from docexam.core.light import LightEngine, LightParams  # noqa: E402
from docexam.core.synth import GeneratedSpecimen, PageCanvas, build_specimen  # noqa: E402
from docexam.core.synth.forgery import Sign, forge, polycarbonate  # noqa: E402

OUT = ROOT / "docs" / "specimens"
DPI = 300.0
PROCESSES = ("inkjet_print", "toner_print", "offset_print")


def _label(tile: np.ndarray, text: str) -> np.ndarray:
    out = cv2.copyMakeBorder(tile, 28, 0, 0, 0, cv2.BORDER_CONSTANT, value=(255, 255, 255))
    cv2.putText(out, text, (6, 20), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 1, cv2.LINE_AA)
    return out


def _row(tiles: list[tuple[str, np.ndarray]], width: int) -> np.ndarray:
    scaled = []
    for name, img in tiles:
        h = round(img.shape[0] * width / img.shape[1])
        interp = cv2.INTER_NEAREST if width > img.shape[1] else cv2.INTER_AREA
        tile = cv2.resize(img, (width, h), interpolation=interp)
        scaled.append(_label(tile, name))
    gap = np.full((scaled[0].shape[0], 8, 3), 255, np.uint8)
    parts: list[np.ndarray] = []
    for tile in scaled:
        parts += [tile, gap]
    return np.hstack(parts[:-1])


def _render(spec: object, page: str, params: LightParams) -> np.ndarray:
    image = LightEngine(spec).render(page, params).image  # type: ignore[arg-type]
    return np.ascontiguousarray(np.asarray(image, np.uint8)[:, :, :3])


def _save(name: str, bgr: np.ndarray) -> None:
    path = OUT / name
    cv2.imwrite(str(path), bgr)  # the light engine renders BGR, as OpenCV writes it
    print(path.relative_to(ROOT))


def processes(work: Path) -> None:
    genuine = build_specimen("UTO", "td3", 7, DPI, work / "genuine")
    fakes = [
        (op.split("_")[0], forge(genuine, "counterfeit", 7, work / "forged", 2, (op,)).specimen)
        for op in PROCESSES
    ]
    canvas = genuine.pages["data"]
    layer = next(la for la in canvas.layers if la.id == "rainbow-print")
    x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
    cx, cy, n = (x0 + x1) // 2, (y0 + y1) // 2, round(canvas.px(3.0))
    views = {
        "loupe": (LightParams(LightSource.VISIBLE), (slice(cy - n, cy + n), slice(cx - n, cx + n))),
        "ir1000": (LightParams(LightSource.IR, ir_cutoff_nm=1000), (slice(None), slice(None))),
        "uv365": (LightParams(LightSource.UV365), (slice(None), slice(None))),
    }
    for view, (params, crop) in views.items():
        tiles = [("genuine", _render(genuine.specimen, "data", params)[crop])]
        tiles += [(name, _render(spec, "data", params)[crop]) for name, spec in fakes]
        _save(f"forgery-processes-{view}.png", _row(tiles, 330))


def card_photo(work: Path) -> None:
    genuine = build_specimen("ZRN", "td1", 7, DPI, work / "genuine")
    fake = forge(genuine, "photo_substitution", 7, work / "forged", 1)
    for view, params in (
        ("oblique", LightParams(LightSource.OBLIQUE)),
        ("transmitted", LightParams(LightSource.TRANSMITTED)),
    ):
        tiles = [
            ("genuine", _render(genuine.specimen, "front", params)),
            ("photo substituted", _render(fake.specimen, "front", params)),
        ]
        _save(f"forgery-card-photo-{view}.png", _row(tiles, 620))


def counterfeit(work: Path) -> None:
    genuine = build_specimen("UTO", "td3", 7, DPI, work / "genuine")
    fake = forge(genuine, "counterfeit", 7, work / "forged", 1).specimen
    canvas = genuine.pages["data"]
    layer = next(la for la in canvas.layers if la.id == "rainbow-print")
    x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
    cx, cy, n = (x0 + x1) // 2, (y0 + y1) // 2, round(canvas.px(3.0))
    loupe = (slice(cy - n, cy + n), slice(cx - n, cx + n))
    for view, params, crop in (
        ("uv365", LightParams(LightSource.UV365), (slice(None), slice(None))),
        ("ir1000", LightParams(LightSource.IR, ir_cutoff_nm=1000), (slice(None), slice(None))),
        ("loupe", LightParams(LightSource.VISIBLE), loupe),
    ):
        tiles = [
            (name, _render(spec, "data", params)[crop])
            for name, spec in (("genuine", genuine.specimen), ("counterfeit", fake))
        ]
        _save(f"forgery-counterfeit-{view}.png", _row(tiles, 560))


@dataclass(frozen=True)
class Sheet:
    """One fraud sheet: the forgery of genuine #``genuine`` and the signs to show."""

    state: str
    doc: str
    fraud: str
    level: int
    seed: int = 7
    method: str | None = None
    rows: int = 5
    genuine: int = 7
    first: tuple[str, ...] = ()  # operations whose signs lead the sheet: what it is about


SHEETS: dict[str, Sheet] = {
    "photo-lift": Sheet("UTO", "td3", "photo_substitution", 1, method="lift"),
    "photo-cut": Sheet("UTO", "td3", "photo_substitution", 2, method="cut"),
    "photo-relaser": Sheet("ZRN", "td1", "photo_substitution", 1, method="relaser"),
    "alteration-chemical": Sheet("UTO", "td3", "data_alteration", 1, 5, "chemical"),
    "alteration-mechanical": Sheet("UTO", "td3", "data_alteration", 1, 7, "mechanical"),
    "alteration-overlay": Sheet("UTO", "td3", "data_alteration", 2, 1, "overlay"),
    "page-substitution": Sheet("UTO", "td3", "page_substitution", 1, rows=8),
    "combined-booklet": Sheet(
        "UTO", "td3", "combined", 1, rows=7, first=("brightener_paper", "resewn_binding")
    ),
    "combined-card": Sheet("ZRN", "td1", "combined", 1, rows=8, first=polycarbonate.COMBINED_SIGNS),
    "stolen-blank": Sheet("ZRN", "td1", "stolen_blank", 1),
    "pseudo": Sheet("UTO", "td3", "pseudo", 2),
}
ASPECT = 2.6  # a long thin sign (a thread, a card's edge) is shown in part, not as a sliver


def _crop(canvas: PageCanvas, region: Region, least_mm: float = 16.0) -> tuple[slice, slice]:
    """The region with 3 mm round it, at least ``least_mm`` each way, at most ``ASPECT`` times
    as long as it is wide (centred on the region)."""
    x0, y0, x1, y1 = canvas.pixel_box(region, round(canvas.px(3.0)))
    least = round(canvas.px(least_mm))
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    x0, x1 = min(x0, cx - least // 2), max(x1, cx + least // 2)
    y0, y1 = min(y0, cy - least // 2), max(y1, cy + least // 2)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(canvas.width, x1), min(canvas.height, y1)
    w, h = x1 - x0, y1 - y0
    if w > ASPECT * h:
        x0, x1 = cx - round(ASPECT * h / 2), cx + round(ASPECT * h / 2)
    elif h > ASPECT * w:
        y0, y1 = cy - round(ASPECT * w / 2), cy + round(ASPECT * w / 2)
    return slice(max(0, y0), min(canvas.height, y1)), slice(max(0, x0), min(canvas.width, x1))


def _zoom(sign: Sign, light: str) -> tuple[str, float] | None:
    """Which piece to show, and how wide in mm, of a sign the eye would miss in the whole
    region: a seam round a card's edge, melted microprint or flat engraving over a page (where
    genuine and forgery differ most: ``diff``), background lines that step at a photo's edge
    (across its top edge, or a card's left edge for a seam: ``edge``); None: all of it."""
    x0, y0, x1, y1 = sign.region.bounds()
    w, h = x1 - x0, y1 - y0
    m = sign.measured
    if m is None or m.area_mm2 is None:
        return None
    # The loupe magnifies what reflected light shows; under a lamp the whole page is the view.
    loupe = (m.loupe or "loupe" in sign.reveal) and light in ("visible", "oblique", "coaxial")
    if min(w, h) >= 40:
        if loupe and m.area_mm2 < 0.5 * w * h:
            return "diff", 9.0
        return ("edge", 12.0) if m.area_mm2 < 0.07 * w * h else None
    return ("edge", 12.0) if loupe and min(w, h) >= 20 else None


def _where(
    canvas: PageCanvas, sign: Sign, real: np.ndarray, forged: np.ndarray, how: tuple[str, float]
) -> tuple[slice, slice]:
    """A square of the zoom's size inside the sign's region: where genuine and forgery differ
    most, or across the region's left edge."""
    kind, side_mm = how
    x0, y0, x1, y1 = canvas.pixel_box(sign.region, 0)
    if kind == "edge" and min(x1 - x0, y1 - y0) >= canvas.px(40):
        cy, cx = (y0 + y1) // 2, x0  # a seam round a card: its left edge
    elif kind == "edge":
        cy, cx = y0, (x0 + x1) // 2  # a photo's top edge, away from the card's own edge
    else:
        diff = np.abs(real.astype(np.float32) - forged).max(axis=2)
        diff = cv2.GaussianBlur(diff, (0, 0), max(1.0, canvas.px(side_mm / 6)))
        inside = np.zeros_like(diff)
        inside[y0:y1, x0:x1] = diff[y0:y1, x0:x1]
        # Away from the edge, where a card's seam or a booklet's fold would outshine the sign.
        rim = round(canvas.px(6.0))
        inside[:rim], inside[-rim:], inside[:, :rim], inside[:, -rim:] = 0, 0, 0, 0
        cy, cx = (int(v) for v in np.unravel_index(int(inside.argmax()), inside.shape))
    n = round(canvas.px(side_mm) / 2)
    ys, xs = max(0, cy - n), max(0, cx - n)
    return slice(ys, min(canvas.height, ys + 2 * n)), slice(xs, min(canvas.width, xs + 2 * n))


def _params(light: str, cutoff: int | None) -> LightParams:
    source = LightSource(light)
    if source is LightSource.IR:
        return LightParams(source, ir_cutoff_nm=cutoff or 1000)
    return LightParams(source, tilt_deg=35.0) if source is LightSource.TILT else LightParams(source)


def _light(sign: Sign) -> str | None:
    """The light that shows the sign best as measured, else the first light its record names
    (a sign a comparison finds is still seen under a light: another booklet's serial in white
    light)."""
    if sign.measured is not None and sign.measured.light is not None:
        return sign.measured.light
    lights = sign.lights or ((LightSource.VISIBLE,) if "loupe" in sign.reveal else ())
    return lights[0].value if lights else None


_GENUINES: dict[tuple[str, str, int], GeneratedSpecimen] = {}


def _genuine(work: Path, state: str, doc: str, seed: int) -> GeneratedSpecimen:
    key = (state, doc, seed)
    if key not in _GENUINES:
        _GENUINES[key] = build_specimen(state, doc, seed, DPI, work / "genuine")
    return _GENUINES[key]


def sheet(work: Path, name: str) -> None:
    """Each sign seen under a light (plainest first, one per title and page): genuine and
    forgery side by side, under the light that shows it best."""
    spec = SHEETS[name]
    genuine = _genuine(work, spec.state, spec.doc, spec.genuine)
    fake = forge(genuine, spec.fraud, spec.seed, work / "forged", spec.level, None, spec.method)
    lit = [s for s in fake.record.signs if _light(s) is not None]
    lit.sort(
        key=lambda s: (s.operation not in spec.first, s.measured.subtlety if s.measured else 1.0)
    )
    rows, seen = [], set()
    for sign in lit:
        light = _light(sign)
        assert light is not None
        if sign.title["en"] in seen or len(rows) == spec.rows:
            continue
        canvas = genuine.pages[sign.page_id]
        params = _params(light, sign.ir_cutoff_nm)
        real = _render(genuine.specimen, sign.page_id, params)
        forged = _render(fake.specimen, sign.page_id, params)
        zoom = _zoom(sign, light)
        crop = (
            _crop(canvas, sign.region) if zoom is None else _where(canvas, sign, real, forged, zoom)
        )
        # One row per sign, and one per view: two signs of one page under one lamp (no UV
        # print, foreign material) would be the same pair of pictures twice.
        grid = round(canvas.px(4.0))
        centre = (
            (crop[0].start + crop[0].stop) // 2 // grid,
            (crop[1].start + crop[1].stop) // 2 // grid,
        )
        keys = {sign.title["en"], (light, sign.page_id, centre, zoom)}
        if keys & seen:
            continue
        real, forged = real[crop], forged[crop]
        if (np.abs(real.astype(np.int16) - forged).max(axis=2) > 8).sum() < 30:
            continue  # found by comparing with something else (a ghost image with the photo)
        subtle = f", {sign.measured.subtlety:.2f}" if sign.measured else ""
        label = f"{sign.page_id}: {sign.title['en']} ({light}{subtle})"
        seen |= keys
        tiles = [(f"genuine ({light})", real), (label, forged)]
        rows.append(_row(tiles, 520))
    width = max(r.shape[1] for r in rows)
    gap = np.full((10, width, 3), 255, np.uint8)
    padded = [
        cv2.copyMakeBorder(
            r, 0, 0, 0, width - r.shape[1], cv2.BORDER_CONSTANT, value=(255, 255, 255)
        )
        for r in rows
    ]
    _save(f"forgery-sheet-{name}.png", np.vstack([p for r in padded for p in (r, gap)][:-1]))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    only = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        if not only:
            processes(Path(tmp))
            card_photo(Path(tmp))
            counterfeit(Path(tmp))
        for name in only or SHEETS:
            sheet(Path(tmp), name)


if __name__ == "__main__":
    main()
