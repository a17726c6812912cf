"""Organisers: roles from the database, the /thongbao draft, scopes, reports, the register button, the CLI."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import func, select

from bot import cli
from bot.zalo_channel import ZaloChannel, ZaloClient, ZaloConfig
from handlers import organiser
from handlers.core import handle
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.types import Incoming, Reply
from knowledge.db import session_scope
from knowledge.models import Course, OutboxJob, OutboxMessage, Registration
from scheduler.delivery import Delivery
from scheduler.pacer import Pacer, PacerConfig
from tests.conftest import FIXED_NOW, TZ_VN, FakeClock
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import TOKEN as ZALO_TOKEN
from tests.fake_zalo import FakeZalo
from tests.people import add_course, add_members, make_organiser, org_id, register
from tests.test_delivery import FAST, telegram

ORGANISER = "9"


def say(deps: Deps, text: str = "", *, user: str = ORGANISER, data: str | None = None,
        channel: str = "telegram", private: bool = True) -> list[Reply]:
    msg = Incoming(channel, user, user, text, callback_data=data, private=private)
    return asyncio.run(handle(msg, deps))


def press(replies: list[Reply], label: str, deps: Deps, *, user: str = ORGANISER) -> list[Reply]:
    data = next(b.data for r in replies for b in r.buttons if label in b.label)
    return say(deps, data=data, user=user)


def jobs(deps: Deps) -> list[OutboxJob]:
    with deps.session_factory() as s:
        return list(s.scalars(select(OutboxJob).where(OutboxJob.kind == "broadcast")))


def setup_province(deps: Deps) -> Course:
    """An organiser of LĐLĐ Lạng Sơn, members there and in Sóc Trăng, one upcoming Lạng Sơn course."""
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "LS")
        add_members(s, 1, first_id=int(ORGANISER))
        add_members(s, 4, org="LS", first_id=100)
        add_members(s, 2, org="LS-CAOLOC", role="doan_vien", first_id=200)
        add_members(s, 3, org="ST", first_id=300)
        course = add_course(s, "LS-TH-01", starts=FIXED_NOW + dt.timedelta(days=20),
                            deadline=FIXED_NOW + dt.timedelta(days=10), capacity=2)
        s.expunge(course)
        return course


# ------------------------------------------------------------------ who may

def test_anyone_without_the_role_is_refused_and_the_attempt_logged(deps: Deps,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="handlers.organiser"):
        refused = say(deps, "/thongbao", user="555")
        stats = say(deps, "/thongke", user="555")
        forged = say(deps, data="bc:send", user="555")  # a button press cannot skip the check either
    assert refused[0].text == organiser.REFUSED == stats[0].text == forged[0].text
    assert sum("refused for telegram:555" in r.getMessage() for r in caplog.records) == 3
    assert not jobs(deps)


def test_organiser_commands_are_refused_in_groups(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, None)
    assert say(deps, "/thongbao", private=False)[0].text == organiser.IN_GROUP


# ------------------------------------------------------------------ the draft

def test_draft_with_course_preview_count_confirm_and_one_job(deps: Deps) -> None:
    course = setup_province(deps)
    assert say(deps, "/thongbao")[0].text == organiser.ASK_TEXT
    asked = say(deps, "Mời các đồng chí chủ tịch CĐCS dự lớp tập huấn <b>kỹ năng</b>.")
    assert any(b.data == f"bc:c:{course.id}" for b in asked[0].buttons)
    audience = say(deps, "ls-th-01")  # typing the course code works too, in any case
    assert "Gửi cho ai?" in audience[0].text
    preview = press(audience, "Mọi người trong phạm vi", deps)
    shown = preview[1]
    assert shown.text.startswith("📢 THÔNG BÁO — Liên đoàn Lao động tỉnh Lạng Sơn")
    assert "<b>kỹ năng</b>" in shown.text and "Lớp: Lớp thử LS-TH-01" in shown.text
    assert [b.data for b in shown.buttons] == [f"rg:{course.id}", f"c:{course.id}"]
    # Lạng Sơn and Cao Lộc below it, the organiser included; never Sóc Trăng.
    assert "Người nhận: 7 người" in preview[2].text
    done = press(preview, "Gửi cho 7 người", deps)
    [job] = jobs(deps)
    assert f"#{job.id}" in done[0].text and job.total == 7 and job.course_id == course.id
    assert say(deps, data="bc:send")[0].text.startswith("Lựa chọn này không còn")  # pressed twice: one job
    assert len(jobs(deps)) == 1


def test_the_preview_counts_in_the_database_without_loading_the_accounts(deps: Deps,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge import outbox

    setup_province(deps)
    real = outbox.select_profiles

    def refuse(**kw: object) -> outbox.Recipients:
        raise AssertionError("a preview must not materialise every recipient's account")

    say(deps, "/thongbao")
    say(deps, "Nội dung")
    audience = say(deps, data="bc:c:0")
    monkeypatch.setattr(outbox, "select_profiles", refuse)
    preview = press(audience, "Mọi người trong phạm vi", deps)
    assert "Người nhận: 7 người" in preview[2].text
    monkeypatch.setattr(outbox, "select_profiles", real)  # sending does choose the accounts
    press(preview, "Gửi cho 7 người", deps)
    [job] = jobs(deps)
    assert job.total == 7


def test_audience_by_union_role_and_course(deps: Deps) -> None:
    course = setup_province(deps)
    with session_scope(deps.session_factory) as s:
        from knowledge.models import UserProfile

        people = list(s.scalars(select(UserProfile).where(UserProfile.user_id.in_(["100", "101"]))))
        db_course = s.get(Course, course.id)
        assert db_course is not None
        register(s, db_course, *people)
        caoloc = org_id(s, "LS-CAOLOC")
    say(deps, "/thongbao")
    say(deps, "Nội dung")
    audience = say(deps, data=f"bc:c:{course.id}")
    by_course = press(audience, "Người đã đăng ký lớp", deps)
    assert "Người nhận: 2 người" in by_course[2].text
    by_role = press(press(by_course, "Chọn lại", deps), "Theo vai trò", deps)
    members = press(by_role, "Đoàn viên", deps)
    assert "Người nhận: 2 người — vai trò Đoàn viên" in members[2].text
    unions = press(press(members, "Chọn lại", deps), "Một đơn vị", deps)
    assert all(b.data.startswith("bc:o") for b in unions[0].buttons)
    picked = say(deps, data=f"bc:o:{caoloc}")
    assert "Người nhận: 2 người — Liên đoàn Lao động huyện Cao Lộc và các đơn vị cấp dưới" in picked[2].text


def test_only_the_latest_preview_sends_and_only_once_even_across_processes(deps: Deps) -> None:
    setup_province(deps)
    say(deps, "/thongbao")
    say(deps, "Dòng một\nDòng hai\n\n\n\nDòng ba")
    audience = say(deps, data="bc:c:0")
    first = press(audience, "Mọi người trong phạm vi", deps)
    second = press(press(first, "Chọn lại", deps), "Theo vai trò", deps)
    second = press(second, "Chủ tịch CĐCS", deps)
    old_send = next(b.data for b in first[2].buttons if b.data.startswith("bc:send:"))
    assert say(deps, data=old_send)[0].text.startswith("Lựa chọn này không còn")  # an older preview's button
    assert second[1].text.endswith("Dòng một\nDòng hai\n\nDòng ba")  # line breaks kept, runs of blanks cut
    send = next(b.data for b in second[2].buttons if b.data.startswith("bc:send:"))
    with deps.session_factory() as s:
        from knowledge.models import ConversationState

        draft_state = dict(s.get(ConversationState, ("telegram", ORGANISER)).state)  # type: ignore[union-attr]
    assert "Đã xếp hàng" in say(deps, data=send)[0].text
    # Another process read the same draft before the first one committed, and now handles a second press.
    with session_scope(deps.session_factory) as s:
        from knowledge import store

        store.set_state(session=s, channel="telegram", user_id=ORGANISER, state=draft_state)
    assert "đã được xếp hàng gửi rồi" in say(deps, data=send)[0].text
    assert len(jobs(deps)) == 1


def test_odd_numbers_in_commands_and_buttons_are_harmless(deps: Deps) -> None:
    setup_province(deps)
    for data in ("rg:²", "rg:99999999999999999999", "bc:c:²", "c:١٢"):
        assert say(deps, data=data)[0].text.startswith("Lựa chọn này không còn")
    assert "chưa gửi thông báo nào" in say(deps, "/thongke ²")[0].text


def test_a_segment_that_selects_nobody_says_so_and_offers_another(deps: Deps) -> None:
    setup_province(deps)
    say(deps, "/thongbao")
    say(deps, "Nội dung")
    audience = say(deps, data="bc:c:0")
    nobody = press(press(audience, "Theo vai trò", deps), "Giảng viên", deps)
    assert "chưa có ai" in nobody[0].text and any(b.data == "bc:a:scope" for b in nobody[0].buttons)
    assert say(deps, data="bc:send")[0].text.startswith("Lựa chọn này không còn")
    assert not jobs(deps)


def test_a_provincial_organiser_cannot_reach_another_province(deps: Deps) -> None:
    setup_province(deps)
    with deps.session_factory() as s:
        st = org_id(s, "ST")
    say(deps, "/thongbao")
    say(deps, "Nội dung")
    say(deps, data="bc:c:0")
    say(deps, data="bc:a:org")
    assert say(deps, data=f"bc:o:{st}")[0].text.startswith("Lựa chọn này không còn")
    assert "không thấy đơn vị" in say(deps, "Sóc Trăng")[0].text


def test_long_text_cancel_and_stale_presses(deps: Deps) -> None:
    setup_province(deps)
    say(deps, "/thongbao")
    assert "quá giới hạn" in say(deps, "x" * 1001)[0].text
    assert say(deps, "Hủy")[0].text == organiser.CANCELLED
    assert say(deps, data="bc:a:scope")[0].text.startswith("Lựa chọn này không còn")
    # Without a draft, text is a question again.
    assert "THÔNG BÁO" not in say(deps, "lớp tập huấn tháng tới")[0].text


def test_thongke_shows_my_reports(deps: Deps) -> None:
    setup_province(deps)
    assert "chưa gửi thông báo nào" in say(deps, "/thongke")[0].text
    say(deps, "/thongbao")
    say(deps, "Nội dung thống kê")
    preview = press(say(deps, data="bc:c:0"), "Mọi người trong phạm vi", deps)
    press(preview, "Gửi cho", deps)
    [job] = jobs(deps)
    report = say(deps, "/thongke")[0].text
    assert f"Báo cáo thông báo #{job.id} (đang gửi)" in report and "• Đang chờ gửi: 7" in report
    assert f"#{job.id}" in say(deps, f"/thongke {job.id}")[0].text
    assert "chưa gửi thông báo nào có số #999" in say(deps, "/thongke 999")[0].text


# ------------------------------------------------------------------ registering from an announcement

def test_register_button_respects_capacity_and_the_deadline(deps: Deps, clock: FakeClock) -> None:
    course = setup_province(deps)
    assert say(deps, data=f"rg:{course.id}", user="100")[0].text.startswith("Đã đăng ký cho anh/chị lớp")
    assert "đã đăng ký lớp" in say(deps, data=f"rg:{course.id}", user="100")[0].text
    say(deps, data=f"rg:{course.id}", user="101")
    assert "đã đủ 2 chỗ" in say(deps, data=f"rg:{course.id}", user="102")[0].text  # capacity 2
    clock.advance(dt.timedelta(days=11))
    assert "đã hết hạn đăng ký" in say(deps, data=f"rg:{course.id}", user="103")[0].text
    with deps.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == 2


# ------------------------------------------------------------------ end to end through the channels

def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


def test_through_telegram_refusal_empty_segment_send_and_report(any_deps: Deps, clock: FakeClock) -> None:
    setup_province(any_deps)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(any_deps, fake) as channel:
            delivery = Delivery(any_deps.session_factory.kw["bind"], any_deps.session_factory, [channel],
                                now=clock.now, tz=TZ_VN, wording=WORDING, configs={"telegram": FAST}, tick=0.05)
            delivery.start()
            try:
                await fake.send_text(555, "/thongbao")
                [refusal] = await fake.wait_sent(1, chat_id=555)
                assert refusal.visible == organiser.REFUSED
                organiser_chat = int(ORGANISER)
                await fake.send_text(organiser_chat, "/thongbao")
                await fake.wait_sent(1, chat_id=organiser_chat)
                await fake.send_text(organiser_chat, "Họp triển khai <kế hoạch> năm 2027 & tập huấn.")
                sent = await fake.wait_sent(2, chat_id=organiser_chat)
                await fake.press(organiser_chat, "bc:c:0")
                sent = await fake.wait_sent(3, chat_id=organiser_chat)
                await fake.press(organiser_chat, "bc:a:role")
                await fake.wait_sent(4, chat_id=organiser_chat)
                await fake.press(organiser_chat, "bc:r:giang_vien_kiem_chuc")
                sent = await fake.wait_sent(5, chat_id=organiser_chat)
                assert "chưa có ai" in sent[4].visible  # a segment that selects nobody
                await fake.press(organiser_chat, "bc:a:scope")
                sent = await fake.wait_sent(8, chat_id=organiser_chat)
                assert "Người nhận: 7 người" in sent[7].visible
                send = next(b["data"] for b in sent[7].buttons if b["data"].startswith("bc:send:"))
                await fake.press(organiser_chat, send)
                # The six members, then the organiser: the announcement, the receipt, the report.
                await fake.wait_until(lambda: all(fake.to(c) for c in (100, 101, 102, 103, 200, 201)))
                await fake.wait_until(lambda: any("Báo cáo thông báo" in m.visible
                                                  for m in fake.to(organiser_chat)))
            finally:
                await delivery.stop()
            member_view = fake.to(100)[0]
            assert "Họp triển khai <kế hoạch> năm 2027 & tập huấn." in member_view.visible  # escaped, shown as typed
            assert not fake.to(300) and not fake.errors  # Sóc Trăng is outside this organiser's scope
            report = next(m.visible for m in fake.to(organiser_chat) if "Báo cáo" in m.visible)
            assert "• Đã gửi: 7" in report

    run(scenario)


def test_through_zalo_the_register_option_is_typed_as_a_number(deps: Deps, clock: FakeClock) -> None:
    course = setup_province(deps)
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, channel="zalo", first_id=700)
    with session_scope(deps.session_factory) as s:
        from knowledge import outbox

        db_course = s.get(Course, course.id)
        ann = organiser.build_announcement(session=s, body="Mời đăng ký", course=db_course,
                                           scope=outbox.Scope(None), tz=TZ_VN)
        outbox.create_job(session=s, kind="broadcast", text=ann.text, buttons=ann.buttons, now=clock.now(),
                          recipients=outbox.Recipients([("zalo", "700", "700")]))

    async def scenario() -> None:
        async with FakeZalo() as fake:
            channel = ZaloChannel(ZaloConfig(token=ZALO_TOKEN, api_url=fake.api_url, poll_timeout=1), deps,
                                  client=ZaloClient(ZALO_TOKEN, fake.api_url))
            assert await channel.start()
            pacer = Pacer(channel, deps.session_factory, now=clock.now, config=PacerConfig(rate=50, idle_poll=0.05))
            pacer.start()
            try:
                [announcement] = await fake.wait_sent(1, chat_id="700")
                number = re.search(r"^(\d+)\. Đăng ký lớp này$", announcement.text, re.M)
                assert number is not None
                await fake.say("700", number.group(1))
                replies = await fake.wait_sent(2, chat_id="700")
                assert replies[1].text.startswith("Đã đăng ký cho anh/chị lớp «Lớp thử LS-TH-01»")
            finally:
                await pacer.stop()
                await channel.stop()

    run(scenario)


# ------------------------------------------------------------------ the command line

def test_cli_broadcast_dry_run_send_and_report(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], clock: FakeClock) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    from tests.conftest import build_deps

    deps = build_deps(sqlite_url, clock)
    setup_province(deps)
    deps.session_factory.kw["bind"].dispose()
    assert cli.main(["broadcast", "--to", "union:LS-CAOLOC", "--text", "Thử", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Người nhận: 2 — Liên đoàn Lao động huyện Cao Lộc" in out and "Chạy thử" in out
    assert cli.main(["broadcast", "--to", "role:khong_co", "--text", "Thử"]) == 2
    assert "--to phải là" in capsys.readouterr().err
    assert cli.main(["broadcast", "--to", "all", "--text", "Thử", "--from", "telegram:555"]) == 1
    assert "không phải người tổ chức" in capsys.readouterr().err
    # The Lạng Sơn organiser's scope applies: "all" means all of Lạng Sơn, not Sóc Trăng.
    assert cli.main(["broadcast", "--to", "all", "--text", "Họp", "--course", "LS-TH-01",
                     "--from", "telegram:9"]) == 0
    out = capsys.readouterr().out
    assert "Người nhận: 7" in out and "Đã xếp hàng thông báo #" in out
    assert cli.main(["report"]) == 0
    assert "• Đang chờ gửi: 7" in capsys.readouterr().out
    check = build_deps(sqlite_url, clock)
    with check.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 7
        job = s.scalars(select(OutboxJob)).one()
        assert (job.created_by_channel, job.created_by_user) == ("telegram", "9")
    check.session_factory.kw["bind"].dispose()
