"""Generated specimens and forgeries for the answer-key properties, built once per session.

Low resolution (150 dpi) keeps the build to some seconds; everything is written to disk, as a
library's packs are, so the keys are read from masks and ``forgery.json`` the way the app does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import TEMPLATES, generate_cases
from docexam.core.domain.model import Pack, Specimen, Status
from docexam.core.synth import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery import FRAUD_OPERATIONS, ForgedSpecimen, forge

DPI = 150.0
GENUINE = (
    ("UTO", "td3", 11, "A"),
    ("ZRN", "td1", 12, "2024"),
    ("QVL", "td2", 13, "2024"),
    ("QTK", "mrv-a", 14, "2024"),
    ("QNB", "td3", 15, "2024"),
    ("UTO", "td1", 16, "B"),
)
TRAPS = (("UTO", "td1", 21), ("ZRN", "td3", 22), ("QVL", "td2", 23), ("QTK", "mrv-a", 24))
# Fraud types on the documents they apply to; every difficulty of each.
FORGERIES = {
    Status.COUNTERFEIT: ("td3", "td1"),
    Status.PHOTO_SUBSTITUTION: ("td3", "td1"),
    Status.DATA_ALTERATION: ("td3", "td1"),
    Status.PAGE_SUBSTITUTION: ("td3",),
    Status.STOLEN_BLANK: ("td3", "td1"),
    Status.PSEUDO: ("td2",),
}


@dataclass
class KeyLibrary:
    packs: list[Pack]
    forgeries: list[ForgedSpecimen]

    @property
    def specimens(self) -> list[Specimen]:
        return [s for p in self.packs for s in p.specimens]


def _pack(pack_id: str, specimens: list[Specimen]) -> Pack:
    return Pack(pack_id, {"en": pack_id}, "tests", "CC0-1.0", ("en", "zh-Hans"), tuple(specimens))


@pytest.fixture(scope="session")
def key_library(tmp_path_factory: pytest.TempPathFactory) -> KeyLibrary:
    assert set(FORGERIES) <= {Status(f) for f in FRAUD_OPERATIONS}
    work: Path = tmp_path_factory.mktemp("keys")
    genuine = [
        build_specimen(s, t, n, DPI, work / "genuine", series) for s, t, n, series in GENUINE
    ]
    sources: dict[str, GeneratedSpecimen] = {}
    for g in genuine:  # the first of each type is the forgers' source
        sources.setdefault(g.specimen.document.type.value, g)
    forgeries = [
        forge(sources[doc], fraud, difficulty, work / "forged", difficulty)
        for fraud, docs in FORGERIES.items()
        for doc in docs
        for difficulty in (1, 2, 3)
    ]
    traps = [
        build_specimen(s, t, n, DPI, work / "traps", mrz_trap=True).specimen for s, t, n in TRAPS
    ]
    packs = [
        _pack("genuine", [g.specimen for g in genuine]),
        _pack("forged", [f.specimen for f in forgeries]),
        _pack("traps", traps),
    ]
    # Traveller case files on those documents, one of each template, in a pack of their own.
    held = [h for p in packs for s in p.specimens if (h := holding_of(p.id, s)) is not None]
    (work / "cases").mkdir()
    write_cases(work / "cases", generate_cases(held, dict.fromkeys(TEMPLATES, 1), seed=1))
    packs.append(replace(_pack("cases", []), root=work / "cases"))
    return KeyLibrary(packs, forgeries)
