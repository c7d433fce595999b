"""``docexam class report / certificate``: a class's reports (PDF, CSV, xAPI) and one trainee's
certificate of completion. Registered under ``docexam class`` by ``class_cmd``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.core.domain.errors import DocexamError

_URL_HELP = "the instructor's connection (default: DOCEXAM_DATABASE_URL)"


def register(cmds: Any) -> None:
    report = cmds.add_parser(
        "report", help="a class's reports: PDF per class and trainee, CSV, xAPI, certificates"
    )
    report.add_argument("--url", help=_URL_HELP)
    report.add_argument("--class", dest="class_name", required=True, help="the class's name")
    report.add_argument("--out", required=True, type=Path, help="the folder to write them in")
    report.set_defaults(func=_report)

    cert = cmds.add_parser(
        "certificate", help="one trainee's certificate of completion (only after a pass)"
    )
    cert.add_argument("--url", help=_URL_HELP)
    cert.add_argument("--class", dest="class_name", required=True, help="the class's name")
    cert.add_argument("--trainee-id", type=int, required=True, help="the trainee's id")
    cert.add_argument("--out", required=True, type=Path, help="the PDF to write")
    cert.set_defaults(func=_certificate)


def _read(url: str | None, class_name: str) -> Any:
    # Imported here: SQLAlchemy and reportlab must not slow down every other command.
    from docexam.store import open_store
    from docexam.store.class_report import read_class_report
    from docexam.store.classes import Classroom
    from docexam.store.location import database_url

    store = open_store(database_url(url), migrate=False)
    try:
        return read_class_report(store, Classroom(store).class_by_name(class_name))
    finally:
        store.close()


def _report(args: argparse.Namespace) -> int:
    from docexam.core.training.report_pdf import write_reports

    report = _read(args.url, args.class_name)
    written, refusals = write_reports(report, args.out)
    for path in written:
        print(path)
    for refusal in refusals:
        print(f"no certificate: {refusal}")
    return EXIT_OK


def _certificate(args: argparse.Namespace) -> int:
    """A refusal (no pass) is an error on stderr, and no file is written."""
    from docexam.core.training.report_pdf import certificate_pdf

    report = _read(args.url, args.class_name)
    try:
        trainee = report.trainee(args.trainee_id)
    except KeyError:
        raise DocexamError(
            f"trainee {args.trainee_id}: not in the class {report.class_name!r}"
        ) from None
    certificate_pdf(report, trainee, args.out)
    print(args.out)
    return EXIT_OK
