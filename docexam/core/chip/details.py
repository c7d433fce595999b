"""DG11 and DG12 (ICAO 9303 Part 10, 4.7.11 and 4.7.12): additional personal and document
details, and their comparison with what the page prints.

DG11 (tag 6B): a tag list (5C), the full name in national characters (5F0E, primary and
secondary identifiers separated by ``<<``), the personal number (5F10), the full date of birth
(5F2B, YYYYMMDD) and the place of birth (5F11). DG12 (tag 6C): a tag list, the issuing
authority (5F19), the date of issue (5F26, YYYYMMDD) and the date and time of personalisation
(5F55, YYYYMMDDhhmmss). Values are UTF-8. Series without them carry DG1 and DG2 only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from docexam.core.chip.tlv import TlvError, children, encode_tag, tlv, unwrap

DG11_TAG, DG12_TAG, TAG_LIST = 0x6B, 0x6C, 0x5C
DG11_FIELDS = {
    0x5F0E: "full_name",
    0x5F10: "personal_number",
    0x5F2B: "full_birth_date",
    0x5F11: "birth_place",
}
DG12_FIELDS = {0x5F19: "authority", 0x5F26: "issue_date", 0x5F55: "personalised"}
# The fields the page also prints, under the same key in its visual zone (DocData.viz); the
# others are shown but not compared (the birth date and the name are DG1's comparison, the rest
# are not printed).
ON_PAGE = ("personal_number", "birth_place", "authority", "issue_date")


def _group(tag: int, fields: Mapping[int, str], values: Mapping[str, str]) -> bytes:
    present = [(t, name) for t, name in fields.items() if values.get(name)]
    body = tlv(TAG_LIST, b"".join(encode_tag(t) for t, _ in present))
    body += b"".join(tlv(t, values[name].encode("utf-8")) for t, name in present)
    return tlv(tag, body)


def dg11(
    surname: str, given_names: str, personal_number: str, birth: date, birth_place: str
) -> bytes:
    return _group(
        DG11_TAG,
        DG11_FIELDS,
        {
            "full_name": f"{surname}<<{given_names}",
            "personal_number": personal_number,
            "full_birth_date": f"{birth:%Y%m%d}",
            "birth_place": birth_place,
        },
    )


def dg12(authority: str, issued: date, personalised: datetime) -> bytes:
    return _group(
        DG12_TAG,
        DG12_FIELDS,
        {
            "authority": authority,
            "issue_date": f"{issued:%Y%m%d}",
            "personalised": f"{personalised:%Y%m%d%H%M%S}",
        },
    )


def _parse(data: bytes, tag: int, fields: Mapping[int, str], name: str) -> dict[str, str]:
    items = children(unwrap(data, tag, name))
    if not items or items[0][0] != TAG_LIST:
        raise TlvError(f"{name}: no tag list (5C) first")
    listed, out = items[0][1], {}
    for t, value in items[1:]:
        if encode_tag(t) not in listed:
            raise TlvError(f"{name}: tag {t:X} is not in its tag list")
        key = fields.get(t)
        if key is not None:
            try:
                out[key] = value.decode("utf-8")
            except UnicodeDecodeError:
                raise TlvError(f"{name}: tag {t:X} is not UTF-8") from None
    return out


def parse_dg11(data: bytes) -> dict[str, str]:
    return _parse(data, DG11_TAG, DG11_FIELDS, "DG11")


def parse_dg12(data: bytes) -> dict[str, str]:
    return _parse(data, DG12_TAG, DG12_FIELDS, "DG12")


def _iso(yyyymmdd: str) -> str:
    try:
        return datetime.strptime(yyyymmdd, "%Y%m%d").date().isoformat()
    except ValueError:
        return yyyymmdd  # shown as the chip holds it, and then differs from the page


def comparable(values: Mapping[str, str]) -> dict[str, str]:
    """The fields the page also prints, in the visual zone's spelling (ISO dates)."""
    return {
        key: _iso(values[key]) if key == "issue_date" else values[key]
        for key in ON_PAGE
        if key in values
    }
