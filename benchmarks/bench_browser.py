"""A library of 500 specimens shown in the browser, once thumbnails are cached.

Creates a pack of 500 specimens with distinct page images in a temporary data directory, lets the
browser build the thumbnail cache once (reported too), then times, several times over, building
the main window with the library listed and painting the first screen of thumbnails.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOCEXAM_DATA_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-")
os.environ["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNT = 500
RUNS = 5


def make_library(work: Path) -> Path:
    import cv2

    from docexam import shipped
    from docexam.core.domain.model import ImageRef
    from docexam.core.pack.images import read_image
    from docexam.core.pack.io import read_pack, write_pack

    base = read_pack(shipped.UTOPIA_BASIC)
    spec = base.specimens[0]
    image = read_image(spec.path(spec.pages[0].visible))
    images = work / "images"
    images.mkdir()
    specimens = []
    for i in range(COUNT):
        tinted = cv2.add(image, (i % 40, (i * 7) % 40, (i * 13) % 40, 0))
        cv2.imwrite(str(images / f"p{i}.png"), tinted, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        ref = ImageRef(spec.pages[0].visible.light, f"p{i}.png", 200)
        page = replace(spec.pages[0], images=(ref,))
        specimens.append(replace(spec, id=f"s{i:04d}", pages=(page,), root=images))
    bundled = work / "bundled"
    write_pack(replace(base, id="bench-500", specimens=tuple(specimens)), bundled / "bench-500")
    return bundled


def show_once(bundled: Path) -> float:
    from docexam import paths
    from docexam.core.library.library import Library
    from docexam.ui.main_window import MainWindow

    app = QApplication.instance()
    start = time.perf_counter()
    window = MainWindow(Library(paths.library_dir(), [bundled]))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.browser.view.viewport().repaint()
    elapsed = time.perf_counter() - start
    assert window.browser.model.rowCount() == COUNT
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    global QApplication
    from PySide6.QtWidgets import QApplication

    from docexam.ui.app import create_application

    create_application()
    with tempfile.TemporaryDirectory() as tmp:
        bundled = make_library(Path(tmp))
        from docexam import paths
        from docexam.core.library.library import Library
        from docexam.ui.main_window import MainWindow

        start = time.perf_counter()
        window = MainWindow(Library(paths.library_dir(), [bundled]))
        for entry in window.browser.model.entries():  # build every thumbnail, not just visible ones
            window.thumbs.request(entry)
        window.thumbs.wait()
        first_build = time.perf_counter() - start
        window.close()
        times = [show_once(bundled) for _ in range(RUNS)]
    print(
        json.dumps(
            {
                "benchmark": f"browser showing {COUNT} specimens, thumbnails cached",
                "runs": RUNS,
                "median_s": round(statistics.median(times), 3),
                "all_s": [round(t, 3) for t in times],
                "first_thumbnail_build_s": round(first_build, 2),
                "target_s": 0.3,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
