"""Findings of the fault and security probe (issue 16) that need a test of their own: linking across apps,
bounded lock waits, the web server under slow or abusive clients, import limits."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from handlers import compose
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge.models import UserProfile
from tests.test_organiser import say


def _code(deps: Deps, user: str, channel: str) -> str:
    return say(deps, "/lienket", user=user, channel=channel)[0].text.split("Mã liên kết của anh/chị: ")[1][:6]


def test_linking_joins_accounts_of_different_apps_only(any_deps: Deps) -> None:
    code = _code(any_deps, "t1", "telegram")
    # Another Telegram account cannot use it, and trying does not use the code up.
    assert say(any_deps, f"/lienket {code}", user="t2", channel="telegram")[0].text == compose.LINK_BAD
    assert "Telegram" in say(any_deps, f"/lienket {code}", user="z1", channel="zalo")[0].text
    # A second Zalo account may not join the person who already has one on Zalo, through either side.
    code = _code(any_deps, "t1", "telegram")
    assert say(any_deps, f"/lienket {code}", user="z2", channel="zalo")[0].text == compose.LINK_BAD
    code = _code(any_deps, "z2", "zalo")
    assert say(any_deps, f"/lienket {code}", user="t1", channel="telegram")[0].text == compose.LINK_BAD
    with any_deps.session_factory() as s:
        people = dict(s.execute(select(UserProfile.user_id, UserProfile.person_id)).tuples().all())
    assert people["t1"] == people["z1"] is not None
    assert people.get("t2") is None and people["z2"] is None


# ------------------------------------------------------------------ bounded waits

def test_a_lock_held_elsewhere_gets_the_busy_reply_within_the_lock_timeout_and_nothing_half_written(
        any_deps: Deps, db_url: str) -> None:
    from knowledge.db import make_engine

    # The units of work run on an engine configured with a shorter lock timeout than the default 2 s: the
    # same bound is checked (the configured value, not a hard-coded one) with less real time spent waiting.
    lock_timeout = 0.5
    default_engine = any_deps.session_factory.kw["bind"]
    short = make_engine(db_url, lock_timeout=lock_timeout)
    any_deps.session_factory.configure(bind=short)
    try:
        _busy_within(any_deps, db_url, lock_timeout)
    finally:
        any_deps.session_factory.configure(bind=default_engine)
        short.dispose()


def _busy_within(any_deps: Deps, db_url: str, lock_timeout: float) -> None:
    from knowledge.db import LOCK_TIMEOUT, make_engine, session_scope
    from knowledge.models import Course, Registration
    from tests.conftest import FIXED_NOW
    from tests.people import add_course

    with session_scope(any_deps.session_factory) as s:
        cid = add_course(s, "LS-LOCK-01", starts=FIXED_NOW + dt.timedelta(days=20), capacity=5).id
    say(any_deps, "xin chào", user="u1")  # known before the lock is taken
    with session_scope(any_deps.session_factory) as s:  # and has given the details a registration needs
        s.execute(update(UserProfile).where(UserProfile.user_id == "u1").values(
            full_name="Nguyễn Văn Khóa", unit_name="CĐCS Thử", details_at=FIXED_NOW))
    holder = make_engine(db_url)
    try:
        with holder.connect() as conn:
            # Another session holds the class row (PostgreSQL) or SQLite's write lock, and does not let go.
            if holder.dialect.name == "postgresql":
                conn.execute(select(Course.id).where(Course.id == cid).with_for_update())
                unrelated = say(any_deps, "xin chào", user="u2")  # other rows: not held up at all
                assert unrelated[0].text != compose.BUSY
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            started = time.monotonic()
            replies = say(any_deps, data=f"rg:{cid}", user="u1")
            waited = time.monotonic() - started
            assert [r.text for r in replies] == [compose.BUSY]
            assert compose.BUSY == "Hệ thống đang bận, anh/chị vui lòng thử lại sau ít phút."
            # Without a lock timeout this call would never return: the holder lets go only after it. Only
            # the lower bound is timed (a loaded machine can only make the turn slower); that the turn ran
            # with the configured timeout and not the default is read off its sessions' own setting below.
            assert waited + 0.1 >= lock_timeout
            assert _lock_timeout_ms(any_deps) == int(lock_timeout * 1000) != int(LOCK_TIMEOUT * 1000)
            conn.rollback()
        with any_deps.session_factory() as s:
            assert s.scalars(select(Registration).where(Registration.course_id == cid)).all() == []
        # Once the lock is gone the same press works.
        assert say(any_deps, data=f"rg:{cid}", user="u1")[0].text.startswith("Đã đăng ký")
    finally:
        holder.dispose()


def _lock_timeout_ms(any_deps: Deps) -> int:
    """The lock timeout a unit of work's session runs with: PostgreSQL's per-transaction setting or SQLite's
    busy timeout, as the engine sets them."""
    with any_deps.session_factory() as s:
        if s.get_bind().dialect.name == "postgresql":
            # pg_settings gives the value in its unit (ms) as the transaction sees it, after the SET LOCAL.
            return int(s.execute(text("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'")).scalar_one())
        return int(s.execute(text("PRAGMA busy_timeout")).scalar_one())


# ------------------------------------------------------------------ the web server under slow clients

async def _slow_client(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection that starts a request and never finishes its headers (the slowloris pattern)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /telegram HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    await writer.drain()
    return reader, writer


async def _closed(reader: asyncio.StreamReader, timeout: float = 10.0) -> bool:
    """True when the server closes the connection (read() reaches the end) within `timeout`."""
    try:
        await asyncio.wait_for(reader.read(), timeout)
    except ConnectionError:
        return True
    except TimeoutError:
        return False
    return True


def test_slow_connections_beyond_the_cap_do_not_keep_health_checks_out() -> None:
    import aiohttp

    from bot.web import WebServer

    async def scenario() -> None:
        server = WebServer("127.0.0.1:0", health=lambda: asyncio.sleep(0, {"status": "ok"}), max_connections=20,
                           header_timeout=60)
        await server.start()
        clients = []
        try:
            for _ in range(60):
                clients.append(await _slow_client(server.port))
                assert len(server.guard.open) <= 20  # file descriptors stay bounded
            async with aiohttp.ClientSession() as http:
                for _ in range(5):  # genuine calls still get in while the slow ones keep coming
                    clients.append(await _slow_client(server.port))
                    async with http.get(f"http://127.0.0.1:{server.port}/healthz") as resp:
                        assert resp.status == 200 and (await resp.json()) == {"status": "ok"}
            assert server.guard.refused.total >= 40
            assert await _closed(clients[0][0])  # the oldest slow one was closed to make room
        finally:
            for _, writer in clients:
                writer.close()
            await server.stop()

    asyncio.run(scenario())


def test_a_connection_that_never_finishes_its_headers_is_closed_after_the_header_timeout() -> None:
    from bot.web import WebServer

    async def scenario() -> None:
        server = WebServer("127.0.0.1:0", health=lambda: asyncio.sleep(0, {"status": "ok"}), header_timeout=0.3)
        await server.start()
        try:
            reader, writer = await _slow_client(server.port)
            assert await _closed(reader)
            assert server.guard.timed_out.total == 1 and not server.guard.open
            writer.close()
            # A keep-alive connection gets the same deadline after each response.
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            await writer.drain()
            assert b"200 OK" in await reader.readuntil(b"\r\n\r\n")
            assert await _closed(reader)
            writer.close()
        finally:
            await server.stop()

    asyncio.run(scenario())


def test_a_slow_body_is_refused_and_wrong_secrets_are_counted_not_logged_one_line_each(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import aiohttp
    from aiohttp import web

    from bot import web as bot_web

    monkeypatch.setattr(bot_web, "BODY_TIMEOUT", 0.3)

    async def hook(request: web.Request) -> web.StreamResponse:
        body = await bot_web.webhook_body(request, header="X-Secret", secret="s3cret-value", channel="Test")
        return body if isinstance(body, web.StreamResponse) else web.Response(text=str(len(body)))

    async def scenario() -> None:
        server = bot_web.WebServer("127.0.0.1:0", health=lambda: asyncio.sleep(0, {"status": "ok"}))
        server.add_webhook("/hook", hook)
        await server.start()
        try:
            url = f"http://127.0.0.1:{server.port}/hook"
            async with aiohttp.ClientSession() as http:
                with caplog.at_level("WARNING", logger="bot.web"):
                    for _ in range(200):
                        async with http.post(url, data=b"{}", headers={"X-Secret": "guess"}) as resp:
                            assert resp.status == 403
                async with http.post(url, data=b"{}", headers={"X-Secret": "s3cret-value"}) as resp:
                    assert resp.status == 200 and await resp.text() == "2"
            lines = [r for r in caplog.records if "wrong or missing secret" in r.getMessage()]
            assert len(lines) == 1 and bot_web.wrong_secret_tally("Test").total == 200
            # A body announced but trickled: 413 once the body timeout passes, not a held connection.
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"POST /hook HTTP/1.1\r\nHost: x\r\nX-Secret: s3cret-value\r\nContent-Length: 100\r\n\r\n{")
            await writer.drain()
            assert b" 413 " in await asyncio.wait_for(reader.readuntil(b"\r\n"), 10)
            writer.close()
        finally:
            await server.stop()

    asyncio.run(scenario())


def test_repeated_identical_errors_are_logged_once_with_a_count() -> None:
    import io
    import logging

    from bot.logs import RepeatFilter, setup_logging

    now = [0.0]
    stream = io.StringIO()
    setup_logging(logging.INFO, [], stream)
    handler = logging.getLogger().handlers[0]
    handler.filters[0] = RepeatFilter(window=60, monotonic=lambda: now[0])
    log = logging.getLogger("aiohttp.server")
    try:
        for i in range(1000):
            try:
                raise ValueError(f"bad request {i}")
            except ValueError:
                log.exception("Error handling request from %s", f"10.0.0.{i % 250}")
        log.info("an ordinary line")
        now[0] = 61.0
        log.error("Error handling request from %s", "10.0.0.1", exc_info=ValueError("again"))
        text = stream.getvalue()
        assert text.count("Error handling request") == 2 and text.count("Traceback") == 1
        assert "(and 999 more like it in the last 60 s)" in text and "an ordinary line" in text
    finally:
        logging.getLogger().handlers.clear()


# ------------------------------------------------------------------ imports: limits, hidden sheets, codes

def _courses(n: int, first: int = 1, prefix: str = "K") -> list[list[object]]:
    return [["Mã lớp", "Tên lớp", "Ngày bắt đầu"]] + [
        [f"{prefix}{i:05d}", f"Lớp {i}", "01/02/2027"] for i in range(first, first + n)]


def test_an_import_beyond_the_limits_is_refused_clearly_before_parsing(
        session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge import transfer
    from tests.test_transfer import assert_nothing_written, run_import, write_csv, write_xlsx

    monkeypatch.setattr(transfer, "MAX_ROWS", 100)
    for path in (write_csv(tmp_path / "nhieu.csv", _courses(150)), write_xlsx(tmp_path / "nhieu.xlsx",
                                                                                {"Khóa học": _courses(150)})):
        with pytest.raises(transfer.TransferError) as caught:
            run_import(session, path)
        assert "dòng; tối đa 100 dòng mỗi lần nhập" in str(caught.value) and "151" in str(caught.value)
    assert_nothing_written(session)
    assert run_import(session, write_csv(tmp_path / "vua.csv", _courses(90))) is not None  # within: imported

    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 1000)
    with pytest.raises(transfer.TransferError, match=r"quá lớn .* tối đa 0 MB"):
        run_import(session, write_csv(tmp_path / "lon.csv", _courses(50)))


def test_a_small_workbook_that_unpacks_huge_is_refused(session: Session, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from knowledge import transfer
    from tests.test_transfer import run_import, write_xlsx

    monkeypatch.setattr(transfer, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    path = write_xlsx(tmp_path / "bom.xlsx", {"Khóa học": _courses(3)})
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (3 * 1024 * 1024))  # compresses to a few KiB
    assert path.stat().st_size < 100_000
    with pytest.raises(transfer.TransferError, match=r"khi giải nén lớn tới 3 MB; tối đa 2 MB"):
        run_import(session, path)


def test_hidden_sheets_are_skipped_with_a_warning(session: Session, tmp_path: Path) -> None:
    import openpyxl

    from knowledge.models import Course
    from tests.test_transfer import run_import

    workbook = openpyxl.Workbook()
    visible = workbook.active
    assert visible is not None
    visible.title = "Khóa học"
    for row in _courses(2):
        visible.append(row)
    secret = workbook.create_sheet("Nháp & cũ")
    for row in _courses(2, first=100, prefix="H"):
        secret.append(row)
    secret.sheet_state = "hidden"
    path = tmp_path / "an.xlsx"
    workbook.save(path)
    report = run_import(session, path)
    assert sorted(session.scalars(select(Course.code))) == ["K00001", "K00002"]
    [warning] = [w for w in report.warnings if w.sheet == "Nháp & cũ"]
    assert "đang bị ẩn; bỏ qua" in warning.message


def test_class_codes_are_one_class_whatever_the_case(session: Session, tmp_path: Path) -> None:
    from knowledge import store, transfer
    from knowledge.models import Course
    from tests.test_transfer import run_import, write_csv

    with pytest.raises(transfer.TransferError) as caught:
        run_import(session, write_csv(tmp_path / "hoa.csv", [
            ["Mã lớp", "Tên lớp", "Ngày bắt đầu"], ["LS-01", "Lớp một", "01/02/2027"],
            ["ls-01", "Lớp hai", "02/02/2027"]]))
    assert "trùng mã với dòng 2" in caught.value.issues[0].message
    run_import(session, write_csv(tmp_path / "a.csv", [["Mã lớp", "Tên lớp", "Ngày bắt đầu"],
                                                       ["LS-01", "Lớp một", "01/02/2027"]]))
    run_import(session, write_csv(tmp_path / "b.csv", [["Mã lớp", "Tên lớp", "Ngày bắt đầu"],
                                                       ["ls-01", "Lớp một (sửa)", "01/02/2027"]]))
    [course] = session.scalars(select(Course)).all()  # updated, not a second class
    assert course.title == "Lớp một (sửa)"
    assert store.course_by_code(session=session, code="Ls-01") is course


# ------------------------------------------------------------------ a channel nobody serves

def test_a_channel_nobody_serves_shows_in_healthz_and_the_log_and_its_rows_wait(
        any_deps: Deps, caplog: pytest.LogCaptureFixture) -> None:
    from bot.app import App
    from bot.serve import Runtime, _health
    from bot.settings import Settings
    from knowledge import outbox
    from knowledge.db import session_scope
    from knowledge.models import OutboxMessage
    from scheduler.delivery import Delivery
    from tests.conftest import FIXED_NOW, TZ_VN

    with session_scope(any_deps.session_factory) as s:
        outbox.create_job(session=s, kind="broadcast", text="x", now=FIXED_NOW,
                          recipients=outbox.Recipients([("zalo", "z1", "z1"), ("zalo", "z2", "z2")]))
    engine = any_deps.session_factory.kw["bind"]
    app = App(settings=Settings(_env_file=None), engine=engine, deps=any_deps)  # type: ignore[call-arg]

    async def scenario() -> dict[str, object]:
        rt = Runtime(delivery=Delivery(engine, any_deps.session_factory, [], now=any_deps.clock.now, tz=TZ_VN, wording=WORDING,
                                       unserved_grace=0))
        with caplog.at_level("WARNING", logger="scheduler.delivery"):
            await rt.delivery.check_unserved()  # type: ignore[union-attr]
        return await _health(app, rt)

    async def patient() -> list[object]:
        # With the default grace, a channel nobody has served yet is not reported by a process that has
        # just started (the other process may be starting too), and is once the grace has passed.
        delivery = Delivery(engine, any_deps.session_factory, [], now=any_deps.clock.now, tz=TZ_VN, wording=WORDING)
        first = await delivery.check_unserved()
        any_deps.clock.advance(dt.timedelta(minutes=6))  # type: ignore[attr-defined]
        return [first, await delivery.check_unserved()]

    first, later = asyncio.run(patient())
    assert first == [] and [u.channel for u in later] == ["zalo"]  # type: ignore[attr-defined]
    health = asyncio.run(scenario())
    assert health["unserved_channels"] == {"zalo": 2} and health["status"] == "ok"
    assert any("2 messages for zalo wait and no process has sent for it yet" in r.getMessage()
               for r in caplog.records)
    with any_deps.session_factory() as s:
        assert set(s.scalars(select(OutboxMessage.state))) == {"pending"}  # never failed for it
