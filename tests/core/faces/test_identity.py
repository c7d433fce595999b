"""One person stays one person across photos; a look-alike is another person; seeds repeat."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docexam.core.faces.geometry import layout
from docexam.core.faces.render import render
from docexam.core.faces.traits import STABLE_TRAITS, differing_features, make_identity, make_look
from docexam.core.faces.traveller import (
    holder_identity,
    holder_today,
    impostor,
    portrait_look,
    traveller,
)
from tests.core.faces.conftest import viz

W, H = 300, 386


def pupils(
    photo: np.ndarray, eye_y: float | None = None, mid_x: float | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The two pupils, found in the image as the darkest pupil-sized blobs ringed by brighter
    iris, sclera and skin, one each side of the middle, inside the ears; with ``eye_y``
    (pixels), only in a band of a few iris heights around that line (faces differ in length).
    The pupil's scale alone loses a light iris to the small dark shadow of the inner eye corner,
    so the whole iris's darkness (a blob some 3 pixels in radius) is added: the corner's shadow
    is too small to win at that scale. ``mid_x`` is where the face's middle is, if not the
    photo's: a turned head's eyes move across."""
    grey = cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY).astype(np.float32)
    pupil = cv2.GaussianBlur(grey, (0, 0), 1.5) - cv2.GaussianBlur(grey, (0, 0), 4.0)
    iris = cv2.GaussianBlur(grey, (0, 0), 3.0) - cv2.GaussianBlur(grey, (0, 0), 6.0)
    blob = pupil + iris
    band = slice(int(H * 0.38), int(H * 0.52))
    if eye_y is not None:
        band = slice(int(eye_y - H * 0.03), int(eye_y + H * 0.03))
    found = []
    mid = W // 2 if mid_x is None else round(mid_x)
    for half in (slice(mid - int(W * 0.16), mid), slice(mid, mid + int(W * 0.16))):
        part = blob[band, half]
        y, x = np.unravel_index(int(np.argmin(part)), part.shape)
        found.append(np.array([x + half.start, y + band.start], float))
    return found[0], found[1]


def test_same_seed_gives_the_same_face_and_another_seed_another() -> None:
    for seed in range(5):
        a, b = make_identity(seed), make_identity(seed)
        assert a == b and a.traits == b.traits
        look = make_look(seed, a, 40.0)
        assert np.array_equal(render(a, look, 120, 154), render(b, look, 120, 154))
        other = make_identity(seed + 1000)
        assert other.traits != a.traits
        assert not np.array_equal(render(other, look, 120, 154), render(a, look, 120, 154))


def test_the_holder_years_later_keeps_every_stable_trait_and_changes_the_look() -> None:
    changed = 0
    for seed in range(40):
        v = viz(seed)
        holder = holder_identity(v)
        photo = portrait_look(v, holder)
        live = holder_today(v, seed, years=float(seed % 9))
        assert live.is_holder and not live.differs
        assert live.identity.traits == holder.traits and live.identity.marks == holder.marks
        assert live.identity.skin == holder.skin and live.identity.sex == holder.sex
        changed += live.look != photo
        assert live.look.age == max(16.0, photo.age + seed % 9)
    assert changed == 40


def test_landmark_distances_measured_in_images_stay_with_the_person() -> None:
    """The eye spacing measured in photos with other hair, beard, glasses, age and light
    stays within a few percent for one person, and follows the person's own proportions."""
    measured, expected, spreads = [], [], []
    for seed in range(12):
        v = viz(seed)
        who = holder_identity(v)
        # Without glasses: frames over the eyes defeat this simple pupil finder.
        live = [replace(holder_today(v, k, 6.0).look, glasses="none") for k in range(4)]
        looks = [portrait_look(v, who), *live]
        ipd = []
        for look in looks:
            fg = layout(who, look, W * 400 / H, 400)
            # A turned head's eyes move across by their depth (about 1.2 half face widths in
            # front of the ears' plane the head turns about) times the turn's sine.
            mid = W / 2 + np.sin(np.radians(look.yaw)) * 1.2 * fg.wz * H / 400
            left, right = pupils(render(who, look, W, H), fg.eye * H / 400, mid)
            ipd.append(float(abs(right[0] - left[0])))
            expected_px = 2 * fg.eye_gap * H / 400 * np.cos(np.radians(look.yaw))
            assert abs(ipd[-1] - expected_px) < 0.06 * expected_px, (seed, ipd[-1], expected_px)
        spreads.append((max(ipd) - min(ipd)) / np.mean(ipd))
        measured.append(np.mean(ipd))
        expected.append(2 * layout(who, looks[0], W * 400 / H, 400).eye_gap)
    assert max(spreads) < 0.08
    assert np.corrcoef(measured, expected)[0, 1] > 0.9


def test_look_alikes_differ_in_a_stable_trait_and_come_closer_with_difficulty() -> None:
    distance = {0.1: [], 0.5: [], 0.9: []}
    for seed in range(60):
        v = viz(seed)
        holder = holder_identity(v)
        for difficulty in distance:
            t = impostor(v, seed, difficulty, 3.0)
            assert not t.is_holder
            assert t.differs and t.differs == differing_features(holder, t.identity)
            # Hair changes between any two photos of one person: an impostor who differs in
            # the hairline alone cannot be told from the holder, and a key saying so is wrong.
            assert t.differs - {"hairline"}, (seed, difficulty)
            assert t.identity.sex == holder.sex
            distance[difficulty].append(
                np.mean([abs(t.identity.traits[k] - holder.traits[k]) for k in STABLE_TRAITS])
            )
    means = [np.mean(d) for d in distance.values()]
    assert means[0] > means[1] > means[2]


def test_a_traveller_is_sometimes_the_holder_and_sometimes_an_impostor() -> None:
    kinds = [traveller(viz(seed), seed).is_holder for seed in range(60)]
    assert 15 < sum(kinds) < 45
