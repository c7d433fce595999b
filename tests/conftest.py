"""Every test runs offscreen with its own data directory and settings, never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests check what is true, not how fast: on a loaded 2-core CI machine Hypothesis's
# 200 ms deadline per example failed a correct test. Speed lives in benchmarks/.
settings.register_profile("docexam", deadline=None)
settings.load_profile("docexam")


@pytest.fixture(autouse=True)
def isolated_user_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "userdata"
    monkeypatch.setenv("DOCEXAM_DATA_DIR", str(data))
    monkeypatch.setenv("DOCEXAM_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DOCEXAM_DATABASE_URL", raising=False)
    yield data
