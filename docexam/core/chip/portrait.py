"""The portrait as the chip stores it (DG2) and as the page prints it, and their comparison.

DG2 holds the portrait source the issuer personalised the page from, losslessly (PNG). The
printed portrait is read back from the specimen's portrait layer. Matching faces is issue 20;
here the two images are compared pixel for pixel: the same source differs by nothing, another
person's photo by a great deal.
"""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from docexam.core.chip.lds import FaceImage
from docexam.core.domain.geometry import Region
from docexam.core.domain.model import Specimen

Grey = npt.NDArray[np.uint8]
PORTRAIT_LAYER = "portrait"
# Mean absolute difference (grey levels) below which two portraits are one source.
SAME_SOURCE = 4.0


def box(region: Region, dpi: float, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The region's pixel box (x0, y0, x1, y1) at ``dpi``, clipped to an image of ``shape``."""
    x0, y0, x1, y1 = region.bounds()
    s = dpi / 25.4
    return (
        max(0, int(x0 * s)),
        max(0, int(y0 * s)),
        min(shape[1], math.ceil(x1 * s)),
        min(shape[0], math.ceil(y1 * s)),
    )


def face_from_coverage(mask: Grey, region: Region, dpi: float) -> Grey:
    """The portrait as a photograph (white = 255) from the portrait layer's ink coverage."""
    x0, y0, x1, y1 = box(region, dpi, mask.shape)
    return np.ascontiguousarray(255 - mask[y0:y1, x0:x1])


def encode_face(face: Grey) -> FaceImage:
    ok, buf = cv2.imencode(".png", face, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    if not ok:
        raise ValueError("could not encode the portrait")
    return FaceImage(face.shape[1], face.shape[0], "png", buf.tobytes())


def decode_face(face: FaceImage) -> Grey | None:
    pixels = cv2.imdecode(np.frombuffer(face.data, np.uint8), cv2.IMREAD_GRAYSCALE)
    return None if pixels is None else pixels


def printed_face(specimen: Specimen) -> Grey | None:
    """The printed portrait of a specimen, from its portrait layer's mask; None without one."""
    if specimen.root is None:
        return None
    for page in specimen.pages:
        for feature in page.features:
            if feature.id != PORTRAIT_LAYER or feature.mask is None:
                continue
            path = Path(specimen.root) / feature.mask.file
            mask = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
            if mask is None:
                return None
            return face_from_coverage(mask, feature.region, feature.mask.dpi)
    return None


def difference(chip_face: Grey, printed: Grey) -> float:
    """Mean absolute grey-level difference, the chip's portrait scaled to the printed one."""
    if chip_face.shape != printed.shape:
        chip_face = cv2.resize(chip_face, (printed.shape[1], printed.shape[0]))
    return float(np.mean(cv2.absdiff(chip_face, printed)))
