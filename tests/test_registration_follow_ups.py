"""Follow-ups around one class and its registration, through the real core on a fresh database (the classes of
tests/test_registration_in_talk.py, in Lạng Sơn; the clock fixed on Monday 23/11/2026): a full class is said
full before any details are asked, with its waiting list and a class like it that has room; «lớp thứ 2 còn chỗ
không», «lớp đó còn chỗ ko», «lớp bồi dưỡng còn chỗ không» answer for the class of the list meant; «bao nhiêu
người đăng ký rồi» gives a count (never who); «e muốn đki lớp nữ công ở Lạng Sơn» finds the classes and
registers none on a guess; a question about the class typed in the details form is answered and the form goes
on; «lớp hôm qua», «lớp tuần trước», «các lớp quý I/2027» are periods."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers import compose, enrol
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.slots import parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW
from tests.people import add_course, give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, data_of, details, places, text_of, well_written

DAY = dt.timedelta(days=1)


# ------------------------------------------------------------------ a full class

@pytest.mark.parametrize("with_details", [False, True])
def test_a_full_class_is_said_full_before_any_details(deps: Deps, with_details: bool) -> None:
    ids = classes(deps)  # TC-02 has one place, taken
    if with_details:
        with session_scope(deps.session_factory) as s:
            give_details(s, "telegram", "f1")
    say(deps, "lớp kỹ năng quản lý tài chính CĐCS", user="f1")
    replies = say(deps, "đăng ký lớp này", user="f1")
    well_written(replies)
    full, instead = replies
    assert full.text.startswith("Lớp «Kỹ năng quản lý tài chính CĐCS» đã đủ 1 chỗ")
    assert enrol.ASK_NAME not in text_of(replies) and "mình xin họ và tên" not in text_of(replies)
    assert data_of([full]) == [f"wl:{ids['TC-02']}"]
    # No other class on its topic: one for the same audience that still has a place, said as what it is (not
    # «tương tự»), with its own register choice.
    assert instead.text.startswith("Lớp khác chủ đề nhưng cùng đối tượng, còn nhận đăng ký: «Bồi dưỡng cán bộ nữ công")
    assert data_of([instead]) == [f"rg:{ids['NC-01']}"]
    assert places(deps, "f1") == []


def test_a_full_class_named_in_a_request_is_said_full_at_once(deps: Deps) -> None:
    ids = classes(deps)
    replies = say(deps, "đăng ký lớp Kỹ năng quản lý tài chính", user="f2")
    assert "đã đủ 1 chỗ" in text_of(replies) and f"wl:{ids['TC-02']}" in data_of(replies)
    assert f"rg:{ids['TC-02']}" not in data_of(replies)  # no button that turns out full after the details


def test_the_waiting_list_then_asks_the_details(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp kỹ năng quản lý tài chính CĐCS", user="f3")
    say(deps, "đăng ký lớp này", user="f3")
    replies = say(deps, data=f"wl:{ids['TC-02']}", user="f3")
    assert replies[-1].text == enrol.ASK_NAME  # only once the waiting list is chosen


def test_a_class_with_room_still_starts_the_form(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="f4")
    replies = say(deps, "đăng ký lớp này", user="f4")
    assert replies[-1].text == enrol.ASK_NAME and "đã đủ" not in text_of(replies)


# ------------------------------------------------------------------ «lớp X còn chỗ không» about a listed class

@pytest.mark.parametrize(("asked", "code"), [("lớp thứ 2 còn chỗ không", "NC-02"),
                                             ("lớp bồi dưỡng còn chỗ không", "NC-01"),
                                             ("lớp tập huấn còn chỗ ko", "NC-02"),
                                             ("lớp đầu còn chỗ không", "NC-01")])
def test_seats_of_a_listed_class_by_position_or_title_word(deps: Deps, asked: str, code: str) -> None:
    ids = classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="s1")
    [reply] = say(deps, asked, user="s1")
    well_written([reply])
    assert reply.text.count("•") == 1 and "không giới hạn số chỗ" in reply.text
    assert data_of([reply]) == [f"rg:{ids[code]}"]
    # That class is now the one in view: «lớp đó còn chỗ ko» answers for it alone.
    [again] = say(deps, "lớp đó còn chỗ ko", user="s1")
    assert again.text.count("•") == 1 and data_of([again]) == [f"rg:{ids[code]}"]


def test_seats_of_that_class_with_several_listed_answers_each(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="s2")
    [reply] = say(deps, "lớp đó còn chỗ ko", user="s2")
    assert not reply.text.startswith("Anh/chị hỏi lớp nào")
    assert data_of([reply]) == [f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}"]


def test_seats_of_the_one_class_shown(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="s3")
    [reply] = say(deps, "lớp đó còn chỗ ko", user="s3")
    assert "Huấn luyện an toàn, vệ sinh lao động" in reply.text and "còn 30/30 chỗ" in reply.text
    # A position past the list is no class: said, never the one shown in its place.
    [past] = say(deps, "lớp thứ 2 còn chỗ không", user="s3")
    assert past.text.startswith("Danh sách vừa rồi chỉ có 1 lớp") and not past.buttons


def test_seats_of_a_class_named_outside_the_list(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="s4")
    [reply] = say(deps, "lớp an toàn vệ sinh lao động còn chỗ không", user="s4")
    assert "Huấn luyện an toàn, vệ sinh lao động" in reply.text and data_of([reply]) == [f"rg:{ids['AT-01']}"]


# ------------------------------------------------------------------ «bao nhiêu người đăng ký rồi»

@pytest.mark.parametrize("asked", ["bao nhiêu người đăng ký rồi", "đã có mấy người đăng ký", "bn người đki rồi",
                                   "lớp này đăng ký được bao nhiêu người rồi"])
def test_the_count_of_registrations_of_the_class_in_view(deps: Deps, asked: str) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="n1")
    [reply] = say(deps, asked, user="n1")
    well_written([reply])
    assert "Huấn luyện an toàn, vệ sinh lao động" in reply.text
    assert "đã có 0 người đăng ký, còn 30/30 chỗ" in reply.text
    assert enrol.ASK_NAME not in reply.text and places(deps, "n1") == [] and details(deps, "n1") == (None, None, None)


def test_the_count_of_a_full_listed_class_names_nobody(deps: Deps) -> None:
    classes(deps)  # TC-02's one place is held by the account «taken» («Người thử taken»)
    say(deps, "lớp tài chính ở Lạng Sơn", user="n2")
    [count] = say(deps, "lớp thứ 2 có bao nhiêu người đăng ký rồi", user="n2")
    assert "Kỹ năng quản lý tài chính CĐCS" in count.text and "đã có 1 người đăng ký, đã đủ 1 chỗ" in count.text
    [who] = say(deps, "ai đã đăng ký lớp đó", user="n2")
    assert who.text.startswith(enrol.WHO_PRIVATE) and "đã có 1 người đăng ký" in who.text
    assert "Người thử" not in count.text + who.text and "CĐCS Công ty Thử" not in who.text


@pytest.mark.parametrize("asked", ["ai đã đăng ký lớp kỹ năng quản lý tài chính",
                                   "cho xin sđt những người đk lớp quản lý tài chính"])
def test_who_registered_for_a_class_named_in_a_first_message(deps: Deps, asked: str) -> None:
    classes(deps)
    [who] = say(deps, asked, user="n5")
    well_written([who])
    # A count and the reason nothing more is said; never read as a wish to register (no waiting list offered).
    assert who.text.startswith(enrol.WHO_PRIVATE) and "Kỹ năng quản lý tài chính CĐCS" in who.text
    assert "đã có 1 người đăng ký" in who.text and "Người thử" not in who.text and "danh sách chờ" not in who.text
    assert places(deps, "n5") == []


def test_who_registered_with_no_class_asks_which(deps: Deps) -> None:
    classes(deps)
    [who] = say(deps, "ai dk roi", user="n6")
    assert who.text.startswith(enrol.WHO_PRIVATE_ALONE) and "Anh/chị hỏi lớp nào?" in who.text
    # Under a class in view, it is that class's count (the words around the question name no other class).
    say(deps, "lớp kỹ năng quản lý tài chính CĐCS", user="n6")
    [then] = say(deps, "ai đk rồi", user="n6")
    assert then.text.startswith(enrol.WHO_PRIVATE) and "• Kỹ năng quản lý tài chính CĐCS" in then.text
    assert then.text.count("•") == 1


def test_who_may_register_is_no_question_about_who_did(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="n4")
    replies = say(deps, "ai đăng ký được lớp này", user="n4")
    assert not text_of(replies).startswith(enrol.WHO_PRIVATE) and "người đăng ký, còn" not in text_of(replies)


def test_a_count_with_no_class_in_view_is_left_to_the_engine(deps: Deps) -> None:
    classes(deps)
    replies = say(deps, "năm 2016 Hà Nội có bao nhiêu người đăng ký học", user="n3")
    assert "người đăng ký, còn" not in text_of(replies) and not text_of(replies).startswith("Anh/chị hỏi lớp nào")


# ------------------------------------------------------------------ a request naming a class not yet shown

def test_a_request_naming_topic_and_place_of_several_classes_asks_which(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r1")
    replies = say(deps, "e muốn đki lớp nữ công ở Lạng Sơn", user="r1")
    well_written(replies)
    assert compose.WHICH_REGISTER in text_of(replies)
    assert {f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}"} <= set(data_of(replies))
    assert places(deps, "r1") == []  # never a guess


def test_a_request_naming_one_open_class_offers_it_with_confirmation(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r2")
    replies = say(deps, "e muốn đki lớp an toàn ở Lạng Sơn", user="r2")
    assert "Để đăng ký lớp «Huấn luyện an toàn, vệ sinh lao động»" in replies[-1].text
    assert data_of(replies[-1:]) == [f"rg:{ids['AT-01']}"] and places(deps, "r2") == []
    done = say(deps, data=f"rg:{ids['AT-01']}", user="r2")
    assert done[0].text.startswith("Đã đăng ký cho anh/chị lớp «Huấn luyện an toàn, vệ sinh lao động»")


def test_dki_reads_as_dang_ky() -> None:
    assert normalise("e muốn đki lớp nữ công").folded == "e muon dang ky lop nu cong"


# ------------------------------------------------------------------ a question about the class in the form

@pytest.mark.parametrize(("asked", "said"), [
    ("có mất phí không", "học phí"), ("hạn đk đến bao giờ", "Hạn đăng ký: Chủ nhật, 13/12/2026"),
    ("học ở đâu", "Địa điểm: Hội trường LĐLĐ tỉnh, Lạng Sơn"), ("học mấy ngày", "Lớp học 1 ngày"),
    ("lớp này học ở đâu?", "Hội trường LĐLĐ tỉnh"), ("hạn đăng ký lớp này đến bao giờ", "13/12/2026"),
])
def test_a_question_about_the_class_keeps_the_form_open(deps: Deps, asked: str, said: str) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="q1")
    say(deps, "đăng ký lớp này", user="q1")
    answer, again = say(deps, asked, user="q1")
    well_written([answer, again])
    assert said in answer.text and "tạm dừng" not in answer.text
    assert not answer.buttons  # no register button that would start the form over
    assert again.text.endswith(enrol.ASK_NAME) and data_of([again]) == ["dk:stop"]
    # The form goes on where it was.
    assert say(deps, "Nguyễn Văn An", user="q1")[-1].text == enrol.ASK_UNIT
    done = say(deps, "CĐCS Công ty May Hòa Phú, 0912345678", user="q1")
    assert done[-1].text.startswith("Đã đăng ký cho anh/chị lớp «Huấn luyện an toàn, vệ sinh lao động»")
    assert places(deps, "q1") == ["AT-01"]


def test_a_question_at_the_unit_step_asks_the_unit_again(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="q2")
    say(deps, "đăng ký lớp này", user="q2")
    say(deps, "Nguyễn Văn An", user="q2")
    answer, again = say(deps, "ai tổ chức vậy", user="q2")
    assert "Liên đoàn Lao động tỉnh Lạng Sơn" in answer.text and again.text.endswith(enrol.ASK_UNIT)


# ------------------------------------------------------------------ periods: a class just held, a quarter in Roman

def _held_lately(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        c = add_course(s, "OLD-1", starts=FIXED_NOW - DAY)
        c.title, c.topic = "Bồi dưỡng nghiệp vụ công đoàn cơ sở", "nghiep_vu"
        c = add_course(s, "OLD-2", starts=FIXED_NOW - 5 * DAY)
        c.title, c.topic = "Tập huấn kỹ năng thương lượng tập thể", "doi_thoai"
        bump_data_version(s)
    deps.knowledge.invalidate()


@pytest.mark.parametrize(("asked", "codes"), [("lớp hôm qua", ["OLD-1"]), ("có lớp nào hôm qua không", ["OLD-1"]),
                                              ("lớp tuần trước", ["OLD-2", "OLD-1"]),
                                              ("các lớp quý I/2027", ["TT-01"]), ("lớp quý I năm 2027", ["TT-01"])])
def test_periods_of_a_course_question(deps: Deps, asked: str, codes: list[str]) -> None:
    classes(deps)
    _held_lately(deps)
    ans = deps.knowledge.engine().answer(asked, now=deps.clock.now())
    assert ans.intent == "course" and [c.code for c in ans.courses] == codes and not ans.relaxed


@pytest.mark.parametrize(("said", "start", "end", "label"), [
    ("lớp hôm qua", dt.date(2026, 11, 22), dt.date(2026, 11, 23), "hôm qua"),
    ("lớp tuần trước", dt.date(2026, 11, 16), dt.date(2026, 11, 23), "tuần trước"),
    ("các lớp quý I/2027", dt.date(2027, 1, 1), dt.date(2027, 4, 1), "quý 1/2027"),
    ("lớp quý IV năm 2026", dt.date(2026, 10, 1), dt.date(2027, 1, 1), "quý 4/2026"),
])
def test_period_slots(said: str, start: dt.date, end: dt.date, label: str) -> None:
    now = dt.datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    slot = parse_time(normalise(said), now)
    assert slot is not None and slot.label == label
    assert slot.start.date() == start and slot.end is not None and slot.end.date() == end


def test_a_class_just_held_in_the_conversation(deps: Deps) -> None:
    classes(deps)
    _held_lately(deps)
    [listed] = say(deps, "lớp hôm qua", user="p1")
    well_written([listed])
    assert listed.text.startswith("Các lớp phù hợp, gần nhất trước (hôm qua)")
    assert "Bồi dưỡng nghiệp vụ công đoàn cơ sở" in listed.text and "ĐÃ KẾT THÚC" in listed.text
    # Registering for it is refused, with a class like it still open.
    refused = say(deps, "đăng ký lớp hôm qua", user="p1")
    assert "không còn nhận đăng ký" in refused[0].text and places(deps, "p1") == []


@pytest.mark.parametrize(("asked", "line"), [
    ("lớp hôm qua học ở đâu", "Địa điểm: Hội trường LĐLĐ tỉnh, Lạng Sơn."),
    ("lớp hôm qua học ngày nào", "Bắt đầu: 09:00 Chủ nhật, 22/11/2026."),
])
def test_a_detail_of_the_class_just_held_asked_first(deps: Deps, asked: str, line: str) -> None:
    classes(deps)
    _held_lately(deps)
    [reply] = say(deps, asked, user="p2")
    well_written([reply])
    # The line asked, under the class understood and its date; the card one press away, no register choice.
    head, said = reply.text.split("\n", 1)
    assert head == "Bồi dưỡng nghiệp vụ công đoàn cơ sở (Chủ nhật, 22/11/2026)" and said.split("\n")[0] == line
    assert [b.label for b in reply.buttons] == ["Xem chi tiết lớp"]
    # The class stays in view: the next detail is about it.
    [then] = say(deps, "ai tổ chức", user="p2")
    assert then.text.startswith("Bồi dưỡng nghiệp vụ công đoàn cơ sở\nĐơn vị tổ chức:")


def test_a_past_period_in_the_askers_own_story_is_no_period() -> None:
    now = dt.datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    said = "tuần trước em có đi họp ở phường rồi, giờ muốn hỏi có lớp nghiệp vụ nào cho chủ tịch mới không"
    assert parse_time(normalise(said), now) is None
