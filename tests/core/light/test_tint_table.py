"""Full-page tints by lookup table give exactly the pixels the per-pixel multiplication gave."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from docexam.core.light.blend import grey_to_bgr, mul_channels, tinted

channel = st.floats(min_value=0.0, max_value=255.0, allow_nan=False)


@given(colour=st.tuples(channel, channel, channel), gain=st.floats(0.0, 4.0, allow_nan=False))
def test_a_tint_by_table_equals_multiplying_every_pixel(
    colour: tuple[float, float, float], gain: float
) -> None:
    grey = np.tile(np.arange(256, dtype=np.uint8), (3, 1))  # every grey level
    k = gain / 255.0
    expected = mul_channels(grey_to_bgr(grey), (colour[0] * k, colour[1] * k, colour[2] * k))
    assert np.array_equal(tinted(grey, colour, gain), expected)
