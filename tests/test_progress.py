"""Targets kept up to date by organisers, the chart per union, and «/chitieu» with its picture (a photo on
Telegram through the fake Bot API, a link on Zalo and in the terminal)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from bot.telegram_channel import TelegramChannel, TelegramConfig
from handlers import charts, compose
from handlers.core import handle
from handlers.deps import Deps
from handlers.types import Incoming, Photo, Reply
from knowledge import progress
from knowledge.db import data_version, session_scope
from knowledge.models import Target
from knowledge.outbox import Scope, organiser_scope
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.people import add_members, make_organiser, org_id

PNG = b"\x89PNG\r\n\x1a\n"


def scope_of(deps: Deps, user: str) -> Scope:
    with deps.session_factory() as s:
        scope = organiser_scope(session=s, channel="telegram", user_id=user)
    assert scope is not None
    return scope


def ls_target(deps: Deps) -> Target:
    with deps.session_factory() as s:
        t = s.scalar(select(Target).where(Target.code == "MAU-CT-LS-LOP"))
    assert t is not None
    return t


def test_progress_is_updated_within_the_scope_only(any_deps: Deps) -> None:
    deps = any_deps
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "9", "LS")
        make_organiser(s, "telegram", "8", "ST")
    target = ls_target(deps)
    today = dt.date(2026, 11, 23)
    with session_scope(deps.session_factory) as s:
        codes = [t.code for t in progress.targets_in_scope(session=s, scope=scope_of(deps, "9"))]
        assert "MAU-CT-LS-LOP" in codes and not any(c.startswith("MAU-CT-ST") for c in codes)
        with pytest.raises(progress.ProgressError) as err:
            progress.update_progress(session=s, scope=scope_of(deps, "8"), target_id=target.id, achieved=12,
                                     as_of=today, today=today)
        assert err.value.code == "not_found"
        for achieved, as_of, code in ((-1, today, "negative"), (12, today + dt.timedelta(days=1), "future"),
                                      (float("nan"), today, "not_a_number")):
            with pytest.raises(progress.ProgressError) as err:
                progress.update_progress(session=s, scope=scope_of(deps, "9"), target_id=target.id,
                                         achieved=achieved, as_of=as_of, today=today)
            assert err.value.code == code
        before = data_version(s)
        progress.update_progress(session=s, scope=scope_of(deps, "9"), target_id=target.id, achieved=15,
                                 as_of=dt.date(2026, 11, 20), today=today)
        assert data_version(s) == before + 1
    updated = ls_target(deps)
    assert (updated.achieved_value, updated.as_of) == (15, dt.date(2026, 11, 20))
    # The bot answers the new figure at once.
    reply = asyncio.run(handle(Incoming("telegram", "500", "500", "chỉ tiêu số lớp Lạng Sơn năm nay"), deps))
    assert "% (15/18" in reply[0].text and "20/11/2026" in reply[0].text


def test_chart_compares_with_last_year(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        ls = org_id(s, "LS")
        for code, year, achieved in (("A26", 2026, 11.0), ("A25", 2025, 17.0)):
            s.add(Target(code=code, organisation_id=ls, period_start=year, period_end=year, target_value=18 if
                         year == 2026 else 16, unit="lớp", achieved_value=achieved,
                         metric="Số lớp tập huấn cán bộ công đoàn", as_of=dt.date(year, 11, 1)))
        s.add(Target(code="B26", organisation_id=ls, period_start=2026, period_end=2026, target_value=80, unit="%",
                     achieved_value=None, metric="Tỷ lệ cán bộ không chuyên trách được bồi dưỡng"))
    with deps.session_factory() as s:
        data = progress.chart_data(session=s, organisation_id=org_id(s, "LS"), year=2026)
        assert data is not None
        assert data.year == 2026 and data.as_of == dt.date(2026, 11, 1)
        rows = {r.code: r for r in data.rows}
        assert set(rows) == {"A26", "B26"}
        assert (rows["A26"].last_target, rows["A26"].last_achieved) == (16, 17)
        assert rows["A26"].percent == pytest.approx(61.11, abs=0.01)
        assert rows["B26"].last_target is None and rows["B26"].percent is None
        # A union whose targets are all in the past is drawn for its latest year.
        hn = progress.chart_data(session=s, organisation_id=org_id(s, "HN"), year=2026)
        latest = max(s.scalars(select(Target.period_end).where(Target.organisation_id == org_id(s, "HN"))))
        assert hn is not None and latest < 2026 and hn.year == latest
        assert progress.chart_data(session=s, organisation_id=org_id(s, "LS-CAOLOC"), year=2026) is None
    png = charts.render(data)
    assert png.startswith(PNG) and len(png) > 10_000
    assert charts.render(data) is png  # drawn once per set of figures


def test_chitieu_sends_the_chart_on_telegram_and_a_link_elsewhere(sample_deps: Deps) -> None:
    deps = dataclasses.replace(sample_deps, public_url="https://bot.example.vn/")
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, org="LS", first_id=700, channel="telegram")
        add_members(s, 1, org="LS", first_id=701, channel="zalo")

    async def scenario() -> None:
        async with FakeTelegram() as fake:
            channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=2), deps)
            assert await channel.start()
            try:
                await fake.send_text(700, "/chitieu")
                text, photo = await fake.wait_sent(2, chat_id=700)
            finally:
                await channel.stop()
            assert "Lạng Sơn" in text.visible
            assert "% (11/18" in text.visible
            assert photo.photo is not None and photo.photo[1].startswith(PNG)
            assert "Biểu đồ chỉ tiêu đào tạo năm 2026" in photo.visible and "Lạng Sơn" in photo.visible
            assert not fake.errors

    asyncio.run(scenario())
    zalo = asyncio.run(handle(Incoming("zalo", "701", "701", "/chitieu"), deps))
    assert zalo[-1].photo is not None and zalo[-1].photo.png is None
    shown = compose.numbered(zalo)[-1]
    assert shown.endswith("https://bot.example.vn/bieudo/chitieu/LS.png") and "% (11/18" in shown


def test_no_link_without_a_public_address(sample_deps: Deps) -> None:
    with session_scope(sample_deps.session_factory) as s:
        add_members(s, 1, org="LS", first_id=701, channel="zalo")
    replies = asyncio.run(handle(Incoming("zalo", "701", "701", "/chitieu"), sample_deps))
    assert all(r.photo is None for r in replies)
    assert "http" not in "\n".join(compose.numbered(replies))


def test_photo_link_is_added_to_numbered_text() -> None:
    reply = Reply("Chỉ tiêu…", photo=Photo("Biểu đồ", url="https://x.vn/a.png"))
    assert compose.numbered([reply]) == ["Chỉ tiêu…\n\nBiểu đồ: https://x.vn/a.png"]
    assert compose.numbered([Reply("A", photo=Photo("B", png=PNG))]) == ["A"]


def test_chitieu_on_zalo_links_the_chart_the_web_server_serves(sample_deps: Deps) -> None:
    """Through the fake Zalo Bot API: the text and a link; the link, fetched from the workspace's server,
    is the same picture."""
    from tests.fake_zalo import FakeZalo
    from tests.test_zalo import polling_bot
    from tests.web_harness import PUBLIC_URL, serve_workspace

    deps = dataclasses.replace(sample_deps, public_url=PUBLIC_URL)
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, org="LS", first_id=0, channel="zalo")

    async def scenario() -> str:
        async with FakeZalo() as fake, polling_bot(deps, fake):
            await fake.say("0", "/chitieu")
            [message] = await fake.wait_sent(1, chat_id="0")
            assert not fake.errors
            return str(message.text)

    text = asyncio.run(scenario())
    assert "% (11/18" in text
    link = text.rsplit(": ", 1)[1]
    assert link == f"{PUBLIC_URL}/bieudo/chitieu/LS.png"
    web = serve_workspace(deps)
    try:
        served = web.get(link.removeprefix(PUBLIC_URL))
    finally:
        web.close()
    assert served.status == 200 and served.headers["Content-Type"] == "image/png" and served.body.startswith(PNG)
    with deps.session_factory() as s:
        data = progress.chart_data(session=s, organisation_id=org_id(s, "LS"), year=2026)
    assert data is not None and served.body == charts.render(data)


def test_ask_json_gives_the_chart_link(sample_deps: Deps) -> None:
    from bot.cli import _replies, ask_payload, render_text

    deps = dataclasses.replace(sample_deps, public_url="https://bot.example.vn")
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, org="LS", first_id=702, channel="zalo")
    payload = ask_payload(deps, "/chitieu", channel="zalo", user_id="702")
    photo = payload["replies"][-1]["photo"]
    assert photo["url"] == "https://bot.example.vn/bieudo/chitieu/LS.png" and photo["caption"].startswith("Biểu đồ")
    assert render_text(_replies(payload)).endswith(": https://bot.example.vn/bieudo/chitieu/LS.png")
    plain = ask_payload(deps, "lớp nào sắp tới", channel="zalo", user_id="702")
    assert all("photo" not in r for r in plain["replies"])
