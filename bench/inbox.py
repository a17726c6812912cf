"""Inbox throughput on PostgreSQL: updates written and processed per second, by 1 and by 3 processes.

    python -m bench.inbox [--updates 2000] [--users 400] [--processes 1 3]

Each process is a real `cadrebot run` in webhook mode (its own port) on one fresh PostgreSQL database; the
fake Bot API server of the tests runs in its own process and POSTs the updates to the processes' webhooks
(40 connections per process, as Telegram uses), an equal share to each. An update is one unknown command
(«/u…»), whose answer costs the core almost nothing, so what is measured is the inbox's own work: keeping
the update before the 200, taking it (SKIP LOCKED, each user's in order), the turn's transaction with the
kept replies, sending, marking it done.

Reported per run: acknowledged/s (all 200s received), processed/s (every answer at the fake; the clock
starts at the first POST), and the CPU seconds the bot processes used per 1,000 updates, which the machine's
load does not inflate the way it inflates wall time. Results also go to bench/out/inbox.json. Exit status 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from bench.common import OUT_DIR, ROOT, fake_bot_api, loadavg
from bot.app import build_app
from bot.settings import Settings
from tests.fake_telegram import TOKEN

PG_ADMIN = os.environ.get("CADREBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SECRET = "bench_inbox_secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def update(update_id: int, user: int, n: int) -> dict[str, Any]:
    command = f"/u{user}n{n}"
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": command,
        "chat": {"id": user, "type": "private", "first_name": "B"},
        "from": {"id": user, "is_bot": False, "first_name": "B"},
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}]}}


def fresh_database() -> tuple[str, str]:
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    name = f"cadrebot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def drop_database(name: str) -> None:
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


async def run(processes: int, fake_url: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    name, url = fresh_database()
    try:
        env_base = {**os.environ, "CADREBOT_DATABASE_URL": url, "CADREBOT_SAMPLE_DATA": "false",
                    "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"{fake_url}/bot", "WEBHOOK_SECRET": SECRET,
                    "PYTHONPATH": str(ROOT)}
        env_base.pop("ZALO_BOT_TOKEN", None)
        # Migrate and load the built-in knowledge once, before the processes race to do it.
        build_app(Settings(CADREBOT_DATABASE_URL=url, CADREBOT_SAMPLE_DATA=False, _env_file=None)).close()
        ports = [free_port() for _ in range(processes)]
        procs = [subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=str(tmp), env={
            **env_base, "WEBHOOK_BASE_URL": f"http://127.0.0.1:{p}", "WEBHOOK_LISTEN": f"127.0.0.1:{p}"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for p in ports]
        try:
            async with httpx.AsyncClient(base_url=fake_url, timeout=600) as client:
                for p in ports:
                    while True:
                        try:
                            if (await client.get(f"http://127.0.0.1:{p}/healthz")).status_code == 200:
                                break
                        except httpx.HTTPError:
                            pass
                        await asyncio.sleep(0.1)
                await client.post("/_fake/reset")
                per_user = max(1, args.updates // args.users)
                updates = [update(1 + i, 50_000 + i % args.users, i // args.users)
                           for i in range(args.users * per_user)]
                shares = [updates[i::processes] for i in range(processes)]
                cpu0 = [cpu_seconds(p.pid) for p in procs]
                began = time.perf_counter()

                async def deliver(port: int, share: list[dict[str, Any]]) -> dict[str, int]:
                    return dict((await client.post("/_fake/deliver", json={
                        "url": f"http://127.0.0.1:{port}/webhook/telegram", "secret": SECRET, "updates": share,
                        "concurrency": 40})).json()["statuses"])

                statuses = await asyncio.gather(*(deliver(p, s) for p, s in zip(ports, shares, strict=True)))
                acked_s = time.perf_counter() - began
                while (await client.get("/_fake/stats")).json()["sent"] < len(updates):
                    await asyncio.sleep(0.02)
                took = time.perf_counter() - began
                cpu = sum(cpu_seconds(p.pid) - c for p, c in zip(procs, cpu0, strict=True))
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
        ok = sum(s.get("200", 0) for s in statuses)
        return {"processes": processes, "updates": len(updates), "users": args.users, "acknowledged": ok,
                "acknowledged_per_s": round(len(updates) / acked_s, 1), "seconds": round(took, 2),
                "processed_per_s": round(len(updates) / took, 1),
                "processed_per_s_per_process": round(len(updates) / took / processes, 1),
                "cpu_s_per_1000": round(cpu / len(updates) * 1000, 2)}
    finally:
        drop_database(name)


async def main_async(args: argparse.Namespace) -> list[dict[str, Any]]:
    with fake_bot_api(0) as fake_url, tempfile.TemporaryDirectory() as tmp:
        return [await run(n, fake_url, args, Path(tmp)) for n in args.processes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--users", type=int, default=400)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 3])
    args = parser.parse_args()
    load = loadavg()
    results = asyncio.run(main_async(args))
    print(f"\n## Inbox throughput on PostgreSQL (load average before: {load})\n")
    print("| processes | updates | acknowledged/s | processed/s | per process/s | bot CPU s per 1,000 |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['processes']} | {r['updates']} | {r['acknowledged_per_s']} | {r['processed_per_s']} | "
              f"{r['processed_per_s_per_process']} | {r['cpu_s_per_1000']} |")
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "inbox.json").write_text(json.dumps({"load": load, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
