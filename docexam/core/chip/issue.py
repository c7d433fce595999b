"""Personalising a chip: the LDS files of one document, hashed and signed by its state's DS.

Which documents have a chip: every TD3 passport (the generated series are all e-passports).
Active Authentication (DG14 + DG15, and a private key in the chip) and PACE (EF.CardAccess, and
the password key in the chip) are choices of the state; DG11/DG12 (additional personal and
document details) of the series: the first series (A) of a state carries DG1 and DG2 only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from cryptography.hazmat.primitives import serialization

from docexam.core.chip import lds, pace
from docexam.core.chip.bac import keys_from_printed_mrz
from docexam.core.chip.lds import FaceImage
from docexam.core.chip.pki import Signer, StatePki, private_key
from docexam.core.chip.sod import sign_sod
from docexam.core.pack.chip_file import ChipFile

# States whose chips answer Active Authentication; the others' clones pass every check.
AA_STATES = frozenset({"UTO", "ZRN", "QNB"})
# States whose chips offer PACE besides BAC; a reader opens the others with BAC.
PACE_STATES = frozenset({"UTO", "ZRN"})
FIRST_SERIES = "A"


def has_details(series: str) -> bool:
    """Whether chips of ``series`` carry DG11 and DG12."""
    return series != FIRST_SERIES


def has_chip(doc_type: str) -> bool:
    return doc_type == "td3"


def signing_time(issued: date) -> datetime:
    return datetime(issued.year, issued.month, issued.day, 9, 0, tzinfo=UTC)


def data_groups(
    mrz: tuple[str, ...],
    face: FaceImage,
    aa_public_der: bytes | None,
    details: dict[str, bytes] | None = None,
) -> dict[str, bytes]:
    """The data groups in LDS order; ``details`` holds DG11 and DG12 when the series has them."""
    groups = {"DG1": lds.dg1(mrz), "DG2": lds.dg2(face), **(details or {})}
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
    *,
    offers_pace: bool = False,
) -> ChipFile:
    """The chip holding ``groups``, signed by ``signer`` at ``when``, opened by the keys of
    ``access_mrz`` (the MRZ it was personalised with), by PACE first if it ``offers_pace``."""
    files = {"EF.COM": lds.ef_com(list(groups)), **groups}
    files["EF.SOD"] = sign_sod(groups, signer.key, signer.cert, when)
    access = keys_from_printed_mrz(access_mrz).k_seed
    pace_key = None
    if offers_pace:
        files = {"EF.CardAccess": pace.card_access(), **files}
        pace_key = pace.key_from_printed_mrz(access_mrz)
    return ChipFile(files, access, aa_key, responds, pace_key)


def personalise(
    mrz: tuple[str, ...],
    face: FaceImage,
    pki: StatePki,
    issued: date,
    *,
    aa: bool,
    offers_pace: bool = False,
    details: dict[str, bytes] | None = None,
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
    groups = data_groups(mrz, face, public_der, details)
    return seal(groups, pki.signer_for(when), when, mrz, aa_der, offers_pace=offers_pace)
