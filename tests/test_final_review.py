"""Findings of the final review of the day's change, each pinned by the behaviour a user sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from handlers.deps import Deps
from knowledge import registrations
from knowledge.db import session_scope
from knowledge.models import Course
from tests.conftest import FIXED_NOW
from tests.people import give_details
from tests.test_organiser import say
from tests.test_postponed_classes import HEADER
from tests.test_registration_in_talk import text_of
from tests.test_transfer import import_into, write_csv


def test_a_class_put_off_to_a_day_without_a_year_is_shown_with_that_day(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-09", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "01/12/2026", "", "Hoãn", "Hoãn sang 15/01 do trùng lịch Đại hội."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    shown = text_of(say(deps, "lớp nữ công ở Lạng Sơn", user="f1"))
    assert "ĐÃ HOÃN, lịch mới từ Thứ Sáu, 15/01/2027" in shown and "chưa có lịch mới" not in shown


def test_a_class_put_off_to_a_day_without_a_year_offers_its_register_button(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-10", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "01/12/2026", "", "Hoãn", "Hoãn sang 15/01."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    say(deps, "lớp nữ công ở Lạng Sơn", user="f2")
    replies = say(deps, "lớp này học khi nào", user="f2")
    assert "chưa có lịch mới" not in text_of(replies) and "15/01/2027" in text_of(replies)
    assert any(b.data.startswith("rg:") for r in replies for b in r.buttons)


def test_a_clash_is_checked_at_the_days_a_put_off_class_is_held(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER,
            ["MO-15", "Huấn luyện an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "LĐLĐ tỉnh Lạng Sơn",
             "Lạng Sơn", "15/01/2027", "", "Mở đăng ký", ""],
            ["HOAN-11", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
             "Lạng Sơn", "01/12/2026", "", "Hoãn", "Hoãn sang 15/01/2027."],
            ["MO-01", "Bồi dưỡng kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể",
             "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "01/12/2026", "", "Mở đăng ký", ""]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    with deps.session_factory() as s:
        ids = {c.code: c.id for c in s.scalars(select(Course))}
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "f3")
    say(deps, data=f"rg:{ids['MO-15']}", user="f3")
    # Held on 15/01/2027, the day of the class already taken: the clash is said; none with the day given up.
    assert "Trùng thời gian với lớp «Huấn luyện an toàn, vệ sinh lao động»" in text_of(
        say(deps, data=f"rg:{ids['HOAN-11']}", user="f3"))
    assert "Trùng thời gian" not in text_of(say(deps, data=f"rg:{ids['MO-01']}", user="f3"))


def test_own_details_are_not_shown_in_a_group(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "f4")
    for asked in ("xem thông tin của tôi", "/hoso"):
        shown = text_of(say(deps, asked, user="f4", private=False))
        assert "Điện thoại" not in shown and "Họ và tên" not in shown, asked
    assert "Điện thoại" in text_of(say(deps, "xem thông tin của tôi", user="f4"))


def test_deleting_own_details_is_asked_in_private(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "f5")
    replies = say(deps, "xóa thông tin của tôi", user="f5", private=False)
    assert "nhắn /hoso riêng" in text_of(replies) and not [b for r in replies for b in r.buttons]
    replies = say(deps, "xóa thông tin của tôi", user="f5")
    assert any(b.data == "dk:delok" for r in replies for b in r.buttons)  # in private: asked to confirm


def test_a_place_on_a_class_put_off_without_a_new_date_is_still_listed(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-12", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "01/12/2026", "", "Mở đăng ký", ""]]
    import_into(deps, write_csv(tmp_path / "mo.csv", rows))
    with deps.session_factory() as s:
        cid = s.scalar(select(Course.id).where(Course.code == "HOAN-12"))
    with session_scope(deps.session_factory) as s:
        profile = give_details(s, "telegram", "f6")
        registrations.register(session=s, course_id=cid, profile=profile, now=FIXED_NOW)
    # Put off with no new date; the day given up (01/12/2026) is now past.
    import_into(deps, write_csv(tmp_path / "hoan.csv", [HEADER, [*rows[1][:7], "Tạm hoãn", "Sẽ báo sau."]]))
    later = dt.datetime(2026, 12, 5, 9, tzinfo=dt.UTC)
    with session_scope(deps.session_factory) as s:
        profile = give_details(s, "telegram", "f6")
        assert [r.course.code for r in registrations.my_registrations(session=s, profile=profile, now=later)] == [
            "HOAN-12"]
