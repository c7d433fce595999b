"""Where a face's parts fall in a photo: stable traits and the photo's pose turned into pixels.

Photos are framed the way passport rules ask (crown to chin about 70 % of the height), so
proportions, not absolute sizes, carry identity: the eye spacing relative to face width, the
nose length relative to the eye-to-chin distance, and so on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from docexam.core.faces import mesh
from docexam.core.faces.mesh.fit import fit
from docexam.core.faces.traits import Identity, Look

Row = npt.NDArray[np.float32]


@dataclass(frozen=True)
class FaceGeometry:
    u: float  # working image height in pixels
    cx: float  # face outline centre
    fx: float  # centre of the inner features (moves more with yaw than the outline)
    yaw_px: float  # shift per unit of depth (depth in units of wz)
    crown: float
    hairline: float
    brow: float
    eye: float
    nose: float  # nose base
    mouth: float
    chin: float
    gonion: float
    wz: float  # half face width at the cheekbones
    wc: float  # half cranium width
    wg: float  # half jaw width at the gonion
    wch: float  # half chin width
    eye_gap: float  # half distance between the eye centres
    eye_w: float  # half eye width
    eye_h: float  # half eye opening
    eye_tilt: float  # degrees, outer corner up
    iris: float
    nose_w: float  # half width at the alae
    mouth_w: float
    lip_up: float
    lip_lo: float
    ear_len: float
    ear_out: float  # how far the ear stands out past the cranium
    ear_y: float
    # How the outline turns (0..1): a square jaw keeps its width to the chin, a tapered one
    # narrows early; the cheeks are widest higher or lower; the skull's dome fuller or flatter.
    square: float = 0.5
    cheek_y: float = 0.12
    dome: float = 2.4
    # The forehead's own form (0..1, from its traits): where its lines fall and bend.
    forehead_form: float = 0.5
    # The lower face's own form: how much of a corner the jaw shows at its angle (0 a smooth
    # curve .. 1 a clear angle, lean men), how full the cheeks are between cheekbone and jaw
    # (-1 hollow .. 1 full) and how far an older jaw's skin sags into a jowl (0..1).
    angle: float = 0.0
    fill: float = 0.0
    jowl: float = 0.0
    # How far the cheekbone stands out of the cheek under it (of wz), and how deep the temple
    # is hollow above it: clear on a lean face, filled on a heavy or young one.
    zygoma: float = 0.04
    temple: float = 0.02
    # The head as a mesh: its depth, silhouette and landmarks (rows and widths above are read
    # off it).
    mesh: mesh.MeshHead | None = field(default=None, compare=False, repr=False)

    @property
    def cheek_row(self) -> float:
        """The row where the cheekbones make the face widest."""
        return self.eye + self.cheek_y * (self.chin - self.eye)

    def half_width(self, y: Row) -> Row:
        """Half width of the face outline at rows ``y`` (0 outside crown..chin).

        A frontal face is widest at the cheekbones (the zygomatic arches, between the lower lid
        and the middle of the nose), a little narrower at the temples above them, and steps in
        below them to the jaw: one convex curve from a cheekbone to the chin read as a balloon.
        With the mesh, its silhouette's (ears left out).
        """
        if self.mesh is not None:
            rows = self.mesh.rows
            inside = (y >= self.crown) & (y <= self.chin)
            return (np.interp(y, np.arange(len(rows)), rows) * inside).astype(y.dtype)
        yz = self.cheek_row
        under = self.wz * (1 - self.zygoma)  # the cheek's width just under the bone
        out = np.zeros_like(y)
        # The skull: widest a little above the brows, its top a superellipse (a forehead is
        # flatter and broader than a ball's), then down the temples to the cheek under the bone.
        ycr = self.brow - 0.2 * (self.brow - self.crown)
        top = (y >= self.crown) & (y < yz)
        yt = y[top]
        t = np.clip((ycr - yt) / (ycr - self.crown), 0, 1)
        skull = self.wc * (1 - t**self.dome) ** (1 / self.dome)
        skull += (under - self.wc) * _smooth(yt, ycr, yz)
        # The temple's hollow, just above the brow's outer end, where the skull is narrowest.
        skull -= self.wz * self.temple * _bell(yt, self.brow - 0.1 * self.wz, 0.16 * self.wz)
        out[top] = skull
        low = (y >= yz) & (y <= self.chin)
        yl = y[low]
        out[low] = self._lower(yl, yz, under)
        # The cheekbone stands out of both: the outline's widest, fading up into the temple
        # and, faster, down into the cheek.
        up = 0.5 * (yz - self.brow)
        down = 0.32 * (self.nose - yz)
        sig = np.where(y < yz, up, down)
        out += (self.wz - under) * np.exp(-0.5 * ((y - yz) / sig) ** 2) * (out > 0)
        return out

    def _lower(self, y: Row, yz: float, under: float) -> Row:
        """From under the cheekbone to the chin: the cheek and the ramus going in, straight
        on a lean face and filled out on a heavy one, to the jaw's angle, then the jaw line to
        the chin, the two meeting in a corner that is clear on a lean man and soft otherwise."""
        s = np.clip((y - yz) / max(self.gonion - yz, 1.0), 0, None)
        # The soft tissue over the jaw's angle: a narrow jaw's bone is far inside the cheek,
        # and taken as the outline it drew a kite.
        wj = under * (0.63 + 0.36 * self.wg / self.wz)
        # The cheek holds its width a little before it goes in; a full one bows outwards.
        ramus = under - (under - wj) * s ** (1.8 + 0.6 * max(self.fill, 0.0))
        ramus += self.wz * 0.05 * self.fill * np.sin(np.pi * np.clip(s, 0, 1))
        u = (y - self.gonion) / (self.chin - self.gonion)
        # Nearly straight: a hair of outward bow keeps a narrow chin from a V's point; a
        # squarer chin keeps its width longer.
        bend = np.where(u > 0, np.abs(u) ** (1 + 0.3 * self.square), u)
        line = wj - (wj - self.wch) * bend
        line += self.wz * 0.035 * np.sin(np.pi * np.clip(u, 0, 1))
        r = self.wz * (0.03 + 0.1 * (1 - self.angle))  # the corner's rounding
        lo = np.minimum(ramus, line)
        side = lo - r * np.log1p(np.exp(-np.abs(ramus - line) / r))
        # A jowl hangs just in front of the jaw's angle, below it.
        jl = self.gonion + 0.4 * (self.chin - self.gonion)
        side += self.wz * 0.05 * self.jowl * _bell(y, jl, 0.2 * (self.chin - self.gonion))
        c = np.clip((y - self.gonion) / (self.chin - self.gonion), 0, 1)
        # The chin's underside is a broad curve, not the egg's point: it stays near the chin's
        # width until close to its lowest row.
        return np.maximum(side, 0) * np.clip(1 - c ** (5.0 + 4 * self.square), 0, 1) ** 0.3


def _bell(y: Row, at: float, sigma: float) -> Row:
    return np.exp(-0.5 * ((y - at) / max(sigma, 1e-3)) ** 2)


def _smooth(y: Row, a: float, b: float) -> Row:
    t = np.clip((y - a) / max(b - a, 1e-3), 0, 1)
    return t * t * (3 - 2 * t)


def layout(who: Identity, look: Look, w: float, u: float) -> FaceGeometry:
    """The geometry of ``who`` in a ``w`` x ``u`` pixel photo taken with ``look`` (by a
    camera ``look.distance`` from the sitter)."""
    tr = who.traits
    male = who.sex == "M"

    def t(name: str, lo: float, hi: float) -> float:
        return lo + (hi - lo) * tr[name]

    head = u * t("face_length", 0.62, 0.69)  # long and short faces, not one mannequin
    crown = u * 0.135
    chin = crown + head
    eye = crown + head * t("face_length", 0.5, 0.45)
    nose = eye + (chin - eye) * t("nose_length", 0.36, 0.47)
    mouth = nose + (chin - nose) * t("chin_length", 0.40, 0.27)
    gonion = eye + (chin - eye) * 0.62
    wz = head * (t("face_width", 0.285, 0.365) - 0.03 * (tr["face_length"] - 0.5))
    wz *= (1.0 if male else 0.95) * (1 + 0.035 * look.weight)
    wg = wz * (t("jaw_width", 0.68, 0.95) + (0.04 if male else -0.07) + 0.05 * look.weight)
    # An eye is about a fifth of the face's width at the eyes (30 of 140 mm).
    eye_w = wz * (t("eye_width", 0.19, 0.225) + (0 if male else 0.008))
    pitch = math.sin(math.radians(look.pitch))
    ear_len = (nose - eye) * t("ear_size", 1.1, 1.4)
    # Hairline to brow, brow to nose base and nose base to chin are about equal thirds of a
    # face; the hairline lies about a fifth of the head below the crown.
    hairline = crown + (eye - crown) * t("forehead_height", 0.27, 0.45)
    # A lean face shows the bone: a man's jaw angle most, and a wide jaw's more.
    angle = float(
        np.clip((0.5 if male else 0.2) + 0.4 * (tr["jaw_width"] - 0.5) - 0.6 * look.weight, 0, 0.9)
    )
    age = look.age
    youth = float(np.clip((32 - age) / 15, 0, 1) - np.clip((age - 40) / 30, 0, 1))
    jowl = float(np.clip((age - 40) / 35, 0, 1) * (0.6 + 0.4 * np.clip(look.weight + 0.5, 0, 1)))
    fill = float(np.clip(0.9 * look.weight + 0.5 * youth - 0.4 * tr["cheekbones"], -1, 1))
    fg = FaceGeometry(
        u=u,
        # Placeholders: fit() reads the centre and the turn off the mesh.
        cx=w / 2,
        fx=w / 2,
        yaw_px=0.0,
        crown=crown,
        hairline=hairline,
        brow=eye - eye_w * (t("brow_ridge", 0.95, 1.25) + (0 if male else 0.12)) + pitch * wz * 0.1,
        eye=eye + pitch * wz * 0.12,
        nose=nose + pitch * wz * 0.16,
        mouth=mouth + pitch * wz * 0.12,
        chin=chin,
        gonion=gonion,
        wz=wz,
        wc=wz * t("cheekbones", 1.0, 0.9),
        wg=wg,
        wch=wz * (t("chin_width", 0.26, 0.42) - (0 if male else 0.03)),
        eye_gap=wz * t("eye_spacing", 0.38, 0.47),
        eye_w=eye_w,
        eye_h=eye_w * t("eye_opening", 0.3, 0.44),
        eye_tilt=t("eye_tilt", -7, 9),
        iris=eye_w * 0.4,  # the iris spans about 0.4 of the eye's width (12 of 30 mm)
        # Alar width about the inner eye corners' spacing (35 of 140 mm); the mouth's corners
        # near the lines down from the irises' inner edges.
        nose_w=wz * (t("nose_width", 0.2, 0.27) + (0.015 if male else -0.015)),
        mouth_w=wz * t("mouth_width", 0.31, 0.42) * (1 + 0.12 * look.smile),
        lip_up=wz * t("lip_upper", 0.07, 0.13) * (1 if male else 1.12),
        lip_lo=wz * t("lip_lower", 0.1, 0.17) * (1 if male else 1.08),
        ear_len=ear_len,
        ear_out=ear_len * t("ear_protrusion", 0.03, 0.14),
        ear_y=(eye + nose) / 2 + (nose - eye) * t("ear_height", -0.2, 0.2),
        square=float(np.clip(0.35 * tr["jaw_width"] + 0.65 * tr["chin_width"], 0, 1)),
        cheek_y=t("cheekbones", 0.2, 0.06),
        # The skull's top above its widest row: rounder turned a bald head to an egg, squarer
        # to a box.
        dome=t("face_width", 2.1, 2.8),
        forehead_form=0.6 * tr["forehead_height"] + 0.4 * tr["brow_ridge"],
        angle=angle * (1 - 0.5 * jowl),
        fill=fill,
        jowl=jowl,
        zygoma=float(
            np.clip(
                (0.035 + 0.05 * tr["cheekbones"] - 0.03 * fill) * (1 if male else 0.75), 0.01, 0.1
            )
        ),
        temple=float(
            np.clip(0.015 + 0.03 * (0.4 - fill) + 0.02 * np.clip((age - 40) / 30, 0, 1), 0, 0.05)
        ),
    )
    return fit(fg, mesh.head(who, look, int(w), int(u), look.distance), look.smile)
