"""MRZ dates: YYMMDD, with an explicit century pivot against a reference date.

The MRZ drops the century, so reading a date needs a rule and a "today":

* a **birth** date is never in the future: ``YY`` is read in the century that puts the date on
  or before the reference date (reference 2025-06-01: ``250601`` -> 2025, ``250602`` -> 1925);
* an **expiry** date lies within ``EXPIRY_PAST_YEARS`` before to ``EXPIRY_FUTURE_YEARS`` after
  the reference year (reference 2025: ``75`` -> 2075, ``76`` -> 1976).
"""

from __future__ import annotations

from datetime import date

EXPIRY_FUTURE_YEARS = 50
EXPIRY_PAST_YEARS = 49


def to_yymmdd(value: date) -> str:
    return f"{value.year % 100:02d}{value.month:02d}{value.day:02d}"


def birth_year(yy: int, mm: int, dd: int, reference: date) -> int:
    year = reference.year - reference.year % 100 + yy
    if (year, mm, dd) > (reference.year, reference.month, reference.day):
        year -= 100
    return year


def expiry_year(yy: int, reference: date) -> int:
    year = reference.year - reference.year % 100 + yy
    if year > reference.year + EXPIRY_FUTURE_YEARS:
        year -= 100
    elif year < reference.year - EXPIRY_PAST_YEARS:
        year += 100
    return year


def _split(raw: str) -> tuple[int, int, int] | None:
    if len(raw) != 6 or not raw.isdigit() or not raw.isascii():
        return None
    yy, mmdd = divmod(int(raw), 10000)
    mm, dd = divmod(mmdd, 100)
    return yy, mm, dd


# The two readers below inline _split: they run for every MRZ checked.


def read_birth_date(raw: str, reference: date) -> date | None:
    """The birth date printed as ``raw``, or None if not six digits or no such day."""
    if len(raw) != 6 or not raw.isdigit() or not raw.isascii():
        return None
    yy, mmdd = divmod(int(raw), 10000)
    mm, dd = divmod(mmdd, 100)
    try:
        return date(birth_year(yy, mm, dd, reference), mm, dd)
    except ValueError:
        return None


def read_expiry_date(raw: str, reference: date) -> date | None:
    """The expiry date printed as ``raw``, or None if not six digits or no such day."""
    if len(raw) != 6 or not raw.isdigit() or not raw.isascii():
        return None
    yy, mmdd = divmod(int(raw), 10000)
    mm, dd = divmod(mmdd, 100)
    try:
        return date(expiry_year(yy, reference), mm, dd)
    except ValueError:
        return None


def why_impossible(raw: str) -> str | None:
    """Why six digits ``raw`` cannot be a date in any century, or None if some century fits."""
    parts = _split(raw)
    if parts is None:
        return None
    yy, mm, dd = parts
    if not 1 <= mm <= 12:
        return f"month {mm:02d} does not exist"
    # 2000 is a leap year and 1900 is not: try both centuries before calling a day impossible.
    for year in (2000 + yy, 1900 + yy):
        try:
            date(year, mm, dd)
            return None
        except ValueError:
            pass
    return f"day {dd:02d} does not exist in month {mm:02d}"
