"""Follow-ups about the class an answer led with (knowledge.search.subject.answer_in_context): the next class
for an audience asked «sắp tới» comes first whichever of its audiences its title names, «lớp đó» after such a
list is that nearest class, and «phải đăng ký trước ngày nào» asks a deadline, no registration."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HUE", "Liên đoàn Lao động thành phố Huế", "province", "Huế", None),
    OrgRec(2, "HUE-KCN", "Công đoàn Khu kinh tế, công nghiệp Huế", "industrial_zone", "Huế", 1),
    OrgRec(3, "QT", "Liên đoàn Lao động tỉnh Quảng Trị", "province", "Quảng Trị", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str, roles: tuple[str, ...],
           venue: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, o.province, venue, "tap_trung", start,
                     start + dt.timedelta(days=1), start - dt.timedelta(days=6), 40, "open")


D = dt.date
CHAIRS = ("chu_tich_cdcs", "pho_chu_tich_cdcs")
COURSES = [
    course(1, "HUE-NV-1", "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS (Đợt 1)", D(2027, 3, 19), 1,
           topic="nghiep_vu", roles=CHAIRS, venue="Khách sạn Công đoàn Thuận An"),
    course(2, "HUE-NV-2", "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS (Đợt 2)", D(2027, 6, 25), 1,
           topic="nghiep_vu", roles=CHAIRS, venue="Hội trường LĐLĐ thành phố Huế"),
    course(3, "HUE-TL-1", "Tập huấn đối thoại tại nơi làm việc và thương lượng tập thể", D(2026, 12, 15), 2,
           topic="thuong_luong", roles=("chu_tich_cdcs", "uy_vien_bch"), venue="Nhà văn hóa công nhân KCN Phú Bài"),
    course(4, "HUE-AT-1", "Huấn luyện an toàn, vệ sinh lao động (Đợt 1)", D(2027, 1, 12), 2,
           topic="atvsld", roles=("doan_vien",), venue="Nhà văn hóa công nhân KCN Phú Bài"),
    course(5, "HUE-AT-2", "Huấn luyện an toàn, vệ sinh lao động (Đợt 2)", D(2027, 4, 12), 2,
           topic="atvsld", roles=("doan_vien",), venue="Nhà văn hóa công nhân KCN Phú Bài"),
    course(6, "QT-AT-1", "Huấn luyện an toàn, vệ sinh lao động (Đợt 1)", D(2027, 1, 5), 3,
           topic="atvsld", roles=("doan_vien",), venue="Hội trường LĐLĐ tỉnh Quảng Trị"),
    course(7, "QT-AT-2", "Huấn luyện an toàn, vệ sinh lao động (Đợt 2)", D(2027, 5, 5), 3,
           topic="atvsld", roles=("doan_vien",), venue="Hội trường LĐLĐ tỉnh Quảng Trị"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    target = TargetRec(id=1, code="CT-HUE-26", organisation_id=1, organisation_name=ORGS[0].name, period_start=2026,
                       period_end=2026, metric="Bồi dưỡng chủ tịch CĐCS", audience=None, target_value=570,
                       unit="người", achieved_value=314, as_of=dt.date(2026, 11, 30))
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[target], tz=TZ)


def talk(qa: QAEngine, *turns: str) -> list[tuple[list[str], str, str | None]]:
    """Each turn's first matches' codes and intent (or the codes offered, intent "choose"), and the class the
    follow-up asked about."""
    subject: Subject | None = None
    out: list[tuple[list[str], str, str | None]] = []
    for text in turns:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        if ans is None:
            out.append(([c.code for c in follow.choices], "choose", None))
        else:
            out.append(([m.code for m in ans.matches][:5], ans.intent, follow.code))
    return out


@pytest.mark.parametrize("question", [
    "lớp dành cho chủ tịch CĐCS ở Huế sắp tới",
    "Huế đang mở lớp cho chủ tịch công đoàn cơ sở nào",
])
def test_the_next_class_for_an_audience_comes_first_whatever_its_title_names(qa: QAEngine, question: str) -> None:
    """Asked «sắp tới», the nearest class for chairs answers, not a later one whose title names chairs."""
    (first,) = talk(qa, question)
    assert first[0][:1] == ["HUE-TL-1"]


def test_without_upcoming_a_class_titled_for_the_audience_still_leads(qa: QAEngine) -> None:
    (first,) = talk(qa, "lớp bồi dưỡng cho chủ tịch CĐCS ở Huế")
    assert first[0][:1] == ["HUE-NV-1"]


@pytest.mark.parametrize("detail", ["lớp đó học ở đâu", "phải đăng ký trước ngày nào"])
def test_the_class_an_upcoming_list_led_with_is_the_one_asked_about(qa: QAEngine, detail: str) -> None:
    _, second = talk(qa, "sắp tới ở Huế có lớp nào cho chủ tịch CĐCS", detail)
    assert second[1] == "course" and second[2] == "HUE-TL-1"


@pytest.mark.parametrize("question", ["phải đăng ký trước ngày nào", "đăng ký hạn cuối ngày nào"])
def test_until_when_to_register_is_a_deadline_not_a_registration(qa: QAEngine, question: str) -> None:
    _, second = talk(qa, "lớp đối thoại tại nơi làm việc ở Huế", question)
    assert second[1] == "course" and second[2] == "HUE-TL-1"


@pytest.mark.parametrize("named", ["em muốn tìm lớp an toàn vệ sinh lao động ở Huế",
                                   "lớp huấn luyện an toàn vệ sinh lao động Huế"])
def test_a_class_named_without_asking_for_a_list_is_its_nearest(qa: QAEngine, named: str) -> None:
    """«em muốn tìm lớp X», no «nào», «những», «có … không»: one class is meant, the nearest shown."""
    _, where = talk(qa, named, "lớp đó học ở đâu")
    assert where[1] == "course" and where[2] == "HUE-AT-1"


def test_a_list_asked_for_still_asks_which(qa: QAEngine) -> None:
    _, where = talk(qa, "Huế có những lớp nào cho chủ tịch CĐCS", "lớp đó học ở đâu")
    assert where[1] == "choose"


@pytest.mark.parametrize("how", ["học trực tuyến hay phải lên tận nơi", "hoc truc tuyen hay phai den tan noi"])
def test_online_or_going_there_asks_how_the_class_in_view_is_held(qa: QAEngine, how: str) -> None:
    subject: Subject | None = None
    for text in ("em muốn tìm lớp an toàn vệ sinh lao động ở Huế", how):
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
    assert ans is not None and follow.code == "HUE-AT-1" and follow.aspect == "format"


def test_one_class_in_batches_is_its_nearest_batch(qa: QAEngine) -> None:
    """A list of one class's batches («… (Đợt 1)», «… (Đợt 2)»): «lớp đó» is the class, its nearest batch."""
    first, where = talk(qa, "Huế có những lớp an toàn vệ sinh lao động nào", "lớp đó học ở đâu")
    assert set(first[0]) == {"HUE-AT-1", "HUE-AT-2"}
    assert where[1] == "course" and where[2] == "HUE-AT-1"


