"""A class asked after at the place it is held: whether it has been held («lớp … đã tổ chức chưa», «đã kết thúc
chưa») is the class with its state, not a plan's figures or an article; «… ở <phường> còn đăng ký được không»
of a class whose registration has closed is that class (its deadline said passed), not classes open elsewhere;
a class under way this month in a ward named («… ở phường X tháng này kết thúc ngày nào») is that class."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, ask

COURSES = [
    # Held already this month (now: 23/11/2026).
    ["BH-01", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh Khánh Hòa, phường Nha Trang", "tập trung",
     "12/11/2026", "12/11/2026", "", "35", ""],
    ["BH-02", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh Khánh Hòa, phường Nha Trang", "tập trung",
     "10/03/2027", "11/03/2027", "01/03/2027", "35", ""],
    # Registration closed, held in a former province's town; another of the topic still open elsewhere.
    ["BH-03", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Nhà văn hóa Lao động Phan Rang (Ninh Thuận cũ)", "tập trung",
     "04/12/2026", "06/12/2026", "18/11/2026", "50", ""],
    ["BH-04", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Ủy viên BCH CĐCS",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh Khánh Hòa, phường Nha Trang", "tập trung",
     "21/12/2026", "22/12/2026", "15/12/2026", "60", ""],
    # Under way in a ward of Đồng Nai; one of the topic this month in another province.
    ["BH-05", "Kỹ năng đối thoại tại nơi làm việc", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai, phường Trấn Biên", "tập trung",
     "18/11/2026", "27/11/2026", "15/11/2026", "60", ""],
    ["BH-06", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đắk Lắk", "Đắk Lắk", "Hội trường phường Tuy Hòa", "tập trung",
     "26/11/2026", "26/11/2026", "", "40", ""],
    ["BH-07", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai, phường Trấn Biên", "tập trung",
     "05/01/2027", "09/01/2027", "02/01/2027", "60", ""],
]


# The province's plan shares its words («LĐLĐ Khánh Hòa», «lớp», «tổ chức»).
TARGETS = [
    ["KH-2026-LOP", "LĐLĐ tỉnh Khánh Hòa", "2026", "Số lớp tập huấn đã tổ chức", "", "40", "lớp", "28", "31/10/2026"],
    ["KH-2026-HV", "LĐLĐ tỉnh Khánh Hòa", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "5.100", "học viên",
     "3.200", "31/10/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_whether_a_class_was_held_is_the_class_with_its_state(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, question in enumerate(("lớp an toàn lao động cho đoàn viên của LĐLĐ Khánh Hòa đã tổ chức chưa",
                                  "lop an toan lao dong cho doan vien cua ldld khanh hoa da to chuc chua")):
        reply = ask(deps, question, user=f"38{n}")
        assert "12/11/2026" in reply, question
        assert "ĐÃ KẾT THÚC" in reply, question
        assert "Chỉ tiêu" not in reply, question


def test_a_closed_class_at_the_place_named_answers_whether_it_is_open(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, question in enumerate(("lớp thương lượng ở Phan Rang tháng 12 còn đăng ký được không?",
                                  "lop thuong luong o Pahn Rang thang 12 con dang ky duoc khong")):
        reply = ask(deps, question, user=f"48{n}")
        # The class held there comes first, said closed to registration.
        assert "04/12/2026" in reply, question
        assert reply.index("04/12/2026") < reply.index("21/12/2026") if "21/12/2026" in reply else True, question
        assert "không nhận đăng ký" in reply or "đã hết hạn" in reply, question


def test_a_class_under_way_this_month_in_the_ward_named(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp thương lượng tập thể ở trấn biên tháng này kết thúc ngày nào", user="581")
    assert "Kỹ năng đối thoại tại nơi làm việc" in reply
    assert "27/11/2026" in reply
    assert "Tuy Hòa" not in reply
