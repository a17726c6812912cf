"""Single class questions of an industrial province's plan, each a rule of how chairs and workers ask: the
kind of class shortened («hl», «sh», «TL tập thể»), a zone's stage in figures («KCN … 2» of «… II»), the
quarter asked bare («quý mấy»), a class under way («đang học»), the weekend of a week with no class then, the
part of the day wished («học buổi chiều ngày nào»), a class's whole title with «bao giờ», a class held already
at the place named («học hôm nào»), and «LĐLĐ TP» said bare by an asker of another city."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.slots import under_way_asked
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    # Its own articles call it «LĐLĐ Thành phố»: the bare name is its alias.
    OrgRec(1, "HNO", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None, aliases=("LĐLĐ Thành phố",)),
    OrgRec(2, "HCM", "LĐLĐ TP. Hồ Chí Minh", "province", "Hồ Chí Minh", None),
    OrgRec(3, "DNA", "LĐLĐ tỉnh Đồng Nai", "province", "Đồng Nai", None),
    OrgRec(4, "KDN", "Công đoàn các KCN Đồng Nai", "industrial_zone", "Đồng Nai", 3),
    OrgRec(5, "HPG", "LĐLĐ TP Hải Phòng", "province", "Hải Phòng", None),
    OrgRec(6, "QNI", "LĐLĐ tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
    OrgRec(7, "HYN", "LĐLĐ tỉnh Hưng Yên", "province", "Hưng Yên", None),
]


def course(cid: int, code: str, title: str, when: dt.datetime, org: int, topic: str, venue: str, *,
           hours: float = 3, audiences: tuple[str, ...] = ("doan_vien",), **extra: object) -> CourseRec:
    start = when.astimezone(dt.UTC)
    o = ORGS[org - 1]
    c = CourseRec(cid, code, title, topic, audiences, org, o.name, None, o.province, venue, "tap_trung", start,
                  start + dt.timedelta(hours=hours), None, 100, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


def at(y: int, m: int, d: int, h: int = 8, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=TZ)


COURSES = [
    course(1, "HN-PL", "Tuyên truyền pháp luật cho đoàn viên", at(2026, 12, 3), 1, "phap_luat",
           "Cung văn hóa Lao động, phường Cửa Nam"),
    course(2, "HCM-SH-CANG", "Sinh hoạt chuyên đề pháp luật cho đoàn viên tại Cảng Bến Lức Mới", at(2027, 2, 4, 13, 30),
           2, "phap_luat", "Cảng Bến Lức Mới, phường Tân Thuận Đông"),
    course(3, "HCM-HL-KOTO", "Huấn luyện ATVSLĐ tại doanh nghiệp: Công ty TNHH Kotobuki", at(2027, 1, 17), 2,
           "atvsld", "Công ty TNHH Kotobuki, KCN Hiệp Phước"),
    course(4, "QN-TL", "Tập huấn thương lượng tập thể tại KCN Cái Lân", at(2027, 3, 9), 6, "thuong_luong",
           "Hội trường KCN Cái Lân, phường Bãi Cháy", audiences=("chu_tich_cdcs",)),
    course(5, "HY-SAODO", "Lớp tối: Pháp luật lao động cho công nhân KCN Sao Đỏ", at(2026, 12, 2, 18, 30), 7,
           "phap_luat", "Nhà văn hóa công nhân KCN Sao Đỏ, phường Mỹ Hào"),
    course(6, "HY-SAODO-2", "Lớp tối: Pháp luật lao động cho công nhân KCN Sao Đỏ II", at(2026, 12, 9, 18, 30), 7,
           "phap_luat", "Nhà văn hóa công nhân KCN Sao Đỏ II, phường Mỹ Hào"),
    course(7, "QN-KT", "Tập huấn công tác kiểm tra công đoàn", at(2027, 4, 1), 6, "kiem_tra",
           "Hội trường LĐLĐ tỉnh, phường Hồng Gai", tentative="quý II/2027", when_written="Quý II/2027",
           status="planned", audiences=("uy_vien_ubkt",)),
    course(8, "DN-NC", "Bồi dưỡng nghiệp vụ công tác nữ công", at(2027, 6, 1), 3, "nu_cong",
           "Hội trường LĐLĐ tỉnh, phường Trấn Biên", tentative="tháng 6/2027", when_written="Tháng 6/2027",
           status="planned"),
    course(9, "KDN-NC", "Tập huấn nữ công: kỹ năng tư vấn cho lao động nữ nuôi con nhỏ", at(2027, 5, 22), 4,
           "nu_cong", "Nhà văn hóa công nhân KCN Long Đức"),
    course(10, "DN-CT-1", "Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch CĐCS", at(2026, 11, 16), 3, "nghiep_vu",
           "Hội trường LĐLĐ tỉnh, phường Trấn Biên", hours=11 * 24, audiences=("chu_tich_cdcs",)),
    course(11, "DN-CT-2", "Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch CĐCS", at(2027, 3, 15), 3, "nghiep_vu",
           "Nhà khách Công đoàn phường Đồng Xoài", hours=3 * 24, audiences=("chu_tich_cdcs",)),
    course(12, "HP-TUAN", "Tập huấn ATVSLĐ cho công nhân doanh nghiệp cảng", at(2026, 11, 25), 5, "atvsld",
           "Hội trường KCN Đình Vũ"),
    course(13, "HP-T7", "Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", at(2026, 12, 5), 5,
           "thuong_luong", "Nhà văn hóa công nhân KCN Nam Cầu Kiền", audiences=("chu_tich_cdcs",)),
    course(14, "HCM-PL-SANG", "Tập huấn pháp luật lao động mới cho cán bộ CĐCS", at(2026, 12, 8), 2, "phap_luat",
           "Trường Cán bộ Công đoàn TP, phường Bàn Cờ", audiences=("can_bo_cdcs",)),
    course(15, "HCM-PL-CHIEU", "Tập huấn pháp luật lao động mới cho cán bộ CĐCS", at(2027, 3, 9, 13, 30), 2,
           "phap_luat", "Trường Cán bộ Công đoàn TP, phường Bàn Cờ", audiences=("can_bo_cdcs",)),
    course(16, "HCM-CA-1", "Lớp buổi tối: Kỹ năng hoạt động cho tổ trưởng công đoàn ca đêm", at(2026, 11, 18, 18, 30),
           2, "nghiep_vu", "Nhà văn hóa KCX Linh Xuân", status="finished", audiences=("to_truong_cd",)),
    course(17, "HCM-CA-2", "Lớp buổi tối: Kỹ năng hoạt động cho tổ trưởng công đoàn ca đêm", at(2026, 12, 2, 18, 30),
           2, "nghiep_vu", "Hội trường Ban quản lý KCN Tân Bình", audiences=("to_truong_cd",)),
]
# A plan's figure on the same work: a question on the work with no cue of a class could be read as asking it.
FACTS = [
    FactRec(1, "QN-KT-2025", 6, "LĐLĐ tỉnh Quảng Ninh", 2025, 2025, "kiem_tra",
            "Công tác kiểm tra công đoàn năm 2025 của Quảng Ninh?",
            "Năm 2025, công tác kiểm tra công đoàn Quảng Ninh kiểm tra 120 CĐCS, mỗi quý một đợt.",
            "kiểm tra công đoàn quý Quảng Ninh", 120, None, "CĐCS"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=[], tz=TZ)


def codes(qa: QAEngine, question: str, profile: Profile | None = None) -> list[str]:
    ans = qa.answer(question, now=FIXED_NOW, profile=profile)
    return [m.code for m in ans.matches] if ans.intent in ("course", "register") else []


@pytest.mark.parametrize(("question", "code"), [
    # «hl» is huấn luyện, «sh» sinh hoạt: the kind of class, before the company or the port it is held at.
    ("hl atvsld tại cty kotobuki kcn hiệp phước", "HCM-HL-KOTO"),
    ("hl atvsld ở kcn hiep phuoc", "HCM-HL-KOTO"),
    ("có sh chuyên đề pl ở cảng bến lức mới ko", "HCM-SH-CANG"),
    # «TL tập thể» is thương lượng tập thể («qn» after «ở» Quảng Ninh).
    ("lớp tl tập thể ở qn", "QN-TL"),
    # A zone's stage typed in figures is the zone written in Roman ones.
    ("lop toi phap luat lao dong cho cong nhan kcn sao do 2", "HY-SAODO-2"),
    ("lớp ở kcn sao đỏ 2", "HY-SAODO-2"),
    # «quý mấy» after a class asks its quarter, not a plan's figure of the same work.
    ("lop cong tac kiem tra cong doan quang ninh quy may", "QN-KT"),
    ("lớp kiểm tra công đoàn quảng ninh quý nào", "QN-KT"),
    # «bao giờ», «ở đâu» of a class whose whole title is said: that class before a look-alike on its topic.
    ("lop boi duong nghiep vu cong tac nu cong dong nai bao gio", "DN-NC"),
    ("lớp bồi dưỡng nghiệp vụ công tác nữ công ở đồng nai học ở đâu", "DN-NC"),
    # «đang học», «đang diễn ra»: the class under way today, not the next batch.
    ("Lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS của LĐLĐ tỉnh Đồng Nai đang học có phải không?", "DN-CT-1"),
    ("lớp nào đang diễn ra ở đồng nai", "DN-CT-1"),
    # «học buổi chiều ngày nào»: the afternoon batch; the words name the venue, not an unknown class.
    ("lớp pháp luật lao động mới cho cán bộ công đoàn cơ sở ở trường cán bộ công đoàn thành phố học buổi chiều "
     "ngày nào", "HCM-PL-CHIEU"),
    # «học hôm nào» of the class at the place named, held already: that class, not one of another place.
    ("lớp kỹ năng cho tổ trưởng công đoàn ca đêm ở khu chế xuất linh xuân học hôm nào", "HCM-CA-1"),
])
def test_a_single_class_question(qa: QAEngine, question: str, code: str) -> None:
    assert codes(qa, question)[:1] == [code]


def test_a_list_question_on_the_topic_stays_soonest_first(qa: QAEngine) -> None:
    # «có lớp … nào» asks which there are: no class of them is singled out by its title.
    assert codes(qa, "có lớp nữ công nào ở đồng nai")[:2] == ["KDN-NC", "DN-NC"]


def test_the_weekend_of_a_week_without_a_class_then(qa: QAEngine) -> None:
    # This week's weekend has no class in Hải Phòng: the nearest weekend class, not this week's Wednesday one.
    assert codes(qa, "cuối tuần này ở hải phòng có lớp gì ko")[:1] == ["HP-T7"]


def test_a_bare_city_federation_is_the_askers_own(qa: QAEngine) -> None:
    # «LĐLĐ TP» said by an asker of Hồ Chí Minh is no federation of Hà Nội (whose name alone says «thành phố»).
    me = Profile(province="Hồ Chí Minh")
    assert codes(qa, "lđlđ tp có sh chuyên đề pl ở cảng bến lức mới ko", me)[:1] == ["HCM-SH-CANG"]


@pytest.mark.parametrize(("folded", "asked"), [
    ("lop nao dang hoc o dong nai", True),
    ("lop boi duong dang dien ra phai khong", True),
    # The asker's own studies: nothing under way is asked.
    ("em dang hoc lop nghiep vu co lop nu cong nao khong", False),
    ("minh dang hoc dai hoc", False),
])
def test_under_way_asked(folded: str, asked: bool) -> None:
    assert under_way_asked(folded) is asked


@pytest.mark.parametrize(("typed", "read"), [
    ("hl atvsld tại cty x", "huan luyen an toan ve sinh lao dong"),
    ("có sh chuyên đề pl không", "co sinh hoat chuyen de phap luat"),
    ("lớp TL tập thể", "lop thuong luong tap the"),
    # «mới TL» stays newly founded.
    ("cđcs mới tl", "cong doan co so moi thanh lap"),
])
def test_kinds_of_class_shortened(typed: str, read: str) -> None:
    assert " ".join(normalise(typed).tokens).startswith(read)
