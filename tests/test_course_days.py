"""Classes asked by the day of the week or the part of the day they are held on: «lớp học vào T7», «học thứ
bảy», «cuối tuần», «buổi chiều», «học sáng». A weekday said is a filter (a class qualifies when one of its days
falls on it), so is a part of the day (its start lies in it); when no class qualifies, the reply says so and
shows the nearest classes on other days. A plan of our own, imported through the documented format, into a
fresh database; the clock is FIXED_NOW (Monday 23/11/2026)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.deps import Deps
from handlers.types import Reply
from knowledge.slots import day_slot
from knowledge.text import normalise
from tests.test_organiser import say
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan

HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
          "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số chỗ", "Trạng thái", "Ghi chú"]
_ROWS = [
    # code, title, province, start, end
    ("SAT-1", "Tập huấn nghiệp vụ công đoàn cơ sở", "Hà Nội", "05/12/2026 08:00", "05/12/2026"),  # a Saturday
    ("WED-PM", "Tập huấn tài chính công đoàn", "Hà Nội", "02/12/2026 13:30", "02/12/2026"),  # Wednesday afternoon
    ("MON-3D", "Tập huấn công tác nữ công", "Hồ Chí Minh", "07/12/2026 08:00", "09/12/2026"),  # Monday to Wednesday
    ("FRI-SUN", "Bồi dưỡng kỹ năng thương lượng tập thể", "Hồ Chí Minh", "11/12/2026 08:00", "13/12/2026"),
    ("TUE-EVE", "Bồi dưỡng kỹ năng tuyên truyền", "Hà Nội", "15/12/2026 18:30", "15/12/2026 21:00"),  # Tuesday evening
]
TITLE = {code: title for code, title, *_ in _ROWS}
COURSES = [[code, title, "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS", f"LĐLĐ {province}", province,
            f"Hội trường LĐLĐ {province}", "tập trung", start, end, "", "50", "", ""]
           for code, title, province, start, end in _ROWS]
TARGETS = [["HN-2026", "LĐLĐ thành phố Hà Nội", "2026", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "3.000", "học viên",
            "2.100", "31/10/2026"]]


def ask(deps: Deps, text: str, user: str) -> str:
    replies: list[Reply] = say(deps, text, user=user, channel="zalo")
    return "\n".join(r.text for r in replies)


def listed(reply: str) -> set[str]:
    return {code for code, title in TITLE.items() if title in reply}


@pytest.mark.parametrize(("typed", "days", "parts"), [
    ("lớp học vào T7", (5,), ()),
    ("có lớp nào học thứ bảy không", (5,), ()),
    ("thứ 7 có lớp nào", (5,), ()),
    ("lớp học vào chủ nhật", (6,), ()),
    ("học CN được không", (6,), ()),
    ("lớp cuối tuần", (5, 6), ()),
    ("lớp học buổi chiều", (), ("chieu",)),
    ("có lớp nào học sáng không", (), ("sang",)),
    ("lop hoc buoi toi", (), ("toi",)),
    ("lớp tối thứ 3", (1,), ("toi",)),
    ("các lớp ca tối", (), ("toi",)),
])
def test_a_weekday_or_a_part_of_the_day_said_is_read(typed: str, days: tuple[int, ...], parts: tuple[str, ...]) -> None:
    said = day_slot(normalise(typed))
    assert said is not None and (said.days, said.parts) == (days, parts), typed


@pytest.mark.parametrize("typed", [
    "lớp thứ 2 ở Hà Nội",          # the second class of a list
    "lớp cho CN",                   # workers
    "lùi sang tháng sau",           # «sang»: to
    "sáng tạo trong công tác",      # creative
    "lớp tới có gì",                # the next class
    "lớp T5/2027",                  # a month
    "chiều nay có lớp nào",         # a day asked (today), read as a period
    "chiều cao",
])
def test_words_that_only_look_like_a_day_are_no_day(typed: str) -> None:
    assert day_slot(normalise(typed)) is None, typed


def test_classes_held_on_the_weekday_asked_only(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    for typed in ("lớp học vào T7", "có lớp nào học thứ bảy không", "thứ 7 có lớp nào"):
        # The Saturday class, and the one held Friday to Sunday: one of its days is a Saturday.
        assert listed(ask(deps, typed, f"sat-{typed}")) == {"SAT-1", "FRI-SUN"}, typed
    assert listed(ask(deps, "lớp cuối tuần", "weekend")) == {"SAT-1", "FRI-SUN"}
    assert listed(ask(deps, "lớp học vào thứ 4", "wed")) == {"WED-PM", "MON-3D"}


def test_classes_starting_in_the_part_of_the_day_asked_only(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    assert listed(ask(deps, "lớp học buổi chiều", "pm")) == {"WED-PM"}
    assert listed(ask(deps, "lớp học buổi tối ở Hà Nội", "eve")) == {"TUE-EVE"}
    # «ca tối» (the evening shift) typed with its marks: «ca» is no word of a class to look for.
    assert listed(ask(deps, "các lớp ca tối ở Hà Nội", "shift")) == {"TUE-EVE"}
    assert listed(ask(deps, "có lớp nào học sáng không", "am")) == {"SAT-1", "MON-3D", "FRI-SUN"}


def test_no_class_on_the_day_asked_is_said_and_the_nearest_others_are_shown(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp nữ công vào T7", "nc")
    # The women's-work class is held Monday to Wednesday: said, and shown.
    assert "thứ Bảy" in reply and "MON-3D" in listed(reply) and "Các lớp phù hợp" not in reply
    sunday = ask(deps, "lớp ở Hà Nội học chủ nhật", "sun")
    assert "Chủ nhật" in sunday or "chủ nhật" in sunday
    assert listed(sunday) <= {"SAT-1", "WED-PM", "TUE-EVE"} and listed(sunday)  # Hà Nội's, on other days
    evening = ask(deps, "lớp tài chính buổi tối", "fin")
    assert "buổi tối" in evening and listed(evening) == {"WED-PM"}


def test_which_part_of_the_day_asked_is_no_filter() -> None:
    assert day_slot(normalise("lớp tới học sáng hay chiều")) is None


def test_a_weekday_asked_as_a_follow_up_keeps_the_place_asked_before(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    assert listed(ask(deps, "lớp ở Hà Nội", "fu")) == {"SAT-1", "WED-PM", "TUE-EVE"}
    # Hà Nội's classes on Saturdays (not every province's, nor «thứ 7» read as a place).
    assert listed(ask(deps, "còn thứ 7 thì sao", "fu")) == {"SAT-1"}


def test_which_class_is_held_on_a_weekday_asked_by_its_number_is_no_count(deps: Deps, tmp_path: Path) -> None:
    """«… học thứ 7 là lớp mấy» asks which class (its number), not how many: the class, not a figure of an article."""
    law = ["NB-PL-1", "Tập huấn kỹ năng tư vấn pháp luật cho cán bộ CĐ lớp 1", "Tư vấn pháp luật", "Cán bộ công đoàn",
           "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh Ninh Bình", "tập trung", "05/06/2027 08:00",
           "06/06/2027", "", "50", "", ""]
    import_plan(deps, tmp_path, [HEADER, *COURSES, law], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp tư vấn pháp luật cho cán bộ CĐ ở Ninh Bình học thứ 7 là lớp mấy", "which")
    assert "Tập huấn kỹ năng tư vấn pháp luật" in reply and "Nguồn" not in reply
