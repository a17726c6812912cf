"""What a black-box tester found playing union chairs (3/12/2026), through the real core on the tester's own plan
(tests/data/tester_plan_dec2026.csv: dates only, no hours; the clock fixed on Monday 23/11/2026):

- reminder settings said in words do what they say: «chỉ nhắc mình trước 1 ngày thôi» keeps only that rung,
  «đừng nhắc 2 tiếng trước nữa» turns off only the 2-hour one, each confirmed in one line;
- a mixed or negative answer at «Anh/chị vẫn muốn đăng ký?» («có, hủy chỗ», «thôi», «không») registers nothing;
  «ko, huy di», «có, hủy chỗ» where the full name is asked end the form, and a «name» with a refusal in it is
  never kept;
- a labour-law question (pay owed, minimum wage, dues, maternity leave) under a class's card is turned away
  with where to ask (the union's legal advice office), never answered with that class;
- a pasted letter with its question after 3,000 characters of introduction is answered; one with no question
  found says it is long and asks for the question alone;
- «lớp kỹ năng đàm phán thương lượng» (with or without diacritics) lists the negotiation classes;
- a plan that gives only dates: replies say the days, never the import's 08:00/17:00, and «mấy giờ» is told
  the hour is not in the plan; the export writes the dates back alone.
"""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from handlers import compose, enrol
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Registration, UserProfile
from knowledge.qa import MAX_MESSAGE, within_reading
from knowledge.transfer import export_file, import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_registration_in_talk import data_of, text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN = Path(__file__).parent / "data" / "tester_plan_dec2026.csv"


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        import_file(s, PLAN, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def kinds_off(deps: Deps, user: str) -> set[str]:
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == user))
        assert profile is not None
        return reminders.kinds_off(profile)


def places(deps: Deps, user: str) -> list[str]:
    with deps.session_factory() as s:
        return sorted(s.scalars(select(Course.code).join(Registration, Registration.course_id == Course.id)
                                .join(UserProfile, UserProfile.id == Registration.profile_id)
                                .where(UserProfile.user_id == user, Registration.status == "registered")))


# ------------------------------------------------------------------ A. reminder settings in words

def test_only_one_rung_kept_when_asked_for_only_it(deps: Deps) -> None:
    for said in ("chỉ nhắc mình trước 1 ngày thôi", "nhac minh truoc 1 ngay thoi"):
        say(deps, "/nhacnho bat", user="a1")
        [reply] = say(deps, said, user="a1")
        well_written([reply])
        assert reply.text.splitlines()[0].startswith("Đã đổi: chỉ còn nhắc trước lớp học 1 ngày"), said
        assert kinds_off(deps, "a1") == {"week", "hours"}  # the deadline reminders are another kind, kept


def test_dont_remind_two_hours_before_turns_off_that_rung_only(deps: Deps) -> None:
    say(deps, "/nhacnho bat", user="a2")
    [reply] = say(deps, "đừng nhắc 2 tiếng trước nữa", user="a2")
    assert reply.text.splitlines()[0] == "Đã tắt: nhắc trước giờ học (2 giờ)."
    assert kinds_off(deps, "a2") == {"hours"}
    say(deps, "không nhắc 7 ngày trước nữa nhé", user="a2")
    assert kinds_off(deps, "a2") == {"hours", "week"}


def test_a_span_no_rung_has_turns_nothing_off(deps: Deps) -> None:
    say(deps, "/nhacnho bat", user="a3")
    [reply] = say(deps, "đừng nhắc 3 ngày trước nữa", user="a3")
    assert reply.text.startswith("Mình chưa rõ anh/chị muốn đổi loại tin nhắc nào")
    assert kinds_off(deps, "a3") == set()


# ------------------------------------------------------------------ B. registering: mixed and negative answers

def _registered_chair(deps: Deps, user: str) -> None:
    """A chair of Sóc Trăng with a place on CT-2026-01 (the details given once)."""
    say(deps, "toi la chu tich cdcs o soc trang", user=user)
    say(deps, "dang ky lop CT-2026-01", user=user)  # a first registration: its form at once
    say(deps, "Nguyễn Văn An", user=user)
    say(deps, "CĐCS Công ty Thủy sản", user=user)
    say(deps, "Bỏ qua", user=user)
    assert places(deps, user) == ["CT-2026-01"]


