"""«ở thành phố» said alone by a chair of a city under the central government is that city, as «thành phố mình»
is (knowledge/search/subject.py own_province_in_context): the words alone read as any city, and «lớp đó» next
would be about another city's class."""

from __future__ import annotations

import datetime as dt

from knowledge.language.followup import Subject
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context, own_province_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_lists import TZ

ORGS = [OrgRec(1, "CT", "LĐLĐ thành phố Cần Thơ", "province", "Cần Thơ", None),
        OrgRec(2, "HCM", "LĐLĐ Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh", None)]


def course(cid: int, code: str, day: dt.date, org: int, venue: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "giang_vien",
                     ("giang_vien",), org, ORGS[org - 1].name, None, ORGS[org - 1].province, venue, "tap_trung",
                     start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


def test_in_the_city_is_the_asker_s_city() -> None:
    qa = QAEngine.build(organisations=ORGS, courses=[
        course(1, "CT-GV", dt.date(2027, 5, 10), 1, "Hội trường LĐLĐ thành phố Cần Thơ"),
        course(2, "HCM-GV", dt.date(2027, 11, 16), 2, "Nhà Văn hóa Lao động, phường Sài Gòn")], facts=[], tz=TZ)
    me = Profile(province="Hồ Chí Minh")
    subject: Subject | None = None
    said = []
    for text in ("Có lớp giảng viên kiêm chức nào ở thành phố không?", "Lớp đó ngày nào, ở đâu?"):
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=me)
        assert ans is not None
        said.append([c.code for c in ans.courses])
    assert said == [["HCM-GV"], ["HCM-GV"]]


def test_a_city_named_or_a_province_s_chair_keeps_the_words() -> None:
    da_nang, quang_tri = Profile(province="Đà Nẵng"), Profile(province="Quảng Trị")
    assert own_province_in_context("lớp ở thành phố không", da_nang) == "lớp ở Đà Nẵng không"
    assert own_province_in_context("lớp ở thành phố Huế", da_nang) == "lớp ở thành phố Huế"
    assert own_province_in_context("lớp ở thành phố không", quang_tri) == "lớp ở thành phố không"
    assert own_province_in_context("chỉ tiêu của thành phố", da_nang) == "chỉ tiêu của thành phố"
