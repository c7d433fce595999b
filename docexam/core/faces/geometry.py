"""Where a face's parts fall in a photo: stable traits and the photo's pose turned into pixels.

Photos are framed the way passport rules ask (crown to chin about 70 % of the height), so
proportions, not absolute sizes, carry identity: the eye spacing relative to face width, the
nose length relative to the eye-to-chin distance, and so on.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from docexam.core.faces import mesh
from docexam.core.faces.traits import Identity, Look

Row = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Skew:
    """A face's own left/right differences in its painted features (the mesh's own are
    morph.ASYMMETRY's, the eyes' and mouth's lines asymmetry.warp's): how much higher the
    viewer's right (side +1) brow stands than the other brow (in eye half widths), how much
    wider that eye is and how much taller its opening (shares). Each side takes half of it,
    the other way."""

    size: float = 0.0
    opening: float = 0.0
    brow: float = 0.0
    arch: float = 0.0  # how much higher that brow's arch rises, a share of the rise


# Skew's fields: (the Identity's asymmetry draw, amount per unit draw). A typical person's
# eyes differ in size by a few per cent, their brows in height by a millimetre or two: a few
# per cent of the feature, well short of a noticeable step of any trait (a mirror-image face
# read as a mask; a crooked one as a deformity). The eyes' draws are the mesh's for its eye
# corners, so the painted eye and the relief round it agree. (The eyes' heights are the
# photo's warp's, asymmetry.EYE_TILT, which moves lids and relief with them.)
SKEW = {
    "size": (1, 0.02),
    "opening": (2, 0.07),
    "brow": (8, 0.1),
    "arch": (10, 0.12),
}


def skew(who: Identity) -> Skew:
    return Skew(**{k: who.draw(*term) for k, term in SKEW.items()})


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
    ear_y: float
    # The forehead's own form (0..1, from its traits): where its lines fall and bend.
    forehead_form: float = 0.5
    skew: Skew = Skew()
    # The head as a mesh: its depth, silhouette and landmarks (rows and widths above are read
    # off it).
    mesh: mesh.MeshHead | None = field(default=None, compare=False, repr=False)

    def half_width(self, y: Row) -> Row:
        """Half width of the face outline at rows ``y`` (0 outside crown..chin): the mesh's
        silhouette, ears left out."""
        if self.mesh is None:
            raise ValueError("a face's outline comes from its mesh: lay it out with layout()")
        rows = self.mesh.rows
        inside = (y >= self.crown) & (y <= self.chin)
        return (np.interp(y, np.arange(len(rows)), rows) * inside).astype(y.dtype)

    def sided(self, side: int) -> FaceGeometry:
        """The layout as one eye and brow (side -1 the viewer's left) lie in it: moved and
        sized by the face's own ``skew``."""
        k, h = self.skew, side / 2
        size = 1 + h * k.size
        return dataclasses.replace(
            self,
            brow=self.brow - h * k.brow * self.eye_w,
            eye_w=self.eye_w * size,
            iris=self.iris * size,
            eye_h=self.eye_h * size * (1 + h * k.opening),
        )


# Every photo is drawn this many pixels high, then resized to the size asked for.
WORK_HEIGHT = 400


def work_width(w: int, h: int) -> int:
    """The width a ``w`` x ``h`` photo is drawn at (at the working height)."""
    return max(16, round(WORK_HEIGHT * w / h))


def work_layout(who: Identity, look: Look, w: int, h: int) -> FaceGeometry:
    """The head's layout as ``render`` draws a ``w`` x ``h`` photo."""
    return layout(who, look, work_width(w, h), WORK_HEIGHT)


def layout(who: Identity, look: Look, w: float, u: float) -> FaceGeometry:
    """The geometry of ``who`` in a ``w`` x ``u`` pixel photo taken with ``look`` (by a
    camera ``look.distance`` from the sitter)."""
    who = at_age(who, look.age)
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
    # An eye is about a fifth of the face's width at the eyes (30 of 140 mm).
    eye_w = wz * (t("eye_width", 0.19, 0.225) + (0 if male else 0.008))
    pitch = math.sin(math.radians(look.pitch))
    ear_len = (nose - eye) * t("ear_size", 1.1, 1.4)
    # Hairline to brow, brow to nose base and nose base to chin are about equal thirds of a
    # face; the hairline lies about a fifth of the head below the crown.
    hairline = crown + (eye - crown) * t("forehead_height", 0.27, 0.45)
    # Lips are fuller with an African build and thinner with a European one, whatever their
    # own traits (a share of them, so each trait's step holds).
    build = mesh.morph.ancestry(who)
    full = 1 + sum(LIP_FULLNESS[k] * share for k, share in build.items())
    # Pressed lips show less red: a fifth less at the most, short of what a noticeable step
    # of the lips' own traits moves, or the holder's lips would read as another person's.
    press = 1 - 0.2 * look.press
    fg = FaceGeometry(
        u=u,
        # Placeholders: fit() reads the centre and the turn off the mesh.
        cx=w / 2,
        fx=w / 2,
        yaw_px=0.0,
        crown=crown,
        hairline=hairline,
        # Raised, the brows go up about 3 mm; in a slight frown they come down a little less.
        brow=eye
        - eye_w * (t("brow_ridge", 0.95, 1.25) + (0 if male else 0.12))
        - eye_w * look.brows * (0.22 if look.brows > 0 else 0.15)
        + pitch * wz * 0.1,
        eye=eye + pitch * wz * 0.12,
        nose=nose + pitch * wz * 0.16,
        mouth=mouth + pitch * wz * 0.12,
        chin=chin,
        gonion=gonion,
        wz=wz,
        wc=wz * t("cheekbones", 1.0, 0.9),
        wch=wz * (t("chin_width", 0.26, 0.42) - (0 if male else 0.03)),
        eye_gap=wz * t("eye_spacing", 0.38, 0.47),
        eye_w=eye_w,
        # Narrowed against a hall's glare, or as a frown narrows them.
        eye_h=eye_w * t("eye_opening", 0.3, 0.44) * (1 - 0.16 * look.squint),
        eye_tilt=t("eye_tilt", -7, 9),
        iris=eye_w * 0.4,  # the iris spans about 0.4 of the eye's width (12 of 30 mm)
        # Alar width about the inner eye corners' spacing (35 of 140 mm); the mouth's corners
        # near the lines down from the irises' inner edges.
        nose_w=wz * (t("nose_width", 0.2, 0.27) + (0.015 if male else -0.015)),
        mouth_w=wz * t("mouth_width", 0.31, 0.42) * (1 + 0.12 * look.smile),
        # Pressed together, the lips roll in and show less red.
        lip_up=wz * t("lip_upper", 0.07, 0.13) * (1 if male else 1.12) * full * press,
        lip_lo=wz * t("lip_lower", 0.1, 0.17) * (1 if male else 1.08) * full * press,
        ear_len=ear_len,
        ear_y=(eye + nose) / 2 + (nose - eye) * t("ear_height", -0.2, 0.2),
        forehead_form=0.6 * tr["forehead_height"] + 0.4 * tr["brow_ridge"],
        skew=skew(who),
    )
    # (The mesh has no marks: a photo drawn without them, to measure them, reuses it.)
    bare = dataclasses.replace(who, marks=())
    return fit(fg, mesh.head(bare, look, int(w), int(u), look.distance), look.smile)


# How fifty years (25 to 75) move a person's own traits: the ears go on growing (by about a
# tenth), the nose's tip drops a few millimetres as its cartilage softens, so the nose reads
# longer (its length trait scaled the whole nose and pushed its base into the lip), and the
# lips thin, the upper most, as they lose volume and roll in. The mesh and the layout both
# take the moved traits; over a passport's ten years they move a fifth of a noticeable step.
LIP_FULLNESS = {"african": 0.3, "asian": 0.04, "caucasian": -0.06}
AGEING = {"ear_size": 0.45, "nose_tip": -0.08, "lip_upper": -0.4, "lip_lower": -0.2}


def at_age(who: Identity, age: float) -> Identity:
    """``who`` at ``age``: the traits time changes moved by it (beyond 0..1 a little, so one
    whose ears were large at twenty-five still sees them grow)."""
    old = float(np.clip((age - 25) / 50, 0, 1.2))
    if old <= 0:
        return who
    tr = dict(who.traits)
    for name, shift in AGEING.items():
        tr[name] = float(np.clip(tr[name] + shift * old, -0.2, 1.2))
    return dataclasses.replace(who, traits=tr)


# The mesh's eye corners lie on the lids' outer skin, wider than the fissure the eye layer
# draws: this brings their half span to an eye's half width (29 mm of 62 mm between pupils;
# at 0.88 the drawn eye was 0.55 of the distance between the pupils, an almond too long).
FISSURE = 0.8
# The orbit round the drawn eye, in the drawn eye's half widths: what sits in or over the
# socket (brows, the light's regions round the eye) is sized by it, as when the drawn eye
# spanned the mesh's corners (FISSURE 0.88).
SOCKET = 0.88 / FISSURE
# Where the alae's landmark lies above the nose's base on the base mesh (decimetres): the
# base when the nostrils are hidden.
ALA_TO_BASE_DM = 0.06
# The columella's foot under the nostrils' openings' lowest row (decimetres).
COLUMELLA_DM = 0.015


def fit(fg: FaceGeometry, hd: mesh.MeshHead, smile: float) -> FaceGeometry:
    """The layout read off the mesh: rows, gaps and widths from its landmarks and silhouette,
    so the layers drawn in 2D (eyes, brows, lips, hair, beard) land on its forms."""
    p = hd.points

    def mid(a: str, b: str) -> tuple[float, float]:
        return (p[a][0] + p[b][0]) / 2, (p[a][1] + p[b][1]) / 2

    def half(a: str, b: str) -> float:
        return abs(p[b][0] - p[a][0]) / 2

    fx, eye = mid("pupil_r", "pupil_l")
    cx = mid("ear_out_r", "ear_out_l")[0]
    crown, chin = p["crown"][1], p["chin"][1]
    mouth = p["stomion"][1]
    nose_w = half("ala_r", "ala_l") * 0.85
    nose = _nose_base(hd, nose_w, mouth)
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
        # (The tip's own place off the midline is no turn: read where it would stand on it.)
        yaw_px=(p["nose_axis"][0] - fx) / 0.5,
        crown=crown,
        hairline=crown + (eye - crown) * (fg.hairline - fg.crown) / (fg.eye - fg.crown),
        # (The brow stands over the orbit, the socket's height over the drawn eye.)
        brow=eye - old * eye_w * SOCKET / fg.eye_w,
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
        nose_w=nose_w,
        mouth_w=half("mouth_r", "mouth_l") * (1 + 0.12 * smile),
        ear_len=(lobe - ear_top) / 2,
        ear_y=(lobe + ear_top) / 2,
        mesh=hd,
    )


