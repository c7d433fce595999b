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
    "no_printed_portrait": "no printed portrait to compare",
    "dg2_undecodable": "DG2's image cannot be decoded",
    "portrait_differs": (
        "the printed portrait is not the chip's (mean difference {difference} grey levels): the "
        "photo on the page was changed"
    ),
    "portrait_matches": "the printed portrait is the one stored in DG2",
}
# Parameters holding field ids separated by ", " (the interface words each field).
FIELD_PARAMS = ("fields", "viz_fields")
OTHER_DATA = "optional_data"  # the MRZ differs only outside the compared fields


@dataclass(frozen=True)
class Reason:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """In English, as the CLI prints it."""
        return TEMPLATES[self.code].format(**dict(self.params))


def why(code: str, **params: object) -> Reason:
    if code not in TEMPLATES:
        raise KeyError(code)
    return Reason(code, tuple((k, str(v)) for k, v in params.items()))
