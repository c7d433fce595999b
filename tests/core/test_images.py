"""Image headers come from untrusted packs and scans: every crafted file gives the right size or a
readable PackError naming it, quickly, and never another exception."""

from __future__ import annotations

import io
import re
import struct
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PilImage

from docexam.core.domain.errors import DocexamError, PackError
from docexam.core.pack.images import MAX_PIXELS, check_pixels, image_size, read_image
from docexam.core.pack.io import validate_path
from docexam.core.pack.validate import HEADER_BYTES

from .packs import SPECIMEN_ID, copy_basic

W, H = 37, 23


def _pixels() -> np.ndarray:
    rng = np.random.default_rng(3)
    return rng.integers(0, 255, (H, W, 3), dtype=np.uint8)


def jpeg(**options: object) -> bytes:
    out = io.BytesIO()
    PilImage.fromarray(_pixels()).save(out, "JPEG", **options)
    return out.getvalue()


def png(image: np.ndarray | None = None) -> bytes:
    ok, buf = cv2.imencode(".png", _pixels() if image is None else image)
    assert ok
    return buf.tobytes()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def sof(width: int, height: int, marker: int = 0xC0) -> bytes:
    return segment(marker, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")


def png_header(width: int, height: int, chunk: bytes = b"IHDR") -> bytes:
    body = chunk + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))


SOI = b"\xff\xd8"
BASELINE = jpeg(quality=90)


def _split_at_sof(data: bytes) -> tuple[bytes, bytes]:
    """(everything before the first SOF marker, the rest)."""
    at = min(i for i in (data.find(b"\xff\xc0"), data.find(b"\xff\xc2")) if i > 0)
    return data[:at], data[at:]


def with_metadata(data: bytes, size: int) -> bytes:
    """``data`` with ``size`` bytes of APP2 (ICC-like) segments before its frame header."""
    head, tail = _split_at_sof(data)
    chunk = 65_000
    segments = b"".join(
        segment(0xE2, b"\x00" * min(chunk, size - i)) for i in range(0, size, chunk)
    )
    return head + segments + tail


def with_thumbnail(data: bytes) -> bytes:
    """``data`` with an EXIF-style APP1 holding a 5 x 4 JPEG thumbnail (its own SOF)."""
    small = io.BytesIO()
    PilImage.new("RGB", (5, 4), "red").save(small, "JPEG")
    return data[:2] + segment(0xE1, b"Exif\x00\x00" + small.getvalue()) + data[2:]


# -- the right size ------------------------------------------------------------------------------

VALID: dict[str, Callable[[], bytes]] = {
    "baseline JPEG": lambda: BASELINE,
    "progressive JPEG (SOF2)": lambda: jpeg(progressive=True),
    "greyscale JPEG": lambda: _grey_jpeg(),
    "JPEG with EXIF": lambda: jpeg(exif=PilImage.Exif().tobytes() + b"\x00" * 2000),
    "JPEG with a thumbnail in its EXIF": lambda: with_thumbnail(BASELINE),
    "JPEG with fill bytes before its frame": lambda: _fill_before_sof(BASELINE),
    "JPEG with 1 MB of metadata": lambda: with_metadata(BASELINE, 1 << 20),
    "PNG": lambda: png(),
    "greyscale PNG": lambda: png(_pixels()[:, :, 0]),
    "16-bit PNG": lambda: png(_pixels().astype(np.uint16) * 257),
}


def _grey_jpeg() -> bytes:
    out = io.BytesIO()
    PilImage.fromarray(_pixels()[:, :, 0]).save(out, "JPEG")
    return out.getvalue()


def _fill_before_sof(data: bytes) -> bytes:
    head, tail = _split_at_sof(data)
    return head + b"\xff" * 7 + tail


