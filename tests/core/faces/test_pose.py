"""A live booth photo is another photograph: the head turned, tilted and seen from above or
below as a booth's camera catches it, with that day's expression, while the document's
portrait stays square to the lens. Pose is measured off the rendered head's landmarks."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from docexam.core.faces import camera, render
from docexam.core.faces.geometry import FaceGeometry, layout
from docexam.core.faces.traits import Identity, Look, make_identity, make_look
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import viz

W, H = 150, 193
N = 40


def _turn(fg: FaceGeometry) -> tuple[float, float]:
    """How far the features stand off the skull's middle across (yaw) and the ears off the
    eyes' row (pitch), in pixels."""
    assert fg.mesh is not None
    p = fg.mesh.points
    ears = (p["ear_top_r"][1] + p["ear_top_l"][1] + p["lobe_r"][1] + p["lobe_l"][1]) / 4
    return fg.cx - fg.fx, ears - fg.eye


def _measured(who: Identity, look: Look) -> tuple[float, float]:
    """The head's yaw and pitch (degrees) as the rendered landmarks show them: their shift
    against the same head square to the lens, scaled by its shift at 10 degrees."""
    square = _turn(layout(who, replace(look, yaw=0.0, pitch=0.0, roll=0.0), W, H))
    turned = _turn(layout(who, look, W, H))
    by_yaw = _turn(layout(who, replace(look, yaw=10.0, pitch=0.0, roll=0.0), W, H))
    by_pitch = _turn(layout(who, replace(look, yaw=0.0, pitch=10.0, roll=0.0), W, H))
    yaw = 10 * (turned[0] - square[0]) / (by_yaw[0] - square[0])
    pitch = 10 * (turned[1] - square[1]) / (by_pitch[1] - square[1])
    return yaw, pitch


def test_booth_photos_turn_the_head_visibly_and_the_document_stays_square() -> None:
    live, doc = [], []
    for seed in range(N):
        t = traveller(viz(100 + seed), seed, 0.5)
        live.append(_measured(t.identity, t.look))
        who = make_identity(("pose", seed))
        doc.append(_measured(who, make_look(("studio", seed), who, 35.0)))
    yaw, pitch = np.abs(np.array(live)).T
    # Drawn round 0 (normal, 6 degrees) half the booth's heads were turned by under 4
    # degrees, and its pitch (2.5) under 2: square to the lens, as the document.
    assert np.median(yaw) > 4.8 and yaw.max() > 9 and yaw.max() < 12.5, yaw
    assert np.median(pitch) > 3 and pitch.max() > 6 and pitch.max() < 8.5, pitch
    assert (yaw > 2).mean() > 0.9, yaw
    assert np.abs(np.array(doc)).max() <= 2.1, doc


def test_a_booth_head_tilts_a_little_and_a_document_s_hardly() -> None:
    who = make_identity("tilt")
    live = np.array([make_look(("live", k), who, 30.0, studio=False).roll for k in range(80)])
    doc = np.array([make_look(("studio", k), who, 30.0).roll for k in range(80)])
    assert np.abs(live).max() <= 5 and np.median(np.abs(live)) > 2, live
    assert np.abs(doc).max() <= 2, doc


def test_a_booth_camera_is_mostly_sharp_and_misses_as_a_lens_or_a_movement_does() -> None:
    who = make_identity("booth-sharp")
    shots = [render.misses(who, make_look(("live", k), who, 30.0, studio=False)) for k in range(80)]
    blurred = [m for m in shots if m.defocus > 0 or m.shake[0] > 0]
    # (Every booth photo took a Gaussian blur of 0.35-0.9 px, and a quarter a streak in any
    # direction: faces read smeared.)
    assert 5 <= len(blurred) <= 32, len(blurred)
    assert any(m.defocus > 0 for m in shots)
    assert not any(m.defocus > 0 and m.shake[0] > 0 for m in shots)
    for m in shots:
        if m.shake[0] > 0:  # settling or swaying: along the frame's axes, give or take
            off_axis = min(m.shake[1] % 90, 90 - m.shake[1] % 90)
            assert off_axis < 40, m.shake


