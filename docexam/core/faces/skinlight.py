"""How light behaves in skin, which is not paint: where the sitter shows skin, the colour
light takes on travelling under it, and the sheen of its oil broken up by its pores. The
shading pass that uses them is render.py's."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import lamps, torso
from docexam.core.faces.canvas import BGR, F32, LUMA, FaceCanvas, smooth, smoothstep
from docexam.core.faces.geometry import SOCKET, FaceGeometry
from docexam.core.faces.mesh import MeshHead

SHEEN = 0.05  # the broad sheen's strength on an average skin, of the exposed face's tone
SHEEN_CAP = 0.045  # the most it adds however oily the skin and bright the lamp
SPEC_SMOOTH = 0.45  # how much of the pores' slope the skin's glint loses (all: wax)
SPEC_CAP = 0.06  # the skin's tight glint's ceiling (of the light, before the exposure)
FORM_SMOOTH = 3.0  # px at the working size: the mesh's facets go, the cheekbones stay
FORM_FALL = {"overhead": 0.5}  # how dark a surface edge-on to the light goes (else 0.4)
PULL = {"overhead": 2.2}  # how far the broad source's direction leans to the lens (else 1.2)
# The relief's own shade under a broad source: the scales (cm) whose curvature counts, from
# the alar groove's to the cheekbone's, against the face's own roundness over a broader one.
RELIEF_CM, RELIEF_BASE_CM = (0.2, 0.45), 2.0
RELIEF_SHADE, RELIEF_LIFT = 0.2, 0.08  # the most a hollow loses and a crest gains
RELIEF_SOFT = 0.6  # the curvature (per cm, about a crest's) at which they near those
RELIEF_ROUND = 0.3  # per cm: the most of a point's curvature the face's roundness takes
NOSE_FILL = 0.3  # how much of its turn the nose's side walls are spared (0.55 drew a smudge)
MOUTH_SPARED = (0.8, 0.8)  # the lips' unspread patch, in half mouth widths and lip heights
SKIN_SOFT_CM = 0.6  # cm: the least the key's light on skin is spread over
EYE_FILL = (0.5, 1.5)  # the carried light's blur round an eye, in half eye widths across, up
# The lids and opening, where the relief fades in outwards (a Gaussian: cut off at this edge,
# a ring): half eye widths to the nose, to the temple, up and down (towards the nose further:
# the nose's flank shaded the inner corner, a dark point).
EYE_CORE = (1.4, 1.2, 0.8)
# The opening and the lids' margins take the carried light's one tone (half eye widths to the
# nose, to the temple, up, down; the lids' corners else took the temple's fall-off): the lids
# round them keep the carried field. One tone out to the core's edge, 0.8 down, drew a pale
# patch round each eye, most on the lower lid, goggles.
EYE_OPEN = (1.4, 1.2, 0.6, 0.5)
DRY_SHEEN = 0.35  # the sheen's share on a dry crest (a cheekbone's top) against an oily skin's


def where(c: FaceCanvas, face: F32, colour: BGR) -> F32:
    """Where the sitter shows skin: the face, and the neck and ears, which body.py and head.py
    paint in the face's colour. Found by colour, as near the skin's hue and lightness; light
    scatters under a neck's skin as under a cheek's, and lit as plaster it read grey beside
    the face."""
    ref = np.asarray(colour, np.float32)
    lum = np.maximum(c.albedo @ LUMA, 1e-3)
    hue = c.albedo / lum[..., None] - ref / float(ref @ LUMA)
    near = np.square(np.clip(1 - (hue**2).sum(axis=-1) / 0.2**2, 0, 1))
    # The neck is painted a shade darker than the face, and darker still at its sides.
    light = np.square(np.clip(1 - np.square(lum / float(ref @ LUMA) - 0.85) / 0.45**2, 0, 1))
    return np.maximum(face, near * light * c.person)


def box(skin: F32) -> tuple[slice, slice]:
    """The rows and columns that hold any skin, so its light is worked out there only."""
    rows, cols = np.flatnonzero(skin.max(axis=1) > 0.01), np.flatnonzero(skin.max(axis=0) > 0.01)
    if rows.size == 0:
        return slice(0, 0), slice(0, 0)
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def chroma(albedo: F32, deeper: bool = False) -> F32:
    """The albedo's colour without its lightness (1 where grey), to the power a half (or
    three quarters if ``deeper``): light that has bounced about under the skin comes out
    coloured by it, the more the further it went. (Roots, as a float power is slow.)"""
    lum = np.maximum(albedo @ LUMA, 1e-3)
    root = np.sqrt(np.maximum(albedo, 1e-3) / lum[..., None])
    return root * np.sqrt(root) if deeper else root


def deep(albedo: F32, illum: F32, skin: F32) -> F32:
    """How much fuller and redder skin's colour is where the lamp's light fades: at the
    terminator and in the shade the light seen has travelled further under the skin, through
    blood, and comes out warm. Without it a shadow is the lit colour darkened, which reads as
    grey on a fair skin and ash on a dark one."""
    lum = illum @ LUMA
    # Measured against the face's own best-lit skin, whatever the lamp's strength.
    face = lum[skin > 0.5]
    full = float(np.percentile(face[::7], 97)) if face.size > 50 else 1.0
    s = np.clip((0.85 - lum / full) / 0.85, 0, 1)  # none where nearly fully lit
    # Strongest in the half-light where the scattered light is a large share of the whole;
    # a deep shadow keeps some of it (its light is the fill's, scattered as well).
    # Subtle: strong, it drew an orange band wherever a cheek turned from the lamp.
    amount = (0.4 * s * (1 - s) + 0.1 * s) * skin
    # Melanin takes up the light before it reaches the blood: in a dark skin's shade the light
    # comes out browner only a little; at full strength a dark face's sides went copper.
    tone = albedo @ LUMA
    amount *= np.clip(tone * 1.6, 0.35, 1.0)
    blood = chroma(albedo, deeper=True) * np.array([0.98, 0.955, 1.03], np.float32)
    return (blood - 1) * amount[..., None]


def specular(c: FaceCanvas, lamp: lamps.Lamp, fx: F32, fy: F32, pit: F32, skin: F32) -> F32:
    """Specular light: a tight glint on the wet eyes and lips and the hair, and on skin a
    faint one whose strength the oil sets (c.gloss, forehead and nose against matt cheeks),
    broken into patches by the pores' grain and never burnt out."""
    light = lamp.direction
    half = light + np.array([0, 0, 1], np.float32)
    half /= np.linalg.norm(half)
    # Skin's surface, seen as the lamp's reflection, is its pores' grain smoothed: a soft
    # box is too broad to pick out single pores (each glinted, and the face read as
    # sandpaper); the eyes, lips and hair keep their own fine relief.
    soft_x = cv2.GaussianBlur(fx, (0, 0), 1.2)
    soft_y = cv2.GaussianBlur(fy, (0, 0), 1.2)
    # Only partly smoothed: a share of the grain's slope stays, else the cheeks read as wax.
    fx = fx + (soft_x - fx) * skin * SPEC_SMOOTH
    fy = fy + (soft_y - fy) * skin * SPEC_SMOOTH
    fnorm = np.sqrt(fx**2 + fy**2 + 1)
    nh = np.clip((-fx * half[0] - fy * half[1] + half[2]) / fnorm, 0, 1)
    # Skin's sheen is broad and form() gives it; here only the eyes and lips, being wet, and
    # hair give a tight highlight, and skin a faint one where it is oiliest. A small, near
    # lamp (a booth's flash) leaves a soft spot on the forehead and the nose's tip.
    n8 = np.square(np.square(nh * nh))
    n24 = n8 * np.square(n8)
    n60 = np.square(n24) * n8 * np.square(nh * nh)
    lobe = 0.45 * n24 + 0.9 * n60 * c.gloss + 0.02 * n8 * skin
    spread = max(1e-6, float(pit[skin > 0.5].std())) if skin.max() > 0.5 else 1.0
    rims = cv2.GaussianBlur(pit, (0, 0), 1.0) / spread
    # Broken a little by the pores' grain, not pore by pore.
    sparkle = np.clip(1 + 0.5 * rims, 0.5, 1.4)
    lobe *= 1 + (sparkle - 1) * skin
    # Over skin (and the lips on it) the glint saturates: a sheen on an oily forehead under
    # a flash, at full strength, burnt out in white blotches. A lip's glint is small and
    # keeps its shape; only its peak is lowered.
    spec = lobe * c.gloss * lamp.sheen
    return spec * (1 - skin) + spec / (1 + spec / SPEC_CAP) * skin


