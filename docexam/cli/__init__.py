"""The command line: the same core as the app, one module per command group.

Each command module exposes ``register(subparsers)``; the parser it adds sets ``func`` to a callable
taking the parsed arguments and returning the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from docexam import __version__
from docexam.cli import (
    chip_cmd,
    class_cmd,
    curriculum_cmd,
    db_cmd,
    exercise_cmd,
    forge_cmd,
    generate_cmd,
    library_cmd,
    mrz_cmd,
    pack_cmd,
    render_cmd,
    results_cmd,
    sltd_cmd,
)
from docexam.cli.exits import EXIT_INVALID
from docexam.core.domain.errors import DocexamError, PackError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docexam",
        description="Offline trainer for travel-document examiners. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"docexam {__version__}")
    # Taken off the command line by docexam.__main__ before parsing; listed here for --help.
    parser.add_argument(
        "--data-dir", metavar="DIR", help="keep the library and results in DIR (before COMMAND)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        pack_cmd,
        library_cmd,
        mrz_cmd,
        render_cmd,
        chip_cmd,
        sltd_cmd,
        generate_cmd,
        forge_cmd,
        exercise_cmd,
        curriculum_cmd,
        results_cmd,
        db_cmd,
        class_cmd,
    ):
        module.register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_INVALID
    try:
        code: int = func(args)
        return code
    except PackError as exc:
        for line in exc.problems:
            print(f"error: {line}", file=sys.stderr)
        return EXIT_INVALID
    except DocexamError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
