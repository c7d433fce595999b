"""The rules a pack keeps, checked over the objects the reader returns, every problem at once.

The same rules check a pack directory coming in (:func:`validate_dir`) and a pack held in memory,
such as a draft being authored (:func:`validate_pack`): first the JSON the files hold (or would
hold) against the schema, then what a schema cannot say: images and masks exist and fit the page,
regions lie on it, ids are unique, categories are known, exercises point at real specimens, the
MRZ and visual zone hold together and texts are in the listed languages (``document_data.py``).
Each problem names the file and the field, e.g.
``specimens/uto-1/specimen.json: pages[0].features[2].region: extends outside the page``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from docexam.core.domain.errors import DocexamError, PackError, Problem
from docexam.core.domain.geometry import region_within
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import ImageRef, Pack, Specimen
from docexam.core.domain.taxonomy import CATEGORIES, category_hint
from docexam.core.exercise.model import ExerciseSet, MrzExercise, specimen_refs
from docexam.core.pack import images, schemas
from docexam.core.pack.codec import manifest_to_json, specimen_to_json
from docexam.core.pack.document_data import language_problems, specimen_data_problems
from docexam.core.pack.exercise_file import EXERCISES_FILE, file_to_json, set_from_json
from docexam.core.pack.forgery_record import RECORD_FILE, read_record
from docexam.core.pack.reader import (
    MANIFEST,
    MAX_JSON_BYTES,
    decode,
    load_json,
    read_chip,
    read_dir,
    schema_problems,
    specimen_file,
)
from docexam.core.pack.sltd_file import sltd_problems
from docexam.core.pack.travel_file import read_travel

# A scan's pixel size may differ from page size x dpi by trimming or scanner slop.
SIZE_TOLERANCE = 0.06
# A JPEG's size sits after its metadata segments (EXIF, XMP, ICC), which can be large.
HEADER_BYTES = 4 * 1024 * 1024


def validate_dir(root: Path) -> tuple[Pack | None, list[Problem]]:
    """Read the pack directory ``root``; return the pack, or None and every problem found."""
    read = read_dir(root)
    problems = list(read.problems)
    for specimen in read.specimens:
        problems += specimen_problems(specimen, root)
    pack = read.pack
    if pack is not None:
        problems += language_problems(pack)
    if pack is None or problems:
        return None, problems
    # exercises.json and each forgery.json are read at import too: a broken one accepted here
    # would later break every exercise set built over the library.
    sets, problems = _exercises_on_disk(root)
    problems += _exercise_problems(pack, sets) + _forgery_problems(pack.specimens)
    problems += _chip_problems(root, pack.specimens) + _travel_problems(pack.specimens)
    problems += sltd_problems(root)
    if not problems:
        problems = _decode_problems(pack)
    return (None, problems) if problems else (pack, [])


def _decode_problems(pack: Pack) -> list[Problem]:
    """Decode every image once: a header can be whole over damaged pixel data, and what
    validates must open. Only for a pack coming in; a draft's live check reads headers only."""
    problems: list[Problem] = []
    for specimen in pack.specimens:
        assert specimen.root is not None  # read from disk by read_dir
        file = specimen_file(specimen.id)
        for pi, page in enumerate(specimen.pages):
            files: list[tuple[str, str, bool, str | None]] = [
                (f"pages[{pi}].images[{i}]", r.file, False, None) for i, r in enumerate(page.images)
            ]
            files += [
                (f"pages[{pi}].features[{fi}].mask", f.mask.file, True, f.id)
                for fi, f in enumerate(page.features)
                if f.mask is not None
            ]
            for path, rel, grey, feature_id in files:
                try:
                    images.read_image(specimen.root / rel, grey=grey)
                except PackError as exc:
                    message = f"{rel}: {exc.problems[0].message}"
                    problems.append(
                        Problem(file, path, "bad-image", message, specimen.id, page.id, feature_id)
                    )
    return problems


def validate_pack(pack: Pack, exercise_sets: Sequence[ExerciseSet] = ()) -> list[Problem]:
    """Every problem an import of ``pack`` (and its exercise sets) would report, found in memory:
    nothing is written. Its images are read where they lie, under ``pack.root``."""
    if pack.root is None:
        raise ValueError(f"pack {pack.id!r} has no folder holding its images")
    ids = [s.id for s in pack.specimens]
    problems = _as_written(manifest_to_json(pack.info, ids), schemas.PACK, MANIFEST)
    for specimen in pack.specimens:
        data = specimen_to_json(specimen)
        problems += _as_written(data, schemas.SPECIMEN, specimen_file(specimen.id), specimen)
        problems += specimen_problems(specimen, pack.root)
    problems += language_problems(pack)
    problems += _as_written(file_to_json(list(exercise_sets)), schemas.EXERCISES, EXERCISES_FILE)
    return problems + _exercise_problems(pack, exercise_sets) + _forgery_problems(pack.specimens)


