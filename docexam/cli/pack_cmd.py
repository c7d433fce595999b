"""``docexam pack validate | import | export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_INVALID, EXIT_OK
from docexam.core.cases.check import case_problems
from docexam.core.domain.errors import PackError
from docexam.core.library.library import default_library
from docexam.core.pack.io import read_pack


def register(sub: Any) -> None:
    parser = sub.add_parser("pack", help="validate, import and export specimen packs")
    cmds = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    validate = cmds.add_parser("validate", help="check a pack directory or .dxpack file")
    validate.add_argument("path", type=Path)
    validate.set_defaults(func=_validate)

    imp = cmds.add_parser("import", help="add a pack to your library (all or nothing)")
    imp.add_argument("path", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace a pack with the same id")
    imp.set_defaults(func=_import)

    exp = cmds.add_parser("export", help="write a library pack as one .dxpack file")
    exp.add_argument("pack_id")
    exp.add_argument("out", type=Path)
    exp.set_defaults(func=_export)


def _validate(args: argparse.Namespace) -> int:
    try:
        pack = read_pack(args.path)
        problems = case_problems(pack.root, pack) if pack.root is not None else []
    except PackError as exc:
        problems = exc.problems
    if problems:
        for line in problems:
            print(f"error: {line}", file=sys.stderr)
        print(f"{args.path}: {len(problems)} problem(s); the pack is not valid", file=sys.stderr)
        return EXIT_INVALID
    print(f"{args.path}: valid pack")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    pack = default_library().import_pack(args.path, replace_existing=args.replace)
    print(f"imported pack {pack.id!r} with {len(pack.specimens)} specimen(s)")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    out = default_library().export(args.pack_id, args.out)
    print(f"exported {args.pack_id!r} to {out}")
    return EXIT_OK