def _sharpness(photo: np.ndarray, fg: FaceGeometry | None = None) -> float:
    """Mean gradient; over the eyes, nose and mouth when ``fg`` is given (the photo's seed
    is drawn from the whole look, so two looks' hair falls differently, and takes the ratio
    with it)."""
    grey = photo.mean(axis=2)
    if fg is not None:
        reach = fg.eye_gap + fg.eye_w
        grey = grey[
            int(fg.brow) : int(fg.mouth + fg.lip_lo), int(fg.fx - reach) : int(fg.fx + reach)
        ]
    return float(np.abs(np.diff(grey, axis=1)).mean() + np.abs(np.diff(grey, axis=0)).mean())


def test_an_in_focus_booth_photo_is_as_crisp_as_one_the_look_calls_sharp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(render, "misses", lambda *a, **k: camera.Misses())
    ratios = []
    for seed in range(4):
        who = make_identity(("crisp", seed))
        look = make_look(("live", seed), who, 30.0, studio=False)
        fg = layout(who, look, 311, 400)
        soft = _sharpness(render.render(who, replace(look, blur=0.9), 311, 400, "s"), fg)
        sharp = _sharpness(render.render(who, replace(look, blur=0.0), 311, 400, "s"), fg)
        ratios.append(soft / sharp)
    # The booth's focus is fixed: how soft a photo is is the camera's miss, not every photo's.
    # (Every booth photo was blurred by its look's 0.35-0.9 px: ratios 0.74-0.87. Two looks
    # draw their pores and hair apart, which moves the ratio by a few hundredths either way.)
    assert min(ratios) > 0.93, ratios


def test_a_booth_face_s_expression_changes_and_a_document_s_does_not() -> None:
    who = make_identity("expression", "F")
    looks = [make_look(("live", k), who, 30.0, studio=False) for k in range(60)]
    assert sum(abs(x.brows) > 0.3 for x in looks) >= 10
    assert sum(x.press > 0 for x in looks) >= 5
    assert sum(x.squint > 0 for x in looks) >= 10
    assert all(x.press == 0 or x.smile < 0.2 for x in looks)  # a smile parts pressed lips
    studio = make_look("studio", who, 30.0)
    assert (studio.brows, studio.press, studio.squint) == (0.0, 0.0, 0.0)
    plain = layout(who, studio, W, H)
    moved = layout(who, replace(studio, brows=1.0, press=1.0, squint=1.0), W, H)
    frown = layout(who, replace(studio, brows=-1.0), W, H)
    assert moved.eye_h < plain.eye_h * 0.9
    assert moved.lip_up < plain.lip_up * 0.85 and moved.lip_lo < plain.lip_lo * 0.85
    assert moved.eye - moved.brow > (plain.eye - plain.brow) + plain.eye_w * 0.15
    assert frown.eye - frown.brow < (plain.eye - plain.brow) - plain.eye_w * 0.1


def test_the_booth_lens_ignores_the_looks_blur_without_a_miss() -> None:
    """The same lit picture through the booth's lens: without a miss, the look's blur changes
    nothing (the render-level test above compares two renders, whose hair and pores differ)."""
    g = np.random.default_rng(7)
    lit = g.random((400, 311, 3), dtype=np.float32)
    for seed in range(4):
        who = make_identity(("crisp", seed))
        look = make_look(("live", seed), who, 30.0, studio=False)
        fg = layout(who, look, 311, 400)
        soft = camera.lens(lit, fg, replace(look, blur=0.9), camera.Misses())
        sharp = camera.lens(lit, fg, replace(look, blur=0.0), camera.Misses())
        assert np.array_equal(soft, sharp), seed
        missed = camera.lens(lit, fg, look, camera.Misses(defocus=1.5))
        assert np.abs(missed - sharp).mean() > 0.01  # (a miss does blur)
