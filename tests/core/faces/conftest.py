"""Documents' data for the face tests: real generator data over the bundled states."""

from __future__ import annotations

from dataclasses import replace

from docexam.core.faces.traits import Look
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

DOC_TYPES = ("td3", "td1", "td2", "mrv-a")


def viz(seed: int) -> dict[str, str]:
    """The visual zone of the ``seed``-th generated document, cycling states and types."""
    codes = sorted(STATES)
    state = STATES[codes[seed % len(codes)]]
    return make_doc_data(state, DOC_TYPES[seed // len(codes) % 4], seed, "A").viz()


def frontal(look: Look, **changes: object) -> Look:
    """``look`` facing the camera square, bare-faced (no glasses, beard or make-up), with
    ``changes`` besides: what a test of the skin or the lips measures on."""
    return replace(
        look,
        glasses="none",
        beard="none",
        yaw=0.0,
        pitch=0.0,
        roll=0.0,
        makeup=0.0,
        **changes,  # type: ignore[arg-type]
    )
