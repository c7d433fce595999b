"""Reader steps' reasons in the interface's language: the core's templates
(``core/chip/reasons.py``, a test keeps them equal), translated, their parameters filled in;
field ids become field names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from docexam.core.chip.reasons import FIELD_PARAMS, OTHER_DATA, Reason

CONTEXT = "ChipReason"
TEMPLATES = {
    "no_chip_expected": QT_TRANSLATE_NOOP(
        "ChipReason", "no chip answers, but the document shows the chip symbol"
    ),
    "no_chip": QT_TRANSLATE_NOOP("ChipReason", "this document has no chip"),
    "dead": QT_TRANSLATE_NOOP("ChipReason", "the chip does not answer: dead, damaged or removed"),
    "no_keys": QT_TRANSLATE_NOOP("ChipReason", "no access keys from the printed MRZ: {detail}"),
    "wrong_keys": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the keys derived from the printed MRZ (document number, birth date, expiry and their check digits) do not open the chip: the printed MRZ is not the one the chip was personalised with",  # noqa: E501  (one literal for lupdate)
    ),
    "opened": QT_TRANSLATE_NOOP(
        "ChipReason", "BAC keys derived from the printed MRZ open the chip"
    ),
    "opened_pace": QT_TRANSLATE_NOOP(
        "ChipReason",
        "PACE with the password from the printed MRZ opens the chip (ECDH, AES-128)",
    ),
    "wrong_keys_pace": QT_TRANSLATE_NOOP(
        "ChipReason",
        "PACE with the password from the printed MRZ fails: the chip refuses the reader's authentication token, so the printed MRZ is not the one the chip was personalised with",  # noqa: E501  (one literal for lupdate)
    ),
    "card_access_unreadable": QT_TRANSLATE_NOOP(
        "ChipReason", "EF.CardAccess offers no PACE this reader runs: {detail}"
    ),
    "files_unreadable": QT_TRANSLATE_NOOP(
        "ChipReason", "the chip's files cannot be read: {detail}"
    ),
    "files_problems": QT_TRANSLATE_NOOP("ChipReason", "{detail}"),
    "files_read": QT_TRANSLATE_NOOP("ChipReason", "read {files}"),
    "not_run_unread": QT_TRANSLATE_NOOP("ChipReason", "not run: the chip could not be read"),
    "not_run_files": QT_TRANSLATE_NOOP("ChipReason", "not run: the chip's files could not be read"),
    "not_run_dg": QT_TRANSLATE_NOOP("ChipReason", "not run: the data group could not be read"),
    "not_run_no_csca": QT_TRANSLATE_NOOP(
        "ChipReason", "not run: no trusted CSCA to take the CRL from"
    ),
    "ds_key_unsupported": QT_TRANSLATE_NOOP(
        "ChipReason", "the Document Signer's key is not an ECDSA key this reader checks"
    ),
    "sod_bad_signature": QT_TRANSLATE_NOOP(
        "ChipReason", "the SOD's signature does not verify with its Document Signer's key"
    ),
    "sod_bad_digest": QT_TRANSLATE_NOOP(
        "ChipReason", "the signed message digest is not the hash of the security object"
    ),
    "sod_signed": QT_TRANSLATE_NOOP(
        "ChipReason", "the security object is signed by the Document Signer in the SOD"
    ),
    "csca_unknown": QT_TRANSLATE_NOOP(
        "ChipReason", "no CSCA named {issuer} in the Master List: its issuer is not trusted"
    ),
    "csca_trusted": QT_TRANSLATE_NOOP(
        "ChipReason", "the Document Signer is certified by the trusted CSCA {issuer}"
    ),
    "csca_lookalike": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the Document Signer names {issuer} as issuer, but no CSCA of that name in the Master List signed it: a look-alike CSCA",  # noqa: E501  (one literal for lupdate)
    ),
    "no_signing_time": QT_TRANSLATE_NOOP("ChipReason", "the SOD carries no signing time"),
    "ds_not_valid": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the Document Signer certificate was valid {start} to {end}; the SOD was signed {when}",
    ),
    "csca_not_valid": QT_TRANSLATE_NOOP(
        "ChipReason", "the CSCA certificate was not valid when the SOD was signed ({when})"
    ),
    "ds_valid": QT_TRANSLATE_NOOP(
        "ChipReason", "the Document Signer certificate was valid when it signed ({when})"
    ),
    "no_crl": QT_TRANSLATE_NOOP(
        "ChipReason", "no CRL of the issuing state is available: revocation cannot be checked"
    ),
    "revoked": QT_TRANSLATE_NOOP(
        "ChipReason", "the Document Signer certificate is on the state's CRL (revoked {when})"
    ),
    "not_revoked": QT_TRANSLATE_NOOP(
        "ChipReason", "the Document Signer is not on the state's CRL of {when}"
    ),
    "hash_unsupported": QT_TRANSLATE_NOOP(
        "ChipReason", "the SOD uses {algorithm}, which this reader does not check"
    ),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "ChipReason", "{groups}: the hash differs from the one signed in the SOD"
    ),
    "hash_missing": QT_TRANSLATE_NOOP("ChipReason", "{groups}: not in the SOD"),
    "hashes_match": QT_TRANSLATE_NOOP(
        "ChipReason", "{count} data groups match the hashes signed in the SOD"
    ),
    "no_aa": QT_TRANSLATE_NOOP(
        "ChipReason", "the chip has no Active Authentication (no DG15): a clone would not show"
    ),
    "dg15_unreadable": QT_TRANSLATE_NOOP("ChipReason", "DG15 holds no readable public key"),
    "dg15_unsupported": QT_TRANSLATE_NOOP(
        "ChipReason", "DG15 holds a key this reader does not check"
    ),
    "aa_no_key": QT_TRANSLATE_NOOP(
        "ChipReason", "the chip does not answer INTERNAL AUTHENTICATE: it has no private key"
    ),
    "aa_unreadable": QT_TRANSLATE_NOOP(
        "ChipReason", "the chip's answer to INTERNAL AUTHENTICATE cannot be read"
    ),
    "aa_not_ecdsa": QT_TRANSLATE_NOOP("ChipReason", "the chip's answer is not an ECDSA signature"),
    "clone": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the chip's answer to a random challenge does not verify with the DG15 key: the data were copied onto another chip (a clone)",  # noqa: E501  (one literal for lupdate)
    ),
    "original": QT_TRANSLATE_NOOP(
        "ChipReason", "the chip signed a random challenge with the key of DG15: it is the original"
    ),
    "dg1_unreadable": QT_TRANSLATE_NOOP("ChipReason", "DG1 does not hold a readable MRZ"),
    "mrz_differs": QT_TRANSLATE_NOOP("ChipReason", "the printed MRZ differs from DG1 in {fields}"),
    "viz_differs": QT_TRANSLATE_NOOP("ChipReason", "the visual zone differs from DG1 in {fields}"),
    "mrz_and_viz_differ": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the printed MRZ differs from DG1 in {fields}; the visual zone differs from DG1 in {viz_fields}",  # noqa: E501  (one literal for lupdate)
    ),
    "dg1_matches": QT_TRANSLATE_NOOP(
        "ChipReason", "DG1 matches the printed MRZ and the visual zone"
    ),
    "no_details": QT_TRANSLATE_NOOP("ChipReason", "the chip has no DG11 or DG12"),
    "details_not_printed": QT_TRANSLATE_NOOP(
        "ChipReason", "the page prints none of the data in {groups}"
    ),
    "details_differ": QT_TRANSLATE_NOOP("ChipReason", "the page differs from {groups} in {fields}"),
    "details_match": QT_TRANSLATE_NOOP("ChipReason", "{groups} match the page"),
    "no_printed_portrait": QT_TRANSLATE_NOOP("ChipReason", "no printed portrait to compare"),
    "dg2_undecodable": QT_TRANSLATE_NOOP("ChipReason", "DG2's image cannot be decoded"),
    "portrait_differs": QT_TRANSLATE_NOOP(
        "ChipReason",
        "the printed portrait is not the chip's (mean difference {difference} grey levels): the photo on the page was changed",  # noqa: E501  (one literal for lupdate)
    ),
    "portrait_matches": QT_TRANSLATE_NOOP(
        "ChipReason", "the printed portrait is the one stored in DG2"
    ),
}
FIELD_WORDS = {
    "document_number": QT_TRANSLATE_NOOP("ChipReason", "document number"),
    "surname": QT_TRANSLATE_NOOP("ChipReason", "surname"),
    "given_names": QT_TRANSLATE_NOOP("ChipReason", "given names"),
    "nationality": QT_TRANSLATE_NOOP("ChipReason", "nationality"),
    "birth_date": QT_TRANSLATE_NOOP("ChipReason", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("ChipReason", "sex"),
    "expiry_date": QT_TRANSLATE_NOOP("ChipReason", "date of expiry"),
    "issuing_state": QT_TRANSLATE_NOOP("ChipReason", "issuing state"),
    "name": QT_TRANSLATE_NOOP("ChipReason", "name"),
    "personal_number": QT_TRANSLATE_NOOP("ChipReason", "personal number"),
    "birth_place": QT_TRANSLATE_NOOP("ChipReason", "place of birth"),
    "authority": QT_TRANSLATE_NOOP("ChipReason", "issuing authority"),
    "issue_date": QT_TRANSLATE_NOOP("ChipReason", "date of issue"),
    OTHER_DATA: QT_TRANSLATE_NOOP("ChipReason", "optional data or fillers"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _fields(ids: str) -> str:
    names = [_tr(FIELD_WORDS[i]) if i in FIELD_WORDS else i for i in ids.split(", ") if i]
    return QCoreApplication.translate("training", ", ", "between the names of a list").join(names)


def reason_text(reason: Reason) -> str:
    """``reason`` in the interface's language."""
    params = dict(reason.params)
    for key in FIELD_PARAMS:
        if key in params:
            params[key] = _fields(params[key])
    return _tr(TEMPLATES[reason.code]).format(**params)
