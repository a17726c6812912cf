"""Five plans as offices really send them (tests/messy_plans.py) import as written, each value read right,
and what cannot be read is refused with the row and the column; the habits each rule accepts, one by one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models import Course, Organisation, Target
from knowledge.orgnames import from_capitals
from knowledge.plans.dates import excel_serial, parse_when
from knowledge.seed import load_builtin
from knowledge.transfer import ImportReport, TransferError, repair_mojibake
from tests import messy_plans as plans
from tests.test_office_plans import by_title as course
from tests.test_office_plans import run as office_run
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2027, 1, 12, 9, 0, tzinfo=TZ)


def utc(year: int, month: int, day: int, hour: int = 8, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def run(session: Session, path: Path) -> ImportReport:
    return office_run(session, path, now=NOW)


def union(session: Session, name: str) -> Organisation:
    found = session.scalar(select(Organisation).where(Organisation.name == name))
    assert found is not None, name
    return found


@pytest.fixture
def builtin(session: Session) -> Session:
    load_builtin(session)
    session.commit()
    return session


def test_every_messy_plan_imports_and_a_second_import_changes_nothing(builtin: Session, tmp_path: Path) -> None:
    for name, make in plans.PLANS.items():
        path = make(tmp_path / name)
        first = run(builtin, path)
        assert first.courses.created >= 3, name
        again = run(builtin, path)
        assert (again.courses.created, again.courses.updated) == (0, 0), name


def test_per_format_x_columns_serials_and_the_signature_block(builtin: Session, tmp_path: Path) -> None:
    report = run(builtin, plans.quang_ninh_xlsx(tmp_path / "qn.xlsx"))
    assert report.courses.created == 5
    skipped = {row: why for _sheet, row, why in report.skipped}
    assert {r for r, why in skipped.items() if why == "mục"} == set(plans.QN_SECTIONS)
    assert set(plans.QN_FOOTER) <= {r for r, why in skipped.items() if why == "phần ký tên"}
    chair = course(builtin, "Chủ tịch CĐCS khu vực doanh nghiệp")
    # Excel serial numbers in General cells are the days they stand for.
    assert (chair.starts_at, chair.ends_at) == (utc(2027, 3, 16), utc(2027, 3, 18, 17))
    assert chair.format == "tap_trung" and chair.capacity == 120
    assert course(builtin, "an toàn").format == "ket_hop"  # both columns marked
    assert course(builtin, "chuyển đổi số").format == "truc_tuyen"
    assert course(builtin, "tài chính").format == "tap_trung"  # a capital «X» marks too
    # The issuing union comes from the title block, written as in running text, under the Tổng Liên đoàn.
    issuer = union(builtin, "Liên đoàn Lao động tỉnh Quảng Ninh")
    assert chair.organiser_id == issuer.id and issuer.kind == "province"
    # The budget column nobody asked for is a warning, never a refusal.
    assert any(w.column == "Kinh phí (triệu đồng)" for w in report.warnings)


def test_windows_1258_csv_with_one_from_to_column(builtin: Session, tmp_path: Path) -> None:
    report = run(builtin, plans.nghe_an_csv(tmp_path / "na.csv"))
    assert report.courses.created == 4
    assert any("Windows-1258" in w.message for w in report.warnings)
    first = course(builtin, "cho cán bộ mới")
    assert (first.starts_at, first.ends_at) == (utc(2027, 3, 12), utc(2027, 3, 14, 17))
    assert first.audiences == "chu_tich_cdcs;pho_chu_tich_cdcs"
    assert course(builtin, "đối thoại").starts_at == utc(2027, 4, 20)  # a serial number written as text
    assert course(builtin, "Luật Công đoàn").ends_at == utc(2027, 5, 6, 17)  # «Từ 05/5 đến 06/5/2027»
    ward = union(builtin, "Công đoàn phường Hoàng Mai")
    assert ward.parent is not None and ward.parent.name == "Liên đoàn Lao động tỉnh Nghệ An"


def test_a_national_plan_in_its_own_column_order(builtin: Session, tmp_path: Path) -> None:
    report = run(builtin, plans.giao_duc_xlsx(tmp_path / "gd.xlsx"))
    assert report.courses.created == 4
    # «Nơi nhận:» in the time column is the signature block, not a class without a name.
    assert {row for _s, row, why in report.skipped if why == "phần ký tên"} == {15, 16, 17}
    sector = union(builtin, "Công đoàn Giáo dục Việt Nam")
    assert sector.parent is not None and sector.parent.kind == "national" and sector.province is None
    assert course(builtin, "chuyển đổi số").starts_at == utc(2027, 9, 15)  # «Ngày 15/9» of the plan's year
    assert course(builtin, "ngoài công lập").format == "ket_hop"  # «Trực tiếp + trực tuyến»
    assert course(builtin, "ngoài công lập").province == "Hồ Chí Minh"
    assert course(builtin, "giảng viên").starts_at == utc(2027, 11, 3, 7, 30)


def test_a_csv_garbled_by_windows_1252_is_read_back(builtin: Session, tmp_path: Path) -> None:
    report = run(builtin, plans.kcn_bac_ninh_csv(tmp_path / "kcn.csv"))
    assert report.courses.created == 3
    assert any("lỗi bảng mã" in w.message for w in report.warnings)
    zone = union(builtin, "Công đoàn các khu công nghiệp tỉnh Bắc Ninh")
    assert zone.kind == "industrial_zone"
    # Every province has a «Công đoàn các KCN»: the title block's LĐLĐ line says whose it is.
    assert zone.parent is not None and zone.parent.name == "Liên đoàn Lao động tỉnh Bắc Ninh"
    talks = course(builtin, "thương lượng")
    assert talks.title == "Kỹ năng thương lượng tập thể về tiền lương"
    assert (talks.starts_at, talks.ends_at, talks.format) == (utc(2027, 4, 15), utc(2027, 4, 16, 17), "tap_trung")
    assert course(builtin, "Pháp luật").format == "truc_tuyen"
    assert course(builtin, "an toàn").format == "ket_hop"
    assert {row for _s, row, why in report.skipped if why == "dòng tổng"} == {11}


def test_a_workbook_with_a_guide_sheet_line_breaks_and_targets(builtin: Session, tmp_path: Path) -> None:
    report = run(builtin, plans.ho_chi_minh_xlsx(tmp_path / "hcm.xlsx"))
    assert (report.courses.created, report.targets.created) == (3, 2)
    women = course(builtin, "nữ công")
    assert women.starts_at == utc(2027, 4, 12, 13, 30) and women.days == 2  # «1,5 ngày» takes two days
    # «Trưởng, phó ban nữ công CĐCS»: both titles hold the office, the nữ công officers' role, in the plan's words.
    assert (women.audiences, women.audience_text) == ("can_bo_nu_cong", "")
    assert women.audience_written == "Trưởng, phó ban nữ công CĐCS"
    assert course(builtin, "giảng viên").tentative == "cuối tháng 8/2027"
    # Skipped rows of two sheets say which sheet they are on.
    assert "[Chỉ tiêu] 8 (dòng tổng)" in report.summary() and "[Kế hoạch] 10, 14 (mục)" in report.summary()
    targets = builtin.scalars(select(Target).where(Target.period_start == 2027)).all()
    assert sorted(t.target_value for t in targets) == [450, 1200]


def test_a_bad_mark_or_time_is_refused_naming_row_and_column(builtin: Session, tmp_path: Path) -> None:
    path = plans.quang_ninh_xlsx(tmp_path / "qn.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["G12"] = "Zoom"  # not a mark
    sheet["D13"] = "sau Tết"
    workbook.save(path)
    with pytest.raises(TransferError) as caught:
        run(builtin, path)
    issues = {(i.row, i.column): i.message for i in caught.value.issues}
    assert "«x»" in issues[(12, "Trực tuyến")]
    assert "thời gian hợp lệ" in issues[(13, "Bắt đầu")]  # the second header line names the column
    assert "Dòng 12, cột \"Trực tuyến\"" in str(caught.value)
    assert builtin.scalar(select(Course).where(Course.title.contains("doanh nghiệp"))) is None  # nothing written


def test_format_columns_side_by_side_in_a_one_line_header(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "marks.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Trực tiếp", "Trực tuyến"],
        ["Lớp A", "15/3/2027", "x", ""],
        ["Lớp B", "16/3/2027", "", "x"],
        ["Lớp C", "17/3/2027", "x", "x"],
    ])
    run(session, path)
    formats = {c.title: c.format for c in session.scalars(select(Course))}
    assert formats == {"Lớp A": "tap_trung", "Lớp B": "truc_tuyen", "Lớp C": "ket_hop"}


def test_excel_serials_only_within_plausible_years() -> None:
    assert excel_serial(46462) == dt.datetime(2027, 3, 16)
    assert excel_serial(46462.5) == dt.datetime(2027, 3, 16, 12, 0)
    assert excel_serial(120) is None and excel_serial(2027) is None  # a count or a year is no date
    assert parse_when("46462").start == dt.date(2027, 3, 16)


def test_mojibake_is_repaired_and_correct_text_left_alone() -> None:
    for text in ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "Từ ngày - đến ngày", "Trực tuyến"):
        assert repair_mojibake(plans.mojibake(text)) == text
    for text in ("Tập huấn «an toàn» – vệ sinh", "Hà Nội, ngày 5 tháng 1", "Số chỗ: 50 ©", "Café"):
        assert repair_mojibake(text) == text


def test_union_names_from_a_title_block_in_capitals() -> None:
    assert from_capitals("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN") == "Liên đoàn Lao động tỉnh Nghệ An"
    assert from_capitals("CÔNG ĐOÀN GIÁO DỤC VIỆT NAM") == "Công đoàn Giáo dục Việt Nam"
    assert from_capitals("CĐ PHƯỜNG HOÀNG MAI") == "CĐ phường Hoàng Mai"
    assert from_capitals("LĐLĐ TP HỒ CHÍ MINH") == "LĐLĐ TP Hồ Chí Minh"
    assert from_capitals("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH THANH HÓA") == "Công đoàn ngành Y tế tỉnh Thanh Hóa"
    assert from_capitals("LĐLĐ tỉnh Lạng Sơn") == "LĐLĐ tỉnh Lạng Sơn"  # as written when not all capitals


def test_dates_with_weekdays_day_lists_and_weeks_as_offices_write_them() -> None:
    def read(text: str) -> tuple[dt.date, dt.date | None, str | None]:
        when = parse_when(text, 2027)
        return when.start, when.end, when.tentative

    march = dt.date(2027, 3, 12), dt.date(2027, 3, 13), None
    assert read("12, 13/3/2027") == read("12 và 13/3/2027") == read("12/3, 13/3/2027") == march
    assert read("Thứ Hai, 15/3/2027") == read("Sáng 15/3/2027") == (dt.date(2027, 3, 15), None, None)
    # Every weekday's name, «Thứ Tư» too (folded «thu tu», its «tu» is also «từ» as in «từ ngày 15/3»).
    for weekday in ("Thứ Ba", "Thứ Tư", "Thứ tư", "Thứ 4", "T4", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật", "CN"):
        assert read(f"{weekday}, 15/3/2027") == (dt.date(2027, 3, 15), None, None), weekday
    assert read("Thứ Tư, 15/3/2027 08:00") == (dt.date(2027, 3, 15), None, None)
    assert read("T4 15/3/2027") == (dt.date(2027, 3, 15), None, None)
    assert read("T2/2027") == (dt.date(2027, 2, 1), None, "tháng 2/2027")  # February, not a Monday
    assert read("Tuần 2 tháng 3/2027") == (dt.date(2027, 3, 1), None, "tháng 3/2027")
    assert read("Đầu quý II/2027") == (dt.date(2027, 4, 1), None, "quý II/2027")
    assert parse_when("15/3/2027, 8h00").time == dt.time(8, 0)
    # A date a program wrote out with its stored midnight is a date alone; a time typed by hand is kept.
    assert parse_when("2027-03-15 00:00:00").time is None
    assert parse_when("15/03/2027 00:00").time == dt.time(0, 0)


def test_only_a_bare_truong_or_pho_shares_the_office_after_it(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roles.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Đối tượng"],
        ["Lớp A", "15/3/2027", "Chủ tịch, ủy viên BCH CĐCS"],
        ["Lớp B", "16/3/2027", "Trưởng, phó ban nữ công CĐCS"],
    ])
    run(session, path)
    read = {c.title: (c.audiences, c.audience_text) for c in session.scalars(select(Course))}
    assert read["Lớp A"] == ("chu_tich_cdcs;uy_vien_bch", "")
    assert read["Lớp B"] == ("can_bo_nu_cong", "")


def test_seats_as_offices_write_them(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "seats.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Số lượng"],
        ["Lớp A", "15/3/2027", "50-60 người"],
        ["Lớp B", "16/3/2027", "100 (2 lớp)"],
        ["Lớp C", "17/3/2027", "40/lớp"],
    ])
    run(session, path)
    assert {c.title: c.capacity for c in session.scalars(select(Course))} == {"Lớp A": 60, "Lớp B": 100, "Lớp C": 40}
    bad = tmp_path / "bad.csv"
    bad.write_text("Tên lớp,Ngày bắt đầu,Số lượng\nLớp D,18/3/2027,-5\n", encoding="utf-8")
    with pytest.raises(TransferError) as caught:
        run(session, bad)
    assert 'Dòng 2, cột "Số lượng": "-5" không phải số nguyên dương' in str(caught.value)


def test_seats_in_words_that_count_no_people_import_with_a_warning(session: Session, tmp_path: Path) -> None:
    # An online class «300 điểm cầu» or «2 lớp x 50»: the plan is not refused over an optional column;
    # the words stay readable in the notes and registration is not limited by a made-up number.
    path = write_csv(tmp_path / "seats.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Số lượng"],
        ["Lớp trực tuyến", "15/3/2027", "300 điểm cầu"],
        ["Lớp đôi", "16/3/2027", "2 lớp x 50"],
        ["Lớp thường", "17/3/2027", "45"],
    ])
    report = run(session, path)
    read = {c.title: (c.capacity, c.description or "") for c in session.scalars(select(Course))}
    assert read["Lớp thường"] == (45, "")
    assert read["Lớp trực tuyến"][0] is None and "Số chỗ: 300 điểm cầu" in read["Lớp trực tuyến"][1]
    assert read["Lớp đôi"][0] is None and "Số chỗ: 2 lớp x 50" in read["Lớp đôi"][1]
    said = report.summary()
    assert '"300 điểm cầu" không đọc được thành số chỗ' in said


def test_a_unicode_text_file_saved_as_csv(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("Tên lớp\tNgày bắt đầu\r\nTập huấn nữ công\t15/3/2027\r\n".encode("utf-16"))
    run(session, path)
    assert [c.title for c in session.scalars(select(Course))] == ["Tập huấn nữ công"]


def test_a_signature_block_spread_over_the_title_and_date_columns_is_skipped(builtin: Session,
                                                                            tmp_path: Path) -> None:
    # An office's Excel export puts «Nơi nhận:» under the class names and the signer's lines under the
    # start dates: the block is no class, and the classes above it import.
    header = ["STT", "Mã lớp", "Tên lớp học", "Đối tượng tham gia", "Đơn vị chủ trì", "Địa điểm tổ chức",
              "Ngày bắt đầu", "Ngày kết thúc"]
    rows = [
        ["LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "", "", "", "", "", "", ""],
        ["", "", "KẾ HOẠCH tập huấn năm 2027", "", "", "", "", ""],
        header,
        ["1", "GL-1", "Tập huấn nghiệp vụ chủ tịch CĐCS", "Chủ tịch CĐCS", "LĐLĐ tỉnh Gia Lai", "Pleiku",
         "12/03/2027", "13/03/2027"],
        ["", "", "", "", "", "", "", ""],
        ["", "", "Nơi nhận:", "", "", "", "TL. ĐOÀN CHỦ TỊCH", ""],
        ["", "", "- Các LĐLĐ tỉnh, thành phố;", "", "", "", "TRƯỞNG BAN TỔ CHỨC", ""],
        ["", "", "- Lưu: VT, Ban TC.", "", "", "", "(đã ký)", ""],
        ["", "", "", "", "", "", "Nguyễn Văn An", ""],
    ]
    report = run(builtin, write_csv(tmp_path / "gl.csv", rows, delimiter=";"))
    assert report.courses.created == 1
    assert {row for _s, row, why in report.skipped if why == "phần ký tên"} == {6, 7, 8, 9}
    assert course(builtin, "chủ tịch CĐCS").starts_at == utc(2027, 3, 12)


def test_a_class_without_a_date_figure_above_the_signatures_is_still_refused(builtin: Session,
                                                                           tmp_path: Path) -> None:
    # Only the signature block's own words are skipped: a class whose time is words is an error to fix.
    header = ["Mã lớp", "Tên lớp học", "Ngày bắt đầu"]
    rows = [header, ["GL-2", "Tập huấn công tác nữ công", "đầu năm sau"]]
    with pytest.raises(TransferError) as err:
        run(builtin, write_csv(tmp_path / "gl2.csv", rows))
    assert "Dòng 2" in str(err.value) and "Ngày bắt đầu" in str(err.value)
