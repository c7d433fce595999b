"""The head's volume: skull and face outline, with the skin on them."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import ageing, lamps, skinlight, torso
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.skin import pores, skin_colour, skin_tone, stubble
from docexam.core.faces.traits import Identity, Look

# How much light the chest and clothes bounce up under the jaw, against a studio's soft box:
# a booth's flash stands near and low; a hall's ceiling lights the chest and shoulders from
# above, and its hard shade under the jaw is what that bounce fills.
BOUNCE = {"overhead": 2.6, "flash": 1.5}
SHADE = 0.25  # the jaw's shade on the skin just under it, before the bounce fills it
EAR_SLOPE = 0.6  # an ear's fall from the cheek outwards, of the relief per pixel
EAR_BODY = 0.18  # the least width of an ear's row, of its length (the strip beyond is the head's)
UNDER_SLOPE = 0.3  # the chin's underside's fall back to the throat, of the lamp's rise


def face_mask(fg: FaceGeometry) -> F32:
    """Where the face, skull and ears are: the mesh's silhouette, without the neck."""
    assert fg.mesh is not None
    return soft(fg.mesh.head, 1.0)


def face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> F32:
    """The skin of the face and skull as relief and colour; returns the face's coverage."""
    assert fg.mesh is not None
    hd = fg.mesh
    skin = np.asarray(skin_colour(who), np.float32)
    mask = face_mask(fg)
    # The relief is the mesh's; its neck too, fading out towards the collar, so the jaw meets
    # a neck of its own depth and the body's own neck and shoulders go on below. Only down
    # the neck's middle, giving way to the body's rounder sides well inside its outline: where
    # the mesh's neck ended at full depth its edge drew a hard seam down each side.
    fade = np.clip((fg.chin + 0.2 * c.h - c.ys) / (0.1 * c.h), 0, 1)
    t = torso.torso(fg, who.sex == "M", look.weight)
    mid = smoothstep(t.neck_top * 0.85, t.neck_top * 0.35, np.abs(c.xs - fg.cx))
    neck = soft(hd.full, 2.0) * fade * (c.person > 0.5) * np.maximum(mid, c.ys < fg.gonion)
    blend = np.maximum(mask, neck)
    c.height[:] = c.height * (1 - blend) + hd.depth * blend
    _under_jaw(c, fg, look)
    c.paint(mask, skin_tone(c, fg, who, look, skin))
    _ears(c, fg, who)
    c.height[:] += mask * 0.015 * c.noise(3.0) * (0.6 + look.age / 60)
    pores(c, fg, who, look, mask)
    # Oil gives the forehead's centre and the nose's tip a faint sheen that comes and goes;
    # cheeks and chin are matt. More on a darker skin, whose oilier surface and dark ground
    # show it; little on a fair or older, drier skin: at the old strength every face looked
    # waxed.
    sheen = np.zeros((c.h, c.w), np.float32)
    c.spots(
        sheen,
        [
            (fg.fx, fg.brow - fg.wz * 0.25, fg.wz * 0.25, fg.wz * 0.14, 0.6),
            (fg.fx, fg.nose - fg.nose_w * 0.5, fg.nose_w * 0.6, fg.wz * 0.15, 0.5),
            # The nose's bridge catches the lamp over the nasal bones, softly.
            (fg.fx, fg.eye + (fg.nose - fg.eye) * 0.3, fg.nose_w * 0.4, fg.wz * 0.08, 0.25),
            (fg.fx, fg.chin - (fg.chin - fg.mouth) * 0.4, fg.wch * 0.6, fg.wz * 0.06, 0.15),
        ],
    )
    oil = (0.45 + 0.75 * who.skin) * (1.1 - 0.4 * float(np.clip((look.age - 25) / 45, 0, 1)))
    # Broken into patches a few pores wide: an even film is a plastic's.
    broken = np.clip(0.6 + 0.7 * c.noise(2.5), 0, 1.6)
    oily = np.minimum(sheen, 1) * broken * oil
    c.gloss[:] = c.gloss * (1 - mask) + mask * (0.04 + 0.12 * oily)
    c.person = np.maximum(c.person, mask)
    _folds_face(c, fg, who, look, 0.3 * (who.traits["face_width"] - who.traits["jaw_width"]))
    ageing.forms(c, fg, who, look)
    _smooth_throat(c, fg, who, look)
    return mask


