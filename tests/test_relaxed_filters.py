"""Filters given up to find a class, and the reply saying which, on a small plan of our own: the asker's
province and role from the profile are given up before anything the question said, each said in one line;
a list says whom each class is for when that is not what was asked; «còn đợt tiếp theo không» after one batch
of a run is the next batch; a plan's progress leads with the share reached; a month with no class shows the
nearest class before it and after it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.compose import courses_reply, knowledge_reply, short_audience, targets_reply
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.qa import Answer, Profile, QAEngine
from knowledge.search.subject import answer_in_context, next_batch
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.test_transfer import PLAN_TARGET_HEADER, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Trạng thái", "Ghi chú"]
LONG_AUDIENCE = ("Ủy viên BCH công đoàn cơ sở, tổ trưởng, tổ phó công đoàn và cán bộ công đoàn không chuyên "
                 "trách các doanh nghiệp ngoài nhà nước")
ROWS = [
    # Lạng Sơn: no class for chairs.
    ["R-LS-1", "Tập huấn công tác tuyên giáo", "Tuyên giáo", "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn",
     "Hội trường LĐLĐ tỉnh", "Tập trung", "10/12/2026", "", "", "", ""],
    ["R-LS-2", "Tập huấn kỹ năng hoạt động công đoàn", "Nghiệp vụ công tác công đoàn", LONG_AUDIENCE,
     "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Hội trường LĐLĐ tỉnh", "Tập trung", "15/12/2026", "", "", "", ""],
    # Cao Bằng: the only record-keeping classes (January and March, none in February), a chairs' class, and a
    # run of two batches.
    ["R-CB-1", "Tập huấn nghiệp vụ văn thư, lưu trữ", "Văn thư", "Cán bộ văn phòng công đoàn", "LĐLĐ tỉnh Cao Bằng",
     "Cao Bằng", "Hội trường LĐLĐ tỉnh Cao Bằng", "Tập trung", "05/01/2027", "", "", "", ""],
    ["R-CB-2", "Tập huấn nghiệp vụ văn thư, lưu trữ nâng cao", "Văn thư", "Cán bộ văn phòng công đoàn",
     "LĐLĐ tỉnh Cao Bằng", "Cao Bằng", "Hội trường LĐLĐ tỉnh Cao Bằng", "Tập trung", "10/03/2027", "", "", "", ""],
    ["R-CB-3", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Cao Bằng", "Cao Bằng", "Hội trường LĐLĐ tỉnh Cao Bằng", "Tập trung", "20/01/2027", "", "", "", ""],
    ["R-CB-4", "Tập huấn kỹ năng thương lượng tập thể (đợt 1)", "Thương lượng tập thể", "Ủy viên BCH CĐCS",
     "LĐLĐ tỉnh Cao Bằng", "Cao Bằng", "Hội trường LĐLĐ tỉnh Cao Bằng", "Tập trung", "08/12/2026", "", "", "", ""],
    ["R-CB-5", "Tập huấn kỹ năng thương lượng tập thể (đợt 2)", "Thương lượng tập thể", "Ủy viên BCH CĐCS",
     "LĐLĐ tỉnh Cao Bằng", "Cao Bằng", "Nhà văn hóa xã Trùng Khánh", "Tập trung", "09/03/2027", "", "", "", ""],
]
TARGETS = [PLAN_TARGET_HEADER, ["R-CB-T26", "LĐLĐ tỉnh Cao Bằng", "2026", "Bồi dưỡng chủ tịch, phó chủ tịch CĐCS",
                                "Chủ tịch CĐCS", "2.600", "người", "1.874", "31/10/2026"]]
CHAIR_IN_LANG_SON = Profile(role="chu_tich_cdcs", province="Lạng Sơn")


@pytest.fixture
def qa(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    session.commit()
    for name, rows in (("ke-hoach.csv", [HEADER, *ROWS]), ("chi-tieu.csv", TARGETS)):
        import_file(session, write_csv(tmp_path / name, rows), tz=TZ,
                    reminder_config=reminders.Config(wording=WORDING), now=NOW)
    return QAEngine.from_session(session, tz=TZ)


def listed(ans: Answer) -> list[str]:
    return courses_reply(ans, TZ, NOW)[0].text.splitlines()


# ------------------------------------------------------------------ (a) the profile's filters go first


def test_the_asker_s_own_province_with_no_such_class_is_said_in_one_line_with_where_the_nearest_is(
        qa: QAEngine) -> None:
    ans = qa.answer("có lớp văn thư nào không", now=NOW, profile=CHAIR_IN_LANG_SON)
    assert [c.code for c in ans.courses][:1] == ["R-CB-1"]
    lines = listed(ans)
    assert lines[0] == "Tỉnh anh/chị (Lạng Sơn) chưa có lớp này; lớp sớm nhất ở nơi khác: Cao Bằng."
    # The list is not said to follow the profile: the profile's province was given up.
    assert not any("theo thông tin anh/chị đã cho biết" in line for line in lines)


def test_the_asker_s_role_from_the_profile_is_given_up_before_the_place_the_question_names(qa: QAEngine) -> None:
    # Lạng Sơn has no class for chairs (Cao Bằng has one): the role only the profile gave goes first, the place
    # typed stays, and the reply says what was given up.
    ans = qa.answer("ở Lạng Sơn có lớp nào cho tôi không", now=NOW, profile=CHAIR_IN_LANG_SON)
    assert ans.relaxed == ("role",)
    assert {c.code for c in ans.courses} == {"R-LS-1", "R-LS-2"}
    assert listed(ans)[0] == "Chưa có lớp dành riêng cho chủ tịch CĐCS (theo hồ sơ của anh/chị); đây là các lớp khác."


def test_a_place_typed_is_given_up_last_and_said_after_the_profile_s_role(qa: QAEngine) -> None:
    # No negotiation class in Lạng Sơn for anyone: the profile's role is given up first, then the place typed.
    ans = qa.answer("ở Lạng Sơn có lớp thương lượng tập thể nào cho tôi không", now=NOW, profile=CHAIR_IN_LANG_SON)
    assert ans.relaxed == ("role", "place")
    assert [c.code for c in ans.courses] == ["R-CB-4", "R-CB-5"]
    lines = listed(ans)
    assert lines[:2] == ["Chưa có lớp dành riêng cho chủ tịch CĐCS (theo hồ sơ của anh/chị); đây là các lớp khác.",
                         "Chưa có lớp phù hợp ở Lạng Sơn; đây là các lớp ở nơi khác."]


# ------------------------------------------------------------------ (b) whom each class is for


def test_a_list_says_whom_each_class_is_for_as_the_organiser_wrote_it_unless_that_was_asked(qa: QAEngine) -> None:
    lines = listed(qa.answer("lớp tuyên giáo ở Lạng Sơn", now=NOW))
    assert "  Dành cho: Ủy viên BCH CĐCS" in lines
    chairs = listed(qa.answer("lớp nào cho chủ tịch CĐCS ở Cao Bằng", now=NOW))
    assert any("Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS" in line for line in chairs)
    assert not any(line.startswith("  Dành cho:") for line in chairs)


def test_a_long_audience_is_cut_at_a_word_to_fit_a_phone_line(qa: QAEngine) -> None:
    ans = qa.answer("lớp kỹ năng hoạt động công đoàn ở Lạng Sơn", now=NOW)
    line = next(x for x in listed(ans) if x.startswith("  Dành cho:"))
    said = line.removeprefix("  Dành cho: ")
    assert said.endswith("…") and len(said) <= 61 and LONG_AUDIENCE.startswith(said.rstrip("…"))
    assert short_audience(ans.courses[0]) == said


# ------------------------------------------------------------------ (c) the next batch of a run


@pytest.mark.parametrize("asked", ["còn đợt tiếp theo không", "đợt sau", "thế khóa sau học ở đâu"])
def test_the_next_batch_after_one_batch_of_a_run_is_that_batch(qa: QAEngine, asked: str) -> None:
    first, subject, _ = answer_in_context(qa, "lớp thương lượng tập thể đợt 1 ở Cao Bằng", None, now=NOW)
    assert first is not None and [c.code for c in first.courses] == ["R-CB-4"]
    ans, subject, _ = answer_in_context(qa, asked, subject, now=NOW)
    assert ans is not None and [m.code for m in ans.matches][:1] == ["R-CB-5"]
    assert subject is not None and subject.focus == "R-CB-5"


def test_another_course_asked_is_no_next_batch(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "lớp thương lượng tập thể đợt 1 ở Cao Bằng", None, now=NOW)
    assert next_batch(qa, "còn đợt nào nữa không", subject) is not None
    assert next_batch(qa, "còn khóa nào khác không", subject) is None  # «khóa» there is a course, any course


# ------------------------------------------------------------------ (d) progress: the share first


def test_a_plan_s_progress_leads_with_the_share_reached_then_the_counts(qa: QAEngine) -> None:
    ans = qa.answer("chỉ tiêu năm nay của LĐLĐ tỉnh Cao Bằng đạt bao nhiêu", now=NOW)
    text = "\n".join(r.text for r in (targets_reply(ans) if len(ans.items) > 1 else knowledge_reply(ans)))
    assert "đạt 72,08% (1.874/2.600 người), còn thiếu 726 người" in text


def test_a_share_asked_of_a_province_is_its_targets_not_a_figure_that_gives_no_share(qa: QAEngine) -> None:
    # Sóc Trăng's article counts 3.332 people who «đạt» an A2 level: a figure, no share of anything.
    ans = qa.answer("soc trang dat bao nhieu %", now=NOW)
    assert ans.intent == "target"
    text = "\n".join(r.text for r in targets_reply(ans))
    assert "A2" not in text.splitlines()[1]
    assert "đạt 97,9% (8.891/9.074 cán bộ)" in text


# ------------------------------------------------------------------ (e) a month with no class


def test_a_month_with_no_class_shows_the_nearest_class_before_and_after_it(qa: QAEngine) -> None:
    ans = qa.answer("lớp văn thư tháng 2 năm 2027", now=NOW)
    assert [c.code for c in ans.courses] == ["R-CB-1", "R-CB-2"]
    lines = listed(ans)
    assert lines[0] == "Không có lớp nào đúng thời gian anh/chị hỏi (tháng 2/2027)."
    assert lines[1] == "Lớp gần nhất trước tháng 2/2027:"
    assert lines[2] == "• Tập huấn nghiệp vụ văn thư, lưu trữ"
    after = lines.index("Lớp gần nhất sau tháng 2/2027:")
    assert lines[after + 1] == "• Tập huấn nghiệp vụ văn thư, lưu trữ nâng cao"
