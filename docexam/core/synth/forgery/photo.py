"""Photo substitution: another person's portrait in a genuine document, by one of three methods.

On a paper data page the forger either lifts the laminate, pastes a new photo over the old one
and presses the laminate back (``laminate_edge``: a wavering ridge and air bubbles in grazing
light), or cuts the old photo out and sets a new one into the hole (``cut_edge``: the cut
shines through in transmitted light and steps in grazing light). On a card the portrait is
milled off and re-lasered (``polycarbonate``). Whatever the method, the background print stops
or steps at the photo's edge, the ghost image still shows the original holder and an OVD over
the photo is cut; the UV print and fibres stop at the edge of a pasted or inserted photo.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.domain.model import Substrate
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.canvas import Layer, Mask
from docexam.core.synth.forgery.locate import erase, fade
from docexam.core.synth.forgery.screens import ring
from docexam.core.synth.forgery.workbench import Workbench, grow, new_layer, union
from docexam.core.synth.portrait import portrait

EDGE_MM = 0.6  # how far the lifted laminate reaches past the photo
# The traces round the pasted photo are one alteration to find, whichever a trainee marks.
PHOTO = "photo"
# What a pasted photo hides: print and fibres that run under the genuine portrait.
COVERED = ("substrate.fibres", "substrate.planchettes", "ink.uv_fluorescent")
BACKGROUND = ("printing.guilloche", "printing.rainbow", "printing.microprint")
BUBBLES = {1: 7, 2: 5, 3: 3}  # air trapped under a laminate pressed back by hand


def _portrait(wb: Workbench) -> tuple[str, Layer]:
    for pid in wb.pages:
        layer = wb.find(pid, "portrait")
        if layer is not None and layer.mask is not None:
            return pid, layer
    raise ForgeryError(f"{wb.source.specimen.id} has no portrait to substitute")


def _box(layer: Layer) -> Rect:
    x0, y0, x1, y1 = layer.region.bounds()
    return Rect(x0, y0, x1 - x0, y1 - y0)


def method(wb: Workbench) -> str:
    """How the new photo got in: ``relaser`` on a card, else ``cut`` or ``lift`` (laminate)."""
    pid, _ = _portrait(wb)
    if wb.pages[pid].substrate.kind is Substrate.POLYCARBONATE:
        wb.method = "relaser"
    else:
        wb.method = "cut" if "cut_edge" in wb.plan else "lift"
    return wb.method


def new_portrait(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
    assert layer.mask is not None
    wb.imitate(pid, layer.id)  # another person's photo, pasted in: not the issuer's portrait
    layer.mask[y0:y1, x0:x1] = portrait(wb.rng("face"), x1 - x0, y1 - y0)
    wb.sign(
        pid,
        layer.region,
        ("visible", "comparison"),
        ("Portrait of another person", "照片为他人"),
        (
            "The portrait does not match the ghost image and the holder's other images; look "
            "at face shape, hairline and ears, not at hair style.",
            "照片与影像副图不符；比对脸型、发际线和耳朵，而不是发型。",
        ),
        group=PHOTO,
    )


def ghost_mismatch(wb: Workbench) -> None:
    for pid in wb.pages:
        ghost = wb.find(pid, "ghost-image")
        if ghost is None:
            continue
        wb.sign(
            pid,
            ghost.region,
            ("visible", "uv365", "comparison"),
            ("Ghost image shows someone else", "影像副图为另一人"),
            (
                "The ghost image was printed at issue and still shows the genuine holder: it "
                "does not match the main portrait.",
                "影像副图在签发时印制，仍是原持证人，与主照片不一致。",
            ),
        )


def _shift(mask: Mask, box: tuple[int, int, int, int], by: int, g: np.random.Generator) -> None:
    """Move the print inside ``box`` by ``by`` pixels: lines no longer meet those outside."""
    x0, y0, x1, y1 = box
    dy, dx = by * int(g.choice((-1, 1))), by * int(g.choice((-1, 0, 1)))
    mask[y0:y1, x0:x1] = np.roll(mask[y0:y1, x0:x1], (dy, dx), axis=(0, 1))


# What the examiner sees at the photo's edge, by method and by whether the background inside
# was removed (``gone``) or imitated out of register (``step``).
_BREAK = {
    "gone": (
        "The background lines stop at the photo's edge: the new photo carries none. On a "
        "genuine page they run on, unbroken, across the portrait.",
        "底纹线条在照片边缘中断：新照片上没有底纹。真证的底纹连续穿过照片。",
    ),
    "milled": (
        "Inside the portrait area the background print is faded and patchy and ends at a hard "
        "edge: the surface was milled off there to erase the engraved portrait.",
        "照片区域内底纹变淡、斑驳，并在一条硬边处中断：为去除雕刻照片，该处表面被铣去。",
    ),
    "step": (
        "The background lines inside the photo do not meet those outside: they step at the "
        "photo's edge. The background inside was printed again by the forger, out of register.",
        "照片内的底纹线条与照片外的对不上，在照片边缘错位：照片内的底纹为伪造者重新印制，套印不准。",
    ),
}


def background_broken(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    px = canvas.pixel_box(box, 0)
    how, level = method(wb), wb.difficulty
    # Level 1 (and a milled card at 2): the print is gone inside; otherwise the forger printed
    # an imitation on the new photo, out of register by about a millimetre (2) or a third of
    # one (3).
    gone = level == 1 or (level == 2 and how == "relaser")
    step_mm = None if gone else (0.9, 0.35)[level - 2]
    kind = "step" if step_mm is not None else "milled" if how == "relaser" else "gone"
    g = wb.rng("step")
    broken = []
    for other in wb.by_category(pid, *BACKGROUND):
        x0, y0, x1, y1 = px
        if other.mask is None or not other.mask[y0:y1, x0:x1].any():
            continue
        wb.edit(pid, other.id)
        wb.wear(pid, other, box)
        if step_mm is not None:
            _shift(other.mask, px, max(2, round(canvas.px(step_mm))), g)
        elif how == "relaser":
            fade(other.mask, canvas, box, 0.25)
        else:
            erase(other.mask, canvas, box)
        broken.append(other.id)
    if not broken:
        return
    wb.sign(
        pid,
        grow(box, 0.1),
        ("loupe",) if level == 3 else ("visible", "loupe"),
        ("Background print broken at the photo", "底纹在照片边缘断开"),
        _BREAK[kind],
        group=PHOTO,
    )


def _break_retro(wb: Workbench, pid: str, band: Mask) -> bool:
    """Cut the retroreflective pattern along ``band`` (level 1: a careless forger tears the
    film); True if it was cut."""
    retro = wb.find(pid, "retroreflective")
    if retro is None or retro.mask is None or wb.difficulty > 1:
        return False
    import cv2

    wb.edit(pid, retro.id)
    k = max(3, round(wb.canvas(pid).px(0.6)))  # the film is torn a little either side
    grown = cv2.dilate(band, np.ones((k, k), np.uint8))
    np.minimum(retro.mask, 255 - grown, out=retro.mask)
    return True


def _bubbles(mask: Mask, wb: Workbench, box: Rect) -> None:
    import cv2

    canvas = wb.canvas(_portrait(wb)[0])
    g = wb.rng("bubbles")
    x0, y0, x1, y1 = box.bounds()
    for _ in range(BUBBLES[wb.difficulty]):
        # Along the edge, where the film was lifted and pressed back.
        side = int(g.integers(4))
        t, d = float(g.random()), float(g.uniform(0.3, 1.8))
        x = x0 + t * (x1 - x0) if side < 2 else (x0 + d if side == 2 else x1 - d)
        y = y0 + t * (y1 - y0) if side >= 2 else (y0 + d if side == 0 else y1 - d)
        r = max(1, round(canvas.px(float(g.uniform(0.25, 0.55)))))
        cv2.circle(mask, (round(canvas.px(x)), round(canvas.px(y))), r, 255, 1, cv2.LINE_AA)


def laminate_edge(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    band = ring(canvas, box, wb.rng("edge"), 0.3 if wb.difficulty < 3 else 0.26)
    _bubbles(band, wb, box)
    relief = {1: 25.0, 2: 25.0, 3: 16.0}[wb.difficulty]
    # Level 1: the cut edge also catches the light a little in white light.
    visible = Ink("#fbf8ef", 0.35) if wb.difficulty == 1 else None
    lam = new_layer(
        canvas,
        "laminate",
        "protection.laminate",
        ("Laminate", "覆膜"),
        Material(visible=visible, relief_um=relief),
        band,
    )
    wb.add(pid, lam)
    reveal: tuple[str, ...] = ("oblique",) if visible is None else ("oblique", "visible")
    if _break_retro(wb, pid, band):
        reveal = (*reveal, "coaxial")
    wb.sign(
        pid,
        union(grow(box, EDGE_MM), lam.region),
        reveal,
        ("Laminate lifted round the photo", "照片周围覆膜被揭起"),
        (
            "In grazing light a raised, wavering ridge runs round the photo where the laminate "
            "was cut and pressed back, with small air bubbles trapped under it; in coaxial "
            "light the retroreflective pattern breaks there.",
            "侧光下照片四周有一道起伏的凸棱，是覆膜被割开后压回的痕迹，其下夹有小气泡；"
            "同轴光下逆反射图案在此处中断。",
        ),
        group=PHOTO,
    )


def cut_edge(wb: Workbench) -> None:
    """The old photo cut out of the page and a new one glued into the hole from behind."""
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    level = wb.difficulty
    band = ring(canvas, box, wb.rng("cut"), {1: 0.25, 2: 0.2, 3: 0.14}[level])
    visible = Ink("#ffffff", 0.6) if level == 1 else None  # a frayed, pale cut edge
    cut = new_layer(
        canvas,
        "photo-cut",
        "protection.laminate",
        ("Laminate", "覆膜"),
        # A gap lets light through; the inserted photo sits a step lower than the page.
        Material(
            visible=visible,
            transmission={1: -0.8, 2: -0.5, 3: -0.3}[level],
            relief_um={1: 24.0, 2: 20.0, 3: 16.0}[level],
        ),
        band,
    )
    wb.add(pid, cut)
    reveal: tuple[str, ...] = ("transmitted", "oblique") + (("visible",) if visible else ())
    if _break_retro(wb, pid, band):
        reveal = (*reveal, "coaxial")
    wb.sign(
        pid,
        union(grow(box, 0.4), cut.region),
        reveal,
        ("Photo cut in", "照片为嵌入"),
        (
            "Held against the light a thin bright line runs all round the photo: the page was "
            "cut through there and a new photo set into the hole. In grazing light the photo "
            "sits a step lower than the page around it.",
            "透光观察照片四周有一圈细亮线：该页沿此处被切穿，嵌入了新照片。侧光下照片比周围页面低一级。",
        ),
        group=PHOTO,
    )


def uv_interrupted(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    covered = []
    for other in wb.by_category(pid, *COVERED):
        if other.mask is None:
            continue
        x0, y0, x1, y1 = canvas.pixel_box(box, 0)
        if not other.mask[y0:y1, x0:x1].any():
            continue
        wb.edit(pid, other.id)
        wb.wear(pid, other, box)
        if wb.difficulty == 1:
            erase(other.mask, canvas, box)
        else:  # a thin photo: the fluorescence shows faintly through it
            fade(other.mask, canvas, box, 0.35)
        covered.append(other.id)
    if not covered:
        return
    wb.sign(
        pid,
        box,
        ("uv365",),  # in white light the photo hides what it covers
        ("UV print and fibres stop at the photo", "紫外图案和纤维在照片边缘中断"),
        (
            "Under UV-A the fluorescent print and fibres stop or fade at the photo's edge: the "
            "new photo covers them. On a genuine page they run on across the portrait.",
            "长波紫外灯下荧光图案和纤维在照片边缘中断或变淡：被新照片遮住。真证中它们连续穿过照片。",
        ),
        group=PHOTO,
    )


def ovd_cut(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    ovd = wb.find(pid, "ovd")
    if ovd is None or ovd.mask is None:
        return
    canvas = wb.canvas(pid)
    box = _box(layer)
    x0, y0, x1, y1 = canvas.pixel_box(box, 0)
    if not ovd.mask[y0:y1, x0:x1].any():
        return
    wb.edit(pid, ovd.id)
    if wb.difficulty == 1:
        erase(ovd.mask, canvas, box)
    elif wb.difficulty == 2:  # the foil over the photo kept, but scuffed and half gone
        fade(ovd.mask, canvas, box, 0.45)
    else:  # a careful forger keeps the foil: only the cut along the photo's edge shows
        np.minimum(ovd.mask, 255 - ring(canvas, box, wb.rng("cut"), 0.35), out=ovd.mask)
    how = {
        "relaser": ("it was ground away with the old portrait.", "与原照片一起被磨去。"),
        "lift": ("it was cut when the laminate was lifted.", "揭起覆膜时被割断。"),
        "cut": ("it was cut with the old photo.", "与原照片一起被切断。"),
    }[method(wb)]
    wb.sign(
        pid,
        wb.extent(pid, ovd),
        ("visible", "tilt") if wb.difficulty == 1 else ("tilt", "loupe"),
        ("OVD cut at the photo edge", "光变图案在照片边缘被切断"),
        (
            "The diffractive pattern that should overlap the portrait stops or breaks at the "
            "photo's edge: " + how[0],
            "本应覆盖照片边缘的光变图案在照片边上中断：" + how[1],
        ),
        group=PHOTO,
    )
