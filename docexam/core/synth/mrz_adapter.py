"""The only place the generator talks to the MRZ engine, so an engine API change stays here."""

from __future__ import annotations

from datetime import date

from docexam.core.mrz import MrzData, MrzFormat, build_mrz, transliterate

__all__ = ["make_mrz", "mrz_name"]

_FORMATS = {
    "td1": MrzFormat.TD1,
    "td2": MrzFormat.TD2,
    "td3": MrzFormat.TD3,
    "mrv-a": MrzFormat.MRV_A,
}


def make_mrz(
    doc_type: str,
    document_code: str,
    state: str,
    number: str,
    surname: str,
    given_names: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    optional: str = "",
) -> tuple[str, ...]:
    data = MrzData(
        document_code=document_code,
        issuing_state=state,
        document_number=number,
        surname=surname,
        given_names=given_names,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        format=_FORMATS[doc_type],
    )
    return build_mrz(data).lines


def mrz_name(name: str) -> str:
    return transliterate(name)
