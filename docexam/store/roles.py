"""Roles and rights on a class server (PostgreSQL only): who may read and write what.

``setup_class`` gives one class database two group roles, ``<class>_instructor`` and
``<class>_trainee``, with grants and row-level security; ``add_login`` creates the login roles
people connect as. Everything here is idempotent DDL run by the server's administrator (a role
that owns the tables and may create roles), in one transaction: a refusal leaves nothing changed.

A trainee workstation logs in as a role of its own trainee. Row-level security keys on
``current_user`` through ``docexam_class.login`` (login role -> trainee id), which only the
administrator writes. A session setting (``SET app.trainee_id``) was rejected: any client can set
it to any value, so it would be no boundary at all. See ``docs/class-mode.md``.

What the trainee role may do (each a test in ``tests/store/test_roles.py``):
- read its own trainee row, attempts, answers and mastery, and nobody else's;
- start attempts and add answers for itself; grade an ungraded answer and total an attempt only
  while that attempt is being finished (an attempt with a score is frozen); never change what an
  answer says, never delete anything;
- never read or write ``official_result`` (the instructor's grading, ``store/official.py``);
- read and add exercise sets, except their ``content`` column (the sealed items with their
  keys): ``docexam_class.set_content`` releases it to an instructor, for a practice set, or for
  an exam the caller has closed, never while the caller's exam is in progress.

The routines live in their own schema, ``docexam_class``: Alembic compares only ``public``, so
the results schema and its migrations stay the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from docexam.store.db import StoreError, make_engine, upgrade

SCHEMA = "docexam_class"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{0,50}$")
_TABLES = (
    "trainee",
    "exercise_set",
    "attempt",
    "answer",
    "mastery",
    "class_group",
    "class_member",
    "class_session",
    "seat",
    "official_result",
)
# Everything of exercise_set but the sealed items (the keys).
_INSTRUCTOR_ALL = "instructor_all TO {I} USING (true) WITH CHECK (true)"
_SET_COLUMNS = "id, pack_id, set_key, title, mode, time_limit_s, pass_mark, item_count, updated_at"


@dataclass(frozen=True)
class ClassRoles:
    instructor: str
    trainee: str


def class_roles(class_name: str) -> ClassRoles:
    """The group roles of a class (roles are server-wide, so each class names its own)."""
    if not _NAME.match(class_name):
        raise StoreError(
            f"class name {class_name!r}: use lower-case letters, digits and '_', "
            "starting with a letter (at most 41 characters)"
        )
    return ClassRoles(f"{class_name}_instructor", f"{class_name}_trainee")


def default_class_name(engine: Engine) -> str:
    """The database's name, made a valid class name."""
    name = re.sub(r"[^a-z0-9_]", "_", (engine.url.database or "docexam").lower())
    return name if name[:1].isalpha() else f"c_{name}"[:41]


def _q(conn: Connection, name: str) -> str:
    quoted: str = conn.dialect.identifier_preparer.quote_identifier(name)
    return quoted


