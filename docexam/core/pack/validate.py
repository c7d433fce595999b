"""Validate a pack directory and read it into objects, reporting every problem at once.

Each problem is one line naming the file and the field, e.g.
``specimens/uto-1/specimen.json: pages[0].features[2].region: extends outside the page``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import DocexamError, PackError
from docexam.core.domain.geometry import region_within
from docexam.core.domain.model import Pack, Page, Specimen
from docexam.core.domain.taxonomy import CATEGORIES
from docexam.core.exercise.model import MrzExercise, specimen_refs
from docexam.core.pack import images
from docexam.core.pack.codec import specimen_from_json
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.pack.forgery_record import read_record
from docexam.core.pack.safejson import UntrustedJsonError, loads_untrusted
from docexam.core.pack.schemas import validator as _validator

MANIFEST = "pack.json"
SPECIMEN_FILE = "specimen.json"
MAX_JSON_BYTES = 20 * 1024 * 1024
# A scan's pixel size may differ from page size x dpi by trimming or scanner slop.
SIZE_TOLERANCE = 0.06
# A JPEG's size sits after its metadata segments (EXIF, XMP, ICC), which can be large.
HEADER_BYTES = 4 * 1024 * 1024


def _field(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")  # use fullmatch: see _strict_names


def is_valid_id(text: str) -> bool:
    """Whether ``text`` may be a pack, specimen, page or feature id."""
    return ID_RE.fullmatch(text) is not None


FILE_RE = re.compile(r"[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}")


def _strict_names(data: Any, label: str, path: str = "") -> list[str]:
    """Ids and file names must match their pattern entirely. JSON Schema's ``$`` is checked
    with Python's ``re.search``, where it also matches before a final newline: "pack\n" would
    pass and could pose as another pack."""
    problems: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            where = f"{path}.{key}" if path else key
            pattern = ID_RE if key in ("id", "reverse") else FILE_RE if key == "file" else None
            if pattern is not None and isinstance(value, str) and not pattern.fullmatch(value):
                problems.append(f"{label}: {where}: {value!r} is not a valid {key}")
            elif key == "specimens" and isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str) and not ID_RE.fullmatch(item):
                        problems.append(f"{label}: {where}[{i}]: {item!r} is not a valid id")
            else:
                problems += _strict_names(value, label, where)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            problems += _strict_names(item, label, f"{path}[{i}]")
    return problems


def _schema_problems(data: Any, schema_name: str, label: str) -> list[str]:
    problems = []
    for err in sorted(_validator(schema_name).iter_errors(data), key=lambda e: list(e.path)):
        if err.validator == "oneOf":
            message = "is not a valid rect, ellipse or polygon region"
        elif err.validator == "additionalProperties":
            message = err.message.replace("Additional properties are not allowed", "unknown field")
        else:
            message = err.message if len(err.message) <= 160 else err.message[:157] + "..."
        problems.append(f"{label}: {_field(err.absolute_path)}: {message}")
    return problems or _strict_names(data, label)


def load_json(path: Path, label: str) -> Any:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise PackError(f"{label}: larger than {MAX_JSON_BYTES // (1024 * 1024)} MB")
        return loads_untrusted(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PackError(f"{label}: missing") from exc
    except UnicodeDecodeError as exc:
        raise PackError(f"{label}: not UTF-8 text") from exc
    except UntrustedJsonError as exc:
        raise PackError(f"{label}: {exc}") from exc
    except OSError as exc:
        raise PackError(f"{label}: cannot read ({exc.strerror})") from exc


def _check_file(root: Path, base: Path, rel: str, label: str, field: str) -> Path | None:
    """The file's path if it exists inside ``root`` and is a plain file; else None."""
    target = (base / rel).resolve()
    if not target.is_relative_to(root.resolve()):
        raise PackError(f"{label}: {field}: {rel!r} points outside the pack")
    if not target.is_file():
        return None
    return target


def _check_image(root: Path, spec_dir: Path, rel: str, label: str, field: str) -> list[str]:
    try:
        target = _check_file(root, spec_dir, rel, label, field)
    except PackError as exc:
        return exc.problems
    if target is None:
        return [f"{label}: {field}: image {rel!r} is missing"]
    try:
        with open(target, "rb") as fh:
            head = fh.read(HEADER_BYTES)
        width, height = images.image_size(head, f"{label}: {field}: {rel}")
        images.check_pixels(width, height, f"{label}: {field}: {rel}")
    except PackError as exc:
        return exc.problems
    return []


def _image_dims(path: Path) -> tuple[int, int]:
    with open(path, "rb") as fh:
        return images.image_size(fh.read(HEADER_BYTES), str(path))


