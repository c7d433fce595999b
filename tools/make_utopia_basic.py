"""Draw the small hand-made Utopia pack, ``docexam/shipped/specimens/utopia-basic`` (fictional).

Run once by a developer; its output is committed so the app shows a real specimen on first launch
even before the generator has built the bundled set. ``python tools/make_utopia_basic.py``
"""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docexam import shipped  # noqa: E402
from docexam.core.domain.geometry import Ellipse, Rect  # noqa: E402
from docexam.core.domain.lights import LightSource as L  # noqa: E402
from docexam.core.domain.material import Emission, Ink, Material  # noqa: E402
from docexam.core.domain.model import (  # noqa: E402
    Coverage,
    DocumentInfo,
    DocumentType,
    Feature,
    ImageRef,
    Pack,
    Page,
    Specimen,
    Substrate,
    SubstrateSpec,
)
from docexam.core.pack.io import write_pack  # noqa: E402

DPI = 200


def px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def font(name: str, mm: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(shipped.FONTS / name), px(mm))


def guilloche(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, colour: str) -> None:
    for k in range(0, 360, 6):
        pts = []
        for t in range(0, 361, 3):
            a = math.radians(t)
            rr = r * (0.72 + 0.28 * math.sin(7 * a + math.radians(k)))
            pts.append((px(cx + rr * math.cos(a)), px(cy + rr * math.sin(a))))
        draw.line(pts, fill=colour, width=1)