def _policies() -> dict[str, list[str]]:
    """Per table, the policies as ``name ... clause`` (``{I}``/``{T}`` are the group roles)."""
    me = f"{SCHEMA}.my_trainee_id()"
    own_attempt = (
        "EXISTS (SELECT 1 FROM public.attempt a "
        f"WHERE a.id = answer.attempt_id AND a.trainee_id = {me}"
    )
    return {
        "trainee": [f"trainee_self FOR SELECT TO {{T}} USING (id = {me})"],
        "exercise_set": [
            "trainee_read FOR SELECT TO {T} USING (true)",
            "trainee_add FOR INSERT TO {T} WITH CHECK (true)",
        ],
        "attempt": [
            f"trainee_read FOR SELECT TO {{T}} USING (trainee_id = {me})",
            # A class attempt only in a session of the trainee's own classes (policy on
            # class_session), started at its common opening time or later.
            f"trainee_start FOR INSERT TO {{T}} WITH CHECK (trainee_id = {me} "
            "AND status = 'in_progress' AND score IS NULL AND (class_session_id IS NULL "
            "OR EXISTS (SELECT 1 FROM public.class_session cs WHERE cs.id = class_session_id "
            "AND started_at >= cs.opens_at)))",
            # Open until it has a score: finish_attempt claims the close, then totals it.
            f"trainee_finish FOR UPDATE TO {{T}} USING (trainee_id = {me} AND score IS NULL) "
            f"WITH CHECK (trainee_id = {me})",
        ],
        "answer": [
            f"trainee_read FOR SELECT TO {{T}} USING ({own_attempt}))",
            # Not after the class session closed (a workstation's answers kept while the
            # server was away carry the time they were given).
            f"trainee_add FOR INSERT TO {{T}} WITH CHECK ({own_attempt} "
            "AND a.status = 'in_progress' AND NOT EXISTS (SELECT 1 FROM public.class_session "
            "cs WHERE cs.id = a.class_session_id AND cs.closes_at < answer.answered_at)))",
            # Only the grading of an exam's answers inside finish_attempt: the attempt is
            # claimed closed but not yet totalled; the columns granted exclude the answer itself.
            f"trainee_grade FOR UPDATE TO {{T}} USING (score IS NULL AND {own_attempt} "
            "AND a.status <> 'in_progress' AND a.score IS NULL)) "
            f"WITH CHECK ({own_attempt}))",
        ],
        # A trainee sees the classes it belongs to and their sessions (to join by code), and
        # keeps its own seat (the dashboard's heartbeat); it changes nothing else of a class.
        "class_group": [
            "trainee_read FOR SELECT TO {T} USING (EXISTS (SELECT 1 FROM public.class_member m "
            f"WHERE m.class_id = class_group.id AND m.trainee_id = {me}))"
        ],
        "class_member": [f"trainee_read FOR SELECT TO {{T}} USING (trainee_id = {me})"],
        "class_session": [
            "trainee_read FOR SELECT TO {T} USING (EXISTS (SELECT 1 FROM public.class_member m "
            f"WHERE m.class_id = class_session.class_id AND m.trainee_id = {me}))"
        ],
        "seat": [
            f"trainee_read FOR SELECT TO {{T}} USING (trainee_id = {me})",
            f"trainee_add FOR INSERT TO {{T}} WITH CHECK (trainee_id = {me})",
            f"trainee_beat FOR UPDATE TO {{T}} USING (trainee_id = {me}) "
            f"WITH CHECK (trainee_id = {me})",
        ],
        # The instructor's re-scoring at the close: no grant and no policy for a trainee.
        "official_result": [],
        "mastery": [
            f"trainee_read FOR SELECT TO {{T}} USING (trainee_id = {me})",
            f"trainee_add FOR INSERT TO {{T}} WITH CHECK (trainee_id = {me})",
            f"trainee_fold FOR UPDATE TO {{T}} USING (trainee_id = {me}) "
            f"WITH CHECK (trainee_id = {me})",
        ],
    }


def _grants(i: str, t: str) -> list[str]:
    tables = ", ".join(f"public.{name}" for name in _TABLES)
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {i}, {t}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {i}, {t}",
        f"GRANT USAGE ON SCHEMA public TO {i}, {t}",
        f"GRANT SELECT ON public.alembic_version TO {i}, {t}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {i}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {i}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {t}",
        f"GRANT SELECT ON public.trainee TO {t}",
        f"GRANT SELECT ({_SET_COLUMNS}), INSERT ON public.exercise_set TO {t}",
        f"GRANT SELECT, INSERT, UPDATE (status, finished_at, score, max_score, passed) "
        f"ON public.attempt TO {t}",
        f"GRANT SELECT, INSERT, UPDATE (score, max_score, feedback, objectives) "
        f"ON public.answer TO {t}",
        f"GRANT SELECT, INSERT, UPDATE (level, answers, earned, possible, updated_at) "
        f"ON public.mastery TO {t}",
        f"GRANT SELECT ON public.class_group, public.class_member, public.class_session TO {t}",
        f"GRANT SELECT, INSERT, UPDATE (item_index, last_seen_at) ON public.seat TO {t}",
    ]


