"""A workstation seated in a class session: the training screens' store, offline-first.

A :class:`Seat` is a :class:`~docexam.store.port.TrainingStore`: the screens run the session's
set on it exactly as on the workstation's own database. Each start, answer and finish is stored
in that local database together with its :class:`~docexam.store.outbox.Outbox` entry (one
transaction, committed before the call returns), then a sending thread delivers the outbox to the
class server in order. While the server is out of reach the entries wait; when it is back they
go, and their uids (the attempt's and each answer's) make a resend add nothing twice.

The local attempt starts at the session's common opening time, so the exam clock the screens
already run closes every workstation at the session's limit.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import InterfaceError, OperationalError

from docexam.core.training.classroom import HEARTBEAT_S
from docexam.store.classes import Classroom
from docexam.store.db import StoreError
from docexam.store.outbox import Outbox
from docexam.store.records import (
    Attempt,
    AttemptStatus,
    ClassSession,
    Grade,
    Mastery,
    ResumableAttempt,
    StoredAnswer,
    StoredSet,
    Trainee,
)
from docexam.store.repository import Store


@dataclass(frozen=True)
class Delivery:
    sent: int
    waiting: int  # not sent: the server is out of reach
    refused: int  # the server said no (e.g. answered after the close)


def unreachable(exc: BaseException) -> bool:
    """Whether a failure means "no server" (keep the entry) rather than "refused"."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OperationalError | InterfaceError):
            return "could not serialize" not in str(seen) and "deadlock" not in str(seen)
        if "cannot be reached" in str(seen) or "connection" in str(seen).lower():
            return True
        seen = seen.__cause__
    return False


