"""Building the generated bundled specimens on first start: the work a Worker runs for it."""

from __future__ import annotations

from pathlib import Path

from docexam.core.library.bundled_location import RECIPES_FILE
from docexam.ui.common.worker import Cancelled, Job


def generate_bundled(job: Job, cache_dir: Path, recipes_file: Path = RECIPES_FILE) -> Path:
    """The directory of the generated packs, reporting each specimen made."""
    from docexam.core.library.bundled import (
        ensure_bundled,  # heavy; only when there is work to do
    )

    def report(done: int, total: int) -> None:
        if job.cancelled():
            raise Cancelled  # the half-built set is staged, so ensure_bundled removes it
        job.progress(done, total)

    return ensure_bundled(cache_dir, report, recipes_file)
