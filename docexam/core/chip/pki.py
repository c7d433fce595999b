"""A fictional PKI (ICAO 9303 Part 12): a CSCA per state, Document Signers, CRLs, a Master List.

Every key is derived from :data:`PKI_SEED` and a label, and every signature is deterministic
(RFC 6979), so the shipped Master List and CRLs are reproducible byte for byte
(``tools/make_pki.py`` writes them; a test rebuilds and compares). Keys are ECDSA P-256: real
enough, and fast.

Validity, as Part 12 advises: a CSCA 15 years; a Document Signer's key signs documents for one
year and its certificate lasts that year plus the ten years of a passport's validity. Beside the
yearly signers each state has one whose key was reported compromised (it is on the state's CRL),
and one from 2008 whose certificate expired in 2019.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from asn1crypto import core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

PKI_SEED = "docexam-fictional-pki-1"
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # P-256 group order
# X.509 country names are two letters: ICAO's example code for Utopia, else ISO 3166's
# user-assigned range (XA-XZ, QM-QZ), which names no real state.
COUNTRIES = {"UTO": "UT", "ZRN": "XZ", "QVL": "QV", "QNB": "QN", "QTK": "QT", "QRM": "QR"}
SIGNER_YEARS = tuple(range(2019, 2027))
REVOKED, EXPIRED = "revoked", "expired"
REVOKED_ON = datetime(2023, 6, 1, tzinfo=UTC)
CRL_ISSUED, CRL_NEXT = datetime(2026, 1, 1, tzinfo=UTC), datetime(2036, 1, 1, tzinfo=UTC)


def private_key(*label: str) -> ec.EllipticCurvePrivateKey:
    h = hashlib.sha256("\x1f".join((PKI_SEED, *label)).encode("utf-8")).digest()
    return ec.derive_private_key(int.from_bytes(h, "big") % (_N - 1) + 1, ec.SECP256R1())


def serial(*label: str) -> int:
    h = hashlib.sha256("\x1f".join((PKI_SEED, "serial", *label)).encode("utf-8")).digest()
    return int.from_bytes(h[:16], "big") >> 1 or 1


def country(state: str) -> str:
    return COUNTRIES.get(state, "X" + state[0])


def _utc(y: int, m: int = 1, d: int = 1) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def _name(state: str, org: str, cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country(state)),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@dataclass(frozen=True)
class Signer:
    label: str
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


@dataclass(frozen=True)
class StatePki:
    state: str
    org: str  # the state's name in its certificates
    csca_key: ec.EllipticCurvePrivateKey
    csca: x509.Certificate
    signers: dict[str, Signer]
    crl: x509.CertificateRevocationList

    def signer_for(self, issued: datetime) -> Signer:
        """The yearly Document Signer whose key signed documents issued on ``issued``."""
        year = min(max(issued.year, SIGNER_YEARS[0]), SIGNER_YEARS[-1])
        return self.signers[str(year)]


def _csca(
    state: str, org: str, key_label: str
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = private_key(state, key_label)
    name = _name(state, org, f"CSCA {org}")
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(serial(state, key_label))
        .not_valid_before(_utc(2007))
        .not_valid_after(_utc(2037))  # a long-lived root, so the 2008 signer chains to it
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    return key, cert


def _signer(
    state: str,
    org: str,
    label: str,
    valid: tuple[datetime, datetime],
    csca_key: ec.EllipticCurvePrivateKey,
    csca: x509.Certificate,
) -> Signer:
    key = private_key(state, "ds", label)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(state, org, f"Document Signer {label}"))
        .issuer_name(csca.subject)
        .public_key(public)
        .serial_number(serial(state, "ds", label))
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(csca_key.public_key()),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(csca_key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    return Signer(label, key, cert)


@cache
def state_pki(state: str, org: str, rogue: bool = False) -> StatePki:
    """The PKI of ``state`` (ICAO code; ``org`` its name). ``rogue``: a forger's look-alike
    CSCA with the state's name and another key, which no Master List holds."""
    csca_key, csca = _csca(state, org, "rogue-csca" if rogue else "csca")
    tag = "rogue-" if rogue else ""
    signers = {
        str(y): _signer(state, org, f"{tag}{y}", (_utc(y), _utc(y + 11)), csca_key, csca)
        for y in SIGNER_YEARS
    }
    signers[REVOKED] = _signer(state, org, f"{tag}2023-b", (_utc(2023), _utc(2034)), csca_key, csca)
    signers[EXPIRED] = _signer(state, org, f"{tag}2008", (_utc(2008), _utc(2019)), csca_key, csca)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(csca.subject)
        .last_update(CRL_ISSUED)
        .next_update(CRL_NEXT)
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(signers[REVOKED].cert.serial_number)
            .revocation_date(REVOKED_ON)
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
            .build()
        )
        .sign(csca_key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    return StatePki(state, org, csca_key, csca, signers, crl)


class _Certificates(core.SetOf):
    _child_spec = asn1_x509.Certificate


class CscaMasterList(core.Sequence):
    """Part 12, 9: CscaMasterList ::= SEQUENCE { version, certList SET OF Certificate }.
    Shipped as this content alone; a real Master List wraps it in CMS signed by a Master
    List Signer, which adds nothing a trainee checks here."""

    _fields = [("version", core.Integer), ("certList", _Certificates)]  # noqa: RUF012 - asn1crypto reads the class attribute


def master_list(certs: list[x509.Certificate]) -> bytes:
    loaded = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in certs]
    return CscaMasterList({"version": 0, "certList": loaded}).dump()


def read_master_list(data: bytes) -> list[x509.Certificate]:
    """The CSCA certificates of a Master List (ValueError when it is none)."""
    try:
        ml = CscaMasterList.load(data)
        return [x509.load_der_x509_certificate(c.dump()) for c in ml["certList"]]
    except (TypeError, KeyError) as exc:
        raise ValueError(f"not a CSCA Master List ({exc})") from None
