"""Conversations as chairs hold them (knowledge.search.subject.answer_in_context): a list asked for with
«liệt kê …», openers before the real question («em hỏi chút», «à mà …»), the same question for another period or
place («tháng 3 có lớp như vậy không», «tháng sau có lớp nào nữa không»), asides that must not lose the class
(«mấy giờ rồi», the weather), questions about how an online class is held («học qua zoom hay gì», «link học ở
đâu»), «lớp gần nhất» of the list in view, a correction naming another class by what it is, and the asker's own
province kept when the talk turns to another kind of union."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject, class_meant, like_that_there, period_then_list
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "TH", "Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
    OrgRec(2, "TH-KCN", "Công đoàn các khu công nghiệp tỉnh Thanh Hóa", "industrial_zone", "Thanh Hóa", 1),
    OrgRec(3, "NB", "Liên đoàn Lao động tỉnh Ninh Bình", "province", "Ninh Bình", None),
    OrgRec(4, "VCN", "Viện Công nhân và Công đoàn", "school", "Hà Nội", None),
]
D = dt.date


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str, venue: str,
           fmt: str = "tap_trung", roles: tuple[str, ...] = ("doan_vien",), days: int = 2) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, o.province, venue, fmt, start,
                     start + dt.timedelta(days=days - 1), start - dt.timedelta(days=7), 40, "open", days=days)


COURSES = [
    course(1, "TH-AT-1", "Huấn luyện an toàn, vệ sinh lao động (Đợt 1)", D(2026, 12, 11), 1, topic="atvsld",
           venue="Hội trường Sở Y tế tỉnh Thanh Hóa"),
    course(2, "TH-AT-2", "Huấn luyện an toàn, vệ sinh lao động (Đợt 2)", D(2027, 3, 16), 2, topic="atvsld",
           venue="Nhà văn hóa công nhân KKT Nghi Sơn"),
    course(3, "TH-KT-1", "Tập huấn công tác kiểm tra công đoàn", D(2027, 1, 12), 1, topic="kiem_tra",
           venue="Hội trường LĐLĐ tỉnh Thanh Hóa", days=3),
    course(4, "TH-KT-2", "Tập huấn công tác kiểm tra công đoàn (Đợt 2)", D(2027, 3, 10), 1, topic="kiem_tra",
           venue="Hội trường LĐLĐ tỉnh Thanh Hóa"),
    course(5, "NB-AT-1", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 3), 3, topic="atvsld",
           venue="Hội trường LĐLĐ tỉnh Ninh Bình"),
    course(6, "NB-CDS-1", "Chuyển đổi số trong hoạt động công đoàn (Đợt 1)", D(2026, 12, 21), 3, topic="chuyen_doi_so",
           venue="Trực tuyến qua Zoom", fmt="truc_tuyen"),
    course(7, "NB-CDS-2", "Chuyển đổi số trong hoạt động công đoàn (Đợt 2)", D(2026, 12, 8), 3,
           topic="chuyen_doi_so", venue="Trực tuyến - MS Teams", fmt="truc_tuyen"),
    course(8, "VCN-GV-1", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2026, 12, 1), 4,
           topic="giang_vien", venue="Viện Công nhân và Công đoàn, phường Đống Đa"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[], tz=TZ)


def talk(qa: QAEngine, *turns: str, profile: Profile | None = None) -> list[tuple[list[str], str, str]]:
    """Each turn's codes (the classes listed, else the matches; or those offered) and intent ("choose" when
    the user is asked which), and the reply's first lines."""
    subject: Subject | None = None
    out: list[tuple[list[str], str, str]] = []
    for text in turns:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=profile)
        if ans is None:
            out.append(([c.code for c in follow.choices], "choose", ""))
        else:
            out.append(([c.code for c in ans.courses] or [m.code for m in ans.matches], ans.intent, ""))
    return out


@pytest.mark.parametrize("request_", ["liệt kê các lớp an toàn vệ sinh lao động ở Thanh Hóa giúp mình",
                                      "Chi oi liet ke cac lop an toan ve sinh lao dong o tinh Thanh Hoa"])
