"""Can Qt open a window here? Asked before PySide6 is imported.

On a bare Linux system Qt's X11 plugin (xcb) lacks system libraries; Qt then prints a message that
does not say what to install and aborts the process. This module finds the missing libraries
with ``ldd`` (or, without ldd, by loading the known ones) and says what to install instead. It
imports nothing from Qt, so it works where Qt cannot even be imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

# The shared libraries PySide6's Qt links directly (readelf -d on PySide6 6.11: QtWidgets,
# libQt6Gui, libQt6Core, libQt6DBus), with the Debian/Ubuntu package that ships each.
GUI_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# What the xcb platform plugin adds (libqxcb.so and libQt6XcbQpa).
XCB_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# Found missing only if something deeper is broken; named so the message can still say where.
OTHER_LIBRARIES = {
    "libxcb-xinerama.so.0": "libxcb-xinerama0",  # older Qt 6 xcb plugins
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
PACKAGES = {**GUI_LIBRARIES, **XCB_LIBRARIES, **OTHER_LIBRARIES}
_BUNDLED_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")  # inside the PySide6 wheel
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")

Ldd = Callable[[Path], str | None]  # ldd's output for a file; None when there is no ldd
Load = Callable[[str], str | None]  # the library that failed to load, or None when it loaded


def install_line(extra: Iterable[str] = ()) -> str:
    """The one command that installs what Qt needs on Debian or Ubuntu (the README shows it)."""
    packages = dict.fromkeys([*GUI_LIBRARIES.values(), *XCB_LIBRARIES.values(), *extra])
    return "sudo apt-get install -y " + " ".join(packages)


def qt_platform(env: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will try first, or None when there is no display to use."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:  # "wayland;xcb" tries wayland first; "xcb:option=value" passes options
        return requested.split(";")[0].split(":")[0].strip() or None
    wayland, x11 = env.get("WAYLAND_DISPLAY"), env.get("DISPLAY")
    if wayland and (env.get("XDG_SESSION_TYPE") == "wayland" or not x11):
        return "wayland"
    return "xcb" if x11 else None


def not_found(ldd_output: str) -> list[str]:
    """The libraries ldd could not find, in its order."""
    found = (_NOT_FOUND.match(line) for line in ldd_output.splitlines())
    return list(dict.fromkeys(m.group(1) for m in found if m))


def run_ldd(path: Path) -> str | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def try_load(soname: str) -> str | None:
    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        # "libxcb-render.so.0: cannot open shared object file": the first missing one may be
        # a dependency of the library asked for.
        first = str(exc).split(":", 1)[0].strip()
        return first if first.startswith("lib") and " " not in first else soname
    return None


def missing_libraries(
    binaries: Sequence[Path], known: Iterable[str], ldd: Ldd = run_ldd, load: Load = try_load
) -> list[str]:
    """The shared libraries ``binaries`` need that the system lacks. Without ldd, the ``known``
    libraries are loaded one by one instead (less complete, but never silent)."""
    missing: list[str] = []
    for binary in binaries:
        output = ldd(binary)
        if output is None:
            missing = [lib for lib in (load(name) for name in known) if lib is not None]
            break
        missing += not_found(output)
    return list(dict.fromkeys(missing))


def pyside_dir() -> Path | None:
    """Where PySide6 is installed, found without importing it (importing may be what fails)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing_message(missing: Sequence[str], platform: str) -> str:
    lines = [f"docexam cannot open its window: Qt ({platform}) needs libraries this system lacks:"]
    extra = []
    for lib in missing:
        package = PACKAGES.get(lib)
        if package is not None:
            extra.append(package)
            lines.append(f"  {lib} (Debian/Ubuntu package {package})")
        elif lib.startswith(_BUNDLED_PREFIXES):
            lines.append(f"  {lib} (part of PySide6: reinstall docexam with pip)")
        else:
            lines.append(f"  {lib}")
    lines += [
        "On Debian or Ubuntu, install what Qt needs with:",
        f"  {install_line(extra)}",
        "On other systems, install the packages that provide these files.",
    ]
    return "\n".join(lines)


NO_DISPLAY = (
    "docexam cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set).\nStart it from a desktop session (over SSH: ssh -X). To check an install without "
    "a screen: docexam --self-check"
)


def startup_problem(
    env: Mapping[str, str] | None = None,
    system: str = sys.platform,
    pyside: Path | None = None,
    ldd: Ldd | None = None,
    load: Load | None = None,
) -> str | None:
    """What stops Qt from starting here, as a message for a person; None when nothing does.
    Only Linux is checked: elsewhere the PySide6 wheel carries everything Qt loads."""
    if not system.startswith("linux"):
        return None
    platform = qt_platform(os.environ if env is None else env)
    if platform is None:
        return NO_DISPLAY
    root = pyside if pyside is not None else pyside_dir()
    if root is None:
        return None  # no PySide6 at all: importing it says so plainly
    binaries = sorted(root.glob("QtWidgets*.so"))[:1]
    known = list(GUI_LIBRARIES)
    plugin = root / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if platform == "xcb" and plugin.is_file():
        binaries.append(plugin)
        known += XCB_LIBRARIES
    missing = missing_libraries(binaries, known, ldd or run_ldd, load or try_load)
    return missing_message(missing, platform) if missing else None
