"""``docexam pack import`` killed (``kill -9``) at random moments: after restart the library
holds the whole pack or nothing, and the next Library() start sweeps what the import left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from docexam.core.library.library import STAGING_PREFIX, Library
from docexam.core.pack.archive import write_zip
from docexam.core.pack.staging import LOCK_FILE
from docexam.core.pack.validate import validate_dir

from .packs import copy_basic, tree_snapshot

PACK_ID = "kill-course"
KILLS = 4


def _archive(tmp_path: Path) -> Path:
    source = copy_basic(tmp_path / "src")
    manifest = source / "pack.json"
    text = manifest.read_text(encoding="utf-8").replace("utopia-basic", PACK_ID)
    manifest.write_text(text, encoding="utf-8")
    out = tmp_path / "course.dxpack"
    write_zip(source, out)
    return out


def _import(archive: Path, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DOCEXAM_DATA_DIR": str(data), "DOCEXAM_CONFIG_DIR": str(data / "cfg")}
    command = [sys.executable, "-m", "docexam", "pack", "import", "--replace", str(archive)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_killed_import_leaves_the_whole_pack_or_nothing(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    reference = tmp_path / "reference"
    started = time.monotonic()
    done = _import(archive, reference)
    assert done.wait(timeout=300) == 0, done.stderr.read() if done.stderr else ""
    duration = time.monotonic() - started
    whole = tree_snapshot(reference / "packs" / PACK_ID)

    rng = random.Random(14)
    outcomes = set()
    for kill in range(KILLS):
        data = tmp_path / f"run-{kill}"
        if kill % 2:  # half the runs replace a pack already there: the old one must survive whole
            _import(archive, data).wait(timeout=300)
        child = _import(archive, data)
        # Spread over the import: start-up, unpacking, validating, installing.
        time.sleep(duration * (kill + rng.random()) / KILLS)
        child.send_signal(signal.SIGKILL)
        if child.wait(timeout=60) == -signal.SIGKILL:
            outcomes.add("killed")
        packs = data / "packs"
        library = Library(packs)  # the restart
        if (packs / PACK_ID).exists():
            assert tree_snapshot(packs / PACK_ID) == whole
            pack, problems = validate_dir(packs / PACK_ID)
            assert pack is not None and not problems
            assert library.load(PACK_ID).id == PACK_ID
            outcomes.add("whole")
        else:
            assert PACK_ID not in {e.pack_id for e in library.entries()}
            outcomes.add("nothing")
        # Swept, except a folder killed between its creation and its lock (kept for a grace time,
        # as it may be another import's that has just begun).
        leftovers = [p for p in packs.iterdir() if p.name.startswith(".")]
        assert all(
            p.name.startswith(STAGING_PREFIX) and not (p / LOCK_FILE).exists() for p in leftovers
        ), leftovers
    assert "killed" in outcomes, outcomes  # not every import had finished before its kill
