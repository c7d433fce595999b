"""Specimen generator: fictional documents of invented states, built from material layers.

Public API::

    generate_specimen(state, doc_type, seed, dpi=300, workdir=None, series="A") -> Specimen
    build_specimen(...) -> GeneratedSpecimen   # + every page's layers (masks in memory)
    generate_pack(pack_id, [Recipe(...)], dest, dpi=300) -> Pack

Every feature is a :class:`~docexam.core.synth.canvas.Layer`: category, region in page mm,
coverage mask and material, so the forgery generator can alter a layer and know the ground truth.
"""

from __future__ import annotations

from docexam.core.synth.canvas import Layer, PageCanvas
from docexam.core.synth.compose import (
    DOC_TYPES,
    GeneratedSpecimen,
    UnknownDocumentTypeError,
    build_specimen,
    generate_specimen,
)
from docexam.core.synth.pack import Recipe, generate_pack
from docexam.core.synth.states import STATES, UnknownStateError, get_state

__all__ = [
    "DOC_TYPES",
    "STATES",
    "GeneratedSpecimen",
    "Layer",
    "PageCanvas",
    "Recipe",
    "UnknownDocumentTypeError",
    "UnknownStateError",
    "build_specimen",
    "generate_pack",
    "generate_specimen",
    "get_state",
]
