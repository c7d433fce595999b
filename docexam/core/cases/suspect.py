"""Scenario templates with a risk: migrant smuggling, trafficking for labour or sexual
exploitation, and document fraud. Each draws a varying subset of its indicators (two at least),
so the same lesson does not always look the same; what it does not draw stays plain."""

from __future__ import annotations

from dataclasses import replace

from docexam.core.cases.builder import Builder, t
from docexam.core.cases.genuine import plain_stay
from docexam.core.cases.indicators import Action
from docexam.core.cases.model import CaseFile
from docexam.core.domain.model import I18nText

VICTIM_SPECIALIST = t(
    "A specialist interviews the person alone, with an independent interpreter, explains their "
    "rights and the support on offer (shelter, reflection period), and treats them as a possible "
    "victim, not as an offender.",
    "由专门人员在当事人独处时、借助独立翻译进行询问，告知其权利及可获得的援助（庇护所、考虑期），"
    "将其视为潜在被害人而非违法者。",
)
SMUGGLING_SPECIALIST = t(
    "Second line interviews the traveller apart from the others, checks the entry conditions and "
    "the facilitator's trail; a migrant who consented to be smuggled is not a victim of "
    "trafficking, but may still be vulnerable.",
    "二线将旅客与他人分开询问，核查入境条件并追查协助者线索；同意被偷运的移民不是人口贩运被害人，"
    "但仍可能处于弱势。",
)
DOCUMENT_SPECIALIST = t(
    "Second line examines the document under every light and compares the holder with it.",
    "二线在各种光源下查验证件，并比对持证人与证件。",
)


def _smuggling(b: Builder, title: I18nText, summary: I18nText) -> CaseFile:
    """A smuggling case: a cover story of tourism, heard apart before any refusal."""
    purpose = t("Tourism", "旅游")
    action, acceptable = Action.SEPARATE_INTERVIEW, (Action.REFUSE,)
    return b.finish(title, purpose, action, acceptable, summary, SMUGGLING_SPECIALIST)


def _possible_victim(b: Builder, title: I18nText, purpose: I18nText, summary: I18nText) -> CaseFile:
    """A trafficking case: the traveller is a possible victim and goes to a specialist."""
    action, acceptable = Action.REFER_VICTIM, (Action.SEPARATE_INTERVIEW,)
    return b.finish(title, purpose, action, acceptable, summary, VICTIM_SPECIALIST)


