"""Questions about a list just shown and the asker's own province, read by the engine and the follow-up
resolver (knowledge.search.subject): which class of the list a message means, and the province a profile
names however the plan wrote it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "DN", "LĐLĐ thành phố Đà Nẵng", "province", "Đà Nẵng", None),
    OrgRec(2, "DN-YT", "Công đoàn ngành Y tế Đà Nẵng", "sector", "Đà Nẵng", 1),
    OrgRec(3, "DN-CT", "Công đoàn ngành Công Thương Đà Nẵng", "sector", "Đà Nẵng", 1),
    OrgRec(4, "HUE", "LĐLĐ thành phố Huế", "province", "Huế", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "phap_luat",
           venue: str | None = None, hour: int = 8) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(hour), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


D = dt.date
COURSES = [
    course(1, "DN-PL-1", "Tập huấn pháp luật lao động", D(2027, 1, 11), 3, venue="Hội trường thành phố"),
    course(2, "DN-PL-2", "Tư vấn pháp luật cho cán bộ công đoàn", D(2027, 1, 20), 2),
    course(3, "DN-PL-3", "Tập huấn Bộ luật Lao động", D(2027, 2, 15), 1),
    course(4, "DN-PL-4", "Phổ biến pháp luật lao động cho đoàn viên", D(2027, 3, 9), 2),
    course(5, "HUE-PL-1", "Tập huấn pháp luật lao động", D(2027, 1, 5), 4, venue="Hội trường thành phố Huế"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def listed(qa: QAEngine, q: str, profile: Profile | None = None) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW, profile=profile).courses]


@pytest.mark.parametrize("written", ["TP Đà Nẵng", "Thành phố Đà Nẵng", "Đà Nẵng"])
def test_my_city_is_the_profile_province_however_the_plan_wrote_it(qa: QAEngine, written: str) -> None:
    # «thành phố» is also a word of the classes' venues; «thành phố mình» is the asker's own city.
    me = Profile(province=written)
    assert listed(qa, "thành phố mình có lớp nào về pháp luật lao động không", me) == [
        "DN-PL-1", "DN-PL-2", "DN-PL-3", "DN-PL-4"]


def talk(qa: QAEngine, turns: list[str], profile: Profile | None = None) -> list[list[str]]:
    """The classes each message was answered with, in a conversation (a choice to make counts as none)."""
    subject: Subject | None = None
    out: list[list[str]] = []
    for text in turns:
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=profile)
        out.append([c.code for c in ans.courses] if ans is not None else [])
    return out


def test_a_position_in_the_list_that_fits_what_is_named_is_that_class(qa: QAEngine) -> None:
    # The list: DN-PL-1 (Công Thương), DN-PL-2 (Y tế), DN-PL-3 (the city's), DN-PL-4 (Y tế).
    said = talk(qa, ["ở Đà Nẵng có lớp pháp luật lao động nào", "lớp thứ hai của ngành Y tế Đà Nẵng học ở đâu"])
    assert said[1] == ["DN-PL-2"]  # second of the list, and a Y tế one


def test_a_position_among_the_classes_that_fit_when_the_list_position_does_not(qa: QAEngine) -> None:
    said = talk(qa, ["ở Đà Nẵng có lớp pháp luật lao động nào", "lớp đầu tiên của ngành Y tế Đà Nẵng học ở đâu"])
    assert said[1] == ["DN-PL-2"]  # the first of the list is Công Thương's: the first Y tế class is meant
