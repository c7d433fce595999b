"""The fictional issuing states and the consistent design of each state's document series.

A state's design language (palette hue, motif family, heading font, header layout) is in its
:class:`State` (state_table.py). A series' design (exact colours, guilloche parameters, column
order, OVD colours, MRZ offset and its feature inventory) is derived from SHA-256(state, series)
only, so every document of a series looks alike while series and states differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.seeds import rng
from docexam.core.synth.inventory import NEWER, OPTIONAL, generation, inventory
from docexam.core.synth.personalise import INKJET, method_for, paper_method
from docexam.core.synth.state_table import FIELDS, STATE_LIST, State

__all__ = ["FIELDS", "STATES", "Design", "State", "UnknownStateError", "design_for", "get_state"]


class UnknownStateError(DocexamError):
    """The command line or a recipe named a state the generator does not know."""


STATES: dict[str, State] = {s.code: s for s in STATE_LIST}


def get_state(code: str) -> State:
    state = STATES.get(code.upper())
    if state is None:
        known = ", ".join(sorted(STATES))
        raise UnknownStateError(f"unknown state {code!r}; known states: {known}")
    return state


def _hsv_hex(h: float, s: float, v: float) -> str:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb((h % 360.0) / 360.0, min(max(s, 0.0), 1.0), min(max(v, 0.0), 1.0))
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


@dataclass(frozen=True)
class Design:
    """Everything a series keeps constant from one document to the next."""

    state: State
    series: str
    primary: str  # guilloche colour 1
    secondary: str  # guilloche colour 2
    accent: str  # headings, intaglio
    rainbow: tuple[str, str, str]
    paper: str
    uv_colours: tuple[str, str, str]
    fibre_colours: tuple[str, str]
    rosette: tuple[float, float, float]  # R, r, d of the hypotrochoid family
    rosette_petals: int
    wave_freq: float
    wave_amp: float
    header_centered: bool
    ghost_right: bool
    ovd_shape: str  # "ellipse" or "band"
    label_scale: float
    mrz_shift: float
    generation: str = "older"  # or "newer" (inventory.OLDER / NEWER)
    features: frozenset[str] = frozenset(OPTIONAL)  # optional kinds this series carries
    ovd_colours: tuple[str, ...] = ("#d04890", "#40b8a8", "#e8c040")  # head-on stop in the middle
    ovi_colours: tuple[str, str] = ("#2f8f5a", "#8a3a9a")  # OVI ink head-on, tilted
    sensitiser_stain: str = "#a07850"  # what a solvent turns the paper (paper_protection.py)
    paper_personalisation: str = INKJET  # or THERMAL (personalise.py); cards are laser-engraved

    @property
    def code(self) -> str:
        return self.state.code

    @property
    def motif(self) -> str:
        return self.state.language.motif

    @property
    def heading_font(self) -> str:
        return self.state.language.font

    @property
    def newer(self) -> bool:
        return self.generation == NEWER

    def personalisation(self, substrate: str) -> str:
        """How the series personalises ``substrate`` ("paper" or "polycarbonate")."""
        return method_for(self.paper_personalisation, substrate)

    def has(self, kind: str) -> bool:
        """Whether the series carries an optional feature (see inventory.OPTIONAL)."""
        return kind in self.features


# Reaction colours of common sensitiser reagents: brown, violet-grey, blue-grey, ochre.
_STAINS = ("#a07850", "#8a7890", "#7088a0", "#b8a050")

# OVI pigment pairs (head-on, tilted): the colour-shifting inks security printers offer.
_OVI_PAIRS = (
    ("#2f8f5a", "#8a3a9a"),  # green to magenta
    ("#b8952e", "#3f9a52"),  # gold to green
    ("#8a3a9a", "#2f6fa0"),  # magenta to blue
    ("#b8952e", "#9a3a3a"),  # gold to red-brown
)


def design_for(state: State, series: str) -> Design:
    g = rng("design", state.code, series)
    gen = generation(series, state.series)
    hue = state.hue + float(g.uniform(-18, 18))
    second = hue + float(g.choice([-40.0, 35.0, 150.0, 180.0]))
    sat = float(g.uniform(0.35, 0.55))
    # A split duct spans a good part of the colour wheel, so the flow reads without a loupe.
    spread = float(g.uniform(70.0, 120.0))
    # Older OVDs: three flat colours; newer: a diffractive spectrum of five to seven.
    n_ovd = int(g.integers(5, 8)) if gen == NEWER else 3
    start = float(g.uniform(0, 360))
    ovd = tuple(_hsv_hex(start + i * 300.0 / n_ovd, 0.7, 0.85) for i in range(n_ovd))
    return Design(
        state=state,
        series=series,
        primary=_hsv_hex(hue, sat, 0.62),
        secondary=_hsv_hex(second, sat * 0.8, 0.72),
        accent=_hsv_hex(hue + 5, 0.7, 0.35),
        # Saturated ducts: a pastel pair differs mostly by how dark it is, and fine lines
        # over the guilloche read as one grey-blue from end to end.
        rainbow=(
            _hsv_hex(hue - spread, 0.75, 0.87),
            _hsv_hex(hue, 0.65, 0.82),
            _hsv_hex(hue + spread, 0.75, 0.87),
        ),
        # Newer series are printed on a whiter stock.
        paper=_hsv_hex(
            hue + 180 + float(g.uniform(-20, 20)), 0.045 if gen == NEWER else 0.03, 0.965
        ),
        uv_colours=(
            _hsv_hex(state.language.uv_hue + float(g.uniform(-12, 12)), 0.9, 0.95),
            _hsv_hex(float(g.uniform(0, 25)), 0.9, 0.95),
            _hsv_hex(float(g.uniform(190, 230)), 0.9, 0.95),
        ),
        fibre_colours=(_hsv_hex(float(g.uniform(340, 370)), 0.75, 0.7), "#3050b0"),
        rosette=(float(g.uniform(7, 11)), float(g.uniform(1.3, 2.6)), float(g.uniform(1.5, 3.5))),
        rosette_petals=int(g.integers(9, 19)),
        wave_freq=float(g.uniform(0.35, 0.8)),
        wave_amp=float(g.uniform(0.6, 1.6)),
        header_centered=state.language.header == "centre",
        ghost_right=bool(g.integers(0, 2)),
        ovd_shape=str(g.choice(["ellipse", "band"])),
        label_scale=float(g.uniform(0.95, 1.08)),
        mrz_shift=float(g.uniform(-0.3, 0.3)),
        generation=gen,
        features=inventory(state.code, gen),
        ovd_colours=ovd,
        ovi_colours=_OVI_PAIRS[int(g.integers(0, len(_OVI_PAIRS)))],
        paper_personalisation=paper_method(state.code, series),
        sensitiser_stain=_STAINS[int(rng("sensitiser", state.code, series).integers(0, 4))],
    )
