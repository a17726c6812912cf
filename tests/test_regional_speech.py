"""Regional speech read as the standard words (knowledge.language.regional): a chair of the Centre asks «có lớp mô
cho kế toán không hè hỉ», «lớp đầu hạn đăng ký khi mô», «bên Đà Nẵng thì răng hỉ»; one of the South «ở đâu dzậy
ta». Folded, «hỉ» was the greeting «hi», «mô» the «mở» of «mở lớp», «răng», «rứa» no words at all. The same letters
in a place or a title of the data («phường Cái Răng», «xã Hoành Mô», «Mô hình …») or in a word of the language
(«răng miệng», «nghỉ hè», «chi phí») stay what they are.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.regional import data_pairs, standard_speech
from tests.test_transfer import PLAN_TARGET_HEADER, import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, ask

COURSES = [
    ["DN-KT-01", "Nghiệp vụ kế toán công đoàn cơ sở", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ thành phố Đà Nẵng",
     "Đà Nẵng", "Hội trường LĐLĐ thành phố, 02 Phan Đình Phùng", "tập trung", "14/04/2027", "15/04/2027",
     "07/04/2027", "50", ""],
    ["DN-AT-01", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "LĐLĐ thành phố Đà Nẵng", "Đà Nẵng", "Trung tâm Văn hóa Lao động, 68 Hùng Vương", "tập trung", "20/05/2027",
     "21/05/2027", "13/05/2027", "80", ""],
    ["HUE-KT-01", "Bồi dưỡng kế toán công đoàn cơ sở", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ thành phố Huế",
     "Huế", "Hội trường LĐLĐ thành phố Huế", "tập trung", "10/03/2027", "11/03/2027", "03/03/2027", "40", ""],
    ["CTO-PL-01", "Tập huấn pháp luật lao động", "Pháp luật", "Chủ tịch CĐCS", "CĐ phường Cái Răng", "Cần Thơ",
     "Hội trường phường Cái Răng", "tập trung", "12/01/2027", "12/01/2027", "05/01/2027", "60", ""],
    ["QNI-PT-01", "Tập huấn phát triển đoàn viên", "Phát triển đoàn viên", "Chủ tịch CĐCS", "CĐ xã Hoành Mô",
     "Quảng Ninh", "Nhà văn hóa xã Hoành Mô", "tập trung", "18/02/2027", "18/02/2027", "11/02/2027", "40", ""],
    ["HNI-DV-01", "Mô hình dân vận khéo trong công đoàn", "Tuyên truyền", "Chủ tịch CĐCS", "LĐLĐ thành phố Hà Nội",
     "Hà Nội", "Cung Văn hóa Lao động Hữu nghị Việt Xô", "tập trung", "25/02/2027", "25/02/2027", "18/02/2027", "90",
     ""],
]
TARGETS = [
    ["DN-2025-HV", "LĐLĐ thành phố Đà Nẵng", "2025", "Bồi dưỡng, tập huấn cán bộ công đoàn", "", "1.800", "học viên",
     "2.014", "31/12/2025"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [PLAN_TARGET_HEADER, *TARGETS])


def test_central_and_southern_words_are_read_as_the_standard_ones() -> None:
    assert (standard_speech("tháng 4 năm sau có lớp mô cho kế toán không hè hỉ")
            == "tháng 4 năm sau có lớp nào cho kế toán không nhỉ")
    assert standard_speech("học ở mô rứa rứa") == "học ở đâu vậy"
    assert standard_speech("lớp đầu hạn đăng ký khi mô hỉ") == "lớp đầu hạn đăng ký khi nào nhỉ"
    assert standard_speech("bên Đà Nẵng thì răng hỉ") == "bên Đà Nẵng thì sao nhỉ"
    assert standard_speech("lớp cho cán bộ không hè chuyên trách") == "lớp cho cán bộ không chuyên trách"
    assert standard_speech("bựa ni có lớp chi không") == "hôm nay có lớp gì không"
    assert standard_speech("ở đâu dzậy vậy ta") == "ở đâu vậy nhỉ"
    assert standard_speech("lớp nớ mần mấy ngày hông") == "lớp đó làm mấy ngày không"
    # Typed plain, only the words whose plain spelling is the regional one.
    assert standard_speech("lop ni hoc o dau ta") == "lop nay hoc o dau nhi"


def test_words_of_the_language_and_names_stay() -> None:
    for text in ("quy mô lớp bao nhiêu người", "lớp chăm sóc răng miệng", "có lớp học hè không", "mùa hè có lớp nào",
                 "chi phí lớp này bao nhiêu", "cho chi hỏi lớp này", "lớp ở xã Hoành Mô", "chúng ta có lớp nào",
                 "bị dị ứng thì sao", "lỗ hổng kiến thức"):
        assert standard_speech(text) == text, text
    # The pairs the data writes: a place typed without capitals is still the place.
    kept = data_pairs(["Hội trường phường Cái Răng", "Nhà văn hóa xã Hoành Mô", "CĐ huyện Củ Chi"])
    assert {"cái răng", "hoành mô", "củ chi"} <= kept
    assert standard_speech("lớp ở cái răng", kept) == "lớp ở cái răng"
    assert standard_speech("lớp ở hoành mô rứa", kept) == "lớp ở hoành mô vậy"


def test_a_central_conversation_finds_lists_and_registers(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = ask(deps, "tháng 4 năm sau có lớp mô cho kế toán công đoàn không hè hỉ")
    assert "Nghiệp vụ kế toán công đoàn cơ sở" in listed
    first = ask(deps, "lớp đầu hạn đăng ký khi mô hỉ")
    assert "07/04/2027" in first
    assert "Phan Đình Phùng" in ask(deps, "học ở mô rứa")
    other = ask(deps, "bên Huế thì răng hỉ")
    assert "Bồi dưỡng kế toán công đoàn cơ sở" in other and "Chào" not in other
    assert "2.014" in ask(deps, "năm ngoái LĐLĐ Đà Nẵng đạt chỉ tiêu học viên không hè hỉ")


def test_a_southern_closing_asks_the_class_in_view(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "20/05/2027" in ask(deps, "lớp an toàn vệ sinh lao động ở Đà Nẵng khai giảng ngày nào dạ")
    assert "68 Hùng Vương" in ask(deps, "ở đâu dzậy vậy ta")


def test_places_and_titles_of_the_data_are_still_found(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "Tập huấn pháp luật lao động" in ask(deps, "lớp ở cái răng học ngày nào")
    assert "Tập huấn phát triển đoàn viên" in ask(deps, "có lớp mô ở hoành mô không")
    assert "Mô hình dân vận khéo" in ask(deps, "có lớp mô hình dân vận khéo không")


def test_a_question_left_unanswered_is_kept_as_the_chair_typed_it(deps: Deps, tmp_path: Path) -> None:
    """Read in the standard words, but the organisers see what was sent («mô», not «nào»)."""
    from sqlalchemy import select

    from knowledge.models import UnansweredQuestion

    setup(deps, tmp_path)
    ask(deps, "có lớp cắm hoa mô không hè")
    with deps.session_factory() as s:
        kept = s.scalars(select(UnansweredQuestion.text)).all()
    assert "có lớp cắm hoa mô không hè" in kept
