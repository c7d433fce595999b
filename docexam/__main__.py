"""``docexam`` with no arguments opens the app; with a command, runs it from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("--lang") or args[0] == "--data-dir":
        from docexam.ui.app import run_app

        return run_app(args, open_store=_open_store)
    from docexam.cli import run

    return run(args)


def _open_store() -> object:
    # Here, not in the UI: this module composes the app, and the UI must not import the store.
    from docexam.store import open_store

    return open_store()


if __name__ == "__main__":
    sys.exit(main())
