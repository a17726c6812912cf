"""Follow-up questions through the conversation turn: the subject of the last answer is kept in the
database between messages, so «cái thứ 2 ở đâu», «đăng ký lớp này» and a typed number work as chairs
use them — and a registration with several classes in view asks which one, never guessing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from handlers.deps import Deps
from handlers.types import Reply
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Registration, UnansweredQuestion
from tests.conftest import FIXED_NOW
from tests.people import add_course, add_members
from tests.test_organiser import say

USER = "7001"


def setup(deps: Deps) -> list[str]:
    """Three safety classes in Lạng Sơn, nearest first, and a chair who has given registration details."""
    titles = ["Huấn luyện an toàn, vệ sinh lao động (đợt 1)", "Huấn luyện an toàn, vệ sinh lao động (đợt 2)",
              "Huấn luyện an toàn, vệ sinh lao động (đợt 3)"]
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=int(USER), channel="zalo")
        for i, title in enumerate(titles):
            c = add_course(s, f"LS-AT-0{i + 1}", starts=FIXED_NOW + dt.timedelta(days=10 + 20 * i),
                           deadline=FIXED_NOW + dt.timedelta(days=5 + 20 * i), capacity=30)
            c.title, c.topic, c.venue = title, "atvsld", f"Hội trường số {i + 1}, phường Tam Thanh"
        bump_data_version(s)
    return titles


def ask(deps: Deps, text: str) -> list[Reply]:
    return say(deps, text, user=USER, channel="zalo")


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_the_second_class_of_the_list_then_its_registration(deps: Deps) -> None:
    setup(deps)
    listed = text_of(ask(deps, "lang son co lop an toan ve sinh lao dong nao ko"))
    assert "đợt 1" in listed and "đợt 2" in listed
    where = text_of(ask(deps, "cái thứ 2 học ở đâu"))
    assert "Hội trường số 2" in where and "Hội trường số 1" not in where
    # The class in view is registered at once (the chair gave the details before), with its cancel choice.
    shown = ask(deps, "đăng ký lớp này cho mình")
    done = text_of(shown)
    assert "Đã đăng ký" in done and "đợt 2" in done
    assert [b.label for r in shown for b in r.buttons] == ["Hủy đăng ký lớp này"]
    with session_scope(deps.session_factory) as s:
        assert [r.course.code for r in s.scalars(select(Registration))] == ["LS-AT-02"]


def test_registration_with_several_classes_in_view_asks_which_and_logs_it(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn")
    asked = ask(deps, "đăng ký lớp này")
    assert "lớp nào" in asked[0].text and len(asked[0].buttons) == 3
    with session_scope(deps.session_factory) as s:
        assert s.scalars(select(Registration)).all() == []  # nothing registered on a guess
        miss = s.scalars(select(UnansweredQuestion)).one()
        assert miss.reason == "ask_which" and "LS-AT-01" in miss.offered
    third = next(b.number for b in asked[0].buttons if "đợt 3" in b.label)
    chosen = ask(deps, str(third))  # the choice registers its class, as its own button would
    assert "Đã đăng ký" in text_of(chosen) and "đợt 3" in text_of(chosen)


def test_the_subject_survives_bad_input_in_between(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lop an toan lao dong lang son")
    for junk in ("", "🙂" * 50, "<b>x</b>' OR 1=1 --", "x" * 10_000):
        assert ask(deps, junk)  # always a reply
    where = text_of(ask(deps, "lớp đầu tiên ở đâu"))
    assert "Hội trường số 1" in where


def test_places_left_on_the_class_the_talk_is_about(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    ask(deps, "cái thứ 2 học ở đâu")
    seats = text_of(ask(deps, "còn chỗ không?"))
    assert "đợt 2" in seats and "còn 30/30 chỗ" in seats and "đợt 1" not in seats


def test_a_message_of_its_own_after_a_target_is_not_read_as_the_same_for_another_place(deps: Deps) -> None:
    from knowledge.models import Target
    from tests.people import org_id

    with session_scope(deps.session_factory) as s:
        for code, org in (("T-LS-26", "LS"), ("T-HN-26", "HN")):
            s.add(Target(code=code, organisation_id=org_id(s, org), period_start=2026, period_end=2026,
                         target_value=18, unit="lớp", achieved_value=11, as_of=dt.date(2026, 11, 1),
                         metric="Số lớp tập huấn, bồi dưỡng cán bộ công đoàn"))
        bump_data_version(s)
    first = text_of(ask(deps, "chỉ tiêu đào tạo năm nay của LĐLĐ tỉnh Lạng Sơn thế nào"))
    assert "Lạng Sơn" in first and "11/18" in first
    weather = text_of(ask(deps, "thời tiết hà nội mai thế nào"))
    assert "11/18" not in weather  # no target figures: the bot says what it does answer
    # The same shape with nothing foreign in it is a follow-up: the same question, for Hà Nội.
    again = text_of(ask(deps, "chỉ tiêu đào tạo năm nay của LĐLĐ tỉnh Lạng Sơn thế nào"))
    assert "Lạng Sơn" in again
    hanoi = text_of(ask(deps, "thế còn Hà Nội?"))
    assert "11/18" in hanoi and "Hà Nội" in hanoi


# ------------------------------------------------------------ a class of the list named by what it has

def setup_places(deps: Deps, *, province: str | None = None) -> None:
    """Safety classes in Hà Nội (one online, nearest) and Lạng Sơn, finance classes in both; the chair's
    profile says Lạng Sơn when `province` is given."""
    rows = [  # code, days ahead, org, province, topic, format, title, venue
        ("HN-AT-01", 5, "HN", "Hà Nội", "atvsld", "truc_tuyen", "Huấn luyện an toàn, vệ sinh lao động trực tuyến",
         "Trực tuyến qua Zoom"),
        ("LS-AT-01", 10, "LS", "Lạng Sơn", "atvsld", "tap_trung", "Huấn luyện an toàn, vệ sinh lao động",
         "Hội trường số 1, phường Tam Thanh"),
        ("HN-AT-02", 30, "HN", "Hà Nội", "atvsld", "tap_trung", "Tập huấn an toàn, vệ sinh lao động cho CĐCS",
         "Cung Văn hóa Lao động, Hà Nội"),
        ("HN-TC-01", 15, "HN", "Hà Nội", "tai_chinh", "tap_trung", "Bồi dưỡng nghiệp vụ tài chính công đoàn",
         "Hội trường LĐLĐ thành phố"),
        ("LS-TC-01", 20, "LS", "Lạng Sơn", "tai_chinh", "tap_trung", "Tập huấn tài chính công đoàn cơ sở",
         "Hội trường LĐLĐ tỉnh Lạng Sơn"),
    ]
    with session_scope(deps.session_factory) as s:
        members = add_members(s, 1, first_id=int(USER), channel="zalo")
        if province:
            members[0].province = province
        for code, days, org, prov, topic, fmt, title, venue in rows:
            c = add_course(s, code, org=org, starts=FIXED_NOW + dt.timedelta(days=days),
                           deadline=FIXED_NOW + dt.timedelta(days=days - 2), capacity=30)
            c.title, c.topic, c.format, c.province, c.venue = title, topic, fmt, prov, venue
        bump_data_version(s)


SAFETY = "lớp an toàn vệ sinh lao động nào sắp mở"


def test_a_class_of_the_list_named_by_its_place_or_format_then_by_its_position(deps: Deps) -> None:
    setup_places(deps)
    listed = text_of(ask(deps, SAFETY))
    order = [listed.index(t) for t in ("Huấn luyện an toàn, vệ sinh lao động trực tuyến", "Hội trường số 1",
                                        "Tập huấn an toàn, vệ sinh lao động cho CĐCS")]
    assert order == sorted(order) and "tài chính" not in listed  # the safety classes, nearest first
    where = text_of(ask(deps, "lớp ở Lạng Sơn học ở đâu"))
    assert "Hội trường số 1" in where and "tài chính" not in where  # picked among the list, no new search
    first = text_of(ask(deps, "lớp đầu tiên học mấy ngày"))  # the list stays: its first class
    assert "lao động trực tuyến" in first and "học 1 ngày" in first  # the detail asked, not the whole card
    online = text_of(ask(deps, "lớp online khi nào học"))
    assert "lao động trực tuyến" in online and "Bắt đầu" in online and "Cung Văn hóa" not in online


def test_registering_a_class_named_by_its_place_asks_which_when_several_fit(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, SAFETY)
    asked = ask(deps, "đăng ký lớp ở Hà Nội giúp tôi")
    labels = [b.label for b in asked[0].buttons]
    assert "lớp nào" in asked[0].text and len(labels) == 2
    assert {"Huấn luyện an toàn, vệ sinh lao động trực tuyến", "Tập huấn an toàn, vệ sinh lao động cho CĐCS"} == set(
        labels)
    with session_scope(deps.session_factory) as s:
        assert s.scalars(select(Registration)).all() == []  # nothing registered on a guess
    one = ask(deps, "đăng ký lớp ở Lạng Sơn giúp tôi")  # one fits: that class, with its register button
    assert "Hội trường số 1" in text_of(one) and any("Đăng ký" in b.label for r in one for b in r.buttons)


def test_the_nearest_class_of_the_list_and_the_next_batch(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, SAFETY)
    nearest = ask(deps, "đăng ký lớp gần nhất cho mình")
    assert "Zoom" in text_of(nearest) and any("Đăng ký" in b.label for r in nearest for b in r.buttons)


def test_the_next_batch_of_the_class_in_focus(deps: Deps) -> None:
    setup(deps)  # the three batches of the safety class in Lạng Sơn
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    ask(deps, "lớp đầu tiên học ở đâu")
    after = text_of(ask(deps, "đợt tiếp theo học ở đâu"))
    assert "Hội trường số 2" in after and "Hội trường số 1" not in after


def test_when_no_class_of_the_list_fits_it_is_the_same_question_there(deps: Deps) -> None:
    setup_places(deps)
    listed = text_of(ask(deps, "lớp an toàn vệ sinh lao động ở Hà Nội"))
    assert "Hội trường số 1" not in listed
    where = text_of(ask(deps, "lớp ở Lạng Sơn học ở đâu"))
    assert "Hội trường số 1" in where and "tài chính" not in where  # the safety class there, not any class


def test_another_place_after_one_class_keeps_its_topic(deps: Deps) -> None:
    setup_places(deps)
    one = text_of(ask(deps, "lớp tài chính công đoàn ở Hà Nội"))
    assert "Bồi dưỡng nghiệp vụ tài chính" in one
    there = text_of(ask(deps, "còn ở Lạng Sơn?"))
    assert "Tập huấn tài chính công đoàn cơ sở" in there and "an toàn" not in there


def test_my_province_from_the_profile_picks_the_class_to_register(deps: Deps) -> None:
    setup_places(deps, province="Lạng Sơn")
    ask(deps, SAFETY)
    mine = ask(deps, "dk cho mk lop o tinh minh")
    # The profile's province leaves one class in view: it is registered at once (details given before).
    assert "Hội trường số 1" in text_of(mine) and "Đã đăng ký" in text_of(mine)


def test_a_topic_switch_is_a_new_question(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, SAFETY)
    switched = text_of(ask(deps, "ok, giờ cho mình hỏi lớp tài chính nào sắp mở"))
    assert "tài chính" in switched and "an toàn" not in switched


def test_how_many_days_is_said_in_days(deps: Deps) -> None:
    """«học mấy hôm» about a class of two days: the reply says «2 ngày», not only two dates to count from."""
    setup(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "LS-AT-02")).one()
        c.ends_at = c.starts_at + dt.timedelta(days=1, hours=8)
        bump_data_version(s)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    two = text_of(ask(deps, "cái thứ 2 học mấy hôm"))
    assert "đợt 2" in two and "học 2 ngày" in two
    one = text_of(ask(deps, "lớp đầu tiên học mấy hôm"))
    assert "đợt 1" in one and "học 1 ngày" in one


def test_my_province_in_a_question_about_the_plan_uses_the_profile(deps: Deps) -> None:
    """«năm nay tỉnh mình tập huấn được bao nhiêu rồi» with a profile in Hà Nội: Hà Nội's plan, not
    whichever province's plan says the words best."""
    from knowledge.models import Target
    from tests.people import org_id

    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=int(USER), channel="zalo", org="HN")[0].province = "Hà Nội"
        # The other province's plan says the question's words best («tập huấn»): the profile decides.
        for code, org, got, metric in (("T-LS-26", "LS", 17, "Tập huấn nghiệp vụ cho cán bộ công đoàn năm nay"),
                                       ("T-HN-26", "HN", 11, "Số lớp bồi dưỡng cán bộ công đoàn")):
            s.add(Target(code=code, organisation_id=org_id(s, org), period_start=2026, period_end=2026,
                         target_value=18, unit="lớp", achieved_value=got, as_of=dt.date(2026, 11, 1),
                         metric=metric))
        bump_data_version(s)
    mine = text_of(ask(deps, "năm nay tỉnh mình tập huấn đc bn rồi"))
    assert "Hà Nội" in mine and "11/18" in mine and "17/18" not in mine


