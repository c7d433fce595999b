"""A workstation's outbox: what it still has to send to the class server.

The entries live in the workstation's own results database (tables ``class_outbox`` and
``class_outbox_attempt``), and :class:`~docexam.store.seat.Seat` writes each one inside the
transaction that stores the start, answer or finish it carries: one commit, so an answer is
never kept without its entry (or the reverse) and a seated answer costs one fsync, not two. A
lost server loses nothing: the table is read again after a crash or a restart. Each entry has
the uid it is stored under on the server, which makes sending it twice harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from docexam.store.db import StoreError
from docexam.store.models import AttemptRow, OutboxAttemptRow, OutboxRow


@dataclass(frozen=True)
class Entry:
    seq: int
    uid: str
    kind: str  # "start", "answer", "finish"
    body: dict[str, Any]


class Outbox:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def put(self, conn: Connection, uid: str, kind: str, body: dict[str, Any]) -> None:
        """Add an entry in the caller's transaction (an entry already there is kept as is)."""
        if conn.scalar(select(OutboxRow.seq).where(OutboxRow.uid == uid)) is None:
            conn.execute(insert(OutboxRow).values(uid=uid, kind=kind, body=body, sent=False))

    def link(
        self,
        conn: Connection,
        local_id: int,
        uid: str,
        session_id: int,
        *,
        server: str | None = None,
        seat: dict[str, Any] | None = None,
    ) -> None:
        """Remember which server attempt a local one is, and (``server``, ``seat``) how to
        seat it again after a crash."""
        conn.execute(
            insert(OutboxAttemptRow).values(
                local_id=local_id, uid=uid, session_id=session_id, server=server, seat=seat
            )
        )

    def pending(self, session_id: int | None = None) -> list[Entry]:
        """The entries still to send, in order; of one session's attempts if given."""
        rows = self._read(
            select(OutboxRow.seq, OutboxRow.uid, OutboxRow.kind, OutboxRow.body)
            .where(OutboxRow.sent.is_(False), OutboxRow.refused.is_(None))
            .order_by(OutboxRow.seq)
        )
        entries = [Entry(seq, uid, kind, dict(body)) for seq, uid, kind, body in rows]
        if session_id is None:
            return entries
        mine = {
            str(u)
            for (u,) in self._read(
                select(OutboxAttemptRow.uid).where(OutboxAttemptRow.session_id == session_id)
            )
        }
        return [e for e in entries if (e.body.get("attempt_uid") or e.body.get("uid")) in mine]

    def seated(self) -> list[tuple[str, dict[str, Any], list[int]]]:
        """Seats to take again at start-up: (server, seat, local attempt ids) of every session
        with an attempt still in progress here, or entries still to send."""
        waiting = {e.body.get("attempt_uid") or e.body.get("uid") for e in self.pending()}
        rows = self._read(
            select(
                OutboxAttemptRow.local_id,
                OutboxAttemptRow.uid,
                OutboxAttemptRow.session_id,
                OutboxAttemptRow.server,
                OutboxAttemptRow.seat,
                AttemptRow.status,
            )
            .join(AttemptRow, AttemptRow.id == OutboxAttemptRow.local_id)
            .where(OutboxAttemptRow.server.is_not(None), OutboxAttemptRow.seat.is_not(None))
            .order_by(OutboxAttemptRow.local_id)
        )
        found: dict[tuple[str, int], tuple[str, dict[str, Any], list[int]]] = {}
        for local_id, uid, session_id, server, seat, status in rows:
            if status == "in_progress" or uid in waiting:
                key = (str(server), int(session_id))
                found.setdefault(key, (str(server), dict(seat), []))[2].append(int(local_id))
        return list(found.values())

    def sent(self, uid: str) -> None:
        self._write(update(OutboxRow).where(OutboxRow.uid == uid).values(sent=True))

    def refuse(self, uid: str, reason: str) -> None:
        """The server said no (not "unreachable"): kept for the record, never sent again."""
        self._write(update(OutboxRow).where(OutboxRow.uid == uid).values(refused=reason))

    def refused(self) -> list[tuple[str, str]]:
        rows = self._read(
            select(OutboxRow.uid, OutboxRow.refused)
            .where(OutboxRow.refused.is_not(None))
            .order_by(OutboxRow.seq)
        )
        return [(str(u), str(r)) for u, r in rows]

    def attempt_session(self, local_id: int) -> int | None:
        rows = self._read(
            select(OutboxAttemptRow.session_id).where(OutboxAttemptRow.local_id == local_id)
        )
        return None if not rows else int(rows[0][0])

    def attempt_uid(self, local_id: int) -> str | None:
        rows = self._read(select(OutboxAttemptRow.uid).where(OutboxAttemptRow.local_id == local_id))
        return None if not rows else str(rows[0][0])

    def _read(self, query: Any) -> list[Any]:
        try:
            with self.engine.connect() as conn:
                return list(conn.execute(query).all())
        except SQLAlchemyError as exc:
            raise StoreError(f"class outbox: cannot be read ({exc})") from exc

    def _write(self, statement: Any) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(statement)
        except SQLAlchemyError as exc:
            raise StoreError(f"class outbox: cannot be written ({exc})") from exc
