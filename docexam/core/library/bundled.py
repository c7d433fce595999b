"""The bundled specimen set: built once from the shipped recipes (``bundled-recipes.json``) into
a cache.

Only the recipes are shipped; the images are generated on first start, and every specimen's
``specimen.json`` and ``forgery.json`` is sealed (``docexam.core.pack.io.seal_specimens``). The
cache directory name hashes the recipes and the generator version, so a change to either builds a
fresh set and an old one is never served.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import generate_cases
from docexam.core.domain.sealed import envelope
from docexam.core.library.bundled_location import RECIPES_FILE, bundled_target, load_recipes
from docexam.core.pack.io import read_pack, seal_specimens
from docexam.core.synth.names_zh import pack_title
from docexam.core.synth.pack import Recipe, generate_pack

Progress = Callable[[int, int], None]


def recipes_of(pack: dict[str, Any]) -> list[Recipe]:
    return [
        Recipe(
            r["state"], r["type"], int(r["seed"]), r.get("series", "A"), r.get("mrz_trap", False)
        )
        for r in pack["specimens"]
    ]


def write_bundled_cases(staging: Path, spec: dict[str, Any]) -> Path:
    """The traveller case files, made on the documents of the packs just built and written,
    sealed like the forgery records (their truth is exercise key), into the pack ``spec`` names."""
    holdings = []
    for built in sorted(staging.iterdir()):
        pack = read_pack(built)
        for specimen in sorted(pack.specimens, key=lambda s: s.id):
            held = holding_of(pack.id, specimen)
            if held is not None:
                holdings.append(held)
    cases = generate_cases(holdings, seed=int(spec.get("seed", 0)))
    path = write_cases(staging / spec["pack"], cases)
    path.write_text(envelope(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def ensure_bundled(
    cache_dir: Path, progress: Progress | None = None, recipes_file: Path = RECIPES_FILE
) -> Path:
    """The directory holding the bundled pack directories, building them the first time."""
    data = load_recipes(recipes_file)
    target = bundled_target(cache_dir, recipes_file)
    if target.is_dir():
        return target
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".bundled-", dir=cache_dir))
    try:
        packs = data["packs"]
        forgeries = data.get("forgery_packs", [])
        chip_packs = data.get("chip_fraud_packs", [])
        total = sum(len(p["specimens"]) for p in packs) + sum(
            len(p["jobs"]) for p in (*forgeries, *chip_packs)
        )
        done = 0

        def step(_i: int, _n: int) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        for pack in packs:
            generate_pack(
                pack["id"],
                recipes_of(pack),
                staging / pack["id"],
                # A pack may ask for more resolution: microprint needs 600 dpi to be read in the
                # loupe, but the whole set at 600 dpi would quadruple the first-start build.
                dpi=float(pack.get("dpi", data.get("dpi", 300))),
                title=pack_title(pack["title"]),
                progress=step,
            )
        for pack in forgeries:
            # Imported here: only the bundled build needs the forgery generator.
            from docexam.core.synth.forgery import ForgeJob, forge_pack

            forge_pack(
                pack["id"],
                [
                    ForgeJob(
                        j["state"],
                        j["type"],
                        int(j["seed"]),
                        j["fraud"],
                        j.get("difficulty"),
                        j.get("series", "A"),
                        # MRZ exercises need forgeries whose printed MRZ was altered: a job
                        # may name the operations instead of leaving them to the difficulty.
                        tuple(j["operations"]) if "operations" in j else None,
                    )
                    for j in pack["jobs"]
                ],
                staging / pack["id"],
                dpi=float(pack.get("dpi", data.get("dpi", 300))),
                title=pack_title(pack["title"]),
                progress=step,
            )
        for pack in chip_packs:
            from docexam.core.synth.forgery.chip_frauds import forge_chip_pack

            # Frauds only the chip reveals, so chip items in exercises can fail each step.
            forge_chip_pack(
                pack["id"],
                [
                    (j["state"], j.get("series", "A"), int(j["seed"]), j["fraud"])
                    for j in pack["jobs"]
                ],
                staging / pack["id"],
                dpi=float(pack.get("dpi", data.get("dpi", 300))),
                title=pack_title(pack["title"]),
                progress=step,
            )
        if "cases" in data:
            write_bundled_cases(staging, data["cases"])
        for built in staging.iterdir():
            # The set is exercise material: its truth is sealed at rest (docs/exercises.md,
            # "Exam secrecy"); the library reads it as any pack.
            seal_specimens(built)
        try:
            os.replace(staging, target)
        except OSError:
            if not target.is_dir():  # another process may have won the race; that is fine
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
