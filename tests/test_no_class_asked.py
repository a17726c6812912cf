"""A question that plainly asks for classes («có lớp nào», «lớp … nào sắp mở», «năm nay có lớp gì», «bây giờ …
có lớp … không») about a place, period or subject the plans hold no class for is answered by that absence (the
filters named, the question logged), or by the classes found once a filter is given up, said as such; never by
a resolution an article names nor by an article's sentence on classes held years ago. Records still answer a
question of the past, a figure, a document or what an article reports.

The data: classes in Đà Nẵng (one on legal counselling) and one in Hà Nội (safety); an article's fact and the
resolution it names in Lạng Sơn, where no class is held; a fact of the Mê Linh article, whose sentences name the
city's legal counselling centre.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.cli import ask_payload
from handlers import compose
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, DocumentRec, FactRec, OrgRec, SourceRec
from knowledge.search.subject import miss_of
from tests.conftest import FIXED_NOW, payload_text

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None, ("LĐLĐ Hà Nội",)),
    OrgRec(2, "HN-MELINH", "Liên đoàn Lao động huyện Mê Linh", "district", "Hà Nội", 1, ("LĐLĐ Mê Linh", "Mê Linh")),
    OrgRec(3, "LS", "Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn", None, ("LĐLĐ Lạng Sơn",)),
    OrgRec(4, "DN", "Liên đoàn Lao động thành phố Đà Nẵng", "province", "Đà Nẵng", None, ("LĐLĐ Đà Nẵng",)),
]
LS_2014 = SourceRec("BAI-LS-2014", "Công tác đào tạo, bồi dưỡng giảng viên kiêm chức công đoàn", "Báo Lạng Sơn",
                    2014, "article")
ML_2020 = SourceRec("BAI-MELINH-2020", "Chú trọng công tác đào tạo, bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở",
                    "Báo Lao Động Thủ Đô", 2020, "article")


def course(cid: int, title: str, topic: str, org: int, province: str, month: int) -> CourseRec:
    start = dt.datetime(2027, month, 10, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K{cid}", title=title, topic=topic, audiences=("can_bo_cong_doan",), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=province, venue=f"Hội trường LĐLĐ {province}",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(days=1), registration_deadline=None,
        capacity=40, status="open",
    )


COURSES = [
    course(1, "Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn", "phap_luat", 4, "Đà Nẵng", 3),
    course(2, "Huấn luyện an toàn, vệ sinh lao động", "atvsld", 4, "Đà Nẵng", 4),
    course(3, "Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên", "atvsld", 1, "Hà Nội", 5),
]
FACTS = [
    FactRec(1, "LS2014-GVKC", 3, ORGS[2].name, 2014, 2014, "giang_day",
            "Năm 2014 Lạng Sơn bồi dưỡng bao nhiêu giảng viên kiêm chức?",
            "Năm 2014, LĐLĐ tỉnh Lạng Sơn mở lớp bồi dưỡng giảng viên kiêm chức cho 25 đồng chí.",
            "giảng viên kiêm chức", 25, None, "người", LS_2014),
    FactRec(2, "ML2020-LOP", 2, ORGS[1].name, 2020, 2020, "nghiep_vu",
            "Năm 2020 Mê Linh tổ chức bao nhiêu lớp tập huấn?",
            "Năm 2020, LĐLĐ huyện Mê Linh tổ chức 2 lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.",
            "lớp tập huấn;nghiệp vụ", 2, None, "lớp", ML_2020),
]
DOCUMENTS = [
    DocumentRec(1, "NQ-DHCD-LS-XV", "nghi_quyet", "Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV",
                "Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV, một căn cứ để LĐLĐ tỉnh mở lớp bồi dưỡng "
                "giảng viên kiêm chức công đoàn.", "Đại hội Công đoàn tỉnh Lạng Sơn khóa XV", None,
                "nghị quyết;đại hội", LS_2014, organisation_id=3),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, documents=DOCUMENTS, tz=TZ)


def reply(ans: object) -> str:
    return "\n".join(r.text for r in compose.courses_reply(ans, TZ, FIXED_NOW))  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "said"), [
    ("Lạng Sơn năm nay có lớp nào không?", ("ở Lạng Sơn", "năm nay")),
    ("Lạng Sơn có lớp nào sắp mở không?", ("sắp tới ở Lạng Sơn",)),
    ("năm nay ở Lạng Sơn có lớp gì", ("ở Lạng Sơn",)),
    ("lang son co lop nao k", ("ở Lạng Sơn",)),
    # The union named alone: where it is, its province.
    ("LĐLĐ Lạng Sơn có lớp nào không", ("sắp tới ở Lạng Sơn",)),
])
def test_no_class_in_a_place_is_said_not_a_resolution_the_article_names(
        qa: QAEngine, question: str, said: tuple[str, ...]) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course" and not ans.courses and ans.band == "low", (ans.intent, ans.matches[:1])
    assert not ans.items  # no document, no article's record
    text = reply(ans)
    assert text.startswith("Hiện chưa có lớp nào") and all(s in text for s in said), text
    miss = miss_of(qa, ans)
    assert miss is not None and miss.reason == "no_course"  # stored for `cadrebot unanswered`


def test_no_class_on_a_subject_in_a_place_names_both_not_an_article_sentence(qa: QAEngine) -> None:
    ans = qa.answer("bây giờ Lạng Sơn có lớp tư vấn pháp luật nào không?", now=FIXED_NOW)
    assert ans.intent == "course" and not ans.courses and not ans.items, (ans.intent, ans.matches[:1])
    text = reply(ans)
    assert "tư vấn pháp luật" in text and "ở Lạng Sơn" in text, text
    assert miss_of(qa, ans) is not None


def test_a_place_with_other_classes_gets_the_subject_elsewhere_said_as_such(qa: QAEngine) -> None:
    # Hà Nội holds a class, none on legal counselling: the counselling classes elsewhere, the place said to be
    # given up, rather than the Mê Linh article's sentence naming the city's legal counselling centre.
    ans = qa.answer("bây giờ Hà Nội có lớp tư vấn pháp luật nào không?", now=FIXED_NOW)
    assert ans.intent == "course" and "place" in ans.relaxed, (ans.intent, ans.relaxed, ans.matches[:1])
    assert [c.code for c in ans.courses][:1] == ["K1"]
    assert "Hà Nội" in reply(ans).splitlines()[0]
    miss = miss_of(qa, ans)
    assert miss is not None and miss.reason.startswith("relaxed:")


def test_the_classes_held_are_still_listed(qa: QAEngine) -> None:
    ans = qa.answer("Đà Nẵng có lớp tư vấn pháp luật nào không?", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["K1"] and not ans.relaxed
    assert miss_of(qa, ans) is None


@pytest.mark.parametrize(("question", "kind", "code"), [
    # The past, a figure: the article's record.
    ("Năm 2014 Lạng Sơn bồi dưỡng bao nhiêu giảng viên kiêm chức?", "fact", "LS2014-GVKC"),
    ("Năm 2020 Mê Linh tổ chức bao nhiêu lớp tập huấn?", "fact", "ML2020-LOP"),
    # A document asked by name.
    ("Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV là gì?", "document", "NQ-DHCD-LS-XV"),
])
def test_records_still_answer_the_past_a_figure_or_a_document(qa: QAEngine, question: str, kind: str,
                                                              code: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == kind and ans.matches and ans.matches[0].code == code, (ans.intent, ans.matches[:1])


def test_what_an_article_reports_is_still_its_record(qa: QAEngine) -> None:
    # «lớp … học kỹ năng gì» asks what a class held taught, which the article reports: not a wish for a class.
    ans = qa.answer("lớp giảng viên kiêm chức ở Lạng Sơn học kỹ năng gì", now=FIXED_NOW)
    assert ans.intent == "fact" and ans.matches[0].code == "LS2014-GVKC", (ans.intent, ans.matches[:1])


def test_no_class_reply_without_filters_stays_plain(qa: QAEngine) -> None:
    ans = qa.answer("kỹ năng nói trước đám đông", now=FIXED_NOW)
    assert not ans.courses and reply(ans) == compose.NO_COURSE


def test_on_the_built_in_articles_alone_the_wish_is_logged_as_unanswered(deps: Deps) -> None:
    # No plan loaded: the Lạng Sơn articles and the resolution they name are no class; the reply says none is
    # held and the question reaches `cadrebot unanswered`.
    payload = ask_payload(deps, "Lạng Sơn năm nay có lớp nào không?", user_id="noclass")
    assert payload["intent"] == "course" and payload["band"] == "low", payload["matches"][:1]
    assert payload_text(payload).startswith("Hiện chưa có lớp nào")
    with deps.session_factory() as s:
        assert [u.text for u in s.scalars(select(UnansweredQuestion))] == ["Lạng Sơn năm nay có lớp nào không?"]
