"""Damaged and odd archives, special files and leftovers: each is one clean message, never a
traceback, and the library stays as it was (found by mutating thousands of packs)."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.domain.errors import PackError
from docexam.core.library.library import STAGING_PREFIX, Library
from docexam.core.pack import staging
from docexam.core.pack.io import read_pack

from .packs import BASIC

ENTRY = "specimens/uto-td3-eriksson/specimen.json"


def _zip_basic(path: Path, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for file in sorted(BASIC.rglob("*")):
            if file.is_file():
                zf.write(file, file.relative_to(BASIC).as_posix())
    return path


def _patch(path: Path, entry: str, edit: object) -> Path:
    """Apply ``edit(data, local_offset, central_offset, info)`` to the raw bytes of the zip."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(entry)
    central = _central_offset(data, entry.encode())
    edit(data, info.header_offset, central, info)  # type: ignore[operator]
    path.write_bytes(bytes(data))
    return path


def _central_offset(data: bytearray, name: bytes) -> int:
    pos = 0
    while True:
        pos = data.index(b"PK\x01\x02", pos)
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == name:
            return pos
        pos += 4


def _damage_payload(data: bytearray, local: int, _central: int, info: zipfile.ZipInfo) -> None:
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_len + extra_len
    for i in range(start + 8, start + min(info.compress_size, 400), 7):
        data[i] ^= 0x5A


def _set_flag(bit: int):  # type: ignore[no-untyped-def]
    def edit(data: bytearray, local: int, central: int, _info: zipfile.ZipInfo) -> None:
        for pos, at in ((local, 6), (central, 8)):
            flags = struct.unpack_from("<H", data, pos + at)[0] | bit
            struct.pack_into("<H", data, pos + at, flags)

    return edit


def _set_method(method: int):  # type: ignore[no-untyped-def]
    def edit(data: bytearray, local: int, central: int, _info: zipfile.ZipInfo) -> None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)

    return edit


def _bad_utf8_name(data: bytearray, local: int, central: int, info: zipfile.ZipInfo) -> None:
    # Flag the name as UTF-8 (bit 11) and break its first byte in both headers.
    _set_flag(0x800)(data, local, central, info)
    data[local + 30] = 0xFF
    data[central + 46] = 0xFF


