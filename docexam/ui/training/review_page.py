"""After an attempt: the score, and every item again with the truth over the trainee's answer.

Marks are overlaid on the truth (found: solid green check; missed: dashed orange with "?";
false: purple cross), each sign is explained beside the page, and "Show me" switches to the
light that reveals it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docexam.core.library.library import Library
from docexam.core.training.quiz import (
    AreaAnswer,
    AreaExercise,
    DrillAnswer,
    DrillExercise,
    ExerciseKind,
    Mode,
    QuizSession,
    Score,
    SessionResult,
    score,
)
from docexam.ui.training import wording
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.drill_review import DrillReview
from docexam.ui.training.feedback import FeedbackPanel
from docexam.ui.training.item_view import ItemView
from docexam.ui.training.overlay import FALSE, HIT, MISS, Counts
from docexam.ui.training.stage import Stage
from docexam.ui.training.start_page import make_primary


class ReviewPage(QWidget):
    done = Signal()
    progress_requested = Signal()

    def __init__(
        self, session: QuizSession, result: SessionResult, library: Library, lang: str = "en"
    ) -> None:
        super().__init__()
        self.session, self.result, self.lang = session, result, lang
        self.library = library
        self.drill_review: DrillReview | None = None
        self.item: ItemView | None = None
        self.stage = Stage(library, lang)
        self.scores: list[Score | None] = [self._score(i) for i in range(session.count)]
        totals = [Counts.of(s) for s in self.scores]
        self.counts = Counts(
            sum(c.hits for c in totals),
            sum(c.misses for c in totals),
            sum(c.false_marks for c in totals),
        )

        passed = result.passed
        verdict = self.tr("Passed") if passed else self.tr("Not passed yet")
        colour = HIT.name() if passed else MISS.name()
        done = len(session.records())
        if session.mode is Mode.PRACTICE and done < session.count:
            # Ended early: no pass or fail, the items done are what counts.
            verdict = (
                self.tr("Practice ended: %1 of %2 items done.")
                .replace("%1", str(done))
                .replace("%2", str(session.count))
            )
            colour = "#555"
        points = self.tr("%1: %2 of %3 points (%4%)")
        drills = all(isinstance(e, DrillExercise) for e in session.exercise_set.exercises)
        # A drill is named as the trainee started it, not by the mode it runs in.
        what = wording.kind(ExerciseKind.DRILL) if drills else wording.mode(session.mode)
        self.headline = QLabel(
            f"<h2>{points}</h2>".replace("%1", what)
            .replace("%2", f"{result.earned:g}")
            .replace("%3", f"{result.maximum:g}")
            .replace("%4", str(round(result.fraction * 100)))
            + f"<p style='color:{colour}; font-weight:bold'>{verdict}</p>"
        )
        self.headline.setObjectName("review_headline")
        c = self.counts
        # Words first, outside the f-string, so lupdate finds them.
        found, missed, false = self.tr("Found"), self.tr("Missed"), self.tr("False marks")
        self.count_label = QLabel(
            f"<span style='color:{HIT.name()}'>✓ {found}: {c.hits}</span> · "
            f"<span style='color:{MISS.name()}'>? {missed}: {c.misses}</span> · "
            f"<span style='color:{FALSE.name()}'>✕ {false}: "
            f"{c.false_marks}</span>"
        )
        self.count_label.setObjectName("review_counts")
        # Marks found, missed and false mean nothing for a set of drills only.
        exercises = session.exercise_set.exercises
        if all(isinstance(e, DrillExercise) for e in exercises):
            self.count_label.hide()  # (showing a widget with no parent yet would open a window)
        # The items as a strip of numbered chips above the page: the page keeps the width.
        self.items = QListWidget()
        self.items.setObjectName("review_items")
        self.items.setFlow(QListView.Flow.LeftToRight)
        self.items.setWrapping(False)
        self.items.setFixedHeight(44)
        self.items.setSpacing(2)
        for i, ex in enumerate(session.exercise_set.exercises):
            s = self.scores[i]
            mark = "–" if s is None else ("✓" if s.correct else ("◐" if s.earned > 0 else "✕"))
            entry = QListWidgetItem(f" {mark} {i + 1} ")
            points = (
                self.tr("not answered")
                if session.record(i) is None or s is None
                else self.tr("%1 of %2 points")
                .replace("%1", f"{s.earned:g}")
                .replace("%2", f"{s.maximum:g}")
            )
            entry.setToolTip(f"{wording.kind(ex.kind)} · {points}")
            tint = HIT if s is not None and s.correct else MISS if s and s.earned else FALSE
            entry.setForeground(tint)
            self.items.addItem(entry)
        self.items.currentRowChanged.connect(self.show_index)
        self.feedback = FeedbackPanel(lang)
        self.feedback.setMinimumWidth(280)
        self.feedback.show_light.connect(
            lambda li, p: (
                self.item.show_me(li, p if isinstance(p, str) else None) if self.item else None
            )
        )
        back = QPushButton(self.tr("Back to the start"))
        back.setObjectName("review_done")
        make_primary(back)
        back.clicked.connect(self.done)
        progress = QPushButton(self.tr("My progress"))
        progress.setObjectName("review_progress")
        progress.clicked.connect(self.progress_requested)

        head = QHBoxLayout()
        head.addWidget(self.headline)
        head.addStretch(1)
        head.addWidget(progress)
        head.addWidget(back)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stage)
        split.addWidget(self.feedback)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 320])
        strip = QHBoxLayout()
        strip.addWidget(QLabel(self.tr("Items:")))
        strip.addWidget(self.items, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.count_label)
        layout.addLayout(strip)
        # A drill is reviewed document by document (pictures and decisions), not on the stage.
        self.views = QStackedWidget()
        self.views.addWidget(split)
        layout.addWidget(self.views, 1)
        self.items.setCurrentRow(0)

    def _score(self, index: int) -> Score | None:
        record = self.session.record(index)
        if record is not None:
            return record.score
        ex = self.session.exercise_set.exercises[index]
        # An unanswered area item still shows where the features were: every one a miss.
        return score(ex, AreaAnswer()) if isinstance(ex, AreaExercise) else None

    def show_index(self, index: int) -> None:
        if not 0 <= index < self.session.count:
            return
        if self.item is not None:
            self.item.teardown()
            self.item = None
        ex = self.session.exercise_set.exercises[index]
        if self.drill_review is not None:
            self.views.removeWidget(self.drill_review)
            self.drill_review.deleteLater()
            self.drill_review = None
        if isinstance(ex, DrillExercise):
            self._show_drill(index, ex)
            return
        self.views.setCurrentIndex(0)
        caption = self.tr("Item %1: %2").replace("%1", str(index + 1))
        self.item = ItemView(
            self.stage, ex, caption.replace("%2", wording.kind(ex.kind)), reviewing=True
        )
        record = self.session.record(index)
        if record is not None:
            self.item.restore(record.answer)
        self.item.lock(True)
        s = self.scores[index]
        self.item.show_score(s)
        if isinstance(self.item.panel, CasePanel):
            # The case file with the debrief and the trainee's own questions, action and note.
            self.views.addWidget(self.item.panel.page)
            self.views.setCurrentWidget(self.item.panel.page)
        self.feedback.clear()
        if s is not None:
            self.feedback.show_score(ex, s)
        else:
            self.feedback.body.setText(self.tr("<h3>Not answered</h3>"))

    def _show_drill(self, index: int, ex: DrillExercise) -> None:
        record = self.session.record(index)
        answer = record.answer if record is not None else None
        self.drill_review = DrillReview(
            ex,
            answer if isinstance(answer, DrillAnswer) else None,
            self.scores[index],
            self.library,
            self.lang,
        )
        self.views.addWidget(self.drill_review)
        self.views.setCurrentWidget(self.drill_review)

    def close_panes(self) -> None:
        if self.item is not None:
            self.item.teardown()
            self.item = None
        self.stage.close_stage()
