"""Reading and verifying a chip as a second-line reader does, step by step, each with its why.

Steps, in a reader's order: access (PACE or BAC with the printed MRZ), files (EF.COM, the data
groups and EF.SOD read and parsed), then passive authentication: the SOD's signature by its
Document Signer, the DS certificate's chain to a CSCA of the Master List, its validity when it
signed, the CRL, every data group's hash; then Active Authentication (a clone fails it) and the
comparisons of DG1 with the printed MRZ and visual zone, of DG11/DG12 with the page and of DG2
with the printed portrait.
A step that cannot run (the chip did not open, the chain failed) is skipped with the reason.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from docexam.core.chip import details, lds
from docexam.core.chip.access import CARD_ACCESS, open_chip
from docexam.core.chip.compare import FieldRow, details_vs_page, dg1_vs_page, dg2_vs_portrait
from docexam.core.chip.lds import DG_NUMBERS, FaceImage
from docexam.core.chip.portrait import Grey
from docexam.core.chip.reasons import Reason, why
from docexam.core.chip.sod import Sod, digest, parse_sod
from docexam.core.chip.tlv import TlvError
from docexam.core.chip.trust import TrustStore
from docexam.core.pack.chip_file import ChipFile

__all__ = ["STEPS", "ChipReport", "FieldRow", "Outcome", "Step", "verify_chip"]

STEPS = (
    "access",
    "files",
    "sod_signature",
    "chain",
    "validity",
    "revocation",
    "hashes",
    "active_auth",
    "dg1_vs_page",
    "dg11_dg12_vs_page",
    "dg2_vs_portrait",
)
AA_SIGNATURE = ec.ECDSA(hashes.SHA256())
_PARSERS = (
    ("DG1", lds.parse_dg1),
    ("DG2", lds.parse_dg2),
    ("DG11", details.parse_dg11),
    ("DG12", details.parse_dg12),
    ("DG15", lds.parse_dg15),
)
OPTIONAL = frozenset({"DG11", "DG12", "DG15"})


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True)
class Step:
    id: str
    outcome: Outcome
    why: Reason

    @property
    def reason(self) -> str:
        """Why, in English (the interface words ``why`` in its language)."""
        return self.why.text


@dataclass(frozen=True)
class ChipReport:
    steps: tuple[Step, ...]
    files_read: tuple[str, ...] = ()
    dg1: tuple[str, ...] = ()
    face: FaceImage | None = None
    fields: tuple[FieldRow, ...] = field(default=())
    signer: str = ""  # the DS certificate's subject, as a reader shows it
    protocol: str = ""  # what opened the chip (or was tried): "PACE", "BAC", "" for neither
    details: dict[str, dict[str, str]] = field(default_factory=dict)  # DG11/DG12's fields

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps if s.outcome is Outcome.FAIL)

    @property
    def verdict(self) -> str:
        """``fail``, ``pass``, or ``none`` for a document without a chip (nothing was read)."""
        if self.failed:
            return "fail"
        return "none" if self.step("access").outcome is Outcome.SKIP else "pass"


class _Run:
    def __init__(self) -> None:
        self.steps: list[Step] = []

    def add(self, step_id: str, ok: bool | None, reason: Reason) -> None:
        outcome = Outcome.SKIP if ok is None else Outcome.PASS if ok else Outcome.FAIL
        self.steps.append(Step(step_id, outcome, reason))

    def skip_rest(self, reason: Reason) -> None:
        done = {s.id for s in self.steps}
        self.steps += [Step(s, Outcome.SKIP, reason) for s in STEPS if s not in done]


@dataclass
class _Files:
    listed: list[str]
    sod: Sod
    dg1: tuple[str, ...] | None = None
    face: FaceImage | None = None
    details: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)


def _read_files(chip: ChipFile) -> _Files:
    """EF.COM and EF.SOD must read for anything else to run; a data group that does not parse
    is a failure of this step, and its hash is still checked (a reader hashes the bytes)."""
    if "EF.COM" not in chip.files or "EF.SOD" not in chip.files:
        raise TlvError("EF.COM or EF.SOD missing")
    listed = lds.parse_ef_com(chip.files["EF.COM"])
    missing = [g for g in listed if g not in chip.files]
    if missing:
        raise TlvError(f"EF.COM lists {', '.join(missing)}, which the chip does not hold")
    out = _Files(listed, parse_sod(chip.files["EF.SOD"]))
    for name, parse in _PARSERS:
        if name not in chip.files:
            if name not in OPTIONAL:
                out.problems.append(f"{name} missing")
            continue
        try:
            value = parse(chip.files[name])
        except (TlvError, ValueError, KeyError, TypeError, struct.error) as exc:
            out.problems.append(f"{name}: {exc}" if not str(exc).startswith(name) else str(exc))
            out.unreadable.add(name)
            continue
        if name == "DG1":
            out.dg1 = value  # type: ignore[assignment]
        elif name == "DG2":
            out.face = value  # type: ignore[assignment]
        elif name in ("DG11", "DG12"):
            out.details[name] = value  # type: ignore[assignment]
    return out


def _sod_signature(sod: Sod) -> tuple[bool, Reason]:
    key = sod.signer_cert.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False, why("ds_key_unsupported")
    try:
        key.verify(sod.signature, sod.signed_attrs, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False, why("sod_bad_signature")
    if not sod.content_digest_ok:
        return False, why("sod_bad_digest")
    return True, why("sod_signed")


def _chain(sod: Sod, trust: TrustStore) -> tuple[x509.Certificate | None, Reason]:
    issuer = sod.signer_cert.issuer.rfc4514_string()
    candidates = trust.cscas_named(sod.signer_cert.issuer)
    if not candidates:
        return None, why("csca_unknown", issuer=issuer)
    for csca in candidates:
        try:
            sod.signer_cert.verify_directly_issued_by(csca)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return csca, why("csca_trusted", issuer=issuer)
    return None, why("csca_lookalike", issuer=issuer)


def _validity(sod: Sod, csca: x509.Certificate | None) -> tuple[bool, Reason]:
    when = sod.signing_time
    if when is None:
        return False, why("no_signing_time")
    ds = sod.signer_cert
    if not ds.not_valid_before_utc <= when <= ds.not_valid_after_utc:
        return False, why(
            "ds_not_valid",
            start=f"{ds.not_valid_before_utc:%Y-%m-%d}",
            end=f"{ds.not_valid_after_utc:%Y-%m-%d}",
            when=f"{when:%Y-%m-%d}",
        )
    if csca is not None and not csca.not_valid_before_utc <= when <= csca.not_valid_after_utc:
        return False, why("csca_not_valid", when=f"{when:%Y-%m-%d}")
    return True, why("ds_valid", when=f"{when:%Y-%m-%d}")


def _revocation(sod: Sod, csca: x509.Certificate, trust: TrustStore) -> tuple[bool, Reason]:
    crl = trust.crl_of(csca)
    if crl is None:
        return False, why("no_crl")
    revoked = crl.get_revoked_certificate_by_serial_number(sod.signer_cert.serial_number)
    if revoked is not None:
        return False, why("revoked", when=f"{revoked.revocation_date_utc:%Y-%m-%d}")
    return True, why("not_revoked", when=f"{crl.last_update_utc:%Y-%m-%d}")


def _hashes(chip: ChipFile, listed: list[str], sod: Sod) -> tuple[bool, Reason]:
    if sod.hash_algorithm != "sha256":
        return False, why("hash_unsupported", algorithm=sod.hash_algorithm)
    bad = [g for g in listed if sod.hashes.get(DG_NUMBERS[g]) != digest(chip.files[g])]
    if bad:
        return False, why("hash_mismatch", groups=", ".join(bad))
    unsigned = [g for g in listed if DG_NUMBERS[g] not in sod.hashes]
    if unsigned:
        return False, why("hash_missing", groups=", ".join(unsigned))
    return True, why("hashes_match", count=len(listed))


def _active_auth(chip: ChipFile, challenge: bytes) -> tuple[bool | None, Reason]:
    if "DG15" not in chip.files:
        return None, why("no_aa")
    try:
        public = serialization.load_der_public_key(lds.parse_dg15(chip.files["DG15"]))
    except (TlvError, ValueError, UnsupportedAlgorithm):
        return False, why("dg15_unreadable")
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False, why("dg15_unsupported")
    if chip.aa_key is None:
        return False, why("aa_no_key")
    try:
        key = serialization.load_der_private_key(chip.aa_key, None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return False, why("aa_unreadable")
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        return False, why("aa_not_ecdsa")
    signature = key.sign(challenge, AA_SIGNATURE)  # what the chip answers
    try:
        public.verify(signature, challenge, AA_SIGNATURE)
    except InvalidSignature:
        return False, why("clone")
    return True, why("original")


def verify_chip(
    chip: ChipFile | None,
    printed_mrz: tuple[str, ...],
    viz: Mapping[str, str],
    printed_face: Grey | None,
    trust: TrustStore,
    *,
    expect_chip: bool = True,
    challenge: bytes | None = None,
) -> ChipReport:
    """Place the document on the reader: every step of :data:`STEPS`, in order."""
    run = _Run()
    ok, reason, protocol = open_chip(chip, printed_mrz, expect_chip)
    run.add("access", ok, reason)
    if not ok or chip is None:
        run.skip_rest(why("not_run_unread"))
        return ChipReport(tuple(run.steps), protocol=protocol)
    try:
        files = _read_files(chip)
    except (TlvError, ValueError) as exc:
        run.add("files", False, why("files_unreadable", detail=exc))
        run.skip_rest(why("not_run_files"))
        return ChipReport(tuple(run.steps), tuple(chip.files), protocol=protocol)
    listed, sod = files.listed, files.sod
    before = (CARD_ACCESS,) if CARD_ACCESS in chip.files else ()
    read = (*before, "EF.COM", *listed, "EF.SOD")
    if files.problems:
        run.add("files", False, why("files_problems", detail="; ".join(files.problems)))
    else:
        run.add("files", True, why("files_read", files=", ".join(read)))
    run.add("sod_signature", *_sod_signature(sod))
    csca, reason = _chain(sod, trust)
    run.add("chain", csca is not None, reason)
    run.add("validity", *_validity(sod, csca))
    if csca is None:
        run.add("revocation", None, why("not_run_no_csca"))
    else:
        run.add("revocation", *_revocation(sod, csca, trust))
    run.add("hashes", *_hashes(chip, listed, sod))
    unreadable = why("not_run_dg")
    if "DG15" in files.unreadable:
        run.add("active_auth", None, unreadable)
    else:
        run.add("active_auth", *_active_auth(chip, challenge or os.urandom(8)))
    rows: tuple[FieldRow, ...] = ()
    if files.dg1 is None:
        run.add("dg1_vs_page", None, unreadable)
    else:
        ok, reason, rows = dg1_vs_page(files.dg1, printed_mrz, viz)
        run.add("dg1_vs_page", ok, reason)
    if files.unreadable & {"DG11", "DG12"}:
        run.add("dg11_dg12_vs_page", None, unreadable)
    else:
        ok, reason, more = details_vs_page(files.details, viz)
        run.add("dg11_dg12_vs_page", ok, reason)
        rows += more
    if files.face is None:
        run.add("dg2_vs_portrait", None, unreadable)
    else:
        run.add("dg2_vs_portrait", *dg2_vs_portrait(files.face, printed_face))
    signer = sod.signer_cert.subject.rfc4514_string()
    return ChipReport(
        tuple(run.steps),
        read,
        files.dg1 or (),
        files.face,
        rows,
        signer,
        protocol,
        files.details,
    )
