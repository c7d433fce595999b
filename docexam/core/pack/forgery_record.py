"""What a forger did, as ground truth: the record written beside a forged specimen.

A :class:`ForgeryRecord` names the fraud type, the operations applied and every sign they left:
where it is (page id + region in page mm), which light or tool reveals it and why, in English and
Simplified Chinese. It lives in ``forgery.json`` in the specimen's directory, so the pack schema
and taxonomy stay as they are (``docs/forgery.md``; schema
``docexam/shipped/schema/forgery-v1.schema.json``).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.geometry import Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText, Status
from docexam.core.pack.codec import region_from_json, region_to_json
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed
from docexam.core.pack.schemas import FORGERY, validator

if TYPE_CHECKING:
    pass

RECORD_FILE = "forgery.json"
SCHEMA_FILE = "forgery-v1.schema.json"
FORMAT = "docexam-forgery"
FORMAT_VERSION = 1
# Examination tools that are not a light source: a 10x loupe or microscope, the MRZ check-digit
# arithmetic, comparison (VIZ vs MRZ, portrait vs ghost image, reference documents, databases)
# the e-passport chip reader and the stolen and lost travel document (SLTD) query.
TOOLS = ("loupe", "mrz_check", "comparison", "chip", "sltd")
REVEALERS = tuple(li.value for li in LightSource) + TOOLS
PLAINEST = 3  # a forgery is as subtle as the few signs an examiner finds first
Json = dict[str, Any]


class ForgeryError(DocexamError):
    """A forgery cannot be made (wrong document type, unknown fraud) or a record is unreadable."""


@dataclass(frozen=True)
class Measured:
    """How visible a sign is, measured through the light engine (``docs/forgery.md``)."""

    subtlety: float  # 0 seen at a glance .. 1 not seen
    light: str | None = None  # the recorded light that shows it best; None: a comparison or tool
    contrast: float | None = None  # mean genuine/forgery difference there, 0..1 of the grey range
    area_mm2: float | None = None  # the area that differs
    loupe: bool = False  # the naked eye does not resolve it


@dataclass(frozen=True)
class Sign:
    """One trace of the forgery an examiner can find."""

    id: str
    page_id: str
    region: Region  # page millimetres
    operation: str  # the operation that left it
    reveal: tuple[str, ...]  # LightSource values and/or TOOLS
    title: I18nText  # a few words: what the sign is
    explanation: I18nText  # what the examiner sees, under which light, and why it is wrong
    ir_cutoff_nm: int | None = None  # the IR filter that shows it best, where IR reveals it
    # Signs sharing a group on a page are one alteration seen several ways (the stain, new ink
    # and font of one rewritten field): one thing to find. Default: the operation.
    group: str = ""
    # How it looks under its best light: contrast 0..1 and the changed area in mm² (None: a
    # sign only a tool or a comparison shows).
    contrast: float | None = None
    area_mm2: float | None = None
    measured: Measured | None = None

    @property
    def group_key(self) -> str:
        return self.group or self.operation

    @property
    def lights(self) -> tuple[LightSource, ...]:
        return tuple(LightSource(r) for r in self.reveal if r not in TOOLS)


@dataclass(frozen=True)
class Operation:
    """One thing the forger did, and the pages and feature layers it changed."""

    name: str
    pages: tuple[str, ...]
    layers: tuple[str, ...]  # "page/layer" ids changed, added or removed


@dataclass(frozen=True)
class ForgeryRecord:
    specimen_id: str
    source_id: str  # the genuine specimen it was made from
    fraud: Status
    seed: int
    difficulty: int  # 1 obvious to first line ... 3 needs second-line tools or comparison
    operations: tuple[Operation, ...]
    signs: tuple[Sign, ...]
    summary: I18nText
    # How the forger went about it, where the fraud has methods: a photo lifted under the
    # laminate, cut in or re-lasered; an entry erased chemically, mechanically or overlaid.
    method: str = ""

    def signs_on(self, page_id: str) -> tuple[Sign, ...]:
        return tuple(s for s in self.signs if s.page_id == page_id)

    @property
    def subtlety(self) -> float | None:
        """How subtle the forgery is: the mean measured subtlety of its ``PLAINEST`` plainest
        signs, the ones an examiner finds first (None for a record without measurements)."""
        values = sorted(s.measured.subtlety for s in self.signs if s.measured is not None)
        values = values[:PLAINEST]
        return round(sum(values) / len(values), 3) if values else None


def _sign_to_json(s: Sign) -> Json:
    out: Json = {
        "id": s.id,
        "page": s.page_id,
        "region": region_to_json(s.region),
        "operation": s.operation,
        "reveal": list(s.reveal),
        "title": dict(s.title),
        "explanation": dict(s.explanation),
    }
    if s.ir_cutoff_nm is not None:
        out["ir_cutoff_nm"] = s.ir_cutoff_nm
    if s.group:
        out["group"] = s.group
    if s.contrast is not None:
        out["contrast"] = s.contrast
    if s.area_mm2 is not None:
        out["area_mm2"] = s.area_mm2
    if s.measured is not None:
        m = s.measured
        seen = {"light": m.light, "contrast": m.contrast, "area_mm2": m.area_mm2}
        out["measured"] = {"subtlety": m.subtlety, "loupe": m.loupe} | {
            k: v for k, v in seen.items() if v is not None
        }
    return out


def record_to_json(record: ForgeryRecord) -> Json:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "specimen": record.specimen_id,
        "source": record.source_id,
        "fraud": record.fraud.value,
        "seed": record.seed,
        "difficulty": record.difficulty,
        "summary": dict(record.summary),
        **({"method": record.method} if record.method else {}),
        "operations": [
            {"name": o.name, "pages": list(o.pages), "layers": list(o.layers)}
            for o in record.operations
        ],
        "signs": [_sign_to_json(s) for s in record.signs],
    }


def record_problems(data: Any) -> list[str]:
    """Every schema problem of a decoded ``forgery.json``, one readable line each."""
    errors = sorted(validator(FORGERY).iter_errors(data), key=lambda e: list(e.absolute_path))
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top level)'}: {e.message}" for e in errors
    ]


def _measured(data: Json | None) -> Measured | None:
    if data is None:
        return None
    return Measured(
        data["subtlety"],
        data.get("light"),
        data.get("contrast"),
        data.get("area_mm2"),
        data.get("loupe", False),
    )


def record_from_json(data: Any) -> ForgeryRecord:
    problems = record_problems(data)
    if problems:
        raise ForgeryError(f"{RECORD_FILE}: " + "; ".join(problems[:5]))
    signs = tuple(
        Sign(
            id=s["id"],
            page_id=s["page"],
            region=region_from_json(s["region"]),
            operation=s["operation"],
            reveal=tuple(s["reveal"]),
            title=dict(s["title"]),
            explanation=dict(s["explanation"]),
            ir_cutoff_nm=s.get("ir_cutoff_nm"),
            group=s.get("group", ""),
            contrast=s.get("contrast"),
            area_mm2=s.get("area_mm2"),
            measured=_measured(s.get("measured")),
        )
        for s in data["signs"]
    )
    ops = tuple(
        Operation(o["name"], tuple(o["pages"]), tuple(o["layers"])) for o in data["operations"]
    )
    return ForgeryRecord(
        specimen_id=data["specimen"],
        source_id=data["source"],
        fraud=Status(data["fraud"]),
        seed=data["seed"],
        difficulty=data["difficulty"],
        operations=ops,
        signs=signs,
        summary=dict(data["summary"]),
        method=data.get("method", ""),
    )


def dumps(record: ForgeryRecord) -> str:
    """The file's text: stable key order and layout, so the same forgery gives the same bytes."""
    return json.dumps(record_to_json(record), ensure_ascii=False, indent=2) + "\n"


