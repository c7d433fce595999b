"""Case files from scenario templates, deterministically: a template, a seed and the traveller's
document (a specimen) give one case file.

The bundled set's mix follows reality, where genuine travellers far outnumber suspects: most
cases are plain, a share look suspicious on the surface and are not, and the rest spread over
smuggling, trafficking for labour and for sexual exploitation, and document fraud.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docexam.core.cases import genuine, obtained, suspect, trafficking
from docexam.core.cases.builder import Builder, Holding
from docexam.core.cases.indicators import Family
from docexam.core.cases.model import CaseFile
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.ids import opaque_id


@dataclass(frozen=True)
class Template:
    id: str
    family: Family
    make: Callable[[Builder], CaseFile]
    surface: bool = False  # innocent, but looks suspicious at first sight
    forged: bool = False  # needs a forged document
    obtained: bool = False  # needs a fraudulently obtained genuine document
    # The holder's believable age for the story (a student of 70, a job seeker of 75, a
    # parent of 19 with a child of 13 would not be): the bundled mix picks holders by it.
    ages: tuple[int, int] = (18, 90)

    @property
    def nature(self) -> str:
        """The document its story needs (``Holding.nature``)."""
        return "forged" if self.forged else "obtained" if self.obtained else "genuine"


TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template("tourist", Family.NONE, genuine.tourist),
        Template("business", Family.NONE, genuine.business, ages=(22, 65)),
        Template(
            "returning_resident",
            Family.NONE,
            genuine.returning_resident,
            surface=True,
            ages=(20, 70),
        ),
        Template("student", Family.NONE, genuine.student, surface=True, ages=(18, 30)),
        Template("nervous_first_flight", Family.NONE, genuine.nervous_first_flight, surface=True),
        Template(
            "seasonal_worker", Family.NONE, genuine.seasonal_worker, surface=True, ages=(18, 55)
        ),
        Template(
            "parent_with_child", Family.NONE, genuine.parent_with_child, surface=True, ages=(25, 55)
        ),
        Template(
            "facilitated_visitor", Family.SMUGGLING, suspect.facilitated_visitor, ages=(18, 50)
        ),
        Template("smuggled_group", Family.SMUGGLING, suspect.smuggled_group, ages=(18, 50)),
        Template(
            "false_job_offer", Family.TRAFFICKING_LABOUR, trafficking.false_job_offer, ages=(18, 50)
        ),
        Template(
            "child_with_unrelated_adult",
            Family.TRAFFICKING_LABOUR,
            trafficking.child_with_unrelated_adult,
            ages=(22, 60),
        ),
        Template(
            "online_partner", Family.TRAFFICKING_SEXUAL, trafficking.online_partner, ages=(18, 40)
        ),
        Template("forged_document", Family.DOCUMENT_FRAUD, suspect.forged_document, forged=True),
        Template("ticket_other_name", Family.DOCUMENT_FRAUD, suspect.ticket_other_name),
        Template(
            "fraudulently_obtained",
            Family.DOCUMENT_FRAUD,
            obtained.fraudulently_obtained,
            obtained=True,
        ),
    )
}

# The bundled mix (45 cases): genuine travellers far outnumber suspects.
BUNDLED_MIX: dict[str, int] = {
    "tourist": 8,
    "business": 5,
    "returning_resident": 3,
    "student": 2,
    "nervous_first_flight": 2,
    "seasonal_worker": 2,
    "parent_with_child": 2,
    "facilitated_visitor": 4,
    "smuggled_group": 3,
    "false_job_offer": 3,
    "child_with_unrelated_adult": 2,
    "online_partner": 3,
    "forged_document": 3,
    "ticket_other_name": 2,
    "fraudulently_obtained": 1,  # when the documents include one (the questioned pack's FOG)
}


def make_case(
    template_id: str, seed: int, holding: Holding, case_id: str | None = None
) -> CaseFile:
    """One case file; the same template, seed and document give the same file."""
    template = TEMPLATES.get(template_id)
    if template is None:
        raise DocexamError(f"case template {template_id!r}: unknown ({', '.join(TEMPLATES)})")
    if template.nature != holding.nature:
        need = {"forged": "a forged", "obtained": "a fraudulently obtained", "genuine": "a genuine"}
        raise DocexamError(f"case template {template_id!r} needs {need[template.nature]} document")
    rng = random.Random(f"{template_id}:{seed}")
    cid = case_id or opaque_id("case", template_id, str(seed), holding.ref)
    return template.make(Builder(cid, holding, rng, template.family))


def generate_cases(
    holdings: Sequence[Holding], mix: dict[str, int] | None = None, seed: int = 0
) -> list[CaseFile]:
    """The cases of ``mix`` (template -> count), each on a document of its own while there are
    enough (a traveller seen twice with two stories would tell), in a shuffled order. Each
    template takes a holder of an age its story fits, the narrowest ranges choosing first;
    when none is left, the next unused document, and when all are used, they come round again.
    """
    mix = BUNDLED_MIX if mix is None else mix
    natures = ("genuine", "forged", "obtained")
    pools = {n: [h for h in holdings if h.nature == n] for n in natures}
    rng = random.Random(seed)
    for pool in pools.values():
        rng.shuffle(pool)
    jobs = [(tid, n) for tid, count in sorted(mix.items()) for n in range(count)]
    rng.shuffle(jobs)
    chosen: dict[int, Holding] = {}
    used: dict[str, list[str]] = {n: [] for n in natures}
    narrowest = sorted(range(len(jobs)), key=lambda i: _width(TEMPLATES[jobs[i][0]].ages))
    for i in narrowest:
        template = TEMPLATES[jobs[i][0]]
        pool, taken = pools[template.nature], used[template.nature]
        if not pool:
            continue
        fresh = [h for h in pool if h.ref not in taken] or pool
        low, high = template.ages
        fitting = [h for h in fresh if low <= _age(h) <= high]
        holding = (fitting or fresh)[0]
        taken.append(holding.ref)
        if len(taken) >= len(pool):
            taken.clear()  # every document has a story: start round again
        chosen[i] = holding
    return [
        make_case(tid, seed * 1000 + i, chosen[i])
        for i, (tid, _n) in enumerate(jobs)
        if i in chosen
    ]


def _width(ages: tuple[int, int]) -> int:
    return ages[1] - ages[0]


def _age(holding: Holding) -> int:
    """The holder's age in years a year after the document was issued (about the check's)."""
    born, issued = holding.viz.get("birth_date", ""), holding.viz.get("issue_date", "")
    if not (born[:4] + issued[:4]).isdigit() or len(born) < 4 or len(issued) < 4:
        return 35  # an authored document without the dates: any story fits
    return int(issued[:4]) + 1 - int(born[:4])
