"""Province cells as offices write them since the 2025 merger: today's province with the former one it took
in («Cần Thơ (Sóc Trăng cũ)», «Đồng Nai - Bình Phước cũ»). The class is placed in the former province, so a
question naming either the former or today's province finds it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.models import Course
from knowledge.qa import QAEngine
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Ngày bắt đầu"]


def test_a_province_cell_naming_the_former_province_places_the_class_there(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    path = write_csv(tmp_path / "kehoach.csv", [
        HEADER,
        ["ST-1", "Kỹ năng đối thoại tại nơi làm việc", "Chủ tịch CĐCS", "LĐLĐ TP Cần Thơ",
         "Cần Thơ (Sóc Trăng cũ)", "Hội trường phường Phú Lợi", "15/12/2026"],
        ["BP-1", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS", "LĐLĐ tỉnh Đồng Nai",
         "Đồng Nai - Bình Phước cũ", "Nhà văn hóa xã Chơn Thành", "16/12/2026"],
        ["CT-1", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS", "LĐLĐ TP Cần Thơ",
         "TP Cần Thơ", "Hội trường LĐLĐ, phường Ninh Kiều", "10/12/2026"],
        ["XX-1", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ TP Cần Thơ",
         "Cần Thơ, Đồng Nai", "Trực tuyến", "11/12/2026"],
    ])
    report = import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)
    session.commit()
    province = {c.code: c.province for c in session.scalars(select(Course))}
    assert province == {"ST-1": "Sóc Trăng", "BP-1": "Bình Phước", "CT-1": "Cần Thơ", "XX-1": "Cần Thơ, Đồng Nai"}
    warned = [w for w in report.warnings if "danh sách tỉnh" in str(w)]
    assert len(warned) == 1 and "Cần Thơ, Đồng Nai" in str(warned[0])  # two unrelated provinces stay as written

    engine = QAEngine.from_session(session, tz=TZ)
    asked = {q: [m.code for m in engine.answer(q, now=NOW).matches]
             for q in ("binh phuoc cu co lop j ko", "lớp cho chủ tịch CĐCS ở Đồng Nai", "lop o soc trang",
                       "lớp cho chủ tịch CĐCS ở Cần Thơ")}
    assert "BP-1" in asked["binh phuoc cu co lop j ko"][:1]
    assert "BP-1" in asked["lớp cho chủ tịch CĐCS ở Đồng Nai"]
    assert asked["lop o soc trang"][:1] == ["ST-1"]
    assert {"ST-1", "CT-1"} <= set(asked["lớp cho chủ tịch CĐCS ở Cần Thơ"])


def test_a_class_in_a_former_province_says_the_old_name_and_todays() -> None:
    from handlers.compose import place_of

    assert place_of("Khách sạn Mekong, phường Sóc Trăng", "Sóc Trăng") == (
        "Khách sạn Mekong, phường Sóc Trăng (Sóc Trăng cũ), Cần Thơ")
    # The venue says it already, as plans often do: not twice.
    assert place_of("Nhà văn hóa phường Vị Thanh (Hậu Giang cũ)", "Hậu Giang") == (
        "Nhà văn hóa phường Vị Thanh (Hậu Giang cũ), Cần Thơ")
    assert place_of(None, "Bình Phước") == "Đồng Nai (Bình Phước cũ)"
    assert place_of("phường Phú Lợi, Cần Thơ", "Sóc Trăng") == "phường Phú Lợi, Cần Thơ (Sóc Trăng cũ)"
    assert place_of("Hội trường LĐLĐ", "Cần Thơ") == "Hội trường LĐLĐ, Cần Thơ"
    assert place_of("Hội trường", "Cần Thơ, Đồng Nai") == "Hội trường, Cần Thơ, Đồng Nai"  # not a province: as written
    assert place_of(None, None) == ""
