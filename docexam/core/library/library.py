"""The user's specimen library: the bundled packs plus the ones the user imported.

Imported packs live in ``<data dir>/packs/<pack id>/``. An import is assembled in a hidden staging
directory on the same file system and renamed into place only once it is fully valid, so an error or
a crash part-way leaves the library exactly as it was; leftovers are swept on the next start.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docexam.core.cases.check import case_problems
from docexam.core.cases.codec import read_cases
from docexam.core.cases.model import CaseFile
from docexam.core.domain.errors import AlreadyInLibrary, LibraryError, PackError
from docexam.core.domain.model import I18nText, Manifest, Pack, Specimen
from docexam.core.pack import staging
from docexam.core.pack.io import (
    CASES_FILE,
    export_pack,
    keep_only_listed,
    seal_exam_sets,
    unpack_to,
)
from docexam.core.pack.reader import (
    MANIFEST,
    read_dir,
    read_manifest,
    read_specimen,
    specimen_file,
)
from docexam.core.pack.validate import validate_dir

STAGING_PREFIX = ".staging-"
REMOVED_PREFIX = ".removed-"  # a removed pack on its way out: deleted, never restored

# progress(fraction 0..1, message code): message codes are words the UI translates.
ImportProgress = Callable[[float, str], None]


@dataclass(frozen=True)
class LibraryEntry:
    manifest: Manifest
    path: Path
    bundled: bool

    @property
    def pack_id(self) -> str:
        return self.manifest.info.id

    @property
    def title(self) -> I18nText:
        return self.manifest.info.title

    @property
    def specimen_count(self) -> int:
        return len(self.manifest.specimen_ids)


class Library:
    """Packs here were validated on the way in (or ship with docexam), so they are read as
    trusted: safely, but without the schema check an import makes."""

    def __init__(self, packs_dir: Path, bundled_dirs: Sequence[Path] = ()) -> None:
        self.packs_dir = packs_dir
        self.bundled_dirs = list(bundled_dirs)
        # pack id -> (identity of its cases.json, its case files by id)
        self._case_cache: dict[str, tuple[tuple[object, ...], dict[str, CaseFile]]] = {}
        packs_dir.mkdir(parents=True, exist_ok=True)
        self._recover()

    def _recover(self) -> None:
        """Undo what a crash part-way through an import or replace left behind.

        Only abandoned staging folders go: another docexam process may be importing right now."""
        staging.sweep(self.packs_dir, STAGING_PREFIX)
        for path in self.packs_dir.iterdir():
            if path.name.startswith(REMOVED_PREFIX):
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith(".trash-"):
                pack_id = path.name.split("-", 2)[2]
                if not (self.packs_dir / pack_id).exists():
                    path.rename(self.packs_dir / pack_id)
                else:
                    shutil.rmtree(path, ignore_errors=True)

    def _pack_dirs(self) -> list[tuple[Path, bool]]:
        found: list[tuple[Path, bool]] = []
        for bundled in self.bundled_dirs:
            if bundled.is_dir():
                found += [(p, True) for p in sorted(bundled.iterdir()) if (p / MANIFEST).is_file()]
        found += [
            (p, False)
            for p in sorted(self.packs_dir.iterdir())
            if not p.name.startswith(".") and (p / MANIFEST).is_file()
        ]
        return found

    def entries(self) -> list[LibraryEntry]:
        out = []
        for path, bundled in self._pack_dirs():
            manifest, _ = read_manifest(path, trusted=True)
            if manifest is not None:  # a damaged pack must not hide the others
                out.append(LibraryEntry(manifest, path, bundled))
        return out

    def entry(self, pack_id: str) -> LibraryEntry:
        entries = self.entries()
        for entry in entries:
            if entry.pack_id == pack_id:
                return entry
        known = ", ".join(e.pack_id for e in entries) or "none"
        raise LibraryError(f"no pack {pack_id!r} in the library (packs: {known})")

    def missing(self, refs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """The (pack id, specimen id) pairs of ``refs`` that no pack here lists: a pack was
        removed, or a newer docexam rebuilt the generated set under new ids."""
        listed = {(e.pack_id, s) for e in self.entries() for s in e.manifest.specimen_ids}
        return sorted(set(refs) - listed)

    def load(self, pack_id: str) -> Pack:
        """Read a pack already in the library; it was validated when it came in, so this is fast."""
        return self.read(self.entry(pack_id))

    def read(self, entry: LibraryEntry) -> Pack:
        """The pack of ``entry``; PackError when its files were damaged since it came in."""
        read = read_dir(entry.path, trusted=True)
        if read.pack is None:
            raise PackError(
                f"{entry.path}: pack in the library is damaged ({read.problems[0]}); re-import it",
                read.problems,
            )
        return read.pack

    def load_case(self, ref: str) -> CaseFile:
        """The traveller's case file ``pack_id/case_id`` (a case-file item's ``case``)."""
        pack_id, _, case_id = ref.partition("/")
        case = self._cases_of(self.entry(pack_id)).get(case_id)
        if case is None:
            raise LibraryError(f"pack {pack_id!r} has no case file {case_id!r}")
        return case

    def _cases_of(self, entry: LibraryEntry) -> dict[str, CaseFile]:
        """The pack's case files by id, parsed once while its ``cases.json`` stays the same file
        (a session loads one case per item; the bundled file holds 44, sealed). A re-import,
        a replace or an edit gives the file a new identity, and it is read again."""
        path = entry.path / CASES_FILE
        try:
            st = path.stat()
            stamp: tuple[object, ...] = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            stamp = (str(path),)
        cached = self._case_cache.get(entry.pack_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        by_id = {case.id: case for case in read_cases(entry.path)}
        self._case_cache[entry.pack_id] = (stamp, by_id)
        return by_id

    def load_specimen(self, pack_id: str, specimen_id: str) -> Specimen:
        """One specimen of a library pack, without reading the rest of the pack."""
        entry = self.entry(pack_id)
        # Only specimens the manifest lists were validated at import; anything else in the
        # folder (or an id like "..") is not a specimen of this pack.
        if specimen_id not in entry.manifest.specimen_ids:
            raise LibraryError(f"pack {pack_id!r} has no specimen {specimen_id!r}")
        specimen, problems = read_specimen(entry.path, specimen_id, trusted=True)
        if specimen is None:
            where = entry.path / specimen_file(specimen_id)
            raise PackError(
                f"{where}: damaged or missing ({problems[0]}); re-import the pack", problems
            )
        return specimen

    def load_all(self) -> list[Pack]:
        packs = []
        for entry in self.entries():  # read once: load(id) would list the library per pack
            try:
                packs.append(self.read(entry))
            except PackError:
                continue
        return packs

    def import_pack(
        self,
        source: Path,
        *,
        replace_existing: bool = False,
        progress: ImportProgress | None = None,
    ) -> Pack:
        """Import the pack at ``source`` atomically; PackError lists every problem otherwise."""

        def report(fraction: float, message: str) -> None:
            if progress is not None:
                progress(fraction, message)

        with staging.staged(self.packs_dir, STAGING_PREFIX) as stage:
            report(0.0, "unpacking")
            root = unpack_to(
                Path(source),
                stage.path,
                lambda i, n: report(0.6 * i / max(n, 1), "unpacking"),
            )
            report(0.6, "validating")
            pack, problems = validate_dir(root)
            if pack is not None:  # the traveller case files too: nothing half-imported
                problems = case_problems(root, pack)
                pack = None if problems else pack
            if pack is None:
                raise PackError(f"{source}: invalid pack, nothing imported", problems)
            self._check_id_free(pack.id, pack.info.version, replace_existing)
            report(0.9, "installing")
            keep_only_listed(root, pack)
            seal_exam_sets(root)
            target = self.packs_dir / pack.id
            trash = self.packs_dir / f".trash-{uuid.uuid4().hex[:8]}-{pack.id}"
            if target.exists():
                target.rename(trash)
            stage.commit(target, durable=True)
            shutil.rmtree(trash, ignore_errors=True)
            report(1.0, "done")
        return self.load(pack.id)

    def _check_id_free(self, pack_id: str, version: str, replace_existing: bool) -> None:
        for entry in self.entries():
            if entry.pack_id != pack_id:
                continue
            if entry.bundled:
                raise LibraryError(f"pack id {pack_id!r} belongs to a bundled pack; rename it")
            if not replace_existing:
                raise AlreadyInLibrary(pack_id, entry.manifest.info.version, version)

    def export(self, pack_id: str, out: Path) -> Path:
        return export_pack(self.entry(pack_id).path, out)

    def remove(self, pack_id: str) -> None:
        entry = self.entry(pack_id)
        if entry.bundled:
            raise LibraryError(f"pack {pack_id!r} is bundled with docexam and cannot be removed")
        trash = self.packs_dir / f"{REMOVED_PREFIX}{uuid.uuid4().hex[:8]}"
        entry.path.rename(trash)
        shutil.rmtree(trash, ignore_errors=True)


def default_library() -> Library:
    """The user's library: hand-made bundled packs, the generated set once built, imports."""
    from docexam import paths, shipped

    dirs = [shipped.PACKS]
    generated = generated_bundled_dir()
    if generated is not None and generated.is_dir():
        dirs.append(generated)
    return Library(paths.library_dir(), dirs)


def generated_bundled_dir() -> Path | None:
    """Where the generated bundled set lives, or None when its recipes are not installed."""
    from docexam import paths
    from docexam.core.library.bundled_location import RECIPES_FILE, bundled_target

    if not RECIPES_FILE.is_file():
        return None
    return bundled_target(paths.cache_dir())
