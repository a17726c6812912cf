"""General reading gaps in chairs' questions, each a rule: a province merged long before 2025 that people still
name («Hà Tây»), a half of a year said right after «lớp» («lớp 6 tháng đầu năm»), «tỉnh mình» asked about a plan
by someone whose province is not known, classes called off asked for as such («lớp nào lùi lịch»), and a former
province named plainly, whose own classes make a group before the rest of today's province. The plan is a small
one of our own, imported through the documented format; the clock is FIXED_NOW (23/11/2026)."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from handlers.types import Reply
from knowledge.language.followup import postponed
from knowledge.language.places import canonical_name, current_province, is_former
from knowledge.slots import parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan

HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
          "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số chỗ", "Trạng thái", "Ghi chú"]
_ROWS = [
    # code, title, organiser, province, venue, start, status, note
    ("HN-01", "Tập huấn nghiệp vụ công đoàn cơ sở", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "02/12/2026", "", ""),
    ("HN-02", "Tập huấn công tác nữ công", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Trung tâm Bồi dưỡng chính trị xã Thường Tín (huyện Thường Tín cũ)", "10/12/2026", "", ""),
    ("HN-03", "Tập huấn tài chính công đoàn", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "12/01/2027", "", ""),
    ("HN-04", "Tập huấn kỹ năng thương lượng tập thể", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "15/03/2027", "", ""),
    ("HN-05", "Tập huấn an toàn, vệ sinh lao động", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "20/09/2027", "", ""),
    ("HN-07", "Bồi dưỡng kỹ năng tuyên truyền", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "05/10/2027", "", ""),
    ("HN-08", "Bồi dưỡng công tác kiểm tra", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "09/11/2027", "", ""),
    ("HN-06", "Tập huấn kỹ năng đối thoại", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Hội trường Công đoàn phường Cầu Giấy", "14/12/2026", "Đã hủy", "Tạm hoãn, sẽ thông báo sau."),
    ("HCM-01", "Bồi dưỡng nghiệp vụ cho tổ trưởng công đoàn", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "01/12/2026", "", ""),
    ("HCM-02", "Tập huấn pháp luật lao động", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "03/12/2026", "", ""),
    ("HCM-03", "Tập huấn công tác nữ công", "Công đoàn phường Thủ Dầu Một", "Hồ Chí Minh",
     "Hội trường phường Thủ Dầu Một (Bình Dương cũ)", "16/12/2026", "", ""),
    ("HCM-04", "Tập huấn kỹ năng thương lượng tập thể", "Công đoàn phường Thủ Dầu Một", "Hồ Chí Minh",
     "Hội trường phường Thủ Dầu Một (Bình Dương cũ)", "20/01/2027", "", ""),
    ("HCM-06", "Bồi dưỡng kỹ năng tuyên truyền", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "05/02/2027", "", ""),
    ("HCM-07", "Bồi dưỡng công tác kiểm tra", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "09/03/2027", "", ""),
    ("HCM-08", "Tập huấn chuyển đổi số", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "12/04/2027", "", ""),
    ("HCM-05", "Tập huấn văn thư, lưu trữ", "LĐLĐ TP.HCM", "Hồ Chí Minh",
     "Nhà văn hóa Lao động, phường Sài Gòn", "19/10/2027", "Đã hủy", "Hủy theo công văn của LĐLĐ."),
]
COURSES = [[code, title, "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS", org, province, venue, "tập trung", start, start,
            "", "50", status, note] for code, title, org, province, venue, start, status, note in _ROWS]
TARGETS = [
    ["HN-2026", "LĐLĐ thành phố Hà Nội", "2026", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "3.000", "học viên",
     "2.100", "31/10/2026"],
    ["HCM-2026", "LĐLĐ TP.HCM", "2026", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "4.000", "học viên",
     "3.900", "31/10/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def ask(deps: Deps, text: str, user: str) -> str:
    replies: list[Reply] = say(deps, text, user=user, channel="zalo")
    return "\n".join(r.text for r in replies)


# ------------------------------------------------------------------ 1. a province merged before 2025

def test_ha_tay_is_a_former_province_of_ha_noi() -> None:
    assert canonical_name("ha tay") == "Hà Tây"
    assert current_province("Hà Tây") == "Hà Nội" and is_former("Hà Tây")
    assert current_province("Hà Sơn Bình") is None  # gone for decades: not kept


def test_classes_asked_in_ha_tay_are_ha_nois_said_as_such_with_its_own_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp nào ở Hà Tây", "ht1")
    assert "Hà Tây nay thuộc Hà Nội" in reply
    # Thường Tín was Hà Tây's: its class first, then the rest of Hà Nội under a heading.
    assert reply.index("Tập huấn công tác nữ công") < reply.index("Các lớp ở nơi khác của Hà Nội")
    assert reply.index("Các lớp ở nơi khác của Hà Nội") < reply.index("Tập huấn nghiệp vụ công đoàn cơ sở")


# ------------------------------------------------------------------ 2. a half of a year after «lớp»

def test_a_half_of_a_year_said_after_lop_is_a_period() -> None:
    for typed, label in (("lớp 6 tháng cuối năm 2027", "6 tháng cuối năm 2027"),
                         ("lớp 6 tháng đầu năm sau", "6 tháng đầu năm 2027"),
                         ("nửa đầu năm sau có lớp nào", "6 tháng đầu năm 2027")):
        slot = parse_time(normalise(typed), FIXED_NOW)
        assert slot is not None and slot.label == label, typed


def test_lop_6_thang_dau_nam_lists_classes_of_that_half_not_a_school_grade_nor_the_sixth_class(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp 6 tháng cuối năm 2027", "half1")
    assert "Tập huấn an toàn, vệ sinh lao động" in reply and "ngoài phạm vi" not in reply
    assert "Tập huấn kỹ năng thương lượng tập thể" not in reply  # March 2027 is the first half
    # After a list of six classes or more, «lớp 6 tháng đầu năm sau» is still the half, not the sixth class.
    ask(deps, "lớp ở Hà Nội và Hồ Chí Minh", "half2")
    after = ask(deps, "lớp 6 tháng đầu năm sau", "half2")
    assert "6 tháng đầu năm 2027" in after and "Mã lớp" not in after


# ------------------------------------------------------------------ 3. «tỉnh mình» with no province known

def test_my_province_asked_about_a_plan_with_no_profile_province_asks_which(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("chỉ tiêu tỉnh mình", "tỉnh mình đạt chưa", "tiến độ của tỉnh mình"):
        reply = ask(deps, typed, f"mine-{typed}")
        assert "tỉnh hoặc đơn vị nào" in reply, typed
        assert "Nguồn" not in reply, typed  # no plan guessed
    # The province said next answers the question asked.
    follow = ask(deps, "Hà Nội", "mine-chỉ tiêu tỉnh mình")
    assert "2.100/3.000" in follow


# ------------------------------------------------------------------ 4. classes called off, asked for

def test_a_postponed_note_is_read_apart_from_a_cancelled_one() -> None:
    assert postponed("Tạm hoãn, sẽ thông báo sau.") and postponed("Lùi sang năm 2027.")
    assert postponed("Hoãn do trùng lịch Đại hội; sẽ tổ chức lại trong quý I/2027.")
    assert not postponed("Hủy theo công văn của LĐLĐ.") and not postponed(None)


def test_classes_called_off_are_listed_when_asked_for_and_said_so(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("lớp nào bị hủy", "lớp nào lùi lịch", "lop nao hoan"):
        reply = ask(deps, typed, f"off-{typed}")
        assert "Tập huấn kỹ năng đối thoại" in reply and "Tập huấn văn thư, lưu trữ" in reply, typed
        assert "TẠM HOÃN" in reply and "ĐÃ HỦY" in reply, typed
        assert "Tập huấn công tác nữ công" not in reply, typed  # only the classes called off
    assert "Các lớp đã hủy hoặc tạm hoãn" in ask(deps, "lớp nào bị hủy", "off-x")
    one = ask(deps, "lớp nào bị hủy ở hcm", "off-hcm")
    assert "Tập huấn văn thư, lưu trữ" in one and "ĐÃ HỦY" in one and "đối thoại" not in one
    # A question that does not ask about them still leaves them out.
    plain = ask(deps, "lớp ở Hà Nội", "off-plain")
    assert "Tập huấn kỹ năng đối thoại" not in plain


# ------------------------------------------------------------------ 5. a former province named plainly

def test_a_former_province_lists_its_own_classes_first_then_the_rest_and_positions_count_as_shown(
        deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp nào ở Bình Dương", "bd")
    assert "Bình Dương nay thuộc Hồ Chí Minh" in reply and "khu vực Bình Dương cũ trước" in reply
    heading = reply.index("Các lớp ở nơi khác của Hồ Chí Minh")
    assert reply.index("Tập huấn công tác nữ công") < reply.index("Tập huấn kỹ năng thương lượng tập thể") < heading
    assert heading < reply.index("Bồi dưỡng nghiệp vụ cho tổ trưởng công đoàn")  # 01/12, yet after the group
    # «cái thứ 2» is the second as shown (Thủ Dầu Một's second class), not the second by date.
    second = ask(deps, "cái thứ 2", "bd")
    assert "Tập huấn kỹ năng thương lượng tập thể" in second and "HCM-04" in second
    third = ask(deps, "cái thứ 3", "bd")
    assert "HCM-01" in third


def test_today_province_named_keeps_one_list_nearest_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp nào ở Hồ Chí Minh", "hcm")
    assert "nơi khác" not in reply and "cũ trước" not in reply
    assert reply.index("Bồi dưỡng nghiệp vụ cho tổ trưởng công đoàn") < reply.index("Tập huấn công tác nữ công")


def test_a_former_province_list_on_one_screen_stays_nearest_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    # December's classes of today's Hồ Chí Minh fit one page: one list, nearest first, «lớp đầu tiên» the nearest.
    reply = ask(deps, "lớp tháng 12 ở Bình Dương", "bd12")
    assert "nơi khác" not in reply
    assert reply.index("Bồi dưỡng nghiệp vụ cho tổ trưởng công đoàn") < reply.index("Tập huấn công tác nữ công")
    assert "HCM-01" in ask(deps, "lớp đầu tiên", "bd12")


def test_a_former_province_asked_as_a_follow_up_groups_today_province(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "tháng 12 hà nội có lớp nào ko", "fu")
    reply = ask(deps, "thế còn ở bên bình dương thì sao", "fu")
    assert "Bình Dương nay thuộc Hồ Chí Minh" in reply and "khu vực Bình Dương cũ trước" in reply
    assert reply.index("Tập huấn công tác nữ công") < reply.index("Các lớp ở nơi khác của Hồ Chí Minh")
    # Set against Hà Nội's list, the former area is what is asked: its class first though the list fits one
    # screen, and «lớp đầu tiên» is that class.
    assert "16/12/2026" in ask(deps, "lop dau tien hoc ngay nao", "fu")




def test_a_class_of_a_former_area_union_held_elsewhere_is_not_listed_as_held_there(
        deps: Deps, tmp_path: Path) -> None:
    rows = [
        ("KH-1", "Tập huấn tài chính công đoàn", "Công đoàn phường Phan Rang", "Khánh Hòa",
         "Hội trường LĐLĐ tỉnh, phường Nha Trang", "02/12/2026"),
        ("KH-2", "Tập huấn công tác nữ công", "Công đoàn phường Phan Rang", "Khánh Hòa",
         "Hội trường phường Phan Rang (Ninh Thuận cũ)", "10/12/2026"),
        ("KH-3", "Tập huấn pháp luật lao động", "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa",
         "Hội trường LĐLĐ tỉnh, phường Nha Trang", "05/12/2026"),
        ("HN-9", "Tập huấn nghiệp vụ công đoàn cơ sở", "LĐLĐ thành phố Hà Nội", "Hà Nội",
         "Hội trường Công đoàn phường Cầu Giấy", "03/12/2026"),
    ]
    courses = [[code, title, "Nghiệp vụ công tác CĐ", "Chủ tịch CĐCS", org, province, venue, "tập trung", start,
                start, "", "50", "", ""] for code, title, org, province, venue, start in rows]
    import_plan(deps, tmp_path, [HEADER, *courses], [TARGET_HEADER, *TARGETS])
    ask(deps, "hà nội có lớp nào k", "kh")
    reply = ask(deps, "con o ninh thuan thi sao", "kh")
    assert "khu vực Ninh Thuận cũ trước" in reply
    # Only the class held in Phan Rang is the area's; the one its union holds in Nha Trang goes with the rest.
    heading = reply.index("Các lớp ở nơi khác của Khánh Hòa")
    assert reply.index("Tập huấn công tác nữ công") < heading < reply.index("Tập huấn tài chính công đoàn")
    assert "KH-2" in ask(deps, "cái thứ nhất", "kh")


def test_ben_before_a_province_in_a_follow_up_is_the_place_of_the_same_question(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "hà nội có lớp nữ công nào ko", "ben")
    # «bên» is «over in»: no «Bến Thành», no off-topic; the same question for that province.
    there = ask(deps, "con ben tp hcm thi sao", "ben")
    assert "Tập huấn công tác nữ công" in there and "Thủ Dầu Một" in there
    none = ask(deps, "còn ở bên Thanh Hóa thì sao", "ben")
    assert "Chưa có lớp" in none and "Thanh Hóa" in none


def test_the_last_one_of_a_former_province_list_is_the_last_held_there(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lop o binh duong", "last")
    assert "khu vực Bình Dương cũ trước" in reply
    # What was asked for is the former area's classes: «cái cuối» is the last of them, not the last line of
    # the rest of today's province below them.
    assert "HCM-04" in ask(deps, "cái cuối cùng", "last")
