"""The holder a document was issued to, and the person who presents it at the booth.

A document's holder is a function of the person it names (names, birth date, sex), so every
document of one person shows one face, and a traveller can be made for any document, bundled or
generated. The traveller is the holder, some years on, or an impostor: another person chosen to
look alike, close in what changes easily, different in at least one stable trait.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from docexam.core.domain.seeds import rng, stable_int
from docexam.core.faces.traits import (
    CATEGORICAL,
    FEATURE_TRAITS,
    TOO_FINE,
    Identity,
    Look,
    aged,
    differing_features,
    make_identity,
    make_look,
    noticeable,
)


@dataclass(frozen=True)
class Traveller:
    identity: Identity
    look: Look
    is_holder: bool
    differs: frozenset[str]  # FISWG features that differ from the holder (empty for the holder)
    difficulty: float


def _years(a: date, b: date) -> float:
    return (b - a).days / 365.25


def holder_identity(viz: Mapping[str, str]) -> Identity:
    """The person a document names: the same for every document of that person."""
    key = (viz.get("surname", ""), viz.get("given_names", ""), viz.get("birth_date", ""))
    sex = viz.get("sex", "")
    if sex not in ("M", "F"):
        sex = "F" if stable_int("sex", *key) % 2 else "M"
    return make_identity(("holder", *key), sex)


def portrait_look(viz: Mapping[str, str], who: Identity) -> Look:
    """The studio photo the issuer printed: the holder at the age of issue."""
    age = 35.0
    with suppress(KeyError, ValueError):
        age = _years(date.fromisoformat(viz["birth_date"]), date.fromisoformat(viz["issue_date"]))
    return make_look(("portrait", who.seed, viz.get("document_number", "")), who, age)


def _styled(
    photo: Look, live: Look, years: float, g: np.random.Generator, difficulty: float
) -> Look:
    """The person at the booth ``years`` after ``photo``: older, perhaps restyled.

    Drawn alike for holder and impostor. An impostor copies the photo's hair, beard and
    make-up, but a holder keeps them just as often at the same difficulty: if either changed
    more, a new hairstyle, dyed hair or a bare face would give the answer away where only the
    face should.
    """
    keep = 0.5 + float(np.clip(difficulty, 0, 1)) / 2
    older = aged(photo, years, g)
    look = replace(
        live,
        age=older.age,
        grey=older.grey,
        weight=older.weight,
        hair_colour=photo.hair_colour if g.random() < 0.75 + keep / 4 else live.hair_colour,
        hair_style=photo.hair_style if g.random() < keep else live.hair_style,
        beard=photo.beard if g.random() < keep else live.beard,
    )
    # Make-up too: an impostor copies the photo's, a holder wears hers as often (drawn last,
    # so the draws above stay as they were).
    look = replace(look, makeup=photo.makeup if g.random() < keep else live.makeup)
    if photo.hair_style == "bald":  # a bald man in the photo does not grow a hairline later
        look = replace(look, hair_style="bald")
    return look


def holder_today(
    viz: Mapping[str, str], seed: object, years: float, difficulty: float = 0.5
) -> Traveller:
    """The holder ``years`` after the photo: older, perhaps new hair, glasses, beard."""
    who = holder_identity(viz)
    photo = portrait_look(viz, who)
    g = rng("holder-today", who.seed, seed)
    live = make_look(("live", who.seed, seed), who, photo.age, studio=False)
    return Traveller(who, _styled(photo, live, years, g, difficulty), True, frozenset(), 0.0)


ALWAYS_COVERABLE = frozenset({"hairline", "forehead", "ears"})


def look_alike(holder: Identity, seed: object, difficulty: float) -> Identity:
    """Another person who resembles ``holder``: the higher ``difficulty`` (0..1), the closer.

    Stable traits move towards a stranger's by a share that shrinks with difficulty; then at
    least one feature of the face that hair cannot cover (not the hairline, forehead or ears)
    is made visibly different, as it always is between two people.
    """
    g = rng("look-alike", holder.seed, seed)
    stranger = make_identity(("stranger", holder.seed, seed), holder.sex)
    share = 1.0 - 0.85 * float(np.clip(difficulty, 0, 1))
    traits = {
        k: holder.traits[k] + (stranger.traits[k] - holder.traits[k]) * share for k in holder.traits
    }
    # The feature made different is one of the face's own that no hairstyle hides: hair
    # changes between any two photos of one person, and long hair or a fringe covers the
    # ears and the forehead, so an impostor told only by those no examiner could call.
    features = [f for f in FEATURE_TRAITS if f not in ALWAYS_COVERABLE]
    feature = features[int(g.integers(0, len(features)))]
    names = [n for n in FEATURE_TRAITS[feature] if n not in TOO_FINE]
    name = names[int(g.integers(0, len(names)))]
    value = holder.traits[name]
    if name in CATEGORICAL:
        n = CATEGORICAL[name]
        bucket = holder.bucket(name)
        other = (bucket + 1 + int(g.integers(0, n - 1))) % n
        traits[name] = (other + 0.5) / n
    else:
        # A little past the threshold even at the hardest: at the live photo's displayed size
        # (200 px high) a step of just NOTICEABLE was lost in the camera's softness. Away from
        # the nearer end of the scale, so the whole step fits.
        step = noticeable(name) + 0.08 + float(g.uniform(0.02, 0.25)) * (1 - difficulty)
        step = min(step, max(value, 1 - value))
        traits[name] = value - step if value >= 0.5 else value + step
    skin = float(np.clip(holder.skin + g.normal(0, 0.02 + 0.08 * share), 0, 1))
    # Seldom the same moles: two people with a mole on one spot are rare, and a trainee shown
    # it often would learn that marks prove nothing.
    marks = holder.marks if g.random() < difficulty * 0.35 else stranger.marks
    # The head's build is the whole face: a stranger's would differ everywhere at once.
    ancestry = holder.ancestry + (stranger.ancestry - holder.ancestry) * share
    # So is its asymmetry: a close look-alike's is close to the holder's, or the two faces'
    # left/right differences would tell them apart where no feature does.
    asymmetry = tuple(
        h + (s - h) * share for h, s in zip(holder.asymmetry, stranger.asymmetry, strict=False)
    )
    return Identity(stranger.seed, holder.sex, skin, traits, marks, ancestry, asymmetry)


def impostor(viz: Mapping[str, str], seed: object, difficulty: float, years: float) -> Traveller:
    """A look-alike presenting the document, styled like its photo as impostors are."""
    holder = holder_identity(viz)
    photo = portrait_look(viz, holder)
    who = look_alike(holder, seed, difficulty)
    g = rng("impostor", holder.seed, seed)
    live = make_look(("live", who.seed, seed), who, photo.age, studio=False)
    look = _styled(photo, live, years, g, difficulty)
    # Age is the one change that tells: a look-alike is seldom born the holder's year.
    age = look.age + float(g.normal(0, 6 * (1 - difficulty) + 1))
    look = replace(look, age=max(18.0, age))
    differs = frozenset(differing_features(holder, who))
    return Traveller(who, look, False, differs, float(difficulty))


def traveller(
    viz: Mapping[str, str], seed: object, difficulty: float = 0.5, today: date | None = None
) -> Traveller:
    """The person at the booth for a document: half the time its holder, else an impostor."""
    years = 0.0
    try:
        issued = date.fromisoformat(viz["issue_date"])
        years = max(0.0, _years(issued, today or issued))
    except (KeyError, ValueError):
        pass
    if today is None:
        years = float(rng("years", seed).uniform(0, 10))  # any time in a ten-year validity
    if rng("holder?", seed).random() < 0.5:
        return holder_today(viz, seed, years, difficulty)
    return impostor(viz, seed, difficulty, years)
