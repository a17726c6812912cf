"""Announcements for the workspace: the form's preview and send (checked against the scope, sent once per
token), the list of the scope's announcements with delivery reports, and cancelling one still sending."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from handlers import announce
from handlers.deps import Deps
from knowledge import announcements
from knowledge.db import session_scope
from knowledge.models import Course, OutboxMessage
from knowledge.outbox import Scope, organiser_scope
from tests.conftest import FIXED_NOW, TZ_VN
from tests.people import add_course, add_members, make_organiser, org_id

LS_ORG = ("telegram", "9")
LS_DISTRICT_ORG = ("telegram", "7")
ST_ORG = ("telegram", "8")


def scope_of(deps: Deps, who: tuple[str, str]) -> Scope:
    with deps.session_factory() as s:
        scope = organiser_scope(session=s, channel=who[0], user_id=who[1])
    assert scope is not None
    return scope


@pytest.fixture
def unions(any_deps: Deps) -> Deps:
    with session_scope(any_deps.session_factory) as s:
        make_organiser(s, *LS_ORG, "LS")
        make_organiser(s, *LS_DISTRICT_ORG, "LS-CAOLOC")
        make_organiser(s, *ST_ORG, "ST")
        add_members(s, 3, org="LS", first_id=100)
        add_members(s, 2, org="LS-CAOLOC", first_id=200)
        add_members(s, 2, org="ST", first_id=300)
        add_course(s, "LS-TB-01", starts=FIXED_NOW + dt.timedelta(days=10))
        add_course(s, "ST-TB-01", org="ST", starts=FIXED_NOW + dt.timedelta(days=10))
    return any_deps


def send(deps: Deps, who: tuple[str, str], token: str, **kw: object) -> int:
    form = {"body": "Họp triển khai lớp mới.", "course_id": None, "kind": "scope", "value": "", **kw}
    with session_scope(deps.session_factory) as s:
        job, _ = announce.send(session=s, scope=scope_of(deps, who), creator=who, token=token, now=FIXED_NOW, tz=TZ_VN,
                               **form)  # type: ignore[arg-type]
        assert job is not None
        return job.id


def test_preview_counts_and_checks_the_scope(unions: Deps) -> None:
    with unions.session_factory() as s:
        ls = scope_of(unions, LS_ORG)
        course = s.scalar(select(Course).where(Course.code == "LS-TB-01"))
        shown = announce.preview(session=s, scope=ls, body="Mời đăng ký.", course_id=course.id, kind="scope", value="",
                                 now=FIXED_NOW, tz=TZ_VN)
        assert shown.count == 5 and shown.announcement.text.startswith("📢 THÔNG BÁO — ")
        assert "Lớp: Lớp thử LS-TB-01 (mã LS-TB-01)" in shown.announcement.text
        assert [b.label for b in shown.announcement.buttons] == ["Đăng ký lớp này", "Xem chi tiết lớp"]
        district = announce.preview(session=s, scope=ls, body="x", course_id=None, kind="org",
                                    value=str(org_id(s, "LS-CAOLOC")), now=FIXED_NOW, tz=TZ_VN)
        assert district.count == 2
        st_course = s.scalar(select(Course).where(Course.code == "ST-TB-01"))
        for kw, code in (({"body": "  "}, "empty"), ({"body": "x" * 1001}, "too_long"),
                         ({"course_id": st_course.id}, "no_course"),
                         ({"kind": "org", "value": str(org_id(s, "ST"))}, "bad_audience"),
                         ({"kind": "role", "value": "vua"}, "bad_audience"), ({"kind": "course"}, "bad_audience")):
            args = {"body": "Nội dung", "course_id": None, "kind": "scope", "value": "", **kw}
            with pytest.raises(announce.DraftError) as err:
                announce.preview(session=s, scope=ls, now=FIXED_NOW, tz=TZ_VN, **args)  # type: ignore[arg-type]
            assert err.value.code == code


def test_a_form_sent_twice_queues_one_announcement(unions: Deps) -> None:
    first = send(unions, LS_ORG, "tok-1")
    with session_scope(unions.session_factory) as s:
        again, shown = announce.send(session=s, scope=scope_of(unions, LS_ORG), creator=LS_ORG, token="tok-1",
                                     body="Họp triển khai lớp mới.", course_id=None, kind="scope", value="",
                                     now=FIXED_NOW, tz=TZ_VN)
    assert again is None and shown.count == 5
    assert send(unions, LS_ORG, "tok-2") != first


def test_reports_list_the_scopes_announcements(unions: Deps) -> None:
    ls_job = send(unions, LS_ORG, "a")
    district_job = send(unions, LS_DISTRICT_ORG, "b")
    st_job = send(unions, ST_ORG, "c")
    with session_scope(unions.session_factory) as s:
        s.execute(update(OutboxMessage).where(OutboxMessage.job_id == ls_job, OutboxMessage.user_id == "100")
                  .values(state="sent"))
        s.execute(update(OutboxMessage).where(OutboxMessage.job_id == ls_job, OutboxMessage.user_id == "101")
                  .values(state="blocked"))
    with unions.session_factory() as s:
        ls = announcements.reports(session=s, scope=scope_of(unions, LS_ORG), actor=LS_ORG)
        assert [r.job.id for r in ls] == [district_job, ls_job]
        mine = next(r for r in ls if r.job.id == ls_job)
        assert mine.as_dict() == {"id": ls_job, "number": 1, "status": "sending", "total": 5, "skipped": 0, "sent": 1,
                                  "pending": 3, "failed": 0, "blocked": 1}
        assert mine.share == pytest.approx(0.4)
        district = announcements.reports(session=s, scope=scope_of(unions, LS_DISTRICT_ORG), actor=LS_DISTRICT_ORG)
        assert [r.job.id for r in district] == [district_job]
        with pytest.raises(announcements.AnnouncementError) as err:
            announcements.report(session=s, scope=scope_of(unions, LS_ORG), actor=LS_ORG, job_id=st_job)
        assert err.value.code == "not_found"


def test_cancel_only_within_the_scope_and_while_sending(unions: Deps) -> None:
    ls_job = send(unions, LS_ORG, "a")
    with session_scope(unions.session_factory) as s:
        with pytest.raises(announcements.AnnouncementError) as err:
            announcements.cancel(session=s, scope=scope_of(unions, ST_ORG), actor=ST_ORG, job_id=ls_job)
        assert err.value.code == "not_found"
        done = announcements.cancel(session=s, scope=scope_of(unions, LS_ORG), actor=LS_ORG, job_id=ls_job)
        assert done.job.status == "cancelled"
    with session_scope(unions.session_factory) as s:
        with pytest.raises(announcements.AnnouncementError) as err:
            announcements.cancel(session=s, scope=scope_of(unions, LS_ORG), actor=LS_ORG, job_id=ls_job)
        assert err.value.code == "finished"
