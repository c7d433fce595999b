"""ICAO 9303 Part 3 check digits: weights 7, 3, 1; digits as such, A-Z = 10-35, filler = 0."""

from __future__ import annotations

from operator import mul

from docexam.core.mrz.errors import MrzError

FILLER = "<"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MRZ_CHARS = frozenset(DIGITS + LETTERS + FILLER)

#: Value of every MRZ character in the check-digit arithmetic.
VALUES: dict[str, int] = {
    **{c: i for i, c in enumerate(DIGITS)},
    **{c: i + 10 for i, c in enumerate(LETTERS)},
    FILLER: 0,
}

# Longest covered data is TD1's composite (25 + 7 + 7 + 11 = 50); a longer table costs nothing.
WEIGHTS: tuple[int, ...] = (7, 3, 1) * 40
# Bytes translation turns a whole string into its values in one C call: the hot path of checking.
_TABLE = bytes(VALUES.get(chr(i), 255) for i in range(256))


def mrz_values(text: str) -> bytes | None:
    """The value of every character of ``text``, or None if one is not an MRZ character."""
    try:
        values = text.encode("ascii").translate(_TABLE)
    except UnicodeEncodeError:
        return None
    return None if 255 in values else values


def digit_of(values: bytes) -> str:
    """Check digit of characters already turned into ``values`` (at most 120 of them)."""
    return DIGITS[sum(map(mul, values, WEIGHTS)) % 10]


def weighted_sum(data: str) -> int:
    """Sum of value x weight, or -1 when ``data`` holds a character outside the MRZ set."""
    values = mrz_values(data)
    if values is None:
        return -1
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values))


def compute_check_digit(data: str) -> str | None:
    """The check digit of ``data``, or None when ``data`` holds a non-MRZ character."""
    values = mrz_values(data)
    if values is None:
        return None
    return digit_of(values) if len(values) <= len(WEIGHTS) else DIGITS[weighted_sum(data) % 10]


def check_digit(data: str) -> str:
    """The check digit (``"0"``-``"9"``) of MRZ characters ``data``.

    Lowercase is not tolerated here: callers pass MRZ text, already normalised.
    """
    digit = compute_check_digit(data)
    if digit is None:
        bad = next(c for c in data if c not in MRZ_CHARS)
        raise MrzError(
            f"cannot compute a check digit over {data!r}: {bad!r} is not an MRZ character"
        )
    return digit
