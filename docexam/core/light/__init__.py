"""Light-source simulation: a page as an examiner sees it under each light (no Qt).

Use :class:`LightEngine` for a specimen read from disk (captured images win, renders are cached)
or :func:`simulate` for in-memory images. The physics per light: ``docs/light-engine.md``.
"""

from docexam.core.light.engine import DEFAULT_CACHE_BYTES, LightEngine
from docexam.core.light.params import LightError, LightParams, PixelRect, Rendering
from docexam.core.light.simulate import simulate

__all__ = [
    "DEFAULT_CACHE_BYTES",
    "LightEngine",
    "LightError",
    "LightParams",
    "PixelRect",
    "Rendering",
    "simulate",
]
