"""``docexam`` with no arguments opens the app; with a command, runs it from the command line.

``docexam --self-check`` starts the app without a screen on the installed files, prints one line
and quits (see docexam.ui.self_check).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _take_data_dir(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args[:1] == ["--self-check"]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not _qt_can_start():
            return 1
        from docexam.ui.self_check import run_self_check

        return run_self_check(open_store=_open_store)
    if not args or args[0].startswith("--lang"):
        if not _qt_can_start():
            return 1
        from docexam.allocator import return_freed_arrays
        from docexam.ui.app import run_app

        return_freed_arrays()
        return run_app(
            args,
            open_store=_open_store,
            load_store=_load_store,
            exam_peek=_exam_peek,
            class_link=_class_link,
        )
    from docexam.cli import run

    return run(args)


def _take_data_dir(args: list[str]) -> list[str]:
    """Honour ``--data-dir DIR`` among the options before the command, for the app and every
    command alike: it sets ``DOCEXAM_DATA_DIR`` before anything reads the user's directories."""
    kept: list[str] = []
    i = 0
    while i < len(args) and args[i].startswith("-"):
        arg = args[i]
        if arg == "--data-dir" or arg.startswith("--data-dir="):
            value = (
                arg.partition("=")[2] if "=" in arg else (args[i + 1] if i + 1 < len(args) else "")
            )
            i += 1 if "=" in arg else 2
            if not value:
                raise ValueError("--data-dir needs a directory")
            os.environ["DOCEXAM_DATA_DIR"] = os.path.abspath(value)
            continue
        kept.append(arg)
        i += 1
        if arg == "--lang" and i < len(args):
            kept.append(args[i])  # its value, which does not start with "-"
            i += 1
    return kept + args[i:]


def _qt_can_start() -> bool:
    # Before anything imports PySide6: without its system libraries Qt aborts the process with a
    # message that does not say what to install.
    from docexam.ui.display_check import startup_problem

    problem = startup_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
    return problem is None


def _open_store() -> object:
    # Here, not in the UI: this module composes the app, and the UI must not import the store.
    from docexam.store import open_store

    return open_store()


def _class_link() -> object:
    from docexam.store.class_link import StoreClassLink

    return StoreClassLink()


def _exam_peek() -> bool | None:
    # Whether an exam may be unfinished, without SQLAlchemy: when surely not, the library is
    # usable while the store still opens (docexam.store.location).
    from docexam.store.location import exam_may_be_unfinished

    return exam_may_be_unfinished()


def _load_store() -> None:
    # Importing SQLAlchemy and Alembic is most of opening the store; the app does it in a
    # worker thread while its window is already on screen.
    import docexam.store.db
    import docexam.store.repository  # noqa: F401


if __name__ == "__main__":
    sys.exit(main())
