"""``docexam chip read|verify PACK SPECIMEN``: a specimen's e-passport chip, as a reader shows it.

``read`` lists the chip's files and what DG1, DG11 and DG12 hold; ``verify`` runs every reader
step (access, passive and active authentication, the comparisons with the page) with pass, fail
or skip and why; with ``--json`` each step has a stable machine ``code`` (docs/chip.md).
Trusted: the shipped Master List and CRLs plus ``*.ml``/``*.crl`` in ``<config>/pki/``.
Exit 0 when every step passes, 1 when one fails, 2 when the input cannot be used.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from docexam import paths
from docexam.cli.exits import EXIT_FINDINGS, EXIT_OK
from docexam.cli.lookup import pack_specimen
from docexam.core.chip import details, lds, pace
from docexam.core.chip.access import CARD_ACCESS
from docexam.core.chip.check import check_specimen, expects_chip, read_specimen_chip
from docexam.core.chip.sod import parse_sod
from docexam.core.chip.tlv import TlvError
from docexam.core.chip.trust import SHIPPED, TrustStore, load_trust
from docexam.core.chip.verify import ChipReport, Outcome
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Specimen


def register(sub: Any) -> None:
    parser = sub.add_parser("chip", help="read or verify a specimen's e-passport chip")
    actions = parser.add_subparsers(dest="chip_command", metavar="ACTION", required=True)
    for name, help_text, func in (
        ("read", "list the chip's files and the data of DG1", _read),
        ("verify", "every reader step with pass/fail and why (exit 1 on a failure)", _verify),
    ):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("pack", type=Path, help="pack directory or .dxpack file")
        p.add_argument("specimen", help="specimen id inside the pack")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=func)


def _find(args: argparse.Namespace) -> tuple[Path, Specimen]:
    pack, specimen = pack_specimen(args.pack, args.specimen)
    assert pack.root is not None  # read from disk
    return pack.root, specimen


def trust_store() -> TrustStore:
    return load_trust([SHIPPED, paths.config_dir() / "pki"])


def _read(args: argparse.Namespace) -> int:
    root, specimen = _find(args)
    chip = read_specimen_chip(root, specimen)
    if chip is None:
        what = "its chip is missing" if expects_chip(specimen) else "it has no chip"
        raise DocexamError(f"{specimen.id}: {what}")
    out: dict[str, Any] = {
        "specimen": specimen.id,
        "responds": chip.responds,
        "files": {name: len(data) for name, data in chip.files.items()},
    }
    if chip.responds:
        try:
            out["dg1"] = list(lds.parse_dg1(chip.files["DG1"]))
            face = lds.parse_dg2(chip.files["DG2"])
            out["dg2"] = {"width": face.width, "height": face.height, "type": face.image_type}
            for name, parse in (("DG11", details.parse_dg11), ("DG12", details.parse_dg12)):
                if name in chip.files:
                    out[name.lower()] = parse(chip.files[name])
            if CARD_ACCESS in chip.files:
                protocol, version, parameters = pace.parse_card_access(chip.files[CARD_ACCESS])
                out["pace"] = {"protocol": protocol, "version": version, "parameters": parameters}
            sod = parse_sod(chip.files["EF.SOD"])
            out["signer"] = sod.signer_cert.subject.rfc4514_string()
            out["signed"] = sod.signing_time.isoformat() if sod.signing_time else None
        except (KeyError, TlvError) as exc:
            raise DocexamError(f"{specimen.id}: the chip's files cannot be read: {exc}") from None
    if args.json:
        print(json.dumps(out, indent=2))
        return EXIT_OK
    print(f"{specimen.id}: chip {'answers' if chip.responds else 'does not answer'}")
    for name, size in out["files"].items():
        print(f"  {name:13} {size:7d} bytes")
    for line in out.get("dg1", []):
        print(f"  DG1           {line}")
    for name in ("dg11", "dg12"):
        for key, value in out.get(name, {}).items():
            print(f"  {name.upper():13} {key}: {value}")
    if "pace" in out:
        print(f"  PACE          {out['pace']['protocol']} (parameters {out['pace']['parameters']})")
    if "signer" in out:
        print(f"  signed        {out['signed']} by {out['signer']}")
    return EXIT_OK


def report_json(specimen_id: str, report: ChipReport) -> dict[str, Any]:
    return {
        "specimen": specimen_id,
        "verdict": report.verdict,
        "failed": list(report.failed),
        "access_protocol": report.protocol or None,
        "steps": [
            {
                "id": s.id,
                "outcome": s.outcome.value,
                "code": s.why.machine_code,
                "reason": s.reason,
                "params": dict(s.why.params),
            }
            for s in report.steps
        ],
        "files_read": list(report.files_read),
        "signer": report.signer,
        "fields": [
            {"field": r.field, "chip": r.chip, "mrz": r.mrz, "viz": r.viz, "matches": r.matches}
            for r in report.fields
        ],
    }


def _verify(args: argparse.Namespace) -> int:
    root, specimen = _find(args)
    report = check_specimen(root, specimen, trust_store())
    if args.json:
        print(json.dumps(report_json(specimen.id, report), indent=2))
    else:
        verdict = "NONE (no chip)" if report.verdict == "none" else report.verdict.upper()
        opened = report.step("access").outcome is Outcome.PASS
        how = f" (opened with {report.protocol})" if opened and report.protocol else ""
        print(f"{specimen.id}: chip {verdict}{how}")
        for step in report.steps:
            print(f"  {step.outcome.value.upper():4}  {step.id:17} {step.reason}")
        for row in report.fields:
            if not row.matches:
                print(
                    f"  differs: {row.field}: chip {row.chip!r}, MRZ {row.mrz!r}, VIZ {row.viz!r}"
                )
    return EXIT_FINDINGS if report.failed else EXIT_OK
