"""Counterfeit: the whole document reproduced with office means.

Each operation changes what a reproduction cannot copy: brightened paper, fibres printed on,
melted microprint, a missing or printed watermark, flat print instead of OVD and intaglio
relief, printed instead of drilled holes. How the print itself was made (inkjet, toner, offset)
is in ``processes``.
"""

from __future__ import annotations

from docexam.core.domain.geometry import Region
from docexam.core.domain.material import Emission, Ink
from docexam.core.domain.model import UvResponse
from docexam.core.synth.canvas import Layer
from docexam.core.synth.forgery.screens import smear
from docexam.core.synth.forgery.workbench import Workbench, union

# How much optical brightener a counterfeit's paper (or card body) holds, by level: office
# paper full of it; a paper chosen for holding little, so the page only lightens; PVC with
# hardly any. 1.0 is the substrate's own blue-white glow, less a faint emission over the page.
BRIGHTENER = {1: 1.0, 2: 0.18, 3: 0.1}
GLOW = ("#bccdf8", "#95a5d6")  # UV-A, UV-C: the colours of office paper (``light.uv``)


def brighten(wb: Workbench, pid: str, layer_id: str) -> bool:
    """The substrate of page ``pid`` (its hotspot layer ``layer_id``) replaced by one with the
    level's brightener; True if it glows as strongly as office paper."""
    strength = BRIGHTENER[wb.difficulty]
    if strength >= 1.0 or wb.find(pid, layer_id) is None:
        wb.set_substrate(pid, uv_response=UvResponse.BRIGHTENER)
        if wb.find(pid, layer_id) is not None:
            wb.imitate(pid, layer_id)  # no longer UV-dull
        return True
    a, c = GLOW
    layer = wb.imitate(
        pid, layer_id, uv365=Emission(a, strength), uv254=Emission(c, strength * 0.7)
    )
    # The whole sheet is that paper: it glows to its edges, not only inside the hotspot.
    layer.region = wb.canvas(pid).full_region()
    return False


def brightener_paper(wb: Workbench) -> None:
    for pid, work in wb.pages.items():
        if brighten(wb, pid, "uv-dull-substrate"):
            title = ("Paper glows blue-white under UV", "纸张在紫外灯下发蓝白光")
            text = (
                "Under UV-A the whole page glows blue-white: office paper with optical "
                "brighteners. Security paper is UV-dull, a dark violet-grey.",
                "在长波紫外灯下整页发蓝白色荧光：含荧光增白剂的办公纸。防伪纸在紫外灯下应呈暗紫灰色（无荧光）。",
            )
        else:
            title = ("Paper glows faintly under UV", "纸张在紫外灯下微微发光")
            text = (
                "Under UV-A the page is a shade lighter and bluer than security paper, evenly "
                "to its edges: paper with a little optical brightener. Compare it with a genuine "
                "page under the same lamp; security paper is UV-dull, a dark violet-grey.",
                "在长波紫外灯下整页比防伪纸略亮、略偏蓝，且均匀到边缘：含少量荧光增白剂的纸张。"
                "请在同一灯下与真证页面比对；防伪纸在紫外灯下应呈暗紫灰色。",
            )
        wb.sign(pid, work.canvas.full_region(), ("uv365", "uv254"), title, text)


def printed_fibres(wb: Workbench) -> None:
    for pid, work in wb.pages.items():
        fibres = wb.by_category(pid, "substrate.fibres")
        if not fibres:
            continue
        for layer in fibres:
            if layer.material.visible is None:
                wb.remove(pid, layer.id)  # invisible fibres cannot be printed on, so none
            elif wb.difficulty < 3:
                # Printed on the surface: crisper and darker, and no fluorescence.
                wb.imitate(
                    pid,
                    layer.id,
                    visible=Ink(layer.material.visible.colour, 0.8),
                    uv365=None,
                    uv254=None,
                )
            else:  # a careful printer: fluorescent ink, so they glow, but flat on the surface
                wb.imitate(pid, layer.id, visible=Ink(layer.material.visible.colour, 0.8))
        if wb.difficulty < 3:
            reveal: tuple[str, ...] = ("visible", "loupe", "uv365")
            text = (
                "The coloured fibres lie flat on the surface (loupe) and do not glow under UV-A; "
                "the invisible fluorescent fibres are missing altogether.",
                "彩色纤维平印在纸面上（放大镜可见），在紫外灯下不发光；无色荧光纤维完全缺失。",
            )
        else:
            reveal = ("loupe", "uv365")
            text = (
                "The coloured fibres glow under UV-A but lie flat on the surface (loupe), none "
                "running under the print; the invisible fluorescent fibres are missing.",
                "彩色纤维在紫外灯下发光，但平印在纸面上（放大镜可见），没有一根从印刷下方穿过；"
                "无色荧光纤维缺失。",
            )
        wb.sign(
            pid,
            work.canvas.full_region(),  # fibres run to the edge of the page
            reveal,
            ("Fibres printed on the surface", "纤维为表面印刷"),
            text,
        )


