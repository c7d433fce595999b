"""Where the results database is, and one question answered before it is opened.

Importing SQLAlchemy is most of a cold start (0.25-0.4 s). The app must still know, before it
shows the library, whether an exam was left unfinished (the exam lock hides the library, whose
cards name each document's status). On the default SQLite file that is one read-only query
through the standard library's ``sqlite3``, in a few milliseconds; on any other database the
app waits for the store as before.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from docexam import paths
from docexam.store.records import AttemptStatus

URL_ENV = "DOCEXAM_DATABASE_URL"
DB_FILE = "results.sqlite"
_SQLITE = "sqlite:///"


def database_url(url: str | None = None) -> str:
    """``url``, else ``DOCEXAM_DATABASE_URL``, else the SQLite file in the data directory."""
    chosen = url or os.environ.get(URL_ENV)
    if chosen:
        return chosen
    return f"{_SQLITE}{paths.data_dir() / DB_FILE}"


def exam_may_be_unfinished(url: str | None = None) -> bool | None:
    """Whether some trainee's exam is in progress, asked without opening the store: False when
    the SQLite file holds none (or does not exist yet), True when it holds one, None when this
    cannot tell (another database, a file it cannot read or of another schema)."""
    chosen = database_url(url)
    if not chosen.startswith(_SQLITE) or "?" in chosen:
        return None
    path = Path(chosen[len(_SQLITE) :])
    if not path.exists():
        return False  # a first start: the store creates the file, with no attempt in it
    try:
        # Read-only: this never creates, migrates or locks anything the store will do.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            row = conn.execute(
                "SELECT 1 FROM attempt WHERE status = ? AND mode = 'exam' LIMIT 1",
                (AttemptStatus.IN_PROGRESS.value,),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row is not None
