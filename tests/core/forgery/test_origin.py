"""What the forger made is marked as the forger's: added layers and imitated genuine features."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.model import Origin, Pack
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.synth import GeneratedSpecimen, PageCanvas
from tests.core.forgery.conftest import Forger

# The layer each way of erasing adds (stain, scraped paper, patch) and the recovered original.
ERASURE_LAYERS = ("sensitiser", "scraped", "overlay", "original-entry")


def _origins(pages: dict[str, PageCanvas]) -> dict[str, Origin]:
    return {f"{pid}/{la.id}": la.origin for pid, canvas in pages.items() for la in canvas.layers}


def test_layers_a_forgery_adds_are_the_forgers(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    f = forged("td3", "photo_substitution", 1, ("laminate_edge", "new_portrait"))
    origins = _origins(f.generated.pages)
    assert origins["data/laminate"] is Origin.FORGERY
    assert origins["data/portrait"] is Origin.FORGERY  # another person's photo, pasted in
    assert origins["data/ghost-image"] is Origin.GENUINE  # untouched
    card = _origins(forged("td1", "data_alteration", 1, ("field_rewrite",)).generated.pages)
    # A flat print named like the engraving it replaces: still the forger's.
    rewritten = [origin for key, origin in card.items() if key.endswith("/laser-engraving-2")]
    assert rewritten == [Origin.FORGERY]
    page = forged("td3", "data_alteration", 1, ("field_rewrite",))
    origins = _origins(page.generated.pages)
    # Whatever the forger erased with, the traces added are the forger's layers.
    added = [origins[f"data/{lid}"] for lid in ERASURE_LAYERS if f"data/{lid}" in origins]
    assert added and all(o is Origin.FORGERY for o in added)
    assert origins["data/personal-data-2"] is Origin.FORGERY
    assert origins["data/personal-data"] is Origin.GENUINE  # one field erased, the rest genuine
    # Nothing in the genuine changes.
    assert all(
        la.origin is Origin.GENUINE for c in genuines["td3"].pages.values() for la in c.layers
    )


def test_genuine_features_a_counterfeit_replaces_are_imitations(forged: Forger) -> None:
    f = forged("td3", "counterfeit", 1)
    origins = _origins(f.generated.pages)
    for key in (
        "data/uv-dull-substrate",
        "data/fibres-visible",
        "data/rainbow-print",
        "data/microprint",
        "data/watermark-light",
        "data/ovd",
        "data/intaglio",
        "data/laser-perforation",
        "data/labels",
    ):
        assert origins[key] is Origin.FORGERY, key
    assert origins["data/mrz"] is Origin.GENUINE  # reproduced well enough: behaves as genuine


def test_stolen_blank_personalisation_is_the_criminals(forged: Forger) -> None:
    f = forged("td1", "stolen_blank", 1)
    origins = _origins(f.generated.pages)
    assert origins["front/laser-engraving"] is Origin.FORGERY
    assert origins["front/portrait"] is Origin.FORGERY
    assert origins["front/window"] is Origin.GENUINE  # the blank itself is genuine


def test_origin_survives_the_pack_on_disk(forged: Forger, tmp_path: Path) -> None:
    f = forged("td3", "data_alteration", 1, ("field_rewrite",))
    pack = Pack("p", {"en": "p"}, "tests", "CC0-1.0", ("en", "zh-Hans"), (f.specimen,))
    spec = read_pack(write_pack(pack, tmp_path / "p")).specimens[0]
    by_id = {x.id: x for x in spec.page("data").features}
    [added] = [by_id[lid] for lid in ERASURE_LAYERS[:3] if lid in by_id]
    assert added.origin is Origin.FORGERY and not added.genuine
    assert by_id["personal-data"].genuine
