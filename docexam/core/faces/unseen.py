"""The FISWG features a photo does not show, so that a comparison asks only about features both
photos show: what the hair hides (``hidden``, free of the layout: the mesh reads it) and the
marks something covers (``markcover`` guesses where something may, from the head's layout;
``markseen`` measures those in the photo)."""

from __future__ import annotations

from docexam.core.faces import markcover, markseen
from docexam.core.faces.hidden import hair_hides
from docexam.core.faces.traits import Identity, Look


def hides(
    who: Identity, look: Look, size: tuple[int, int] = markcover.SIZE, salt: object = ""
) -> frozenset[str]:
    """Ears under hair worn over them, a hairline under hair combed over it or on a bald head,
    and marks when any one the geometry doubts does not stand out in the photo ``render`` draws at
    ``size`` with ``salt`` (``markseen``), or is a scar hair, a beard or glasses' frames may
    lie over. Two photos can be compared only in what both show.

    Marks are one feature however many a person has: compared with one of them out of sight,
    a photo showing two moles against one showing a single one would read as a difference
    where there is none (or hide one that is), so "marks" is comparable only when every mark
    shows in the photo, and hidden otherwise. The photo is drawn (twice: with and without
    the marks) only where ``markcover``'s rules say something may hide a mark: they flag
    more than they must (every mole in a booth photo, moles by an eye or too small for the
    photo's pixels; on generator 30, over 130 face items' pairs of photos, 48 of the 64 marks
    they flagged stood 20 levels and more out) and let none through that stood under 10."""
    out = set(hair_hides(who, look))
    if _marks_hidden(who, look, size, salt):
        out.add("marks")
    return frozenset(out)


def _marks_hidden(who: Identity, look: Look, size: tuple[int, int], salt: object) -> bool:
    doubts = markcover.doubts(who, look, size)
    if not any(doubts):
        return False
    # A scar is a pale or dark line a pixel or two wide: through a lock's or a moustache's
    # strands it still stood 15 to 25 levels out of the photo drawn without it where nothing
    # showed (4 of 40 people with a scar put under hair, 1 of 130 face items' pairs), as
    # far as two plain ones beside a beard and at a temple (30 and 43): there the geometry
    # decides.
    if any(d == markcover.OVER and m.length for m, d in zip(who.marks, doubts, strict=True)):
        return True
    return not markseen.all_shown(who, look, size, salt, tuple(bool(d) for d in doubts))
