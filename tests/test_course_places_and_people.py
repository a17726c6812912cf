"""Course lookups as an office's regional plan is asked about: workers named by where they work, a venue named
after the people it serves, a former province's area, a ward whose union called its own class off, a month
«hồi» (gone by), a question closing on «chưa», the asker's profile role, the work of a role under «nghiệp vụ»,
and a hall named after «tại»."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.slots import extract
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "KH", "LĐLĐ tỉnh Khánh Hòa", "province", "Khánh Hòa", None),
    OrgRec(2, "KH-NT", "Công đoàn phường Nha Trang", "ward", "Khánh Hòa", 1),
    OrgRec(3, "DL", "LĐLĐ tỉnh Đắk Lắk", "province", "Đắk Lắk", None),
    OrgRec(4, "LD", "LĐLĐ tỉnh Lâm Đồng", "province", "Lâm Đồng", None),
    OrgRec(5, "LD-BL", "Công đoàn phường Bảo Lộc", "ward", "Lâm Đồng", 4),
    OrgRec(6, "TN", "LĐLĐ tỉnh Tây Ninh", "province", "Tây Ninh", None),
    OrgRec(7, "HCM", "LĐLĐ TP Hồ Chí Minh", "province", "TP Hồ Chí Minh", None),
    OrgRec(8, "HCM-CD", "Công đoàn đặc khu Côn Đảo", "special_zone", "TP Hồ Chí Minh", 7),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, venue: str, *, topic: str = "nghiep_vu",
           roles: tuple[str, ...] = ("uy_vien_bch",), status: str = "open", fmt: str = "tap_trung",
           province: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, province or o.province, venue, fmt,
                     start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 50, status)


D = dt.date
COURSES = [
    # Nha Trang: the province's class in the ward first by date; the ward union's class in the ward's People's
    # Committee hall («UBND»: «nhân dân») later; a class for workers elsewhere in the province.
    course(1, "XNT-NV", "Tập huấn nghiệp vụ công tác công đoàn", D(2026, 12, 3), 1,
           "Hội trường LĐLĐ tỉnh, phường Nha Trang"),
    course(2, "XNT-NC", "Bồi dưỡng công tác nữ công", D(2027, 2, 10), 2, "Hội trường UBND phường Nha Trang",
           topic="nu_cong"),
    course(3, "XKH-PL", "Tuyên truyền pháp luật lao động cho công nhân", D(2026, 12, 1), 1,
           "Nhà văn hóa phường Cam Ranh", topic="phap_luat", roles=("doan_vien",)),
    # A class held in a workers' cultural house.
    course(4, "XKH-LLCT", "Bồi dưỡng lý luận chính trị cho cán bộ chuyên trách", D(2027, 3, 8), 1,
           "Nhà văn hóa công nhân KCN Suối Dầu", topic="quan_ly_nha_nuoc", roles=("can_bo_chuyen_trach",)),
    # Former Phú Yên (in Đắk Lắk today): a class in its former seat later, one elsewhere in it sooner.
    course(5, "XPY-TC-SEAT", "Hướng dẫn quyết toán tài chính công đoàn", D(2027, 1, 20), 3,
           "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Tuy Hòa", topic="tai_chinh"),
    course(6, "XPY-TC-CTY", "Tập huấn kế toán công đoàn cơ sở", D(2026, 12, 15), 3,
           "Hội trường Công ty Thủy sản Phú Yên", topic="tai_chinh"),
    # Bảo Lộc: the ward union's own class called off; the province's class held in the ward.
    course(7, "XBL-OFF", "Hướng dẫn chuyển đổi số cho cán bộ công đoàn", D(2027, 1, 6), 5, "Trực tuyến",
           topic="chuyen_doi_so", status="cancelled", fmt="truc_tuyen"),
    course(8, "XBL-HELD", "Kỹ năng thuyết trình cho cán bộ công đoàn", D(2027, 2, 3), 4,
           "Hội trường Cơ sở Bảo Lộc, phường Bảo Lộc", topic="giang_day"),
    # Tây Ninh has a class for new committee members only; a class for chairs is held in Khánh Hòa.
    course(9, "XTN-BCH", "Bồi dưỡng kiến thức hoạt động công đoàn cơ sở", D(2027, 4, 5), 6,
           "Hội trường UBND phường Tân Ninh"),
    course(10, "XKH-CT", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", D(2026, 12, 8), 1,
           "Hội trường LĐLĐ tỉnh, phường Nha Trang", roles=("chu_tich_cdcs",)),
    # Online inspection classes: the soonest is filed under inspection; a later one says «nghiệp vụ».
    course(11, "XON-KT", "Tập huấn công tác kiểm tra, giám sát", D(2026, 12, 10), 6, "Trực tuyến qua Zoom",
           topic="kiem_tra", roles=("uy_vien_ubkt",), fmt="truc_tuyen"),
    course(12, "XON-NVKT", "Bồi dưỡng nghiệp vụ kiểm tra cho ủy viên UBKT", D(2027, 1, 14), 1, "Trực tuyến qua Zoom",
           topic="kiem_tra", roles=("uy_vien_ubkt",), fmt="truc_tuyen"),
    # Côn Đảo's union: one class in the province's hall sooner, one in the special zone's own hall later.
    course(13, "XCD-TG", "Tập huấn công tác tuyên giáo và viết tin bài trên mạng xã hội", D(2027, 3, 2), 8,
           "Hội trường LĐLĐ thành phố, phường Sài Gòn", topic="tuyen_giao"),
    course(14, "XCD-TT", "Tập huấn kỹ năng tuyên truyền, vận động đoàn viên", D(2027, 5, 4), 8,
           "Hội trường đặc khu Côn Đảo", topic="tuyen_giao"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


def codes(qa: QAEngine, q: str, profile: Profile | None = None) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW, profile=profile).courses]


def test_workers_named_by_their_ward_ask_what_is_held_there(qa: QAEngine) -> None:
    # Neither the role (no class there is for workers) nor «nhân» of the hall's «UBND» decides.
    assert codes(qa, "công nhân Nha Trang có lớp nào học không ạ")[:2] == ["XNT-NV", "XKH-CT"]


def test_a_class_for_workers_still_asked_after_cho(qa: QAEngine) -> None:
    assert codes(qa, "có lớp nào cho công nhân ở Khánh Hòa không")[0] == "XKH-PL"


def test_a_workers_cultural_house_is_a_venue_not_an_audience(qa: QAEngine) -> None:
    norm = normalise("lớp ở nhà văn hóa công nhân KCN Suối Dầu")
    assert "doan_vien" not in extract(norm, FIXED_NOW, qa.matcher).roles
    assert codes(qa, "Lớp lý luận chính trị ở Nhà văn hóa công nhân KCN Suối Dầu học mấy ngày?")[0] == "XKH-LLCT"


def test_former_province_named_old_lists_its_area_nearest_first(qa: QAEngine) -> None:
    # The former seat is in the area like any other ward, not named first.
    assert codes(qa, "lớp tài chính công đoàn Phú Yên cũ")[:2] == ["XPY-TC-CTY", "XPY-TC-SEAT"]


def test_ward_whose_union_called_its_class_off_still_has_the_class_held_there(qa: QAEngine) -> None:
    assert codes(qa, "lớp gần nhất tại phường Bảo Lộc")[0] == "XBL-HELD"


def test_hoi_before_a_month_is_a_month_gone_by() -> None:
    from knowledge.slots import base_matcher

    def month(q: str) -> str:
        t = extract(normalise(q), FIXED_NOW, base_matcher()).time
        assert t is not None
        return t.label

    assert month("lớp chính trị ở Gia Lai hồi tháng 7 học ở đâu") == "tháng 7/2026"
    assert month("lop chinh tri o gia lai hoi thang 7 hoc o dau") == "tháng 7/2026"
    assert month("cho em hoi thang 7 co lop nao") == "tháng 7/2027"  # «hỏi», typed plain
    assert month("cho em hỏi tháng 7 có lớp nào") == "tháng 7/2027"
    # A month not come yet this year, said with «hồi», is said loosely of the coming one (asked in November).
    assert month("lớp cho cán bộ CĐCS mới hồi tháng 12 học ở chỗ nào") == "tháng 12/2026"


def test_question_closing_on_chua_asks_nothing_of_the_class(qa: QAEngine) -> None:
    assert "chua" not in normalise("Khánh Hòa có lớp nghiệp vụ CĐCS chưa").content
    assert "chua" in normalise("lớp chưa có ngày ở Khánh Hòa").content
    assert codes(qa, "Khánh Hòa có lớp nghiệp vụ công đoàn chưa")[0] == "XNT-NV"


def test_profile_role_gives_way_to_the_askers_province(qa: QAEngine) -> None:
    me = Profile(role="chu_tich_cdcs", organisation_id=6, province="Tây Ninh")
    assert codes(qa, "lop boi duong nghiep vu cong doan gan nhat cho minh voi a", me)[0] == "XTN-BCH"


def test_nghiep_vu_of_the_ubkt_is_the_inspection_topic(qa: QAEngine) -> None:
    assert codes(qa, "muốn học nghiệp vụ UBKT online, có lớp nào")[:2] == ["XON-KT", "XON-NVKT"]


def test_hall_named_after_tai_comes_before_the_unions_other_classes(qa: QAEngine) -> None:
    assert codes(qa, "Có lớp tuyên giáo nào học tại Hội trường đặc khu Côn Đảo không?")[0] == "XCD-TT"


def test_a_word_that_is_no_syllable_is_read_with_two_letters_swapped(qa: QAEngine) -> None:
    # «lihc»: no Vietnamese syllable ends in «hc»; «lịch» is meant, not a word of the class.
    assert qa.respell("anh chi oi lihc lop ly luan chinh tri o khanh hoa").split()[3] == "lich"
    assert codes(qa, "anh chi oi lihc lop ly luan chinh tri o khanh hoa")[0] == "XKH-LLCT"


PLAN_ORGS = [*ORGS, OrgRec(9, "KH-KCN", "Công đoàn các KCN Khánh Hòa", "industrial_zone", "Khánh Hòa", 1)]


@pytest.fixture(scope="module")
def qa_plan() -> QAEngine:
    from knowledge.records import TargetRec

    start = dt.datetime(2027, 3, 1, 8, tzinfo=TZ).astimezone(dt.UTC)
    planned = CourseRec(20, "XKCN-AT", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "atvsld", ("uy_vien_bch",), 9,
                        PLAN_ORGS[8].name, None, "Khánh Hòa", "Nhà văn hóa công nhân KCN Suối Dầu", "tap_trung",
                        start, None, None, 100, "planned", tentative="tháng 3/2027")
    target = TargetRec(1, "T-KCN-AT", 9, PLAN_ORGS[8].name, 2026, 2026, "Huấn luyện an toàn, vệ sinh lao động",
                       None, 1000, "lượt người", 600, None)
    return QAEngine.build(organisations=PLAN_ORGS, courses=[*COURSES, planned], targets=[target], tz=TZ)


def test_a_class_planned_asked_when_is_a_class_not_a_target(qa_plan: QAEngine) -> None:
    ans = qa_plan.answer("Công đoàn các KCN Khánh Hòa có kế hoạch mở lớp huấn luyện ATVSLĐ vào lúc nào ạ",
                         now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["XKCN-AT"]
    # «kế hoạch» there is no word the class must say (a rare word, it would outweigh the topic's).
    assert "hoach" not in ans.norm.content
    # The plan's figures asked are still the target's.
    figures = qa_plan.answer("kế hoạch mở lớp huấn luyện ATVSLĐ của Công đoàn các KCN Khánh Hòa đạt bao nhiêu",
                             now=FIXED_NOW)
    assert figures.intent == "target"


def test_a_provinces_workers_still_ask_for_classes_for_workers(qa: QAEngine) -> None:
    assert codes(qa, "ĐV, NLĐ ở Khánh Hòa có lớp gì k")[0] == "XKH-PL"


def test_nghiep_vu_of_a_role_said_by_the_plans_keeps_their_classes() -> None:
    start = dt.datetime(2027, 2, 1, 8, tzinfo=TZ).astimezone(dt.UTC)
    said = CourseRec(30, "XKH-NVUB", "Tập huấn nghiệp vụ UBKT công đoàn cơ sở (đợt 2)", "nghiep_vu", ("uy_vien_ubkt",),
                     1, ORGS[0].name, None, "Khánh Hòa", "Hội trường LĐLĐ tỉnh", "tap_trung", start, None, None, 50,
                     "open", topic_text="Nghiệp vụ UBKT")
    qa = QAEngine.build(organisations=ORGS, courses=[*COURSES, said], tz=TZ)
    assert codes(qa, "Lớp nghiệp vụ UBKT ở Khánh Hòa đợt 2 học mấy ngày?")[0] == "XKH-NVUB"


def test_days_a_class_lasts_said_put_the_classes_that_last_them_first() -> None:
    def chairs(cid: int, code: str, day: dt.date, days: int) -> CourseRec:
        start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
        end = dt.datetime.combine(day + dt.timedelta(days=days - 1), dt.time(17), TZ).astimezone(dt.UTC)
        return CourseRec(cid, code, f"Tập huấn nghiệp vụ cho Chủ tịch CĐCS, lớp {cid}", "nghiep_vu",
                         ("chu_tich_cdcs",), 1, ORGS[0].name, None, "Khánh Hòa", "Hội trường LĐLĐ tỉnh", "tap_trung",
                         start, end, None, 50, "open")

    qa = QAEngine.build(organisations=ORGS, courses=[chairs(41, "XKH-1D", D(2026, 12, 2), 1),
                                                     chairs(42, "XKH-3D", D(2027, 1, 12), 3)], tz=TZ)
    assert codes(qa, "ở Khánh Hòa có lớp nào cho chủ tịch CĐCS học ba ngày không")[0] == "XKH-3D"
    assert codes(qa, "ở Khánh Hòa có lớp nào cho chủ tịch CĐCS không")[0] == "XKH-1D"


def test_vua_vua_joins_two_ways_and_searches_nothing() -> None:
    assert "vua" not in normalise("lớp nào học vừa trực tiếp vừa trực tuyến").content
    start = dt.datetime(2026, 12, 1, 8, tzinfo=TZ).astimezone(dt.UTC)
    both = CourseRec(50, "XKH-KH", "Tập huấn công tác văn thư, lưu trữ", "van_thu", ("uy_vien_bch",), 1,
                     ORGS[0].name, None, "Khánh Hòa", "Hội trường LĐLĐ tỉnh và các điểm cầu", "ket_hop", start,
                     start + dt.timedelta(hours=8), None, 50, "open")
    qa = QAEngine.build(organisations=ORGS, courses=[*COURSES, both], tz=TZ)
    ans = qa.answer("Tuần sau có lớp nào học kết hợp, vừa trực tiếp vừa trực tuyến không?", now=FIXED_NOW)
    assert ans.band == "confident" and [c.code for c in ans.courses][:1] == ["XKH-KH"]
