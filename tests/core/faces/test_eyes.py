"""The eye's outline, lash line and iris, measured where they are drawn."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from docexam.core.faces import lids
from docexam.core.faces.canvas import LUMA, FaceCanvas
from docexam.core.faces.eyes import eye_points, eye_shape, eyes, iris_colour
from docexam.core.faces.geometry import layout
from docexam.core.faces.patch import Patch
from docexam.core.faces.render import render
from docexam.core.faces.traits import make_identity, make_look

N = 48


def _people(count: int = 30):  # type: ignore[no-untyped-def]
    for seed in range(count):
        who = make_identity(("eyes", seed))
        yield who, layout(who, make_look(("eyes", seed), who, 30.0), 300, 400)


def test_the_inner_corner_is_a_rounded_bay_not_a_point() -> None:
    """Just inside the inner corner the opening is still a fifth as tall as at its middle,
    the caruncle's place, and closes in a round end (the lids met there at a knife point),
    unless an epicanthic fold covers it."""
    u = np.linspace(-1, 1, N)
    shown = 0
    for who, fg in _people():
        shape = eye_shape(who)
        if shape.epicanthus > 0.3:
            continue
        shown += 1
        upper, lower = eye_points(fg, 1, shape, N)
        height = lower[:, 1] - upper[:, 1]
        assert np.interp(-0.95, u, height) > 0.19 * height.max(), who.seed
        assert height[0] == 0 and height[-1] == 0
    assert shown > 20


def test_an_epicanthic_fold_shortens_the_inner_bay() -> None:
    """A full East Asian lid's fold runs over the inner corner: its bay is shorter than the
    same eye's under a European build."""
    for who, _ in _people(20):
        east = eye_shape(replace(who, ancestry=1.0, skin=0.2))
        west = eye_shape(replace(who, ancestry=0.0, skin=0.2))
        if east.hood > 0.9:
            assert east.epicanthus > 0.5 and east.inner < 0.75 * west.inner, who.seed


def test_the_lash_line_thins_into_the_outer_corner() -> None:
    """Without make-up the lash line is drawn fullest over the outer third and at less than
    half that just inside the outer corner: as full there, it closed into a dark wedge."""
    ratios = []
    for who, fg in _people():
        c = FaceCanvas(300, 400, np.random.default_rng(0))
        c.albedo[:] = 1
        ex, ey = fg.fx + fg.eye_gap, fg.eye
        upper, lower = eye_points(fg, 1, eye_shape(who), N)
        p = Patch(c, [ex - fg.eye_w * 1.3, ex + fg.eye_w * 1.3], [ey - fg.eye_w, ey + fg.eye_w], 3)
        lid = lids.lids(p, (ex, ey), 1, fg.eye_w, [upper, lower, upper - 5])
        lids.lash_line(p, lid, who.sex == "F")
        ink = (1 - c.albedo[p.rows, p.cols].mean(axis=2)).sum(axis=0)
        ratios.append(np.interp(0.95, lid.u[0], ink) / np.interp(0.55, lid.u[0], ink))
    assert np.mean(ratios) < 0.5 and max(ratios) < 0.55


def test_a_dark_brown_iris_is_a_lit_brown_not_black() -> None:
    """A fair face's darkest iris is still a brown the lamp lights; a dark face's is kept
    darker than the lighter irises (lifted as much, it turned amber)."""
    for seed in range(40):
        who = make_identity(("iris", seed))
        fair = replace(who, skin=0.2, traits={**who.traits, "iris": 0.05})
        assert np.mean(iris_colour(fair)) > 0.11, seed
        dark = replace(who, skin=0.9, traits={**who.traits, "iris": 0.05})
        assert np.mean(iris_colour(dark)) < np.mean(iris_colour(fair))


def _painted(seed: int):  # type: ignore[no-untyped-def]
    """One person's eyes painted on a plain canvas under their photo's lamp."""
    who = make_identity(("eyes", seed))
    look = make_look(("eyes", seed), who, 30.0)
    fg = layout(who, look, 300, 400)
    c = FaceCanvas(300, 400, np.random.default_rng(0))
    c.albedo[:] = 0.5
    eyes(c, fg, who, look)
    return who, fg, c


def _glint(c: FaceCanvas, fg, side: int) -> tuple[float, np.ndarray]:  # type: ignore[no-untyped-def]
    """One eye's reflection of the lamp: its total and its centroid from the eye's centre."""
    glow = c.glow.copy()
    if side < 0:
        glow[:, int(fg.fx) :] = 0
    else:
        glow[:, : int(fg.fx)] = 0
    total = float(glow.sum())
    at = np.array([(glow * c.xs).sum(), (glow * c.ys).sum()]) / total
    # (From the eye's own centre: a face's two eyes stand a little apart in height and size.)
    fs = fg.sided(side)
    return total, at - np.array([fs.fx + side * fs.eye_gap, fs.eye])