def _nose_base(hd: mesh.MeshHead, nose_w: float, mouth: float) -> float:
    """The row where the nose meets the upper lip as the camera sees it: just under the
    nostrils' openings. Hung a fixed 6 mm under the alae's landmark it sat up to 10 px low on
    a short nose, in the lip (the subnasale vertex stays where a long nose's target leaves
    it), and moustache, folds and philtrum with it."""
    (rx, ry), (lx, ly) = hd.points["ala_r"], hd.points["ala_l"]
    alae = (ry + ly) / 2 + ALA_TO_BASE_DM * hd.scale
    r0 = max(0, int(min(ry, ly) - nose_w))
    band = hd.nostrils[r0 : max(r0, int(mouth)), max(0, int(rx)) : int(lx) + 1]
    cover = band.max(axis=1) if band.size else np.zeros(0, np.float32)
    rows = np.flatnonzero(cover > 0.3)
    if not len(rows):  # hidden behind the wings and the tip (a lowered head)
        return alae
    # Where the coverage falls through the threshold, between rows: whole rows made the
    # base jump a pixel between two photos of one nose.
    i = int(rows.max())
    below = float(cover[i + 1]) if i + 1 < len(cover) else 0.0
    frac = (float(cover[i]) - 0.3) / max(float(cover[i]) - below, 1e-3)
    return r0 + i + min(frac, 1.0) + COLUMELLA_DM * hd.scale