def test_a_list_asked_for_with_liet_ke_lists_the_classes(qa: QAEngine, request_: str) -> None:
    (first,) = talk(qa, request_)
    assert first[1] == "course" and set(first[0]) == {"TH-AT-1", "TH-AT-2"}


def test_an_opener_before_an_ellipsis_leaves_the_ellipsis(qa: QAEngine) -> None:
    """«em hỏi chút còn ở Ninh Bình thì sao»: the opener says a question follows; the question is the ellipsis."""
    _, there = talk(qa, "các lớp an toàn vệ sinh lao động ở Thanh Hóa", "em hỏi chút còn ở Ninh Bình thì sao")
    assert there[1] == "course" and there[0][:1] == ["NB-AT-1"]


def test_an_opener_before_a_position_keeps_the_position(qa: QAEngine) -> None:
    _, second = talk(qa, "các lớp an toàn vệ sinh lao động ở Thanh Hóa", "cho em hỏi với cái thứ hai ở đâu")
    assert second[0][:1] == ["TH-AT-2"]


@pytest.mark.parametrize("opener", ["à mà", "a ma"])
def test_a_ma_only_turns_to_the_question(qa: QAEngine, opener: str) -> None:
    _, deadline = talk(qa, "lớp an toàn vệ sinh lao động ở Ninh Bình", f"{opener} hạn chót đăng ký hôm nào")
    assert deadline[1] == "course" and deadline[0][:1] == ["NB-AT-1"]


def test_a_class_like_that_in_another_period_is_the_question_asked_then(qa: QAEngine) -> None:
    assert like_that_there("tháng 3/2027 có lớp như vậy ko") == "the thang 3 nam 2027 thi sao"
    assert like_that_there("có lớp tương tự không") is None  # other classes, asked for elsewhere
    _, then = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa lúc nào khai giảng", "tháng 3/2027 có lớp như vậy ko")
    assert then[0][:1] == ["TH-KT-2"]


def test_a_period_then_which_classes_asks_the_list_again_then(qa: QAEngine) -> None:
    assert period_then_list("ừ tháng sau có lớp nào nữa không") == "the thang sau thi sao"
    assert period_then_list("lớp nào cho kế toán có không") is None
    _, then = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa lúc nào khai giảng", "sang quý I/2027 có lớp nào không")
    assert then[0][:1] == ["TH-KT-1"]


@pytest.mark.parametrize("aside", ["mấy giờ rồi bot", "may gio roi", "bây giờ là mấy giờ"])
def test_the_time_of_day_is_an_aside_that_keeps_the_class(qa: QAEngine, aside: str) -> None:
    _, clock, where = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa gần nhất", aside, "lớp đó học mấy ngày")
    assert clock[1] == "off_topic" and not clock[0]
    assert where[1] == "course" and where[0][:1] == ["TH-KT-1"]


def test_asking_what_time_the_class_starts_is_no_aside(qa: QAEngine) -> None:
    _, start = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa gần nhất", "lớp đó mấy giờ học")
    assert start[1] == "course" and start[0][:1] == ["TH-KT-1"]


def test_the_weather_of_a_place_is_no_question_about_its_classes(qa: QAEngine) -> None:
    _, weather = talk(qa, "các lớp an toàn vệ sinh lao động ở Thanh Hóa", "à mà thời tiết Ninh Bình hôm nay thế nào")
    assert weather[1] == "off_topic"


@pytest.mark.parametrize("asked", ["học qua zoom hay gì", "link học ở đâu", "học trực tuyến hay phải lên tận nơi"])
def test_how_an_online_class_is_reached_is_asked_of_the_class_in_view(qa: QAEngine, asked: str) -> None:
    _, how = talk(qa, "lớp chuyển đổi số ở Ninh Bình đợt 1", asked)
    assert how[1] == "course" and how[0] == ["NB-CDS-1"]


