"""``docexam render PACK SPECIMEN --light uv365 -o out.png``: a page under a light source."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.cli.lookup import pack_specimen
from docexam.core.domain.lights import IR_CUTOFFS_NM, LightSource
from docexam.core.light import LightEngine, LightError, LightParams
from docexam.core.light.params import (
    DEFAULT_AZIMUTH_DEG,
    DEFAULT_ELEVATION_DEG,
    DEFAULT_IR_CUTOFF_NM,
)
from docexam.core.pack.images import write_png

_LIGHTS = ", ".join(light.value for light in LightSource)


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "render",
        help="render a specimen page under a light source (simulated unless a capture ships)",
        description="Render one page of a specimen as an examiner sees it under a light source. "
        "Prints whether the image was simulated or is a capture shipped with the pack.",
    )
    parser.add_argument("pack", type=Path, help="pack directory or .dxpack file")
    parser.add_argument("specimen", help="specimen id inside the pack")
    parser.add_argument("--page", help="page id (default: the specimen's first page)")
    parser.add_argument("--light", default="visible", help=f"one of: {_LIGHTS}")
    parser.add_argument(
        "--ir-cutoff",
        type=int,
        default=DEFAULT_IR_CUTOFF_NM,
        metavar="NM",
        help="IR filter cut-off in nm (usual filters: "
        + ", ".join(str(c) for c in IR_CUTOFFS_NM)
        + f"; default {DEFAULT_IR_CUTOFF_NM})",
    )
    parser.add_argument(
        "--azimuth",
        type=float,
        default=DEFAULT_AZIMUTH_DEG,
        metavar="DEG",
        help="oblique light comes from: 0 right, 90 top, 180 left, 270 bottom",
    )
    parser.add_argument(
        "--elevation",
        type=float,
        default=DEFAULT_ELEVATION_DEG,
        metavar="DEG",
        help="oblique light's angle above the page",
    )
    parser.add_argument("--tilt", type=float, default=0.0, metavar="DEG", help="document tilt")
    parser.add_argument(
        "--seconds", type=float, default=0.0, help="seconds since the UV lamp went off (uv_off)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="output size factor")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PNG file to write")
    parser.set_defaults(func=_render)


def _light(name: str) -> LightSource:
    try:
        return LightSource(name.strip().lower().replace("-", "_"))
    except ValueError:
        raise LightError(f"unknown light {name!r} (choose from: {_LIGHTS})") from None


def _render(args: argparse.Namespace) -> int:
    params = LightParams(
        _light(args.light),
        ir_cutoff_nm=args.ir_cutoff,
        azimuth_deg=args.azimuth,
        elevation_deg=args.elevation,
        tilt_deg=args.tilt,
        seconds_since_uv_off=args.seconds,
    )
    _, specimen = pack_specimen(args.pack, args.specimen)
    if not specimen.pages:
        raise LightError(f"specimen {specimen.id!r} has no pages")
    page_id = args.page if args.page is not None else specimen.pages[0].id
    result = LightEngine(specimen).render(page_id, params, scale=args.scale)
    write_png(args.output, result.image)
    kind = "simulated" if result.simulated else "captured"
    height, width = result.image.shape[:2]
    print(
        f"{specimen.id} / {page_id} under {params.describe()}: {kind} "
        f"-> {args.output} ({width} x {height} px, {result.dpi:g} dpi)"
    )
    return EXIT_OK
