"""A province's sector union named by its sector alone: «lớp … của công đoàn y tế», «CĐ ngành y tế» for «Công đoàn
ngành Y tế tỉnh Hà Tĩnh». Its members drop the province (and often «ngành»); without it «y tế» was read as words of
titles («BHYT») and the union's own class was lost among other unions' classes. Only when the data has no other
union of that sector: with one in each of several provinces the sector alone does not say which.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers.deps import Deps
from knowledge.qa import QAEngine, _sector_alone
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["YT-01", "Tập huấn kỹ năng tư vấn pháp luật cho người lao động", "Tư vấn pháp luật", "Cán bộ CĐ chuyên trách",
     "Công đoàn ngành Y tế tỉnh Hà Tĩnh", "Hà Tĩnh", "Hội trường Bệnh viện Đa khoa tỉnh", "tập trung",
     "05/01/2027 13:30", "05/01/2027", "26/12/2026", "40", ""],
    ["PV-02", "Tập huấn chính sách BHXH, BHYT cho người lao động", "Pháp luật lao động", "Đoàn viên, NLĐ",
     "Công đoàn phường Trường Vinh", "Nghệ An", "Hội trường UBND phường Trường Vinh", "tập trung", "11/12/2026",
     "12/12/2026", "", "30", ""],
    ["HT-03", "Tập huấn pháp luật lao động cho đoàn viên", "Pháp luật lao động", "Đoàn viên, NLĐ",
     "LĐLĐ tỉnh Hà Tĩnh", "Hà Tĩnh", "Hội trường LĐLĐ tỉnh", "tập trung", "03/12/2026", "03/12/2026", "", "60", ""],
]
TARGETS = [
    ["HT-2026-HV", "LĐLĐ tỉnh Hà Tĩnh", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "1.000", "học viên", "800",
     "31/10/2026"],
]


class _Org:
    def __init__(self, id: int, name: str) -> None:
        self.id, self.name = id, name


def test_the_sector_is_read_off_the_name_without_its_province() -> None:
    orgs = [_Org(1, "Công đoàn ngành Y tế tỉnh Hà Tĩnh"), _Org(2, "Công đoàn Giáo dục thành phố Hồ Chí Minh"),
            _Org(3, "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh")]
    kinds = {1: "sector", 2: "sector", 3: "industrial_zone"}
    provinces = {("ha", "tinh"), ("ho", "chi", "minh"), ("bac", "ninh")}
    found = _sector_alone(orgs, kinds, provinces)  # type: ignore[arg-type]
    assert found[("cong", "doan", "y", "te")] == [1]
    assert found[("cong", "doan", "nganh", "y", "te")] == [1]
    assert found[("nganh", "giao", "duc")] == [2]
    # Only sector unions: a zones' union is not named by «khu công nghiệp» alone.
    assert not any(3 in ids for ids in found.values())


def test_a_class_of_the_sector_union_named_by_its_sector_alone(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp tư vấn pháp luật của công đoàn y tế học ngày nào")
    assert "05/01/2027" in reply
    assert "BHXH" not in reply and "pháp luật lao động cho đoàn viên" not in reply
    listed = ask(deps, "công đoàn ngành y tế có lớp nào")
    assert "tư vấn pháp luật" in listed and "BHXH" not in listed


def test_the_sector_alone_names_no_union_when_several_provinces_have_one(deps: Deps, tmp_path: Path) -> None:
    other = ["YT-NA-01", "Tập huấn kỹ năng tư vấn pháp luật cho đoàn viên", "Tư vấn pháp luật", "Cán bộ CĐ chuyên trách",
             "Công đoàn ngành Y tế tỉnh Nghệ An", "Nghệ An", "Hội trường Sở Y tế", "tập trung", "07/12/2026",
             "07/12/2026", "", "40", ""]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES, other], [TARGET_HEADER, *TARGETS])
    with deps.session_factory() as session:
        engine = QAEngine.from_session(session, tz=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert not any(k == "org" for k, _ in engine.matcher.entries(("cong", "doan", "y", "te")))
