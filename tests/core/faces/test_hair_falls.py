"""Hair beside the face and over a thinning top lies as hair does: long hair drapes over the
trapezius to the neck's side (a strip of shaded skin between them read as a see-through panel
over the neck), each side to the neck as drawn on a turned head too, a bob's inner edge by the
eye runs on smoothly (it followed short bumps of the face's outline into a notch, an S), and a
far receded top keeps only a few fine hairs (half cover over it was a tuft)."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from docexam.core.faces import body, render
from docexam.core.faces.body import neck_width
from docexam.core.faces.canvas import F32, FaceCanvas
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.hairstyle import on_head
from docexam.core.faces.hidden import COILED, texture
from docexam.core.faces.torso import torso
from docexam.core.faces.traits import Identity, Look, make_identity, make_look

W, H = 311, 400


def _person(tag: str, seed: int, sex: str, age: float, style: str) -> tuple[Identity, Look]:
    who = make_identity((tag, seed), sex)
    look = make_look((tag, seed), who, age)
    return who, replace(look, hair_style=style, yaw=0.0, pitch=0.0, roll=0.0)


def _inner_edge(alpha: F32, y: int, cx: float, side: int) -> float:
    """How far out from the middle the hair on row ``y`` starts, on ``side`` (-1 left)."""
    d = (np.arange(W) - cx) * side
    out = d[(alpha[y] > 0.5) & (d > 0)]
    return float(out.min()) if out.size else float("nan")


def test_long_hair_reaches_the_neck_below_the_jaw(front: dict[str, object]) -> None:
    """Below the jaw long hair hangs against the neck, no band of skin between (on the tree
    before: 4 to 12 px of it). Over 30 people (23 whose hair reaches the neck's rows): the
    median gap at most 0.5 px, and at most three in ten leave 2 px or more. (Which locks fall
    where is the photo's draw: on five people, as this test once was, whether one of them
    showed a gap was the draw's luck. Generator 36: median -0.6 px, 6 of 23 at 2 px or more,
    the widest 7.0; 37: -0.0, 5 of 23, the widest 13.5: a gap beside the neck in about one
    photo in five is still there.)"""
    gaps = []
    for seed in range(1, 31):
        who, look = _person("fall-test", seed, "F", 30.0, "long")
        render.render(who, look, W, H)
        alpha, fg = front["hidden"], front["fg"]
        assert isinstance(alpha, np.ndarray) and isinstance(fg, FaceGeometry)
        t, cx = torso(fg, False, look.weight), on_head(fg).cx
        rows = range(int(fg.chin + fg.wz * 0.3), int(min(t.junction, H - 2)))
        g = [
            _inner_edge(alpha, y, cx, side) - float(neck_width(t, np.array([y], np.float32))[0])
            for y in rows
            for side in (-1, 1)
        ]
        if not np.isnan(g).all():  # (hair that ends above the neck's rows has no gap)
            gaps.append(float(np.nanmedian(g)))
    assert len(gaps) >= 20, len(gaps)
    assert np.median(gaps) <= 0.5 and np.mean(np.array(gaps) >= 2) <= 0.3, np.round(gaps, 1)


@pytest.fixture
def neck(monkeypatch: pytest.MonkeyPatch) -> dict[str, F32]:
    """The neck and shoulders' coverage as body.body draws them (on a canvas of their own,
    before the hair behind them is there)."""
    seen: dict[str, F32] = {}
    draw = body.body

    def kept(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
        alone = FaceCanvas(c.w, c.h, np.random.default_rng(0))
        draw(alone, fg, who, look)
        seen["person"] = alone.person
        draw(c, fg, who, look)

    monkeypatch.setattr(body, "body", kept)
    return seen


def _neck_run(person: F32, y: int) -> tuple[int, int]:
    """The first and last columns of the widest run of the figure on row ``y``: the neck."""
    on = np.diff(np.r_[0, (person[y] > 0.5).astype(np.int8), 0])
    starts, stops = np.flatnonzero(on == 1), np.flatnonzero(on == -1)
    k = int(np.argmax(stops - starts))
    return int(starts[k]), int(stops[k]) - 1


def test_a_turned_heads_fall_reaches_the_neck_alike_each_side(
    front: dict[str, object], neck: dict[str, F32]
) -> None:
    lean: dict[float, list[float]] = {-9.0: [], 9.0: []}
    for seed in range(1, 12):
        who = make_identity(("fall-turn", seed), "F")
        if texture(who) >= COILED:  # (coils stand round the head: no fall to the neck)
            continue
        for yaw in lean:
            look = make_look(("fall-turn", seed), who, 30.0, studio=False)
            look = replace(look, hair_style="long", yaw=yaw, pitch=0.0, roll=0.0)
            render.render(who, look, W, H)
            alpha, fg = front["hidden"], front["fg"]
            assert isinstance(alpha, np.ndarray) and isinstance(fg, FaceGeometry)
            t = torso(fg, False, look.weight)
            # Below the jaw, how far out from the neck's outline as drawn each side's hair starts.
            gaps: tuple[list[float], list[float]] = ([], [])
            for y in range(int(fg.chin + fg.wz * 0.15), int(min(t.junction, H - 2))):
                lo, hi = _neck_run(neck["person"], y)
                for k, side in enumerate((-1, 1)):
                    gaps[k].append(_inner_edge(alpha, y, (lo + hi) / 2, side) - (hi - lo) / 2)
            lean[yaw].append(float(np.nanmedian(gaps[0]) - np.nanmedian(gaps[1])))
    # Locks come in over the neck a little further on one side or the other, person by person;
    # not on the side the head is turned from. (On the tree before: 14 and 12 px more skin
    # on the one side than the other, the fall over the far side of the throat.)
    means = [float(np.mean(v)) for v in lean.values()]
    assert max(abs(m) for m in means) < 4.0, (np.round(means, 1), lean)


def test_a_bobs_edge_by_the_eye_is_smooth(front: dict[str, object]) -> None:
    devs = []
    for seed in range(6):
        who, look = _person("bob-test", seed, "F", 40.0, "bob")
        render.render(who, look, W, H)
        alpha, fg = front["hidden"], front["fg"]
        assert isinstance(alpha, np.ndarray) and isinstance(fg, FaceGeometry)
        cx = on_head(fg).cx
        rows = range(int(fg.eye - fg.wz * 0.2), int(fg.mouth))
        for side in (-1, 1):
            e = np.array([_inner_edge(alpha, y, cx, side) for y in rows], np.float32)
            smooth = cv2.GaussianBlur(e[:, None], (1, 0), sigmaX=0, sigmaY=fg.wz * 0.15)[:, 0]
            devs.append(float(np.nanmax(np.abs(e - smooth)[5:-5])))
    # (On the tree before: median 2.9 px off a smooth line, up to 7.4 px: notches.)
    assert float(np.median(devs)) < 2.5, np.round(devs, 1)
    assert max(devs) < 5.0, np.round(devs, 1)


def test_a_far_receded_top_keeps_only_fine_hairs(front: dict[str, object]) -> None:
    cover = []
    for seed in range(6):
        who, look = _person("top-test", seed, "M", 68.0, "short")
        render.render(who, look, W, H)
        alpha, fg = front["hidden"], front["fg"]
        assert isinstance(alpha, np.ndarray) and isinstance(fg, FaceGeometry)
        hf = on_head(fg)
        ys, xs = np.mgrid[0:H, 0:W]
        top = (ys > fg.crown - fg.wz * 0.2) & (ys < fg.crown + (fg.hairline - fg.crown) * 0.3)
        top &= np.abs(xs - hf.cx) < hf.wc * 0.35
        cover.append(float(alpha[top].mean()))
    # (On the tree before: mean 0.042, up to 0.08: a tuft over the crown.)
    assert float(np.mean(cover)) < 0.03, np.round(cover, 3)
    assert max(cover) < 0.06, np.round(cover, 3)
