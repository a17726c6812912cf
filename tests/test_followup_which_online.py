"""«còn lớp online nào không» after one class was shown: which online classes there are (a list question), not
how the class in view is held; «lớp đó học online hả» still asks that of the class in view.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["ST-01", "Huấn luyện ATVSLĐ cho an toàn, vệ sinh viên", "An toàn, vệ sinh lao động", "Chủ tịch CĐCS",
     "CĐ phường Sóc Trăng", "Cần Thơ", "Hội trường UBND phường Sóc Trăng", "tập trung", "10/12/2026",
     "11/12/2026", "05/12/2026", "60", ""],
    ["CM-01", "Tập huấn nghiệp vụ công đoàn cho Chủ tịch CĐCS", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Cà Mau", "Cà Mau", "", "trực tuyến", "17/12/2026", "18/12/2026", "12/12/2026", "200", ""],
]
TARGET = ["CT-2026", "LĐLĐ thành phố Cần Thơ", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.000", "học viên",
          "2.100", "31/10/2026"]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, TARGET])


def test_which_online_classes_after_one_class_lists_them(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "tháng 12 có lớp nào cho chủ tịch CĐCS ở Cần Thơ không")
    reply = ask(deps, "còn lớp online nào không")
    # The same search held online (none in Cần Thơ in December: said so), not how the class in view is held.
    assert reply.startswith("Chưa có lớp theo hình thức anh/chị hỏi")
    assert "không học trực tuyến" not in reply


def test_how_the_class_in_view_is_held_is_still_its_format(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "lớp ATVSLĐ ở Sóc Trăng học ở đâu")
    reply = ask(deps, "lớp đó học online hả")
    assert "Tập trung" in reply and "Cà Mau" not in reply
