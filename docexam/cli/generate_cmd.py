"""``docexam generate``: fictional specimens from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.cli.output import progress_bar, specimen_options, write_pack_output
from docexam.core.domain.errors import DocexamError
from docexam.core.synth import DOC_TYPES, STATES, Recipe, generate_pack


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


def _generate(args: argparse.Namespace) -> int:
    if args.list_states:
        for code, state in sorted(STATES.items()):
            print(f"{code}  {state.name_en} ({state.name_local})")
        return EXIT_OK
    if args.out is None:
        raise DocexamError("generate: -o/--out is required (a .dxpack file or a directory)")
    state, doc_type = specimen_options(args, "generate")
    out: Path = args.out
    recipes = [Recipe(state.code, doc_type, args.seed + i, args.series) for i in range(args.count)]
    pack_id = f"generated-{state.code.lower()}-{doc_type}-{args.series.lower()}-{args.seed}"
    title = {
        "en": f"Generated {state.name_en} {doc_type.upper()} specimens",
        "zh-Hans": f"生成的{state.name_zh} {doc_type.upper()} 样本",
    }
    write_pack_output(
        out,
        lambda folder: generate_pack(
            pack_id, recipes, folder, args.dpi, title, progress=progress_bar
        ),
    )
    print(f"wrote {len(recipes)} specimen(s) to {out}")
    return EXIT_OK
