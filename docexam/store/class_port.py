"""What the desktop app calls for class mode, as Protocols: no SQLAlchemy behind the import.

The UI must not import the store's SQL (``lint-imports``), so the composition root
(``docexam.__main__``) hands the main window a :class:`ClassLink`
(``docexam.store.class_link``) and the screens see only these methods and plain records.
"""

from __future__ import annotations

from typing import Protocol

from docexam.core.training.class_report import ClassReport
from docexam.core.training.classroom import Dashboard
from docexam.store.port import TrainingStore
from docexam.store.records import ClassSession, SchoolClass, StoredAnswer


class SeatPort(TrainingStore, Protocol):
    """A workstation seated in a session (``docexam.store.seat.Seat``)."""

    session: ClassSession

    def start_sending(self) -> None: ...

    def stop_sending(self) -> None: ...

    def showing(self, item_index: int) -> None: ...

    def holds(self, local_attempt_id: int) -> bool: ...


class ClassLink(Protocol):
    def default_server(self) -> str:
        """The class server to offer in the join dialog (may be empty)."""
        ...

    def join(self, local: TrainingStore, server: str, code: str, trainee_name: str) -> SeatPort:
        """Seat the workstation's trainee ``trainee_name`` in the session ``code`` names."""
        ...

    def reseat(self, local: TrainingStore) -> list[SeatPort]:
        """At start-up: the seats of class attempts left in progress or with entries to send."""
        ...

    def sessions(self, server: str) -> list[tuple[SchoolClass, ClassSession]]:
        """Every session of every class the server holds, newest first."""
        ...

    def dashboard(self, server: str, session_id: int) -> Dashboard: ...

    def close_session(self, server: str, session_id: int) -> ClassSession:
        """Close the session now and grade its attempts officially (the instructor's)."""
        ...

    def attempt_answers(self, server: str, attempt_id: int) -> list[StoredAnswer]:
        """A trainee's answers as the server holds them (the dashboard's review)."""
        ...

    def report(self, server: str, class_id: int) -> ClassReport:
        """The class's results, for its PDF, CSV and xAPI reports."""
        ...

    def close(self) -> None: ...
