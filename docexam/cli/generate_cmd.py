"""``docexam generate``: fictional specimens from the command line."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from docexam.cli import EXIT_OK
from docexam.core.errors import DocexamError
from docexam.core.pack_archive import write_zip
from docexam.core.pack_io import PACK_SUFFIX
from docexam.core.synth import DOC_TYPES, STATES, Recipe, generate_pack, get_state
from docexam.core.synth.compose import MAX_DPI, MIN_DPI, UnknownDocumentTypeError


def register(sub: Any) -> None:
    parser = sub.add_parser("generate", help="generate fictional specimens of invented states")
    parser.add_argument("--list-states", action="store_true", help="list the fictional states")
    parser.add_argument("--state", default="UTO", help="issuing state code (default UTO)")
    parser.add_argument(
        "--type", dest="doc_type", default="td3", help=f"one of {', '.join(DOC_TYPES)}"
    )
    parser.add_argument("--series", default="A", help="design series (default A)")
    parser.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--count", type=int, default=1, help="number of specimens (default 1)")
    parser.add_argument(
        "--dpi", type=float, default=300.0, help="resolution, 150-1200 (default 300)"
    )
    parser.add_argument("-o", "--out", type=Path, help="output .dxpack file or pack directory")
    parser.set_defaults(func=_generate)


def _bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    print(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
        end="",
        file=sys.stderr,
        flush=True,
    )
    if done == total:
        print(file=sys.stderr)


def _generate(args: argparse.Namespace) -> int:
    if args.list_states:
        for code, state in sorted(STATES.items()):
            print(f"{code}  {state.name_en} ({state.name_local})")
        return EXIT_OK
    if args.out is None:
        raise DocexamError("generate: -o/--out is required (a .dxpack file or a directory)")
    state = get_state(args.state)
    doc_type = args.doc_type.lower()
    if doc_type not in DOC_TYPES:
        raise UnknownDocumentTypeError(
            f"unknown document type {args.doc_type!r}; known types: {', '.join(DOC_TYPES)}"
        )
    if args.count < 1:
        raise DocexamError("generate: --count must be at least 1")
    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise DocexamError(f"generate: --dpi must be between {MIN_DPI:g} and {MAX_DPI:g}")
    out: Path = args.out
    if out.exists():
        raise DocexamError(f"{out}: already exists; choose another output")
    recipes = [Recipe(state.code, doc_type, args.seed + i, args.series) for i in range(args.count)]
    pack_id = f"generated-{state.code.lower()}-{doc_type}-{args.series.lower()}-{args.seed}"
    title = {
        "en": f"Generated {state.name_en} {doc_type.upper()} specimens",
        "zh-Hans": f"生成的{state.name_zh} {doc_type.upper()} 样本",
    }
    if out.suffix.lower() == PACK_SUFFIX:
        with tempfile.TemporaryDirectory(prefix="docexam-generate-") as tmp:
            pack_dir = Path(tmp) / "pack"
            generate_pack(pack_id, recipes, pack_dir, args.dpi, title, progress=_bar)
            out.parent.mkdir(parents=True, exist_ok=True)
            write_zip(pack_dir, out)
    else:
        # write_pack assembles beside ``out`` and renames, so a failure leaves nothing behind.
        generate_pack(pack_id, recipes, out, args.dpi, title, progress=_bar)
    print(f"wrote {len(recipes)} specimen(s) to {out}")
    return EXIT_OK
