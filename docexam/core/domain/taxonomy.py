"""The security-feature categories examiners learn (ICAO 9303 Part 2 groups, PRADO glossary).

Codes are ``group.name``; the UI words them through :data:`CATEGORIES` in English and Chinese.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    code: str
    en: str
    zh: str

    @property
    def group(self) -> str:
        return self.code.split(".", 1)[0]


GROUPS: dict[str, tuple[str, str]] = {
    "substrate": ("Substrate", "承印物"),
    "printing": ("Printing", "印刷"),
    "ink": ("Inks", "油墨"),
    "numbering": ("Numbering", "编号"),
    "personalisation": ("Personalisation", "个人化"),
    "protection": ("Protection", "保护层"),
    "binding": ("Page-substitution protection", "防换页"),
    "endorsement": ("Visas and border stamps", "签证和出入境章"),
    "mrz": ("Machine-readable zone", "机读区"),
}

_TABLE: tuple[tuple[str, str, str], ...] = (
    ("substrate.uv_dull", "UV-dull substrate", "无荧光承印物"),
    ("substrate.watermark", "Watermark", "水印"),
    ("substrate.fibres", "Security fibres", "安全纤维"),
    ("substrate.planchettes", "Planchettes", "彩点"),
    ("substrate.thread", "Security thread", "安全线"),
    ("substrate.sensitiser", "Chemical sensitiser", "化学敏感剂"),
    ("substrate.polycarbonate", "Polycarbonate data page", "聚碳酸酯数据页"),
    ("substrate.window", "Transparent window", "透明视窗"),
    ("printing.guilloche", "Guilloche", "扭索纹"),
    ("printing.rainbow", "Rainbow printing", "彩虹印刷"),
    ("printing.microprint", "Microprint", "缩微文字"),
    ("printing.intaglio", "Intaglio", "凹版印刷"),
    ("printing.latent_image", "Latent image", "隐性图像"),
    ("printing.anti_scan", "Anti-scan pattern", "防扫描图案"),
    ("printing.relief_design", "Relief (3D) design", "浮雕图案"),
    ("printing.see_through", "See-through register", "对印图案"),
    ("printing.deliberate_error", "Deliberate error", "故意错误"),
    ("printing.unique_font", "Unique font", "专用字体"),
    ("ink.uv_fluorescent", "UV-fluorescent ink", "紫外荧光油墨"),
    ("ink.bi_fluorescent", "Bi-fluorescent ink", "双色荧光油墨"),
    ("ink.phosphorescent", "Phosphorescent ink", "磷光油墨"),
    ("ink.optically_variable", "Optically variable ink", "光变油墨"),
    ("ink.metallic", "Metallic ink", "金属油墨"),
    ("ink.metameric", "Metameric inks", "同色异谱油墨"),
    ("ink.ir_dropout", "IR drop-out ink", "红外透过油墨"),
    ("ink.ir_absorbing", "IR-absorbing ink", "红外吸收油墨"),
    ("ink.anti_stokes", "Anti-Stokes ink", "上转换油墨"),
    ("ink.ir_luminescent", "IR-luminescent ink", "红外发光油墨"),
    ("ink.penetrating_numbering", "Penetrating numbering ink", "渗透性号码油墨"),
    ("numbering.document_number", "Document number", "证件号码"),
    ("numbering.laser_perforation", "Laser perforation", "激光穿孔"),
    ("numbering.barcode", "Barcode / 2D code", "条码 / 二维码"),
    ("personalisation.portrait", "Portrait", "持证人照片"),
    ("personalisation.laser_engraving", "Laser engraving", "激光雕刻"),
    ("personalisation.inkjet", "Inkjet personalisation", "喷墨个人化"),
    ("personalisation.thermal_transfer", "Thermal transfer", "热转印"),
    ("personalisation.ghost_image", "Ghost image", "影像副图"),
    ("personalisation.mli_cli", "MLI / CLI", "可变激光图像"),
    ("personalisation.signature", "Holder's signature", "持证人签名"),
    ("personalisation.data", "Personal data", "个人资料"),
    ("personalisation.fingerprint", "Fingerprint", "指纹"),
    ("protection.laminate", "Laminate", "覆膜"),
    ("protection.ovd", "OVD / DOVID", "光学可变装置"),
    ("protection.retroreflective", "Retroreflective overlay", "逆反射膜"),
    ("protection.sealed_edges", "Heat-sealed edges", "热封边缘"),
    ("protection.chip_symbol", "Chip symbol (electronic document)", "电子芯片标识"),
    ("binding.sewing_thread", "Sewing thread", "装订线"),
    ("binding.uv_glue", "UV-cured glue", "紫外固化胶"),
    ("binding.index_marks", "Index marks", "页边标记"),
    ("binding.sheet_serial", "Serial number on every sheet", "逐页序号"),
    ("binding.page_number", "Page numbering", "页码"),
    ("endorsement.border_stamp", "Entry / exit stamp", "出入境验讫章"),
    ("endorsement.visa_stamp", "Visa stamp", "签证印章"),
    ("mrz.mrz", "Machine-readable zone", "机读区"),
)

CATEGORIES: dict[str, Category] = {code: Category(code, en, zh) for code, en, zh in _TABLE}


def category_hint(code: str) -> str:
    """What a person who typed an unknown ``code`` probably meant, or where the list is."""
    close = difflib.get_close_matches(code, list(CATEGORIES), n=3, cutoff=0.6)
    group = code.split(".", 1)[0]
    if not close and group in GROUPS:
        close = [c for c in CATEGORIES if c.startswith(group + ".")]
    where = "the list is in docs/pack-format.md, Categories"
    return f"did you mean {', '.join(close)}? ({where})" if close else where


def category_name(code: str, lang: str = "en") -> str:
    category = CATEGORIES.get(code)
    if category is None:
        # Signs a forgery left (fraud.<operation>) and codes from newer packs: a readable
        # word, never the raw code.
        if code.startswith("fraud."):
            return "变造痕迹" if lang.startswith("zh") else "Sign of fraud"
        return "其他特征" if lang.startswith("zh") else "Other feature"
    return category.zh if lang.startswith("zh") else category.en


DOC_BEGIN, DOC_END = "<!-- categories: begin -->", "<!-- categories: end -->"


def categories_markdown() -> str:
    """The category list of ``docs/pack-format.md``: one table per group, in taxonomy order."""
    lines: list[str] = []
    for group, (en, zh) in GROUPS.items():
        lines += [f"**{en}** ({zh}, `{group}.*`)", "", "| code | English | 中文 |", "|---|---|---|"]
        lines += [
            f"| `{c.code}` | {c.en} | {c.zh} |" for c in CATEGORIES.values() if c.group == group
        ]
        lines.append("")
    return "\n".join(lines)


def with_categories(doc: str) -> str:
    """``doc`` with the text between the category markers replaced by the generated list."""
    head, rest = doc.split(DOC_BEGIN, 1)
    _old, tail = rest.split(DOC_END, 1)
    return f"{head}{DOC_BEGIN}\n{categories_markdown()}{DOC_END}{tail}"


if __name__ == "__main__":  # python -m docexam.core.domain.taxonomy docs/pack-format.md
    import sys
    from pathlib import Path

    path = Path(sys.argv[1])
    path.write_text(with_categories(path.read_text(encoding="utf-8")), encoding="utf-8")
