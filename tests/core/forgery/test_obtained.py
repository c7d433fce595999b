"""A fraudulently obtained genuine document: every physical sign genuine, another face."""

from __future__ import annotations

import numpy as np
import pytest

from docexam.core.domain.model import Origin, Status
from docexam.core.exercise.model import SpecimenRef
from docexam.core.faces.obtained import earlier_document, obtained
from docexam.core.faces.traits import differing_features
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import read_record
from docexam.core.training.quiz.face_items import EARLIER, face_items, face_photo
from tests.core.forgery.conftest import Forger

ISSUED_AGAIN = {"portrait", "ghost-image", "uv-portrait"}  # drawn from the applicant's photo


@pytest.mark.parametrize("doc", ["td3", "td1"])
def test_fog_changes_only_the_face_and_its_record_names_the_earlier_passport(
    doc: str, forged: Forger, genuines: dict[str, GeneratedSpecimen]
) -> None:
    genuine = genuines[doc]
    for difficulty in (1, 3):
        fog = forged(doc, "fog", difficulty)
        record = read_record(fog.specimen.root)
        assert record is not None and record.fraud is Status.FRAUDULENTLY_OBTAINED
        changed = {layer.split("/")[1] for op in record.operations for layer in op.layers}
        assert changed and changed <= ISSUED_AGAIN and "portrait" in changed
        # The issuer printed it: no layer is the forger's, every other layer is the genuine's.
        for pid, canvas in fog.generated.pages.items():
            before = {la.id: la for la in genuine.pages[pid].layers}
            for layer in canvas.layers:
                assert layer.origin is not Origin.FORGERY
                if layer.id not in ISSUED_AGAIN and layer.mask is not None:
                    assert np.array_equal(layer.mask, before[layer.id].mask), layer.id
        portrait = next(
            la for c in fog.generated.pages.values() for la in c.layers if la.id == "portrait"
        )
        old = next(la for c in genuine.pages.values() for la in c.layers if la.id == "portrait")
        assert portrait.mask is not None and old.mask is not None
        assert not np.array_equal(portrait.mask, old.mask)
        (sign,) = record.signs
        assert sign.reveal == ("comparison",)
        earlier = earlier_document(genuine.specimen.viz)
        assert earlier.number in sign.explanation["en"]
        assert earlier.number in sign.explanation["zh-Hans"]
        assert earlier.number != genuine.specimen.viz["document_number"]
        who = obtained(genuine.specimen.viz, (genuine.specimen.id, 3), difficulty)
        assert who.differs == differing_features(who.named, who.applicant) and who.differs
        if genuine.chip is not None:  # re-issued: the chip shows the applicant too
            assert fog.generated.chip is not None
            assert fog.generated.chip.files["DG2"] != genuine.chip.files["DG2"]


def test_a_fog_gives_earlier_passport_face_items_scored_as_another_person(
    forged: Forger,
) -> None:
    fog = forged("td3", "fog", 2)
    ref = SpecimenRef("fog-pack", fog.specimen.id)
    items = face_items(ref, fog.specimen, lambda status, level: (f"{status.value}-{level}",))
    assert len(items) == 2  # the quick look and the feature-by-feature comparison
    record = read_record(fog.specimen.root)
    assert record is not None
    who = obtained(fog.specimen.viz, (record.source_id, record.seed), record.difficulty)
    for ex in items:
        assert ex.against == EARLIER and not ex.same_person
        assert set(ex.differing) == who.differs
        assert ex.objectives[0].startswith("fraudulently_obtained")
        photo = face_photo(ex, fog.specimen, 60, 80)
        assert photo.ndim == 2 and np.array_equal(photo, face_photo(ex, fog.specimen, 60, 80))
