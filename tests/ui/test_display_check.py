"""Before Qt starts: missing system libraries and a missing display are named, with the fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from docexam.__main__ import main
from docexam.ui import display_check
from docexam.ui.display_check import (
    install_line,
    missing_libraries,
    not_found,
    qt_platform,
    startup_problem,
)

README = Path(__file__).resolve().parents[2] / "README.md"

# Real ldd output shape (Debian 12, PySide6 6.11), two libraries missing.
LDD_XCB = """\
\tlinux-vdso.so.1 (0x00007ffd6a3f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f031b33d000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f031961e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f031b42a000)
"""
LDD_OK = "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f7ff05de000)\n"


def fake_pyside(root: Path) -> Path:
    (root / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (root / "QtWidgets.abi3.so").touch()
    (root / "Qt" / "plugins" / "platforms" / "libqxcb.so").touch()
    return root


class FakeLdd:
    def __init__(self, outputs: dict[str, str | None]) -> None:
        self.outputs, self.asked = outputs, []

    def __call__(self, path: Path) -> str | None:
        self.asked.append(path.name)
        return self.outputs.get(path.name, LDD_OK)


def test_ldd_not_found_lines_are_read_once_each() -> None:
    assert not_found(LDD_XCB) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert not_found(LDD_OK) == []


def test_missing_xcb_libraries_are_named_with_their_debian_packages(tmp_path: Path) -> None:
    ldd = FakeLdd({"libqxcb.so": LDD_XCB})
    message = startup_problem(
        {"DISPLAY": ":0"}, "linux", fake_pyside(tmp_path), ldd=ldd, load=_never
    )
    assert ldd.asked == ["QtWidgets.abi3.so", "libqxcb.so"]
    assert message is not None
    assert "libxcb-icccm.so.4 (Debian/Ubuntu package libxcb-icccm4)" in message
    assert "libxcb-keysyms.so.1 (Debian/Ubuntu package libxcb-keysyms1)" in message
    apt = [line.strip() for line in message.splitlines() if "apt-get" in line]
    assert apt == [install_line()]
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(apt[0].split())


def test_a_library_outside_the_table_still_gets_a_line_and_its_reason(tmp_path: Path) -> None:
    ldd = FakeLdd(
        {"QtWidgets.abi3.so": "\tlibfoo.so.3 => not found\n\tlibQt6Gui.so.6 => not found\n"}
    )
    message = startup_problem({"DISPLAY": ":0"}, "linux", fake_pyside(tmp_path), ldd=ldd)
    assert message is not None
    assert "  libfoo.so.3\n" in message
    assert "libQt6Gui.so.6 (part of PySide6: reinstall docexam with pip)" in message


def test_an_unusual_missing_package_joins_the_install_line(tmp_path: Path) -> None:
    ldd = FakeLdd({"libqxcb.so": "\tlibxcb-xinerama.so.0 => not found\n"})
    message = startup_problem({"DISPLAY": ":0"}, "linux", fake_pyside(tmp_path), ldd=ldd)
    assert message is not None
    assert message.splitlines()[-2].strip() == install_line(["libxcb-xinerama0"])
    assert install_line(["libxcb-xinerama0"]).endswith(" libxcb-xinerama0")


def test_offscreen_checks_only_the_gui_libraries(tmp_path: Path) -> None:
    ldd = FakeLdd({"libqxcb.so": LDD_XCB})
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert startup_problem(env, "linux", fake_pyside(tmp_path), ldd=ldd) is None
    assert ldd.asked == ["QtWidgets.abi3.so"]


def test_without_ldd_the_known_libraries_are_loaded_instead(tmp_path: Path) -> None:
    tried: list[str] = []

    def load(soname: str) -> str | None:
        tried.append(soname)
        return "libxcb-render.so.0" if soname == "libxcb-render-util.so.0" else None

    ldd = FakeLdd({"QtWidgets.abi3.so": None, "libqxcb.so": None})
    message = startup_problem({"DISPLAY": ":0"}, "linux", fake_pyside(tmp_path), ldd, load)
    assert message is not None
    assert "libxcb-render.so.0 (Debian/Ubuntu package libxcb-render0)" in message
    assert set(tried) == set(display_check.GUI_LIBRARIES) | set(display_check.XCB_LIBRARIES)
    assert missing_libraries([tmp_path / "QtWidgets.abi3.so"], ["libGL.so.1"], ldd, load) == []


def test_no_display_at_all_is_said_plainly(tmp_path: Path) -> None:
    message = startup_problem({}, "linux", fake_pyside(tmp_path), ldd=_no_ldd_expected)
    assert message is not None
    assert "there is no display" in message and "DISPLAY" in message


def test_other_systems_are_not_checked(tmp_path: Path) -> None:
    for system in ("win32", "darwin"):
        assert startup_problem({}, system, fake_pyside(tmp_path / system)) is None


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
        ({"DISPLAY": ":0"}, "xcb"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, "xcb"),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
            "wayland",
        ),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({}, None),
    ],
)
def test_which_platform_qt_will_try(env: dict[str, str], platform: str | None) -> None:
    assert qt_platform(env) == platform


def test_the_readme_quick_start_shows_the_install_line_first() -> None:
    text = README.read_text(encoding="utf-8")
    quick = text[text.index("## Quick start") :]
    assert install_line() in quick
    assert quick.index(install_line()) < quick.index(
        ".venv/bin/pip install -e . && .venv/bin/docexam"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_the_app_stops_with_the_message_instead_of_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through ``docexam`` itself, with ldd faked on the real PySide6 files."""
    import docexam.ui.app

    asked: list[str] = []

    def ldd(path: Path) -> str:
        asked.append(path.name)
        return LDD_XCB if path.name == "libqxcb.so" else LDD_OK

    def run_app(*_args: object, **_kw: object) -> int:
        raise AssertionError("the app must not start")

    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display_check, "run_ldd", ldd)
    monkeypatch.setattr(docexam.ui.app, "run_app", run_app)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "libqxcb.so" in asked
    assert "libxcb-keysyms.so.1 (Debian/Ubuntu package libxcb-keysyms1)" in err
    assert install_line() in err and "Traceback" not in err


def _never(soname: str) -> str | None:
    raise AssertionError(f"ldd was there; nothing should be loaded ({soname})")


def _no_ldd_expected(path: Path) -> str | None:
    raise AssertionError(f"no display: nothing to inspect ({path})")
