"""The typed objects a specimen pack is read into: Pack > Specimen > Page > Feature.

Geometry is in page millimetres; image files are paths relative to the specimen's directory.
Text meant for people is an :data:`I18nText` mapping a language tag ("en", "zh-Hans") to text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath

from docexam.core.domain.geometry import Bounds, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import Material

# 2: specimens may carry vector sources for the loupe (microtext, fineline) and worn areas
# (damaged), forgery records the forger's method. Version 1 packs read unchanged.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
I18nText = dict[str, str]


def text_for(text: I18nText, lang: str = "en") -> str:
    """The text in ``lang``, falling back to English, then to any language given.

    ``lang`` may be a bare language ("zh") for texts tagged with a script ("zh-Hans").
    """
    if lang in text:
        return text[lang]
    for key, value in text.items():
        if key.split("-", 1)[0] == lang.split("-", 1)[0]:
            return value
    if "en" in text:
        return text["en"]
    return next(iter(text.values()), "")


class DocumentType(StrEnum):
    TD1 = "td1"
    TD2 = "td2"
    TD3 = "td3"
    MRV_A = "mrv-a"
    MRV_B = "mrv-b"


# ICAO 9303 Part 4-7 physical sizes (width, height) in mm.
DOCUMENT_SIZES_MM: dict[DocumentType, tuple[float, float]] = {
    DocumentType.TD1: (85.6, 54.0),
    DocumentType.TD2: (105.0, 74.0),
    DocumentType.TD3: (125.0, 88.0),
    DocumentType.MRV_A: (120.0, 80.0),
    DocumentType.MRV_B: (105.0, 74.0),
}


class Status(StrEnum):
    GENUINE = "genuine"
    COUNTERFEIT = "counterfeit"
    PHOTO_SUBSTITUTION = "photo_substitution"
    PAGE_SUBSTITUTION = "page_substitution"
    DATA_ALTERATION = "data_alteration"
    COMBINED = "combined"
    VISA_STAMP_FRAUD = "visa_stamp_fraud"
    PSEUDO = "pseudo"
    STOLEN_BLANK = "stolen_blank"
    FRAUDULENTLY_OBTAINED = "fraudulently_obtained"
    IMPOSTOR = "impostor"


class Substrate(StrEnum):
    PAPER = "paper"
    POLYCARBONATE = "polycarbonate"


class UvResponse(StrEnum):
    DULL = "dull"  # security paper: dark violet-grey under UV-A
    BRIGHTENER = "brightener"  # office paper: blue-white glow


class Origin(StrEnum):
    """Who made a feature: the issuer, or the forger of a fraudulent specimen."""

    GENUINE = "genuine"
    # The forger's work: a layer a forgery added (a lifted laminate's ridge, a sensitiser stain,
    # rewritten data), or a genuine feature it replaced by an imitation (fibres printed on, an
    # OVD printed flat, inkjet where the issuer engraved). It is no security feature to find.
    FORGERY = "forgery"


class Coverage(StrEnum):
    """Where a feature without a mask file acts inside its region."""

    INK = "ink"  # only on the ink pixels of the visible image (scans annotated by an instructor)
    REGION = "region"  # the whole region (invisible inks, watermarks, holes)


@dataclass(frozen=True)
class ImageRef:
    light: LightSource
    file: str
    dpi: float
    cutoff_nm: int | None = None  # IR captures: the filter they were taken through


@dataclass(frozen=True)
class SubstrateSpec:
    kind: Substrate = Substrate.PAPER
    colour: str = "#f3efe4"
    uv_response: UvResponse = UvResponse.DULL
    opacity: float = 0.85


@dataclass(frozen=True)
class MicroText:
    """One line of microprint as the printing plate holds it: ``text`` set in a shipped ``font``
    with capitals ``cap_mm`` tall on a horizontal baseline from (``x_mm``, ``baseline_mm``).

    A page image samples 0.2 mm capitals with two or three pixels; this is what lets the loupe
    draw the letters at its own magnification, as an examiner's loupe shows the print.

    ``angle`` 90: the line reads upwards (turned a quarter counter-clockwise about its start), as
    on a thread running down the page. ``box`` (x0, y0, x1, y1 in mm): negative microprint, the
    letters cut out of a solid print filling the box."""

    text: str
    font: str
    cap_mm: float
    x_mm: float
    baseline_mm: float
    colour: str
    angle: int = 0
    box: Bounds | None = None


@dataclass(frozen=True)
class FineLine:
    """One family of fine-line (guilloche) curves as the plate holds it: ``kind`` (one of
    ``curves.KINDS``) with its ``params`` in page mm, stroked ``width_mm`` wide in ``colours``
    (several: a split duct whose colour flows across ``clip`` from left to right), cut to
    ``clip`` (x0, y0, x1, y1 in mm) when given. ``docexam.core.domain.curves`` turns it into
    polylines; the generator draws the page from them and the loupe draws them again at its own
    magnification, where a 0.05 mm line is still a continuous line."""

    kind: str
    params: tuple[float, ...]
    width_mm: float
    colours: tuple[str, ...]
    clip: Bounds | None = None


@dataclass(frozen=True)
class Feature:
    id: str
    category: str
    name: I18nText
    region: Region
    lights: tuple[LightSource, ...] = ()
    description: I18nText = field(default_factory=dict)
    how_to_check: I18nText = field(default_factory=dict)
    material: Material = field(default_factory=Material)
    mask: ImageRef | None = None
    coverage: Coverage = Coverage.INK
    origin: Origin = Origin.GENUINE
    # The vector source of genuine microprint and fine lines; empty for a scan or a reproduction.
    microtext: tuple[MicroText, ...] = ()
    fineline: tuple[FineLine, ...] = ()
    # Where the page no longer shows the plate's print (a forger's erasure or abrasion), x0, y0,
    # x1, y1 in mm: the loupe keeps the page's own pixels there rather than redraw the plate.
    damaged: tuple[Bounds, ...] = ()

    @property
    def genuine(self) -> bool:
        return self.origin is Origin.GENUINE


@dataclass(frozen=True)
class Page:
    id: str
    name: I18nText
    size_mm: tuple[float, float]
    images: tuple[ImageRef, ...]
    substrate: SubstrateSpec = field(default_factory=SubstrateSpec)
    features: tuple[Feature, ...] = ()
    reverse: str | None = None  # the page printed on the other side of the same sheet

    def image(self, light: LightSource, cutoff_nm: int | None = None) -> ImageRef | None:
        for ref in self.images:
            if ref.light == light and (cutoff_nm is None or ref.cutoff_nm == cutoff_nm):
                return ref
        return None

    @property
    def visible(self) -> ImageRef:
        ref = self.image(LightSource.VISIBLE)
        if ref is None:  # the validator guarantees one; a hand-built page may not have it
            raise ValueError(f"page {self.id!r} has no visible image")
        return ref


@dataclass(frozen=True)
class DocumentInfo:
    type: DocumentType
    issuing_state: str
    series: str
    status: Status = Status.GENUINE


@dataclass(frozen=True)
class Specimen:
    id: str
    title: I18nText
    document: DocumentInfo
    pages: tuple[Page, ...]
    mrz: str | None = None  # lines joined by "\n"
    viz: dict[str, str] = field(default_factory=dict)  # visual-zone data as printed
    notes: I18nText = field(default_factory=dict)
    # True when docexam drew the page images itself: even white light is then a rendering, not a
    # capture of a real document, and the viewer says so.
    generated: bool = False
    root: Path | None = field(default=None, compare=False, repr=False)

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)

    def path(self, ref: ImageRef) -> Path:
        return self.path_of(ref.file)

    def path_of(self, rel: str) -> Path:
        if self.root is None:
            raise ValueError(f"specimen {self.id!r} was not read from disk")
        if PurePosixPath(rel).is_absolute() or ".." in PurePosixPath(rel).parts:
            raise ValueError(f"specimen {self.id!r}: file {rel!r} lies outside its folder")
        return self.root / rel

    def categories(self) -> set[str]:
        return {f.category for p in self.pages for f in p.features}


@dataclass(frozen=True)
class PackInfo:
    """What a pack's manifest says about it besides its specimens."""

    id: str
    title: I18nText
    author: str = ""
    licence: str = "CC-BY-4.0"
    languages: tuple[str, ...] = ("en", "zh-Hans")
    description: I18nText = field(default_factory=dict)
    version: str = "1"  # the pack's own edition, as "2" or "1.3": newer numbers are newer


VERSION_PATTERN = r"[0-9]{1,6}(\.[0-9]{1,6}){0,3}"  # as pack-v1.schema.json's "version"


def version_key(version: str) -> tuple[int, ...]:
    """A pack version as numbers to compare: "1.10" is newer than "1.9"."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class Manifest:
    """A pack's ``pack.json``: what the pack is and which specimens it holds, in order."""

    info: PackInfo
    specimen_ids: tuple[str, ...]
    format_version: int = FORMAT_VERSION


@dataclass(frozen=True)
class Pack:
    id: str
    title: I18nText
    author: str
    licence: str
    languages: tuple[str, ...]
    specimens: tuple[Specimen, ...]
    description: I18nText = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    version: str = "1"  # the pack's own edition (PackInfo.version)
    root: Path | None = field(default=None, compare=False, repr=False)

    @property
    def info(self) -> PackInfo:
        return PackInfo(
            self.id,
            self.title,
            self.author,
            self.licence,
            self.languages,
            self.description,
            self.version,
        )

    def specimen(self, specimen_id: str) -> Specimen:
        for specimen in self.specimens:
            if specimen.id == specimen_id:
                return specimen
        raise KeyError(specimen_id)