@pytest.mark.parametrize("case", list(VALID))
def test_valid_images_give_their_size_and_decode_to_it(case: str, tmp_path: Path) -> None:
    data = VALID[case]()
    assert image_size(data, case) == (W, H)
    path = tmp_path / "image"
    path.write_bytes(data)
    assert read_image(path).shape == (H, W, 3)
    assert read_image(path, grey=True).shape == (H, W)


def test_the_progressive_case_really_is_progressive() -> None:
    data = VALID["progressive JPEG (SOF2)"]()
    assert b"\xff\xc2" in data and b"\xff\xc0" not in data


# -- a readable PackError ------------------------------------------------------------------------

BAD: dict[str, tuple[bytes, str]] = {
    "empty file": (b"", "not a PNG or JPEG image"),
    "one byte": (b"\xff", "not a PNG or JPEG image"),
    "GIF": (b"GIF89a" + b"\x00" * 40, "not a PNG or JPEG image"),
    "BMP": (b"BM" + b"\x00" * 60, "not a PNG or JPEG image"),
    "TIFF": (b"II*\x00" + b"\x00" * 60, "not a PNG or JPEG image"),
    "text": (b"<html>not an image</html>", "not a PNG or JPEG image"),
    "JPEG magic only": (SOI, "no image size in the JPEG header"),
    "JPEG cut inside a segment": (BASELINE[:30], "no image size in the JPEG header"),
    "JPEG cut inside its frame header": (
        _split_at_sof(BASELINE)[0] + _split_at_sof(BASELINE)[1][:6],
        "no image size in the JPEG header",
    ),
    "JPEG without a frame header": (
        SOI + segment(0xDB, b"\x00" * 65) + segment(0xDA, b"\x00" * 10) + b"\x12" * 500,
        "no image size in the JPEG header",
    ),
    "zero-length segments": (SOI + b"\xff\xe0\x00\x00" * 5000, "no image size"),
    "garbage after the JPEG magic": (SOI + bytes(range(0, 255)) * 8000, "no image size"),
    "fill bytes only": (SOI + b"\xff" * 200_000, "no image size"),
    "huge JPEG": (SOI + sof(65_535, 65_535), "over the limit"),
    "JPEG of no height (DNL)": (SOI + sof(640, 0), "has no pixels (640 x 0)"),
    "progressive JPEG of no width": (SOI + sof(0, 480, 0xC2), "has no pixels (0 x 480)"),
    "PNG signature only": (b"\x89PNG\r\n\x1a\n", "damaged PNG header"),
    "PNG cut inside its header": (png()[:20], "damaged PNG header"),
    "PNG whose first chunk is not IHDR": (png_header(10, 10, b"IDAT"), "damaged PNG header"),
    "huge PNG": (png_header(2**32 - 1, 2**32 - 1), "over the limit"),
    "PNG of no pixels": (png_header(0, 10), "has no pixels (0 x 10)"),
}


def _checked_size(data: bytes, name: str) -> tuple[int, int]:
    width, height = image_size(data, name)
    check_pixels(width, height, name)
    return width, height


@pytest.mark.parametrize("case", list(BAD))
def test_bad_headers_are_a_readable_error_naming_the_file(case: str) -> None:
    data, message = BAD[case]
    started = time.monotonic()
    with pytest.raises(PackError, match=re.escape(message)) as caught:
        _checked_size(data, "scans/front.jpg")
    assert time.monotonic() - started < 5  # megabytes of junk are no reason to hang
    assert str(caught.value).startswith("scans/front.jpg: ")


