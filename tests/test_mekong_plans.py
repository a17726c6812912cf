"""Questions chairs of the Mekong Delta and North Central ask of their provinces' plans, each a rule of how they say
things: «lớp A», «lớp B» (parallel classes of one batch) and «thế đợt 2?» after them, «lớp buổi tối» picking the
evening class of a list, and a class dated by a quarter only listed after those dated in the month asked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.qa import Answer, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context, shown_courses
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
    OrgRec(3, "PTV", "Công đoàn phường Trường Vinh", "ward", "Nghệ An", 1),
]


def course(cid: int, code: str, title: str, when: dt.datetime, org: int, *, topic: str = "nghiep_vu",
           venue: str = "Hội trường LĐLĐ tỉnh", **extra: object) -> CourseRec:
    start = when.astimezone(dt.UTC)
    o = ORGS[org - 1]
    c = CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue, "tap_trung",
                  start, start + dt.timedelta(hours=8), start - dt.timedelta(days=7), 60, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


def at(y: int, m: int, d: int, h: int = 8, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=TZ)


NEW = "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu"
COURSES = [
    # Nghệ An: the new chairs' class in two parallel classes «lớp A», «lớp B», in two batches.
    course(1, "NA-A1", f"{NEW} - lớp A (đợt 1)", at(2026, 12, 8), 1),
    course(2, "NA-B1", f"{NEW} - lớp B (đợt 1)", at(2026, 12, 15), 1, venue="Trung tâm Chính trị thị xã Hoàng Mai cũ"),
    course(3, "NA-A2", f"{NEW} - lớp A (đợt 2)", at(2027, 3, 16), 1),
    course(4, "NA-B2", f"{NEW} - lớp B (đợt 2)", at(2027, 4, 1), 1, venue="Trung tâm Chính trị thị xã Hoàng Mai cũ",
           tentative="tháng 4/2027"),
    # A ward union's evening class and its morning class of the same month.
    course(5, "PTV-TOI", "Tập huấn cho tổ trưởng công đoàn các HTX, hộ kinh doanh", at(2026, 12, 11, 18, 30), 3,
           venue="Hội trường UBND phường Trường Vinh"),
    course(6, "PTV-SANG", "Tập huấn phổ biến Bộ luật Lao động và Luật Công đoàn 2024", at(2026, 12, 15), 3,
           topic="phap_luat", venue="Hội trường UBND phường Trường Vinh"),
    # Thanh Hóa: a bargaining class dated by the second quarter only, and one dated in April.
    course(7, "TH-Q2", "Lớp bồi dưỡng kỹ năng đối thoại, thương lượng cho cán bộ CĐ cấp trên cơ sở",
           at(2027, 4, 1), 2, topic="thuong_luong", tentative="quý II/2027"),
    course(8, "TH-T4", "Lớp bồi dưỡng kỹ năng thương lượng tập thể", at(2027, 4, 15), 2, topic="thuong_luong"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def _code(ans: Answer | None) -> str:
    assert ans is not None
    return ans.matches[0].code


def test_a_section_letter_picks_that_class_of_the_list(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, "Lớp chủ tịch CĐCS mới bầu đợt 1 học những ngày nào", None, now=FIXED_NOW)
    assert ans is not None and {c.code for c in ans.courses} == {"NA-A1", "NA-B1"}
    where, subject, _ = answer_in_context(qa, "lớp B ở đâu", subject, now=FIXED_NOW)
    assert _code(where) == "NA-B1"
    # Named by its letter, the class to register is no guess.
    reg, subject, _ = answer_in_context(qa, "đăng ký giúp tôi lớp B", subject, now=FIXED_NOW)
    assert reg is not None and reg.intent == "register" and _code(reg) == "NA-B1"
    # «thế đợt 2?»: the second batch, both of its classes.
    second, subject, _ = answer_in_context(qa, "thế đợt 2?", subject, now=FIXED_NOW)
    assert second is not None and {"NA-A2", "NA-B2"} <= {c.code for c in second.courses}
    b2, _, _ = answer_in_context(qa, "lớp B đợt 2 khi nào có ngày", subject, now=FIXED_NOW)
    assert _code(b2) == "NA-B2"


def test_a_lower_case_a_ending_the_message_is_no_section(qa: QAEngine) -> None:
    from knowledge.language.followup import section_asked
    assert section_asked("lớp A ở đâu") == "a" and section_asked("lop b o dau") == "b"
    assert section_asked("có phải lớp a") is None and section_asked("lớp ấy à") is None


def test_the_evening_class_of_a_list_is_named_by_its_part_of_the_day(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Công đoàn phường Trường Vinh có lớp nào trong tháng 12", None, now=FIXED_NOW)
    when, _, _ = answer_in_context(qa, "lớp buổi tối học lúc mấy giờ", subject, now=FIXED_NOW)
    assert _code(when) == "PTV-TOI"
    reg, _, _ = answer_in_context(qa, "đăng ký cho tôi lớp buổi tối", subject, now=FIXED_NOW)
    assert reg is not None and reg.intent == "register" and _code(reg) == "PTV-TOI"
    # Asked of the class pointed at, the part of the day is what is asked, not which class.
    _, second, _ = answer_in_context(qa, "lớp thứ hai học mấy ngày", subject, now=FIXED_NOW)
    ans, _, _ = answer_in_context(qa, "lớp đó học buổi tối à", second, now=FIXED_NOW)
    assert _code(ans) == "PTV-SANG"
    # «lớp t2» is the second class of the list, not a Monday's.
    pos, _, _ = answer_in_context(qa, "lớp t2 học mấy ngày", subject, now=FIXED_NOW)
    assert _code(pos) == "PTV-SANG"


def test_a_quarter_only_class_comes_after_those_dated_in_the_month(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, "có lớp nào về thương lượng tập thể ở Thanh Hóa tháng 4 không", None,
                                        now=FIXED_NOW)
    assert ans is not None
    assert [c.code for c in shown_courses(ans)] == ["TH-T4", "TH-Q2"]
    assert "quý II/2027" in courses_reply(ans, TZ, FIXED_NOW)[0].text
    first, _, _ = answer_in_context(qa, "lop dau hoc may hom", subject, now=FIXED_NOW)
    assert _code(first) == "TH-T4"


@pytest.mark.parametrize("q", ["Thôi, cho hỏi lớp thương lượng tập thể ở Thanh Hóa", "thoi cho em hoi lop thuong luong tap the o thanh hoa"])
def test_never_mind_then_a_question_is_that_question(qa: QAEngine, q: str) -> None:
    # «thôi» turns from small talk to a question of its own, as «à, cho em hỏi» does.
    _, aside, _ = answer_in_context(qa, "Hôm nay giá vàng bao nhiêu", None, now=FIXED_NOW)
    for subject in (None, aside):
        ans, _, _ = answer_in_context(qa, q, subject, now=FIXED_NOW)
        assert ans is not None and ans.intent == "course"
        assert {c.code for c in ans.courses} == {"TH-T4", "TH-Q2"}


def test_a_question_naming_a_section_keeps_to_it(qa: QAEngine) -> None:
    ans = qa.answer("hạn đăng ký lớp chủ tịch cđcs mới bầu lớp B đợt 1 là ngày nào", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["NA-B1"]
    both = qa.answer("lớp chủ tịch cđcs mới bầu đợt 1", now=FIXED_NOW)
    assert {c.code for c in both.courses} == {"NA-A1", "NA-B1"}


# Set 33's provinces: a sub-subject of a topic named alone, a province's space typed a letter off, a month said in
# one plain word, the classes that open today.
ORGS33 = [*ORGS, OrgRec(4, "CM", "LĐLĐ tỉnh Cà Mau", "province", "Cà Mau", None),
          OrgRec(5, "TN", "LĐLĐ tỉnh Tây Ninh", "province", "Tây Ninh", None)]


def course33(cid: int, code: str, title: str, when: dt.datetime, org: int, topic: str, **extra: object) -> CourseRec:
    o = ORGS33[org - 1]
    start = when.astimezone(dt.UTC)
    c = CourseRec(cid, code, title, topic, ("doan_vien",), org, o.name, None, o.province, "Hội trường LĐLĐ tỉnh",
                  "tap_trung", start, start + dt.timedelta(hours=8), None, 60, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


COURSES33 = [
    course33(1, "NA-LUAT", "Tập huấn phổ biến Bộ luật Lao động", at(2026, 12, 3), 1, "phap_luat"),
    course33(2, "NA-BHXH", "Tập huấn chính sách BHXH, BHYT cho người lao động", at(2027, 1, 11), 1, "phap_luat"),
    course33(3, "NA-TVPL", "Tập huấn kỹ năng tư vấn pháp luật cho người lao động", at(2027, 3, 8), 1, "phap_luat"),
    course33(4, "CM-LCD", "Tập huấn phổ biến Luật Công đoàn 2024", at(2026, 12, 9), 4, "phap_luat"),
    course33(5, "TN-PTDV", "Tập huấn kỹ năng phát triển đoàn viên", at(2027, 1, 19), 5, "phat_trien_doan_vien"),
    course33(6, "TN-TLCD", "Tập huấn thành lập công đoàn cơ sở tại doanh nghiệp", at(2027, 3, 29), 5,
             "phat_trien_doan_vien"),
    course33(7, "TN-TLCD-6", "Tập huấn thành lập công đoàn cơ sở tại doanh nghiệp", at(2027, 6, 17), 5,
             "phat_trien_doan_vien"),
    # Under way since Friday, and one that opened at 8:00 this morning (the clock says 9:00).
    course33(8, "NA-DANG", "Tập huấn nghiệp vụ cho cán bộ công đoàn cấp trên", at(2026, 11, 20), 1, "nghiep_vu",
             ends_at=at(2026, 11, 27, 17).astimezone(dt.UTC)),
    course33(9, "NA-MO", "Tập huấn kỹ năng thương lượng tập thể", at(2026, 11, 23), 1, "thuong_luong",
             ends_at=at(2026, 11, 25, 17).astimezone(dt.UTC)),
]


@pytest.fixture(scope="module")
def qa33() -> QAEngine:
    return QAEngine.build(organisations=ORGS33, courses=COURSES33, facts=[], tz=TZ)


@pytest.mark.parametrize(("q", "first"), [
    ("lop tu van phap luat cho nguoi lao dong o nghe an", "NA-TVPL"),
    ("nghệ an có lớp bhxh không", "NA-BHXH"),
    ("lop thanh lap cong doan o tay ninh", "TN-TLCD"),
])
def test_a_part_of_a_topic_named_alone_lists_the_classes_saying_it_first(qa33: QAEngine, q: str, first: str) -> None:
    # «tư vấn pháp luật» is a part of the law topic (and of its catalogue name): the classes whose titles say it
    # come first, the topic's others still listed after.
    ans = qa33.answer(q, now=FIXED_NOW)
    assert ans.courses[0].code == first and len(ans.courses) > 1


def test_a_part_of_a_topic_asked_for_the_next_class_stays_nearest_first(qa33: QAEngine) -> None:
    assert qa33.answer("lớp tư vấn pháp luật gần nhất ở nghệ an", now=FIXED_NOW).courses[0].code == "NA-LUAT"


def test_a_province_with_its_space_a_letter_off_is_that_province(qa33: QAEngine) -> None:
    ans = qa33.answer("lop luat cong doan o cam au thang sau", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["CM-LCD"] and not ans.relaxed


@pytest.mark.parametrize("q", ["lop thanh lap cong đoan o tay ninh thang ba", "lớp thành lập công đoàn ở tây ninh tháng ba"])
def test_a_month_said_in_one_plain_word_is_that_month(qa33: QAEngine, q: str) -> None:
    assert [c.code for c in qa33.answer(q, now=FIXED_NOW).courses] == ["TN-TLCD"]


def test_a_plain_month_word_alone_is_read_only_where_no_other_word_is_typed_so() -> None:
    from knowledge.language.spoken import spoken_numbers
    assert spoken_numbers("lop o ben tre thang tu") == "lop o ben tre thang 4"
    assert spoken_numbers("lop thang bay co khong") == "lop thang 7 co khong"
    for q in ("lop thang sau", "anh thang ba o dau", "lop thang nam nay"):
        assert spoken_numbers(q) == q


def test_classes_opening_today_are_those_that_open_today(qa33: QAEngine) -> None:
    ans = qa33.answer("hôm nay có lớp nào khai giảng không", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["NA-MO"]
    # Held today is asked without «khai giảng»: the class under way since Friday too.
    held = qa33.answer("hôm nay có lớp nào không", now=FIXED_NOW)
    assert {c.code for c in held.courses} == {"NA-DANG", "NA-MO"}


def test_the_members_card_is_what_a_class_teaches_not_whom_it_is_for() -> None:
    from knowledge.qa import QAEngine as Engine
    card = [course33(1, "TN-THE", "Tập huấn sử dụng phần mềm quản lý đoàn viên, thẻ đoàn viên điện tử", at(2027, 6, 8),
                     5, "chuyen_doi_so", audiences=("uy_vien_bch",)),
            course33(2, "TN-DV", "Tập huấn kỹ năng đại diện cho đoàn viên", at(2027, 1, 19), 5, "nghiep_vu")]
    qa = Engine.build(organisations=ORGS33, courses=card, facts=[], tz=TZ)
    for q in ("lop the doan vien dien tu o tay ninh", "lớp thẻ đoàn viên điện tử ở tây ninh"):
        _, slots = qa.read(q, now=FIXED_NOW)
        assert "doan_vien" not in slots.roles
        ans = qa.answer(q, now=FIXED_NOW)
        assert ans.matches[0].code == "TN-THE" and "role" not in ans.relaxed


def test_a_class_named_by_whom_it_is_for_lists_the_titles_saying_so_first() -> None:
    from knowledge.qa import QAEngine as Engine
    chairs = [course33(1, "NA-DD", "Bồi dưỡng kỹ năng đại diện, bảo vệ quyền lợi người lao động", at(2027, 3, 17), 1,
                       "nghiep_vu", audiences=("chu_tich_cdcs",)),
              course33(2, "NA-CT", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", at(2027, 3, 31), 1,
                       "nghiep_vu", audiences=("chu_tich_cdcs",))]
    qa = Engine.build(organisations=ORGS33, courses=chairs, facts=[], tz=TZ)
    assert qa.answer("Nghệ An có lớp chủ tịch CĐCS không", now=FIXED_NOW).matches[0].code == "NA-CT"


def test_those_classes_earlier_go_back_to_the_list_not_to_its_lead(qa33: QAEngine) -> None:
    from knowledge.language.refer import points_to_earlier
    assert points_to_earlier("quay lại lớp lúc nãy") and not points_to_earlier("ok quay lại mấy lớp lúc nãy")
    _, subject, _ = answer_in_context(qa33, "lớp tư vấn pháp luật ở Nghệ An", None, now=FIXED_NOW)
    _, subject, _ = answer_in_context(qa33, "giá vàng hôm nay bao nhiêu", subject, now=FIXED_NOW)
    ans, _, _ = answer_in_context(qa33, "ok quay lại mấy lớp lúc nãy, lớp đầu tiên học ở đâu?", subject, now=FIXED_NOW)
    assert _code(ans) == "NA-LUAT"


def test_a_part_of_a_topic_said_beside_its_head_in_every_title_found_stays_nearest_first() -> None:
    from knowledge.qa import QAEngine as Engine
    law = [course33(1, "HP-PB", "Phổ biến pháp luật lao động cho đoàn viên", at(2026, 12, 17), 1, "phap_luat"),
           course33(2, "HP-TV", "Tập huấn pháp luật lao động và kỹ năng tư vấn pháp luật", at(2027, 3, 10), 1,
                    "phap_luat"),
           course33(3, "HP-TC", "Tập huấn giải quyết tranh chấp lao động", at(2027, 1, 5), 1, "tranh_chap"),
           course33(4, "HP-TC2", "Kỹ năng đại diện trong tranh chấp lao động", at(2026, 12, 20), 1, "tranh_chap")]
    qa = Engine.build(organisations=ORGS33, courses=law, facts=[], tz=TZ)
    # The one class saying «tư vấn pháp luật» is on labour law as a whole, as its title says: the nearest first.
    assert qa.answer("lop tu van phap luat o nghe an", now=FIXED_NOW).matches[0].code == "HP-PB"
    # «giải quyết tranh chấp lao động» holds the topic's own name: the whole topic, nearest first.
    assert qa.answer("lop giai quyet tranh chap lao dong o nghe an", now=FIXED_NOW).matches[0].code == "HP-TC2"


def test_a_part_of_a_topic_asked_across_the_country_browses_the_topic_nearest_first(qa33: QAEngine) -> None:
    assert qa33.answer("có lớp tư vấn pháp luật nào không", now=FIXED_NOW).matches[0].code == "NA-LUAT"
