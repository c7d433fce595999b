"""Each sign shows under the light its record names (through the light engine)."""

from __future__ import annotations

import numpy as np

from docexam.core.domain.lights import LightSource
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import ForgedSpecimen, Sign
from tests.core.forgery.conftest import Forger
from tests.core.forgery.helpers import box, render

UV, IR, OBLIQUE = LightSource.UV365, LightSource.IR, LightSource.OBLIQUE


def _sign(forgery: ForgedSpecimen, operation: str) -> Sign:
    return next(s for s in forgery.record.signs if s.operation == operation)


def _mask(g: GeneratedSpecimen, page: str, lid: str) -> np.ndarray:
    layer = next(la for la in g.pages[page].layers if la.id == lid)
    assert layer.mask is not None
    return layer.mask > 128


def test_brightener_paper_glows_under_uv(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    f = forged("td3", "counterfeit", 1, ("brightener_paper",))
    assert "uv365" in _sign(f, "brightener_paper").reveal
    genuine = render(genuines["td3"].specimen, "data", UV).mean()
    fake = render(f.specimen, "data", UV).mean()
    assert fake > genuine + 60


def test_ir_dropout_captions_stay_dark_on_a_counterfeit(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 1, ("toner_print",))
    sign = next(s for s in f.record.signs if s.operation == "toner_print" and "ir" in s.reveal)
    assert sign.reveal == ("ir",) and sign.ir_cutoff_nm == 1000
    labels = _mask(g, "data", "labels")
    real = render(g.specimen, "data", IR, ir_cutoff_nm=1000).mean(axis=2)
    fake = render(f.specimen, "data", IR, ir_cutoff_nm=1000).mean(axis=2)
    paper = np.median(real)
    assert real[labels].mean() > paper - 25  # genuine captions vanish at 1000 nm
    assert fake[labels].mean() < paper - 60  # the counterfeit's do not


def test_missing_watermark_and_flat_ovd(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]
    f = forged("td3", "counterfeit", 2, ("fake_watermark", "flat_ovd"))
    wm = box(g.pages["data"], _sign(f, "fake_watermark").region)
    real = render(g.specimen, "data", LightSource.TRANSMITTED).mean(axis=2)[wm]
    fake = render(f.specimen, "data", LightSource.TRANSMITTED).mean(axis=2)[wm]
    assert real.std() > 2 * fake.std()
    ovd = box(g.pages["data"], _sign(f, "flat_ovd").region)

    def shift(spec: object) -> float:
        a = render(spec, "data", LightSource.TILT, tilt_deg=-40)[ovd]  # type: ignore[arg-type]
        b = render(spec, "data", LightSource.TILT, tilt_deg=40)[ovd]  # type: ignore[arg-type]
        return float(np.abs(a - b).mean())

    assert shift(g.specimen) > 3 * shift(f.specimen) + 1


def test_dot_screen_and_microprint_under_the_loupe(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    import cv2

    g = genuines["td3"]
    f = forged("td3", "counterfeit", 2, ("offset_print", "blurred_microprint"))
    rb = box(g.pages["data"], g.pages["data"].layers[0].region)
    real = _mask(g, "data", "rainbow-print").astype(np.uint8)
    fake = _mask(f.generated, "data", "rainbow-print").astype(np.uint8)
    n_real = cv2.connectedComponents(real)[0]
    n_fake = cv2.connectedComponents(fake)[0]
    assert n_fake > 5 * n_real  # lines became dots
    del rb
    micro = lambda gen: next(la for la in gen.pages["data"].layers if la.id == "microprint").mask  # noqa: E731
    sharp = cv2.Laplacian(micro(g).astype(np.float32), cv2.CV_32F).var()
    blurred = cv2.Laplacian(micro(f.generated).astype(np.float32), cv2.CV_32F).var()
    assert blurred < 0.5 * sharp
    assert all("loupe" in s.reveal for s in f.record.signs if not {"ir", "uv365"} & set(s.reveal))


def test_photo_substitution_signs(genuines: dict[str, GeneratedSpecimen], forged: Forger) -> None:
    g = genuines["td3"]
    f = forged("td3", "photo_substitution", 2)
    portrait = box(g.pages["data"], _sign(f, "new_portrait").region)
    # The laminate edge alone: relief in grazing light where white light is unchanged.
    only = forged("td3", "photo_substitution", 2, ("laminate_edge",))
    edge = _sign(only, "laminate_edge")
    assert "oblique" in edge.reveal and "visible" not in edge.reveal
    ring = box(g.pages["data"], edge.region)
    real = render(g.specimen, "data", OBLIQUE)[ring]
    fake = render(only.specimen, "data", OBLIQUE)[ring]
    white_real = render(g.specimen, "data", LightSource.VISIBLE)[ring]
    white_fake = render(only.specimen, "data", LightSource.VISIBLE)[ring]
    lam = _mask(only.generated, "data", "laminate")[ring]
    assert np.abs(real - fake).max(axis=2)[lam].mean() > 8
    # ... where white light is unchanged (the portrait inside changed, its edge did not).
    assert np.abs(white_real - white_fake).max(axis=2)[lam].mean() < 3
    # The interruption alone: the new face's own tone under UV differs from the old one's by
    # more than the fine-line UV print it hides, so the whole forgery is no measure of it.
    cut = forged("td3", "photo_substitution", 2, ("uv_interrupted",))
    uv = box(g.pages["data"], _sign(cut, "uv_interrupted").region)
    assert (
        render(cut.specimen, "data", UV)[uv].max(axis=2).sum()
        < render(g.specimen, "data", UV)[uv].max(axis=2).sum()
    )
    assert (
        np.abs(
            render(g.specimen, "data", LightSource.VISIBLE)[portrait]
            - render(f.specimen, "data", LightSource.VISIBLE)[portrait]
        ).mean()
        > 5
    )
    assert "comparison" in _sign(f, "ghost_mismatch").reveal


def test_field_rewrite_shows_in_uv_and_ir(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td3"]

    def titles(seed: int) -> set[str]:
        f = forged("td3", "data_alteration", 2, ("field_rewrite",), seed)
        return {s.title["en"] for s in f.record.signs}

    # A seed where the forger erased chemically and rewrote in an ink without carbon.
    wanted = {"Erasure stain under UV", "New ink vanishes in IR"}
    seed = next(s for s in range(20) if wanted <= titles(s))
    f = forged("td3", "data_alteration", 2, ("field_rewrite",), seed)
    ir_sign = next(s for s in f.record.signs if s.title["en"] == "New ink vanishes in IR")
    stain = next(s for s in f.record.signs if "Erasure" in s.title["en"])
    new_ink = _mask(f.generated, "data", "personal-data-2")
    real = render(g.specimen, "data", IR, ir_cutoff_nm=ir_sign.ir_cutoff_nm or 870).mean(axis=2)
    fake = render(f.specimen, "data", IR, ir_cutoff_nm=ir_sign.ir_cutoff_nm or 870).mean(axis=2)
    data = _mask(g, "data", "personal-data")
    assert fake[new_ink].mean() > real[data].mean() + 80  # new ink vanishes, carbon data stays
    s = box(g.pages["data"], stain.region)
    assert render(f.specimen, "data", UV)[s].mean() > render(g.specimen, "data", UV)[s].mean() + 8
    assert f.specimen.viz != g.specimen.viz and f.specimen.mrz == g.specimen.mrz


def test_stolen_blank_card_loses_engraving_and_ir(
    genuines: dict[str, GeneratedSpecimen], forged: Forger
) -> None:
    g = genuines["td1"]
    f = forged("td1", "stolen_blank", 3)
    sign = next(s for s in f.record.signs if s.operation == "inkjet_data" and s.page_id == "front")
    assert {"loupe", "ir", "oblique"} <= set(sign.reveal)
    data = _mask(g, "front", "laser-engraving")
    ir_real = render(g.specimen, "front", IR, ir_cutoff_nm=1000).mean(axis=2)
    ir_fake = render(f.specimen, "front", IR, ir_cutoff_nm=1000).mean(axis=2)
    assert ir_fake[data].mean() > ir_real[data].mean() + 60
    layer = next(la for la in f.generated.pages["front"].layers if la.id == "laser-engraving")
    assert layer.material.relief_um is None
