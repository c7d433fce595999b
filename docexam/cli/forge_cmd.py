"""``docexam forge``: forged training specimens (with their forgery.json) from the command line."""

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
from docexam.core.synth import DOC_TYPES, get_state
from docexam.core.synth.compose import MAX_DPI, MIN_DPI, UnknownDocumentTypeError
from docexam.core.synth.forgery import FRAUD_OPERATIONS, ForgeJob, forge_pack


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "forge", help="generate forged training specimens of invented states, with ground truth"
    )
    parser.add_argument("--list", action="store_true", help="list fraud types and operations")
    parser.add_argument("--state", default="UTO", help="issuing state code (default UTO)")
    parser.add_argument(
        "--type", dest="doc_type", default="td3", help=f"one of {', '.join(DOC_TYPES)}"
    )
    parser.add_argument("--series", default="A", help="design series (default A)")
    parser.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--count", type=int, default=1, help="number of forgeries (default 1)")
    parser.add_argument("--fraud", help=f"one of {', '.join(FRAUD_OPERATIONS)}")
    parser.add_argument(
        "--difficulty", type=int, choices=(1, 2, 3), help="1 plain ... 3 subtle (default: by seed)"
    )
    parser.add_argument(
        "--operations", help="comma-separated operations to apply instead of the difficulty's"
    )
    parser.add_argument(
        "--with-genuine", action="store_true", help="put each genuine in the pack too"
    )
    parser.add_argument(
        "--dpi", type=float, default=300.0, help="resolution, 150-1200 (default 300)"
    )
    parser.add_argument("-o", "--out", type=Path, help="output .dxpack file or pack directory")
    parser.set_defaults(func=_forge)


def _bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
    print(f"\r{bar}", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)


def _jobs(args: argparse.Namespace) -> list[ForgeJob]:
    if args.fraud is None:
        raise DocexamError(f"forge: --fraud is required: {', '.join(FRAUD_OPERATIONS)}")
    if args.fraud not in FRAUD_OPERATIONS:
        raise DocexamError(
            f"forge: unknown fraud type {args.fraud!r}; available: {', '.join(FRAUD_OPERATIONS)}"
        )
    state = get_state(args.state)
    doc_type = args.doc_type.lower()
    if doc_type not in DOC_TYPES:
        raise UnknownDocumentTypeError(
            f"unknown document type {args.doc_type!r}; known types: {', '.join(DOC_TYPES)}"
        )
    if args.count < 1:
        raise DocexamError("forge: --count must be at least 1")
    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise DocexamError(f"forge: --dpi must be between {MIN_DPI:g} and {MAX_DPI:g}")
    ops = None
    if args.operations:
        ops = tuple(o.strip() for o in args.operations.split(",") if o.strip())
    return [
        ForgeJob(state.code, doc_type, args.seed + i, args.fraud, args.difficulty, args.series, ops)
        for i in range(args.count)
    ]


def _forge(args: argparse.Namespace) -> int:
    if args.list:
        for fraud, ops in FRAUD_OPERATIONS.items():
            print(f"{fraud}: {', '.join(ops)}")
        return EXIT_OK
    if args.out is None:
        raise DocexamError("forge: -o/--out is required (a .dxpack file or a directory)")
    jobs = _jobs(args)
    out: Path = args.out
    if out.exists():
        raise DocexamError(f"{out}: already exists; choose another output")
    first = jobs[0]
    pack_id = f"forged-{first.state.lower()}-{first.doc_type}-{first.fraud.replace('_', '-')}"
    pack_id += f"-{first.seed}"
    title = {"en": f"Forged {first.state} {first.doc_type.upper()} specimens: {first.fraud}"}
    if out.suffix.lower() == PACK_SUFFIX:
        with tempfile.TemporaryDirectory(prefix="docexam-forge-") as tmp:
            pack_dir = Path(tmp) / "pack"
            forge_pack(pack_id, jobs, pack_dir, args.dpi, title, _bar, args.with_genuine)
            out.parent.mkdir(parents=True, exist_ok=True)
            write_zip(pack_dir, out)
    else:
        forge_pack(pack_id, jobs, out, args.dpi, title, _bar, args.with_genuine)
    print(f"wrote {len(jobs)} forged specimen(s) to {out}")
    return EXIT_OK
