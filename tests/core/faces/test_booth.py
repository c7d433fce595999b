"""A live booth photo is another photograph: a hall's light from above, a small camera's
misses, and hair lying as it did that day, while the document's portrait stays as printed."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces import camera, hair, render
from docexam.core.faces.geometry import layout
from docexam.core.faces.traits import make_identity, make_look
from docexam.core.faces.traveller import holder_identity, holder_today, portrait_look
from tests.core.faces.conftest import viz

W, H = 300, 386


def _top_to_chin(photo: np.ndarray, fg: object) -> float:
    """The forehead's mean tone over the lower face's (between mouth and chin)."""
    lum = cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY).astype(float)
    cx, half = int(fg.fx), int(fg.wc * 0.35)  # type: ignore[attr-defined]
    brow = fg.eye - fg.eye_w * 1.2  # type: ignore[attr-defined]
    top = lum[int(brow - fg.eye_w) : int(brow), cx - half : cx + half]  # type: ignore[attr-defined]
    span = fg.chin - fg.mouth  # type: ignore[attr-defined]
    rows = slice(int(fg.mouth + span * 0.35), int(fg.chin - span * 0.1))  # type: ignore[attr-defined]
    return float(top.mean() / lum[rows, cx - half : cx + half].mean())


def test_a_hall_light_from_above_lights_the_forehead_and_shades_the_chin() -> None:
    # Against the same person's studio portrait. (Lit as softly as a studio, the hall's light
    # left the forehead hardly brighter against the chin than the studio did: median 1.16.)
    gains = []
    for seed in range(10):
        v = viz(100 + seed)
        who = holder_identity(v)
        studio = portrait_look(v, who)
        live = holder_today(v, seed, 0.0).look
        s = _top_to_chin(render.render(who, studio, W, H), layout(who, studio, W, H))
        b = _top_to_chin(render.render(who, live, W, H, "live"), layout(who, live, W, H))
        gains.append(b / s)
    assert float(np.median(gains)) > 1.35, gains
    # (A head tipped back under a booth's camera set low turns its chin up to the ceiling.)
    assert min(gains) > 1.0, gains


def test_a_booth_camera_misses_exposure_and_balance_and_a_studio_does_not() -> None:
    who = make_identity("booth-camera")
    studio = make_look("studio", who, 30.0)
    assert render.misses(who, studio) == camera.Misses()
    shots = [render.misses(who, make_look(("live", k), who, 30.0, studio=False)) for k in range(80)]
    stops = np.array([m.stops for m in shots])
    assert stops.std() > 0.15 and stops.min() < -0.15 and stops.max() > 0.3
    casts = np.array([m.cast for m in shots])
    assert np.abs(casts - 1).max() > 0.02
    moved = sum(m.shake[0] > 0 for m in shots)
    assert 5 <= moved <= 40


@pytest.fixture
def partings(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The parting's column (in the face's widths from its middle) of every photo rendered."""
    seen: list[float] = []
    real = hair.parting

    def spy(fg: object, *args: object, **kw: object) -> float:
        part = real(fg, *args, **kw)  # type: ignore[arg-type]
        seen.append(round((part - fg.cx) / fg.wc, 4))  # type: ignore[attr-defined]
        return part

    monkeypatch.setattr(hair, "parting", spy)
    return seen


def test_a_live_photo_parts_the_hair_its_own_way_and_the_document_keeps_its_own(
    partings: list[float],
) -> None:
    who = make_identity("parting", "F")
    studio = replace(make_look("studio", who, 30.0), hair_style="medium")
    first = render.render(who, studio, 120, 154)
    render.render(who, replace(studio, age=31.0), 120, 154)
    assert partings[0] == partings[1]  # the hair a studio printed is the person's habit
    assert np.array_equal(first, render.render(who, studio, 120, 154))
    del partings[:]
    for k in range(12):  # half of all partings of medium hair are in the middle
        live = replace(make_look(("live", k), who, 30.0, studio=False), hair_style="medium")
        render.render(who, live, 120, 154)
    # (Seeded by the person and style alone, every photo's parting lay on one column.)
    assert len(set(partings)) >= 3, partings
