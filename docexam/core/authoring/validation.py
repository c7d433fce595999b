"""Live validation of a draft: the rules an import applies, checked in memory, plus advice.

Nothing is written: the draft's objects are checked as the files they would be saved as, and its
images are read where they lie. Each problem carries the ids of the specimen, page and feature it
is about, so an editor can select what needs fixing.
"""

from __future__ import annotations

from collections.abc import Sequence

from docexam.core.authoring.document import DraftPack
from docexam.core.domain.errors import Problem
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import revealing_lights
from docexam.core.domain.model import Feature, Pack, Page
from docexam.core.exercise.model import ExerciseSet
from docexam.core.pack.document_data import fraud_advice, unused_languages
from docexam.core.pack.reader import MANIFEST, specimen_file
from docexam.core.pack.validate import validate_pack

MIN_SIDE_MM = 2.0


def validate(doc: DraftPack) -> list[Problem]:
    """Every problem an import of the draft would report, then advice (``warning`` set)."""
    return validate_parts(doc.to_pack(), doc.exercise_sets)


def validate_parts(pack: Pack, exercise_sets: Sequence[ExerciseSet]) -> list[Problem]:
    """:func:`validate` over a draft's frozen parts (which another thread may hold)."""
    problems: list[Problem] = []
    if not pack.specimens:
        problems.append(
            Problem(MANIFEST, "specimens", "no-specimens", "the pack has no specimen yet")
        )
    problems += validate_pack(pack, exercise_sets)
    return problems + advice(pack)


def _shows_under(feature: Feature, light: LightSource, page: Page) -> bool:
    """Whether the viewer can show anything for ``light``: a capture, or a material for it."""
    return (
        light is LightSource.VISIBLE  # white light shows the scan itself
        or page.image(light) is not None
        or light in revealing_lights(feature.material)
    )


def advice(pack: Pack) -> list[Problem]:
    """What an instructor would want to fix before a trainee meets it: the pack would import,
    but a "Show me" that shows nothing or a stray speck of a region would mislead."""
    out: list[Problem] = [
        Problem(
            MANIFEST,
            "languages",
            "language-unused",
            f"{lang!r} is listed, but no text is written in it yet",
            warning=True,
        )
        for lang in unused_languages(pack)
    ]
    for specimen in pack.specimens:
        file = specimen_file(specimen.id)
        out += [
            Problem(file, "mrz", code, message, specimen.id, warning=True)
            for code, message in fraud_advice(specimen)
        ]
        for pi, page in enumerate(specimen.pages):
            if not page.features:
                message = "no features marked on this page yet"
                at = (specimen.id, page.id)
                out.append(Problem(file, f"pages[{pi}]", "no-features", message, *at, warning=True))
            for fi, feature in enumerate(page.features):
                path = f"pages[{pi}].features[{fi}]"
                at3 = (specimen.id, page.id, feature.id)
                out += [
                    Problem(file, path, code, message, *at3, warning=True)
                    for code, message in _feature_advice(feature, page)
                ]
    return out


def _feature_advice(feature: Feature, page: Page) -> list[tuple[str, str]]:
    """(code, message) of each piece of advice about ``feature``."""
    out = []
    x0, y0, x1, y1 = feature.region.bounds()
    # Small both ways: a thread or a printed line is narrow in one direction only.
    if max(x1 - x0, y1 - y0) < MIN_SIDE_MM:
        out.append(("tiny-region", f"region smaller than {MIN_SIDE_MM:g} mm (a stray click?)"))
    for light in feature.lights:
        if not _shows_under(feature, light, page):
            message = (
                f"revealed by {light.value}, but the page has no capture for that light and the "
                "feature no material for it"
            )
            out.append(("not-shown", message))
    texts = (feature.name, feature.description, feature.how_to_check)
    if any(t and "zh-Hans" not in t for t in texts):
        out.append(("no-chinese", "no Chinese text yet"))
    return out
