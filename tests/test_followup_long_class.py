"""«học mấy ngày» after a class that runs over more than a week: the card says how many days it spans
(«kéo dài 10 ngày»), not only two dates to count between (handlers/compose.py course_detail)."""

from __future__ import annotations

import datetime as dt

from handlers.compose import courses_reply
from knowledge.language.followup import Subject
from knowledge.qa import QAEngine
from knowledge.records import CourseRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_lists import ORGS, TZ


def test_how_many_days_a_ten_day_class_runs_is_said() -> None:
    start = dt.datetime(2027, 1, 11, 8, tzinfo=TZ).astimezone(dt.UTC)
    ends = dt.datetime(2027, 1, 20, 17, tzinfo=TZ).astimezone(dt.UTC)
    long_class = CourseRec(1, "DN-QLNN-1", "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", "phap_luat",
                           ("chu_tich_cdcs",), 1, ORGS[0].name, None, ORGS[0].province, "Hội trường thành phố",
                           "tap_trung", start, ends, start - dt.timedelta(days=5), 40, "open")
    qa = QAEngine.build(organisations=ORGS, courses=[long_class], facts=[], tz=TZ)
    subject: Subject | None = None
    for text in ("lớp quản lý nhà nước ngạch chuyên viên khai giảng ngày nào", "học mấy ngày"):
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["DN-QLNN-1"]
    assert "kéo dài 10 ngày" in courses_reply(ans, TZ, FIXED_NOW)[0].text
