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

from docexam.core.cases import genuine, suspect, trafficking
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


TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        Template("tourist", Family.NONE, genuine.tourist),
        Template("business", Family.NONE, genuine.business),
        Template("returning_resident", Family.NONE, genuine.returning_resident, surface=True),
        Template("student", Family.NONE, genuine.student, surface=True),
        Template("nervous_first_flight", Family.NONE, genuine.nervous_first_flight, surface=True),
        Template("seasonal_worker", Family.NONE, genuine.seasonal_worker, surface=True),
        Template("parent_with_child", Family.NONE, genuine.parent_with_child, surface=True),
        Template("facilitated_visitor", Family.SMUGGLING, suspect.facilitated_visitor),
        Template("smuggled_group", Family.SMUGGLING, suspect.smuggled_group),
        Template("false_job_offer", Family.TRAFFICKING_LABOUR, trafficking.false_job_offer),
        Template(
            "child_with_unrelated_adult",
            Family.TRAFFICKING_LABOUR,
            trafficking.child_with_unrelated_adult,
        ),
        Template("online_partner", Family.TRAFFICKING_SEXUAL, trafficking.online_partner),
        Template("forged_document", Family.DOCUMENT_FRAUD, suspect.forged_document, forged=True),
        Template("ticket_other_name", Family.DOCUMENT_FRAUD, suspect.ticket_other_name),
    )
}

# The bundled mix (44 cases): genuine travellers far outnumber suspects.
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
}


def make_case(
    template_id: str, seed: int, holding: Holding, case_id: str | None = None
) -> CaseFile:
    """One case file; the same template, seed and document give the same file."""
    template = TEMPLATES.get(template_id)
    if template is None:
        raise DocexamError(f"case template {template_id!r}: unknown ({', '.join(TEMPLATES)})")
    if template.forged != (not holding.genuine):
        need = "a forged" if template.forged else "a genuine"
        raise DocexamError(f"case template {template_id!r} needs {need} document")
    rng = random.Random(f"{template_id}:{seed}")
    cid = case_id or opaque_id("case", template_id, str(seed), holding.ref)
    return template.make(Builder(cid, holding, rng, template.family))


def generate_cases(
    holdings: Sequence[Holding], mix: dict[str, int] | None = None, seed: int = 0
) -> list[CaseFile]:
    """The cases of ``mix`` (template -> count), each on a document of its own while there are
    enough (a traveller seen twice with two stories would tell), in a shuffled order."""
    mix = BUNDLED_MIX if mix is None else mix
    genuine_docs = [h for h in holdings if h.genuine]
    forged_docs = [h for h in holdings if not h.genuine]
    rng = random.Random(seed)
    # Every template's traveller is a working-age adult (a child is a companion): a document
    # of a child or of a retired person would make the story unbelievable, so those go last.
    for docs in (genuine_docs, forged_docs):
        fit = [h for h in docs if _working_age(h)]
        rest = [h for h in docs if not _working_age(h)]
        rng.shuffle(fit)
        rng.shuffle(rest)
        docs[:] = fit + rest
    jobs = [(tid, n) for tid, count in sorted(mix.items()) for n in range(count)]
    rng.shuffle(jobs)
    out: list[CaseFile] = []
    used = {True: 0, False: 0}
    for i, (tid, _n) in enumerate(jobs):
        forged = TEMPLATES[tid].forged
        pool = forged_docs if forged else genuine_docs
        if not pool:
            continue
        holding = pool[used[forged] % len(pool)]
        used[forged] += 1
        out.append(make_case(tid, seed * 1000 + i, holding))
    return out


def _working_age(holding: Holding) -> bool:
    """Whether the holder is 20 to 55 years old when the document was issued (the check
    falls up to a few years later)."""
    born, issued = holding.viz.get("birth_date", ""), holding.viz.get("issue_date", "")
    if len(born) < 4 or len(issued) < 4 or not (born[:4] + issued[:4]).isdigit():
        return True
    return 20 <= int(issued[:4]) - int(born[:4]) <= 55