def test_a_platform_named_puts_its_classes_first(qa: QAEngine) -> None:
    """Both online classes answer; the one held on Zoom first, though the Teams one is nearer."""
    listed, first = talk(qa, "các lớp học qua zoom tháng 12", "lớp đầu do ai tổ chức vậy")
    assert listed[0][:2] == ["NB-CDS-1", "NB-CDS-2"]
    assert first[0] == ["NB-CDS-1"]  # listed first on the reply too, so «lớp đầu» is it


def test_typed_short_lo_and_hok_are_lop_and_hoc(qa: QAEngine) -> None:
    _, days = talk(qa, "lớp an toàn vệ sinh lao động ở Ninh Bình", "lớ đó hok mấy ngày")
    assert days[1] == "course" and days[0] == ["NB-AT-1"]
    _, last = talk(qa, "các lớp an toàn vệ sinh lao động ở Thanh Hóa", "con lo cuoi thi khi nao")
    assert last[0] == ["TH-AT-2"]
    # «cuối» with a letter dropped or swapped after the class word.
    for slip in ("lop cui hoc o dau", "lop coui hoc o dau", "cai cuoii o dau"):
        _, last = talk(qa, "các lớp an toàn vệ sinh lao động ở Thanh Hóa", slip)
        assert last[0] == ["TH-AT-2"], slip


def test_thoi_before_a_registration_settles_the_choice(qa: QAEngine) -> None:
    _, register = talk(qa, "các lớp an toàn vệ sinh lao động", "thôi đăng ký cho tôi lớp ở Ninh Bình")
    assert register[1] == "register" and register[0][:1] == ["NB-AT-1"]


def test_a_correction_naming_another_class_keeps_the_place(qa: QAEngine) -> None:
    assert class_meant("a nham, toi hoi lop huan luyen an toan, ve sinh lao dong co") == (
        "lop huan luyen an toan ve sinh lao dong")
    assert class_meant("à nhầm, ý em là lớp thứ 3") is None  # a class of the list in view
    _, fixed = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa", "à nhầm, tôi hỏi lớp huấn luyện an toàn vệ sinh lao động cơ")
    assert fixed[1] == "course" and fixed[0][:1] == ["TH-AT-1"]
    _, meant = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa", "không ý tôi là lớp huấn luyện an toàn vệ sinh lao động")
    assert meant[0][:1] == ["TH-AT-1"]


def test_the_nearest_class_of_the_list_in_view(qa: QAEngine) -> None:
    _, online, register = talk(qa, "các lớp chuyển đổi số ở Ninh Bình", "lớp gần nhất học trực tuyến đúng không",
                               "đăng ký cho tôi lớp gần nhất")
    assert online[1] == "course" and online[0] == ["NB-CDS-2"]
    assert register[1] == "register" and register[0] == ["NB-CDS-2"]


def test_the_askers_province_stays_when_another_kind_of_union_is_asked(qa: QAEngine) -> None:
    profile = Profile(role="uy_vien_bch", province="Thanh Hóa")
    first, kcn = talk(qa, "bên mình đang mở lớp huấn luyện an toàn vệ sinh lao động nào",
                      "ờ thế bên công đoàn các khu công nghiệp có không", profile=profile)
    assert set(first[0]) == {"TH-AT-1", "TH-AT-2"}
    assert kcn[0][:1] == ["TH-AT-2"]


def test_a_union_written_short_is_found(qa: QAEngine) -> None:
    (listed,) = talk(qa, "Viện CN và CĐ có những lớp nào sắp tới")
    assert listed[1] == "course" and listed[0][:1] == ["VCN-GV-1"]


@pytest.mark.parametrize("request_", ["kể hết ra đi", "liệt kê giúp mình", "liet ke het cac lop do ra"])
def test_the_whole_list_asked_for_after_one_class(qa: QAEngine, request_: str) -> None:
    """After one class shown («… gần nhất», then a detail of it), «kể hết ra» lists every class the question finds."""
    _, _, listed = talk(qa, "lớp kiểm tra công đoàn ở Thanh Hóa gần nhất", "lớp đó học mấy ngày", request_)
    assert listed[1] == "course" and set(listed[0]) == {"TH-KT-1", "TH-KT-2"}
