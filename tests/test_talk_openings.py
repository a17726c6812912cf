"""How a chair opens a talk and goes on: a long self-introduction («mình là Hương, mới được bầu làm chủ tịch
CĐCS công ty giày ở KCN …») says who and where the asker is, not what the class is about nor where it must be
held; «… hay online vậy bạn» is a question about the class in view, not about a document («văn bản»).
Small hand-made data: a province's union with classes for chairs in two months, and a company union in an
industrial zone of that province with classes of its own at another time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Named, Subject, resolve
from knowledge.qa import Profile, QAEngine, _self_intro_positions
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.text import fold, normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(2, "QV", "CĐCS Công ty TNHH Điện tử Quế Võ", "grassroots", "Bắc Ninh", 1),
]


def course(cid: int, title: str, day: dt.date, topic: str, org: int, audience: str, venue: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K-{cid:02d}", title=title, topic=topic, audiences=(audience,), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province="Bắc Ninh", venue=venue,
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=7), capacity=50, status="open",
    )


D = dt.date
COURSES = [
    course(1, "Kỹ năng giải quyết tranh chấp lao động", D(2026, 12, 17), "tranh_chap", 1, "chu_tich_cdcs",
           "Trung tâm hội nghị tỉnh, phường Kinh Bắc"),
    course(2, "Bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở nhiệm kỳ mới - Đợt 1", D(2026, 12, 28),
           "nghiep_vu", 1, "chu_tich_cdcs", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc"),
    course(3, "Bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở nhiệm kỳ mới - Đợt 2", D(2027, 1, 25),
           "nghiep_vu", 1, "chu_tich_cdcs", "Cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang"),
    course(4, "Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS mới được bầu", D(2027, 8, 23), "nghiep_vu", 2,
           "chu_tich_cdcs", "Nhà văn hóa công nhân KCN Quế Võ, phường Quế Võ"),
]
ME = Profile(role="chu_tich_cdcs", organisation_id=1, province="Bắc Ninh")


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


def test_the_workplace_after_a_name_is_no_word_the_classes_must_say(engine: QAEngine) -> None:
    # «mình là Hương,» names the asker; the next clause goes on with the role and the workplace.
    answer = engine.answer(
        "Chào bạn, mình là Hương, mới được bầu làm chủ tịch CĐCS công ty giày ở KCN Thụy Vân. Cho mình hỏi "
        "tháng 12 bên mình có lớp nào cho chủ tịch công đoàn cơ sở không?", now=FIXED_NOW, profile=ME)
    assert answer.intent == "course"
    assert {c.code for c in answer.courses} == {"K-01", "K-02"}


def test_a_place_said_introducing_oneself_widens_to_its_province(engine: QAEngine) -> None:
    # The asker's company union (in KCN Quế Võ) holds no class in January: the province's class answers,
    # though it is held elsewhere in the province.
    answer = engine.answer(
        "chao ban, minh la mai, moi duoc bau lam chu tich cdcs cong ty dien tu o kcn que vo. cho minh hoi "
        "thang 1 nam sau ben minh co lop nao cho chu tich cong doan co so khong?", now=FIXED_NOW, profile=ME)
    assert [c.code for c in answer.courses] == ["K-03"]
    assert not answer.relaxed


@pytest.mark.parametrize("text", ["học trực tiếp hay online vậy bạn", "hoc truc tiep hay online vay ban"])
def test_a_closing_particle_is_no_typo_of_a_document(engine: QAEngine, text: str) -> None:
    assert "van ban" not in engine.respell(text).lower()
    assert "vậy bạn" in engine.respell(text) or "vay ban" in engine.respell(text)


# ---------------------------------------------------------------- switches that keep what the talk is about

LIST = Subject("courses", "có lớp tài chính công đoàn nào học online không", ("A", "B"), ("Lớp A", "Lớp B"),
               (("topic", "tai chinh cong doan"), ("format", "online")))


def test_another_way_of_holding_keeps_the_topic_asked() -> None:
    follow = resolve("còn học trực tiếp ở Hưng Yên thì có lớp nào?", LIST,
                     kinds_of=lambda f: frozenset({"format", "place"}))
    assert follow.action == "ask"
    assert "tai chinh" in follow.question and "truc tiep" in follow.question and "hung yen" in follow.question
    assert "online" not in follow.question


def test_a_union_named_in_full_is_one_thing_named_however_long_its_name() -> None:
    subject = Subject("courses", "Cong doan nganh Y te Hung Yen co to chuc lop nao sap toi khong?", ("A", "B"),
                      ("Lớp A", "Lớp B"), (("org", "cong doan nganh y te hung yen"),))
    for text, name in (("con cong doan nganh giao duc hung yen thi sao?", "giao duc hung yen"),
                       ("con Cong doan cac KCN va che xuat Ha Noi thi sao?", "che xuat ha noi")):
        follow = resolve(text, subject, kinds_of=lambda f: frozenset({"org"}))
        assert follow.action == "ask" and name in follow.question and "sap toi" in follow.question
        assert "y te" not in follow.question


def test_my_province_is_not_the_place_of_the_last_fact() -> None:
    fact = Subject("fact", "năm 2016 Hà Nội đạt bao nhiêu lượt học viên", ("F",), ("Hà Nội 2016",),
                   (("place", "ha noi"),), classes=("A",), class_titles=("Lớp A",))
    follow = resolve("còn lớp nào về kiểm tra công đoàn ở tỉnh mình không?", fact,
                     kinds_of=lambda f: frozenset({"topic"}))
    assert follow.action == "ask" and "tinh minh" in follow.question and "ha noi" not in follow.question


def test_two_ways_joined_by_or_ask_about_the_class_in_view() -> None:
    focused = dataclasses.replace(LIST, focus="A")
    follow = resolve("học trực tiếp hay online vậy bạn", focused,
                     fit=lambda codes: Named((1,), (("format", "truc tiep"), ("format", "online")), ""))
    assert (follow.action, follow.code, follow.aspect) == ("ask", "A", "format")


# ---------------------------------------------------------------- «tỉnh mình», a typo inside a role's name

PLAN_ORGS = [
    OrgRec(1, "NA", "Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "GDNA", "Công đoàn ngành Giáo dục Nghệ An", "sector", "Nghệ An", 1),
]
PLAN_TARGETS = [
    TargetRec(1, "CT-GDNA-2027", 2, PLAN_ORGS[1].name, 2027, 2027, "Bồi dưỡng, tập huấn cán bộ công đoàn", None,
              1320, "học viên", None, None),
    TargetRec(2, "CT-NA-2027", 1, PLAN_ORGS[0].name, 2027, 2027, "Bồi dưỡng, tập huấn cán bộ công đoàn", None,
              5500, "lượt học viên", None, None),
]


def test_my_provinces_target_is_its_ldlds_not_my_sector_unions() -> None:
    engine = QAEngine.build(organisations=PLAN_ORGS, courses=[], facts=[], targets=PLAN_TARGETS, tz=TZ)
    me = Profile(role="chu_tich_cdcs", organisation_id=2, province="Nghệ An")
    answer = engine.answer("Chỉ tiêu đào tạo năm sau của tỉnh mình là bao nhiêu?", now=FIXED_NOW, profile=me)
    assert answer.intent == "target" and answer.matches[0].code == "CT-NA-2027"
    # Asked without «tỉnh», the asker's own union's plan still answers.
    own = engine.answer("Chỉ tiêu đào tạo năm sau của đơn vị mình là bao nhiêu?", now=FIXED_NOW, profile=me)
    assert own.matches[0].code == "CT-GDNA-2027"


def test_a_slip_inside_a_roles_name_is_corrected() -> None:
    # «kim» is a word of the data (a commune's name), but never before «tra»: inside «ủy ban … tra» it is «kiểm».
    kim = dataclasses.replace(COURSES[0], venue="Hội trường xã Kim Sơn")
    engine = QAEngine.build(organisations=ORGS, courses=[kim], tz=TZ)
    assert "kiem tra" in fold(engine.respell("cho ủy ban kim tra thì sao?"))



def test_a_short_clause_that_asks_right_away_is_no_name() -> None:
    # «e là UVBCH,» then the question: «UVBCH» is the role as plans write it, a word the classes say.
    assert _self_intro_positions(normalise("e là UVBCH, tỉnh mình có lớp j"), frozenset()) == frozenset()
