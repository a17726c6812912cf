"""«lớp hướng dẫn …» and the follow-ups after it; a province only renamed (issue 13).

Through the real turn (`handlers.core.handle`) on a small plan of our own: ATVSLĐ classes of today's
TP Hồ Chí Minh, two classes of Đồng Nai, one on the electronic union card, and two of Huế, one filed under
its former name «Thừa Thiên Huế» at a venue that does not say Huế.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_into, write_csv
from tests.test_trial_sixty_one import COURSE_HEADER, ask

COURSES = [
    ["VT-AT-01", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên", "Huấn luyện ATVSLĐ", "An toàn vệ sinh viên",
     "Công đoàn phường Vũng Tàu", "TP Hồ Chí Minh", "Nhà văn hóa Lao động, phường Vũng Tàu", "tập trung",
     "12/12/2026", "12/12/2026", "07/12/2026", "50", ""],
    ["BD-AT-01", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên", "Huấn luyện ATVSLĐ", "An toàn vệ sinh viên",
     "Công đoàn các KCN Bình Dương", "TP Hồ Chí Minh", "Hội trường KCN VSIP 1, phường Thuận An", "tập trung",
     "22/12/2026", "23/12/2026", "17/12/2026", "150", ""],
    ["DN-CDS-01", "Tập huấn sử dụng thẻ đoàn viên điện tử và ứng dụng Công đoàn Việt Nam", "Chuyển đổi số",
     "Cán bộ công đoàn không chuyên trách", "Công đoàn các KCN Đồng Nai", "Đồng Nai",
     "Hội trường CĐ KCN, KCN Amata, phường Long Bình", "tập trung", "19/04/2027", "19/04/2027", "12/04/2027",
     "80", ""],
    ["DN-CDS-02", "Hướng dẫn sử dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Cán bộ CĐ chuyên trách",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai", "tập trung", "13/04/2027", "13/04/2027",
     "06/04/2027", "40", ""],
    ["HUE-YT-01", "Tập huấn nghiệp vụ công đoàn ngành Y tế", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS",
     "CĐ ngành Y tế Huế", "TP Huế", "Đại học Huế, 03 Lê Lợi", "tập trung", "10/12/2026", "11/12/2026",
     "03/12/2026", "60", ""],
    ["HUE-THH-01", "Tập huấn kỹ năng phát triển đoàn viên", "Phát triển đoàn viên", "CBCĐ không chuyên trách",
     "CĐ phường Thuận Hóa", "Thừa Thiên Huế", "Trường Chính trị Nguyễn Chí Thanh", "tập trung", "29/12/2026",
     "30/12/2026", "22/12/2026", "60", ""],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "courses.csv", [COURSE_HEADER, *COURSES])
    import_into(deps, path)


def test_lop_huong_dan_names_the_kind_of_class_not_a_title_word(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lop huong dan the doan vien dien tu o dong nai")
    assert "Tập huấn sử dụng thẻ đoàn viên điện tử" in reply
    assert "Amata" in ask(deps, "lop dau o dau")
    # A class whose own title says «Hướng dẫn …» is still found by its other words.
    reply = ask(deps, "lop huong dan phan mem quan ly doan vien o dong nai", user="6199")
    assert "Hướng dẫn sử dụng phần mềm quản lý đoàn viên" in reply


def test_a_province_only_renamed_lists_the_classes_filed_under_its_old_name(deps: Deps, tmp_path: Path) -> None:
    # Thừa Thiên Huế became Huế without a merger: «ở Huế» means both, nearest first, none set apart.
    setup(deps, tmp_path)
    reply = ask(deps, "Tháng sau ở Huế có lớp nào?")
    assert "Tập huấn nghiệp vụ công đoàn ngành Y tế" in reply
    assert "Tập huấn kỹ năng phát triển đoàn viên" in reply
    assert reply.index("ngành Y tế") < reply.index("phát triển đoàn viên")