def test_a_mixed_or_negative_answer_to_the_warning_registers_nothing(deps: Deps) -> None:
    plan(deps)
    _registered_chair(deps, "b1")
    for answer in ("có, hủy chỗ", "thôi", "không"):
        warned = say(deps, "dang ky lop DN-2027-05", user="b1")  # a class for teachers, in Đồng Nai
        if not any("Anh/chị vẫn muốn đăng ký?" in r.text for r in warned):
            warned = say(deps, "1", user="b1")  # its card came first: its register choice
        assert any("Anh/chị vẫn muốn đăng ký?" in r.text for r in warned), text_of(warned)
        replies = say(deps, answer, user="b1")
        assert "Đã đăng ký" not in text_of(replies), answer
        assert places(deps, "b1") == ["CT-2026-01"], answer


def test_a_refusal_where_the_name_is_asked_ends_the_form(deps: Deps) -> None:
    plan(deps)
    for answer in ("ko, huy di", "có, hủy chỗ", "thôi", "không đăng ký nữa"):
        asked = say(deps, "dang ky lop CT-2026-04", user="b2")
        if asked[-1].text != "Họ và tên của anh/chị là gì?":
            asked = say(deps, "1", user="b2")  # its card came first: its register choice
        assert asked[-1].text == "Họ và tên của anh/chị là gì?", text_of(asked)
        replies = say(deps, answer, user="b2")
        assert replies[0].text.startswith("Đã dừng"), (answer, text_of(replies))
    assert places(deps, "b2") == []


def test_a_name_with_a_refusal_in_it_is_not_kept(deps: Deps) -> None:
    plan(deps)
    if say(deps, "dang ky lop CT-2026-04", user="b3")[-1].text != "Họ và tên của anh/chị là gì?":
        say(deps, "1", user="b3")
    [refused] = say(deps, "Không, hủy đi", user="b3")
    assert refused.text == enrol.STOPPED
    if say(deps, "dang ky lop CT-2026-04", user="b3")[-1].text != "Họ và tên của anh/chị là gì?":
        say(deps, "1", user="b3")
    for said in ("Nguyễn Văn An, hủy chỗ", "ko Nguyen Van An"):
        [again] = say(deps, said, user="b3")
        assert again.text == enrol.REFUSAL_AS_NAME, said
    # A real name with «Huy» in it (no marks of «hủy») goes on to the unit.
    [unit] = say(deps, "Lê Văn Huy", user="b3")
    assert unit.text.startswith("Đơn vị của anh/chị")


# ------------------------------------------------------------------ C. labour law under a class's card

def test_labour_questions_under_a_class_are_turned_away_with_where_to_ask(deps: Deps) -> None:
    plan(deps)
    say(deps, "lop cho ct cdcs o can tho thang 12", user="c1")
    card = say(deps, "cái thứ 2", user="c1")
    assert "CT-2026-02" in text_of(card)
    for asked in ("cty no luong 2 thang thi cd phai lam j", "luong toi thieu vung 2026 la bao nhieu",
                  "doan phi cong doan dong bao nhieu %", "nguoi lao dong nghi thai san may thang",
                  "cong ty no luong thi lam sao"):
        replies = say(deps, asked, user="c1")
        well_written(replies)
        text = text_of(replies)
        assert text.startswith(compose.LABOUR_OFF_TOPIC_HEAD), (asked, text[:200])
        assert "tư vấn pháp luật" in text and "Mã lớp" not in text and "Đăng ký" not in str(data_of(replies))
        assert not any(ch.isdigit() for ch in compose.LABOUR_OFF_TOPIC_HEAD)  # no phone number made up
    # The class is still the one in view afterwards.
    assert "Phú Lợi" in text_of(say(deps, "lop do o dau", user="c1"))


def test_a_class_on_pay_is_still_a_class_question(deps: Deps) -> None:
    plan(deps)
    replies = say(deps, "lớp kỹ năng đàm phán thương lượng về tiền lương", user="c2")
    assert compose.LABOUR_OFF_TOPIC_HEAD not in text_of(replies)


# ------------------------------------------------------------------ D. a pasted letter

LETTER = ("Kính gửi ban tổ chức, tôi là chủ tịch công đoàn cơ sở Công ty cổ phần Thủy sản Sóc Trăng, đơn vị có "
          "1.200 đoàn viên, trong năm qua chúng tôi đã tổ chức nhiều hoạt động chăm lo đời sống cho người lao động, "
          "phối hợp với ban giám đốc tổ chức đối thoại định kỳ, ký kết thỏa ước lao động tập thể. ")
