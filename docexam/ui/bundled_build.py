"""Work a Worker runs for the library: building the generated bundled specimens on first
start, and drafting specimens' pages onto disk ahead of their first opening."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from docexam.core.domain.model import Specimen
from docexam.core.library.bundled_location import RECIPES_FILE
from docexam.ui.common.worker import Cancelled, Job


def generate_bundled(
    job: Job, cache_dir: Path, recipes_file: Path = RECIPES_FILE, drafts: Path | None = None
) -> Path:
    """The directory of the generated packs, reporting each specimen made; with ``drafts``
    (the viewer's draft store) each specimen's pages are drafted as soon as it is listed, so
    one opened while the rest of the set is still being built shows its lights at once."""
    from docexam.core.library.bundled import (
        ensure_bundled,  # heavy; only when there is work to do
    )

    def stop_if_cancelled() -> None:
        if job.cancelled():
            raise Cancelled  # the specimens landed stay; the next start resumes after them

    def report(done: int, total: int) -> None:
        stop_if_cancelled()
        job.progress(done, total)

    def draft(pack_dir: Path, specimen_id: str) -> None:
        from docexam.core.pack.reader import read_specimen

        if drafts is None or job.cancelled():
            return
        specimen, _ = read_specimen(pack_dir, specimen_id, trusted=True)
        if specimen is not None:
            draft_pages(job, [lambda: specimen], drafts, report_progress=False)

    return ensure_bundled(cache_dir, report, recipes_file, draft, poll=stop_if_cancelled)


def draft_pages(
    job: Job,
    load: Sequence[Callable[[], Specimen]],
    folder: Path,
    report_progress: bool = True,
) -> int:
    """Draft every page of the specimens (the bundled set, an imported pack) onto disk
    (``folder``, the viewer's draft store), so that even a specimen's very first opening shows
    a light at once: building a page's draft decodes its full-page images (half a second or
    more at 600 dpi), reading it back does not. A page whose draft is on disk already is left
    as it is. Returns the number of pages; a specimen that cannot be read is left to its
    opening."""
    from docexam.core.domain.errors import DocexamError
    from docexam.core.light import LightEngine
    from docexam.core.light.draft_store import DraftStore

    store = DraftStore(folder)
    done = 0
    for n, loader in enumerate(load, start=1):
        if job.cancelled():
            raise Cancelled
        try:
            specimen = loader()
            engine = LightEngine(specimen, draft_store=store)
            for page in specimen.pages:
                if not engine.draft_on_disk(page.id):
                    engine.prepare_draft(page.id)
                done += 1
        except DocexamError:
            continue  # reported readably when the trainee opens it
        if report_progress:
            job.progress(n, len(load))
    return done
