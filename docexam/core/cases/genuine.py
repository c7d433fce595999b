"""Scenario templates of genuine travellers: most of them plain, some that look suspicious on the
surface (a one-way ticket, a group, a nervous first flight, a child with one parent) where the
papers explain the oddity. Each records what it explains, so feedback can say why a mark on it
was a false indicator."""

from __future__ import annotations

from datetime import timedelta

from docexam.core.cases.builder import Builder, t
from docexam.core.cases.indicators import Action
from docexam.core.cases.model import CaseFile, HeldDocument
from docexam.core.cases.titles import GENUINE, SURFACE, titled
from docexam.core.domain.model import I18nText

ADMIT = t(
    "Genuine traveller: the story, the papers and the document agree.",
    "真实旅客：陈述、文件与证件一致。",
)
NO_SPECIALIST = t("Nothing for a specialist: admit.", "无需专门人员处理：准予入境。")


def plain_stay(b: Builder) -> None:
    """Means, luggage and a paid hotel (the builder answers "stay" from the booking)."""
    b.money_text(b.rng.choice((600, 900, 1200, 1800)), " and a bank card", "，另有银行卡")
    b.luggage = t("One suitcase with clothes for the stay.", "一个行李箱，装有停留期间的衣物。")
    b.paper(
        "hotel_booking",
        b.rng.choice(("Hotel Anyder Quay", "Mentiron Garden Inn", "Akraton Plaza")),
        f"{b.stay_days} nights, paid in advance.",
        f"{b.stay_days} 晚，已预付。",
        (b.day, b.return_date),
    )


def _admit(b: Builder, title: I18nText, purpose: I18nText) -> CaseFile:
    """Every genuine traveller's file ends the same way: admit, nothing for a specialist."""
    return b.finish(title, purpose, Action.ADMIT, (), ADMIT, NO_SPECIALIST)


def tourist(b: Builder) -> CaseFile:
    plain_stay(b)
    b.reply("purpose", "Holiday: the old town and the coast.", "度假：看看老城和海边。")
    b.reply("work", "I am a teacher at home; no work here.", "我在国内当老师，在这里不工作。")
    return _admit(b, titled(GENUINE, ("holiday visitor", "度假游客"), ()), t("Tourism", "旅游"))


def business(b: Builder) -> CaseFile:
    b.visa_category = "business"
    # Three days of meetings: the stay is short.
    b.stay_days = b.rng.choice((4, 5, 6))
    b.return_date = b.day + timedelta(days=b.stay_days)
    plain_stay(b)
    firm = b.rng.choice(("Anyder Instruments Ltd", "Amaurot Textile Fair", "Mentiron Logistics"))
    b.paper(
        "invitation",
        firm,
        "Invites the traveller to a three-day trade meeting; "
        "costs paid by the traveller's employer.",
        "邀请旅客参加为期三天的贸易洽谈；费用由旅客的雇主承担。",
        (b.day, b.return_date),
    )
    b.paid_by = t("the traveller's employer (invoice)", "旅客的雇主（凭发票）")
    b.reply("purpose", f"Meetings with {firm}.", f"与 {firm} 开会。")
    b.reply("paid", "My company; here is the invoice.", "我的公司付的；这是发票。")
    b.reply(
        "work",
        "I am a buyer for my company; the meetings are the work.",
        "我是公司采购，开会就是工作。",
    )
    b.explain(
        "third_party_paid",
        "The employer paid, with an invoice: an ordinary business trip.",
        "由雇主凭发票支付：正常的商务出行。",
    )
    return _admit(
        b,
        titled(GENUINE, ("business visitor, employer paid", "商务访客，雇主付费"), ()),
        t("Business", "商务"),
    )


