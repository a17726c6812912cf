"""Replies a real chair expects, through the real core on a fresh database (the clock fixed on Monday 23/11/2026):

- a class asked for in a province or district the articles tell of but no plan holds a class in says so plainly,
  naming what was asked, and offers the nearest classes elsewhere — never an article's sentence;
- «lớp nào đã kết thúc», «lop nao da xong roi» list the classes already held; «bị hủy», «hoãn» those called off;
- «tháng 1 này» asked in December is the coming January; «t12», «thg sau», «tháng này» work however typed;
- a class code typed in lower case that no class has is said unknown, never another class guessed;
- «còn chỗ không» about a class the asker holds a place on starts by saying so;
- «lịch học của tôi», «tôi đăng ký những lớp nào» show the asker's own classes (as /lich does).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers import registered
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Registration
from knowledge.slots import parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW
from tests.people import add_course, give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, data_of, text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = dt.timedelta(days=1)


def held_elsewhere(deps: Deps) -> dict[str, int]:
    """Classes in Cần Thơ only (none in Lạng Sơn or Hà Nội, whose articles tell of classes held years ago): two
    to come for chairs of grassroots unions, one held two weeks ago, one called off, one put off."""
    specs = [  # code, title, starts in days, status
        ("CT-01", "Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS khu vực Cần Thơ", 12, "scheduled"),
        ("CT-02", "Tập huấn kỹ năng thương lượng cho chủ tịch CĐCS", 30, "scheduled"),
        ("CT-03", "Tập huấn công tác nữ công khóa mùa thu", -14, "finished"),
        ("CT-04", "Tập huấn pháp luật lao động cho đoàn viên", 20, "cancelled"),
        ("CT-05", "Tập huấn chuyển đổi số trong công đoàn", 25, "postponed"),
    ]
    ids = {}
    with session_scope(deps.session_factory) as s:
        for code, title, days, status in specs:
            c = add_course(s, code, org="CT", starts=FIXED_NOW + days * DAY)
            c.title, c.province, c.venue, c.status = title, "Cần Thơ", "Hội trường LĐLĐ thành phố", status
            ids[code] = c.id
        bump_data_version(s)
    deps.knowledge.invalidate()
    return ids


# ------------------------------------------------------------------ no class in the place asked

@pytest.mark.parametrize("asked", ["Lạng Sơn có lớp nào cho chủ tịch CĐCS không", "lớp cho chủ tịch CĐCS ở Lạng Sơn",
                                   "lang son co lop nao cho chu tich cdcs ko"])
def test_a_province_with_no_class_is_said_so_with_the_nearest_classes_elsewhere(deps: Deps, asked: str) -> None:
    held_elsewhere(deps)
    replies = say(deps, asked, user="p1")
    well_written(replies)
    text = text_of(replies)
    assert text.startswith("Hiện chưa có lớp nào dành cho chủ tịch CĐCS sắp tới ở Lạng Sơn"), text
    assert "Bài viết" not in text and "Nguồn:" not in text
    # The nearest classes for chairs elsewhere, nearest first, each with its details.
    assert "Các lớp sớm nhất ở nơi khác dành cho chủ tịch CĐCS:" in text
    assert text.index("khu vực Cần Thơ") < text.index("kỹ năng thương lượng")
    assert any(d.startswith("c:") for d in data_of(replies))


@pytest.mark.parametrize("asked", ["ở Mê Linh có lớp tập huấn nào không", "lop tap huan o me linh"])
def test_a_former_district_with_no_class_is_named_with_its_province(deps: Deps, asked: str) -> None:
    held_elsewhere(deps)
    text = text_of(say(deps, asked, user="p2"))
    assert text.startswith("Hiện chưa có lớp nào sắp tới ở huyện Mê Linh (Hà Nội)"), text
    assert "Bài viết" not in text and "Các lớp sớm nhất ở nơi khác:" in text


def test_a_district_union_with_no_class_where_its_province_has_some_is_named(sample_deps: Deps) -> None:
    text = text_of(say(sample_deps, "ở Mê Linh có lớp tập huấn nào không", user="p4"))
    assert text.startswith("Chưa có lớp của Liên đoàn Lao động huyện Mê Linh; đây là các lớp của đơn vị khác."), text


def test_a_question_about_a_class_an_article_tells_of_is_still_answered_by_it(deps: Deps) -> None:
    held_elsewhere(deps)
    text = text_of(say(deps, "năm 2020 Mê Linh tổ chức mấy lớp tập huấn", user="p3"))
    assert "2 lớp" in text


# ------------------------------------------------------------------ lists by status

@pytest.mark.parametrize("asked", ["lớp nào đã kết thúc", "lop nao da xong roi", "các lớp đã học xong"])
def test_classes_already_held_are_listed_when_asked(deps: Deps, asked: str) -> None:
    held_elsewhere(deps)
    text = text_of(say(deps, asked, user="s1"))
    assert "nữ công khóa mùa thu" in text, text
    assert "khu vực Cần Thơ" not in text  # a class to come is no class that has ended


def test_whether_one_class_has_ended_is_still_a_question_about_it(deps: Deps) -> None:
    held_elsewhere(deps)
    text = text_of(say(deps, "lớp nữ công Cần Thơ đã kết thúc chưa", user="s2"))
    assert "đã kết thúc từ" not in text


def test_classes_called_off_are_listed_by_the_status_asked(deps: Deps) -> None:
    held_elsewhere(deps)
    cancelled = text_of(say(deps, "lớp nào bị hủy", user="s3"))
    assert "pháp luật lao động cho đoàn viên" in cancelled and "khu vực Cần Thơ" not in cancelled
    put_off = text_of(say(deps, "lớp nào hoãn", user="s3"))
    assert "chuyển đổi số trong công đoàn" in put_off and "khu vực Cần Thơ" not in put_off


# ------------------------------------------------------------------ months said loosely

@pytest.mark.parametrize(("said", "month", "year"), [
    ("lớp nào tháng 1 này", 1, 2027), ("lop nao thang 1 nay", 1, 2027), ("lớp nào t1 này", 1, 2027),
    ("lớp nào tháng 12 này", 12, 2026), ("lớp tháng 10 này", 10, 2026), ("lớp tháng 10 năm nay", 10, 2026),
    ("lớp nào t12", 12, 2026), ("lop nao thg sau", 1, 2027), ("lop nao thang nay", 12, 2026),
    ("lớp nào th sau", 1, 2027),
])
def test_a_month_said_with_this_is_the_nearer_one(said: str, month: int, year: int) -> None:
    now = dt.datetime(2026, 12, 3, 9, 0, tzinfo=VN)
    slot = parse_time(normalise(said), now)
    assert slot is not None and (slot.start.year, slot.start.month) == (year, month), said


def test_a_month_in_shorthand_is_no_figure_quoted(sample_deps: Deps) -> None:
    for asked in ("lớp nào t12", "lop nao T12", "lớp nào thg 12"):
        text = text_of(say(sample_deps, asked, user="m1"))
        assert "(tháng 12/2026)" in text and "Có phải" not in text, asked


# ------------------------------------------------------------------ class codes in lower case

@pytest.mark.parametrize(("asked", "code"), [("đăng ký lớp ct-26-05", "CT-26-05"), ("dk lop ab12-3", "AB12-3")])
def test_an_unknown_code_in_lower_case_is_said_unknown(deps: Deps, asked: str, code: str) -> None:
    classes(deps)
    replies = say(deps, asked, user="k1")
    well_written(replies)
    assert replies[0].text.startswith(f"Mình không tìm thấy lớp nào có mã «{code}»")
    assert not any(d.startswith("rg:") for d in data_of(replies))


def test_a_known_code_in_lower_case_and_ordinary_words_are_no_unknown_code(deps: Deps) -> None:
    ids = classes(deps)
    # Details on file, so the class found is offered with its register choice (a first-timer goes to the form).
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k2")
    assert f"rg:{ids['AT-01']}" in data_of(say(deps, "đăng ký lớp at-01", user="k2"))
    for asked in ("lớp phòng chống covid-19", "dk lop t12-2026", "lớp an toàn vệ sinh lao động"):
        assert "Mình không tìm thấy lớp nào có mã" not in text_of(say(deps, asked, user="k2")), asked


# ------------------------------------------------------------------ the asker's own classes

def _holds_at01(deps: Deps, user: str) -> dict[str, int]:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        me = give_details(s, "telegram", user)
        s.add(Registration(course_id=ids["AT-01"], profile_id=me.id, status="registered", created_at=FIXED_NOW,
                           updated_at=FIXED_NOW))
    return ids


def test_seats_of_a_class_held_start_by_saying_it_is_held(deps: Deps) -> None:
    ids = _holds_at01(deps, "h1")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="h1")
    [reply] = say(deps, "còn chỗ không", user="h1")
    well_written([reply])
    assert reply.text.startswith(registered.ALREADY), reply.text
    assert f"rg:{ids['AT-01']}" not in data_of([reply])


@pytest.mark.parametrize("asked", ["nhắc lại lịch học của tôi", "lịch học của tôi", "tôi đăng ký những lớp nào"])
def test_my_schedule_in_words_shows_the_classes_held(deps: Deps, asked: str) -> None:
    _holds_at01(deps, "h2")
    own = text_of(say(deps, "/lich", user="h2"))
    replies = say(deps, asked, user="h2")
    well_written(replies)
    assert "Huấn luyện an toàn, vệ sinh lao động" in text_of(replies)
    assert text_of(replies).split("\n")[0] == own.split("\n")[0]
    assert "nữ công" not in text_of(replies)  # no search for classes to come



@pytest.mark.parametrize("code", ["CDVC-HN-01", "LDHCM-CUM-01", "cdvc-hn-01"])
def test_a_code_with_letters_only_in_its_middle_is_read_whole(deps: Deps, code: str) -> None:
    # «CDVC-HN-01» is one code, not «HN-01» (no class has that): its class is found, registered, never refused.
    classes(deps)
    with session_scope(deps.session_factory) as s:
        c = add_course(s, code.upper(), starts=FIXED_NOW + dt.timedelta(days=20),
                       deadline=FIXED_NOW + dt.timedelta(days=10))
        cid = c.id
        give_details(s, "telegram", "k3")  # so the class found is offered with its register choice
        bump_data_version(s)
    deps.knowledge.invalidate()
    replies = say(deps, f"cho toi dang ky lop {code}", user="k3")
    assert "Mình không tìm thấy lớp nào có mã" not in text_of(replies)
    assert f"rg:{cid}" in data_of(replies)
    # An unknown one of that shape is said unknown whole.
    assert f"«{code.upper()[:-1]}9»" in text_of(say(deps, f"dang ky lop {code[:-1]}9", user="k4"))
