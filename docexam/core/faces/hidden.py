"""What a photo's hair hides: the style a person wears (a woman wears the short styles longer),
how their hair grows, and the FISWG features it covers, so that a comparison asks only about
features both photos show. Free of the renderer's geometry: the mesh reads it too (it draws no
ears under hair worn over them)."""

from __future__ import annotations

from docexam.core.domain.seeds import rng
from docexam.core.faces.traits import Identity, Look

# Women wear the short styles longer: a side parting is a bob, short hair a pixie cut.
WOMEN = {"side": "bob", "short": "pixie", "cropped": "pixie"}
# Styles worn over the ears: the renderer draws no ear under them (a mass of coils may leave a
# lobe's tip below it), so no photo in one of them lets an examiner compare ears.
OVER_EARS = frozenset({"long", "medium", "bob"})
# Long and medium hair combed from a parting lies over its own roots: the hairline's form (a
# widow's peak, an M) no longer shows. Coiled hair springs up from it and leaves it in view.
OVER_HAIRLINE = frozenset({"long", "medium"})
COILED = 0.9  # the wave (``texture``) from which hair grows in tight coils


def worn_style(who: Identity, look: Look) -> str:
    if who.sex == "F":
        return WOMEN.get(look.hair_style, look.hair_style)
    return look.hair_style


def texture(who: Identity) -> float:
    """How much a person's hair waves: 0 straight .. 1 tightly curled (it grows that way)."""
    g = rng("hair-texture", who.seed)
    if who.skin > 0.7 and g.random() < 0.7:
        return 1.0
    return float(g.choice([0.0, 0.0, 0.0, 0.35, 0.35, 0.7]))


def coiled(who: Identity) -> bool:
    return texture(who) >= COILED


def over_ears(who: Identity, look: Look) -> bool:
    return worn_style(who, look) in OVER_EARS


def hair_hides(who: Identity, look: Look) -> frozenset[str]:
    """The FISWG features a photo of ``who`` in ``look`` does not show for its hair: ears
    under hair worn over them, a hairline under hair combed over it, or none at all on a bald
    head. (``unseen.hides`` adds marks, which needs the head's layout.)"""
    style = worn_style(who, look)
    out = set()
    if over_ears(who, look):
        out.add("ears")
    if style == "bald" or (style in OVER_HAIRLINE and not coiled(who)):
        out.add("hairline")
    return frozenset(out)