def _as_written(
    data: dict[str, Any], schema: str, file: str, specimen: Specimen | None = None
) -> list[Problem]:
    """The problems the reader would find in ``data`` written as ``file``, located by ids."""
    sid = None if specimen is None else specimen.id
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError:
        message = "holds NaN or infinity, which JSON does not allow"
        return [Problem(file, "", "bad-json", message, sid)]
    if len(text.encode("utf-8")) > MAX_JSON_BYTES:
        message = f"larger than {MAX_JSON_BYTES // 1024**2} MB"
        return [Problem(file, "", "too-large", message, sid)]
    problems = []
    for error in schemas.schema_errors(data, schema):
        page_id, feature_id = _ids_at(specimen, error.parts)
        path = schemas.json_path(error.parts)
        problems.append(Problem(file, path, error.code, error.message, sid, page_id, feature_id))
    return problems


def _ids_at(specimen: Specimen | None, parts: schemas.JsonPath) -> tuple[str | None, str | None]:
    """The page and feature at ``pages[i].features[j]...`` of the specimen written as JSON."""
    if specimen is None or len(parts) < 2 or parts[0] != "pages" or not isinstance(parts[1], int):
        return None, None
    if not 0 <= parts[1] < len(specimen.pages):
        return None, None
    page = specimen.pages[parts[1]]
    if len(parts) < 4 or parts[2] != "features" or not isinstance(parts[3], int):
        return page.id, None
    if not 0 <= parts[3] < len(page.features):
        return page.id, None
    return page.id, page.features[parts[3]].id


def specimen_problems(specimen: Specimen, pack_root: Path) -> list[Problem]:
    """What a schema cannot check about a specimen of the pack in ``pack_root``."""
    page_ids = [p.id for p in specimen.pages]
    problems = [
        Problem(
            specimen_file(specimen.id),
            "pages",
            "duplicate-id",
            f"page id {dup!r} is used twice",
            specimen.id,
            dup,
        )
        for dup in sorted({p for p in page_ids if page_ids.count(p) > 1})
    ]
    for pi in range(len(specimen.pages)):
        problems += _page_problems(pack_root, specimen, pi)
    return problems + specimen_data_problems(specimen)


def _image_size(pack_root: Path, spec_dir: Path, rel: str) -> tuple[int, int]:
    """The pixel size of the image ``rel``, read from its header; PackError says what is wrong."""
    target = (spec_dir / rel).resolve()
    # ".." is refused even when it stays inside: the model refuses it when the page is opened.
    if ".." in PurePosixPath(rel).parts or not target.is_relative_to(pack_root.resolve()):
        raise PackError.at("", "outside-pack", f"{rel!r} points outside the pack")
    if not target.is_file():
        raise PackError.at("", "missing-file", f"image {rel!r} is missing")
    try:
        with open(target, "rb") as fh:
            head = fh.read(HEADER_BYTES)
    except OSError as exc:
        raise PackError.at(rel, "unreadable", f"cannot read ({exc.strerror})") from exc
    width, height = images.image_size(head, rel)
    images.check_pixels(width, height, rel)
    return width, height


def _page_problems(pack_root: Path, specimen: Specimen, pi: int) -> list[Problem]:
    page = specimen.pages[pi]
    if specimen.root is None:
        raise ValueError(f"specimen {specimen.id!r} has no folder holding its images")
    spec_dir = specimen.root
    file = specimen_file(specimen.id)
    problems: list[Problem] = []

    def problem(path: str, code: str, message: str, feature_id: str | None = None) -> Problem:
        return Problem(file, path, code, message, specimen.id, page.id, feature_id)

    def image_problem(path: str, rel: str, feature_id: str | None = None) -> tuple[int, int] | None:
        try:
            return _image_size(pack_root, spec_dir, rel)
        except PackError as exc:
            fault = exc.problems[0]
            problems.append(problem(path, fault.code, str(fault), feature_id))
            return None

    where = f"pages[{pi}]"
    width_mm, height_mm = page.size_mm
    if not any(ref.light is LightSource.VISIBLE for ref in page.images):
        problems.append(
            problem(f"{where}.images", "no-visible-image", "a visible-light image is required")
        )

    def size_problem(field: str, ref: ImageRef, feature_id: str | None = None) -> None:
        """An image (or mask) must cover the page at its dpi: one that does not would be
        stretched onto it, or (a mask) ignored by the light engine."""
        size = image_problem(field, ref.file, feature_id)
        if size is None:
            return
        w_px, h_px = size
        exp_w, exp_h = width_mm / 25.4 * ref.dpi, height_mm / 25.4 * ref.dpi
        if abs(w_px - exp_w) > SIZE_TOLERANCE * exp_w or abs(h_px - exp_h) > SIZE_TOLERANCE * exp_h:
            message = (
                f"{ref.file} is {w_px} x {h_px} px, but a {width_mm:g} x {height_mm:g} mm page "
                f"at {ref.dpi:g} dpi needs about {exp_w:.0f} x {exp_h:.0f} px"
            )
            code = "image-size" if feature_id is None else "mask-size"
            problems.append(problem(field, code, message, feature_id))

    for ii, ref in enumerate(page.images):
        size_problem(f"{where}.images[{ii}]", ref)
    feature_ids: set[str] = set()
    for fi, feature in enumerate(page.features):
        field = f"{where}.features[{fi}]"
        if feature.id in feature_ids:
            message = f"{feature.id!r} is used twice on this page"
            problems.append(problem(f"{field}.id", "duplicate-id", message, feature.id))
        feature_ids.add(feature.id)
        if feature.category not in CATEGORIES:
            message = f"unknown category {feature.category!r}; {category_hint(feature.category)}"
            problems.append(problem(f"{field}.category", "unknown-category", message, feature.id))
        if not region_within(feature.region, width_mm, height_mm):
            message = f"extends outside the {width_mm:g} x {height_mm:g} mm page"
            problems.append(problem(f"{field}.region", "region-outside-page", message, feature.id))
        if feature.mask is not None:
            size_problem(f"{field}.mask", feature.mask, feature.id)
    if page.reverse is not None and page.reverse not in {p.id for p in specimen.pages}:
        message = f"no page {page.reverse!r} in this specimen"
        problems.append(problem(f"{where}.reverse", "unknown-page", message))
    return problems


