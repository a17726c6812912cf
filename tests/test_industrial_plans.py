"""Questions of the industrial provinces' plans, each a rule of how chairs and workers ask: a class held at a
company or a hospital and named for it, asked by its kind with no «lớp» («tuyên truyền pháp luật lao động tại
công ty X», «sinh hoạt chuyên đề … tại Bệnh viện Y», «chuyên đề trực tuyến …»), and a class's whole title typed as
the list writes it. A kind of class whose words no class says is still off-topic."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "BNI", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(2, "HNO", "Công đoàn Viên chức thành phố Hà Nội", "sector", "Hà Nội", None),
    OrgRec(3, "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None),
]


def course(cid: int, code: str, title: str, when: dt.datetime, org: int, topic: str, venue: str, *,
           audiences: tuple[str, ...] = ("doan_vien",), **extra: object) -> CourseRec:
    start = when.astimezone(dt.UTC)
    o = ORGS[org - 1]
    c = CourseRec(cid, code, title, topic, audiences, org, o.name, None, o.province, venue, "tap_trung", start,
                  start + dt.timedelta(hours=3), start - dt.timedelta(days=7), 100, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


def at(y: int, m: int, d: int, h: int = 13, mi: int = 30) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=TZ)


COURSES = [
    course(1, "BN-TT-ACME", "Tuyên truyền pháp luật lao động tại Công ty TNHH Acmetech Việt Nam", at(2027, 1, 8), 1,
           "phap_luat", "Công ty TNHH Acmetech Việt Nam, KCN Quế Võ"),
    course(2, "BN-SH-BETA", "Sinh hoạt chuyên đề pháp luật cho đoàn viên tại Công ty TNHH Betashoes", at(2026, 12, 4),
           1, "phap_luat", "Công ty TNHH Betashoes, KCN Yên Phong"),
    course(3, "HN-SH-BV", "Sinh hoạt chuyên đề cho đoàn viên tại Bệnh viện Đa khoa Hòa Phong", at(2027, 1, 20), 2,
           "tuyen_giao", "Bệnh viện Đa khoa Hòa Phong"),
    course(4, "TLD-CD-DH", "Chuyên đề trực tuyến: Tổ chức đại hội CĐCS", at(2027, 3, 4, 19, 30), 3, "nghiep_vu",
           "Trực tuyến", format="truc_tuyen", audiences=("chu_tich_cdcs",)),
    course(5, "BN-TL-JP", "Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp Hàn Quốc", at(2027, 1, 10, 8, 0), 1,
           "thuong_luong", "Nhà văn hóa công nhân KCN Quế Võ", audiences=("chu_tich_cdcs",)),
    course(6, "BN-TL-FDI", "Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", at(2026, 12, 10, 8, 0),
           1, "thuong_luong", "Hội trường LĐLĐ tỉnh Bắc Ninh", audiences=("chu_tich_cdcs",)),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


def codes(qa: QAEngine, question: str) -> list[str]:
    ans = qa.answer(question, now=FIXED_NOW)
    return [m.code for m in ans.matches] if ans.intent in ("course", "register") else []


@pytest.mark.parametrize(("question", "code"), [
    # A law talk at a company, asked by its kind and the company's name, marks typed or not.
    ("tuyen truyen phap luat lao dong tai cong ty acmetech", "BN-TT-ACME"),
    ("Tuyên truyền pháp luật tại Công ty Acmetech ngày nào?", "BN-TT-ACME"),
    # A themed meeting («sinh hoạt chuyên đề») at a company or a hospital.
    ("Sinh hoạt chuyên đề pháp luật tại Công ty TNHH Betashoes vào ngày nào?", "BN-SH-BETA"),
    ("sinh hoat chuyen de tai benh vien hoa phong", "HN-SH-BV"),
    # «chuyên đề trực tuyến …»: a talk online is a class too.
    ("chuyen de truc tuyen to chuc dai hoi cdcs", "TLD-CD-DH"),
    # A class's whole title typed as the list writes it, with no «lớp».
    ("Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp Hàn Quốc", "BN-TL-JP"),
])
def test_a_class_asked_by_its_kind_or_title(qa: QAEngine, question: str, code: str) -> None:
    assert codes(qa, question)[:1] == [code]


def test_a_kind_of_class_on_nothing_the_data_says_is_off_topic(qa: QAEngine) -> None:
    ans = qa.answer("sinh hoạt chuyên đề nấu ăn ngày Tết tại nhà hàng ven biển", now=FIXED_NOW)
    assert ans.intent in ("off_topic", "unknown") or not ans.matches
