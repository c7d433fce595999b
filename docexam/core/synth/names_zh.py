"""Simplified Chinese for every feature name the generator writes, keyed by the English name.

English stays the source: a builder passes its English name to ``add_layer`` and the Chinese is
looked up here. A name without Chinese raises :class:`MissingChineseError`, so a new or reworded
English name cannot ship untranslated (the tests generate every document type and also check
every literal name passed to ``add_layer``). Names that carry a value (a state code, the digits
of a laser image) are matched by :data:`PATTERNS`.
"""

from __future__ import annotations

import re

from docexam.core.domain.errors import DocexamError

ZH = "zh-Hans"


class MissingChineseError(DocexamError):
    """An English text of the generator has no Simplified Chinese translation."""


NAMES_ZH: dict[str, str] = {
    # Substrate
    "UV-dull security paper": "无荧光防伪纸",
    "Visible fluorescent fibres": "有色荧光纤维",
    "Invisible fluorescent fibres": "无色荧光纤维",
    "Fluorescent planchettes": "荧光彩点",
    "Watermark (light tones)": "水印（亮部）",
    "Watermark (dark tones)": "水印（暗部）",
    "Embedded security thread": "嵌入式安全线",
    "Windowed security thread (windows with microtext)": "开窗安全线（窗口内有缩微文字）",
    "Watermark (shaded light tones)": "多层次水印（亮部）",
    "Watermark (shaded dark tones)": "多层次水印（暗部）",
    "Polycarbonate card body": "聚碳酸酯卡体",
    "Transparent window": "透明视窗",
    # Printing
    "Guilloche background and border": "扭索纹底纹和边框",
    "Guilloche rosettes": "扭索纹团花",
    "Rainbow (split-duct) printing": "彩虹印刷（分墨槽印刷）",
    "Microprint lines": "缩微文字线",
    "Intaglio heading and emblem": "凹版印刷的标题和徽标",
    "Intaglio line patch": "凹版印刷线条块",
    "See-through register (front half)": "对印图案（正面一半）",
    "See-through register (back half)": "对印图案（背面一半）",
    "Tactile relief": "触感浮雕",
    "Anti-scan line pattern": "防扫描线条图案",
    "Document number in the state's unique font": "以专用字体印刷的证件号码",
    "Negative microprint band": "反白缩微文字带",
    # Inks
    "UV emblem": "紫外荧光徽标",
    "UV fine-line rosette": "紫外荧光细线团花",
    "UV fine-line waves": "紫外荧光细线波纹",
    "UV fine-line lattice": "紫外荧光细线网格",
    "UV fine-line sunburst": "紫外荧光细线放射图案",
    "UV border": "紫外荧光边框",
    "UV portrait": "紫外荧光人像",
    "Colour-shifting ink (OVI) emblem": "光变油墨（OVI）徽标",
    "State name in metallic ink": "以金属油墨印刷的国名",
    "Penetrating numbering ink": "渗透性号码油墨",
    "Penetrating number showing through": "透印到背面的渗透性号码",
    "UV state name": "紫外荧光国名",
    "UV line band": "紫外荧光线条带",
    "Bi-fluorescent rosette (yellow at 365 nm, red at 254 nm)": (
        "双色荧光团花（365 纳米下呈黄色，254 纳米下呈红色）"
    ),
    "Phosphorescent number": "磷光号码",
    "Metameric ink A (drops out in IR)": "同色异谱油墨 A（红外下消失）",
    "Metameric ink B (stays dark in IR)": "同色异谱油墨 B（红外下保持深色）",
    "IR-absorbing rosette": "红外吸收油墨团花",
    "Anti-Stokes emblem (980 nm)": "上转换油墨徽标（980 纳米）",
    "IR-luminescent emblem": "红外发光徽标",
    "Field captions in IR drop-out ink": "以红外透过油墨印刷的栏目名称",
    "Page heading in IR drop-out ink": "以红外透过油墨印刷的页眉",
    "Issuing authority in IR drop-out ink": "以红外透过油墨印刷的签发机关",
    # Numbering
    "Document number": "证件号码",
    "Laser-perforated document number": "激光穿孔证件号码",
    # Personalisation
    "Holder's portrait": "持证人照片",
    "Ghost image": "影像副图",
    "Holder's signature": "持证人签名",
    "Laser-engraved personal data": "激光雕刻的个人资料",
    "Personal data": "个人资料",
    "Inkjet personalisation": "喷墨个人化",
    "Thermal-transfer personalisation": "热转印个人化",
    # Protection
    "DOVID overlapping the portrait": "压住照片边缘的衍射光学可变图像（DOVID）",
    "Retroreflective laminate": "逆反射覆膜",
    "Chip symbol": "电子芯片标识",
    "Laminate with heat-sealed edges": "边缘热封的覆膜",
    "Chemically sensitised paper": "含化学敏感剂的纸张",
    "Laminate": "覆膜",  # forgery/photo.py: the edge of a replaced laminate
    # Page-substitution protection
    "Sheet serial number": "逐页序号",
    "Sewing thread along the spine": "书脊处的装订线",
    "UV-cured glue along the spine": "书脊处的紫外固化胶",
    "Index mark on the page edge": "页边标记",
    "Page number": "页码",
    # Booklet
    "Gold foil blocking on the cover": "封面烫金",
    "Entry stamp": "入境验讫章",
    "Exit stamp": "出境验讫章",
    "Visa stamp": "签证印章",
    # Machine-readable zone
    "Machine-readable zone (OCR-B)": "机读区（OCR-B 字体）",
}

# English names that carry a value: (pattern on the English name, Chinese with {0} for the value).
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Latent image '(.+)'"), "隐性图像“{0}”"),
    (re.compile(r"MLI / CLI image \((.+)\)"), "可变激光图像（{0}）"),
    (re.compile(r"Deliberate error '(.+)'"), "故意错误“{0}”"),
)

PACK_TITLES_ZH: dict[str, str] = {
    "Generated fictional specimens": "生成的虚构样本",
    "Fine detail at 600 dpi (loupe study)": "600 dpi 精细样本（放大镜练习）",
    "Questioned documents for exercises": "用于练习的待检证件",
    "Travellers' documents for case files": "案卷旅客的证件",
    "Chip frauds for exercises": "用于练习的芯片欺诈证件",
}


def name_zh(english: str) -> str:
    """The Chinese for an English feature name; raises if there is none."""
    zh = NAMES_ZH.get(english)
    if zh is not None:
        return zh
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(english)
        if match is not None:
            return template.format(*match.groups())
    raise MissingChineseError(
        f"feature name {english!r} has no Chinese; add it to docexam/core/synth/names_zh.py"
    )


def layer_name(english: str) -> dict[str, str]:
    return {"en": english, ZH: name_zh(english)}


def pack_title(english: str) -> dict[str, str]:
    """A bundled pack's title in both languages.

    The titles come from the shipped ``bundled-recipes.json`` (data, read at first start), so a
    missing Chinese leaves the English alone instead of failing the build; a test checks that
    every bundled title has its Chinese.
    """
    zh = PACK_TITLES_ZH.get(english)
    return {"en": english, ZH: zh} if zh else {"en": english}
