"""The 2D layout taken from the mesh: rows, gaps and widths read off its landmarks and
silhouette, so the layers drawn in 2D (eyes, brows, lips, hair, beard) land on its forms."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from docexam.core.faces.mesh import MeshHead

if TYPE_CHECKING:
    from docexam.core.faces.geometry import FaceGeometry

# The mesh's eye corners lie on the lids' outer skin, wider than the fissure the eye layer
# draws: this brings their half span to an eye's half width (30 mm of 62 mm between pupils).
FISSURE = 0.88
ALA_TO_BASE_DM = 0.06


def fit(fg: FaceGeometry, hd: MeshHead, smile: float) -> FaceGeometry:
    p = hd.points

    def mid(a: str, b: str) -> tuple[float, float]:
        return (p[a][0] + p[b][0]) / 2, (p[a][1] + p[b][1]) / 2

    def half(a: str, b: str) -> float:
        return abs(p[b][0] - p[a][0]) / 2

    fx, eye = mid("pupil_r", "pupil_l")
    cx = mid("ear_out_r", "ear_out_l")[0]
    crown, chin = p["crown"][1], p["chin"][1]
    # The nose's base follows its wings (the subnasale vertex stays where a longer nose's
    # target leaves it): on the base mesh it lies about 6 mm under the alae's landmark.
    nose = (p["ala_r"][1] + p["ala_l"][1]) / 2 + ALA_TO_BASE_DM * hd.scale
    mouth = p["stomion"][1]
    eye_w = FISSURE * (half("eye_out_r", "eye_in_r") + half("eye_in_l", "eye_out_l")) / 2
    gonion = eye + (chin - eye) * 0.62
    rows = hd.rows
    wz = float(hd.face_rows[int(eye) : int(nose) + 1].max())
    wc = float(rows[int(crown) : int(eye) + 1].max())
    ear_top = (p["ear_top_r"][1] + p["ear_top_l"][1]) / 2
    lobe = (p["lobe_r"][1] + p["lobe_l"][1]) / 2
    old = fg.eye - fg.brow
    return dataclasses.replace(
        fg,
        cx=cx,
        fx=fx,
        yaw_px=(p["nose_tip"][0] - fx) / 0.5,
        crown=crown,
        hairline=crown + (eye - crown) * (fg.hairline - fg.crown) / (fg.eye - fg.crown),
        brow=eye - old * eye_w / fg.eye_w,
        eye=eye,
        nose=nose,
        mouth=mouth,
        chin=chin,
        gonion=gonion,
        wz=wz,
        wc=wc,
        wch=half("chin_r", "chin_l"),
        eye_gap=half("pupil_r", "pupil_l"),
        eye_w=eye_w,
        eye_h=fg.eye_h * eye_w / fg.eye_w,
        iris=fg.iris * eye_w / fg.eye_w,
        nose_w=half("ala_r", "ala_l") * 0.85,
        mouth_w=half("mouth_r", "mouth_l") * (1 + 0.12 * smile),
        ear_len=(lobe - ear_top) / 2,
        ear_y=(lobe + ear_top) / 2,
        mesh=hd,
    )
