"""Page-sized arrays go back to the system when they are freed.

glibc's malloc gives a block over a threshold its own memory map, unmapped when freed, but it
raises that threshold to the largest such block freed (up to 32 MB): once a 600 dpi page image
has been freed, every later one comes from the heap, whose freed memory the process keeps. With
every light of one page pressed, the app grew by 580-630 MB for 390 MB it held; with the
threshold fixed at a megabyte, by 440 MB (``benchmarks/bench_memory.py``).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
THRESHOLD = 1 << 20


def return_freed_arrays() -> bool:
    """Fix the threshold (glibc only; elsewhere nothing is done). True when it was set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # another C library
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))


def give_back() -> None:
    """Return the free memory of every malloc arena to the system, e.g. after a tab closed: its
    pages' smaller blocks (a draft's layers, relief tiles) stay with the process otherwise, in
    the worker threads' arenas (eight tabs opened and closed left 490 MB for a 180 MB app;
    trimmed, 206 MB)."""
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # another C library
            ctypes.CDLL("libc.so.6").malloc_trim(0)
