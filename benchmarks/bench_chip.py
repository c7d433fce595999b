"""Reading and verifying an e-passport chip as the app does it: target 200 ms.

Generates a Utopian passport of series B at the app's 300 dpi (its chip has PACE, DG11/DG12 and
Active Authentication, so every step runs), then times ``check_specimen`` -- the call behind
``docexam chip verify`` and the reader panel: chip.json read and schema-checked, PACE (ECDH),
EF.SOD parsed, signature, chain, CRL, hashes, Active Authentication, DG1, DG11/DG12 and DG2
against the page (the printed portrait decoded from
its mask). Prints the first call (trust store loaded, schema compiled), the median of warm
calls, and the floor measured in the same run: reading chip.json and decoding the portrait mask,
which any check must do.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = 30
TARGET_MS = 200.0


def main() -> int:
    from docexam.core.chip.check import check_specimen
    from docexam.core.chip.portrait import printed_face
    from docexam.core.pack.io import read_pack
    from docexam.core.synth.pack import Recipe, generate_pack

    with tempfile.TemporaryDirectory(prefix="docexam-bench-chip-") as tmp:
        dest = Path(tmp) / "pack"
        generate_pack("bench-chip", [Recipe("UTO", "td3", 5, "B")], dest, 300.0)
        pack = read_pack(dest)
        specimen = pack.specimens[0]

        start = time.perf_counter()
        report = check_specimen(dest, specimen)
        first = (time.perf_counter() - start) * 1000
        assert report.verdict == "pass", report.failed

        warm, floor = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            check_specimen(dest, specimen)
            warm.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            (dest / "specimens" / specimen.id / "chip.json").read_bytes()
            printed_face(specimen)
            floor.append((time.perf_counter() - start) * 1000)
    median = statistics.median(warm)
    print(f"chip read + verify, first call:   {first:7.1f} ms")
    print(f"chip read + verify, median of {RUNS}: {median:7.1f} ms (target {TARGET_MS:.0f} ms)")
    print(
        f"floor (read chip.json + decode the portrait mask), median: "
        f"{statistics.median(floor):7.1f} ms"
    )
    return 0 if median <= TARGET_MS and first <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
