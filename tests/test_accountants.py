"""Accountants of a grassroots union as an audience: «kế toán» names whom a class is for after «cho» or «là»
and what it teaches anywhere else, and the lexicon's own phrases do not outvote the data's acronyms."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.acronyms import learn
from knowledge.slots import base_matcher, extract
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORG = OrgRec(1, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None)


def slots(q: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    s = extract(normalise(q), FIXED_NOW, base_matcher())
    return s.roles, s.topics


def test_kế_toán_after_cho_or_là_is_the_audience_and_elsewhere_the_subject() -> None:
    assert slots("có lớp nào cho kế toán công đoàn không") == (("ke_toan_cdcs",), ())
    assert slots("tôi là kế toán, tháng sau có lớp gì") == (("ke_toan_cdcs",), ())
    assert slots("lớp dạy kế toán ở đâu") == ((), ("tai_chinh",))
    # The role's own label opens with the topic and is read the same way.
    assert slots("lớp kế toán công đoàn cơ sở bao giờ mở") == ((), ("tai_chinh",))


def test_a_plan_cell_naming_accountants_fills_the_role() -> None:
    from knowledge.transfer import ROLE_VOCABULARY, _find_role

    assert ROLE_VOCABULARY.label("ke_toan_cdcs") == "Kế toán CĐCS"
    found = _find_role("Kế toán, thủ quỹ công đoàn")
    assert found is not None and found.key == "ke_toan_cdcs"
    assert _find_role("Kế toán trưởng") is None  # a company's chief accountant


def course(cid: int, code: str, title: str, audiences: tuple[str, ...], day: dt.date) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, "tai_chinh", audiences, 1, ORG.name, None, ORG.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


def test_a_class_for_accountants_comes_before_a_finance_class_for_other_cadres() -> None:
    qa = QAEngine.build(organisations=[ORG], courses=[
        course(1, "QT-TC-1", "Quản lý tài chính công đoàn", ("can_bo_chuyen_trach",), dt.date(2027, 1, 6)),
        course(2, "QT-TC-2", "Quyết toán kinh phí công đoàn", ("ke_toan_cdcs",), dt.date(2027, 1, 20)),
    ], facts=[], tz=TZ)
    got = [c.code for c in qa.answer("ở Quảng Trị có lớp nào cho kế toán công đoàn không", now=FIXED_NOW).courses]
    assert got[:1] == ["QT-TC-2"]


def test_the_lexicon_says_a_phrase_exists_not_how_often() -> None:
    # Two synonyms of one role repeat «kế toán công đoàn»; one class says «kiểm tra công đoàn».
    table = learn({"Công tác kiểm tra công đoàn": 1}, ["kế toán công đoàn cơ sở", "kế toán công đoàn"])
    assert table["ktcd"] == "kiem tra cong doan"
