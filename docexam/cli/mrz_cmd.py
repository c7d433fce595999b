"""``docexam mrz check`` and ``docexam mrz build``: the MRZ engine from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from docexam.cli.exits import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK
from docexam.core.mrz import (
    FindingCode,
    MrzData,
    MrzError,
    MrzFormat,
    VizData,
    build_mrz,
    check_mrz,
)

_FORMATS = {
    "td1": MrzFormat.TD1,
    "td2": MrzFormat.TD2,
    "td3": MrzFormat.TD3,
    "mrva": MrzFormat.MRV_A,
    "mrv-a": MrzFormat.MRV_A,
    "mrvb": MrzFormat.MRV_B,
    "mrv-b": MrzFormat.MRV_B,
}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _format(text: str) -> MrzFormat:
    fmt = _FORMATS.get(text.lower())
    if fmt is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of td1, td2, td3, mrva, mrvb")
    return fmt


def register(sub: Any) -> None:
    """Add ``mrz`` with its ``check`` and ``build`` commands to the ``docexam`` subparsers."""
    mrz = sub.add_parser("mrz", help="check or build a machine-readable zone (ICAO 9303)")
    mrz.set_defaults(func=lambda _args: _missing(mrz))
    cmds = mrz.add_subparsers(dest="mrz_command", metavar="COMMAND")

    check = cmds.add_parser(
        "check",
        help="check an MRZ: check digits, characters, dates, and optionally the visual zone",
        description="Exit status: 0 valid and consistent, 1 findings, 2 unreadable input.",
    )
    check.add_argument("lines", nargs="*", help="MRZ lines (read from standard input if none)")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument(
        "--reference",
        type=_iso_date,
        help="'today' for reading two-digit years, YYYY-MM-DD (default: today)",
    )
    check.add_argument("--viz-surname")
    check.add_argument("--viz-given-names")
    check.add_argument("--viz-number", help="document number shown in the visual zone")
    check.add_argument("--viz-birth", type=_iso_date, metavar="YYYY-MM-DD")
    check.add_argument("--viz-expiry", type=_iso_date, metavar="YYYY-MM-DD")
    check.add_argument("--viz-sex", choices=["M", "F", "X", "m", "f", "x"])
    check.add_argument("--viz-nationality")
    check.add_argument("--viz-state", help="issuing state shown in the visual zone")
    check.set_defaults(func=run_check)

    build = cmds.add_parser("build", help="build an MRZ from document data")
    build.add_argument(
        "--format", type=_format, default=MrzFormat.TD3, help="td1 td2 td3 mrva mrvb"
    )
    build.add_argument("--code", required=True, help="document code, e.g. P, I, ID, V")
    build.add_argument("--state", required=True, help="issuing state, e.g. UTO")
    build.add_argument("--number", required=True, help="document number")
    build.add_argument("--surname", required=True)
    build.add_argument("--given-names", default="")
    build.add_argument("--nationality", required=True)
    build.add_argument("--birth", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    build.add_argument("--sex", required=True, help="M, F or X")
    build.add_argument("--expiry", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    build.add_argument("--optional", default="", help="optional data / personal number")
    build.add_argument("--optional-2", default="", help="TD1 line 2 optional data")
    build.add_argument("--json", action="store_true", help="print the result as JSON")
    build.set_defaults(func=run_build)


def _missing(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_INVALID


def _viz(args: argparse.Namespace) -> VizData | None:
    viz = VizData(
        surname=args.viz_surname,
        given_names=args.viz_given_names,
        document_number=args.viz_number,
        birth_date=args.viz_birth,
        expiry_date=args.viz_expiry,
        sex=args.viz_sex,
        nationality=args.viz_nationality,
        issuing_state=args.viz_state,
    )
    return None if viz == VizData() else viz


def run_check(args: argparse.Namespace) -> int:
    text: str | list[str] = args.lines if args.lines else sys.stdin.read()
    try:
        result = check_mrz(text, _viz(args), reference=args.reference)
    except MrzError as exc:  # e.g. a VIZ name with characters ICAO cannot transliterate
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    if not result.readable:
        if not args.json:
            reason = result.findings[0].message if result.findings else "unreadable"
            print(f"error: {reason}", file=sys.stderr)
        return EXIT_INVALID
    if not args.json:
        verdict = "valid" if result.valid else "INVALID"
        if result.valid and not result.consistent:
            verdict = "valid but INCONSISTENT with the visual zone"
        print(f"{result.format}: {verdict}")
        for finding in result.findings:
            print(f"  {finding}")
    if any(f.code is FindingCode.FORMAT_ERROR for f in result.findings):
        return EXIT_INVALID
    return EXIT_OK if not result.findings else EXIT_FINDINGS


def run_build(args: argparse.Namespace) -> int:
    data = MrzData(
        document_code=args.code,
        issuing_state=args.state,
        document_number=args.number,
        surname=args.surname,
        given_names=args.given_names,
        nationality=args.nationality,
        birth_date=args.birth,
        sex=args.sex,
        expiry_date=args.expiry,
        optional_data=args.optional,
        optional_data_2=args.optional_2,
        format=args.format,
    )
    try:
        mrz = build_mrz(data)
    except MrzError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        out = {"format": str(mrz.format), "lines": list(mrz.lines), "truncated": mrz.name_truncated}
        print(json.dumps(out, indent=2))
        return EXIT_OK
    print(mrz.text)
    if mrz.name_truncated:
        print("note: the names did not fit and were truncated", file=sys.stderr)
    return EXIT_OK
