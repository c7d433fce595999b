"""What the generated exercises ask, in English and Simplified Chinese."""

from __future__ import annotations

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import I18nText
from docexam.core.exercise.model import ExerciseKind, MrzTask

LIGHT_NAMES: dict[LightSource, tuple[str, str]] = {
    LightSource.VISIBLE: ("white light", "白光"),
    LightSource.OBLIQUE: ("oblique light", "侧光"),
    LightSource.TRANSMITTED: ("transmitted light", "透射光"),
    LightSource.COAXIAL: ("coaxial light", "同轴光"),
    LightSource.UV365: ("UV-A 365 nm", "紫外 365 纳米"),
    LightSource.UV254: ("UV-C 254 nm", "紫外 254 纳米"),
    LightSource.IR: ("infrared", "红外"),
    LightSource.IR_LUMINESCENCE: ("IR luminescence", "红外发光"),
    LightSource.ANTI_STOKES: ("anti-Stokes light", "上转换光"),
    LightSource.TILT: ("tilting the document", "倾斜证件"),
    LightSource.UV_OFF: ("the UV lamp switched off", "关闭紫外灯后"),
}

PROMPTS: dict[ExerciseKind | MrzTask, I18nText] = {
    ExerciseKind.FIND_FEATURES: {"en": "Mark the security features.", "zh-Hans": "标出防伪特征。"},
    ExerciseKind.MARK_ALTERATIONS: {"en": "Mark every alteration.", "zh-Hans": "标出所有变造处。"},
    ExerciseKind.VERDICT: {
        "en": "Genuine, counterfeit, forgery or pseudo? Name the fraud type.",
        "zh-Hans": "真证、伪造、变造还是虚构？说出造假类型。",
    },
    ExerciseKind.WHICH_LIGHT: {
        "en": "Which light reveals this feature?",
        "zh-Hans": "哪种光源能显示此特征？",
    },
    MrzTask.CHECK_DIGITS: {
        "en": "Which check digits are wrong? (None, if the MRZ is correct.)",
        "zh-Hans": "哪些校验位错误？（机读区正确则不选。）",
    },
    MrzTask.VIZ: {
        "en": "Which fields of the MRZ disagree with the visual zone?",
        "zh-Hans": "机读区哪些字段与视读区不一致？",
    },
    ExerciseKind.DRILL: {
        "en": "Clear each document or refer it to the second line before its time runs out.",
        "zh-Hans": "在时限内对每份证件作出决定：放行，或移交二线查验。",
    },
}

SUBSETS: dict[int, tuple[str, str]] = {
    1: (" that stand out at a glance", "中一眼就能看到的"),
    2: (
        " that need a closer look (neither the most conspicuous nor the faintest)",
        "中需要仔细看才能发现的（不含最醒目的和最微弱的）",
    ),
    3: (
        " that are faint or small (the conspicuous ones are not asked)",
        "中微弱或细小的（不要求标出醒目的）",
    ),
}


def find_prompt(
    light: LightSource | None, count: int, subset: int | None, unasked: bool
) -> I18nText:
    """The question names the light and, when it asks for some of the features only, which."""
    if light is None:
        en, zh = (
            PROMPTS[ExerciseKind.FIND_FEATURES]["en"],
            PROMPTS[ExerciseKind.FIND_FEATURES]["zh-Hans"],
        )
        en, zh = en.rstrip("."), zh.rstrip("。")
    else:
        name_en, name_zh = LIGHT_NAMES[light]
        sub_en, sub_zh = SUBSETS[subset] if subset is not None else ("", "")
        # The item opens under the light it names (``AreaExercise.light``): no need to say
        # "switch to it first", and the page never shows blank where the signs are.
        en = f"Mark the security features that {name_en} reveals{sub_en}"
        zh = f"标出在{name_zh}下可见的防伪特征{sub_zh}"
    en += f". {count} to find."
    zh += f"。共 {count} 处。"
    if unasked:
        en += " Other genuine features are not asked: marking them costs nothing."
        zh += "其他真实特征不在本题要求之列，标出也不扣分。"
    return {"en": en, "zh-Hans": zh}
