"""Sheets of the frauds on a whole booklet, genuine beside forged under the revealing light.

``python tools/booklet_fraud_sheets.py`` writes ``docs/specimens/forgery-combined-uv365.png``
(a counterfeit data sheet sewn into a genuine booklet: the data page glows under UV-A, a visa
page of the same booklet stays dull), ``forgery-combined-card-uv365.png`` (a counterfeit front
glued onto a genuine card's back: the front glows, the back stays dull) and
``forgery-visa-sheet-stamps.png`` (a substituted visa
sheet carrying another booklet's stamps, in white light).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docexam.core.domain.lights import LightSource  # noqa: E402
from docexam.core.light import LightParams  # noqa: E402
from docexam.core.synth import build_specimen  # noqa: E402
from docexam.core.synth.forgery import forge  # noqa: E402
from tools.forgery_sheets import DPI, OUT, _render, _row, _save  # noqa: E402


def combined(work: Path) -> None:
    genuine = build_specimen("UTO", "td3", 146, DPI, work / "genuine")
    fake = forge(genuine, "combined", 146, work / "forged", 2).specimen
    uv = LightParams(LightSource.UV365)
    tiles = [
        ("genuine: data page", _render(genuine.specimen, "data", uv)),
        ("combined: data page", _render(fake, "data", uv)),
        ("combined: visa page", _render(fake, "visa-4", uv)),
    ]
    _save("forgery-combined-uv365.png", _row(tiles, 440))


def combined_card(work: Path) -> None:
    """A counterfeit front glued onto a genuine card's back: turn it over under the lamp."""
    genuine = build_specimen("QTK", "td1", 150, DPI, work / "genuine")
    fake = forge(genuine, "combined", 150, work / "forged", 1).specimen
    uv = LightParams(LightSource.UV365)
    tiles = [
        ("genuine: front", _render(genuine.specimen, "front", uv)),
        ("combined: front", _render(fake, "front", uv)),
        ("combined: back", _render(fake, "back", uv)),
    ]
    _save("forgery-combined-card-uv365.png", _row(tiles, 440))


def visa_sheet(work: Path) -> None:
    genuine = build_specimen("UTO", "td3", 7, DPI, work / "genuine")
    for seed in range(1, 20):
        fake = forge(genuine, "page_substitution", seed, work / "forged", 3)
        ops = [o for o in fake.record.operations if o.name == "other_stamps"]
        if ops:  # a data sheet records no stamps
            page = ops[0].pages[0]
            break
    else:
        raise SystemExit("no visa sheet was substituted")
    white = LightParams(LightSource.VISIBLE)
    tiles = [
        (f"genuine: {page}", _render(genuine.specimen, page, white)),
        (f"visa sheet substituted: {page}", _render(fake.specimen, page, white)),
    ]
    _save("forgery-visa-sheet-stamps.png", _row(tiles, 560))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        combined(Path(tmp))
        combined_card(Path(tmp))
        visa_sheet(Path(tmp))


if __name__ == "__main__":
    main()
