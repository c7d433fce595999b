"""Personalising a chip: the LDS files of one document, hashed and signed by its state's DS.

Which documents have a chip: every TD3 passport (the generated series are all e-passports).
Active Authentication (DG14 + DG15, and a private key in the chip) is a choice of the state.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from cryptography.hazmat.primitives import serialization

from docexam.core.chip import lds
from docexam.core.chip.bac import keys_from_printed_mrz
from docexam.core.chip.lds import FaceImage
from docexam.core.chip.pki import Signer, StatePki, private_key
from docexam.core.chip.sod import sign_sod
from docexam.core.pack.chip_file import ChipFile

# States whose chips answer Active Authentication; the others' clones pass every check.
AA_STATES = frozenset({"UTO", "ZRN", "QNB"})


def has_chip(doc_type: str) -> bool:
    return doc_type == "td3"


def signing_time(issued: date) -> datetime:
    return datetime(issued.year, issued.month, issued.day, 9, 0, tzinfo=UTC)


def data_groups(
    mrz: tuple[str, ...], face: FaceImage, aa_public_der: bytes | None
) -> dict[str, bytes]:
    groups = {"DG1": lds.dg1(mrz), "DG2": lds.dg2(face)}
    if aa_public_der is not None:
        groups["DG14"] = lds.dg14_active_authentication()
        groups["DG15"] = lds.dg15(aa_public_der)
    return groups


def seal(
    groups: dict[str, bytes],
    signer: Signer,
    when: datetime,
    access_mrz: tuple[str, ...],
    aa_key: bytes | None,
    responds: bool = True,
) -> ChipFile:
    """The chip holding ``groups``, signed by ``signer`` at ``when``, opened by the keys of
    ``access_mrz`` (the MRZ it was personalised with)."""
    files = {"EF.COM": lds.ef_com(list(groups)), **groups}
    files["EF.SOD"] = sign_sod(groups, signer.key, signer.cert, when)
    access = keys_from_printed_mrz(access_mrz).k_seed
    return ChipFile(files, access, aa_key, responds)


def personalise(
    mrz: tuple[str, ...], face: FaceImage, pki: StatePki, issued: date, *, aa: bool
) -> ChipFile:
    """A genuine chip for the document whose MRZ is ``mrz``, issued on ``issued``."""
    aa_der = public_der = None
    if aa:
        key = private_key(pki.state, "aa", *mrz)
        aa_der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        public_der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    when = signing_time(issued)
    groups = data_groups(mrz, face, public_der)
    return seal(groups, pki.signer_for(when), when, mrz, aa_der)
