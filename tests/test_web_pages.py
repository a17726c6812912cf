"""The workspace's Kế hoạch (plan upload, preview, confirm, download) and Lớp học (classes, a class's
registrations, the attendance list, moving and cancelling) through the real HTTP stack."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import aiohttp
import openpyxl
import pytest
from sqlalchemy import select

from bot.quanly.core import MAX_UPLOAD
from knowledge.db import session_scope
from knowledge.models import Course, OutboxJob, OutboxMessage, WebSession
from tests.conftest import FIXED_NOW
from tests.people import add_course, add_members, org_id, register
from tests.web_harness import Page, WebHarness

HEADER = ["Mã lớp", "Tên lớp", "Đơn vị tổ chức", "Ngày bắt đầu", "Địa điểm", "Số chỗ", "Ngày kết thúc"]


def plan_csv(rows: list[list[Any]], header: list[str] = HEADER) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def upload(web: WebHarness, name: str, body: bytes, *, csrf: str | None = None,
           content_type: str = "text/csv") -> Page:
    data = aiohttp.FormData()
    data.add_field("csrf", csrf if csrf is not None else web.get("/quanly/kehoach").csrf())
    data.add_field("tep", body, filename=name, content_type=content_type)
    return web.post("/quanly/kehoach/xemtruoc", data)


def digest_of(page: Page) -> str:
    import re

    found = re.search(r'name="tep" value="([0-9a-f]+)"', page.text)
    assert found, page.text
    return found.group(1)


def courses(web: WebHarness) -> dict[str, Course]:
    with web.deps.session_factory() as s:
        return {c.code: c for c in s.scalars(select(Course).where(Course.is_sample.is_(False)))}


def ls_class(web: WebHarness, code: str = "LS-WEB-01", *, members: int = 3, capacity: int = 2,
             org: str = "LS") -> int:
    """A Lạng Sơn class in 20 days with `members` people: the first `capacity` registered, the rest waiting."""
    with session_scope(web.deps.session_factory) as s:
        course = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=20), capacity=capacity, org=org)
        people = add_members(s, members, first_id=700 if org == "LS" else 800) if members else []
        register(s, course, *people[:capacity])
        from knowledge.models import Registration

        for p in people[capacity:]:
            s.add(Registration(course_id=course.id, profile_id=p.id, status="waitlisted"))
        return course.id


# ------------------------------------------------------------------ Kế hoạch

def test_upload_preview_confirm_imports_all_or_nothing_with_notices(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = ls_class(web, "LS-WEB-01")
    body = plan_csv([
        ["LS-WEB-01", "Lớp thử LS-WEB-01", "Liên đoàn Lao động tỉnh Lạng Sơn", "10/01/2027 08:00", "Hội trường mới", 2,
         "10/01/2027"],
        ["LS-WEB-02", "Nghiệp vụ công đoàn <b>cơ sở</b>", "Liên đoàn Lao động huyện Cao Lộc", "15/01/2027", "", 40],
        ["", "", "", "", "", ""],
    ])
    preview = upload(web, "ke-hoach-2027.csv", body)
    assert preview.status == 200, preview.text
    text = preview.text
    assert "Xem trước: ke-hoach-2027.csv" in text and "Chưa nhập gì" in text
    assert "1 mới" in text and "1 cập nhật" in text
    assert "Nghiệp vụ công đoàn &lt;b&gt;cơ sở&lt;/b&gt;" in text  # escaped, never markup
    assert "LS-WEB-01 (3 người)" in text  # two registered and one waiting would be told of the move
    assert "Ngày bắt đầu" in text and "Địa điểm" in text  # the columns that change
    assert "LS-WEB-02" not in courses(web)  # a preview writes nothing
    with web.deps.session_factory() as s:
        assert not s.scalars(select(OutboxJob)).all()
    done = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview)})
    assert done.status == 200 and "Đã nhập kế hoạch" in done.text and "lớp LS-WEB-01: 3 người" in done.text
    found = courses(web)
    assert found["LS-WEB-02"].organiser_id is not None and found["LS-WEB-01"].venue == "Hội trường mới"
    with web.deps.session_factory() as s:
        job = s.scalars(select(OutboxJob).where(OutboxJob.course_id == ident)).one()
        assert len(s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == job.id)).all()) == 3
    again = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview)})
    assert again.status == 409 and "Không còn tệp nào chờ nhập" in again.text


def test_an_office_plan_previews_its_skipped_rows_and_warnings(organiser_web: WebHarness, tmp_path: Path) -> None:
    from tests.office_plans import SECTION_ROWS, provincial_plan

    body = provincial_plan(tmp_path / "ke-hoach-2027.xlsx").read_bytes()
    page = upload(organiser_web, "ke-hoach-2027.xlsx", body,
                  content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    text = page.text
    assert page.status == 200 and "Khóa học:</strong> 5 mới, 0 cập nhật, 0 không đổi" in text
    assert "Dòng bỏ qua" in text and f"{SECTION_ROWS[0]}, {SECTION_ROWS[1]} (mục)" in text
    assert "<h2>Cảnh báo</h2>" in text and "Thủ quỹ" in text  # the unknown audiences, located
    assert "Xác nhận nhập" in text


def test_a_plan_with_errors_shows_sheet_row_column_and_cannot_be_confirmed(organiser_web: WebHarness) -> None:
    web = organiser_web
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KH 2027"
    sheet.append(HEADER)
    sheet.append(["LS-E-01", "Lớp tốt", "Liên đoàn Lao động tỉnh Lạng Sơn", "12/01/2027", "", 30])
    sheet.append(["LS-E-02", "Lớp lỗi", "Liên đoàn Lao động tỉnh Lạng Sơn", "31/02/2027", "", "ba mươi"])
    buffer = io.BytesIO()
    book.save(buffer)
    page = upload(web, "loi.xlsx", buffer.getvalue(),
                  content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert page.status == 200 and "chưa nhập gì" in page.text and "Xác nhận nhập" not in page.text
    assert "<td data-label=\"Trang\" class=\"code\">KH 2027</td>" in page.text and '<td data-label="Dòng" class="num">3</td>' in page.text
    assert "Số chỗ" in page.text and "Ngày bắt đầu" in page.text
    assert "LS-E-01" not in courses(web)


def test_another_unions_rows_are_refused_whole(organiser_web: WebHarness) -> None:
    body = plan_csv([["ST-W-01", "Lớp Sóc Trăng", "Liên đoàn Lao động tỉnh Sóc Trăng", "12/01/2027", "", 30],
                     ["LS-W-09", "Lớp Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn", "12/01/2027", "", 30]])
    page = upload(organiser_web, "hai-tinh.csv", body)
    assert "ngoài phạm vi của anh/chị" in page.text and "ST-W-01" in page.text
    assert "Xác nhận nhập" not in page.text
    assert not {"ST-W-01", "LS-W-09"} & set(courses(organiser_web))


@pytest.mark.parametrize(("name", "body", "expected"), [
    ("anh.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "không phải bảng kế hoạch"),
    ("cu.xls", b"\xd0\xcf\x11\xe0" + b"0" * 100, "Excel cũ (.xls)"),
    ("gia.xlsx", b"day khong phai zip", "không phải bảng tính .xlsx"),
    ("thu.csv", "Họ tên,Điện thoại\r\nAn,0912\r\n".encode(), "Không nhận ra bảng nào"),
    ("rong.csv", b"", "chưa chọn tệp"),
])
def test_files_that_are_not_plans_are_refused_clearly(organiser_web: WebHarness, name: str, body: bytes,
                                                      expected: str) -> None:
    page = upload(organiser_web, name, body)
    assert page.status in (200, 400) and expected in page.text and "Xác nhận nhập" not in page.text


def test_an_upload_over_ten_megabytes_is_refused(organiser_web: WebHarness) -> None:
    big = upload(organiser_web, "lon.csv", b"x" * (MAX_UPLOAD + 1))
    assert big.status == 413 and "lớn hơn 10 MB" in big.text
    assert organiser_web.get("/quanly/").status == 200  # the server is fine afterwards


def test_upload_without_the_csrf_value_is_refused(organiser_web: WebHarness) -> None:
    page = upload(organiser_web, "k.csv", plan_csv([["LS-C-01", "Lớp", "", "12/01/2027", "", 1]]), csrf="sai")
    assert page.status == 403 and "LS-C-01" not in courses(organiser_web)
    bare = organiser_web.post("/quanly/kehoach/nhap", {"tep": "0" * 32})
    assert bare.status == 403


def test_download_the_plan_in_scope_and_upload_it_back_unchanged(organiser_web: WebHarness) -> None:
    web = organiser_web
    ls_class(web, "LS-D-01", members=0)
    ls_class(web, "ST-D-01", members=0, org="ST")
    xlsx = web.get("/quanly/kehoach/tai.xlsx")
    assert xlsx.status == 200 and xlsx.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(xlsx.body))
    codes = [row[0] for row in book["Khóa học"].iter_rows(min_row=2, values_only=True)]
    assert "LS-D-01" in codes and "ST-D-01" not in codes
    csv_page = web.get("/quanly/kehoach/tai.csv")
    assert csv_page.status == 200 and "LS-D-01" in csv_page.body.decode("utf-8-sig")
    back = upload(web, "ke-hoach-dao-tao.xlsx", xlsx.body,
                  content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert "0 mới, 0 cập nhật, 1 không đổi" in back.text, back.text


# ------------------------------------------------------------------ Lớp học

def test_the_first_page_counts_the_coming_classes_in_scope(organiser_web: WebHarness) -> None:
    web = organiser_web
    before = web.get("/quanly/").text
    ls_class(web, "LS-H-01", members=3, capacity=2)
    ls_class(web, "ST-H-01", members=4, capacity=4, org="ST")  # another union's: not counted
    after = web.get("/quanly/").text

    def count(text: str, label: str) -> int:
        import re

        found = re.search(r"<strong>([\d.]+)</strong> " + label, text)
        assert found, label
        return int(found.group(1).replace(".", ""))

    assert count(after, "lớp sắp tới") == count(before, "lớp sắp tới") + 1
    assert count(after, "lượt đăng ký") == count(before, "lượt đăng ký") + 2
    assert count(after, "người trong danh sách chờ") == count(before, "người trong danh sách chờ") + 1


def test_class_list_shows_the_unions_in_scope_with_filters(organiser_web: WebHarness) -> None:
    web = organiser_web
    ls_class(web, "LS-L-01")
    ls_class(web, "ST-L-01", org="ST")
    with session_scope(web.deps.session_factory) as s:
        add_course(s, "LS-L-OLD", starts=FIXED_NOW - dt.timedelta(days=30), org="LS-CAOLOC")
    listing = web.get("/quanly/lop")
    assert listing.status == 200 and "LS-L-01" in listing.text and "2/2" in listing.text
    assert "ST-L-01" not in listing.text and "LS-L-OLD" not in listing.text
    past = web.get("/quanly/lop?khi=da_qua").text
    assert "LS-L-OLD" in past and "LS-L-01" not in past
    with web.deps.session_factory() as s:
        caoloc = org_id(s, "LS-CAOLOC")
        st = org_id(s, "ST")
    by_unit = web.get(f"/quanly/lop?khi=tat_ca&don_vi={caoloc}").text
    assert "LS-L-OLD" in by_unit and "LS-L-01" not in by_unit
    assert "ST-L-01" not in web.get(f"/quanly/lop?khi=tat_ca&don_vi={st}").text  # scope beats the filter
    day = (FIXED_NOW + dt.timedelta(days=20)).date()
    assert "LS-L-01" in web.get(f"/quanly/lop?khi=tat_ca&tu={day:%d/%m/%Y}&den={day:%d/%m/%Y}").text
    assert "LS-L-01" not in web.get(f"/quanly/lop?khi=tat_ca&tu={(day + dt.timedelta(days=1)).isoformat()}").text
    assert "LS-L-01" not in web.get("/quanly/lop?trang_thai=cancelled").text
    assert web.get("/quanly/lop?khi=%3Cx%3E&tu=abc&don_vi=99999999999").status == 200  # junk is ignored


def test_a_class_page_lists_places_registrations_and_the_waiting_list_in_order(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = ls_class(web, members=3, capacity=2)
    page = web.get(f"/quanly/lop/{ident}")
    assert page.status == 200
    text = page.text
    assert "2/2 đã đăng ký, còn <strong>0</strong> chỗ" in text and "Danh sách chờ (1)" in text
    assert text.index("Nguyễn Văn 700") < text.index("Nguyễn Văn 701") < text.index("Nguyễn Văn 702")
    assert text.index("Danh sách chờ (1)") < text.index("Nguyễn Văn 702")


def test_the_attendance_list_downloads_as_xlsx(organiser_web: WebHarness) -> None:
    ident = ls_class(organiser_web)
    got = organiser_web.get(f"/quanly/lop/{ident}/diemdanh.xlsx")
    assert got.status == 200 and 'filename="diem-danh-LS-WEB-01.xlsx"' in got.headers["Content-Disposition"]
    values = [c for row in openpyxl.load_workbook(io.BytesIO(got.body)).active.iter_rows(values_only=True)
              for c in row if c]
    assert "Nguyễn Văn 700" in values and "Ký tên" in values


def test_a_roster_that_cannot_be_written_shows_no_server_path(organiser_web: WebHarness,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """Security review: the page showed the RosterError text, which names a temporary path on the server."""
    import logging

    from bot.quanly import classes
    from knowledge.plans.roster import RosterError

    def broken(*_args: Any, **_kw: Any) -> None:
        raise RosterError('Không ghi được tệp "/tmp/cadrebot-quanly-x1/abc/diem-danh.xlsx": No space left.')

    monkeypatch.setattr(classes, "write_roster", broken)
    ident = ls_class(organiser_web)
    with caplog.at_level(logging.ERROR):
        got = organiser_web.get(f"/quanly/lop/{ident}/diemdanh.xlsx")
    assert got.status == 500 and "Chưa tạo được danh sách điểm danh" in got.text
    assert "/tmp/" not in got.text and "cadrebot-quanly" not in got.text
    assert any("/tmp/cadrebot-quanly-x1" in r.getMessage() for r in caplog.records)


def test_another_unions_class_is_not_found(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = ls_class(web, "ST-X-01", org="ST")
    home = web.get("/quanly/")
    for path in (f"/quanly/lop/{ident}", f"/quanly/lop/{ident}/diemdanh.xlsx", "/quanly/lop/999999",
                 "/quanly/lop/abc", "/quanly/lop/99999999999999"):
        assert web.get(path).status == 404, path
    cancel = web.post(f"/quanly/lop/{ident}/huy", {"csrf": home.csrf(), "xacnhan": "1"})
    assert cancel.status == 404
    with web.deps.session_factory() as s:
        course = s.get(Course, ident)
        assert course is not None and course.status == "open"


def test_dates_out_of_range_are_refused_in_vietnamese_not_a_500(organiser_web: WebHarness) -> None:
    """Security review: ?den=31/12/9999 overflowed (500); years outside 2000–2100 are typing slips."""
    web = organiser_web
    for query in ("den=31/12/9999", "tu=01/01/0001", "tu=9999-12-31", "den=31/12/1999", "tu=30/02/2027"):
        page = web.get(f"/quanly/lop?{query}")
        assert page.status == 200 and "năm từ 2000 đến 2100" in page.text, query
    assert "năm từ 2000" not in web.get("/quanly/lop?tu=01/01/2000&den=31/12/2100").text
    ident = ls_class(web, members=1, capacity=2)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    for day in ("31/12/9999", "9999-12-31", "01/01/2101"):
        bad = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": day, "gio": "08:00"})
        assert bad.status == 400 and "năm từ 2000 đến 2100" in bad.text, day


def test_move_a_class_tells_everyone_registered(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = ls_class(web, members=3, capacity=2)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    assert web.post(f"/quanly/lop/{ident}/doi", {"ngay": "2027-01-05", "gio": "08:00"}).status == 403
    bad = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "2020-01-05", "gio": "08:00"})
    assert bad.status == 400 and "phải ở tương lai" in bad.text
    fields = {"csrf": csrf, "ngay": "05/01/2027", "gio": "13:30", "dia_diem": "Nhà văn hóa <tỉnh>"}
    # The class ran 09:00–17:00: keeping its length would end it at 21:30, shown before anything is saved.
    asked = web.post(f"/quanly/lop/{ident}/doi", fields)
    assert asked.status == 400 and "kết thúc lúc 21:30 ngày 05/01/2027" in asked.text
    assert 'name="gio_kt" value="21:30"' in asked.text and 'value="Nhà văn hóa &lt;tỉnh&gt;"' in asked.text
    moved = web.post(f"/quanly/lop/{ident}/doi", {**fields, "gio_kt": "17h"})
    assert moved.status == 303 and moved.headers["Location"] == f"/quanly/lop/{ident}?xong=doi&n=3"
    shown = web.get(moved.headers["Location"]).text
    assert "Đã cập nhật lớp LS-WEB-01; 3 người" in shown and "Nhà văn hóa &lt;tỉnh&gt;" in shown
    with web.deps.session_factory() as s:
        course = s.get(Course, ident)
        assert course is not None
        assert course.starts_at == dt.datetime(2027, 1, 5, 13, 30, tzinfo=web.deps.tz)
        assert course.ends_at == dt.datetime(2027, 1, 5, 17, 0, tzinfo=web.deps.tz)
        job = s.scalars(select(OutboxJob).where(OutboxJob.course_id == ident)).one()
        assert job.total == 3 and "05/01/2027" in job.text


def test_cancel_a_class_needs_the_confirmation_and_tells_everyone(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = ls_class(web, members=3, capacity=2)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    unconfirmed = web.post(f"/quanly/lop/{ident}/huy", {"csrf": csrf})
    assert unconfirmed.status == 400 and "xác nhận" in unconfirmed.text
    done = web.post(f"/quanly/lop/{ident}/huy", {"csrf": csrf, "xacnhan": "1"}, follow=True)
    assert done.status == 200 and "Đã hủy lớp LS-WEB-01; 3 người" in done.text and "Hủy lớp</button>" not in done.text
    again = web.post(f"/quanly/lop/{ident}/huy", {"csrf": csrf, "xacnhan": "1"})
    assert again.status == 400 and "đã bị hủy từ trước" in again.text
    with web.deps.session_factory() as s:
        assert len(s.scalars(select(OutboxJob).where(OutboxJob.course_id == ident)).all()) == 1


def test_the_previewed_plan_waits_with_the_session_not_on_disk_and_sign_out_drops_it(
        organiser_web: WebHarness) -> None:
    web = organiser_web
    assert web.workspace is not None
    body = plan_csv([["LS-U-01", "Lớp", "Liên đoàn Lao động tỉnh Lạng Sơn", "12/01/2027", "", 1, ""]])
    first = upload(web, "a.csv", body + b"\r\n")
    second = upload(web, "k.csv", body)
    assert [p for p in web.workspace.upload_dir.rglob("*") if p.is_file()] == []  # no .part, no copies left
    with web.deps.session_factory() as s:
        row = s.scalars(select(WebSession)).one()
        assert (row.plan_name, row.plan_data) == ("k.csv", body)  # the latest upload replaced the first
    stale = web.post("/quanly/kehoach/nhap", {"csrf": first.csrf(), "tep": digest_of(first)})
    assert stale.status == 409 and "LS-U-01" not in courses(web)  # an older preview's button imports nothing
    web.post("/quanly/dangxuat", {"csrf": second.csrf()})
    with web.deps.session_factory() as s:
        assert s.scalars(select(WebSession.plan_data)).one() is None


def test_a_failure_is_a_vietnamese_page_and_a_log_line_never_a_traceback(
        organiser_web: WebHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from knowledge import registrations

    ident = ls_class(organiser_web)

    def broken(**_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(registrations, "course_registrations", broken)
    page = organiser_web.get(f"/quanly/lop/{ident}")
    assert page.status == 500 and "Máy chủ gặp lỗi" in page.text
    assert "disk on fire" not in page.text and "Traceback" not in page.text
    assert any("failed" in r.getMessage() and r.exc_info for r in caplog.records)
