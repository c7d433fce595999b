"""Forging: a genuine generated specimen in, a forged specimen and its record out.

``forge`` works on one specimen already built; ``forge_pack`` builds the genuines from recipes,
forges them and writes a pack whose forged specimens carry ``forgery.json``. Everything random
derives from the genuine's id, the fraud type, the seed and the operation, so the same inputs
give the same bytes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from docexam.core.domain.ids import OPAQUE_LENGTH
from docexam.core.domain.model import Pack, Specimen, Status, Substrate
from docexam.core.domain.seeds import rng, short_hash
from docexam.core.pack import staging
from docexam.core.pack.chip_file import write_chip
from docexam.core.pack.forgery_record import RECORD_FILE, ForgeryError, ForgeryRecord
from docexam.core.pack.io import write_pack
from docexam.core.synth.compose import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery.assemble import ForgedSpecimen, assemble
from docexam.core.synth.forgery.plans import FRAUD_OPERATIONS, METHODS, PLANS, pinned
from docexam.core.synth.forgery.workbench import Workbench

Progress = Callable[[int, int], None]


# Short names the trade uses, accepted wherever a fraud type is named.
ALIASES = {"fog": Status.FRAUDULENTLY_OBTAINED.value}


def _status(fraud: str | Status) -> Status:
    if isinstance(fraud, str) and fraud in ALIASES:
        return Status(ALIASES[fraud])
    try:
        status = Status(fraud)
    except ValueError:
        status = None
    if status is None or status not in PLANS:
        known = ", ".join(FRAUD_OPERATIONS)
        raise ForgeryError(f"cannot forge {str(fraud)!r}; available fraud types: {known}")
    return status


def forged_id(
    source: Specimen,
    fraud: Status,
    difficulty: int,
    seed: int,
    ops: tuple[str, ...] | None,
    method: str | None = None,
) -> str:
    """``<state>-<type>-<digest of the recipe>``: stable for the same recipe, and naming neither
    the fraud, the difficulty nor the genuine it was made from (an id starting with the
    genuine's would tell, beside it in a folder, which of the two is the fake). State and type
    are printed on the document anyway."""
    # An explicit choice of operations is another forgery of the same seed.
    recipe: tuple[object, ...] = (
        (fraud.value, difficulty, seed) if ops is None else (fraud.value, difficulty, seed, *ops)
    )
    if method is not None:  # a pinned method too
        recipe = (*recipe, "method", method)
    digest = short_hash("forgery", source.id, *recipe, length=OPAQUE_LENGTH)
    doc = source.document
    return f"{doc.issuing_state}-{doc.type.value}-{digest}".lower()


# Frauds made on an issued booklet keep its chip; a counterfeit, a stolen blank (never
# personalised) or a pseudo document has none that answers, though it may print the symbol.
KEEPS_CHIP = frozenset(
    {
        Status.PHOTO_SUBSTITUTION,
        Status.PAGE_SUBSTITUTION,
        Status.DATA_ALTERATION,
        Status.COMBINED,
        Status.VISA_STAMP_FRAUD,
        Status.FRAUDULENTLY_OBTAINED,
        Status.IMPOSTOR,
    }
)


def forge(
    generated: GeneratedSpecimen,
    fraud: str | Status,
    seed: int,
    workdir: Path | None = None,
    difficulty: int | None = None,
    operations: Sequence[str] | None = None,
    method: str | None = None,
) -> ForgedSpecimen:
    """Forge ``generated``; with ``workdir`` write it to ``workdir/<forged id>/`` with its
    ``forgery.json``. ``operations`` overrides the difficulty's choice (names from
    :data:`FRAUD_OPERATIONS`); ``method`` pins how the forger went about it (``METHODS``)."""
    status = _status(fraud)
    plan = PLANS[status]
    source = generated.specimen
    doc_type = source.document.type.value
    kind = source.pages[0].substrate.kind  # the pages of one document share their substrate
    if doc_type not in plan.doc_types:
        raise ForgeryError(
            f"{status.value} needs a document of type {', '.join(plan.doc_types)}, not {doc_type}"
        )
    if difficulty is None:
        difficulty = 1 + int(rng("forgery-difficulty", source.id, status, seed).integers(3))
    if difficulty not in (1, 2, 3):
        raise ForgeryError(f"difficulty must be 1, 2 or 3, not {difficulty}")
    if operations is not None:
        unknown = [op for op in operations if op not in plan.operations]
        if unknown or not operations:
            known = ", ".join(plan.operations)
            raise ForgeryError(f"{status.value}: unknown operations {unknown}; available: {known}")
        chosen = tuple(name for name in plan.operations if name in set(operations))
        unfit = [name for name in chosen if not plan.fits(name, kind)]
        if unfit:
            raise ForgeryError(
                f"{status.value}: {', '.join(unfit)} cannot be done on a {kind.value} "
                f"{source.document.type.value.upper()}"
            )
    else:
        g = rng("forgery-plan", source.id, status, seed, difficulty)
        chosen = plan.choose(difficulty, g, kind)
    if method is not None:
        chosen = _pin(status, chosen, method, kind, operations is not None)
    wb = Workbench(generated, status, seed, difficulty)
    wb.plan = chosen
    wb.method = method or ""
    for name in chosen:
        with wb.operation(name):
            plan.operations[name](wb)
    sid = forged_id(
        source, status, difficulty, seed, chosen if operations is not None else None, method
    )
    forged = assemble(wb, sid, workdir)
    if generated.chip is not None and status in KEEPS_CHIP:
        # The forger worked on the issued booklet: its chip is still in the cover and answers
        # with the data and the portrait it was issued with (a fraudulently obtained
        # document's was issued with the applicant's).
        chip = wb.chip or generated.chip
        if forged.specimen.root is not None:
            write_chip(forged.specimen.root, chip)
        forged.generated = replace(forged.generated, chip=chip)
    return forged


def _pin(
    status: Status, chosen: tuple[str, ...], method: str, kind: Substrate, explicit: bool
) -> tuple[str, ...]:
    methods = METHODS.get(status, {})
    if method not in methods:
        known = ", ".join(methods) or "none"
        raise ForgeryError(f"{status.value}: unknown method {method!r}; available: {known}")
    needs = methods[method]
    if needs is not None and needs is not kind:
        raise ForgeryError(
            f"{status.value}: a {method} forgery needs {needs.value}, not {kind.value}"
        )
    try:
        return pinned(status, chosen, method, explicit)
    except ValueError as exc:
        raise ForgeryError(f"{status.value}: {exc}") from None


@dataclass(frozen=True)
class ForgeJob:
    """One forged specimen of a pack: the genuine's recipe and the fraud to commit on it."""

    state: str
    doc_type: str
    seed: int
    fraud: str
    difficulty: int | None = None
    series: str = "A"
    operations: tuple[str, ...] | None = None
    method: str | None = None


