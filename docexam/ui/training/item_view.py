"""One exercise on the stage: the specimen under the right light and page, the answer panel
for its kind, the trainee's marks and, once scored, the truth over them.

``ItemView`` is shared by the exercise page (answering) and the review (looking back), so an
item looks the same in both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from docexam.core.cases.faces import ComparedFaces, compared_faces
from docexam.core.cases.model import EARLIER, CaseFile
from docexam.core.domain.errors import DocexamError
from docexam.core.domain.lights import LightSource
from docexam.core.training.quiz import (
    Answer,
    AreaExercise,
    CaseExercise,
    ChipExercise,
    DrillExercise,
    Exercise,
    FaceExercise,
    LightExercise,
    MrzExercise,
    Score,
    SpecimenRef,
    VerdictExercise,
)
from docexam.core.training.quiz.face_items import PHOTO_SIZE, face_photo, has_chip
from docexam.ui.common.worker import Task
from docexam.ui.training.answer_panels import AnswerPanel, AreaPanel, LightPanel, VerdictPanel
from docexam.ui.training.case_faces import DRAWN
from docexam.ui.training.case_panel import CasePanel
from docexam.ui.training.chip_panel import ChipPanel
from docexam.ui.training.drill import DrillPanel
from docexam.ui.training.face_panel import FacePanel
from docexam.ui.training.marks import MarkLayer
from docexam.ui.training.mrz_panel import MrzPanel
from docexam.ui.training.overlay import Overlay, draw_area_score
from docexam.ui.training.stage import Stage
from docexam.ui.viewer.specimen_tab import SpecimenTab
from docexam.ui.viewer.state import CHIP_EXERCISE, Aspect


class ItemView(QObject):
    """Sets up the stage and an answer panel for one exercise; ``teardown`` before the next."""

    changed = Signal()

    def __init__(
        self, stage: Stage, exercise: Exercise, caption: str, reviewing: bool = False
    ) -> None:
        super().__init__(stage)
        self.stage, self.exercise = stage, exercise
        self.reviewing = reviewing
        self.layer: MarkLayer | None = None
        self.overlay: Overlay | None = None
        self.score: Score | None = None
        self.tab: SpecimenTab | None = None
        self._photo_task: Task | None = None
        self.panel: AnswerPanel = self._build(caption)
        self.panel.changed.connect(self.changed)
        self._unsubscribe = (
            self.tab.state.subscribe(self._state_changed) if self.tab is not None else None
        )

    def _build(self, caption: str) -> AnswerPanel:
        ex = self.exercise
        if isinstance(ex, DrillExercise):
            panel = DrillPanel(ex)
            panel.show_document.connect(self._show_drill_document)
            self.tab = self.stage.show_specimen(
                ex.items[0].specimen, None, LightSource.VISIBLE, caption
            )
            # The document stays covered until the clock starts: at the booth there is no
            # untimed look, and inside an exam there must not be one either.
            if self.tab is not None and not panel.done():
                self.tab.view.setVisible(False)
            return panel
        page_id = ex.specimen.page_id
        if isinstance(ex, AreaExercise):
            page_id = page_id or ex.pages[0].page_id
        if isinstance(ex, LightExercise):
            page_id = ex.feature.page_id
        light = LightSource.VISIBLE
        if isinstance(ex, AreaExercise):
            # Looking back, the page opens where the key's marks show; while answering, under
            # the item's own light (the key's light would give an alteration item away).
            light = ex.key_light if self.reviewing else ex.light
        if isinstance(ex, CaseExercise):
            self.tab = self.stage.show_specimen(ex.specimen, page_id, light, caption)
            case = self._case(ex.case)
            return CasePanel(ex, case, self.stage.lang, self._faces(case))
        if isinstance(ex, ChipExercise):
            self.tab = self.stage.show_specimen(ex.specimen, page_id, light, caption, CHIP_EXERCISE)
            return ChipPanel(ex, self.tab.open_chip_reader if self.tab is not None else None)
        if isinstance(ex, FaceExercise):
            return self._face_panel(ex, page_id, caption)
        self.tab = self.stage.show_specimen(ex.specimen, page_id, light, caption)
        if isinstance(ex, AreaExercise):
            if self.tab is None:
                return VerdictPanel()  # nothing to mark on; the stage shows the error
            scales = {p.id: p.visible.dpi / 25.4 for p in self.tab.specimen.pages}
            self.layer = MarkLayer(self.tab.view, scales, self.tab.pane.page_id)
            return AreaPanel(self.layer)
        if isinstance(ex, LightExercise):
            self._draw()
            return LightPanel(ex.options)
        if isinstance(ex, MrzExercise):
            return MrzPanel(ex)
        assert isinstance(ex, VerdictExercise)
        return VerdictPanel()

    def _face_panel(self, ex: FaceExercise, page_id: str | None, caption: str) -> AnswerPanel:
        """The document on the stage (portrait, ghost image; the reader for a chip's DG2), the
        photo to compare in the panel, drawn again from the item's seed."""
        tab = self.stage.show_specimen(ex.specimen, page_id, LightSource.VISIBLE, caption)
        if tab is not None and has_chip(tab.specimen):
            tab = self.stage.show_specimen(
                ex.specimen, page_id, LightSource.VISIBLE, caption, CHIP_EXERCISE
            )
        self.tab = tab
        if tab is None:
            panel = FacePanel(ex, None, None)
            panel.photo_failed(self.tr("the document could not be opened."))
            return panel
        reader = tab.open_chip_reader if has_chip(tab.specimen) else None
        panel = FacePanel(ex, None, reader)
        specimen = tab.specimen
        task = self.stage.photos.start(
            lambda _job: face_photo(ex, specimen, PHOTO_SIZE[0], PHOTO_SIZE[1]), supersede=True
        )
        task.succeeded.connect(panel.show_photo)
        task.failed.connect(lambda message, _exc: panel.photo_failed(message))
        self._photo_task = task
        if self.reviewing:  # looking back: no clock runs, so none is shown
            panel.clock.hide()
            panel.countdown.hide()
        return panel

    def _faces(self, case: CaseFile | None) -> Callable[[], ComparedFaces] | None:
        """How to draw the faces a case with an earlier passport compares: the earlier one is
        the person's own face, which only a document docexam drew has (a photographed
        specimen's person has no generated face). Drawn off the UI thread by the case page."""
        if case is None or self.tab is None or not self.tab.specimen.generated:
            return None
        if not any(d.kind == EARLIER for d in case.documents):
            return None
        specimen = self.tab.specimen
        return lambda: compared_faces(specimen, *DRAWN)

    def _case(self, ref: str) -> CaseFile | None:
        try:
            return self.stage.library.load_case(ref)
        except DocexamError:  # the panel says the file is missing; the item stays answerable
            return None

    # -- the truth over the page --------------------------------------------------------------

    def page_id(self) -> str | None:
        return self.tab.pane.page_id if self.tab is not None else None

    def _state_changed(self, aspect: Aspect) -> None:
        if aspect is Aspect.PAGE:
            self._page_changed()

    def _page_changed(self) -> None:
        if self.layer is not None and self.tab is not None:
            self.layer.set_page(self.tab.pane.page_id)
        self._draw()

    def show_score(self, score: Score | None) -> None:
        self.score = score
        if isinstance(self.panel, CasePanel):
            self.panel.show_score(score)
        self._draw()

    def _draw(self) -> None:
        if self.overlay is not None:
            self.overlay.clear()
        if self.tab is None:
            return
        page = self.tab.specimen.page(self.tab.pane.page_id)
        self.overlay = Overlay(self.tab.view.scene(), page.visible.dpi / 25.4)
        ex = self.exercise
        if isinstance(ex, LightExercise) and ex.feature.page_id == page.id:
            self.overlay.asked(ex.feature.region)
        if isinstance(ex, AreaExercise) and self.score is not None:
            draw_area_score(self.overlay, ex, self.score, page.id)

    def show_me(self, light: LightSource, page_id: str | None) -> None:
        if self.tab is None:
            return
        page_ids = [p.id for p in self.tab.specimen.pages]
        if page_id in page_ids:
            self.tab.state.set_page(page_ids.index(page_id))
        self.tab.state.set_light(light)

    # -- answers ---------------------------------------------------------------------------------

    def answer(self) -> Answer | None:
        return self.panel.answer()

    def restore(self, answer: Answer) -> None:
        self.panel.set_answer(answer)

    def _show_drill_document(self, ref: SpecimenRef, number: int) -> None:
        caption = self.tr("Document %1").replace("%1", str(number))
        tab = self.stage.show_specimen(ref, None, LightSource.VISIBLE, caption)
        if tab is not None:
            tab.view.setVisible(True)

    def lock(self, locked: bool) -> None:
        self.panel.set_locked(locked)

    def teardown(self) -> None:
        if self._photo_task is not None:
            self._photo_task.cancel()  # a photo that comes after the item left is not shown
        if isinstance(self.panel, DrillPanel | FacePanel):
            self.panel.stop()
        if self.overlay is not None and self.stage.tab is self.tab:
            self.overlay.clear()
        if self.layer is not None and self.stage.tab is self.tab:
            self.layer.detach()
        if self._unsubscribe is not None:
            self._unsubscribe()  # the next item may keep the same tab
        # Hidden and deleted in place: reparenting a widget that holds the focus to no parent
        # would make it a window of its own and take the activation from the main window.
        self.panel.hide()
        self.panel.deleteLater()
        if isinstance(self.panel, CasePanel):  # its page sits in the exercise page's desk
            self.panel.page.stop()
            self.panel.page.hide()
            self.panel.page.deleteLater()
        self.deleteLater()

    @property
    def below_stage(self) -> bool:
        """The MRZ is wide: its panel goes under the page, not beside it."""
        return isinstance(self.panel, MrzPanel)