def _smooth_throat(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Below the jaw's line the skin is the neck's and the surface turns gently: the chin's
    underside, foreshortened from the front, and the throat under it. Every small bump there
    (the mesh's facets, the slope carried down from the chin's relief, an old neck's loose
    skin) lies in the jaw's shade, where the key grazes it, and the face's colour dragged
    down by a sagging jaw ended in a ragged step: lit as they were, they drew a dark, mottled
    smudge under every jaw that read as stubble, even on women. Only what faces the floor is
    smoothed and takes the neck's skin (the mesh's normals say where), so the jaw's own line
    stays crisp; the skin's grain (the detail layer) goes on as the face's."""
    assert fg.mesh is not None
    top, foot = fg.gonion - fg.wz * 0.1, fg.chin + fg.wz * 1.2
    win = c.window(fg.cx, (top + foot) / 2, fg.wz * 1.6, (foot - top) / 2)
    if win is None:
        return
    rows, cols, _, _ = win
    ny = cv2.GaussianBlur(fg.mesh.normals[rows, cols, 1], (0, 0), 1.5)
    front = fg.mesh.head[rows, cols] * smoothstep(0.65, 0.4, ny)
    person = soft(c.person[rows, cols], 2.0)
    zone = soft((1 - front).astype(np.float32), 1.5) * person
    h = c.height[rows, cols]
    h += (cv2.GaussianBlur(h, (0, 0), fg.wz * 0.07) - h) * zone
    # How far each point lies below the jaw's border, the same line the form's shade hangs
    # from (skinlight.form). A line of this window's own, held level past the columns where
    # it found the chin turning under, ran on under the jaw's rising sides at the chin's row:
    # the shade began there, a level band under the chin, and the jaw read blurred into it.
    d = torso.below_jaw_on(c, fg)[rows, cols]
    # The face's paint under the chin gives way to the neck's (outside the face's coverage
    # the body's own paint is already there), over a finger's width across the jaw's line:
    # cut where the mesh's normals turn, the two paints met in a line under the chin.
    turn = smoothstep(-fg.wz * 0.1, fg.wz * 0.05, d)
    under = (turn * person * fg.mesh.head[rows, cols])[..., None]
    a = c.albedo[rows, cols]
    a += (c.neck_skin[rows, cols] - a) * under
    # Skin only (by its hue: the collar's own shade on the neck is skin): a collar in the
    # window is the clothes' to light.
    ns = c.neck_skin[rows, cols]
    hue = (
        a / np.maximum(a.sum(axis=-1), 1e-3)[..., None]
        - ns / np.maximum(ns.sum(axis=-1), 1e-3)[..., None]
    )
    skin = np.maximum(np.clip(1 - 12 * np.abs(hue).sum(axis=-1), 0, 1), fg.mesh.head[rows, cols])
    # The jaw's shade, on the chin's underside and the neck alike (one field, so the two
    # read as one skin): darkest just under the jaw's line, lighter down the neck. What the
    # clothes and the room bounce up under the chin (a pale shirt most; a booth's flash or a
    # hall's ceiling light more than a soft box's) fills it. (The face's own turn under, the
    # mesh's normals, shades the chin's underside too: skinlight.form.) Painted into the
    # neck by body.py and lifted back here by a bounce of its own, the shade and the lift
    # differed in shape and drew a lit rim under the jaw over a trough.
    cloth = float(np.mean(look.clothing))
    fill = BOUNCE.get(lamps.lamp(look).kind, 1.0) * (0.7 + 0.6 * cloth)
    depth = SHADE / (1 + 0.35 * fill)
    a *= 1 - (depth * torso.jaw_shade(fg, look, d) * person * skin)[..., None]
    # A shaved man's beard grows on down under the jaw onto the upper throat: its blue-grey
    # shadow (skin.py's, on the face) goes on there too, fading out a couple of fingers down,
    # where the neck's hair stops. (On the face only, it ended at the jaw's line, and the
    # chin's underside and the throat were a woman's.)
    if who.sex == "M" and look.beard in ("none", "stubble", "moustache"):
        grows = smoothstep(-fg.wz * 0.15, 0.0, d) * smoothstep(fg.wz * 0.45, fg.wz * 0.1, d)
        a *= 1 - (grows * person * skin)[..., None] * 0.8 * stubble(look, who.skin)


def _under_jaw(c: FaceCanvas, fg: FaceGeometry, look: Look) -> None:
    """The chin's underside as a slope back to the neck. The mesh's depth falls from the
    chin's front to the throat within a pixel or two (seen from the front that surface is
    edge-on), a cliff whose occlusion and turned normals drew a dark band under every chin;
    as a slope of a finger or two it takes a soft shade that fades down the neck."""
    # Below the lower lip (smoothed, the surface would fill the mouth's line), from the
    # jaw's angles where they lie lower, down to the frame's foot.
    top, foot = max(fg.gonion, fg.mouth + fg.lip_lo), float(c.h)
    win = c.window(fg.cx, (top + foot) / 2, fg.wz * 1.2, (foot - top) / 2)
    if win is None:
        return
    rows, cols, _, oy = win
    h = c.height[rows, cols]
    env = h.copy()
    # Gentler than the lamp's rays (``UNDER_SLOPE`` of their rise over their run, per row):
    # the relief's own cast shadow (render's) is a point lamp's, hard, and marched only so
    # far, so a fall steeper than the rays (the old one reached the throat within a finger's
    # width) drew a dark band under every jaw ending in a hard edge a fixed distance below
    # the chin, and the neck read as a second tube. At the rays' own slope the whole neck
    # faced the floor and went dark. The jaw's soft shade on the neck is _smooth_throat's
    # (torso.jaw_shade).
    # That slope starts where the chin turns under, not from the lower lip: drawn from the
    # lip it ran down over the hollow between lip and chin and filled it, and the shade
    # under the lower lip (which moves with the lip) was gone. Over the mouth and the chin's
    # front the surface only loses its cliffs, falling steeply as the chin's front does.
    sulcus = fg.mouth + fg.lip_lo + (fg.chin - fg.mouth) * 0.35  # the hollow's foot
    front = (c.ys[rows, cols] < sulcus) & (np.abs(c.xs[rows, cols] - fg.fx) < fg.wch * 1.4)
    lip = np.where(front, h, -np.inf).astype(np.float32)
    for k in range(2, int(fg.wz * 0.75), 2):
        np.maximum(env[k:], lip[:-k] - (8.0 * np.sqrt(k) + 0.5 * k), out=env[k:])
    light = lamps.towards(look.light_azimuth, look.light_elevation)
    rise = float(light[2] / max(np.hypot(light[0], light[1]), 1e-3))
    under = np.where(front, -np.inf, h).astype(np.float32)
    for k in range(2, rows.stop - rows.start, 2):
        np.maximum(env[k:], under[:-k] - (UNDER_SLOPE * rise * k), out=env[k:])
    # The jaw's sides turn under too; on the figure only.
    keep = smoothstep(0.0, fg.wz * 0.1, oy + (foot - top) / 2) * soft(c.person[rows, cols], 2.0)
    env = cv2.GaussianBlur(env, (0, 0), fg.wz * 0.05)
    h += np.maximum(env - h, 0) * keep


def _folds_face(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look, lean: float) -> None:
    """The nasolabial fold: a soft step from the cheek's mass down to the lip, running from
    the wing of the nose past the mouth's corner; every adult has one, deeper with age."""
    y0, y1 = fg.nose - fg.nose_w * 0.35, fg.mouth + fg.lip_lo * 0.8
    win = c.window(
        fg.fx, (y0 + y1) / 2, fg.mouth_w * 1.2 + fg.wz * 0.5, (y1 - y0) / 2 + fg.wz * 0.1
    )
    if win is None:
        return
    rows, cols, ox, oy = win
    along = (oy[:, :1] + (y1 - y0) / 2) / (y1 - y0)
    reach = np.maximum(np.sin(np.pi * np.clip(along * 0.85 + 0.08, 0, 1)), 0) ** 0.7  # fades
    t = np.clip(along, 0, 1)
    age = float(np.clip((look.age - 18) / 50, 0, 1))
    soft_fold = 1.0 if who.sex == "M" else 0.5  # a woman's cheek meets the lip more gently
    for side in (-1, 1):
        x0 = fg.nose_w * 1.1
        x1 = fg.mouth_w * 1.2
        line = side * (x0 + (x1 - x0) * t + np.sin(np.pi * t) * fg.wz * 0.04)
        d = side * (ox - line)  # > 0 on the cheek's side
        amp = fg.wz * (0.02 + 0.035 * age) * soft_fold * (1 + 0.5 * look.smile) * (1 + side * lean)
        step = smoothstep(-fg.wz * 0.02, fg.wz * 0.06, d) * smoothstep(fg.wz * 0.4, 0.0, d)
        c.height[rows, cols] += amp * step * reach


