"""A plan's targets set against another year's: «chỉ tiêu năm nay tăng hay giảm so với năm ngoái», «2026 so với
2025 tăng không», and the follow-up «so với năm ngoái thì tăng hay giảm» right after a union's targets.

Each target of the year shown is put beside the same union's target of the other year for the same figure, with
the difference; a year whose plan is not in the data is said, not guessed.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.followup import CHANGE_ASKED, change_years
from knowledge.text import fold
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

COURSES = [
    ["LS-01", "Bồi dưỡng kỹ năng cho chủ tịch CĐCS", "Kỹ năng công đoàn", "Chủ tịch công đoàn cơ sở",
     "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Hội trường LĐLĐ tỉnh", "tập trung", "10/03/2027", "11/03/2027",
     "01/03/2027", "60", ""],
]
TARGETS = [
    ["LS-2025-HV", "LĐLĐ tỉnh Lạng Sơn", "2025", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "4.800", "học viên",
     "4.910", "31/12/2025"],
    ["LS-2026-HV", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "5.100", "học viên",
     "3.200", "31/10/2026"],
    ["LS-2026-LOP", "LĐLĐ tỉnh Lạng Sơn", "2026", "Số lớp tập huấn", "", "40", "lớp", "28", "31/10/2026"],
    ["CB-2026-HV", "LĐLĐ tỉnh Cao Bằng", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "2.000", "học viên",
     "1.500", "31/10/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_the_years_compared_are_read_as_chairs_say_them() -> None:
    assert change_years(fold("chỉ tiêu năm nay tăng hay giảm so với năm ngoái"), 2026, 2026) == (2026, 2025)
    assert change_years(fold("chỉ tiêu 2026 so với 2025 tăng không"), 2026, 2026) == (2026, 2025)
    # The year set against comes first in the sentence: the other one is shown.
    assert change_years(fold("so với 2025 thì chỉ tiêu 2026 tăng bao nhiêu"), 2025, 2026) == (2026, 2025)
    assert change_years(fold("chi tieu nam nay tang bn"), None, 2026) == (2026, 2025)
    assert change_years(fold("chỉ tiêu năm nay là bao nhiêu"), 2026, 2026) is None
    # «tăng cường» is no change asked.
    assert not CHANGE_ASKED.search(fold("lớp tăng cường năng lực cho chủ tịch"))


def test_this_year_against_last_gives_each_figure_and_its_difference(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "chỉ tiêu của LĐLĐ Lạng Sơn năm nay tăng hay giảm so với năm ngoái")
    assert "So sánh năm 2026 với năm 2025:" in reply
    assert "2026 là 5.100, 2025 là 4.800 học viên — tăng 300 học viên (+6,2%)" in reply
    assert "3.200/5.100" in reply  # this year's plan is the one shown
    # The class count has no 2025 figure: said, not invented.
    assert "Năm 2025 chưa có chỉ tiêu: Số lớp tập huấn" in reply
    assert "Cao Bằng" not in reply


def test_the_follow_up_after_a_union_s_targets_compares_the_same_plan(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first = ask(deps, "chỉ tiêu năm 2026 của LĐLĐ Lạng Sơn")
    assert "5.100" in first and "So với" not in first
    reply = ask(deps, "so với năm ngoái thì tăng hay giảm")
    # This year's figures were just read: last year's are shown, with the change from them.
    assert "4.910/4.800" in reply and "3.200/5.100" not in reply
    assert "So sánh năm 2026 với năm 2025:" in reply and "tăng 300 học viên" in reply
    assert "Cao Bằng" not in reply


def test_a_year_whose_plan_is_not_in_the_data_is_said(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "chỉ tiêu năm 2026 của LĐLĐ Cao Bằng so với 2025 tăng không")
    assert "2.000" in reply
    assert "Chưa có chỉ tiêu năm 2025 của Liên đoàn Lao động tỉnh Cao Bằng trong dữ liệu để so sánh." in reply


def test_a_period_asked_after_a_change_asks_that_period_s_figures_alone(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "chỉ tiêu của LĐLĐ Lạng Sơn năm nay tăng hay giảm so với năm ngoái")
    reply = ask(deps, "năm 2025 thì sao")
    assert "4.910/4.800" in reply and "So với" not in reply and "2024" not in reply
