"""A standard frontal-face detector finds the generated portraits as it finds photographs."""

from __future__ import annotations

import numpy as np

from docexam.core.synth.portrait import holder_portrait
from tests.core.faces import haar
from tests.core.faces.conftest import viz

# A small passport photo (35 x 45 mm at about 90 dpi): the face spans some 70 pixels, well
# above the cascade's 24-pixel window, as in the photos the cascade was trained on.
SIZE = (120, 154)
# A detection counts only when it spans over a third of the photo's width (the face, not an
# eye or a button), so, as a booth's detectMultiScale is set up, smaller windows are not
# scanned: those scales are the largest images and took most of the time.
MIN_FACE = round(SIZE[0] * 0.35)


def test_detector_finds_a_face_in_95_percent_of_500_portraits() -> None:
    cascade = haar.load()
    found = 0
    for seed in range(500):
        engraved = seed % 2 == 1  # half printed in greyscale, half laser-engraved
        print_ = 255 - holder_portrait(viz(seed), *SIZE, engraved=engraved)
        faces = haar.detect(cascade, print_, min_size=MIN_FACE, max_size=SIZE[0])
        # The detection must be the face, not a patch of clothes or hair: centred on it.
        if any(abs(x + w / 2 - SIZE[0] / 2) < w / 4 and w >= MIN_FACE for x, _, w, _ in faces):
            found += 1
    rate = f"{found} of 500 portraits detected ({found / 5:.1f} %)"
    print(rate)
    assert found / 500 >= 0.95, rate


def test_detector_finds_no_face_in_noise_or_a_blank_background() -> None:
    cascade = haar.load()
    g = np.random.default_rng(7)
    for _ in range(5):
        noise = g.integers(0, 256, (SIZE[1], SIZE[0])).astype(np.uint8)
        assert haar.detect(cascade, noise) == []
    assert haar.detect(cascade, np.full((SIZE[1], SIZE[0]), 200, np.uint8)) == []
