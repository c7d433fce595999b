"""Hair as fibres: a field of the way hair falls, locks and single fibres laid along it, and
single hairs standing out of it (the layer they make is painted by hairlayer).

A pixel's ``s`` says which line of the fall it lies on (0 at the parting, about 1 at the side of
the head); everything drawn in (s, row) space and mapped onto the picture with one remap follows
the fall, so locks and fibres bend over the skull and hang below it without being traced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.faces.canvas import F32, smoothstep
from docexam.core.faces.fibremip import sample, samples

S_RANGE = 2.2  # the fibre texture spans s in -S_RANGE .. S_RANGE (half widths of the hair)


@dataclass
class Flow:
    """Where each pixel's hair comes from: ``s`` across the fall (0 at the parting, about 1 at
    the side of the head), ``slope`` the fall's dx/dy; lines of one ``s`` fan out from above
    the parting over the skull and hang straight below it."""

    s: F32
    slope: F32
    width: F32  # pixels per unit of s, per row


def fall(ys: F32, xs: F32, px: float, py: float, wmax: float, ymid: float, flare: F32) -> Flow:
    rows = ys[:, 0]
    t = np.clip((rows - py) / max(1.0, ymid - py), 0.03, 1.0)
    # (Not from a point: near the parting the lines start side by side along it, or the locks
    # fan out from one spot in regular stripes.)
    w = (wmax * (0.3 + 0.7 * np.sqrt(t)) * flare).astype(np.float32)
    dw = np.gradient(w)
    s = (xs - px) / w[:, None]
    return Flow(s.astype(np.float32), (s * dw[:, None]).astype(np.float32), w)


@dataclass
class Ends:
    """Where hanging hair ends, across its fall: its locks gather into clumps (``edges`` in
    s), each ending at its own row (``length``) in a point, its middle ``point`` rows below
    its sides; each lies in front of the shoulders (``front`` 1) or behind them (0), parts
    from its neighbours by a crease this ``deep`` (0..1) and lies at its own ``tilt``. Near
    the roots the hair is one smooth sheet: the clumps part from each other between the rows
    ``loose`` along the fall. (Its numbers come with it: ``locks`` draws none of its own for
    them.)"""

    edges: F32
    length: F32
    front: F32
    deep: F32
    tilt: F32
    point: float
    loose: tuple[float, float]
    jitter: F32  # 0..1, lock by lock (cycled): the draws each lock's own end is seeded from
    layers: float = 1.0  # how far its locks' ends spread up and down the fall (0: one line)

    def at(self, s: F32) -> tuple[F32, F32, F32, np.ndarray]:
        """At lines ``s``: the row its hair ends, its ``front``, the place across its clump
        (0..1) and the clump's index."""
        n = len(self.length)
        k = np.clip(np.searchsorted(self.edges, s) - 1, 0, n - 1)
        f = np.clip((s - self.edges[k]) / (self.edges[k + 1] - self.edges[k]), 0, 1)
        end = self.length[k] - self.point * np.abs(2 * f - 1) ** 1.6
        return end.astype(np.float32), self.front[k], f.astype(np.float32), k


@dataclass
class Shades:
    """A head of hair's colours: its pigment, and a share of white fibres mixed in (grey hair
    is salt and pepper, not a grey paint)."""

    pigment: npt.NDArray[np.float32]
    white: npt.NDArray[np.float32]
    grey: float

    @property
    def mean(self) -> npt.NDArray[np.float32]:
        return (self.pigment * (1 - self.grey) + self.white * self.grey).astype(np.float32)

    def mix(self, strand: F32, tilt: F32, alpha: F32, fine: float = 0.12) -> F32:
        """Per pixel colour: a share ``grey`` of the fibres white. A pixel holds several fibres,
        so the share varies round the mean at modest contrast rather than flipping between
        black and white: from lock to lock (``tilt``, one value per lock) as streaks along the
        fall, and a little from fibre to fibre (``strand``)."""
        if self.grey <= 0.02:
            return np.broadcast_to(self.pigment, (*strand.shape, 3))
        if self.grey >= 0.98:
            return np.broadcast_to(self.white, (*strand.shape, 3))
        # Its own fibres, not the ones the tone picks out: a few pixels across the fall.
        strand = np.roll(strand, 3, axis=1)
        seen = strand[alpha > 0.5][::7]
        mid, spread = (float(seen.mean()), float(seen.std()) + 1e-6) if seen.size else (0.5, 0.15)
        k = math.sqrt(self.grey * (1 - self.grey))
        m = self.grey + k * (
            0.11 * np.clip(tilt / 0.05, -2.5, 2.5) + 0.12 * (strand - mid) / spread
        )
        m = np.clip(m, 0, 1)[..., None]
        return (self.pigment + (self.white - self.pigment) * m).astype(np.float32)