def damaged_deflate(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack"), ENTRY, _damage_payload)


def damaged_lzma(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack", zipfile.ZIP_LZMA), ENTRY, _damage_payload)


def damaged_bzip2(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack", zipfile.ZIP_BZIP2), ENTRY, _damage_payload)


def encrypted(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack"), ENTRY, _set_flag(0x1))


def unknown_method(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack"), ENTRY, _set_method(99))


def name_not_utf8(tmp: Path) -> Path:
    return _patch(_zip_basic(tmp / "p.dxpack"), ENTRY, _bad_utf8_name)


def truncated(tmp: Path) -> Path:
    path = _zip_basic(tmp / "p.dxpack")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


DAMAGED = {
    f.__name__: f
    for f in (
        damaged_deflate,
        damaged_lzma,
        damaged_bzip2,
        encrypted,
        unknown_method,
        name_not_utf8,
        truncated,
    )
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_damaged_archive_is_one_clean_message(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DAMAGED[case](tmp_path)
    for command in (["pack", "validate", str(path)], ["pack", "import", str(path)]):
        assert run(command) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert err.startswith("error: ") and "p.dxpack" in err


@pytest.mark.parametrize("case", list(DAMAGED))
def test_damaged_archive_leaves_the_library_as_it_was(case: str, tmp_path: Path) -> None:
    library = Library(tmp_path / "packs")
    with pytest.raises(PackError):
        library.import_pack(DAMAGED[case](tmp_path))
    assert list((tmp_path / "packs").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_fifo_in_a_pack_folder_is_refused_not_read(tmp_path: Path) -> None:
    import shutil

    pack = shutil.copytree(BASIC, tmp_path / "pack")
    os.mkfifo(pack / "specimens" / "uto-td3-eriksson" / "extra.png")
    with pytest.raises(PackError, match="not a regular file"):
        read_pack(pack)  # reading the pipe would block for ever


def test_files_the_manifest_does_not_name_are_not_kept(tmp_path: Path) -> None:
    import shutil

    pack = shutil.copytree(BASIC, tmp_path / "pack")
    (pack / "notes.bin").write_bytes(b"x" * 1000)
    (pack / "specimens" / "uto-td3-eriksson" / "stowaway.png").write_bytes(b"y")
    (pack / "junk").mkdir()
    (pack / "junk" / "big.dat").write_bytes(b"z" * 1000)
    library = Library(tmp_path / "packs")
    imported = library.import_pack(pack)
    installed = tmp_path / "packs" / imported.id
    names = {p.relative_to(installed).as_posix() for p in installed.rglob("*") if p.is_file()}
    assert "notes.bin" not in names and "junk/big.dat" not in names
    assert "specimens/uto-td3-eriksson/stowaway.png" not in names
    assert "pack.json" in names and ENTRY in names
    library.load(imported.id)  # and what is kept still opens


def test_a_second_start_leaves_a_running_import_alone(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    with staging.staged(packs, STAGING_PREFIX) as running:
        running.path.mkdir()
        (running.path / "pack.json").write_text("{}")
        Library(packs)  # another docexam process starting: it sweeps leftovers
        assert (running.path / "pack.json").is_file()
    assert not running.root.exists()


def test_a_start_sweeps_the_staging_folder_of_a_dead_import(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    dead = staging.Staging(packs, STAGING_PREFIX)
    dead._lock.close()  # what the kernel does when the importing process is killed
    Library(packs)
    assert not dead.root.exists()


def test_an_unlocked_folder_in_its_grace_period_is_kept(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    young = packs / f"{STAGING_PREFIX}just-made"
    young.mkdir(parents=True)
    Library(packs)
    assert young.exists()
    old = os.path.getmtime(young) - staging.GRACE_SECONDS - 10
    os.utime(young, (old, old))
    Library(packs)
    assert not young.exists()


def test_what_validates_opens_damaged_pixels_behind_a_whole_header(tmp_path: Path) -> None:
    import shutil

    pack = shutil.copytree(BASIC, tmp_path / "pack")
    image = pack / "specimens" / "uto-td3-eriksson" / "front.png"
    data = bytearray(image.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # the header still reads right
    image.write_bytes(bytes(data))
    with pytest.raises(PackError) as caught:
        Library(tmp_path / "packs").import_pack(pack)
    assert any(p.code == "bad-image" and "front.png" in str(p) for p in caught.value.problems)
    assert list((tmp_path / "packs").iterdir()) == []


def test_an_image_path_through_dot_dot_is_refused_even_inside_the_pack(tmp_path: Path) -> None:
    import json
    import shutil

    pack = shutil.copytree(BASIC, tmp_path / "pack")
    spec = pack / "specimens" / "uto-td3-eriksson" / "specimen.json"
    data = json.loads(spec.read_text(encoding="utf-8"))
    ref = data["pages"][0]["images"][0]
    ref["file"] = f"../uto-td3-eriksson/{ref['file']}"
    spec.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack(pack)
    assert any(p.code == "outside-pack" for p in caught.value.problems)


_IMPORT = """
import sys
from pathlib import Path
from docexam.core.library.library import Library
library = Library(Path(sys.argv[1]))
if sys.argv[2] != "-":
    library.import_pack(Path(sys.argv[2]))
"""


def test_two_imports_and_a_second_start_at_once(tmp_path: Path) -> None:
    import json
    import shutil
    import subprocess
    import sys

    packs = tmp_path / "packs"
    sources = []
    for name in ("course-a", "course-b"):
        source = shutil.copytree(BASIC, tmp_path / name)
        manifest = json.loads((source / "pack.json").read_text(encoding="utf-8"))
        manifest["id"] = name
        (source / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
        sources.append(str(source))
    runs = [*sources, "-", "-"]  # two imports, and two plain starts sweeping leftovers
    procs = [
        subprocess.Popen([sys.executable, "-c", _IMPORT, str(packs), arg], stderr=subprocess.PIPE)
        for arg in runs
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0] * len(runs), errors
    library = Library(packs)
    assert sorted(e.pack_id for e in library.entries()) == ["course-a", "course-b"]
    for pack_id in ("course-a", "course-b"):
        assert [s.id for s in library.load(pack_id).specimens] == ["uto-td3-eriksson"]
    assert [p.name for p in packs.iterdir() if p.name.startswith(".")] == []
