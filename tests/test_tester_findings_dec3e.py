"""What a blind tester found on 3/12/2026 (findings 8, 9 and 10), through the real core on a small plan of its
own (tests/data/findings_dec3e_plan.csv; the clock fixed on Monday 23/11/2026):

- a message asking two details of the class in view («lớp đợt 2 học mấy ngày, ở đâu») answers both;
- «học trực tuyến được không» under a short list of classes held in a hall says how they are held, never lists
  online classes of other provinces;
- a question naming two roles («cho bch hay pct») finds the class of either, «pct» read as the role and not as
  the initials of a ward union («Phường Cẩm Thành»);
- «số lớp thì sao» after a figure of «tp em» is the same union's other figure; choices of one title say all
  that tells them apart (the year and the union);
- a long letter that tells a story before «em xin hỏi» is answered (for the role and province it says), not
  turned away as too long.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import compose
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.language.followup import Subject, aspects_asked, resolve
from knowledge.language.message import split_message
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN = Path(__file__).parent / "data" / "findings_dec3e_plan.csv"

LETTER = (
    "Dạ em chào anh chị ạ. Em tên là Lan, em mới được bầu làm kế toán công đoàn cơ sở ở công ty TNHH may xuất "
    "khẩu ở Sóc Trăng cũ được hơn một tháng nay. Trước đây em làm kế toán bên doanh nghiệp thôi, chưa làm công "
    "tác công đoàn bao giờ nên còn bỡ ngỡ lắm, nhất là phần quản lý tài chính, thu chi đoàn phí, kinh phí công "
    "đoàn, lập dự toán và quyết toán theo quy định mới. Chủ tịch công đoàn bên em có bảo em nên đi học một lớp bồi "
    "dưỡng nghiệp vụ để làm cho đúng, tránh sai sót khi kiểm tra. Em có lên mạng tìm nhưng thông tin rời rạc quá, "
    "em cũng không biết hỏi ai ở liên đoàn. Vì em đi làm ca ở xưởng nên cũng cần sắp xếp thời gian trước với tổ "
    "trưởng. Nên em xin hỏi anh chị là sắp tới có lớp tập huấn nào dành cho kế toán công đoàn cơ sở không ạ, học ở "
    "đâu, học mấy ngày, có mất phí không và đăng ký như thế nào ạ? Em cảm ơn anh chị nhiều ạ, chúc anh chị một "
    "ngày làm việc vui vẻ."
)


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        import_file(s, PLAN, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def test_each_clause_asks_its_own_detail() -> None:
    assert aspects_asked("lop dot 2 hoc may ngay, o dau") == ["duration", "place"]
    assert aspects_asked("ở đâu và hạn đăng ký khi nào") == ["place", "deadline"]
    assert aspects_asked("hạn đk khi nào") == ["deadline"]  # one clause, one question


def test_two_details_of_the_class_in_view_are_both_answered(deps: Deps) -> None:
    plan(deps)
    say(deps, "e la ct cdcs moi bau o thanh hoa, co lop nao k ạ", user="t1")
    for user, asked in (("t1", "lop dot 2 hoc may ngay, o dau"), ("t1", "lớp đợt 2 ở đâu và học mấy ngày")):
        replies = say(deps, asked, user=user)
        well_written(replies)
        text = text_of(replies)
        assert "Lớp học 3 ngày" in text and "Bỉm Sơn" in text, asked


def test_online_asked_under_a_list_is_how_those_classes_are_held(deps: Deps) -> None:
    plan(deps)
    say(deps, "lớp phổ biến bộ luật lđ ở đồng hới ngày nào", user="o1")
    for asked in ("dc hoc truc tuyen k", "học online được không"):
        text = text_of(say(deps, asked, user="o1"))
        assert "Cẩm Thành" not in text, asked  # no online class of another province
        assert "không học trực tuyến" in text or compose.WHICH_ASKED in text, asked


def test_a_class_for_either_of_two_roles_is_found(deps: Deps) -> None:
    plan(deps)
    for user, asked in (("r1", "tuần sau có lớp nào cho bch hay pct ở quảng bình k ạ"),
                        ("r2", "tuần sau có lớp nào cho pct hoặc ủy viên bch ở quảng bình")):
        text = text_of(say(deps, asked, user=user))
        assert "Thứ Ba, 01/12/2026" in text and "Không có lớp nào đúng thời gian" not in text, asked
        assert "Cẩm Thành" not in text, asked  # «pct» is no union's initials here


def test_a_letter_with_its_story_before_the_question_is_answered(deps: Deps) -> None:
    msg = split_message(LETTER, story=True)
    assert msg.question.startswith("sắp tới có lớp tập huấn nào dành cho kế toán")
    assert "kế toán công đoàn cơ sở" in msg.intro and "Chủ tịch" not in msg.intro
    plan(deps)
    replies = say(deps, LETTER, user="l1")
    well_written(replies)
    text = text_of(replies)
    assert compose.LONG_UNCLEAR not in text
    assert "Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở" in text and "Vị Thanh" in text
    # A question before «cho em hỏi thêm» is still the question.
    short = split_message(story=True, text="Chào anh chị. Em là chủ tịch CĐCS công ty ABC ở Cần Thơ. Tháng 12 có lớp đối thoại nào "
                          "không ạ, cho em hỏi thêm là học ở đâu?")
    assert "lớp đối thoại nào" in short.question


def test_another_figure_of_the_askers_own_plan_keeps_their_union() -> None:
    mine = Subject(kind="target", question="chi tieu ti le can bo ko chuyen trach cua tp em dat bn %")
    follow = resolve("so lop thi sao", mine, kinds_of=lambda _: frozenset())
    # («chỉ tiêu» says whose figure «số lớp» is: the plan's, of the asker's own union.)
    assert follow.action == "ask" and follow.question == "chi tieu so lop cua thanh pho em"


def test_choices_of_one_title_say_each_detail_needed_to_tell_them_apart() -> None:
    labels = compose.apart(["Số lớp"] * 3, [["năm 2025", "LĐLĐ Đắk Lắk"], ["năm 2026", "LĐLĐ Đắk Lắk"],
                                            ["năm 2025", "LĐLĐ Đà Nẵng"]])
    assert len(set(labels)) == 3 and labels[2] == "Số lớp (năm 2025, LĐLĐ Đà Nẵng)"
    assert compose.apart(["A", "A"], [["1/12", "x"], ["2/12", "x"]]) == ["A (1/12)", "A (2/12)"]
