"""Plans as union offices write them (issue 14): title block, merged cells, sections, totals, signatures, no
codes, month and quarter periods, ranges, organisers' own words; union names; the sample never beside them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handlers import notices
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.models import Course, Organisation, OutboxJob, Registration, Target, UserProfile
from knowledge.orgnames import core_key, guess_kind, org_key, province_in
from knowledge.plans import sample
from knowledge.seed import load_builtin, load_sample
from knowledge.transfer import ImportReport, TransferError, import_file
from tests.office_plans import CLASS_ROWS, FOOTER_ROWS, SECTION_ROWS, TOTAL_ROW, provincial_plan
from tests.test_transfer import write_csv, write_xlsx

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2027, 1, 10, 9, 0, tzinfo=TZ)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def run(session: Session, path: Path, now: dt.datetime = NOW) -> ImportReport:
    return import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=now)


def by_title(session: Session, words: str) -> Course:
    found = session.scalars(select(Course).where(Course.title.contains(words))).all()
    assert len(found) == 1, [c.title for c in found]
    return found[0]


def org(session: Session, code: str) -> Organisation:
    found = session.scalar(select(Organisation).where(Organisation.code == code))
    assert found is not None
    return found


@pytest.fixture
def builtin(session: Session) -> Session:
    load_builtin(session)
    session.commit()
    return session


def test_office_plan_imports_with_its_classes_skips_and_warnings(builtin: Session, tmp_path: Path) -> None:
    session = builtin
    report = run(session, provincial_plan(tmp_path / "ke-hoach-2027.xlsx"))

    assert (report.courses.created, report.courses.updated, report.courses.unchanged) == (5, 0, 0)
    skipped = {row: why for _sheet, row, why in report.skipped}
    assert {row for row, why in skipped.items() if why == "mục"} == set(SECTION_ROWS)
    assert skipped[TOTAL_ROW] == "dòng tổng"
    assert set(FOOTER_ROWS) <= {row for row, why in skipped.items() if why == "phần ký tên"}
    assert not set(CLASS_ROWS.values()) & set(skipped)
    assert "Bỏ qua" in report.summary() and "11, 15 (mục)" in report.summary()

    lang_son = org(session, "LS")
    first = by_title(session, "nghiệp vụ cho cán bộ CĐCS")
    assert first.code.startswith("KH2027-")
    assert (first.starts_at, first.ends_at) == (utc(2027, 9, 3, 8), utc(2027, 9, 5, 17))
    assert first.audiences == "chu_tich_cdcs;pho_chu_tich_cdcs" and first.audience_text == ""
    assert first.organiser_id == lang_son.id and first.capacity == 80 and first.tentative is None
    assert first.status == "open"

    finance = by_title(session, "tài chính")
    assert finance.tentative == "tháng 9/2027" and finance.status == "planned"
    assert finance.starts_at == utc(2027, 9, 1, 8) and finance.ends_at is None
    assert finance.audiences == "ke_toan_cdcs" and finance.audience_text == "Thủ quỹ"
    assert finance.organiser_id == lang_son.id  # the merged organiser cell covers it
    # Both unknown audiences of the cell in one warning, located at its row and column.
    warning = next(w for w in report.warnings if w.row == CLASS_ROWS["tai_chinh"] and w.column == "Đối tượng")
    assert '"Thủ quỹ"' in warning.message and 'kế toán' not in warning.message  # kế toán is a role

    talks = by_title(session, "thương lượng")
    assert talks.starts_at == utc(2027, 10, 12, 8) and talks.ends_at == utc(2027, 10, 13, 17)  # Số ngày 2
    assert talks.audiences == "uy_vien_bch" and talks.topic == "" and talks.description == "Mời báo cáo viên"
    assert talks.organiser_id == lang_son.id

    women = by_title(session, "nữ công")
    assert women.tentative == "quý IV/2027" and women.starts_at == utc(2027, 10, 1, 8)
    # The women's-affairs cadres are a role of the catalogue: the cell is read as it, no words left over.
    assert women.audiences == "can_bo_nu_cong" and women.audience_text == ""
    ward = women.organiser
    assert ward is not None and ward.name == "Công đoàn phường Đông Kinh"  # written out; the plan's «CĐ» an alias
    assert (ward.kind, ward.parent_id, ward.province) == ("commune", lang_son.id, "Lạng Sơn")

    safety = by_title(session, "an toàn")
    assert (safety.starts_at, safety.ends_at) == (utc(2027, 11, 3, 8), utc(2027, 11, 5, 17))
    assert safety.audiences == "doan_vien"
    zone = safety.organiser
    assert zone is not None and (zone.kind, zone.parent_id) == ("industrial_zone", lang_son.id)
    assert len(report.organisations_created) == 2
    assert "Công đoàn phường Đông Kinh (xã/phường, thuộc Liên đoàn Lao động tỉnh Lạng Sơn)" in report.summary()


def test_reimport_of_the_same_plan_changes_nothing(builtin: Session, tmp_path: Path) -> None:
    path = provincial_plan(tmp_path / "kh.xlsx")
    run(builtin, path)
    codes = set(builtin.scalars(select(Course.code)))
    orgs = builtin.scalar(select(func.count()).select_from(Organisation))

    again = run(builtin, path)

    assert (again.courses.created, again.courses.updated, again.courses.unchanged) == (0, 0, 5)
    assert again.organisations_created == []
    assert set(builtin.scalars(select(Course.code))) == codes
    assert builtin.scalar(select(func.count()).select_from(Organisation)) == orgs


def test_a_corrected_date_turns_a_tentative_class_into_a_dated_one_with_reminders(
    builtin: Session, tmp_path: Path
) -> None:
    session = builtin
    config = reminders.Config(wording=WORDING)
    now = NOW.astimezone(dt.UTC)
    run(session, provincial_plan(tmp_path / "kh.xlsx"))
    finance = by_title(session, "tài chính")
    planned = reminders.plan(session=session, now=now, config=config, tz=TZ)
    assert not [p for p in planned if p.course_id == finance.id]  # no class reminders for «dự kiến»

    report = run(session, provincial_plan(tmp_path / "kh-sua.xlsx", tai_chinh_when="15-16/9/2027"))

    assert (report.courses.created, report.courses.updated, report.courses.unchanged) == (0, 1, 4)
    session.refresh(finance)
    assert finance.tentative is None and finance.status == "open"
    assert (finance.starts_at, finance.ends_at) == (utc(2027, 9, 15, 8), utc(2027, 9, 16, 17))
    planned = reminders.plan(session=session, now=now, config=config, tz=TZ)
    kinds = {p.kind for p in planned if p.course_id == finance.id}
    assert kinds == {"class"}


def test_tentative_class_with_a_deadline_gets_only_the_deadline_reminder(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", [["Tên lớp", "Thời gian", "Hạn đăng ký", "Trạng thái"],
                                           ["Lớp A", "Quý III/2027", "20/06/2027", "Mở đăng ký"]])
    run(session, path)
    course = by_title(session, "Lớp A")
    now = NOW.astimezone(dt.UTC)
    planned = reminders.plan(session=session, now=now, config=reminders.Config(wording=WORDING), tz=TZ)
    assert {p.kind for p in planned if p.course_id == course.id} == {"deadline"}
    text = notices.deadline_text(course, now, TZ)
    assert "Lớp học: dự kiến quý III/2027" in text


def test_dates_as_offices_write_them(session: Session, tmp_path: Path) -> None:
    rows = [["KẾ HOẠCH TẬP HUẤN NĂM 2027"], [],
            ["TT", "Tên lớp", "Thời gian tổ chức", "Số ngày", "Hạn đăng ký"],
            ["1", "Lớp một", "Ngày 15/9", "", ""],
            ["2", "Lớp hai", "28/9 - 2/10/2027", "", ""],
            ["3", "Lớp ba", "T9/2027", "", ""],
            ["4", "Lớp bốn", "12/10/2027", "3 ngày", "12/10/2027"],
            ["5", "Lớp năm", "quý 2 năm 2027", "", ""],
            ["6", "Lớp sáu", "cuối tháng 11", "", ""]]
    run(session, write_csv(tmp_path / "d.csv", rows))
    assert by_title(session, "một").starts_at == utc(2027, 9, 15, 8)  # the year from the title
    two = by_title(session, "hai")
    assert (two.starts_at, two.ends_at) == (utc(2027, 9, 28, 8), utc(2027, 10, 2, 17))
    assert by_title(session, "ba").tentative == "tháng 9/2027"
    four = by_title(session, "bốn")
    assert four.ends_at == utc(2027, 10, 14, 17)
    # A deadline on the first day (date only) is accepted: registration closes when the class starts.
    assert four.registration_deadline == four.starts_at
    assert by_title(session, "năm").tentative == "quý II/2027"
    assert by_title(session, "sáu").tentative == "cuối tháng 11/2027"


def test_a_deadline_after_the_first_day_is_still_refused(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", [["Tên lớp", "Ngày bắt đầu", "Hạn đăng ký"], ["A", "12/10/2027", "13/10/2027"]])
    with pytest.raises(TransferError) as caught:
        run(session, path)
    assert "hạn đăng ký phải trước khi lớp bắt đầu" in str(caught.value)


def test_every_bad_value_is_reported_in_one_pass_and_nothing_is_refused_for_words(
    session: Session, tmp_path: Path
) -> None:
    rows = [["Tên lớp", "Ngày bắt đầu", "Chủ đề", "Đối tượng"],
            ["A", "1/10/2027", "Kỹ năng nói trước công chúng", "Giám đốc, Kế toán trưởng; Chủ tịch CĐCS"],
            ["B", "ngày mai", "ATVSLĐ", "PCT CĐCS"]]
    with pytest.raises(TransferError) as caught:
        run(session, write_csv(tmp_path / "k.csv", rows))
    assert [(i.row, i.column) for i in caught.value.issues] == [(3, "Ngày bắt đầu")]
    warnings = caught.value.warnings
    topic = next(w for w in warnings if w.column == "Chủ đề")
    assert topic.row == 2 and "Kỹ năng nói trước công chúng" in topic.message
    audience = next(w for w in warnings if w.column == "Đối tượng")
    assert '"Giám đốc"' in audience.message and '"Kế toán trưởng"' in audience.message

    rows[2][1] = "2/10/2027"
    report = run(session, write_csv(tmp_path / "k2.csv", rows))
    assert report.courses.created == 2
    a, b = by_title(session, "A"), by_title(session, "B")
    assert (a.topic, a.topic_text) == ("", "Kỹ năng nói trước công chúng")
    assert (a.audiences, a.audience_text) == ("chu_tich_cdcs", "Giám đốc; Kế toán trưởng")
    assert (b.topic, b.audiences) == ("atvsld", "pho_chu_tich_cdcs")


def test_short_names_of_builtin_unions_resolve_to_them(builtin: Session, tmp_path: Path) -> None:
    session = builtin
    header = ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính"]
    rows = [header,
            ["T1", "LĐLĐ thành phố Hà Nội", "2027", "Tập huấn", "100", "lớp"],
            ["T2", "LĐLĐ TP Hà Nội", "2027", "Bồi dưỡng", "10", "lớp"],
            ["T3", "Liên đoàn Lao động Hà Nội", "2027", "Đào tạo", "5", "lớp"],
            ["T4", "ldld tinh lang son", "2027", "Tập huấn", "7", "lớp"],
            ["T5", "Tổng LĐLĐ Việt Nam", "2027", "Tập huấn", "7", "lớp"],
            ["T6", "Công đoàn phường Ba Đình, TP Hà Nội", "2027", "Tập huấn", "2", "lớp"]]
    before = session.scalar(select(func.count()).select_from(Organisation))
    report = run(session, write_xlsx(tmp_path / "t.xlsx", {"Chỉ tiêu": rows}))

    targets = {t.code: t for t in session.scalars(select(Target))}
    assert {targets[c].organisation.code for c in ("T1", "T2", "T3")} == {"HN"}
    assert targets["T4"].organisation.code == "LS" and targets["T5"].organisation.code == "TLD"
    ward = targets["T6"].organisation
    assert (ward.kind, ward.parent.code if ward.parent else None) == ("commune", "HN")
    assert session.scalar(select(func.count()).select_from(Organisation)) == before + 1
    assert len(report.organisations_created) == 1


def test_organisation_names_normalise_as_a_pure_function() -> None:
    assert org_key("LĐLĐ TP.HCM") == org_key("Liên đoàn Lao động Thành phố Hồ Chí Minh")
    assert core_key("LĐLĐ Hà Nội") == core_key("Liên đoàn Lao động thành phố Hà Nội")
    assert org_key("CĐ các KCN tỉnh Bắc Ninh") == "cong doan cac khu cong nghiep tinh bac ninh"
    assert guess_kind("Công đoàn xã Tân Thành") == "commune"
    assert guess_kind("Công đoàn Khu kinh tế Đồng Đăng") == "industrial_zone"
    assert guess_kind("Công đoàn ngành Giáo dục tỉnh Lạng Sơn") == "sector"
    assert guess_kind("Trường Trung cấp CĐ Hà Nội") == "school"
    assert guess_kind("CĐCS Hợp tác xã Đồng Tâm") == "grassroots"
    assert guess_kind("LĐLĐ tỉnh Lạng Sơn") == "province"
    assert province_in("Công đoàn phường Ba Đình, TP Hà Nội") == "Hà Nội"


def test_first_real_import_removes_the_sample_with_its_registrations_and_announcements(
    session: Session, tmp_path: Path
) -> None:
    load_builtin(session)
    load_sample(session, NOW.date())
    session.commit()
    sample_course = session.scalars(select(Course).where(Course.is_sample)).first()
    assert sample_course is not None
    person = UserProfile(channel="telegram", user_id="1", chat_id="1")
    session.add(person)
    session.flush()
    session.add(Registration(course_id=sample_course.id, profile_id=person.id, status="registered"))
    session.add(OutboxJob(kind="broadcast", text="Mời đăng ký", course_id=sample_course.id))
    session.commit()

    report = run(session, write_csv(tmp_path / "k.csv", [["Tên lớp", "Ngày bắt đầu"], ["Lớp thật", "1/10/2027"]]))

    removed = report.sample_removed
    assert removed is not None and removed.courses > 0 and removed.targets > 0
    assert (removed.registrations, removed.announcements) == (1, 1)
    assert "Đã xóa dữ liệu mẫu" in report.summary()
    assert not sample.has_sample(session)
    assert session.scalar(select(func.count()).select_from(Registration)) == 0
    assert session.scalar(select(func.count()).select_from(OutboxJob)) == 0
    assert [c.title for c in session.scalars(select(Course))] == ["Lớp thật"]
    # The sample is not loaded again beside the real plan.
    assert load_sample(session, NOW.date()).sample_skipped
    assert run(session, write_csv(tmp_path / "k.csv", [["Tên lớp", "Ngày bắt đầu"], ["Lớp thật", "1/10/2027"]])
               ).sample_removed is None


def test_imported_targets_alone_keep_the_sample_out(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    rows = [["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính"],
            ["T1", "LĐLĐ tỉnh Lạng Sơn", "2027", "Tập huấn", "7", "lớp"]]
    run(session, write_csv(tmp_path / "t.csv", rows))
    assert load_sample(session, NOW.date()).sample_skipped


def test_cli_import_as_a_union_places_its_classes_and_new_units(sqlite_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli
    from knowledge.db import make_engine, make_session_factory

    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    rows = [["Tên lớp", "Thời gian", "Đơn vị phối hợp"], ["Lớp A", "15/9/2027", ""]]
    plan = write_csv(tmp_path / "k.csv", rows)
    targets = write_csv(tmp_path / "t.csv", [["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính"],
                                             ["T1", "CĐCS Công ty May Hòa Bình", "2027", "Tập huấn", "2", "lớp"]])
    assert cli.main(["import", str(plan), "--union", "LS"]) == 0
    assert cli.main(["import", str(targets), "--union", "LS"]) == 0
    assert "Công đoàn cơ sở Công ty May Hòa Bình (cơ sở, thuộc Liên đoàn Lao động tỉnh Lạng Sơn)" in capsys.readouterr().out
    assert cli.main(["import", str(plan), "--union", "KHONG-CO"]) == 1
    engine = make_engine(sqlite_url)
    with make_session_factory(engine)() as session:
        assert by_title(session, "Lớp A").organiser == org(session, "LS")
    engine.dispose()


def test_periods_counts_and_missing_times_as_offices_write_them(session: Session, tmp_path: Path) -> None:
    rows = [["KẾ HOẠCH BỒI DƯỠNG NĂM 2027"],
            ["STT", "Tên lớp", "Thời gian", "Số lượng", "Số ngày"],
            ["1", "Lớp một", "Tháng 3-4/2027", "50 người", ""],
            ["2", "Lớp hai", "6 tháng cuối năm", "khoảng 40 học viên", ""],
            ["3", "Lớp ba", "", "30", ""],
            ["4", "Lớp bốn", "5/10/2027", "", "1,5"]]
    report = run(session, write_csv(tmp_path / "k.csv", rows))
    one, two, three = by_title(session, "một"), by_title(session, "hai"), by_title(session, "ba")
    assert (one.tentative, one.capacity) == ("tháng 3–4/2027", 50)
    assert (two.tentative, two.starts_at, two.capacity) == ("6 tháng cuối năm 2027", utc(2027, 7, 1, 8), 40)
    assert three.tentative == "năm 2027"
    assert any(w.row == 5 and "dự kiến năm 2027" in w.message for w in report.warnings)
    assert by_title(session, "bốn").ends_at == utc(2027, 10, 6, 17)


def test_office_targets_without_codes_years_or_unit_columns(builtin: Session, tmp_path: Path) -> None:
    session = builtin
    rows = [["LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"], ["CHỈ TIÊU ĐÀO TẠO NĂM 2027"],
            ["STT", "Đơn vị", "Nội dung", "Chỉ tiêu (người)", "Ghi chú"],
            ["1", "LĐLĐ TP Hà Nội", "Bồi dưỡng cán bộ CĐCS", "3.580", ""],
            ["2", "LĐLĐ tỉnh Lạng Sơn", "Bồi dưỡng cán bộ CĐCS", "1.200", ""],
            ["", "Tổng cộng", "", "4.780", ""]]
    path = write_csv(tmp_path / "ct.csv", rows)
    report = run(session, path)
    assert report.targets.created == 2 and [why for _s, _r, why in report.skipped] == ["dòng tổng"]
    hanoi = session.scalars(select(Target).where(Target.target_value == 3580, Target.code.startswith("CT2027-"))).one()
    assert hanoi.code.startswith("CT2027-") and (hanoi.period_start, hanoi.period_end) == (2027, 2027)
    assert hanoi.unit == "người" and hanoi.organisation.code == "HN"
    assert run(session, path).targets.unchanged == 2


def test_a_format_in_the_offices_words(session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Ngày bắt đầu", "Hình thức", "Ghi chú"],
            ["A", "1/10/2027", "Trực tuyến qua Zoom", ""],
            ["B", "2/10/2027", "Tham quan thực tế", "Mang áo mưa"]]
    report = run(session, write_csv(tmp_path / "k.csv", rows))
    assert by_title(session, "A").format == "truc_tuyen"
    b = by_title(session, "B")
    assert b.format == "tap_trung" and b.description == "Mang áo mưa\nHình thức: Tham quan thực tế"
    assert any(w.row == 3 and w.column == "Hình thức" for w in report.warnings)


def test_thoi_gian_beside_a_start_date_is_the_length(session: Session, tmp_path: Path) -> None:
    for name, header in (("a.csv", ["Tên lớp", "Thời gian", "Ngày bắt đầu"]),
                         ("b.csv", ["Tên lớp", "Ngày bắt đầu", "Thời gian"])):
        cells = {"Tên lớp": f"Lớp {name}", "Thời gian": "02 ngày", "Ngày bắt đầu": "5/10/2027"}
        run(session, write_csv(tmp_path / name, [header, [cells[h] for h in header]]))
        course = by_title(session, f"Lớp {name}")
        assert (course.starts_at, course.ends_at) == (utc(2027, 10, 5, 8), utc(2027, 10, 6, 17))


def test_an_imported_office_plan_exports_and_imports_back_unchanged(builtin: Session, tmp_path: Path) -> None:
    from knowledge.transfer import export_file

    run(builtin, provincial_plan(tmp_path / "kh.xlsx"))
    exported = tmp_path / "xuat.xlsx"
    export_file(builtin, exported, kind="courses", tz=TZ)
    again = run(builtin, exported)
    assert (again.courses.created, again.courses.updated, again.courses.unchanged) == (0, 0, 5)
    assert by_title(builtin, "tài chính").audience_text == "Thủ quỹ"
    assert by_title(builtin, "nữ công").tentative == "quý IV/2027"
