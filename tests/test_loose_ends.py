"""Loose ends a chair met in the terminal chat, each as a short conversation through the turn: a place
named after a list of classes, a position past the end of the list, «xem thêm» typed, a goodbye, a
question pasted with its HTML tags, a class called off, a greeting at the role step, and a planned
class's own period. The plan is a small one of our own, imported through the documented format."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.telegram_channel import render
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.types import Reply
from knowledge import reminders
from knowledge.db import session_scope
from knowledge.models import UnansweredQuestion
from knowledge.transfer import export_file, import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_into, import_plan, write_csv

USER = "8301"

COURSE_HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
                 "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số chỗ", "Trạng thái", "Ghi chú"]
_ROWS = [
    # code, title, topic, start, status, note
    ("LS-01", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 1)", "Nghiệp vụ công tác CĐ", "07/12/2026", "", ""),
    ("LS-02", "Tập huấn kỹ năng thương lượng tập thể cho Chủ tịch CĐCS", "Thương lượng tập thể", "14/12/2026", "", ""),
    ("LS-03", "Tập huấn nghiệp vụ kiểm tra cho Chủ tịch CĐCS", "Kiểm tra, giám sát", "21/12/2026", "", ""),
    ("LS-04", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 2)", "Nghiệp vụ công tác CĐ", "11/01/2027", "", ""),
    ("LS-05", "Tập huấn tài chính công đoàn cho Chủ tịch CĐCS", "Tài chính CĐ", "18/01/2027", "", ""),
    ("LS-06", "Tập huấn chuyển đổi số cho Chủ tịch CĐCS", "Chuyển đổi số", "25/01/2027", "", ""),
    ("LS-07", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 3)", "Nghiệp vụ công tác CĐ", "08/03/2027", "", ""),
    ("LS-09", "Tập huấn kỹ năng đối thoại tại nơi làm việc", "Đối thoại tại nơi làm việc", "16/12/2026", "Đã hủy",
     "Chuyển sang tổ chức tại Nhà văn hóa Lao động tỉnh, đợt tháng 3/2027."),
]
COURSES = [
    [code, title, topic, "Chủ tịch CĐCS", "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Hội trường LĐLĐ tỉnh", "tập trung",
     start, start, "", "50", status, note]
    for code, title, topic, start, status, note in _ROWS
] + [
    ["DN-01", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS khu vực miền Trung", "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS",
     "LĐLĐ TP Đà Nẵng", "Đà Nẵng", "Cung Văn hóa Lao động", "tập trung", "15/12/2026", "16/12/2026", "", "80", "",
     ""],
]
TARGETS = [
    ["LS-2026", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "1.900", "học viên",
     "1.482", "31/10/2026"],
    ["HT-2026", "LĐLĐ tỉnh Hà Tĩnh", "2026", "Bồi dưỡng Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.200", "học viên",
     "900", "31/10/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def ask(deps: Deps, text: str) -> list[Reply]:
    return say(deps, text, user=USER, channel="zalo")


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def misses(deps: Deps) -> list[str]:
    with session_scope(deps.session_factory) as s:
        return [m.text for m in s.scalars(select(UnansweredQuestion))]


# ------------------------------------------------------------------ 1. a place named after a list

def test_a_place_named_after_a_class_list_lists_classes_there_and_after_a_target_stays_a_target(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = text_of(ask(deps, "lop cho chu tich cdcs o lang son"))
    assert "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 1)" in listed
    # Hà Tĩnh has a target and no class: still classes (none there, said as such), not its target.
    none_there = text_of(ask(deps, "the con o ha tinh"))
    assert "Chưa có lớp" in none_there and "900/1.200" not in none_there
    there = text_of(ask(deps, "còn ở Đà Nẵng thì sao"))
    assert "khu vực miền Trung" in there and "Chỉ tiêu" not in there
    # After a target, the same place-only follow-up asks for that place's target.
    assert "1.482" in text_of(ask(deps, "chỉ tiêu năm nay của lạng sơn"))
    assert "900/1.200" in text_of(ask(deps, "thế còn ở hà tĩnh thì sao"))


# ------------------------------------------------------------------ 2. a position past the end of the list

def test_a_position_past_the_end_of_the_list_says_how_many_there_are_and_offers_them(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = text_of(ask(deps, "lop boi duong nghiep vu cho chu tich cdcs o lang son"))
    assert listed.count("Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt") == 3
    for typed in ("cái thứ 9", "lop so 6 hoc o dau", "khoa thu chin"):
        reply = ask(deps, typed)
        assert reply[0].text.startswith("Danh sách vừa hiện chỉ có 3 lớp."), typed
        assert [b.label.split(" (")[0] for b in reply[0].buttons] == ["Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS"] * 3
        assert "ngoài phạm vi" not in reply[0].text
    asked = ask(deps, "đăng ký cái thứ tư")
    assert "chỉ có 3 lớp" in asked[0].text and "đăng ký" in asked[0].text
    chosen = text_of(ask(deps, str(asked[0].buttons[1].number)))  # a choice, then the class it names
    assert "đợt 2" in chosen


# ------------------------------------------------------------------ 3. «xem thêm» typed, and goodbyes

def test_more_typed_under_a_long_list_gives_its_next_page_as_the_button_does(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first = ask(deps, "lop cho chu tich cdcs o lang son")
    assert "lớp 1–5 trong 7" in first[0].text
    button = text_of(say(deps, data=next(b.data for b in first[0].buttons if "Xem thêm" in b.label),
                         user=USER, channel="zalo"))
    ask(deps, "lop cho chu tich cdcs o lang son")
    for typed in ("xem thêm", "xem tiep", "còn nữa ko", "Còn lớp nào nữa không ạ"):
        ask(deps, "lop cho chu tich cdcs o lang son")
        assert text_of(ask(deps, typed)) == button, typed
    assert "lớp 6–7 trong 7" in button and "(đợt 3)" in button
    assert "Không còn lớp nào khác" in text_of(ask(deps, "xem tiếp nhé"))  # the last page was shown
    assert "ngoài phạm vi" not in text_of(ask(deps, "xem them"))
    assert misses(deps) == []


def test_goodbyes_laughter_and_acknowledgements_get_a_short_reply_and_are_not_logged(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "lop cho chu tich cdcs o lang son")
    for typed in ("tạm biệt", "bye", "bai bai ad", "hẹn gặp lại nhé", "hihi", "hehe", "ok a", "dạ vâng", "uk",
                  "Dạ vâng ạ"):
        reply = text_of(ask(deps, typed))
        assert "ngoài phạm vi" not in reply and "/help" not in reply and len(reply) < 100, typed
    assert "Chào anh/chị" in text_of(ask(deps, "tam biet"))
    assert misses(deps) == []
    assert "(đợt 2)" in text_of(ask(deps, "cái thứ tư ở đâu"))  # the list in view is kept through the talk


# ------------------------------------------------------------------ 6. a greeting at the role step

def test_a_greeting_at_the_role_step_gets_a_word_back_pointing_at_the_role_menu(deps: Deps) -> None:
    welcome = ask(deps, "/start")
    assert "Xin chào" in welcome[0].text and welcome[-1].buttons
    for typed in ("xin chào", "chao ad", "hello", "alo ad oi"):
        reply = ask(deps, typed)
        assert len(reply) == 1 and "Mình có thể giúp" not in reply[0].text, typed
        # The menu just shown is still the one a number picks from: pointed at, not printed a second time.
        assert "vai trò" in reply[0].text and not reply[0].buttons
    saved = text_of(ask(deps, "1"))  # still waiting for the role: a number picks it
    assert "Đã lưu vai trò: Chủ tịch CĐCS" in saved


# ------------------------------------------------------------------ 4. a question pasted with its tags

def test_a_question_wrapped_in_html_tags_is_read_by_its_words_and_the_reply_stays_escaped(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("<b>lớp nào cho chủ tịch cđcs</b>", "<p class='x'><i>lop</i> nao cho <u>chu tich cdcs</u></p>",
                  "<script>alert(1)</script>lớp nào cho chủ tịch cđcs &amp; ở đâu"):
        replies = say(deps, typed, user=USER, channel="telegram")
        assert "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 1)" in text_of(replies), typed
        # Telegram gets HTML: whatever the reply holds is escaped there, tags included.
        assert all("<" not in piece for r in replies for piece, _ in render(r))
    assert misses(deps) == []
    assert "<b>" in text_of(say(deps, "/<b>x</b>", user=USER, channel="telegram"))  # a command echoed as typed


# ------------------------------------------------------------------ 5. a class called off

NOTE = "Chuyển sang tổ chức tại Nhà văn hóa Lao động tỉnh, đợt tháng 3/2027."


def test_a_class_called_off_is_found_and_said_so_with_its_note(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("lớp kỹ năng đối thoại tại nơi làm việc bị dừng rồi hả", "lop doi thoai bi huy a",
                  "lớp đối thoại có bị hoãn không", "lop doi thoai ngay 16/12 tam dung roi ha",
                  "lớp đối thoại tại nơi làm việc bị ngừng à"):
        reply = text_of(ask(deps, typed))
        assert "kỹ năng đối thoại tại nơi làm việc" in reply and "ĐÃ HỦY" in reply and NOTE in reply, typed
        assert "thương lượng tập thể cho" not in reply, typed  # the open class found alongside is not what was asked
    # Under a list that shows it, «lớp đó» is the one called off; the class in view that is not says so.
    ask(deps, "lop doi thoai thuong luong con to chuc khong")
    assert NOTE in text_of(ask(deps, "lop do bi huy a"))
    ask(deps, "lop ky nang thuong luong")
    held = text_of(ask(deps, "lớp đó có bị hoãn không"))
    assert "thương lượng" in held and "không bị hủy" in held and "14/12/2026" in held


# ------------------------------------------------------------------ 8. a planned class's own period

PLANNED = [
    ["KH-01", "Tập huấn công tác nữ công cho cán bộ CĐCS", "Nữ công", "Chủ tịch CĐCS", "LĐLĐ tỉnh Lạng Sơn",
     "Lạng Sơn", "Hội trường LĐLĐ tỉnh", "tập trung", "T4/2027", "", "", "60", "Dự kiến", ""],
    ["KH-02", "Bồi dưỡng kỹ năng nữ công cho Chủ tịch CĐCS khu vực biên giới", "Nữ công", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "", "tập trung", "Quý I/2027 (chờ kinh phí)", "", "", "40", "Dự kiến", ""],
]


def test_a_planned_class_is_shown_with_its_period_as_the_plan_wrote_it_and_exported_so(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    path = write_csv(tmp_path / "du-kien.csv", [COURSE_HEADER, *PLANNED])
    import_into(deps, path)
    listed = text_of(ask(deps, "lop nu cong o lang son"))
    # Lists say every period in one wording: «T4/2027» beside «Thứ Hai» lines would read as a weekday.
    assert "dự kiến tháng 4/2027" in listed and "dự kiến quý I/2027" in listed and "T4/2027" not in listed
    detail = text_of(ask(deps, "KH-01"))
    # One class's details also say the period as the plan wrote it: the chair may hold the plan in hand.
    assert "Thời gian: dự kiến tháng 4/2027 (chưa có ngày cụ thể; kế hoạch ghi «T4/2027»)" in detail
    assert "01/04/2027" not in detail and "Bắt đầu" not in detail  # no date the plan does not give
    # What the plan's words add («chờ kinh phí») is in the class's details, as written.
    assert "kế hoạch ghi «Quý I/2027 (chờ kinh phí)»" in text_of(ask(deps, "KH-02 khi nào học"))
    # The export writes the period back as written: imported again, nothing changes.
    out = tmp_path / "xuat.csv"
    with session_scope(deps.session_factory) as s:
        export_file(s, out, kind="courses", tz=deps.tz)
    assert "T4/2027" in out.read_text(encoding="utf-8-sig")
    with session_scope(deps.session_factory) as s:
        report = import_file(s, out, tz=deps.tz, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
    assert report.courses.updated == 0 and report.courses.created == 0
