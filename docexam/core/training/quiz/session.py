"""A trainee's run through an exercise set, as a state machine the UI drives.

States: ``IN_PROGRESS`` -> ``FINISHED``. The UI moves between items (next, previous, go_to),
submits answers and finishes. Practice mode scores each answer at once and shows the feedback
(the explanation and the light that shows each feature); the answer is then locked, because the
feedback gave it away. Exam mode keeps a timer for the whole set, shows no hints and no scores,
lets the trainee change an answer until submission, and reveals everything after ``finish``.

Time per item is the time it was on screen, summed over visits. The clock is injectable, so
tests and resumed sessions control it. Every answer is scored when given (scoring is pure), so
the store can keep score and feedback with the answer even in exam mode.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from docexam.core.exercise.answers import Answer
from docexam.core.exercise.errors import QuizError
from docexam.core.exercise.model import Exercise, ExerciseSet, Mode
from docexam.core.training.quiz.outcomes import Score
from docexam.core.training.quiz.scoring import max_score, score

Clock = Callable[[], float]


class SessionState(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


@dataclass(frozen=True)
class ItemRecord:
    """One answer given: what the store keeps (with the score, hidden in exam mode)."""

    index: int
    exercise: Exercise
    answer: Answer
    score: Score
    seconds: float


@dataclass(frozen=True)
class SessionResult:
    earned: float
    maximum: float
    passed: bool
    scores: tuple[Score | None, ...]  # per item; None where nothing was answered
    seconds: float
    timed_out: bool

    @property
    def fraction(self) -> float:
        return self.earned / self.maximum if self.maximum > 0 else 0.0


class QuizSession:
    def __init__(
        self,
        exercise_set: ExerciseSet,
        mode: Mode | None = None,
        *,
        clock: Clock = time.monotonic,
        elapsed_s: float = 0.0,
    ) -> None:
        if not exercise_set.exercises:
            raise QuizError(f"exercise set {exercise_set.id!r}: has no exercises")
        self.exercise_set = exercise_set
        self.mode = mode or exercise_set.mode
        self._clock = clock
        self._state = SessionState.IN_PROGRESS
        self._index = 0
        self._records: dict[int, ItemRecord] = {}
        self._item_seconds = [0.0] * len(exercise_set.exercises)
        self._elapsed_before = elapsed_s
        self._started = clock()
        self._shown_at = self._started
        self._result: SessionResult | None = None

    @classmethod
    def resume(
        cls,
        exercise_set: ExerciseSet,
        answers: Sequence[tuple[int, Answer, float]],
        mode: Mode | None = None,
        *,
        clock: Clock = time.monotonic,
        elapsed_s: float | None = None,
    ) -> QuizSession:
        """Carry on from stored answers ``(index, answer, seconds)``, the latest per item last.

        The exam clock restarts from ``elapsed_s``, by default the time spent on the answered
        items: the minutes the workstation was down are not charged to the trainee."""
        latest = {index: (answer, seconds) for index, answer, seconds in answers}
        if elapsed_s is None:
            elapsed_s = sum(seconds for _, seconds in latest.values())
        session = cls(exercise_set, mode, clock=clock, elapsed_s=elapsed_s)
        for index, (answer, seconds) in sorted(latest.items()):
            session._check_index(index)
            session._item_seconds[index] = seconds
            ex = exercise_set.exercises[index]
            session._records[index] = ItemRecord(
                index, ex, answer, score(ex, answer, seconds), seconds
            )
        unanswered = [i for i in range(session.count) if i not in session._records]
        session._index = unanswered[0] if unanswered else session.count - 1
        return session

    # Where we are ---------------------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self.exercise_set.exercises)

    @property
    def current(self) -> Exercise:
        return self.exercise_set.exercises[self._index]

    @property
    def hints_visible(self) -> bool:
        """Practice shows hints (explanations, revealing lights); an exam never does."""
        return self.mode is Mode.PRACTICE

    def answered(self, index: int | None = None) -> bool:
        return (self._index if index is None else index) in self._records

    def record(self, index: int | None = None) -> ItemRecord | None:
        return self._records.get(self._index if index is None else index)

    def records(self) -> list[ItemRecord]:
        return [self._records[i] for i in sorted(self._records)]

    # Time -----------------------------------------------------------------------------------
    def elapsed(self) -> float:
        return self._elapsed_before + (self._clock() - self._started)

    def remaining(self) -> float | None:
        """Seconds left in an exam with a time limit; None when untimed."""
        limit = self.exercise_set.time_limit_s
        if self.mode is not Mode.EXAM or limit is None:
            return None
        return max(0.0, limit - self.elapsed())

    @property
    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0.0

    def item_seconds(self, index: int | None = None) -> float:
        i = self._index if index is None else index
        running = self._clock() - self._shown_at if i == self._index and self._open else 0.0
        return self._item_seconds[i] + running

    def restart_item_clock(self) -> None:
        """The current item is on screen only now: the time it took to draw is not the
        trainee's (a quick check counts its seconds against a countdown)."""
        if self._open:
            self._shown_at = self._clock()

    @property
    def _open(self) -> bool:
        return self._state is SessionState.IN_PROGRESS

    # Moving ---------------------------------------------------------------------------------
    def go_to(self, index: int) -> Exercise:
        self._require_open()
        self._check_index(index)
        now = self._clock()
        self._item_seconds[self._index] += now - self._shown_at
        self._shown_at = now
        self._index = index
        return self.current

    def next(self) -> Exercise:
        return self.go_to(min(self._index + 1, self.count - 1))

    def previous(self) -> Exercise:
        return self.go_to(max(self._index - 1, 0))

    # Answering ------------------------------------------------------------------------------
    def submit(
        self, answer: Answer, persist: Callable[[ItemRecord], object] | None = None
    ) -> ItemRecord:
        """Answer the current item; show ``feedback()`` after.

        An answer counts only once it is kept: ``persist`` (storing it) runs first, and when it
        raises, the session is as it was, so the same answer can be given again."""
        self._require_open()
        if self.expired:
            raise QuizError("the time is up: finish the exam to see the results")
        if self.mode is Mode.PRACTICE and self._index in self._records:
            raise QuizError(f"item {self._index + 1}: already answered (feedback was shown)")
        seconds = self.item_seconds()
        ex = self.current
        record = ItemRecord(self._index, ex, answer, score(ex, answer, seconds), seconds)
        if persist is not None:
            persist(record)
        self._records[self._index] = record
        return record

    def feedback(self, index: int | None = None) -> Score | None:
        """The score to show: at once in practice, only after ``finish`` in an exam."""
        record = self.record(index)
        if record is None:
            return None
        if self.mode is Mode.EXAM and self._open:
            return None
        return record.score

    def finish(self) -> SessionResult:
        if self._result is not None:
            return self._result
        timed_out = self.expired
        now = self._clock()
        self._item_seconds[self._index] += now - self._shown_at
        elapsed = self.elapsed()
        self._state = SessionState.FINISHED
        scores = tuple(
            self._records[i].score if i in self._records else None for i in range(self.count)
        )
        earned = sum(s.earned for s in scores if s is not None)
        maximum = sum(
            s.maximum if s is not None else max_score(ex)
            for s, ex in zip(scores, self.exercise_set.exercises, strict=True)
        )
        passed = maximum > 0 and earned / maximum >= self.exercise_set.pass_mark - 1e-9
        self._result = SessionResult(earned, maximum, passed, scores, elapsed, timed_out)
        return self._result

    @property
    def result(self) -> SessionResult | None:
        return self._result

    def _require_open(self) -> None:
        if not self._open:
            raise QuizError("the attempt is finished")

    def _check_index(self, index: int) -> None:
        if not 0 <= index < self.count:
            raise QuizError(f"item {index + 1}: the set has {self.count} items")
