"""A booth camera's small sensor and what its processing makes of the frame, at the photo's
own pixel size: the sensor's noise, its flat colour and short range, its sharpening and its
JPEG. (A studio's print has none of these: its colour is the lab's and its grain is fine.)"""

from __future__ import annotations

import cv2
import numpy as np

from docexam.core.faces.canvas import F32, LUMA

GAMMA = 2.2  # the camera's encoding: its noise is drawn on linear light, before it
# A sensor's noise on linear light at unit gain: the read noise every pixel has, and the
# variance the photons' own noise adds per unit of signal. Chosen from flat fields: a mid-grey
# shows 1-2 levels of noise, a shadow 5-8, as a webcam's frame in a dim hall does.
READ, SHOT = 0.0012, 7e-5
CHROMA = 0.8  # colour noise against luminance noise, after the demosaic's blotching


def capture(img: F32, noise: float, g: np.random.Generator, stops: float = 0.0) -> F32:
    """``img`` (BGR, 0..1 display values at the photo's size) as a booth's camera writes it.
    ``noise`` (0..1) is the camera's grade, ``stops`` the exposure's miss: the gain that
    brightens an under-exposed frame brightens its noise."""
    saturation = float(g.uniform(0.7, 0.86))
    black = float(g.uniform(0.012, 0.035))
    shade = g.normal(0, 0.008, 3).astype(np.float32)
    amount = float(g.uniform(0.55, 0.95))
    quality = int(g.integers(58, 80))
    gain = (1 + 4 * noise) * 2 ** (-0.5 * stops)
    img = _noise(img, gain, g)
    img = _colour(img, saturation, black, shade)
    # Its sharpening is strong and coarse (made for a small screen): a bright and a dark rim
    # along every edge, and the noise sharpened with the face.
    img = img + amount * (img - cv2.GaussianBlur(img, (0, 0), 1.1))
    return _jpeg(img, quality)


def _noise(img: F32, gain: float, g: np.random.Generator) -> F32:
    """Sensor noise drawn on linear light: photon noise grows with the signal, but the camera's
    encoding stretches the shadows, so it shows most where the frame is darkest (a dark skin's
    shadows, hair, clothes), least on a lit wall. The demosaic spreads each pixel's noise over
    its neighbours, its colour part further: grain, and blotches of colour in the shadows."""
    h, w = img.shape[:2]
    lin = np.maximum(img, 0) ** GAMMA
    sigma = gain * np.sqrt(READ**2 + SHOT * np.maximum(lin @ LUMA, 0))
    grain = _unit(cv2.GaussianBlur(g.standard_normal((h, w), dtype=np.float32), (0, 0), 0.55))
    blotch = cv2.GaussianBlur(g.standard_normal((h, w, 3), dtype=np.float32), (0, 0), 1.3)
    blotch = _unit(blotch - blotch.mean(axis=-1, keepdims=True))
    lin = lin + sigma[..., None] * (grain[..., None] + CHROMA * blotch)
    return (np.sign(lin) * np.abs(lin) ** (1 / GAMMA)).astype(np.float32)


def _unit(x: F32) -> F32:
    return x / max(1e-6, float(x[::3, ::3].std()))


def _colour(img: F32, saturation: float, black: float, shade: F32) -> F32:
    """A small camera's colour: flatter than a studio's (its colour filters overlap, and its
    matrix is tuned against noise, not for skin), its black level set a little high, which
    crushes the deepest shadows and leaves them a trace of a cast."""
    lum = img @ LUMA
    flat = lum[..., None] + (img - lum[..., None]) * np.float32(saturation)
    flat += shade * np.square(np.clip(1 - 2.5 * lum, 0, 1))[..., None]
    return ((flat - black) / (1 - black)).astype(np.float32)


def _jpeg(img: F32, quality: int) -> F32:
    """The camera's own JPEG, its colour at half resolution: blocks in flat areas, ringing at
    the hair's and the collar's edges, colour bleeding across them. (The system it hands the
    photo to compresses it again, more lightly.)"""
    photo = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
    params = [
        cv2.IMWRITE_JPEG_QUALITY,
        quality,
        cv2.IMWRITE_JPEG_SAMPLING_FACTOR,
        cv2.IMWRITE_JPEG_SAMPLING_FACTOR_420,
    ]
    ok, buf = cv2.imencode(".jpg", photo, params)
    back = cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else None
    return img if back is None else back.astype(np.float32) / 255
