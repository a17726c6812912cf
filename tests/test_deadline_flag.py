"""A registration deadline that ends today or tomorrow says so beside its date: a chair reading «Hạn đăng ký:
Thứ Hai, 23/11/2026» on the day itself cannot tell it closes tonight."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from handlers import compose
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from tests.conftest import FIXED_NOW  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.people import add_course
from tests.test_organiser import say

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = dt.timedelta(days=1)


def test_the_flag_says_today_tomorrow_or_passed() -> None:
    tonight = dt.datetime(2026, 11, 23, 23, 59, tzinfo=TZ)
    assert compose.deadline_flag(tonight, FIXED_NOW, TZ) == " (hôm nay, đến 23:59)"
    assert compose.deadline_flag(tonight + DAY, FIXED_NOW, TZ) == " (ngày mai)"
    assert compose.deadline_flag(tonight + 2 * DAY, FIXED_NOW, TZ) == ""
    assert compose.deadline_flag(FIXED_NOW - dt.timedelta(minutes=1), FIXED_NOW, TZ) == " (đã hết hạn)"
    assert compose.deadline_flag(tonight, None, TZ) == ""


def test_a_list_and_a_class_card_flag_a_deadline_that_ends_tonight(deps: Deps) -> None:
    tonight = dt.datetime(2026, 11, 23, 23, 59, tzinfo=TZ)
    with session_scope(deps.session_factory) as s:
        c = add_course(s, "XD-01", starts=FIXED_NOW + 10 * DAY, deadline=tonight)
        c.title, c.topic = "Tập huấn nghiệp vụ cho chủ tịch công đoàn ngành xây dựng", "nghiep_vu"
        bump_data_version(s)
    deps.knowledge.invalidate()
    listing = say(deps, "lớp nghiệp vụ cho chủ tịch công đoàn ngành xây dựng", user="930")
    assert "Hạn đăng ký: Thứ Hai, 23/11/2026 (hôm nay, đến 23:59)" in "\n".join(r.text for r in listing)
    deadline = say(deps, "hạn đăng ký lớp đó đến bao giờ", user="930")
    assert "(hôm nay, đến 23:59)" in deadline[0].text
