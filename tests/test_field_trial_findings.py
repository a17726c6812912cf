"""What a chair met trying the bot on a provincial plan: a day asked finds the classes held on it (begun that
morning or days before, not only those starting), a span of days with its month said once is a span, and
terminal escapes or a pasted «' OR '1'='1» do not hide the question. The plan is a small one of our own,
imported through the documented format; the clock is FIXED_NOW (Monday 23/11/2026, 09:00)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.deps import Deps
from handlers.types import Reply
from knowledge.language.spoken import spoken_numbers
from knowledge.slots import parse_time
from knowledge.text import clean, normalise, unnoised
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_reading_gaps import HEADER, TARGETS
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan

_ROWS = [
    # code, title, organiser, province, venue, start, end, status, note
    ("HY-01", "Tập huấn nghiệp vụ công đoàn cho cán bộ mới", "Công đoàn phường Hồng Châu", "Hưng Yên",
     "UBND phường Hồng Châu", "23/11/2026", "23/11/2026", "", ""),
    ("HY-02", "Tập huấn an toàn, vệ sinh lao động cho công nhân", "LĐLĐ tỉnh Hưng Yên", "Hưng Yên",
     "KCN Thăng Long II", "05/12/2026", "05/12/2026", "", ""),
    ("LD-01", "Bồi dưỡng chủ tịch CĐCS (đợt 2)", "LĐLĐ tỉnh Lâm Đồng", "Lâm Đồng",
     "Hội trường LĐLĐ tỉnh", "20/01/2027", "22/01/2027", "", ""),
    ("QN-01", "Tập huấn kỹ năng thương lượng tập thể", "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi",
     "Hội trường LĐLĐ tỉnh", "21/01/2027", "22/01/2027", "", ""),
    ("QN-02", "Tập huấn pháp luật lao động", "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi",
     "Hội trường LĐLĐ tỉnh", "26/01/2027", "26/01/2027", "", ""),
]
COURSES = [[code, title, "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS", org, province, venue, "tập trung", start, end,
            "", "50", status, note] for code, title, org, province, venue, start, end, status, note in _ROWS]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def ask(deps: Deps, text: str, user: str) -> str:
    replies: list[Reply] = say(deps, text, user=user, channel="zalo")
    return "\n".join(r.text for r in replies)


# ------------------------------------------------------------------ 1. a day asked: the classes held on it

def test_today_lists_the_class_begun_this_morning(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "hôm nay có lớp nào không", "today")
    assert "Không có lớp nào đúng thời gian" not in reply
    assert "Tập huấn nghiệp vụ công đoàn cho cán bộ mới" in reply


def test_a_day_asked_lists_the_classes_under_way_on_it(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp ngày 22/01/2027", "day")
    assert "Không có lớp nào đúng thời gian" not in reply
    assert "Bồi dưỡng chủ tịch CĐCS (đợt 2)" in reply and "Tập huấn kỹ năng thương lượng tập thể" in reply
    assert "Tập huấn pháp luật lao động" not in reply


# ------------------------------------------------------------------ 2. a span of days, its month said once

@pytest.mark.parametrize("typed", ["có lớp nào từ 20 đến 22/1/2027 không", "lớp 20-22/1", "từ 20/1 đến 22/1/2027",
                                   "có lớp nào từ ngày hai mươi đến ngày hai mươi hai tháng một năm hai nghìn "
                                   "không trăm hai mươi bảy không"])
def test_a_span_of_days_with_its_month_said_once_is_read_whole(typed: str) -> None:
    # Read as the engine reads a message: numbers said in words first (knowledge.language.spoken).
    slot = parse_time(normalise(spoken_numbers(typed)), FIXED_NOW)
    assert slot is not None and slot.kind == "range"
    assert (slot.start.day, slot.start.month, slot.start.year) == (20, 1, 2027)
    assert slot.end is not None and (slot.end.day, slot.end.month) == (23, 1)  # the last day included


def test_a_span_across_the_new_year_and_a_day_said_in_words() -> None:
    slot = parse_time(normalise("lớp từ 28/12 đến 3/1/2027"), FIXED_NOW)
    assert slot is not None and slot.end is not None
    assert (slot.start.year, slot.start.month, slot.end.day) == (2026, 12, 4)
    day = parse_time(normalise("lớp ngày 22 tháng 1"), FIXED_NOW)
    assert day is not None and day.kind == "day" and day.label == "ngày 22/01/2027"


def test_classes_of_a_span_are_those_held_in_it(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "co lop nao tu 20 den 22/1/2027 ko", "span")
    assert "từ 20/01 đến 22/01/2027" in reply
    assert "Bồi dưỡng chủ tịch CĐCS (đợt 2)" in reply and "Tập huấn kỹ năng thương lượng tập thể" in reply
    assert "Tập huấn pháp luật lao động" not in reply


# ------------------------------------------------------------------ 6. escapes and pasted noise

def test_terminal_escapes_and_stray_quotes_are_no_words() -> None:
    assert clean("\x07\x1b[31m lớp ở Hưng Yên\x1b[0m") == "lớp ở Hưng Yên"
    assert unnoised("lớp ATVSLĐ' OR '1'='1").strip() == "lớp ATVSLĐ"
    assert unnoised("lớp ở Đắk R'Lấp") == "lớp ở Đắk R'Lấp"  # an apostrophe inside a name stays
    assert unnoised("15 x 23 = bn") == "15 x 23 = bn"


def test_a_question_behind_escapes_or_an_injection_string_is_answered(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "KCN Thăng Long II" in ask(deps, "\x07\x1b[31m lớp ở Hưng Yên", "esc")
    reply = ask(deps, "lớp an toàn vệ sinh lao động' OR '1'='1", "sql")
    assert "Tập huấn an toàn, vệ sinh lao động cho công nhân" in reply


# ------------------------------------------------------------------ 3-4. a place whose class is off or under way

_MORE = [
    ("HY-03", "Tập huấn kỹ năng giảng dạy", "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Hội trường LĐLĐ tỉnh",
     "12/12/2026", "12/12/2026", "Đã hủy", "Chuyển sang năm 2027"),
    ("KH-01", "Tập huấn kỹ năng giảng dạy cho giảng viên", "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa",
     "Hội trường LĐLĐ tỉnh", "15/01/2027", "15/01/2027", "", ""),
    ("QN-03", "Bồi dưỡng lý luận chính trị cho cán bộ chuyên trách", "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi",
     "Trường Chính trị tỉnh", "19/12/2026", "23/12/2026", "Đã hủy", "Hủy do không đủ học viên"),
    ("QN-04", "Tập huấn công tác nữ công", "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi", "Hội trường LĐLĐ tỉnh",
     "19/11/2026", "20/11/2026", "", ""),
    ("HY-04", "Tập huấn công tác nữ công", "Công đoàn xã Tiên Lữ", "Hưng Yên", "Hội trường xã Tiên Lữ",
     "05/08/2026", "05/08/2026", "", ""),
]


def setup_more(deps: Deps, tmp_path: Path) -> None:
    more = [[code, title, "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS", org, province, venue, "tập trung", start, end,
             "", "50", status, note] for code, title, org, province, venue, start, end, status, note in _MORE]
    import_plan(deps, tmp_path, [HEADER, *COURSES, *more], [TARGET_HEADER, *TARGETS])


@pytest.mark.parametrize("typed", ["lớp kỹ năng giảng dạy hưng yên có còn không", "lớp kỹ năng giảng dạy Hưng Yên"])
def test_the_only_class_of_the_place_called_off_is_said_so_first(deps: Deps, tmp_path: Path, typed: str) -> None:
    setup_more(deps, tmp_path)
    reply = ask(deps, typed, "off")
    assert "Chưa có lớp phù hợp ở Hưng Yên" not in reply
    # The note moves it to next year: said as put off, its old date called off.
    assert "Tập huấn kỹ năng giảng dạy\n" in reply and "lịch cũ đã hủy" in reply and "12/12/2026" in reply


def test_a_cancelled_class_named_without_asking_its_status_is_no_unknown(deps: Deps, tmp_path: Path) -> None:
    setup_more(deps, tmp_path)
    reply = ask(deps, "lớp lý luận chính trị Quảng Ngãi", "llct")
    assert "Bồi dưỡng lý luận chính trị cho cán bộ chuyên trách" in reply and "ĐÃ HỦY" in reply
    assert "chưa có thông tin" not in reply


def test_a_ward_whose_only_class_began_this_morning_shows_it_under_way(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp ở phường Hồng Châu", "ward")
    assert "Chưa có lớp của đơn vị anh/chị hỏi" not in reply
    assert "Tập huấn nghiệp vụ công đoàn cho cán bộ mới" in reply and "ĐANG DIỄN RA" in reply
    assert "Bồi dưỡng chủ tịch CĐCS (đợt 2)" not in reply  # no list of the whole country


def test_a_union_with_no_class_to_come_offers_its_own_provinces_first(deps: Deps, tmp_path: Path) -> None:
    setup_more(deps, tmp_path)
    reply = ask(deps, "lớp của Công đoàn xã Tiên Lữ", "commune")
    assert "Tập huấn an toàn, vệ sinh lao động cho công nhân" in reply  # Hưng Yên's class to come
    assert "Bồi dưỡng chủ tịch CĐCS (đợt 2)" not in reply  # not Lâm Đồng's


def test_the_only_class_of_the_place_just_ended_is_said_so(deps: Deps, tmp_path: Path) -> None:
    setup_more(deps, tmp_path)
    reply = ask(deps, "lớp nữ công ở Quảng Ngãi", "ended")
    assert "Tập huấn công tác nữ công" in reply and "ĐÃ KẾT THÚC" in reply and "20/11/2026" in reply