@dataclass
class Fibres:
    ridge: F32  # 0 between locks .. 1 on a lock's crown
    inside: F32  # 1 where a lock reaches (its tapered end), else 0
    strand: F32  # single fibres, about 0..1
    tilt: F32  # each lock lies at its own angle (its sheen sits higher or lower)
    sway: F32  # pixels the locks are swung across their fall by waves
    bulge: F32  # -1..1: where a wave or an undulating lock stands out towards the camera
    front: F32  # 1 on locks that fall in front of the shoulders, 0 on those behind


def locks(
    g: np.random.Generator,
    flow: Flow,
    ys: F32,
    lock: float,
    ends: Ends | None,
    taper: float,
    curl: float,
    unit: float,
    along: F32 | None = None,
    grain: int = 6,
    grown: F32 | None = None,
    across: float | None = None,
) -> Fibres:
    """Locks of fibres laid out along the flow: drawn in (s, row) space and mapped onto the
    picture, so every lock and every fibre follows the fall of the hair. ``along`` (pixels,
    within the rows') replaces the row where fibres do not run down the picture (a bun, or
    hair combed out over the skull from a parting). Hanging hair's locks gather into the
    clumps its ``ends`` mark. Waves swing the locks as far as ``grown`` (0..1, all if None).
    ``across``: the most pixels a unit of ``s`` spans (``unit`` if None), which sets how fine
    the texture is across the fall."""
    # Rows at half the picture's: the texture runs along the fall, where it changes slowly.
    # (Lines combed over the skull from the top of a parting start above the picture's rows.)
    lift = 0 if along is None else math.ceil(max(0.0, -float(along.min())))
    h = (ys.shape[0] + lift) // 2 + 1
    # (Fine enough that a fibre stays a pixel or so across where the lines of the fall spread
    # furthest apart: combed over the crown, fibres several pixels wide read as stripes.)
    cols = int(2 * S_RANGE * max(40.0, min(160.0, unit), min(400.0, across or 0.0)))
    per = cols / (2 * S_RANGE)
    sc = (np.arange(cols, dtype=np.float32) / per - S_RANGE).astype(np.float32)
    widths = g.uniform(lock * 0.55, lock * 1.45, int(2 * S_RANGE / (lock * 0.5)) + 4)
    if ends is not None:  # (the same draws, spread from a few fibres' width to two locks')
        widths = lock * 0.35 * (2.2 / 0.35) ** ((widths / lock - 0.55) / 0.9)
    bounds = -S_RANGE - float(g.uniform(0, lock)) + np.concatenate([[0], np.cumsum(widths)])
    y = np.arange(h, dtype=np.float32)[:, None] * 2 - lift
    k = np.clip(np.searchsorted(bounds, sc) - 1, 0, len(widths) - 1)
    p = ((sc - bounds[k]) / widths[k]).astype(np.float32)
    q = (2 * p - 1) * np.ones((h, 1), np.float32)
    if ends is None:
        fade = np.ones((h, 1), np.float32)
    else:
        end_s, front_s, f_c, kc = ends.at(sc)
        # Each lock ends a little off its clump's line, its fibres at their own lengths: ends
        # beside each other merge into a ragged edge. (Each lock thinning to its own tip, side
        # by side, drew a comb's teeth.)
        off = _layered(ends, len(widths), widths / lock)
        end = end_s + off[k] * taper
        fade = np.clip((end - y) / taper, 0, 1) ** 0.4
    # A lock is flat across its middle and rounds off only at its edges: the fibres inside it
    # lie together (little contrast), its boundary is where the dark is. How deep that gap is
    # differs from lock to lock: some part cleanly, others barely.
    deep = g.uniform(0.35, 1.0, len(widths))[k]
    # (Across the lock's full width even where it tapers: a ridge narrowed with it left each
    # tip in the dark between locks, a row of black teeth.)
    q = np.maximum(np.abs(q) * 0.35, np.abs(2 * p - 1))
    ridge = 1 - deep * (1 - np.sqrt(np.clip(1 - q**3, 0, 1)))
    if ends is not None:
        # Hanging hair is a few clumps of locks: inside one its locks lie together and part
        # only faintly; the clumps part with a crease of shade and swell in their middles.
        # (Every lock parting as deep drew parallel stripes, a strip texture.)
        gap = np.minimum(f_c, 1 - f_c) * (ends.edges[kc + 1] - ends.edges[kc]) / lock
        # (Clumps parting right from the roots split the crown into panels of their own tones.)
        sep = smoothstep(ends.loose[0], ends.loose[1], y)
        crease = np.exp(-((gap / 0.4) ** 2)) * ends.deep[kc]
        swell = 0.1 * np.sin(np.pi * f_c) - 0.1
        ridge = (1 - 0.25 * (1 - ridge)) * (1 - sep * (crease - swell))
    # Locks gather into larger clumps: some stand out, full and lit, others lie deeper
    # between them in shadow; the head is not one comb of equal stripes.
    clump = cv2.GaussianBlur(
        g.standard_normal((1, cols)).astype(np.float32), (0, 0), per * lock * 1.5
    )
    clump = clump / (float(clump.std()) + 1e-6)
    ridge = ridge * np.clip(0.75 + 0.16 * clump, 0.35, 1.0)
    # A lock covers its whole width until it tapers to its end.
    narrow = (0.5 + 0.7 * fade if ends is None else 0.8 + 0.4 * fade) * smoothstep(0.0, 0.15, fade)
    inside = smoothstep(-0.15, 0.1, (narrow - np.abs(2 * p - 1)).astype(np.float32))
    # Fibres: long streaks along the fall, a pixel or so across.
    # (``grain`` rows of the texture per streak: long for hanging hair, short for a short cut.)
    seg = max(4, int(h / (grain if curl < 0.9 else 20)))
    fine = g.standard_normal((seg, cols), dtype=np.float32)
    # Each column's knots at rows of its own: interpolated between knots on common rows, the
    # grain's contrast rose and fell down the fall in step across the whole head, a horizontal
    # banding that pale hair showed most.
    # (At random: a fixed step from column to column is a lattice, and where several columns
    # fall into one pixel, as down a fall, it showed as a woven diagonal hatch.)
    stagger = np.random.default_rng(cols).random(cols, dtype=np.float32)
    knot = np.arange(h, dtype=np.float32)[:, None] * ((seg - 1) / max(h - 1, 1)) + stagger
    fine = cv2.remap(
        fine,
        np.broadcast_to(np.arange(cols, dtype=np.float32), (h, cols)).copy(),
        knot.astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REFLECT,
    )
    fine = cv2.GaussianBlur(fine, (0, 0), sigmaX=0.6, sigmaY=0.3)
    strand = np.clip(0.5 + 0.3 * fine, 0, 1)
    # A lock's end is wispy: its fibres stop at different lengths.
    inside *= smoothstep(0.0, 0.25, strand + 1.2 * fade - 0.9)
    tex = np.empty((h, cols, 4), np.float32)
    tex[..., 0], tex[..., 1], tex[..., 2] = ridge, inside, strand
    tex[..., 3] = g.normal(0, 0.05, len(widths))[k]  # tilt
    if ends is not None:  # (a clump's locks lie at about its angle)
        tex[..., 3] = tex[..., 3] * 0.25 + sep * ends.tilt[kc]
    more = np.empty((h, cols, 2), np.float32)
    # Even straight locks undulate a little along their fall, each at its own pace.
    pace = g.uniform(0.6, 1.4, len(widths))[k] * 2 * np.pi / (unit * 1.5 + 8)
    more[..., 0] = np.sin(y * pace + g.uniform(0, 2 * np.pi, len(widths))[k])
    more[..., 1] = 1.0 if ends is None else front_s
    mx = (flow.s + S_RANGE) * per
    rows_px = np.broadcast_to(np.arange(ys.shape[0], dtype=np.float32)[:, None], flow.s.shape)
    my = ((rows_px if along is None else along + lift) * 0.5).astype(np.float32)
    shift = np.zeros_like(mx)
    crest = np.zeros_like(mx)
    if 0 < curl < 0.9:  # waves: the locks swing across their fall, and out at each crest
        period = unit * (1.3 - 0.7 * curl) + 6
        # Each clump of locks waves at its own phase: lines of the fall a clump apart are out
        # of step. (A slow walk across the fall kept one phase over the whole side: every
        # crest in a row, the curtain banded across like corrugated sheet.)
        walk = g.normal(0, 1.0, cols).astype(np.float32)
        steps = cv2.GaussianBlur(walk[None, :], (0, 0), sigmaX=per * lock * 0.7, sigmaY=0)[0]
        steps = steps / (float(steps.std()) + 1e-6)
        phase = np.interp(flow.s, sc, 2.2 * steps + np.cumsum(walk) * 0.5 / math.sqrt(per))
        # (Along the fibres: over the skull combed hair runs across the picture.)
        wave = (rows_px if grown is None or along is None else along) / period * 2 * np.pi + phase
        shift = per * lock * 0.6 * curl * np.sin(wave)
        crest = np.cos(wave)
        if grown is not None:  # (close to the scalp hair lies flat: waves grow down the fall)
            shift, crest = shift * grown, crest * grown
    # (Drawn from a generator of their own: the draws above stay as they were, and with them
    # every lock's width, tilt and wave.)
    own = np.random.default_rng(int(g.integers(2**32)))
    if ends is not None:
        # Fibre by fibre the ends spread over a length: most run on to the lock's end, some
        # stop well short, so the lock thins to a tip of single hairs, not a blunt rope.
        lag = cv2.GaussianBlur(own.random((1, cols)).astype(np.float32), (0, 0), 0.8) ** 2
        lag = (lag - lag.min()) / (float(np.ptp(lag)) + 1e-6)
        # (Over a short span, and only a few much shorter: a longer spread left a row of teeth.)
        tex[..., 1] *= np.clip((end - y - lag * taper * 0.5) / (taper * 0.6 + 2.0), 0, 1)
    # Locks do not hang as parallel stripes: each drifts a little across its fall, so
    # neighbours close up, part and cross over one another.
    # Hanging hair's the more, over two locks' width and a few locks' length down the fall:
    # its locks and clumps widen and narrow, close up and part. (As little as the rest, they
    # hung in even bands, a comb's teeth.)
    hanging = ends is not None
    knots = (
        max(4, h // (24 if hanging else 40)),
        max(4, int((S_RANGE if hanging else 2 * S_RANGE) / lock)),
    )
    drift = own.standard_normal(knots)
    drift = cv2.resize(drift.astype(np.float32), (cols, h), interpolation=cv2.INTER_CUBIC)
    meander = cv2.remap(drift, mx.astype(np.float32), my, cv2.INTER_LINEAR)
    drift_px = (per * lock * (0.55 if hanging else 0.3) * (1 - curl) * meander).astype(np.float32)
    along = (mx + shift + drift_px).astype(np.float32)
    # (Where the fall's lines crowd together a pixel spans several of the texture's columns:
    # sampled at a point, its fibres aliased into a woven hatch and dotted streaks.)
    spans = footprint(along)
    out, extra = samples((tex, more), along, my, spans)
    sway = (shift / per * flow.width[:, None]).astype(np.float32)
    bulge = (extra[..., 0] * (1 - curl) * 0.6 + crest * curl).astype(np.float32)
    fib = Fibres(out[..., 0], out[..., 1], out[..., 2], out[..., 3], sway, bulge, extra[..., 1])
    if curl < 0.9:
        tips = None if ends is None else end_s
        _overlay(own, fib, fine, sc, per, lock, y, tips, taper, mx + shift, my, h, spans)
    return fib


def footprint(cols: F32) -> F32:
    """How many of a texture's columns each pixel spans, where ``cols`` is the column it
    samples. (Not across a parting, where the column jumps from one side's lines to the
    other's: there it is its neighbours'.)"""
    gy, gx = np.gradient(cols)
    span = np.hypot(gx, gy).astype(np.float32)
    return cv2.medianBlur(np.minimum(span, 64.0), 5)


def _layered(ends: Ends, n: int, rel: npt.NDArray[np.float64]) -> F32:
    """How far each of ``n`` locks (``rel``: its width in locks) ends below its clump's line,
    in lengths of a tip: a layered cut. Most end near it, some of the outer layer well short,
    and a few thin ones hang on past the rest. (All within a fifth of a tip of it, the ends
    were cut along one line.)"""
    own = np.random.default_rng(ends.jitter.view(np.uint32).astype(np.uint64) + 1)
    off = own.normal(0, 0.25, n)
    short = own.random(n) < 0.3
    off[short] -= own.uniform(0.4, 1.6, int(short.sum()))
    longer = (rel < 0.6) & (own.random(n) < 0.4)
    off[longer] += own.uniform(0.4, 1.2, int(longer.sum()))
    return (off * ends.layers).astype(np.float32)


def _overlay(
    own: np.random.Generator,
    fib: Fibres,
    fine: F32,
    sc: F32,
    per: float,
    lock: float,
    y: F32,
    ends: F32 | None,
    taper: float,
    mx: F32,
    my: F32,
    h: int,
    spans: F32,
) -> None:
    """A second layer of locks lying over the first: wider, fewer, meandering on their own
    course, so their edges cross the locks beneath, and casting a little shadow onto them.
    Hair is not one comb of side-by-side stripes."""
    cols = len(sc)
    widths = own.uniform(lock * 0.9, lock * 2.0, int(2 * S_RANGE / (lock * 0.9)) + 4)
    bounds = -S_RANGE - float(own.uniform(0, lock)) + np.concatenate([[0], np.cumsum(widths)])
    k = np.clip(np.searchsorted(bounds, sc) - 1, 0, len(widths) - 1)
    q = np.abs(2 * (sc - bounds[k]) / widths[k] - 1)[None, :].astype(np.float32)
    fade = np.ones((h, 1), np.float32)
    if ends is not None:  # an upper lock ends a little short of those beneath
        end = ends - own.uniform(0, 3, len(widths))[k]
        fade = (np.clip((end - y) / (taper * 1.5), 0, 1) ** 0.5).astype(np.float32)
    q = (q / np.maximum(fade, 1e-3)).astype(np.float32)
    on = (own.random(len(widths)) < 0.5)[k][None, :]
    tex = np.empty((h, cols, 4), np.float32)
    tex[..., 0] = np.sqrt(np.clip(1 - q**3, 0, 1))
    # (Hanging hair's locks lie together in their clumps: an upper one's edge is a faint line,
    # not a dark parting: crisp, a lock's width apart, they striped the fall.)
    soft = ends is not None
    if soft:
        tex[..., 0] = 1 - 0.25 * (1 - tex[..., 0])
    tex[..., 1] = on * smoothstep(1.0, 0.7, q)
    tex[..., 2] = np.clip(0.5 + 0.3 * np.roll(fine, cols // 3 + 7, axis=1), 0, 1)
    # (Hanging hair's clumps have their own tilt: an upper lock's own, as strong, striped them.)
    tex[..., 3] = own.normal(0, 0.05 if ends is None else 0.025, len(widths))[k][None, :]
    # (Long smooth courses, slanting across the locks beneath: a lock that wiggles within its
    # own length reads as marbling.)
    drift = own.standard_normal((4, max(4, int(S_RANGE / lock))))
    drift = cv2.resize(drift.astype(np.float32), (cols, h), interpolation=cv2.INTER_CUBIC)
    meander = cv2.remap(drift, mx.astype(np.float32), my, cv2.INTER_LINEAR)
    along = (mx + per * lock * 0.6 * meander).astype(np.float32)
    top = sample(tex, along, my, spans)
    cover = top[..., 1] * fib.inside
    # The lock above shades the ones beneath along its edge.
    cast = np.clip(cv2.GaussianBlur(cover, (0, 0), 1.6) - cover, 0, 1)
    below = fib.ridge * (1 - (0.45 if soft else 0.9) * cast)
    fib.ridge = (below + (top[..., 0] - below) * cover).astype(np.float32)
    fib.strand = (fib.strand + (top[..., 2] - fib.strand) * cover).astype(np.float32)
    fib.tilt = (fib.tilt + (top[..., 3] - fib.tilt) * cover).astype(np.float32)
    fib.bulge = (fib.bulge + 0.4 * cover).astype(np.float32)
