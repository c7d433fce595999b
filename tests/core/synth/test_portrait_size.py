"""The face item measures what a trainee sees in the document's portrait at the size the page
printed it (``face_items.portrait_size``, read back from the specimen's portrait layer): that
size must be the one ``synth.personal`` drew the face at, for every document type with a
portrait, or the marks key and ``hides`` judge a photo of another size than the page shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from docexam.core.synth import generate_specimen, personal
from docexam.core.synth.portrait import holder_portrait
from docexam.core.training.quiz.face_items import portrait_size


@pytest.mark.parametrize(("state", "kind", "dpi"), [("UTO", "td3", 150.0), ("ZRN", "td1", 200.0)])
def test_portrait_size_is_the_size_the_page_drew_the_face_at(
    state: str, kind: str, dpi: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[int, int]] = []

    def recording(viz: dict[str, str], w: int, h: int, engraved: bool = False) -> object:
        drawn.append((w, h))
        return holder_portrait(viz, w, h, engraved)

    monkeypatch.setattr(personal, "holder_portrait", recording)
    specimen = generate_specimen(state, kind, 11, dpi, tmp_path)
    assert drawn, "the page drew no portrait"
    assert portrait_size(specimen) == drawn[0]
