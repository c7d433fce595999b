"""Basic Access Control keys (ICAO 9303 Part 11, 4.3 and Appendix D): what opens the chip.

The reader derives the keys from the MRZ printed on the page: document number, date of birth
and date of expiry, each with its check digit. K_seed is the first 16 bytes of SHA-1 of that
string; K_enc and K_mac are SHA-1 of K_seed with a counter (1, 2), cut to 16 bytes, with DES
parity. The chip holds the keys it was personalised with; a printed MRZ that was altered (even
with recomputed check digits) derives other keys and the chip does not answer.

Secure messaging is not simulated: the access step is whether the reader's keys are the chip's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from docexam.core.domain.errors import DocexamError
from docexam.core.mrz.checkdigit import check_digit

ENC, MAC = 1, 2


class AccessKeyError(DocexamError):
    """The printed MRZ has no readable document number, birth date or expiry to derive keys."""


def mrz_information(number: str, birth_yymmdd: str, expiry_yymmdd: str) -> str:
    """The 'MRZ information' string; a number shorter than nine characters is padded with <."""
    padded = number.ljust(9, "<")
    return (
        padded
        + check_digit(padded)
        + birth_yymmdd
        + check_digit(birth_yymmdd)
        + expiry_yymmdd
        + check_digit(expiry_yymmdd)
    )


def mrz_information_from_lines(lines: tuple[str, ...] | list[str]) -> str:
    """The MRZ information exactly as printed (check digits as printed, right or wrong), as a
    reader's OCR takes it from a TD3 (2 x 44) or TD1 (3 x 30) MRZ."""
    if len(lines) == 2 and all(len(x) == 44 for x in lines):
        l2 = lines[1]
        return l2[0:10] + l2[13:20] + l2[21:28]
    if len(lines) == 3 and all(len(x) == 30 for x in lines):
        l1, l2 = lines[0], lines[1]
        return l1[5:15] + l2[0:7] + l2[8:15]
    raise AccessKeyError("the printed MRZ is neither TD3 (2 lines of 44) nor TD1 (3 lines of 30)")


def key_seed(information: str) -> bytes:
    return hashlib.sha1(information.encode("ascii")).digest()[:16]


def adjust_parity(key: bytes) -> bytes:
    """Each byte's lowest bit set so the byte has an odd number of ones (DES parity)."""
    return bytes((b & 0xFE) | ((bin(b >> 1).count("1") + 1) % 2) for b in key)


def derive_key(seed: bytes, counter: int) -> bytes:
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
    return adjust_parity(digest[:16])


@dataclass(frozen=True)
class AccessKeys:
    k_seed: bytes
    k_enc: bytes
    k_mac: bytes

    @classmethod
    def from_seed(cls, seed: bytes) -> AccessKeys:
        return cls(seed, derive_key(seed, ENC), derive_key(seed, MAC))

    @classmethod
    def from_information(cls, information: str) -> AccessKeys:
        return cls.from_seed(key_seed(information))


def keys_from_printed_mrz(lines: tuple[str, ...] | list[str]) -> AccessKeys:
    return AccessKeys.from_information(mrz_information_from_lines(lines))
