"""Pack objects to JSON-ready dicts and back. Input is assumed schema-valid (see reader)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docexam.core.domain.geometry import Bounds, Ellipse, Polygon, Rect, Region
from docexam.core.domain.lights import LightSource
from docexam.core.domain.material import (
    Emission,
    Ink,
    Material,
    Ovd,
    OvdKind,
    OvdStop,
    Phosphorescence,
)
from docexam.core.domain.model import (
    FORMAT_VERSION,
    Coverage,
    DocumentInfo,
    DocumentType,
    Feature,
    FineLine,
    ImageRef,
    Manifest,
    MicroText,
    Origin,
    PackInfo,
    Page,
    Specimen,
    Status,
    Substrate,
    SubstrateSpec,
    UvResponse,
)

Json = dict[str, Any]


def region_to_json(region: Region) -> Json:
    if isinstance(region, Rect):
        return {"shape": "rect", "x": region.x, "y": region.y, "w": region.w, "h": region.h}
    if isinstance(region, Ellipse):
        return {
            "shape": "ellipse",
            "cx": region.cx,
            "cy": region.cy,
            "rx": region.rx,
            "ry": region.ry,
        }
    return {"shape": "polygon", "points": [[x, y] for x, y in region.points]}


def region_from_json(data: Json) -> Region:
    shape = data["shape"]
    if shape == "rect":
        return Rect(data["x"], data["y"], data["w"], data["h"])
    if shape == "ellipse":
        return Ellipse(data["cx"], data["cy"], data["rx"], data["ry"])
    return Polygon(tuple((float(p[0]), float(p[1])) for p in data["points"]))


def _emission(data: Json | None) -> Emission | None:
    return None if data is None else Emission(data["colour"], data.get("intensity", 1.0))


def material_from_json(data: Json) -> Material:
    visible = data.get("visible")
    phos = data.get("phosphorescence")
    ovd = data.get("ovd")
    return Material(
        visible=None if visible is None else Ink(visible["colour"], visible.get("opacity", 1.0)),
        uv365=_emission(data.get("uv365")),
        uv254=_emission(data.get("uv254")),
        ir_cutoff_nm=data.get("ir_cutoff_nm"),
        ir_density=data.get("ir_density"),
        ir_luminescence=data.get("ir_luminescence"),
        anti_stokes=_emission(data.get("anti_stokes")),
        phosphorescence=None
        if phos is None
        else Phosphorescence(phos["colour"], phos["decay_s"], phos.get("intensity", 1.0)),
        relief_um=data.get("relief_um"),
        transmission=data.get("transmission"),
        hole=data.get("hole", False),
        ovd=None
        if ovd is None
        else Ovd(
            OvdKind(ovd["kind"]),
            tuple(
                OvdStop(s["tilt_from"], s["tilt_to"], s["colour"], s.get("opacity", 1.0))
                for s in ovd["stops"]
            ),
        ),
        retroreflective=data.get("retroreflective"),
    )


def material_to_json(material: Material) -> Json:
    out: Json = {}
    if material.visible is not None:
        out["visible"] = {"colour": material.visible.colour, "opacity": material.visible.opacity}
    for key in ("uv365", "uv254", "anti_stokes"):
        emission: Emission | None = getattr(material, key)
        if emission is not None:
            out[key] = {"colour": emission.colour, "intensity": emission.intensity}
    for key in (
        "ir_cutoff_nm",
        "ir_density",
        "ir_luminescence",
        "relief_um",
        "transmission",
        "retroreflective",
    ):
        value = getattr(material, key)
        if value is not None:
            out[key] = value
    if material.hole:
        out["hole"] = True
    if material.phosphorescence is not None:
        p = material.phosphorescence
        out["phosphorescence"] = {
            "colour": p.colour,
            "decay_s": p.decay_s,
            "intensity": p.intensity,
        }
    if material.ovd is not None:
        out["ovd"] = {
            "kind": material.ovd.kind.value,
            "stops": [
                {
                    "tilt_from": s.tilt_from,
                    "tilt_to": s.tilt_to,
                    "colour": s.colour,
                    "opacity": s.opacity,
                }
                for s in material.ovd.stops
            ],
        }
    return out


def _image_from_json(data: Json) -> ImageRef:
    return ImageRef(LightSource(data["light"]), data["file"], data["dpi"], data.get("cutoff_nm"))


def _image_to_json(ref: ImageRef) -> Json:
    out: Json = {"light": ref.light.value, "file": ref.file, "dpi": ref.dpi}
    if ref.cutoff_nm is not None:
        out["cutoff_nm"] = ref.cutoff_nm
    return out


def feature_from_json(data: Json) -> Feature:
    mask = data.get("mask")
    return Feature(
        id=data["id"],
        category=data["category"],
        name=dict(data["name"]),
        region=region_from_json(data["region"]),
        lights=tuple(LightSource(x) for x in data.get("lights", [])),
        description=dict(data.get("description", {})),
        how_to_check=dict(data.get("how_to_check", {})),
        material=material_from_json(data.get("material", {})),
        mask=None if mask is None else ImageRef(LightSource.VISIBLE, mask["file"], mask["dpi"]),
        coverage=Coverage(data.get("coverage", "ink")),
        origin=Origin(data.get("origin", "genuine")),
        microtext=tuple(_microtext_from_json(m) for m in data.get("microtext", [])),
        fineline=tuple(_fineline_from_json(f) for f in data.get("fineline", [])),
        damaged=tuple(_bounds(b) for b in data.get("damaged", [])),
    )


def _bounds(data: Json) -> Bounds:
    x0, y0, x1, y1 = (float(v) for v in data)
    return (x0, y0, x1, y1)


def _microtext_from_json(m: Json) -> MicroText:
    box = m.get("box")
    return MicroText(
        m["text"],
        m["font"],
        m["cap_mm"],
        m["x_mm"],
        m["baseline_mm"],
        m["colour"],
        angle=int(m.get("angle", 0)),
        box=None if box is None else _bounds(box),
    )


def _microtext_to_json(m: MicroText) -> Json:
    out: Json = {
        "text": m.text,
        "font": m.font,
        "cap_mm": m.cap_mm,
        "x_mm": m.x_mm,
        "baseline_mm": m.baseline_mm,
        "colour": m.colour,
    }
    if m.angle:
        out["angle"] = m.angle
    if m.box is not None:
        out["box"] = list(m.box)
    return out


def _fineline_from_json(f: Json) -> FineLine:
    clip = f.get("clip")
    return FineLine(
        f["kind"],
        tuple(float(p) for p in f["params"]),
        f["width_mm"],
        tuple(f["colours"]),
        None if clip is None else _bounds(clip),
    )


def _fineline_to_json(f: FineLine) -> Json:
    out: Json = {
        "kind": f.kind,
        "params": list(f.params),
        "width_mm": f.width_mm,
        "colours": list(f.colours),
    }
    if f.clip is not None:
        out["clip"] = list(f.clip)
    return out


def feature_to_json(feature: Feature) -> Json:
    out: Json = {
        "id": feature.id,
        "category": feature.category,
        "name": feature.name,
        "region": region_to_json(feature.region),
        "lights": [x.value for x in feature.lights],
    }
    if feature.description:
        out["description"] = feature.description
    if feature.how_to_check:
        out["how_to_check"] = feature.how_to_check
    material = material_to_json(feature.material)
    if material:
        out["material"] = material
    if feature.mask is not None:
        out["mask"] = {"file": feature.mask.file, "dpi": feature.mask.dpi}
    out["coverage"] = feature.coverage.value
    if not feature.genuine:  # genuine is the default: hand-made packs never write it
        out["origin"] = feature.origin.value
    if feature.microtext:
        out["microtext"] = [_microtext_to_json(m) for m in feature.microtext]
    if feature.fineline:
        out["fineline"] = [_fineline_to_json(f) for f in feature.fineline]
    if feature.damaged:
        out["damaged"] = [list(b) for b in feature.damaged]
    return out


def page_from_json(data: Json) -> Page:
    sub = data.get("substrate", {})
    default = SubstrateSpec()
    return Page(
        id=data["id"],
        name=dict(data["name"]),
        size_mm=(float(data["size_mm"][0]), float(data["size_mm"][1])),
        images=tuple(_image_from_json(x) for x in data["images"]),
        substrate=SubstrateSpec(
            kind=Substrate(sub.get("kind", default.kind.value)),
            colour=sub.get("colour", default.colour),
            uv_response=UvResponse(sub.get("uv_response", default.uv_response.value)),
            opacity=sub.get("opacity", default.opacity),
        ),
        features=tuple(feature_from_json(x) for x in data.get("features", [])),
        reverse=data.get("reverse"),
    )


def page_to_json(page: Page) -> Json:
    out: Json = {
        "id": page.id,
        "name": page.name,
        "size_mm": [page.size_mm[0], page.size_mm[1]],
        "substrate": {
            "kind": page.substrate.kind.value,
            "colour": page.substrate.colour,
            "uv_response": page.substrate.uv_response.value,
            "opacity": page.substrate.opacity,
        },
        "images": [_image_to_json(x) for x in page.images],
        "features": [feature_to_json(f) for f in page.features],
    }
    if page.reverse is not None:
        out["reverse"] = page.reverse
    return out


def specimen_from_json(data: Json) -> Specimen:
    doc = data["document"]
    mrz = data.get("mrz")
    return Specimen(
        id=data["id"],
        title=dict(data["title"]),
        document=DocumentInfo(
            type=DocumentType(doc["type"]),
            issuing_state=doc["issuing_state"],
            series=doc["series"],
            status=Status(doc.get("status", "genuine")),
        ),
        pages=tuple(page_from_json(p) for p in data["pages"]),
        mrz=None if mrz is None else "\n".join(mrz),
        viz=dict(data.get("viz", {})),
        notes=dict(data.get("notes", {})),
        generated=bool(data.get("generated", False)),
    )


def specimen_to_json(specimen: Specimen) -> Json:
    out: Json = {
        "id": specimen.id,
        "title": specimen.title,
        "document": {
            "type": specimen.document.type.value,
            "issuing_state": specimen.document.issuing_state,
            "series": specimen.document.series,
            "status": specimen.document.status.value,
        },
        "pages": [page_to_json(p) for p in specimen.pages],
    }
    if specimen.mrz is not None:
        out["mrz"] = specimen.mrz.split("\n")
    if specimen.viz:
        out["viz"] = specimen.viz
    if specimen.notes:
        out["notes"] = specimen.notes
    if specimen.generated:
        out["generated"] = True
    return out


def manifest_to_json(info: PackInfo, specimen_ids: Sequence[str]) -> Json:
    out: Json = {
        "format": "docexam-pack",
        "format_version": FORMAT_VERSION,
        "id": info.id,
        "title": info.title,
        "author": info.author,
        "licence": info.licence,
        "languages": list(info.languages),
        "specimens": list(specimen_ids),
    }
    if info.description:
        out["description"] = info.description
    if info.version != "1":  # the first edition needs no number: older packs have none
        out["version"] = info.version
    return out


def manifest_from_json(data: Json) -> Manifest:
    info = PackInfo(
        id=data["id"],
        title=dict(data["title"]),
        author=data["author"],
        licence=data["licence"],
        languages=tuple(data["languages"]),
        description=dict(data.get("description", {})),
        version=data.get("version", "1"),
    )
    return Manifest(info, tuple(data["specimens"]), data["format_version"])