def form(fg: FaceGeometry, c: FaceCanvas, skin: F32, lamp: lamps.Lamp) -> tuple[F32, F32]:
    """How much of the light a point of skin gets for the way the head's form turns it, as
    a factor on the light (1 facing the light), and the broad sheen the form catches.

    A passport studio's light is soft and from all round the lens, yet in a photo the cheeks
    still darken towards the silhouette, the temples turn away, the sides of the nose and the
    sockets under the brows hold a little shade and the jaw's underside goes dark: the
    relief as lit (flattened, so that no cheek goes dark in a band) lost all that and the
    face read as a mask. The mesh's own normals, smoothed past its facets (a triangle's flat
    normal drew a mosaic), give it."""
    hd = fg.mesh
    if hd is None:
        return np.ones_like(skin), np.zeros_like(skin)
    cm = hd.scale * 0.1  # px per centimetre
    weight = hd.full * (1 - hd.eyeball)  # the drawn eye is not the mesh's eyeball
    total = cv2.GaussianBlur(weight, (0, 0), FORM_SMOOTH)
    n = cv2.GaussianBlur(hd.normals * weight[..., None], (0, 0), FORM_SMOOTH)
    if lamp.lower_soft_cm is not None:
        wide = cv2.GaussianBlur(hd.normals * weight[..., None], (0, 0), lamp.lower_soft_cm * cm)
        n += (wide - n) * below_nose(c, fg)[..., None]
    n /= np.maximum(np.linalg.norm(n, axis=-1), 1e-4)[..., None]
    # The broad source seen from the face: the lamp's direction pulled towards the lens,
    # since the soft box, the reflectors and the booth's walls all stand round it.
    # A booth's ceiling light is high, but its walls and the camera's panel light the face
    # from the front as well: pulled only as far towards the lens as a studio's, the cheeks
    # and the nose's underside, turned down, went dark round a pale strip of upper lip (which
    # faces up, and kept all its light).
    towards = lamp.direction + np.array([0, 0, PULL.get(lamp.kind, 1.2)], np.float32)
    # Against a surface square to the lens, which keeps its light (and the exposure its
    # level): only what turns away from the lens and the lamp darkens.
    towards /= np.linalg.norm(towards)
    facing = np.clip(n @ towards / float(towards[2]), 0, 1)
    fall = FORM_FALL.get(lamp.kind, 0.4)
    f = _turned(facing, fall)
    # Round each eye the mesh's own turn is not the drawn eye's: the socket's walls darkened
    # the eye's outer corner and drew its lash line out sideways. There the light is the face's
    # round it, carried in (a blur weighted away from the eye, narrow across so that the
    # temple beside the eye keeps its fall-off, wide up and down to bridge brow and cheek).
    # Set to one tone instead, the lit front's, the eyes' row kept full light out to the
    # temples while forehead, cheek and temples fell off: a pale band across the eyes, a mask.
    near = np.zeros_like(f)
    cores = []
    e = fg.eye_w * SOCKET  # (the round eye's regions below are the socket's)
    for side in (-1, 1):
        x, y = fg.fx + side * fg.eye_gap, fg.eye
        r2 = ((c.xs - x) / (e * 2.0)) ** 2 + ((c.ys - y) / (e * 1.5)) ** 2
        near += np.exp(-np.square(r2))
        across = np.where((c.xs - x) * side < 0, EYE_CORE[0], EYE_CORE[1]) * e
        r2 = ((c.xs - x) / across) ** 2 + ((c.ys - y) / (e * EYE_CORE[2])) ** 2
        inward = np.where((c.xs - x) * side < 0, EYE_OPEN[0], EYE_OPEN[1]) * e
        down = np.where(c.ys > y, EYE_OPEN[3], EYE_OPEN[2]) * e
        o2 = ((c.xs - x) / inward) ** 2 + ((c.ys - y) / down) ** 2
        cores.append((x, y, np.exp(-np.square(o2)), np.exp(-r2)))
    near = np.minimum(near, 1)
    away = 1 - near
    sx, sy = e * EYE_FILL[0], e * EYE_FILL[1]
    carried = cv2.GaussianBlur(f * away, (0, 0), sx, sigmaY=sy)
    fill = np.maximum(cv2.GaussianBlur(away, (0, 0), sx, sigmaY=sy), 1e-3)
    carried /= fill
    f += (carried - f) * near
    # The opening and the lids' margins one tone, the carried light's at the eye's middle:
    # carried across them the temple's fall-off shaded the outer corner and the lower lid
    # (eyes.py and lids.py draw their own). The relief fades in from there outwards.
    eyes = np.zeros_like(f)
    for x, y, opening, core in cores:
        h, w = f.shape
        tone = float(f[min(max(round(y), 0), h - 1), min(max(round(x), 0), w - 1)])
        f += (tone - f) * opening
        eyes += core
    # An ear is thinner than the smoothing: its rim, turned to the lens, catches the light
    # and its bowl and the fold behind the rim turn away; smoothed with the head's side
    # behind it the whole ear went one dull shade, darker than the cheek, pasted on.
    ear = hd.own_ears
    if ear.max() > 0.3:
        en = cv2.GaussianBlur(hd.normals, (0, 0), 1.0)
        en /= np.maximum(np.linalg.norm(en, axis=-1), 1e-4)[..., None]
        own = _turned(np.clip(en @ towards / float(towards[2]), 0, 1), 0.3)
        f += (own - f) * ear
    # The nose's sides are shaded by the relief's own light (render's), which keeps more of
    # the features' depth: darkened by their turn here as well, a pale bridge stood between
    # two dark flanks, a lit stripe down the face.
    nose = 0.55 * nose_spot(c, fg)
    f += (1 - f) * np.minimum(nose, NOSE_FILL)
    # A broad source near the lens flattens the turn of every form, yet a hollow still sees
    # less of it and of the room than a crest: the submalar hollow, the temples, the nose's
    # side walls and the grooves round its wings hold a soft shade and the cheekbones' tops,
    # the bridge and the chin's ball a little more light. Without it the face read as a mask.
    crest = curvature(hd, weight * (1 - ear))
    # Nor the lips: lips.py shades their fullness, their sheen and the line between them (lit
    # again as the mesh's crest and crease, the line went dark in the middle and the lower
    # lip shone).
    r2 = ((c.xs - fg.fx) / (fg.mouth_w * 1.25)) ** 2 + (
        (c.ys - fg.mouth) / ((fg.lip_up + fg.lip_lo) * 1.3)
    ) ** 2
    bare = (1 - np.minimum(eyes, 1)) * (1 - ear) * (1 - np.exp(-np.square(r2)))
    lean = np.tanh(crest / RELIEF_SOFT)
    # Round each eye the relief's shade is carried in too, as the light is: the mesh's socket,
    # a hollow ringing its eyeball, shaded in a ring round the eye's unshaded core, goggles.
    # Its crests keep their own lift: carried over as well, the cheekbone's top under the eye
    # lost its light to the hollow below it (studio cheekbone over hollow 64 -> 54 levels).
    held = lean * away
    lean += (np.maximum(lean, cv2.GaussianBlur(held, (0, 0), sx, sigmaY=sy) / fill) - lean) * near
    # (Less lift on the nose, whose own oil's sheen lights its ridge: both drew a stripe.)
    lift = RELIEF_LIFT * (1 - 0.7 * np.minimum(nose * 2, 1))
    # (Less on the chin's ball too: lifted and sheened as a cheekbone, it shone as a lit blob
    # over the jaw's shade, and the neck under it read as a separate tube again.)
    chin = np.clip((c.ys - fg.mouth) / max(1.0, (fg.chin - fg.mouth) * 0.5), 0, 1)
    lift = lift * (1 - 0.7 * chin)
    # No shade in the trough under each eye: the soft lamp by the lens fills it, and shaded
    # it gave every face a tired eye's dark crescent.
    trough = np.zeros_like(f)
    c.spots(
        trough,
        [(fg.fx + d * fg.eye_gap, fg.eye + e * 0.6, e, e * 0.45, 1.0) for d in (-1, 1)],
    )
    shade = RELIEF_SHADE * (1 - np.minimum(trough, 1))
    # Below the jaw the neck's relief is the body's (body.py, ageing's cords): the mesh's own
    # neck, MakeHuman's with an old target's folds, lit as crests and hollows drew five or
    # six even dark stripes down an old throat. And its underside, turned edge-on to the lamp
    # for a finger's width and then square to it, drew a flat dark band under the chin with a
    # lower edge: its turn to the floor is kept only as the jaw's shade is, darkest under the
    # jaw's line and lightening down the neck; its turn to the sides, a column's, stays.
    below = np.maximum(torso.below_jaw_on(c, fg), 0)
    bare *= np.exp(-np.square(below / (fg.wz * 0.06)))
    # The jaw's underside, just under its border, keeps its own turn (the mesh's): graded
    # from the border itself, from the light the jaw's front still has there, the neck under
    # the chin took on the jaw's light and its shade was gone. Graded over most of the neck:
    # ended a third of a face width down, the shade ended there in an edge across the neck.
    under = np.maximum(below - fg.wz * 0.1, 0)
    f = _graded(f, under, fg.wz * 0.8, torso.shade_reach(fg, lamp.elevation), fg.wz * 0.08)
    f *= 1 + np.where(lean < 0, shade, lift) * lean * bare
    # Off the mesh (the body's neck beside it) nothing is known: the light as it was. Except
    # under the jaw: drawn in to an angle, the jaw's underside left the body's neck bare of
    # the mesh under each angle, and the light as it was (full) stood there as a pale triangle
    # between the jaw's shade and the neck's. There the neck's light is carried out from the
    # mesh's neck beside it (only from under the jaw: carried from the lit jaw over it too,
    # the triangle stayed pale at its top), fading out further off.
    # (Nor from the soft flare the mesh's head mask leaves where the underside was drawn in:
    # its normals still face the lens, and carried from it the triangle stayed pale.)
    on = np.clip(total * 2, 0, 1)
    depth = torso.below_jaw_on(c, fg)
    neath = smoothstep(-fg.wz * 0.02, fg.wz * 0.04, depth)
    sure = cv2.GaussianBlur((hd.head > 0.95).astype(np.float32), (0, 0), 1.5) * on
    src = sure * neath
    spread = fg.wz * 0.15
    # Carried further up and down than across: the shade's onset under the chin, level,
    # carried out sideways drew the chin's row as an edge under the jaw's rising sides.
    held = np.maximum(cv2.GaussianBlur(src, (0, 0), spread, sigmaY=spread * 2.5), 1e-3)
    carried = cv2.GaussianBlur(f * src, (0, 0), spread, sigmaY=spread * 2.5) / held
    # Only near the jaw (the triangle is a third of a face width deep at most): further down
    # the body's neck beside the mesh's kept its light, and shaded there too the booth's
    # turned necks went dark in a band under a lit strip.
    near_jaw = smoothstep(fg.wz * 0.35, fg.wz * 0.2, depth)
    reach = neath * near_jaw * np.clip(held * 10, 0, 1) * (1 - sure)
    # Only ever darker: the mesh's own neck at its sides turns away and keeps its shade.
    f += (np.minimum(carried, f) - f) * reach
    known = np.maximum(on, reach) * skin
    # Skin's oil gives back the soft box as a broad, faint sheen where the form faces the
    # lamp's mirror direction: the forehead, the nose's tip, the cheekbones' tops. Without
    # it skin read as matt as paint. Broad (a soft box is a large source, its reflection on a
    # curved face wide and dim): a tight lobe on the narrow ridge of the nose drew a hot
    # stripe down it, oiled plastic.
    half = lamp.direction + np.array([0, 0, 1], np.float32)
    nh = np.clip(n @ (half / np.linalg.norm(half)), 0, 1)
    n2 = nh * nh
    lobe = n2 * n2 * n2
    # Only where the skin is oily (head.py's gloss: the forehead's centre, the nose's tip),
    # nearly none on the dry cheeks; an even film over the whole front read as wax.
    oil = np.square(np.clip((c.gloss - 0.035) / 0.09, 0, 1.5))
    # Dry skin still mirrors a little of a broad lamp where a crest faces it: the cheekbones'
    # tops, the chin's ball (a soft lift, not a shine). Not the nose's ridge, whose own oil
    # shines already: both drew a hot stripe down it.
    oil += DRY_SHEEN * np.clip(lean, 0, 1) * bare * (1 - np.minimum(nose * 2, 1)) * (1 - 0.7 * chin)
    sheen = SHEEN * lamp.sheen * lobe * oil * _broken(c.detail, known) * known
    sheen *= 1 - np.minimum(eyes, 1)
    # A sheen is a veil over the skin's own tone, never a burnt-out patch: it saturates.
    sheen = sheen / (1 + sheen / SHEEN_CAP)
    return 1 + (f - 1) * known, sheen


