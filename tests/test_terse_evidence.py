"""Terse questions with no cue word («tranh chấp lao động quảng ninh», «hà tĩnh tháng 1 năm sau»): the classes
compete with the plans and articles on evidence, while a question's cues still decide («chỉ tiêu», «năm 2016
… bao nhiêu»). Small hand-made data: two provinces' unions, their classes, a plan, an article's fact."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "QN", "Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
    OrgRec(2, "HT", "Liên đoàn Lao động tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
    OrgRec(3, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None),
]


def course(cid: int, title: str, day: dt.date, topic: str, org: int) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K-{cid:02d}", title=title, topic=topic, audiences=("chu_tich_cdcs",), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=ORGS[org - 1].province, venue=None,
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=3), capacity=50, status="open",
    )


def target(tid: int, org: int, year: int) -> TargetRec:
    return TargetRec(id=tid, code=f"CT-{tid}", organisation_id=org, organisation_name=ORGS[org - 1].name,
                     period_start=year, period_end=year, metric="Tập huấn cán bộ công đoàn cơ sở", audience=None,
                     target_value=3000, unit="lượt cán bộ", achieved_value=2500, as_of=dt.date(2026, 11, 1))


D = dt.date
COURSES = [
    course(1, "Kỹ năng giải quyết tranh chấp lao động", D(2027, 3, 10), "tranh_chap", 1),
    course(2, "Nghiệp vụ công tác kiểm tra công đoàn", D(2026, 12, 8), "kiem_tra", 2),
    course(3, "Kỹ năng thương lượng tập thể (đợt 1)", D(2027, 1, 12), "thuong_luong", 2),
    course(4, "Kỹ năng thương lượng tập thể (đợt 2)", D(2027, 4, 12), "thuong_luong", 2),
    course(5, "Tập huấn thương lượng tập thể", D(2027, 2, 2), "thuong_luong", 3),
]
FACTS = [
    FactRec(id=1, code="HN2016-TL", organisation_id=3, organisation_name=ORGS[2].name, year=2016, year_end=None,
            topic="thuong_luong", question="Hà Nội tập huấn thương lượng tập thể cho bao nhiêu cán bộ năm 2016?",
            statement="Năm 2016 LĐLĐ Hà Nội tập huấn thương lượng tập thể cho 1.250 cán bộ công đoàn cơ sở.",
            keywords="thương lượng tập thể", value=1250, planned=None, unit="cán bộ"),
]


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS,
                          targets=[target(1, 1, 2026), target(2, 2, 2026)], tz=TZ)


def first(engine: QAEngine, q: str) -> tuple[str, str]:
    ans = engine.answer(q, now=FIXED_NOW)
    return ans.intent, ans.matches[0].code if ans.matches else ""


@pytest.mark.parametrize(("question", "code"), [
    ("tranh chấp lao động quảng ninh", "K-01"),  # a topic and a place: the plan of Quảng Ninh says no topic
    ("kiem tra ha tinh thang 12", "K-02"),  # a month is a class's period, not a plan's
    ("thuong luong tap the ha tinh dot 2", "K-04"),  # a batch is a class's
    ("ha tinh thang 1 nam sau", "K-03"),  # a place and a month, no topic
])
def test_a_terse_topic_and_place_is_answered_with_the_class(engine: QAEngine, question: str, code: str) -> None:
    assert first(engine, question) == ("course", code)


def test_a_terse_fact_question_is_still_a_fact(engine: QAEngine) -> None:
    """A past year and «bao nhiêu» ask what an article says, though classes on the topic are planned there."""
    assert first(engine, "thương lượng tập thể hà nội năm 2016 bao nhiêu cán bộ") == ("fact", "HN2016-TL")


def test_a_plan_word_keeps_the_plan(engine: QAEngine) -> None:
    intent, code = first(engine, "chỉ tiêu tập huấn quảng ninh năm nay")
    assert (intent, code) == ("target", "CT-1")


def test_a_place_and_a_year_alone_are_no_class_question(engine: QAEngine) -> None:
    """«quảng ninh năm nay»: a whole year is what plans speak of; no month, topic or batch says a class."""
    assert first(engine, "quảng ninh năm nay")[0] != "course"


def test_words_the_classes_do_not_say_are_no_class(engine: QAEngine) -> None:
    """A place and a month with words of another matter («thời tiết», «giá vàng») get no class."""
    for q in ("thời tiết hà tĩnh tháng 12", "giá vàng hà tĩnh tháng 12"):
        assert first(engine, q)[0] != "course", q


def test_a_count_of_classes_on_a_topic_no_record_states_is_the_class_list(engine: QAEngine) -> None:
    """«mấy lớp thương lượng tập thể» in Hà Tĩnh: the plan counts cadres trained, not those classes."""
    ans = engine.answer("Hà Tĩnh có mấy lớp thương lượng tập thể?", now=FIXED_NOW)
    assert ans.intent == "course" and {c.code for c in ans.courses} == {"K-03", "K-04"}


def test_a_role_said_introducing_oneself_does_not_send_the_asker_to_another_province() -> None:
    """«Tôi là …, chủ tịch công đoàn trường … ở Hà Tĩnh. Năm sau có lớp …?»: the role is the asker's; the
    classes of Hà Tĩnh next year, for whichever cadres, before a class for chairs in another province."""
    import dataclasses

    here = dataclasses.replace(COURSES[2], audiences=("uy_vien_bch",))
    elsewhere = course(9, "Thương lượng tập thể cho chủ tịch công đoàn trường học", D(2027, 1, 5), "thuong_luong", 1)
    eng = QAEngine.build(organisations=ORGS, courses=[here, elsewhere], tz=TZ)
    ans = eng.answer("Xin chào, tôi là Lan, chủ tịch công đoàn trường tiểu học ở Hà Tĩnh. Năm sau có lớp "
                     "thương lượng tập thể nào không ạ?", now=FIXED_NOW)
    assert [c.code for c in ans.courses][:1] == ["K-03"]
    # Asked for chairs («cho chủ tịch»), the role is whom the class is for.
    asked = eng.answer("có lớp thương lượng tập thể nào cho chủ tịch CĐCS không", now=FIXED_NOW)
    assert [c.code for c in asked.courses][:1] == ["K-09"]


def test_an_abbreviation_then_a_province_code_reads_the_province() -> None:
    """«CĐ PT» is the union of Phú Thọ unless the data's phrase of those initials ends with that province:
    a ward union «Công đoàn phường Tân An» is no reading of it; «CĐ HN» may be «Công đoàn Hà Nội»."""
    orgs = [OrgRec(1, "PT", "Liên đoàn Lao động tỉnh Phú Thọ", "province", "Phú Thọ", None),
            OrgRec(2, "TA", "Công đoàn phường Tân An", "ward", "Phú Thọ", 1),
            OrgRec(3, "HN", "Trường Trung cấp Công đoàn Hà Nội", "school", "Hà Nội", None)]
    courses = [dataclasses_replace(course(i, "Nghiệp vụ công tác công đoàn", D(2027, 1, i), "nghiep_vu", 1),
                                   organiser_id=org, organiser_name=orgs[org - 1].name)
               for i, org in ((1, 2), (2, 2), (3, 2), (4, 3), (5, 3))]
    eng = QAEngine.build(organisations=orgs, courses=courses, tz=TZ)
    assert "phuong tan" not in eng.spell_out("lớp tài chính cđ PT quý 2").lower()
    assert "ha noi" in eng.spell_out("học tại Trường Trung cấp CĐ HN").lower()


def test_sl_opening_a_question_in_capitals_is_son_la() -> None:
    orgs = [OrgRec(4, "SL", "Liên đoàn Lao động tỉnh Sơn La", "province", "Sơn La", None), ORGS[0]]
    sl = dataclasses_replace(course(1, "Tập huấn ATVSLĐ – an toàn hóa chất", D(2027, 5, 28), "atvsld", 1),
                             organiser_id=4, organiser_name=orgs[0].name, province="Sơn La")
    qn = course(2, "Tập huấn ATVSLĐ – an toàn hóa chất", D(2027, 1, 5), "atvsld", 1)
    eng = QAEngine.build(organisations=orgs, courses=[sl, qn], tz=TZ)
    assert [c.code for c in eng.answer("SL có lớp ATVSLĐ k", now=FIXED_NOW).courses] == ["K-01"]


def dataclasses_replace(c: CourseRec, **changes: object) -> CourseRec:
    import dataclasses

    return dataclasses.replace(c, **changes)  # type: ignore[arg-type]


def test_a_real_word_one_letter_from_a_topic_word_beside_its_other_half_is_a_slip() -> None:
    """«tran chấp lao động»: «trần» is a real word (a name), but never before «chấp»: tranh chấp."""
    import dataclasses

    orgs = [*ORGS, dataclasses.replace(ORGS[0], id=4, code="TP", name="Công đoàn phường Trần Phú")]
    eng = QAEngine.build(organisations=orgs, courses=COURSES, tz=TZ)
    ans = eng.answer("tran chap lao dong quang ninh", now=FIXED_NOW)
    assert ans.intent == "course" and ans.matches[0].code == "K-01"
    assert "tran phu" in eng.answer("lớp tranh chấp lao động ở Trần Phú", now=FIXED_NOW).norm.folded


def test_a_short_word_beside_a_real_word_is_no_topic_slip() -> None:
    """«bài về …» (an article about) is no «bảo vệ»: «về» is too short and common to vouch for a slip."""
    eng = QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)
    assert eng.read("bài về thương lượng tập thể đăng ngày nào", now=FIXED_NOW)[0].folded.startswith("bai ve")