def returning_resident(b: Builder) -> CaseFile:
    b.visa_category = None
    b.return_date = None
    b.money_text(b.rng.choice((80, 150, 250)), " and a local bank card", "，另有当地银行卡")
    b.luggage = t("A backpack; returning from a family visit.", "一个背包；探亲归来。")
    b.extra_documents.append(
        HeldDocument(
            "residence_permit",
            f"RP{b.rng.randint(1000000, 9999999)}",
            b.host,
            b.day + timedelta(days=700),
            b.person.surname,
            b.person.given_names,
        )
    )
    b.reply("purpose", "I live here; I was visiting my parents.", "我住在这里；回去看望父母了。")
    b.reply("stay", "At home, my flat in the city.", "回家，住自己在市里的公寓。")
    b.reply("return", "I live here; this is me coming back.", "我就住在这里，这次就是回家。")
    b.reply("work", "I work at the hospital as a nurse.", "我在医院当护士。")
    b.explain(
        "insufficient_means",
        "Little cash, but a resident with a job and a local account needs no more.",
        "现金不多，但在当地有工作和银行账户的居民无需更多。",
    )
    b.explain(
        "vague_purpose",
        "A one-way ticket is normal for a resident coming home; the permit shows it.",
        "居民回家持单程票很正常；居留许可可以证明。",
    )
    return _admit(
        b,
        titled(SURFACE, ("resident coming home on a one-way ticket", "持单程票回家的居民"), ()),
        t("Returning home", "回家"),
    )


def student(b: Builder) -> CaseFile:
    b.visa_category = "study"
    b.visa_until_offset = 330
    b.return_date = None
    b.money_text(b.rng.choice((200, 300)), " and a scholarship card", "，另有奖学金卡")
    b.luggage = t("Two large suitcases, books and bedding.", "两个大行李箱，书和被褥。")
    b.paper(
        "enrolment",
        "University of Amaurot",
        "Enrolment for the academic year; scholarship paid monthly.",
        "本学年注册证明；奖学金按月发放。",
        (b.day - timedelta(days=10), b.day + timedelta(days=300)),
    )
    b.reply("purpose", "I study engineering at the university.", "我在大学读工程。")
    b.reply("stay", "In the student residence on campus.", "住校园学生宿舍。")
    b.reply("work", "I am a student; no job.", "我是学生；没有工作。")
    b.reply("money", "Some cash; the scholarship comes monthly.", "带了一点现金；奖学金每月发放。")
    b.explain(
        "insufficient_means",
        "The scholarship letter shows the means for the stay.",
        "奖学金证明表明停留期间有经济来源。",
    )
    return _admit(
        b,
        titled(
            SURFACE,
            ("student on a one-way ticket with little cash", "持单程票、现金不多的留学生"),
            (),
        ),
        t("Study", "留学"),
    )


def nervous_first_flight(b: Builder) -> CaseFile:
    plain_stay(b)
    if b.history:  # the visa pages show earlier journeys: afraid of flying, not new to it
        b.observe(
            "Sweating, hands shaking, speaks fast; says flying terrifies them every time.",
            "出汗、手抖、语速很快；说每次坐飞机都很害怕。",
        )
    else:
        b.observe(
            "Sweating, hands shaking, speaks fast; says it is the first flight of their life.",
            "出汗、手抖、语速很快；说这是此生第一次坐飞机。",
        )
    b.reply("purpose", "My cousin's wedding on Saturday.", "参加表妹周六的婚礼。")
    b.reply(
        "contact",
        "My cousin meets me; here is her number and address.",
        "表妹来接我；这是她的电话和地址。",
    )
    b.paper(
        "invitation",
        "the cousin",
        "Wedding invitation with the cousin's address; matches the hotel's town.",
        "婚礼请柬，附表妹地址；与酒店所在城市一致。",
    )
    b.explain(
        "fearful_scripted",
        "Nervous about flying, not afraid of anyone; answers freely and in detail.",
        "紧张是因为坐飞机，而不是害怕某人；回答自然且详细。",
    )
    return _admit(
        b,
        titled(
            SURFACE,
            ("nervous flyer going to a family wedding", "去参加婚礼、害怕坐飞机的紧张旅客"),
            (),
        ),
        t("Family wedding", "参加婚礼"),
    )