def test_the_two_eyes_reflect_the_lamp_each_in_its_own_way() -> None:
    """Each eye sees the lamp from its own place, with its own aim and cornea: the two
    reflections differ a little in size or in where they sit on the iris (one copied into
    both eyes, pixel for pixel relative to the pupil, read as a decal), though both stay on
    the lamp's side of their pupils."""
    differ = 0
    for seed in range(20):
        _, fg, c = _painted(seed)
        (a, pa), (b, pb) = _glint(c, fg, -1), _glint(c, fg, 1)
        assert a > 0 and b > 0, seed
        if abs(a - b) / max(a, b) > 0.03 or np.hypot(*(pa - pb)) > 0.2:
            differ += 1
        assert pa[1] < 0 and pb[1] < 0, seed  # both above the pupil's middle
        if min(abs(pa[0]), abs(pb[0])) > 1.0:
            assert np.sign(pa[0]) == np.sign(pb[0]), seed
        assert np.hypot(*(pa - pb)) < 0.3 * fg.iris, seed  # still one lamp
    assert differ >= 16, differ


def test_the_upper_lid_cuts_the_lamps_reflection_but_never_hides_it() -> None:
    """A high lamp's reflection stands high on the cornea, under the upper lid: in many eyes
    the lid's margin cuts its top (kept wholly under it, it floated in the iris, a sticker),
    and in none does it hide it."""
    cut = []
    for seed in range(20):
        who, fg, c = _painted(seed)
        for side in (-1, 1):
            upper, _ = eye_points(fg, side, eye_shape(who), N)
            order = np.argsort(upper[:, 0])
            top = np.interp(c.xs[0], upper[order, 0], upper[order, 1])[None, :]
            glow = c.glow * ((c.xs > fg.fx) == (side > 0))
            near = float(glow[(c.ys < top + 1.0) & (c.ys > top - 3)].sum()) / float(glow.sum())
            cut.append(near)
            assert near < 0.6, seed
    assert np.mean(cut) > 0.05 and np.mean(np.array(cut) > 0.05) > 0.3, np.round(cut, 2)


def test_the_iris_has_a_dark_rim_and_the_lid_shades_the_ball() -> None:
    """The iris darkens into its rim (the limbal ring), and the upper lid shades the white
    and the iris under it: the white just under the lid is darker than at the eye's middle
    (a flat disc on a lit white ball read as a decal, not an eye in a socket)."""
    ring, shade = [], []
    for seed in range(16):
        who, fg, c = _painted(seed)
        lum = c.albedo @ LUMA
        for side in (-1, 1):
            ex, ey = fg.fx + side * fg.eye_gap, fg.eye
            r = np.hypot(c.xs - ex, c.ys - (ey - fg.eye_h * 0.05)) / fg.iris
            low = (c.ys > ey) & (c.ys < ey + fg.iris * 0.5)  # clear of the lid
            rim = lum[(r > 0.82) & (r < 0.95) & low].mean()
            ring.append(rim / lum[(r > 0.6) & (r < 0.75) & low].mean())
            upper, _ = eye_points(fg, side, eye_shape(who), N)
            order = np.argsort(upper[:, 0])
            x = ex + side * fg.iris * 1.5
            top = np.interp(x, upper[order, 0], upper[order, 1])
            col = round(x)
            shade.append(lum[int(np.ceil(top + 1.5)), col] / lum[round(ey), col])
    assert np.median(ring) < 0.66, np.median(ring)
    assert np.median(shade) < 0.82, np.median(shade)


def test_a_squint_narrows_the_eyes_themselves() -> None:
    """Narrowed against a hall's glare, the lids close over the eyes: the photo changes at the
    eyes by hundreds of pixels, more there than anywhere else (moving only the relief round
    them changed a few dozen). Counted against the eye's size (half widths squared): 0.53 to
    0.84 of it on these people when the drawn eye was 0.55 of the pupils' distance long, 0.54
    to 0.91 at 0.47 (generator 37)."""
    w, h = 311, 400
    for seed in range(4):
        who = make_identity(("squint", seed))
        look = replace(make_look(("squint-look", seed), who, 35.0), glasses="none")
        fg = layout(who, look, w, h)
        open_ = render(who, replace(look, squint=0.0), w, h).astype(np.int16)
        narrow = render(who, replace(look, squint=1.0), w, h).astype(np.int16)
        changed = np.abs(open_ - narrow).max(axis=2) > 20
        at_eyes = np.zeros_like(changed)
        reach = fg.eye_gap + fg.eye_w * 1.3
        rows = slice(int(fg.eye - fg.eye_w * 0.6), int(fg.eye + fg.eye_w * 0.6))
        at_eyes[rows, int(fg.fx - reach) : int(fg.fx + reach)] = True
        assert (changed & at_eyes).sum() > 0.45 * fg.eye_w**2, seed
        assert (changed & at_eyes).sum() > 2 * (changed & ~at_eyes).sum(), seed