def curvature(hd: MeshHead, weight: F32) -> F32:
    """How much more convex the mesh is at each point than the face round it, per cm: + on a
    crest, - in a hollow. The divergence of the normals as the image sees them, which is the
    surface's curvature even where it turns edge-on (a sphere's is even to its outline); less
    the head's own roundness, measured over a broader patch."""
    cm = hd.scale * 0.1  # px per centimetre (the mesh's unit is the decimetre)
    div = np.zeros_like(weight)
    stack = np.dstack([weight, hd.normals[..., 0] * weight, hd.normals[..., 1] * weight])
    for s in RELIEF_CM:
        blurred = cv2.GaussianBlur(stack, (0, 0), s * cm)
        total = np.maximum(blurred[..., 0], 1e-3)
        nx, ny = blurred[..., 1] / total, blurred[..., 2] / total
        div += (np.gradient(nx, axis=1) + np.gradient(ny, axis=0)) * (cm / len(RELIEF_CM))
    # The roundness from the curvature clipped to a cheek's: the nose's and the lips' own,
    # blurred into it, made the cheeks round them read as hollows. (Smooth: worked out at a
    # quarter of the size.)
    flat = np.clip(div, -RELIEF_ROUND, RELIEF_ROUND) * weight
    both = smooth(np.dstack([weight, flat]).astype(np.float32), RELIEF_BASE_CM * cm)
    base = both[..., 1] / np.maximum(both[..., 0], 1e-3)
    return ((div - base) * weight).astype(np.float32)


