"""Case-file items scored as specified: each indicator found earns a point, each false one costs
the penalty, the indicator part bounded to [0, its maximum]; the action is worth two points, one
for a defensible one; a genuine traveller's "nothing to mark" is worth the indicator point. The
note is kept with the answer, never scored. Checked over the generated cases' own keys."""

from __future__ import annotations

import random

from docexam.core.cases.generate import TEMPLATES, make_case
from docexam.core.cases.indicators import INDICATORS, Action
from docexam.core.training.quiz import CaseAnswer, Outcome
from docexam.core.training.quiz.answer_codec import answer_from_json, answer_to_json
from docexam.core.training.quiz.case_items import case_exercise
from docexam.core.training.quiz.scoring import max_score, score
from tests.core.cases.conftest import holding

OBJECTIVES = ("L1.profiling.smuggling", "L1.profiling.victims", "L1.profiling.documents")


def _items() -> list:
    out = []
    for n, template in enumerate(sorted(TEMPLATES)):
        for seed in range(6):
            nature = TEMPLATES[template].nature
            case = make_case(template, seed, holding("QNB", 40 * n + seed, nature=nature))
            ex = case_exercise("pack", case, OBJECTIVES, {1})
            assert ex is not None
            out.append(ex)
    return out


def test_the_key_scores_full_marks_and_nothing_scores_nothing_of_the_action() -> None:
    for ex in _items():
        right = score(ex, CaseAnswer(ex.indicators, ex.action, "note"))
        assert right.earned == right.maximum == max_score(ex)
        empty = score(ex, CaseAnswer())
        assert empty.earned == (1.0 if not ex.indicators else 0.0)


def test_hits_earn_false_indicators_cost_bounded() -> None:
    rng = random.Random(5)
    every = [i.id for i in INDICATORS]
    for ex in _items():
        for _ in range(20):
            marked = tuple(rng.sample(every, rng.randint(0, 6)))
            action = rng.choice([a.value for a in Action])
            s = score(ex, CaseAnswer(marked, action))
            hits = len(set(marked) & set(ex.indicators))
            false = len(set(marked) - set(ex.indicators))
            top = float(len(ex.indicators)) or 1.0
            raw = hits - 0.5 * false + (0.0 if ex.indicators else 1.0)
            act = 2.0 if action == ex.action else 1.0 if action in ex.acceptable else 0.0
            assert s.earned == min(max(raw, 0.0), top) + act
            assert 0.0 <= s.earned <= s.maximum
            assert len(s.of(Outcome.FALSE_MARK)) == false
            assert len(s.of(Outcome.MISS)) == len(ex.indicators) - hits


def test_answers_and_the_note_are_stored_and_read_back() -> None:
    answer = CaseAnswer(("companion_answers",), "refer_victim", "Held passport; 中文", ("paid",))
    assert answer_from_json(answer_to_json(answer)) == answer
