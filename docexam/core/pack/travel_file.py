"""``travel.json``: the stamps and visas on a passport's visa pages, beside its ``specimen.json``.

What the pages show as ink, written as data, so exercises (and traveller cases) can ask about
the travel story without reading pixels. Schema-checked (``travel-v1.schema.json``); the rule
that checks the story is :func:`docexam.core.domain.travel.story_findings`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from docexam.core.domain.errors import PackError, Problem
from docexam.core.domain.travel import Direction, Stamp, TravelHistory, Visa
from docexam.core.pack.safejson import UntrustedJsonError, loads_unsealed
from docexam.core.pack.schemas import TRAVEL, json_path, schema_errors

TRAVEL_FILE = "travel.json"
FORMAT = "docexam-travel"
FORMAT_VERSION = 1


def travel_to_json(history: TravelHistory) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "visa_states": list(history.visa_states),
        "stamps": [
            {
                "state": s.state,
                "port": s.port,
                "date": s.day.isoformat(),
                "direction": s.direction.value,
                "page": s.page,
                "x": s.x,
                "y": s.y,
                "shape": s.shape,
            }
            for s in history.stamps
        ],
        "visas": [
            {
                "state": v.state,
                "issued": v.issued.isoformat(),
                "until": v.until.isoformat(),
                "page": v.page,
                "x": v.x,
                "y": v.y,
            }
            for v in history.visas
        ],
    }


def write_travel(specimen_dir: Path, history: TravelHistory) -> Path:
    path = Path(specimen_dir) / TRAVEL_FILE
    path.write_text(json.dumps(travel_to_json(history), indent=1) + "\n", encoding="utf-8")
    return path


def travel_from_json(data: Any, file: str, specimen_id: str | None = None) -> TravelHistory:
    """The history in ``data`` (checked against the schema); PackError naming each problem."""
    problems = [
        Problem(file, json_path(e.parts), e.code, e.message, specimen_id)
        for e in schema_errors(data, TRAVEL)
    ]
    if problems:
        raise PackError("; ".join(str(p) for p in problems[:5]), problems)
    try:
        stamps = tuple(
            Stamp(
                s["state"],
                s["port"],
                date.fromisoformat(s["date"]),
                Direction(s["direction"]),
                s["page"],
                float(s["x"]),
                float(s["y"]),
                s["shape"],
            )
            for s in data["stamps"]
        )
        visas = tuple(
            Visa(
                v["state"],
                date.fromisoformat(v["issued"]),
                date.fromisoformat(v["until"]),
                v["page"],
                float(v["x"]),
                float(v["y"]),
            )
            for v in data["visas"]
        )
    except ValueError as exc:
        raise PackError.at(file, "bad-date", f"not a calendar date ({exc})") from None
    return TravelHistory(stamps, visas, tuple(data["visa_states"]))


def read_travel(specimen_dir: Path, specimen_id: str | None = None) -> TravelHistory | None:
    """The travel history beside a specimen, or None when it has none."""
    path = Path(specimen_dir) / TRAVEL_FILE
    if not path.is_file():
        return None
    file = f"specimens/{specimen_id}/{TRAVEL_FILE}" if specimen_id else str(path)
    try:
        data = loads_unsealed(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, UntrustedJsonError) as exc:
        raise PackError.at(file, "unreadable", str(exc)) from None
    return travel_from_json(data, file, specimen_id)
