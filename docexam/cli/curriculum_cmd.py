"""``docexam curriculum coverage``: which objectives have exercises, and which do not."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from docexam.cli.exercise_cmd import load_pack
from docexam.cli.exits import EXIT_OK
from docexam.core.domain.model import Pack, text_for
from docexam.core.exercise.model import Exercise
from docexam.core.library.library import default_library
from docexam.core.pack.exercise_file import read_exercises
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for


def register(sub: Any) -> None:
    parser = sub.add_parser("curriculum", help="the curriculum and its coverage by exercises")
    cmds = parser.add_subparsers(dest="curriculum_command", metavar="ACTION", required=True)
    cov = cmds.add_parser(
        "coverage",
        help="list objectives with and without exercises (exercises.json of each pack, or what "
        "the generator can build from its specimens when it has none)",
    )
    cov.add_argument(
        "--pack",
        action="append",
        metavar="ID_OR_PATH",
        help="packs to count (default: the whole library)",
    )
    cov.add_argument("--level", type=int, choices=(1, 2, 3))
    cov.add_argument("--lang", default="en", help="language of the titles (en, zh-Hans)")
    cov.set_defaults(func=_coverage)


def _exercises(pack: Pack) -> tuple[list[Exercise], str]:
    if pack.root is not None:
        sets = read_exercises(pack.root)
        if sets:
            return [e for s in sets for e in s.exercises], "exercises.json"
    return all_exercises([pack], scope_for(load_curriculum())), "generated"


def _coverage(args: argparse.Namespace) -> int:
    curriculum = load_curriculum()
    packs = [load_pack(p) for p in args.pack] if args.pack else default_library().load_all()
    counts: Counter[str] = Counter()
    for pack in packs:
        exercises, origin = _exercises(pack)
        print(f"pack {pack.id}: {len(exercises)} exercise(s) ({origin})")
        for ex in exercises:
            counts.update(ex.objectives)
    objectives = curriculum.objectives(args.level)
    covered = [o for o in objectives if counts[o.id]]
    for o in objectives:
        mark = f"{counts[o.id]:>4}" if counts[o.id] else "   -"
        print(f"{mark}  {o.id:<32} {text_for(o.title, args.lang)}")
    print(
        f"{len(covered)} of {len(objectives)} objective(s) have exercises; "
        f"{len(objectives) - len(covered)} have none"
    )
    return EXIT_OK
