"""Rebuild docexam/core/faces/mesh/head.npz from a MakeHuman checkout (CC0 assets only).

Reads the base mesh (data/3dobjs/base.obj) and the morph targets the portraits use
(data/targets/...) with our own small OBJ/.target readers, keeps the head, neck, shoulders
and eyeballs, and stores the targets as sparse float16 deltas.

Run: ``python tools/make_head_mesh.py /path/to/makehuman/makehuman`` (the folder holding
``data/``). Provenance and licence: assets/makehuman/.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "docexam/core/faces/mesh/head.npz"
NECK_Y = 5.2  # MakeHuman units are decimetres, y up: below this the chest starts
KEEP_GROUPS = {"body": 0, "helper-l-eye": 1, "helper-r-eye": 1}
RACES = ("african", "asian", "caucasian")
SEXES = ("female", "male")
AGES = ("young", "old")
# Weight and muscle one at a time (their combined corners add little at a head's scale).
BUILD = (
    "averagemuscle-minweight",
    "averagemuscle-maxweight",
    "minmuscle-averageweight",
    "maxmuscle-averageweight",
)
# Bipolar detail sliders (name, low end, high end); "*" stands for both sides' l-/r-.
DETAILS = (
    ("head-scale-vert", "decr", "incr"),
    ("head-scale-horiz", "decr", "incr"),
    ("head-fat", "decr", "incr"),
    ("head-angle", "in", "out"),
    ("chin-bones", "decr", "incr"),
    ("*cheek-bones", "decr", "incr"),
    ("*cheek-volume", "decr", "incr"),
    ("forehead-scale-vert", "decr", "incr"),
    ("forehead-trans", "backward", "forward"),
    ("eyebrows-trans", "backward", "forward"),
    ("eyebrows-angle", "down", "up"),
    ("*eye-trans", "in", "out"),
    ("*eye-scale", "decr", "incr"),
    ("*eye-height2", "decr", "incr"),
    ("*eye-corner1", "down", "up"),
    ("*eye-corner2", "down", "up"),
    ("nose-scale-vert", "decr", "incr"),
    ("nose-scale-horiz", "decr", "incr"),
    ("nose-nostrils-width", "decr", "incr"),
    ("nose-hump", "decr", "incr"),
    ("nose-point", "down", "up"),
    ("nose-point-width", "decr", "incr"),
    ("*ear-scale", "decr", "incr"),
    ("*ear-rot", "backward", "forward"),
    ("*ear-wing", "decr", "incr"),
    ("*ear-lobe", "decr", "incr"),
    ("*ear-trans", "down", "up"),
    ("mouth-scale-horiz", "decr", "incr"),
    ("mouth-upperlip-volume", "decr", "incr"),
    ("mouth-lowerlip-volume", "decr", "incr"),
    ("mouth-cupidsbow", "decr", "incr"),
    ("chin-width", "decr", "incr"),
    ("chin-height", "decr", "incr"),
    ("chin-prominent", "decr", "incr"),
    ("chin-cleft", "decr", "incr"),
    ("neck-scale-horiz", "decr", "incr"),
)
TARGET_DIRS = {
    "head": "head",
    "chin": "chin",
    "cheek": "cheek",
    "forehead": "forehead",
    "eyebrows": "eyebrows",
    "eye": "eyes",
    "nose": "nose",
    "ear": "ears",
    "mouth": "mouth",
    "neck": "neck",
}
MIN_DELTA = 2e-4  # below 0.02 mm a vertex's move is noise: dropped to keep the file small


def _target_files() -> list[str]:
    out = [f"macrodetails/{r}-{s}-{a}" for r in RACES for s in SEXES for a in AGES]
    out += [f"macrodetails/universal-{s}-{a}-{b}" for s in SEXES for a in AGES for b in BUILD]
    for base, lo, hi in DETAILS:
        sides = ("l-", "r-") if base.startswith("*") else ("",)
        name = base.lstrip("*")
        folder = TARGET_DIRS[name.split("-")[0]]
        out += [f"{folder}/{s}{name}-{end}" for s in sides for end in (lo, hi)]
    return out


def _read_obj(path: Path) -> tuple[np.ndarray, list[list[int]], list[str]]:
    verts, faces, groups, group = [], [], [], ""
    for line in path.read_text().splitlines():
        if line.startswith("v "):
            verts.append(line[2:])
        elif line.startswith("f "):
            faces.append([int(t.split("/")[0]) - 1 for t in line.split()[1:]])
            groups.append(group)
        elif line.startswith("g "):
            group = line[2:].strip()
    return np.loadtxt(io.StringIO("\n".join(verts)), dtype=np.float64), faces, groups


def _read_target(path: Path) -> tuple[np.ndarray, np.ndarray]:
    rows = [ln for ln in path.read_text().splitlines() if ln[:1].isdigit()]
    a = np.loadtxt(io.StringIO("\n".join(rows)), ndmin=2)
    return a[:, 0].astype(np.int64), a[:, 1:]


def build(data: Path) -> dict[str, np.ndarray]:
    v0, faces, groups = _read_obj(data / "3dobjs/base.obj")
    sel = [
        (f, KEEP_GROUPS[g])
        for f, g in zip(faces, groups, strict=True)
        if g in KEEP_GROUPS and v0[f, 1].min() > NECK_Y
    ]
    used = np.unique(np.concatenate([f for f, _ in sel]))
    remap = -np.ones(len(v0), np.int64)
    remap[used] = np.arange(len(used))
    tris, kind = [], []
    for f, g in sel:
        for k in range(1, len(f) - 1):
            tris.append(remap[[f[0], f[k], f[k + 1]]])
            kind.append(g)
    out: dict[str, np.ndarray] = {
        "v0": v0[used].astype(np.float32),
        "tris": np.array(tris, np.uint16),
        "kind": np.array(kind, np.uint8),  # 0 skin, 1 eyeball
        "orig_index": used.astype(np.int32),
    }
    names = []
    for rel in _target_files():
        idx, d = _read_target(data / "targets" / f"{rel}.target")
        keep = (remap[idx] >= 0) & (np.abs(d).max(axis=1) > MIN_DELTA)
        name = rel.split("/")[-1]
        names.append(name)
        out["i_" + name] = remap[idx[keep]].astype(np.uint16)
        out["d_" + name] = d[keep].astype(np.float16)
    out["names"] = np.array(names)
    return out


if __name__ == "__main__":
    root = Path(sys.argv[1])
    np.savez_compressed(OUT, **build(root / "data" if (root / "data").is_dir() else root))
    print(OUT, OUT.stat().st_size // 1024, "KiB")