# ------------------------------------------------- a complete question after a list is a question of its own

def test_the_same_list_question_again_lists_again(deps: Deps) -> None:
    """«lớp ATVSLĐ ở Hà Nội» twice: every listed class fits a list question, so it is listed again, not
    «Anh/chị hỏi lớp nào ạ?»."""
    setup_places(deps)
    ask(deps, "lop an toan ve sinh lao dong o ha noi")
    again = ask(deps, "lop an toan ve sinh lao dong o ha noi")
    assert "lớp nào" not in again[0].text and "Các lớp phù hợp" in text_of(again)
    assert "vệ sinh lao động trực tuyến" in text_of(again) and "Cung Văn hóa" in text_of(again)


def test_a_new_topic_or_place_after_a_list_is_a_new_question(deps: Deps) -> None:
    """«lớp tài chính ở Lạng Sơn» after the Hà Nội safety classes names a topic of its own that no listed
    class has: the finance class there, not the old question rewritten and no miss logged."""
    setup_places(deps)
    ask(deps, "lop an toan ve sinh lao dong o ha noi")
    finance = text_of(ask(deps, "lop tai chinh o lang son"))
    assert "Tập huấn tài chính công đoàn cơ sở" in finance and "an toàn" not in finance
    # A place of its own, with no question about one class: the classes there, of any topic.
    ask(deps, "lop an toan ve sinh lao dong o ha noi")
    there = text_of(ask(deps, "lop o lang son"))
    assert "Tập huấn tài chính công đoàn cơ sở" in there and "Hội trường số 1" in there
    with session_scope(deps.session_factory) as s:
        assert s.scalars(select(UnansweredQuestion)).all() == []


