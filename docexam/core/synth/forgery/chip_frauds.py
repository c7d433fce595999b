"""Chip frauds on generated passports: the page side of each, the forger's chip, the record.

``forge_chip(genuine, fraud, seed, workdir)`` runs the page operations a chip fraud needs (a new
photo, a rewritten field, a pseudo state) on the generated genuine, writes the forged specimen
with its ``forgery.json``, and beside it the chip the forger left (``chip.json``). The sign a
chip fraud leaves is seen with the chip reader (the ``chip`` tool) and names the reader step
that fails (``docexam.core.chip.frauds.FAILS``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from docexam.core.chip import frauds
from docexam.core.chip import portrait as chip_portrait
from docexam.core.chip.issue import signing_time
from docexam.core.chip.lds import FaceImage
from docexam.core.chip.pki import state_pki
from docexam.core.domain.geometry import Rect
from docexam.core.domain.model import Pack, Status
from docexam.core.pack.chip_file import ChipFile, write_chip
from docexam.core.pack.forgery_record import ForgeryError
from docexam.core.pack.io import write_pack
from docexam.core.synth.compose import GeneratedSpecimen, build_specimen
from docexam.core.synth.forgery.assemble import ForgedSpecimen, assemble
from docexam.core.synth.forgery.forge import forged_id
from docexam.core.synth.forgery.plans import PLANS
from docexam.core.synth.forgery.pseudo import FANTASY
from docexam.core.synth.forgery.workbench import Workbench


@dataclass(frozen=True)
class ChipFraud:
    status: Status
    page_operations: tuple[str, ...]
    title: tuple[str, str]
    explanation: tuple[str, str]


PLAN: dict[str, ChipFraud] = {
    "dg_altered": ChipFraud(
        Status.PHOTO_SUBSTITUTION,
        ("new_portrait",),
        ("Data group changed after signing", "芯片数据组在签名后被改动"),
        (
            "The chip's portrait (DG2) was rewritten to match the new photo, but its hash no "
            "longer matches the one the state signed in EF.SOD: passive authentication fails.",
            "芯片照片（DG2）被改写以匹配新照片，但其哈希值与 EF.SOD 中签名的不符：被动认证失败。",
        ),
    ),
    "untrusted_csca": ChipFraud(
        Status.COUNTERFEIT,
        (),
        ("Signer not from a trusted CSCA", "签名证书并非来自受信任的 CSCA"),
        (
            "EF.SOD is signed by a Document Signer whose CSCA bears the state's name but is "
            "not the CSCA of the Master List: the certificate chain fails.",
            "EF.SOD 的签名证书所属 CSCA 虽冠以该国名称，却不是主列表中的 CSCA：证书链验证失败。",
        ),
    ),
    "revoked_signer": ChipFraud(
        Status.COUNTERFEIT,
        (),
        ("Document Signer revoked", "文件签名证书已被吊销"),
        (
            "EF.SOD is signed with a Document Signer key the state revoked (it is on the "
            "state's CRL): the key was stolen.",
            "EF.SOD 使用已被该国吊销的文件签名密钥签名（列于该国证书吊销列表）：密钥已被盗。",
        ),
    ),
    "expired_signer": ChipFraud(
        Status.COUNTERFEIT,
        (),
        ("Document Signer expired", "文件签名证书已过期"),
        (
            "EF.SOD was signed after its Document Signer certificate had expired.",
            "EF.SOD 的签名时间晚于其文件签名证书的有效期。",
        ),
    ),
    "cloned_chip": ChipFraud(
        Status.COUNTERFEIT,
        (),
        ("Cloned chip", "克隆芯片"),
        (
            "Every data group and the SOD are genuine, copied from another passport; the chip "
            "cannot sign a challenge with the key in DG15: Active Authentication fails.",
            "所有数据组和 SOD 均为真，复制自另一本护照；"
            "芯片无法用 DG15 中的密钥签署挑战：主动认证失败。",
        ),
    ),
    "photo_substituted": ChipFraud(
        Status.PHOTO_SUBSTITUTION,
        ("new_portrait",),
        ("Chip portrait differs from the page", "芯片照片与资料页照片不同"),
        (
            "The chip still holds the original holder's portrait (DG2); the printed photo is "
            "another person's.",
            "芯片中仍为原持证人的照片（DG2）；资料页上的照片是另一个人。",
        ),
    ),
    "data_differs": ChipFraud(
        Status.DATA_ALTERATION,
        ("field_rewrite",),
        ("Printed data differ from the chip", "印刷资料与芯片不符"),
        (
            "The visual zone shows a value the chip's DG1 does not hold: the page was altered "
            "after issue.",
            "视读区显示的内容与芯片 DG1 不符：资料页在签发后被涂改。",
        ),
    ),
    "dead_chip": ChipFraud(
        Status.DATA_ALTERATION,
        ("field_rewrite",),
        ("Chip does not answer", "芯片无响应"),
        (
            "The passport is issued with a chip, but none answers on the reader: it was "
            "destroyed to hide that the page no longer matches it.",
            "该护照签发时带有芯片，但放在阅读器上无响应：芯片被破坏，以掩盖资料页与芯片不符。",
        ),
    ),
    "pseudo_pki": ChipFraud(
        Status.PSEUDO,
        ("fantasy_state",),
        ("Chip signed by a self-made PKI", "芯片由自建 PKI 签名"),
        (
            "The chip is well formed and signed, but by a CSCA of a state no Master List "
            "holds: the pseudo state made its own PKI.",
            "芯片格式正确且有签名，但签名 CSCA 属于任何主列表均未收录的国家：虚构国家自建了 PKI。",
        ),
    ),
}


def _face(forged: ForgedSpecimen) -> FaceImage:
    for canvas in forged.generated.pages.values():
        for layer in canvas.layers:
            if layer.id == chip_portrait.PORTRAIT_LAYER and layer.mask is not None:
                grey = chip_portrait.face_from_coverage(layer.mask, layer.region, canvas.dpi)
                return chip_portrait.encode_face(grey)
    raise ForgeryError(f"{forged.specimen.id}: no portrait for the chip")


def _forged_chip(fraud: str, genuine: GeneratedSpecimen, forged: ForgedSpecimen) -> ChipFile:
    chip = genuine.chip
    assert chip is not None
    doc = genuine.doc
    pki = state_pki(doc.state.code, doc.state.name_en)
    mrz = doc.mrz
    if fraud == "dg_altered":
        return frauds.dg_altered(chip, _face(forged))
    if fraud == "untrusted_csca":
        return frauds.untrusted_csca(chip, pki, mrz)
    if fraud == "revoked_signer":
        return frauds.revoked_signer(chip, pki, mrz)
    if fraud == "expired_signer":
        return frauds.expired_signer(chip, pki, mrz)
    if fraud == "cloned_chip":
        return frauds.cloned_chip(chip)
    if fraud == "dead_chip":
        return frauds.dead_chip(chip)
    if fraud == "pseudo_pki":
        lines = tuple((forged.specimen.mrz or "").split("\n"))
        state = next(s for s in FANTASY if s.code == lines[0][2:5])
        own = state_pki(state.code, state.name_en)
        return frauds.pseudo_chip(lines, _face(forged), own, signing_time(doc.issue))
    return chip  # photo_substituted, data_differs: the genuine chip, the page changed


def forge_chip(
    genuine: GeneratedSpecimen, fraud: str, seed: int, workdir: Path | None = None
) -> ForgedSpecimen:
    """A chip fraud of ``genuine`` (a generated passport with a chip); with ``workdir`` it is
    written to ``workdir/<forged id>/`` with ``forgery.json`` and ``chip.json``."""
    if fraud not in PLAN:
        raise ForgeryError(f"unknown chip fraud {fraud!r}; available: {', '.join(PLAN)}")
    if genuine.chip is None:
        raise ForgeryError(f"{genuine.specimen.id} has no chip")
    if fraud == "cloned_chip" and "DG15" not in genuine.chip.files:
        raise ForgeryError(
            f"{genuine.specimen.id}: its chip has no Active Authentication, so a clone "
            "cannot be told from it; choose a state whose chips have it"
        )
    plan = PLAN[fraud]
    wb = Workbench(genuine, plan.status, seed, 3)
    for name in plan.page_operations:
        with wb.operation(name):
            PLANS[plan.status].operations[name](wb)
    page = next(iter(wb.pages))
    w, h = wb.canvas(page).size_mm
    with wb.operation(f"chip_{fraud}"):
        wb.sign(page, Rect(0, 0, w, h), ("chip",), plan.title, plan.explanation)
    sid = forged_id(genuine.specimen, plan.status, 3, seed, (f"chip_{fraud}",))
    forged = assemble(wb, sid, workdir)
    chip = _forged_chip(fraud, genuine, forged)
    if forged.specimen.root is not None:
        write_chip(forged.specimen.root, chip)
    forged.generated = replace(forged.generated, chip=chip)
    return forged


def forge_chip_pack(
    pack_id: str,
    jobs: Sequence[tuple[str, str, int, str]],
    dest: Path,
    dpi: float = 300.0,
    with_genuine: bool = False,
    title: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Pack:
    """A pack of chip frauds, one per (state, series, seed, fraud) job on a TD3 passport; with
    ``with_genuine`` each genuine (with its chip) goes in too."""
    with tempfile.TemporaryDirectory(prefix="docexam-chip-forge-") as tmp:
        work = Path(tmp)
        specimens = []
        for i, (state, series, seed, fraud) in enumerate(jobs):
            genuine = build_specimen(
                state, "td3", seed, dpi, work if with_genuine else None, series
            )
            if with_genuine:
                specimens.append(genuine.specimen)
            specimens.append(forge_chip(genuine, fraud, seed, work).specimen)
            if progress is not None:
                progress(i + 1, len(jobs))
        kinds = ", ".join(dict.fromkeys(fraud for *_, fraud in jobs))
        pack = Pack(
            id=pack_id,
            title=title or {"en": f"Generated chip frauds ({kinds})"},
            author="docexam forgery generator",
            licence="CC0-1.0 (generated; all states, people and designs are fictional)",
            languages=("en", "zh-Hans"),
            specimens=tuple(specimens),
            description={"en": "Fictional e-passports whose chip reveals the fraud."},
        )
        write_pack(pack, dest, move=True)
    return pack
