"""Thông báo, Câu hỏi and Chỉ tiêu in a real browser (Debian Chromium through Playwright), at phone width and
at desktop width, with the bot itself running beside the workspace: the Telegram channel talks to the fake
Bot API and the outbox's pacer delivers what the pages queue. Every page is saved as a screenshot under
tests/artefacts/screens/.

A click that submits a form returns once the next page has begun to arrive, not once it is whole: on a loaded
machine a one-off read (`inner_text`, `count`) can see that page half parsed, a table row with its first
cells only. So after each such click the test waits for the page it leads to (`wait_for_url`, which waits
for its load) and reads through `expect`, which retries until the reading holds."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import expect

from bot.telegram_channel import TelegramChannel, TelegramConfig
from handlers.notices import WORDING
from knowledge.db import session_scope
from scheduler.delivery import Delivery
from scheduler.pacer import PacerConfig
from tests.conftest import TZ_VN, screenshot
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.people import add_members
from tests.test_web_browser import sign_in
from tests.web_harness import WebHarness

FAST = PacerConfig(rate=500, per_chat_interval=0.2, idle_poll=0.05, backoff_base=1.0)
UNKNOWN = "Công đoàn có hỗ trợ tiền ăn trưa cho học viên lớp tập huấn không?"


@dataclass
class Bot:
    """The Telegram side, running in the workspace's event loop."""

    fake: FakeTelegram
    channel: TelegramChannel
    delivery: Delivery


@contextmanager
def telegram_bot(web: WebHarness) -> Iterator[Bot]:
    """The fake Bot API, the Telegram channel (polling it) and the outbox delivery, in the server's loop."""
    deps = web.deps

    async def up() -> Bot:
        fake = FakeTelegram()
        await fake.__aenter__()
        channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=1), deps)
        assert await channel.start()
        delivery = Delivery(deps.session_factory.kw["bind"], deps.session_factory, [channel], now=deps.clock.now,
                            tz=TZ_VN, wording=WORDING, configs={"telegram": FAST}, tick=0.05)
        delivery.start()
        return Bot(fake, channel, delivery)

    bot = web.run(up())
    try:
        yield bot
    finally:
        async def down() -> None:
            await bot.delivery.stop()
            await bot.channel.stop()
            await bot.fake.__aexit__(None, None, None)

        web.run(down())


def test_send_an_announcement_and_watch_its_report(browser_web: WebHarness, browser_page: Any) -> None:
    web, page = browser_web, browser_page
    with session_scope(web.deps.session_factory) as s:
        add_members(s, 4, org="LS", first_id=100)
    page.clock.install()  # before any page loads: report.js's 2 s refresh then runs on a clock the test moves
    with telegram_bot(web) as bot:
        gate = web.run(_gate(bot.fake, 103))  # the last member's message waits until the test lets it go
        sign_in(web, page)
        page.get_by_role("navigation", name="Các mục").get_by_role("link", name="Thông báo").click()
        page.get_by_label("Nội dung (tối đa 1.000 ký tự)").fill("Mời anh/chị đăng ký lớp kỹ năng đàm phán.\n"
                                                               "Hạn đăng ký: cuối tuần này.")
        page.get_by_label("Đính kèm lớp học").select_option(index=1)
        page.get_by_label("Mọi người trong phạm vi của tôi").check()
        screenshot(page, "thongbao-soan")
        page.get_by_role("button", name="Xem trước").click()
        page.wait_for_url("**/quanly/thongbao/xemtruoc")
        expect(page.locator("main")).to_contain_text("Người nhận: 4 người")
        message = page.get_by_label("Thông báo như người nhận thấy")
        expect(message).to_have_text(re.compile(r"^📢 THÔNG BÁO — Liên đoàn Lao động tỉnh Lạng Sơn"))
        expect(message).to_contain_text("Mời anh/chị đăng ký lớp kỹ năng đàm phán.")
        expect(message).to_contain_text("Bắt đầu:")
        screenshot(page, "thongbao-xem-truoc")
        with page.expect_response(_is_report) as first:  # the page asks for its report once it has loaded
            page.get_by_role("button", name="Gửi cho 4 người").click()
        page.wait_for_url("**/quanly/thongbao/*?ok=sent")
        # The page follows the pacer by itself: three sent, one still waiting at the gate.
        _follow_report(page, first.value, lambda report: report["sent"] == 3)
        page.locator("[data-field=sent]").filter(has_text="3").wait_for()
        assert page.locator("[data-field=pending]").inner_text() == "1"
        assert page.locator("[data-field=status_label]").inner_text() == "Đang gửi"
        screenshot(page, "thongbao-dang-gui")
        web.run(_open(gate))
        _follow_report(page, None, lambda report: report["status"] != "sending")
        page.locator("[data-field=status_label]").filter(has_text="Đã gửi xong").wait_for()
        assert page.locator("[data-field=sent]").inner_text() == "4"
        assert page.get_by_role("button", name="Dừng gửi").count() == 0
        screenshot(page, "thongbao-da-gui")
        received = [m for m in bot.fake.sent if m.chat_id in (100, 101, 102, 103)]
        assert len(received) == 4 and all("kỹ năng đàm phán" in m.visible for m in received)
        assert [b["text"] for b in received[0].buttons] == ["Đăng ký lớp này", "Xem chi tiết lớp"]
        page.get_by_role("link", name="← Thông báo").click()
        page.wait_for_url("**/quanly/thongbao")
        expect(page.locator("table.reports")).to_contain_text("Đã gửi xong")
        screenshot(page, "thongbao-danh-sach")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def _is_report(response: Any) -> bool:
    return "/quanly/thongbao/" in response.url and response.url.endswith(".json")


