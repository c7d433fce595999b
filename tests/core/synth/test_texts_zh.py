"""Every text the generator writes for people exists in English and Simplified Chinese."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from docexam.core.domain.guidance import GUIDE
from docexam.core.domain.model import I18nText, Pack
from docexam.core.domain.taxonomy import CATEGORIES
from docexam.core.library.bundled import RECIPES_FILE, load_recipes
from docexam.core.pack.io import read_pack
from docexam.core.synth import STATES, Recipe, generate_pack
from docexam.core.synth.compose import DOC_TYPES, PLANS
from docexam.core.synth.docdata import TITLES, TITLES_ZH
from docexam.core.synth.names_zh import (
    NAMES_ZH,
    PACK_TITLES_ZH,
    ZH,
    MissingChineseError,
    name_zh,
    pack_title,
)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
SYNTH = Path(__file__).resolve().parents[3] / "docexam" / "core" / "synth"
RECIPES = [
    Recipe("UTO", "td3", 1),
    Recipe("ZRN", "td1", 2),
    Recipe("QVL", "td2", 3),
    Recipe("QNB", "mrv-a", 4),
]


def is_zh(text: str | None) -> bool:
    return bool(text and text.strip() and CJK.search(text))


def assert_both(text: I18nText, what: str) -> None:
    assert text.get("en", "").strip(), f"{what}: no English"
    assert is_zh(text.get(ZH)), f"{what}: no Chinese for {text.get('en')!r}"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    dest = tmp_path_factory.mktemp("zh") / "pack"
    generate_pack("zh-pack", RECIPES, dest, dpi=150)
    return read_pack(dest)  # the bilingual pack still passes validation


def test_every_generated_text_has_chinese(pack: Pack) -> None:
    assert ZH in pack.languages
    assert_both(pack.title, "pack title")
    assert_both(pack.description, "pack description")
    assert {s.document.type.value for s in pack.specimens} == set(DOC_TYPES)
    for spec in pack.specimens:
        assert_both(spec.title, f"{spec.id} title")
        assert_both(spec.notes, f"{spec.id} notes")
        for page in spec.pages:
            assert_both(page.name, f"{spec.id}/{page.id} name")
            for f in page.features:
                where = f"{spec.id}/{page.id}/{f.id}"
                assert_both(f.name, f"{where} name")
                assert_both(f.description, f"{where} description")
                assert_both(f.how_to_check, f"{where} how-to-check")


def test_title_names_the_state_and_type_in_chinese(pack: Pack) -> None:
    titles = {s.document.type.value: s.title[ZH] for s in pack.specimens}
    assert titles["td3"] == "乌托邦：护照（TD3），A 系列，第 1 号"
    assert titles["td1"].startswith("扎尔诺维亚共和国：身份证（TD1）")
    assert titles["td2"].startswith("瓦尔梅拉王国：证件卡（TD2）")
    assert titles["mrv-a"].startswith("诺德布里斯克联邦：签证（MRV-A）")


def test_tables_are_complete() -> None:
    for code, state in STATES.items():
        assert is_zh(state.name_zh), code
    assert set(TITLES_ZH) == set(TITLES) == set(DOC_TYPES)
    assert all(is_zh(t) for t in TITLES_ZH.values())
    for plans in PLANS.values():
        for plan in plans:
            assert plan.name.strip() and is_zh(plan.name_zh), plan.id
    assert set(GUIDE) == set(CATEGORIES)  # every category a pack may use has its guide
    for category, entry in GUIDE.items():
        assert entry.description_en.strip() and entry.how_en.strip(), category
        assert is_zh(entry.description_zh) and is_zh(entry.how_zh), category
    assert all(is_zh(zh) for zh in NAMES_ZH.values())


def _literal_layer_names() -> list[tuple[str, int, str]]:
    """Every feature name written as a plain string in a call to ``add_layer``."""
    found = []
    for path in sorted(SYNTH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if getattr(func, "id", getattr(func, "attr", None)) != "add_layer":
                continue
            arg = next((k.value for k in node.keywords if k.arg == "name"), None)
            if arg is None and len(node.args) > 3:
                arg = node.args[3]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((path.name, node.lineno, arg.value))
    return found


def test_every_literal_feature_name_has_chinese() -> None:
    # Catches names on branches a few generated specimens may not reach.
    names = _literal_layer_names()
    assert len(names) > 30
    for file, line, english in names:
        assert is_zh(name_zh(english)), f"{file}:{line}: {english!r}"


def test_names_with_values_and_missing_chinese() -> None:
    assert name_zh("Latent image 'UTO'") == "隐性图像“UTO”"
    assert name_zh("MLI / CLI image (0159)") == "可变激光图像（0159）"
    with pytest.raises(MissingChineseError, match="names_zh"):
        name_zh("A feature nobody translated")


def test_bundled_pack_titles_have_chinese() -> None:
    for pack in load_recipes(RECIPES_FILE)["packs"]:
        assert is_zh(pack_title(pack["title"]).get(ZH)), pack["title"]
    assert all(is_zh(zh) for zh in PACK_TITLES_ZH.values())