def _ears(c: FaceCanvas, fg: FaceGeometry, who: Identity) -> None:
    """An ear's skin: thin, so blood shows in it, most in the rim and the lobe (less as
    skin darkens); its bowl, deep and turned from every lamp, holds a shade that no soft
    light fills."""
    assert fg.mesh is not None
    ear = fg.mesh.whole_ears
    if ear.max() < 0.3:
        return
    win = skinlight.box(ear)
    _seat(c, fg, win)
    e = ear[win]
    depth = fg.mesh.depth[win]
    # The ear itself, without its root along the head: the ears' coverage runs on up the
    # temple and down the cheek in a strip along the head's outline, and flushed as an ear's
    # rim that strip drew a red line down each side of the face.
    own = fg.mesh.own_ears[win]
    # The rim: the ear's outer band, a few pixels in from its outline.
    k = max(3, int(fg.ear_len * 0.12) | 1)
    inner = soft(cv2.erode(e, np.ones((k, k), np.uint8)), k * 0.3)
    rim = np.clip(own - inner, 0, 1)
    # The bowl: lower than the rim round it (the mesh's depth against its own blur, the
    # ear's own: with the cheek's, which stands far in front of the ear, in the blur, the
    # whole join read as a bowl and took its shade, a dark groove).
    solid = (e > 0.5).astype(np.float32)
    around = cv2.GaussianBlur(depth * solid, (0, 0), fg.ear_len * 0.12)
    around /= np.maximum(cv2.GaussianBlur(solid, (0, 0), fg.ear_len * 0.12), 1e-3)
    bowl = np.clip((around - depth) / (fg.mesh.scale * 0.03), 0, 1) * inner * solid
    thin = 1 - 0.7 * who.skin
    flush = (0.1 + 0.1 * rim) * thin
    a = c.albedo[win]
    a *= 1 - (own * flush)[..., None] * np.array([1.0, 0.95, 0.15], np.float32)
    a *= 1 - (0.3 * soft(bowl, 1.0))[..., None] * np.array([1.0, 1.0, 0.85], np.float32)