def blurred_microprint(wb: Workbench) -> None:
    for pid in wb.pages:
        layer = wb.find(pid, "microprint")
        if layer is None or layer.mask is None:
            continue
        canvas = wb.canvas(pid)
        wb.imitate(pid, layer.id)
        smear(layer.mask, canvas, canvas.pixel_box(layer.region, 0))
        wb.sign(
            pid,
            wb.extent(pid, layer),
            ("loupe",),
            ("Microprint illegible", "缩微文字无法辨认"),
            (
                "Under the loupe the microprint lines are a blotchy dashed line: the text was "
                "below the copier's resolution. Genuine microprint reads clearly.",
                "放大镜下缩微文字成为模糊的断续线条，低于复制设备的分辨率；真证的缩微文字清晰可读。",
            ),
        )


def fake_watermark(wb: Workbench) -> None:
    """Level 1: imitated by light grey print (seen in reflected light); otherwise left out."""
    for pid in wb.pages:
        marks = wb.by_category(pid, "substrate.watermark")
        window = wb.find(pid, "window")
        if marks:
            _watermark(wb, pid, marks)
        elif window is not None:
            wb.imitate(pid, "window", transmission=None, visible=Ink("#cfd6da", 0.45))
            wb.sign(
                pid,
                window.region,
                ("transmitted", "visible"),
                ("Window printed, not clear", "透明视窗为印刷仿制"),
                (
                    "Held against the light the window stays opaque: it is printed grey on an "
                    "opaque card. A genuine window is clear polycarbonate.",
                    "透光观察视窗不透明，只是在不透明卡基上印的灰色；真证视窗为透明聚碳酸酯。",
                ),
            )


def _watermark(wb: Workbench, pid: str, marks: list[Layer]) -> None:
    printed = wb.difficulty == 1
    for layer in marks:
        if printed and layer.id == "watermark-light":
            wb.imitate(pid, layer.id, transmission=None, visible=Ink("#8a8a86", 0.14))
        else:
            wb.imitate(pid, layer.id, transmission=None)
    region: Region = union(*(wb.extent(pid, la) for la in marks))
    if printed:
        reveal: tuple[str, ...] = ("transmitted", "visible")
        title = ("Watermark printed on", "水印为表面印刷")
        text = (
            "The watermark motif is visible as faint grey print in reflected light and shows no "
            "light and dark tones against the light. A genuine watermark shows only in "
            "transmitted light.",
            "反射光下可见水印图案的灰色印刷痕迹，透光观察没有明暗层次；真水印只在透射光下显现。",
        )
    else:
        reveal = ("transmitted",)
        title = ("Watermark missing", "水印缺失")
        text = (
            "Held against the light, the paper is even: no watermark where the series has one.",
            "透光观察纸张均匀，该系列应有水印的位置没有水印。",
        )
    wb.sign(pid, region, reveal, title, text)


def flat_ovd(wb: Workbench) -> None:
    for pid in wb.pages:
        for layer in wb.by_category(pid, "protection.ovd", "personalisation.mli_cli"):
            ovd = layer.material.ovd
            if ovd is None:
                continue
            # A static imitation: the middle stop's colour, printed, at every angle.
            stop = ovd.stops[len(ovd.stops) // 2]
            visible = layer.material.visible or Ink(stop.colour, stop.opacity * 0.6)
            wb.imitate(
                pid, layer.id, ovd=None, visible=Ink(stop.colour, visible.opacity * 0.9 + 0.1)
            )
            wb.sign(
                pid,
                wb.extent(pid, layer),
                ("tilt", "visible"),
                ("OVD imitated by flat print", "光变图案为平面印刷仿制"),
                (
                    "Tilting the document changes nothing: the 'hologram' is ordinary print in "
                    "one colour. A genuine OVD shifts colour or image with the angle.",
                    "倾斜证件时图案毫无变化：所谓全息图只是单色普通印刷；真证的光变图案随角度变色或变图。",
                ),
            )


def flat_intaglio(wb: Workbench) -> None:
    for pid in wb.pages:
        for layer in wb.by_category(
            pid, "printing.intaglio", "printing.latent_image", "printing.relief_design"
        ):
            if not layer.material.relief_um:
                continue
            wb.imitate(pid, layer.id, relief_um=None, ovd=None)
            wb.sign(
                pid,
                wb.extent(pid, layer),
                ("oblique",) if layer.category != "printing.latent_image" else ("oblique", "tilt"),
                ("No relief where intaglio is expected", "凹印处无凸起"),
                (
                    "In grazing light the heading and emblem cast no shadow and the latent image "
                    "never appears: flat print instead of raised intaglio.",
                    "侧光下标题和国徽没有阴影，隐性图像也不出现：以平面印刷代替凹版凸印。",
                ),
            )


def printed_perforation(wb: Workbench) -> None:
    for pid in wb.pages:
        layer = wb.find(pid, "laser-perforation")
        if layer is None:
            continue
        wb.imitate(pid, layer.id, hole=False, visible=Ink("#5a4838", 0.85))
        wb.sign(
            pid,
            wb.extent(pid, layer),
            ("transmitted", "loupe"),
            ("Perforation printed, not drilled", "激光穿孔为印刷仿制"),
            (
                "The perforated number is printed dots: no light passes through them when the "
                "page is held against a lamp. Laser holes shine brightly.",
                "穿孔号码只是印刷的圆点，透光观察没有光线透过；真证的激光孔透光明亮。",
            ),
        )
