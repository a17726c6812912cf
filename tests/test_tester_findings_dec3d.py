"""What a blind tester found on 3/12/2026 (fourth look), through the real core on a small plan of its own
(tests/data/findings_dec3_plan.csv; the clock fixed on Monday 23/11/2026):

- «học mấy ngày» of a class held on separate days (two Saturdays) says the plan's count of study days, as its
  card does, never the span of its dates; «học những ngày nào» says so too, with the organiser's note;
- «lớp B ở đâu» answered for the two batches of lớp B (one hall): «hạn đk khi nào» next is about lớp B, never
  the lớp A the list led with;
- «lớp đó ở đâu» with no class shown yet asks which class, never guesses one.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import compose
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN = Path(__file__).parent / "data" / "findings_dec3_plan.csv"


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        import_file(s, PLAN, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def test_days_of_a_class_on_two_saturdays_are_its_study_days(deps: Deps) -> None:
    plan(deps)
    for user, asked in (("d1", "lớp BCH trường học học thứ 7 là học những ngày nào"),
                        ("d2", "lop bch khoi truong hoc hoc thu bay hoc ngay nao")):
        replies = say(deps, asked, user=user)
        well_written(replies)
        text = text_of(replies)
        assert "Số ngày học: 2 ngày (không liên tục)" in text and "2 ngày thứ Bảy" in text, asked
        for days in ("hoc may ngay", "lớp đó học bao nhiêu ngày"):
            text = text_of(say(deps, days, user=user))
            assert "Lớp học 2 ngày, không liên tục" in text and "8 ngày" not in text, days


def test_a_class_held_every_day_keeps_its_span(deps: Deps) -> None:
    plan(deps)
    say(deps, "lớp chủ tịch cđcs mới bầu lớp A đợt 1 ở Nghệ An", user="d3")
    text = text_of(say(deps, "học mấy ngày", user="d3"))
    assert "Lớp học 2 ngày: " in text and "không liên tục" not in text


def test_a_detail_of_lop_b_next_is_about_lop_b(deps: Deps) -> None:
    plan(deps)
    say(deps, "có lớp nào cho ct cđcs mới bầu ở Nghệ An ko ạ", user="b1")
    assert "Hoàng Mai" in text_of(say(deps, "lop B o dau", user="b1"))
    for asked in ("han dk khi nao", "lớp đó học mấy ngày"):
        replies = say(deps, asked, user="b1")
        text = text_of(replies) + " ".join(b.label for r in replies for b in r.buttons)
        # Lớp B of either batch, asked which when they differ; never lớp A, which the list led with.
        assert "lớp A" not in text, asked
        assert "lớp B (đợt 1)" in text, asked


def test_that_class_with_no_class_shown_asks_which(deps: Deps) -> None:
    plan(deps)
    for user, asked in (("w1", "lop do o dau"), ("w2", "lớp này học mấy ngày vậy"),
                        ("w3", "<b>lop do</b> o dau <script>alert(1)</script>")):
        replies = say(deps, asked, user=user)
        well_written(replies)
        assert replies[0].text == compose.WHICH_ASKED, asked
    # A class named is still answered.
    assert compose.WHICH_ASKED not in text_of(say(deps, "lớp chủ tịch mới bầu lớp B đợt 1 ở đâu", user="w4"))


def test_a_class_put_off_with_no_new_date_is_still_listed_and_asked_of(deps: Deps) -> None:
    # Put off from 17/11 (before today, 23/11) with no new date: not over, so a search with no period lists it
    # (after the class that has a day); «lớp tạm hoãn đó» next is it, never the other class's date.
    plan(deps)
    listed = text_of(say(deps, "lớp kiểm tra cho UBKT ở Nghệ An sắp tới ở đâu", user="h1"))
    assert "ĐÃ HOÃN" in listed and listed.index("12/01/2027") < listed.index("ĐÃ HOÃN")
    for asked in ("lớp tạm hoãn đó bao giờ học lại", "lop bi hoan kia khi nao hoc lai a"):
        text = text_of(say(deps, asked, user="h1"))
        assert "đã hoãn, chưa có lịch mới" in text and "12/01/2027" not in text, asked


def test_the_class_put_off_not_in_view_is_found_for_the_question_asked(deps: Deps) -> None:
    # Only the class with a day was shown: «lớp tạm hoãn đó» is the class put off of what was asked.
    plan(deps)
    say(deps, "tháng 1 có lớp kiểm tra cho UBKT ở Nghệ An không", user="h2")
    text = text_of(say(deps, "lớp tạm hoãn đó khi nào học lại ạ", user="h2"))
    assert "chưa có lịch mới" in text and "12/01/2027" not in text


def test_role_and_province_said_as_anh_or_chi_are_kept_for_the_conversation(deps: Deps) -> None:
    plan(deps)
    engine = deps.knowledge.engine()
    assert engine.said_in("anh là chủ tịch cđcs ở nghệ an, có lớp nào không")[1] == "Nghệ An"
    from knowledge.search.subject import said_of_self
    said = said_of_self(engine, "chị là kế toán công đoàn ở Nghệ An nhé")
    assert said is not None and said.role == "ke_toan_cdcs" and said.province == "Nghệ An"
    # «chỉ là» (only) folds as «chi la»: no self-introduction without the diacritics that say «chị».
    assert said_of_self(engine, "chi la lop cho chu tich o nghe an thoi a") is None
    say(deps, "anh là chủ tịch cđcs ở Nghệ An, có lớp nào cho chủ tịch mới bầu không", user="s1")
    text = text_of(say(deps, "lớp kiểm tra ở tỉnh anh có không", user="s1"))
    assert "Nghệ An" in text


def test_another_class_for_the_same_audience_sets_the_one_in_view_aside(deps: Deps) -> None:
    # Nghệ An has one class for inspection committees in January: «lớp nào khác» is that question without it,
    # the same class elsewhere when it is the only one there; never «chưa có thông tin».
    plan(deps)
    for user, asked in (("o1", "thang 1 co lop nao khac cho uy ban kiem tra k"),
                        ("o2", "tháng 1 còn lớp khác cho ủy ban kiểm tra không")):
        say(deps, "tháng 1 có lớp nào cho ủy ban kiểm tra ở Nghệ An không", user=user)
        say(deps, "lớp đó ở đâu", user=user)
        replies = say(deps, asked, user=user)
        well_written(replies)
        text = text_of(replies)
        assert compose.OFF_TOPIC_HEAD not in text and "Hà Tĩnh" in text, asked
        assert "Nhà văn hóa Công nhân, phường Hoàng Mai" not in text, asked
