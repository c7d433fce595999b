"""The ICAO 9303 machine-readable zone: build, parse and check MRZs (stdlib only).

The API, in one screen (details in ``docs/mrz.md``)::

    build_mrz(MrzData(...)) -> Mrz                     # lines, every check digit
    parse_mrz(text, reference=None) -> ParsedMrz       # typed fields; MrzError if unreadable
    check_mrz(text, viz=None, reference=None) -> MrzCheck   # .valid .consistent .findings
    check_digit("L898902C3") -> "6"
    uncovered_positions(MrzFormat.TD3) -> positions no check digit protects
"""

from __future__ import annotations

from docexam.core.mrz.build import Mrz, MrzData, build_mrz
from docexam.core.mrz.check import check_mrz
from docexam.core.mrz.checkdigit import check_digit
from docexam.core.mrz.dates import EXPIRY_FUTURE_YEARS, EXPIRY_PAST_YEARS
from docexam.core.mrz.errors import MrzError
from docexam.core.mrz.findings import Finding, FindingCode, Kind, MrzCheck
from docexam.core.mrz.formats import MrzFormat, Position, covered_positions, uncovered_positions
from docexam.core.mrz.names import transliterate
from docexam.core.mrz.parse import ParsedMrz, parse_mrz
from docexam.core.mrz.viz import VizData

__all__ = [
    "EXPIRY_FUTURE_YEARS",
    "EXPIRY_PAST_YEARS",
    "Finding",
    "FindingCode",
    "Kind",
    "Mrz",
    "MrzCheck",
    "MrzData",
    "MrzError",
    "MrzFormat",
    "ParsedMrz",
    "Position",
    "VizData",
    "build_mrz",
    "check_digit",
    "check_mrz",
    "covered_positions",
    "parse_mrz",
    "transliterate",
    "uncovered_positions",
]
