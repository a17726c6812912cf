"""No class in the month asked: the nearest before and after it. A class put off from before the month to after
it is the nearest after (by its new date), never «gần nhất trước» while its card shows February.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["HY-01", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS (đợt 1)", "Nghiệp vụ công đoàn",
     "Chủ tịch CĐCS", "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Hội trường LĐLĐ tỉnh, phường Phố Hiến", "tập trung",
     "10/12/2026", "11/12/2026", "03/12/2026", "120", "Tạm hoãn, lịch mới: 03/02/2027"],
    ["HY-03", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS (đợt 3)", "Nghiệp vụ công đoàn",
     "Chủ tịch CĐCS", "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Trung tâm Hội nghị phường Trần Lãm", "tập trung",
     "12/05/2027", "13/05/2027", "05/05/2027", "120", ""],
]
TARGET = ["HY-2026", "LĐLĐ tỉnh Hưng Yên", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "4.100", "học viên",
          "2.374", "15/11/2026"]


def test_a_class_put_off_past_the_month_is_the_nearest_after_it(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, TARGET])
    reply = ask(deps, "tháng 1 có lớp nào cho chủ tịch CĐCS ở Hưng Yên không")
    assert "Lớp gần nhất trước" not in reply
    after = reply.split("Lớp gần nhất sau", 1)[1]
    assert "(đợt 1)" in after and "03/02/2027" in after and "(đợt 3)" not in after
