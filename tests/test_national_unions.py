"""National bodies in imported plans: a national sector union, the Tổng Liên đoàn and its university hold
classes in some city (most often Hà Nội) but are not that city's unions. They sit under the Tổng Liên đoàn,
their classes are for members everywhere («lớp toàn quốc»), and a question about a province's LĐLĐ does not
list them as that province's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.models import Course, Organisation
from knowledge.orgnames import is_national, org_key
from knowledge.qa import Profile, QAEngine
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc"]
ROWS = [
    ["GD-01", "Tập huấn nghiệp vụ cho chủ tịch công đoàn trường học", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "Công đoàn Giáo dục Việt Nam", "Hà Nội", "Trụ sở Công đoàn Giáo dục Việt Nam", "Trực tuyến", "15/03/2027",
     "16/03/2027"],
    ["YT-01", "Bồi dưỡng nghiệp vụ nữ công ngành y tế", "Công tác nữ công, bình đẳng giới", "Chủ tịch CĐCS",
     "CĐ Y tế Việt Nam", "Hà Nội", "Bệnh viện Bạch Mai", "Tập trung (trực tiếp)", "20/04/2027", "21/04/2027"],
    ["CT-01", "Tập huấn an toàn vệ sinh lao động ngành công thương", "An toàn, vệ sinh lao động", "Chủ tịch CĐCS",
     "Công đoàn Công Thương Việt Nam", "Hà Nội", "Hội trường 54 Hai Bà Trưng", "Trực tuyến", "10/05/2027",
     "11/05/2027"],
    ["TLD-01", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "Tổng LĐLĐ Việt Nam", "Hà Nội", "Phòng họp trực tuyến", "Trực tuyến", "05/06/2027", "06/06/2027"],
    ["DHCD-01", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "Kỹ năng giảng dạy cho giảng viên",
     "Giảng viên kiêm chức", "Trường Đại học Công đoàn", "Hà Nội", "169 Tây Sơn", "Tập trung (trực tiếp)",
     "12/07/2027", "14/07/2027"],
    ["HN-01", "Tập huấn tài chính công đoàn", "Tài chính công đoàn", "Chủ tịch CĐCS", "LĐLĐ thành phố Hà Nội",
     "Hà Nội", "Cung Văn hóa Lao động", "Tập trung (trực tiếp)", "08/04/2027", "09/04/2027"],
    ["CTH-01", "Tập huấn nghiệp vụ cho chủ tịch CĐCS", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Hội trường LĐLĐ", "Tập trung (trực tiếp)", "18/03/2027", "19/03/2027"],
    ["CTH-02", "Bồi dưỡng nghiệp vụ cho công đoàn trường học", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "Công đoàn ngành Giáo dục thành phố Cần Thơ", "Cần Thơ", "Trường THPT Châu Văn Liêm", "Tập trung (trực tiếp)",
     "22/03/2027", "23/03/2027"],
]


@pytest.fixture
def imported(session: Session, tmp_path: Path) -> Session:
    load_builtin(session)
    session.commit()
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *ROWS]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    return session


def by_name(session: Session, name: str) -> Organisation:
    """A union by its name as the plan wrote it (the stored name has abbreviations written out)."""
    found = [o for o in session.scalars(select(Organisation)) if org_key(o.name) == org_key(name)]
    assert len(found) == 1, name
    return found[0]


def test_national_bodies_are_told_from_their_names() -> None:
    for name in ("Công đoàn Giáo dục Việt Nam", "CĐ Y tế Việt Nam", "Công đoàn ngành Y tế Việt Nam",
                 "Tổng LĐLĐ Việt Nam", "Ban Tổ chức Tổng LĐLĐ Việt Nam", "Trường Đại học Công đoàn",
                 "Viện Công nhân và Công đoàn", "Công đoàn Than - Khoáng sản Việt Nam"):
        assert is_national(name), name
    for name in ("Công đoàn ngành Giáo dục thành phố Cần Thơ", "CĐCS Công ty TNHH Samsung Electronics Việt Nam",
                 "Công đoàn Tổng công ty Cà phê Việt Nam", "Trường Trung cấp Công đoàn Hà Nội",
                 "Trường Cao đẳng Việt Nam - Hàn Quốc Quảng Ngãi", "LĐLĐ tỉnh Lạng Sơn", "Trường THPT Chu Văn An",
                 "CĐ Tập đoàn Công nghiệp Cao su Việt Nam khu vực Tây Nguyên"):
        assert not is_national(name), name


def test_national_bodies_go_under_the_tong_lien_doan_whatever_city_hosts_their_classes(imported: Session) -> None:
    root = by_name(imported, "Tổng Liên đoàn Lao động Việt Nam")
    for name in ("Công đoàn Giáo dục Việt Nam", "CĐ Y tế Việt Nam", "Công đoàn Công Thương Việt Nam",
                 "Trường Đại học Công đoàn"):
        org = by_name(imported, name)
        assert org.parent_id == root.id, name
        assert org.province is None, name  # its office's city is not its province
    # The class keeps the city it is held in.
    course = imported.scalar(select(Course).where(Course.code == "GD-01"))
    assert course is not None and course.province == "Hà Nội"


def test_a_union_goes_under_its_provinces_union_created_by_the_same_file(imported: Session) -> None:
    province = by_name(imported, "LĐLĐ thành phố Cần Thơ")
    sector = by_name(imported, "Công đoàn ngành Giáo dục thành phố Cần Thơ")
    assert sector.parent_id == province.id
    assert sector.province == "Cần Thơ"


def codes(engine: QAEngine, question: str, profile: Profile | None = None) -> list[str]:
    ans = engine.answer(question, now=NOW, profile=profile)
    assert ans.intent == "course", (question, ans.intent)
    return [m.code for m in ans.matches]


def test_a_provinces_union_does_not_list_the_national_bodies_held_in_its_city(imported: Session) -> None:
    engine = QAEngine.from_session(imported, tz=TZ)
    assert codes(engine, "LĐLĐ Hà Nội có lớp nào") == ["HN-01"]
    # Held in Hà Nội they are: a question about the place finds them too.
    assert {"GD-01", "HN-01"} <= set(codes(engine, "lớp ở Hà Nội"))


def test_national_classes_are_found_from_any_province(imported: Session) -> None:
    engine = QAEngine.from_session(imported, tz=TZ)
    chair = Profile(role="chu_tich_cdcs", province="Cần Thơ")
    assert codes(engine, "có lớp nào của công đoàn giáo dục không", chair)[0] == "GD-01"
    assert set(codes(engine, "lớp trực tuyến toàn quốc", chair)) == {"GD-01", "CT-01", "TLD-01"}
    nationwide = set(codes(engine, "lớp cấp trung ương cho chủ tịch công đoàn cơ sở", chair))
    assert nationwide == {"GD-01", "YT-01", "CT-01", "TLD-01"}  # not Hà Nội's nor Cần Thơ's own classes


def test_a_national_body_an_earlier_import_filed_under_a_province_is_moved(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    hanoi = session.scalar(select(Organisation).where(Organisation.code == "HN"))
    assert hanoi is not None
    session.add(Organisation(code="cong-doan-giao-duc-viet-nam", name="Công đoàn Giáo dục Việt Nam", kind="sector",
                             province="Hà Nội", parent=hanoi, aliases=""))
    session.commit()
    report = import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, ROWS[0]]), tz=TZ,
                         reminder_config=reminders.Config(wording=WORDING), now=NOW)
    sector = by_name(session, "Công đoàn Giáo dục Việt Nam")
    assert sector.parent is not None and sector.parent.kind == "national" and sector.province is None
    assert "Đã chuyển về trực thuộc Tổng Liên đoàn" in report.summary()


def test_the_askers_own_union_answers_for_its_targets_not_the_union_under_it(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    header = ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính", "Đã đạt"]
    rows = [["CT-DN", "LĐLĐ tỉnh Đồng Nai", "2025", "Tỷ lệ cán bộ chuyên trách được bồi dưỡng", "100", "%", "100"],
            ["CT-KCN", "Công đoàn các KCN tỉnh Đồng Nai", "2025", "Số lớp tập huấn do đơn vị tổ chức", "30", "lớp",
             "30"]]
    import_file(session, write_csv(tmp_path / "chi-tieu.csv", [header, *rows]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    province = by_name(session, "LĐLĐ tỉnh Đồng Nai")
    # Both new in one file: the KCN union goes under the province's union the same file creates.
    assert by_name(session, "Công đoàn các KCN tỉnh Đồng Nai").parent_id == province.id
    engine = QAEngine.from_session(session, tz=TZ)
    mine = Profile(role="chu_tich_cdcs", province="Đồng Nai", organisation_id=province.id)
    ans = engine.answer("đơn vị mình đạt chỉ tiêu đào tạo chưa năm 2025", now=NOW, profile=mine)
    assert ans.intent == "target" and [m.code for m in ans.matches] == ["CT-DN"]
