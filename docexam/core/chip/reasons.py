"""Why a reader step passed, failed or was skipped: a code and its parameters.

The core words them in English (the CLI, ``--json``); the interface translates the same
templates (``ui/viewer/chip_reasons.py``, a test keeps the two equal) and fills in the
parameters, so a Chinese reader panel shows no English sentence. Parameters are data: dates,
data group names, field ids (``fields``, worded by the interface), or a technical detail.
"""

from __future__ import annotations

from dataclasses import dataclass

TEMPLATES = {
    "no_chip_expected": "no chip answers, but the document shows the chip symbol",
    "no_chip": "this document has no chip",
    "dead": "the chip does not answer: dead, damaged or removed",
    "no_keys": "no access keys from the printed MRZ: {detail}",
    "wrong_keys": (
        "the keys derived from the printed MRZ (document number, birth date, expiry and their "
        "check digits) do not open the chip: the printed MRZ is not the one the chip was "
        "personalised with"
    ),
    "opened": "BAC keys derived from the printed MRZ open the chip",
    "opened_pace": "PACE with the password from the printed MRZ opens the chip (ECDH, AES-128)",
    "wrong_keys_pace": (
        "PACE with the password from the printed MRZ fails: the chip refuses the reader's "
        "authentication token, so the printed MRZ is not the one the chip was personalised with"
    ),
    "card_access_unreadable": "EF.CardAccess offers no PACE this reader runs: {detail}",
    "files_unreadable": "the chip's files cannot be read: {detail}",
    "files_problems": "{detail}",
    "files_read": "read {files}",
    "not_run_unread": "not run: the chip could not be read",
    "not_run_files": "not run: the chip's files could not be read",
    "not_run_dg": "not run: the data group could not be read",
    "not_run_no_csca": "not run: no trusted CSCA to take the CRL from",
    "ds_key_unsupported": "the Document Signer's key is not an ECDSA key this reader checks",
    "sod_bad_signature": "the SOD's signature does not verify with its Document Signer's key",
    "sod_bad_digest": "the signed message digest is not the hash of the security object",
    "sod_signed": "the security object is signed by the Document Signer in the SOD",
    "csca_unknown": "no CSCA named {issuer} in the Master List: its issuer is not trusted",
    "csca_trusted": "the Document Signer is certified by the trusted CSCA {issuer}",
    "csca_lookalike": (
        "the Document Signer names {issuer} as issuer, but no CSCA of that name in the Master "
        "List signed it: a look-alike CSCA"
    ),
    "no_signing_time": "the SOD carries no signing time",
    "ds_not_valid": (
        "the Document Signer certificate was valid {start} to {end}; the SOD was signed {when}"
    ),
    "csca_not_valid": "the CSCA certificate was not valid when the SOD was signed ({when})",
    "ds_valid": "the Document Signer certificate was valid when it signed ({when})",
    "no_crl": "no CRL of the issuing state is available: revocation cannot be checked",
    "revoked": "the Document Signer certificate is on the state's CRL (revoked {when})",
    "not_revoked": "the Document Signer is not on the state's CRL of {when}",
    "hash_unsupported": "the SOD uses {algorithm}, which this reader does not check",
    "hash_mismatch": "{groups}: the hash differs from the one signed in the SOD",
    "hash_missing": "{groups}: not in the SOD",
    "hashes_match": "{count} data groups match the hashes signed in the SOD",
    "no_aa": "the chip has no Active Authentication (no DG15): a clone would not show",
    "dg15_unreadable": "DG15 holds no readable public key",
    "dg15_unsupported": "DG15 holds a key this reader does not check",
    "aa_no_key": "the chip does not answer INTERNAL AUTHENTICATE: it has no private key",
    "aa_unreadable": "the chip's answer to INTERNAL AUTHENTICATE cannot be read",
    "aa_not_ecdsa": "the chip's answer is not an ECDSA signature",
    "clone": (
        "the chip's answer to a random challenge does not verify with the DG15 key: the data "
        "were copied onto another chip (a clone)"
    ),
    "original": "the chip signed a random challenge with the key of DG15: it is the original",
    "dg1_unreadable": "DG1 does not hold a readable MRZ",
    "mrz_differs": "the printed MRZ differs from DG1 in {fields}",
    "viz_differs": "the visual zone differs from DG1 in {fields}",
    "mrz_and_viz_differ": (
        "the printed MRZ differs from DG1 in {fields}; the visual zone differs from DG1 in "
        "{viz_fields}"
    ),
    "dg1_matches": "DG1 matches the printed MRZ and the visual zone",
    "no_details": "the chip has no DG11 or DG12",
    "details_not_printed": "the page prints none of the data in {groups}",
    "details_differ": "the page differs from {groups} in {fields}",
    "details_match": "{groups} match the page",
    "no_printed_portrait": "no printed portrait to compare",
    "dg2_undecodable": "DG2's image cannot be decoded",
    "portrait_differs": (
        "the printed portrait is not the chip's (mean difference {difference} grey levels): the "
        "photo on the page was changed"
    ),
    "portrait_matches": "the printed portrait is the one stored in DG2",
}
# Each reason's stable machine code (``--json``; docs/chip.md): what failed, or ``ok`` for a
# pass and ``not_run`` for a step that could not run. Several wordings share a code.
CODES = {
    "no_chip_expected": "no_chip",
    "no_chip": "no_chip",
    "dead": "dead_chip",
    "no_keys": "mrz_unreadable",
    "wrong_keys": "access_denied",
    "wrong_keys_pace": "access_denied",
    "card_access_unreadable": "card_access_unreadable",
    "opened": "ok",
    "opened_pace": "ok",
    "files_unreadable": "files_unreadable",
    "files_problems": "files_unreadable",
    "files_read": "ok",
    "not_run_unread": "not_run",
    "not_run_files": "not_run",
    "not_run_dg": "not_run",
    "not_run_no_csca": "not_run",
    "ds_key_unsupported": "unsupported_algorithm",
    "sod_bad_signature": "sod_signature_invalid",
    "sod_bad_digest": "sod_signature_invalid",
    "sod_signed": "ok",
    "csca_unknown": "untrusted_csca",
    "csca_lookalike": "untrusted_csca",
    "csca_trusted": "ok",
    "no_signing_time": "no_signing_time",
    "ds_not_valid": "signer_expired",
    "csca_not_valid": "csca_expired",
    "ds_valid": "ok",
    "no_crl": "no_crl",
    "revoked": "revoked_signer",
    "not_revoked": "ok",
    "hash_unsupported": "unsupported_algorithm",
    "hash_mismatch": "hash_mismatch",
    "hash_missing": "hash_missing",
    "hashes_match": "ok",
    "no_aa": "no_active_auth",
    "dg15_unreadable": "aa_failed",
    "dg15_unsupported": "unsupported_algorithm",
    "aa_no_key": "aa_failed",
    "aa_unreadable": "aa_failed",
    "aa_not_ecdsa": "aa_failed",
    "clone": "aa_failed",
    "original": "ok",
    "dg1_unreadable": "dg1_unreadable",
    "mrz_differs": "dg1_mismatch",
    "viz_differs": "dg1_mismatch",
    "mrz_and_viz_differ": "dg1_mismatch",
    "dg1_matches": "ok",
    "no_details": "no_dg11_dg12",
    "details_not_printed": "not_on_page",
    "details_differ": "dg11_dg12_mismatch",
    "details_match": "ok",
    "no_printed_portrait": "not_on_page",
    "dg2_undecodable": "dg2_unreadable",
    "portrait_differs": "dg2_mismatch",
    "portrait_matches": "ok",
}
# Parameters holding field ids separated by ", " (the interface words each field).
FIELD_PARAMS = ("fields", "viz_fields")
OTHER_DATA = "optional_data"  # the MRZ differs only outside the compared fields


@dataclass(frozen=True)
class Reason:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def machine_code(self) -> str:
        return CODES[self.code]

    @property
    def text(self) -> str:
        """In English, as the CLI prints it."""
        return TEMPLATES[self.code].format(**dict(self.params))


def why(code: str, **params: object) -> Reason:
    if code not in TEMPLATES:
        raise KeyError(code)
    return Reason(code, tuple((k, str(v)) for k, v in params.items()))
