"""Answers on evidence: a record answers only when it says what the question asks about (not when it merely
shares the union's words), a fact asked in other words is still found, and a class question gets classes.

One SQLite database with the built-in knowledge and no sample, shared by the module (the questions only read;
the unanswered log is compared before and after each question).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW, template_deps
from tests.conftest import payload_text as reply_text


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "evidence")


def logged(deps: Deps) -> int:
    with deps.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(UnansweredQuestion)) or 0)


@pytest.mark.parametrize("question", [
    "Đoàn phí công đoàn bây giờ đóng bao nhiêu?",
    "chủ tịch CĐCS không chuyên trách có được phụ cấp không, bao nhiêu",
    "ban chap hanh cdcs gom toi da bao nhieu nguoi",
    "can bo cong doan lang son duoc phu cap trach nhiem bao nhieu",
    "đoàn viên công đoàn Sóc Trăng đóng đoàn phí mấy phần trăm lương",
])
def test_union_matters_the_records_do_not_say_are_logged_not_answered(deps: Deps, question: str) -> None:
    """The records share «công đoàn», «CĐCS», «cán bộ», a province, but not «đoàn phí», «phụ cấp», «tối đa
    bao nhiêu người»: no record is given as the answer, and the question is logged for the organisers."""
    before = logged(deps)
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("unknown", "off_topic"), (question, payload["intent"], payload["matches"][:1])
    assert logged(deps) == before + 1


@pytest.mark.parametrize("question", [
    "mỗi tháng cán bộ công đoàn chuyên trách lãnh lương bao nhiêu",
    "muc dong doan phi cua doan vien cong doan la bao nhieu",
    "CĐCS được giữ lại mấy phần trăm đoàn phí",
    "ủy viên ủy ban kiểm tra có được hưởng phụ cấp hàng tháng không",
    "đoàn viên nghỉ thai sản được công đoàn hỗ trợ bao nhiêu",
])
def test_pay_dues_and_benefits_are_no_training_figures(deps: Deps, question: str) -> None:
    """Pay, dues, allowances and benefits are union matters the training records never say: a record about
    how many cadres there are or what training cost is no answer, however many union words it shares."""
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("unknown", "off_topic"), (question, payload["intent"], payload["matches"][:1])


def test_negotiation_is_no_pay_question(deps: Deps) -> None:
    """«thương lượng» folds to «thuong luong», with the «luong» of pay in it: a question on collective
    bargaining training is still answered."""
    payload = ask_payload(deps, "Hà Nội năm 2016 tập huấn thương lượng tập thể cho bao nhiêu cán bộ?")
    assert payload["intent"] == "fact", payload["matches"][:1]


@pytest.mark.parametrize(("question", "code", "says"), [
    # The same facts asked with their own words still answer.
    ("Lạng Sơn có bao nhiêu cán bộ công đoàn?", "LS2018-CBCD", "8.343"),
    ("lạng sơn có gửi cán bộ lên TLĐ học ko", "LS2018-CU-TLD", "25"),
    ("Anh Nguyễn Văn Kiên ở HTX Đồng Tâm tham gia bồi dưỡng nghiệp vụ thì thay đổi thế nào?", "LS-DONGTAM-KIEN",
     "vững mạnh"),
    ("truong trung cap cd tp ha noi mo bn lop an toan lao dong nam 2016", "HN2016-ATVSLD", "42 lớp"),
])
def test_questions_the_record_says_still_answer(deps: Deps, question: str, code: str, says: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["band"] == "confident" and payload["matches"][0]["code"] == code, payload["matches"][:2]
    assert says in reply_text(payload)


def test_function_words_are_not_what_is_asked(deps: Deps) -> None:
    """«bằng» (by means of) is no subject the plan must say: the plan is still offered."""
    payload = ask_payload(deps, "Sóc Trăng triển khai bằng kế hoạch số mấy")
    assert payload["intent"] != "unknown"
    assert payload["matches"][0]["code"] == "53/KH-LĐLĐ"


def test_a_province_code_searches_the_province_by_name(deps: Deps) -> None:
    """«LS» typed for Lạng Sơn finds the province's figure, not the same figure of one of its districts."""
    payload = ask_payload(deps, "LS có bn CBCĐ?")
    assert payload["band"] == "confident"
    assert payload["matches"][0]["code"] == "LS2018-CBCD"
    assert "8.343" in reply_text(payload)