def write_record(specimen_dir: Path, record: ForgeryRecord) -> Path:
    path = Path(specimen_dir) / RECORD_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(record), encoding="utf-8")
    return path


def read_record(specimen_dir: Path | None) -> ForgeryRecord | None:
    """The record in ``specimen_dir``, or None for a specimen without one (a genuine)."""
    if specimen_dir is None:
        return None
    path = Path(specimen_dir) / RECORD_FILE
    try:
        st = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return _read(str(path), (st.st_ino, st.st_size, st.st_mtime_ns))


@functools.lru_cache(maxsize=1024)
def _read(where: str, stamp: tuple[int, int, int]) -> ForgeryRecord | None:
    """One parse and schema check per version of a file: drawing an exam consults each
    specimen's record several times (keys, chip and face items), each read validated again."""
    del stamp  # part of the cache key only: a rewritten record is read again
    path = Path(where)
    try:
        data = loads_unsealed(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, UntrustedJsonError) as exc:
        raise ForgeryError(f"{path}: cannot be read: {exc}") from None
    if data is None:
        # A sealed set gives every specimen a record, "none" for a genuine: the file's
        # presence then says nothing (``docexam.core.pack.io.seal_specimens``).
        return None
    try:
        return record_from_json(data)
    except ForgeryError as exc:
        raise ForgeryError(f"{path.parent.name}/{exc}") from None