class Seat:
    def __init__(
        self,
        local: Store,
        server: Store,
        session: ClassSession,
        server_trainee_id: int,
        address: str = "",
    ) -> None:
        self.local, self.server, self.address = local, server, address
        self.outbox = Outbox(local.engine)
        self.session, self.server_trainee_id = session, server_trainee_id
        self.classroom = Classroom(server)
        self._server_attempts: dict[str, int] = {}
        self._local_uids: dict[int, str] = {}
        self._sending = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._item = 0
        self._thread: threading.Thread | None = None
        self.last_delivery = Delivery(0, 0, 0)

    # The sending thread ------------------------------------------------------------------
    def start_sending(self) -> None:
        """Deliver in the background: at once after each call, and every heartbeat."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="class-seat", daemon=True)
            self._thread.start()

    def stop_sending(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(HEARTBEAT_S)
            self._wake.clear()
            if self._stop.is_set():
                break
            # Out of reach: the dashboard shows this seat as gone until it is back.
            with contextlib.suppress(StoreError):
                self.classroom.sit(self.session.id, self.server_trainee_id, self._item)
            self.deliver()

    def deliver(self) -> Delivery:
        """Send what the outbox holds, in order; stop at the first "no server"."""
        with self._sending:
            sent = refused = 0
            pending = self.outbox.pending(self.session.id)
            for done, entry in enumerate(pending):
                try:
                    self._send(entry.kind, entry.body)
                except StoreError as exc:
                    if unreachable(exc):
                        self.last_delivery = Delivery(sent, len(pending) - done, refused)
                        return self.last_delivery
                    self.outbox.refuse(entry.uid, str(exc))
                    refused += 1
                    continue
                self.outbox.sent(entry.uid)
                sent += 1
            self.last_delivery = Delivery(sent, 0, refused)
            return self.last_delivery

    def _send(self, kind: str, body: dict[str, Any]) -> None:
        if kind == "start":
            attempt = self.server.start_attempt(
                self.server_trainee_id,
                self.session.exercise_set_id,
                body["mode"],
                uid=body["uid"],
                class_session_id=self.session.id,
                started_at=datetime.fromisoformat(body["started_at"]),
            )
            self._server_attempts[body["uid"]] = attempt.id
            return
        attempt_id = self._server_attempt(body["attempt_uid"])
        if kind == "answer":
            self.server.record_answer(
                attempt_id,
                body["item_index"],
                body["exercise_id"],
                body["objectives"],
                body["payload"],
                body["score"],
                body["max_score"],
                body["feedback"],
                body["seconds"],
                datetime.fromisoformat(body["answered_at"]),
                solution_shown=body["solution_shown"],
                uid=body["uid"],
            )
        elif kind == "finish":
            grades = {int(i): Grade(g[0], g[1], g[2]) for i, g in body["grades"].items()}
            self.server.finish_attempt(
                attempt_id, grades=grades or None, status=AttemptStatus(body["status"])
            )
        else:
            raise StoreError(f"class outbox: unknown entry {kind!r}")

    def _server_attempt(self, uid: str) -> int:
        if uid not in self._server_attempts:
            # Started in an earlier run of docexam: the start was sent then.
            found = self.classroom.attempt_by_uid(uid)
            if found is None:
                raise StoreError(f"class attempt {uid}: not on the server")
            self._server_attempts[uid] = found
        return self._server_attempts[uid]

    def holds(self, local_attempt_id: int) -> bool:
        """Whether that attempt of the workstation's database is one of this seat's session."""
        return self.outbox.attempt_session(local_attempt_id) == self.session.id

    def to_json(self) -> dict[str, Any]:
        """What seats this workstation again after a crash (kept with its attempt)."""
        fields = {k: v for k, v in vars(self.session).items() if k != "server_now"}
        for key in ("opens_at", "closes_at"):
            fields[key] = None if fields[key] is None else fields[key].isoformat()
        return {"session": fields, "trainee_id": self.server_trainee_id}

    @classmethod
    def from_json(cls, local: Store, server: Store, address: str, seat: Mapping[str, Any]) -> Seat:
        fields = dict(seat["session"])
        for key in ("opens_at", "closes_at"):
            fields[key] = None if fields[key] is None else datetime.fromisoformat(fields[key])
        # The server's clock is read again at the next join; until then the workstation's.
        session = ClassSession(**fields, server_now=datetime.now(UTC))
        return cls(local, server, session, int(seat["trainee_id"]), address)

    def showing(self, item_index: int) -> None:
        """The item now on screen (the dashboard's "where each trainee is")."""
        self._item = item_index

    # TrainingStore: local first, then the outbox -------------------------------------------
    def start_attempt(
        self, trainee_id: int, exercise_set_id: int, mode: str | None = None
    ) -> Attempt:
        opens = self.session.opens_at
        uid = str(uuid.uuid4())

        def enqueue(conn: Connection, attempt: Attempt) -> None:
            self.outbox.link(
                conn, attempt.id, uid, self.session.id,
                server=self.address or None, seat=self.to_json(),
            )  # fmt: skip
            body = {"uid": uid, "mode": attempt.mode, "started_at": opens.isoformat()}
            self.outbox.put(conn, uid, "start", body)

        attempt = self.local.start_attempt(
            trainee_id, exercise_set_id, mode, started_at=opens, within=enqueue
        )
        self._local_uids[attempt.id] = uid
        self._wake.set()
        return attempt

    def record_answer(
        self,
        attempt_id: int,
        item_index: int,
        exercise_id: str,
        objectives: Sequence[str],
        payload: Mapping[str, Any],
        score: float,
        max_score: float,
        feedback: Mapping[str, Any],
        seconds: float,
        answered_at: datetime | None = None,
        *,
        solution_shown: bool = False,
    ) -> StoredAnswer:
        uid = str(uuid.uuid4())
        attempt_uid = self._uid(attempt_id)

        def enqueue(conn: Connection, stored: StoredAnswer) -> None:
            body = {
                "uid": uid,
                "attempt_uid": attempt_uid,
                "item_index": item_index,
                "exercise_id": exercise_id,
                "objectives": list(objectives),
                "payload": dict(payload),
                "score": score,
                "max_score": max_score,
                "feedback": dict(feedback),
                "seconds": seconds,
                "answered_at": stored.answered_at.isoformat(),
                "solution_shown": solution_shown,
            }
            self.outbox.put(conn, uid, "answer", body)

        stored = self.local.record_answer(
            attempt_id, item_index, exercise_id, objectives, payload, score, max_score,
            feedback, seconds, answered_at, solution_shown=solution_shown, within=enqueue,
        )  # fmt: skip
        self._item = item_index
        self._wake.set()
        return stored

    def finish_attempt(
        self,
        attempt_id: int,
        *,
        score: float | None = None,
        max_score: float | None = None,
        passed: bool | None = None,
        grades: Mapping[int, Grade] | None = None,
        status: AttemptStatus = AttemptStatus.FINISHED,
    ) -> Attempt:
        uid = self._uid(attempt_id)
        body = {
            "attempt_uid": uid,
            "status": status.value,
            "grades": {
                str(i): [g.score, g.max_score, dict(g.feedback)] for i, g in (grades or {}).items()
            },
        }
        attempt = self.local.finish_attempt(
            attempt_id,
            score=score,
            max_score=max_score,
            passed=passed,
            grades=grades,
            status=status,
            within=lambda conn, _: self.outbox.put(conn, f"{uid}/finish", "finish", body),
        )
        self._wake.set()
        return attempt

    def _uid(self, attempt_id: int) -> str:
        if attempt_id in self._local_uids:
            return self._local_uids[attempt_id]
        uid = self.outbox.attempt_uid(attempt_id)
        if uid is None:
            raise StoreError(f"attempt {attempt_id}: not an attempt of this class session")
        self._local_uids[attempt_id] = uid
        return uid

    # Read from the workstation's own database -------------------------------------------
    def create_trainee(self, name: str, service: str = "", level: int = 1) -> Trainee:
        return self.local.create_trainee(name, service, level)

    def list_trainees(self) -> list[Trainee]:
        return self.local.list_trainees()

    def trainee(self, trainee_id: int) -> Trainee:
        return self.local.trainee(trainee_id)

    def save_exercise_set(self, pack_id: str, content: Mapping[str, Any]) -> StoredSet:
        return self.local.save_exercise_set(pack_id, content)

    def unfinished_attempts(self, trainee_id: int | None = None) -> list[ResumableAttempt]:
        return self.local.unfinished_attempts(trainee_id)

    def attempt_history(self, trainee_id: int) -> list[Attempt]:
        return self.local.attempt_history(trainee_id)

    def answers(self, attempt_id: int) -> list[StoredAnswer]:
        return self.local.answers(attempt_id)

    def answered_exercises(self, trainee_id: int) -> frozenset[str]:
        return self.local.answered_exercises(trainee_id)

    def mastery(self, trainee_id: int) -> list[Mastery]:
        return self.local.mastery(trainee_id)
