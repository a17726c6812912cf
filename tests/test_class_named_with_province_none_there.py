"""A class named with a province and no question word («lớp giải quyết tranh chấp lao động ở Lâm Đồng») is a search
for one to attend there, as it is with a commune: when the province has none, the classes elsewhere are the answer,
said to be elsewhere, not an article on another province that shares the topic's words (nor «no answer» once that
article is found to say nothing of what is asked). An article on the province asked still answers.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["KH-TC-01", "Tập huấn kỹ năng giải quyết tranh chấp lao động", "Giải quyết tranh chấp lao động",
     "Chủ tịch CĐCS", "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh, phường Nha Trang", "tập trung",
     "08/12/2026", "09/12/2026", "01/12/2026", "60", ""],
    ["LD-NC-02", "Tập huấn công tác nữ công", "Nữ công", "Trưởng ban nữ công CĐCS", "LĐLĐ tỉnh Lâm Đồng", "Lâm Đồng",
     "Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt", "tập trung", "10/12/2026", "11/12/2026", "", "60", ""],
]
TARGETS = [
    ["LD-2026-HV", "LĐLĐ tỉnh Lâm Đồng", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "1.000", "học viên", "800",
     "31/10/2026"],
]


def test_a_class_named_with_a_province_that_has_none_lists_those_elsewhere(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp kỹ năng giải quyết tranh chấp lao động tại Lâm Đồng")
    assert "Chưa có lớp phù hợp ở Lâm Đồng" in reply
    assert "Tập huấn kỹ năng giải quyết tranh chấp lao động" in reply and "08/12/2026" in reply
    assert "Hà Nội" not in reply
