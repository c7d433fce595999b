"""The frauds only the chip reveals, as changes to a genuine chip, and the step each must fail.

Each function takes the genuine chip (and what it needs of the document) and returns the chip
the forger left; the page side (a new photo, rewritten data, a pseudo state) is the forgery
generator's (``docexam.core.synth.forgery.chip``). :data:`FAILS` is the ground truth a test
holds every fraud to: that step fails and every other passes or is skipped.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import serialization

from docexam.core.chip import lds
from docexam.core.chip.issue import data_groups, seal
from docexam.core.chip.lds import FaceImage
from docexam.core.chip.pki import EXPIRED, REVOKED, Signer, StatePki, private_key, state_pki
from docexam.core.chip.sod import parse_sod
from docexam.core.pack.chip_file import ChipFile

# Fraud -> the verification step it fails (docexam.core.chip.verify.STEPS).
FAILS = {
    "dg_altered": "hashes",
    "untrusted_csca": "chain",
    "revoked_signer": "revocation",
    "expired_signer": "validity",
    "cloned_chip": "active_auth",
    "photo_substituted": "dg2_vs_portrait",
    "data_differs": "dg1_vs_page",
    "dead_chip": "access",
    "pseudo_pki": "chain",
}
CHIP_FRAUDS = tuple(FAILS)


def _groups(chip: ChipFile) -> dict[str, bytes]:
    return {k: v for k, v in chip.files.items() if k not in ("EF.CardAccess", "EF.COM", "EF.SOD")}


def _signed_at(chip: ChipFile) -> datetime:
    when = parse_sod(chip.files["EF.SOD"]).signing_time
    return when or datetime(2024, 1, 1, tzinfo=UTC)


def _resign(chip: ChipFile, signer: Signer, when: datetime, mrz: tuple[str, ...]) -> ChipFile:
    pace = "EF.CardAccess" in chip.files
    sealed = seal(_groups(chip), signer, when, mrz, chip.aa_key, offers_pace=pace)
    return replace(sealed, access_key=chip.access_key, pace_key=chip.pace_key)


def _within(signer: Signer, when: datetime) -> datetime:
    """A signing time the forger can claim inside the signer's validity."""
    start = signer.cert.not_valid_before_utc + timedelta(days=1)
    end = signer.cert.not_valid_after_utc - timedelta(days=1)
    return min(max(when, start), end)


def dg_altered(chip: ChipFile, new_face: FaceImage) -> ChipFile:
    """DG2 rewritten with the impostor's photo (the page's new one); the SOD, which the forger
    cannot re-sign, keeps the old hash."""
    files = dict(chip.files)
    files["DG2"] = lds.dg2(new_face)
    return replace(chip, files=files)


def untrusted_csca(chip: ChipFile, pki: StatePki, mrz: tuple[str, ...]) -> ChipFile:
    """Re-signed by a Document Signer of a look-alike CSCA no Master List holds."""
    rogue = state_pki(pki.state, pki.org, rogue=True)
    when = _signed_at(chip)
    return _resign(chip, rogue.signer_for(when), when, mrz)


def revoked_signer(chip: ChipFile, pki: StatePki, mrz: tuple[str, ...]) -> ChipFile:
    """Signed with the key of a Document Signer the state revoked (a stolen key)."""
    signer = pki.signers[REVOKED]
    return _resign(chip, signer, _within(signer, _signed_at(chip)), mrz)


def expired_signer(chip: ChipFile, pki: StatePki, mrz: tuple[str, ...]) -> ChipFile:
    """Signed with the key of a Document Signer whose certificate had expired."""
    return _resign(chip, pki.signers[EXPIRED], _signed_at(chip), mrz)


def cloned_chip(chip: ChipFile) -> ChipFile:
    """Every readable file copied onto another chip; the private key cannot be read out, so
    the clone answers Active Authentication with a key of its own."""
    if "DG15" not in chip.files:
        raise ValueError("the chip has no Active Authentication; its clone cannot be told apart")
    own = private_key("clone", chip.access_key.hex())
    der = own.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return replace(chip, aa_key=der)


def dead_chip(chip: ChipFile) -> ChipFile:
    """The chip was killed (microwaved, drilled) to hide that its data do not match the page."""
    return replace(chip, responds=False)


def pseudo_chip(
    mrz: tuple[str, ...], face: FaceImage, pseudo: StatePki, issued: datetime
) -> ChipFile:
    """A chip for a pseudo state's document, signed by the PKI it made for itself."""
    groups = data_groups(mrz, face, None)
    signer = pseudo.signer_for(issued)
    return seal(groups, signer, _within(signer, issued), mrz, None)
