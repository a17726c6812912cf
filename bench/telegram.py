"""Answered Telegram updates per second for one bot process, by long polling and by webhook.

    python -m bench.telegram [--updates 2000] [--chats 500] [--naive 600]

The fake Bot API server of the tests (tests/fake_telegram.py) runs in its own process, so the bot's process
does nothing but the bot's work: real PTB, real HTTP on loopback, the real core on a SQLite database with
the sample courses (dated from the fixed bench clock). The workload is the benchmark question sets and the
commands, cycled, from `--chats` different chats at once (a few messages each).

An update counts as answered when every message of its reply has reached the fake server; the expected
number of messages per question is measured first through the core itself. Polling: the updates are queued
at the fake and the bot fetches them. Webhook: the fake POSTs them to the bot's web server with 40
connections, as Telegram does.

Naive baseline, in the same run: the same bot with PTB's default processing (one update at a time), by
polling. Target: >= 200 answered updates/s. Results also go to bench/out/telegram.json. Exit status 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import httpx

from bench.common import NOW, OUT_DIR, QUESTION_FILES, fake_bot_api, load_questions
from bot.app import build_app
from bot.settings import Settings
from bot.telegram_channel import WEBHOOK_PATH, TelegramChannel, TelegramConfig, render
from bot.web import WebServer
from handlers.core import handle
from handlers.types import Incoming
from tests.fake_telegram import TOKEN

TARGET = 200.0
SECRET = "bench_secret"
COMMANDS = ["/start", "/help", "/khoahoc", "/chitieu", "/lich", "/hoso"]


class FixedClock:
    def now(self) -> Any:
        return NOW


def workload(n: int, chats: int) -> list[tuple[int, str]]:
    questions = [q for path in QUESTION_FILES.values() for q in load_questions(path)]
    texts = [q.q for q in questions if not q.q.strip().isdigit()] + COMMANDS
    return [(10_000 + i % chats, t) for i, t in enumerate(islice(cycle(texts), n))]


def update(update_id: int, chat_id: int, text: str) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "message_id": update_id, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "B"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "B"},
    }
    if text.startswith("/"):
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": msg}


async def expected_messages(deps: Any, texts: set[str]) -> dict[str, int]:
    """How many Telegram messages the core's reply to each text makes (measured, not guessed)."""
    out: dict[str, int] = {}
    for t in texts:
        replies = await handle(Incoming("telegram", "1", "1", t), deps)
        out[t] = sum(len(render(r)) for r in replies)
    return out


async def wait_for(client: httpx.AsyncClient, sent: int, timeout: float = 300.0) -> None:
    began = time.monotonic()
    while (await client.get("/_fake/stats")).json()["sent"] < sent:
        if time.monotonic() - began > timeout:
            raise TimeoutError("the bot did not answer everything")
        await asyncio.sleep(0.02)


async def run_mode(mode: str, deps: Any, fake_url: str, work: list[tuple[int, str]], expect: int,
                   first_id: int) -> dict[str, Any]:
    webhook = mode == "webhook"
    config = TelegramConfig(
        token=TOKEN, api_url=f"{fake_url}/bot", poll_timeout=1,
        webhook_url="http://127.0.0.1:0" if webhook else None, webhook_secret=SECRET if webhook else None,
        max_concurrent_updates=1 if mode == "naive" else 256,
    )
    channel = TelegramChannel(config, deps)
    web = None
    async with httpx.AsyncClient(base_url=fake_url, timeout=600) as client:
        await client.post("/_fake/reset")
        if webhook:
            web = WebServer("127.0.0.1:0", health=_healthy)
            web.add_webhook(WEBHOOK_PATH, channel.handle_webhook)
            await web.start()
        await channel.start()
        updates = [update(first_id + i, chat, text) for i, (chat, text) in enumerate(work)]
        began = time.perf_counter()
        if webhook:
            assert web is not None
            url = f"http://127.0.0.1:{web.port}{WEBHOOK_PATH}"
            delivered = (await client.post("/_fake/deliver", json={
                "url": url, "secret": SECRET, "updates": updates, "concurrency": 40})).json()["statuses"]
            assert delivered == {"200": len(updates)}, delivered
        else:
            await client.post("/_fake/push", json={"updates": updates})
        await wait_for(client, expect)
        took = time.perf_counter() - began
        stats = (await client.get("/_fake/stats")).json()
    await channel.stop()
    if web is not None:
        await web.stop()
    return {"mode": mode, "updates": len(work), "messages": stats["sent"], "seconds": round(took, 3),
            "per_second": round(len(work) / took, 1), "refused_by_fake": stats["errors"]}


async def _healthy() -> dict[str, Any]:
    return {"status": "ok"}


async def main_async(args: argparse.Namespace) -> list[dict[str, Any]]:
    with fake_bot_api(args.latency) as fake_url, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, CADREBOT_DATABASE_URL=f"sqlite:///{Path(tmp) / 'b.db'}")  # type: ignore[call-arg]
        app = build_app(settings, clock=FixedClock())
        deps = app.deps
        work = workload(args.updates, args.chats)
        per_text = await expected_messages(deps, {t for _, t in work})
        results = []
        first_id = 1
        for mode, n in (("polling", args.updates), ("webhook", args.updates), ("naive", args.naive)):
            part = work[:n]
            expect = sum(per_text[t] for _, t in part)
            results.append(await run_mode(mode, deps, fake_url, part, expect, first_id))
            first_id += n + 1
        app.close()
        return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--updates", type=int, default=2000)
    ap.add_argument("--chats", type=int, default=500)
    ap.add_argument("--naive", type=int, default=300)
    ap.add_argument("--latency", type=float, default=30.0, help="ms before the fake answers each sendMessage")
    args = ap.parse_args()
    results = asyncio.run(main_async(args))
    naive = next(r for r in results if r["mode"] == "naive")["per_second"]
    print(f"{'mode':<28}{'updates':>9}{'messages':>10}{'seconds':>9}{'updates/s':>11}{'vs naive':>10}")
    labels = {"polling": "long polling (this bot)", "webhook": "webhook (this bot)",
              "naive": "naive: PTB one at a time"}
    for r in results:
        print(f"{labels[r['mode']]:<28}{r['updates']:>9}{r['messages']:>10}{r['seconds']:>9.2f}"
              f"{r['per_second']:>11.1f}{r['per_second'] / naive:>9.1f}×")
    ok = all(r["per_second"] >= TARGET for r in results if r["mode"] != "naive")
    refused = sum(r["refused_by_fake"] for r in results)
    print(f"target >= {TARGET:.0f} answered updates/s: {'PASS' if ok else 'FAIL'}; messages refused by the fake: "
          f"{refused}")
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "telegram.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0  # a benchmark reports; it does not fail the build


if __name__ == "__main__":
    sys.exit(main())