def test_an_off_topic_message_in_between_drops_the_list_for_the_ellipsis(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, "lop an toan ve sinh lao dong o ha noi")
    ask(deps, "giá vàng hôm nay")
    weather = text_of(ask(deps, "thoi tiet lang son mai the nao"))
    assert "Hội trường số 1" not in weather and "Các lớp phù hợp" not in weather
    # The classes shown stay for a pick by position.
    assert "Zoom" in text_of(ask(deps, "lớp đầu tiên học ở đâu"))


def test_a_former_province_with_none_of_the_list_is_a_new_question(deps: Deps) -> None:
    """«lớp ở Hà Nam cũ có không» after safety classes in today's Ninh Bình, none of them in Hà Nam: no
    class of the list fits, so the classes of Hà Nam are looked for, not the list shown again."""
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=int(USER), channel="zalo")
        for code, days, topic, title, venue in (
                ("NB-AT-01", 5, "atvsld", "Huấn luyện an toàn, vệ sinh lao động", "Hội trường phường Hoa Lư"),
                ("NB-AT-02", 9, "atvsld", "Tập huấn an toàn, vệ sinh lao động", "Hội trường phường Tam Điệp"),
                ("NB-TC-01", 12, "tai_chinh", "Bồi dưỡng tài chính công đoàn", "Hội trường phường Phủ Lý (Hà Nam cũ)")):
            c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days))
            c.title, c.topic, c.province, c.venue = title, topic, "Ninh Bình", venue
        bump_data_version(s)
    ask(deps, "lop an toan ve sinh lao dong o ninh binh")
    former = ask(deps, "lop o ha nam cu co ko")
    assert "lớp nào" not in former[0].text
    assert "Phủ Lý" in text_of(former) or "tài chính" in text_of(former)


