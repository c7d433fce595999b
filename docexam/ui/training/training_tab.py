"""The Training tab: start screen -> exercise -> review, and the progress screen.

It owns the flow between the pages and the one place where attempts begin: a plan is built
into a set off the UI thread, the set is saved, an attempt is started, and the exercise page
takes over. Resuming rebuilds the session from the stored answers and returns to the item the
trainee was on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QStackedWidget, QWidget

from docexam.core.domain.errors import DocexamError
from docexam.core.library.library import Library
from docexam.core.training.curriculum import Curriculum, load_curriculum
from docexam.core.training.quiz import ExerciseSet, Mode, QuizSession, SessionResult
from docexam.store.class_port import SeatPort
from docexam.store.records import AttemptStatus, ResumableAttempt
from docexam.ui.common.worker import Task, Worker
from docexam.ui.settings import settings
from docexam.ui.tabs import Examination, TabMenus
from docexam.ui.training.port import TrainingStore, resume_session, save_set, time_left
from docexam.ui.training.start_page import StartPage

if TYPE_CHECKING:  # an exercise needs the viewer (OpenCV, numpy) and plans the generator:
    # both are imported when first used, so the Training tab opens at once at start-up.
    from docexam.core.training.plans import Plan
    from docexam.ui.training.exercise_page import ExercisePage
    from docexam.ui.training.review_page import ReviewPage


class TrainingTab(QStackedWidget):
    # True while an exam runs (until it is submitted): the window hides the library and every
    # specimen, whose labels would give the answers away.
    exam_running = Signal(bool)

    def __init__(
        self,
        store: TrainingStore,
        library: Library,
        lang: str = "en",
        curriculum: Curriculum | None = None,
    ) -> None:
        super().__init__()
        self.store, self.library, self.lang = store, library, lang
        self.curriculum = curriculum or load_curriculum()
        self.start = StartPage(store, self.curriculum, library, lang)
        self.start.start_requested.connect(self.start_plan)
        self.start.resume_requested.connect(self.resume)
        self.start.progress_requested.connect(self.show_progress)
        self.addWidget(self.start)
        self.exercise: ExercisePage | None = None
        self.review: ReviewPage | None = None
        self.progress_page: QWidget | None = None
        self.worker = Worker(self)  # builds sets
        self.seat: SeatPort | None = None  # the class session joined, sending to its server
        # A class attempt left in progress (docexam closed or crashed): its seat, taken again
        # at start-up (``ClassMenus.seat_for``), so "Continue" keeps sending to the server.
        self.seat_for: Callable[[int], SeatPort | None] = lambda _attempt_id: None
        self.busy: QProgressDialog | None = None

    def exam_unfinished(self) -> bool:
        """The trainee has an exam begun and not submitted whose time has not run out: the
        window keeps the library hidden until it is. Any of their unfinished attempts counts,
        not only the latest: a practice started meanwhile does not end the exam."""
        trainee = self.start.trainee
        if trainee is None:
            return False
        return any(
            r.exercise_set.mode == Mode.EXAM.value and time_left(r) != 0.0
            for r in self.store.unfinished_attempts(trainee.id)
        )

    # -- starting ------------------------------------------------------------------------------

    def start_plan(self, plan: Plan) -> Task:
        from docexam.core.training.plans import PlanKind, build_set

        """Build the set in the background with a progress note, then start the attempt.

        Reading every pack of a large library and generating from it takes too long to freeze
        the window for."""
        library, curriculum = self.library, self.curriculum
        trainee = self.start.trainee
        if plan.kind is PlanKind.LEVEL_EXAM and trainee is not None:
            plan = replace(plan, seen=self.store.answered_exercises(trainee.id))
        task = self.worker.start(lambda _job: build_set(plan, library, curriculum), supersede=True)
        task.succeeded.connect(lambda built: self.start_set(*built))
        task.failed.connect(self._failed)
        busy = QProgressDialog(self.tr("Preparing the exercises…"), "", 0, 0, self)
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(400)  # a quick build never flashes a dialog
        task.finished.connect(lambda: self._builder_done(busy))
        self.busy = busy
        return task

    def _builder_done(self, busy: QProgressDialog) -> None:
        busy.reset()
        busy.deleteLater()
        if self.busy is busy:
            self.busy = None

    def _failed(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Training"), message)

    def start_set(
        self, pack_id: str, exercise_set: ExerciseSet, store: TrainingStore | None = None
    ) -> ExercisePage | None:
        """``store``: a class session's seat instead of the workstation's own results."""
        trainee = self.start.trainee
        if trainee is None:
            return None
        store = store or self.store
        try:
            stored = save_set(store, pack_id, exercise_set)
            attempt = store.start_attempt(trainee.id, stored.id, exercise_set.mode.value)
        except DocexamError as exc:
            self._failed(str(exc))
            return None
        return self._open(attempt.id, QuizSession(exercise_set), store)

    def start_class(self, seat: SeatPort) -> Task:
        """Run a class session's set on its seat: from this workstation's own copy of the
        pack, the server never hands out an exam's items."""
        from docexam.core.training.plans import Plan, PlanKind, build_set

        session = seat.session
        trainee = self.start.trainee
        plan = Plan(
            PlanKind.PACK_SET,
            trainee.level if trainee is not None else 1,
            pack_id=session.pack_id,
            set_id=session.set_key,
        )
        if self.seat is not None and self.seat is not seat:
            self.seat.stop_sending()
        self.seat = seat
        seat.start_sending()
        library, curriculum = self.library, self.curriculum
        task = self.worker.start(lambda _job: build_set(plan, library, curriculum), supersede=True)
        task.succeeded.connect(lambda built: self.start_set(built[0], built[1], store=seat))
        task.failed.connect(self._failed)
        return task

    def resume(self, resumable: ResumableAttempt) -> ExercisePage | None:
        """Carry on where the trainee stopped; an exam whose time ran out meanwhile finishes at
        once with the answers stored, and its review opens.

        An attempt on documents the library no longer has (a newer docexam rebuilt the
        generated set under new ids, or a pack was removed) cannot be carried on: it is closed
        without a score, and the start page says so. While the bundled set is still being
        built its documents may yet come: then it waits."""
        session = resume_session(resumable)
        if self.library.missing(session.exercise_set.specimens()):
            if self.start.building is not None:
                self.start.next_reason.setText(
                    self.tr("Its documents are still being prepared: continue when they are ready.")
                )
                return None
            self.store.finish_attempt(resumable.attempt.id, status=AttemptStatus.ABANDONED)
            self.show_start()
            self.start.next_reason.setText(
                self.tr(
                    "Your unfinished attempt used documents the library no longer has (docexam "
                    "rebuilt its specimens, or a pack was removed): it was closed without a "
                    "score. Start it again for a fresh one."
                )
            )
            return None
        from docexam.ui.training.exercise_page import position_key

        saved = settings().value(position_key(resumable.attempt.id))
        if saved is not None and 0 <= int(str(saved)) < session.count:
            session.go_to(int(str(saved)))  # exactly the item the trainee was on
        seat = self.seat_for(resumable.attempt.id)
        if seat is not None:
            self.seat = seat
        page = self._open(resumable.attempt.id, session, seat)
        if session.expired:
            page.do_finish()
        return page

    def _open(
        self, attempt_id: int, session: QuizSession, store: TrainingStore | None = None
    ) -> ExercisePage:
        from docexam.ui.training.exercise_page import ExercisePage

        self._drop_pages()
        page = ExercisePage(store or self.store, attempt_id, session, self.library, self.lang)
        page.finished.connect(lambda result: self._finished(session, result))
        if self.seat is not None and store is self.seat:
            # "Where each trainee is" on the dashboard: the seat's next heartbeat carries it.
            page.item_shown.connect(self.seat.showing)
            self.seat.showing(session.index)
        self.exercise = page
        self.addWidget(page)
        self.setCurrentWidget(page)
        self.exam_running.emit(page.exam or self.exam_unfinished())
        return page

    # -- after -----------------------------------------------------------------------------------

    def _finished(self, session: QuizSession, result: SessionResult) -> None:
        from docexam.ui.training.review_page import ReviewPage

        review = ReviewPage(session, result, self.library, self.lang)
        review.done.connect(self.show_start)
        review.progress_requested.connect(self.show_progress)
        self._drop_pages()
        self.review = review
        self.addWidget(review)
        self.setCurrentWidget(review)
        # Submitted: the library may show its labels again, unless another exam still waits.
        self.exam_running.emit(self.exam_unfinished())

    # -- the library it draws on -----------------------------------------------------------------

    def library_building(self, done: int, total: int) -> None:
        """The window builds the bundled specimens: generated sets wait until they are ready."""
        self.start.set_building(done, total)

    def library_ready(self) -> None:
        self.start.set_building(None)

    def library_changed(self) -> None:
        """A pack was imported: the start screen lists the sets it ships."""
        self.start.refresh()

    def show_start(self) -> None:
        self._drop_pages()
        self.start.refresh()
        self.setCurrentWidget(self.start)

    def show_progress(self) -> QWidget | None:
        from docexam.ui.training.progress_page import ProgressPage

        trainee = self.start.trainee
        if trainee is None:
            return None
        self._drop_pages()
        page = ProgressPage(self.store, self.curriculum, trainee, self.lang)
        page.back.connect(self.show_start)
        page.start_requested.connect(self.start_plan)
        self.progress_page = page
        self.addWidget(page)
        self.setCurrentWidget(page)
        return page

    def _drop_pages(self) -> None:
        # The exercise and the review show specimens: their renders must end first.
        for viewing in (self.exercise, self.review):
            if viewing is not None:
                viewing.close_panes()
        for page in (self.exercise, self.review, self.progress_page):
            if page is not None:
                self.removeWidget(page)
                page.deleteLater()
        self.exercise = self.review = self.progress_page = None

    # -- as a tab of the main window (docexam.ui.tabs.Tab) -------------------------------------

    def tab_title(self) -> str:
        return self.tr("Training")

    def closable(self) -> bool:
        return False  # always there beside the library

    def tab_menus(self) -> TabMenus:
        return TabMenus()

    def examination(self) -> Examination | None:
        return None  # an exercise compares from its own page (C), keeping the answer hidden

    def close_panes(self) -> None:
        """The main window calls this when it closes: stop the build, wait for renders."""
        self.worker.stop()
        self._drop_pages()
        if self.seat is not None:
            self.seat.stop_sending()
