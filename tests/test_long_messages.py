"""Long Zalo messages written as a letter: a greeting, a self-introduction (name, role, company, place), the
question, thanks. The question is answered alone; the introduction acts as a profile said in the message —
it counts for «tỉnh em» or a question naming no place, never over a place the question names."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.deps import Deps
from knowledge.language.message import Message, split_message
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

LETTER = ("Dạ em chào anh chị ạ, em là Lan, chủ tịch công đoàn công ty TNHH Sao Mai ở tỉnh Bắc Ninh. Công ty em có "
          "khoảng 500 công nhân. Em muốn hỏi là tháng sau có lớp nữ công nào không ạ? Em cảm ơn anh chị nhiều ạ.")


def test_the_question_is_taken_from_the_letter() -> None:
    msg = split_message(LETTER)
    assert msg.question == "tháng sau có lớp nữ công nào không ạ?"
    assert msg.intro == "em là Lan chủ tịch công đoàn công ty TNHH Sao Mai ở tỉnh Bắc Ninh"  # no workplace size


def test_a_letter_in_one_sentence_or_dictated_without_punctuation() -> None:
    one = ("Dạ em chào anh chị ạ, em là Lan chủ tịch công đoàn công ty TNHH ABC ở KCN Quế Võ tỉnh Bắc Ninh, em muốn "
           "hỏi là tháng sau có lớp nào không ạ")
    assert split_message(one).question == "tháng sau có lớp nào không ạ"
    said = ("dạ em chào anh chị ạ em là Lan chủ tịch công đoàn công ty TNHH ABC ở tỉnh Bắc Ninh em muốn hỏi là tháng "
            "12 có lớp nào không ạ em cảm ơn ạ")
    msg = split_message(said)
    assert msg.question == "tháng 12 có lớp nào không ạ"
    assert msg.intro.startswith("em là Lan") and msg.intro.endswith("Bắc Ninh")
    # The question in the middle, thanks after it; «Em có việc muốn hỏi:» alone before it.
    mid = ("Chào anh chị ạ, em là Tuấn bên công đoàn công ty TNHH Delta. Em có việc muốn hỏi: Lạng Sơn có lớp nữ "
           "công không? Mong anh chị trả lời giúp em. Em cảm ơn ạ!")
    assert split_message(mid).question == "Lạng Sơn có lớp nữ công không?"


@pytest.mark.parametrize("text", [
    "e là ct CĐCS, có lớp nào gần nhất ko ạ",                # a role said in passing is a word of the question
    "minh la truong ban nu cong, co lop nao ko",
    "lớp ATVSLĐ ở TP. HCM, đợt 2, học ở đâu?",
    "em là cán bộ công đoàn không chuyên trách, có lớp nào không",
    "Lạng Sơn có lớp nữ công không",
])
def test_a_short_message_is_read_whole(text: str) -> None:
    assert split_message(text).question == text


def test_a_greeting_alone_is_left_out_and_a_role_in_passing_kept() -> None:
    msg = split_message("chào ad, mk là kế toán CĐCS, tháng sau có lớp nào ko")
    assert msg.question == "mk là kế toán CĐCS, tháng sau có lớp nào ko" and not msg.intro


def test_names_and_negations_inside_an_introduction_ask_nothing() -> None:
    # «Tuấn» is no «tuần», «Hồng» no «hông», «Sao Mai» a company; «không chuyên trách» is a role.
    for intro in ("em là Tuấn bên công đoàn công ty TNHH Hồng Ngọc ở tỉnh Sơn La",
                  "em là Minh, cán bộ công đoàn không chuyên trách công ty cổ phần Sao Mai ở tỉnh Đắk Lắk"):
        msg = split_message(f"Em chào ad ạ, {intro}. Cho em hỏi Huế có lớp nào không?")
        assert msg.question == "Huế có lớp nào không?", intro


def test_a_school_named_in_an_introduction_asks_nothing() -> None:
    # «học» of «trường tiểu học», «trung học», «đại học» names a workplace, not a class asked for.
    for school in ("trường tiểu học Hòa Bình", "trường trung học cơ sở Lê Lợi", "trường đại học Vinh"):
        msg = split_message(f"Xin chào, tôi là Hoa, chủ tịch công đoàn {school} ở Nghệ An. Tháng sau có lớp nữ "
                            "công nào không ạ?")
        assert msg.question == "Tháng sau có lớp nữ công nào không ạ?", school
        assert msg.intro.endswith("ở Nghệ An"), school


TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(2, "LS", "LĐLĐ tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
]


def _course(cid: int, code: str, title: str, day: dt.date, org: int, roles: tuple[str, ...] = ("chu_tich_cdcs",),
            venue: str = "Nhà văn hóa công nhân") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, "nu_cong", roles, org, o.name, None, o.province, venue, "tap_trung", start,
                     start + dt.timedelta(days=2), start - dt.timedelta(days=3), 40, "open")


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    courses = [
        _course(1, "BN-2026-01", "Tập huấn công tác nữ công", dt.date(2026, 12, 10), 1),
        _course(2, "LS-2026-01", "Tập huấn công tác nữ công", dt.date(2026, 12, 12), 2),
        _course(3, "BN-2027-02", "Bồi dưỡng nghiệp vụ kế toán công đoàn", dt.date(2027, 1, 20), 1, ("ke_toan",)),
    ]
    return QAEngine.build(organisations=ORGS, courses=courses, tz=TZ)


def codes(qa: QAEngine, text: str, profile: Profile | None = None) -> list[str]:
    return [m.code for m in qa.answer(text, now=FIXED_NOW, profile=profile).matches]


def test_the_introduction_acts_as_a_profile_said_in_the_message(qa: QAEngine) -> None:
    question, profile = qa.apart(LETTER, None)
    assert question == "tháng sau có lớp nữ công nào không ạ?"
    assert profile is not None and profile.province == "Bắc Ninh" and profile.said
    assert profile.role == "chu_tich_cdcs" and profile.organisation_id == 1
    assert codes(qa, LETTER) == ["BN-2026-01"]
    # «tỉnh em» is the province the introduction names.
    letter = LETTER.replace("tháng sau có lớp nữ công nào", "tỉnh em có lớp nữ công nào")
    assert codes(qa, letter)[:1] == ["BN-2026-01"]


def test_a_place_the_question_names_comes_before_the_introduction(qa: QAEngine) -> None:
    letter = LETTER.replace("tháng sau có lớp nữ công nào", "Lạng Sơn có lớp nữ công nào")
    assert codes(qa, letter) == ["LS-2026-01"]
    # The same over a saved profile of another province: the message's own words decide.
    saved = Profile(role="ke_toan", organisation_id=2, province="Lạng Sơn")
    assert codes(qa, LETTER, saved) == ["BN-2026-01"]


def test_a_short_message_is_answered_as_before(qa: QAEngine) -> None:
    assert qa.apart("Lạng Sơn có lớp nữ công không", None) == ("Lạng Sơn có lớp nữ công không", None)
    assert codes(qa, "chào ad, Lạng Sơn có lớp nữ công ko") == ["LS-2026-01"]


def test_a_follow_up_after_a_letter_keeps_its_list(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, LETTER, None, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["BN-2026-01"]
    ans, _, _ = answer_in_context(qa, "lớp đó học ở đâu ạ", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["BN-2026-01"]


def test_a_former_province_said_as_such_narrows_a_question_naming_no_place(qa: QAEngine) -> None:
    letter = ("Chào bạn, mình là chủ tịch CĐCS một công ty ở tỉnh Bình Định cũ. Bên mình muốn cử người đi học lớp nữ "
              "công, có lớp nào không?")
    question, profile = qa.apart(letter, None)
    assert question.startswith("Bên mình muốn cử người đi học lớp nữ công") and question.endswith(", ở binh dinh cũ")
    assert profile is not None and profile.province == "Bình Định" and profile.role == "chu_tich_cdcs"
    # A question naming its own place is left as it is.
    question, _ = qa.apart(letter.replace("có lớp nào không", "Lạng Sơn có lớp nào không"), None)
    assert question.endswith("Lạng Sơn có lớp nào không?")


def test_what_a_letter_says_of_its_asker_is_the_introduction(qa: QAEngine) -> None:
    from knowledge.search.subject import said_of_self

    # The question names Lạng Sơn; the asker is in Bắc Ninh.
    said = said_of_self(qa, LETTER.replace("tháng sau", "Lạng Sơn"))
    assert said is not None and said.province == "Bắc Ninh" and said.role == "chu_tich_cdcs"


def test_a_dictated_letter_through_the_conversation(sample_deps: Deps) -> None:
    from tests.test_chairs_as_they_talk import ask

    reply = ask(sample_deps, "dạ em chào anh chị ạ em là Lan chủ tịch công đoàn công ty TNHH Sao Mai ở tỉnh Lạng Sơn em "
                             "muốn hỏi là tỉnh em tháng mười hai có lớp nào không ạ em cảm ơn ạ", user="v1")
    assert "Các lớp phù hợp" in reply and "tháng 12/2026" in reply
    listed = reply.split("Các lớp phù hợp", 1)[1]
    assert "Lạng Sơn" in listed and "Sao Mai" not in listed
    # The question's own province over the one the introduction says.
    reply = ask(sample_deps, "Dạ em chào anh chị ạ, em là Lan, chủ tịch công đoàn công ty TNHH Sao Mai ở tỉnh Bắc Ninh. "
                             "Em muốn hỏi là Lạng Sơn có lớp nào không ạ? Em cảm ơn anh chị nhiều ạ.", user="v2")
    # (The introduction's province is offered to the profile after the answer, never searched.)
    answer, _, offer = reply.partition("Anh/chị có muốn lưu")
    assert "Đơn vị tổ chức: Liên đoàn Lao động tỉnh Lạng Sơn" in answer and "Bắc Ninh" not in answer
    assert "tỉnh «Bắc Ninh»" in offer


def test_an_introduction_said_without_punctuation_gets_its_comma() -> None:
    from knowledge.language.message import punctuated

    said = "em mới làm chủ tịch công đoàn cơ sở cty giày có lớp thương lượng tập thể nào ở Bình Dương không"
    assert punctuated(said) == said.replace("cty giày có", "cty giày, có")
    assert split_message(punctuated(said)).question == "có lớp thương lượng tập thể nào ở Bình Dương không"
    for text in ("có lớp nào không", "em là chủ tịch, có lớp nào", "Bình Dương có lớp nào cho chủ tịch không"):
        assert punctuated(text) == text


def test_a_region_in_a_workplace_name_is_no_province_of_the_asker(qa: QAEngine) -> None:
    # «vùng Tây Nguyên» names several provinces at once; the province said alone is the asker's.
    role, province, _ = qa.said_in("em là Hương, chủ tịch CĐCS Bệnh viện Đa khoa vùng Tây Nguyên ở tỉnh Bắc Ninh")
    assert role == "chu_tich_cdcs" and province == "Bắc Ninh"


def test_thanks_after_nothing_asked_are_the_message() -> None:
    assert split_message("vậy thôi, cảm ơn bạn nhé").question == "vậy thôi, cảm ơn bạn nhé"


def test_an_introduction_after_the_question() -> None:
    msg = split_message("có lớp thương lượng tập thể nào ở Bình Dương ko a, e mới làm ct cđcs cty giày")
    assert msg == Message("có lớp thương lượng tập thể nào ở Bình Dương ko a", "e mới làm ct cđcs cty giày")
    msg = split_message("Em xin hỏi Lạng Sơn có lớp nữ công không? Em là Lan, chủ tịch CĐCS công ty TNHH Sao Mai ở "
                        "tỉnh Bắc Ninh. Em cảm ơn ạ.")
    assert msg.question == "Lạng Sơn có lớp nữ công không?" and msg.intro.endswith("Bắc Ninh")
    # A role said in passing after «cho em hỏi» is a word of the question.
    assert split_message("Cho em hỏi: mình là kế toán, tháng sau có lớp nào").intro == ""


def test_a_head_of_introducing_names_no_workplace(qa: QAEngine) -> None:
    """«trưởng phòng» folds like «trường»: the asker's unit asked about is then no workplace the introduction names."""
    head = "Chào anh chị, mình là Hương, trưởng phòng hành chính. Đơn vị mình có lớp nào không ạ?"
    assert qa.apart(head, None)[0] == "Đơn vị mình có lớp nào không ạ?"
    school = head.replace("trưởng phòng hành chính", "ở trường tiểu học Kim Đồng")
    assert qa.apart(school, None)[0].startswith("mình là Hương ở trường tiểu học Kim Đồng, Đơn vị mình")


def test_a_unions_own_kind_is_part_of_a_role() -> None:
    """«công đoàn HTX», «công đoàn cơ quan» say which union the asker chairs, no workplace beyond the role: the role
    stays a word of the question (as «chủ tịch CĐCS» does)."""
    for text in ("em là chủ tịch công đoàn HTX Thành Công, có lớp nào về kế toán không",
                 "mình là phó chủ tịch công đoàn cơ quan, có lớp nào về kế toán không"):
        assert split_message(text) == Message(text)
    said = "em là chủ tịch công đoàn công ty Thành Công, có lớp nào về kế toán không"
    assert split_message(said).intro == "em là chủ tịch công đoàn công ty Thành Công"
