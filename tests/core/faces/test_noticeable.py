"""A difference the key counts is one a trainee can see: a step of a trait's ``noticeable``
changes the live photo, at the size the trainee studies it (311 x 400), by hundreds of pixels;
traits too fine for a photo to show never make a feature differ. (The mesh-drawn traits'
steps are measured on the mesh's landmarks in test_mesh.py; these are the painted ones.)"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from docexam.core.faces.render import render
from docexam.core.faces.traits import (
    TOO_FINE,
    differing_features,
    make_identity,
    make_look,
    noticeable,
)
from docexam.core.training.quiz.face_items import PHOTO_SIZE

PAINTED = (
    "brow_arch",
    "brow_thickness",
    "eye_opening",
    "eye_tilt",
    "nose_bridge",
    "nose_tip",
    "mouth_width",
    "lip_lower",
)
LEAST_PX = 300  # a nose's width, at its step, changes about 780


@pytest.mark.parametrize("trait", PAINTED)
def test_a_noticeable_step_of_a_painted_trait_changes_the_studied_photo(trait: str) -> None:
    changed = []
    for seed in range(6):
        sex = "MF"[seed % 2]
        who = make_identity(("noticeable", seed), sex)
        look = replace(
            make_look(("noticeable-look", seed), who, 35.0),
            hair_style="short" if sex == "M" else "tied",
            beard="none",
            makeup=0.0,
        )
        lo = 0.5 - noticeable(trait) / 2
        a, b = (
            render(replace(who, traits={**who.traits, trait: v}), look, *PHOTO_SIZE)
            for v in (lo, lo + noticeable(trait))
        )
        grey = [np.asarray(x, np.int16).mean(axis=2) for x in (a, b)]
        changed.append(int((np.abs(grey[0] - grey[1]) > 12).sum()))
    assert float(np.median(changed)) >= LEAST_PX, (trait, changed)


def test_traits_too_fine_to_see_never_make_a_feature_differ() -> None:
    who = make_identity(("too-fine", 1))
    for trait in TOO_FINE:
        other = replace(who, traits={**who.traits, trait: 1.0 - who.traits[trait]})
        assert differing_features(who, other) == set()
    wider = replace(who, traits={**who.traits, "mouth_width": who.traits["mouth_width"] + 0.3})
    assert differing_features(who, wider) == set()  # under mouth_width's own step (0.36)
