"""Reminders: plan 100,000 of them, rebuild the scheduler at start, and enqueue them when they fall due.

    python -m bench.reminders [--registrations 33334] [--courses 2000] [--worst-courses 20000]

Planning: 2,000 upcoming courses with 33,334 registrations, each with the default ladder (7 days, 1 day at
07:00, 2 hours) = 100,002 reminders (registration × rung), plus two deadline reminders per course. The
planner plans one reminder per (course, rung), chooses its recipients when it fires, and gives every moment
at which reminders fall due one APScheduler job. It is timed from nothing to every job in APScheduler (what
a restart does), then again on the same scheduler (a re-plan: replace_existing, nothing added). Target:
rebuild at start <= 5 s. The spread case has one registration per course: 20,000 courses, 100,000
reminders planned one by one.

Naive baseline, in the same run: one APScheduler job per (registration, rung), added with the scheduler
running, as a straightforward port would do (measured on a tenth and reported for all).

Enqueue: every class reminder of the 2,000 courses fires; reported are outbox rows written per second, against
the naive one outbox job per registration (measured on a tenth). SQLite, the default deployment. Results also
go to bench/out/reminders.json. Exit status 0.
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

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import func, insert, select

from bench.common import NOW, OUT_DIR
from bench.outbox import fresh_app, rss_mb
from handlers.notices import WORDING
from knowledge import outbox, reminders
from knowledge.db import session_scope
from knowledge.models import Course, OutboxJob, OutboxMessage, Registration, UserProfile
from scheduler.planner import Planner

TZ = NOW.tzinfo
assert TZ is not None


def populate(app: Any, courses: int, registrations: int) -> None:
    """Upcoming courses over the next 60 days and members registered on them round-robin."""
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with session_scope(app.deps.session_factory) as s:
        s.execute(Course.__table__.update().values(status="finished"))
        s.execute(insert(Course), [
            {"code": f"B-{i:06d}", "title": f"Lớp tập huấn số {i}", "audiences": "chu_tich_cdcs",
             "starts_at": NOW + dt.timedelta(days=10 + i % 50, hours=i % 9),
             "registration_deadline": NOW + dt.timedelta(days=5 + i % 50), "status": "open",
             "province": "Lạng Sơn", "venue": "Hội trường", "created_at": at, "updated_at": at}
            for i in range(courses)])
        for start in range(0, registrations, 20_000):
            s.execute(insert(UserProfile), [
                {"channel": "telegram", "user_id": str(10_000_000 + i), "chat_id": str(10_000_000 + i),
                 "role": "chu_tich_cdcs", "created_at": at, "last_seen_at": at}
                for i in range(start, min(registrations, start + 20_000))])
        ids = list(s.scalars(select(Course.id).where(Course.code.like("B-%")).order_by(Course.id)))
        profiles = list(s.scalars(select(UserProfile.id).where(UserProfile.user_id.like("10%"))
                                  .order_by(UserProfile.id)))
        for start in range(0, len(profiles), 20_000):
            s.execute(insert(Registration), [
                {"course_id": ids[i % len(ids)], "profile_id": profiles[i], "status": "registered",
                 "created_at": at, "updated_at": at} for i in range(start, min(len(profiles), start + 20_000))])


async def rebuild(app: Any) -> dict[str, Any]:
    """Start a planner on the database (a restart), then re-plan on the same scheduler."""
    planner = Planner(app.deps.session_factory, now=lambda: NOW, tz=TZ, autorun=False,
                      config=reminders.Config(wording=WORDING))
    t = time.perf_counter()
    count = await planner.start()
    first = time.perf_counter() - t
    t = time.perf_counter()
    await planner.rebuild()
    again = time.perf_counter() - t
    jobs = planner.scheduler_jobs()
    await planner.stop()
    return {"jobs": jobs, "planned": count, "start_s": round(first, 2), "replan_s": round(again, 2),
            "rss_mb": round(rss_mb(), 1)}


async def naive_rebuild(app: Any, share: float) -> dict[str, Any]:
    """One APScheduler job per (registration, rung), added one by one to a running scheduler."""
    with app.deps.session_factory() as s:
        rows = s.execute(select(Registration.id, Course.starts_at).join(Course, Course.id == Registration.course_id)
                         .where(Course.starts_at > NOW, Registration.status == "registered")).all()
    rows = rows[:max(1, int(len(rows) * share))]

    async def noop() -> None:
        return None

    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.start()
    t = time.perf_counter()
    for reg_id, starts in rows:
        for rung in reminders.DEFAULT_LADDER:
            scheduler.add_job(noop, "date", run_date=rung.due(starts, TZ), id=f"r:{reg_id}:{rung.key}",
                              replace_existing=True, misfire_grace_time=None)
    await asyncio.sleep(0)  # let the wake-ups queued by each add run
    seconds = time.perf_counter() - t
    jobs = len(scheduler.get_jobs())
    scheduler.shutdown(wait=False)
    return {"jobs": jobs, "seconds": round(seconds, 2), "estimated_s_for_all": round(seconds / share, 1)}


def enqueue(app: Any) -> dict[str, Any]:
    """Fire every class reminder (7 days before) of every course: rows written per second."""
    config = reminders.Config(wording=WORDING, quiet_start=dt.time(0, 0), quiet_end=dt.time(0, 0))
    with app.deps.session_factory() as s:
        courses = list(s.execute(select(Course.id, Course.starts_at).where(Course.code.like("B-%"))))
    t = time.perf_counter()
    for cid, starts in courses:
        with session_scope(app.deps.session_factory) as s:
            due = reminders.DEFAULT_LADDER[0].due(starts, TZ)
            fired = reminders.fire(session=s, job_id=f"remind:{cid}:7d", now=due, config=config, tz=TZ)
            assert fired.status == "queued", fired
    seconds = time.perf_counter() - t
    with app.deps.session_factory() as s:
        rows = s.scalar(select(func.count()).select_from(OutboxMessage)) or 0
        jobs = s.scalar(select(func.count()).select_from(OutboxJob).where(OutboxJob.kind == "reminder")) or 0
    return {"method": "one job per (course, rung)", "jobs": jobs, "rows": rows, "seconds": round(seconds, 2),
            "rows_per_s": round(rows / seconds)}


def naive_enqueue(app: Any, share: float) -> dict[str, Any]:
    """One keyed outbox job per registration (the per-registration reminder a naive planner would queue)."""
    with app.deps.session_factory() as s:
        rows = s.execute(select(Registration.id, UserProfile.user_id, Course.id)
                         .join(UserProfile, UserProfile.id == Registration.profile_id)
                         .join(Course, Course.id == Registration.course_id)).all()
    rows = rows[:max(1, int(len(rows) * share))]
    t = time.perf_counter()
    for reg_id, user_id, cid in rows:
        with session_scope(app.deps.session_factory) as s:
            outbox.create_job(session=s, kind="reminder", key=f"naive:{reg_id}:7d", text="Nhắc lịch học", now=NOW,
                              course_id=cid, recipients=outbox.Recipients([("telegram", user_id, user_id)]))
    seconds = time.perf_counter() - t
    return {"method": "one job per registration", "jobs": len(rows), "rows": len(rows), "seconds": round(seconds, 2),
            "rows_per_s": round(len(rows) / seconds), "estimated_s_for_all": round(seconds / share, 1)}


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        app = fresh_app(tmp, "typical.db")
        populate(app, args.courses, args.registrations)
        results["typical"] = {"courses": args.courses, "registrations": args.registrations,
                              "reminders": args.registrations * len(reminders.DEFAULT_LADDER),
                              **await rebuild(app)}
        results["naive_rebuild"] = await naive_rebuild(app, 0.1)
        results["enqueue"] = [enqueue(app)]
        naive_app = fresh_app(tmp, "naive.db")
        populate(naive_app, args.courses, args.registrations)
        results["enqueue"].append(naive_enqueue(naive_app, 0.1))
        app.close()
        naive_app.close()
        worst = fresh_app(tmp, "worst.db")
        populate(worst, args.worst_courses, args.worst_courses)
        results["worst"] = {"courses": args.worst_courses, "registrations": args.worst_courses,
                            **await rebuild(worst)}
        worst.close()
    return results


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--registrations", type=int, default=33_334)
    p.add_argument("--courses", type=int, default=2_000)
    p.add_argument("--worst-courses", type=int, default=20_000)
    args = p.parse_args()
    logging.basicConfig(level=logging.ERROR)
    r = asyncio.run(main_async(args))
    typical, worst, naive = r["typical"], r["worst"], r["naive_rebuild"]
    print("\nPlan and rebuild at start (SQLite; target <= 5 s)")
    print(f"{'case':<44}{'reminders':>10}{'APS jobs':>10}{'start s':>9}{'re-plan s':>10}{'RSS MB':>8}")
    print(f"{'typical: 2,000 courses, 33,334 registrations':<44}{typical['reminders']:>10}{typical['jobs']:>10}"
          f"{typical['start_s']:>9}{typical['replan_s']:>10}{typical['rss_mb']:>8}")
    print(f"{'spread: 20,000 courses, 1 registration each':<44}{worst['planned']:>10}{worst['jobs']:>10}"
          f"{worst['start_s']:>9}{worst['replan_s']:>10}{worst['rss_mb']:>8}")
    print(f"{'naive: a job per registration × rung':<44}{typical['reminders']:>10}{naive['jobs'] * 10:>10}"
          f"{'~' + str(naive['estimated_s_for_all']):>9}{'':>10}{'':>8}  (measured on a tenth)")
    print("\nEnqueue when reminders fall due (SQLite)")
    print(f"{'method':<30}{'jobs':>8}{'rows':>9}{'seconds':>9}{'rows/s':>9}")
    for e in r["enqueue"]:
        extra = f"  (all: ~{e['estimated_s_for_all']} s)" if e.get("estimated_s_for_all") else ""
        print(f"{e['method']:<30}{e['jobs']:>8}{e['rows']:>9}{e['seconds']:>9}{e['rows_per_s']:>9}{extra}")
    ok = typical["start_s"] <= 5 and worst["start_s"] <= 5
    print(f"\nrebuild at start within 5 s: {'yes' if ok else 'NO'}")
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "reminders.json").write_text(json.dumps(r, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
