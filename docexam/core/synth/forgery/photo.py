"""Photo substitution: another person's portrait in a genuine document.

The forger lifts the laminate, pastes or prints a new portrait and presses the laminate back:
the face changes, the laminate edge around the photo is disturbed (relief in grazing light, a
break in the retroreflective pattern), the UV print and fibres stop at the photo's edge, and the
ghost image still shows the original holder. A card has no laminate: its own signs are in
``polycarbonate``.
"""

from __future__ import annotations

import numpy as np

from docexam.core.domain.geometry import Rect
from docexam.core.domain.material import Ink, Material
from docexam.core.domain.model import Substrate
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.synth.canvas import Layer
from docexam.core.synth.forgery.locate import erase
from docexam.core.synth.forgery.screens import ring
from docexam.core.synth.forgery.workbench import Workbench, grow, new_layer, union
from docexam.core.synth.portrait import portrait

EDGE_MM = 0.6  # how far the lifted laminate reaches past the photo
# The traces round the pasted photo are one alteration to find, whichever a trainee marks.
PHOTO = "photo"
# What a pasted photo hides: print and fibres that run under the genuine portrait.
COVERED = ("substrate.fibres", "substrate.planchettes", "ink.uv_fluorescent")
COVERED_VISIBLE = ("printing.guilloche", "printing.rainbow", "printing.microprint")


def _portrait(wb: Workbench) -> tuple[str, Layer]:
    for pid in wb.pages:
        layer = wb.find(pid, "portrait")
        if layer is not None and layer.mask is not None:
            return pid, layer
    raise ForgeryError(f"{wb.source.specimen.id} has no portrait to substitute")


def _box(layer: Layer) -> Rect:
    x0, y0, x1, y1 = layer.region.bounds()
    return Rect(x0, y0, x1 - x0, y1 - y0)


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


def laminate_edge(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    band = ring(canvas, box, wb.rng("edge"), 0.3 if wb.difficulty < 3 else 0.22)
    relief = 25.0 if wb.difficulty < 3 else 14.0
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
    retro = wb.find(pid, "retroreflective")
    if retro is not None and retro.mask is not None and wb.difficulty < 3:
        wb.edit(pid, retro.id)
        np.minimum(retro.mask, 255 - _grown(band), out=retro.mask)
        reveal = (*reveal, "coaxial")
    wb.sign(
        pid,
        union(grow(box, EDGE_MM), lam.region),
        reveal,
        ("Laminate lifted round the photo", "照片周围覆膜被揭起"),
        (
            "In grazing light a raised, wavering ridge runs round the photo where the laminate "
            "was cut and pressed back; in coaxial light the retroreflective pattern breaks there.",
            "侧光下照片四周有一道起伏的凸棱，是覆膜被割开后压回的痕迹；同轴光下逆反射图案在此处中断。",
        ),
        group=PHOTO,
    )


def _grown(band: np.ndarray) -> np.ndarray:
    import cv2

    return np.asarray(cv2.dilate(band, np.ones((3, 3), np.uint8)), dtype=np.uint8)


def uv_interrupted(wb: Workbench) -> None:
    pid, layer = _portrait(wb)
    canvas = wb.canvas(pid)
    box = _box(layer)
    hidden = COVERED + (COVERED_VISIBLE if wb.difficulty == 1 else ())
    covered = []
    for other in wb.by_category(pid, *hidden):
        if other.mask is None:
            continue
        x0, y0, x1, y1 = canvas.pixel_box(box, 0)
        if not other.mask[y0:y1, x0:x1].any():
            continue
        wb.edit(pid, other.id)
        erase(other.mask, canvas, box)
        covered.append(other.id)
    if not covered:
        return
    reveal: tuple[str, ...] = ("uv365",) if wb.difficulty > 1 else ("uv365", "visible", "loupe")
    wb.sign(
        pid,
        box,
        reveal,
        ("UV print and fibres stop at the photo", "紫外图案和纤维在照片边缘中断"),
        (
            "Under UV-A the fluorescent print and fibres stop at the photo's edge: the new photo "
            "was pasted over them. On a genuine page they run on across the portrait.",
            "长波紫外灯下荧光图案和纤维在照片边缘中断：新照片贴在其上。真证中它们连续穿过照片。",
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
    erase(ovd.mask, canvas, box)
    card = wb.pages[pid].substrate.kind is Substrate.POLYCARBONATE
    how = (
        ("it was ground away with the old portrait.", "与原照片一起被磨去。")
        if card
        else ("it was cut when the laminate was lifted.", "揭起覆膜时被割断。")
    )
    wb.sign(
        pid,
        wb.extent(pid, ovd),
        ("visible", "tilt"),
        ("OVD cut at the photo edge", "光变图案在照片边缘被切断"),
        (
            "The diffractive pattern that should overlap the portrait stops at the photo's "
            "edge: " + how[0],
            "本应覆盖照片边缘的光变图案在照片边上中断：" + how[1],
        ),
        group=PHOTO,
    )
