"""Live validation of a draft with the validator an import uses, and problems tied to features."""

from __future__ import annotations

import re
from dataclasses import dataclass

from docexam.core.authoring.document import DraftPack
from docexam.core.authoring.drafts import flush
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import revealing_lights
from docexam.core.domain.model import Feature, Page
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.pack.validate import validate_dir
from docexam.core.training.quiz import QuizError

_WHERE = re.compile(
    r"specimens/(?P<sid>[^/]+)/specimen\.json: pages\[(?P<p>\d+)\](?:\.features\[(?P<f>\d+)\])?"
)


@dataclass(frozen=True)
class Problem:
    text: str
    specimen_id: str | None = None
    page_id: str | None = None
    feature_id: str | None = None
    # Advice, not an error: another workstation would import the pack, but a trainee would
    # meet something misleading (a "Show me" that shows nothing, a stray speck of a region).
    warning: bool = False


MIN_SIDE_MM = 2.0


def _locate(doc: DraftPack, text: str) -> Problem:
    match = _WHERE.search(text)
    if match is None:
        return Problem(text)
    try:
        specimen = doc.specimen(match["sid"])
        page = specimen.pages[int(match["p"])]
        feature = page.features[int(match["f"])].id if match["f"] is not None else None
    except (KeyError, IndexError):
        return Problem(text, match["sid"])
    return Problem(text, specimen.id, page.id, feature)


def validate(doc: DraftPack) -> list[Problem]:
    """Autosave the draft, then check it as an import would; one Problem per line, located."""
    flush(doc)
    problems: list[Problem] = []
    if not doc.specimens:
        problems.append(Problem("pack.json: specimens: the pack has no specimen yet"))
    _, found = validate_dir(doc.root)
    problems += [_locate(doc, text) for text in found]
    try:
        read_exercises(doc.root)
    except QuizError as exc:
        problems.append(Problem(str(exc)))
    return problems + advice(doc)


def _shows_under(feature: Feature, light: LightSource, page: Page) -> bool:
    """Whether the viewer can show anything for ``light``: a capture, or a material for it."""
    return (
        light is LightSource.VISIBLE  # white light shows the scan itself
        or page.image(light) is not None
        or light in revealing_lights(feature.material)
    )


def advice(doc: DraftPack) -> list[Problem]:
    """What an instructor would want to fix before a trainee meets it."""
    out: list[Problem] = []
    for specimen in doc.specimens:
        for page in specimen.pages:
            where = f"specimens/{specimen.id}/specimen.json: {page.id}"
            if not page.features:
                out.append(
                    Problem(
                        f"{where}: no features marked on this page yet",
                        specimen.id,
                        page.id,
                        warning=True,
                    )
                )
            for feature in page.features:
                at = (specimen.id, page.id, feature.id)
                x0, y0, x1, y1 = feature.region.bounds()
                if min(x1 - x0, y1 - y0) < MIN_SIDE_MM:
                    out.append(
                        Problem(
                            f"{where}: {feature.id}: region smaller than "
                            f"{MIN_SIDE_MM:g} mm (a stray click?)",
                            *at,
                            warning=True,
                        )
                    )
                for light in feature.lights:
                    if not _shows_under(feature, light, page):
                        out.append(
                            Problem(
                                f"{where}: {feature.id}: revealed by {light.value}, but the page "
                                "has no capture for that light and the feature no material for it",
                                *at,
                                warning=True,
                            )
                        )
                texts = (feature.name, feature.description, feature.how_to_check)
                if any(t and "zh-Hans" not in t for t in texts):
                    out.append(
                        Problem(f"{where}: {feature.id}: no Chinese text yet", *at, warning=True)
                    )
    return out
