"""A message about something else (a driving school's price, what a cooperative sells) shares a
word or two with the data and must not be answered with a class or a fact because of them.

Two ways such a word used to pass for evidence: «lái» typed with its marks read as «lại» (again) and so
dropped from what is asked; «sp» after «bán» left unread (it is «sản phẩm»).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine, _again_positions
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "LS", "LĐLĐ tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
    OrgRec(2, "HTXDT", "CĐCS HTX Đồng Tâm", "grassroots", "Lạng Sơn", 1),
]


def course(cid: int, title: str, topic: str) -> CourseRec:
    start = dt.datetime(2027, 3, cid, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K{cid}", title=title, topic=topic, audiences=("chu_tich_cdcs",), organiser_id=1,
        organiser_name=ORGS[0].name, partner=None, province="Lạng Sơn", venue="Hội trường LĐLĐ tỉnh",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(days=1), registration_deadline=None,
        capacity=40, status="open",
    )


COURSES = [
    course(1, "Bồi dưỡng nghiệp vụ tài chính công đoàn cơ sở", "tai_chinh"),
    course(2, "Tập huấn kỹ năng vận động phát triển đoàn viên", "phat_trien_doan_vien"),
]
FACTS = [
    FactRec(1, "DT-DV", 2, ORGS[1].name, 2012, 2018, "phat_trien_doan_vien",
            "CĐCS HTX Đồng Tâm có bao nhiêu đoàn viên?",
            "Số đoàn viên của CĐCS HTX Đồng Tâm tăng từ 10 đoàn viên (năm 2012) lên 38 đoàn viên (năm 2018).",
            "đoàn viên", 38, None, "đoàn viên"),
    FactRec(2, "LS-DP", 1, ORGS[0].name, 2018, 2018, "thuong_luong",
            "Lạng Sơn tập huấn kỹ năng đàm phán cho ai?",
            "Năm 2018, LĐLĐ tỉnh Lạng Sơn tập huấn kỹ năng đàm phán, thương lượng tập thể cho 120 chủ tịch "
            "công đoàn cơ sở.", "đàm phán;thương lượng tập thể", 120, None, "chủ tịch"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


def _answered(ans) -> bool:  # type: ignore[no-untyped-def]
    return ans.band != "low" and bool(ans.matches) and ans.intent not in ("off_topic", "unknown")


@pytest.mark.parametrize("question", [
    "Học lái xe ở Lạng Sơn chỗ nào rẻ?",          # «lái» with its marks is no «lại»
    "htx Đồng Tâm bán sp gì vậy",                  # «sp» after «bán»: products, which no record tells of
])
def test_a_message_about_something_else_gets_no_record(qa: QAEngine, question: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert not _answered(ans), (question, ans.intent, ans.band, [m.code for m in ans.matches][:3])


@pytest.mark.parametrize(("question", "code"), [
    ("lớp tài chính công đoàn ở Lạng Sơn học lại khi nào", "K1"),   # «học lại» is still a class held again
    ("lop tai chinh cong doan hoc lai khi nao", "K1"),
    ("CĐCS HTX Đồng Tâm có bao nhiêu đoàn viên", "DT-DV"),
])
def test_what_the_data_does_say_is_still_answered(qa: QAEngine, question: str, code: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert _answered(ans) and [m.code for m in ans.matches][:1] == [code], (question, ans.intent, ans.band)


def test_sp_is_read_by_the_word_before_it() -> None:
    assert "san pham" in normalise("bán sp gì").folded
    assert "san pham" in normalise("các sp của hợp tác xã").folded
    assert "su pham" in normalise("trường sp").folded
    assert "san pham" not in normalise("sp tới có lớp nào").folded


@pytest.mark.parametrize(("question", "again"), [
    ("Học lái xe ở Lạng Sơn chỗ nào rẻ?", set()),      # typed with marks: «lái», no «lại»
    ("lớp tài chính học lại khi nào", {4}),
    ("lop tai chinh hoc lai khi nao", {4}),              # bare «lai» after «học» may be «lại»
])
def test_lai_is_again_only_as_typed(question: str, again: set[int]) -> None:
    norm = normalise(question)
    assert _again_positions(norm.tokens, norm) == again

