"""A province's two words typed with one of them short of a letter or two, or with its letters shuffled
(«ở tha hóa», «ldld thhn hoa», «bên bac agng cũ»), after a word that places: that province, in a question and in
the respelling the follow-ups read; the same words with no place word before them stay as typed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
    OrgRec(2, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
    OrgRec(3, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
]


def course(cid: int, code: str, title: str, month: int, org: int, topic: str, venue: str) -> CourseRec:
    start = dt.datetime(2027, month, 10, 8, tzinfo=TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "TH-TC", "Nghiệp vụ tài chính công đoàn", 2, 1, "tai_chinh", "Hội trường LĐLĐ tỉnh, phường Hạc Thành"),
    course(2, "HT-TC", "Nghiệp vụ tài chính công đoàn", 3, 2, "tai_chinh", "Nhà văn hóa phường Thành Sen"),
    course(3, "BN-TC", "Nghiệp vụ tài chính công đoàn", 4, 3, "tai_chinh",
           "Nhà văn hóa phường Bắc Giang (TP Bắc Giang cũ)"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[], facts=[], tz=TZ)


@pytest.mark.parametrize(("q", "code"), [
    ("lớp tài chính ở tha hóa học ngày nào", "TH-TC"),
    ("lop tai chinh ben ldld thhn hoa hoc ngay nao", "TH-TC"),
    ("lop tai chinh ben bac agng cu hoc ngay nao", "BN-TC"),
])
def test_a_province_short_of_letters_after_a_place_word(qa: QAEngine, q: str, code: str) -> None:
    assert [c.code for c in qa.answer(q, now=FIXED_NOW).courses][:1] == [code]


def test_the_follow_ups_read_it_too(qa: QAEngine) -> None:
    assert "thanh hóa" in qa.respell("thế còn ở tha hóa thì sao").lower()
    assert "thanh hoa" in qa.respell("con thhn hoa thi sao")


def test_the_words_stay_without_a_place_word_before_them(qa: QAEngine) -> None:
    # «tha hóa» (to degrade) said as a word, and a real word whose letters are not the province's.
    assert "tha hóa" in qa.respell("chống suy thoái, tha hóa trong cán bộ")
    assert qa.respell("lop o thu hoa") == "lop o thu hoa"
