"""A class database on the local PostgreSQL, set up by ``docexam class setup``, with login roles
for an instructor and for trainees' workstations; the roles are dropped afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from docexam.store import Store, open_store
from docexam.store.roles import add_login, setup_class


@dataclass
class ClassServer:
    admin_url: str
    name: str
    li: int  # trainee ids
    ana: int
    logins: list[str] = field(default_factory=list)

    def url(self, login: str, port: int | None = None) -> str:
        url = make_url(self.admin_url).set(username=login)
        if port is not None:
            url = url.set(host="127.0.0.1", port=port)
        return url.render_as_string(hide_password=False)

    def store(self, login: str) -> Store:
        return open_store(self.url(login))

    def engine(self, login: str) -> Engine:
        return create_engine(self.url(login))

    def add_trainee(self, who: str, name: str) -> int:
        """A trainee with a workstation login ``<db>_<who>``."""
        with open_store(self.admin_url) as admin:
            trainee_id = admin.create_trainee(name, "Border Police", 1).id
        login = f"{self.name}_{who}"
        self.logins.append(login)
        add_login(self.admin_url, login, trainee_id=trainee_id)
        return trainee_id


@pytest.fixture
def server(postgres_url: str) -> Iterator[ClassServer]:
    """A class database set up with an instructor and two trainees' workstations."""
    name = make_url(postgres_url).database
    assert name is not None
    logins = [f"{name}_{who}" for who in ("li", "ana", "teacher")]
    made = ClassServer(postgres_url, name, 0, 0, logins)
    try:
        setup_class(postgres_url)
        with open_store(postgres_url) as admin:
            made.li = admin.create_trainee("Li Wei", "Border Police", 1).id
            made.ana = admin.create_trainee("Ana Ruiz", "Border Police", 2).id
        add_login(postgres_url, logins[0], trainee_id=made.li, password="not-checked-under-trust")
        add_login(postgres_url, logins[1], trainee_id=made.ana)
        add_login(postgres_url, logins[2])
        yield made
    finally:
        # Roles are server-wide: drop them, with their grants in this database, before the
        # database itself goes.
        groups = [f"{name}_instructor", f"{name}_trainee"]
        admin_engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            existing = [
                r
                for r in made.logins + groups
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": r}).first()
            ]
            if existing:
                quoted = ", ".join(f'"{r}"' for r in existing)
                conn.execute(text(f"DROP OWNED BY {quoted}"))
                conn.execute(text(f"DROP ROLE {quoted}"))
        admin_engine.dispose()
