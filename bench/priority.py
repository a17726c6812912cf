"""Reminders during a national broadcast: a 100,000-recipient announcement at Telegram's 25 msg/s while
1,000 class reminders fall due, with today's outbox (urgent rows first, a fresh read every second) against
the one before it (rows in id order, 200 read at a time), and the broadcast alone (no reminders), in the
same run.

    python -m bench.priority [--recipients 100000] [--reminders 1000] [--window 600] [--pg URL]

The real Pacer sends over a real outbox table (SQLite, or PostgreSQL with --pg) through an in-process
sender that records each send. Time is virtual: the pacer's clock and sleeps are injected, so 100,000
sends at 25/s (66 minutes of sending) take a few minutes of database work, and the figures do not depend on
how busy the machine is. The reminders fall due at random moments within the first `window` seconds of
the broadcast (seed 1), each for one person. Reported per method: reminders' delay from falling due to being
sent (median, 95th percentile, max), the channel's rate while the reminders were going out and overall
(messages per virtual second), the broadcast's own rate over the same span (the broadcast alone gives its
rate without reminders, for comparison), and the real time one read of due rows took (median and max; it must stay
far below the 1 s between reads, or it would slow the channel). Results go to bench/out/priority.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from bench.common import NOW, OUT_DIR, percentile
from knowledge import outbox
from knowledge.db import make_engine, make_session_factory, session_scope, upgrade
from knowledge.models import OutboxJob, OutboxMessage, UserProfile
from scheduler.pacer import OutMessage, Pacer, PacerConfig

RATE = 25.0
START = NOW.astimezone(dt.UTC)


class VirtualTime:
    """The pacer's clock: sleeping moves time on at once."""

    def __init__(self) -> None:
        self.t = 0.0

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)
        await asyncio.sleep(0)

    def now(self) -> dt.datetime:
        return START + dt.timedelta(seconds=self.t)


class RecordingSender:
    name = "telegram"

    def __init__(self, clock: VirtualTime) -> None:
        self.clock = clock
        self.sent: dict[str, float] = {}

    async def send_out(self, chat_id: str, user_id: str, message: OutMessage) -> None:
        self.sent[chat_id] = self.clock.t
        await asyncio.sleep(0)


def legacy_due(*, session: Any, channel: str, now: dt.datetime, limit: int,
               exclude: Iterable[int] = ()) -> list[outbox.Due]:
    """The outbox's read before priorities: pending rows of the channel in id order."""
    skip = set(exclude)
    q = (select(OutboxMessage.id, OutboxMessage.job_id, OutboxMessage.user_id, OutboxMessage.chat_id,
                OutboxMessage.attempts, OutboxJob.text, OutboxJob.buttons, OutboxJob.attachment)
         .join(OutboxJob, OutboxJob.id == OutboxMessage.job_id)
         .where(OutboxMessage.channel == channel, OutboxMessage.state == "pending",
                OutboxMessage.next_attempt_at <= now, OutboxJob.status == "sending")
         .order_by(OutboxMessage.id).limit(limit + len(skip)))
    out = [outbox.Due(mid, job, channel, user, chat, attempts, text, (), att)
           for mid, job, user, chat, attempts, text, _b, att in session.execute(q) if mid not in skip]
    return out[:limit]


def prepare(url: str, recipients: int, reminders: int, window: float) -> dict[str, float]:
    """The broadcast and the reminders (queued ahead, each due at its moment); returns chat → due time."""
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with session_scope(factory) as s:
        for start in range(0, recipients, 20_000):
            s.execute(insert(UserProfile), [
                {"channel": "telegram", "user_id": str(1_000_000 + i), "chat_id": str(1_000_000 + i),
                 "created_at": at, "last_seen_at": at} for i in range(start, min(recipients, start + 20_000))])
        found = outbox.select_recipients(session=s, scope=outbox.Scope(None), audience=outbox.Audience("scope"),
                                         now=START, tz=dt.UTC)
        outbox.create_job(session=s, kind="broadcast", text="Thông báo toàn quốc", recipients=found, now=START,
                          created_by=("telegram", "1"))
    rng = random.Random(1)
    due: dict[str, float] = {}
    with session_scope(factory) as s:
        for i in range(reminders):
            chat = f"r{i}"
            due[chat] = rng.uniform(1.0, window)
            outbox.create_job(session=s, kind="reminder", text="Nhắc lịch học", key=f"remind:{i}:2h", now=START,
                              not_before=START + dt.timedelta(seconds=due[chat]),
                              recipients=outbox.Recipients([("telegram", chat, chat)]))
    engine.dispose()
    return due


