"""The bone under the skin, as a passport studio's soft lamp and a booth's hall light show it:
the cheekbone's top lit over the hollow beneath it, the nose's bridge lit between side walls
that turn away; and all that within a passport photo's range (no burnt-out highlight, no
crushed shadow on the skin). Generator 27 drew smooth masks: flat cheeks, the nose a smudge."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docexam.core.faces.geometry import WORK_HEIGHT, FaceGeometry, layout
from docexam.core.faces.markseen import luma
from docexam.core.faces.render import render
from docexam.core.faces.traits import Identity, Look, make_identity, make_look
from docexam.core.faces.traveller import traveller
from tests.core.faces.conftest import frontal, viz

W, H = 420, 540
WU = round(WORK_HEIGHT * W / H)
S = H / WORK_HEIGHT  # working canvas to photo
PEOPLE = 14


@dataclass(frozen=True)
class Form:
    cheek: float  # cheekbone's top over the hollow below it, levels
    nose: float  # bridge over its side walls at mid-nose, levels
    top: float  # the skin's brightest (99.5th percentile), levels
    floor: float  # its darkest (1st percentile), a share of its median


def _cheek(lum: np.ndarray, fg: FaceGeometry) -> float:
    """Down a line under each eye's outer corner: the brightest of the cheekbone's top (from a
    quarter of the way from the eye to the nose's base, down to that base) less the darkest
    of the hollow under it (down to two thirds of the way on to the mouth); the two sides'
    mean, on the photo smoothed past the skin's grain."""
    e, n, m = fg.eye * S, fg.nose * S, fg.mouth * S
    y0, y1, mid = int(e + 0.25 * (n - e)), int(n + 0.65 * (m - n)), int(n)
    out = []
    for side in (-1, 1):
        col = lum[y0:y1, round((fg.fx + side * (fg.eye_gap + 0.7 * fg.eye_w)) * S)]
        out.append(float(col[: mid - y0].max() - col[mid - y0 :].min()))
    return float(np.mean(out))


def _nose(lum: np.ndarray, fg: FaceGeometry) -> float:
    """Across the nose half way down it: the bridge's brightest less the mean of the darkest
    of its two side walls."""
    y = round((fg.eye + 0.55 * (fg.nose - fg.eye)) * S)
    row = lum[y - 1 : y + 2].mean(axis=0)
    d = np.arange(W) - fg.fx * S
    nw = fg.nose_w * S
    bridge = row[np.abs(d) < 0.2 * nw].max()
    walls = [row[(side * d > 0.3 * nw) & (side * d < 0.8 * nw)].min() for side in (-1, 1)]
    return float(bridge - np.mean(walls))


def _skin(lum: np.ndarray, fg: FaceGeometry) -> np.ndarray:
    """The bare skin's levels: the forehead, the cheeks beside the nose and the nose's
    bridge (no eye, brow, nostril or lip)."""

    def box(x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
        return lum[int(y0 * S) : int(y1 * S), int(x0 * S) : int(x1 * S)].ravel()

    fx, wz, nw = fg.fx, fg.wz, fg.nose_w
    cheek_y = (fg.eye + 0.35 * (fg.nose - fg.eye), fg.nose + 0.5 * (fg.mouth - fg.nose))
    return np.concatenate(
        [
            box(fx - 0.5 * wz, fx + 0.5 * wz, fg.brow - 0.5 * wz, fg.brow - 0.15 * wz),
            box(fx - 0.75 * wz, fx - 1.3 * nw, *cheek_y),
            box(fx + 1.3 * nw, fx + 0.75 * wz, *cheek_y),
            box(fx - 0.2 * nw, fx + 0.2 * nw, fg.eye + 0.3 * (fg.nose - fg.eye), fg.nose - nw),
        ]
    )


def _form(who: Identity, look: Look, salt: str = "") -> Form:
    lum = luma(render(who, look, W, H, salt=salt))
    fg = layout(who, look, WU, WORK_HEIGHT)
    skin = _skin(lum, fg)
    return Form(
        _cheek(cv2.GaussianBlur(lum, (0, 0), 2.5), fg),
        _nose(lum, fg),
        float(np.percentile(skin, 99.5)),
        float(np.percentile(skin, 1) / np.median(skin)),
    )


def _studio(k: int) -> Form:
    """Someone facing the camera square, the forehead and cheeks bare, in a studio's light."""
    who = make_identity(("form", k))
    look = frontal(make_look(("form", "look", k), who, 22.0 + 4 * k), hair_style="bald")
    return _form(who, look)


def _booth(k: int) -> Form:
    """A traveller's booth photo under the hall's ceiling light, facing the camera bare."""
    t = traveller(viz(200 + k), k, difficulty=0.5)
    return _form(t.identity, frontal(t.look, hair_style="bald"), salt="live")


def _rises(values: list[float], median: float, each: float, name: str) -> None:
    """The median above ``median`` and all but three people above ``each`` (generator 27 had
    five below the studio's 40; this one two)."""
    shown = [round(v, 1) for v in values]
    assert float(np.median(values)) > median, (name, shown)
    assert sum(v > each for v in values) >= len(values) - 3, (name, shown)


def _in_range(forms: list[Form], floor: float) -> None:
    """Within a photo's range: the skin's highlights not burnt out, its darkest (the hollows',
    the nose's walls') not below ``floor`` of its median."""
    assert all(f.top < 246 for f in forms), [round(f.top) for f in forms]
    assert all(f.floor > floor for f in forms), [round(f.floor, 2) for f in forms]


def test_a_studio_portrait_shows_the_cheekbones_and_the_nose_s_form() -> None:
    """Generator 27 (14 people): cheekbone over hollow median 52 levels, bridge over walls 48
    (9 of 14 above 40); now 62 and 74 (12 above 40); generator 33, the eyes' patch lit as the
    face round it, 57.3 and 73.6 (64.4 before: the cheekbone's top, inside that patch, kept the
    lit front's tone); generator 34, 57.0 (the booth mouth's unspread patch trimmed to the lips
    and the sharpening's overshoot clipped: the limit, 57, stood 0.3 under 33's figure; now 56,
    still over the 54.4 the eyes' carried light gave without its crests); generator 38, 54.8:
    the African and East Asian builds' noses no longer stretch the cheeks beside them sideways
    (the nose's extra width reached 3 cm out, a quarter of the alae's span for an African
    build; those five people's cheeks lost 5 to 9 levels), so the limit is 54. The soft lamp
    keeps the skin's darkest above a third of its median (half of it, then and now)."""
    forms = [_studio(k) for k in range(PEOPLE)]
    assert float(np.median([f.cheek for f in forms])) > 54, [round(f.cheek) for f in forms]
    _rises([f.nose for f in forms], 62, 40, "nose")
    _in_range(forms, 0.33)


def test_a_booth_photo_shows_the_nose_s_form_under_the_hall_s_light() -> None:
    """Generator 27 (14 people): bridge over walls median 76 levels, 10 above 70; now 93, all
    above 75. The hall's ceiling light is harder: its shade reaches a tenth of the skin's
    median, as before."""
    forms = [_booth(k) for k in range(PEOPLE)]
    _rises([f.nose for f in forms], 85, 70, "nose")
    _in_range(forms, 0.09)
