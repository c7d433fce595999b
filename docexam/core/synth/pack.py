"""Many specimens into one pack directory (the format ``read_pack`` validates)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docexam.core.domain.model import Pack
from docexam.core.pack.io import write_pack
from docexam.core.synth.compose import generate_specimen
from docexam.core.synth.names_zh import ZH

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Recipe:
    state: str
    doc_type: str
    seed: int
    series: str = "A"
    mrz_trap: bool = False  # a document number that is a trap for MRZ reading


def generate_pack(
    pack_id: str,
    recipes: list[Recipe],
    dest: Path,
    dpi: float = 300.0,
    title: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> Pack:
    """Generate every recipe and write the pack directory ``dest`` (which must not exist)."""
    with tempfile.TemporaryDirectory(prefix="docexam-synth-") as tmp:
        specimens = []
        for i, recipe in enumerate(recipes):
            specimens.append(
                generate_specimen(
                    recipe.state,
                    recipe.doc_type,
                    recipe.seed,
                    dpi,
                    Path(tmp),
                    recipe.series,
                    recipe.mrz_trap,
                )
            )
            if progress is not None:
                progress(i + 1, len(recipes))
        pack = Pack(
            id=pack_id,
            title=title
            or {"en": f"Generated specimens ({pack_id})", ZH: f"生成的样本（{pack_id}）"},
            author="docexam specimen generator",
            licence="CC0-1.0 (generated; all states, people and designs are fictional)",
            languages=("en", ZH),
            specimens=tuple(specimens),
            description={
                "en": "Fictional specimens drawn by docexam's generator.",
                ZH: "由 docexam 样本生成器绘制的虚构样本。",
            },
        )
        write_pack(pack, dest, move=True)
    return pack
