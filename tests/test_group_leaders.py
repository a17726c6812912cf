"""«Tổ trưởng công đoàn» (a union group's leader) as the plans write an audience: found by the search as a role
is, while it stays out of the profile's roles (sign-up buttons, broadcast choices). Also how places and formats
are read in such terse questions: a province code beside a full name, «onlin»."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.lexicon import PLAN_AUDIENCES, ROLES
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.subject import said_of_self
from knowledge.slots import base_matcher, extract
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORG = OrgRec(1, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None)


def course(cid: int, code: str, title: str, day: dt.date, audiences: tuple[str, ...] = (),
           written: str = "") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, "nghiep_vu", audiences, 1, ORG.name, None, ORG.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open",
                     audience_text=written)


COURSES = [
    course(1, "QT-CT", "Kỹ năng điều hành cho chủ tịch", dt.date(2027, 1, 10), ("chu_tich_cdcs",)),
    course(2, "QT-CB", "An toàn lao động trong doanh nghiệp", dt.date(2027, 1, 20), written="Cán bộ CĐCS"),
    course(3, "QT-TT", "Kỹ năng hoạt động của tổ công đoàn", dt.date(2027, 2, 19),
           written="Tổ trưởng, tổ phó công đoàn"),
]
PLAN = TargetRec(id=1, code="CT-QT", organisation_id=1, organisation_name=ORG.name, period_start=2026,
                 period_end=2026, metric="Tập huấn cán bộ công đoàn", audience=None, target_value=3000,
                 unit="lượt cán bộ", achieved_value=2500, as_of=dt.date(2026, 11, 1))


def engine() -> QAEngine:
    return QAEngine.build(organisations=[ORG], courses=COURSES, facts=[], targets=[PLAN], tz=TZ)


def test_a_group_leader_is_read_as_whom_a_class_is_for_but_is_no_profile_role() -> None:
    slots = extract(normalise("có lớp nào cho tổ trưởng cđ không"), FIXED_NOW, base_matcher())
    assert slots.roles == ("to_truong_cd",)
    assert "to_truong_cd" in {t.key for t in PLAN_AUDIENCES}
    assert "to_truong_cd" not in {t.key for t in ROLES}  # no sign-up button, no broadcast choice
    said = said_of_self(engine(), "em là tổ trưởng công đoàn ở Quảng Trị")
    assert said is not None and said.role is None and said.province == "Quảng Trị"


def test_classes_for_group_leaders_then_for_grassroots_cadres_not_for_chairs() -> None:
    got = [c.code for c in engine().answer("lớp cho tổ trưởng công đoàn ở Quảng Trị", now=FIXED_NOW).courses]
    assert got == ["QT-TT", "QT-CB"]


def test_trong_before_a_period_is_no_word_of_the_class() -> None:
    # «trong» would single out the class whose title says «trong doanh nghiệp».
    got = [c.code for c in engine().answer("có lớp nào cho tổ trưởng cđ trong quý 1 k", now=FIXED_NOW).courses]
    assert got[:1] == ["QT-TT"]


def test_how_many_classes_for_group_leaders_is_no_plan_for_cadres_at_large() -> None:
    ans = engine().answer("tổ trưởng cđ ở Quảng Trị có lớp riêng k, mấy lớp", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["QT-TT"]


def test_a_province_code_is_the_province_named_in_full_with_those_initials() -> None:
    def provinces(q: str) -> tuple[str, ...]:
        return extract(normalise(q), FIXED_NOW, base_matcher()).provinces

    assert provinces("LC có lớp giảng viên kiêm chức k, Lai Châu ấy") == ("Lai Châu",)
    assert provinces("LC có lớp giảng viên kiêm chức k") == ("Lào Cai",)
    assert set(provinces("lớp ở Lào Cai và Lai Châu")) == {"Lào Cai", "Lai Châu"}


def test_onlin_is_online() -> None:
    assert extract(normalise("lop thuong luong hoc onlin"), FIXED_NOW, base_matcher()).formats == ("truc_tuyen",)


def test_i_mean_a_place_corrects_the_question_and_says_nothing_of_the_asker() -> None:
    # «ý em là Quảng Trị» (I mean Quảng Trị) re-asks with that place; «em là … ở Quảng Trị» introduces.
    assert said_of_self(engine(), "à nhầm, ý em là quảng trị") is None
    said = said_of_self(engine(), "à, em là chủ tịch cđcs ở quảng trị")
    assert said is not None and said.province == "Quảng Trị"
