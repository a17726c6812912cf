"""The organiser web workspace's frame: signing in by a one-time link, sessions, CSRF, scope, the chat
command and the CLI that give links, and the web server's other endpoints left as they were."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re

import pytest
from sqlalchemy import select

from bot import cli
from handlers.core import handle
from handlers.types import Incoming
from knowledge import signin
from knowledge.db import session_scope
from knowledge.models import Course, SignInLink, WebSession
from tests.conftest import FakeClock
from tests.people import make_organiser
from tests.web_harness import PUBLIC_URL, WebHarness

PAGES = ("/quanly/", "/quanly/kehoach", "/quanly/lop", "/quanly/thongbao", "/quanly/cauhoi", "/quanly/chitieu",
         "/quanly/kehoach/tai.xlsx", "/quanly/kehoach/tai.csv", "/quanly/lop/1", "/quanly/lop/1/diemdanh.xlsx")
ACTIONS = ("/quanly/dangxuat", "/quanly/kehoach/xemtruoc", "/quanly/kehoach/nhap", "/quanly/lop/1/doi",
           "/quanly/lop/1/huy")


def test_anonymous_requests_are_sent_to_the_sign_in_explanation(web: WebHarness) -> None:
    for path in PAGES:
        page = web.get(path)
        assert page.status == 303 and page.headers["Location"] == "/quanly/dangnhap", path
    with web.deps.session_factory() as s:
        before = s.get(Course, 1)
        assert before is not None
        status = before.status
    for path in ACTIONS:
        done = web.post(path, {"csrf": "x", "xacnhan": "1"})
        assert done.status == 303 and done.headers["Location"] == "/quanly/dangnhap", path
    with web.deps.session_factory() as s:
        after = s.get(Course, 1)
        assert after is not None and after.status == status
    explained = web.get("/quanly/dangnhap")
    assert explained.status == 200 and "gõ <strong>/quanly</strong>" in explained.text
    assert explained.headers["Referrer-Policy"] == "no-referrer" and "/quanly/dangxuat" not in explained.text
    assert web.get("/quanly").headers["Location"] == "/quanly/"


def test_a_link_signs_in_once_and_sets_a_safe_cookie(web: WebHarness, caplog: pytest.LogCaptureFixture) -> None:
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", "LS")
    link = web.link()
    token = link.split("t=")[1]
    shown = web.get(link)  # what a chat app's link preview fetches: the link stays usable
    assert shown.status == 200 and "Đăng nhập" in shown.text and token not in shown.text
    with caplog.at_level(logging.INFO):
        entered = web.post(link)
    assert entered.status == 303 and entered.headers["Location"] == "/quanly/"
    cookie = entered.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/quanly/" in cookie
    assert "Max-Age=28800" in cookie and "Secure" not in cookie  # plain http in this test
    home = web.get("/quanly/")
    assert home.status == 200 and "Liên đoàn Lao động tỉnh Lạng Sơn" in home.text and "Đăng xuất" in home.text
    assert all(token not in r.getMessage() for r in caplog.records)
    assert any("web sign-in: telegram:900" in r.getMessage() for r in caplog.records)
    # Used once: a second visit is refused, even by a browser without the session.
    web.sign_out_client()
    again = web.post(link)
    assert again.status == 403 and "đã được dùng hoặc đã hết hạn" in again.text and "Set-Cookie" not in again.headers
    with session_scope(web.deps.session_factory) as s:  # only digests are stored
        assert s.scalar(select(SignInLink.token_hash)) == signin.digest(token)
        assert all(token not in h for h in s.scalars(select(WebSession.token_hash)))


def test_an_expired_or_unknown_link_is_refused(web: WebHarness) -> None:
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", None)
    link = web.link()
    clock = web.deps.clock
    assert isinstance(clock, FakeClock)
    clock.advance(dt.timedelta(minutes=signin.LINK_MINUTES, seconds=1))
    assert web.post(link).status == 403
    assert web.post("/quanly/vao?t=" + "A" * 43).status == 403
    assert web.get("/quanly/vao?t=<script>").headers["Location"] == "/quanly/dangnhap"
    assert web.get("/quanly/").status == 303


def test_a_link_of_someone_whose_role_was_withdrawn_opens_nothing(web: WebHarness) -> None:
    from knowledge import store

    web.sign_in("telegram", "901", union="LS")
    link = web.link("telegram", "901")
    assert web.get("/quanly/").status == 200
    with session_scope(web.deps.session_factory) as s:
        store.remove_organiser(session=s, channel="telegram", user_id="901")
    assert web.get("/quanly/").status == 303  # the open session ends at once
    web.sign_out_client()
    assert web.post(link).status == 403


def test_a_session_lasts_eight_hours_and_sign_out_ends_it(organiser_web: WebHarness) -> None:
    web = organiser_web
    clock = web.deps.clock
    assert isinstance(clock, FakeClock)
    clock.advance(dt.timedelta(hours=signin.SESSION_HOURS) - dt.timedelta(minutes=1))
    home = web.get("/quanly/")
    assert home.status == 200
    out = web.post("/quanly/dangxuat", {"csrf": home.csrf()})
    assert out.status == 303 and out.headers["Location"] == "/quanly/dangnhap?ra=1"
    assert 'cadrebot_quanly=""' in out.headers["Set-Cookie"]
    assert "Anh/chị đã đăng xuất" in web.get("/quanly/dangnhap?ra=1").text
    assert web.get("/quanly/").status == 303
    web.sign_in("telegram", "900", grant=False)
    clock.advance(dt.timedelta(hours=signin.SESSION_HOURS))
    assert web.get("/quanly/").status == 303


def test_a_stolen_cookie_value_from_the_database_opens_nothing(organiser_web: WebHarness) -> None:
    with session_scope(organiser_web.deps.session_factory) as s:
        stored = s.scalars(select(WebSession.token_hash)).one()
    organiser_web.sign_out_client()
    page = organiser_web.request("GET", "/quanly/", headers={"Cookie": f"cadrebot_quanly={stored}"})
    assert page.status == 303


def test_every_post_needs_the_session_csrf_value(organiser_web: WebHarness) -> None:
    web = organiser_web
    assert web.post("/quanly/dangxuat").status == 403
    wrong = web.post("/quanly/dangxuat", {"csrf": "not-it"})
    assert wrong.status == 403 and "Biểu mẫu đã cũ" in wrong.text
    assert web.get("/quanly/").status == 200  # still signed in: nothing happened


def test_sign_in_attempts_are_rate_limited_per_address(web: WebHarness, caplog: pytest.LogCaptureFixture) -> None:
    assert web.workspace is not None
    now = [0.0]
    web.workspace.signin_limit.monotonic = lambda: now[0]
    with caplog.at_level(logging.WARNING):
        codes = [web.post("/quanly/vao?t=" + "B" * 43).status for _ in range(11)]
    assert codes == [403] * 10 + [429]
    assert sum("web sign-in refused from" in r.getMessage() for r in caplog.records) == 10
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", None)
    link = web.link()
    assert web.post(link).status == 429  # while the address is held back, even a good link waits
    now[0] += 300
    assert web.post(link).status == 303


def test_only_refused_sign_ins_count_and_behind_a_trusted_proxy_each_client_has_its_own_limit(
        web: WebHarness) -> None:
    """Security review: behind a TLS proxy every request came from the proxy's address, so ten bad links
    from anyone locked everyone out; good sign-ins counted too."""
    from bot.quanly.core import parse_proxies

    assert web.workspace is not None
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", None)
    for _ in range(12):  # an organiser signing in often is never held back
        assert web.post(web.link()).status == 303
    bad = "/quanly/vao?t=" + "B" * 43

    def post(path: str, forwarded: str) -> int:
        return web.request("POST", path, headers={"X-Forwarded-For": forwarded}).status

    web.workspace.trusted_proxies = parse_proxies("127.0.0.1, 10.0.0.0/8")
    assert [post(bad, "203.0.113.5") for _ in range(11)] == [403] * 10 + [429]
    assert post(bad, "198.51.100.7") == 403  # another client behind the same proxy
    assert post(web.link(), "198.51.100.7") == 303
    # The client may send its own X-Forwarded-For: only the hop the trusted proxies added is believed.
    assert post(bad, "198.51.100.7, 203.0.113.5, 10.1.2.3") == 429
    assert post(web.link(), "203.0.113.5, 198.51.100.7") == 303
    # Without trusted proxies the header is ignored: anyone could write it.
    web.workspace.trusted_proxies = frozenset()
    assert [post(bad, f"192.0.2.{i}") for i in range(11)][-1] == 429


def test_the_rate_limit_forgets_idle_addresses() -> None:
    from bot.quanly.core import RateLimit

    now = [0.0]
    limit = RateLimit(limit=3, window=60.0, monotonic=lambda: now[0])
    for i in range(500):
        assert limit.allow(f"10.0.{i // 250}.{i % 250}")
    assert len(limit) == 500
    now[0] += 61
    assert limit.allow("10.9.9.9") and len(limit) == 1
    assert not limit.blocked("10.9.9.9")


def test_trusted_proxies_must_be_addresses() -> None:
    from pydantic import ValidationError

    from bot.settings import Settings

    ok = Settings(_env_file=None, CADREBOT_TRUSTED_PROXIES="127.0.0.1, ::1,10.0.0.0/8")  # type: ignore[call-arg]
    assert ok.trusted_proxies
    with pytest.raises(ValidationError):
        Settings(_env_file=None, CADREBOT_TRUSTED_PROXIES="proxy.local")  # type: ignore[call-arg]


def test_a_form_field_split_across_segments_is_read_whole(web: WebHarness) -> None:
    """Security review: one read of a text field gave only what had arrived, so a CSRF value split across
    TCP segments was cut and the upload refused. Here the body arrives 7 bytes at a time."""
    from unittest import mock

    from aiohttp import StreamReader
    from aiohttp.test_utils import make_mocked_request

    assert web.workspace is not None
    ws = web.workspace
    csrf = "c" * 43
    body = (f"--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
            f"--XyZ\r\nContent-Disposition: form-data; name=\"ghichu\"\r\n\r\nĐợt hai\r\n--XyZ--\r\n").encode()

    class Trickle(StreamReader):
        async def read(self, n: int = -1) -> bytes:
            return await super().read(7 if n < 0 else min(n, 7))

    async def read() -> dict[str, str]:
        stream = Trickle(mock.Mock(_reading_paused=False), 2**16, loop=asyncio.get_running_loop())
        stream.feed_data(body)
        stream.feed_eof()
        request = make_mocked_request("POST", "/quanly/kehoach/xemtruoc", payload=stream,
                                      headers={"Content-Type": "multipart/form-data; boundary=XyZ"})
        fields, up, too_large = await ws._read_multipart(request)
        assert up is None and not too_large
        return fields

    assert web.run(read()) == {"csrf": csrf, "ghichu": "Đợt hai"}


def test_a_sign_in_form_sent_from_another_site_is_refused(web: WebHarness) -> None:
    """Login CSRF (security review): another site must not post its own link to sign a visitor in."""
    with session_scope(web.deps.session_factory) as s:
        make_organiser(s, "telegram", "900", None)
    link = web.link()
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Origin": web.base_url, "Sec-Fetch-Site": "cross-site"}):
        refused = web.request("POST", link, headers=headers)
        assert refused.status == 403 and "trang khác" in refused.text, headers
        assert "set-cookie" not in refused.headers
    assert web.request("POST", link, headers={"Origin": web.base_url, "Sec-Fetch-Site": "same-origin"}).status == 303
    assert web.request("POST", web.link(), headers={"Origin": PUBLIC_URL}).status == 303  # behind the proxy
    assert web.post(web.link()).status == 303  # no header: not a browser posting from elsewhere
    # Our page's own form: its Referrer-Policy (no-referrer) makes the browser send Origin "null".
    assert web.request("POST", web.link(), headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"}).status == 303


def test_a_form_over_one_mib_gets_the_vietnamese_error_page(organiser_web: WebHarness) -> None:
    web = organiser_web
    csrf = web.get("/quanly/").csrf()
    big = web.post("/quanly/dangxuat", {"csrf": csrf, "x": "a" * (1024 * 1024 + 10)})
    assert big.status == 413 and "quá lớn" in big.text and "Entity" not in big.text
    assert "text/html" in big.headers["Content-Type"]


def test_the_other_endpoints_are_unchanged(web: WebHarness) -> None:
    assert web.get("/healthz").status == 200
    assert web.get("/ics/1.ics").status == 404  # not mounted by the harness: the workspace does not claim it
    assert web.get("/quanly/static/style.css").status == 200
    assert web.get("/quanly/khong-co").status == 303  # unknown pages need a session like the others


def test_unknown_pages_say_so_in_vietnamese_when_signed_in(organiser_web: WebHarness) -> None:
    page = organiser_web.get("/quanly/khong-co")
    assert page.status == 404 and "Không tìm thấy" in page.text


def _say(deps: object, text: str, *, user: str, private: bool = True) -> list[str]:
    from handlers.deps import Deps

    assert isinstance(deps, Deps)
    msg = Incoming(channel="telegram", chat_id=user if private else "-100", user_id=user, text=text, private=private)
    return [r.text for r in asyncio.run(handle(msg, deps))]


def test_quanly_in_chat_gives_organisers_a_working_link_and_nobody_else(web: WebHarness) -> None:
    import dataclasses

    deps = dataclasses.replace(web.deps, public_url=PUBLIC_URL)
    refused = _say(deps, "/quanly", user="555")
    assert "chỉ dành cho cán bộ" in refused[0] and "http" not in refused[0]
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "900", "LS")
    assert "http" not in _say(deps, "/quanly", user="900", private=False)[0]  # never a link in a group
    reply = _say(deps, "/quanly", user="900")[0]
    found = re.search(re.escape(PUBLIC_URL) + r"(/quanly/vao\?t=[A-Za-z0-9_-]+)", reply)
    assert found and "một lần" in reply and "10 phút" in reply
    assert web.post(found.group(1)).status == 303
    assert web.get("/quanly/").status == 200
    no_url = dataclasses.replace(web.deps, public_url=None)
    assert "CADREBOT_PUBLIC_URL" in _say(no_url, "/quanly", user="900")[0]


def test_an_organiser_sending_a_file_in_chat_is_pointed_to_the_workspace(deps: object) -> None:
    from handlers import compose
    from handlers.deps import Deps

    assert isinstance(deps, Deps)
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "900", None)
    for user, hint in (("900", True), ("555", False)):
        msg = Incoming(channel="telegram", chat_id=user, user_id=user, text="", has_media=True)
        text = asyncio.run(handle(msg, deps))[0].text
        assert text.startswith(compose.NO_MEDIA) and ("/quanly" in text) is hint


def test_cli_organiser_link(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                            clock: FakeClock) -> None:
    from tests.conftest import build_deps

    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    monkeypatch.delenv("CADREBOT_PUBLIC_URL", raising=False)
    monkeypatch.delenv("WEBHOOK_BASE_URL", raising=False)
    deps = build_deps(sqlite_url, clock)
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "zalo", "abc", None)
    deps.session_factory.kw["bind"].dispose()
    assert cli.main(["organiser", "link", "zalo:abc"]) == 2
    assert "CADREBOT_PUBLIC_URL" in capsys.readouterr().err
    monkeypatch.setenv("WEBHOOK_BASE_URL", "https://bot.example.vn/")
    assert cli.main(["organiser", "link", "zalo:abc"]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"https://bot\.example\.vn/quanly/vao\?t=[A-Za-z0-9_-]{40,}", out)
    monkeypatch.setenv("CADREBOT_PUBLIC_URL", "https://daotao.example.vn")
    assert cli.main(["organiser", "link", "zalo:abc"]) == 0
    assert capsys.readouterr().out.startswith("https://daotao.example.vn/quanly/vao?t=")
    assert cli.main(["organiser", "link", "zalo:khong"]) == 1
    captured = capsys.readouterr()
    assert not captured.out and "không phải người tổ chức" in captured.err


def test_cadrebot_run_serves_the_workspace_beside_the_webhook_and_quanly_in_telegram_signs_in(
        sqlite_url: str, clock: FakeClock) -> None:
    """The whole way an organiser takes: /quanly typed in Telegram (through the fake Bot API and the real
    webhook), the link in the reply, the button on the page, the workspace."""
    import httpx

    from bot.app import build_app
    from bot.serve import Runtime, serve
    from bot.settings import Settings
    from bot.telegram_channel import WEBHOOK_PATH
    from tests.fake_telegram import TOKEN, FakeTelegram

    secret = "s3cret_Token-for-tests"

    async def scenario() -> None:
        async with FakeTelegram() as fake:
            settings = Settings(_env_file=None, CADREBOT_DATABASE_URL=sqlite_url,  # type: ignore[call-arg]
                                CADREBOT_SAMPLE_DATA="false", TELEGRAM_BOT_TOKEN=TOKEN,
                                TELEGRAM_API_URL=fake.api_url, WEBHOOK_BASE_URL="https://bot.example.vn",
                                WEBHOOK_SECRET=secret, WEBHOOK_LISTEN="127.0.0.1:0",
                                CADREBOT_PUBLIC_URL="https://daotao.example.vn")
            app = build_app(settings, clock=clock)
            with session_scope(app.deps.session_factory) as s:
                make_organiser(s, "telegram", "601", "LS")
            stop = asyncio.Event()
            rt = Runtime()
            task = asyncio.create_task(serve(app, stop=stop, runtime=rt, install_signals=False))
            await asyncio.wait_for(rt.started.wait(), 10)
            try:
                assert rt.web is not None
                async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{rt.web.port}") as client:
                    assert (await client.post(WEBHOOK_PATH, json={})).status_code == 403  # webhook unchanged
                    assert (await client.get("/healthz")).status_code == 200
                    assert (await client.get("/quanly/")).headers["location"] == "/quanly/dangnhap"
                    ok = {"X-Telegram-Bot-Api-Secret-Token": secret}
                    await client.post(WEBHOOK_PATH, json=fake.message_update(601, "/quanly"), headers=ok)
                    reply = (await fake.wait_sent(1, chat_id=601))[0].visible
                    found = re.search(r"https://daotao\.example\.vn(/quanly/vao\?t=[A-Za-z0-9_-]+)", reply)
                    assert found, reply
                    entered = await client.post(found.group(1))
                    assert entered.status_code == 303 and "Secure" in entered.headers["set-cookie"]
                    # httpx keeps a Secure cookie for https only: send it back by hand over the test's http.
                    cookie = entered.headers["set-cookie"].split(";")[0]
                    home = await client.get("/quanly/", headers={"Cookie": cookie})
                    assert home.status_code == 200 and "Liên đoàn Lao động tỉnh Lạng Sơn" in home.text
            finally:
                stop.set()
                await task
                app.close()

    asyncio.run(scenario())


def test_cadrebot_web_serves_the_workspace_alone(sqlite_url: str, clock: FakeClock) -> None:
    import httpx

    from bot.app import build_app
    from bot.serve import Runtime, serve_web
    from bot.settings import Settings

    async def scenario() -> None:
        settings = Settings(_env_file=None, CADREBOT_DATABASE_URL=sqlite_url,  # type: ignore[call-arg]
                            CADREBOT_SAMPLE_DATA="true")
        app = build_app(settings, clock=clock)
        stop = asyncio.Event()
        rt = Runtime()
        task = asyncio.create_task(serve_web(app, "127.0.0.1:0", stop=stop, runtime=rt, install_signals=False))
        await asyncio.wait_for(rt.started.wait(), 10)
        try:
            assert rt.web is not None
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{rt.web.port}") as client:
                assert (await client.get("/quanly/dangnhap")).status_code == 200
                assert (await client.get("/healthz")).json()["database"] == "ok"
                with session_scope(app.deps.session_factory) as s:
                    course = s.scalars(select(Course).limit(1)).one()
                    ident = course.id
                assert (await client.get(f"/ics/{ident}.ics")).status_code == 200
        finally:
            stop.set()
            await task
            app.close()

    asyncio.run(scenario())
