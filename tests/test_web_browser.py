"""The organiser workspace in a real browser (Debian Chromium driven by Playwright), at phone width (390 px)
and at desktop width. Every page visited is saved as a screenshot under tests/artefacts/screens/."""

from __future__ import annotations

from typing import Any

from knowledge.db import session_scope
from tests.conftest import screenshot
from tests.people import make_organiser
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
    for label in ("Thông báo", "Câu hỏi", "Chỉ tiêu"):
        nav.get_by_role("link", name=label).click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text() == label
        assert nav.locator("[aria-current=page]").inner_text() == label
    # Horizontal scrolling of the whole page on a phone would mean something does not fit.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url("**/quanly/dangnhap?ra=1")
    assert "Anh/chị đã đăng xuất" in page.locator("main").inner_text()
    screenshot(page, "da-dang-xuat")