def _routines(r: ClassRoles, i: str, t: str) -> list[str]:
    instructor = r.instructor  # a checked class name: letters, digits and '_' only
    # SECURITY DEFINER runs as the administrator, so the caller is session_user; the search
    # path is pinned so a caller cannot slip their own objects in front of ours.
    definer = "SECURITY DEFINER SET search_path = pg_catalog, public"
    caller_attempts = (
        "SELECT 1 FROM public.attempt a JOIN docexam_class.login l ON l.trainee_id = a.trainee_id "
        "WHERE l.role_name = session_user AND a.exercise_set_id = s.id"
    )
    # The keys of a set given to one of the caller's classes are released once that session
    # has closed, finished or not (issue 22, item 5: released by the server at the close).
    closed_session = (
        "SELECT 1 FROM public.class_session cs JOIN public.class_member m "
        "ON m.class_id = cs.class_id JOIN docexam_class.login l ON l.trainee_id = m.trainee_id "
        "WHERE l.role_name = session_user AND cs.exercise_set_id = s.id "
        "AND cs.closes_at <= now()"
    )
    return [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {i}, {t}",
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.login "
        "(role_name name PRIMARY KEY, trainee_id integer NOT NULL)",
        f"ALTER TABLE {SCHEMA}.login ENABLE ROW LEVEL SECURITY",
        f"REVOKE ALL ON {SCHEMA}.login FROM PUBLIC, {i}, {t}",
        f"GRANT SELECT ON {SCHEMA}.login TO {i}, {t}",
        f"DROP POLICY IF EXISTS own_login ON {SCHEMA}.login",
        f"CREATE POLICY own_login ON {SCHEMA}.login FOR SELECT TO {t} "
        "USING (role_name = current_user)",
        f"DROP POLICY IF EXISTS instructor_all ON {SCHEMA}.login",
        f"CREATE POLICY instructor_all ON {SCHEMA}.login FOR SELECT TO {i} USING (true)",
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.my_trainee_id() RETURNS integer "
        "LANGUAGE sql STABLE SET search_path = pg_catalog, public AS "
        f"$$ SELECT trainee_id FROM {SCHEMA}.login WHERE role_name = current_user $$",
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.set_content(set_id integer) RETURNS json "
        f"LANGUAGE sql STABLE {definer} AS $$ "
        "SELECT s.content FROM public.exercise_set s WHERE s.id = set_id AND ("
        f" pg_has_role(session_user, '{instructor}', 'MEMBER')"
        f" OR (NOT EXISTS ({caller_attempts} AND a.status = 'in_progress' AND a.mode = 'exam')"
        f"     AND (s.mode <> 'exam' OR EXISTS ({caller_attempts} AND a.status <> 'in_progress')"
        f"          OR EXISTS ({closed_session})))"
        ") $$",
        # Lets a workstation tell whether a set it saves is already stored, without reading it.
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.same_content(set_id integer, candidate json) "
        f"RETURNS boolean LANGUAGE sql STABLE {definer} AS $$ "
        "SELECT s.content::jsonb = candidate::jsonb FROM public.exercise_set s "
        "WHERE s.id = set_id $$",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {SCHEMA} TO {i}, {t}",
    ]


