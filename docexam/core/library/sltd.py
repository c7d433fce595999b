"""The simulated stolen and lost travel document (SLTD) database a trainee queries by number,
as an officer at a border post queries Interpol's.

Made, deterministically, from what the library holds (no file of it is shipped): every stolen
blank of the library (a forgery whose status says so) is listed as reported by its issuing
state before the date it claims to have been issued; about one genuine document in six of the
bundled set's genuine packs is reported lost or stolen by its holder (:func:`holder_report`),
never one a traveller's case file presents (the case's key would then be wrong) and never in a
first-line drill (whose key clears a genuine document; a hit means refer); each state adds
fictional entries shaped like its numbers, so a hit is not the only thing the list holds; and
instructors' packs add their own (``sltd.json``, see :mod:`docexam.core.pack.sltd_file`). Most
documents are not listed: the usual answer is "no hit".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from docexam.core.cases.codec import read_cases
from docexam.core.domain.errors import DocexamError
from docexam.core.library.bundled_location import load_recipes
from docexam.core.library.catalogue import CatalogueEntry, build_catalogue
from docexam.core.library.library import Library, LibraryEntry
from docexam.core.pack.sltd_file import SltdEntry, normalise, read_sltd_file

# As the generator issues them (``synth/docdata.VALIDITY_YEARS``), to date a report from the
# expiry the catalogue knows; an authored document of another type counts ten years.
_VALIDITY_YEARS = {"td3": 10, "td1": 10, "td2": 5, "mrv-a": 1}
LOST_ONE_IN = 6
FICTIONAL_PER_STATE = 6


def _draw(*parts: object) -> int:
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


@dataclass(frozen=True)
class Sltd:
    """The database: entries by normalised number. ``problems`` names each pack whose
    ``sltd.json`` could not be read (its entries are missing, the others are there)."""

    entries: dict[str, tuple[SltdEntry, ...]]
    problems: tuple[str, ...] = field(default=())

    def query(self, number: str) -> tuple[SltdEntry, ...]:
        return self.entries.get(normalise(number), ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())


def _number(entry: CatalogueEntry) -> str | None:
    for mark in entry.data:
        if mark.startswith("number:"):
            return normalise(mark.partition(":")[2]) or None
    return None


def _expiry(entry: CatalogueEntry) -> date | None:
    for mark in entry.data:
        if mark.startswith("expiry:"):
            try:
                return date.fromisoformat(mark.partition(":")[2])
            except ValueError:
                return None
    return None


def _issued(entry: CatalogueEntry) -> date:
    expiry = _expiry(entry)
    if expiry is None:
        return date(2021, 1, 1) + timedelta(days=_draw("issue", entry.key) % 1500)
    years = _VALIDITY_YEARS.get(entry.doc_type, 10)
    try:
        return expiry.replace(year=expiry.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return expiry.replace(year=expiry.year - years, day=28)


def _shaped_like(number: str, *parts: object) -> str:
    """A number of the same shape (letters where it has letters, digits where digits)."""
    out = []
    for i, ch in enumerate(number):
        n = _draw("shape", i, *parts)
        out.append(chr(ord("A") + n % 26) if ch.isalpha() else str(n % 10))
    return "".join(out)


@cache
def _reporting_packs() -> frozenset[str]:
    try:
        return frozenset(p["id"] for p in load_recipes()["packs"])
    except (DocexamError, KeyError, TypeError):
        return frozenset()


def holder_report(pack_id: str, specimen_id: str, status: str, doc_type: str) -> str | None:
    """ "lost" or "stolen" when the holder of this genuine document reported it, else None (a
    visa is reported with the passport it is in, never alone). Only the bundled set's genuine
    packs: an instructor's documents are listed when their pack's ``sltd.json`` says so, and a
    pack an exercise set was exported to lists none (so a drill made before the export never
    asks to clear a document the export lists)."""
    if pack_id not in _reporting_packs() or status != "genuine" or doc_type == "mrv-a":
        return None
    if _draw("lost", specimen_id) % LOST_ONE_IN:
        return None
    return "lost" if _draw("how", specimen_id) % 3 else "stolen"


def derived_entries(catalogue: Sequence[CatalogueEntry], held: Iterable[str]) -> list[SltdEntry]:
    """The entries the library's documents give; ``held`` are the ``pack/specimen`` keys a
    traveller's case file presents (never reported)."""
    held = set(held)
    out: list[SltdEntry] = []
    numbers = {n for e in catalogue if (n := _number(e))}
    shapes: dict[str, str] = {}
    for e in catalogue:
        number = _number(e)
        if number is None:
            continue
        shapes.setdefault(e.state, number)
        issued = _issued(e)
        if e.status == "stolen_blank":
            # Stolen from the issuer before the date the criminals printed as its issue.
            day = issued - timedelta(days=20 + _draw("blank", e.key) % 280)
            out.append(SltdEntry(e.state, number, "stolen_blank", day, e.doc_type))
        elif e.key not in held and (
            report := holder_report(e.pack_id, e.specimen_id, e.status, e.doc_type)
        ):
            day = issued + timedelta(days=60 + _draw("when", e.key) % 700)
            out.append(SltdEntry(e.state, number, report, day, e.doc_type))
    for state, like in sorted(shapes.items()):
        for i in range(FICTIONAL_PER_STATE):
            number = _shaped_like(like, state, i)
            if number in numbers:
                continue
            report = ("stolen_blank", "stolen", "lost", "lost", "revoked")[_draw("r", state, i) % 5]
            day = date(2021, 1, 1) + timedelta(days=_draw("d", state, i) % 1700)
            out.append(SltdEntry(state, number, report, day))
    return out


def build_sltd(catalogue: Sequence[CatalogueEntry], packs: Sequence[LibraryEntry]) -> Sltd:
    """The database over a catalogue and the packs it came from."""
    held: set[str] = set()
    added: list[SltdEntry] = []
    problems: list[str] = []
    for pack in packs:
        try:
            for case in read_cases(pack.path):
                held |= {d.specimen for d in case.documents if d.specimen}
            added += read_sltd_file(pack.path)
        except (DocexamError, OSError) as exc:
            problems.append(f"{pack.path}: {exc}")
    table: dict[str, list[SltdEntry]] = {}
    for entry in [*derived_entries(catalogue, held), *added]:
        rows = table.setdefault(normalise(entry.number), [])
        if entry not in rows:
            rows.append(entry)
    return Sltd({k: tuple(v) for k, v in table.items()}, tuple(problems))


def library_sltd(library: Library, index_dir: Path | None = None) -> Sltd:
    """The database over everything in ``library`` now."""
    return build_sltd(build_catalogue(library, "en", index_dir), library.entries())
