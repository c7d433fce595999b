"""The Logical Data Structure files (ICAO 9303 Part 10, LDS 1.7) this chip carries.

EF.COM lists the data groups; DG1 holds the MRZ; DG2 the portrait inside a biometric
information template wrapping an ISO/IEC 19794-5-style facial record; DG14 the security infos
(here the Active Authentication algorithm, as Part 11 requires for ECDSA); DG15 the Active
Authentication public key. Each builder has its parser, and a parser names what is wrong.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from asn1crypto import core, keys

from docexam.core.chip.tlv import TlvError, child, children, tlv, unwrap

# Data group -> the tag its file starts with (Part 10, table 42) and the EF.COM tag list byte.
DG_TAGS = {"DG1": 0x61, "DG2": 0x75, "DG11": 0x6B, "DG12": 0x6C, "DG14": 0x6E, "DG15": 0x6F}
DG_NUMBERS = {"DG1": 1, "DG2": 2, "DG11": 11, "DG12": 12, "DG14": 14, "DG15": 15}
COM_TAG, SOD_TAG = 0x60, 0x77
LDS_VERSION, UNICODE_VERSION = b"0107", b"040000"
# id-icao-mrtd-security-aaProtocolObject (Part 11, 9.2): DG14 says AA signs with ECDSA-SHA256.
AA_PROTOCOL_OID = "2.23.136.1.1.5"
ECDSA_SHA256_OID = "1.2.840.10045.4.3.2"
FACE_FORMAT_OWNER, FACE_FORMAT_TYPE = 0x0101, 0x0008  # ISO/IEC JTC1 SC37, face image


def ef_com(groups: list[str]) -> bytes:
    tags = bytes(DG_TAGS[g] for g in groups)
    return tlv(COM_TAG, tlv(0x5F01, LDS_VERSION) + tlv(0x5F36, UNICODE_VERSION) + tlv(0x5C, tags))


def parse_ef_com(data: bytes) -> list[str]:
    value = unwrap(data, COM_TAG, "EF.COM")
    by_tag = {t: g for g, t in DG_TAGS.items()}
    listed = child(value, 0x5C, "EF.COM")
    unknown = [f"{b:02X}" for b in listed if b not in by_tag]
    if unknown:
        raise TlvError(f"EF.COM lists unknown data group tags {', '.join(unknown)}")
    return [by_tag[b] for b in listed]


def dg1(mrz_lines: tuple[str, ...] | list[str]) -> bytes:
    return tlv(DG_TAGS["DG1"], tlv(0x5F1F, "".join(mrz_lines).encode("ascii")))


def parse_dg1(data: bytes) -> tuple[str, ...]:
    """The MRZ lines DG1 holds (TD3: 88 characters as 2 x 44; TD1: 90 as 3 x 30)."""
    text = child(unwrap(data, DG_TAGS["DG1"], "DG1"), 0x5F1F, "DG1").decode("ascii", "replace")
    width = {88: 44, 90: 30, 72: 36}.get(len(text))
    if width is None:
        raise TlvError(f"DG1: an MRZ of {len(text)} characters is no ICAO format")
    return tuple(text[i : i + width] for i in range(0, len(text), width))


# The record: header (14 bytes), then per face: block length (4), facial information (16),
# image information (12), the image.
_HEADER = 14
_IMAGE = _HEADER + 4 + 16 + 12


@dataclass(frozen=True)
class FaceImage:
    width: int
    height: int
    image_type: str  # "png" or "jpeg"
    data: bytes


def _face_record(face: FaceImage) -> bytes:
    """ISO/IEC 19794-5 (2005) layout: header, one facial information block, one image info
    block, the image. Landmarks and pose are left at 'unspecified'."""
    # Landmark count, gender, eye and hair colour, feature mask, expression, pose: unspecified.
    facial_info = bytes(16)
    # Image information: face image type (1 = full frontal), data type (0 JPEG, 1 JPEG 2000;
    # 0xFF marks the PNG this simulation stores losslessly), width, height, colour space,
    # source type, device type, quality.
    data_type = 0 if face.image_type == "jpeg" else 0xFF
    image_info = struct.pack(">BBHHBBHH", 1, data_type, face.width, face.height, 1, 2, 0, 0)
    block = facial_info + image_info + face.data
    block = struct.pack(">I", len(block) + 4) + block
    total = _HEADER + len(block)
    header = b"FAC\x00" + b"010\x00" + struct.pack(">IH", total, 1)
    return header + block


def dg2(face: FaceImage) -> bytes:
    header = tlv(
        0xA1,
        tlv(0x80, b"\x01\x01")
        + tlv(0x81, b"\x02")  # biometric type: facial features
        + tlv(0x87, FACE_FORMAT_OWNER.to_bytes(2, "big"))
        + tlv(0x88, FACE_FORMAT_TYPE.to_bytes(2, "big")),
    )
    bit = tlv(0x7F60, header + tlv(0x5F2E, _face_record(face)))
    return tlv(DG_TAGS["DG2"], tlv(0x7F61, tlv(0x02, b"\x01") + bit))


def parse_dg2(data: bytes) -> FaceImage:
    group = child(unwrap(data, DG_TAGS["DG2"], "DG2"), 0x7F61, "DG2")
    record = child(child(group, 0x7F60, "DG2"), 0x5F2E, "DG2")
    if record[:4] != b"FAC\x00" or len(record) < _IMAGE:
        raise TlvError("DG2: the biometric data block is not a facial record (FAC)")
    (total, count) = struct.unpack(">IH", record[8:14])
    if total != len(record) or count < 1:
        raise TlvError(f"DG2: the facial record says {total} bytes, holds {len(record)}")
    info = record[_IMAGE - 12 : _IMAGE]
    _, data_type, width, height, *_ = struct.unpack(">BBHHBBHH", info)
    image = record[_IMAGE:]
    kind = "jpeg" if data_type == 0 else "png"
    return FaceImage(width, height, kind, image)


class _SecurityInfo(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto reads the class attribute
        ("protocol", core.ObjectIdentifier),
        ("version", core.Integer),
        ("algorithm", core.ObjectIdentifier, {"optional": True}),
    ]


class _SecurityInfos(core.SetOf):
    _child_spec = _SecurityInfo


def dg14_active_authentication() -> bytes:
    info = _SecurityInfo({"protocol": AA_PROTOCOL_OID, "version": 1, "algorithm": ECDSA_SHA256_OID})
    return tlv(DG_TAGS["DG14"], _SecurityInfos([info]).dump())


def parse_dg14(data: bytes) -> list[tuple[str, int, str | None]]:
    value = unwrap(data, DG_TAGS["DG14"], "DG14")
    try:
        infos = _SecurityInfos.load(value)
        return [
            (
                i["protocol"].dotted,
                i["version"].native,
                i["algorithm"].dotted if i["algorithm"].native else None,
            )
            for i in infos
        ]
    except (ValueError, TypeError) as exc:
        raise TlvError(f"DG14: not a set of security infos ({exc})") from None


def dg15(public_key_der: bytes) -> bytes:
    return tlv(DG_TAGS["DG15"], public_key_der)


def parse_dg15(data: bytes) -> bytes:
    """The SubjectPublicKeyInfo (DER) of the Active Authentication key."""
    value = unwrap(data, DG_TAGS["DG15"], "DG15")
    try:
        keys.PublicKeyInfo.load(value).native  # noqa: B018 - parse it all now, fail here
    except (ValueError, TypeError, KeyError) as exc:
        raise TlvError(f"DG15: not a public key ({exc})") from None
    return value


def wrapped_files(data: bytes) -> list[tuple[int, bytes]]:
    return children(data)