def _exercises_on_disk(root: Path) -> tuple[list[ExerciseSet], list[Problem]]:
    if not (root / EXERCISES_FILE).is_file():
        return [], []
    try:
        data = load_json(root / EXERCISES_FILE, EXERCISES_FILE)
    except PackError as exc:
        return [], exc.problems
    problems = schema_problems(data, schemas.EXERCISES, EXERCISES_FILE)
    if problems:
        return [], problems
    sets, problems = decode(lambda d: [set_from_json(s) for s in d["sets"]], data, EXERCISES_FILE)
    return sets or [], problems


def _exercise_problems(pack: Pack, sets: Sequence[ExerciseSet]) -> list[Problem]:
    """Each exercise must use specimens and pages of this pack."""
    problems: list[Problem] = []
    pages = {s.id: {p.id for p in s.pages} for s in pack.specimens}
    printed = {s.id: tuple(s.mrz.split("\n")) for s in pack.specimens if s.mrz}
    for si, exercise_set in enumerate(sets):
        for ei, exercise in enumerate(exercise_set.exercises):
            where = f"sets[{si}].exercises[{ei}]"
            said = f"set {exercise_set.id!r}, exercise {exercise.id!r}"
            for ref in specimen_refs(exercise):
                if ref.pack_id != pack.id or ref.specimen_id not in pages:
                    message = f"{said}: no specimen {ref.pack_id}/{ref.specimen_id}"
                    problems.append(Problem(EXERCISES_FILE, where, "unknown-specimen", message))
                elif ref.page_id is not None and ref.page_id not in pages[ref.specimen_id]:
                    message = f"{said}: no page {ref.page_id!r}"
                    problems.append(
                        Problem(EXERCISES_FILE, where, "unknown-page", message, ref.specimen_id)
                    )
                elif isinstance(exercise, MrzExercise) and exercise.lines != printed.get(
                    ref.specimen_id
                ):
                    # The trainee examines the page: an MRZ item about other lines than the page
                    # prints would score a right reading as wrong.
                    message = (
                        f"{said}: its MRZ lines are not the MRZ recorded for specimen "
                        f"{ref.specimen_id!r} (the MRZ printed on its page)"
                    )
                    problems.append(
                        Problem(EXERCISES_FILE, where, "mrz-not-printed", message, ref.specimen_id)
                    )
    return problems


def _forgery_problems(specimens: Sequence[Specimen]) -> list[Problem]:
    problems = []
    for specimen in specimens:
        if specimen.root is None or not (specimen.root / RECORD_FILE).is_file():
            continue
        try:
            read_record(specimen.root)
        except DocexamError as exc:
            file = f"specimens/{specimen.id}/{RECORD_FILE}"
            problems.append(Problem(file, "", "forgery-record", str(exc), specimen.id))
    return problems


def _travel_problems(specimens: Sequence[Specimen]) -> list[Problem]:
    """Each ``travel.json`` must read: exercises ask about the story it records."""
    problems: list[Problem] = []
    for specimen in specimens:
        if specimen.root is None:
            continue
        try:
            read_travel(specimen.root, specimen.id)
        except PackError as exc:
            problems += exc.problems
    return problems


def _chip_problems(root: Path, specimens: Sequence[Specimen]) -> list[Problem]:
    """Each ``chip.json`` must read: the chip reader panel and ``docexam chip`` open it later."""
    problems: list[Problem] = []
    for specimen in specimens:
        try:
            read_chip(root, specimen.id)
        except PackError as exc:
            problems += exc.problems
    return problems
