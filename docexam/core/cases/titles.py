"""A generated case's title: for the instructor and the debrief, never shown before the answer
(the case file page keeps it for the debrief; the bundled ``cases.json`` is sealed). It names
the scenario outright, its family first and then what this case drew of it:
"Labour trafficking: job offer abroad; debt bondage, documents held by another"."""

from __future__ import annotations

from collections.abc import Iterable

from docexam.core.domain.model import I18nText

# What a title calls each indicator: a few words, where the catalogue's name is a sentence.
TAGS: dict[str, tuple[str, str]] = {
    "third_party_paid": ("ticket paid by a third party", "他人付票"),
    "insufficient_means": ("no means for the stay", "资金不足"),
    "vague_purpose": ("vague plans", "行程含糊"),
    "purpose_mismatch": ("purpose not matching the visa", "目的与签证不符"),
    "coached_answers": ("coached answers", "背诵式回答"),
    "group_same_pattern": ("identical group bookings", "团体预订雷同"),
    "documents_held_by_other": ("documents held by another", "证件由他人保管"),
    "companion_answers": ("companion answers", "同行人代答"),
    "job_offer_unclear": ("dubious job offer", "工作机会可疑"),
    "recruitment_debt": ("debt bondage", "债务捆绑"),
    "fearful_scripted": ("fearful", "神情恐惧"),
    "no_own_means_or_contacts": ("no money or contacts of their own", "无自有钱款和联系方式"),
    "relationship_unclear": ("relationship does not hold", "关系说不清"),
    "minor_without_guardian": ("no parental consent", "无父母同意书"),
    "document_forged": ("forged document", "伪造证件"),
    "name_mismatch": ("ticket in another name", "机票姓名不符"),
    "visa_not_covering": ("visa not covering the stay", "签证不覆盖停留期"),
    "stamps_contradict_story": ("claimed visit with no stamps", "所称来访无出入境章"),
    "face_differs_earlier": ("face differs from the earlier passport", "面孔与早先护照不符"),
    "identity_details_unsure": ("unsure of own identity details", "不熟悉本人身份资料"),
    "earlier_document_unexplained": ("denies the earlier passport", "否认早先护照"),
}


def titled(head: tuple[str, str], scenario: tuple[str, str], drawn: Iterable[str]) -> I18nText:
    """``head: scenario; tag, tag`` in English, the same in Chinese punctuation."""
    tags = [TAGS[i] for i in drawn if i in TAGS]
    en = f"{head[0]}: {scenario[0]}"
    zh = f"{head[1]}：{scenario[1]}"
    if tags:
        en += "; " + ", ".join(tag[0] for tag in tags)
        zh += "；" + "、".join(tag[1] for tag in tags)
    return {"en": en, "zh-Hans": zh}


GENUINE = ("Genuine traveller", "真实旅客")
SURFACE = ("Genuine traveller, looks suspicious", "真实旅客，表面可疑")
SMUGGLING = ("Migrant smuggling", "偷运移民")
LABOUR = ("Labour trafficking", "劳动剥削型人口贩运")
CHILD = ("Child trafficking risk", "儿童贩运风险")
SEXUAL = ("Trafficking for sexual exploitation", "性剥削型人口贩运")
DOCUMENT = ("Document fraud", "证件欺诈")
