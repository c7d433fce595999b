"""A series' feature inventory: which optional security features its documents carry.

Every document has the core: UV-dull paper, the guilloche background, microprint, intaglio, the
state's fine-line UV design (drawn in its motif family), a watermark and a thread on paper, an
OVD, the portrait, data, signature, number and MRZ, and on a passport the binding. Beyond it
each state's printers use their own choice of the :data:`OPTIONAL` kinds, and its older and
newer series differ by a few of them (:data:`SERIES_KINDS`). On top of that the generation
decides the substrate and OVD: the older series has a two-tone watermark, an embedded thread
and a three-colour OVD, the newer a shaded cylinder-mould watermark, a windowed thread with
microtext and an OVD of five to seven colours.

The table was chosen (by a search, then frozen here as the designers' decision) so that the
inventories of any two states overlap by well under three quarters, a test checks the generated
documents. Utopia, ICAO's example state, keeps the textbook features the guides use.
"""

from __future__ import annotations

from docexam.core.domain.seeds import rng

# kind -> taxonomy category; the kind is also the id of the layer drawn (its first layer).
OPTIONAL: dict[str, str] = {
    "fibres-visible": "substrate.fibres",
    "fibres-uv-a": "substrate.fibres",
    "fibres-uv-b": "substrate.fibres",
    "fibres-uv-c": "substrate.fibres",
    "planchettes": "substrate.planchettes",
    "guilloche-rosettes": "printing.guilloche",
    "rainbow-print": "printing.rainbow",
    "microprint-band": "printing.microprint",
    "latent-image": "printing.latent_image",
    "see-through": "printing.see_through",
    "anti-scan": "printing.anti_scan",
    "deliberate-error": "printing.deliberate_error",
    "unique-font": "printing.unique_font",
    "uv-state-name": "ink.uv_fluorescent",
    "uv-lines": "ink.uv_fluorescent",
    "uv-border": "ink.uv_fluorescent",
    "uv-portrait": "ink.uv_fluorescent",
    "bi-fluorescent": "ink.bi_fluorescent",
    "phosphorescent": "ink.phosphorescent",
    "metameric": "ink.metameric",
    "ir-absorbing": "ink.ir_absorbing",
    "anti-stokes": "ink.anti_stokes",
    "ir-luminescent": "ink.ir_luminescent",
    "ovi": "ink.optically_variable",
    "metallic": "ink.metallic",
    "penetrating-number": "ink.penetrating_numbering",
    "ghost-image": "personalisation.ghost_image",
    "retroreflective": "protection.retroreflective",
    "page-heading": "ink.ir_dropout",
    "uv-glue": "binding.uv_glue",
    "index-mark": "binding.index_marks",
}
OLDER, NEWER = "older", "newer"

