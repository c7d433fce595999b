"""The JSON Schemas of the pack format, read from the package and compiled once."""

from __future__ import annotations

import json
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
