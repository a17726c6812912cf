"""A second chair trial on a plan of the centre and south: one small test per cause of a wrong reply.

Each test goes through the real turn (`handlers.core.handle`) on a small plan of our own: classes of a city
that absorbed former provinces (Cần Thơ with Sóc Trăng), of Thanh Hóa and Nghệ An with batches, of Cà Mau,
Đồng Tháp and Quảng Trị, and two targets of Đồng Nai. The causes: a kind of union said of the learner read
as the organiser (so an old article answered a wish for a class), a folded «số cho» read as «số chỗ»,
another class's batch picked for a question that names its own place and topic, a bare «cho e đăng ký»
with nothing shown, «năm sau chỉ tiêu bao nhiêu» right after a union's targets, a self-introduction
before the question, and the audience as the office wrote it («mới bầu»).
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from handlers.types import Reply
from tests.test_organiser import say
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan

COURSE_HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
                 "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số chỗ", "Ghi chú"]
COURSES = [
    ["CT-NV-01", "Bồi dưỡng kỹ năng điều hành hoạt động CĐCS", "Nghiệp vụ công đoàn", "Chủ tịch, Phó chủ tịch CĐCS",
     "CĐ ngành GTVT Cần Thơ", "Cần Thơ", "Hội trường Sở Xây dựng Cần Thơ", "tập trung", "23/02/2027", "23/02/2027",
     "16/02/2027", "60", ""],
    ["CT-TT-01", "Bồi dưỡng kỹ năng viết tin bài cho cộng tác viên CĐ", "Tuyên truyền", "Cộng tác viên tuyên truyền",
     "CĐ phường Ninh Kiều", "Cần Thơ", "Hội trường phường Ninh Kiều", "tập trung", "15/01/2027", "16/01/2027",
     "08/01/2027", "40", ""],
    ["TH-TL-01", "Tập huấn kỹ năng thương lượng tập thể đợt 1", "Thương lượng tập thể", "UV BCH CĐCS",
     "LĐLĐ tỉnh Thanh Hóa", "Thanh Hóa", "Hội trường LĐLĐ tỉnh", "tập trung", "04/01/2027", "06/01/2027",
     "28/12/2026", "80", ""],
    ["TH-TL-02", "Tập huấn kỹ năng thương lượng tập thể đợt 2", "Thương lượng tập thể", "UV BCH CĐCS",
     "LĐLĐ tỉnh Thanh Hóa", "Thanh Hóa", "Hội trường LĐLĐ tỉnh", "tập trung", "22/06/2027", "23/06/2027", "", "80",
     ""],
    ["NA-KT-01", "Bồi dưỡng kế toán CĐCS và quyết toán kinh phí - đợt 1", "Tài chính công đoàn",
     "Kế toán, thủ quỹ CĐCS", "Liên đoàn Lao động tỉnh Nghệ An", "Nghệ An", "Hội trường LĐLĐ tỉnh Nghệ An",
     "tập trung", "21/01/2027", "23/01/2027", "14/01/2027", "30", ""],
    ["CM-CDS-01", "Tập huấn chuyển đổi số trong hoạt động công đoàn", "Chuyển đổi số", "Chủ tịch, PCT CĐCS",
     "CĐ ngành Giáo dục Cà Mau", "Cà Mau", "Hội trường Sở GD&ĐT Cà Mau", "tập trung", "26/12/2026", "26/12/2026",
     "19/12/2026", "70", ""],
    ["DT-TC-01", "Hướng dẫn thu, chi, quản lý tài chính CĐCS", "Tài chính công đoàn", "Chủ tịch CĐCS; kế toán CĐCS",
     "CĐ phường Mỹ Tho", "Đồng Tháp", "Nhà văn hóa phường Mỹ Tho", "tập trung", "24/12/2026", "24/12/2026",
     "17/12/2026", "50", ""],
    ["DT-TC-02", "Tập huấn nghiệp vụ tài chính công đoàn - đợt 1", "Tài chính công đoàn", "Kế toán, thủ quỹ CĐCS",
     "LĐLĐ tỉnh Đồng Tháp", "Đồng Tháp", "Hội trường LĐLĐ tỉnh (cơ sở Mỹ Tho)", "tập trung", "27/05/2027",
     "28/05/2027", "20/05/2027", "60", ""],
    ["DT-CDS-01", "Hướng dẫn sử dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Cán bộ CĐ chuyên trách",
     "CĐCS Trường THPT chuyên Nguyễn Quang Diêu", "Đồng Tháp", "Phòng hội đồng", "tập trung", "13/04/2027",
     "13/04/2027", "06/04/2027", "40", ""],
    ["DT-NC-01", "Tập huấn bình đẳng giới và phòng chống quấy rối tình dục nơi làm việc", "Bình đẳng giới",
     "Trưởng, phó ban nữ công CĐCS", "LĐLĐ tỉnh Đồng Tháp", "Đồng Tháp", "Hội trường LĐLĐ tỉnh (cơ sở Mỹ Tho)",
     "tập trung", "15/12/2026", "15/12/2026", "08/12/2026", "60", ""],
    ["QT-NV-01", "Tập huấn kỹ năng hoạt động cho Chủ tịch CĐCS mới", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS mới bầu",
     "CĐ ngành Giao thông - Xây dựng Quảng Trị", "Quảng Trị", "Hội trường Sở Xây dựng Quảng Trị", "tập trung",
     "09/12/2026", "11/12/2026", "02/12/2026", "120", ""],
    ["QT-NV-02", "Tập huấn nghiệp vụ công tác CĐ năm 2026-2027", "Nghiệp vụ công đoàn", "Chủ tịch, Phó chủ tịch CĐCS",
     "CĐCS Bệnh viện Hữu nghị Việt Nam - Cuba Đồng Hới", "Quảng Trị", "Hội trường Bệnh viện", "tập trung",
     "13/05/2027", "17/05/2027", "10/05/2027", "70", "Ưu tiên cán bộ mới bầu sau Đại hội."],
]
TARGETS = [
    ["DN-26", "LĐLĐ tỉnh Đồng Nai", "2026", "Huấn luyện ATVSLĐ cho người lao động", "Đoàn viên, người lao động",
     "4.500", "người", "4.120", "31/10/2026"],
    ["KCN-26", "CĐ các KCN Đồng Nai", "2026", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp", "Chủ tịch CĐCS",
     "380", "học viên", "305", "31/10/2026"],
    ["DT-25", "LĐLĐ tỉnh Đồng Tháp", "2025", "Bồi dưỡng cán bộ CĐCS", "", "1.700", "học viên", "1.655", "31/12/2025"],
    ["DT-26", "LĐLĐ tỉnh Đồng Tháp", "2026", "Bồi dưỡng cán bộ CĐCS", "", "1.900", "học viên", "1.977", "15/11/2026"],
    ["DN-27", "LĐLĐ tỉnh Đồng Nai", "2027", "Huấn luyện ATVSLĐ cho người lao động", "Đoàn viên, người lao động",
     "5.000", "người", "", ""],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def ask(deps: Deps, text: str, user: str = "6101") -> str:
    replies: list[Reply] = say(deps, text, user=user, channel="zalo")
    return "\n".join(r.text for r in replies)


def test_a_kind_of_union_after_a_role_is_the_learners_own_and_the_classes_answer(deps: Deps, tmp_path: Path) -> None:
    # The built-in articles tell of Sóc Trăng (now in Cần Thơ) training its chairs in 2015; the question asks
    # for a class for chairs of ward and commune unions, which the province's sector unions hold.
    setup(deps, tmp_path)
    reply = ask(deps, "lớp bồi dưỡng nghiệp vụ chủ tịch công đoàn xã phường ở cần thơ")
    assert "Bồi dưỡng kỹ năng điều hành hoạt động CĐCS" in reply
    assert "746" not in reply and "2015" not in reply


def test_so_cho_typed_among_marked_words_is_no_question_about_seats(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "cà mau lớp chuyển đổi số cho chủ tịch")
    assert "Tập huấn chuyển đổi số trong hoạt động công đoàn" in reply
    assert "chỗ" not in reply.split("\n")[0]
    # Typed plain throughout, or with its marks, it still asks for the seats of the class in view.
    assert "70/70 chỗ" in ask(deps, "lop nay con cho ko")


def test_a_question_naming_its_own_place_and_topic_is_not_another_batch_of_the_class_in_view(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "bao giờ có lớp thương lượng tập thể đợt 2 ở Thanh Hóa")
    reply = ask(deps, "hạn đăng ký lớp kế toán đợt 1 Nghệ An là ngày nào")
    assert "Bồi dưỡng kế toán CĐCS và quyết toán kinh phí" in reply and "14/01/2027" in reply
    # Naming nothing of its own, «đợt 1» is still the other batch of the class in view.
    ask(deps, "bao giờ có lớp thương lượng tập thể đợt 2 ở Thanh Hóa", user="6102")
    assert "Tập huấn kỹ năng thương lượng tập thể đợt 1" in ask(deps, "thế đợt 1 thì sao", user="6102")


def test_a_bare_wish_to_register_with_nothing_shown_asks_which_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "ok cho e đăng ký")
    assert "lớp nào" in reply
    assert "Các lớp phù hợp" not in reply


def test_another_year_right_after_a_unions_targets_is_the_same_plan(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "4.120" in ask(deps, "đồng nai năm 2026 huấn luyện atvsld cho nlđ đạt bao nhiêu")
    reply = ask(deps, "năm sau chỉ tiêu bao nhiêu")
    assert "5.000" in reply and "Đồng Nai" in reply


def test_who_the_asker_is_said_first_does_not_hide_the_question(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "e làm kế toán cđcs ở đồng tháp, có lớp nào học tài chính ko")
    assert "Hướng dẫn thu, chi, quản lý tài chính CĐCS" in reply


def test_the_audience_as_the_office_wrote_it_finds_the_class(deps: Deps, tmp_path: Path) -> None:
    # «Chủ tịch CĐCS mới bầu» is the chairs' role and two more words the role keys drop; the class for them
    # comes first, before a class whose note only mentions newly elected cadres.
    setup(deps, tmp_path)
    reply = ask(deps, "lớp cho chủ tịch cđcs mới bầu ở quảng trị")
    listed = [line for line in reply.split("\n") if line.startswith("•")]
    first = listed[0] if listed else reply.split("\n")[0]
    assert "Tập huấn kỹ năng hoạt động cho Chủ tịch CĐCS mới" in first
