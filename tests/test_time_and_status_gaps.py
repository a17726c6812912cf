"""How questions about time and about a class's status are read, end to end through the core (as `cadrebot ask`
and the chats show it), on a plan imported as an office writes it. The clock is Monday 23/11/2026 09:00.

1. A date dictated and typed without diacritics («ngay muoi chin thang muoi hai») is the date it says; the same
   words elsewhere («ngày mốt», «tháng sau», «Quảng Nam») stay words.
2. «trong hai tuần tới», «10 ngày tới» is the span from today, not next week.
3. A span of days lists the classes held through it, begun before it or under way, and says so.
4. A year of five digits («20277») is said back, not read as this year; «Hoàn» (refund, done) is no «Hoãn».
5. A class put off and later moved and opened again does not keep showing «Hoãn sang …».
6. «lớp nào bị hoãn» / «lớp nào hủy rồi» list the classes of that status first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders, timing
from knowledge.db import session_scope
from knowledge.language.followup import postponed
from knowledge.language.spoken import spoken_numbers
from knowledge.models import Course
from knowledge.slots import impossible_time, parse_time
from knowledge.text import normalise
from knowledge.transfer import TransferError, import_file
from tests.conftest import FIXED_NOW, payload_text
from tests.test_organiser import say
from tests.test_transfer import import_into, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số chỗ", "Trạng thái", "Ghi chú"]


def row(code: str, title: str, topic: str, start: str, end: str = "", status: str = "Mở đăng ký",
        note: str = "") -> list[str]:
    return [code, title, topic, "Chủ tịch CĐCS", "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Hội trường LĐLĐ tỉnh",
            "Tập trung (trực tiếp)", start, end or start, "", "50", status, note]


ROWS = [
    row("NC-01", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "19/12/2026"),
    # Under way now (begun on the 20th), held into next week.
    row("DAI-01", "Bồi dưỡng nghiệp vụ công đoàn dài ngày", "Nghiệp vụ công tác công đoàn", "20/11/2026", "04/12/2026"),
    # Begins on Thursday, still held on Monday and Tuesday of next week.
    row("SOM-01", "Tập huấn kỹ năng thuyết trình", "Tuyên truyền, tuyên giáo", "26/11/2026", "02/12/2026"),
    # Over before next week.
    row("XONG-01", "Tập huấn kỹ năng soạn thảo văn bản", "Văn thư, lưu trữ", "20/11/2026", "25/11/2026"),
    row("TC-01", "Tập huấn tài chính công đoàn", "Tài chính công đoàn", "01/12/2026"),
    row("TT-01", "Tập huấn tuyên truyền pháp luật", "Tuyên truyền, tuyên giáo", "15/12/2026"),
    row("KT-27", "Tập huấn công tác kiểm tra", "Công tác kiểm tra công đoàn", "16/11/2027"),
    row("HOAN-01", "Tập huấn thương lượng tập thể", "Đối thoại, thương lượng tập thể", "08/12/2026", status="Hoãn",
        note="Hoãn sang 15/01/2027 do trùng lịch Đại hội."),
    row("HOAN-02", "Tập huấn kỹ năng đàm phán", "Đối thoại, thương lượng tập thể", "10/12/2026", status="Tạm hoãn",
        note="Tạm hoãn, sẽ thông báo sau."),
    row("HUY-01", "Tập huấn tin học văn phòng", "Tin học, chuyển đổi số", "12/12/2026", status="Đã hủy",
        note="Hủy theo công văn của LĐLĐ."),
    # A refund («hoàn lại») is said of it, no postponement.
    row("HUY-02", "Tập huấn văn thư lưu trữ", "Văn thư, lưu trữ", "14/12/2026", status="Đã hủy",
        note="Hoàn lại học phí cho học viên đã nộp."),
]


def plan(deps: Deps, tmp_path: Path, rows: list[list[str]] | None = None, name: str = "ke-hoach.csv") -> None:
    import_into(deps, write_csv(tmp_path / name, [HEADER, *(ROWS if rows is None else rows)]))
    deps.knowledge.invalidate()


def ask(deps: Deps, text: str, user: str) -> str:
    return "\n".join(r.text for r in say(deps, text, user=user, channel="zalo"))


def listed(reply: str) -> list[str]:
    """The titles a list reply shows, in order."""
    return [line[2:] for line in reply.splitlines() if line.startswith("• ")]


# ------------------------------------------------------------------ 1. dates dictated, typed plain

@pytest.mark.parametrize(("typed", "read"), [
    ("co lop nao ngay muoi chin thang muoi hai khong", "co lop nao ngay 19/12 khong"),
    ("lop nao thang muoi mot nam hai khong hai bay", "lop nao thang 11 nam 2027"),
    ("Ngay Mot Thang Hai", "Ngay 1/2"),
    ("ngay hai thang ba nam hai nghin hai muoi bay", "ngay 2/3/2027"),
    ("tu ngay muoi lam den ngay hai muoi thang muoi hai", "tu ngay 15 den ngay 20/12"),
    ("thang 12 nam hai khong hai bay", "thang 12 nam 2027"),
    ("thang sau nam hai khong hai bay", "thang 6 nam 2027"),  # a year after it: «sau» is six
    ("lop thang muoi hai nam sau", "lop thang 12 nam sau"),
    ("ngày muoi chin tháng 12", "ngày 19/12"),  # marks on some words only
])
def test_a_date_said_in_words_typed_plain_is_read(typed: str, read: str) -> None:
    assert spoken_numbers(typed) == read


@pytest.mark.parametrize("typed", [
    "thang sau co lop nao",            # next month
    "ngay muoi lam thang sau",         # the 15th of next month: «sau» is no June
    "ngay mai co lop khong",
    "ngay mot thang sau",              # «ngày mốt» (the day after tomorrow)
    "dang ky ngay mot lop",            # «đăng ký ngay một lớp»: «ngay» is «at once»
    "co mot lop o Quang Nam",
    "chi tieu nam nay",
    "HN-ngay-hai",                     # a part of a code
    "lop ba ngay",
])
def test_plain_words_outside_a_date_stay_words(typed: str) -> None:
    assert spoken_numbers(typed) == typed


def test_a_date_typed_plain_finds_its_classes(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    day = ask(deps, "co lop nao ngay muoi chin thang muoi hai khong", "plain-day")
    assert "(ngày 19/12/2026)" in day and listed(day) == ["Tập huấn công tác nữ công"]
    month = payload_text(ask_payload(deps, "lop nao thang muoi mot nam hai khong hai bay", user_id="plain-month"))
    assert "(tháng 11/2027)" in month and "Tập huấn công tác kiểm tra" in month


# ------------------------------------------------------------------ 2. a span ahead

@pytest.mark.parametrize(("typed", "last"), [
    ("có lớp nào trong hai tuần tới", dt.date(2026, 12, 7)),
    ("co lop nao 2 tuan toi ko", dt.date(2026, 12, 7)),
    ("trong 10 ngày tới có lớp nào", dt.date(2026, 12, 3)),
    ("trong hai tuan toi", dt.date(2026, 12, 7)),
    ("lớp nào trong 3 tháng tới", dt.date(2027, 2, 23)),
])
def test_a_span_ahead_runs_from_today(typed: str, last: dt.date) -> None:
    slot = parse_time(normalise(spoken_numbers(typed)), FIXED_NOW)
    assert slot is not None and slot.kind == "range"
    assert slot.start.date() == FIXED_NOW.date()
    assert slot.end is not None and slot.end.date() == last + dt.timedelta(days=1)
    assert slot.label.endswith(f"đến {last:%d/%m/%Y}")


def test_next_week_is_still_next_week() -> None:
    slot = parse_time(normalise("tuần tới có lớp nào"), FIXED_NOW)
    assert slot is not None and slot.label == "tuần sau" and slot.start.date() == dt.date(2026, 11, 30)


def test_the_classes_of_a_span_ahead(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, "có lớp nào trong hai tuần tới", "span-ahead")
    assert "(trong 2 tuần tới, đến 07/12/2026)" in reply
    shown = listed(reply)
    assert {"Tập huấn kỹ năng thuyết trình", "Tập huấn tài chính công đoàn"} <= set(shown)
    assert "Tập huấn tuyên truyền pháp luật" not in shown and "Tập huấn công tác nữ công" not in shown
    # The count's words («trong», «hai») are no words of a title to look for.
    assert "chưa có thông tin" not in ask(deps, "co lop nao trong hai tuan toi khong", "span-plain")


def test_deadlines_in_a_span_ahead(deps: Deps, tmp_path: Path) -> None:
    closing = row("TC-02", "Tập huấn tài chính công đoàn cơ sở", "Tài chính công đoàn", "15/12/2026")
    closing[10] = "01/12/2026"  # Hạn đăng ký
    plan(deps, tmp_path, [closing])
    reply = ask(deps, "lop nao het han dang ky trong hai tuan toi", "closing-span")
    assert reply.startswith("Các lớp hết hạn đăng ký trong 2 tuần tới") and "Tập huấn tài chính công đoàn cơ sở" in reply


# ------------------------------------------------------------------ 3. classes held through a span

def test_a_span_lists_the_classes_held_through_it_and_says_so(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, "tuần sau có lớp nào", "through-week")
    shown = listed(reply)
    assert "Tập huấn tài chính công đoàn" in shown  # starts in it
    assert "Tập huấn kỹ năng thuyết trình" in shown  # begins on Thursday, held on Monday and Tuesday
    assert "Bồi dưỡng nghiệp vụ công đoàn dài ngày" in shown  # under way, held until Friday
    assert "Tập huấn kỹ năng soạn thảo văn bản" not in shown  # over before it
    block = reply.split("• Tập huấn kỹ năng thuyết trình")[1].split("• ")[0]
    assert "Lớp bắt đầu từ trước, vẫn đang học trong thời gian anh/chị hỏi" in block
    under_way = reply.split("• Bồi dưỡng nghiệp vụ công đoàn dài ngày")[1].split("• ")[0]
    assert "ĐANG DIỄN RA" in under_way
    days = listed(ask(deps, "từ 1 đến 3/12 có lớp nào", "through-days"))
    assert {"Tập huấn kỹ năng thuyết trình", "Bồi dưỡng nghiệp vụ công đoàn dài ngày",
            "Tập huấn tài chính công đoàn"} <= set(days)


# ------------------------------------------------------------------ 4. a year of five digits, «Hoàn»

@pytest.mark.parametrize("typed", ["lớp ngày 15/12/20277", "co lop nao thang 12/20277 ko", "lớp năm 20277 ở Lạng Sơn"])
def test_a_five_digit_year_is_said_back(deps: Deps, tmp_path: Path, typed: str) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, typed, "year5")
    assert "năm 20277" in reply and "xem lại thời gian" in reply
    assert "•" not in reply  # no list of this year's classes guessed


def test_figures_after_a_year_word_are_no_bad_year() -> None:
    assert impossible_time("trong 5 năm 20000 người được đào tạo") is None
    assert impossible_time("lớp ngày 15/12/2027") is None
    assert impossible_time("lớp ngày 15/12/202") == "năm 202"


def test_a_note_with_a_five_digit_year_gives_no_new_date_and_is_flagged(deps: Deps, tmp_path: Path) -> None:
    old = dt.datetime(2026, 12, 1, 8, tzinfo=TZ)
    assert timing.postponed_to("Hoãn sang 15/01/20277", old) is None  # not 15/01 of a year guessed
    assert timing.postponed_to("Hoãn sang 15/01/27", old) == dt.datetime(2027, 1, 15, 8, tzinfo=TZ)
    assert timing.bad_year("Hoãn sang 15/01/20277") == "15/01/20277"
    path = write_csv(tmp_path / "nam.csv", [HEADER, row("HOAN-05", "Tập huấn kỹ năng thuyết trình",
                                                        "Tuyên truyền, tuyên giáo", "10/12/2026", status="Hoãn",
                                                        note="Hoãn sang 15/01/20277.")])
    with session_scope(deps.session_factory) as s:
        report = import_file(s, path, tz=deps.tz, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
    assert any("15/01/20277" in w.message and "4 chữ số" in w.message for w in report.warnings)


@pytest.mark.parametrize("written", ["Hoàn", "hoàn lại"])
def test_a_status_cell_saying_hoan_with_a_grave_is_refused(deps: Deps, tmp_path: Path, written: str) -> None:
    path = write_csv(tmp_path / "hoan.csv", [HEADER, row("X-01", "Tập huấn kỹ năng", "Tuyên truyền, tuyên giáo",
                                                         "10/12/2026", status=written)])
    with pytest.raises(TransferError, match="«Hoãn» \\(dấu ngã\\)"):
        import_into(deps, path)


def test_a_refund_is_no_postponement(deps: Deps, tmp_path: Path) -> None:
    assert not postponed("Hoàn lại học phí cho học viên đã nộp.")
    assert postponed("Tạm hoãn, sẽ thông báo sau.")
    plan(deps, tmp_path)
    reply = ask(deps, "lớp văn thư lưu trữ có hoàn lại học phí không", "refund")
    assert "Tập huấn văn thư lưu trữ" in reply and "ĐÃ HỦY" in reply and "HOÃN" not in reply


# ------------------------------------------------------------------ 5. a class put off, then moved and opened

def test_a_stale_put_off_sentence() -> None:
    on = dt.datetime(2027, 1, 20, 8, tzinfo=TZ)
    assert timing.stale_notes("open", "Hoãn sang 15/01/2027 do trùng lịch Đại hội.", on, None) == [
        "Hoãn sang 15/01/2027 do trùng lịch Đại hội."]
    assert timing.stale_notes("open", "Tạm hoãn, sẽ thông báo sau.", on, None) == ["Tạm hoãn, sẽ thông báo sau."]
    # How the class came to its own day, a period class still waiting for one, a class still put off: kept.
    assert timing.stale_notes("open", "Hoãn lịch cũ 18/11/2026, dời sang 20/01/2027", on, None) == []
    assert timing.stale_notes("planned", "Hoãn lớp ngày 28/11, sẽ báo ngày cụ thể sau.", on, "quý I/2027") == []
    assert timing.stale_notes("postponed", "Hoãn sang 15/01/2027", on, None) == []
    assert timing.stale_notes("open", "Hoàn lại học phí trước ngày 15/01/2027.", on, None) == []


def test_a_class_moved_and_opened_again_keeps_no_put_off_note(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    moved = row("HOAN-01", "Tập huấn thương lượng tập thể", "Đối thoại, thương lượng tập thể", "20/01/2027",
                note="Hoãn sang 15/01/2027 do trùng lịch Đại hội. Mang theo CCCD.")
    path = write_csv(tmp_path / "moi.csv", [HEADER, moved])
    with session_scope(deps.session_factory) as s:
        report = import_file(s, path, tz=deps.tz, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
    assert any("vẫn nói lớp bị hoãn" in w.message for w in report.warnings)  # the organiser is told
    deps.knowledge.invalidate()
    card = ask(deps, "HOAN-01", "moved-card")
    assert "20/01/2027" in card and "Hoãn sang" not in card and "HOÃN" not in card
    assert "Mang theo CCCD." in card  # the rest of the note stays
    assert "Hoãn sang" not in ask(deps, "lớp thương lượng tập thể có lưu ý gì không", "moved-note")
    assert "Tập huấn thương lượng tập thể" not in listed(ask(deps, "lớp nào bị hoãn", "moved-list"))


def test_a_class_moved_by_the_organiser_keeps_no_put_off_note(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    with session_scope(deps.session_factory) as s:
        course = s.query(Course).filter_by(code="HOAN-01").one()
        reminders.reschedule(session=s, course=course, now=FIXED_NOW, tz=deps.tz,
                             config=reminders.Config(wording=WORDING),
                             starts_at=dt.datetime(2027, 1, 22, 8, tzinfo=TZ))
    deps.knowledge.invalidate()
    card = ask(deps, "HOAN-01", "moved-by-hand")
    assert "22/01/2027" in card and "Hoãn sang" not in card


# ------------------------------------------------------------------ 6. the status asked, first

def test_classes_put_off_are_listed_first_when_asked(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, "lớp nào bị hoãn", "off-put")
    assert reply.startswith("Các lớp tạm hoãn, gần nhất trước")
    shown = listed(reply)
    # Nearest first: the class with its new date (15/01/2027) before the one put off with none yet.
    assert shown[:2] == ["Tập huấn thương lượng tập thể", "Tập huấn kỹ năng đàm phán"]
    assert reply.index("Các lớp đã hủy:") > reply.index("• Tập huấn kỹ năng đàm phán")
    assert "Tập huấn công tác nữ công" not in shown


def test_a_class_put_off_into_the_month_asked_is_listed_as_held_then_not_as_put_off(deps: Deps,
                                                                                    tmp_path: Path) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, "tháng 1 năm sau có lớp thương lượng tập thể nào", "off-month")
    assert reply.startswith("Các lớp phù hợp, gần nhất trước (tháng 1/2027)"), reply
    assert listed(reply)[:1] == ["Tập huấn thương lượng tập thể"] and "15/01/2027" in reply


def test_classes_cancelled_are_listed_first_when_asked(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    reply = ask(deps, "lớp nào hủy rồi", "off-dropped")
    assert reply.startswith("Các lớp đã hủy, gần nhất trước")
    assert listed(reply)[:2] == ["Tập huấn tin học văn phòng", "Tập huấn văn thư lưu trữ"]
    assert reply.index("Các lớp tạm hoãn:") > reply.index("• Tập huấn văn thư lưu trữ")
