"""``docexam class``: a class server's roles and logins (PostgreSQL; docs/class-mode.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from docexam.cli import class_report_cmd, class_session_cmd
from docexam.cli.exits import EXIT_OK

_URL_HELP = "the administrator's connection (default: DOCEXAM_DATABASE_URL)"
_CLASS_HELP = "names the class's roles, <name>_instructor and <name>_trainee (default: database)"


def register(sub: Any) -> None:
    parser = sub.add_parser("class", help="a class server: roles, logins, classes and sessions")
    cmds = parser.add_subparsers(dest="class_command", metavar="ACTION", required=True)

    setup = cmds.add_parser("setup", help="create the class's roles, grants and row security")
    setup.add_argument("--url", help=_URL_HELP)
    setup.add_argument("--class-name", help=_CLASS_HELP)
    setup.set_defaults(func=_setup)

    for name, what in (("add-instructor", "an instructor"), ("add-trainee", "a workstation")):
        cmd = cmds.add_parser(name, help=f"create or update the login role of {what}")
        cmd.add_argument("--url", help=_URL_HELP)
        cmd.add_argument("--class-name", help=_CLASS_HELP)
        cmd.add_argument("--login", required=True, help="the login role's name")
        secret = cmd.add_mutually_exclusive_group()
        secret.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )
        secret.add_argument(
            "--no-password",
            action="store_true",
            help="no password: the login authenticates by client certificate (pg_hba.conf)",
        )
        if name == "add-trainee":
            who = cmd.add_mutually_exclusive_group(required=True)
            who.add_argument("--trainee-id", type=int, help="an existing trainee")
            who.add_argument("--name", help="the trainee's name (created if missing)")
            cmd.add_argument("--service", default="", help="with --name")
            cmd.add_argument("--level", type=int, default=1, choices=[1, 2, 3], help="with --name")
        cmd.set_defaults(func=_add_login, trainee=name == "add-trainee")
    class_session_cmd.register(cmds)
    class_report_cmd.register(cmds)


def _setup(args: argparse.Namespace) -> int:
    # Imported here: SQLAlchemy must not slow down every other command.
    from docexam.store.location import database_url
    from docexam.store.roles import setup_class

    roles = setup_class(database_url(args.url), args.class_name)
    print(f"class roles ready: {roles.instructor} (sees everything), {roles.trainee} (own results)")
    print("next: docexam class add-instructor / add-trainee --login NAME")
    return EXIT_OK


def _add_login(args: argparse.Namespace) -> int:
    from docexam.store import StoreError, open_store
    from docexam.store.location import database_url
    from docexam.store.roles import add_login

    url = database_url(args.url)
    password = _password(args)
    trainee_id = None
    if args.trainee:
        trainee_id = args.trainee_id
        if trainee_id is None:
            with open_store(url) as store:
                known = [
                    t
                    for t in store.list_trainees()
                    if t.name == args.name.strip() and t.service == args.service.strip()
                ]
                trainee_id = (
                    known[0].id
                    if known
                    else store.create_trainee(args.name, args.service, args.level).id
                )
    if password == "":
        raise StoreError(f"login {args.login}: the password is empty")
    add_login(url, args.login, class_name=args.class_name, trainee_id=trainee_id, password=password)
    who = f"trainee {trainee_id}" if trainee_id is not None else "an instructor"
    how = "a password" if password is not None else "a client certificate"
    print(f"login {args.login} ready for {who}, signing in with {how}")
    return EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    from docexam.store import StoreError

    if args.no_password:
        return None
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise StoreError(
            f"login {args.login}: give --password-stdin or --no-password (no terminal to ask on)"
        )
    first = getpass.getpass(f"password for {args.login}: ")
    if first != getpass.getpass("again: "):
        raise StoreError(f"login {args.login}: the two passwords differ; nothing was changed")
    return first
