"""«lớp nào đang diễn ra»: the classes held today, asked the way chairs say it, and a class put off from today
to a later day said as put off, never listed as under way.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# Today in the tests is Monday 23/11/2026 (tests.conftest.FIXED_NOW).
COURSES = [
    ["QN-01", "Tập huấn kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "Hội trường LĐLĐ tỉnh, phường Hạ Long", "tập trung", "22/11/2026",
     "24/11/2026", "15/11/2026", "60", ""],
    ["QN-02", "Bồi dưỡng nghiệp vụ tài chính công đoàn", "Tài chính công đoàn", "Kế toán CĐCS",
     "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "Hội trường LĐLĐ tỉnh, phường Hạ Long", "tập trung", "10/12/2026",
     "11/12/2026", "03/12/2026", "50", ""],
    ["HP-01", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Hải Phòng", "Hải Phòng", "Hội trường UBND xã Kiến Thụy", "tập trung", "23/11/2026",
     "24/11/2026", "16/11/2026", "60", "Tạm hoãn, lịch mới: 15/01/2027"],
    ["HP-02", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "LĐLĐ thành phố Hải Phòng", "Hải Phòng", "Nhà văn hóa phường Lê Chân", "tập trung", "20/01/2027",
     "21/01/2027", "13/01/2027", "80", ""],
]
TARGET = ["QN-2026", "LĐLĐ tỉnh Quảng Ninh", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.000", "học viên",
          "2.100", "31/10/2026"]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, TARGET])


def test_the_classes_under_way_are_listed_however_it_is_asked(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for question in ("lớp nào đang diễn ra", "có lớp nào đang diễn ra không", "lop nao dang dien ra",
                     "các lớp đang diễn ra"):
        reply = ask(deps, question)
        assert "thương lượng tập thể" in reply, question  # held 22–24/11
        assert "tài chính" not in reply and "an toàn" not in reply, question


def test_a_class_put_off_from_today_is_said_put_off_not_under_way(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp nào đang diễn ra ở hải phòng")
    head = reply.splitlines()[0]
    assert "(đang diễn ra)" not in head
    assert "tạm hoãn" in head and "lịch cũ: hôm nay" in head
    assert "15/01/2027" in reply


def test_none_under_way_is_said_plainly_with_the_next_one(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp an toàn vệ sinh lao động nào đang diễn ra")
    assert reply.startswith("Hiện không có lớp nào đang diễn ra.")
    assert "gần nhất sau đang diễn ra" not in reply and "thời gian anh/chị hỏi (đang diễn ra)" not in reply
    assert "Tập huấn an toàn, vệ sinh lao động" in reply  # the January class, the next one
