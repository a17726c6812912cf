"""Questions chairs of the North ask of their provinces' plans, each a rule of how they say things: «sớm nhất»
(the earliest), «học toi» typed bare at the end of a question (the evening), why they want an evening class
(«cho người đi làm ca ngày»), «từ nay đến hết tháng 2», «quanh đây» after a commune, a class «bị đổi sang ngày
nào» asked by the month it was planned in, «thương lượng tập thể ngành» (a title's word, no sector union),
the audience a title names after «cho», «BDNV», «dự kiến khi nào», a month under way whose class has been
held, and «trong đó» after a list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bench.heldout import reply_text
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "LS", "LĐLĐ tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
    OrgRec(2, "TQ", "LĐLĐ tỉnh Tuyên Quang", "province", "Tuyên Quang", None),
    OrgRec(3, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(4, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(5, "GDHN", "Công đoàn ngành Giáo dục Hà Nội", "sector", "Hà Nội", 4),
    OrgRec(6, "DHCD", "Trường Đại học Công đoàn", "national", None, None),
]


def course(cid: int, code: str, title: str, when: dt.datetime, org: int, topic: str, venue: str, *,
           audiences: tuple[str, ...] = ("chu_tich_cdcs",), **extra: object) -> CourseRec:
    start = when.astimezone(dt.UTC)
    o = ORGS[org - 1]
    c = CourseRec(cid, code, title, topic, audiences, org, o.name, None, o.province, venue, "tap_trung", start,
                  start + dt.timedelta(hours=8), start - dt.timedelta(days=7), 60, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


def at(y: int, m: int, d: int, h: int = 8, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=TZ)


COURSES = [
    course(1, "LS-DT-1", "Tập huấn kỹ năng đối thoại tại nơi làm việc", at(2026, 12, 9), 1, "thuong_luong",
           "Hội trường LĐLĐ tỉnh, phường Đông Kinh"),
    course(2, "LS-DT-2", "Tập huấn kỹ năng đối thoại tại nơi làm việc", at(2027, 3, 9), 1, "thuong_luong",
           "Nhà văn hóa phường Lương Văn Tri"),
    course(3, "BN-KT-1", "Bồi dưỡng kỹ năng kiểm tra tài chính công đoàn", at(2026, 12, 3, 13, 30), 3, "kiem_tra",
           "Nhà văn hóa công nhân KCN Yên Phong, xã Yên Phong", audiences=("uy_vien_ubkt",)),
    course(4, "BN-TOI", "Tập huấn kỹ năng tuyên truyền cho công nhân", at(2026, 12, 15, 18, 30), 3, "tuyen_giao",
           "Nhà văn hóa công nhân KCN Quế Võ"),
    course(5, "BN-NGAY", "Tập huấn kỹ năng tuyên truyền trên mạng xã hội", at(2026, 12, 10), 3, "tuyen_giao",
           "Hội trường LĐLĐ tỉnh"),
    # Planned for 10/02/2027, put off to 21/04/2027.
    course(6, "HN-CDS", "Tập huấn chuyển đổi số trong hoạt động công đoàn", at(2027, 4, 21, 13, 30), 4, "chuyen_doi_so",
           "Trực tuyến trên nền tảng Zoom", status="postponed", planned_start=at(2027, 2, 10, 13, 30).astimezone(dt.UTC),
           description="Hoãn sang 21/04/2027, giữ nguyên địa điểm."),
    course(7, "HN-CDS-2", "Tập huấn chuyển đổi số trong hoạt động công đoàn", at(2027, 2, 19), 4, "chuyen_doi_so",
           "Trực tuyến"),
    course(8, "TQ-TL-NGANH", "Tập huấn kỹ năng thương lượng tập thể ngành", at(2027, 1, 18, 13, 30), 2, "thuong_luong",
           "Hội trường trụ sở LĐLĐ tỉnh Hà Giang (cũ), phường Hà Giang 1", audiences=("can_bo_cap_tren",)),
    course(9, "GDHN-TL", "Tập huấn kỹ năng thương lượng tập thể", at(2027, 2, 2), 5, "thuong_luong",
           "Hội trường Sở Giáo dục và Đào tạo, phường Cửa Nam"),
    # The audience cell lists the upper-level cadres; the title says whom the class is for.
    course(10, "DHCD-LLCT", "Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách", at(2027, 1, 7), 6,
           "quan_ly_nha_nuoc", "Trường Đại học Công đoàn, 169 Tây Sơn", audiences=("can_bo_cap_tren",),
           topic_text="Quản lý nhà nước, lý luận chính trị"),
    course(11, "BN-LLCT", "Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách", at(2027, 2, 13), 3,
           "quan_ly_nha_nuoc", "Hội trường LĐLĐ tỉnh", audiences=("can_bo_chuyen_trach",),
           topic_text="Quản lý nhà nước, lý luận chính trị"),
    course(12, "DHCD-BDNV", "Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", at(2027, 4, 14), 6,
           "nghiep_vu", "Trường Đại học Công đoàn, 169 Tây Sơn", audiences=("can_bo_cap_tren",)),
    course(13, "LS-NV-QI", "Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", at(2027, 1, 1), 1,
           "nghiep_vu", "Nhà văn hóa trung tâm, phường Lương Văn Tri", tentative="quý I/2027"),
    # Held already this month (now is 23/11/2026).
    course(14, "GDHN-AT-11", "Tập huấn công tác an toàn, vệ sinh lao động cho cán bộ công đoàn", at(2026, 11, 12), 5,
           "atvsld", "Hội trường Sở Giáo dục và Đào tạo", status="finished"),
    course(15, "GDHN-AT-02", "Tập huấn công tác an toàn, vệ sinh lao động cho cán bộ công đoàn", at(2027, 2, 17), 5,
           "atvsld", "Trường THPT Việt Đức"),
]
FACTS = [
    FactRec(1, "LS-KIEN", 1, "LĐLĐ tỉnh Lạng Sơn", 2018, 2018, "nghiep_vu", "Anh Kiên là ai",
            "Anh Nguyễn Văn Kiên, Chủ tịch CĐCS HTX Đồng Tâm, sau khi dự các lớp bồi dưỡng nghiệp vụ công tác "
            "công đoàn cho chủ tịch CĐCS ở Lạng Sơn, đã đưa CĐCS lên vững mạnh.",
            "Kiên chủ tịch CĐCS bồi dưỡng nghiệp vụ Lạng Sơn", None, None, None),
]


TARGETS = [
    TargetRec(id=1, code="CT-LS-2027-LOP", organisation_id=1, organisation_name=ORGS[0].name, period_start=2027,
              period_end=2027, metric="Số lớp tập huấn cán bộ công đoàn", audience=None, target_value=40, unit="lớp",
              achieved_value=None, as_of=None),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=TARGETS, tz=TZ)


def first(qa: QAEngine, question: str) -> str | None:
    ans = qa.answer(question, now=FIXED_NOW)
    return ans.matches[0].code if ans.matches and ans.intent in ("course", "register") else None


@pytest.mark.parametrize(("question", "code"), [
    # «sớm nhất» asks for the nearest class, as «gần nhất» does.
    ("lớp kỹ năng đối thoại tại nơi làm việc sớm nhất là ở đâu vậy", "LS-DT-1"),
    ("lop kiem tra tai chinh cong doan cho ubkt som nhat", "BN-KT-1"),
    # Why the asker wants the evening is no word of a class.
    ("có lớp nào học buổi tối cho người đi làm ca ngày không", "BN-TOI"),
    ("lớp buổi tối cho người đi làm", "BN-TOI"),
    # «học toi» ending a question typed without marks: the evening.
    ("co lop nao hoc toi ko", "BN-TOI"),
    # A commune said, then «quanh đây».
    ("Tôi ở xã Yên Phong, quanh đây có lớp nào không", "BN-KT-1"),
    # A class put off, asked by the month it was planned in.
    ("lop chuyen doi so cua ldld ha noi thang 2 bi doi sang ngay nao", "HN-CDS"),
    ("lớp chuyển đổi số tháng 2 của Hà Nội bị hoãn sang hôm nào", "HN-CDS"),
    # «ngành» the title says after «tập thể»: no sector union asked.
    ("lop thuong luong tap the nganh o ha giang", "TQ-TL-NGANH"),
    # The title's «cho cán bộ công đoàn chuyên trách» says whom the class is for.
    ("lớp lý luận chính trị cho cán bộ chuyên trách sắp mở ở đâu", "DHCD-LLCT"),
    # «BDNV»: bồi dưỡng nghiệp vụ.
    ("lop bdnv ct cdcs cua truong dh cong doan hoc bao lau", "DHCD-BDNV"),
    # «dự kiến khi nào» asks when a planned class is: no «Kiên» of the article.
    ("lớp nghiệp vụ cho chủ tịch CĐCS ở Lạng Sơn dự kiến khi nào", "LS-NV-QI"),
    # A month under way whose class has been held: that class, not «no class this month».
    ("lop atvsld cua cd nganh gd hn thang 11 hoc xong chua", "GDHN-AT-11"),
    # A code of two parts and no digit, whose parts are abbreviations too: the class of that code.
    ("DHCD-BDNV học mấy ngày", "DHCD-BDNV"),
    ("lớp dhcd-llct ở đâu", "DHCD-LLCT"),
])
def test_the_class_asked_comes_first(qa: QAEngine, question: str, code: str) -> None:
    assert first(qa, question) == code


def test_from_now_to_the_end_of_a_month_is_every_class_until_then(qa: QAEngine) -> None:
    ans = qa.answer("cd nganh gd ha noi tu nay den het thang 2 co lop nao", now=FIXED_NOW)
    codes = [c.code for c in ans.courses]
    assert codes == ["GDHN-TL", "GDHN-AT-02"], codes
    assert "từ nay đến hết tháng 2/2027" in reply_text(ans)


def test_a_sector_union_is_still_asked_by_name(qa: QAEngine) -> None:
    ans = qa.answer("cd nganh gd ha noi co lop nao", now=FIXED_NOW)
    assert {c.code for c in ans.courses} == {"GDHN-TL", "GDHN-AT-02"}


def test_the_article_still_answers_who_kien_is(qa: QAEngine) -> None:
    ans = qa.answer("anh Kiên ở Lạng Sơn là ai", now=FIXED_NOW)
    assert ans.matches and ans.matches[0].code == "LS-KIEN"


def test_the_evening_is_not_read_where_toi_is_the_asker(qa: QAEngine) -> None:
    ans = qa.answer("co lop nao hoc toi thang 12 khong", now=FIXED_NOW)
    assert "BN-NGAY" in [c.code for c in ans.courses]


def test_among_those_picks_from_the_list_shown(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, "lớp của trường đại học công đoàn có gì", None, now=FIXED_NOW)
    assert ans is not None and {"DHCD-LLCT", "DHCD-BDNV"} <= {c.code for c in ans.courses}
    ans, _, _ = answer_in_context(qa, "lớp lý luận chính trị trong đó học mấy ngày", subject, now=FIXED_NOW)
    assert ans is not None and ans.matches[0].code == "DHCD-LLCT"


def test_how_many_classes_a_plan_expects_is_its_figure(qa: QAEngine) -> None:
    # «dự kiến mở bao nhiêu lớp» asks the plan's figure; «dự kiến khi nào», a class's date.
    ans = qa.answer("nam sau ldld lang son du kien mo bao nhieu lop", now=FIXED_NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT-LS-2027-LOP"


def test_let_me_ask_is_no_class_for_me() -> None:
    # «Chị cho em hỏi …» asks to be told: the asker's role from the profile does not narrow the classes.
    from knowledge.qa import _asks_for_me
    from knowledge.text import normalise

    assert not _asks_for_me(normalise("Chị cho em hỏi lớp an toàn vệ sinh lao động ở Việt Trì bao giờ học"))
    assert not _asks_for_me(normalise("anh oi cho minh hoi lop atvsld o dau"))
    assert _asks_for_me(normalise("có lớp nào cho em không"))