def seasonal_worker(b: Builder) -> CaseFile:
    b.visa_category = "work"
    b.stay_days = 120
    b.return_date = b.day + timedelta(days=120)
    b.visa_until_offset = 150
    farm = b.rng.choice(("Anyder Orchards Cooperative", "Akraton Greenhouses"))
    b.money_text(300, "; wages paid monthly", "；工资按月发放")
    b.luggage = t("Work boots and clothes for the season.", "工作靴和一季的衣物。")
    b.paid_by = t(f"{farm} (the employer), under the contract", f"{farm}（雇主），依合同支付")
    b.paper(
        "employment_contract",
        farm,
        "Fruit picking, 40 hours a week at the legal wage, housing on the farm; signed by both; "
        "the worker keeps a copy.",
        "采摘水果，每周 40 小时，法定工资，农场提供住宿；双方签字；工人持有副本。",
        (b.day, b.return_date),
    )
    b.companion(
        ("workers of the same farm", "同一农场的工人"),
        (
            "Eleven workers, each holding their own passport and contract.",
            "十一名工人，各自持有本人护照和合同。",
        ),
        b.rng.randint(22, 50),
    )
    before = b.earlier_visits(b.host)
    if before:  # the stamps show the earlier visit the worker mentions
        year = before[-1].split(" ")[1][:4]
        b.reply(
            "work",
            f"Picking fruit for {farm}; I have been here before, in {year}.",
            f"为 {farm} 摘水果；{year} 年我也来过这里。",
        )
    else:
        b.reply(
            "work",
            f"Picking fruit for {farm}; my first season, the labour office placed me.",
            f"为 {farm} 摘水果；第一次来，是劳动部门介绍的。",
        )
    b.reply("paid", "The farm, as the contract says.", "农场付的，合同里写着。")
    b.reply("stay", "In the farm's housing, for the season.", "住农场宿舍，整个季节。")
    b.reply("contact", "The farm's bus collects all of us.", "农场的班车来接我们所有人。")
    b.reply("companion", "Others from my town who work at the same farm.", "同乡，在同一农场干活。")
    b.explain(
        "group_same_pattern",
        "A group, but recruited lawfully: each holds a contract and a work visa.",
        "虽是团体，但属合法招聘：每人持有合同和工作签证。",
    )
    b.explain("third_party_paid", "The employer paid as the contract provides.", "雇主依合同支付。")
    return _admit(
        b,
        titled(
            SURFACE, ("seasonal worker in a lawfully recruited group", "合法招聘团体中的季节工"), ()
        ),
        t("Seasonal work", "季节性工作"),
    )


def parent_with_child(b: Builder) -> CaseFile:
    plain_stay(b)
    age = b.rng.randint(6, 13)
    b.companion(
        ("the traveller's child", "旅客的孩子"),
        (
            f"A child of {age}, same surname on their own passport; chats to the parent.",
            f"{age} 岁儿童，本人护照上姓氏相同；与家长有说有笑。",
        ),
        age,
    )
    b.paper(
        "consent_letter",
        "the other parent",
        "The other parent's signed consent to the trip, "
        "with a copy of their ID and a phone number.",
        "另一方家长签字的出行同意书，附其身份证复印件和电话。",
    )
    b.reply(
        "companion",
        "My child; their other parent stayed home.",
        "我的孩子；另一位家长留在家里。",
    )
    b.reply("purpose", "School holiday at the seaside.", "学校放假，来海边玩。")
    b.explain(
        "minor_without_guardian",
        "The child travels with a parent, with the other parent's consent: what VEGA asks to see.",
        "孩子随父母一方出行，且有另一方同意书：正是 VEGA 手册要求查看的。",
    )
    return _admit(
        b,
        titled(
            SURFACE,
            (
                "parent with a child and the other parent's consent",
                "带孩子出行、持另一方家长同意书的家长",
            ),
            (),
        ),
        t("Holiday", "度假"),
    )