# state -> (older series kinds, newer series kinds), space-separated
_TABLE: dict[str, tuple[str, str]] = {
    "UTO": (
        (
            "anti-scan bi-fluorescent fibres-uv-b fibres-uv-c fibres-visible ghost-image "
            "guilloche-rosettes ir-absorbing latent-image metameric microprint-band planchettes "
            "rainbow-print retroreflective"
        ),
        (
            "bi-fluorescent fibres-uv-b fibres-uv-c fibres-visible guilloche-rosettes "
            "ir-absorbing ir-luminescent latent-image metameric microprint-band planchettes "
            "rainbow-print uv-lines uv-portrait"
        ),
    ),
    "ZRN": (
        (
            "anti-scan anti-stokes bi-fluorescent fibres-uv-a fibres-visible guilloche-rosettes "
            "ir-absorbing ir-luminescent page-heading rainbow-print retroreflective see-through "
            "uv-portrait uv-state-name"
        ),
        (
            "anti-scan anti-stokes bi-fluorescent deliberate-error fibres-uv-a fibres-visible "
            "guilloche-rosettes ir-absorbing ir-luminescent ovi page-heading see-through "
            "uv-border uv-state-name"
        ),
    ),
    "QVL": (
        (
            "anti-scan deliberate-error fibres-uv-b ghost-image index-mark ir-luminescent "
            "microprint-band phosphorescent rainbow-print retroreflective see-through uv-lines "
            "uv-portrait uv-state-name"
        ),
        (
            "deliberate-error fibres-uv-b fibres-visible index-mark ir-absorbing ir-luminescent "
            "microprint-band penetrating-number phosphorescent retroreflective see-through "
            "uv-lines uv-portrait uv-state-name"
        ),
    ),
    "QNB": (
        (
            "anti-stokes fibres-uv-a fibres-visible ghost-image index-mark metallic metameric ovi "
            "penetrating-number phosphorescent planchettes uv-glue uv-lines uv-state-name"
        ),
        (
            "fibres-uv-a fibres-visible ghost-image guilloche-rosettes index-mark ir-luminescent "
            "metallic ovi penetrating-number phosphorescent planchettes uv-glue uv-portrait "
            "uv-state-name"
        ),
    ),
    "QTK": (
        (
            "anti-scan deliberate-error fibres-uv-c ghost-image guilloche-rosettes index-mark "
            "ir-absorbing latent-image penetrating-number phosphorescent rainbow-print "
            "see-through unique-font uv-lines"
        ),
        (
            "anti-scan deliberate-error fibres-uv-a fibres-uv-c index-mark latent-image metameric "
            "page-heading penetrating-number phosphorescent rainbow-print see-through unique-font "
            "uv-lines"
        ),
    ),
    "QSV": (
        (
            "anti-stokes deliberate-error fibres-uv-a latent-image metallic microprint-band "
            "page-heading penetrating-number planchettes retroreflective see-through unique-font "
            "uv-border uv-portrait"
        ),
        (
            "bi-fluorescent deliberate-error fibres-uv-a ir-absorbing latent-image metameric "
            "microprint-band penetrating-number planchettes retroreflective unique-font uv-border "
            "uv-portrait uv-state-name"
        ),
    ),
    "QRV": (
        (
            "anti-scan anti-stokes fibres-uv-a fibres-uv-c ghost-image guilloche-rosettes "
            "index-mark ir-absorbing microprint-band ovi planchettes retroreflective see-through "
            "unique-font"
        ),
        (
            "fibres-uv-a fibres-uv-c ghost-image guilloche-rosettes index-mark ir-absorbing "
            "metallic microprint-band ovi page-heading retroreflective see-through unique-font "
            "uv-portrait"
        ),
    ),
    "QPL": (
        (
            "anti-stokes bi-fluorescent deliberate-error fibres-uv-b ir-absorbing ir-luminescent "
            "metallic penetrating-number phosphorescent unique-font uv-border uv-glue uv-portrait "
            "uv-state-name"
        ),
        (
            "anti-stokes deliberate-error fibres-uv-c ir-absorbing ir-luminescent latent-image "
            "metallic phosphorescent see-through unique-font uv-border uv-glue uv-portrait "
            "uv-state-name"
        ),
    ),
}
SERIES_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    code: (frozenset(older.split()), frozenset(newer.split()))
    for code, (older, newer) in _TABLE.items()
}


def generation(series: str, names: tuple[str, str]) -> str:
    """``older`` or ``newer``: by the state's own series names, else by the series' hash."""
    if series in names:
        return OLDER if series == names[0] else NEWER
    return NEWER if int(rng("generation", series).integers(0, 2)) else OLDER


def inventory(state_code: str, gen: str) -> frozenset[str]:
    """The optional kinds the series of a generation carries; a state without a table entry
    (a pack's own) carries every kind."""
    kinds = SERIES_KINDS.get(state_code)
    if kinds is None:
        return frozenset(OPTIONAL)
    return kinds[0] if gen == OLDER else kinds[1]
