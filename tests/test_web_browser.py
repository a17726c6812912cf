"""The organiser workspace in a real browser (Debian Chromium driven by Playwright), at phone width (390 px)
and at desktop width. Every page visited is saved as a screenshot under tests/artefacts/screens/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from playwright.sync_api import expect
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.models import Course
from tests.conftest import screenshot
from tests.office_plans import provincial_plan
from tests.people import make_organiser
from tests.test_web_pages import ls_class, plan_csv
from tests.web_harness import WebHarness


def sign_in(web: WebHarness, page: Any, *, union: str | None = "LS") -> None:
    """Sign in as an organiser through the one-time link, as a person does: open it, press the button."""
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", union)
    page.goto(web.base_url + web.link())
    screenshot(page, "dangnhap-nut")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(web.base_url + "/quanly/")


def test_sign_in_by_link_and_the_nav(browser_web: WebHarness, browser_page: Any) -> None:
    web, page = browser_web, browser_page
    page.goto(web.base_url + "/quanly/lop")
    page.wait_for_url("**/quanly/dangnhap")
    screenshot(page, "dangnhap-giai-thich")
    sign_in(web, page)
    assert page.get_by_role("heading", level=1).inner_text() == "Trang quản lý đào tạo"
    assert "Lạng Sơn" in page.locator("main").inner_text()
    screenshot(page, "trang-chu")
    nav = page.get_by_role("navigation", name="Các mục")
    assert nav.get_by_role("link").all_inner_texts() == ["Kế hoạch", "Lớp học", "Thông báo", "Câu hỏi", "Chỉ tiêu"]
    for label, path in (("Thông báo", "thongbao"), ("Câu hỏi", "cauhoi"), ("Chỉ tiêu", "chitieu")):
        nav.get_by_role("link", name=label).click()
        # wait_for_load_state() alone may be answered by the page being left, before the next one commits.
        page.wait_for_url(f"**/quanly/{path}")
        expect(page.get_by_role("heading", level=1)).to_have_text(label)
        expect(nav.locator("[aria-current=page]")).to_have_text(label)
    # Horizontal scrolling of the whole page on a phone would mean something does not fit.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.goto(web.base_url + "/quanly/lop/999999")
    assert page.get_by_role("heading", level=1).inner_text() == "Không tìm thấy"
    screenshot(page, "khong-tim-thay")
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url("**/quanly/dangnhap?ra=1")
    assert "Anh/chị đã đăng xuất" in page.locator("main").inner_text()
    screenshot(page, "da-dang-xuat")


def test_upload_a_plan_preview_and_confirm(browser_web: WebHarness, browser_page: Any, tmp_path: Path) -> None:
    web, page = browser_web, browser_page
    sign_in(web, page)
    page.get_by_role("navigation", name="Các mục").get_by_role("link", name="Kế hoạch").click()
    page.wait_for_url("**/quanly/kehoach")
    screenshot(page, "kehoach")
    plan = provincial_plan(tmp_path / "ke-hoach-2027.xlsx")  # as a provincial office writes it
    page.get_by_label("Tệp kế hoạch").set_input_files(str(plan))
    page.get_by_role("button", name="Xem trước").click()
    page.wait_for_url("**/quanly/kehoach/xemtruoc")
    assert "Khóa học: 5 mới, 0 cập nhật, 0 không đổi" in page.locator(".counts").inner_text()
    assert page.get_by_role("heading", name="Dòng bỏ qua").is_visible()
    screenshot(page, "kehoach-xemtruoc")
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.wait_for_url("**/quanly/kehoach/nhap")
    assert "Đã nhập xong" in page.get_by_role("status").first.inner_text()
    assert "Đã xóa dữ liệu mẫu" in page.locator("main").inner_text()
    screenshot(page, "kehoach-danhap")
    page.get_by_role("link", name="Xem các lớp").click()
    page.wait_for_url("**/quanly/lop")
    assert page.get_by_role("link", name="Tập huấn nghiệp vụ cho cán bộ CĐCS mới").is_visible()
    screenshot(page, "lop")


def test_a_plan_with_errors_in_the_browser(browser_web: WebHarness, browser_page: Any, tmp_path: Path) -> None:
    web, page = browser_web, browser_page
    sign_in(web, page)
    page.goto(web.base_url + "/quanly/kehoach")
    plan = tmp_path / "loi.csv"
    plan.write_bytes(plan_csv([["LS-E-01", "Lớp lỗi", "Liên đoàn Lao động tỉnh Lạng Sơn", "31/02/2027", "", "ba", ""]]))
    page.get_by_label("Tệp kế hoạch").set_input_files(str(plan))
    page.get_by_role("button", name="Xem trước").click()
    page.wait_for_url("**/quanly/kehoach/xemtruoc")
    assert "chưa nhập gì" in page.get_by_role("alert").inner_text()
    assert page.get_by_role("button", name="Xác nhận nhập").count() == 0
    screenshot(page, "kehoach-loi")


def test_open_a_class_download_its_roster_and_move_it(browser_web: WebHarness, browser_page: Any,
                                                      tmp_path: Path) -> None:
    web, page = browser_web, browser_page
    ident = ls_class(web, "LS-WEB-01", members=3, capacity=2)
    sign_in(web, page)
    page.goto(web.base_url + "/quanly/lop")
    page.get_by_role("link", name="LS-WEB-01", exact=True).click()
    page.wait_for_url(f"**/quanly/lop/{ident}")
    assert "còn 0 chỗ" in page.locator("dl.facts").inner_text()
    screenshot(page, "lop-chitiet")
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải danh sách điểm danh (.xlsx)").click()
    download = info.value
    assert download.suggested_filename == "diem-danh-LS-WEB-01.xlsx"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    rows = list(openpyxl.load_workbook(saved).active.iter_rows(values_only=True))
    assert any("Nguyễn Văn 700" in row for row in rows)
    page.get_by_label("Ngày bắt đầu mới (dd/mm/yyyy)").fill("05/01/2027")
    page.get_by_label("Giờ bắt đầu").fill("13h30")  # as plans write times: the browser lets it through too
    page.get_by_label("Địa điểm mới (để trống nếu không đổi)").fill("Nhà văn hóa tỉnh")
    page.get_by_role("button", name="Lưu và báo cho học viên").click()
    # The class ran 09:00–17:00: kept whole it would end at 21:30, which is shown in the form, not saved.
    page.wait_for_url(f"**/quanly/lop/{ident}/doi")
    assert "kết thúc lúc 21:30 ngày 05/01/2027" in page.get_by_role("alert").inner_text()
    expect(page.get_by_label("Giờ kết thúc")).to_have_value("21:30")
    expect(page.get_by_label("Địa điểm mới (để trống nếu không đổi)")).to_have_value("Nhà văn hóa tỉnh")
    screenshot(page, "lop-doi-xacnhan-gio-ket-thuc")
    page.get_by_label("Giờ kết thúc").fill("17h")
    page.get_by_role("button", name="Lưu và báo cho học viên").click()
    page.wait_for_url(f"**/quanly/lop/{ident}?xong=doi&n=3")
    assert "3 người đã đăng ký hoặc đang chờ sẽ nhận thông báo" in page.get_by_role("status").inner_text()
    assert "05/01/2027 13:30 – 17:00" in page.locator("dl.facts").inner_text()
    screenshot(page, "lop-dadoi")


def test_classes_put_off_are_listed_at_their_new_day(browser_web: WebHarness, browser_page: Any) -> None:
    from tests.test_postponed_for_organisers import put_off

    web, page = browser_web, browser_page
    with session_scope(web.deps.session_factory) as s:
        ids = put_off(s)
    sign_in(web, page)
    page.goto(web.base_url + "/quanly/lop?don_vi=&trang_thai=postponed")
    table = page.locator("table")
    expect(table).to_contain_text("15/01/2027 09:00")
    expect(table).to_contain_text("Chưa có lịch mới (lịch cũ: 16/11/2026 09:00")
    assert "MOVED-PAST" not in table.inner_text()  # its new day is past: among «Đã qua»
    screenshot(page, "lop-dahoan")
    page.get_by_role("link", name="MOVED", exact=True).click()
    page.wait_for_url(f"**/quanly/lop/{ids['MOVED']}")
    expect(page.get_by_label("Ngày bắt đầu mới (dd/mm/yyyy)")).to_have_value("15/01/2027")
    screenshot(page, "lop-dahoan-chitiet")
    page.goto(web.base_url + "/quanly/thongbao")
    expect(page.locator("select#course_id")).to_contain_text(
        "15/01/2027 (đã hoãn, lịch mới) · MOVED")
    page.locator("select#course_id").select_option(str(ids["MOVED"]))
    screenshot(page, "thongbao-dahoan")


def test_a_plan_uploaded_again_asks_before_undoing_a_cancellation(browser_web: WebHarness, browser_page: Any,
                                                                   tmp_path: Path) -> None:
    web, page = browser_web, browser_page
    header = ["Mã lớp", "Tên lớp", "Đơn vị tổ chức", "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái"]
    plan = tmp_path / "ke-hoach.csv"
    plan.write_bytes(plan_csv([["LS-K01", "Tập huấn nghiệp vụ", "LĐLĐ tỉnh Lạng Sơn", "08/01/2027 08:00",
                                "08/01/2027 17:00", "Mở đăng ký"]], header))
    sign_in(web, page)

    def upload_plan() -> None:
        page.goto(web.base_url + "/quanly/kehoach")
        page.get_by_label("Tệp kế hoạch").set_input_files(str(plan))
        page.get_by_role("button", name="Xem trước").click()
        page.wait_for_url("**/quanly/kehoach/xemtruoc")

    upload_plan()
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.wait_for_url("**/quanly/kehoach/nhap")
    page.goto(web.base_url + "/quanly/lop")
    page.get_by_role("link", name="LS-K01", exact=True).click()
    page.get_by_label("Tôi xác nhận hủy lớp này").check()
    page.get_by_role("button", name="Hủy lớp").click()
    page.wait_for_url("**xong=huy**")
    upload_plan()
    said = page.get_by_role("region", name="Lớp đã sửa trên trang quản lý (1)").inner_text()
    assert "Lớp LS-K01 đã được sửa trên trang quản lý ngày" in said and "tải lên sẽ đưa về mở lại lớp" in said
    keep = page.get_by_label("Giữ thay đổi trên trang quản lý cho lớp LS-K01")
    expect(keep).to_be_checked()
    screenshot(page, "kehoach-xemtruoc-sua-tren-web")
    keep.uncheck()  # the organiser chooses the file's values this time
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.wait_for_url("**/quanly/kehoach/nhap")
    assert "Đã đưa về như tệp" in page.locator("main").inner_text()
    with web.deps.session_factory() as s:
        course = s.scalar(select(Course).where(Course.code == "LS-K01"))
        assert course is not None and course.status == "open"