def test_choices_of_one_title_carry_what_tells_them_apart(deps: Deps) -> None:
    """Two classes of one title: the list's buttons and «lớp nào ạ?» show each one's start date."""
    setup_places(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "HN-AT-02")).one()
        c.title = "Huấn luyện an toàn, vệ sinh lao động trực tuyến"
        bump_data_version(s)
    listed = ask(deps, "lop an toan ve sinh lao dong o ha noi")
    labels = [b.label for r in listed for b in r.buttons if b.label.startswith("Chi tiết")]
    assert len(labels) == 2 and len(set(labels)) == 2 and all("/2026)" in x or "/2027)" in x for x in labels)
    asked = ask(deps, "đăng ký lớp ở Hà Nội giúp tôi")
    which = [b.label for b in asked[0].buttons]
    assert "lớp nào" in asked[0].text and len(which) == 2 and len(set(which)) == 2


def test_choices_show_a_period_class_by_its_period_not_a_made_up_day(deps: Deps) -> None:
    """A class planned only for «tháng 2/2027» is stored from 01/02: its label says the month, never «(01/02/2027)»."""
    setup_places(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "HN-AT-02")).one()
        c.title = "Huấn luyện an toàn, vệ sinh lao động trực tuyến"
        c.starts_at = dt.datetime(2027, 2, 1, 1, 0, tzinfo=dt.UTC)
        c.ends_at, c.tentative = None, "tháng 2/2027"
        bump_data_version(s)
    listed = ask(deps, "lop an toan ve sinh lao dong o ha noi")
    labels = [b.label for r in listed for b in r.buttons if b.label.startswith("Chi tiết")]
    assert any("(dự kiến tháng 2/2027)" in x for x in labels), labels
    assert not any("01/02/2027" in x for x in labels)


