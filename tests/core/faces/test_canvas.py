"""The canvas's small helpers: every face module calls them, with arrays and with plain numbers."""

from __future__ import annotations

import numpy as np

from docexam.core.faces.canvas import smoothstep


def test_smoothstep_takes_a_number_and_an_array_alike() -> None:
    xs = np.array([0.1, 0.2, 0.4, 0.5], np.float32)
    by_array = smoothstep(0.2, 0.5, xs)
    by_number = [float(smoothstep(0.2, 0.5, float(x))) for x in xs]
    assert np.allclose(by_array, by_number)
    assert by_number[0] == 0.0 and by_number[-1] == 1.0
    assert abs(by_number[2] - 20 / 27) < 1e-6  # two thirds of the way: 3t² - 2t³


def test_smoothstep_leaves_the_callers_array_as_it_was() -> None:
    xs = np.array([-1.0, 0.25, 3.0], np.float32)
    smoothstep(0.0, 1.0, xs)
    assert xs.tolist() == [-1.0, 0.25, 3.0]
