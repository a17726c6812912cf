"""A former province asked as such («ở Bình Định cũ», «khu vực Bình Định») where no class of the kind asked is held:
the classes of today's province held elsewhere are listed as being elsewhere, as for a ward that has none, never
as if they were held in the area asked.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["GL-NC-01", "Tập huấn công tác nữ công", "Nữ công", "Trưởng ban nữ công CĐCS", "LĐLĐ tỉnh Gia Lai", "Gia Lai",
     "Hội trường LĐLĐ tỉnh, phường Pleiku", "tập trung", "10/12/2026", "11/12/2026", "05/12/2026", "60", ""],
    ["GL-TC-02", "Tập huấn tài chính công đoàn", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ tỉnh Gia Lai",
     "Gia Lai", "Nhà văn hóa Lao động phường Quy Nhơn (Bình Định cũ)", "tập trung", "15/01/2027", "16/01/2027",
     "10/01/2027", "60", ""],
]
TARGETS = [
    ["GL-2026-HV", "LĐLĐ tỉnh Gia Lai", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "1.000", "học viên", "800",
     "31/10/2026"],
]


def test_none_held_in_the_former_area_asked_is_said(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "có lớp nữ công nào ở Bình Định cũ không")
    assert "Tập huấn công tác nữ công" in reply
    assert "nơi khác" in reply  # held in Pleiku, not in the former Bình Định
    assert "Các lớp phù hợp" not in reply
    # The area's own class is found there, as before.
    held = ask(deps, "có lớp tài chính nào ở Bình Định cũ không")
    assert "Quy Nhơn" in held and "nơi khác" not in held