def test_when_registration_opens_for_a_period_class_is_when_its_organiser_gives_the_day(deps: Deps) -> None:
    setup_places(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "HN-AT-02")).one()
        c.starts_at = dt.datetime(2027, 2, 1, 1, 0, tzinfo=dt.UTC)
        c.ends_at, c.registration_deadline, c.tentative = None, None, "tháng 2/2027"
        c.code = "VT-HN-02"  # a code that opens with a province's shorthand: no «VT là Vũng Tàu» to confirm
        bump_data_version(s)
    ask(deps, "lop an toan ve sinh lao dong o ha noi")
    opens = text_of(ask(deps, "cái thứ 2 khi nào mở đăng ký"))
    assert "chưa nhận đăng ký" in opens and "thông báo ngày học" in opens and "Mình hiểu" not in opens


def test_another_class_after_the_only_one_of_a_place_is_one_of_its_kind_elsewhere(deps: Deps) -> None:
    setup_places(deps)
    assert "Tập huấn tài chính công đoàn cơ sở" in text_of(ask(deps, "lop tai chinh cong doan o lang son"))
    other = text_of(ask(deps, "thế có lớp nào khác không"))
    assert "Bồi dưỡng nghiệp vụ tài chính công đoàn" in other  # Hà Nội's finance class
    assert "an toàn" not in other


def test_apart_adds_the_first_detail_that_differs() -> None:
    from handlers.compose import apart

    labels = apart(["Chỉ tiêu", "Chỉ tiêu", "Khác"], [["năm 2026", "LĐLĐ A"], ["năm 2026", "LĐLĐ B"], ["x"]])
    assert labels == ["Chỉ tiêu (LĐLĐ A)", "Chỉ tiêu (LĐLĐ B)", "Khác"]
    assert apart(["A", "A"], [[], []]) == ["A", "A"]  # nothing known that differs: left as is
