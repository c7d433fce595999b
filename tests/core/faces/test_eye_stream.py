"""The eyes draw their fibres and veins from their own random stream. Drawn from the photo's,
as many numbers as the eye's patch has pixels, an eye of another size drew every layer after
it anew: the beard's and the hair's strands, the brows' hairs, the photo's grain (generator
37's median below the mouth over 8 people, their eye_width trait 0.3 on: 2.4 levels of 255,
now 0.65)."""

from __future__ import annotations

import dataclasses

import numpy as np

from docexam.core.faces.geometry import WORK_HEIGHT, work_layout
from docexam.core.faces.render import render
from docexam.core.faces.traveller import holder_identity, portrait_look
from tests.core.faces.conftest import viz

W, H = 420, 540


def test_a_longer_eye_leaves_what_is_drawn_after_it_alone() -> None:
    moved = []
    for seed in range(8):
        v = viz(seed, "td3")
        who = holder_identity(v)
        look = portrait_look(v, who)
        traits = dict(who.traits)
        traits["eye_width"] = (traits["eye_width"] + 0.3) % 1.0
        other = dataclasses.replace(who, traits=traits)
        a = render(who, look, W, H).astype(np.float32)
        b = render(other, look, W, H).astype(np.float32)
        # Below the mouth: the chin, the beard, the neck, the hair's ends and the clothes.
        below = int(work_layout(who, look, W, H).mouth * H / WORK_HEIGHT) + 10
        moved.append(float(np.abs(a[below:] - b[below:]).mean()))
    # (Some change is the eye's own: the exposure is metered over the face round it.)
    assert np.median(moved) < 1.5, moved
