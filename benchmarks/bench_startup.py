"""Cold start of the real ``docexam`` entry point to its library on screen, against a bare
PySide6 window started the same way; and the first start, which builds the bundled set.

Every run is a fresh Python process (offscreen Qt), timed from spawn to the first turn of the
event loop after the window is shown (the moment ``app.exec()`` starts painting), and, for the
app, to the moment the library is usable (its tabs in front with the specimens listed: at once
when no exam can be unfinished, else once the store has opened and the exam lock applied) and
to the moment its results store has opened. The app run is
``docexam.__main__.main([])`` - translations, the results store, the Training tab and the library
of the bundled set (39 generated specimens and the hand-made pack) included - in its own data and
config directories. The bare and the app runs alternate; medians of ``--runs`` each.

First start (``--first-start``, once, before the cold starts): the same entry point on empty
directories, timed to the first and to the last bundled specimen listed in the library, with
how many different library sizes were seen on the way (specimens listed one by one: about one
per specimen; all at once: two).
Run: ``python benchmarks/bench_startup.py [--runs 7] [--first-start]``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

# The app's own entry; the exec hook only reports the first turn of its event loop and quits.
APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
exec_ = QApplication.exec

def shown(app):
    stamps = []
    def report():
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        if not stamps:
            stamps.append(time.time())  # the window on screen (the store may still be opening)
        usable = window.front.currentWidget() is window.tabs and window.browser.isVisible()
        if len(stamps) == 1 and usable and window.browser.model.rowCount():
            stamps.append(time.time())  # the library usable
        if len(stamps) == 1 or window.store_pending:
            QTimer.singleShot(2, report)
            return
        print(stamps[0], stamps[1], time.time(), window.browser.model.rowCount(), flush=True)
        app.quit()
    QTimer.singleShot(0, report)
    return exec_()

QApplication.exec = shown
from docexam.__main__ import main
main([])
"""

FIRST_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
exec_ = QApplication.exec
start = float(sys.argv[1])
seen = []
counts = []

def shown(app):
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    listed = window.browser.model.rowCount()
    def poll():
        rows = window.browser.model.rowCount()
        if rows > listed and not seen:
            seen.append(time.time() - start)
        if rows not in counts:
            counts.append(rows)
        if window.builder is not None and window.builder.is_done():
            print(json.dumps({"first_specimen_s": seen[0] if seen else None,
                              "last_specimen_s": time.time() - start,
                              "rows_before": listed, "rows_after": rows,
                              "distinct_row_counts_seen": len(counts)}), flush=True)
            app.quit()
    timer = QTimer(app); timer.timeout.connect(poll); timer.start(20)
    return exec_()

import json
QApplication.exec = shown
from docexam.__main__ import main
main([])
"""


def _env(data: str, config: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["DOCEXAM_DATA_DIR"], env["DOCEXAM_CONFIG_DIR"] = data, config
    return env


def _run(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, str(start), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    ).stdout
    return start, out.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--first-start", action="store_true")
    parser.add_argument("--data-dir", help="reuse a data directory whose bundled set is built")
    args = parser.parse_args()
    # An installed docexam starts from bytecode (pip compiles a wheel's modules as it installs,
    # as it did PySide6's): compile the tree first, so a PYTHONDONTWRITEBYTECODE environment
    # or a fresh checkout does not add compiling every module to each cold start measured.
    compileall.compile_dir(ROOT / "docexam", quiet=1)
    data = args.data_dir or tempfile.mkdtemp(prefix="docexam-bench-")
    env = _env(data, tempfile.mkdtemp(prefix="docexam-bench-cfg-"))
    result: dict[str, object] = {"benchmark": "cold start to the library", "runs": args.runs}
    if args.first_start:
        _, line = _run(FIRST_START, env)
        result["first_start"] = json.loads(line)
    else:
        _run(APP, env)  # builds the bundled set when the data directory is new
    bare, app, usable, ready, rows = [], [], [], [], 0
    for _ in range(args.runs):  # alternating, so a busy moment hits both
        start, line = _run(BARE, env)
        bare.append(float(line) - start)
        start, line = _run(APP, env)
        stamp, library, store, listed = line.split()
        app.append(float(stamp) - start)
        usable.append(float(library) - start)
        ready.append(float(store) - start)
        rows = int(listed)
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    usable_s, ready_s = statistics.median(usable), statistics.median(ready)
    result.update(
        {
            "specimens_listed": rows,
            "bare_pyside6_window_s": round(bare_s, 3),
            "docexam_window_shown_s": round(app_s, 3),
            "ratio_to_bare": round(app_s / bare_s, 2),
            "docexam_library_usable_s": round(usable_s, 3),
            "library_usable_ratio_to_bare": round(usable_s / bare_s, 2),
            "docexam_store_open_s": round(ready_s, 3),
            "store_open_ratio_to_bare": round(ready_s / bare_s, 2),
            "target_ratio": 3.0,
            "data_dir": data,
        }
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
