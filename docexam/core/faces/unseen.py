"""The FISWG features a photo does not show, so that a comparison asks only about features both
photos show: what the hair hides (``hidden``, free of the layout: the mesh reads it) and the
marks something may cover (``markcover``, which lays the head out)."""

from __future__ import annotations

from docexam.core.faces import markcover
from docexam.core.faces.hidden import hair_hides
from docexam.core.faces.traits import Identity, Look


def hides(who: Identity, look: Look) -> frozenset[str]:
    """Ears under hair worn over them, a hairline under hair combed over it or on a bald head,
    and marks when any one of them may lie under hair, a beard, glasses' frames or the nose's
    shade. Two photos can be compared only in what both show.

    Marks are one feature however many a person has: compared with one of them out of sight,
    a photo showing two moles against one showing a single one would read as a difference
    where there is none (or hide one that is), so "marks" is comparable only when every mark
    shows in the photo, and hidden otherwise."""
    out = set(hair_hides(who, look))
    if markcover.covered(who, look):
        out.add("marks")
    return frozenset(out)