def spread(
    soft_n: F32,
    n: F32,
    skin: F32,
    c: FaceCanvas,
    fg: FaceGeometry,
    size: float,
    lower_cm: float | None = None,
) -> F32:
    """The key's normals over skin seen over at least ``SKIN_SOFT_CM``: light that enters
    skin comes out again millimetres away, and the key's sources (a ceiling's panels, a soft
    box) are broad. Seen over a small hall lamp's couple of pixels, every crease of the
    relief (under the brows, the temples' turn, the cheeks' sides against the hair) drew a
    hard-edged step of light, and the face read as a mask of planes."""
    assert fg.mesh is not None
    sigma = SKIN_SOFT_CM * fg.mesh.scale * 0.1
    if sigma <= size:
        return soft_n
    bare, skin = skin, skin * _spared(c, fg)
    box_ = box(skin)
    if box_[0].stop == 0:
        return soft_n
    # (Worked out round the skin only, with room for the blur.)
    lower = sigma if lower_cm is None else lower_cm * fg.mesh.scale * 0.1
    pad = int(3 * max(sigma, lower)) + 1
    rows = slice(max(0, box_[0].start - pad), min(n.shape[0], box_[0].stop + pad))
    cols = slice(max(0, box_[1].start - pad), min(n.shape[1], box_[1].stop + pad))
    # Skin's normals only: blurred with the hair's and the backdrop's, the cheeks' sides and
    # the hairline took on relief that is not the skin's.
    w = bare[rows, cols, None]
    wide = _skin_blur(n[rows, cols], w, sigma)
    if lower != sigma:
        # (Below the nose, under a ceiling's light: its small creases drew dark blotches.)
        wide += (_skin_blur(n[rows, cols], w, lower) - wide) * below_nose(c, fg)[rows, :1, None]
    out = soft_n.copy()
    k = skin[rows, cols, None]
    out[rows, cols] += (wide - out[rows, cols]) * k
    return out