def _follow_report(page: Any, latest: Any, done: Callable[[dict[str, Any]], bool]) -> None:
    """Until a report the page received answers `done`: move the page's clock 2 s on, which fires report.js's
    next refresh at once instead of after 2 real seconds, and take the report it asks for.

    Should the refresh not be scheduled yet when the clock moves (the page still reading the last report), the
    clock's own pace fires it 2 s later: slower, never wrong."""
    while latest is None or not done(latest.json()):
        with page.expect_response(_is_report) as info:
            page.clock.fast_forward(2000)
        latest = info.value


async def _gate(fake: FakeTelegram, chat: int) -> asyncio.Event:
    fake.chat_gate[chat] = asyncio.Event()
    return fake.chat_gate[chat]


async def _open(gate: asyncio.Event) -> None:
    gate.set()


async def _ask(bot: Bot, chat: int, text: str, count: int) -> str:
    await bot.fake.send_text(chat, text)
    return (await bot.fake.wait_sent(count, chat_id=chat))[-1].visible


def test_answer_and_teach_a_question_then_ask_it_in_chat(browser_web: WebHarness, browser_page: Any) -> None:
    web, page = browser_web, browser_page
    with session_scope(web.deps.session_factory) as s:
        add_members(s, 3, org="LS", first_id=100)
    with telegram_bot(web) as bot:
        first = web.run(_ask(bot, 100, UNKNOWN, 1))
        assert "50.000" not in first
        web.run(_ask(bot, 101, "cong doan co ho tro tien an trua cho hoc vien lop tap huan ko", 1))
        sign_in(web, page)
        page.goto(web.base_url + "/quanly/cauhoi")
        question = page.locator("section.question")
        assert question.count() == 1 and "2 người hỏi" in question.inner_text()
        screenshot(page, "cauhoi-danh-sach")
        question.get_by_text("Trả lời người hỏi").click()
        question.get_by_label("Câu trả lời (gửi riêng cho 2 người đã hỏi)").fill(
            "Có: mỗi ngày học, học viên được hỗ trợ 50.000 đồng tiền ăn trưa.")
        assert question.get_by_label("Dạy trợ lý trả lời như vậy cho câu hỏi này từ nay").is_checked()
        screenshot(page, "cauhoi-tra-loi")
        question.get_by_role("button", name="Gửi trả lời").click()
        page.wait_for_url("**/quanly/cauhoi?ok=answered_taught*")
        expect(page.get_by_role("status")).to_contain_text("Đã xếp hàng gửi câu trả lời tới 2 người hỏi")
        expect(page.locator("section.question")).to_have_count(0)
        expect(page.locator("table")).to_contain_text("50.000 đồng")  # listed under «Đã dạy trợ lý»
        screenshot(page, "cauhoi-da-day")
        # The people who asked get the answer through the outbox…
        web.run(bot.fake.wait_sent(2, chat_id=100))
        answered = bot.fake.to(100)[-1].visible
        assert answered.startswith("Về câu hỏi của anh/chị: «Công đoàn có hỗ trợ tiền ăn trưa")
        assert answered.endswith("Trả lời của Liên đoàn Lao động tỉnh Lạng Sơn, 23/11/2026")
        # …and anyone asking it from now on gets the taught answer in chat.
        taught = web.run(_ask(bot, 102, "Học viên lớp tập huấn có được công đoàn hỗ trợ tiền ăn trưa không?", 1))
        assert taught == ("Có: mỗi ngày học, học viên được hỗ trợ 50.000 đồng tiền ăn trưa.\n\n"
                          "Trả lời của Liên đoàn Lao động tỉnh Lạng Sơn, 23/11/2026")
        assert not bot.fake.errors