def _cheap_cash(b: Builder) -> None:
    b.money_text(b.rng.choice((40, 60, 90)), ", no card", "，无银行卡")
    b.flag(
        "insufficient_means",
        f"Carries {b.money['en'].split(' UTD')[0]} UTD for a {b.stay_days}-day stay.",
        f"为期 {b.stay_days} 天的停留只带了{b.money['zh-Hans'].split('，')[0]}。",
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
    b.replies.setdefault(
        "stay",
        t("At the Hotel Anyder Quay, here is the booking.", "住安尼德码头酒店，这是预订单。"),
    )
    if "insufficient_means" not in b.indicators:
        b.money_text(700, " and a card", "，另有银行卡")
    b.reply("purpose", "Tourism.", "旅游。")
    return _smuggling(
        b,
        t("A visitor whose trip does not add up", "行程对不上的访客"),
        t(
            "Signs of facilitated irregular migration: the visit is a cover; a separate interview "
            "establishes the real purpose before any refusal.",
            "有协助非正常移民的迹象：访问只是幌子；在决定拒绝入境之前，先单独询问查明真实目的。",
        ),
    )


def smuggled_group(b: Builder) -> CaseFile:
    n = b.rng.randint(4, 7)
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
            b.flag(
                "third_party_paid",
                "The agent paid all the tickets in cash.",
                "代理以现金支付全部机票。",
            )
    b.replies.setdefault("purpose", t("Tourism.", "旅游。"))
    b.reply("companion", "People from my region; the agent arranged it.", "同乡；代理安排的。")
    if "insufficient_means" not in b.indicators:
        b.money_text(500)
    return _smuggling(
        b,
        t("One of a group booked by one agent", "同一代理安排的团体成员之一"),
        t(
            "A group moved by one organiser: interview each member apart, identify the organiser.",
            "由同一组织者输送的团体：分别询问每名成员，查明组织者。",
        ),
    )


def _control(b: Builder, who: tuple[str, str]) -> None:
    """The companion's control over the traveller, a varying part of it."""
    for ind in b.pick(
        (
            "documents_held_by_other",
            "companion_answers",
            "fearful_scripted",
            "no_own_means_or_contacts",
        ),
        2,
    ):
        if ind == "documents_held_by_other":
            b.observe(
                f"{who[0]} hands over the traveller's passport and ticket.",
                f"{who[1]}替旅客递交护照和机票。",
            )
            b.reply(
                "documents", f"{who[0]} keeps them, it is safer.", f"{who[1]}保管，这样更安全。"
            )
            b.flag(
                "documents_held_by_other",
                f"{who[0]} holds the passport and ticket.",
                f"护照和机票由{who[1]}保管。",
            )
        elif ind == "companion_answers":
            b.observe(
                f"{who[0]} answers the first questions before the traveller can.",
                f"{who[1]}抢在旅客之前回答了最初几个问题。",
            )
            b.flag(
                "companion_answers", f"{who[0]} answers for the traveller.", f"{who[1]}代为回答。"
            )
        elif ind == "fearful_scripted":
            b.observe(
                "Glances at the companion before every answer; voice low.",
                "每次回答前都先看同行人；声音很低。",
            )
            b.flag(
                "fearful_scripted", "Looks to the companion before answering.", "回答前先看同行人。"
            )
        else:
            b.money_text(0, " (none)", "（身无分文）")
            b.reply("money", "None. They will give me what I need.", "没有。需要的他们会给我。")
            b.flag(
                "no_own_means_or_contacts",
                "No money and no phone of their own.",
                "没有自己的钱和手机。",
            )


def false_job_offer(b: Builder) -> CaseFile:
    job = b.rng.choice(
        (
            ("restaurant kitchen", "餐馆后厨"),
            ("cleaning company", "保洁公司"),
            ("building site", "建筑工地"),
        )
    )
    b.companion(
        ("a man travelling with them", "同行的一名男子"),
        (
            "A man in his forties who says he found the job for the traveller.",
            "一名四十多岁的男子，称工作是他帮旅客找的。",
        ),
        b.rng.randint(38, 49),
    )
    b.luggage = t("A sports bag with some clothes.", "一个运动包，装了几件衣服。")
    _control(b, ("The recruiter", "招募人"))
    options = ("job_offer_unclear", "recruitment_debt", "third_party_paid", "purpose_mismatch")
    for ind in b.pick(b.visa_free(options), 2):
        if ind == "job_offer_unclear":
            b.reply(
                "work",
                f"A job in a {job[0]}; good pay. I don't know the address yet.",
                f"在{job[1]}干活；工资很高。地址我还不知道。",
            )
            b.flag(
                "job_offer_unclear",
                "Does not know the employer's name or address; pay 'three times home'.",
                "不知道雇主名称和地址；工资是“国内的三倍”。",
            )
        elif ind == "recruitment_debt":
            b.reply(
                "debt",
                "The agency paid the visa and ticket; I pay it back from my wages.",
                "中介付了签证和机票；我用工资还。",
            )
            b.flag(
                "recruitment_debt",
                "Owes the agency for visa and ticket, to be taken from wages.",
                "欠中介签证和机票费，从工资中扣。",
            )
        elif ind == "third_party_paid":
            b.paid_by = t("the recruiter, in cash", "招募人以现金支付")
            b.reply("paid", "The recruiter.", "招募人付的。")
            b.flag(
                "third_party_paid",
                "The recruiter paid the ticket in cash.",
                "招募人以现金支付机票。",
            )
        else:
            b.flag(
                "purpose_mismatch",
                "Holds a tourist visa for a journey to work.",
                "持旅游签证来工作。",
            )
    b.replies.setdefault("work", t(f"A job in a {job[0]}.", f"在{job[1]}工作。"))
    b.reply("companion", "The man who found me the job.", "帮我找工作的那个人。")
    if not b.money["en"]:
        b.money_text(120)
    return _possible_victim(
        b,
        t("A job offer abroad", "出国务工机会"),
        t("Tourism", "旅游"),
        t(
            "Indicators of trafficking for labour exploitation (deception about work, debt, "
            "control): the person is a possible victim and goes to a specialist.",
            "存在以劳动剥削为目的的人口贩运指标（工作方面的欺骗、债务、控制）：当事人是潜在被害人，应转交专门人员。",
        ),
    )


def child_with_unrelated_adult(b: Builder) -> CaseFile:
    age = b.rng.randint(12, 16)
    b.companion(
        ("the child travelling with the traveller", "随旅客出行的儿童"),
        (
            f"A child of about {age}, another surname on their passport; silent, tired.",
            f"约 {age} 岁的儿童，护照上姓氏不同；沉默、疲惫。",
        ),
        age,
    )
    b.flag(
        "minor_without_guardian",
        "A child with another surname, no consent letter from the parents.",
        "儿童姓氏不同，无父母同意书。",
    )
    b.reply(
        "companion",
        "My niece; she will help my family with the housework.",
        "我侄女；她来帮我家做家务。",
    )
    for ind in b.pick(("documents_held_by_other", "job_offer_unclear", "coached_answers"), 1):
        if ind == "documents_held_by_other":
            b.observe(
                "The traveller holds the child's passport and does not let the child speak.",
                "旅客拿着儿童的护照，不让孩子说话。",
            )
            b.flag(
                "documents_held_by_other",
                "The adult holds the child's passport.",
                "成年人拿着儿童的护照。",
            )
        elif ind == "job_offer_unclear":
            b.reply(
                "work",
                "The girl will clean and cook for us; she will go to school later.",
                "孩子给我们打扫做饭；以后再上学。",
            )
            b.flag(
                "job_offer_unclear",
                "The child is brought to do housework, school 'later'.",
                "孩子被带来做家务，上学“以后再说”。",
            )
        else:
            b.observe(
                "Asked apart, the child repeats 'holiday' and nothing else.",
                "单独问时，孩子只会重复“度假”。",
            )
            b.flag(
                "coached_answers",
                "The child repeats one rehearsed word.",
                "孩子只重复一个背好的词。",
            )
    b.money_text(b.rng.choice((300, 500)))
    b.luggage = t(
        "One suitcase for both; the child has a backpack.", "两人共用一个行李箱；孩子背着一个背包。"
    )
    b.reply("stay", "At my home.", "住我家。")
    return _possible_victim(
        b,
        t("An adult travelling with a child", "带儿童出行的成年人"),
        t("Family visit", "探亲"),
        t(
            "A child with an unrelated adult and no consent (Frontex VEGA): speak to the child "
            "apart and call child protection.",
            "儿童随无亲属关系的成年人出行且无同意书（欧盟边境管理局 VEGA 手册）："
            "与儿童单独交谈并通知儿童保护机构。",
        ),
    )


def online_partner(b: Builder) -> CaseFile:
    b.companion(
        ("partner", "伴侣"),
        (
            "A man met online six weeks ago, who paid for everything.",
            "六周前在网上认识的男子，包揽了一切费用。",
        ),
        b.rng.randint(30, 55),
    )
    _control(b, ("The partner", "伴侣"))
    b.paid_by = t("the companion", "同行人")
    for ind in b.pick(("relationship_unclear", "job_offer_unclear", "third_party_paid"), 1):
        if ind == "relationship_unclear":
            b.reply(
                "companion",
                "My boyfriend... I don't know his family name.",
                "我男朋友……我不知道他姓什么。",
            )
            b.flag(
                "relationship_unclear",
                "Does not know the 'partner's' surname.",
                "不知道“伴侣”的姓。",
            )
        elif ind == "job_offer_unclear":
            b.reply(
                "work",
                "He says I can dance in a club of his friend, very good money.",
                "他说我可以在他朋友的俱乐部跳舞，收入很高。",
            )
            b.flag(
                "job_offer_unclear",
                "A vague club job 'of a friend', high pay.",
                "“朋友的”俱乐部里含糊的工作，高薪。",
            )
        else:
            b.reply("paid", "He paid, I will work it off.", "他付的，我会打工还。")
            b.flag(
                "third_party_paid",
                "The companion paid; the traveller must 'work it off'.",
                "同行人付款；旅客需“打工偿还”。",
            )
    b.replies.setdefault("companion", t("My boyfriend.", "我男朋友。"))
    if not b.money["en"]:
        b.money_text(b.rng.choice((100, 200)))
    b.luggage = t("A small suitcase; party clothes.", "一个小行李箱；几件聚会穿的衣服。")
    b.reply("stay", "At his flat; I don't know the street.", "住他的公寓；我不知道在哪条街。")
    return _possible_victim(
        b,
        t("A traveller with a new partner", "与新伴侣同行的旅客"),
        t("Visiting a partner", "探望伴侣"),
        t(
            "The 'lover boy' pattern of recruitment for sexual exploitation: separate the two and "
            "refer the traveller to a specialist.",
            "“爱人男友”式的性剥削招募：将二人分开，并将旅客转交专门人员。",
        ),
    )


def forged_document(b: Builder) -> CaseFile:
    plain_stay(b)
    b.reply("purpose", "Tourism, a week by the sea.", "旅游，在海边待一周。")
    b.flag(
        "document_forged",
        "Examine the document: it does not hold under the lights.",
        "查验证件：在各种光源下经不起检验。",
    )
    title = t("A smooth traveller", "对答如流的旅客")
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
    b.name_on_ticket = f"{surname}/{given}".upper()
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
    title = t("A ticket in another name", "姓名不符的机票")
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
