"""Follow-ups about one class of a list, as chairs ask them: «cái cuối tháng mấy» (the last one, its month — not a
class «at the end of the month»), «lớp ở X ở trường nào» (where it is held), «còn đăng ký được không» after classes
that fit the question, «học lúc mấy giờ» when one class alone fits and others are shown below it; and the words
that name no place here: «huấn luyện tại dn» (at the enterprise), «tp có lớp nào» (the asker's city federation),
«đầu năm» (January to April)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject, _words, aspect_asked, resolve
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context, own_province_in_context
from knowledge.slots import parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
    OrgRec(2, "GDHT", "Công đoàn ngành Giáo dục Hà Tĩnh", "sector", "Hà Tĩnh", 1),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, fmt: str = "tap_trung",
           venue: str = "Hội trường LĐLĐ tỉnh") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(19, 30), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, "nghiep_vu", ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     fmt, start, start + dt.timedelta(hours=2), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "HT-CUM-1", "Tập huấn nghiệp vụ cho CĐCS cụm Thạch Hà", dt.date(2027, 1, 13), 1),
    course(2, "HT-CUM-2", "Tập huấn nghiệp vụ cho CĐCS cụm Can Lộc", dt.date(2027, 3, 24), 1),
    course(3, "HT-CUM-3", "Tập huấn nghiệp vụ cho CĐCS cụm Kỳ Anh", dt.date(2027, 5, 26), 1),
    course(4, "HT-TT-1", "Chuyên đề trực tuyến hằng tháng: Chăm lo Tết cho đoàn viên", dt.date(2027, 1, 5), 1,
           "truc_tuyen", "Trực tuyến qua Zoom"),
    course(5, "GD-TT-1", "Tập huấn trực tuyến công tác kiểm tra cho công đoàn trường học", dt.date(2027, 1, 9), 2,
           "truc_tuyen", "Trực tuyến qua Zoom"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[], facts=[], tz=TZ)


def talk(qa: QAEngine, *messages: str) -> list[tuple[list[str], str | None]]:
    subject: Subject | None = None
    out = []
    for text in messages:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        if ans is None:
            out.append(([c.code for c in follow.choices], None))
        else:
            out.append(([c.code for c in ans.courses] or [m.code for m in ans.matches], ans.intent))
        subject = Subject.from_dict(subject.to_dict()) if subject is not None else None
    return out


def test_the_last_one_asked_which_month_is_the_last_class_of_the_list(qa: QAEngine) -> None:
    listed, last = talk(qa, "lớp nghiệp vụ cụm ở Hà Tĩnh", "cái cuối tháng mấy")
    assert listed[0] == ["HT-CUM-1", "HT-CUM-2", "HT-CUM-3"]
    assert last == (["HT-CUM-3"], "course")
    # «tháng mấy», «ngày mấy» ask when; «lớp cuối tháng 12», «lớp cuối tuần nào» still name a time, no position.
    assert aspect_asked("cái cuối tháng mấy") == "time"
    assert aspect_asked("lớp đó học ngày mấy") == "time"
    subject = Subject("courses", "lớp nghiệp vụ", ("A", "B"), ("Lớp A", "Lớp B"))
    assert resolve("lớp cuối tuần nào ở Hà Tĩnh", subject).code is None


def test_which_school_or_hall_asks_where_a_class_is_held() -> None:
    assert aspect_asked("lop o binh duong cu o truong nao") == "place"
    assert aspect_asked("lớp đó tại hội trường nào") == "place"
    assert aspect_asked("ở trường nào có lớp cho chủ tịch") is None  # which schools have classes: a list


def test_still_open_after_classes_that_fit_is_the_nearest_of_them() -> None:
    subject = Subject("courses", "lớp thương lượng tập thể", ("A", "B", "C"), ("Lớp A", "Lớp B", "Lớp C"),
                      best=("A", "B"))
    follow = resolve("con dang ky duoc ko", subject)
    assert (follow.action, follow.code, follow.aspect) == ("ask", "A", "deadline")
    # A deadline asked plainly of such a list still asks which class.
    assert resolve("hạn đăng ký", subject).action == "choose"


def test_one_class_fitting_above_others_shown_is_the_one_asked_about(qa: QAEngine) -> None:
    listed, hour = talk(qa, "lớp online của lđlđ hà tĩnh tháng 1", "học lúc mấy h")
    assert listed[0][0] == "HT-TT-1" and "GD-TT-1" in listed[0]
    assert hour == (["HT-TT-1"], "course")


def test_training_at_the_enterprise_is_no_province_code() -> None:
    assert "doanh nghiep" in normalise("còn huấn luyện tại dn thì sao").folded
    assert "doanh nghiep" in _words("còn huấn luyện tại dn thì sao")
    assert "doanh nghiep" not in _words("còn ở dn thì sao")  # a place after «ở» alone
    assert "doanh nghiep" not in normalise("lớp ở dn").folded
    assert "doanh nghiep" not in normalise("lop tap huan tai dn").folded  # a class held in Đồng Nai as often


def test_the_city_said_alone_as_holding_classes_is_the_askers_federation() -> None:
    mine = Profile(province="TP.HCM")
    assert own_province_in_context("tháng 12 tp có lớp nào cho ct cđcs", mine) == \
        "tháng 12 LĐLĐ TP.HCM có lớp nào cho ct cđcs"
    assert own_province_in_context("tỉnh mở lớp nào tháng 3", Profile(province="Hà Tĩnh")) == \
        "LĐLĐ Hà Tĩnh mở lớp nào tháng 3"
    for kept in ("LĐLĐ tỉnh có lớp nào", "ở tp có lớp nào", "lớp ở tỉnh"):
        assert own_province_in_context(kept, mine) == kept


def test_the_start_of_a_year_runs_to_april() -> None:
    slot = parse_time(normalise("các chuyên đề trực tuyến đầu năm 2027"), FIXED_NOW)
    assert slot is not None
    assert slot.start.month == 1 and slot.start.year == 2027
    assert slot.end.astimezone(TZ).date() == dt.date(2027, 5, 1)
