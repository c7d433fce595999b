"""Fuzz the pack import path: mutate a valid pack at zip, JSON and image level, add special files,
then validate, import and open each mutant the way the app does, and count what went wrong.

    python tools/fuzz_packs.py --count 200 --seed 1          # the short run CI does
    python tools/fuzz_packs.py --count 10000 --jobs 2        # the long run, on demand

Each mutant runs in its own forked process with a time limit, so a hang is counted, not suffered.
Outcomes: ``rejected`` (a clean DocexamError: the goal for a broken pack), ``accepted``
(imported and
opened), and the faults: ``crash`` (any other exception), ``hang``, ``outside`` (a file written
outside the library), ``partial`` (a failed import left something in the library),
``unopenable`` (accepted, then failed to open), ``disagree`` (validate and import differ).
Exit status 1 when any fault was seen; each fault's mutant is kept under ``--keep`` to replay.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import shutil
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.library.library import Library
from docexam.core.light import LightEngine, LightParams
from docexam.core.pack.io import read_pack

FAULTS = ("crash", "hang", "outside", "partial", "unopenable", "disagree")
Mutation = Callable[[random.Random, Path], Path]  # (rng, pack folder copy) -> mutant path


def base_pack() -> Path:
    from docexam.core.library.library import default_library

    for entry in default_library().entries():
        if entry.pack_id == "utopia-basic":
            return entry.path
    raise SystemExit("error: the hand-made utopia-basic pack is not installed")


# -- mutations --------------------------------------------------------------------------------
def _files(folder: Path, suffix: str) -> list[Path]:
    return sorted(p for p in folder.rglob(f"*{suffix}") if p.is_file())


def _zip(folder: Path, rng: random.Random) -> Path:
    out = folder.with_suffix(".dxpack")
    method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                zf.write(file, file.relative_to(folder).as_posix())
    shutil.rmtree(folder)
    return out


def zip_flip_bytes(rng: random.Random, folder: Path) -> Path:
    out = _zip(folder, rng)
    data = bytearray(out.read_bytes())
    for _ in range(rng.randint(1, 12)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    out.write_bytes(bytes(data))
    return out


def zip_truncate(rng: random.Random, folder: Path) -> Path:
    out = _zip(folder, rng)
    out.write_bytes(out.read_bytes()[: rng.randrange(1, out.stat().st_size)])
    return out


def zip_header_field(rng: random.Random, folder: Path) -> Path:
    """Damage a field of a local or central header: flags, method, version, sizes, name length."""
    out = _zip(folder, rng)
    data = bytearray(out.read_bytes())
    sig = rng.choice([b"PK\x03\x04", b"PK\x01\x02"])
    spots = [i for i in range(len(data) - 46) if data[i : i + 4] == sig]
    if spots:
        at = rng.choice(spots) + rng.choice([4, 6, 8, 10, 18, 22, 26, 28])
        struct.pack_into("<H", data, at, rng.choice([0, 1, 9, 12, 14, 99, 0x801, 0xFFFF]))
    out.write_bytes(bytes(data))
    return out


def zip_odd_names(rng: random.Random, folder: Path) -> Path:
    out = folder.with_suffix(".dxpack")
    top = rng.choice(["", "pack/", "./", "a/b/"])
    with zipfile.ZipFile(out, "w") as zf:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                zf.write(file, top + file.relative_to(folder).as_posix())
        name = rng.choice(["../evil.txt", "/abs.txt", "a\\b.txt", "x" * 500, "specimens/../../e"])
        zf.writestr(name, b"x")
    shutil.rmtree(folder)
    return out


def _mutate_value(rng: random.Random, value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict) and value and depth < 6:
        key = rng.choice(sorted(value))
        choice = rng.random()
        if choice < 0.15:
            del value[key]
        elif choice < 0.25:
            value[rng.choice(["x", "extra", "..", ""])] = _junk(rng)
        else:
            value[key] = _mutate_value(rng, value[key], depth + 1)
        return value
    if isinstance(value, list) and value and depth < 6:
        i = rng.randrange(len(value))
        choice = rng.random()
        if choice < 0.15:
            del value[i]
        elif choice < 0.3:
            value.append(json.loads(json.dumps(value[i])))
        else:
            value[i] = _mutate_value(rng, value[i], depth + 1)
        return value
    return _junk(rng)


def _junk(rng: random.Random) -> Any:
    return rng.choice(
        [
            None,
            True,
            -1,
            0,
            1e308,
            -1e-308,
            10**30,
            float("nan"),
            "",
            "..",
            "../../etc/passwd",
            "a/../../b.png",
            "x" * 5000,
            "名字",
            "\u0000",
            [],
            {},
            [[[[[]]]]],
            "page-1",
            "uv365",
        ]
    )


def json_mutate(rng: random.Random, folder: Path) -> Path:
    target = rng.choice(_files(folder, ".json"))
    data = json.loads(target.read_text(encoding="utf-8"))
    for _ in range(rng.randint(1, 4)):
        data = _mutate_value(rng, data)
    target.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    return folder if rng.random() < 0.5 else _zip(folder, rng)


def json_text_damage(rng: random.Random, folder: Path) -> Path:
    target = rng.choice(_files(folder, ".json"))
    text = target.read_bytes()
    cut = rng.randrange(len(text))
    target.write_bytes(
        rng.choice(
            [
                text[:cut],
                text[:cut] + b"\xff\xfe" + text[cut:],
                b"[" * 100_000,
                text[:cut] + b"9" * 5000 + text[cut:],
            ]
        )
    )
    return folder


def image_damage(rng: random.Random, folder: Path) -> Path:
    images = _files(folder, ".png") + _files(folder, ".jpg")
    target = rng.choice(images)
    data = bytearray(target.read_bytes())
    how = rng.random()
    if how < 0.3:
        data = data[: rng.randrange(8, max(9, len(data)))]
    elif how < 0.6:
        for _ in range(rng.randint(1, 30)):
            at = rng.randrange(min(len(data), 64), len(data))
            data[at] = rng.randrange(256)
    elif how < 0.8 and data[:8] == b"\x89PNG\r\n\x1a\n":
        struct.pack_into(">II", data, 16, rng.randint(1, 60000), rng.randint(1, 60000))
    else:
        data = bytearray()
    target.write_bytes(bytes(data))
    return folder if rng.random() < 0.5 else _zip(folder, rng)


def special_file(rng: random.Random, folder: Path) -> Path:
    spec = next((folder / "specimens").iterdir())
    victim = rng.choice(_files(spec, ".png") + _files(spec, ".json"))
    victim.unlink()
    kind = rng.choice(["fifo", "dir", "link-out", "link-in"])
    if kind == "fifo" and hasattr(os, "mkfifo"):
        os.mkfifo(victim)
    elif kind == "dir":
        victim.mkdir()
    elif kind == "link-out":
        victim.symlink_to("/etc/hostname")
    else:
        victim.symlink_to(next(iter(_files(folder, ".json"))))
    return folder


MUTATIONS: dict[str, Mutation] = {
    f.__name__: f
    for f in (
        zip_flip_bytes,
        zip_truncate,
        zip_header_field,
        zip_odd_names,
        json_mutate,
        json_text_damage,
        image_damage,
        special_file,
    )
}


# -- one trial ---------------------------------------------------------------------------------
def _snapshot(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


def _open_everything(library: Library, pack_id: str) -> None:
    """What a trainee does: open each specimen and look at every page in white light and UV."""
    pack = library.load(pack_id)
    for specimen in pack.specimens:
        engine = LightEngine(library.load_specimen(pack_id, specimen.id))
        for page in specimen.pages:
            for light in (LightSource.VISIBLE, LightSource.UV365):
                engine.render(page.id, LightParams(light), scale=0.125)


def trial(mutant: Path, work: Path) -> tuple[str, str]:
    """The outcome for one mutant (run in a child process)."""
    outside = work / "outside"
    outside.mkdir()
    before = _snapshot(work.parent)
    try:
        read_pack(mutant)
        valid = True
    except DocexamError:
        valid = False
    library = Library(work / "library")
    try:
        pack = library.import_pack(mutant)
        imported = True
    except DocexamError:
        imported = False
    leftovers = [p for p in (work / "library").iterdir() if p.name.startswith(".")]
    escaped = set(_snapshot(work.parent)) - before - _snapshot(work)
    if escaped:
        return "outside", ", ".join(sorted(escaped)[:5])
    if not imported:
        if any((work / "library").iterdir()):
            return "partial", "a failed import left files in the library"
        return ("disagree", "validate accepted, import refused") if valid else ("rejected", "")
    if leftovers:
        return "partial", f"staging left behind: {leftovers}"
    if not valid:
        return "disagree", "validate refused, import accepted"
    try:
        _open_everything(library, pack.id)
    except Exception:
        return "unopenable", traceback.format_exc(limit=6)
    return "accepted", ""


def _child(mutant: str, work: str, conn: Any) -> None:
    try:
        conn.send(trial(Path(mutant), Path(work)))
    except BaseException:
        conn.send(("crash", traceback.format_exc(limit=6)))


def run_one(name: str, seed: int, base: Path, tmp: Path, timeout: float) -> tuple[str, str, Path]:
    rng = random.Random(seed)
    case = tmp / f"{seed}"
    case.mkdir()
    folder = shutil.copytree(base, case / "pack", symlinks=True)
    mutant = MUTATIONS[name](rng, folder)
    work = case / "work"
    work.mkdir()
    parent, child = mp.Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=_child, args=(str(mutant), str(work), child))
    proc.start()
    if parent.poll(timeout):
        outcome, detail = parent.recv()
        proc.join(5)
    else:
        outcome, detail = "hang", f"no answer within {timeout:.0f} s"
    if proc.is_alive():
        proc.kill()
        proc.join()
    return outcome, detail, case


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per mutant")
    ap.add_argument("--keep", type=Path, default=Path("fuzz-findings"))
    ap.add_argument("--only", choices=sorted(MUTATIONS), help="one kind of mutation")
    args = ap.parse_args(argv)
    base = base_pack()
    names = [args.only] if args.only else sorted(MUTATIONS)
    counts: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="docexam-fuzz-") as tmp_name:
        tmp = Path(tmp_name)
        for i in range(args.count):
            seed = args.seed * 1_000_003 + i
            name = names[i % len(names)]
            outcome, detail, case = run_one(name, seed, base, tmp, args.timeout)
            counts[outcome] += 1
            by_kind[(name, outcome)] += 1
            if outcome in FAULTS:
                keep = args.keep / f"{outcome}-{name}-{seed}"
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(case, keep, symlinks=True, ignore_dangling_symlinks=True)
                (keep / "finding.txt").write_text(f"{name} seed {seed}: {outcome}\n{detail}\n")
                print(f"{outcome}: {name} seed {seed} (kept in {keep})", file=sys.stderr)
            shutil.rmtree(case, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"mutants: {args.count} in {elapsed:.0f} s")
    for outcome in ("rejected", "accepted", *FAULTS):
        print(f"  {outcome:<11}{counts[outcome]}")
    for name in names:
        row = ", ".join(f"{o} {n}" for (k, o), n in sorted(by_kind.items()) if k == name)
        print(f"  {name}: {row}")
    return 1 if any(counts[f] for f in FAULTS) else 0


if __name__ == "__main__":
    sys.exit(main())
