"""Specimen generator: fictional documents of invented states, built from material layers.

Public API::

    generate_specimen(state, doc_type, seed, dpi=300, workdir=None, series="A") -> Specimen
    build_specimen(...) -> GeneratedSpecimen   # + every page's layers (masks in memory)
    generate_pack(pack_id, [Recipe(...)], dest, dpi=300) -> Pack

Every feature is a :class:`~docexam.core.synth.canvas.Layer`: category, region in page mm,
coverage mask and material, so the forgery generator can alter a layer and know the ground truth.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Loaded on first use: reading a state's name (the library, case files) must not load the
# whole generator with numpy and OpenCV at start-up.
_HOME = {
    "Layer": "canvas",
    "PageCanvas": "canvas",
    "DOC_TYPES": "compose",
    "GeneratedSpecimen": "compose",
    "UnknownDocumentTypeError": "compose",
    "build_specimen": "compose",
    "generate_specimen": "compose",
    "Recipe": "pack",
    "generate_pack": "pack",
    "STATES": "states",
    "UnknownStateError": "states",
    "get_state": "states",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


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
