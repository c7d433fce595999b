"""Scenario templates of trafficking in human beings, for labour or sexual exploitation: a
companion's control, a deceptive job or partner, a child with an unrelated adult. Each draws a
varying subset of its indicators; the traveller is treated as a possible victim."""

from __future__ import annotations

from docexam.core.cases.builder import Builder, t
from docexam.core.cases.indicators import Action
from docexam.core.cases.model import CaseFile
from docexam.core.cases.titles import CHILD, LABOUR, SEXUAL, titled
from docexam.core.domain.model import I18nText

VICTIM_SPECIALIST = t(
    "A specialist interviews the person alone, with an independent interpreter, explains their "
    "rights and the support on offer (shelter, reflection period), and treats them as a possible "
    "victim, not as an offender.",
    "由专门人员在当事人独处时、借助独立翻译进行询问，告知其权利及可获得的援助（庇护所、考虑期），"
    "将其视为潜在被害人而非违法者。",
)


def _possible_victim(b: Builder, title: I18nText, purpose: I18nText, summary: I18nText) -> CaseFile:
    """A trafficking case: the traveller is a possible victim and goes to a specialist. The
    companion decides where they go: the traveller answers so where the template did not."""
    b.replies.setdefault("contact", t("He knows; I go with him.", "他知道；我跟着他走。"))
    b.replies.setdefault(
        "stay", t("Where he takes me; he has the address.", "他带我去哪就住哪；地址在他那儿。")
    )
    action, acceptable = Action.REFER_VICTIM, (Action.SEPARATE_INTERVIEW,)
    return b.finish(title, purpose, action, acceptable, summary, VICTIM_SPECIALIST)


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
            b.money = t("None: no cash, no card, no phone", "没有：无现金、无银行卡、无手机")
            b.reply("money", "None. They will give me what I need.", "没有。需要的他们会给我。")
            b.flag(
                "no_own_means_or_contacts",
                "No money and no phone of their own.",
                "没有自己的钱和手机。",
            )
            # Penniless is also short of the entry condition on means: marking it is right.
            b.flag(
                "insufficient_means",
                "No money at all for the stay; someone else provides.",
                "停留期间身无分文；由他人提供。",
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
    drawn = b.pick(b.visa_free(options), 2)
    if "recruitment_debt" in drawn and "third_party_paid" not in drawn:
        # The agency advanced the fare by bank transfer: a debt, not a stranger's cash.
        b.paid_by = t("the recruitment agency, by transfer", "招聘中介转账支付")
        b.reply("paid", "The agency; it is taken from my wages.", "中介付的；从我工资里扣。")
    elif "no_own_means_or_contacts" in b.indicators:
        b.paid_by = t("the traveller, in cash at a travel agency", "旅客本人在旅行社以现金支付")
        b.reply("paid", "I paid cash at the travel office.", "我在旅行社付的现金。")
    for ind in drawn:
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
        titled(LABOUR, ("recruited with a job offer abroad", "以出国务工为名招募"), b.indicators),
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
        "My niece; she will help my cousin's family here with the housework.",
        "我侄女；她来帮我表姐家做家务。",
    )
    for ind in b.pick(("documents_held_by_other", "job_offer_unclear", "coached_answers"), 1):
        if ind == "documents_held_by_other":
            b.observe(
                "The traveller holds the child's passport and does not let the child speak.",
                "旅客拿着儿童的护照，不让孩子说话。",
            )
            b.reply("documents", "I keep them, hers too.", "我保管，她的也在我这儿。")
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
    b.reply(
        "stay",
        f"At my cousin's house, {b.stay_days} days.",
        f"住我表姐家，{b.stay_days} 天。",
    )
    b.reply("contact", "My cousin, at the exit.", "我表姐，在出口等。")
    return _possible_victim(
        b,
        titled(
            CHILD,
            (
                "child brought by an unrelated adult to do housework",
                "无亲属关系的成年人带来做家务的儿童",
            ),
            b.indicators,
        ),
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
    b.reply("paid", "He did; he is generous.", "他付的；他很大方。")
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
            b.reply(
                "debt",
                "Only to him, for the ticket; he says it is nothing.",
                "只欠他机票钱；他说不算什么。",
            )
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
        titled(
            SEXUAL,
            ("partner met online who paid for everything", "网上认识、包揽一切费用的伴侣"),
            b.indicators,
        ),
        t("Visiting a partner", "探望伴侣"),
        t(
            "The 'lover boy' pattern of recruitment for sexual exploitation: separate the two and "
            "refer the traveller to a specialist.",
            "“爱人男友”式的性剥削招募：将二人分开，并将旅客转交专门人员。",
        ),
    )
