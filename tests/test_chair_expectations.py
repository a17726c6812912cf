"""What a chair expects of the talk around classes, through the real core on a fresh database (the Lạng Sơn
classes of tests/test_registration_in_talk.py; the clock fixed on Monday 23/11/2026):

- a registration names its class by title words, by position in the list just shown or by code; a code no class
  has is said unknown, and several fitting classes are asked about, never one guessed;
- «còn đăng ký được ko», «còn mấy chỗ» about one class answer yes or no first, with why;
- a class the person already holds a place on says so instead of offering «Đăng ký» again;
- «bot nhắc tôi trước mấy ngày» is answered from the deployment's reminder settings, with how to turn them off;
- «buổi chiều», «buổi tối», «cuối tuần» alone after a list narrow that list;
- an organiser written as a former province's LĐLĐ («LĐLĐ tỉnh Sóc Trăng») is shown as the plan wrote it;
- «chỉ tiêu năm nay» with no plan of this year loaded says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers import registered
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Registration
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.people import add_course, give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, data_of, places, text_of, well_written
from tests.test_transfer import write_csv

VN = ZoneInfo("Asia/Ho_Chi_Minh")


# ------------------------------------------------------------------ registering a class named

def test_a_registration_by_code_shows_that_class_with_its_register_choice(deps: Deps) -> None:
    ids = classes(deps)
    # Someone whose details are on file is shown the class and asked to confirm (a first-timer is taken
    # straight to the details form instead: tests/test_tester_findings_t1flows.py).
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "c1")
    replies = say(deps, "đk lớp AT-01", user="c1")
    well_written(replies)
    assert "Huấn luyện an toàn, vệ sinh lao động" in text_of(replies)
    assert f"rg:{ids['AT-01']}" in data_of(replies)
    assert places(deps, "c1") == []  # shown first, nothing taken on a code alone


def test_a_code_no_class_has_is_said_unknown_and_nothing_else_is_offered(deps: Deps) -> None:
    classes(deps)
    replies = say(deps, "đk lớp CT-26-05", user="c2")
    well_written(replies)
    assert replies[0].text.startswith("Mình không tìm thấy lớp nào có mã «CT-26-05»")
    assert not any(d.startswith("rg:") for d in data_of(replies))
    # A standard's or an illness's name written like a code is no class code.
    assert "Mình không tìm thấy lớp" not in text_of(say(deps, "lớp phòng chống COVID-19", user="c2"))


def test_a_registration_by_position_takes_that_class_of_the_list(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="c3")
    replies = say(deps, "đăng ký lớp thứ 2", user="c3")
    assert f"rg:{ids['NC-02']}" in data_of(replies) and f"rg:{ids['NC-01']}" not in data_of(replies)
    assert places(deps, "c3") == []


def test_a_registration_by_title_words_fitting_several_classes_asks_which(deps: Deps) -> None:
    ids = classes(deps)
    replies = say(deps, "đăng ký lớp nữ công", user="c4")
    assert {f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}"} <= set(data_of(replies))
    assert places(deps, "c4") == []


# ------------------------------------------------------------------ can I still register?

def test_still_open_is_answered_yes_first_with_the_deadline(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="s1")
    for asked in ("còn đăng ký được ko", "còn mấy chỗ", "còn chỗ không"):
        [reply] = say(deps, asked, user="s1")
        well_written([reply])
        first, rest = reply.text.split("\n", 1)
        assert first.startswith("Còn ạ, lớp này còn nhận đăng ký đến hết "), asked
        assert "còn 30/30 chỗ" in rest
        assert data_of([reply]) == [f"rg:{ids['AT-01']}"]


def test_a_deadline_passed_or_a_full_class_is_answered_no_first(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp TC-01", user="s2")
    [reply] = say(deps, "còn đăng ký được không", user="s2")
    assert reply.text.startswith("Không ạ, lớp này đã hết hạn đăng ký (")
    assert not any(d.startswith("rg:") for d in data_of([reply]))
    say(deps, "lớp TC-02", user="s2")
    [reply] = say(deps, "còn chỗ không", user="s2")
    assert reply.text.startswith("Hết chỗ rồi ạ")


def test_which_classes_still_take_registrations_stays_a_list(deps: Deps) -> None:
    classes(deps)
    replies = say(deps, "lớp nào còn đăng ký được", user="s3")
    assert replies[0].text.startswith("Các lớp đang nhận đăng ký")


# ------------------------------------------------------------------ a class already registered

def test_a_class_already_registered_is_said_so_not_offered_again(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        me = give_details(s, "telegram", "r1")
        s.add(Registration(course_id=ids["AT-01"], profile_id=me.id, status="registered", created_at=FIXED_NOW,
                           updated_at=FIXED_NOW))
    card = say(deps, "lớp AT-01", user="r1")
    well_written(card)
    assert registered.ALREADY in text_of(card) and "/lich" in text_of(card)
    assert f"rg:{ids['AT-01']}" not in data_of(card)
    again = say(deps, "còn chỗ không", user="r1")
    assert "Anh/chị đã đăng ký lớp" in text_of(again) and f"rg:{ids['AT-01']}" not in data_of(again)
    # Someone else still gets the choice.
    assert f"rg:{ids['AT-01']}" in data_of(say(deps, "lớp AT-01", user="r2"))


def test_a_list_names_the_class_already_registered(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        me = give_details(s, "telegram", "r3")
        s.add(Registration(course_id=ids["NC-01"], profile_id=me.id, status="waitlisted", created_at=FIXED_NOW,
                           updated_at=FIXED_NOW))
    replies = say(deps, "đăng ký lớp nữ công", user="r3")
    assert "Anh/chị đang trong danh sách chờ lớp «Bồi dưỡng cán bộ nữ công CĐCS»" in text_of(replies)
    assert f"rg:{ids['NC-01']}" not in data_of(replies) and f"rg:{ids['NC-02']}" in data_of(replies)


# ------------------------------------------------------------------ reminders asked in words

def test_reminders_asked_in_words_are_answered_from_the_settings(deps: Deps) -> None:
    for asked in ("bot nhắc tôi trước mấy ngày", "có nhắc lịch học không", "nhắc trước bao lâu",
                  "bot co nhac han dang ky ko"):
        [reply] = say(deps, asked, user="n1")
        well_written([reply])
        assert reply.text.startswith("Có ạ"), asked
        assert "7 ngày, 1 ngày lúc 07:00 và 2 giờ" in reply.text and "3 ngày và 1 ngày" in reply.text
        assert "/nhacnho" in reply.text and "ngoài phạm vi" not in reply.text


def test_reminders_said_are_the_deployments_own(deps: Deps) -> None:
    config = reminders.Config(wording=WORDING, ladder=reminders.parse_ladder("3 ngày; 1 giờ"), deadline=())
    own = dataclasses.replace(deps, reminders=config)
    [reply] = say(own, "bot nhắc trước mấy ngày?", user="n2")
    assert "nhắc trước giờ học 3 ngày và 1 giờ" in reply.text and "hạn đăng ký" not in reply.text


def test_turning_reminders_off_in_words_still_does_it(deps: Deps) -> None:
    [reply] = say(deps, "tắt nhắc trước giờ học", user="n3")
    assert reply.text.startswith("Đã tắt")
    [asked] = say(deps, "nhắc trước bao lâu", user="n3")
    assert "Anh/chị đang tắt: nhắc trước giờ học" in asked.text


# ------------------------------------------------------------------ a part of the day after a list

def _day_classes(deps: Deps) -> dict[str, int]:
    """Three classes on negotiating: Saturday afternoon, Wednesday evening, Tuesday morning."""
    specs = [("TL-01", dt.datetime(2026, 12, 19, 13, 30, tzinfo=VN)),
             ("TL-02", dt.datetime(2026, 12, 16, 18, 30, tzinfo=VN)),
             ("TL-03", dt.datetime(2026, 12, 15, 8, 0, tzinfo=VN))]
    ids = {}
    with session_scope(deps.session_factory) as s:
        for code, start in specs:
            c = add_course(s, code, starts=start, deadline=start - dt.timedelta(days=3))
            c.ends_at = start + dt.timedelta(hours=3)
            c.title, c.topic = f"Kỹ năng thương lượng tập thể {code}", "doi_thoai"
            ids[code] = c.id
        bump_data_version(s)
    deps.knowledge.invalidate()
    return ids


def test_a_part_of_the_day_after_a_list_narrows_that_list(deps: Deps) -> None:
    ids = _day_classes(deps)
    listed = say(deps, "lớp kỹ năng thương lượng tập thể", user="p1")
    assert {f"c:{i}" for i in ids.values()} <= set(data_of(listed))
    for said, code in (("buổi chiều", "TL-01"), ("buổi tối", "TL-02"), ("cuối tuần", "TL-01"),
                       ("còn buổi sáng thì sao", "TL-03")):
        [reply] = say(deps, said, user="p1")
        well_written([reply])
        assert reply.text.startswith("Trong các lớp vừa rồi, lớp học "), said
        assert data_of([reply]) == [f"c:{ids[code]}"], said


def test_a_part_of_the_day_no_listed_class_has_is_said(deps: Deps) -> None:
    _day_classes(deps)
    say(deps, "lớp kỹ năng thương lượng tập thể", user="p2")
    say(deps, "buổi chiều", user="p2")
    [reply] = say(deps, "chủ nhật", user="p2")
    # The list asked first is narrowed again (not the afternoon one), and none of it is held on a Sunday.
    assert reply.text.startswith("Trong các lớp vừa rồi không có lớp nào học Chủ nhật")
    assert not reply.buttons


# ------------------------------------------------------------------ an organiser as the plan wrote it

HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc"]


def test_a_former_provinces_union_is_shown_as_the_plan_wrote_it(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    rows = [["ST-26-01", "Tập huấn kỹ năng thương lượng cho chủ tịch CĐCS", "Thương lượng", "Chủ tịch CĐCS",
             "LĐLĐ tỉnh Sóc Trăng", "Sóc Trăng", "Hội trường LĐLĐ", "Tập trung (trực tiếp)", "19/12/2026", "20/12/2026"],
            ["LS-26-01", "Tập huấn nghiệp vụ công đoàn", "Nghiệp vụ", "Chủ tịch CĐCS",
             "Liên đoàn Lao động tỉnh Lạng Sơn", "Lạng Sơn", "Hội trường LĐLĐ", "Tập trung (trực tiếp)", "19/12/2026",
             "20/12/2026"]]
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *rows]), tz=VN,
                reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
    st = session.scalar(select(Course).where(Course.code == "ST-26-01"))
    ls = session.scalar(select(Course).where(Course.code == "LS-26-01"))
    assert st is not None and ls is not None
    assert st.organiser is not None and "Cần Thơ" in st.organiser.name  # today's union holds it
    assert st.organiser_written == "LĐLĐ tỉnh Sóc Trăng"
    assert ls.organiser_written == ""  # the union's own name: nothing else to say


# ------------------------------------------------------------------ targets of this year

def test_targets_of_this_year_with_none_loaded_are_said_missing(deps: Deps) -> None:
    [reply] = say(deps, "chỉ tiêu năm nay", user="t1")
    well_written([reply])
    assert reply.text.startswith("Chưa có chỉ tiêu đào tạo năm 2026 nào trong dữ liệu của mình")
    assert not reply.buttons
    # A year the data holds is answered as before.
    [old] = say(deps, "chỉ tiêu năm 2016 của Hà Nội", user="t1")
    assert "Chưa có chỉ tiêu đào tạo năm" not in old.text
