"""The bundled set holds visa and stamp fraud: a counterfeit visa sticker, a counterfeit border
stamp, and stamps that break the travel story (found by the story rule)."""

from __future__ import annotations

from docexam.core.domain.travel import story_findings
from docexam.core.library.bundled import load_recipes
from docexam.core.synth import build_specimen
from docexam.core.synth.forgery import forge

STORY = {"stamp_before_issue", "exit_without_entry", "entry_before_visa"}


def test_the_shipped_recipes_forge_visa_and_stamp_fraud() -> None:
    jobs = [j for p in load_recipes()["forgery_packs"] for j in p["jobs"]]
    stamp_jobs = [j for j in jobs if j["fraud"] == "visa_stamp_fraud"]
    assert any(j["type"] == "mrv-a" and j["fraud"] == "counterfeit" for j in jobs)
    operations: set[str] = set()
    for j in stamp_jobs:
        genuine = build_specimen(
            j["state"], j["type"], j["seed"], 150.0, None, j.get("series", "A")
        )
        forged = forge(genuine, j["fraud"], j["seed"], None, j["difficulty"])
        ops = {s.operation for s in forged.record.signs}
        operations |= ops
        history, doc = forged.generated.travel, genuine.doc
        assert history is not None
        found = story_findings(history, doc.issue, doc.expiry)
        assert bool(found) == bool(ops & STORY)
    assert "counterfeit_stamp" in operations
    assert len(operations & STORY) >= 2
