"""The bundled specimen set: built once from the shipped recipes (``bundled-recipes.json``) into
a cache.

Only the recipes are shipped; the images are generated on first start, and every specimen's
``specimen.json`` and ``forgery.json`` is sealed (``docexam.core.pack.io.seal_specimens``). The
cache directory name hashes the recipes and the generator version, so a change to either builds a
fresh set and an old one is never served. Specimens land one at a time
(``bundled_landing``): the library lists each as soon as it is built, and a stopped build
resumes.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from functools import partial
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import generate_cases
from docexam.core.domain.sealed import envelope
from docexam.core.library.bundled_landing import (
    discard_unlisted,
    land,
    listed_ids,
    write_atomically,
)
from docexam.core.library.bundled_location import (
    COMPLETE,
    RECIPES_FILE,
    bundled_target,
    is_built,
    load_recipes,
)
from docexam.core.pack.io import read_pack
from docexam.core.synth.names_zh import pack_title
from docexam.core.synth.pack import Recipe, generate_pack

Progress = Callable[[int, int], None]
# Told of each specimen as it lands: its pack directory and id.
Landed = Callable[[Path, str], None]
# Builds one job of a pack as a one-specimen pack at the given (not yet existing) directory.
BuildOne = Callable[[Path], object]
# Each builder holds a specimen's full-page images (up to a GB at 600 dpi): more than four at
# once would crowd a course workstation's memory for little gain.
MAX_WORKERS = 4


def recipes_of(pack: dict[str, Any]) -> list[Recipe]:
    return [
        Recipe(
            r["state"], r["type"], int(r["seed"]), r.get("series", "A"), r.get("mrz_trap", False)
        )
        for r in pack["specimens"]
    ]


def write_bundled_cases(root: Path, spec: dict[str, Any]) -> Path:
    """The traveller case files, made on the documents of the packs built under ``root`` and
    written, sealed like the forgery records (their truth is exercise key), into the pack
    ``spec`` names."""
    holdings = []
    for built in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        pack = read_pack(built)
        for specimen in sorted(pack.specimens, key=lambda s: s.id):
            held = holding_of(pack.id, specimen)
            if held is not None:
                holdings.append(held)
    cases = generate_cases(holdings, seed=int(spec.get("seed", 0)))
    with tempfile.TemporaryDirectory(prefix=".cases-", dir=root) as tmp:
        plain = write_cases(Path(tmp), cases)
        path = root / spec["pack"] / plain.name
        write_atomically(path, envelope(plain.read_text(encoding="utf-8")))
    return path


def jobs_of(data: dict[str, Any]) -> Iterator[tuple[str, int, BuildOne]]:
    """Every (pack id, job index, builder of that one specimen) of the recipes, in order."""

    def dpi_of(pack: dict[str, Any]) -> float:
        return float(pack.get("dpi", data.get("dpi", 300)))

    for pack in data["packs"]:
        # A pack may ask for more resolution: microprint needs 600 dpi to be read in the
        # loupe, but the whole set at 600 dpi would quadruple the first-start build.
        title = pack_title(pack["title"])
        for i, recipe in enumerate(recipes_of(pack)):
            one = partial(generate_pack, pack["id"], [recipe], dpi=dpi_of(pack), title=title)
            yield pack["id"], i, one
    for pack in data.get("forgery_packs", []):
        for i, j in enumerate(pack["jobs"]):
            yield pack["id"], i, partial(_forge, pack, j, dpi_of(pack))
    for pack in data.get("chip_fraud_packs", []):
        for i, j in enumerate(pack["jobs"]):
            yield pack["id"], i, partial(_forge_chip, pack, j, dpi_of(pack))


def _forge(pack: dict[str, Any], j: dict[str, Any], dpi: float, dest: Path) -> object:
    # Imported here: only the bundled build needs the forgery generator.
    from docexam.core.synth.forgery import ForgeJob, forge_pack

    job = ForgeJob(
        j["state"],
        j["type"],
        int(j["seed"]),
        j["fraud"],
        j.get("difficulty"),
        j.get("series", "A"),
        # MRZ exercises need forgeries whose printed MRZ was altered: a job may name the
        # operations instead of leaving them to the difficulty.
        tuple(j["operations"]) if "operations" in j else None,
        # The bundled set pins each method of photo substitution and data alteration.
        j.get("method"),
    )
    return forge_pack(pack["id"], [job], dest, dpi=dpi, title=pack_title(pack["title"]))


def _forge_chip(pack: dict[str, Any], j: dict[str, Any], dpi: float, dest: Path) -> object:
    from docexam.core.synth.forgery.chip_frauds import forge_chip_pack

    # Frauds only the chip reveals, so chip items in exercises can fail each step.
    job = (j["state"], j.get("series", "A"), int(j["seed"]), j["fraud"])
    return forge_chip_pack(pack["id"], [job], dest, dpi=dpi, title=pack_title(pack["title"]))


def ensure_bundled(
    cache_dir: Path,
    progress: Progress | None = None,
    recipes_file: Path = RECIPES_FILE,
    on_landed: Landed | None = None,
    workers: int | None = None,
    poll: Callable[[], None] | None = None,
) -> Path:
    """The directory holding the bundled pack directories, building what is missing of them:
    each specimen lands in its pack as soon as it is built, so the library can list it, and
    a build stopped before the end resumes after the specimens already landed. ``on_landed`` is
    called after ``progress`` for each specimen built now. Specimens are built by ``workers``
    processes (default: one per core, at most four) and land in the recipes' order. ``poll`` is
    called every tenth of a second while the next specimen is being built and may raise to stop
    the build at once (a quit must not wait seconds for a specimen it will throw away)."""
    data = load_recipes(recipes_file)
    target = bundled_target(cache_dir, recipes_file)
    if is_built(target):
        return target
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob(".landing-*"):  # a crash's work directory
        shutil.rmtree(stale, ignore_errors=True)
    jobs = list(jobs_of(data))
    landed: dict[str, int] = {}
    for pack_id in dict.fromkeys(pack_id for pack_id, _, _ in jobs):
        discard_unlisted(target / pack_id)  # a landing cut short by a crash or a quit
        landed[pack_id] = len(listed_ids(target / pack_id))
    done = sum(landed.values())
    if progress is not None:
        progress(done, len(jobs))
    todo = [(pack_id, build) for pack_id, index, build in jobs if index >= landed[pack_id]]
    # Closed as soon as this loop ends, by an error or a cancel too: the builders stop at once.
    with closing(_built_in_order(target, todo, workers, poll)) as built:
        for pack_id, work in built:
            try:
                specimen_id = land(work / pack_id, target / pack_id)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            done += 1
            if progress is not None:
                progress(done, len(jobs))
            if on_landed is not None:
                on_landed(target / pack_id, specimen_id)
    if "cases" in data:
        write_bundled_cases(target, data["cases"])
    (target / COMPLETE).write_text("", encoding="utf-8")
    remove_superseded(target)
    return target


def _built_in_order(
    target: Path,
    todo: list[tuple[str, BuildOne]],
    workers: int | None,
    poll: Callable[[], None] | None = None,
) -> Generator[tuple[str, Path], None, None]:
    """Each job's pack built in a work directory under ``target``, yielded in the jobs' order
    (landing in order is what lets a stopped build resume after the specimens already there).
    Several processes build ahead while the caller lands (the whole set measured 1.37x faster
    with two on two cores, docs/performance.md). A caller that stops early (the trainee quit, a
    landing failed) leaves the workers killed; their work directories are cleared next start."""
    n = min(workers or usable_cores(), MAX_WORKERS, len(todo))
    if n <= 1:
        for pack_id, build in todo:
            if poll is not None:
                poll()
            work = Path(tempfile.mkdtemp(prefix=".landing-", dir=target))
            try:
                build(work / pack_id)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
            yield pack_id, work
        return
    # Spawned, not forked: the app's process runs Qt's threads, which a fork would copy
    # half-way through whatever they were doing.
    with multiprocessing.get_context("spawn").Pool(n, initializer=_lower_priority) as pool:
        ahead: deque[tuple[str, Path, AsyncResult[None]]] = deque()
        queued = iter(todo)
        try:
            while True:
                # Two jobs a worker in flight: none waits for the next, and few work
                # directories (a specimen's images each) lie on disk at once.
                for pack_id, build in islice(queued, 2 * n - len(ahead)):
                    work = Path(tempfile.mkdtemp(prefix=".landing-", dir=target))
                    ahead.append((pack_id, work, pool.apply_async(_build, (build, work / pack_id))))
                if not ahead:
                    return
                pack_id, work, result = ahead[0]
                while poll is not None:
                    poll()  # before the landing, even of a specimen already built
                    if result.ready():
                        break
                    result.wait(0.1)
                ahead.popleft()
                try:
                    result.get()
                except BaseException:
                    shutil.rmtree(work, ignore_errors=True)
                    raise
                yield pack_id, work
        finally:
            pool.terminate()
            for _, work, _ in ahead:
                shutil.rmtree(work, ignore_errors=True)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may run on (a container's share)
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _lower_priority() -> None:
    # The builders yield to the window: a trainee browsing the library during a first start
    # must not wait for the generator.
    if hasattr(os, "nice"):
        os.nice(5)


def _build(build: BuildOne, dest: Path) -> None:
    build(dest)  # the built pack stays on disk; only success or the error travels back


def remove_superseded(target: Path) -> list[Path]:
    """Delete the sets earlier generator versions or recipes built beside ``target``: after an
    update they would stay on disk for ever (hundreds of MB), and nothing reads them once the
    new set is complete (results name specimens by pack and id, not by this folder)."""
    removed = []
    for old in target.parent.glob("bundled-*"):
        if old != target and old.is_dir() and re.fullmatch(r"bundled-[0-9a-f]{12}", old.name):
            shutil.rmtree(old, ignore_errors=True)
            removed.append(old)
    return removed
