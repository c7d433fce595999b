"""Scenario templates with a risk: migrant smuggling and document fraud (trafficking is in
``trafficking``). Each draws a varying subset of its indicators (two at least), so the same
lesson does not always look the same; what it does not draw stays plain."""

from __future__ import annotations

from dataclasses import replace

from docexam.core.cases.builder import Builder, t, ticket_name
from docexam.core.cases.genuine import plain_stay
from docexam.core.cases.indicators import Action
from docexam.core.cases.model import CaseFile
from docexam.core.cases.titles import DOCUMENT, SMUGGLING, titled
from docexam.core.domain.model import I18nText

SMUGGLING_SPECIALIST = t(
    "Second line interviews the traveller apart from the others, checks the entry conditions and "
    "the facilitator's trail; a migrant who consented to be smuggled is not a victim of "
    "trafficking, but may still be vulnerable.",
    "二线将旅客与他人分开询问，核查入境条件并追查协助者线索；同意被偷运的移民不是人口贩运被害人，"
    "但仍可能处于弱势。",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DOCUMENT_SPECIALIST = t(
    "Second line examines the document under every light and compares the holder with it.",
    "二线在各种光源下查验证件，并比对持证人与证件。",
)


def _smuggling(b: Builder, title: I18nText, summary: I18nText) -> CaseFile:
    """A smuggling case: a cover story of tourism, heard apart before any refusal."""
    purpose = t("Tourism", "旅游")
    action, acceptable = Action.SEPARATE_INTERVIEW, (Action.REFUSE,)
    return b.finish(title, purpose, action, acceptable, summary, SMUGGLING_SPECIALIST)


def _cheap_cash(b: Builder) -> None:
    b.money_text(b.rng.choice((40, 60, 90)), ", no card", "，无银行卡")
    b.flag(
        "insufficient_means",
        f"Carries {b.money['en'].split(' UTD')[0]} UTD for a {b.stay_days}-day stay.",
        f"为期 {b.stay_days} 天的停留只带了{b.money['zh-Hans'].split('，')[0]}。",
    )


def _claimed_visit(b: Builder) -> None:
    """The good-faith claim of an earlier visit, returned on time, that no stamp shows."""
    came = b.claim_unstamped_visit()
    month = f"{MONTHS[came.month - 1]} {came.year}"
    back = b.return_date.isoformat() if b.return_date else ""
    b.reply(
        "return",
        f"On {back}. I came in {month} too, and I went home on time.",
        f"{back}。我 {came.year} 年 {came.month} 月也来过，按时回去了。",
    )
    b.flag(
        "stamps_contradict_story",
        f"Claims a visit in {month}; no entry or exit stamp on the visa pages shows it, "
        "and the passport was already issued then.",
        f"声称 {came.year} 年 {came.month} 月来过；签证页上没有相应的出入境章，"
        "而当时这本护照已经签发。",
    )


def facilitated_visitor(b: Builder) -> CaseFile:
    b.luggage = t(
        "A small bag; no clothes for the stated stay.", "一个小包；没有与停留期相符的衣物。"
    )
    options = ("third_party_paid", "insufficient_means", "vague_purpose", "purpose_mismatch")
    for ind in b.pick(b.visa_free((*options, "coached_answers")), 2):
        if ind == "third_party_paid":
            b.paid_by = t(
                "cash, at a travel agency, by 'a friend of a friend'",
                "由“朋友的朋友”在旅行社以现金支付",
            )
            b.reply(
                "paid",
                "A man my cousin knows. I will pay him back.",
                "我表哥认识的一个人。我以后还他。",
            )
            b.reply(
                "debt",
                "Only the ticket, to my cousin's friend.",
                "只欠表哥朋友的机票钱。",
            )
            b.flag(
                "third_party_paid",
                "Ticket paid in cash by a man the traveller cannot name.",
                "机票由一名旅客叫不出名字的男子以现金支付。",
            )
        elif ind == "insufficient_means":
            _cheap_cash(b)
        elif ind == "vague_purpose":
            b.reply(
                "stay",
                "With friends... I have an address somewhere on my phone.",
                "住朋友家……地址好像在手机里。",
            )
            b.flag(
                "vague_purpose",
                "No hotel booking and no address of the 'friends'.",
                "没有酒店预订，也说不出“朋友”的地址。",
            )
        elif ind == "purpose_mismatch":
            b.reply(
                "work", "A builder. A cousin says there is work here.", "建筑工。表哥说这边有活干。"
            )
            b.flag(
                "purpose_mismatch",
                "A tourist visa, but the traveller talks of work waiting.",
                "持旅游签证，却说这边有工作等着。",
            )
        else:
            b.observe(
                "Reads the answers to 'purpose' and 'stay' from a note in the hand.",
                "回答“目的”和“住处”时照着手里的纸条念。",
            )
            b.flag("coached_answers", "Reads the answers from a note.", "照纸条念答案。")
    # Half the visitors on a passport also claim a visit the stamps do not show.
    if b.stamped and b.rng.random() < 0.5:
        _claimed_visit(b)
    if "vague_purpose" not in b.indicators:  # the booking the answer shows is in the file
        b.reply(
            "stay",
            "At the Hotel Anyder Quay, here is the booking.",
            "住安尼德码头酒店，这是预订单。",
        )
        b.paper(
            "hotel_booking",
            "Hotel Anyder Quay",
            f"{b.stay_days} nights, to be paid at the hotel.",
            f"{b.stay_days} 晚，到店付款。",
            (b.day, b.return_date),
        )
    if "insufficient_means" not in b.indicators:
        b.money_text(700, " and a card", "，另有银行卡")
    b.reply("purpose", "Tourism.", "旅游。")
    return _smuggling(
        b,
        titled(
            SMUGGLING,
            ("facilitated visitor with a tourist cover story", "以旅游为幌子的受协助访客"),
            b.indicators,
        ),
        t(
            "Signs of facilitated irregular migration: the visit is a cover; a separate interview "
            "establishes the real purpose before any refusal.",
            "有协助非正常移民的迹象：访问只是幌子；在决定拒绝入境之前，先单独询问查明真实目的。",
        ),
    )


def smuggled_group(b: Builder) -> CaseFile:
    n = b.rng.randint(4, 7)
    b.luggage = t(
        "A new backpack, the same model as the others carry.", "一个新背包，和其他人的款式相同。"
    )
    b.companion(
        ("others on the same flight", "同一航班的其他人"),
        (
            f"{n} travellers with the same hotel voucher and the same amount of cash; "
            "one man collects their passports after the check.",
            f"{n} 名旅客持相同的酒店凭证和相同数额的现金；一名男子在查验后收走他们的护照。",
        ),
        b.rng.randint(20, 40),
    )
    b.paper(
        "hotel_booking",
        "Star Route Travel (agent)",
        f"A voucher for {b.stay_days} nights, booked by one agent for {n + 1} people the same day.",
        f"同一代理于同日为 {n + 1} 人预订的 {b.stay_days} 晚酒店凭证。",
        (b.day, b.return_date),
    )
    b.flag(
        "group_same_pattern",
        f"{n + 1} identical bookings by one agent.",
        f"同一代理办理的 {n + 1} 份相同预订。",
    )
    options = ("coached_answers", "insufficient_means", "visa_not_covering", "third_party_paid")
    for ind in b.pick(b.visa_free(options), 1):
        if ind == "coached_answers":
            b.reply("purpose", "Tourism, to see the famous museum.", "旅游，参观那座著名的博物馆。")
            b.observe(
                "Every member of the group gives the same sentence about the museum.",
                "团里每个人关于博物馆的说法一字不差。",
            )
            b.flag(
                "coached_answers",
                "The group's answers are word for word the same.",
                "团员的回答一字不差。",
            )
        elif ind == "insufficient_means":
            _cheap_cash(b)
        elif ind == "visa_not_covering":
            b.visa_until_offset = b.stay_days - 3
            b.flag(
                "visa_not_covering",
                "The visa ends three days before the return flight.",
                "签证在回程航班前三天到期。",
            )
        else:
            b.paid_by = t("the agent, in cash", "代理以现金支付")
            b.reply("paid", "The agent paid for all of us.", "代理给我们所有人付的。")
            b.flag(
                "third_party_paid",
                "The agent paid all the tickets in cash.",
                "代理以现金支付全部机票。",
            )
    b.replies.setdefault("purpose", t("Tourism.", "旅游。"))
    b.reply("companion", "People from my region; the agent arranged it.", "同乡；代理安排的。")
    b.reply("contact", "A driver from the agency, for all of us.", "代理派司机来接我们所有人。")
    if b.stamped and b.rng.random() < 0.5:  # the agent's script: "I came before"
        _claimed_visit(b)
    if "insufficient_means" not in b.indicators:
        b.money_text(500)
    return _smuggling(
        b,
        titled(SMUGGLING, ("group booked by one agent", "同一代理安排的团体"), b.indicators),
        t(
            "A group moved by one organiser: interview each member apart, identify the organiser.",
            "由同一组织者输送的团体：分别询问每名成员，查明组织者。",
        ),
    )


def forged_document(b: Builder) -> CaseFile:
    plain_stay(b)
    b.reply(
        "purpose",
        f"Tourism, {b.stay_days} days by the sea.",
        f"旅游，在海边待 {b.stay_days} 天。",
    )
    b.flag(
        "document_forged",
        "Examine the document: it does not hold under the lights.",
        "查验证件：在各种光源下经不起检验。",
    )
    title = titled(DOCUMENT, ("smooth cover story", "说辞流畅"), b.indicators)
    return b.finish(
        title,
        t("Tourism", "旅游"),
        Action.REFER_DOCUMENT,
        (),
        t(
            "The story is clean; the document is not. Refer it to second line.",
            "陈述无懈可击，证件却有问题。移交二线查验。",
        ),
        DOCUMENT_SPECIALIST,
    )


def ticket_other_name(b: Builder) -> CaseFile:
    plain_stay(b)
    other = b.other_name()
    surname, given = other.split(" ")[1], other.split(" ")[0]
    b.name_on_ticket = ticket_name(surname, given)
    b.papers[-1] = replace(b.papers[-1], name_on=other)
    b.flag(
        "name_mismatch",
        f"Ticket and booking are in the name {other}.",
        f"机票和预订上的姓名是 {other}。",
    )
    b.reply("paid", "A friend booked it for me.", "朋友帮我订的。")
    b.observe(
        "Hesitates when asked to confirm their date of birth.", "被要求确认出生日期时犹豫了。"
    )
    title = titled(
        DOCUMENT,
        ("possible impostor", "疑似冒用者"),
        b.indicators,
    )
    return b.finish(
        title,
        t("Tourism", "旅游"),
        Action.REFER_DOCUMENT,
        (Action.SEPARATE_INTERVIEW,),
        t(
            "Papers in another name: the traveller may be an impostor using someone's genuine "
            "passport. Second line compares holder and document.",
            "文件上是他人姓名：旅客可能是冒用他人真实护照的冒用者。由二线比对持证人与证件。",
        ),
        DOCUMENT_SPECIALIST,
    )
