"""Update the Chinese interface translation and compile it.

``python tools/translations.py``          lupdate the .ts from the UI sources, then lrelease the .qm
``python tools/translations.py --check``  fail when a UI string is untranslated or the .qm is stale

Translators edit ``docexam/shipped/i18n/docexam_zh.ts`` (Qt Linguist or any text editor); the
compiled ``docexam_zh.qm`` beside it ships in the package.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "docexam" / "shipped" / "i18n" / "docexam_zh.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "docexam" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True)


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") == "unfinished":
            missing.append(source)
    return missing


def check() -> list[str]:
    """Problems: strings in the code missing from the .ts, untranslated ones, a stale .qm."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TS, fresh)
        lupdate(fresh)
        problems += [f"untranslated: {s!r}" for s in unfinished(fresh)]
        qm = Path(tmp) / "fresh.qm"
        lrelease(TS, qm)
        if not QM.is_file() or QM.read_bytes() != qm.read_bytes():
            problems.append(f"{QM.relative_to(ROOT)} is stale: run python tools/translations.py")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    lupdate(TS)
    lrelease(TS, QM)
    left = unfinished(TS)
    print(f"{TS.relative_to(ROOT)}: {len(left)} untranslated; compiled {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