QUESTION = "Tôi muốn hỏi tháng 12 có lớp tập huấn nào về thương lượng tập thể cho chủ tịch công đoàn cơ sở không ạ?"


def test_a_question_after_a_long_introduction_is_answered(deps: Deps) -> None:
    plan(deps)
    for n, at_end in ((3, True), (12, True), (12, False)):
        letter = LETTER * n
        message = f"{letter}{QUESTION}" if at_end else f"{QUESTION} {letter}"
        replies = say(deps, message, user=f"d{n}{at_end}")
        assert "Bồi dưỡng kỹ năng đối thoại và thương lượng tập thể" in text_of(replies), (len(message), at_end)
        assert compose.UNKNOWN_HEAD not in text_of(replies)


def test_a_long_message_without_a_question_asks_for_it_alone(deps: Deps) -> None:
    plan(deps)
    replies = say(deps, LETTER * 8 + "Xin cảm ơn ban tổ chức.", user="d9")
    assert replies[0].text == compose.LONG_UNCLEAR
    assert compose.TRUNCATED not in text_of(replies)


def test_a_long_message_is_read_at_both_ends() -> None:
    text = "Mở đầu. " + "x" * 5000 + ". Câu hỏi ở cuối?"
    read = within_reading(text)
    assert len(read) <= MAX_MESSAGE + 1 and read.startswith("Mở đầu.") and read.endswith("Câu hỏi ở cuối?")


# ------------------------------------------------------------------ E. «lớp …» naming a topic

def test_a_class_named_by_its_topic_lists_those_classes(deps: Deps) -> None:
    plan(deps)
    for asked in ("lớp kỹ năng đàm phán thương lượng", "lop ky nang dam phan thuong luong"):
        replies = say(deps, asked, user="e1")
        text = text_of(replies)
        assert "Bồi dưỡng kỹ năng đối thoại và thương lượng tập thể" in text, asked
        assert "Bài viết ghi" not in text


# ------------------------------------------------------------------ F. no invented hours

def test_a_plan_without_hours_is_never_given_any(deps: Deps, tmp_path: Path) -> None:
    plan(deps)
    with deps.session_factory() as s:
        course = s.scalar(select(Course).where(Course.code == "CT-2026-01"))
        assert course is not None and course.hours_written is False
    card = text_of(say(deps, "cho minh xem lop CT-2026-01", user="f1"))
    assert "Bắt đầu: Thứ Tư, 09/12/2026\n" in card and "Kết thúc: Thứ Sáu, 11/12/2026" in card
    assert "Bắt đầu: 08:00" not in card and "17:00" not in card
    # The usual start only as a guess said as one (the organiser on its own line), and whom to ask when asked.
    assert "Giờ học: kế hoạch chưa ghi (thường khoảng 08:00, chưa chắc)" in card
    hour = text_of(say(deps, "lớp đó bắt đầu lúc mấy giờ", user="f1"))
    assert "Giờ học: kế hoạch chưa ghi" in hour and "Bắt đầu: 08:00" not in hour and "chưa chắc" in hour
    assert "anh/chị hỏi Liên đoàn Lao động thành phố Cần Thơ để biết giờ." in hour
    # The export writes the dates alone, as the plan gave them.
    out = tmp_path / "export.csv"
    with deps.session_factory() as s:
        export_file(s, out, kind="courses", tz=VN)
    rows = {r[0]: r for r in csv.reader(out.read_text(encoding="utf-8-sig").splitlines())}
    assert rows["CT-2026-01"][9:11] == ["09/12/2026", "11/12/2026"]


def test_a_plan_with_hours_still_shows_them(deps: Deps, tmp_path: Path) -> None:
    header = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
              "Hình thức", "Ngày bắt đầu", "Ngày kết thúc"]
    row = ["LS-H-01", "Tập huấn nghiệp vụ công đoàn", "Nghiệp vụ", "Chủ tịch CĐCS", "Liên đoàn Lao động tỉnh Lạng Sơn",
           "Lạng Sơn", "Hội trường LĐLĐ", "Tập trung (trực tiếp)", "19/12/2026 13:30", "20/12/2026 16:30"]
    path = tmp_path / "gio.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, row])
    with session_scope(deps.session_factory) as s:
        import_file(s, path, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()
    card = text_of(say(deps, "cho minh xem lop LS-H-01", user="f2"))
    assert "Bắt đầu: 13:30" in card and "Giờ học: chưa ghi" not in card
