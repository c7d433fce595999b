"""Cold start to the main window showing the library, against a bare PySide6 window.

Each run is a fresh Python process (offscreen Qt) timed from spawn to the first processed paint
of the window. Prints JSON with medians of several runs of each.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.time())
"""

DOCEXAM = """
import time
from docexam.core.library.library import default_library
from docexam.ui.app import create_application
from docexam.ui.main_window import MainWindow
app = create_application()
w = MainWindow(default_library()); w.show(); app.processEvents()
assert w.browser.model.rowCount() > 0
print(time.time())
"""


def _once(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - start


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["DOCEXAM_DATA_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-")
    env["DOCEXAM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="docexam-bench-cfg-")
    _once(DOCEXAM, env)  # first start builds caches (thumbnails); the target is a normal start
    bare = [_once(BARE, env) for _ in range(RUNS)]
    app = [_once(DOCEXAM, env) for _ in range(RUNS)]
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    print(
        json.dumps(
            {
                "benchmark": "cold start to main window",
                "runs": RUNS,
                "bare_pyside6_window_s": round(bare_s, 3),
                "docexam_main_window_s": round(app_s, 3),
                "ratio_to_bare": round(app_s / bare_s, 2),
                "target_s": 1.0,
                "target_ratio": 3.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
