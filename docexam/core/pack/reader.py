"""Reading a pack directory: the one place ``pack.json`` and ``specimen.json`` become objects.

Every file is parsed as untrusted JSON (:mod:`~docexam.core.pack.safejson`, a size limit) and,
unless the caller trusts the pack, checked against its schema before it is decoded. What cannot
be read comes back as :class:`Problem` values naming the file and the field, never as a crash.

``trusted=True`` is for packs already in the library or a draft of one: they were validated on
the way in (or are work in progress), and start-up cannot afford the schema (jsonschema takes
~80 ms to import and milliseconds per specimen). Their JSON is still parsed safely, and a file
that no longer decodes is a "damaged" problem.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from docexam.core.domain.errors import PackError, Problem
from docexam.core.domain.model import FORMAT_VERSION, READABLE_VERSIONS, Manifest, Pack, Specimen
from docexam.core.pack import schemas
from docexam.core.pack.chip_file import CHIP_FILE, ChipFile, chip_from_json
from docexam.core.pack.codec import manifest_from_json, specimen_from_json
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed

MANIFEST = "pack.json"
SPECIMEN_FILE = "specimen.json"
# A specimen.json of 4 MB (thousands of features) validates in about 7 s; 19 MB took 97 s.
MAX_JSON_BYTES = 4 * 1024 * 1024
# What a decoder raises on JSON that skipped the schema and lacks a field or has the wrong type.
_DECODE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)
T = TypeVar("T")


def specimen_file(specimen_id: str) -> str:
    """Where a specimen's JSON lies, relative to the pack root."""
    return f"specimens/{specimen_id}/{SPECIMEN_FILE}"


def load_json(path: Path, file: str) -> Any:
    """The JSON at ``path``, parsed as untrusted; PackError naming ``file`` otherwise."""
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise PackError.at(file, "too-large", f"larger than {MAX_JSON_BYTES // 1024**2} MB")
        return loads_unsealed(path.read_text(encoding="utf-8"), MAX_JSON_BYTES)
    except FileNotFoundError as exc:
        raise PackError.at(file, "missing-file", "missing") from exc
    except UnicodeDecodeError as exc:
        raise PackError.at(file, "not-utf8", "not UTF-8 text") from exc
    except UntrustedJsonError as exc:
        raise PackError.at(file, "bad-json", str(exc)) from exc
    except OSError as exc:
        raise PackError.at(file, "unreadable", f"cannot read ({exc.strerror})") from exc


def schema_problems(
    data: Any, schema: str, file: str, specimen_id: str | None = None
) -> list[Problem]:
    return [
        Problem(file, schemas.json_path(e.parts), e.code, e.message, specimen_id)
        for e in schemas.schema_errors(data, schema)
    ]


def decode(
    build: Callable[[dict[str, Any]], T], data: Any, file: str, specimen_id: str | None = None
) -> tuple[T | None, list[Problem]]:
    """``build(data)``, or the problem of JSON that lacks a field or has one of the wrong kind
    (possible only when the schema was not checked first)."""
    try:
        if not isinstance(data, dict):
            raise TypeError("not a JSON object")
        return build(data), []
    except _DECODE_ERRORS as exc:
        message = f"a field is missing or of the wrong kind ({type(exc).__name__}: {exc})"
        return None, [Problem(file, "", "damaged", message, specimen_id)]


def read_manifest(root: Path, *, trusted: bool = False) -> tuple[Manifest | None, list[Problem]]:
    try:
        data = load_json(root / MANIFEST, MANIFEST)
    except PackError as exc:
        return None, exc.problems
    version = data.get("format_version") if isinstance(data, dict) else None
    if version is not None and version not in READABLE_VERSIONS:
        message = (
            f"version {version!r} is not supported by this docexam (it reads versions up to "
            f"{FORMAT_VERSION}); update docexam to open this pack"
        )
        return None, [Problem(MANIFEST, "format_version", "unsupported-version", message)]
    problems = [] if trusted else schema_problems(data, schemas.PACK, MANIFEST)
    if problems:
        return None, problems
    return decode(manifest_from_json, data, MANIFEST)


def read_specimen(
    root: Path, specimen_id: str, *, trusted: bool = False
) -> tuple[Specimen | None, list[Problem]]:
    """The specimen in ``root/specimens/<specimen_id>/``, its images resolved from there."""
    file = specimen_file(specimen_id)
    if not schemas.is_valid_id(specimen_id):  # a damaged manifest could name "..": not a folder
        message = f"{specimen_id!r} is not a valid id"
        return None, [Problem(MANIFEST, "specimens", "bad-id", message)]
    spec_dir = root / "specimens" / specimen_id
    try:
        data = load_json(spec_dir / SPECIMEN_FILE, file)
    except PackError as exc:
        return None, [replace(p, specimen_id=specimen_id) for p in exc.problems]
    problems = [] if trusted else schema_problems(data, schemas.SPECIMEN, file, specimen_id)
    if problems:
        return None, problems
    if isinstance(data, dict) and data.get("id") != specimen_id:
        message = f"{data.get('id')!r} differs from its directory {specimen_id!r}"
        return None, [Problem(file, "id", "id-mismatch", message, specimen_id)]
    specimen, problems = decode(specimen_from_json, data, file, specimen_id)
    return (None if specimen is None else replace(specimen, root=spec_dir)), problems


def read_chip(root: Path, specimen_id: str) -> ChipFile | None:
    """The chip of a specimen (``chip.json``), or None when it has none; PackError naming the
    file and each problem when it is unreadable or breaks its schema."""
    if not schemas.is_valid_id(specimen_id):
        raise PackError.at(MANIFEST, "bad-id", f"{specimen_id!r} is not a valid id", "specimens")
    path = root / "specimens" / specimen_id / CHIP_FILE
    if not path.is_file():
        return None
    file = f"specimens/{specimen_id}/{CHIP_FILE}"
    return chip_from_json(load_json(path, file), file, specimen_id)


def pack_of(manifest: Manifest, specimens: Sequence[Specimen], root: Path) -> Pack:
    i = manifest.info
    return Pack(
        id=i.id,
        title=i.title,
        author=i.author,
        licence=i.licence,
        languages=i.languages,
        specimens=tuple(specimens),
        description=i.description,
        format_version=manifest.format_version,
        version=i.version,
        root=root,
    )


@dataclass(frozen=True)
class PackRead:
    """What reading a pack directory found: the objects that read cleanly, and every problem."""

    root: Path
    manifest: Manifest | None
    specimens: tuple[Specimen, ...]
    problems: tuple[Problem, ...]

    @property
    def pack(self) -> Pack | None:
        """The pack, when the manifest and every specimen it lists were read."""
        if self.manifest is None or self.problems:
            return None
        return pack_of(self.manifest, self.specimens, self.root)


def read_dir(root: Path, *, trusted: bool = False) -> PackRead:
    """Read the manifest of the pack directory ``root`` and every specimen it lists, once."""
    manifest, problems = read_manifest(root, trusted=trusted)
    if manifest is None:
        return PackRead(root, None, (), tuple(problems))
    specimens = []
    for specimen_id in manifest.specimen_ids:
        specimen, found = read_specimen(root, specimen_id, trusted=trusted)
        problems += found
        if specimen is not None:
            specimens.append(specimen)
    return PackRead(root, manifest, tuple(specimens), tuple(problems))


def files_read(root: Path, manifest: Manifest) -> list[Path]:
    """The files a read of the pack depends on: what was made from them holds while they do."""
    return [root / MANIFEST] + [root / specimen_file(s) for s in manifest.specimen_ids]
