"""The fibre texture's mip-map blurs only the tiles its points read (``fibremip``): it must give
the same numbers, to the bit, as blurring the whole texture for every level (the way it was
first written, kept here as the reference), wherever the points fall: inside, on the texture's
edges and beyond them, with spans reaching every level in patches and in scattered pixels."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docexam.core.faces.fibremip import sample, samples


def _reference(
    tex: np.ndarray, cols: np.ndarray, rows: np.ndarray, spans: np.ndarray
) -> np.ndarray:
    def at(t: np.ndarray) -> np.ndarray:
        return cv2.remap(t, cols, rows, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)

    out = at(tex)
    level = np.log2(np.maximum(spans, 1.0))
    if tex.ndim == 3:
        level = level[..., None]
    below = out
    for k in range(1, int(np.ceil(float(level.max()))) + 1):
        sigma = 0.5 * 2.0**k
        kx = cv2.getGaussianKernel(int(sigma * 6) | 1, sigma).astype(np.float32)
        above = at(
            cv2.sepFilter2D(tex, -1, kx, np.ones((1, 1), np.float32), borderType=cv2.BORDER_REFLECT)
        )
        w = np.clip(level - (k - 1), 0, 1)
        out = np.where(level > k - 1, below + (above - below) * w, out)
        below = above
    return out.astype(np.float32)


def _case(seed: int) -> tuple[tuple[np.ndarray, ...], np.ndarray, np.ndarray, np.ndarray]:
    g = np.random.default_rng(seed)
    th, tw = int(g.integers(40, 220)), int(g.integers(150, 1800))
    texs = tuple(g.random((th, tw, ch), dtype=np.float32) for ch in (4, 2, 3, 1))
    h, w = 120, 90
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # Columns sweep the texture and beyond its edges, at a varying rate; rows likewise.
    cols = (xx / w * tw * 1.2 - 0.1 * tw + 30 * np.sin(yy / 17 + seed)).astype(np.float32)
    rows = (yy / h * th * 1.1 - 0.05 * th + g.normal(0, 0.3, (h, w))).astype(np.float32)
    # Spans: mostly a column or two, a patch reaching the widest levels, scattered spikes.
    blob = np.exp(-(((xx - g.uniform(0, w)) / 12) ** 2 + ((yy - g.uniform(0, h)) / 9) ** 2))
    spans = 0.8 + 2.5 * g.random((h, w)) + 60 * blob
    spikes = g.random((h, w)) < 0.01
    spans[spikes] = g.uniform(1, 64, int(spikes.sum()))
    # Integer and exactly-on-a-level spans, and points on texel and 1/32 boundaries.
    spans[::13, ::7] = np.float32(2.0) ** g.integers(0, 7, spans[::13, ::7].shape)
    cols[::5, ::3] = np.round(cols[::5, ::3] * 32) / 32 - 1 / 64
    if seed % 3 == 0:  # levels no point reads between those some do
        spans = np.where(spans > 3, np.maximum(spans, 20), spans)
    return texs, cols, rows, spans.astype(np.float32)


@pytest.mark.parametrize("seed", range(24))
def test_mip_sampling_matches_blurring_the_whole_texture(seed: int) -> None:
    texs, cols, rows, spans = _case(seed)
    got = samples(texs[:3], cols, rows, spans)
    for tex, out in zip(texs[:3], got, strict=True):
        assert np.array_equal(out, _reference(tex, cols, rows, spans))
    one = texs[3][..., 0]
    assert np.array_equal(sample(one, cols, rows, spans), _reference(one, cols, rows, spans))


@pytest.mark.parametrize(
    "texs",
    [
        (np.zeros((16, 64), np.float64),),  # moved as float32 items: garbage
        (np.zeros((16, 64), np.float32), np.zeros((16, 96), np.float32)),  # tiles of the first
        (np.zeros((16, 64, 1), np.float32),),  # OpenCV drops the channel: shapes disagree
    ],
)
def test_textures_it_cannot_sample_exactly_are_refused(texs: tuple[np.ndarray, ...]) -> None:
    at = np.full((4, 4), 3.0, np.float32)
    with pytest.raises(ValueError, match="float32 textures of one shape"):
        samples(texs, at, at, np.full((4, 4), 8.0, np.float64))
