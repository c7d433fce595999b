"""The read-only files shipped inside the package: schemas, curriculum, fonts, translations, the
hand-made pack and the recipes of the generated set (the user's own files are in docexam.paths).

They are package data found through ``importlib.resources``, so every kind of install (editable,
wheel, ``pip install --user``) finds them beside the code. Assumption: the package is installed
on a file system, not zipped; the library reads the hand-made pack as a directory and Pillow and
Qt open fonts and translations by file name, so these are real paths.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _root() -> Path:
    root = resources.files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(
            f"docexam is installed inside an archive ({root}); install it as plain files"
        )
    return root


ROOT = _root()
SCHEMAS = ROOT / "schema"
CURRICULUM = ROOT / "curriculum" / "curriculum.json"
FONTS = ROOT / "fonts"
TRANSLATIONS = ROOT / "i18n"
# Hand-made packs, each a read-only pack directory, beside the recipes of the generated set.
PACKS = ROOT / "specimens"
BUNDLED_RECIPES = PACKS / "bundled-recipes.json"
UTOPIA_BASIC = PACKS / "utopia-basic"
