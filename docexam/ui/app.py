"""Starting the app: QApplication, translation, the library, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from docexam import __version__

if TYPE_CHECKING:
    from docexam.ui.main_window import MainWindow


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="docexam", add_help=False)
    parser.add_argument("--lang", choices=["en", "zh"], default=None)
    known, _ = parser.parse_known_args(list(args))
    return known


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "docexam", *argv])
    app.setApplicationName("docexam")
    app.setApplicationDisplayName("docexam")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("docexam")
    return app


def run_app(
    args: Sequence[str],
    open_store: Callable[[], Any] | None = None,
    load_store: Callable[[], object] | None = None,
    exam_peek: Callable[[], bool | None] | None = None,
    class_link: Callable[[], Any] | None = None,
) -> int:
    """Open the main window. ``open_store`` comes from the composition root (``__main__``),
    so the UI itself never imports the store and its SQL.

    The store opens after the window shows: ``load_store`` (importing SQLAlchemy and Alembic,
    half of the start-up) runs in a worker thread, then ``open_store`` runs on the UI thread,
    where the store is used. Meanwhile the window shows the library when ``exam_peek`` says no
    exam is unfinished (False), else the note "Opening your results…" until the store says.
    ``class_link`` makes the :class:`~docexam.store.class_port.ClassLink` of the class menus."""
    from docexam.core.library.library import default_library, generated_bundled_dir
    from docexam.ui.i18n import choose_language, install_translator
    from docexam.ui.main_window import MainWindow

    options = _parse(args)
    app = create_application()
    lang = choose_language(options.lang)
    install_translator(app, lang)
    window = MainWindow(
        default_library(),
        lang=lang,
        bundled_target=generated_bundled_dir(),
        store_pending=open_store is not None,
        library_first=open_store is not None and exam_peek is not None and exam_peek() is False,
    )
    window.show()
    if open_store is not None:
        _open_store_later(window, open_store, load_store, class_link)
    try:
        return app.exec()
    finally:
        if window.class_menus.link is not None:
            window.class_menus.link.close()
        store: Any = window.store  # the Store open_store made, beyond the training port
        if store is not None:
            store.close()


def _open_store_later(
    window: MainWindow,
    open_store: Callable[[], Any],
    load_store: Callable[[], object] | None,
    class_link: Callable[[], Any] | None = None,
) -> None:
    from docexam.ui.common.worker import Worker

    def opened() -> None:
        window.attach_store(_open_store(open_store), at_start=True)
        if class_link is not None and window.store is not None:
            window.class_menus.set_link(class_link())
        # Once the window is up: a question over an empty screen would look like a hang.
        window.author_menus.offer_unsaved_drafts()

    loader = Worker(window)
    task = loader.start(lambda _job: load_store() if load_store is not None else None)
    # An import that fails here fails again, with its message, in open_store.
    task.finished.connect(lambda: QTimer.singleShot(0, opened))


def _open_store(open_store: Callable[[], Any]) -> Any:
    """The results store, or None after saying why: the app then runs without training."""
    from PySide6.QtWidgets import QMessageBox

    from docexam.core.domain.errors import DocexamError

    try:
        return open_store()
    except Exception as exc:  # any failure: say so, run without training
        if not isinstance(exc, DocexamError):
            # A bug, not a condition a person can fix: keep the traceback for the log. Opened
            # after the window shows, an escaping error would leave it on "Opening your
            # results…" for good.
            logging.getLogger(__name__).exception("opening the results store failed")
        QMessageBox.warning(
            None,
            QApplication.translate("app", "Results store"),
            QApplication.translate("app", "Training is off: the results store did not open.")
            + "\n"
            + (str(exc) if isinstance(exc, DocexamError) else f"{type(exc).__name__}: {exc}"),
        )
        return None
