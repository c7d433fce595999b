"""A person's eyebrow form: its arch, weight, head, tail, length and gap, from the eyebrow
traits, sex and age."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from docexam.core.faces.canvas import smoothstep


@dataclass(frozen=True)
class Form:
    """One person's brow form, in eye half widths and shares of its length from the head.
    Real brows differ in every one of these, so each comes from the eyebrow traits (their
    smooth mixes, so a person near another in the traits is near them in brow): straight,
    softly arched or angled with its peak two thirds out (arch); thick or thin, dense or
    sparse (thickness, which with a low arch also squares the head and lengthens the brow);
    the gap between the heads and where the tail ends against the eye's corner (the three
    together)."""

    thick: float  # the body's height
    full: float  # how densely its hairs grow
    rise: float  # the peak's height over the head
    peak: float  # where along it the peak lies
    angle: float  # 0 a soft curve over the peak, 1 an angle
    square: float  # 0 a head tapered to a few hairs, 1 a square one
    fade: float  # the share of the tail (past the peak) over which it fades out
    taper: float  # how late the tail narrows (a power: lower, sooner)
    inner: float  # the head, in from the eye's middle
    outer: float  # the tail's end, out from it (1: over the eye's outer corner)

    @staticmethod
    def of(tr: dict[str, float], female: bool, age: float) -> Form:
        arch, th, tilt = tr["brow_arch"], tr["brow_thickness"], tr["brow_tilt"]
        old = float(smoothstep(40.0, 80.0, age))
        # Thick straight brows run long and square-headed; thin high-arched ones short and
        # tapered; the tilt lengthens or shortens either a little. (Centred as before.)
        long = float(np.clip(0.5 + 0.6 * (th - arch) + 0.5 * (0.5 - tilt), 0, 1))
        near = float(np.clip(0.5 + 0.7 * (th - 0.5) + 0.6 * (tilt - 0.5), 0, 1))
        return Form(
            thick=(0.14 + 0.4 * th) * (0.8 if female else 1.12) * (1 - 0.12 * old),
            full=(0.45 + 0.9 * th) * (1 - 0.3 * old),
            rise=(0.02 + 0.66 * arch**2.2) * (1.0 if female else 0.8) + (0.12 if female else 0.0),
            peak=0.5 + 0.17 * float(smoothstep(0.2, 0.9, arch)) + (0.04 if female else 0.0),
            angle=float(smoothstep(0.45, 0.95, arch)),
            square=float(
                np.clip(0.55 * th + 0.45 * (1 - arch) + (0.1 if female else 0.2) - 0.15, 0, 1)
            ),
            fade=0.55 + 0.3 * (1 - th) + 0.15 * old,
            taper=(1.0 if female else 1.5) * (1 - 0.3 * old),
            inner=(0.9 if female else 1.02) + 0.3 * (near - 0.5),
            outer=1.0 + 0.75 * long - 0.08 * old,
        )

    def line(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rise along the brow (0 at the head, 1 at the peak) and the tail's fall."""
        climb = np.minimum(t / self.peak, 1)
        rel = np.clip((t - self.peak) / (1 - self.peak), 0, 1)
        # Softly: nearly straight up from the head, rounding over the peak, falling away
        # along the tail. Angled: straight to the peak and straight down from it.
        soft_up = np.where(
            t < self.peak, 0.45 * climb + 0.55 * np.sin(np.pi / 2 * climb), 1 - rel**1.6
        )
        angled = np.where(t < self.peak, climb**0.9, 1 - rel**1.1)
        return (1 - self.angle) * soft_up + self.angle * angled, rel**1.6

    def width(self, t: np.ndarray) -> np.ndarray:
        """The brow's height along it, a share of the body's: a square head about as tall
        as the body (its hairs stand up), a tapered one narrowing towards the nose; the
        tail narrowing to a point, a woman's and an old one's sooner and finer."""
        h0 = 0.3 + 0.5 * self.square
        head = h0 + (1 - h0) * np.sqrt(smoothstep(0.0, 0.1 + 0.2 * (1 - self.square), t))
        tail = 1 - 0.85 * smoothstep(self.peak - 0.05, 1.08, t) ** self.taper
        return head * tail

    def density(self, t: np.ndarray) -> np.ndarray:
        """Hairs per unit length: the head's stand up a little less dense than the body
        (a square head's nearly as dense), the body is densest, the tail thins out to
        single hairs over the fade. (A head as sparse as the tail left a brow that began
        in a scatter of strokes.)"""
        d0 = 0.3 + 0.3 * self.square
        head = d0 + (1 - d0) * smoothstep(0.02, 0.28, t)
        return head * (1 - 0.85 * smoothstep(1 - (1 - self.peak) * self.fade, 1.0, t))
