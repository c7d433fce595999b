"""What a reader trusts: the CSCAs of a Master List and the states' CRLs.

The shipped set (``docexam/shipped/pki``: ``fictional.ml`` and one ``<STATE>.crl`` each) can be
extended: every ``*.ml`` (a CSCA Master List, DER) and ``*.crl`` (DER) in another folder is added,
so an instructor adds a fictional state by dropping its files in ``<config>/pki/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cryptography import x509

from docexam import shipped
from docexam.core.chip.pki import read_master_list
from docexam.core.domain.errors import DocexamError

SHIPPED = shipped.ROOT / "pki"


class TrustError(DocexamError):
    """A Master List or CRL file cannot be read."""


@dataclass(frozen=True)
class TrustStore:
    cscas: tuple[x509.Certificate, ...]
    crls: tuple[x509.CertificateRevocationList, ...]

    def cscas_named(self, name: x509.Name) -> list[x509.Certificate]:
        return [c for c in self.cscas if c.subject == name]

    def crl_of(self, csca: x509.Certificate) -> x509.CertificateRevocationList | None:
        """The CRL issued and signed by ``csca`` (the newest, if several)."""
        found = [
            crl
            for crl in self.crls
            if crl.issuer == csca.subject and crl.is_signature_valid(csca.public_key())  # type: ignore[arg-type]
        ]
        return max(found, key=lambda c: c.last_update_utc) if found else None

    def without(self, state_country: str) -> TrustStore:
        """This store less the CSCAs of one country (a Master List that lacks a state)."""
        keep = tuple(c for c in self.cscas if _country(c) != state_country)
        return TrustStore(keep, self.crls)


def _country(cert: x509.Certificate) -> str:
    attrs = cert.subject.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)
    return str(attrs[0].value) if attrs else ""


def load_trust(folders: Sequence[Path]) -> TrustStore:
    cscas: list[x509.Certificate] = []
    crls: list[x509.CertificateRevocationList] = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for path in sorted(Path(folder).glob("*.ml")):
            try:
                cscas += read_master_list(path.read_bytes())
            except (OSError, ValueError) as exc:
                raise TrustError(f"{path}: not a readable CSCA Master List ({exc})") from None
        for path in sorted(Path(folder).glob("*.crl")):
            try:
                crls.append(x509.load_der_x509_crl(path.read_bytes()))
            except (OSError, ValueError) as exc:
                raise TrustError(f"{path}: not a readable CRL ({exc})") from None
    return TrustStore(tuple(cscas), tuple(crls))


@cache
def shipped_trust() -> TrustStore:
    return load_trust([SHIPPED])
