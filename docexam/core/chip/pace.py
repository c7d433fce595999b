"""PACE (ICAO 9303 Part 11, 4.4): how a reader opens a chip that offers it, before BAC.

EF.CardAccess, readable without any key, holds a PACEInfo: ECDH with generic mapping, AES-128
and CMAC (``id-PACE-ECDH-GM-AES-CBC-CMAC-128``) on NIST P-256 (standardised parameters 12).
The password is the MRZ: K_pi = SHA-1(f(pi) || 00000003), first 16 bytes, where f(pi) is
SHA-1 of the MRZ information (number, birth date, expiry and their check digits, as for BAC).

The exchange run here: the chip encrypts a random nonce with its K_pi (AES-128-CBC, zero IV);
the reader decrypts it with the K_pi of the printed MRZ; both sides make ephemeral P-256 keys
and agree by ECDH; K_mac = KDF(K, 2) keys the tokens; each side sends its token, the
CMAC of the other side's ephemeral public key, and the other side checks it. A reader with
another password decrypts another nonce, derives other keys, and the chip refuses its token.

Simulated plainly: the generic mapping (a new generator s·G + H from the nonce) is replaced by
mixing the nonce into the shared secret, K = SHA-256(s || ECDH x); keys still agree only when
both sides hold the chip's nonce, which is what the mapping gives. Secure messaging after PACE
is not simulated.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from asn1crypto import core
from cryptography.hazmat.primitives import cmac, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from docexam.core.chip.bac import mrz_information_from_lines
from docexam.core.chip.tlv import TlvError

# id-PACE-ECDH-GM-AES-CBC-CMAC-128 (BSI TR-03110 / Part 11, 9.2.1).
PACE_ECDH_GM_AES_128 = "0.4.0.127.0.7.2.2.4.2.2"
PACE_VERSION = 2
NIST_P256 = 12  # standardised domain parameters (Part 11, 9.5.1)
PACE_COUNTER = 3
MAC = 2  # KDF counter of K_mac (K_enc, counter 1, would key secure messaging)


class _PaceInfo(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto reads the class attribute
        ("protocol", core.ObjectIdentifier),
        ("version", core.Integer),
        ("parameter_id", core.Integer, {"optional": True}),
    ]


class _SecurityInfos(core.SetOf):
    _child_spec = _PaceInfo


def card_access() -> bytes:
    """EF.CardAccess: SecurityInfos with the one PACEInfo this chip supports."""
    info = _PaceInfo(
        {"protocol": PACE_ECDH_GM_AES_128, "version": PACE_VERSION, "parameter_id": NIST_P256}
    )
    return _SecurityInfos([info]).dump()


def parse_card_access(data: bytes) -> tuple[str, int, int | None]:
    """The PACEInfo (protocol, version, parameter id); TlvError when there is none this reader
    runs."""
    try:
        infos = [
            (i["protocol"].dotted, i["version"].native, i["parameter_id"].native)
            for i in _SecurityInfos.load(data)
        ]
    except (ValueError, TypeError) as exc:
        raise TlvError(f"EF.CardAccess: not a set of security infos ({exc})") from None
    for info in infos:
        if info[0] == PACE_ECDH_GM_AES_128 and info[2] == NIST_P256:
            return info
    raise TlvError("EF.CardAccess: no PACEInfo for ECDH generic mapping with AES-128 on P-256")


def password_key(information: str) -> bytes:
    """K_pi from the MRZ information."""
    f_pi = hashlib.sha1(information.encode("ascii")).digest()
    return hashlib.sha1(f_pi + PACE_COUNTER.to_bytes(4, "big")).digest()[:16]


def key_from_printed_mrz(lines: tuple[str, ...] | list[str]) -> bytes:
    return password_key(mrz_information_from_lines(lines))


def _kdf(secret: bytes, counter: int) -> bytes:
    return hashlib.sha1(secret + counter.to_bytes(4, "big")).digest()[:16]


def _aes(key: bytes) -> Cipher[modes.CBC]:
    return Cipher(algorithms.AES(key), modes.CBC(bytes(16)))


def _point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


def _token(k_mac: bytes, other_public: bytes) -> bytes:
    mac = cmac.CMAC(algorithms.AES(k_mac))
    mac.update(other_public)
    return mac.finalize()[:8]


def _token_ok(k_mac: bytes, other_public: bytes, token: bytes) -> bool:
    return hmac.compare_digest(_token(k_mac, other_public), token)


def _mac_key(nonce: bytes, own: ec.EllipticCurvePrivateKey, other: bytes) -> bytes:
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), other)
    shared = hashlib.sha256(nonce + own.exchange(ec.ECDH(), peer)).digest()
    return _kdf(shared, MAC)


def run_pace(chip_key: bytes, reader_key: bytes) -> bool:
    """The exchange between a chip holding ``chip_key`` and a reader deriving ``reader_key``
    from the printed MRZ: True when each side accepts the other's authentication token."""
    nonce = os.urandom(16)
    enc = _aes(chip_key).encryptor()
    sent = enc.update(nonce) + enc.finalize()
    dec = _aes(reader_key).decryptor()
    read = dec.update(sent) + dec.finalize()
    chip_eph = ec.generate_private_key(ec.SECP256R1())
    reader_eph = ec.generate_private_key(ec.SECP256R1())
    chip_mac = _mac_key(nonce, chip_eph, _point(reader_eph))
    reader_mac = _mac_key(read, reader_eph, _point(chip_eph))
    reader_token = _token(reader_mac, _point(chip_eph))
    if not _token_ok(chip_mac, _point(chip_eph), reader_token):
        return False  # the chip refuses the reader: no secure channel, nothing is read
    return _token_ok(reader_mac, _point(reader_eph), _token(chip_mac, _point(reader_eph)))
