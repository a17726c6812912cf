"""A word typed with its marks is the word written, not a slip of a function word: «lớp nấu ăn» asks for a
cooking class (none in the plan), never the «an toàn» classes a «lớp nào an…» reading would list; a slip of
«nào» typed with its own marks («nầo») is still «nào».
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["CT-AT-01", "Tập huấn phòng chống cháy nổ và an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động",
     "Đoàn viên, người lao động", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Hội trường LĐLĐ thành phố", "tập trung",
     "10/12/2026", "11/12/2026", "05/12/2026", "80", ""],
]
TARGET = ["CT-2026", "LĐLĐ thành phố Cần Thơ", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.000", "học viên",
          "2.100", "31/10/2026"]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, TARGET])


def test_a_cooking_class_is_not_read_as_which_safety_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "cháy nổ" not in ask(deps, "lớp nấu ăn")


def test_a_slip_of_nao_with_its_own_marks_is_still_nao(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "cháy nổ" in ask(deps, "có lớp nầo ở cần thơ không")


def test_a_slip_whose_folded_form_is_also_a_content_word_is_still_corrected(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    # «Vnă» is «văn» (folded «van», also «vẫn»): corrected, so the programme is found.
    assert "1464" in ask(deps, "vnă bản nào của TLĐ về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên")


def test_duoi_before_the_forms_asked_is_no_word_of_the_answer(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "tại chức" in ask(deps, "Mê Linh đào tạo cán bộ công đoàn dưới những hình thức nào")