def _skin_blur(n: F32, w: F32, sigma: float) -> F32:
    """``n`` blurred by ``sigma`` with weights ``w`` (H x W x 1)."""
    wide = cv2.GaussianBlur(n * w, (0, 0), sigma)
    return wide / np.maximum(cv2.GaussianBlur(w, (0, 0), sigma)[..., None], 1e-3)


def nose_spot(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """The nose, bridge to wings, as a soft spot (1 at its middle)."""
    nose = np.zeros((c.h, c.w), np.float32)
    mid = (fg.eye + fg.nose) / 2
    c.spots(nose, [(fg.fx, mid, fg.nose_w * 0.9, (fg.nose - fg.eye) * 0.55, 1.0)])
    return nose


def nose_tip(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """The nose below its bridge, 1 over most of it: the bridge, between the eyes, is left
    out (with it, the eyes' row between them lit as the nose, a band across the face)."""
    low = smoothstep(
        fg.eye + 0.2 * (fg.nose - fg.eye), fg.eye + 0.5 * (fg.nose - fg.eye), c.ys[:, :1]
    )
    return np.minimum(nose_spot(c, fg) * 2, 1) * low


def below_nose(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """0 above the nose's base, 1 a little below it, per row (H x 1)."""
    return smoothstep(fg.nose - 0.05 * fg.wz, fg.nose + 0.15 * fg.wz, c.ys[:, :1])


def _spared(c: FaceCanvas, fg: FaceGeometry) -> F32:
    """Where the skin's light is spread (1) and where not: the nose, the mouth and the eyes,
    whose walls, lips and lids are narrower than that spread and, spread, went flat (a
    smudge of a nose)."""
    keep = np.zeros((c.h, c.w), np.float32)
    c.spots(
        keep,
        [
            (
                fg.fx,
                (fg.eye + fg.nose) / 2 + fg.nose_w * 0.2,
                fg.nose_w * 0.75,
                (fg.nose - fg.eye) * 0.75,
                2.0,
            ),
            # The lips only, to their corners: spared out over the cheeks beside the mouth
            # and down to the chin, the key saw the mesh's raw creases there and a hall's
            # light from above drew each as a dark brownish blotch, dirt on the cheeks.
            (
                fg.fx,
                fg.mouth,
                fg.mouth_w * MOUTH_SPARED[0],
                (fg.lip_up + fg.lip_lo) * MOUTH_SPARED[1],
                2.0,
            ),
        ]
        # Nor the eyes' lids and corners: their fold's shade over the lash line is a few
        # pixels deep, and spread it went (the corners turned the outline's darkest points).
        + [(fg.fx + d * fg.eye_gap, fg.eye, fg.eye_w * 1.2, fg.eye_w * 0.8, 2.0) for d in (-1, 1)],
    )
    return 1 - np.minimum(keep, 1)


def _broken(detail: F32, known: F32) -> F32:
    """How much of the sheen each point keeps: patches a few pores across, from the pores'
    own relief smoothed (no draw of its own, so later layers keep their noise). Broken pore
    by pore it sparkled like sandpaper; unbroken it was a plastic's film."""
    patch = cv2.GaussianBlur(detail, (0, 0), 2.0) - cv2.GaussianBlur(detail, (0, 0), 6.0)
    spread = max(float(patch[known > 0.5].std()), 1e-5) if (known > 0.5).any() else 1.0
    return np.clip(0.8 + 0.5 * patch / spread, 0.15, 1.5)


def _graded(f: F32, below: F32, far: float, reach: float, across: float) -> F32:
    """``f`` under the jaw as one soft gradient per column, from its value on the jaw's line
    to its value ``far`` px below, lightening fastest at the top (``reach`` px to a factor
    e), and ``f`` itself from there on down; the two ends smoothed across by ``across`` px."""
    cols = np.arange(f.shape[1])
    top = np.argmax(below > 0, axis=0)
    foot = np.clip(top + int(far), 0, f.shape[0] - 1)
    # Smooth across: one row's values follow the mesh's facets, and carried down the neck
    # they drew streaks.
    ends = np.stack([f[top, cols], f[foot, cols]]).astype(np.float32)
    f_top, f_foot = cv2.GaussianBlur(ends, (0, 0), sigmaX=across, sigmaY=0.01)[:, None, :]
    k = (1 - np.exp(-below / reach)) / (1 - np.exp(-far / reach))
    graded = f_top + (f_foot - f_top) * np.clip(k, 0, 1)
    return np.where(below > 0, np.where(below < far, graded, f), f).astype(np.float32)


def _turned(facing: F32, fall: float) -> F32:
    """The light's factor on a surface ``facing`` (1 square to the source .. 0 edge-on): soft
    near full face, quicker only as it turns well away (a linear fall drew the face's middle
    as a lit disc); ``fall`` is how dark edge-on goes."""
    away = 1 - facing
    return 1 - fall * away * (2 - away)
