"""A class asked about by its title without the kind of class it opens with: «lớp kỹ năng phát triển đoàn viên,
thành lập CĐCS ở Đắk Lắk dự kiến khi nào» names «Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS». Chairs
say «lớp …» (or nothing) where the plan writes «Tập huấn», «Bồi dưỡng»: that class is the one asked, before an
earlier class on the same topic.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.qa import _named_title
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["DL-05", "Tập huấn kỹ năng vận động người lao động gia nhập công đoàn", "Phát triển đoàn viên",
     "Chủ tịch CĐCS", "LĐLĐ tỉnh Đắk Lắk", "Đắk Lắk", "Trường Chính trị tỉnh", "tập trung", "15/12/2026",
     "16/12/2026", "12/12/2026", "60", ""],
    ["DL-20", "Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên",
     "Cán bộ công đoàn chuyên trách", "LĐLĐ tỉnh Đắk Lắk", "Đắk Lắk", "Hội trường LĐLĐ tỉnh", "tập trung",
     "Quý II/2027", "", "", "80", ""],
]
TARGETS = [
    ["DL-2026-HV", "LĐLĐ tỉnh Đắk Lắk", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "1.200", "học viên",
     "900", "31/10/2026"],
]


def test_the_kind_a_title_opens_with_is_no_word_the_class_is_named_by() -> None:
    assert _named_title("Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS")[:4] == ["ky", "nang", "phat", "trien"]
    assert _named_title("Bồi dưỡng nghiệp vụ công tác nữ công (đợt 2)") == ["nghiep", "vu", "cong", "tac", "nu", "cong"]
    assert _named_title("Lớp tập huấn an toàn, vệ sinh lao động")[:2] == ["an", "toan"]
    # A title with no such head keeps its words.
    assert _named_title("Kỹ năng thương lượng tập thể")[:2] == ["ky", "nang"]


def test_a_class_named_by_its_title_without_tap_huan_is_the_one_answered(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp kỹ năng phát triển đoàn viên, thành lập CĐCS ở Đắk Lắk dự kiến khi nào")
    named = reply.index("phát triển đoàn viên, thành lập CĐCS")
    assert named < reply.index("vận động người lao động")
    # A list asked stays nearest first.
    listed = ask(deps, "Đắk Lắk có những lớp phát triển đoàn viên nào")
    assert listed.index("vận động người lao động") < listed.index("thành lập CĐCS")
