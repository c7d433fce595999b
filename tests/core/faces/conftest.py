"""Documents' data for the face tests: real generator data over the bundled states."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from docexam.core.faces import clothes, hair
from docexam.core.faces.geometry import FaceGeometry
from docexam.core.faces.torso import Torso
from docexam.core.faces.traits import Identity, Look
from docexam.core.faces.traveller import holder_identity, portrait_look, traveller
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

DOC_TYPES = ("td3", "td1", "td2", "mrv-a")


def viz(seed: int, doc_type: str = "") -> dict[str, str]:
    """The visual zone of the ``seed``-th generated document, cycling states and types (or
    of type ``doc_type``: "td3", the face sheet's passports)."""
    codes = sorted(STATES)
    state = STATES[codes[seed % len(codes)]]
    kind = doc_type or DOC_TYPES[seed // len(codes) % 4]
    return make_doc_data(state, kind, seed, "A").viz()


def in_one_light(s: int) -> tuple[Identity, Look]:
    """The ``s``-th document's holder, photographed as every other one is (one light, age,
    weight and tied hair, bare-faced): what a test comparing people's features measures on."""
    v = viz(s, "td3")
    who = holder_identity(v)
    look = frontal(
        portrait_look(v, who),
        smile=0.0,
        age=35.0,
        weight=0.0,
        light_azimuth=12.0,
        light_elevation=30.0,
        blur=0.5,
        noise=0.0,
        hair_style="tied",
        grey=0.0,
    )
    return who, look


def frontal(look: Look, **changes: object) -> Look:
    """``look`` facing the camera square, bare-faced (no glasses, beard or make-up), with
    ``changes`` besides: what a test of the skin or the lips measures on."""
    return replace(
        look,
        glasses="none",
        beard="none",
        yaw=0.0,
        pitch=0.0,
        roll=0.0,
        makeup=0.0,
        **changes,  # type: ignore[arg-type]
    )


def collar_row(fg: FaceGeometry, t: Torso, who: Identity, look: Look, ax: float) -> float:
    """The row where the clothes' neckline crosses the column ``ax`` from the middle."""
    style = clothes.style(who, look)
    side_k, front_k, open_k = clothes.NECKLINES[style]
    side = fg.chin + (t.junction - fg.chin) * side_k / 0.13
    front = fg.chin + (fg.chin - fg.crown) * front_k
    reach = 1 - ax / (t.neck_base * open_k)
    if style in ("crew", "scoop"):
        reach = (1 - (ax / (t.neck_base * open_k)) ** 2) ** 0.7
    return side + (front - side) * reach


# How far a mark must stand out from the skin round it in the final 8-bit photo (luminance
# levels) for an examiner to see it at a glance. Chosen from crops of 420 x 540 renders: at
# 8-10 a mole on a dark skin under a booth's lamp was a smudge one found only knowing where to
# look, from about 15 a dot; at 210 x 270 the camera's softness takes a little more.
MOLE_CONTRAST = {(311, 400): 16.0, (210, 270): 13.0}
SCAR_CONTRAST = {(311, 400): 9.0, (210, 270): 9.0}


@pytest.fixture
def front(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The last render's front hair: its coverage (``hidden``), what of the sitter lay under
    it (``under``) and the layout it was painted on (``fg``)."""
    seen: dict[str, object] = {}
    paint = hair.hair_front

    def kept(c: object, fg: FaceGeometry, who: Identity, look: Look) -> object:
        seen["under"] = c.person.copy()  # type: ignore[attr-defined]
        out = paint(c, fg, who, look)  # type: ignore[arg-type]
        seen["hidden"], seen["fg"] = out[0], fg
        return out

    monkeypatch.setattr(hair, "hair_front", kept)
    return seen


def people(portraits: int, live: int) -> Iterator[tuple[str, Identity, Look, str]]:
    """(label, person, look, render salt): ``portraits`` holders in their document portraits,
    then ``live`` travellers at the booth (difficulty 0.5)."""
    for s in range(portraits):
        v = viz(s, "td3")
        who = holder_identity(v)
        yield f"{s}", who, portrait_look(v, who), ""
    for s in range(live):
        t = traveller(viz(100 + s, "td3"), s, difficulty=0.5)
        yield f"{s}live", t.identity, t.look, "live"
