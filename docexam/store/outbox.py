"""A workstation's outbox: what it still has to send to the class server, kept in a SQLite file.

Every start, answer and finish of a class session is written here (and to the workstation's own
results database) before anything is sent, so a lost server loses nothing: the file is read
again after a crash or a restart. Each entry has the uid it is stored under on the server, which
makes sending it twice harmless. Plain ``sqlite3``: one small table, no migrations needed, and a
connection per call so the sending thread and the screens never share one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docexam.store.db import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    refused TEXT
);
CREATE TABLE IF NOT EXISTS local_attempt (
    local_id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL
);
"""


@dataclass(frozen=True)
class Entry:
    seq: int
    uid: str
    kind: str  # "start", "answer", "finish"
    body: dict[str, Any]


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._db() as db:
                db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the class outbox ({exc})") from exc

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            with db:  # one transaction, committed on leaving
                yield db

    def put(self, uid: str, kind: str, body: dict[str, Any]) -> None:
        with self._db() as db:
            db.execute(
                "INSERT OR IGNORE INTO outbox (uid, kind, body) VALUES (?, ?, ?)",
                (uid, kind, json.dumps(body, ensure_ascii=False)),
            )

    def pending(self) -> list[Entry]:
        with self._db() as db:
            rows = db.execute(
                "SELECT seq, uid, kind, body FROM outbox WHERE sent = 0 AND refused IS NULL "
                "ORDER BY seq"
            ).fetchall()
        return [Entry(seq, uid, kind, json.loads(body)) for seq, uid, kind, body in rows]

    def sent(self, uid: str) -> None:
        with self._db() as db:
            db.execute("UPDATE outbox SET sent = 1 WHERE uid = ?", (uid,))

    def refuse(self, uid: str, reason: str) -> None:
        """The server said no (not "unreachable"): kept for the record, never sent again."""
        with self._db() as db:
            db.execute("UPDATE outbox SET refused = ? WHERE uid = ?", (reason, uid))

    def refused(self) -> list[tuple[str, str]]:
        with self._db() as db:
            rows = db.execute(
                "SELECT uid, refused FROM outbox WHERE refused IS NOT NULL ORDER BY seq"
            ).fetchall()
        return [(str(u), str(r)) for u, r in rows]

    def link(self, local_id: int, uid: str, session_id: int) -> None:
        with self._db() as db:
            db.execute(
                "INSERT OR REPLACE INTO local_attempt (local_id, uid, session_id) VALUES (?, ?, ?)",
                (local_id, uid, session_id),
            )

    def attempt_uid(self, local_id: int) -> str | None:
        with self._db() as db:
            row = db.execute(
                "SELECT uid FROM local_attempt WHERE local_id = ?", (local_id,)
            ).fetchone()
        return None if row is None else str(row[0])
