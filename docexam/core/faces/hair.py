"""Hair in front: fibres following the way hair falls, gathered into locks or tufts, growing
from a hairline of the identity's form and hanging beside the face. (Its style's facts are in
hairstyle, the fall beside the face in hairfall, the hair behind the head in hairback.)"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.domain.seeds import rng
from docexam.core.faces import (
    combing,
    fibres,
    hairedge,
    hairfall,
    hairfringe,
    hairgrowth,
    hairlayer,
    hairoutline,
    hairrelief,
    lamps,
    strands,
)
from docexam.core.faces.body import neck_centre, neck_width
from docexam.core.faces.canvas import F32, FaceCanvas, smoothstep, soft
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.haircolour import hair_colour, shades
from docexam.core.faces.hairstyle import (
    REACH,
    SWEPT,
    VOLUME,
    below_ears,
    hairline,
    lock_ends,
    on_head,
    parting,
    receding,
)
from docexam.core.faces.hidden import COILED, over_ears, texture, worn_style
from docexam.core.faces.skin import skin_colour
from docexam.core.faces.torso import torso
from docexam.core.faces.traits import Identity, Look


def _ears(c: FaceCanvas, fg: FaceGeometry, rows: slice) -> tuple[float, F32 | None]:
    """The row of the ears' tops and their coverage (the mesh's, when the head is one)."""
    if fg.mesh is None:
        return fg.ear_y - fg.ear_len, None
    p = fg.mesh.points
    top = min(p["ear_top_r"][1], p["ear_top_l"][1])
    # The ear stands out of the hair from its top down. (The mesh's ear reaches up the temple
    # along the head's outline, a finger's width into it: the hair stopped there and left a
    # strip of skin, and of the backdrop past it, between the temple's hair and the forehead.)
    below = smoothstep(top - fg.ear_len * 0.1, top + fg.ear_len * 0.1, c.ys[rows])
    return top, soft(fg.mesh.ears, 1.0)[rows] * below


def hair_front(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> tuple[F32, F32]:
    """Paint the hair in front of the head; gives how much of the head's skin it hides: that is
    hair, not skin to be lit by the head's own form (the ears' form drew a dark ghost through a
    mass of hair, and the skull's outline a darker band across it); and the light factor of the
    hair's close shade on the skin beside it, for after the exposure (``hairedge``)."""
    # (The neck and shoulders are drawn round the head's layout, not round the hair's.)
    body_fg = fg
    fg = on_head(fg)
    style = worn_style(who, look)
    curl = texture(who)
    colour = hair_colour(look, who)
    tint = shades(look, who)
    # A man's tied hair is combed straight back from the brow; a woman's from a parting, over
    # her temples with some body (flat to the skull it read as a man's slicked-back cut).
    back_comb = style == "tied" and who.sex != "F"
    loose = style == "tied" and not back_comb
    # Thinning hair lies flat on the scalp: it stood up over the crown as a combed crest.
    vol = (0.1 if loose else VOLUME[style]) * (1 + 0.8 * curl) * (1 - 0.6 * receding(who, look))
    coiled = curl >= COILED
    # Long hair and a bob are combed out from the parting over the skull, then hang.
    combed = style in ("long", "medium", "bob") and not coiled
    # (Combed from a parting, hair lies close over the crown and stands out at the sides: at
    # its full volume on top the head rose to an egg's point.)
    # (Thinning hair over the top lies on the scalp, not standing over it: at a short cut's
    # full height the forelock left by a receding hairline stood over the skull as a tuft.)
    flat_top = max(0.15, 1 - 1.4 * receding(who, look))
    top = fg.crown - fg.wz * vol * (0.7 if combed else 1.0) * flat_top
    half = fg.wc + fg.wz * vol
    hanging = style in REACH
    covers_ears = over_ears(who, look)
    reach = fg.mouth + (fg.chin - fg.mouth) * REACH[style] if hanging else fg.ear_y
    if style == "long":
        reach = max(reach, fg.chin + fg.wz * 0.3)
    if style == "bob":  # cut below the lobes: a bob worn over the ears hides them whole
        reach = max(reach, below_ears(fg))
    last = c.h if style == "long" else min(c.h, int(reach + fg.wz * 0.35) + 2)
    rows = slice(0, last)
    xs, ys = c.xs[rows], c.ys[rows]
    g = c.g
    line = hairline(c, fg, who, look)[None, :]
    temple = fg.eye - fg.eye_w
    ny = (ys - temple) / (temple - top)
    # Short cuts are close at the sides; longer hair stands out as far as it does on top.
    close = 0.6 if style in ("short", "cropped", "side", "tied", "bald") and not loose else 1.0
    side_half = fg.wc + fg.wz * vol * (close + (1 - close) * smoothstep(temple, top, ys))
    ear_top, ears = _ears(c, fg, rows)
    if style not in REACH:
        # Below the temples a short cut follows the skull down to the ears, closer the lower it
        # is cut (a column at the volume's width read as a helmet's straight sides).
        yr0 = ys[:, :1]
        skull_w = fg.half_width(np.clip(yr0, fg.crown, fg.chin).astype(np.float32))
        taper = 1 - 0.7 * smoothstep(temple, ear_top, yr0)
        side_half = np.where(
            ys > temple, np.minimum(side_half, skull_w + fg.wz * vol * close * taper), side_half
        )
    cap = (np.abs(xs - fg.cx) / side_half) ** 2.2 + np.clip(-ny, 0, None) ** 2.2 < 1
    # Hair covers the whole skull above the temples, however close it is cut.
    yr = ys[:, 0]
    skull_in = (np.abs(xs - fg.cx) < fg.half_width(yr)[:, None] + 1.5) & (ys < temple)
    skull_in &= ys > fg.crown
    if fg.mesh is not None:
        # And the skull's own outline, a little past it: on a turned head it is not even about
        # the hair's middle, and a sliver of scalp at the outline showed through the hair's
        # thin edge as a brown rim (red-brown round grey hair).
        # (Not past it for a close crop: it lies on the skull, and stood off it in patches.)
        scalp = ((fg.mesh.head * (1 - fg.mesh.ears))[rows] > 0.5).astype(np.uint8)
        n = 1 if style in ("bald", "cropped") else 7
        k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (n, n))
        skull_in |= (cv2.dilate(scalp, k) > 0) & (ys < temple)
    cap |= skull_in
    day = hairfall.day(look)
    part = parting(fg, style, rng("parting", who.seed, look.hair_style, *day), who.sex == "F")
    # Hair spreads out on the shoulders below the jaw.
    below = np.clip((ys[:, 0] - fg.chin) / (fg.wz * 1.5), 0, 1)
    flare = (1 + 0.45 * below**1.5).astype(np.float32)
    py = top - fg.wz * (0.6 if back_comb else 0.25)
    along: F32 | None = None
    sides = (part - fg.cx + half, fg.cx + half - part)
    pt: combing.Parted | None = None
    if combed:
        # The innermost hair frames the forehead from the parting's front to the temples.
        face_w = float(fg.half_width(np.array([temple], np.float32))[0]) * 0.92
        arch = (part - fg.cx + face_w, fg.cx + face_w - part, (temple - fg.hairline) * 1.05)
        pt = combing.parted(ys, xs, part, temple, arch, (*sides, temple - top), flare)
        flow, along = pt.flow, pt.along
    else:
        flow = fibres.fall(ys, xs, part, py, half, temple, flare)
    tufts = style in ("short", "cropped", "bald", "pixie") or back_comb
    lock = (0.05 if tufts else 0.16) * (1 - 0.45 * curl)
    if curl < 0.9 and not combed:
        # Combed hair does not leave the parting as a comb's teeth: locks bend a little
        # across their fall, part early or late and cross, most near the crown.
        # (Over a long stretch of the fall: a short bend reads as wood grain.)
        wob = c.noise(fg.wz * 0.12, stretch=(1, 4))[rows]
        near = 1 - smoothstep(py, fg.eye, ys)
        flow.s = (flow.s + wob * lock * (0.2 + 0.35 * near)).astype(np.float32)
    ends: fibres.Ends | None = None
    if hanging and coiled:  # tight curls spring up: a rounded mass, shorter than straight hair
        reach = temple + (reach - temple) * 0.65
        if covers_ears:  # (past the lobes: they showed under it)
            reach = max(reach, below_ears(fg) + fg.wz * 0.1)
    if hanging and not coiled:
        ends = lock_ends(g, style, lock, reach, temple, part, sides, fg.cx, c.h)
        layers = rng("hair-layers", who.seed, look.hair_style, *day)
        ends = hairfall.layered(ends, style, reach, c.h, layers)
    fib = fibres.locks(
        g,
        flow,
        ys,
        lock,
        ends,
        fg.wz * (0.12 if style == "bob" else 0.3),
        curl,
        float(np.mean(flow.width)),
        along,
        grain=3 if tufts else 10 if combed else 6,  # (combed: long fibres, no brush dabs)
        grown=None if along is None else smoothstep(fg.hairline, fg.eye + fg.wz * 0.3, along),
        across=None if pt is None else combing.spread(flow.s, cap),
    )
    if curl >= COILED:
        fib.ridge, fib.strand = strands.coils(c, ys.shape, fg, clumps=0.55)
    elif tufts:  # short hair springs into little clumps (wavy or curly hair the more)
        clumps, _ = strands.coils(c, ys.shape, fg, 0.02 + 0.015 * curl)
        # (Even straight, a short cut is tufts lying across each other, not a combed stripe.)
        k = 0.3 + 0.7 * curl
        fib.ridge = (fib.ridge * (1 - k) + clumps * k).astype(np.float32)
    if pt is not None:  # (the two sides of a parting lit alike: no step between them)
        combing.knit(fib, xs, part, fg.wz * 0.3)

    # Where hair grows (``hairgrowth``).
    thinning = receding(who, look)
    head = hairgrowth.Head(style, thinning, line, cap, temple, ears, covers_ears, coiled, tufts)
    gr = hairgrowth.growth(c, fg, rows, fib, head)
    ear, scalp, grow, depth_in, band = gr.ear, gr.scalp, gr.grow, gr.depth_in, gr.band
    density, skull, bare_top, grown = gr.density, gr.skull, gr.bare_top, gr.grown

    covered = grow.copy()
    fallen = np.zeros(ys.shape, bool)
    swept = np.zeros(ys.shape, bool)
    tip_line: F32 | np.ndarray = line
    wisp: float | F32 = 1.0
    edge_shade: float | F32 = 1.0
    into: F32 | None = None
    hull: np.ndarray | None = None
    fall: hairfall.Fall | None = None
    drape = hairfall.Drape(part, py, top, temple, reach, half, side_half, flare, body=body_fg)
    if style == "long" and not coiled:
        t = torso(body_fg, who.sex == "M", look.weight)
        drape.neck = neck_width(t, ys[:, 0])
        drape.neck_mid = neck_centre(body_fg, t, ys[:, 0])
    if hanging:  # falls down the sides, over the ears, framing the face
        clump_g = rng("hair-clumps", who.seed, look.hair_style, *day)
        fall = hairfall.hang(c, fg, rows, style, fib, flow, pt, drape, coiled, clump_g)
        fallen, into, edge_shade, hull = fall.fallen, fall.into, fall.shade, fall.hull
        if hull is not None:  # (combed hair's outline, too, lies past the skull's)
            hull = hull | skull_in
        if not covers_ears:  # a pixie's short sides lie behind the ears: they stand out whole
            fallen &= ~ear
    if style in SWEPT and not coiled:
        swept, tip_line, fallen, wisp = hairfringe.fringe(
            c, fg, rows, fib, part, line, cap, fallen, grown, thinning
        )
    covered |= fallen
    held = covered | (cap & (ys < line + band))
    if hull is not None:  # (the cap's own outline, a little off the fall's, stepped it)
        covered &= hull
        held &= hull
    kind = hairrelief.Kind(hanging, combed, coiled, tufts)
    sdf, grain, edge = hairoutline.outline(c, fg, rows, held, fib, kind, curl, skull_in)
    lying = np.where(fallen, wisp, grown * soft(grow.astype(np.float32), 1.5))
    if hull is not None:  # (its outline is ``edge``'s, soft: cut at the hull it was a pen line)
        lying = np.where(hull, lying, 1.0)
    if into is not None and not coiled:
        # Beside the face the fall's edge is a lock's edge, running along the fibres: soft over
        # a pixel or two, thinned by single fibres in streaks along it. (The outline's lumps
        # bit square notches into it at the cheek, and the boolean fall cut it like paper.)
        # (Its fibres thin it as streaks along the fall; an offset of the line by them drew a
        # row of teeth, as the fibre texture changes down the fall every few pixels.)
        by_face = smoothstep(fg.wz * 0.2, fg.wz * 0.08, np.abs(into)) * (ys > temple)
        edge = np.maximum(edge, by_face)
        inner = smoothstep(-1.0, 1.2, into)
        inner *= 1 - 0.6 * smoothstep(3.0, 0.0, into) * np.clip(1.2 - 1.6 * fib.strand, 0, 1)
        # Outwards the fall reaches on a few pixels for its outline (``edge``) to soften.
        reach_out = cv2.dilate(fallen.astype(np.uint8), np.ones((3, 7), np.uint8)) > 0
        hang = (reach_out & (into > -1.5)) * inner * np.where(fallen, wisp, 1.0)
        lying = np.where(ys > temple, np.maximum(lying * (1 - by_face) ** 2, hang), lying)
        # Over the forehead too its edge is soft where it lies on skin (not on the cap's hair,
        # nor where the fringe lies over it): cut by the boolean fall it drew a staircase.
        bare = (ys <= temple) & fallen & ~swept & (into < 2.0)
        lying = np.where(bare, np.maximum(grown * soft(grow.astype(np.float32), 1.5), inner), lying)
    alpha = (edge * lying).astype(np.float32)
    if ears is not None and not covers_ears:
        # Hair that does not cover the ears passes behind them: the ear stands in front, and
        # past the head's outline the hair beside it goes out of sight a little below its top
        # (a cut at one row left a block over the ear).
        out = np.abs(xs - fg.cx) - fg.half_width(np.clip(ys[:, 0], fg.crown, fg.chin))[:, None]
        behind = smoothstep(-2.0, 2.0, out)
        ragged = (ys + fg.ear_len * (0.25 * c.noise(2.0)[rows] + 0.4 * (fib.strand - 0.5))).astype(
            np.float32
        )
        gone = smoothstep(ear_top + fg.ear_len * 0.1, ear_top + fg.ear_len * 0.7, ragged)
        alpha *= (1 - behind * gone) * (1 - ears)
        if fg.mesh is not None:
            # Nowhere further off the skull than its volume (on a turned head the skull's
            # outline is no longer the same each side of the centre: hair hung in the air).
            off_head = (fg.mesh.head[rows] < 0.5).astype(np.uint8)
            off = cv2.distanceTransform(off_head, cv2.DIST_L2, 3)
            # (Tied hair is drawn back tight over the skull: standing off it as the style's
            # volume allows, coils tied back left a pale slab of their coverage by the temple.)
            stand = 0.1 * vol if style == "tied" else 1.3 * vol
            lim = fg.wz * stand + 2.0 + 2.0 * (fib.strand - 0.5)
            alpha *= smoothstep(lim + 2.5, lim, off)
        # A sideburn is short hair on the skin, the skin showing between: a fine, faint
        # texture, not clumps as dark as the crown's (they read as dirt beside the eye).
        burn = smoothstep(temple, temple + fg.wz * 0.3, ys) * (1 - behind)
        faint = soft(alpha, fg.wz * 0.025) * 0.6
        alpha = alpha + (np.minimum(alpha, faint) - alpha) * burn
    # (A fringe's tips stay apart, but not the rest of it: a slit of skin then ran round it
    # where it crosses the hairline at the temple.)
    shut = (ys < fg.ear_y) & ~(swept & (ys > tip_line))
    alpha, by_fringe = hairlayer.seams(alpha, shut, swept & (ys < fg.eye), fg.wz**2 * 0.01)
    # On the forehead the hair starts as a haze of fine hairs, not at a drawn line.
    at_line = smoothstep(band * 1.2, 0.0, np.abs(ys - line)) * ~fallen
    alpha += (soft(alpha, fg.wz * 0.03) - alpha) * at_line
    # Hair is thinnest where it starts: the skin shows through it for a finger's width.
    # (Not on a receding head: its thinning is already drawn, over a wider band.)
    # (Only over the head: past its outline the eye looks along the hair, and thinned there
    # beside the temple the backdrop showed through as a pale strip by the face.)
    head_px = c.person[rows] if fg.mesh is None else fg.mesh.head[rows]
    sparse = 1 - 0.55 * (1 - thinning) * smoothstep(fg.wz * 0.2, 0.0, depth_in) * head_px
    # (Nor just beside hair falling over it: a seam of skin outlined the fall's edge.)
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    beside = soft(cv2.dilate(fallen.astype(np.uint8), k).astype(np.float32), 2.0)
    sparse = sparse + (1 - sparse) * np.maximum(beside, by_fringe)
    alpha *= np.where(fallen | ~scalp, 1.0, sparse).astype(np.float32)
    if fall is not None:
        # (Long hair's locks behind the shoulders go out of sight at their line.)
        shoulders = (who.sex == "M", look.weight) if style == "long" else None
        alpha = hairfall.ends(c, fg, rows, alpha, fib, fall, sdf, drape, shoulders, coiled)
    face_skin = head_px
    if ears is not None:
        face_skin = face_skin * (1 - ears)
    # (Coils end over the skin in a wider fuzz of coils: cut, they drew a polygon round the face.)
    alpha = hairedge.feather(alpha, face_skin, grain, fg.wz * (0.09 if coiled else 0.06))
    if not coiled:
        # Loose strands over the forehead and temples, and beside the cheeks: longer hair the
        # more (a short cut's ends are too short to stray far).
        n_loose = {"long": 14, "medium": 14, "bob": 12, "pixie": 9, "side": 7, "tied": 5}
        g_loose = rng("hair-strands", who.seed, look.hair_style, *day)
        length = fg.wz * (0.28 if hanging else 0.12)
        n = n_loose.get(style, 3) if style != "bald" else 0
        alpha = hairedge.strands(alpha, face_skin, flow.slope, g_loose, n, length)

    if fg.mesh is not None and covers_ears and hanging:
        # Hair worn over the ears hides them whole: thinned against the ear's root beside the
        # cheek, it left a notch there and the ear's lit rim showed in it as a pale zig-zag.
        whole = fg.mesh.whole_ears[rows]
        alpha = np.maximum(alpha, soft((whole > 0.1).astype(np.float32), 1.5) * (ys > top))
    backdrop = 1 - c.person[rows]
    # The skull beside the face is scalp: thin hair there shows skin, not the background.
    # (Fading above the ear: a cut there left a block of skin beside the eye.)
    above_ear = smoothstep(fg.ear_y - fg.ear_len * 0.1, fg.ear_y - fg.ear_len * 0.6, ys)
    # (Only under the hair: past its outline the skull would show as spots of skin.)
    under_hair = smoothstep(0.0, 0.3, cv2.dilate(alpha, np.ones((3, 3), np.uint8)))
    scalp_a = soft((skull & ~ear).astype(np.float32) * above_ear, 1.0) * (1 - c.person[rows])
    scalp_a = scalp_a * under_hair
    skin = np.asarray(skin_colour(who), np.float32)
    c.albedo[rows] += (skin * 0.8 - c.albedo[rows]) * scalp_a[..., None]
    c.person[rows] = np.maximum(c.person[rows], scalp_a)
    # Relief: a layer over the head (``hairrelief``).
    z, onto_skin, beyond = hairrelief.relief(
        c, fg, rows, drape, fib, alpha, line, fallen, into, vol, curl, kind, ears
    )
    # Thin hair lets the scalp's colour through; the mass in a tuft is darker at its roots.
    # Hair shuts the lamp's light off the skin beside and under it: a fall or a fringe, which
    # stands off the skin, the most; hair growing close at a hairline hardly at all.
    standing = 0.25 + 0.75 * soft((fallen | swept).astype(np.float32), 2.0)
    on_ears = None if ears is None or covers_ears else ears
    lamp = lamps.lamp(look)
    shade = np.ones((c.h, c.w), np.float32)
    shade[rows] = hairedge.contact_shadow(c, rows, alpha, standing, lamp, fg.wz, on_ears, face_skin)
    backlit: F32 | None = None
    if not coiled:
        crown = smoothstep(fg.eye, temple, ys) if hanging and not combed else np.ones_like(alpha)
        alpha, backlit = hairlayer.outline(alpha, backdrop, fib.strand, fg.wz * 0.065, crown)
    hairlayer.lay(
        c,
        look,
        tint,
        rows,
        alpha,
        fib,
        flow,
        z.astype(np.float32),
        curl,
        # (Single hairs over a bare top catch no band of sheen: lit as a mass they were a pale
        # tuft on the crown.)
        edge_shade * (1 - 0.3 * bare_top),
        0.5 if tufts else 0.35,
        None if coiled else (fg.cx, temple, half, temple - top),
        firm=(fallen & (ys > fg.mouth)).astype(np.float32) if hanging else None,
        beyond=beyond,
        combed=combed,
        lies_on=onto_skin,
        fall=fg.wz * 0.6,
    )
    if backlit is not None:
        hairlayer.rim_light(c, rows, backlit, colour, lamp.backlight)
    hidden = np.zeros((c.h, c.w), np.float32)
    hidden[rows] = alpha
    if style != "bald" and not coiled:
        # The first hairs at the hairline stand apart over the skin, growing up and back.
        front = grow & ~fallen & (density > 0.02) & (density < 0.6) & (depth_in < fg.wz * 0.1)
        front &= ys < temple - fg.wz * 0.15  # (the forehead's line; the temples lie close)
        # (Few on a receding head: its thin top's hairs lie flat; standing, they were wires.)
        n_sprigs = int(60 * max(0.0, 1 - 1.3 * thinning))
        strands.sprigs(c, rows, front, (part, py), fg.wz * 0.07, n_sprigs, colour)
    if style != "bald" and not coiled:
        # (Fewer on combed hair, and only where it hangs: over the crown they read as cracks.)
        strewn = alpha * (ys > temple) if combed else alpha
        n_cross = 6 if combed else 40 if hanging else 18
        hairlayer.crossing(c, rows, strewn, flow, colour, n_cross, fg.wz * 0.18)
    if style not in ("cropped", "bald", "tied"):
        # (Rooted in the hair as drawn: where a lock has ended there is none to stray from.)
        rooted = strands.signed_distance(alpha > 0.5) if hanging else sdf
        # (Fewer off a thinning top: there they stood over the bare scalp as scribbled wires.)
        n_strays = 110 if hanging else int(35 * max(0.0, 1 - 1.5 * thinning))
        strands.strays(c, fg, colour, rows, rooted, flow, n_strays, backdrop, 1.4 * hanging)
    if (combed or part != fg.cx) and style != "bald" and not back_comb and not coiled:
        # The parting shows a line of scalp. It opens only behind the hairline: at the front
        # the hair covers it. (Combed, where the fall splits: straight up the head.)
        full_a = np.zeros((c.h, c.w), np.float32)
        full_a[rows] = alpha * smoothstep(line - fg.wz * 0.2, line - fg.wz * 0.45, ys)
        lean = 0.0 if combed else (fg.cx - part) * 0.15
        course = (part, part + lean)
        hairlayer.parting_line(
            c, full_a, course, (fg.hairline, fg.crown), colour, skin * 0.8, fg.wz * 0.2
        )
    return hidden, shade