def _page_problems(root: Path, spec: Specimen, spec_dir: Path, label: str, pi: int) -> list[str]:
    page: Page = spec.pages[pi]
    where = f"pages[{pi}]"
    problems: list[str] = []
    width_mm, height_mm = page.size_mm
    if not any(ref.light.value == "visible" for ref in page.images):
        problems.append(f"{label}: {where}.images: a visible-light image is required")
    for ii, ref in enumerate(page.images):
        field = f"{where}.images[{ii}]"
        found = _check_image(root, spec_dir, ref.file, label, field)
        problems += found
        if not found:
            w_px, h_px = _image_dims(spec_dir / ref.file)
            exp_w, exp_h = width_mm / 25.4 * ref.dpi, height_mm / 25.4 * ref.dpi
            if (
                abs(w_px - exp_w) > SIZE_TOLERANCE * exp_w
                or abs(h_px - exp_h) > SIZE_TOLERANCE * exp_h
            ):
                problems.append(
                    f"{label}: {field}: {ref.file} is {w_px} x {h_px} px, but a "
                    f"{width_mm:g} x {height_mm:g} mm page at {ref.dpi:g} dpi needs about "
                    f"{exp_w:.0f} x {exp_h:.0f} px"
                )
    feature_ids: set[str] = set()
    for fi, feature in enumerate(page.features):
        field = f"{where}.features[{fi}]"
        if feature.id in feature_ids:
            problems.append(f"{label}: {field}.id: {feature.id!r} is used twice on this page")
        feature_ids.add(feature.id)
        if feature.category not in CATEGORIES:
            problems.append(f"{label}: {field}.category: unknown category {feature.category!r}")
        if not region_within(feature.region, width_mm, height_mm):
            problems.append(
                f"{label}: {field}.region: extends outside the {width_mm:g} x {height_mm:g} mm page"
            )
        if feature.mask is not None:
            problems += _check_image(root, spec_dir, feature.mask.file, label, f"{field}.mask")
    if page.reverse is not None and page.reverse not in {p.id for p in spec.pages}:
        problems.append(f"{label}: {where}.reverse: no page {page.reverse!r} in this specimen")
    return problems


def read_specimen(root: Path, specimen_id: str) -> tuple[Specimen | None, list[str]]:
    spec_dir = root / "specimens" / specimen_id
    label = f"specimens/{specimen_id}/{SPECIMEN_FILE}"
    try:
        data = load_json(spec_dir / SPECIMEN_FILE, label)
    except PackError as exc:
        return None, exc.problems
    problems = _schema_problems(data, "specimen-v1.schema.json", label)
    if problems:
        return None, problems
    if data["id"] != specimen_id:
        return None, [f"{label}: id: {data['id']!r} differs from its directory {specimen_id!r}"]
    spec = specimen_from_json(data)
    page_ids = [p.id for p in spec.pages]
    for dup in sorted({p for p in page_ids if page_ids.count(p) > 1}):
        problems.append(f"{label}: pages: page id {dup!r} is used twice")
    for pi in range(len(spec.pages)):
        problems += _page_problems(root, spec, spec_dir, label, pi)
    if problems:
        return None, problems
    return replace(spec, root=spec_dir), []


def read_manifest(root: Path) -> dict[str, Any]:
    data = load_json(root / MANIFEST, MANIFEST)
    if isinstance(data, dict) and data.get("format_version") not in (None, 1):
        raise PackError(
            f"{MANIFEST}: format_version: version {data.get('format_version')!r} is not supported "
            "by this docexam (it reads version 1); update docexam to open this pack"
        )
    problems = _schema_problems(data, "pack-v1.schema.json", MANIFEST)
    if problems:
        raise PackError(problems[0], problems)
    result: dict[str, Any] = data
    return result


def validate_dir(root: Path) -> tuple[Pack | None, list[str]]:
    """Read the pack directory ``root``; return the pack, or None and every problem found."""
    try:
        manifest = read_manifest(root)
    except PackError as exc:
        return None, exc.problems
    problems: list[str] = []
    specimens: list[Specimen] = []
    for specimen_id in manifest["specimens"]:
        spec, found = read_specimen(root, specimen_id)
        problems += found
        if spec is not None:
            specimens.append(spec)
    if problems:
        return None, problems
    problems = _sidecar_problems(root, manifest["id"], specimens)
    if problems:
        return None, problems
    return pack_from_manifest(manifest, specimens, root), []


def _sidecar_problems(root: Path, pack_id: str, specimens: list[Specimen]) -> list[str]:
    """exercises.json and each forgery.json are read at import too: a broken one accepted here
    would later break every exercise set built over the library."""
    problems: list[str] = []
    pages = {s.id: {p.id for p in s.pages} for s in specimens}
    printed = {s.id: tuple(s.mrz.split("\n")) for s in specimens if s.mrz}
    if (root / "exercises.json").is_file():
        try:
            sets = read_exercises(root)
        except DocexamError as exc:
            return [f"exercises.json: {exc}"]
        for s in sets:
            for e in s.exercises:
                for ref in specimen_refs(e):
                    where = f"exercises.json: set {s.id!r}, exercise {e.id!r}"
                    if ref.pack_id != pack_id or ref.specimen_id not in pages:
                        problems.append(f"{where}: no specimen {ref.pack_id}/{ref.specimen_id}")
                    elif ref.page_id is not None and ref.page_id not in pages[ref.specimen_id]:
                        problems.append(f"{where}: no page {ref.page_id!r}")
                    elif isinstance(e, MrzExercise) and e.lines != printed.get(ref.specimen_id):
                        # The trainee examines the page: an MRZ item about other lines than the
                        # page prints would score a right reading as wrong.
                        problems.append(
                            f"{where}: its MRZ lines are not the MRZ recorded for specimen "
                            f"{ref.specimen_id!r} (the MRZ printed on its page)"
                        )
    for specimen in specimens:
        if specimen.root is None or not (specimen.root / "forgery.json").is_file():
            continue
        try:
            read_record(specimen.root)
        except DocexamError as exc:
            problems.append(f"specimens/{specimen.id}/forgery.json: {exc}")
    return problems


def pack_from_manifest(manifest: dict[str, Any], specimens: list[Specimen], root: Path) -> Pack:
    return Pack(
        id=manifest["id"],
        title=dict(manifest["title"]),
        author=manifest["author"],
        licence=manifest["licence"],
        languages=tuple(manifest["languages"]),
        specimens=tuple(specimens),
        description=dict(manifest.get("description", {})),
        format_version=manifest["format_version"],
        root=root,
    )
