"""Parsing JSON that came from outside (packs, exercise files, forgery records).

The standard parser accepts NaN and Infinity (which then slip past every numeric schema bound),
and raises ValueError or RecursionError, not JSONDecodeError, on a 5,000-digit number or deeply
nested arrays. Everything a hostile file can do ends here as one readable error.
"""

from __future__ import annotations

import json
from typing import Any

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.sealed import SealError, is_envelope, unseal_text

MAX_JSON_CHARS = 20 * 1024 * 1024


class UntrustedJsonError(DocexamError):
    """The text is not JSON docexam accepts; the message says why, without the file name."""


def _no_constants(name: str) -> Any:
    raise UntrustedJsonError(f"{name} is not a number JSON allows")


def loads_untrusted(text: str) -> Any:
    if len(text) > MAX_JSON_CHARS:
        raise UntrustedJsonError(f"larger than {MAX_JSON_CHARS // (1024 * 1024)} MB")
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise UntrustedJsonError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise UntrustedJsonError("nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise UntrustedJsonError(f"unreadable value ({exc})") from None


def loads_unsealed(text: str, limit: int = MAX_JSON_CHARS) -> Any:
    """Untrusted JSON; a sealed file (``docexam.core.domain.sealed.envelope``: the generated
    set's specimens and forgery records) is unsealed, at most ``limit`` bytes, and parsed the
    same careful way."""
    data = loads_untrusted(text)
    if not is_envelope(data):
        return data
    try:
        inner = unseal_text(data["sealed"], limit)
    except SealError as exc:
        raise UntrustedJsonError(f"sealed content {exc}") from None
    return loads_untrusted(inner)
