"""The risk indicators a trainee marks on a case file, the actions they choose, and the interview
questions they may ask: one catalogue, worded in our own words from the published sources cited
in ``docs/scenarios.md`` (ILO, UNODC, Frontex VEGA handbook, IOM).

An indicator is a behaviour, a circumstance or a fact of the documents (its ``basis``); none is
a nationality, an ethnicity, a religion or a sex, and ``tests/core/cases/test_fair_profiling.py``
holds every scenario's truth to that.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from docexam.core.domain.model import I18nText


class Family(StrEnum):
    """What a scenario is about: its category of risk, or none."""

    NONE = "none"
    SMUGGLING = "smuggling"
    TRAFFICKING_LABOUR = "trafficking_labour"
    TRAFFICKING_SEXUAL = "trafficking_sexual"
    DOCUMENT_FRAUD = "document_fraud"


class Basis(StrEnum):
    BEHAVIOUR = "behaviour"
    CIRCUMSTANCE = "circumstance"
    DOCUMENT = "document"


# What a risk indicator may never be by itself (FRA / Frontex fundamental-rights guidance).
PROTECTED = ("nationality", "ethnicity", "religion", "sex")


class Action(StrEnum):
    ADMIT = "admit"
    REFUSE = "refuse"
    REFER_DOCUMENT = "refer_document"  # the document to second line
    REFER_VICTIM = "refer_victim"  # the person to a specialist for victim identification
    SEPARATE_INTERVIEW = "separate_interview"


ACTIONS: dict[Action, I18nText] = {
    Action.ADMIT: {"en": "Admit", "zh-Hans": "准予入境"},
    Action.REFUSE: {"en": "Refuse entry", "zh-Hans": "拒绝入境"},
    Action.REFER_DOCUMENT: {
        "en": "Refer the document to second line",
        "zh-Hans": "将证件移交二线查验",
    },
    Action.REFER_VICTIM: {
        "en": "Refer the person to a specialist (possible victim)",
        "zh-Hans": "将当事人转交专门人员（疑似被害人）",
    },
    Action.SEPARATE_INTERVIEW: {
        "en": "Interview separately, away from companions",
        "zh-Hans": "与同行人分开单独询问",
    },
}


@dataclass(frozen=True)
class Indicator:
    id: str
    basis: Basis
    families: tuple[Family, ...]
    name: I18nText
    explanation: I18nText  # why it matters, shown in feedback
    specialist: I18nText  # what a specialist does about it
    sources: tuple[str, ...]  # keys of SOURCES


SOURCES: dict[str, str] = {
    "ILO": "ILO, Operational indicators of trafficking in human beings (2009)",
    "UNODC": "UNODC, Human trafficking indicators",
    "VEGA": "Frontex, VEGA Handbook: Children at airports (2015)",
    "IOM": "IOM, counter-trafficking training for border officials",
    "FRONTEX": "Frontex, Common Core Curriculum for border guards (risk profiling)",
    "EU_FRAUD": "European Commission, Action plan to strengthen the European response to "
    "travel document fraud (COM(2016) 790)",
    "ICAO_EOI": "ICAO TRIP, Guidance on evidence of identity (2018)",
}

_S, _TL, _TS, _D = (
    Family.SMUGGLING,
    Family.TRAFFICKING_LABOUR,
    Family.TRAFFICKING_SEXUAL,
    Family.DOCUMENT_FRAUD,
)
_T = (_TL, _TS)


def _i(
    id_: str,
    basis: Basis,
    families: tuple[Family, ...],
    name: tuple[str, str],
    why: tuple[str, str],
    then: tuple[str, str],
    sources: tuple[str, ...],
) -> Indicator:
    return Indicator(
        id_,
        basis,
        families,
        {"en": name[0], "zh-Hans": name[1]},
        {"en": why[0], "zh-Hans": why[1]},
        {"en": then[0], "zh-Hans": then[1]},
        sources,
    )


INDICATORS: tuple[Indicator, ...] = (
    _i(
        "third_party_paid",
        Basis.CIRCUMSTANCE,
        (_S, *_T),
        (
            "Ticket paid in cash or by someone the traveller barely knows",
            "机票由他人或以现金支付，旅客对付款人了解甚少",
        ),
        (
            "Facilitators and recruiters buy the ticket so the traveller owes them the journey.",
            "偷运者和招募者代购机票，使旅客欠下路费。",
        ),
        (
            "Ask who the payer is and what is owed; check the booking agent.",
            "询问付款人身份及所欠款项，核查订票代理。",
        ),
        ("UNODC", "FRONTEX"),
    ),
    _i(
        "insufficient_means",
        Basis.CIRCUMSTANCE,
        (_S,),
        (
            "Too little money for the stay, and no other means",
            "所带资金不足以支付停留期间费用，且无其他经济来源",
        ),
        (
            "Someone else is meant to carry the costs at the destination, often for work not "
            "allowed by the visa.",
            "目的地费用由他人承担，常与签证不允许的工作有关。",
        ),
        ("Check means of subsistence as the entry conditions require.", "按入境条件核查生活费用。"),
        ("FRONTEX",),
    ),
    _i(
        "vague_purpose",
        Basis.BEHAVIOUR,
        (_S,),
        ("Cannot say where they will stay or what they will do", "说不清住在哪里、来做什么"),
        (
            "A genuine visitor knows the plan of the trip; a vague story hides another purpose.",
            "真实的访客了解行程安排；含糊的说法往往掩盖另有目的。",
        ),
        (
            "Ask open questions in a second-line interview; compare with the papers.",
            "在二线询问中提开放式问题，并与所持文件对照。",
        ),
        ("FRONTEX", "IOM"),
    ),
    _i(
        "purpose_mismatch",
        Basis.DOCUMENT,
        (_S, _D),
        (
            "The stated purpose does not match the visa or the papers",
            "所述目的与签证或所持文件不符",
        ),
        (
            "A tourist visa for a journey that is about work, or papers for another purpose.",
            "以旅游签证从事工作，或所持文件与目的不符。",
        ),
        (
            "Establish the real purpose; a visa used for another purpose is a ground for refusal.",
            "查明真实目的；签证用途不符可作为拒绝入境的理由。",
        ),
        ("FRONTEX",),
    ),
    _i(
        "coached_answers",
        Basis.BEHAVIOUR,
        (_S, *_T),
        (
            "Rehearsed answers, read from a note or identical to others'",
            "回答像背诵过的，照纸条念或与他人完全相同",
        ),
        ("Facilitators brief travellers on what to say.", "偷运者或招募者事先教旅客如何回答。"),
        (
            "Interview members of a group separately and compare details.",
            "对同行人员分别询问并比对细节。",
        ),
        ("UNODC", "FRONTEX"),
    ),
    _i(
        "group_same_pattern",
        Basis.CIRCUMSTANCE,
        (_S, _TL),
        ("A group with identical bookings made by one agent", "一组人持由同一代理办理的相同预订"),
        (
            "One organiser moving several people: smuggling, or recruitment for exploitation.",
            "同一组织者输送多人：可能是偷运，也可能是为剥削而招募。",
        ),
        ("Identify the organiser; interview the members one by one.", "查明组织者；逐一询问成员。"),
        ("FRONTEX", "UNODC"),
    ),
    _i(
        "documents_held_by_other",
        Basis.CIRCUMSTANCE,
        _T,
        ("Someone else holds the traveller's passport or tickets", "他人代为保管旅客的护照或机票"),
        (
            "Keeping a person's documents is a means of control (ILO: coercion).",
            "扣留他人证件是控制手段（国际劳工组织：强迫）。",
        ),
        (
            "Separate the person from the holder; a specialist explains their rights.",
            "将当事人与持证人分开；由专门人员告知其权利。",
        ),
        ("ILO", "UNODC", "IOM"),
    ),
    _i(
        "companion_answers",
        Basis.BEHAVIOUR,
        _T,
        (
            "A companion answers for the traveller or watches every word",
            "同行人代为回答或紧盯其一言一行",
        ),
        (
            "Control by another person: the traveller cannot speak freely (UNODC).",
            "受他人控制：当事人无法自由表达（联合国毒品和犯罪问题办公室）。",
        ),
        (
            "Interview the traveller alone, with an interpreter not linked to the companion.",
            "在同行人不在场时单独询问，并使用与其无关的翻译。",
        ),
        ("UNODC", "IOM"),
    ),
    _i(
        "job_offer_unclear",
        Basis.CIRCUMSTANCE,
        _T,
        ("A job offer that does not add up", "工作机会经不起推敲"),
        (
            "Unknown employer or workplace, pay far above the usual, no written terms: "
            "deception about the work (ILO).",
            "雇主或工作地点不明、工资远高于常规、没有书面条款：在工作方面受骗（国际劳工组织）。",
        ),
        (
            "A specialist checks the employer and the recruiter; labour inspectors may be told.",
            "由专门人员核查雇主和招募者，必要时通报劳动监察部门。",
        ),
        ("ILO", "UNODC"),
    ),
    _i(
        "recruitment_debt",
        Basis.CIRCUMSTANCE,
        _T,
        ("Owes the recruiter for the journey or fees", "欠招募者路费或中介费"),
        (
            "Debt bondage: the debt binds the person to the work (ILO).",
            "债务奴役：以债务将人束缚于工作（国际劳工组织）。",
        ),
        (
            "Ask how and to whom the debt is repaid; refer to a specialist.",
            "询问债务的偿还方式及对象；转交专门人员。",
        ),
        ("ILO", "IOM"),
    ),
    _i(
        "fearful_scripted",
        Basis.BEHAVIOUR,
        _T,
        ("Fearful, looks to the companion before answering", "神情恐惧，回答前先看同行人"),
        (
            "Fear of a companion, not of the officer, is a sign of control (UNODC).",
            "害怕的是同行人而非检查员，这是受控制的迹象（联合国毒品和犯罪问题办公室）。",
        ),
        (
            "Give the person a safe space; a specialist interviews them.",
            "为当事人提供安全的环境；由专门人员询问。",
        ),
        ("UNODC", "IOM"),
    ),
    _i(
        "no_own_means_or_contacts",
        Basis.CIRCUMSTANCE,
        _T,
        ("No phone, money or address of their own", "没有自己的手机、钱或住址"),
        (
            "Isolation: everything goes through the companion (ILO: abuse of vulnerability).",
            "与外界隔离：一切都经由同行人（国际劳工组织：利用弱势处境）。",
        ),
        (
            "A specialist arranges support and a safe contact.",
            "由专门人员安排援助和安全的联系方式。",
        ),
        ("ILO", "UNODC"),
    ),
    _i(
        "relationship_unclear",
        Basis.BEHAVIOUR,
        (_TS,),
        ("The companion's relationship story does not hold", "与同行人关系的说法站不住脚"),
        (
            "A 'partner' met weeks ago online who pays everything: a common recruitment pattern.",
            "数周前网上结识、包揽一切费用的\u201c伴侣\u201d：常见的招募方式。",
        ),
        ("Interview both separately and compare.", "分别询问双方并比对。"),
        ("UNODC", "IOM"),
    ),
    _i(
        "minor_without_guardian",
        Basis.CIRCUMSTANCE,
        _T,
        (
            "A child with an adult who is not a parent, without consent",
            "儿童随非父母的成年人出行，无同意书",
        ),
        (
            "Children travelling with an unrelated adult need checks of the relationship and "
            "the parents' consent (Frontex VEGA).",
            "儿童随无亲属关系的成年人出行时，须核查关系和父母同意书（欧盟边境管理局 VEGA 手册）。",
        ),
        (
            "Speak to the child apart from the adult; contact child protection services.",
            "在成年人不在场时与儿童交谈；联系儿童保护机构。",
        ),
        ("VEGA", "IOM"),
    ),
    _i(
        "document_forged",
        Basis.DOCUMENT,
        (_D,),
        ("The document shows signs of forgery", "证件有伪造迹象"),
        (
            "The security features or the data page do not hold under examination.",
            "防伪特征或资料页经不起查验。",
        ),
        ("Second line examines the document under every light.", "二线在各种光源下查验证件。"),
        ("FRONTEX",),
    ),
    _i(
        "name_mismatch",
        Basis.DOCUMENT,
        (_D,),
        ("The ticket or booking is in another name", "机票或预订上的姓名与证件不符"),
        (
            "The papers were made for someone else: the document may not be the traveller's.",
            "文件是为他人准备的：证件可能不属于该旅客。",
        ),
        (
            "Compare the holder with the document (impostor check).",
            "比对持证人与证件（冒用者核查）。",
        ),
        ("FRONTEX",),
    ),
    _i(
        "visa_not_covering",
        Basis.DOCUMENT,
        (_D, _S),
        ("The visa does not cover the stay", "签证不能覆盖停留期"),
        (
            "It ends before the return flight, or was issued for another purpose.",
            "签证在回程航班前到期，或签发用途不同。",
        ),
        (
            "An entry condition is not met: refusal, unless it is resolved.",
            "不满足入境条件：除非问题得到解决，否则拒绝入境。",
        ),
        ("FRONTEX",),
    ),
    _i(
        "stamps_contradict_story",
        Basis.DOCUMENT,
        (_S, _D),
        (
            "The stamps contradict the travel the traveller claims",
            "护照上的出入境章与旅客所述的出行经历不符",
        ),
        (
            "A claimed earlier visit, returned on time, is the usual proof of good faith; "
            "no stamp shows it, so the claim is false or the trip was made on another document.",
            "声称以前来过并按时返回，通常用来证明诚信；护照上没有相应的出入境章，"
            "说明陈述不实，或那次出行用的是另一本证件。",
        ),
        (
            "Second line asks where the trip was stamped and checks the entry/exit records.",
            "二线询问那次出行在哪里盖章，并核查出入境记录。",
        ),
        ("FRONTEX",),
    ),
    _i(
        "face_differs_earlier",
        Basis.DOCUMENT,
        (_D,),
        (
            "The face differs from the portrait in the traveller's earlier passport or its chip",
            "面孔与旅客早先护照或其芯片中的照片不符",
        ),
        (
            "A genuine document can be issued to the wrong person: a look-alike applies in "
            "another's identity with their own photo (a fraudulently obtained genuine "
            "document). Every security feature holds; the face against the person's earlier "
            "portrait tells.",
            "真实证件也可能签发给错误的人：相貌相似者冒用他人身份、用自己的照片申领"
            "（骗领的真实证件）。所有防伪特征都经得起查验；只有与此人早先照片比对面孔才能识破。",
        ),
        (
            "Second line compares the faces feature by feature, reads both chips and asks the "
            "issuing authority for the application file.",
            "二线逐项比对面部特征，读取两本证件的芯片，并向签发机关调取申请档案。",
        ),
        ("EU_FRAUD", "ICAO_EOI", "FRONTEX"),
    ),
    _i(
        "identity_details_unsure",
        Basis.BEHAVIOUR,
        (_D,),
        (
            "Unsure of the details of the identity they present",
            "对所持证件上的身份资料不熟悉",
        ),
        (
            "Someone living under another's identity hesitates over, or gets wrong, what the "
            "holder knows without thinking: their age, their date of birth.",
            "冒用他人身份的人对持证人不假思索就能答出的信息（年龄、出生日期）会犹豫或答错。",
        ),
        (
            "Ask about the details the document and the earlier one record, and compare.",
            "询问本证件和早先证件所载的身份细节，并加以比对。",
        ),
        ("ICAO_EOI", "FRONTEX"),
    ),
    _i(
        "earlier_document_unexplained",
        Basis.BEHAVIOUR,
        (_D,),
        (
            "Denies or cannot account for the earlier passport on record",
            "否认或说不清记录在案的早先护照",
        ),
        (
            "The earlier passport in the same name shows another face: whoever obtained the new "
            "one in that name does not know of it, or says it never existed.",
            "同一姓名的早先护照上是另一张脸：以该姓名骗领新证的人不知道它的存在，或声称从未有过。",
        ),
        (
            "Second line checks the earlier passport's record (issue, loss report, crossings) "
            "with the issuing authority.",
            "二线向签发机关核查早先护照的记录（签发、挂失、出入境）。",
        ),
        ("EU_FRAUD", "ICAO_EOI"),
    ),
)

BY_ID: dict[str, Indicator] = {i.id: i for i in INDICATORS}


@dataclass(frozen=True)
class Question:
    id: str
    text: I18nText


def _q(id_: str, en: str, zh: str) -> Question:
    return Question(id_, {"en": en, "zh-Hans": zh})


QUESTIONS: tuple[Question, ...] = (
    _q("purpose", "What is the purpose of your visit?", "您此行的目的是什么？"),
    _q("stay", "Where will you stay, and for how long?", "您住在哪里？停留多久？"),
    _q("paid", "Who paid for your ticket?", "谁为您支付的机票？"),
    _q("return", "When do you go back?", "您什么时候回去？"),
    _q("money", "How much money do you have with you?", "您随身带了多少钱？"),
    _q(
        "work", "What do you do for a living? Will you work here?", "您做什么工作？在这里会工作吗？"
    ),
    _q("documents", "Who keeps your passport and tickets?", "您的护照和机票由谁保管？"),
    _q("companion", "Who are you travelling with?", "您和谁一起出行？"),
    _q("contact", "Who will meet you here, and where?", "谁会在这里接您？在哪里？"),
    _q("debt", "Do you owe anyone for this journey?", "您是否为这次旅程欠了别人钱？"),
)

QUESTION_IDS = tuple(q.id for q in QUESTIONS)
SECONDS_PER_QUESTION = 15.0
