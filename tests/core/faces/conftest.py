"""Documents' data for the face tests: real generator data over the bundled states."""

from __future__ import annotations

from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

DOC_TYPES = ("td3", "td1", "td2", "mrv-a")


def viz(seed: int) -> dict[str, str]:
    """The visual zone of the ``seed``-th generated document, cycling states and types."""
    codes = sorted(STATES)
    state = STATES[codes[seed % len(codes)]]
    return make_doc_data(state, DOC_TYPES[seed // len(codes) % 4], seed, "A").viz()
