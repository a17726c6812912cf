"""«có lớp nào học trên tàu không»: «trên» before a vessel says where the class is held, as «ở» does, so the
classes held aboard answer; «cấp trên cơ sở» keeps its «trên».
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["GT-01", "Kỹ năng thương lượng tập thể về tiền lương", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "Công đoàn Giao thông vận tải Việt Nam", "Quảng Ninh", "Tại tàu VTB Hải Âu, Cảng Cái Lân", "tập trung",
     "10/12/2026", "11/12/2026", "05/12/2026", "40", ""],
    ["QN-01", "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cấp trên cơ sở", "Nghiệp vụ công đoàn",
     "Cán bộ công đoàn cấp trên cơ sở", "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "Hội trường LĐLĐ tỉnh", "tập trung",
     "12/12/2026", "13/12/2026", "06/12/2026", "60", ""],
]
TARGET = ["QN-2026", "LĐLĐ tỉnh Quảng Ninh", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.000", "học viên",
          "2.100", "31/10/2026"]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, TARGET])


def test_a_class_held_aboard_answers_on_the_ship(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "có lớp nào học trên tàu không")
    assert "thương lượng tập thể về tiền lương" in reply and "cấp trên cơ sở" not in reply


def test_cap_tren_co_so_keeps_its_tren(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp cho cán bộ công đoàn cấp trên cơ sở")
    assert "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cấp trên cơ sở" in reply.splitlines()[1]
