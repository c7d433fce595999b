"""Benchmark: render document portraits (docexam.core.faces) at the sheet's tile size.

Prints JSON with the median milliseconds per portrait over 5 runs of 12 faces, the median
milliseconds of the document path the generator runs (``holder_portrait`` for real generated
passports' data, at a data page's 35 x 45 mm at 600 dpi, greyscale and engraved), of the photo
a face item shows (``face_photo`` for items on generated passports, at ``PHOTO_SIZE``) and of a
structured item's key on generated passports (``face_item``, per item, from a cold cache),
and a floor measured in the same run (a fixed numpy workload of similar size) so that figures
from busy machines compare.
Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_faces.py``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.real_specimens import median_ms
from docexam.core.domain.model import Specimen
from docexam.core.exercise.model import FaceExercise, SpecimenRef
from docexam.core.faces import markseen
from docexam.core.faces.render import render
from docexam.core.faces.traits import make_identity, make_look
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.portrait import holder_portrait
from docexam.core.synth.states import STATES
from docexam.core.training.quiz.face_items import PHOTO_SIZE, face_item, face_photo

FACES = 12
RUNS = 5


def _faces() -> float:
    start = time.perf_counter()
    for seed in range(FACES):
        who = make_identity(("bench", seed))
        render(who, make_look(("bench", seed), who, 20 + 4 * seed, seed % 2 == 0), 210, 270)
    return (time.perf_counter() - start) / FACES


DOCUMENTS = 4
PAGE_PX = (827, 1063)  # the data page's portrait box, 35 x 45 mm at 600 dpi


def _documents() -> float:
    """The path a generated specimen takes: its holder drawn from its own data at print size."""
    codes = sorted(STATES)
    start = time.perf_counter()
    for seed in range(DOCUMENTS):
        viz = make_doc_data(STATES[codes[seed % len(codes)]], "td3", seed, "A").viz()
        holder_portrait(viz, *PAGE_PX, engraved=seed % 2 == 1)
    return (time.perf_counter() - start) / DOCUMENTS


def _item_photos(items: list[tuple[FaceExercise, Specimen]]) -> float:
    """The photo a face item shows (``face_photo``: the traveller at the booth for a generated
    passport, holder or look-alike, or the earlier portrait in grey) at the item's own size."""
    start = time.perf_counter()
    for ex, specimen in items:
        face_photo(ex, specimen, *PHOTO_SIZE)
    return (time.perf_counter() - start) / len(items)


def _specimens(work: Path) -> list[Specimen]:
    """Generated passports as the bundled set holds them (their pages and portrait layers)."""
    from docexam.core.synth import build_specimen

    codes = sorted(STATES)
    return [
        build_specimen(codes[seed % len(codes)], "td3", seed, 300.0, work / str(seed)).specimen
        for seed in range(KEYED)
    ]


KEYED = 8


def _item_keys(specimens: list[Specimen]) -> float:
    """What the background set builder runs for a structured face item (``face_item``): its
    key's features that the document's portrait or the item's photo cannot show, marks
    measured in the photos where the geometry has a doubt (``unseen.hides``; each run from
    a cold cache, as a set's first build)."""
    markseen.all_shown.cache_clear()
    start = time.perf_counter()
    for n, specimen in enumerate(specimens):
        face_item(SpecimenRef(f"bench{n}", specimen.id), specimen, True)
    return (time.perf_counter() - start) / len(specimens)


def _floor() -> float:
    """A fixed workload: blurs and products over one working canvas, the renderer's staple."""
    import cv2

    a = np.random.default_rng(0).standard_normal((400, 311), dtype=np.float32)
    start = time.perf_counter()
    for _ in range(40):
        b = cv2.GaussianBlur(a, (0, 0), 3.0)
        a = (a + b * 0.5).astype(np.float32)
    return time.perf_counter() - start


def main() -> None:
    _faces()  # warm caches and imports
    per_face = [_faces() for _ in range(RUNS)]
    per_document = [_documents() for _ in range(RUNS)]
    with tempfile.TemporaryDirectory() as tmp:
        specimens = _specimens(Path(tmp))
        items = [
            (face_item(SpecimenRef(f"bench{n}", s.id), s, True).exercise, s)
            for n, s in enumerate(specimens)
        ]
        per_item = [_item_photos(items) for _ in range(RUNS)]
        per_key = [_item_keys(specimens) for _ in range(RUNS)]
    floor = [_floor() for _ in range(RUNS)]
    figures = {
        "ms_per_portrait": median_ms(per_face),
        "ms_per_document_portrait": median_ms(per_document),
        "ms_per_item_photo": median_ms(per_item),
        "ms_per_item_key": median_ms(per_key),
        "floor_ms": median_ms(floor),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