@pytest.mark.parametrize("others", ["còn lớp nào khác không", "ngoài lớp đó còn lớp nào nữa không"])
def test_other_classes_leave_out_the_one_in_view(qa: QAEngine, others: str) -> None:
    _, more = talk(qa, "em muốn tìm lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS ở Huế", others)
    assert more[1] == "course" and "HUE-NV-1" not in more[0] and more[0][:1] == ["HUE-NV-2"]


@pytest.mark.parametrize("back", ["thôi đăng ký cho em lớp lúc nãy", "vậy lấy lớp đầu tiên bot nói, đăng ký giúp mình"])
def test_the_class_set_aside_for_others_is_the_one_pointed_back_at(qa: QAEngine, back: str) -> None:
    *_, again = talk(qa, "em muốn tìm lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS ở Huế", "còn lớp nào khác không", back)
    assert again[1] == "register" and again[2] == "HUE-NV-1"


@pytest.mark.parametrize("back", ["à thôi quay lại lớp kia, hạn đăng ký ngày nào", "ừ quay lại lớp lúc nãy, học ở đâu"])
def test_back_to_the_class_talked_of_before_an_aside(qa: QAEngine, back: str) -> None:
    """The class in focus before a plan's figure, not the list it was picked from."""
    *_, aside, again = talk(qa, "Huế có những lớp nghiệp vụ cho chủ tịch CĐCS nào", "cái thứ 2 học mấy ngày",
                            "chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của LĐLĐ Huế", back)
    assert aside[1] == "target"
    assert again[1] == "course" and again[2] == "HUE-NV-2"


