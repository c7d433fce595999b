"""Answers kept at rest where a trainee cannot read them by accident: deterrence, not security.

A trainee works on a workstation whose files they can open: the results database, the
generated packs, the catalogue index. What holds an exam's keys there (the exercises of a
stored set; the status and fraud record of a generated specimen) is *sealed*: compressed and
masked with a keystream, so opening the file, searching it for a holder's name or a fraud word,
or reading it with an SQL browser shows nothing. The secret is in docexam's own code, so anyone
who reads that code can unseal: it keeps honest trainees honest, it does not stop a determined
one. Keys a trainee truly cannot reach need a server that holds them (class mode, issue 22).

Sealing is deterministic (the same value gives the same text), so a store comparing stored
content with new content still finds them equal.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from typing import Any

from docexam.core.domain.errors import DocexamError

PREFIX = "dxs1:"
ENVELOPE = "docexam-sealed"  # the ``format`` of a sealed JSON file
_PEPPER = b"docexam: keys at rest, sealed against casual reading"
_NONCE = 12


class SealError(DocexamError):
    """Sealed text that is damaged, of another version, or would unpack beyond its limit."""


def _mask(nonce: bytes, data: bytes) -> bytes:
    stream = hashlib.shake_256(_PEPPER + nonce).digest(len(data))
    masked = int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")
    return masked.to_bytes(len(data), "big")


def seal_text(text: str) -> str:
    plain = text.encode("utf-8")
    nonce = hashlib.sha256(plain).digest()[:_NONCE]
    body = _mask(nonce, zlib.compress(plain, 6))
    return PREFIX + base64.b64encode(nonce + body).decode("ascii")


def unseal_text(sealed: str, limit: int = 64 * 1024 * 1024) -> str:
    """The text ``seal_text`` sealed; SealError if damaged or longer than ``limit`` bytes
    (checked while inflating, so a crafted file cannot fill the memory)."""
    if not isinstance(sealed, str) or not sealed.startswith(PREFIX):
        raise SealError("not sealed by this docexam")
    try:
        raw = base64.b64decode(sealed[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise SealError("damaged (not base64)") from None
    nonce, body = raw[:_NONCE], raw[_NONCE:]
    if len(nonce) < _NONCE:
        raise SealError("damaged (too short)")
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(_mask(nonce, body), limit + 1)
    except zlib.error:
        raise SealError("damaged (does not inflate)") from None
    if len(plain) > limit or inflater.unconsumed_tail:
        raise SealError(f"larger than {limit} bytes once unsealed")
    if not inflater.eof or hashlib.sha256(plain).digest()[:_NONCE] != nonce:
        raise SealError("damaged (its check does not match)")
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        raise SealError("damaged (not UTF-8 inside)") from None


def seal(value: Any) -> str:
    """A JSON value sealed (keys sorted, so equal values give equal text)."""
    return seal_text(json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False))


def unseal(sealed: str) -> Any:
    """The JSON value :func:`seal` sealed (our own writing: parsed as trusted JSON)."""
    return json.loads(unseal_text(sealed))


def envelope(text: str) -> str:
    """A sealed JSON file's text: JSON still, saying what it is, the content hidden."""
    return json.dumps({"format": ENVELOPE, "sealed": seal_text(text)}) + "\n"


def is_envelope(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and set(data) == {"format", "sealed"}
        and (data["format"] == ENVELOPE)
    )
