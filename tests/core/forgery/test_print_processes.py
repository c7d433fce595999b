"""Counterfeits by print process: inkjet, toner and offset are told apart in the loupe by a
simple measurement, each has its own IR and UV behaviour under the light engine, and no
counterfeit, even at level 3, keeps security paper, a watermark or a working OVD."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Origin
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import ForgedSpecimen
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import box, render

PROCESSES = {"inkjet_print": "inkjet", "toner_print": "toner", "offset_print": "offset"}
LOUPE_MM = 6.0  # the field of a 10x loupe


def _layer_mask(
    g: GeneratedSpecimen, page: str, lid: str, least: int = 128
) -> npt.NDArray[np.bool_]:
    layer = next(la for la in g.pages[page].layers if la.id == lid)
    assert layer.mask is not None
    return layer.mask > least


def loupe_crop(f: ForgedSpecimen, lid: str = "rainbow-print") -> np.ndarray:
    """White light, as the trainee sees it in the loupe: a 6 mm square in the middle of the
    layer the counterfeiter had to reproduce."""
    page, layer = next(
        (pid, la) for pid, c in f.generated.pages.items() for la in c.layers if la.id == lid
    )
    canvas = f.generated.pages[page]
    x0, y0, x1, y1 = canvas.pixel_box(layer.region, 0)
    cx, cy, n = (x0 + x1) // 2, (y0 + y1) // 2, round(canvas.px(LOUPE_MM)) // 2
    image = render(f.specimen, page, LightSource.VISIBLE).mean(axis=2)
    return image[cy - n : cy + n, cx - n : cx + n]


def screen_of(crop: np.ndarray) -> str:
    """The rule an examiner applies to a loupe image, as numbers: the 2-D spectrum of the crop
    (tone removed) has a sharp peak for a regular screen; a dot screen has a second peak at
    right angles to the first, a line screen only one direction; droplets have no peak."""
    c = crop - crop.mean()
    h, w = c.shape
    spectrum = np.abs(np.fft.fftshift(np.fft.fft2(c * np.outer(np.hanning(h), np.hanning(w)))))
    yy, xx = np.mgrid[0:h, 0:w]
    ry, rx = (yy - h // 2) / h, (xx - w // 2) / w
    r = np.hypot(ry, rx)
    # Screen frequencies only (not the tone, not the pixel grid), one half of the symmetry.
    keep = (r >= 0.06) & (r <= 0.42) & ((ry > 0) | ((ry == 0) & (rx > 0)))
    spectrum[~keep] = 0.0
    peak = spectrum.max()
    if peak < 15.0 * np.median(spectrum[keep]):
        return "inkjet"
    i = np.unravel_index(np.argmax(spectrum), spectrum.shape)
    first = np.degrees(np.arctan2(ry[i], rx[i]))
    apart = np.abs((np.degrees(np.arctan2(ry, rx)) - first + 90.0) % 180.0 - 90.0)
    second = spectrum[keep & (apart > 60.0)].max()
    return "offset" if second > 0.5 * peak else "toner"


@pytest.mark.parametrize("doc", ["td3", "td2"])
@pytest.mark.parametrize("seed", [3, 11])
@pytest.mark.parametrize("operation", sorted(PROCESSES))
def test_the_three_processes_are_told_apart_in_the_loupe(
    forged: Forger, doc: str, seed: int, operation: str
) -> None:
    f = forged(doc, "counterfeit", 2, (operation,), seed)
    assert screen_of(loupe_crop(f)) == PROCESSES[operation]
    loupe = [s for s in f.record.signs if "loupe" in s.reveal]
    assert loupe and all(PROCESSES[operation] in s.title["en"].lower() for s in loupe)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_level_3_counterfeit_is_an_offset_print(forged: Forger, seed: int) -> None:
    f = forged("td3", "counterfeit", 3, None, seed)
    assert "offset_print" in {op.name for op in f.record.operations}
    assert screen_of(loupe_crop(f)) == "offset"


def _ir(spec: object, page: str = "data") -> np.ndarray:
    return render(spec, page, LightSource.IR, ir_cutoff_nm=1000).mean(axis=2)  # type: ignore[arg-type]


def test_inkjet_personal_data_vanish_in_ir(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 1, ("inkjet_print",))
    sign = next(s for s in f.record.signs if "ir" in s.reveal)
    assert sign.ir_cutoff_nm == 1000
    data = _layer_mask(g, "data", "personal-data")
    real, fake = _ir(g.specimen), _ir(f.specimen)
    paper = float(np.median(fake))
    assert real[data].mean() < paper - 100  # genuine carbon data stay dark
    assert fake[data].mean() > real[data].mean() + 80  # the dye ink is (nearly) gone


def test_toner_keeps_every_ink_dark_in_ir(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 1, ("toner_print",))
    labels = _layer_mask(g, "data", "labels")
    real, fake = _ir(g.specimen), _ir(f.specimen)
    assert fake[labels].mean() < real[labels].mean() - 40


def test_offset_loses_the_ir_print_but_keeps_the_black_data(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 2, ("offset_print",))
    ir_print = _layer_mask(g, "data", "ir-absorbing", 30)
    data = _layer_mask(g, "data", "personal-data")
    real, fake = _ir(g.specimen), _ir(f.specimen)
    assert fake[ir_print].mean() > real[ir_print].mean() + 20
    assert abs(fake[data].mean() - real[data].mean()) < 5


@pytest.mark.parametrize("operation", ["inkjet_print", "toner_print"])
def test_office_printers_leave_out_the_uv_print(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, operation: str
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 1, (operation,))
    sign = next(s for s in f.record.signs if s.reveal == ("uv365",))
    area = box(g.pages["data"], sign.region)
    real = render(g.specimen, "data", LightSource.UV365)[area]
    fake = render(f.specimen, "data", LightSource.UV365)[area]
    assert real.max(axis=2).mean() > fake.max(axis=2).mean() + 5


def test_offset_uv_print_is_one_colour_and_dark_under_uv_c(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 2, ("offset_print",))
    sign = next(s for s in f.record.signs if "uv254" in s.reveal)
    area = box(g.pages["data"], sign.region)
    bi = _layer_mask(g, "data", "bi-fluorescent")[area]
    real = render(g.specimen, "data", LightSource.UV254)[area].max(axis=2)
    fake = render(f.specimen, "data", LightSource.UV254)[area].max(axis=2)
    assert real[bi].mean() > fake[bi].mean() + 10


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_counterfeit_keeps_security_paper_watermark_or_ovd(
    genuines: dict[str, GeneratedSpecimen], forged: Forger, seed: int
) -> None:
    for difficulty in (1, 2, 3):
        f = forged("td3", "counterfeit", difficulty, None, seed)
        for page, canvas in f.generated.pages.items():
            for layer in canvas.layers:
                m = layer.material
                if layer.category.startswith(("substrate.fibres", "substrate.watermark")):
                    assert layer.origin is Origin.FORGERY, (difficulty, page, layer.id)
                if layer.category.startswith(("protection.ovd", "personalisation.mli_cli")):
                    assert m.ovd is None, (difficulty, page, layer.id)
                if layer.category.startswith("substrate.watermark"):
                    assert m.transmission is None
        # Through the light engine: the watermark's tones are gone against the light.
        g = genuines["td3"]
        wm = next(s for s in f.record.signs if s.operation == "fake_watermark")
        area = box(g.pages["data"], wm.region)
        real = render(g.specimen, "data", LightSource.TRANSMITTED).mean(axis=2)[area]
        fake = render(f.specimen, "data", LightSource.TRANSMITTED).mean(axis=2)[area]
        assert real.std() > 2 * fake.std()
