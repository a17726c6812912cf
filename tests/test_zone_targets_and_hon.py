"""Two readings met in a chat on a Southern plan: the South's «hôn» (không) closing a question, and a zone's
union asked for its targets by the zone's name («chỉ tiêu công đoàn KCN Trà Nóc»), which is the union of that
kind in the zone's province, not the same kind's union elsewhere whose name fits as well.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["PQ-01", "Tư vấn pháp luật lao động cho người lao động", "Pháp luật lao động", "Đoàn viên, người lao động",
     "Công đoàn đặc khu Phú Quốc", "An Giang", "Nhà văn hóa, đặc khu Phú Quốc", "tập trung", "10/12/2026",
     "10/12/2026", "05/12/2026", "80", ""],
    ["TN-01", "Tập huấn ATVSLĐ cho công nhân", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "Công đoàn các khu chế xuất và công nghiệp Cần Thơ", "Cần Thơ", "Nhà văn hóa công nhân KCN Trà Nóc",
     "tập trung", "12/12/2026", "12/12/2026", "08/12/2026", "80", ""],
    ["BD-01", "Tập huấn ATVSLĐ cho công nhân", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "Công đoàn các Khu công nghiệp Bình Dương", "Hồ Chí Minh", "Nhà văn hóa công nhân KCN Sóng Thần",
     "tập trung", "14/12/2026", "14/12/2026", "09/12/2026", "80", ""],
]
TARGETS = [
    ["KCT-2026", "Công đoàn các khu chế xuất và công nghiệp Cần Thơ", "2026", "Tập huấn, bồi dưỡng cán bộ, đoàn viên",
     "", "700", "học viên", "456", "15/11/2026"],
    ["KBD-2026", "Công đoàn các Khu công nghiệp Bình Dương", "2026", "Tập huấn, bồi dưỡng cán bộ, đoàn viên",
     "", "970", "học viên", "882", "15/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_hon_closing_a_question_is_khong(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "ở phú quốc có lớp gì hôn")
    assert "Tư vấn pháp luật lao động" in reply and "Trà Nóc" not in reply


def test_a_zone_named_after_the_kind_of_union_is_that_province_s_union(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "chỉ tiêu của công đoàn KCN Trà Nóc năm nay")
    assert "456/700" in reply and "882/970" not in reply
    reply = ask(deps, "chỉ tiêu công đoàn KCN Sóng Thần")
    assert "882/970" in reply and "456/700" not in reply
