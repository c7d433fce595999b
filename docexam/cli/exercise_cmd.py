"""``docexam exercise generate``: an exercise set as a pack holding the specimens it uses."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from docexam.cli.exits import EXIT_OK
from docexam.cli.output import write_pack_output
from docexam.core.domain.errors import PackError
from docexam.core.domain.model import Pack, Specimen
from docexam.core.library.library import default_library
from docexam.core.pack.exercise_file import write_exercises
from docexam.core.pack.io import read_pack, write_pack
from docexam.core.pack.schemas import is_valid_id
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz import Mode, QuizError
from docexam.core.training.quiz.generate import generate_set, retarget


def register(sub: Any) -> None:
    parser = sub.add_parser("exercise", help="generate exercise sets from specimen packs")
    cmds = parser.add_subparsers(dest="exercise_command", metavar="ACTION", required=True)
    gen = cmds.add_parser(
        "generate", help="write a pack with the specimens used and their exercises.json"
    )
    gen.add_argument(
        "--pack",
        action="append",
        required=True,
        metavar="ID_OR_PATH",
        help="a library pack id or a pack directory/.dxpack (repeatable)",
    )
    gen.add_argument("--module", help="curriculum module id, e.g. L1.uv")
    gen.add_argument("--level", type=int, choices=(1, 2, 3), help="curriculum level")
    gen.add_argument("--count", type=int, default=20, help="number of exercises (default 20)")
    gen.add_argument("--seed", type=int, default=0, help="same seed, same set (default 0)")
    gen.add_argument("--mode", choices=[m.value for m in Mode], default="practice")
    gen.add_argument("--id", dest="pack_id", help="id of the pack written (default from the set)")
    gen.add_argument(
        "-o", "--output", type=Path, required=True, help="a .dxpack file, or a directory to create"
    )
    gen.set_defaults(func=_generate)


def load_pack(ref: str) -> Pack:
    """A pack given as a path (directory or .dxpack) or as a library id."""
    path = Path(ref)
    if path.exists():
        return read_pack(path)
    return default_library().load(ref)


def _pack_id(wanted: str | None, set_id: str) -> str:
    pack_id = wanted or re.sub(r"[^a-z0-9._-]+", "-", set_id.lower()).strip("-._")[:80]
    if not is_valid_id(pack_id):
        raise QuizError(f"--id: {pack_id!r} is not a pack id (lowercase letters, digits, . _ -)")
    return pack_id


def _used_specimens(packs: list[Pack], wanted: set[tuple[str, str]]) -> list[Specimen]:
    used: list[Specimen] = []
    seen: dict[str, str] = {}
    for pack in packs:
        for specimen in pack.specimens:
            if (pack.id, specimen.id) not in wanted:
                continue
            if specimen.id in seen:
                raise QuizError(
                    f"specimen id {specimen.id!r} is in packs {seen[specimen.id]!r} and "
                    f"{pack.id!r}; one generated pack cannot hold both"
                )
            seen[specimen.id] = pack.id
            used.append(specimen)
    return used


def _generate(args: argparse.Namespace) -> int:
    out: Path = args.output
    if out.exists():  # before generating: a taken name should not cost a long wait
        raise PackError(f"{out}: already exists; choose another output")
    packs = [load_pack(ref) for ref in args.pack]
    exercise_set = generate_set(
        packs,
        load_curriculum(),
        module=args.module,
        level=args.level,
        count=args.count,
        seed=args.seed,
        mode=Mode(args.mode),
    )
    pack_id = _pack_id(args.pack_id, exercise_set.id)
    specimens = tuple(_used_specimens(packs, exercise_set.specimens()))
    exercise_set = retarget(exercise_set, pack_id)  # the written pack holds every specimen used
    first = packs[0]
    pack = replace(
        first,
        id=pack_id,
        title=dict(exercise_set.title),
        description={"en": f"Exercises generated from {', '.join(p.id for p in packs)}"},
        specimens=specimens,
        root=None,
    )

    def build(folder: Path) -> None:
        write_pack(pack, folder)
        write_exercises(folder, [exercise_set])
        read_pack(folder)  # the result must import cleanly: check before handing it over

    write_pack_output(out, build)
    kinds = sorted({e.kind.value for e in exercise_set.exercises})
    print(
        f"wrote {out}: pack {pack_id!r}, {len(exercise_set.exercises)} exercise(s) "
        f"({', '.join(kinds)}) on {len(pack.specimens)} specimen(s)"
    )
    return EXIT_OK
