"""``docexam forge``: forged training specimens (with their forgery.json) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.cli.output import progress_bar, specimen_options, write_pack_output
from docexam.core.chip.frauds import CHIP_FRAUDS
from docexam.core.domain.errors import DocexamError
from docexam.core.pack.forgery_record import ForgeryRecord
from docexam.core.synth import DOC_TYPES
from docexam.core.synth.forgery import FRAUD_ALIASES, FRAUD_OPERATIONS, ForgeJob, forge_pack
from docexam.core.synth.forgery.chip_frauds import forge_chip_pack
from docexam.core.synth.forgery.plans import METHODS


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "forge", help="generate forged training specimens of invented states, with ground truth"
    )
    parser.add_argument("--list", action="store_true", help="list fraud types and operations")
    parser.add_argument("--state", default="UTO", help="issuing state code (default UTO)")
    parser.add_argument(
        "--type", dest="doc_type", default="td3", help=f"one of {', '.join(DOC_TYPES)}"
    )
    parser.add_argument("--series", default="A", help="design series (default A)")
    parser.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--count", type=int, default=1, help="number of forgeries (default 1)")
    parser.add_argument(
        "--fraud", help=f"one of {', '.join(FRAUD_OPERATIONS)} (fog: fraudulently_obtained)"
    )
    parser.add_argument(
        "--chip-fraud",
        help=f"a fraud the e-passport chip reveals (TD3), one of {', '.join(CHIP_FRAUDS)}",
    )
    parser.add_argument(
        "--difficulty", type=int, choices=(1, 2, 3), help="1 plain ... 3 subtle (default: by seed)"
    )
    parser.add_argument(
        "--method",
        help="how the forger went about it: lift, cut, relaser (photo_substitution); "
        "chemical, mechanical, overlay (data_alteration)",
    )
    parser.add_argument(
        "--operations", help="comma-separated operations to apply instead of the difficulty's"
    )
    parser.add_argument(
        "--with-genuine", action="store_true", help="put each genuine in the pack too"
    )
    parser.add_argument(
        "--dpi", type=float, default=300.0, help="resolution, 150-1200 (default 300)"
    )
    parser.add_argument("-o", "--out", type=Path, help="output .dxpack file or pack directory")
    parser.set_defaults(func=_forge)


def _jobs(args: argparse.Namespace) -> list[ForgeJob]:
    if args.fraud is None:
        raise DocexamError(f"forge: --fraud is required: {', '.join(FRAUD_OPERATIONS)}")
    args.fraud = FRAUD_ALIASES.get(args.fraud, args.fraud)  # "fog": fraudulently_obtained
    if args.fraud not in FRAUD_OPERATIONS:
        raise DocexamError(
            f"forge: unknown fraud type {args.fraud!r}; available: {', '.join(FRAUD_OPERATIONS)}"
        )
    state, doc_type = specimen_options(args, "forge")
    ops = None
    if args.operations:
        ops = tuple(o.strip() for o in args.operations.split(",") if o.strip())
    return [
        ForgeJob(
            state.code,
            doc_type,
            args.seed + i,
            args.fraud,
            args.difficulty,
            args.series,
            ops,
            args.method,
        )
        for i in range(args.count)
    ]


def _forge(args: argparse.Namespace) -> int:
    if args.list:
        for fraud, ops in FRAUD_OPERATIONS.items():
            methods = next((tuple(m) for st, m in METHODS.items() if st.value == fraud), ())
            listed = f" (methods: {', '.join(methods)})" if methods else ""
            print(f"{fraud}: {', '.join(ops)}{listed}")
        return EXIT_OK
    if args.out is None:
        raise DocexamError("forge: -o/--out is required (a .dxpack file or a directory)")
    if args.chip_fraud is not None:
        return _forge_chip(args)
    jobs = _jobs(args)
    out: Path = args.out
    first = jobs[0]
    pack_id = f"forged-{first.state.lower()}-{first.doc_type}-{first.fraud.replace('_', '-')}"
    pack_id += f"-{first.seed}"
    title = {"en": f"Forged {first.state} {first.doc_type.upper()} specimens: {first.fraud}"}
    records: list[ForgeryRecord] = []
    write_pack_output(
        out,
        lambda folder: forge_pack(
            pack_id, jobs, folder, args.dpi, title, progress_bar, args.with_genuine, records.append
        ),
    )
    for record in records:
        print(describe(record))
    print(f"wrote {len(jobs)} forged specimen(s) to {out}")
    return EXIT_OK


def describe(record: ForgeryRecord) -> str:
    """What an instructor should know of a forgery: its signs, the light that shows each best
    and how subtle each measured (``docs/forgery.md``, "Difficulty")."""
    lines = [
        f"{record.specimen_id}: {record.fraud.value}, difficulty {record.difficulty}, "
        f"subtlety {record.subtlety:.2f}"
        if record.subtlety is not None
        else f"{record.specimen_id}: {record.fraud.value}, difficulty {record.difficulty}"
    ]
    if record.method:
        lines[0] += f", method {record.method}"
    for sign in record.signs:
        m = sign.measured
        seen = ""
        if m is not None and m.light is not None:
            loupe = ", loupe" if m.loupe else ""
            seen = f" under {m.light}: contrast {m.contrast:.2f}, {m.area_mm2:g} mm²{loupe}"
        score = f"{m.subtlety:.2f}" if m is not None else "  - "
        lines.append(f"  {score}  {sign.title['en']} [{', '.join(sign.reveal)}]{seen}")
    return "\n".join(lines)


def _forge_chip(args: argparse.Namespace) -> int:
    if args.chip_fraud not in CHIP_FRAUDS:
        raise DocexamError(
            f"forge: unknown chip fraud {args.chip_fraud!r}; available: {', '.join(CHIP_FRAUDS)}"
        )
    state, doc_type = specimen_options(args, "forge")
    if doc_type != "td3":
        raise DocexamError("forge: --chip-fraud needs an e-passport: --type td3")
    recipes = [(state.code, args.series, args.seed + i, args.chip_fraud) for i in range(args.count)]
    kind = args.chip_fraud.replace("_", "-")
    pack_id = f"chip-{state.code.lower()}-{kind}-{args.seed}"
    write_pack_output(
        args.out,
        lambda folder: forge_chip_pack(pack_id, recipes, folder, args.dpi, args.with_genuine),
    )
    print(f"wrote {len(recipes)} chip fraud(s) to {args.out}")
    return EXIT_OK
