"""Page-sized arrays go back to the system when they are freed.

glibc's malloc gives a block over a threshold its own memory map, unmapped when freed, but it
raises that threshold to the largest such block freed (up to 32 MB): once a 600 dpi page image
has been freed, every later one comes from the heap, whose freed memory the process keeps. With
every light of one page pressed, the app grew by 580-630 MB for 390 MB it held; with the
threshold fixed at a megabyte, by 440 MB (``benchmarks/bench_memory.py``).
"""

from __future__ import annotations

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
