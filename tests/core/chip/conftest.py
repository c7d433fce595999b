from __future__ import annotations

import pytest

from docexam.core.domain.model import Pack
from docexam.core.pack.io import read_pack
from docexam.core.synth.pack import Recipe, generate_pack


@pytest.fixture(scope="session")
def genuine_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """Generated passports as `docexam generate` writes them: a Utopian one (its chips have
    Active Authentication and PACE), a Valmeran one (passive authentication only, BAC) and a
    Zarnovian one of a later series (DG11 and DG12 besides, PACE, Active Authentication)."""
    dest = tmp_path_factory.mktemp("chip") / "genuine"
    generate_pack(
        "chip-genuine",
        [Recipe("UTO", "td3", 11), Recipe("QVL", "td3", 12), Recipe("ZRN", "td3", 13, "2024")],
        dest,
        150,
    )
    return read_pack(dest)
