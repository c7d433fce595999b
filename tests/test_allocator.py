"""The app asks glibc to give page-sized arrays back to the system when they are freed."""

from __future__ import annotations

import sys

import numpy as np

from docexam.allocator import return_freed_arrays


def test_freed_page_sized_arrays_are_given_back_on_linux() -> None:
    done = return_freed_arrays()
    assert done is sys.platform.startswith("linux")
    page = np.ones((2079, 2953, 3), dtype=np.uint8)  # a 600 dpi page, allocated and freed
    del page


def test_giving_memory_back_is_safe_to_call_any_time() -> None:
    from docexam.allocator import give_back

    give_back()
    give_back()
