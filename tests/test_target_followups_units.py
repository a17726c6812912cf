"""A chair's figures talk as blind testers held it: after a company union's targets «cả thành phố thì sao» is the
city's federation, «so với ngành y tế thì sao» the sector union, and «còn số lớp thì sao» the figure of classes of
the union and year in view."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers import compose
from knowledge.qa import Profile, QAEngine
from knowledge.records import OrgRec, TargetRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HP", "Liên đoàn Lao động thành phố Hải Phòng", "province", "Hải Phòng", None),
    OrgRec(2, "CANG", "Công đoàn Công ty Cảng Bến Gót", "grassroots", "Hải Phòng", 1),
    OrgRec(3, "YT", "Công đoàn ngành Y tế thành phố Hải Phòng", "sector", "Hải Phòng", 1),
    OrgRec(4, "QN", "Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
]


def target(tid: int, code: str, org: int, year: int, metric: str, value: float, unit: str, done: float) -> TargetRec:
    return TargetRec(tid, code, org, ORGS[org - 1].name, year, year, metric, None, value, unit, done,
                     dt.date(year, 11, 15) if year == 2026 else dt.date(year, 12, 31))


TARGETS = [
    target(1, "HP-26-HV", 1, 2026, "Đào tạo, bồi dưỡng cán bộ công đoàn", 5100, "học viên", 3813),
    target(2, "HP-26-LOP", 1, 2026, "Số lớp tập huấn, bồi dưỡng", 28, "lớp", 19),
    target(3, "HP-25-HV", 1, 2025, "Đào tạo, bồi dưỡng cán bộ công đoàn", 5400, "học viên", 5508),
    target(4, "HP-25-LOP", 1, 2025, "Số lớp tập huấn, bồi dưỡng", 32, "lớp", 33),
    target(5, "CANG-26-HV", 2, 2026, "Đào tạo, bồi dưỡng cán bộ công đoàn", 500, "học viên", 275),
    target(6, "CANG-25-HV", 2, 2025, "Đào tạo, bồi dưỡng cán bộ công đoàn", 450, "học viên", 490),
    target(7, "YT-26-HV", 3, 2026, "Bồi dưỡng cán bộ công đoàn ngành y tế", 100, "học viên", 91),
    target(8, "QN-26-HV", 4, 2026, "Đào tạo, bồi dưỡng cán bộ công đoàn", 3000, "học viên", 2100),
]
PORT_CHAIR = Profile(role="chu_tich_cdcs", organisation_id=2, province="Hải Phòng")


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, targets=TARGETS, tz=TZ)


def talk(qa: QAEngine, *messages: str, profile: Profile | None = PORT_CHAIR) -> list[tuple[list[str], str]]:
    subject = None
    out = []
    for text in messages:
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=profile)
        assert ans is not None, text
        replies = compose.targets_reply(ans) if len(ans.items) > 1 else compose.knowledge_reply(ans)
        out.append(([m.code for m in ans.matches], "\n".join(r.text for r in replies)))
    return out


def test_the_whole_city_after_a_company_unions_figures_is_the_citys_federation(qa: QAEngine) -> None:
    own, city = talk(qa, "chỉ tiêu đào tạo của đơn vị mình năm nay", "cả thành phố thì sao")
    assert own[0][0] == "CANG-26-HV"
    assert city[0][0] in ("HP-26-HV", "HP-26-LOP") and not {"CANG-26-HV", "QN-26-HV"} & set(city[0][:2])
    assert "Liên đoàn Lao động thành phố Hải Phòng" in city[1] and "3.813/5.100" in city[1]
    # Last year's figures asked before: the city's of that year.
    *_, city = talk(qa, "chỉ tiêu đào tạo của đơn vị mình năm nay", "năm ngoái thì sao", "còn toàn thành phố thì sao")
    assert city[0][0] in ("HP-25-HV", "HP-25-LOP") and "5.508/5.400" in city[1]


def test_the_count_of_classes_after_the_federations_figures_is_of_that_union_and_year(qa: QAEngine) -> None:
    *_, classes = talk(qa, "chỉ tiêu đào tạo của đơn vị mình năm nay", "cả thành phố thì sao", "còn số lớp thì sao")
    assert classes[0][0] == "HP-26-LOP" and "19/28 lớp" in classes[1]


def test_set_against_another_union_with_so_voi(qa: QAEngine) -> None:
    *_, health = talk(qa, "chỉ tiêu năm nay của LĐLĐ thành phố Hải Phòng", "so với ngành y tế thì sao", profile=None)
    assert health[0][0] == "YT-26-HV" and "91/100" in health[1]


def test_the_whole_province_said_about_the_federation_itself_asks_nothing_new(qa: QAEngine) -> None:
    # Already the city's own figures: «cả thành phố» names no other union (the usual reading answers it).
    first, again = talk(qa, "chỉ tiêu năm nay của LĐLĐ thành phố Hải Phòng", "cả thành phố thì sao", profile=None)
    assert first[0][0] in ("HP-26-HV", "HP-26-LOP") and again[0][0] in ("HP-26-HV", "HP-26-LOP")
