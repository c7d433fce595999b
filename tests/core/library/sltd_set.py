"""A small generated library for the SLTD tests: some shipped genuines (two of them reported
lost or stolen by their holders) and every shipped stolen blank plus a card one, at 150 dpi."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docexam.core.library.bundled import ensure_bundled, load_recipes
from docexam.core.library.sltd import holder_report

EXTRA_BLANK = {"state": "ZRN", "type": "td1", "seed": 141, "fraud": "stolen_blank", "difficulty": 1}


def recipe_id(r: dict[str, Any]) -> str:
    """The id the generator gives a genuine recipe."""
    return f"{r['state']}-{r['type']}-{r.get('series', 'A')}-{r['seed']}".lower()


def build_sltd_set(tmp: Path) -> Path:
    """The built set's directory (its pack directories, as ``Library`` bundled dirs take)."""
    shipped = load_recipes()
    base = shipped["packs"][0]
    every = [r for p in shipped["packs"] for r in p["specimens"] if not r.get("mrz_trap")]
    reported = [r for r in every if holder_report(base["id"], recipe_id(r), "genuine", r["type"])][
        :2
    ]
    genuine = [{**base, "specimens": base["specimens"][:6] + reported}]
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
