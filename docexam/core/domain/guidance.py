"""What each feature category is and how an examiner checks it (the glossary, and the texts the
generator gives its features).

English is the source; every entry carries its Simplified Chinese (a test checks both exist).
"""

from __future__ import annotations

from dataclasses import dataclass

ZH = "zh-Hans"


@dataclass(frozen=True)
class Guide:
    """A category's description and how-to-check, in English and Simplified Chinese."""

    description_en: str
    how_en: str
    description_zh: str
    how_zh: str


GUIDE: dict[str, Guide] = {
    "substrate.uv_dull": Guide(
        "Security paper without optical brighteners.",
        "Under UV-A the page stays dark violet-grey; a blue-white glow means office paper.",
        "不含荧光增白剂的防伪纸。",
        "在紫外 365 纳米下纸张保持暗紫灰色；若发出蓝白色荧光，则是普通办公用纸。",
    ),
    "substrate.watermark": Guide(
        "Multi-tone cylinder-mould watermark in the paper.",
        "Hold against the light: light and dark tones appear, never printed on the surface.",
        "纸张中的多层次圆网水印。",
        "对着光透视：可见明暗层次，且绝不是印在纸张表面的。",
    ),
    "substrate.fibres": Guide(
        "Fibres embedded in the paper during manufacture.",
        "Under UV-A the fibres glow in set colours; printed imitations sit on the surface.",
        "造纸时嵌入纸张的纤维。",
        "在紫外 365 纳米下纤维发出规定颜色的荧光；印刷的仿制纤维浮于纸面。",
    ),
    "substrate.planchettes": Guide(
        "Small discs embedded in the paper.",
        "Look under UV-A: the discs glow and lie in the paper, not on it.",
        "嵌入纸张的细小圆片。",
        "在紫外 365 纳米下观察：彩点发出荧光，位于纸张内部而非表面。",
    ),
    "substrate.thread": Guide(
        "Security thread embedded in the paper.",
        "In transmitted light a continuous dark line; under UV-A it fluoresces.",
        "嵌入纸张的安全线。",
        "透射光下呈一条连续的暗线；紫外 365 纳米下发出荧光。",
    ),
    "substrate.polycarbonate": Guide(
        "Polycarbonate card body fused from layers.",
        "Feel the rigid card and the ringing sound; the layers cannot be split.",
        "由多层材料熔合而成的聚碳酸酯卡体。",
        "卡体坚硬，敲击声清脆；各层无法剥离。",
    ),
    "substrate.window": Guide(
        "Transparent window in the card body.",
        "Look through it in transmitted light: fully clear with the printed motif inside.",
        "卡体上的透明视窗。",
        "在透射光下透视：视窗完全透明，内有印刷图案。",
    ),
    "printing.guilloche": Guide(
        "Fine-line guilloche in two or more colours.",
        "With a loupe the lines are continuous and sharp, never made of dots.",
        "两色或多色细线扭索纹。",
        "用放大镜观察：线条连续、锐利，绝不由网点构成。",
    ),
    "printing.rainbow": Guide(
        "Split-duct (rainbow) printing.",
        "Colours merge smoothly along the lines without a dot screen.",
        "分墨槽（彩虹）印刷。",
        "颜色沿线条平滑过渡，没有网点。",
    ),
    "printing.microprint": Guide(
        "Microtext under 0.25 mm.",
        "Looks like a line to the eye; readable text with a 10x loupe.",
        "字高小于 0.25 毫米的缩微文字。",
        "肉眼看似一条线；用 10 倍放大镜可读出文字。",
    ),
    "printing.intaglio": Guide(
        "Intaglio print with raised ink.",
        "Feel the relief; under oblique light the lines cast shadows.",
        "墨层凸起的凹版印刷。",
        "用手触摸可感到凸起；侧光下线条投下阴影。",
    ),
    "printing.latent_image": Guide(
        "Latent image in the intaglio lines.",
        "Tilt the page to a grazing angle: the hidden letters appear.",
        "凹印线条中的隐性图像。",
        "将页面倾斜至掠射角度：隐藏的字母随即显现。",
    ),
    "printing.see_through": Guide(
        "See-through register split between front and back.",
        "In transmitted light the two halves combine into one motif.",
        "正反面各印一半的对印图案。",
        "透射光下两半合成一个完整图案。",
    ),
    "printing.relief_design": Guide(
        "Tactile relief embossed in the card.",
        "Feel the relief; oblique light shows its shading.",
        "压印在卡体上的触感浮雕。",
        "用手触摸浮雕；侧光下可见其明暗起伏。",
    ),
    "ink.uv_fluorescent": Guide(
        "Invisible ink that fluoresces under UV.",
        "Under UV-A the motif glows in the set colours; nothing in white light.",
        "在紫外光下发出荧光的无色油墨。",
        "在紫外 365 纳米下图案发出规定颜色的荧光；白光下不可见。",
    ),
    "ink.bi_fluorescent": Guide(
        "Ink that fluoresces in one colour at 365 nm and another at 254 nm.",
        "Compare UV-A and UV-C: the colour must change.",
        "在 365 纳米和 254 纳米下发出不同颜色荧光的油墨。",
        "对比紫外 365 纳米与紫外 254 纳米：颜色必须发生变化。",
    ),
    "ink.phosphorescent": Guide(
        "Ink that keeps glowing after the UV lamp goes off.",
        "Switch the UV-C lamp off: the motif glows on for a few seconds.",
        "紫外灯关闭后仍持续发光的油墨。",
        "关闭紫外 254 纳米灯：图案的余辉会持续数秒。",
    ),
    "ink.metameric": Guide(
        "Metameric pair: two inks of the same colour.",
        "In IR one ink vanishes and a hidden pattern appears.",
        "同色异谱油墨对：两种颜色相同的油墨。",
        "在红外下其中一种油墨消失，显现出隐藏图案。",
    ),
    "ink.ir_dropout": Guide(
        "IR drop-out ink.",
        "Above its cut-off the print vanishes in the IR viewer.",
        "红外透过油墨。",
        "在红外观察仪中，超过其截止波长时印迹消失。",
    ),
    "ink.ir_absorbing": Guide(
        "IR-absorbing ink.",
        "Stays dark at every IR cut-off.",
        "红外吸收油墨。",
        "在任何红外截止波长下都保持深色。",
    ),
    "ink.anti_stokes": Guide(
        "Up-converting (anti-Stokes) ink.",
        "Under a 980 nm IR source it glows visibly.",
        "上转换（反斯托克斯）油墨。",
        "在 980 纳米红外光源照射下发出可见光。",
    ),
    "ink.ir_luminescent": Guide(
        "Ink that glows in the near infrared when lit with visible light.",
        "In the IR luminescence mode of the IR viewer the motif shines bright on a dark page; "
        "in white light it blends into the print.",
        "在可见光激发下于近红外波段发光的油墨。",
        "在红外检验仪的红外发光模式下，图案在暗色页面上发亮；在白光下与印刷图案融为一体。",
    ),
    "ink.penetrating_numbering": Guide(
        "Numbering ink that penetrates the paper.",
        "The number is visible on the reverse; UV shows the penetration.",
        "渗透纸张的号码油墨。",
        "号码在背面可见；紫外光下可见油墨的渗透。",
    ),
    "numbering.document_number": Guide(
        "Document number.",
        "Must match the MRZ, the perforation and every sheet's serial.",
        "证件号码。",
        "必须与机读区、激光穿孔号码及每页序号一致。",
    ),
    "numbering.laser_perforation": Guide(
        "Laser-perforated document number.",
        "In transmitted light the holes shine; edges are smooth and slightly burnt.",
        "激光穿孔的证件号码。",
        "透射光下孔洞透亮；孔缘光滑并略有灼痕。",
    ),
    "numbering.barcode": Guide(
        "A barcode or 2D code printed with the personal data (visas, residence permits, "
        "digital seals).",
        "Its printed data must agree with the visual zone and the MRZ; look for a code pasted "
        "over the page or printed in another ink or resolution than the rest of the data.",
        "随个人资料印制的条码或二维码（签证、居留许可、数字印章）。",
        "其所载资料须与视读区及机读区一致；注意是否有贴覆在页面上、或油墨与分辨率与其他资料不同的代码。",
    ),
    "personalisation.portrait": Guide(
        "The holder's portrait.",
        "Compare with the holder; the portrait stays visible in IR.",
        "持证人照片。",
        "与持证人本人比对；照片在红外下仍然可见。",
    ),
    "personalisation.ghost_image": Guide(
        "Secondary (ghost) portrait.",
        "Must match the main portrait; glows under UV-A.",
        "副照片（影像副图）。",
        "必须与主照片一致；在紫外 365 纳米下发出荧光。",
    ),
    "personalisation.laser_engraving": Guide(
        "Laser engraving inside the card body.",
        "Tactile, black, cannot be scratched off; dark in IR.",
        "卡体内部的激光雕刻。",
        "有触感、呈黑色、无法刮除；红外下呈深色。",
    ),
    "personalisation.mli_cli": Guide(
        "Multiple / changeable laser image.",
        "Tilt the card: the image switches between data items.",
        "多重/可变激光图像（MLI/CLI）。",
        "倾斜卡片：图像在不同的资料项之间切换。",
    ),
    "personalisation.signature": Guide(
        "Holder's signature.",
        "Digitally printed; compare with the holder's signature.",
        "持证人签名。",
        "以数码方式印制；与持证人的签名比对。",
    ),
    "personalisation.data": Guide(
        "Personal data of the holder.",
        "Must agree with the MRZ; dark in IR (IR-absorbing ink).",
        "持证人的个人资料。",
        "必须与机读区一致；红外下呈深色（红外吸收油墨）。",
    ),
    "personalisation.fingerprint": Guide(
        "The holder's fingerprint printed or engraved on the data page (some identity cards).",
        "Ridges are continuous and sharp at the same resolution as the portrait; a smudged, "
        "pasted or differently personalised print points to an alteration.",
        "印制或雕刻在资料页上的持证人指纹（部分身份证）。",
        "纹线连续清晰，分辨率与照片一致；模糊、贴覆或个人化方式不同的指纹提示变造。",
    ),
    "protection.ovd": Guide(
        "Diffractive optically variable device over the portrait.",
        "Tilt: the colours change; it must overlap the portrait edge.",
        "覆盖照片的衍射光学可变装置。",
        "倾斜证件：颜色发生变化；它必须压住照片边缘。",
    ),
    "protection.chip_symbol": Guide(
        "The ICAO symbol of an electronic document: this passport carries a chip.",
        "Place it on the chip reader: a document with the symbol whose chip does not answer "
        "has a dead or removed chip.",
        "国际民航组织的电子证件标识：此护照带有芯片。",
        "将其放到芯片阅读器上：带此标识但芯片无应答的证件，其芯片已失效或被取出。",
    ),
    "protection.retroreflective": Guide(
        "Retroreflective laminate pattern.",
        "Only visible in coaxial light; breaks show cut or lifted laminate.",
        "逆反射覆膜图案。",
        "仅在同轴光下可见；图案断开说明覆膜曾被割开或揭起。",
    ),
    "binding.sewing_thread": Guide(
        "Multi-colour sewing thread.",
        "Under UV-A the thread fluoresces; stitches must be continuous.",
        "多色装订线。",
        "在紫外 365 纳米下装订线发出荧光；针脚必须连续。",
    ),
    "binding.uv_glue": Guide(
        "UV-cured glue along the spine.",
        "Under UV-A the glue line glows evenly.",
        "书脊处的紫外固化胶。",
        "在紫外 365 纳米下胶线均匀发光。",
    ),
    "binding.index_marks": Guide(
        "Index marks on the page edge.",
        "Marks continue from page to page; a substituted page breaks them.",
        "页边上的标记。",
        "标记逐页连续；被替换的页面会使其断开。",
    ),
    "binding.sheet_serial": Guide(
        "Serial number on every sheet.",
        "Must match the document number on every page.",
        "每一页上的序号。",
        "每一页上的序号都必须与证件号码一致。",
    ),
    "binding.page_number": Guide(
        "Page numbers printed in the booklet's UV-fluorescent ink.",
        "Numbers run without a gap or repeat, in the same font and position, and glow alike "
        "under UV-A; a page from another booklet breaks the run.",
        "以护照专用紫外荧光油墨印刷的页码。",
        "页码连续、无缺无重，字体和位置一致，在紫外 365 纳米下荧光相同；"
        "来自另一本护照的页面会打断页码顺序。",
    ),
    "endorsement.border_stamp": Guide(
        "An entry or exit stamp of a border post: state, port, date, direction.",
        "Compare font, size, shape and ink with a genuine stamp of that state (UV-A, IR); "
        "read the dates against the passport's validity, the visas and the other stamps.",
        "边境口岸的入境或出境验讫章：国家、口岸、日期、方向。",
        "将字体、尺寸、形状和油墨与该国真章比对（紫外 365 纳米、红外）；"
        "核对日期与护照有效期、签证及其他印章是否相符。",
    ),
    "endorsement.visa_stamp": Guide(
        "A visa issued as a stamp: state, number, issue date, validity, entries.",
        "Entries into that state must fall within the visa's validity.",
        "以印章形式签发的签证：国家、号码、签发日期、有效期、入境次数。",
        "入境该国的日期必须在签证有效期内。",
    ),
    "mrz.mrz": Guide(
        "Machine-readable zone in OCR-B.",
        "Check digits and agreement with the visual zone; dark in IR, no UV glow.",
        "采用 OCR-B 字体的机读区。",
        "核对校验位及其与视读区是否一致；红外下呈深色，紫外下不发光。",
    ),
    "substrate.sensitiser": Guide(
        "Chemicals in the paper that stain when an eraser or solvent touches it.",
        "Look under white and UV-A light around the data for coloured or dull stains: the mark "
        "of a chemical erasure.",
        "纸张中的化学敏感剂，遇到涂改液或溶剂会变色。",
        "在白光和紫外 365 纳米下查看资料周围有无变色或暗斑：这是化学擦除的痕迹。",
    ),
    "printing.anti_scan": Guide(
        "A fine line pattern that copiers and scanners cannot reproduce.",
        "In the loupe the lines are sharp and even; on a copy they break into moiré or vanish.",
        "复印机和扫描仪无法复制的细线图案。",
        "用放大镜查看：真品线条清晰均匀；复制品会出现莫尔纹或线条消失。",
    ),
    "printing.deliberate_error": Guide(
        "A small mistake placed on purpose in the design, known only from the reference.",
        "Compare with the genuine reference: a counterfeiter often 'corrects' it.",
        "设计中故意放置的小错误，只有参照真品才知道。",
        "与真品参照比对：伪造者常常会把它“改正”。",
    ),
    "printing.unique_font": Guide(
        "A typeface made for this document, with letters of their own.",
        "Compare letter shapes with the reference in the loupe; a common font is a counterfeit "
        "sign.",
        "专为该证件设计的字体，字形独特。",
        "用放大镜将字形与参照真品比对；使用普通字体是伪造的迹象。",
    ),
    "ink.optically_variable": Guide(
        "Ink that changes colour with the viewing angle.",
        "Tilt the document: the colour shifts (e.g. green to blue); a printed copy stays one "
        "colour.",
        "随观察角度变色的油墨。",
        "倾斜证件：颜色会变化（例如由绿变蓝）；印刷仿制品颜色不变。",
    ),
    "ink.metallic": Guide(
        "Ink with metal pigment that shines in reflected light.",
        "Under oblique light it gleams; a copy shows a flat grey or colour.",
        "含金属颜料、在反射光下有光泽的油墨。",
        "在侧光下闪亮；复制品呈平淡的灰色或其他颜色。",
    ),
    "personalisation.inkjet": Guide(
        "Personal data printed by inkjet at issue.",
        "In the loupe the ink lies in the paper as soft round droplets, without relief.",
        "签发时用喷墨打印的个人资料。",
        "用放大镜查看：墨迹以柔和的圆点渗入纸张，没有凹凸。",
    ),
    "personalisation.thermal_transfer": Guide(
        "Personal data transferred from a ribbon by heat at issue.",
        "In the loupe the characters have sharp edges and sit on the surface, sometimes glossy.",
        "签发时用热转印色带转印的个人资料。",
        "用放大镜查看：字符边缘清晰，位于表面，有时带光泽。",
    ),
    "protection.laminate": Guide(
        "A clear film sealed over the data page, often carrying a printed or diffractive image.",
        "Under oblique light look for bubbles, lifted edges or cuts; the film's image must be "
        "unbroken.",
        "覆盖在资料页上的透明保护膜，常带有印刷或衍射图像。",
        "在侧光下查看有无气泡、翘边或切口；膜上的图像必须完整连续。",
    ),
    "protection.sealed_edges": Guide(
        "Edges of the data page fused by heat so the layers cannot be separated.",
        "Check the edges in oblique light and the loupe: no gap, no lifting, no trace of glue.",
        "经热封使各层无法分开的资料页边缘。",
        "在侧光下用放大镜检查边缘：无缝隙、无翘起、无胶痕。",
    ),
}


def guide(category: str) -> tuple[dict[str, str], dict[str, str]]:
    entry = GUIDE.get(category)
    if entry is None:
        return {}, {}
    return (
        {"en": entry.description_en, ZH: entry.description_zh},
        {"en": entry.how_en, ZH: entry.how_zh},
    )