def forge_pack(
    pack_id: str,
    jobs: Sequence[ForgeJob],
    dest: Path,
    dpi: float = 300.0,
    title: dict[str, str] | None = None,
    progress: Progress | None = None,
    with_genuine: bool = False,
    report: Callable[[ForgeryRecord], None] | None = None,
) -> Pack:
    """Forge every job and write the pack directory ``dest`` (which must not exist); with
    ``with_genuine`` each genuine goes in too, for side-by-side comparison. ``report`` sees
    each forgery's record (what an instructor is told about it)."""
    dest = Path(dest)
    if dest.exists():
        raise ForgeryError(f"{dest}: already exists; choose another output")
    with tempfile.TemporaryDirectory(prefix="docexam-forge-") as tmp:
        work = Path(tmp)
        specimens: list[Specimen] = []
        records: dict[str, Path] = {}
        for i, job in enumerate(jobs):
            genuine_dir = work if with_genuine else None
            genuine = build_specimen(
                job.state, job.doc_type, job.seed, dpi, genuine_dir, job.series
            )
            if with_genuine and all(s.id != genuine.specimen.id for s in specimens):
                specimens.append(genuine.specimen)
            forged = forge(
                genuine, job.fraud, job.seed, work, job.difficulty, job.operations, job.method
            )
            if forged.specimen.root is not None:
                records[forged.specimen.id] = forged.specimen.root / RECORD_FILE
            specimens.append(forged.specimen)
            if report is not None:
                report(forged.record)
            if progress is not None:
                progress(i + 1, len(jobs))
        ids = [s.id for s in specimens]
        if len(set(ids)) != len(ids):
            raise ForgeryError("two jobs give the same forged specimen; vary the seeds")
        pack = Pack(
            id=pack_id,
            title=title or {"en": f"Generated forgeries ({pack_id})"},
            # Words a text search of the bundled set would find: they say what the pack is for,
            # not what its documents are.
            author="docexam generator",
            licence="CC0-1.0 (generated; all states, people and designs are fictional)",
            languages=("en", "zh-Hans"),
            specimens=tuple(specimens),
            description={
                "en": "Fictional questioned documents, generated with their ground truth."
            },
        )
        # Assemble beside ``dest`` with the records, then rename: a failure leaves nothing.
        with staging.staged(dest.parent, f".{dest.name}.forging-") as stage:
            write_pack(pack, stage.path, move=True)
            for sid, record in records.items():
                shutil.copyfile(record, stage.path / "specimens" / sid / RECORD_FILE)
            stage.commit(dest)
    return pack