def _seat(c: FaceCanvas, fg: FaceGeometry, win: tuple[slice, slice]) -> None:
    """An ear's relief seated on the head's side. Seen from the front the cheek stands a
    couple of centimetres in front of the ear, and the relief (a height per pixel) has a
    cliff there: lit as one, the ear lay at the foot of a wall, in its occlusion and its
    broad slope's shade, and a dark groove ran down its whole join with a darker, duller ear
    behind it, stuck on. The ear turns away from the cheek over its own width: its relief is
    raised to a slope falling outwards from the cheek's edge (``EAR_SLOPE`` of the relief
    per pixel), its own rim and bowl kept on it."""
    assert fg.mesh is not None
    hd = fg.mesh
    pad = int(fg.ear_len * 0.6)
    rows = slice(max(0, win[0].start - 2), min(c.h, win[0].stop + 2))
    cols = slice(max(0, win[1].start - pad), min(c.w, win[1].stop + pad))
    # The ear's body: the ears' coverage runs on up the temple and down the cheek in a thin
    # strip along the head's outline, which is the head's own turn (raised, it stood as a
    # cliff over the backdrop and drew a dark line down the outline). Rows where an ear's
    # coverage is a finger wide or more, on each side.
    solid = (hd.whole_ears[rows, cols] > 0.05).astype(np.uint8)
    left = c.xs[rows, cols] < fg.cx
    wide = np.zeros_like(solid)
    for half in (left, ~left):
        count = (solid * half).sum(axis=1, keepdims=True)
        wide |= (half & (count >= fg.ear_len * EAR_BODY)).astype(np.uint8)
    body = solid * wide
    near = cv2.dilate(body, np.ones((9, 9)))
    ear = soft(near.astype(np.float32), 2.0)
    h = c.height[rows, cols]
    # The head's own relief beside the ear (not the ear's, nor the cheek's edge that the
    # ear's coverage reaches over, nor the backdrop's).
    cheek = np.where((hd.head[rows, cols] > 0.5) & (ear < 0.02), h, -np.inf).astype(np.float32)
    # Out from the nearest of it along the row, falling by the slope per pixel.
    env = cheek.copy()
    for _ in range(pad):
        nxt = np.full_like(env, -np.inf)
        nxt[:, 1:] = env[:, :-1]
        nxt[:, :-1] = np.maximum(nxt[:, :-1], env[:, 1:])
        env = np.where(np.isfinite(env), env, nxt - EAR_SLOPE)
    # The ear's own form (its rim and bowl, finer than this) rides on the slope; the
    # cheek's edge, which the ear's coverage reaches over by a few pixels, goes up to it.
    sigma = fg.ear_len * 0.1
    inside = (ear > 0.05).astype(np.float32)
    own = cv2.GaussianBlur(h * inside, (0, 0), sigma)
    own /= np.maximum(cv2.GaussianBlur(inside, (0, 0), sigma), 1e-3)
    reach = fg.ear_len * 0.05
    seated = env + np.clip(h - own, -reach, reach)
    h += np.where(np.isfinite(env), np.maximum(seated - h, 0), 0).astype(np.float32) * ear