@pytest.mark.parametrize("case", list(BAD))
def test_bad_images_are_refused_before_decoding(case: str, tmp_path: Path) -> None:
    path = tmp_path / "front.png"
    path.write_bytes(BAD[case][0])
    with pytest.raises(PackError, match=re.escape(BAD[case][1])) as caught:
        read_image(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("case", ["huge JPEG", "huge PNG", "JPEG without a frame header", "GIF"])
def test_a_pack_with_a_bad_image_lists_it_as_a_problem(case: str, tmp_path: Path) -> None:
    pack = copy_basic(tmp_path / "pack")
    (pack / "specimens" / SPECIMEN_ID / "front.png").write_bytes(BAD[case][0])
    problems = validate_path(pack)
    assert any("front.png" in str(p) and BAD[case][1] in str(p) for p in problems), problems


def test_every_cut_of_a_jpeg_header_is_an_error_or_the_size() -> None:
    _, frame = _split_at_sof(jpeg(progressive=True))
    whole = with_thumbnail(jpeg(progressive=True))  # the thumbnail's frame header comes first
    frame_end = len(whole) - len(frame) + 9  # marker, length, precision, height, width
    for cut in range(len(whole) + 1):
        try:
            size = image_size(whole[:cut], "cut.jpg")
        except PackError:
            assert cut < frame_end, cut
        else:
            assert cut >= frame_end and size == (W, H), cut


def test_metadata_beyond_the_header_window_is_a_clear_error_not_a_wrong_size(
    tmp_path: Path,
) -> None:
    # Over 4 MB of ICC/XMP before the frame header: the size lies beyond what is read for it.
    data = with_metadata(BASELINE, HEADER_BYTES + 100_000)
    assert image_size(data, "big.jpg") == (W, H)  # the whole file has it
    with pytest.raises(PackError, match=r"big.jpg: .*over 4 MB of metadata comes first"):
        image_size(data[:HEADER_BYTES], "big.jpg")
    pack = copy_basic(tmp_path / "pack")
    (pack / "specimens" / SPECIMEN_ID / "front.png").write_bytes(data)
    problems = validate_path(pack)
    assert any("front.png" in str(p) and "metadata" in str(p) for p in problems), problems


def test_unreadable_paths_are_pack_errors(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot read image"):
        read_image(tmp_path / "missing.png")
    with pytest.raises(PackError, match="cannot read image"):
        read_image(tmp_path)


def test_a_header_with_damaged_pixels_after_it_is_refused_or_decoded_at_its_size(
    tmp_path: Path,
) -> None:
    for name, data in (("cut.png", png()), ("cut.jpg", BASELINE)):
        path = tmp_path / name
        path.write_bytes(data[: len(data) * 2 // 3])
        try:
            image = read_image(path)
        except PackError as exc:
            assert "image data is damaged" in str(exc)
        else:
            assert image.shape == (H, W, 3)
    path = tmp_path / "zeros.png"
    path.write_bytes(png()[:33] + b"\x00" * 400)
    with pytest.raises(PackError, match="image data is damaged"):
        read_image(path)


def test_the_pixel_limit_is_inclusive(tmp_path: Path) -> None:
    check_pixels(MAX_PIXELS, 1, "x")
    with pytest.raises(PackError, match=f"over the limit of {MAX_PIXELS:,} pixels"):
        check_pixels(MAX_PIXELS + 1, 1, "x")
    path = tmp_path / "image.png"
    path.write_bytes(png())
    assert read_image(path, max_pixels=W * H).shape == (H, W, 3)
    with pytest.raises(PackError, match="over the limit"):
        read_image(path, max_pixels=W * H - 1)


SEEDS = {"jpeg": BASELINE, "progressive": jpeg(progressive=True), "png": png()}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(SEEDS)),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
    st.integers(0, 10_000),
)
def test_mutated_images_give_a_size_the_decoder_agrees_with_or_a_pack_error(
    seed: str, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(SEEDS[seed])
    for at, value in flips:
        data[at % len(data)] = value
    blob = bytes(data[: max(cut, 2)] if cut < len(data) else data)
    try:
        width, height = image_size(blob, "fuzz")
    except PackError:
        return
    assert isinstance(width, int) and isinstance(height, int) and width >= 0 and height >= 0
    # What the header promised is what gets decoded: no way past the pixel limit.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz"
        path.write_bytes(blob)
        try:
            image = read_image(path, max_pixels=100_000)
        except DocexamError:
            return
        assert image.shape[:2] == (height, width)
