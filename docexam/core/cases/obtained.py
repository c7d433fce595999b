"""The fraudulently obtained genuine document (FOG): a case whose document holds under every
light, because the issuer really issued it, to a look-alike who applied in another's identity
with their own photo. The signs are in the person and the story: the earlier passport in the
same name (carried, or on record with its chip's portrait) shows another face, and the
traveller stumbles over the identity they present.

The earlier passport is the one ``faces.obtained`` gives the person: the forgery record, the
face items and this case name the same number and show the same face.
"""

from __future__ import annotations

from datetime import date, timedelta

from docexam.core.cases.builder import Builder, t
from docexam.core.cases.genuine import plain_stay
from docexam.core.cases.indicators import Action
from docexam.core.cases.model import EARLIER, CaseFile, HeldDocument
from docexam.core.cases.titles import DOCUMENT, titled
from docexam.core.faces.obtained import EARLIER_YEARS, earlier_document

FOG_SPECIALIST = t(
    "Second line compares the traveller's face with the earlier passport's portrait feature by "
    "feature, reads both chips and asks the issuing authority for the application file and the "
    "photo handed in with it.",
    "二线将旅客面孔与早先护照照片逐项比对，读取两本证件的芯片，并向签发机关调取申请档案及随附照片。",
)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _earlier(b: Builder) -> tuple[HeldDocument, str]:
    """The person's earlier passport as the case shows it, and its number."""
    earlier = earlier_document(b.holding.viz)
    issued = earlier.issued or b.day - timedelta(days=365 * (EARLIER_YEARS + 1))
    expiry = issued.replace(year=issued.year + EARLIER_YEARS) - timedelta(days=1)
    expiry = min(expiry, b.day - timedelta(days=1))
    state = b.holding.viz.get("issuing_state", b.person.nationality)
    doc = HeldDocument(
        EARLIER,
        earlier.number,
        state,
        expiry,
        b.person.surname,
        b.person.given_names,
    )
    return doc, issued.isoformat()


def fraudulently_obtained(b: Builder) -> CaseFile:
    plain_stay(b)
    b.reply("purpose", "A holiday, a week or two.", "度假，一两个星期。")
    b.reply("work", "I work in a shop at home; no work here.", "我在国内的商店上班；在这里不工作。")
    earlier, issued = _earlier(b)
    b.extra_documents.append(earlier)
    carried = b.rng.random() < 0.5
    if carried:
        b.observe(
            f"Also hands over an earlier passport in the same name, no. {earlier.number} "
            f"(issued {issued}), cancelled, 'for the old visas in it'; its portrait is shown "
            "with the case.",
            f"另递交一本同名的早先护照（号码 {earlier.number}，{issued} 签发），已注销，"
            "称“里面有以前的签证”；其照片附在案卷中。",
        )
        where_en, where_zh = (
            "the cancelled earlier passport the traveller carries",
            "旅客携带的已注销早先护照",
        )
    else:
        b.observe(
            f"The border system holds an earlier passport in the same name, no. "
            f"{earlier.number} (issued {issued}); its chip's portrait, read at an earlier "
            "crossing, is shown with the case.",
            f"边检系统中有一本同名的早先护照（号码 {earlier.number}，{issued} 签发）；"
            "以前过境时读取的芯片照片附在案卷中。",
        )
        where_en, where_zh = "the chip's portrait on record", "记录在案的芯片照片"
    b.flag(
        "face_differs_earlier",
        f"The portrait of earlier passport no. {earlier.number} ({where_en}) shows another "
        "face than the document and the traveller: compare them feature by feature, not by "
        "hair or age.",
        f"早先护照（号码 {earlier.number}，{where_zh}）上的照片与本证件和旅客本人不是同一张脸："
        "请逐项比对面部特征，而不是发型或年龄。",
    )
    story = ("identity_details_unsure", "earlier_document_unexplained")
    drawn = b.pick(story, 1) if not carried else ["identity_details_unsure"]
    if "identity_details_unsure" in drawn:
        age = _age(b.person.birth_date, b.day)
        if b.rng.random() < 0.5:
            said = age + b.rng.choice((-1, 1))
            b.observe(
                f"Asked their age, says {said}.",
                f"被问到年龄时，回答 {said} 岁。",
            )
            b.flag(
                "identity_details_unsure",
                f"Says they are {said}; the date of birth in the passport "
                f"({b.person.birth_date.isoformat()}) makes them {age}.",
                f"自称 {said} 岁；护照上的出生日期（{b.person.birth_date.isoformat()}）"
                f"表明其为 {age} 岁。",
            )
        else:
            b.observe(
                "Asked their date of birth, looks at the passport's data page before answering.",
                "被问到出生日期时，先看了一眼护照资料页才回答。",
            )
            b.flag(
                "identity_details_unsure",
                "Reads their own date of birth off the passport before giving it.",
                "先看护照才说出自己的出生日期。",
            )
    if "earlier_document_unexplained" in drawn:
        b.reply(
            "documents",
            "I keep them, here they are. It is my first passport.",
            "我自己保管，都在这里。这是我的第一本护照。",
        )
        b.flag(
            "earlier_document_unexplained",
            f"Says this is their first passport; passport no. {earlier.number} was issued in "
            f"the same name on {issued}.",
            f"自称这是第一本护照；但同一姓名的护照（号码 {earlier.number}）已于 {issued} 签发。",
        )
    elif carried:
        b.reply(
            "documents",
            "I keep them; the old passport is here too, for the visas.",
            "我自己保管；旧护照也带着，里面有签证。",
        )
    title = titled(
        DOCUMENT,
        ("genuine document obtained in another's name", "冒用他人身份骗领的真实证件"),
        b.indicators,
    )
    return b.finish(
        title,
        t("Tourism", "旅游"),
        Action.REFER_DOCUMENT,
        (Action.SEPARATE_INTERVIEW,),
        t(
            "The document is genuine: every security feature holds, because the issuer really "
            "issued it, to a look-alike who applied in this person's identity with their own "
            "photo. The earlier passport in the same name shows another face, and the story "
            "does not hold. Refer it to second line.",
            "证件是真的：所有防伪特征都经得起查验，因为它确实由签发机关签发，只是发给了冒用此人"
            "身份、用自己照片申领的相貌相似者。同名的早先护照上是另一张脸，陈述也站不住脚。"
            "移交二线查验。",
        ),
        FOG_SPECIALIST,
    )
