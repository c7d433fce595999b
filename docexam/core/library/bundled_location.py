"""Where the generated bundled specimen set lives, found without importing the generator.

Start-up must know whether the set is built in a few milliseconds; the generator itself (numpy,
OpenCV, Pillow) is imported only when the set has to be built.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from docexam import shipped
from docexam.core.domain.errors import DocexamError

# Bump when the generator's output changes, so an old cached set is never served.
GENERATOR_VERSION = "39"
RECIPES_FILE = shipped.BUNDLED_RECIPES
# Written last into the set's directory: before it, the set is still being built (its packs
# list the specimens built so far).
COMPLETE = ".complete"


def load_recipes(path: Path = RECIPES_FILE) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DocexamError(f"{path}: cannot read the bundled recipes ({exc})") from exc
    return data


def bundled_target(cache_dir: Path, recipes_file: Path = RECIPES_FILE) -> Path:
    """The directory for these recipes and this generator version (built or not)."""
    data = load_recipes(recipes_file)
    text = "\x1f".join((json.dumps(data, sort_keys=True), GENERATOR_VERSION))
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Path(cache_dir) / f"bundled-{key}"


def is_built(target: Path) -> bool:
    """True when the set at ``target`` is completely built."""
    return (Path(target) / COMPLETE).is_file()
