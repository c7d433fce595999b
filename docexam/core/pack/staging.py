"""Build a directory beside its destination, then rename it into place: all or nothing.

Every writer of packs (import, the generator, forgery, authoring's save, the CLI) stages its work in
a hidden folder on the same file system, so a crash part-way leaves only a leftover that a later run
sweeps. The folder holds a lock for as long as its writer lives: another docexam process sweeping
leftovers at start must never delete the folder of an import that is still running.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX; on Windows an open file already cannot be deleted, which protects the folder
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"
# A folder younger than this whose lock is not yet taken may be one being created right now.
GRACE_SECONDS = 300.0


class Staging:
    """A locked staging folder; ``path`` is where the writer builds its result."""

    def __init__(self, parent: Path, prefix: str) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self._lock = open(self.root / LOCK_FILE, "w")  # noqa: SIM115 - held for the folder's life
        if fcntl is not None:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX)
        self.path = self.root / "work"

    def commit(self, dest: Path, *, durable: bool = False) -> None:
        """Rename the finished ``path`` to ``dest`` (which must not exist)."""
        if durable:
            fsync_tree(self.path)
        os.replace(self.path, dest)
        if durable:
            fsync_dir(dest.parent)

    def discard(self) -> None:
        self._lock.close()
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def staged(parent: Path, prefix: str) -> Iterator[Staging]:
    """A staging folder under ``parent`` that is removed when the block ends, however it ends."""
    staging = Staging(parent, prefix)
    try:
        yield staging
    finally:
        staging.discard()


def _abandoned(folder: Path) -> bool:
    lock = folder / LOCK_FILE
    try:
        handle = open(lock)  # noqa: SIM115 - closed below; never created here
    except OSError:
        # No lock yet: a writer may be between creating the folder and locking it.
        try:
            return time.time() - folder.stat().st_mtime > GRACE_SECONDS
        except OSError:
            return False
    with handle:
        if fcntl is None:  # pragma: no cover - Windows
            return True
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # its writer is alive
        return True


def sweep(parent: Path, prefix: str) -> None:
    """Remove staging folders under ``parent`` whose writer has died."""
    if not parent.is_dir():
        return
    for folder in parent.iterdir():
        if folder.name.startswith(prefix) and folder.is_dir() and _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder under ``root`` to disk, so "imported" survives a power cut."""
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(dirpath))


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
