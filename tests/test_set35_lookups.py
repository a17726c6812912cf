"""Single questions of chairs in the northern mountains and the Central Highlands, on a small plan of our own.

One test per cause of a wrong class: «lớp A» asked of a topic whose parallel classes are told apart by a letter,
answered first with a class of the topic that has no letter (the letter only dropped the other letter's class).
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# «Now» in tests is 23/11/2026 09:00.
COURSES = [
    # One topic held unlettered twice, then as parallel classes A and B a week apart in different venues.
    ["SL-TL-01", "Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Sơn La", "Sơn La", "Hội trường LĐLĐ tỉnh, phường Tô Hiệu", "tập trung", "15/12/2026", "16/12/2026",
     "08/12/2026", "60", ""],
    ["SL-TL-02", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể", "Thương lượng tập thể",
     "CT, PCT CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Trực tuyến qua Microsoft Teams", "trực tuyến", "19/01/2027",
     "19/01/2027", "14/01/2027", "80", ""],
    ["SL-TL-03", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể (lớp A)", "Thương lượng tập thể",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa xã Mộc Châu (huyện Mộc Châu cũ)", "tập trung",
     "24/03/2027", "25/03/2027", "17/03/2027", "50", ""],
    ["SL-TL-04", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể (lớp B)", "Thương lượng tập thể",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Hội trường xã Mai Sơn (huyện Mai Sơn cũ)", "tập trung",
     "31/03/2027", "01/04/2027", "24/03/2027", "50", ""],
]
TARGETS = [
    ["SL-2026-HV", "LĐLĐ tỉnh Sơn La", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "900", "học viên",
     "640", "15/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_the_letter_asked_puts_its_class_before_those_with_no_letter(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("han dang ky lop thuong luong tap the lop a o son la den bao gio nha",
                           "Hạn đăng ký lớp thương lượng tập thể lớp A ở Sơn La đến bao giờ?")):
        reply = ask(deps, q, user=f"61{n}")
        first = reply.split("•")[1] if "•" in reply else reply
        assert "(lớp A)" in first and "17/03/2027" in first, q
        assert "(lớp B)" not in reply, q
    # The other letter asked gets its own class first.
    reply = ask(deps, "lớp thương lượng tập thể lớp B ở Sơn La học ở đâu", user="6199")
    first = reply.split("•")[1] if "•" in reply else reply
    assert "Mai Sơn" in first
