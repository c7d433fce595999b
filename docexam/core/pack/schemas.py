"""The JSON Schemas of the pack format, read from the package and compiled once, and the check
of a JSON document against one: every error with its JSON path, in a person's words."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from docexam import shipped
from docexam.core.domain.errors import DocexamError

if TYPE_CHECKING:
    import jsonschema

PACK = "pack-v1.schema.json"
SPECIMEN = "specimen-v1.schema.json"
EXERCISES = "exercises-v1.schema.json"
FORGERY = "forgery-v1.schema.json"
CHIP = "chip-v1.schema.json"
TRAVEL = "travel-v1.schema.json"
SLTD = "sltd-v1.schema.json"

JsonPath = tuple[str | int, ...]
ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")  # use fullmatch: see _strict_names
FILE_RE = re.compile(r"[A-Za-z0-9._-][A-Za-z0-9._/-]{0,199}")
MAX_MESSAGE = 160


@cache
def schema(name: str) -> dict[str, Any]:
    path = shipped.SCHEMAS / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DocexamError(f"{path}: cannot read the schema ({exc.strerror})") from exc
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    import jsonschema  # ~90 ms to import; only needed when a pack comes in, not at start-up

    return jsonschema.Draft202012Validator(schema(name))


def is_valid_id(text: str) -> bool:
    """Whether ``text`` may be a pack, specimen, page or feature id."""
    return ID_RE.fullmatch(text) is not None


def json_path(parts: Iterable[str | int]) -> str:
    """``("pages", 0, "features", 2)`` as ``pages[0].features[2]``; empty for the whole file."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class SchemaError:
    parts: JsonPath
    code: str  # "schema", or "bad-id" / "bad-file-name" for the full-match name rules
    message: str


def schema_errors(data: Any, name: str) -> list[SchemaError]:
    """Every way ``data`` breaks the schema ``name``; for a pack or specimen file whose schema
    holds, every id or file name that does not match its pattern entirely."""
    errors = []
    for err in sorted(validator(name).iter_errors(data), key=lambda e: list(e.path)):
        if err.validator == "oneOf":
            message = "is not a valid rect, ellipse or polygon region"
        elif err.validator == "additionalProperties":
            message = err.message.replace("Additional properties are not allowed", "unknown field")
        elif len(err.message) > MAX_MESSAGE:
            message = err.message[: MAX_MESSAGE - 3] + "..."
        else:
            message = err.message
        errors.append(SchemaError(tuple(err.absolute_path), "schema", message))
    if errors or name not in (PACK, SPECIMEN):  # the name rules are those of pack files' ids
        return errors
    return _strict_names(data)


def _strict_names(data: Any, parts: JsonPath = ()) -> list[SchemaError]:
    """Ids and file names must match their pattern entirely. JSON Schema's ``$`` is checked
    with Python's ``re.search``, where it also matches before a final newline: "pack\\n" would
    pass and could pose as another pack."""
    errors: list[SchemaError] = []
    if isinstance(data, dict):
        for key, value in data.items():
            at = (*parts, key)
            pattern = ID_RE if key in ("id", "reverse") else FILE_RE if key == "file" else None
            if pattern is not None and isinstance(value, str) and not pattern.fullmatch(value):
                code = "bad-file-name" if key == "file" else "bad-id"
                errors.append(SchemaError(at, code, f"{value!r} is not a valid {key}"))
            elif key == "specimens" and isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str) and not ID_RE.fullmatch(item):
                        errors.append(
                            SchemaError((*at, i), "bad-id", f"{item!r} is not a valid id")
                        )
            else:
                errors += _strict_names(value, at)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            errors += _strict_names(item, (*parts, i))
    return errors
