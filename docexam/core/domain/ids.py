"""Opaque ids for what a trainee is examined on.

A trainee sees specimen and exercise ids (in the data directory, in the results database, in an
export) before submitting; an id built from words ("...-photo-substitution-d2", "mrz-...-digits")
would spell the answer. An opaque id is a digest of what made the thing, so it stays stable for
the same recipe and says nothing about the fraud or the task.
"""

from __future__ import annotations

import hashlib

OPAQUE_LENGTH = 12  # 48 bits: no collision among the few thousand things of one library


def opaque_id(prefix: str, *parts: object) -> str:
    """``<prefix>-<digest of parts>``; the same parts always give the same id."""
    text = "\x1f".join(str(p) for p in parts)
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:OPAQUE_LENGTH]}"
