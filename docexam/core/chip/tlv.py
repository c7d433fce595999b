"""BER-TLV as ICAO 9303 Part 10 uses it: one- or two-byte tags, short or long lengths.

asn1crypto handles the DER inside EF.SOD and DG14/DG15; the LDS wrappers (``60``, ``61``,
``5F1F``, ``7F61``...) are application tags it has no classes for, so they are read here.
"""

from __future__ import annotations

from docexam.core.domain.errors import DocexamError


class TlvError(DocexamError):
    """Bytes that are not the TLV structure a file of the chip must hold."""


def encode_tag(tag: int) -> bytes:
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value


def read_tlv(data: bytes, pos: int = 0) -> tuple[int, bytes, int]:
    """(tag, value, position after it) of the TLV object at ``pos``."""
    try:
        start = pos
        tag = data[pos]
        pos += 1
        if tag & 0x1F == 0x1F:  # multi-byte tag: continue while the high bit is set
            while True:
                tag = (tag << 8) | data[pos]
                pos += 1
                if not data[pos - 1] & 0x80:
                    break
        first = data[pos]
        pos += 1
        if first < 0x80:
            length = first
        else:
            count = first & 0x7F
            if count == 0 or count > 4:
                raise TlvError(f"unsupported length form at byte {start}")
            length = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        end = pos + length
        if end > len(data):
            raise TlvError(
                f"object at byte {start} claims {length} bytes; only {len(data) - pos} remain"
            )
        return tag, data[pos:end], end
    except IndexError:
        raise TlvError(f"truncated TLV object at byte {pos}") from None


def children(value: bytes) -> list[tuple[int, bytes]]:
    """Every TLV object in ``value``, in order."""
    out, pos = [], 0
    while pos < len(value):
        tag, inner, pos = read_tlv(value, pos)
        out.append((tag, inner))
    return out


def unwrap(data: bytes, tag: int, name: str) -> bytes:
    """The value of ``data``, which must be one object tagged ``tag`` (and nothing after it)."""
    found, value, end = read_tlv(data)
    if found != tag:
        raise TlvError(f"{name}: starts with tag {found:X}, expected {tag:X}")
    if end != len(data):
        raise TlvError(f"{name}: {len(data) - end} bytes after the {tag:X} object")
    return value


def child(value: bytes, tag: int, name: str) -> bytes:
    for found, inner in children(value):
        if found == tag:
            return inner
    raise TlvError(f"{name}: no {tag:X} object")
