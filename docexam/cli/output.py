"""What several commands share: a progress bar, specimen options, and writing a pack out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from docexam.core.domain.errors import DocexamError
from docexam.core.pack import staging
from docexam.core.pack.archive import write_zip
from docexam.core.pack.io import PACK_SUFFIX
from docexam.core.synth import DOC_TYPES, get_state
from docexam.core.synth.compose import MAX_DPI, MIN_DPI, UnknownDocumentTypeError
from docexam.core.synth.states import State


def progress_bar(done: int, total: int) -> None:
    """A one-line text bar on stderr, redrawn in place."""
    width = 30
    filled = width * done // max(total, 1)
    bar = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
    print(f"\r{bar}", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)


def specimen_options(args: argparse.Namespace, command: str) -> tuple[State, str]:
    """The state and document type of --state/--type, with --count and --dpi checked."""
    state = get_state(args.state)
    doc_type = args.doc_type.lower()
    if doc_type not in DOC_TYPES:
        raise UnknownDocumentTypeError(
            f"unknown document type {args.doc_type!r}; known types: {', '.join(DOC_TYPES)}"
        )
    if args.count < 1:
        raise DocexamError(f"{command}: --count must be at least 1")
    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise DocexamError(f"{command}: --dpi must be between {MIN_DPI:g} and {MAX_DPI:g}")
    return state, doc_type


def write_pack_output(out: Path, build: Callable[[Path], object]) -> None:
    """Write a pack to ``out``, a ``.dxpack`` zip or a directory.

    ``build(folder)`` writes the pack directory ``folder``. It is assembled in a staging folder
    beside ``out`` and then zipped or renamed into place, so a failure leaves nothing behind.
    """
    if out.exists():
        raise DocexamError(f"{out}: already exists; choose another output")
    out.parent.mkdir(parents=True, exist_ok=True)
    with staging.staged(out.parent, ".docexam-out-") as stage:
        build(stage.path)
        if out.suffix.lower() == PACK_SUFFIX:
            write_zip(stage.path, out)
        else:
            stage.commit(out)
