"""A small generated library for the SLTD tests: some shipped genuines and every shipped stolen
blank (plus a card one), at 150 dpi for speed."""

from __future__ import annotations

import json
from pathlib import Path

from docexam.core.library.bundled import ensure_bundled, load_recipes

EXTRA_BLANK = {"state": "ZRN", "type": "td1", "seed": 141, "fraud": "stolen_blank", "difficulty": 1}


def build_sltd_set(tmp: Path) -> Path:
    """The built set's directory (its pack directories, as ``Library`` bundled dirs take)."""
    shipped = load_recipes()
    genuine = [{**p, "specimens": p["specimens"][:8]} for p in shipped["packs"][:1]]
    forged = [
        {
            **p,
            "jobs": [j for j in p["jobs"] if j["fraud"] == "stolen_blank"] + [EXTRA_BLANK],
        }
        for p in shipped["forgery_packs"]
    ]
    data = {"dpi": 150, "packs": genuine, "forgery_packs": forged}
    recipes = tmp / "recipes.json"
    recipes.write_text(json.dumps(data), encoding="utf-8")
    return ensure_bundled(tmp / "cache", recipes_file=recipes)
