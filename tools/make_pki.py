"""Write the shipped fictional PKI: the CSCA Master List and one CRL per state.

    python tools/make_pki.py            # rewrites docexam/shipped/pki/
    python tools/make_pki.py --check    # exit 1 when the shipped files differ from a rebuild

Keys and signatures derive from docexam.core.chip.pki.PKI_SEED, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's docexam

from docexam.core.chip.pki import master_list, state_pki
from docexam.core.chip.trust import SHIPPED
from docexam.core.synth.states import STATES


def expected_files() -> dict[str, bytes]:
    pkis = [state_pki(s.code, s.name_en) for s in STATES.values()]
    files = {"fictional.ml": master_list([p.csca for p in pkis])}
    for p in pkis:
        files[f"{p.state}.crl"] = p.crl.public_bytes(serialization.Encoding.DER)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    files = expected_files()
    if args.check:
        stale = [
            n
            for n, b in files.items()
            if not (SHIPPED / n).is_file() or (SHIPPED / n).read_bytes() != b
        ]
        for name in stale:
            print(f"{SHIPPED / name}: differs from a rebuild", file=sys.stderr)
        return 1 if stale else 0
    Path(SHIPPED).mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (SHIPPED / name).write_bytes(data)
        print(f"wrote {SHIPPED / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