def test_a_correction_to_a_class_named_means_its_nearest(qa: QAEngine) -> None:
    """«không, ý tôi là lớp X» after another question: one class meant, so «học ở đâu» next is its nearest."""
    *_, where = talk(qa, "lớp đối thoại tại nơi làm việc ở Huế", "không, ý tôi là lớp an toàn vệ sinh lao động",
                     "học trực tuyến hay phải lên tận nơi")
    assert where[1] == "course" and where[2] == "HUE-AT-1"


def test_the_next_batch_is_of_the_class_the_list_led_with(qa: QAEngine) -> None:
    """A list of every union's «đợt 1» led by one union's (the one the question named): «Đợt 2 thì sao» is that
    class's second batch, not a choice among every union's."""
    listed = Subject("courses", "lớp an toàn vệ sinh lao động đợt 1 của CĐ KCN Huế học ngày nào",
                     ("QT-AT-1", "HUE-AT-1"), (COURSES[5].title, COURSES[3].title), best=("HUE-AT-1",))
    ans, _, follow = answer_in_context(qa, "Đợt 2 thì sao?", listed, now=FIXED_NOW)
    assert ans is not None and follow.code == "HUE-AT-2"


@pytest.mark.parametrize("question", ["v co lop nao cho CT CDCS de cu nguoi di ko", "có lớp nào cko chủ tịch CĐCS không"])
def test_a_class_question_in_chat_words_is_a_class_question(qa: QAEngine, question: str) -> None:
    """«để cử người đi» (whom the union sends) and «cko» («cho» in teencode) say nothing of a class."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course" and ans.band == "confident" and ans.matches[0].code.startswith("HUE-")


def test_what_is_still_short_after_a_past_year_met_is_this_years() -> None:
    """«năm ngoái được bao nhiêu» (met), then «vậy còn thiếu bao nhiêu»: nothing lacks of a year met and over;
    the plan in progress does."""
    org = OrgRec(1, "HUE", "Liên đoàn Lao động thành phố Huế", "province", "Huế", None)

    def plan(tid: int, year: int, goal: float, done: float) -> TargetRec:
        return TargetRec(id=tid, code=f"CT-HUE-{year}", organisation_id=1, organisation_name=org.name,
                         period_start=year, period_end=year, metric="Bồi dưỡng chủ tịch CĐCS", audience=None,
                         target_value=goal, unit="người", achieved_value=done, as_of=dt.date(year, 11, 30))

    engine = QAEngine.build(organisations=[org], courses=[], targets=[plan(1, 2025, 500, 560), plan(2, 2026, 570, 314)],
                            tz=TZ)
    subject: Subject | None = None
    for text in ("chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của LĐLĐ Huế", "năm ngoái đạt bao nhiêu",
                 "vậy còn thiếu bao nhiêu"):
        ans, subject, _ = answer_in_context(engine, text, subject, now=FIXED_NOW)
        assert ans is not None and ans.intent == "target"
    assert ans is not None and ans.items[0].code == "CT-HUE-2026"
