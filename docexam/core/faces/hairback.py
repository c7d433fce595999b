"""Hair behind the head: long hair hanging behind the neck onto the shoulders, or a bun."""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces import fibres, hairlayer, strands
from docexam.core.faces.canvas import FaceCanvas, smoothstep
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.haircolour import hair_colour, shades
from docexam.core.faces.hairstyle import REACH, VOLUME, on_head
from docexam.core.faces.hidden import COILED, texture, worn_style
from docexam.core.faces.traits import Identity, Look


def hair_back(c: FaceCanvas, fg: FaceGeometry, who: Identity, look: Look) -> None:
    """Long hair hanging behind the neck onto (and behind) the shoulders, or a bun."""
    fg = on_head(fg)
    style = worn_style(who, look)
    curl = texture(who)
    colour = hair_colour(look, who)
    tint = shades(look, who)
    if style == "tied":  # a bun at the back of the head shows above the crown
        r = fg.wz * 0.33
        by = fg.crown - fg.wz * 0.02
        rows = slice(0, min(c.h, int(by + r * 1.2) + 2))
        xs, ys = c.xs[rows], c.ys[rows]
        dx, dy = xs - fg.cx, (ys - by) * 1.2
        sdf = r - np.hypot(dx, dy)
        # Wound round: the fibres run round its middle, the locks lie in a spiral.
        ang = np.arctan2(dy, dx).astype(np.float32)
        turn = (ang + np.pi) / (2 * np.pi)
        rad = np.hypot(dx, dy) / r
        lock = 0.4
        flow = fibres.Flow(
            ((rad * 2 - 1) * fibres.S_RANGE * 0.9 + turn * lock * 2).astype(np.float32),
            (-dy / (np.abs(dx) + 1)).astype(np.float32).clip(-4, 4),
            np.full(ys.shape[0], r, np.float32),
        )
        around = (turn * (ys.shape[0] - 2)).astype(np.float32)
        fib = fibres.locks(c.g, flow, ys, lock, None, 1.0, curl, r, along=around)
        # Its outline is the wound locks' own: it swells and dips lock by lock, thins over a
        # few pixels and lets fine hairs stand off it. (Cut at a circle it read as a cap.)
        lumps = 2.0 * (fib.ridge - 0.5) + 1.6 * (cv2.GaussianBlur(fib.strand, (0, 0), 1.0) - 0.5)
        alpha = smoothstep(-2.5, 2.0, sdf + lumps).astype(np.float32)
        if curl < COILED:
            alpha, _ = hairlayer.outline(
                alpha, 1 - c.person[rows], fib.strand, fg.wz * 0.05, np.ones_like(alpha)
            )
        dome = np.sqrt(np.clip(1 - (dx / r) ** 2 - (dy / r) ** 2, 0, 1))
        z = fg.wz * (0.3 + 0.3 * dome) + fib.ridge * fg.wz * 0.02
        # Its lower half turns down towards the head it sits on, out of the light.
        base = 1 - 0.25 * smoothstep(by - r * 0.2, by + r * 0.9, ys)
        hairlayer.lay(c, look, tint, rows, alpha, fib, flow, z.astype(np.float32), curl, 0.9 * base)
        return
    if style not in ("long", "medium") or curl >= COILED:  # coils stand round the head, in front
        return
    long = look.hair_style == "long"
    # (Medium hair behind the neck ends about where the locks beside the face do: hanging on
    # below them, in the head's shadow, it showed as a row of dark teeth under them.)
    reach = fg.mouth + (fg.chin - fg.mouth) * REACH["medium"]
    bottom = c.h * 1.05 if long else min(c.h * 0.86, reach + fg.wz * 0.05)
    if curl >= COILED:
        bottom = fg.eye + (bottom - fg.eye) * 0.65
    half = fg.wz * (1.5 if long else 1.32)
    rows = slice(0, c.h)
    xs, ys = c.xs, c.ys
    # Beside the head it stays inside the hair in front (it would show as a darker rim round
    # it); below the jaw, where it shows beside the neck, it spreads onto the shoulders.
    head_w = fg.wc + fg.wz * VOLUME[look.hair_style] * 0.8
    wide = smoothstep(fg.chin - fg.wz * 0.3, fg.chin + fg.wz * 0.8, ys[:, :1])
    nx = (xs - fg.cx) / (head_w + (half - head_w) * wide)
    ny = (ys - fg.eye) / (bottom - fg.eye)
    over = np.clip((fg.eye - ys) / (fg.eye - fg.crown + fg.wz * 0.1), 0, None)
    shape = (np.abs(nx) ** 2 + over**2 < (1 - 0.25 * np.clip(ny, 0, 1) ** 2) ** 2) & (ny < 1.05)
    flare = np.ones(c.h, np.float32)
    flow = fibres.fall(ys, xs, fg.cx, fg.crown - fg.wz * 0.3, half, fg.eye, flare)
    g = c.g
    # Its locks gather into clumps, each ending in a soft point of its own length. (From as
    # many of the photo's numbers as ever: the face, drawn after the hair behind it, keeps
    # its own; new draws here changed its skin and irises.)
    u = g.random(int(2 * fibres.S_RANGE / 0.06) + 8).astype(np.float32)
    n = 18
    edges = np.concatenate([[0], np.cumsum(0.2 + 0.25 * u[:n])])
    drop = bottom - fg.chin
    ends = fibres.Ends(
        (edges - fibres.S_RANGE - 0.2 * u[n]).astype(np.float32),
        bottom - (0.25 if long else 0.12) * u[n + 1 : 2 * n + 1] * drop,
        np.ones(n, np.float32),
        0.2 + 0.4 * u[2 * n + 1 : 3 * n + 1],
        (u[3 * n + 1 : 4 * n + 1] - 0.5) * 0.14,
        drop * 0.08,
        (fg.eye, fg.chin),
        u[4 * n + 1 :],
    )
    fib = fibres.locks(
        g,
        flow,
        ys,
        0.12 if curl < COILED else 0.06,
        ends if curl < COILED else None,
        fg.wz * 0.5,
        curl,
        half,
    )
    if curl >= COILED:
        fib.ridge, fib.strand = strands.coils(c, ys.shape, fg)
    sdf = strands.signed_distance(shape)
    alpha = smoothstep(-1.0, 2.0, sdf + 2.5 * (fib.ridge - 0.5)) * fib.inside
    # Its ends are fibres seen from afar: a soft fringe, not a row of teeth.
    ends_soft = cv2.GaussianBlur(alpha.astype(np.float32), (0, 0), sigmaX=1.5, sigmaY=3.0)
    alpha = np.where(ys > fg.chin, np.minimum(alpha, ends_soft), alpha).astype(np.float32)
    under = np.sqrt(np.clip(1 - nx**2, 0, 1))
    z = (fg.wz * (0.25 + 0.35 * under) + fib.ridge * fg.wz * 0.04).astype(np.float32)
    # Behind the head and shoulders: in their shadow.
    backdrop = 1 - c.person
    # (Its own shade is that of the head and shoulders before it: no darker ends as well.)
    hairlayer.lay(c, look, tint, rows, alpha, fib, flow, z, curl, 0.75, 0.4, mass=False)
    strands.strays(c, fg, colour, rows, sdf, flow, 25, backdrop)