def setup_class(url: str, class_name: str | None = None) -> ClassRoles:
    """Create (or bring up to date) the class's roles, grants, policies and routines."""
    engine = _postgres_engine(url)
    try:
        upgrade(engine)  # the tables must exist before they can be granted
        roles = class_roles(class_name or default_class_name(engine))
        with _admin(engine, "set up the class roles") as conn:
            i, t = _q(conn, roles.instructor), _q(conn, roles.trainee)
            for role in (roles.instructor, roles.trainee):
                if not _role_exists(conn, role):
                    conn.exec_driver_sql(f"CREATE ROLE {_q(conn, role)} NOLOGIN")
            database = _q(conn, str(engine.url.database))
            conn.exec_driver_sql(f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {i}, {t}")
            for statement in _routines(roles, i, t) + _grants(i, t):
                conn.exec_driver_sql(statement)
            for table, policies in _policies().items():
                conn.exec_driver_sql(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
                for policy in [_INSTRUCTOR_ALL, *policies]:
                    name = policy.split()[0]
                    conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON public.{table}")
                    clause = policy[len(name) :].replace("{I}", i).replace("{T}", t)
                    conn.exec_driver_sql(f"CREATE POLICY {name} ON public.{table}{clause}")
        return roles
    finally:
        engine.dispose()


def add_login(
    url: str,
    login: str,
    *,
    class_name: str | None = None,
    trainee_id: int | None = None,
    password: str | None = None,
) -> None:
    """Create or update a login role: an instructor's, or (``trainee_id``) a workstation's for
    that trainee. Without a password the role authenticates by client certificate (or
    whatever ``pg_hba.conf`` says); the password is sent once, in this DDL, and never stored
    by docexam."""
    if not _LOGIN.match(login):
        raise StoreError(
            f"login {login!r}: use lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter"
        )
    engine = _postgres_engine(url)
    try:
        roles = class_roles(class_name or default_class_name(engine))
        with _admin(engine, f"create the login {login}") as conn:
            group = roles.trainee if trainee_id is not None else roles.instructor
            other = roles.instructor if trainee_id is not None else roles.trainee
            if not _role_exists(conn, group):
                raise StoreError(
                    f"{_where(engine)}: no role {group}: the class is not set up under that "
                    "name; run 'docexam class setup' (with the same --class-name) first"
                )
            role = _q(conn, login)
            verb = "ALTER" if _role_exists(conn, login) else "CREATE"
            # No password given: a new role has none (certificate), an existing one keeps its own.
            secret = "" if password is None else f" PASSWORD {_literal(conn, password)}"
            conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEROLE{secret}")
            if _member(conn, login, other):
                raise StoreError(f"login {login}: already a member of {other}; use another login")
            conn.exec_driver_sql(f"GRANT {_q(conn, group)} TO {role}")
            if trainee_id is not None:
                found = conn.execute(
                    text("SELECT 1 FROM public.trainee WHERE id = :id"), {"id": trainee_id}
                ).first()
                if found is None:
                    raise StoreError(f"trainee {trainee_id}: not found in {_where(engine)}")
                conn.execute(
                    text(
                        f"INSERT INTO {SCHEMA}.login (role_name, trainee_id) VALUES (:r, :t) "
                        "ON CONFLICT (role_name) DO UPDATE SET trainee_id = excluded.trainee_id"
                    ),
                    {"r": login, "t": trainee_id},
                )
    finally:
        engine.dispose()


def _postgres_engine(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        raise StoreError(f"{url}: class roles need a PostgreSQL server (postgresql+psycopg://...)")
    return engine


@contextmanager
def _admin(engine: Engine, what: str) -> Iterator[Connection]:
    """One transaction as the administrator; a refusal becomes a StoreError saying what is
    needed, and nothing is left half-made (PostgreSQL's DDL, roles included, is transactional)."""
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            user = engine.url.username or "this user"
            raise StoreError(
                f"{_where(engine)}: {user} lacks the rights to {what}: connect as the server's "
                "administrator (a superuser, or a role with CREATEROLE that owns the docexam "
                f"tables). Nothing was changed. ({_first(exc)})"
            ) from exc
        raise StoreError(
            f"{_where(engine)}: cannot {what}; nothing was changed ({_first(exc)})"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(
            f"{_where(engine)}: cannot {what}; nothing was changed ({_first(exc)})"
        ) from exc


def _role_exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    return found is not None


def _member(conn: Connection, login: str, group: str) -> bool:
    query = text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"
    )
    return conn.execute(query, {"g": group, "u": login}).first() is not None


def _literal(conn: Connection, value: str) -> str:
    # DDL takes no bound parameters: quote as PostgreSQL's quote_literal does.
    quoted = conn.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one()
    return str(quoted)


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _first(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
