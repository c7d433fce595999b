"""Reading pack images safely: the size is read from the header before any pixel is decoded.

A hostile pack can ship a small PNG that decodes to gigapixels (a decompression bomb), so the
dimensions are checked first. Only PNG and JPEG are accepted.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docexam.core.domain.errors import PackError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Image = npt.NDArray[np.uint8]
else:
    Image = Any

MAX_PIXELS = 12_000 * 12_000  # a TD3 page at 2400 dpi is about 11,800 x 8,300
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
# OpenCV and numpy are imported where pixels are decoded: listing the library at start-up only
# reads headers, and importing them costs ~150 ms of the one-second start budget.


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """(width, height) from a PNG or JPEG header; PackError naming ``name`` otherwise."""
    if data.startswith(_PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise PackError.at(name, "bad-image", "damaged PNG header")
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data, name)
    raise PackError.at(name, "bad-image", "not a PNG or JPEG image")


def _jpeg_size(data: bytes, name: str) -> tuple[int, int]:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            # Stray bytes between segments: decoders skip to the next marker, and so do we
            # (with find, so megabytes of garbage take milliseconds).
            pos = data.find(b"\xff", pos)
            if pos < 0:
                break
            continue
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            pos += 1 if marker == 0xFF else 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SOF:
            if pos + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return int(width), int(height)
        pos += 2 + length
    detail = "the file is damaged or cut short"
    if len(data) >= 1 << 20:  # only part of a file is read for its header
        detail += f", or over {len(data) >> 20} MB of metadata comes first"
    raise PackError.at(name, "bad-image", f"no image size in the JPEG header ({detail})")


def check_pixels(width: int, height: int, name: str, max_pixels: int = MAX_PIXELS) -> None:
    if width <= 0 or height <= 0:
        raise PackError.at(name, "image-pixels", f"image has no pixels ({width} x {height})")
    if width * height > max_pixels:
        raise PackError.at(
            name,
            "image-pixels",
            f"image is {width} x {height} pixels, over the limit of {max_pixels:,} pixels",
        )


def read_image(path: Path, *, grey: bool = False, max_pixels: int = MAX_PIXELS) -> Image:
    """Decode an image as BGR (or single-channel grey), refusing decompression bombs."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackError.at(path, "unreadable", f"cannot read image ({exc.strerror})") from exc
    import cv2
    import numpy as np

    width, height = image_size(data, str(path))
    check_pixels(width, height, str(path), max_pixels)
    # Pixels as stored: an EXIF rotation would make the image disagree with the header size
    # the validator checked and with the page the annotations were drawn on.
    flag = (cv2.IMREAD_GRAYSCALE if grey else cv2.IMREAD_COLOR) | cv2.IMREAD_IGNORE_ORIENTATION
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), flag)
    if image is None:
        raise PackError.at(path, "bad-image", "image data is damaged")
    return np.ascontiguousarray(image, dtype=np.uint8)


def write_png(path: Path, image: Image) -> None:
    import cv2

    ok, buffer = cv2.imencode(".png", image)
    if not ok:
        raise PackError.at(path, "cannot-write", "could not encode PNG")
    path.write_bytes(buffer.tobytes())
