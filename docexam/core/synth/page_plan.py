"""What a document type's page is to the generator: its id, names, drawing and physical page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from docexam.core.domain.model import SubstrateSpec
from docexam.core.synth.canvas import PageCanvas
from docexam.core.synth.docdata import DocData
from docexam.core.synth.states import Design

PageBuilder = Callable[[PageCanvas, Design, DocData, np.random.Generator], None]


@dataclass(frozen=True)
class PagePlan:
    id: str
    name: str
    name_zh: str
    build: PageBuilder
    reverse: str | None = None
    size_mm: tuple[float, float] | None = None  # None: the document type's size
    substrate: Callable[[Design], SubstrateSpec] | None = None  # None: the document's own
