"""The outbox: an announcement to 10,000 people against a Bot API that enforces 30 msg/s, and enqueueing.

    python -m bench.outbox [--recipients 10000] [--naive 1000] [--enqueue 100000] [--latency 20]

Delivery: the fake Bot API of the tests runs in its own process and answers 429 (retry_after 1 s) to any
message beyond 30 in a sliding second, as Telegram's flood control does. The bot side is the real
TelegramChannel (PTB over HTTP) and the real Pacer over a SQLite outbox, configured at Telegram's default
25 msg/s. Reported: sustained rate (messages accepted / time from first to last), the share of attempts
answered 429, and the process's resident memory at each tenth of the run (flat = the pacer keeps no
per-recipient state). Targets: rate >= 90% of the configured 25/s, < 1% of attempts refused.

Naive baseline, in the same run: what a bot without a pacer does — 8 workers sending as fast as the server
answers, sleeping retry_after on a 429 and trying again.

Enqueue: 100,000 members chosen as an audience and written as outbox rows (one multi-row INSERT per batch),
against the naive one INSERT per row (measured on a tenth and reported per row). Results also go to
bench/out/outbox.json. Exit status 0.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from bench.common import NOW, OUT_DIR, fake_bot_api
from bot.app import build_app
from bot.settings import Settings
from bot.telegram_channel import TelegramChannel, TelegramConfig
from knowledge import outbox
from knowledge.db import session_scope
from knowledge.messages import Reply
from knowledge.models import OutboxMessage, UserProfile
from scheduler.pacer import OutMessage, Pacer, PacerConfig, SendError
from tests.fake_telegram import TOKEN

FAKE_LIMIT = 30.0
RATE = 25.0
TEXT = ("📢 THÔNG BÁO — LĐLĐ tỉnh Lạng Sơn\n\nMời các đồng chí chủ tịch CĐCS dự lớp tập huấn kỹ năng thương lượng "
        "tập thể, 08:00 Thứ Hai, 05/01/2027, tại Hội trường LĐLĐ tỉnh.")


class FixedClock:
    def now(self) -> Any:
        return NOW


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def add_members(session: Any, n: int, first: int = 1_000_000) -> None:
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    for start in range(0, n, 20_000):
        session.execute(insert(UserProfile), [
            {"channel": "telegram", "user_id": str(first + i), "chat_id": str(first + i), "role": "chu_tich_cdcs",
             "created_at": at, "last_seen_at": at} for i in range(start, min(n, start + 20_000))])


def fresh_app(tmp: Path, name: str) -> Any:
    settings = Settings(CADREBOT_DATABASE_URL=f"sqlite:///{tmp / name}", CADREBOT_SAMPLE_DATA=False,
                        _env_file=None)  # type: ignore[call-arg]
    return build_app(settings, clock=FixedClock())


async def stats(client: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await client.get("/_fake/stats")).json())


async def paced(tmp: Path, fake_url: str, n: int) -> dict[str, Any]:
    app = fresh_app(tmp, "paced.db")
    with session_scope(app.deps.session_factory) as s:
        add_members(s, n)
        found = outbox.select_recipients(session=s, scope=outbox.Scope(None), audience=outbox.Audience("scope"),
                                         now=NOW, tz=app.deps.tz)
        outbox.create_job(session=s, kind="broadcast", text=TEXT, recipients=found, now=NOW)
    channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake_url + "/bot"), app.deps)
    await channel.application.initialize()
    pacer = Pacer(channel, app.deps.session_factory, now=app.deps.clock.now, config=PacerConfig(rate=RATE))
    memory: list[float] = []
    async with httpx.AsyncClient(base_url=fake_url) as client:
        await client.post("/_fake/reset", json={"rate_limit": FAKE_LIMIT})
        began = time.monotonic()
        pacer.start()
        step = max(1, n // 10)
        while True:
            s = await stats(client)
            if s["sent"] >= len(memory) * step:
                memory.append(round(rss_mb(), 1))
            if s["sent"] >= n:
                break
            await asyncio.sleep(0.25)
        took = time.monotonic() - began
        await pacer.stop()
        s = await stats(client)
    await channel.application.shutdown()
    app.close()
    attempts = s["calls"].get("sendMessage", 0)
    return {"method": f"pacer at {RATE:g}/s", "recipients": n, "sent": s["sent"], "seconds": round(took, 1),
            "rate": round(s["sent"] / took, 2), "attempts": attempts, "answered_429": s["answered_429"],
            "share_429": round(s["answered_429"] / max(attempts, 1) * 100, 2),
            "distinct": s["distinct_chats"], "rss_mb": memory}


async def naive(tmp: Path, fake_url: str, n: int) -> dict[str, Any]:
    """8 workers, no pacing: send, and on a 429 sleep retry_after and try again."""
    app = fresh_app(tmp, "naive.db")
    channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake_url + "/bot"), app.deps)
    await channel.application.initialize()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(2_000_000 + i)

    async def worker() -> None:
        while not queue.empty():
            chat = queue.get_nowait()
            while True:
                try:
                    await channel.send_out(str(chat), str(chat), OutMessage(Reply(TEXT)))
                    break
                except SendError as exc:
                    if exc.kind != "rate":
                        break
                    await asyncio.sleep(exc.retry_after)

    async with httpx.AsyncClient(base_url=fake_url) as client:
        await client.post("/_fake/reset", json={"rate_limit": FAKE_LIMIT})
        began = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(8)))
        took = time.monotonic() - began
        s = await stats(client)
    await channel.application.shutdown()
    app.close()
    attempts = s["calls"].get("sendMessage", 0)
    return {"method": "naive, 8 workers", "recipients": n, "sent": s["sent"], "seconds": round(took, 1),
            "rate": round(s["sent"] / took, 2), "attempts": attempts, "answered_429": s["answered_429"],
            "share_429": round(s["answered_429"] / max(attempts, 1) * 100, 2), "distinct": s["distinct_chats"],
            "rss_mb": []}


def enqueue(tmp: Path, n: int) -> list[dict[str, Any]]:
    app = fresh_app(tmp, "enqueue.db")
    with session_scope(app.deps.session_factory) as s:
        add_members(s, n)
    out: list[dict[str, Any]] = []
    with session_scope(app.deps.session_factory) as s:
        began = time.perf_counter()
        found = outbox.select_recipients(session=s, scope=outbox.Scope(None), audience=outbox.Audience("scope"),
                                         now=NOW, tz=app.deps.tz)
        chosen = time.perf_counter()
        outbox.create_job(session=s, kind="broadcast", text=TEXT, recipients=found, now=NOW)
    done = time.perf_counter()
    out.append({"method": "audience + multi-row INSERT", "rows": found.count,
                "select_s": round(chosen - began, 2), "seconds": round(done - began, 2),
                "rows_per_s": round(found.count / (done - began))})
    # The naive way: one ORM object flushed per recipient (one INSERT round trip each), on a tenth.
    sample = found.accounts[: max(1, n // 10)]
    with session_scope(app.deps.session_factory) as s:
        job = outbox.create_job(session=s, kind="broadcast", text=TEXT, recipients=outbox.Recipients(), now=NOW)
        assert job is not None
        began = time.perf_counter()
        for channel, user, chat in sample:
            s.add(OutboxMessage(job_id=job.id, channel=channel, user_id=user, chat_id=chat, state="pending",
                                attempts=0, next_attempt_at=NOW))
            s.flush()
    took = time.perf_counter() - began
    out.append({"method": "naive: one INSERT per row", "rows": len(sample), "select_s": None,
                "seconds": round(took, 2), "rows_per_s": round(len(sample) / took),
                "estimated_s_for_all": round(took * found.count / len(sample), 1)})
    app.close()
    return out


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    with fake_bot_api(args.latency, FAKE_LIMIT) as fake_url, tempfile.TemporaryDirectory() as tmp:
        results = {"naive": await naive(Path(tmp), fake_url, args.naive) if args.naive else None,
                   "paced": await paced(Path(tmp), fake_url, args.recipients),
                   "enqueue": enqueue(Path(tmp), args.enqueue)}
    return results


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--recipients", type=int, default=10_000)
    p.add_argument("--naive", type=int, default=1_000)
    p.add_argument("--enqueue", type=int, default=100_000)
    p.add_argument("--latency", type=float, default=20.0, help="ms the fake takes to answer each send")
    args = p.parse_args()
    logging.basicConfig(level=logging.ERROR)  # the pacer's "slowing down" notices would drown the table
    results = asyncio.run(main_async(args))
    rows = [r for r in (results["naive"], results["paced"]) if r]
    print(f"\nDelivery against a fake enforcing {FAKE_LIMIT:g} msg/s ({args.latency:g} ms per send)")
    print(f"{'method':<22}{'sent':>8}{'seconds':>9}{'msg/s':>8}{'attempts':>10}{'429s':>7}{'429 %':>7}")
    for r in rows:
        print(f"{r['method']:<22}{r['sent']:>8}{r['seconds']:>9}{r['rate']:>8}{r['attempts']:>10}"
              f"{r['answered_429']:>7}{r['share_429']:>7}")
    paced_r = results["paced"]
    print(f"pacer: {paced_r['rate'] / RATE * 100:.1f}% of the configured {RATE:g}/s (target >= 90%), "
          f"{paced_r['share_429']}% of attempts refused (target < 1%), {paced_r['distinct']} distinct chats")
    print("resident memory (MB) at each tenth of the run: " + ", ".join(str(m) for m in paced_r["rss_mb"]))
    print(f"\nEnqueue {args.enqueue:,} recipients (SQLite)")
    print(f"{'method':<30}{'rows':>9}{'seconds':>9}{'rows/s':>10}")
    for r in results["enqueue"]:
        extra = f"  (all {results['enqueue'][0]['rows']:,}: ~{r['estimated_s_for_all']} s)" if r.get(
            "estimated_s_for_all") else ""
        print(f"{r['method']:<30}{r['rows']:>9}{r['seconds']:>9}{r['rows_per_s']:>10}{extra}")
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "outbox.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
