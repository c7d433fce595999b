"""Screenshots of the authoring editor at 1366x768: annotation over a UV capture, the document-data
editor, the material editor and the exercise-item picker.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python tools/authoring_screenshots.py

(or offscreen without Xvfb). A throwaway data directory is used unless DOCEXAM_DATA_DIR is set;
the first run builds the bundled specimens (about 20 s). The draft is made the way an instructor
makes one: the white scan of a generated passport page with its UV-A image as a registered
capture (the light engine's, as the bundled set has no camera captures), its features and data.
"""
# ruff: noqa: E402

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOCEXAM_DATA_DIR", tempfile.mkdtemp(prefix="docexam-author-shots-"))
os.environ.setdefault("DOCEXAM_CONFIG_DIR", tempfile.mkdtemp(prefix="docexam-author-shots-cfg-"))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print("saved", path, widget.width(), "x", widget.height())


def main() -> None:
    from docexam import paths
    from docexam.core.authoring import AddSpecimen, PackInfo
    from docexam.core.authoring.drafts import new_draft
    from docexam.core.authoring.scans import PageScans, build_specimen
    from docexam.core.domain.lights import LightSource
    from docexam.core.library.bundled import ensure_bundled
    from docexam.core.library.library import default_library
    from docexam.core.light import LightEngine, LightParams
    from docexam.ui.app import create_application
    from docexam.ui.author.document_dialog import DocumentDialog
    from docexam.ui.author.exercise_editor import ExerciseSetEditor
    from docexam.ui.author.material_dialog import MaterialDialog
    from docexam.ui.author.opening import drafts_root
    from docexam.ui.main_window import MainWindow

    app = create_application()
    ensure_bundled(paths.cache_dir())
    OUT.mkdir(parents=True, exist_ok=True)
    library = default_library()
    source = next(
        s
        for p in library.load_all()
        if p.id == "docexam-generated"
        for s in p.specimens
        if s.document.type.value == "td3" and s.document.status.value == "genuine" and s.mrz
    )
    page = next(
        p
        for p in source.pages
        if p.features and any(f.category.startswith("mrz.") for f in p.features)
    )
    uv = LightEngine(source).render(page.id, LightParams(LightSource.UV365)).image

    doc = new_draft(drafts_root(), PackInfo("course-uv", {"en": "UV course"}, "Instructor"))
    scanned = build_specimen(
        doc.specimen_dir("passport-scan"),
        "passport-scan",
        # Titled after the document scanned, in both languages, as an instructor would.
        {
            "en": f"{source.title.get('en', 'Passport')} (scan)",
            "zh-Hans": f"{source.title.get('zh-Hans', '护照')}（扫描件）",
        },
        source.document,
        [
            PageScans(
                page.id,
                dict(page.name),
                page.size_mm,
                source.path(page.visible),
                {(LightSource.UV365, None): uv},
            )
        ],
    )
    # The generated features keep their masks (their exact ink), copied with them.
    for f in page.features:
        if f.mask is not None:
            target = doc.specimen_dir("passport-scan") / f.mask.file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source.path(f.mask), target)
    features = page.features
    scanned = replace(
        scanned,
        pages=(replace(scanned.pages[0], features=features),),
        mrz=source.mrz,
        viz=dict(source.viz),
    )
    doc.apply(AddSpecimen(scanned))

    window = MainWindow(library)
    window.resize(1366, 768)
    window.show()
    tab = window.author_menus.open_tab(doc, None)
    settle()
    # A feature an instructor would draw over the UV capture: the planchettes, else any glow.
    glowing = next(
        (f for f in features if "planchette" in f.category),
        next(f for f in features if f.material.uv365 is not None),
    )
    tab.layers.setCurrentIndex(1)
    tab.blend.setValue(80)
    # On the canvas, a local one: the emblem printed in UV ink, picked in the feature list.
    emblem = next((f for f in features if f.name.get("en") == "UV emblem"), glowing)
    tab.editor.select(emblem.id)
    tab.check_now()
    save(window, "authoring-uv")

    dialog = DocumentDialog(doc.specimen("passport-scan"), "en", tab)
    dialog.show()
    # A typo in the date of birth, as the checks show it while the instructor types.
    birth = dialog.viz["birth_date"]
    year, month, day = birth.text().split("-")
    birth.setText(f"{year}-{month}-{int(day) % 28 + 1:02d}")
    save(dialog, "authoring-document-data")
    dialog.reject()

    material = MaterialDialog(
        doc.specimen("passport-scan"),
        page.id,
        glowing,
        paths.config_dir() / "material-presets.json",
        "en",
        tab,
    )
    material.show()
    while material.shown_params is None or material.worker.busy():
        app.processEvents()
    save(material, "authoring-material")
    material.reject()

    sets = ExerciseSetEditor(tab.editor, "en", tab)
    sets.show()
    for kind, box in sets.kinds.items():
        box.setChecked(kind.value in ("find_features", "which_light", "mrz_check"))
    sets.list_items()
    for row in range(sets.items.count()):
        item = sets.items.item(row)
        if row % 4 == 3:
            item.setCheckState(Qt.CheckState.Unchecked)
    sets.items.setCurrentRow(0)
    save(sets, "authoring-item-picker")
    sets.reject()
    tab.close_panes()
    window.close()


if __name__ == "__main__":
    main()