def test_update_a_target_and_see_its_chart(browser_web: WebHarness, browser_page: Any) -> None:
    web, page = browser_web, browser_page
    sign_in(web, page)
    page.goto(web.base_url + "/quanly/chitieu")
    chart = page.get_by_role("img", name="Biểu đồ chỉ tiêu đào tạo năm 2026 của Liên đoàn Lao động tỉnh Lạng Sơn",
                             exact=False)
    chart.scroll_into_view_if_needed()
    expect(chart).to_have_js_property("naturalWidth", 460)  # the picture arrived and was decoded
    screenshot(page, "chitieu")
    row = page.locator("tr", has_text="Số lớp tập huấn, bồi dưỡng cán bộ công đoàn")
    row.get_by_label("Số đã đạt: Số lớp tập huấn, bồi dưỡng cán bộ công đoàn").fill("15")
    row.get_by_label("Tính đến ngày (dd/mm/yyyy): Số lớp tập huấn, bồi dưỡng cán bộ công đoàn").fill("20/11/2026")
    row.get_by_role("button", name="Lưu").click()
    page.wait_for_url("**/quanly/chitieu?ok=1&t=*")
    expect(page.get_by_role("status")).to_contain_text("Đã cập nhật số liệu")
    row = page.locator("tr.changed")
    expect(row).to_contain_text("83,33%")
    expect(row).to_contain_text("20/11/2026")
    expect(page.get_by_role("img").first).to_have_js_property("naturalWidth", 460)
    screenshot(page, "chitieu-da-cap-nhat")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_stopping_an_announcement_asks_first(browser_web: WebHarness, browser_page: Any) -> None:
    web, page = browser_web, browser_page
    with session_scope(web.deps.session_factory) as s:
        add_members(s, 2, org="LS", first_id=100)
    sign_in(web, page)
    page.goto(web.base_url + "/quanly/thongbao")
    page.get_by_label("Nội dung (tối đa 1.000 ký tự)").fill("Tin thử, sẽ dừng.")
    page.get_by_role("button", name="Xem trước").click()
    page.get_by_role("button", name="Gửi cho 2 người").click()  # no pacer runs here: it stays «Đang gửi»
    page.wait_for_url("**/quanly/thongbao/*?ok=sent")
    asked: list[str] = []
    page.once("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    page.get_by_role("button", name="Dừng gửi").click()
    assert asked == ["Dừng gửi thông báo này? Những tin chưa gửi sẽ không được gửi nữa."]
    expect(page.locator("[data-field=status_label]")).to_have_text("Đang gửi")  # dismissed: nothing stopped
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Dừng gửi").click()
    page.wait_for_url("**?ok=cancelled")
    expect(page.locator("[data-field=status_label]")).to_have_text("Đã hủy")
    screenshot(page, "thongbao-da-dung")
