"""The outbox table on SQLite and PostgreSQL: audiences, one row per recipient, outcomes, finishing, reports."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import outbox
from knowledge.db import session_scope
from knowledge.models import Organisation, OutboxJob, OutboxMessage, UserProfile
from tests.conftest import FIXED_NOW, TZ_VN
from tests.people import add_course, add_members, link, make_organiser, org_id, register

EVERYONE = outbox.Scope(None)


def recipients(deps: Deps, audience: outbox.Audience, scope: outbox.Scope = EVERYONE) -> outbox.Recipients:
    with session_scope(deps.session_factory) as s:
        return outbox.select_recipients(session=s, scope=scope, audience=audience, now=FIXED_NOW, tz=TZ_VN)


def test_scope_is_a_union_and_everything_below_it(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        # Today's tree: a ward's union under the province's LĐLĐ, a company's union under the ward's.
        ls = s.get(Organisation, org_id(s, "LS"))
        ward = Organisation(code="LS-DONGKINH", name="Công đoàn phường Đông Kinh", kind="commune",
                            province="Lạng Sơn", parent=ls, aliases="")
        s.add(ward)
        s.add(Organisation(code="LS-MAYDK", name="Công đoàn cơ sở Công ty May Đông Kinh", kind="grassroots",
                           province="Lạng Sơn", parent=ward, aliases=""))
        s.flush()
        add_members(s, 3, org="LS", first_id=100)
        add_members(s, 2, org="LS-DONGKINH", first_id=200)
        add_members(s, 1, org="LS-MAYDK", first_id=300)  # below the ward's union
        add_members(s, 4, org="ST", first_id=400)
        province = outbox.Scope((org_id(s, "LS"),))
        district = outbox.Scope((org_id(s, "LS-DONGKINH"),))
    assert recipients(any_deps, outbox.Audience("scope"), province).count == 6
    assert {u for _, u, _ in recipients(any_deps, outbox.Audience("scope"), district).accounts} == {
        "200", "201", "300"}
    assert recipients(any_deps, outbox.Audience("scope")).count == 10


def test_audience_by_union_role_course_and_untrained(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        chairs = add_members(s, 3, org="LS", role="chu_tich_cdcs", first_id=100)
        members = add_members(s, 2, org="LS-CHILANG", role="doan_vien", first_id=200)
        this_year = add_course(s, "T-NOW", starts=FIXED_NOW + dt.timedelta(days=10))
        last_year = add_course(s, "T-OLD", starts=dt.datetime(2025, 5, 1, tzinfo=TZ_VN))
        register(s, this_year, chairs[0])
        register(s, last_year, chairs[1], members[0])
        chilang = org_id(s, "LS-CHILANG")
    assert recipients(any_deps, outbox.Audience("org", str(chilang))).count == 2
    assert {u for _, u, _ in recipients(any_deps, outbox.Audience("role", "doan_vien")).accounts} == {"200", "201"}
    assert [u for _, u, _ in recipients(any_deps, outbox.Audience("course", str(this_year.id))).accounts] == ["100"]
    # Trained last year does not count as trained this year.
    assert {u for _, u, _ in recipients(any_deps, outbox.Audience("untrained")).accounts} == {
        "101", "102", "200", "201"}


def test_a_linked_person_gets_one_message_on_their_chosen_app(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        tg = add_members(s, 1, channel="telegram", first_id=1)[0]
        za = add_members(s, 1, channel="zalo", first_id=1)[0]
        za.last_seen_at = tg.last_seen_at + dt.timedelta(days=1)
        link(s, tg, za, notify="telegram")
    assert recipients(any_deps, outbox.Audience("scope")).accounts == [("telegram", "1", "1")]
    with session_scope(any_deps.session_factory) as s:
        tg = s.scalars(select(UserProfile).where(UserProfile.channel == "telegram")).one()
        tg.blocked_at = FIXED_NOW  # the chosen app is blocked: the other one still reaches the person
    assert recipients(any_deps, outbox.Audience("scope")).accounts == [("zalo", "1", "1")]


def test_blocked_and_unreachable_people_are_skipped_and_counted(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        add_members(s, 2, first_id=1)
        add_members(s, 3, first_id=10, blocked=True)
        add_members(s, 4, first_id=20, channel="cli")  # the terminal cannot be written to later
    found = recipients(any_deps, outbox.Audience("scope"))
    assert (found.count, found.skipped) == (2, 3)


def test_the_preview_count_made_by_the_database_matches_the_accounts_chosen(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        add_members(s, 2, first_id=1)
        add_members(s, 2, first_id=10, blocked=True)
        add_members(s, 2, first_id=20, channel="cli")
        no_chat, empty_chat = add_members(s, 2, first_id=30)
        no_chat.chat_id, empty_chat.chat_id = None, ""
        a, b = add_members(s, 2, first_id=40)  # one person, two accounts, one of them blocked
        a.blocked_at = FIXED_NOW
        link(s, a, b)
        c, d = add_members(s, 2, first_id=50, blocked=True)  # one person, every account blocked
        link(s, c, d)
        e = add_members(s, 1, first_id=60)[0]
        f = add_members(s, 1, first_id=60, channel="zalo")[0]
        link(s, e, f, notify="zalo")
        add_members(s, 3, org="ST", role="doan_vien", first_id=70)
        course = add_course(s, "T-NOW", starts=FIXED_NOW + dt.timedelta(days=10))
        register(s, course, b, e)
        scopes = [EVERYONE, outbox.Scope((org_id(s, "LS"),)), outbox.Scope((org_id(s, "ST"),))]
    audiences = [outbox.Audience("scope"), outbox.Audience("role", "doan_vien"), outbox.Audience("untrained"),
                 outbox.Audience("course", str(course.id))]
    seen: list[tuple[int, int]] = []
    for scope in scopes:
        for audience in audiences:
            chosen = recipients(any_deps, audience, scope)
            with session_scope(any_deps.session_factory) as s:
                counted = outbox.count_recipients(session=s, scope=scope, audience=audience, now=FIXED_NOW, tz=TZ_VN)
            assert (counted.count, counted.skipped) == (chosen.count, chosen.skipped), (scope, audience)
            seen.append((chosen.count, chosen.skipped))
    # Everyone: 1, 2, the three in ST, the person a/b, the person e/f; left out: 10, 11, the two without a chat,
    # the person c/d. The other combinations give other figures, so the comparison above is not vacuous.
    assert seen[0] == (7, 5) and len(set(seen)) >= 5


def test_rows_are_unique_per_job_and_recipient_and_keyed_jobs_are_made_once(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        add_members(s, 3)
        found = outbox.select_recipients(session=s, scope=EVERYONE, audience=outbox.Audience("scope"),
                                         now=FIXED_NOW, tz=TZ_VN)
        job = outbox.create_job(session=s, kind="reminder", key="k1", text="x", recipients=found, now=FIXED_NOW)
        again = outbox.create_job(session=s, kind="reminder", key="k1", text="x", recipients=found, now=FIXED_NOW)
        assert job is not None and again is None
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 3
        job_id = job.id
    with pytest.raises(IntegrityError), session_scope(any_deps.session_factory) as s:
        s.add(OutboxMessage(job_id=job_id, channel="telegram", user_id="1000", chat_id="1000",
                            next_attempt_at=FIXED_NOW))
        s.flush()


def _job_with(deps: Deps, n: int) -> tuple[int, list[outbox.Due]]:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "9", None)
        add_members(s, 1, first_id=9)  # the organiser has written to the bot too
        add_members(s, n, first_id=100)
        found = outbox.Recipients([("telegram", str(100 + i), str(100 + i)) for i in range(n)])
        job = outbox.create_job(session=s, kind="broadcast", text="Lịch học", recipients=found, now=FIXED_NOW,
                                created_by=("telegram", "9"), audience="thử")
        assert job is not None
        due = outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=100)
        return job.id, due


def test_outcomes_are_recorded_and_blocked_people_become_inactive(any_deps: Deps) -> None:
    _, due = _job_with(any_deps, 4)
    assert len(due) == 4 and due[0].text == "Lịch học"
    with session_scope(any_deps.session_factory) as s:
        outbox.record(session=s, now=FIXED_NOW, outcomes=[
            outbox.Outcome(due[0].id, "sent"), outbox.Outcome(due[1].id, "blocked", "Forbidden"),
            outbox.Outcome(due[2].id, "retry", "Bad Gateway", retry_in=4), outbox.Outcome(due[3].id, "later"),
        ])
    with session_scope(any_deps.session_factory) as s:
        states = {m.user_id: m for m in s.scalars(select(OutboxMessage))}
        assert [states[u].state for u in ("100", "101", "102", "103")] == ["sent", "blocked", "pending", "pending"]
        assert states["102"].next_attempt_at == FIXED_NOW + dt.timedelta(seconds=4)
        assert states["103"].attempts == 0  # slowing down is not a failed attempt
        blocked = s.scalars(select(UserProfile).where(UserProfile.user_id == "101")).one()
        assert blocked.blocked_at is not None
        # Not due yet: the retry waits for its time, the rate-limited one goes again now.
        assert [d.user_id for d in outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=10)] == [
            "103"]
        assert outbox.finish_jobs(session=s, now=FIXED_NOW) == []


def test_transient_failures_are_given_up_after_max_attempts(any_deps: Deps) -> None:
    _, due = _job_with(any_deps, 1)
    for _ in range(outbox.MAX_ATTEMPTS):
        with session_scope(any_deps.session_factory) as s:
            outbox.record(session=s, now=FIXED_NOW, outcomes=[outbox.Outcome(due[0].id, "retry", "timeout")])
    with session_scope(any_deps.session_factory) as s:
        row = s.get(OutboxMessage, due[0].id)
        assert row is not None and (row.state, row.attempts) == ("failed", outbox.MAX_ATTEMPTS)


def test_a_finished_job_is_closed_once_and_reported_once(any_deps: Deps) -> None:
    job_id, due = _job_with(any_deps, 3)
    with session_scope(any_deps.session_factory) as s:
        outbox.record(session=s, now=FIXED_NOW, outcomes=[
            outbox.Outcome(due[0].id, "sent"), outbox.Outcome(due[1].id, "sent"),
            outbox.Outcome(due[2].id, "failed", "Bad Request: message is too long")])
    later = FIXED_NOW + dt.timedelta(minutes=5)
    for _ in range(2):
        with session_scope(any_deps.session_factory) as s:
            for job in outbox.finish_jobs(session=s, now=later):
                outbox.report_finished(session=s, job=job, now=later, tz=TZ_VN, wording=WORDING)
    with session_scope(any_deps.session_factory) as s:
        job = s.get(OutboxJob, job_id)
        assert job is not None and job.status == "done" and job.finished_at == later
        reports = list(s.scalars(select(OutboxJob).where(OutboxJob.kind == "report")))
        assert len(reports) == 1
        text = reports[0].text
        assert f"Báo cáo thông báo #{job_id}" in text and "• Đã gửi: 2" in text and "• Lỗi, không gửi được: 1" in text
        report_rows = list(s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == reports[0].id)))
        assert [(r.channel, r.user_id) for r in report_rows] == [("telegram", "9")]


def test_enqueueing_a_large_audience_is_one_insert_not_one_per_row(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        add_members(s, 5000)
    with session_scope(any_deps.session_factory) as s:
        found = outbox.select_recipients(session=s, scope=EVERYONE, audience=outbox.Audience("scope"),
                                         now=FIXED_NOW, tz=TZ_VN)
        statements: list[str] = []
        from sqlalchemy import event

        bind = s.get_bind()

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(bind, "before_cursor_execute", count)
        try:
            outbox.create_job(session=s, kind="broadcast", text="x", recipients=found, now=FIXED_NOW)
        finally:
            event.remove(bind, "before_cursor_execute", count)
        inserts = [st for st in statements if st.lstrip().upper().startswith("INSERT INTO OUTBOX_MESSAGES")]
        assert 1 <= len(inserts) <= 10
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 5000


def test_a_job_and_its_rows_appear_together_or_not_at_all(any_deps: Deps) -> None:
    """Nobody may see a job without its rows (it would be closed as finished with nothing sent)."""
    with session_scope(any_deps.session_factory) as s:
        add_members(s, 3)
    with any_deps.session_factory() as writer, any_deps.session_factory() as reader:
        found = outbox.Recipients([("telegram", "1000", "1000"), ("telegram", "1001", "1001")])
        outbox.create_job(session=writer, kind="broadcast", text="x", recipients=found, now=FIXED_NOW)
        assert reader.scalar(select(func.count()).select_from(OutboxJob)) == 0
        assert outbox.finish_jobs(session=reader, now=FIXED_NOW) == []
        reader.rollback()
        writer.commit()
        assert reader.scalar(select(func.count()).select_from(OutboxMessage)) == 2


def test_insert_ignore_keeps_the_first_row_on_both_backends(any_deps: Deps) -> None:
    from knowledge.db import insert_ignore

    values = {"kind": "report", "key": "report:1", "text": "x", "buttons": [], "audience": "", "status": "done",
              "total": 0, "skipped": 0, "created_at": FIXED_NOW}
    with session_scope(any_deps.session_factory) as s:
        first = insert_ignore(s, OutboxJob, values, "key")
        second = insert_ignore(s, OutboxJob, {**values, "text": "y"}, "key")
    assert first is not None and second is None
    with any_deps.session_factory() as s:
        assert [j.text for j in s.scalars(select(OutboxJob))] == ["x"]


# ------------------------------------------------------------------ priority, fairness, retention

def _job(s: Session, kind: str, chats: range, *, by: str | None = None, key: str | None = None) -> int:
    found = outbox.Recipients([("telegram", str(c), str(c)) for c in chats])
    job = outbox.create_job(session=s, kind=kind, text=kind, recipients=found, now=FIXED_NOW, key=key,
                            created_by=("telegram", by) if by else None)
    assert job is not None
    return job.id


def test_reminders_and_notices_are_read_before_a_broadcast_queued_earlier(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        bulk = _job(s, "broadcast", range(1000, 1300), by="9")
        reminder = _job(s, "reminder", range(2000, 2003), key="remind:1:2h")
        notice = _job(s, "notice", range(3000, 3002), key="moved:1")
    with session_scope(any_deps.session_factory) as s:
        due = outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=10)
    assert [d.job_id for d in due[:5]] == [reminder] * 3 + [notice] * 2
    assert {d.job_id for d in due[5:]} == {bulk} and len(due) == 10


def test_one_organisers_broadcasts_do_not_starve_anothers(any_deps: Deps) -> None:
    with session_scope(any_deps.session_factory) as s:
        big = [_job(s, "broadcast", range(10_000 + 500 * i, 10_000 + 500 * (i + 1)), by="1") for i in range(3)]
        small = _job(s, "broadcast", range(50, 60), by="2")
    with session_scope(any_deps.session_factory) as s:
        due = outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=20)
    jobs = [d.job_id for d in due]
    # Half the batch each, interleaved, although organiser 1 queued 1,500 messages before organiser 2's ten.
    assert jobs.count(small) == 10 and jobs.count(big[0]) == 10
    assert jobs[:4] == [big[0], small, big[0], small]


def test_retention_deletes_old_sent_rows_in_batches_and_reports_keep_their_counts(any_deps: Deps) -> None:
    from scheduler import retention

    with session_scope(any_deps.session_factory) as s:
        job_id = _job(s, "broadcast", range(100, 125), by="9")
    with session_scope(any_deps.session_factory) as s:
        due = outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=100)
        outbox.record(session=s, now=FIXED_NOW, outcomes=[outbox.Outcome(d.id, "sent") for d in due[:20]]
                      + [outbox.Outcome(d.id, "failed", "x") for d in due[20:23]])
    with session_scope(any_deps.session_factory) as s:  # two rows sent recently: kept
        late = outbox.due_messages(session=s, channel="telegram", now=FIXED_NOW, limit=100)
        outbox.record(session=s, now=FIXED_NOW + dt.timedelta(days=80),
                      outcomes=[outbox.Outcome(d.id, "sent") for d in late])
    before = dict(vars_counts(any_deps, job_id))
    purged = retention.purge(any_deps.session_factory, now=FIXED_NOW + dt.timedelta(days=91),
                             policy=retention.Policy(days=90, batch=7))
    assert purged.counts == {"outbox_sent": 20, "inbox_done": 0}
    with any_deps.session_factory() as s:
        left = dict(s.execute(select(OutboxMessage.state, func.count()).where(OutboxMessage.job_id == job_id)
                              .group_by(OutboxMessage.state)).tuples().all())
    assert left == {"sent": 2, "failed": 3}  # failed rows stay for the record; recent sent ones too
    assert vars_counts(any_deps, job_id) == before == {"sent": 22, "pending": 0, "failed": 3, "blocked": 0}
    again = retention.purge(any_deps.session_factory, now=FIXED_NOW + dt.timedelta(days=91),
                            policy=retention.Policy(days=90, batch=7))
    assert again.total == 0


def vars_counts(deps: Deps, job_id: int) -> dict[str, int]:
    with deps.session_factory() as s:
        c = outbox.job_counts(session=s, job_ids=[job_id])[job_id]
    return {"sent": c.sent, "pending": c.pending, "failed": c.failed, "blocked": c.blocked}
