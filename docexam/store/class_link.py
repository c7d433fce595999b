"""The desktop app's class mode over a class server: join a session, read its dashboard.

Made by the composition root (``docexam.__main__``) and used by the UI through
:class:`docexam.store.class_port.ClassLink`. A server is opened once per address and kept until
:meth:`close`; it is never migrated from here (a trainee's login may not, and the instructor
runs ``docexam class setup`` or ``docexam db upgrade`` for that).
"""

from __future__ import annotations

import os
import threading

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from docexam.core.training.class_report import ClassReport
from docexam.core.training.classroom import Dashboard
from docexam.store.class_report import read_class_report
from docexam.store.classes import Classroom
from docexam.store.db import StoreError
from docexam.store.outbox import Outbox
from docexam.store.port import TrainingStore
from docexam.store.records import ClassSession, SchoolClass, StoredAnswer
from docexam.store.repository import Store, open_store
from docexam.store.seat import Seat

# Where a classroom's login script names the class server, when it differs from the
# workstation's own results database (``DOCEXAM_DATABASE_URL``).
SERVER_ENV = "DOCEXAM_CLASS_URL"


class StoreClassLink:
    def __init__(self) -> None:
        self._servers: dict[str, Store] = {}
        self._lock = threading.Lock()  # the dashboard polls from a worker thread

    def default_server(self) -> str:
        return os.environ.get(SERVER_ENV) or os.environ.get("DOCEXAM_DATABASE_URL", "")

    def _server(self, address: str) -> Store:
        address = address.strip() or self.default_server()
        if not address:
            raise StoreError("class server: none given (type its address, or ask the instructor)")
        with self._lock:
            if address not in self._servers:
                self._servers[address] = open_store(address, migrate=False)
            return self._servers[address]

    def join(self, local: TrainingStore, server: str, code: str, trainee_name: str) -> Seat:
        if not isinstance(local, Store):
            raise StoreError("this workstation's results database is not open")
        if not "".join(code.split()).strip("-"):
            raise StoreError("class code: type the code the instructor shows, e.g. K7M-4QX")
        remote = self._server(server)
        room = Classroom(remote)
        session = room.join(code)
        if session.closes_at is not None and session.server_now >= session.closes_at:
            raise StoreError(
                f"class code {session.code}: this session closed at {session.closes_at:%H:%M} UTC"
            )
        me = room.my_trainee_id() or self._member_named(remote, room, session, trainee_name)
        return Seat(local, remote, session, me, _without_password(server or self.default_server()))

    def reseat(self, local: TrainingStore) -> list[Seat]:
        """The seats of this workstation's class attempts still in progress or with entries
        still to send (docexam was closed, or crashed, mid-session): taken again without a new
        join, from what the workstation kept, so they work while the server is out of reach."""
        if not isinstance(local, Store):
            return []
        return [
            Seat.from_json(local, self._server(server), server, seat)
            for server, seat, _ids in Outbox(local.engine).seated()
        ]

    @staticmethod
    def _member_named(remote: Store, room: Classroom, session: ClassSession, name: str) -> int:
        # A server without login roles (SQLite, one room): the trainee chosen on the start page
        # is matched by name among the class's members.
        group = room.school_class(session.class_id)
        wanted = " ".join(name.split()).casefold()
        for trainee_id in group.trainee_ids if group is not None else ():
            if " ".join(remote.trainee(trainee_id).name.split()).casefold() == wanted:
                return trainee_id
        raise StoreError(
            f"{name}: not a trainee of the class {session.class_name!r}; "
            "ask the instructor to add you"
        )

    def sessions(self, server: str) -> list[tuple[SchoolClass, ClassSession]]:
        room = Classroom(self._server(server))
        found = [(c, s) for c in room.classes() for s in room.sessions(c.id)]
        return sorted(found, key=lambda pair: pair[1].opens_at, reverse=True)

    def dashboard(self, server: str, session_id: int) -> Dashboard:
        return Classroom(self._server(server)).dashboard(session_id)

    def close_session(self, server: str, session_id: int) -> ClassSession:
        return Classroom(self._server(server)).close_session(session_id)

    def attempt_answers(self, server: str, attempt_id: int) -> list[StoredAnswer]:
        return self._server(server).answers(attempt_id)

    def report(self, server: str, class_id: int) -> ClassReport:
        store = self._server(server)
        group = Classroom(store).school_class(class_id)
        if group is None:
            raise StoreError(f"class {class_id}: not on this server")
        return read_class_report(store, group)

    def close(self) -> None:
        with self._lock:
            for store in self._servers.values():
                store.close()
            self._servers.clear()


def _without_password(address: str) -> str:
    """The address kept with a seated attempt: a password is never written to disk."""
    try:
        url = make_url(address.strip())
    except ArgumentError:
        return address.strip()
    return url.set(password=None).render_as_string(hide_password=False)
