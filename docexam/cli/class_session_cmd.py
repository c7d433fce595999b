"""``docexam class create / start / status / close``: an instructor's class sessions
(docs/class-mode.md). Registered under ``docexam class`` by ``class_cmd``."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, timedelta
from typing import Any

from docexam.cli.exits import EXIT_OK

_URL_HELP = "the instructor's connection (default: DOCEXAM_DATABASE_URL)"


def register(cmds: Any) -> None:
    create = cmds.add_parser("create", help="create a class: name, course, dates, trainees")
    create.add_argument("--url", help=_URL_HELP)
    create.add_argument("--name", required=True, help="the class's name, e.g. '2B spring'")
    create.add_argument("--course", required=True, help="the course it follows")
    create.add_argument("--from", dest="starts_on", required=True, type=_date, help="YYYY-MM-DD")
    create.add_argument("--to", dest="ends_on", required=True, type=_date, help="YYYY-MM-DD")
    create.add_argument(
        "--trainee-id", type=int, action="append", default=[], help="a member (repeatable)"
    )
    create.set_defaults(func=_create)

    start = cmds.add_parser(
        "start", help="give an exercise set or exam to a class: prints its code"
    )
    start.add_argument("--url", help=_URL_HELP)
    start.add_argument("--class", dest="class_name", required=True, help="the class's name")
    start.add_argument("--pack", required=True, help="a library pack id")
    start.add_argument("--set", dest="set_id", required=True, help="the set's id in that pack")
    start.add_argument(
        "--opens-in", type=float, default=0.0, help="minutes until it opens for everyone (0: now)"
    )
    start.set_defaults(func=_start)

    for name, what, func in (
        ("status", "the dashboard's figures, as text", _status),
        ("close", "close a session now", _close),
    ):
        cmd = cmds.add_parser(name, help=what)
        cmd.add_argument("--url", help=_URL_HELP)
        cmd.add_argument("--code", required=True, help="the session's class code")
        cmd.set_defaults(func=func)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _room(url: str | None) -> Any:
    # Imported here: SQLAlchemy must not slow down every other command.
    from docexam.store import open_store
    from docexam.store.classes import Classroom
    from docexam.store.location import database_url

    return Classroom(open_store(database_url(url)))


def _create(args: argparse.Namespace) -> int:
    room = _room(args.url)
    try:
        made = room.create_class(
            args.name, args.course, args.starts_on, args.ends_on, args.trainee_id
        )
    finally:
        room.store.close()
    print(f"class {made.name!r} ({made.course}, {made.starts_on} to {made.ends_on}): "
          f"{len(made.trainee_ids)} trainees")  # fmt: skip
    return EXIT_OK


def _start(args: argparse.Namespace) -> int:
    from docexam.core.domain.errors import DocexamError
    from docexam.core.library.library import default_library
    from docexam.core.pack.exercise_file import read_exercises, set_to_json

    sets = read_exercises(default_library().entry(args.pack).path)
    chosen = [s for s in sets if s.id == args.set_id]
    if not chosen:
        known = ", ".join(s.id for s in sets) or "none"
        raise DocexamError(f"pack {args.pack}: no exercise set {args.set_id!r} (sets: {known})")
    room = _room(args.url)
    try:
        group = room.class_by_name(args.class_name)
        opens = datetime.now(UTC) + timedelta(minutes=args.opens_in)
        session = room.start_session(group.id, args.pack, set_to_json(chosen[0]), opens)
    finally:
        room.store.close()
    closes = f", closes {session.closes_at:%H:%M} UTC" if session.closes_at else ""
    print(f"class code {session.code}: {session.mode} {session.set_key!r} for {group.name!r}, "
          f"opens {session.opens_at:%H:%M} UTC{closes}")  # fmt: skip
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    room = _room(args.url)
    try:
        session = room.join(args.code)
        board = room.dashboard(session.id)
    finally:
        room.store.close()
    print(f"{session.class_name} - {session.set_key} ({session.mode}), code {session.code}: "
          f"{board.connected}/{len(board.lines)} connected, {board.answers} answers")  # fmt: skip
    for line in board.lines:
        score = "-" if line.score is None else f"{line.score:g}/{line.max_score or 0:g}"
        where = "-" if line.item_index is None else str(line.item_index + 1)
        state = "online " if line.connected else "offline"
        print(f"  {state} {line.name:<30} item {where:>3}  answered {line.answered:>3}  "
              f"score {score:>8}  {line.status or 'not started'}")  # fmt: skip
    for objective in board.objectives:
        print(f"  mastery {objective:<30} {board.class_heat[objective]:.0%}")
    for item in board.most_missed:
        print(f"  missed  item {item.item_index + 1} ({item.exercise_id}): {item.missed:.0%} lost "
              f"by {item.graded}")  # fmt: skip
    return EXIT_OK


def _close(args: argparse.Namespace) -> int:
    room = _room(args.url)
    try:
        session = room.close_session(room.join(args.code).id)
    finally:
        room.store.close()
    print(f"class code {session.code}: closed at {session.closes_at:%H:%M:%S} UTC")
    return EXIT_OK
