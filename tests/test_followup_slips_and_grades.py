"""Two ways a conversation went wrong on words typed: a Telex tone key left after a word that already has its marks
(«liệtf kê …», «bên Thái Nguyênx thì sao»: no marked Vietnamese word ends in s, f, r, x, j), and a school grade
in a parent's aside («mẹo học giỏi toán lớp 5 cho con») read as the fifth class of the list in view."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.text import untelexed
from tests.test_transfer import import_into, write_csv
from tests.test_trial_sixty_one import COURSE_HEADER, ask

COURSES = [
    ["TN-KT-01", "Tập huấn công tác kiểm tra công đoàn", "Kiểm tra, giám sát", "Ủy viên UBKT CĐCS",
     "LĐLĐ tỉnh Thái Nguyên", "Thái Nguyên", "Hội trường LĐLĐ tỉnh, 12 Hoàng Văn Thụ", "tập trung", "16/03/2027",
     "17/03/2027", "09/03/2027", "60", ""],
    ["TN-KT-02", "Nghiệp vụ kiểm tra tài chính công đoàn", "Kiểm tra, giám sát", "Ủy viên UBKT CĐCS",
     "LĐLĐ tỉnh Thái Nguyên", "Thái Nguyên", "Nhà văn hóa phường Phan Đình Phùng", "tập trung", "20/04/2027",
     "21/04/2027", "13/04/2027", "60", ""],
    ["LCI-KT-01", "Tập huấn công tác kiểm tra công đoàn", "Kiểm tra, giám sát", "Ủy viên UBKT CĐCS",
     "LĐLĐ tỉnh Lào Cai", "Lào Cai", "Hội trường LĐLĐ tỉnh Lào Cai", "tập trung", "11/05/2027", "12/05/2027",
     "04/05/2027", "50", ""],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_into(deps, write_csv(tmp_path / "courses.csv", [COURSE_HEADER, *COURSES]))


def test_a_tone_key_after_a_marked_word_is_dropped() -> None:
    assert untelexed("liệtf kê giúp mình") == "liệt kê giúp mình"
    assert untelexed("bên Thái Nguyênx thì sao") == "bên Thái Nguyên thì sao"
    # Words typed plain, codes and acronyms stay as typed.
    for text in ("lop ATVSLĐs", "Đắk Lắk", "khóa ATVSLĐ", "Phan Rangs", "bus"):
        assert untelexed(text) == text


def test_a_list_asked_with_a_tone_key_left_is_found_and_its_first_class_read(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = ask(deps, "liệtf kê giúp mình các lớp kiểm tra ở Thái Nguyên")
    assert "Tập huấn công tác kiểm tra công đoàn" in listed and "Nghiệp vụ kiểm tra tài chính" in listed
    assert "12 Hoàng Văn Thụ" in ask(deps, "lớp đầu học ở đâu?")
    assert "Hội trường LĐLĐ tỉnh Lào Cai" in ask(deps, "bên Lào Caix thì sao")


def test_a_school_grade_in_an_aside_is_no_class_of_the_list(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "các lớp kiểm tra ở Thái Nguyên")
    # A class of the list by its number is that class.
    assert "Phan Đình Phùng" in ask(deps, "lớp 2 học ở đâu")
    ask(deps, "các lớp kiểm tra ở Thái Nguyên")
    reply = ask(deps, "Mẹo học giỏi toán lớp 5 cho con?")
    assert "Nghiệp vụ kiểm tra tài chính" not in reply and "Tập huấn công tác kiểm tra" not in reply
    assert "Anh/chị hỏi lớp nào" not in reply
