"""«chỉ tiêu của công đoàn các KCN <tỉnh>» when that union sets no target of its own: the province's LĐLĐ's
targets are shown under a sentence saying the union asked has none, so they are not read as its figures. A
union of that kind that has targets gets them with no such sentence."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from handlers.compose import targets_reply
from knowledge.qa import QAEngine
from knowledge.records import OrgRec, TargetRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
ORGS = [
    OrgRec(1, "HY", "Liên đoàn Lao động tỉnh Hưng Yên", "province", "Hưng Yên", None),
    OrgRec(2, "KCN-HY", "Công đoàn các Khu công nghiệp tỉnh Hưng Yên", "industrial_zone", "Hưng Yên", 1),
    OrgRec(3, "KCN-PN", "Công đoàn KCN Phố Nối", "industrial_zone", "Hưng Yên", 2),
]


def target(tid: int, org: int, metric: str) -> TargetRec:
    return TargetRec(id=tid, code=f"CT-{tid}", organisation_id=org, organisation_name=ORGS[org - 1].name,
                     period_start=2026, period_end=2026, metric=metric, audience=None, target_value=2000,
                     unit="học viên", achieved_value=1500, as_of=dt.date(2026, 11, 30))


PROVINCE_TARGET = target(1, 1, "Bồi dưỡng nghiệp vụ cán bộ công đoàn")


def test_a_kind_of_union_with_no_target_is_said_to_have_none() -> None:
    eng = QAEngine.build(organisations=ORGS, targets=[PROVINCE_TARGET], tz=TZ)
    ans = eng.answer("chỉ tiêu của công đoàn các kcn hưng yên", now=NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT-1"
    assert ans.no_own_targets == "Công đoàn các Khu công nghiệp tỉnh Hưng Yên"
    text = targets_reply(ans)[0].text
    assert text.startswith("Công đoàn các Khu công nghiệp tỉnh Hưng Yên chưa có chỉ tiêu riêng")
    assert "Liên đoàn Lao động tỉnh Hưng Yên" in text


def test_a_kind_of_union_with_its_own_target_gets_it_plainly() -> None:
    own = target(2, 2, "Huấn luyện an toàn, vệ sinh lao động cho người lao động")
    eng = QAEngine.build(organisations=ORGS, targets=[PROVINCE_TARGET, own], tz=TZ)
    ans = eng.answer("chỉ tiêu của công đoàn các kcn hưng yên", now=NOW)
    assert "CT-2" in [m.code for m in ans.matches] and not ans.no_own_targets


def test_the_provinces_union_asked_by_name_has_no_such_sentence() -> None:
    eng = QAEngine.build(organisations=ORGS, targets=[PROVINCE_TARGET], tz=TZ)
    ans = eng.answer("chỉ tiêu LĐLĐ hưng yên", now=NOW)
    assert ans.intent == "target" and not ans.no_own_targets