def test_the_citation_names_the_author_of_an_article(deps: Deps) -> None:
    """«Bài viết … do ai viết?»: the figures come from an article, and its citation says who wrote it."""
    payload = ask_payload(deps, "Bài viết về công tác nâng cao trình độ của đoàn viên ở Sóc Trăng do ai viết?")
    assert "Lục Bích Phúc" in reply_text(payload)


# ------------------------------------------------------------------ hand-made records

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HCM", "LĐLĐ TP Hồ Chí Minh", "province", "Hồ Chí Minh", None),
    OrgRec(2, "KCX", "CĐ các KCX và CN TP.HCM", "industrial_zone", "Hồ Chí Minh", 1),
    OrgRec(3, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
]


def target(tid: int, code: str, org: int, metric: str, audience: str | None) -> TargetRec:
    return TargetRec(tid, code, org, ORGS[org - 1].name, 2026, 2026, metric, audience, 1000, "lượt người", 600,
                     None)


TARGETS = [
    target(1, "KCX-TLTT", 2, "Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp", "chu_tich_cdcs"),
    target(2, "HCM-CTCD", 1, "Tập huấn nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "pho_chu_tich_cdcs"),
    # Other provinces' plans: «Liên đoàn Lao động» is every union's name, and says nothing of which target.
    *(target(10 + i, f"TH-{i}", 3, metric, None) for i, metric in enumerate((
        "Bồi dưỡng cán bộ công đoàn các cấp", "Huấn luyện an toàn, vệ sinh lao động", "Phát triển đoàn viên mới",
        "Tập huấn nghiệp vụ tài chính CĐCS", "Bồi dưỡng ủy viên ủy ban kiểm tra", "Tập huấn nữ công",
    ))),
]
FACTS = [
    FactRec(1, "TH-DOANVIEN", 3, "LĐLĐ tỉnh Thanh Hóa", 2020, 2020, "",
            "Thanh Hóa có bao nhiêu đoàn viên được cấp thẻ?",
            "Năm 2020, Thanh Hóa cấp thẻ cho 12.000 đoàn viên công đoàn.", "thẻ đoàn viên;Thanh Hóa", 12000,
            None, "đoàn viên"),
    FactRec(2, "HCM-TRANHCHAP", 1, "LĐLĐ TP Hồ Chí Minh", 2016, 2016, "tranh_chap",
            "Hồ Chí Minh có tập huấn giải quyết tranh chấp lao động không?",
            "Năm 2016, LĐLĐ TP Hồ Chí Minh tập huấn kỹ năng giải quyết tranh chấp lao động cho 300 cán bộ.",
            "tranh chấp lao động;Hồ Chí Minh", 300, None, "cán bộ"),
]


def th_course(cid: int = 1, code: str = "TH-THE-01", title: str = "Hướng dẫn sử dụng thẻ đoàn viên điện tử",
              topic: str = "cntt", venue: str = "Nhà văn hóa phường Sầm Sơn") -> CourseRec:
    start = dt.datetime(2027, 3, 10, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=code, title=title, topic=topic,
        audiences=("doan_vien", "can_bo_cong_doan"), organiser_id=3, organiser_name=ORGS[2].name, partner=None,
        province="Thanh Hóa", venue=venue, format="tap_trung", starts_at=start,
        ends_at=start + dt.timedelta(hours=8), registration_deadline=start - dt.timedelta(days=5), capacity=60,
        status="open",
    )


COURSES = [
    th_course(),
    th_course(2, "TH-TC-01", "Giải quyết tranh chấp lao động tập thể tại doanh nghiệp", "tranh_chap",
              "Trường Chính trị tỉnh"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=TARGETS, tz=TZ)


@pytest.mark.parametrize("question", [
    "Chỉ tiêu tập huấn chủ tịch, phó chủ tịch CĐCS năm 2026 của LĐLĐ TP.HCM là bao nhiêu, đạt được bao nhiêu rồi?",
    "chi tieu tap huan ct, pct cdcs nam nay cua hcm dat bn",
])
def test_the_target_for_the_audience_named_comes_first(qa: QAEngine, question: str) -> None:
    """The province however spelt («TP.HCM», «Hồ Chí Minh») and both audiences named: the city's target for
    chairs and vice-chairs, not the zone union's whose name happens to spell «HCM» as the question does."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "target"
    assert [m.code for m in ans.matches][:1] == ["HCM-CTCD"]


def test_a_class_question_a_fact_does_not_answer_gets_the_classes(qa: QAEngine) -> None:
    """The fact shares «thẻ đoàn viên» and the province, not «điện tử» nor the time asked: the class does."""
    ans = qa.answer("lớp thẻ đv điện tử ở sầm sơn học mấy h", now=FIXED_NOW)
    assert ans.intent == "course"
    assert [c.code for c in ans.courses][:1] == ["TH-THE-01"]
    # The fact still answers its own question.
    fact = qa.answer("Thanh Hóa có bao nhiêu đoàn viên được cấp thẻ?", now=FIXED_NOW)
    assert fact.intent == "fact" and fact.matches[0].code == "TH-DOANVIEN"


@pytest.mark.parametrize(("question", "code"), [
    ("co lop nao ve ki nang giai quyet tranh chap lao dong o thanh hoa ko", "TH-TC-01"),
    ("thanh hoa lop tranh chap lao dong tap the du kien thang may", "TH-TC-01"),
])
def test_a_class_question_gets_classes_rather_than_an_article_on_the_topic(qa: QAEngine, question: str,
                                                                           code: str) -> None:
    """An article on the same topic elsewhere says neither the class nor what is asked of it."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course"
    assert [c.code for c in ans.courses][:1] == [code]


def test_a_class_nobody_teaches_is_still_no_class(qa: QAEngine) -> None:
    ans = qa.answer("lop hoc tieng anh cho tre em", now=FIXED_NOW)
    assert not (ans.band == "confident" and ans.courses)


def test_the_national_unions_classes_are_those_it_organises_itself() -> None:
    """Every union is under the Tổng Liên đoàn: «lớp của TLĐ» is a class it organises, not any class."""
    orgs = [
        OrgRec(1, "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None, ("TLĐ", "Tổng Liên đoàn")),
        OrgRec(2, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", 1),
    ]

    def course(cid: int, org: int, title: str, day: int) -> CourseRec:
        start = dt.datetime(2027, 1, day, 8, tzinfo=TZ).astimezone(dt.UTC)
        return CourseRec(
            id=cid, code=f"C{cid}", title=title, topic="phap_luat", audiences=("chu_tich_cdcs",),
            organiser_id=org, organiser_name=orgs[org - 1].name, partner=None, province=orgs[org - 1].province,
            venue=None, format="truc_tuyen" if org == 1 else "tap_trung", starts_at=start,
            ends_at=start + dt.timedelta(hours=4), registration_deadline=None, capacity=None, status="open",
        )

    qa = QAEngine.build(organisations=orgs, courses=[
        course(1, 2, "Tập huấn Luật Công đoàn năm 2024", 5),
        course(2, 2, "Tập huấn nghiệp vụ công đoàn cơ sở", 8),
        course(3, 1, "Tập huấn trực tuyến Luật Công đoàn năm 2024 cho Chủ tịch CĐCS toàn quốc", 20),
    ], tz=TZ)
    ans = qa.answer("lớp của tlđ học lúc mấy h", now=FIXED_NOW)
    assert ans.intent == "course"
    assert [c.code for c in ans.courses][:1] == ["C3"]