def td3_page(workdir: Path) -> Page:
    w, h = 125.0, 88.0
    img = Image.new("RGB", (px(w), px(h)), "#f1ede0")
    d = ImageDraw.Draw(img)
    for y in range(0, px(h), 5):  # fine background lines: line print, not dots
        d.line([(0, y), (px(w), y + px(4))], fill="#dfe6da", width=1)
    guilloche(d, 95, 30, 22, "#9bb7a6")
    guilloche(d, 95, 30, 14, "#c9a97b")
    d.rectangle([px(2), px(2), px(w - 2), px(h - 2)], outline="#5d7f6e", width=2)
    d.text(
        (px(5), px(4)),
        "UTOPIA · PASSPORT · PASSEPORT",
        font=font("DejaVuSans-Bold.ttf", 3.2),
        fill="#2f4f43",
    )
    # Portrait: a stylised, drawn face (no real person).
    d.rectangle([px(6), px(14), px(38), px(56)], fill="#d9dfe6")
    d.ellipse([px(13), px(19), px(31), px(41)], fill="#c8a286")
    d.chord([px(8), px(40), px(36), px(66)], 180, 360, fill="#3d5a80")
    d.pieslice([px(12), px(17), px(32), px(33)], 180, 360, fill="#4a3426")
    labels = [
        ("Surname", "ERIKSSON", 16),
        ("Given names", "ANNA MARIA", 23),
        ("Nationality", "UTOPIAN", 30),
        ("Date of birth", "12 AUG 1974", 37),
        ("Sex", "F", 44),
        ("Date of expiry", "15 APR 2012", 51),
    ]
    for label, value, y in labels:
        d.text((px(42), px(y)), label, font=font("DejaVuSans.ttf", 1.8), fill="#4d6b5c")
        d.text((px(42), px(y + 2.2)), value, font=font("DejaVuSans-Bold.ttf", 2.8), fill="#1b1b1b")
    d.text((px(92), px(16)), "L898902C3", font=font("DejaVuSans-Bold.ttf", 3.2), fill="#8a1c1c")
    mrz = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
    ocrb = font("OCRB.otf", 2.9)
    d.text((px(6), px(71)), mrz[0], font=ocrb, fill="#111111")
    d.text((px(6), px(78)), mrz[1], font=ocrb, fill="#111111")
    img.save(workdir / "front.png", optimize=True)

    def name(en: str, zh: str) -> dict[str, str]:
        return {"en": en, "zh-Hans": zh}

    features = (
        Feature(
            "substrate",
            "substrate.uv_dull",
            name("UV-dull paper", "无荧光纸张"),
            Rect(0, 0, w, h),
            (L.UV365,),
            name(
                "Security paper without optical brighteners.",
                "不含荧光增白剂的安全纸。",
            ),
            name(
                "Under UV-A the page stays dark violet-grey; office paper glows blue-white.",
                "在紫外光(365纳米)下纸张呈暗紫灰色；普通办公纸会发出蓝白光。",
            ),
            coverage=Coverage.REGION,
        ),
        Feature(
            "guilloche",
            "printing.guilloche",
            name("Guilloche rosette", "扭索纹花饰"),
            Ellipse(95, 30, 22, 22),
            (L.VISIBLE, L.UV365),
            name("Two-colour fine-line rosette.", "双色细线花饰。"),
            name(
                "Use a loupe: lines are continuous and sharp, not made of dots. "
                "The outer ring fluoresces green in UV-A.",
                "用放大镜检查：线条连续清晰，不由网点组成。外圈在紫外光下呈绿色荧光。",
            ),
            Material(visible=Ink("#9bb7a6"), uv365=Emission("#3cff7a", 0.8)),
        ),
        Feature(
            "portrait",
            "personalisation.portrait",
            name("Portrait", "持证人照片"),
            Rect(6, 14, 32, 42),
            (L.VISIBLE, L.IR),
            name("The holder's portrait, printed in the page.", "印在数据页上的持证人照片。"),
            name(
                "Compare with the holder; in IR the portrait must stay visible.",
                "与持证人比对；在红外光下照片必须保持可见。",
            ),
            Material(visible=Ink("#6b5a4e"), ir_cutoff_nm=2000),
        ),
        Feature(
            "number",
            "numbering.document_number",
            name("Document number", "证件号码"),
            Rect(91, 15, 24, 5),
            (L.VISIBLE, L.UV365),
            name(
                "Printed in red ink that glows red under UV-A.", "以红色油墨印刷，紫外光下发红光。"
            ),
            name(
                "Must match the number in the MRZ (line 2, positions 1-9).",
                "必须与机读区第2行第1-9位的号码一致。",
            ),
            Material(visible=Ink("#8a1c1c"), uv365=Emission("#ff2a2a", 0.9), ir_cutoff_nm=780),
        ),
        Feature(
            "mrz",
            "mrz.mrz",
            name("Machine-readable zone", "机读区"),
            Rect(5, 69, 115, 16),
            (L.VISIBLE, L.IR, L.UV365),
            name("Two lines of OCR-B, 44 characters each.", "两行OCR-B字体，每行44个字符。"),
            name(
                "Check every check digit and compare with the visual zone; "
                "in IR the MRZ stays black, under UV it must not glow.",
                "核对每个校验位并与视读区比对；红外光下机读区保持黑色，紫外光下不得发光。",
            ),
            Material(visible=Ink("#111111"), ir_cutoff_nm=2000),
        ),
    )
    return Page(
        "data",
        name("Data page", "资料页"),
        (w, h),
        (ImageRef(L.VISIBLE, "front.png", DPI),),
        SubstrateSpec(Substrate.PAPER, "#f1ede0"),
        features,
    )


def main() -> None:
    out = shipped.UTOPIA_BASIC
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        page = td3_page(work)
        specimen = Specimen(
            "uto-td3-eriksson",
            {"en": "Utopia passport (hand-made)", "zh-Hans": "乌托邦护照（手工样本）"},
            DocumentInfo(DocumentType.TD3, "UTO", "UTO-P-2010"),
            (page,),
            mrz="P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
            viz={
                "surname": "ERIKSSON",
                "given_names": "ANNA MARIA",
                "number": "L898902C3",
                "nationality": "UTO",
                "birth": "1974-08-12",
                "sex": "F",
                "expiry": "2012-04-15",
            },
            generated=True,  # drawn by this script, not a capture of a real document
            root=work,
        )
        pack = Pack(
            "utopia-basic",
            {"en": "Utopia basics", "zh-Hans": "乌托邦基础样本"},
            "docexam developers",
            "CC0-1.0 (fictional specimen)",
            ("en", "zh-Hans"),
            (specimen,),
            {
                "en": "A hand-made fictional Utopia passport.",
                "zh-Hans": "手工制作的虚构乌托邦护照。",
            },
        )
        if out.exists():
            shutil.rmtree(out)
        write_pack(pack, out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
