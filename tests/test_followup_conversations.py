"""Whole conversations as chairs hold them on Zalo, one small test per cause of a follow-up read wrong.

Each test goes through the real turn (`handlers.core`, the Zalo channel's path) on a small plan of our own.
The causes: «bh» (bao giờ) in a follow-up; a correction typed plain or with a slip («a khong, y minh la …»,
«à khôg, ý mình là thág 3»); «Đà Nẵng» opening a question read as the opener «dạ» once folded; «còn online
thì sao» read as how the class in view is held; a place inside the province named beside it («… học ở Long
Hồ»); «thì sao, lớp nào gần nhất» after another place; a class named by its format after «lúc nãy»; «thôi
quay lại …, bao nhiu chỗ»; «còn lớp ở X thì hạn đăng ký …» after a detail of another class of the list; the
province's federation named as a union («cái lớp của liên đoàn lao động thành phố»); and the audience asked
kept when a class's topic is asked for in another place; «còn thiếu bao nhiêu», «năm sau giao bao nhiêu» and
«vượt bao nhiêu» after a union's targets; a class picked by words of its venue the data knows as no place
(«cái ở Mỹ Khê»); details in shorthand («dc bn nguoi», «hạn chót»); a dictated «ừm không phải ý tôi là …»; and «lớp đó» after «có lớp nào cho … công đoàn cơ sở
không» when the nearest class shown is written for the unions above the grassroots.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.followup import _words
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_into, write_csv
from tests.test_trial_sixty_one import COURSE_HEADER, ask

NC = "Nữ công - bình đẳng giới"
KT = "Kiểm tra công đoàn"
AT = "An toàn, vệ sinh lao động"
COURSES = [
    ["VL-NC-01", "Tập huấn công tác nữ công", NC, "Ủy viên ban nữ công CĐCS", "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
     "Hội trường LĐLĐ tỉnh, phường Bến Tre", "tập trung", "14/01/2027", "15/01/2027", "07/01/2027", "50", ""],
    ["VL-NC-02", "Bồi dưỡng nghiệp vụ nữ công", NC, "Ủy viên ban nữ công CĐCS", "CĐ phường Trà Vinh", "Vĩnh Long",
     "Nhà văn hóa xã Long Hồ", "tập trung", "10/03/2027", "12/03/2027", "01/03/2027", "40", ""],
    ["VL-NC-03", "Tập huấn kỹ năng cho cán bộ nữ công", NC, "Ủy viên ban nữ công CĐCS", "LĐLĐ tỉnh Vĩnh Long",
     "Vĩnh Long", "Hội trường phường Trà Vinh", "tập trung", "20/04/2027", "21/04/2027", "10/04/2027", "45", ""],
    ["AG-NC-01", "Tập huấn công tác nữ công", NC, "Ủy viên ban nữ công CĐCS", "LĐLĐ tỉnh An Giang", "An Giang",
     "Nhà văn hóa phường Châu Đốc", "tập trung", "18/01/2027", "19/01/2027", "11/01/2027", "60", ""],
    ["AG-KT-01", "Bồi dưỡng nghiệp vụ công tác kiểm tra", KT, "Ủy viên UBKT CĐCS", "LĐLĐ tỉnh An Giang", "An Giang",
     "Hội trường LĐLĐ tỉnh, phường Long Xuyên", "tập trung", "12/01/2027", "13/01/2027", "05/01/2027", "60", ""],
    ["AG-KT-02", "Tập huấn công tác kiểm tra CĐ", KT, "Ủy viên UBKT CĐCS", "LĐLĐ tỉnh An Giang", "An Giang",
     "Trực tuyến qua Zoom", "trực tuyến", "09/03/2027", "10/03/2027", "02/03/2027", "200", ""],
    ["AG-KT-03", "Tập huấn kiểm tra tài chính CĐ", KT, "Ủy viên UBKT CĐCS", "LĐLĐ tỉnh An Giang", "An Giang",
     "Nhà văn hóa phường Rạch Giá", "tập trung", "15/05/2027", "16/05/2027", "08/05/2027", "60", ""],
    ["DNG-AT-01", "Huấn luyện ATVSLĐ cho cán bộ công đoàn", AT, "Cán bộ CĐCS", "LĐLĐ thành phố Đà Nẵng", "Đà Nẵng",
     "Cung văn hóa Lao động Đà Nẵng", "tập trung", "10/12/2026", "11/12/2026", "03/12/2026", "80", ""],
    ["DNG-AT-02", "Tập huấn an toàn, vệ sinh lao động", AT, "Cán bộ CĐCS", "LĐLĐ thành phố Đà Nẵng", "Đà Nẵng",
     "Nhà văn hóa phường Hội An", "tập trung", "08/04/2027", "09/04/2027", "01/04/2027", "80", ""],
    ["DNI-AT-01", "Tập huấn an toàn, vệ sinh lao động", AT, "Cán bộ CĐCS", "LĐLĐ tỉnh Đồng Nai", "Đồng Nai",
     "Hội trường phường Biên Hòa", "tập trung", "05/05/2027", "06/05/2027", "28/04/2027", "80", ""],
    ["HY-GV-01", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "Kỹ năng giảng dạy", "Giảng viên kiêm chức",
     "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Trường Chính trị tỉnh Hưng Yên", "tập trung", "03/02/2027", "05/02/2027",
     "25/01/2027", "35", ""],
    ["NB-GV-01", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "Kỹ năng giảng dạy", "Giảng viên kiêm chức",
     "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Trường Chính trị tỉnh Ninh Bình", "tập trung", "10/03/2027", "12/03/2027",
     "28/02/2027", "30", ""],
    ["NB-GV-02", "Tập huấn phương pháp giảng dạy cho giảng viên kiêm chức", "Kỹ năng giảng dạy",
     "Giảng viên kiêm chức", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh Ninh Bình", "tập trung",
     "10/09/2027", "11/09/2027", "31/08/2027", "30", ""],
    ["NB-NV-01", "Tập huấn nghiệp vụ công tác công đoàn", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh Ninh Bình", "tập trung", "15/01/2027", "16/01/2027",
     "08/01/2027", "80", ""],
    ["CTH-CDS-01", "Ứng dụng chuyển đổi số trong công tác CĐ", "Chuyển đổi số", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Cung văn hóa Lao động Cần Thơ", "tập trung", "22/02/2027", "23/02/2027",
     "15/02/2027", "60", ""],
    ["CTH-CDS-02", "Ứng dụng chuyển đổi số trong công tác CĐ", "Chuyển đổi số", "Cán bộ CĐ chuyên trách",
     "CĐ Viên chức thành phố Cần Thơ", "Cần Thơ", "Google Meet", "trực tuyến", "12/01/2027", "13/01/2027",
     "05/01/2027", "150", ""],
    ["CTH-CDS-03", "Tập huấn sử dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Cán bộ CĐ chuyên trách",
     "CĐ phường Ninh Kiều", "Cần Thơ", "Hội trường phường Ninh Kiều", "tập trung", "06/04/2027", "07/04/2027",
     "30/03/2027", "40", ""],
    ["LDO-KT-01", "Bồi dưỡng nghiệp vụ cho UV UBKT", KT, "UV UBKT CĐ cấp trên cơ sở", "LĐLĐ tỉnh Lâm Đồng",
     "Lâm Đồng", "Hội trường LĐLĐ tỉnh, phường Đà Lạt", "tập trung", "02/02/2027", "03/02/2027", "26/01/2027", "40",
     ""],
    ["LDO-KT-02", "Bồi dưỡng nghiệp vụ cho UV UBKT", KT, "UV UBKT CĐCS", "LĐLĐ tỉnh Lâm Đồng", "Lâm Đồng",
     "Nhà văn hóa phường Bảo Lộc", "tập trung", "15/03/2027", "16/03/2027", "08/03/2027", "40", ""],
    ["QNG-TL-01", "Tập huấn kỹ năng thương lượng tập thể (đợt 1)", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi", "Hội trường LĐLĐ tỉnh Quảng Ngãi", "tập trung", "08/12/2026",
     "09/12/2026", "01/12/2026", "60", ""],
    ["QNG-TL-02", "Tập huấn kỹ năng thương lượng tập thể (đợt 2)", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Quảng Ngãi", "Quảng Ngãi", "Cơ sở 2 LĐLĐ tỉnh tại Mỹ Khê", "tập trung", "16/03/2027",
     "18/03/2027", "06/03/2027", "45", ""],
    ["DNG-NV-01", "Tập huấn nghiệp vụ công tác công đoàn", "Nghiệp vụ công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Đà Nẵng", "Đà Nẵng", "Khách sạn Công đoàn Mỹ Khê", "tập trung", "05/01/2027", "06/01/2027",
     "29/12/2026", "90", ""],
    ["LCA-TC-01", "Tập huấn quản lý tài chính CĐ", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ tỉnh Lào Cai",
     "Lào Cai", "Hội trường LĐLĐ tỉnh Lào Cai", "tập trung", "19/01/2027", "21/01/2027", "13/01/2027", "50", ""],
    ["PTH-TC-01", "Tập huấn công tác tài chính CĐ", "Tài chính công đoàn", "Kế toán, thủ quỹ CĐCS",
     "LĐLĐ tỉnh Phú Thọ", "Phú Thọ", "Hội trường LĐLĐ tỉnh Phú Thọ", "tập trung", "24/02/2027", "25/02/2027",
     "17/02/2027", "70", ""],
    ["PTH-TC-02", "Bồi dưỡng quản lý tài chính, tài sản CĐ", "Tài chính công đoàn", "Kế toán CĐ cấp trên cơ sở",
     "LĐLĐ tỉnh Phú Thọ", "Phú Thọ", "Nhà văn hóa phường Vĩnh Yên", "tập trung", "16/03/2027", "17/03/2027",
     "09/03/2027", "40", ""],
]


TARGETS = [
    ["VL-2025", "LĐLĐ tỉnh Vĩnh Long", "2025", "Tập huấn cán bộ công đoàn cơ sở", "", "1.800", "học viên", "1.930",
     "31/12/2025"],
    ["VL-2026", "LĐLĐ tỉnh Vĩnh Long", "2026", "Tập huấn cán bộ công đoàn cơ sở", "", "2.000", "học viên", "1.640",
     "31/10/2026"],
    ["VL-2027", "LĐLĐ tỉnh Vĩnh Long", "2027", "Tập huấn cán bộ công đoàn cơ sở", "", "2.200", "học viên", "", ""],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_into(deps, write_csv(tmp_path / "courses.csv", [COURSE_HEADER, *COURSES]))
    import_into(deps, write_csv(tmp_path / "targets.csv", [TARGET_HEADER, *TARGETS]))


def talk(deps: Deps, *texts: str) -> list[str]:
    """The replies to the messages, said in turn by one chair on Zalo."""
    return [ask(deps, text) for text in texts]


def test_bh_after_a_class_asks_until_when_its_registration_runs(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, deadline = talk(deps, "lớp tài chính ở Lào Cai học ngày nào", "hạn đk bh")
    assert "13/01/2027" in deadline and "Phú Thọ" not in deadline and "Long Xuyên" not in deadline


def test_a_correction_typed_plain_asks_the_same_classes_in_the_place_it_names(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, meant = talk(deps, "thang 1 o Vinh Long co lop nu cong nao khong", "a khong, y minh la o An Giang")
    assert "Châu Đốc" in meant and "Bến Tre" not in meant


def test_a_correction_typed_with_slips_asks_the_same_classes_in_the_month_it_names(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, meant = talk(deps, "tháng 1 ở An Giang có lớp kiểm tra nào khôg", "à khôg, ý mình là thág 3")
    assert "Tập huấn công tác kiểm tra CĐ" in meant and "Long Xuyên" not in meant


def test_da_nang_opening_a_question_stays_when_another_year_is_asked(deps: Deps, tmp_path: Path) -> None:
    # «Đà» folds to «da», as the opener «dạ» does: the question asked again must keep the city.
    assert _words("Đà Nẵng có lớp nào") == "da nang co lop nao"
    assert _words("dạ cho em hỏi, Đà Lạt có lớp nào") == "da lat co lop nao"
    setup(deps, tmp_path)
    *_, next_year = talk(deps, "Đà Nẵng có lớp atvslđ nào trong tháng 12 ko", "thế năm sau thì sao")
    assert "Hội An" in next_year and "Biên Hòa" not in next_year


def test_another_format_after_a_list_is_the_same_question_held_that_way(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first, online = talk(deps, "ở An Giang có lớp kiểm tra công đoàn nào không", "còn online thì sao")
    assert "Long Xuyên" in first
    assert "Tập huấn công tác kiểm tra CĐ" in online and "Long Xuyên" not in online and "Rạch Giá" not in online


def test_a_place_inside_the_province_picks_the_class_held_there(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    _, days, _, when = talk(deps, "ở Vĩnh Long có lớp nữ công nào học ở Long Hồ không", "học mấy ngày",
                            "thế ở Trà Vinh thì sao", "học ngày nào")
    assert "3 ngày" in days and "Bồi dưỡng nghiệp vụ nữ công" in days
    # Trà Vinh's union runs the class at Long Hồ; the one held in Trà Vinh is the other.
    assert "20/04/2027" in when and "10/03/2027" not in when


def test_another_place_then_the_nearest_class_there(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, nearest, deadline = talk(deps, "Lớp bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức ở Hưng Yên học khi "
                                       "nào?", "Còn ở Ninh Bình thì sao, lớp nào gần nhất?", "Hạn đăng ký lớp đó đến ngày nào?")
    # The nearest class of that kind there, not the nearest class of any kind.
    assert "Bồi dưỡng kỹ năng giảng dạy" in nearest and "nghiệp vụ công tác công đoàn" not in nearest
    assert "28/02/2027" in deadline


def test_going_back_to_a_class_named_by_its_format(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, back = talk(deps, "ở An Giang có những lớp kiểm tra nào", "lớp thứ 3 học ở đâu",
                    "Quay lại lớp trực tuyến lúc nãy, hạn đăng ký đến bao giờ?")
    assert "02/03/2027" in back and "08/05/2027" not in back


def test_going_back_to_a_place_with_a_slip_in_the_detail_asked(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, seats = talk(deps, "lớp bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức ở Hưng Yên học ngày nào",
                     "còn ở Ninh Bình thì sao", "thôi quay lại lớp ở Hưng Yên, bao nhiu chỗ")
    assert "35" in seats and "Hưng Yên" in seats


def test_the_detail_of_another_class_of_the_list_named_after_con(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, deadline, register = talk(deps, "tháng 1 có lớp nữ công nào không", "lớp ở An Giang học mấy ngày",
                                  "Còn lớp ở Vĩnh Long thì hạn đăng ký đến bao giờ?", "cho tôi đăng ký lớp Vĩnh Long")
    assert "07/01/2027" in deadline and "11/01/2027" not in deadline
    assert "Đăng ký" in register or "đăng ký" in register
    assert "Tập huấn công tác nữ công" in register and "Châu Đốc" not in register


def test_the_provinces_federation_named_as_a_union_picks_its_own_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, where = talk(deps, "ở cần thơ có lớp nào về chuyển đổi số không",
                     "cái lớp của liên đoàn lao động thành phố ấy học ở đâu")
    assert "Cung văn hóa Lao động Cần Thơ" in where and "Ninh Kiều" not in where


def test_the_audience_asked_stays_when_the_class_is_asked_for_elsewhere(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, there, deadline = talk(deps, "ở Lào Cai có lớp nào cho kế toán công đoàn cơ sở không", "lớp đó học ở đâu",
                               "còn ở Phú Thọ thì sao", "lớp ở Phú Thọ hạn đăng ký đến bao giờ")
    # The upper-level accountants' class of Phú Thọ is for other people.
    assert "Tập huấn công tác tài chính CĐ" in there and "Vĩnh Yên" not in there
    assert "17/02/2027" in deadline


def test_that_class_after_a_whether_question_is_the_one_at_the_level_asked(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, when = talk(deps, "ở Lâm Đồng có lớp nào cho ủy viên ủy ban kiểm tra công đoàn cơ sở không",
                    "lớp đó học ngày nào")
    # The nearer class is for the inspection committees of the unions above the grassroots.
    assert "15/03/2027" in when and "02/02/2027" not in when


def test_what_is_missing_then_last_year_then_by_how_much_it_was_exceeded(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    _, missing, last_year, over, next_year = talk(
        deps, "năm nay LĐLĐ tỉnh Vĩnh Long tập huấn cán bộ CĐCS đạt bao nhiêu", "vậy còn thiếu bao nhiêu so với chỉ tiêu",
        "năm ngoái thì sao", "vượt bao nhiêu", "năm sau giao bao nhiêu")
    # Read as the same union's plan, not as «thiếu bao nhiêu» named as a place.
    assert "còn thiếu 360" in missing and "Vĩnh Long" in missing
    assert "1.930/1.800" in last_year and "vượt 130" in over
    assert "2.200" in next_year


def test_a_class_of_the_list_picked_by_words_of_its_venue(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, days = talk(deps, "ở quảng ngãi có lớp thương lượng tập thể nào không", "cái ở mỹ khê học mấy ngày")
    # A class of another kind elsewhere is held at a Mỹ Khê too: the one of the list is meant.
    assert "3 ngày" in days and "16/03/2027" in days and "08/12/2026" not in days and "05/01/2027" not in days


def test_details_asked_in_chat_shorthand(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    _, seats, deadline = talk(deps, "o quang ngai co lop thuong luong tap the nao ko", "lop t2 dc bn nguoi",
                              "han chot khi nao")
    assert "45" in seats and "06/03/2027" in deadline


def test_a_dictated_correction_with_no_pause(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    *_, meant = talk(deps, "tháng một ở an giang có lớp kiểm tra nào không", "ừm không phải ý tôi là tháng ba")
    assert "Tập huấn công tác kiểm tra CĐ" in meant and "Long Xuyên" not in meant