async def run(url: str, due: dict[str, float], *, legacy: bool, until: float | None = None) -> dict[str, Any]:
    """One method until every reminder went out (or, with `until`, for that many virtual seconds)."""
    engine = make_engine(url)
    factory = make_session_factory(engine)
    clock = VirtualTime()
    sender = RecordingSender(clock)
    reads: list[float] = []
    real_due: Callable[..., list[outbox.Due]] = outbox.due_messages

    def timed(**kw: Any) -> list[outbox.Due]:
        began = time.perf_counter()
        try:
            return (legacy_due if legacy else real_due)(**kw)
        finally:
            reads.append(time.perf_counter() - began)

    outbox.due_messages = timed
    config = PacerConfig(rate=RATE, batch=200, refetch=1e9 if legacy else 1.0)
    pacer = Pacer(sender, factory, now=clock.now, config=config, monotonic=clock.monotonic, sleep=clock.sleep)
    began = time.monotonic()
    try:
        pacer.start()
        while not all(chat in sender.sent for chat in due) or (until is not None and clock.t < until):
            await asyncio.sleep(0.2)
        await pacer.stop(1.0)
    finally:
        outbox.due_messages = real_due
        engine.dispose()
    delays = sorted(sender.sent[c] - d for c, d in due.items()) or [0.0]
    last_due = max(due.values()) if due else float(until or 1.0)
    during = [t for c, t in sender.sent.items() if t <= last_due]
    broadcast_during = sum(1 for c, t in sender.sent.items() if t <= last_due and c not in due)
    method = ("the broadcast alone (no reminders)" if not due else
              "before: id order, 200 per read" if legacy else "now: urgent first, a read per second")
    return {
        "method": method,
        "reminders": len(due), "median_delay_s": round(statistics.median(delays), 2),
        "p95_delay_s": round(percentile(delays, 95), 2), "max_delay_s": round(max(delays), 2),
        "broadcast_rate_while_due": round(broadcast_during / last_due, 2),
        "sent": len(sender.sent), "virtual_s": round(clock.t, 1),
        "rate_while_due": round(len(during) / last_due, 2), "rate_overall": round(len(sender.sent) / clock.t, 2),
        "broadcast_sent_while_due": broadcast_during,
        "reads": len(reads), "read_ms_median": round(statistics.median(reads) * 1000, 2),
        "read_ms_max": round(max(reads) * 1000, 1), "real_s": round(time.monotonic() - began, 1),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--recipients", type=int, default=100_000)
    p.add_argument("--reminders", type=int, default=1_000)
    p.add_argument("--window", type=float, default=600.0, help="virtual seconds over which reminders fall due")
    p.add_argument("--pg", help="a PostgreSQL URL (an empty database) instead of a SQLite file")
    args = p.parse_args()
    logging.basicConfig(level=logging.ERROR)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for legacy in (False, True):
            url = args.pg or f"sqlite:///{Path(tmp) / ('legacy.db' if legacy else 'now.db')}"
            if args.pg:
                engine = make_engine(url)
                with engine.begin() as conn:
                    conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
                engine.dispose()
            due = prepare(url, args.recipients, args.reminders, args.window)
            results.append(asyncio.run(run(url, due, legacy=legacy)))
        # The baseline: the same broadcast with no reminders, over the span in which the reminders fell due.
        url = args.pg or f"sqlite:///{Path(tmp) / 'alone.db'}"
        if args.pg:
            engine = make_engine(url)
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            engine.dispose()
        prepare(url, args.recipients, 0, args.window)
        span = max(due.values()) if due else args.window
        results.append(asyncio.run(run(url, {}, legacy=False, until=span)))
    print(f"\n{args.recipients:,} recipients at {RATE:g} msg/s, {args.reminders:,} reminders due within "
          f"{args.window:g} s ({'PostgreSQL' if args.pg else 'SQLite'})\n")
    print("| method | reminder delay median | p95 | max | msg/s while due | broadcast msg/s while due | "
          "msg/s overall | broadcast sent meanwhile | read ms median / max |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        delays = (f"{r['median_delay_s']} s | {r['p95_delay_s']} s | {r['max_delay_s']} s" if r["reminders"]
                  else "— | — | —")
        print(f"| {r['method']} | {delays} | {r['rate_while_due']} | {r['broadcast_rate_while_due']} | "
              f"{r['rate_overall']} | {r['broadcast_sent_while_due']:,} | {r['read_ms_median']} / {r['read_ms_max']} |")
    now_r, alone = results[0], results[-1]
    print(f"\nTarget: every reminder within 5 s of falling due: max {now_r['max_delay_s']} s — "
          f"{'PASS' if now_r['max_delay_s'] <= 5 else 'FAIL'}; channel rate "
          f"{now_r['rate_while_due'] / RATE * 100:.1f}% of {RATE:g}/s while they fell due "
          f"({alone['rate_while_due'] / RATE * 100:.1f}% for the broadcast alone); the broadcast's own rate "
          f"{now_r['broadcast_rate_while_due']} msg/s against {alone['broadcast_rate_while_due']} alone (the "
          f"difference is the reminders' share of the channel).")
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "priority.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
