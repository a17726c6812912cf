"""Single questions of chairs in the Red River Delta and the coast, on a small plan of our own.

One test per cause of a wrong class: «lớp cho kế toán … đợt 1 … học ngày nào» of a province whose first batch runs
several classes, the one for accountants held already: answered by the batch's class for other people still to come
rather than by the accountants' own.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# «Now» in tests is 23/11/2026 09:00.
COURSES = [
    # The first batch of a province's plan: the accountants' class held last week, a safety class to come.
    ["NB-TC-01", "Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở (đợt 1)", "Tài chính công đoàn",
     "Kế toán CĐCS; Chủ tịch CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh, phường Hoa Lư",
     "tập trung", "16/11/2026", "17/11/2026", "10/11/2026", "50", ""],
    ["NB-AT-01", "Huấn luyện an toàn, vệ sinh lao động (đợt 1)", "An toàn, vệ sinh lao động",
     "Đoàn viên, người lao động; Ủy viên BCH CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình",
     "Hội trường LĐLĐ tỉnh, phường Hoa Lư", "tập trung", "08/12/2026", "09/12/2026", "01/12/2026", "80", ""],
    ["NB-TC-02", "Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở (đợt 2)", "Tài chính công đoàn",
     "Kế toán CĐCS; Chủ tịch CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh, phường Hoa Lư",
     "tập trung", "16/03/2027", "17/03/2027", "10/03/2027", "50", ""],
]
TARGETS = [
    ["NB-2026-HV", "LĐLĐ tỉnh Ninh Bình", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "4.700", "học viên",
     "3.422", "15/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_a_batch_named_with_whom_it_is_for_gets_that_class_held_already(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "minh muon hoi lop cho ke toan cong doan dot 1 o ninh binh hoc ngay nao?")
    assert "16/11/2026" in reply
    assert "08/12/2026" not in reply.split("16/11/2026")[0]
    # The workers' class of the batch is still found by whom it is for.
    workers = ask(deps, "lớp cho công nhân đợt 1 của LĐLĐ Ninh Bình học ngày nào", user="6102")
    assert "08/12/2026" in workers and "16/11/2026" not in workers.split("08/12/2026")[0]
