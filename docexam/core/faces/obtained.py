"""A fraudulently obtained genuine document: issued in one person's name to another's face.

An applicant who resembles the named person applies with that person's identity (their birth
certificate, or their earlier passport) and their own photo; the issuer prints it, engraves it
and writes it to the chip. Every physical sign of the new document is genuine: only the face in
the person's earlier document (and that passport's chip) tells. The earlier document is a
function of the person, so the forgery record, the face items and the case files name the same
one and show the same face.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date

from docexam.core.domain.seeds import rng
from docexam.core.faces.render import Photo, render
from docexam.core.faces.traits import Identity, Look, differing_features, make_look
from docexam.core.faces.traveller import holder_identity, look_alike, portrait_look

# How close the applicant's face is to the named person's, by forgery difficulty: at 3 only a
# feature-by-feature comparison tells them apart.
CLOSENESS = {1: 0.35, 2: 0.6, 3: 0.85}
EARLIER_YEARS = 10  # the earlier passport was issued one validity period before


@dataclass(frozen=True)
class EarlierDocument:
    """The named person's previous passport: its number, its date of issue and the portrait
    it (and its chip) carry."""

    number: str
    issued: date | None
    look: Look


@dataclass(frozen=True)
class Obtained:
    named: Identity  # the person the document names (and the earlier passport shows)
    applicant: Identity  # who applied in that name: the face the new document shows
    differs: frozenset[str]  # FISWG features that differ between the two
    earlier: EarlierDocument


def _earlier_number(number: str, g_seed: object) -> str:
    """A number of the same shape (letters kept, digits redrawn), as a state's next series."""
    g = rng("earlier-number", g_seed)
    digits = [str(int(d)) for d in g.integers(0, 10, len(number))]
    out = "".join(digits[i] if ch.isdigit() else ch for i, ch in enumerate(number))
    return out if out != number else out[::-1]


def earlier_document(viz: Mapping[str, str]) -> EarlierDocument:
    """The earlier passport of the person ``viz`` names, with the person's real face."""
    named = holder_identity(viz)
    issued: date | None = None
    with suppress(KeyError, ValueError):
        now = date.fromisoformat(viz["issue_date"])
        issued = now.replace(year=now.year - EARLIER_YEARS)
    number = viz.get("document_number", "") or "000000000"
    key = (named.seed, number)
    photo = portrait_look(viz, named)
    look = make_look(("earlier-passport", *key), named, max(16.0, photo.age - EARLIER_YEARS))
    return EarlierDocument(_earlier_number(number, key), issued, look)


def obtained(viz: Mapping[str, str], seed: object, difficulty: int) -> Obtained:
    """Who applied for the document ``viz`` describes, and the earlier document that shows
    the person really named (``seed`` and ``difficulty`` are the forgery's)."""
    named = holder_identity(viz)
    applicant = look_alike(named, ("applicant", seed), CLOSENESS.get(difficulty, 0.6))
    return Obtained(
        named, applicant, frozenset(differing_features(named, applicant)), earlier_document(viz)
    )


def applicant_look(viz: Mapping[str, str], fog: Obtained) -> Look:
    """The studio photo the applicant handed in: styled like the named person's, as an
    applicant who means to pass for them would."""
    own = portrait_look(viz, fog.applicant)
    named = portrait_look(viz, fog.named)
    return replace(own, hair_style=named.hair_style, hair_colour=named.hair_colour)


def earlier_portrait(viz: Mapping[str, str], width: int, height: int) -> Photo:
    """The portrait in the earlier passport (and its chip): the named person, younger."""
    earlier = earlier_document(viz)
    return render(holder_identity(viz), earlier.look, width, height)
