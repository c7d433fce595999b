"""Stable seeding: every random choice derives from a recipe through SHA-256, never ``hash()``.

Python's ``hash()`` of a string changes per process (PYTHONHASHSEED), which would make two runs of
the same recipe differ; a cryptographic digest is stable across machines and versions.
"""

from __future__ import annotations

import hashlib

import numpy as np


def stable_int(*parts: object) -> int:
    """A 128-bit integer that depends only on ``parts`` (their ``str`` forms, in order)."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:16], "big")


def rng(*parts: object) -> np.random.Generator:
    """A PCG64 generator seeded from ``parts``; the same parts always give the same stream."""
    return np.random.Generator(np.random.PCG64(stable_int(*parts)))


def short_hash(*parts: object, length: int = 12) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]
