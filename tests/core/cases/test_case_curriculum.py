"""``docexam curriculum coverage`` over a travellers pack built as the bundled set builds it:
every profiling objective is covered, each by the cases whose family its topic trains."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.cases.builder import holding_of
from docexam.core.cases.codec import write_cases
from docexam.core.cases.generate import make_case
from docexam.core.pack.io import read_pack
from docexam.core.synth.pack import Recipe, generate_pack

# One suspect of each family; a genuine traveller would cover every topic by itself.
TEMPLATES = {"facilitated_visitor": "smuggling", "false_job_offer": "victims"}
TEMPLATES |= {"online_partner": "victims", "ticket_other_name": "documents"}


def test_coverage_counts_case_items_per_profiling_objective(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "travellers"
    recipes = [Recipe("QNB", "td3", 61 + n, "2024") for n in range(len(TEMPLATES))]
    generate_pack("travellers", recipes, root, dpi=150.0)
    pack = read_pack(root)
    held = [holding_of(pack.id, s) for s in sorted(pack.specimens, key=lambda s: s.id)]
    cases = [make_case(t, n, h) for n, (t, h) in enumerate(zip(TEMPLATES, held, strict=True)) if h]
    assert len(cases) == len(TEMPLATES)
    write_cases(root, cases)
    assert run(["curriculum", "coverage", "--pack", str(root)]) == 0
    out = capsys.readouterr().out
    counts = {m[1]: int(m[0]) for m in re.findall(r"^\s*(\d+)\s+(\S+profiling\.\S+)", out, re.M)}
    expected = {}
    for level in ("L1", "L2"):
        for topic in ("smuggling", "victims", "documents"):
            n = sum(1 for t in TEMPLATES.values() if t == topic)
            if f"{level}.profiling.{topic}" in out:
                expected[f"{level}.profiling.{topic}"] = n
    assert {"L1.profiling.smuggling", "L2.profiling.victims"} <= set(expected)
    assert counts == expected, out
