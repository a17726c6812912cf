"""Questions about a list just shown and the asker's own province, read by the engine and the follow-up
resolver (knowledge.search.subject): which class of the list a message means, and the province a profile
names however the plan wrote it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.language.followup import Subject
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "DN", "LĐLĐ thành phố Đà Nẵng", "province", "Đà Nẵng", None),
    OrgRec(2, "DN-YT", "Công đoàn ngành Y tế Đà Nẵng", "sector", "Đà Nẵng", 1),
    OrgRec(3, "DN-CT", "Công đoàn ngành Công Thương Đà Nẵng", "sector", "Đà Nẵng", 1),
    OrgRec(4, "HUE", "LĐLĐ thành phố Huế", "province", "Huế", None),
    OrgRec(5, "HS", "CĐCS Cty TNHH Dệt Hoa Sen", "grassroots", "Huế", 4),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "phap_luat",
           venue: str | None = None, hour: int = 8, status: str = "open", how: str = "tap_trung") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(hour), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     how, start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, status)


D = dt.date
COURSES = [
    course(1, "DN-PL-1", "Tập huấn pháp luật lao động", D(2027, 1, 11), 3, venue="Hội trường thành phố"),
    course(2, "DN-PL-2", "Tư vấn pháp luật cho cán bộ công đoàn", D(2027, 1, 20), 2),
    course(3, "DN-PL-3", "Tập huấn Bộ luật Lao động", D(2027, 2, 15), 1),
    course(4, "DN-PL-4", "Phổ biến pháp luật lao động cho đoàn viên", D(2027, 3, 9), 2),
    course(5, "HUE-PL-1", "Tập huấn pháp luật lao động", D(2027, 1, 5), 4, venue="Hội trường thành phố Huế"),
    # One class called off and held again as «lớp 2»; a class of two batches, the second in the spring.
    course(6, "HUE-TL-1", "Kỹ năng thương lượng tập thể", D(2027, 1, 12), 4, topic="thuong_luong",
           status="cancelled"),
    course(7, "HUE-TL-2", "Kỹ năng thương lượng tập thể (lớp 2)", D(2027, 2, 22), 4, topic="thuong_luong"),
    course(8, "HUE-TC-1", "Nghiệp vụ tài chính CĐCS - đợt 1", D(2027, 1, 18), 4, topic="tai_chinh"),
    course(9, "HUE-TC-2", "Nghiệp vụ tài chính CĐCS (Đợt 2)", D(2027, 4, 19), 4, topic="tai_chinh"),
    course(10, "DN-TC-2", "Nghiệp vụ tài chính CĐCS đợt 2", D(2027, 4, 5), 1, topic="tai_chinh"),
    course(11, "HUE-NC-1", "Tập huấn công tác nữ công", D(2027, 1, 25), 4, topic="nu_cong"),
    course(12, "HS-NC-1", "Tập huấn công tác nữ công", D(2027, 3, 9), 5, topic="nu_cong", hour=14),
    course(13, "HUE-NC-2", "Kỹ năng hoạt động của Ban nữ công", D(2027, 5, 17), 4, topic="nu_cong"),
    # Đà Nẵng today takes in the former Quảng Nam (2025).
    course(14, "DN-KT-1", "Nghiệp vụ công tác kiểm tra", D(2027, 1, 7), 1, topic="kiem_tra",
           venue="Hội trường phường Hải Châu"),
    course(15, "DN-KT-2", "Kỹ năng kiểm tra tài chính CĐCS", D(2027, 2, 3), 1, topic="kiem_tra",
           venue="Hội trường phường Tam Kỳ (TP Tam Kỳ cũ, Quảng Nam)"),
    course(16, "HUE-TG-1", "Kỹ năng tuyên truyền trên mạng xã hội", D(2027, 6, 1), 4, topic="tuyen_giao",
           how="truc_tuyen", venue="Zoom"),
    course(17, "HUE-TG-2", "Kỹ năng viết tin bài", D(2027, 6, 10), 4, topic="tuyen_giao", how="ket_hop",
           venue="Hội trường LĐLĐ và các điểm cầu trực tuyến"),
    course(18, "HUE-TG-3", "Tuyên truyền pháp luật cho đoàn viên", D(2027, 6, 20), 4, topic="tuyen_giao"),
    course(19, "HUE-PL-2", "Tập huấn Bộ luật Lao động cho lái xe, phụ xe", D(2027, 7, 5), 4),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def listed(qa: QAEngine, q: str, profile: Profile | None = None) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW, profile=profile).courses]


@pytest.mark.parametrize("written", ["TP Đà Nẵng", "Thành phố Đà Nẵng", "Đà Nẵng"])
def test_my_city_is_the_profile_province_however_the_plan_wrote_it(qa: QAEngine, written: str) -> None:
    # «thành phố» is also a word of the classes' venues; «thành phố mình» is the asker's own city.
    me = Profile(province=written)
    assert listed(qa, "thành phố mình có lớp nào về pháp luật lao động không", me) == [
        "DN-PL-1", "DN-PL-2", "DN-PL-3", "DN-PL-4"]


def talk(qa: QAEngine, turns: list[str], profile: Profile | None = None) -> list[list[str]]:
    """The classes each message was answered with, in a conversation (a choice to make counts as none)."""
    subject: Subject | None = None
    out: list[list[str]] = []
    for text in turns:
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=profile)
        out.append([c.code for c in ans.courses] if ans is not None else [])
    return out


def test_a_position_in_the_list_that_fits_what_is_named_is_that_class(qa: QAEngine) -> None:
    # The list: DN-PL-1 (Công Thương), DN-PL-2 (Y tế), DN-PL-3 (the city's), DN-PL-4 (Y tế).
    # A pause after the position: the second of the list, which is a Y tế one.
    said = talk(qa, ["ở Đà Nẵng có lớp pháp luật lao động nào", "lớp thứ hai, của ngành Y tế Đà Nẵng học ở đâu"])
    assert said[1] == ["DN-PL-2"]
    # Said in one breath, «lớp thứ hai của ngành Y tế» is the second of Y tế's classes.
    said = talk(qa, ["ở Đà Nẵng có lớp pháp luật lao động nào", "lớp thứ hai của ngành Y tế Đà Nẵng học ở đâu"])
    assert said[1] == ["DN-PL-4"]


def test_a_position_among_the_classes_that_fit_when_the_list_position_does_not(qa: QAEngine) -> None:
    said = talk(qa, ["ở Đà Nẵng có lớp pháp luật lao động nào", "lớp đầu tiên của ngành Y tế Đà Nẵng học ở đâu"])
    assert said[1] == ["DN-PL-2"]  # the first of the list is Công Thương's: the first Y tế class is meant


def test_a_class_called_off_is_found_beside_the_one_that_replaces_it(qa: QAEngine) -> None:
    # Lists leave cancelled classes out; asked about, the one called off of the class shown is found.
    said = talk(qa, ["Huế có lớp thương lượng tập thể nào không", "có phải lớp đó học bù cho lớp bị hủy tháng 1",
                     "lớp tháng 2 học ở đâu"])
    assert said == [["HUE-TL-2"], ["HUE-TL-1"], ["HUE-TL-2"]]
    ans, _, _ = answer_in_context(qa, "lớp ngày 12/1 bị hủy rồi à", subject_after(qa, "lớp thương lượng ở Huế"),
                                  now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["HUE-TL-1"]


def test_the_other_batch_of_the_class_in_view_though_the_list_left_it_out(qa: QAEngine) -> None:
    # «tháng 1» lists the first batch only; «đợt 2» is the same union's class of that title, not Đà Nẵng's.
    said = talk(qa, ["tháng 1 ở Huế có lớp tài chính nào không", "thế đợt 2 thì bao giờ", "đăng ký đợt 1"])
    assert said == [["HUE-TC-1"], ["HUE-TC-2"], ["HUE-TC-1"]]


def subject_after(qa: QAEngine, text: str) -> Subject | None:
    return answer_in_context(qa, text, None, now=FIXED_NOW)[1]


def test_asking_whether_a_class_still_runs_finds_it_though_called_off(qa: QAEngine) -> None:
    assert listed(qa, "lớp thương lượng tập thể ở Huế ngày 12/1 còn học không") == ["HUE-TL-1"]
    # Which classes still run: those that do first, the one called off after them (it is asked about too).
    assert listed(qa, "Huế có lớp thương lượng tập thể nào còn học không") == ["HUE-TL-2", "HUE-TL-1"]


def test_whom_a_class_of_the_list_is_for_keeps_the_list_in_view(qa: QAEngine) -> None:
    # «của cty Hoa Sen» picks one class of the list; «lớp cuối» then still counts in that list.
    said = talk(qa, ["Huế có lớp nữ công nào không", "lớp của cty Hoa Sen cho ai học", "lớp cuối học ở đâu"])
    assert said == [["HUE-NC-1", "HS-NC-1", "HUE-NC-2"], ["HS-NC-1"], ["HUE-NC-2"]]


def test_one_class_found_for_a_question_about_it_is_shown_whole(qa: QAEngine) -> None:
    # A list line has no audience nor hour: the one class found is shown with all it has.
    ans = qa.answer("lớp nữ công ở Huế ngày 9/3 cho ai học", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["HS-NC-1"]
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "Đối tượng: Chủ tịch" in text and "14:00" in text


def test_a_former_province_named_plainly_lists_the_province_it_joined(qa: QAEngine) -> None:
    # The class held in the former Quảng Nam first, then the rest of today's Đà Nẵng.
    assert listed(qa, "ở Quảng Nam có lớp kiểm tra nào không") == ["DN-KT-2", "DN-KT-1"]


def test_a_class_named_in_the_list_in_view_is_one_of_it(qa: QAEngine) -> None:
    # «còn … trong danh sách đó» is one class of the list, not the same question for another place.
    said = talk(qa, ["ở Quảng Nam có lớp kiểm tra nào không", "lớp ở Tam Kỳ học ở đâu",
                     "còn lớp ở Hải Châu trong danh sách đó thì học ngày nào"])
    assert said[1:] == [["DN-KT-2"], ["DN-KT-1"]]


def test_a_class_held_both_ways_is_one_to_attend_online(qa: QAEngine) -> None:
    assert listed(qa, "tháng 6 ở Huế có lớp tuyên truyền trực tuyến nào không") == ["HUE-TG-1", "HUE-TG-2"]
    # Those held only the way asked first, though later: the combined class comes after the one in person.
    assert listed(qa, "tháng 6 ở Huế có lớp tuyên truyền học trực tiếp nào không")[0] == "HUE-TG-3"


def test_which_software_asks_about_the_class_in_view(qa: QAEngine) -> None:
    # «lớp online» of the list is the one held only online; «học qua phần mềm gì» asks about it.
    said = talk(qa, ["tháng 6 ở Huế có lớp tuyên truyền trực tuyến nào không", "lớp online học ngày nào",
                     "học qua phần mềm gì"])
    assert said[1:] == [["HUE-TG-1"], ["HUE-TG-1"]]


def test_a_class_for_drivers_is_no_driving_course(qa: QAEngine) -> None:
    # Learning to drive is no union class, though a law class is «cho lái xe»; the law class is found when asked.
    ans = qa.answer("mình muốn học lái xe ở Huế, đăng ký ở đâu?", now=FIXED_NOW)
    assert not ans.courses and not ans.matches and ans.band == "low"  # «no such class», nothing offered
    assert listed(qa, "lớp luật lao động cho lái xe ở Huế")[0] == "HUE-PL-2"


def test_an_audience_named_in_a_listed_class_title_picks_it_with_a_yes_no_detail() -> None:
    """«lớp UBKT có hạn đăng ký không» after a list: the «có … không» wraps the detail asked, not a list
    question, and the class whose title is for the inspection committee is meant, whatever its cell says."""
    hue = [
        course(1, "HUE-PL-9", "Tập huấn pháp luật lao động", D(2027, 1, 5), 4),
        course(2, "HUE-KT-9", "Bồi dưỡng nghiệp vụ cho Ủy ban kiểm tra CĐCS", D(2027, 1, 12), 4, topic="kiem_tra"),
        course(3, "HUE-NC-9", "Tập huấn công tác nữ công", D(2027, 1, 19), 4, topic="nu_cong"),
        course(4, "DN-KT-9", "Nghiệp vụ kiểm tra cho Ủy ban kiểm tra", D(2027, 1, 8), 1, topic="kiem_tra"),
    ]
    small = QAEngine.build(organisations=ORGS, courses=hue, facts=[], tz=TZ)
    said = talk(small, ["tháng 1 ở Huế có lớp gì", "lớp ubkt có hạn đk không"])
    assert said == [["HUE-PL-9", "HUE-KT-9", "HUE-NC-9"], ["HUE-KT-9"]]


def test_a_question_the_note_of_the_class_in_view_answers_is_about_that_class() -> None:
    """Allowances alone are a union matter the bot turns away; asked of a class whose note speaks of them,
    the note is the answer."""
    import dataclasses

    far = dataclasses.replace(course(1, "HUE-NC-7", "Tập huấn công tác nữ công", D(2027, 3, 2), 4, topic="nu_cong"),
                              description="Học viên ở xã xa được hỗ trợ tiền ăn ở trong những ngày học.")
    small = QAEngine.build(organisations=ORGS, courses=[far], facts=[], tz=TZ)
    ans, subject, _ = answer_in_context(small, "Huế có lớp nữ công nào không", None, now=FIXED_NOW)
    ans, _, _ = answer_in_context(small, "có được hỗ trợ tiền ăn ở không", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["HUE-NC-7"]
    assert "hỗ trợ tiền ăn ở" in courses_reply(ans, TZ, FIXED_NOW)[0].text
    # Without the class in view it is no class question.
    alone, _, _ = answer_in_context(small, "có được hỗ trợ tiền ăn ở không", None, now=FIXED_NOW)
    assert alone is not None and not alone.courses
