"""Face-comparison items: is the person in the photo the one the document was issued to?

Two comparisons, each quick (first line: a verdict against the clock) or structured (second
line and expert: the verdict and, per FISWG feature, agree or differ):

- ``live``: the traveller at the booth against the document's portrait, ghost image and chip
  portrait: the holder some years on, or a look-alike impostor (``faces.traveller``).
- ``earlier``: the portrait in the person's earlier passport against this one: a different face
  means a fraudulently obtained genuine document, whose only sign is the person. A generated
  FOG (``forge ... --fraud fog``) always asks this, against the earlier passport its record
  names (``faces.obtained``).

The key is the generator's truth (``Traveller.is_holder``, ``differing_features``), and the
photo is drawn again from the item's seed, so what is shown and what is scored are one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from docexam.core.chip.portrait import box
from docexam.core.domain.ids import opaque_id
from docexam.core.domain.model import I18nText, Specimen, Status
from docexam.core.domain.seeds import rng, stable_int
from docexam.core.exercise.model import FaceExercise, SpecimenRef
from docexam.core.faces import markcover
from docexam.core.faces.obtained import Obtained, applicant_look, obtained
from docexam.core.faces.render import Photo, render
from docexam.core.faces.renditions import greyscale
from docexam.core.faces.traits import FEATURE_TRAITS, Identity, Look, make_look
from docexam.core.faces.traveller import Traveller, holder_identity, portrait_look, traveller
from docexam.core.faces.unseen import hides
from docexam.core.pack.chip_file import CHIP_FILE
from docexam.core.pack.forgery_record import read_record

FEATURES: tuple[str, ...] = (*FEATURE_TRAITS, "marks")  # the FISWG list, in its order
FEATURE_NAMES: dict[str, I18nText] = {
    "face_shape": {"en": "Face shape", "zh-Hans": "脸型"},
    "hairline": {"en": "Hairline", "zh-Hans": "发际线"},
    "forehead": {"en": "Forehead", "zh-Hans": "前额"},
    "eyebrows": {"en": "Eyebrows", "zh-Hans": "眉毛"},
    "eyes": {"en": "Eyes", "zh-Hans": "眼睛"},
    "nose": {"en": "Nose", "zh-Hans": "鼻子"},
    "ears": {"en": "Ears", "zh-Hans": "耳朵"},
    "mouth": {"en": "Mouth", "zh-Hans": "嘴"},
    "chin": {"en": "Chin", "zh-Hans": "下巴"},
    "marks": {"en": "Marks (moles, scars)", "zh-Hans": "痣与疤痕"},
}
VERDICT_NAME: I18nText = {"en": "Same person?", "zh-Hans": "是否同一人？"}
# A first-line look at the face, not a study of it: a few seconds a traveller, as at a busy
# booth (an exercise file may give a quick item other ``seconds``).
QUICK_SECONDS = 8.0
LIVE, EARLIER = "live", "earlier"
STATUS_OF = {LIVE: Status.IMPOSTOR, EARLIER: Status.FRAUDULENTLY_OBTAINED}
PORTRAIT_LAYER = "portrait"
Subject = tuple[Identity, Look]  # who a photo shows, and how
# What the item shows: a booth camera's head-and-shoulders crop, at the renderer's own working
# height (shown smaller beside the verdict, and at this size when the trainee enlarges it).
PHOTO_SIZE = markcover.SIZE

_PROMPTS: dict[str, I18nText] = {
    LIVE: {
        "en": "The traveller at the booth (the photo) hands you this document. Is this the "
        "holder? Compare the face with the portrait, the ghost image and, on a chip "
        "passport, the chip's portrait (chip reader, R).",
        "zh-Hans": "旅客（照片中的人）在查验台递交此证件。此人是否为持证人？请将其面部与证件照片、"
        "影像照片以及（芯片护照）芯片中的照片（芯片阅读器，R）进行比对。",
    },
    EARLIER: {
        "en": "The photo is the portrait in this person's earlier passport. Is the person in "
        "this document the same? A different face means a fraudulently obtained document.",
        "zh-Hans": "照片为此人早先护照中的证件照。本证件上的人是否为同一人？"
        "面孔不同即说明证件系骗领。",
    },
}
_QUICK: I18nText = {"en": " Answer within %1 s.", "zh-Hans": "请在 %1 秒内作答。"}
_STRUCTURED: I18nText = {
    "en": " Then record, feature by feature, whether the faces agree, differ, or cannot be "
    "compared (a photo does not show the feature).",
    "zh-Hans": "然后逐项记录各面部特征是一致、不同，还是无法比对（某张照片未显示该特征）。",
}


@dataclass(frozen=True)
class FaceItemPlan:
    exercise: FaceExercise
    level: int  # 1: quick, first line; 2 and 3: the structured comparison, closer look-alikes


def has_face(specimen: Specimen) -> bool:
    """A genuine document docexam drew, with a portrait: its portrait is the face of the
    person it names, or of the applicant who obtained it in that name (a photographed or
    hand-made pack's portrait is no generated face)."""
    viz = specimen.viz
    return (
        specimen.generated
        and specimen.document.status in (Status.GENUINE, Status.FRAUDULENTLY_OBTAINED)
        and bool(viz.get("surname") and viz.get("birth_date"))
        and any(f.id == PORTRAIT_LAYER for p in specimen.pages for f in p.features)
    )


def has_chip(specimen: Specimen) -> bool:
    """An e-passport whose chip can be read: its DG2 is a third view of the holder."""
    return specimen.root is not None and (specimen.root / CHIP_FILE).is_file()


def person(ex: FaceExercise, viz: Mapping[str, str]) -> Traveller:
    """Who the photo shows: the holder, or a look-alike."""
    return traveller(viz, ex.seed, ex.difficulty)


def fog_of(specimen: Specimen) -> Obtained | None:
    """Who obtained a generated FOG and whose earlier passport shows the person named, from
    its forgery record (None for any other specimen)."""
    if specimen.document.status is not Status.FRAUDULENTLY_OBTAINED or specimen.root is None:
        return None
    record = read_record(specimen.root)
    if record is None or not any(o.name == "applicant_portrait" for o in record.operations):
        return None
    return obtained(specimen.viz, (record.source_id, record.seed), record.difficulty)


def _photo_subject(ex: FaceExercise, viz: Mapping[str, str], fog: Obtained | None) -> Subject:
    """Who the item's photo shows and how: the traveller (booth camera), or the earlier
    passport's portrait (the same person years younger; for a FOG, the person really named,
    in the earlier passport its record names)."""
    if fog is not None:
        return holder_identity(viz), fog.earlier.look
    who = person(ex, viz)
    if ex.against == LIVE:
        return who.identity, who.look
    g = rng("earlier", ex.seed)
    holder_photo = portrait_look(viz, who.identity)
    age = max(16.0, holder_photo.age - float(g.uniform(5, 10)))
    return who.identity, make_look(("earlier", ex.seed), who.identity, age)


def _document_subject(viz: Mapping[str, str], fog: Obtained | None) -> Subject:
    """Whose face the document's portrait (and ghost image and chip) shows, as printed: the
    holder's studio photo, or for a FOG the applicant's."""
    if fog is not None:
        return fog.applicant, applicant_look(viz, fog)
    holder = holder_identity(viz)
    return holder, portrait_look(viz, holder)


def face_photo(ex: FaceExercise, specimen: Specimen, width: int, height: int) -> Photo:
    """The photo the item shows: the traveller in colour, or the earlier portrait in grey (a
    FOG's item is always against the earlier one)."""
    photo = render(*_photo_subject(ex, specimen.viz, fog_of(specimen)), width, height)
    return photo if ex.against == LIVE else greyscale(photo)


def portrait_size(specimen: Specimen) -> tuple[int, int]:
    """The size (px) the document's portrait was drawn at (``synth.personal``): its layer's
    box at its page's resolution."""
    for page in specimen.pages:
        for f in page.features:
            if f.id == PORTRAIT_LAYER and page.images:
                dpi = page.images[0].dpi
                shape = tuple(round(mm * dpi / 25.4) for mm in reversed(page.size_mm))
                x0, y0, x1, y1 = box(f.region, dpi, shape)
                return x1 - x0, y1 - y0
    return PHOTO_SIZE


def _hidden(ex: FaceExercise, specimen: Specimen, fog: Obtained | None) -> tuple[str, ...]:
    """The features that cannot be compared: hidden in the document's portrait or in the
    item's photo (by hair, a bald head's missing hairline; a mark also by a beard, glasses'
    frames or the nose's shadow: ``faces.unseen.hides``), each as the trainee sees it: the
    portrait at the size the page was printed with, the photo as ``face_photo`` draws it."""
    viz = specimen.viz
    hidden = hides(*_document_subject(viz, fog), portrait_size(specimen)) | hides(
        *_photo_subject(ex, viz, fog), PHOTO_SIZE
    )
    return tuple(f for f in FEATURES if f in hidden)


def _explanation(ex: FaceExercise) -> I18nText:
    if ex.same_person:
        out = {
            "en": "The same person: every feature agrees; hair, age, glasses and light changed.",
            "zh-Hans": "同一人：各项特征一致；变化的只是发型、年龄、眼镜和光线。",
        }
    else:
        seen = [f for f in ex.differing if f not in ex.hidden]
        en = ", ".join(FEATURE_NAMES[f]["en"].lower() for f in seen)
        zh = "、".join(FEATURE_NAMES[f]["zh-Hans"] for f in seen)
        out = (
            {
                "en": f"An impostor, a look-alike of the holder: {en} differ.",
                "zh-Hans": f"冒用者，与持证人相貌相似：{zh}不同。",
            }
            if ex.against == LIVE
            else {
                "en": "Fraudulently obtained: not the person of the earlier passport "
                f"({en} differ).",
                "zh-Hans": f"骗领证件：与早先护照上的人不是同一人（{zh}不同）。",
            }
        )
    if ex.hidden:
        en = ", ".join(FEATURE_NAMES[f]["en"].lower() for f in ex.hidden)
        zh = "、".join(FEATURE_NAMES[f]["zh-Hans"] for f in ex.hidden)
        out["en"] += f" Cannot be compared: {en} (not shown in both photos)."
        out["zh-Hans"] += f"无法比对：{zh}（两张照片中未同时显示）。"
    return out


def _prompt(against: str, structured: bool) -> I18nText:
    base = _PROMPTS[against]
    extra = _STRUCTURED if structured else _QUICK
    return {lang: base[lang] + extra[lang].replace("%1", f"{QUICK_SECONDS:.0f}") for lang in base}


def face_item(ref: SpecimenRef, specimen: Specimen, structured: bool) -> FaceItemPlan:
    """The quick or the structured item of one specimen; seeded by the specimen, so a set
    rebuilt from the same packs asks the same."""
    plan = _unkeyed(ref, specimen, structured)
    return _keyed(plan, specimen) if structured else plan


def _keyed(plan: FaceItemPlan, specimen: Specimen) -> FaceItemPlan:
    """A structured item with what cannot be compared in it (which may draw its photos)."""
    ex = replace(plan.exercise, hidden=_hidden(plan.exercise, specimen, fog_of(specimen)))
    return replace(plan, exercise=replace(ex, explanation=_explanation(ex)))


def _unkeyed(ref: SpecimenRef, specimen: Specimen, structured: bool) -> FaceItemPlan:
    """The item without the features its photos hide (the quick check records none)."""
    seed = stable_int("face-item", ref.key, structured) % 2**62
    g = rng("face-item", seed)
    fog = fog_of(specimen)
    against = LIVE if g.random() < 0.5 and fog is None else EARLIER
    if structured:
        level = 2 if g.random() < 0.5 else 3
        difficulty = float(g.uniform(0.4, 0.7) if level == 2 else g.uniform(0.75, 0.95))
    else:
        level, difficulty = 1, float(g.uniform(0.15, 0.45))
    ex = FaceExercise(
        opaque_id("ex", "face", specimen.id, "structured" if structured else "quick"),
        (),
        ref,
        against,
        seed,
        round(difficulty, 3),
        True,
        (),
        FEATURES if structured else (),
        None if structured else QUICK_SECONDS,
        _prompt(against, structured),
    )
    if fog is not None:  # the document shows the applicant; the earlier one the person named
        same, differs = False, fog.differs
    else:
        who = person(ex, specimen.viz)
        same, differs = who.is_holder, who.differs
    ex = replace(ex, same_person=same, differing=tuple(f for f in FEATURES if f in differs))
    return FaceItemPlan(replace(ex, explanation=_explanation(ex)), level)


def face_items(
    ref: SpecimenRef, specimen: Specimen, objectives: Callable[[Status, int], tuple[str, ...]]
) -> list[FaceExercise]:
    """The specimen's face items, each for the objectives ``objectives(status, level)`` gives
    (the fraud the comparison trains: impostor or fraudulently obtained)."""
    if not has_face(specimen):
        return []
    out = []
    for structured in (False, True):
        plan = _unkeyed(ref, specimen, structured)
        asked = objectives(STATUS_OF[plan.exercise.against], plan.level)
        if asked:  # (only then keyed: the key may draw the photos, a set asks of every item)
            plan = _keyed(plan, specimen) if structured else plan
            out.append(replace(plan.exercise, objectives=asked))
    return out
