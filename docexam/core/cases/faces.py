"""The two faces a case with an earlier passport sets side by side: the portrait the presented
document prints and the portrait of the person's earlier passport.

The presented one is read back from the specimen's portrait layer, the very pixels its data page
prints (a FOG's applicant, a substituted photo, an engraved card's portrait), not drawn again
from who the document names: drawn again, a forgery would show the named person's face.
"""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.chip.portrait import Grey, printed_face
from docexam.core.domain.model import Specimen
from docexam.core.faces.obtained import earlier_portrait
from docexam.core.faces.renditions import greyscale


@dataclass(frozen=True)
class ComparedFaces:
    presented: Grey | None  # None: the specimen has no portrait layer to read it from
    earlier: Grey


def compared_faces(specimen: Specimen, width: int, height: int) -> ComparedFaces:
    """The presented document's printed portrait and the earlier passport's (the person named,
    printed in grey, ``height`` pixels high and ``width`` wide, or as wide as the presented
    portrait's shape makes it, so the two show at one size). The earlier face is the
    generator's, so only a specimen docexam drew (``specimen.generated``) has one that belongs
    to its person."""
    presented = printed_face(specimen)
    if presented is not None and presented.size:
        width = max(16, round(height * presented.shape[1] / presented.shape[0]))
    earlier = greyscale(earlier_portrait(specimen.viz, width, height))
    return ComparedFaces(presented if presented is not None and presented.size else None, earlier)
