"""One photo of a person: relief and colour lit by a key lamp, then the camera's flaws.

Light is computed from the relief's normals (diffuse with a little wrap for skin's
translucency, Blinn specular where skin or hair is glossy), occlusion from how deep a point
lies below its surroundings, and cast shadows by marching towards the lamp over the relief.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.domain.seeds import rng
from docexam.core.faces import (
    asymmetry,
    beard,
    body,
    brows,
    camera,
    eyes,
    features,
    glasses,
    hair,
    hairback,
    haircolour,
    head,
    lamps,
    lips,
    markshape,
    skinlight,
    torso,
)
from docexam.core.faces.camera import misses
from docexam.core.faces.canvas import F32, LUMA, FaceCanvas, shifted, smooth, smoothstep, soft
from docexam.core.faces.geometry import WORK_HEIGHT, FaceGeometry, layout, work_width
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.traits import Identity, Look

Photo = npt.NDArray[np.uint8]  # BGR
MAX_SLOPE = 2.5  # steepest relief the shading takes (height px per px): about 68 degrees
FORM_PX, FORM, FEATURE = 10.0, 0.45, 0.8  # the broad form's scale (px) and relief as lit
BONES_CM, BONES = 2.0, 1.0  # the head's roundness's scale (cm) and the forms' within it as lit
SCATTER_PX = (0.7, 1.4, 2.8)  # how far blue, green and red light spread under skin
SATURATION = 0.8
WRAP = 0.35  # how far the soft box's light reaches past the terminator (n.l = -WRAP)
HAIR_THROUGH = 0.45  # share of the lamp's light a lock of front hair lets through
HAIR_WRAP = 0.35  # how far the key reaches round a mass of hair (n.l = -HAIR_WRAP)
HAIR_EDGE_THROUGH = 0.6  # share of the lamp's light a fringe's thin edge lets through
HAIR_UNDER = 0.7  # share of the key's shortfall a fringe's underside gets back from the face
TONE_S = 0.22  # strength of the print's S-curve: mid-tone contrast 1 + TONE_S


def render(who: Identity, look: Look, width: int, height: int, salt: object = "") -> Photo:
    """A colour photo (BGR, 8 bit) of ``who`` looking as ``look`` says, ``width`` x ``height``."""
    u = WORK_HEIGHT
    w = work_width(width, height)
    g = rng("photo", who.seed, repr(look), salt)
    c = FaceCanvas(w, u, g)
    fg = layout(who, look, w, u)
    c.albedo[:] = np.asarray(look.background, np.float32)
    hairback.hair_back(c, fg, who, look)
    body.body(c, fg, who, look)
    skin = head.face(c, fg, who, look)
    features.age_lines(c, fg, look)
    features.nose(c, fg, who)
    lips.mouth(c, fg, who, look)
    eyes.eyes(c, fg, who, look)
    markshape.marks(c, fg, who)
    beard.beard(c, fg, look)
    brows.brows(c, fg, who, haircolour.brow_colour(look))
    hidden, hair_shade = hair.hair_front(c, fg, who, look)
    lit_skin = skinlight.where(c, skin * (1 - hidden), skin_colour(who))
    form, sheen = skinlight.form(fg, c, lit_skin, lamps.lamp(look))
    miss = misses(who, look, salt)
    img = _shade(c, look, lit_skin, fg, hidden)
    if look.jpeg:
        img = img * np.asarray(miss.cast, np.float32)
    img, face_tone = _expose(img, skin, miss.stops, clipping=bool(look.jpeg))
    # After the exposure: a photographer exposes for the face's front, and its sides fall
    # off below that (metered with them, the face's middle went up to make up for them).
    # The sheen is the lamp's colour, a little of the skin's in it.
    img = img * form[..., None] + sheen[..., None] * (0.75 + 0.25 * skinlight.chroma(img))
    img = img * hair_shade[..., None]  # (the hair's close shade: as the form's, after it)
    img = asymmetry.warp(_film(_tone(img, face_tone)), fg, who)
    if look.glasses != "none":
        glasses.draw(img, fg, look)
    img = camera.lens(img, fg, look, miss)
    interp = cv2.INTER_AREA if height < u else cv2.INTER_CUBIC
    out = camera.to_print(
        cv2.resize(img, (width, height), interpolation=interp), look, g, miss.stops
    )
    photo = np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8)
    if look.jpeg:
        ok, buf = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, look.jpeg])
        if ok:
            photo = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return photo


def _expose(img: F32, face: F32, stops: float = 0.0, clipping: bool = False) -> tuple[F32, float]:
    """Expose for the face, as a photographer (or the camera's metering) does, ``stops`` off;
    also gives the face's mean tone after exposure. A small sensor (``clipping``) has less
    range: its shoulder is short and the lit forehead burns out."""
    lum = img @ LUMA
    mean = float((lum * face).sum() / max(1.0, float(face.sum())))
    # Metering lifts a dark face only part of the way: brought to a fair face's tone it read
    # light tan, not brown, whatever its skin.
    gain = float(np.clip((0.54 / max(mean, 1e-3)) ** 0.55, 0.85, 3.0)) * 2**stops
    # A film-like shoulder: highlights roll off instead of clipping, so a pale background
    # keeps its tone and its edge against the hair.
    # It rolls the brightest channel off and scales the others with it, so a fair face's
    # highlights keep their colour instead of greying out (channel by channel, the red one,
    # highest in skin, was squeezed most).
    out = img * gain
    knee, ceiling = (0.74, 1.1) if clipping else (0.78, 0.97)
    top = np.maximum(out.max(axis=-1), 1e-4)
    over = np.maximum(top - knee, 0)
    room = ceiling - knee
    rolled = np.where(top > knee, knee + room * (1 - np.exp(-over / room)), top)
    return out * (rolled / top)[..., None], min(knee, mean * gain)


def _tone(img: F32, face: float) -> F32:
    """A print's tone curve: an S round the face's own tone (a passport photo is crisp, not
    hazy, and a dark face keeps its exposure), applied to luminance so hue and saturation stay
    as the film below sets them."""
    lum = np.maximum(img @ LUMA, 1e-4)
    t = np.clip(lum, 0, 1)
    pivot = float(np.clip(face, 0.25, 0.55))
    k = min(TONE_S, 0.95 / (4 * (1 - pivot)), 0.95 / (4 * pivot))  # stays monotonic
    curved = t + 4 * k * t * (1 - t) * (t - pivot)
    return img * (curved / lum)[..., None]


def _film(img: F32) -> F32:
    """Colour as a photo renders skin: a little less saturated than the painted albedo in the
    light tones, fuller in the shadows (where light has travelled further through skin)."""
    lum = img @ LUMA
    sat = SATURATION + 0.12 * np.clip(0.55 - lum, 0, 0.4)
    return lum[..., None] + (img - lum[..., None]) * sat[..., None]


def _shade(
    c: FaceCanvas, look: Look, skin: F32, fg: FaceGeometry | None = None, hair: F32 | None = None
) -> F32:
    """The lit picture; ``hair`` is the front hair's cover over the face (its shadow is
    thinner than a nose's)."""
    lamp = lamps.lamp(look)
    z = cv2.GaussianBlur(c.height, (0, 0), 1.2)
    # The head's broad form is lit as a shallower one than the relief: a passport studio's
    # light comes from all round the lens, so a cheek turning away from the camera stays lit
    # nearly to the silhouette; lit at its full depth the relief drew a dark band down each
    # side of the face (a cylinder, a game's). The features keep more of theirs.
    broad = cv2.GaussianBlur(z, (0, 0), FORM_PX)
    sy, sx = np.gradient(z)
    by, bx = np.gradient(broad)
    # (A ceiling light is one source high above, no light from all round: it shows more.)
    form = min(FEATURE, FORM * lamp.relief)
    gx, gy = bx * form + (sx - bx) * FEATURE, by * form + (sy - by) * FEATURE
    bones = _bones(z, skin, fg)
    if bones is not None:
        # Only the head's roundness is flattened so: the forms a couple of centimetres
        # across (the cheekbone's top over its hollow, the temples, the forehead's turn into
        # them, the chin's ball) are lit at ``BONES`` more than the broad form (a ceiling
        # lamp's deeper form under them too), as a broad lamp still shows them; flattened with
        # the head they went, and the face read as a mask.
        (wy, wx), gain = bones
        gx += (bx - wx) * gain
        gy += (by - wy) * gain
    dgy, dgx = np.gradient(c.detail)
    # The silhouette is a cliff in the relief: its normals would turn edge-on within a pixel or
    # two and draw a dark outline round the face; a real cheek turns away over a finger's width.
    cap = np.minimum(1.0, MAX_SLOPE / np.maximum(np.sqrt(gx**2 + gy**2), 1e-6))
    gx, gy = gx * cap, gy * cap
    # The sheen is the lamp's reflection, which the surface's true slope places: on the
    # flattened form it spread over the whole front of the face, a waxwork's gloss.
    cap = np.minimum(1.0, MAX_SLOPE / np.maximum(np.sqrt(sx**2 + sy**2), 1e-6))
    sx, sy = sx * cap, sy * cap
    norm = np.sqrt(gx**2 + gy**2 + 1)
    n = np.stack([-gx / norm, -gy / norm, 1 / norm], axis=-1)
    # A studio lamp is a soft box, not a bulb: a large source wraps light round the forms, so
    # the key sees the normals averaged over a patch and reaches past the terminator.
    soft_n = cv2.GaussianBlur(n, (0, 0), lamp.size)
    if fg is not None and fg.mesh is not None:
        soft_n = skinlight.spread(soft_n, n, skin, c, fg, lamp.size, lamp.lower_soft_cm)
        # An ear is thinner than the soft box's averaging: its rim, bowl and lobe, turned
        # every way, keep the mesh's own normals or they were blurred flat. Only where the ear
        # shows: under hair that covers it they drew a dark stripe through the hair.
        ear = (fg.mesh.own_ears * skin)[..., None]
        soft_n = soft_n * (1 - ear) + cv2.GaussianBlur(fg.mesh.normals, (0, 0), 0.8) * ear
    light = lamp.direction
    facing = soft_n @ light
    key = np.clip((facing + lamp.wrap) / (1 + lamp.wrap), 0, 1)
    if lamp.hardness != 1.0:
        key **= lamp.hardness
    if lamp.skin_wrap is not None and fg is not None:
        # (The nose keeps the hard response: it is what shows the light comes from above.)
        broad = skin * (1 - skinlight.nose_tip(c, fg))
        wrapped = np.clip((facing + lamp.skin_wrap) / (1 + lamp.skin_wrap), 0, 1)
        key += (wrapped - key) * broad
    near = None if hair is None else _hair_edge(hair, _facing_down(soft_n))
    if near is not None:
        key = _hair_key(key, soft_n, light, near)
    key *= lamps.falloff(lamp, c.xs, c.ys, z, c.h)
    occl = np.clip(1 - (cv2.GaussianBlur(z, (0, 0), 6) - z) / 18.0, 0.4, 1)
    # Light from beside the lens reaches into every hollow the camera sees into: only the
    # room's light from above is much shut out of the sockets.
    open_occl = 1 - 0.35 * (1 - occl)
    # A broad lamp's shadow is pale and soft-edged: part of the source still sees the point.
    # Hair is no solid: light comes through between its locks and fibres, so a fringe under a
    # hall's overhead lamp shades the forehead below it, where as a solid it drew a black band.
    opacity = None if hair is None else 1 - HAIR_THROUGH * hair
    penumbra = (1.0 + 0.5 * lamp.size) * lamp.penumbra
    shadow = 1 - lamp.shadow * (1 - _cast_shadow(z, light, penumbra, opacity))
    if near is not None:
        # A fringe thins to single hairs at its edge: the lamp shines through it there, and
        # the relief's step down from it casts no solid shadow on its own edge or the skin.
        shadow += (1 - shadow) * HAIR_EDGE_THROUGH * near
    # Fill from beside the camera, opposite the key, and light from the room above.
    fill = np.clip(soft_n @ _unit(-light[0] * 0.6, -0.2, 0.9), 0, 1)
    sky = 0.6 + 0.4 * np.clip(-soft_n[..., 1], -1, 1)
    # A camera balances most of a lamp's colour away: a booth's warm hall light at the full
    # 6 % per unit (and a booth's warmth reaches 1 and more) turned skin orange.
    warm = lamps.balance(look.warmth)
    # The fill, from beside the lens, is what darkens the cheeks as they turn away towards
    # the ears; how strong it is against the key (the fill ratio) is the studio's choice.
    front = 0.5 + 0.5 * soft_n[..., 2]
    keyed = lamp.key * key * shadow
    ambient = lamp.fill * fill + lamp.bounce * front
    if lamp.floor:
        up = np.clip(soft_n[..., 1], 0, 1)
        if fg is not None and fg.mesh is not None:
            # Not under the jaw, whose shade skinlight.form grades down from the jaw's border:
            # lit from below there too, the neck under the jaw's sides stood darker than the
            # jaw's underside over it, an edge level with the chin.
            up *= smoothstep(fg.wz * 0.04, -fg.wz * 0.02, torso.below_jaw_on(c, fg))
        ambient = ambient + lamp.floor * up
    illum = (lamp.room * occl * sky + keyed + ambient * open_occl)[..., None] + keyed[..., None] * (
        lamp.key_tint - 1
    )
    if lamp.window:
        # (Low and from the side: the relief's own cast shadow would be the nose's, across
        # the cheek; a window is broad enough that it is only a shade.)
        side = np.clip((soft_n @ lamp.window_dir + 0.2) / 1.2, 0, 1)
        illum += (lamp.window * side * open_occl)[..., None] * lamp.window_tint
    illum = illum * warm
    # Light travels under the skin before it leaves it: skin's shading is softer than a
    # plaster cast's, and red, scattering furthest, fills its shadow edges.
    scatter = np.stack(
        [cv2.GaussianBlur(illum[..., k], (0, 0), s) for k, s in enumerate(SCATTER_PX)], axis=-1
    )
    illum += (scatter - illum) * (skin * 0.9)[..., None]
    # Pores and weave after the scatter: each catches the lamp on its upper rim and holds a
    # little dark in its pit, which is what keeps skin from reading as plastic.
    pit = c.detail - cv2.GaussianBlur(c.detail, (0, 0), 2.0)
    tilt = -(dgx * light[0] + dgy * light[1])
    illum *= np.clip(1 + 0.55 * tilt + 0.1 * pit, 0.75, 1.25)[..., None]
    bleed = np.array([0.0, 0.02, 0.06], np.float32) * (1 - shadow)[..., None]
    albedo = c.albedo.copy()
    tint = np.ones_like(albedo)
    # Skin's sheen is white, but it lies on the light the skin gives back: over a dark or a
    # tanned skin a white sheen alone read as ash, so it takes a little of the skin's colour.
    box = skinlight.box(skin)
    # Not in the hollows (the eye sockets, under the brows): their shade is thin skin over
    # bone, which is dark and cool; warmed, it drew an orange band over the eyes.
    open_ = skin[box] * np.square((occl[box] - 0.4) / 0.6)
    albedo[box] *= 1 + skinlight.deep(c.albedo[box], illum[box], open_)
    tint[box] += (skinlight.chroma(c.albedo[box]) - 1) * (0.3 * skin[box])[..., None]
    rims = c.detail - cv2.GaussianBlur(c.detail, (0, 0), 1.0)
    spec = skinlight.specular(c, lamp, sx + dgx, sy + dgy, rims, skin) * shadow
    person = c.person[..., None]
    glow = lamps.catchlight(c.glow, lamp)
    lit = albedo * (illum + bleed * person) + (spec[..., None] * tint + glow[..., None]) * warm
    return (lit * person + _backdrop(c, lamp) * (1 - person)) * lamp.tint


def _facing_down(n: F32) -> F32:
    """How far the surface faces the floor, 0..1 (fully from 0.4 of its normal downwards)."""
    return np.clip(n[..., 1] / 0.4, 0, 1)


def _hair_edge(hair: F32, down: F32) -> F32:
    """Where the key is the hair's, not the skin's: the hair, and its edge's step down to the
    skin, whose normals reach a few pixels past the hair's cover (the relief is smoothed
    before it is lit): that step belongs to the hair, not the forehead."""
    solid = np.clip(hair * 3, 0, 1)
    # (Down only, below a fringe: beside a lock the skin keeps its own light, the eye's socket
    # its shade.)
    near = cv2.dilate(solid, np.ones((7, 1), np.uint8), anchor=(0, 6))
    return np.maximum(hair, near * down)


def _hair_key(key: F32, n: F32, light: npt.NDArray[np.float32], near: F32) -> F32:
    """The key on hair: hair is no solid surface but a mass of translucent fibres that
    scatter light on through it, so its light wraps far round its form; and the lower edge of
    a fringe, turned down towards the face, takes the light the lit forehead bounces up into
    it. Lit as skin is (Lambert from above), that edge fell to a quarter of the forehead's
    light under a hall's ceiling lamp, a black headband across the top of the face."""
    wrapped = np.clip((n @ light + HAIR_WRAP) / (1 + HAIR_WRAP), 0, 1)
    wrapped += (1 - wrapped) * HAIR_UNDER * _facing_down(n)
    return key + (np.maximum(wrapped, key) - key) * near


def _bones(z: F32, skin: F32, fg: FaceGeometry | None) -> tuple[tuple[F32, F32], F32] | None:
    """The slope of the head's roundness alone (the relief blurred over ``BONES_CM``) and
    how much more of the relief between it and the broad form the key shows, per pixel: on
    the face's front only, as it turns to its outline the flattened form is what keeps a
    cheek from a dark band."""
    if fg is None or fg.mesh is None:
        return None
    hd = fg.mesh
    wide = smooth(z, BONES_CM * hd.scale * 0.1)
    front = cv2.GaussianBlur(hd.normals[..., 2], (0, 0), 4.0)
    gain = (BONES - FORM) * skin * np.clip((front - 0.6) / 0.25, 0, 1)
    # Not round the eyes: the socket's walls, lit at depth, shaded the inner corner darker
    # than the iris, and the eye read as set off to the nose's side.
    h, w = z.shape
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    for side in (-1, 1):
        dx = (xs - fg.fx - side * fg.eye_gap) / (fg.eye_w * 1.9)
        gain *= 1 - np.exp(-np.square(dx**2 + ((ys - fg.eye) / (fg.eye_w * 1.2)) ** 2))
    wy: F32 = np.gradient(wide, axis=0)
    wx: F32 = np.gradient(wide, axis=1)
    return (wy, wx), gain


def _backdrop(c: FaceCanvas, lamp: lamps.Lamp) -> F32:
    """The background takes only the sitter's shadow, not the relief's shading: soft and
    offset from a studio's lamp, tight round the figure from a flash or a ring light, and
    under a ceiling light it is the wall that is brighter at the top."""
    light = lamp.direction
    if lamp.kind in ("flash", "ring"):
        spread, reach, depth = 5.0, 7.0, 0.22
    else:
        spread, reach, depth = 14.0, 18.0, 0.2
    cast = soft(shifted(c.person, -light[0] * reach, -light[1] * reach * 0.55), spread)
    if lamp.kind == "ring":  # a ring round the lens throws a thin shadow on every side
        cast = np.maximum(cast * 0.5, soft(c.person, 4.0))
    top, bottom = (1.09, 0.88) if lamp.kind == "overhead" else (1.03, 0.95)
    ramp = np.linspace(top, bottom, c.h, dtype=np.float32)[:, None]
    # The lamp lights the backdrop too, more on its own side.
    ramp = ramp * (1 + 0.24 * light[0] * np.linspace(-0.5, 0.5, c.w, dtype=np.float32))[None, :]
    if lamp.backlight:
        r2 = ((c.xs[:1] - c.w / 2) / (0.5 * c.h)) ** 2 + (
            (c.ys[:, :1] - 0.4 * c.h) / (0.5 * c.h)
        ) ** 2
        ramp = ramp * (1 - lamp.backlight + 2 * lamp.backlight * np.exp(-r2))
    return c.albedo * ((1 - depth * cast) * ramp)[..., None]


def _unit(x: float, y: float, z: float) -> npt.NDArray[np.float32]:
    v = np.array([x, y, z], np.float32)
    return v / np.linalg.norm(v)


def _cast_shadow(
    z: F32, light: npt.NDArray[np.float32], penumbra: float = 2.0, opacity: F32 | None = None
) -> F32:
    """1 where the lamp sees the point, 0 where the relief towards the lamp blocks it (by
    the blocking point's ``opacity``, 1 where not given)."""
    lx, ly, lz = (float(v) for v in light)
    flat = math.hypot(lx, ly)
    if flat < 1e-3:
        return np.ones_like(z)
    rise = lz / flat  # height the ray climbs per pixel travelled
    blocked = np.zeros_like(z)
    for step in (2, 4, 7, 11, 16, 23, 32):
        ahead = shifted(z, -lx / flat * step, -ly / flat * step)
        block = np.clip((ahead - z - rise * step) / 6.0, 0, 1)
        if opacity is not None:
            block *= shifted(opacity, -lx / flat * step, -ly / flat * step)
        blocked = np.maximum(blocked, block)
    return soft(1 - blocked, penumbra)
