"""EF.SOD: the LDS security object (a hash of every data group) signed as CMS SignedData.

ICAO 9303 Part 10, 4.6.2: EF.SOD is tag 77 wrapping a ContentInfo whose SignedData carries an
``LDSSecurityObject`` (eContentType id-icao-ldsSecurityObject), the Document Signer certificate
and one SignerInfo with signed attributes (content type, signing time, message digest). CMS
comes from asn1crypto; the ICAO structures are declared here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from docexam.core.chip.lds import DG_NUMBERS, SOD_TAG
from docexam.core.chip.tlv import TlvError, tlv, unwrap

LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
HASH = "sha256"
ECDSA = ec.ECDSA(hashes.SHA256(), deterministic_signing=True)


class _DataGroupHash(core.Sequence):
    _fields = [("dataGroupNumber", core.Integer), ("dataGroupHashValue", core.OctetString)]  # noqa: RUF012 - asn1crypto reads the class attribute


class _DataGroupHashes(core.SequenceOf):
    _child_spec = _DataGroupHash


class LdsSecurityObject(core.Sequence):
    _fields = [  # noqa: RUF012 - asn1crypto reads the class attribute
        ("version", core.Integer),
        ("hashAlgorithm", algos.DigestAlgorithm),
        ("dataGroupHashValues", _DataGroupHashes),
    ]


def digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def security_object(groups: dict[str, bytes]) -> bytes:
    """The DER LDSSecurityObject over ``groups`` (data group name -> file bytes)."""
    hashes_ = [
        {"dataGroupNumber": DG_NUMBERS[g], "dataGroupHashValue": digest(data)}
        for g, data in sorted(groups.items(), key=lambda kv: DG_NUMBERS[kv[0]])
    ]
    return LdsSecurityObject(
        {"version": 0, "hashAlgorithm": {"algorithm": HASH}, "dataGroupHashValues": hashes_}
    ).dump()


def sign_sod(
    groups: dict[str, bytes],
    signer_key: ec.EllipticCurvePrivateKey,
    signer_cert: x509.Certificate,
    signing_time: datetime,
) -> bytes:
    """EF.SOD (tag 77) over ``groups``, signed by the Document Signer."""
    content = security_object(groups)
    cert = asn1_x509.Certificate.load(signer_cert.public_bytes(serialization.Encoding.DER))
    signed_attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
            {"type": "signing_time", "values": [cms.Time({"utc_time": signing_time})]},
            {"type": "message_digest", "values": [digest(content)]},
        ]
    )
    signature = signer_key.sign(signed_attrs.dump(), ECDSA)
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": cert.issuer,
                        "serial_number": cert.serial_number,
                    }
                }
            ),
            "digest_algorithm": {"algorithm": HASH},
            "signed_attrs": signed_attrs,
            "signature_algorithm": {"algorithm": "sha256_ecdsa"},
            "signature": signature,
        }
    )
    signed_data = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": HASH}],
            "encap_content_info": {
                "content_type": LDS_SECURITY_OBJECT_OID,
                "content": content,
            },
            "certificates": [cert],
            "signer_infos": [signer_info],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
    return tlv(SOD_TAG, info.dump())


@dataclass(frozen=True)
class Sod:
    """What EF.SOD says, parsed but not yet trusted: :mod:`verify` checks each part."""

    hashes: dict[int, bytes]  # data group number -> SHA-256
    hash_algorithm: str
    signer_cert: x509.Certificate
    signed_attrs: bytes  # DER as signed (SET OF Attribute)
    signature: bytes
    content_digest_ok: bool  # the messageDigest attribute is the content's hash
    signing_time: datetime | None
    cms_der: bytes  # the ContentInfo, for tools such as ``openssl cms -verify``


def parse_sod(data: bytes) -> Sod:
    der = unwrap(data, SOD_TAG, "EF.SOD")
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise TlvError("EF.SOD: the ContentInfo is not SignedData")
        sd = info["content"]
        encap = sd["encap_content_info"]
        if encap["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
            raise TlvError("EF.SOD: the signed content is not an LDSSecurityObject")
        content = encap["content"].contents
        lso = LdsSecurityObject.load(content)
        algorithm = lso["hashAlgorithm"]["algorithm"].native
        hashes_ = {
            int(h["dataGroupNumber"].native): bytes(h["dataGroupHashValue"].native)
            for h in lso["dataGroupHashValues"]
        }
        certs = list(sd["certificates"])
        if len(certs) != 1 or len(sd["signer_infos"]) != 1:
            raise TlvError("EF.SOD: expected one Document Signer certificate and one signer")
        signer_cert = x509.load_der_x509_certificate(certs[0].chosen.dump())
        si = sd["signer_infos"][0]
        attrs = si["signed_attrs"]
        signed = b"\x31" + attrs.dump()[1:]  # signed as a SET, stored as [0] IMPLICIT
        by_type = {a["type"].native: a["values"][0] for a in attrs}
        time = by_type.get("signing_time")
        md = by_type.get("message_digest")
        return Sod(
            hashes=hashes_,
            hash_algorithm=algorithm,
            signer_cert=signer_cert,
            signed_attrs=signed,
            signature=bytes(si["signature"].native),
            content_digest_ok=md is not None and bytes(md.native) == digest(content),
            signing_time=None if time is None else time.native,
            cms_der=der,
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise TlvError(f"EF.SOD: not a readable CMS SignedData ({exc})") from None
