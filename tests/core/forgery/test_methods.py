"""How the forger went about it: photo substitution by laminate lift, cut-in or re-lasering, and
data alteration by chemical or mechanical erasure or an overlay. Every sign shows through the
light engine under each light its record names, on the substrate it claims."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pytest

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Status, Substrate
from docexam.core.domain.seeds import rng
from docexam.core.synth import GeneratedSpecimen
from docexam.core.synth.forgery import ForgedSpecimen, Sign, forge
from docexam.core.synth.forgery.plans import PLANS
from tests.core.forgery.helpers import box, render

VISIBLE = LightSource.VISIBLE
# Signs a card cannot carry, by what they say (stated here, not taken from the generator).
PAPER_ONLY = ("laminate", "thinned paper", "erasure stain", "fibres", "photo cut in")


def _view(spec: object, sign: Sign, light: LightSource) -> np.ndarray:
    params = {"ir_cutoff_nm": sign.ir_cutoff_nm or 1000} if light is LightSource.IR else {}
    if light is LightSource.TILT:
        params = {"tilt_deg": 35.0}
    image = render(spec, sign.page_id, light, **params)  # type: ignore[arg-type]
    return image if image.ndim == 2 else image.max(axis=2)


def shows(g: GeneratedSpecimen, f: ForgedSpecimen, sign: Sign, light: LightSource) -> float:
    """How strongly the sign's region differs from the genuine under ``light`` (99th
    percentile, grey levels), or, for what appears or vanishes between lights (an original
    entry recovered in IR), how much more the forgery changes from white light than the
    genuine does."""
    area = box(g.pages[sign.page_id], sign.region)
    real, fake = _view(g.specimen, sign, light)[area], _view(f.specimen, sign, light)[area]
    direct = np.abs(fake - real)
    white_real = _view(g.specimen, sign, VISIBLE)[area]
    white_fake = _view(f.specimen, sign, VISIBLE)[area]
    between = np.abs(np.abs(fake - white_fake) - np.abs(real - white_real))
    return float(max(np.percentile(direct, 99), np.percentile(between, 99)))


def assert_each_light_shows(g: GeneratedSpecimen, f: ForgedSpecimen, least: float = 5.0) -> None:
    for sign in f.record.signs:
        if "comparison" in sign.reveal:
            continue  # found by comparing, not by a light
        lights: Iterable[LightSource] = sign.lights or (VISIBLE,)
        for light in lights:
            seen = shows(g, f, sign, light)
            assert seen > least, f"{sign.id} ({sign.title['en']}) under {light.value}: {seen:.1f}"
        assert sign.measured is not None and sign.measured.light is not None, sign.id


def _kind(f: ForgedSpecimen, sign: Sign) -> Substrate:
    return f.specimen.page(sign.page_id).substrate.kind


def _titles(f: ForgedSpecimen) -> frozenset[str]:
    return frozenset(s.title["en"] for s in f.record.signs)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_photo_substitution_breaks_the_background_at_every_level(
    genuines: dict[str, GeneratedSpecimen], workdir: Path, level: int
) -> None:
    """The background guilloche stops or steps at the photo's edge in white light (or under
    the loupe), whichever method, on paper and on a card."""
    for doc in ("td3", "td1"):
        g = genuines[doc]
        for ops in (("background_broken",), ("background_broken", "cut_edge")):
            if doc == "td1" and "cut_edge" in ops:
                continue
            f = forge(g, "photo_substitution", 4, workdir / "methods", level, ops)
            sign = next(s for s in f.record.signs if s.operation == "background_broken")
            assert {"visible", "loupe"} & set(sign.reveal)
            # In white light most of the genuine's background lines inside the photo are gone
            # or moved: they no longer continue the lines outside.
            page = sign.page_id
            lines = next(la for la in g.pages[page].layers if la.id == "guilloche-background")
            assert lines.mask is not None
            area = box(g.pages[page], sign.region)
            on_line = lines.mask[area] > 40
            real = render(g.specimen, page, VISIBLE)[area].max(axis=2)
            fake = render(f.specimen, page, VISIBLE)[area].max(axis=2)
            moved = (np.abs(fake - real) > 6)[on_line].mean()
            # Level 3 steps by a third of a millimetre: a loupe's sign, part of the lines match.
            assert moved > (0.3 if level < 3 else 0.15), f"{doc} {ops} level {level}: {moved:.2f}"


@pytest.mark.parametrize("level", [1, 2, 3])
def test_photo_methods_show_under_their_lights(
    genuines: dict[str, GeneratedSpecimen], workdir: Path, level: int
) -> None:
    """Each operation alone (so another's change does not count for it), on paper by either
    method and on a card: every sign shows under each light its record names."""
    out = workdir / "methods"
    for doc, method in (("td3", "laminate_edge"), ("td3", "cut_edge"), ("td1", None)):
        g = genuines[doc]
        f = forge(g, "photo_substitution", 1, None, level)
        ops = {o.name for o in f.record.operations}
        assert {"new_portrait", "background_broken", "ovd_cut"} <= ops
        assert len(ops & {"laminate_edge", "cut_edge", "engraving_mismatch"}) == 1, ops
        if doc == "td1":
            assert {"engraving_mismatch", "surface_disturbed"} <= ops
            assert not any(w in t.lower() for t in _titles(f) for w in PAPER_ONLY)
        for op in sorted(ops - {"new_portrait", "ghost_mismatch", "laminate_edge", "cut_edge"}):
            alone = (op,) if method is None else (op, method)
            assert_each_light_shows(g, forge(g, "photo_substitution", 1, out, level, alone))


def test_both_paper_methods_occur() -> None:
    plan = PLANS[Status.PHOTO_SUBSTITUTION]
    chosen = {
        next(op for op in plan.choose(level, rng("t", seed), Substrate.PAPER) if "edge" in op)
        for seed in range(12)
        for level in (1, 2, 3)
    }
    assert chosen == {"laminate_edge", "cut_edge"}
    card = plan.choose(1, rng("t", 0), Substrate.POLYCARBONATE)
    assert not {"laminate_edge", "cut_edge"} & set(card)


def test_cut_in_photo_shines_in_transmitted_light(
    genuines: dict[str, GeneratedSpecimen], workdir: Path
) -> None:
    g = genuines["td3"]
    f = forge(g, "photo_substitution", 2, workdir / "methods", 3, ("cut_edge",))
    sign = next(s for s in f.record.signs if s.operation == "cut_edge")
    assert sign.reveal[:2] == ("transmitted", "oblique")
    cut = next(la for la in f.generated.pages["data"].layers if la.id == "photo-cut")
    assert cut.mask is not None
    line = cut.mask > 128
    real = render(g.specimen, "data", LightSource.TRANSMITTED).max(axis=2)
    fake = render(f.specimen, "data", LightSource.TRANSMITTED).max(axis=2)
    assert fake[line].mean() > real[line].mean() + 10  # light comes through the cut


def _alterations(
    g: GeneratedSpecimen, seeds: range, level: int, workdir: Path
) -> list[ForgedSpecimen]:
    out = workdir / "alterations"
    return [forge(g, "data_alteration", seed, out, level, ("field_rewrite",)) for seed in seeds]


@pytest.mark.parametrize("doc", ["td3", "td1"])
def test_data_alteration_signs_vary_and_show_under_their_lights(
    genuines: dict[str, GeneratedSpecimen], workdir: Path, doc: str
) -> None:
    g = genuines[doc]
    bundles, titles = set(), set()
    for level in (1, 2, 3):
        for f in _alterations(g, range(6), level, workdir):
            bundles.add(_titles(f))
            titles |= _titles(f)
            assert_each_light_shows(g, f)
            for sign in f.record.signs:
                assert _kind(f, sign) is (
                    Substrate.PAPER if doc == "td3" else Substrate.POLYCARBONATE
                )
                if doc == "td1":
                    assert not any(w in sign.title["en"].lower() for w in PAPER_ONLY), sign.title
    assert len(bundles) >= 4  # not always the same bundle of signs
    recovered = {"Original entry visible in IR", "Original entry luminesces"} & titles
    assert recovered
    if doc == "td3":  # each of the forger's three ways shows up across the seeds
        assert {"Erasure stain under UV", "Thinned paper under the field"} <= titles
        assert "Patch laid over the field" in titles
        assert "Original entry luminesces" in titles
    else:
        assert "Surface scraped round the field" in titles or "Patch laid over the field" in titles
