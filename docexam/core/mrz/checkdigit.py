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
_WEIGHTS: tuple[int, ...] = (7, 3, 1) * 40
# Bytes translation turns a whole string into its values in one C call: the hot path of checking.
_TABLE = bytes(VALUES.get(chr(i), 255) for i in range(256))


def weighted_sum(data: str) -> int:
    """Sum of value x weight, or -1 when ``data`` holds a character outside the MRZ set."""
    try:
        raw = data.encode("ascii")
    except UnicodeEncodeError:
        return -1
    values = raw.translate(_TABLE)
    if 255 in values:
        return -1
    if len(values) > len(_WEIGHTS):
        return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values))
    return sum(map(mul, values, _WEIGHTS))


def compute_check_digit(data: str) -> str | None:
    """The check digit of ``data``, or None when ``data`` holds a non-MRZ character."""
    total = weighted_sum(data)
    return None if total < 0 else DIGITS[total % 10]


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
