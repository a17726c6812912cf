"""Classes a plan dates only by a period («Tháng 3/2027», «Quý II/2027», «6 tháng đầu năm», «Năm 2027»):
«dự kiến», no registration unless the plan opens it, no class reminder until a later import gives a day
(docs/import-format.md, «Ngày tháng»); and one rule of when such a class has started, for search,
registration and reminders alike (knowledge.timing)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cli import main
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import registrations, reminders, timing
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, OutboxJob, Registration
from knowledge.qa import QAEngine
from knowledge.records import CourseRec
from knowledge.seed import load_builtin
from knowledge.transfer import ImportReport, import_file
from tests.conftest import FIXED_NOW  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import FakeZalo
from tests.people import add_course, add_members
from tests.test_cli import env  # noqa: F401 (a fixture: the CLI on a fresh database)
from tests.test_organiser import say
from tests.test_telegram import polling_bot as telegram_bot
from tests.test_transfer import write_csv
from tests.test_zalo import option
from tests.test_zalo import polling_bot as zalo_bot

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2027, 1, 10, 9, 0, tzinfo=TZ)
CONFIG = reminders.Config(wording=WORDING)
HEADER = ["Tên lớp", "Chủ đề", "Đối tượng", "Tỉnh/Thành phố", "Thời gian", "Hạn đăng ký", "Trạng thái"]


def at(year: int, month: int, day: int, hour: int = 8) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=TZ).astimezone(dt.UTC)


def run(session: Session, path: Path, now: dt.datetime = NOW) -> ImportReport:
    return import_file(session, path, tz=TZ, reminder_config=CONFIG, now=now)


def by_title(session: Session, title: str) -> Course:
    found = session.scalar(select(Course).where(Course.title == title))
    assert found is not None, title
    return found


# ------------------------------------------------------------------ the status a plan gives such a class

def test_a_blank_status_cell_does_not_open_a_class_dated_by_a_period(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kh.csv", [
        HEADER,
        ["Lớp tháng", "", "Chủ tịch CĐCS", "Lạng Sơn", "Tháng 3/2027", "", ""],
        ["Lớp quý", "", "Chủ tịch CĐCS", "Lạng Sơn", "Quý II/2027", "", ""],
        ["Lớp nửa năm", "", "Chủ tịch CĐCS", "Lạng Sơn", "6 tháng cuối năm 2027", "", ""],
        ["Lớp mở sẵn", "", "Chủ tịch CĐCS", "Lạng Sơn", "Tháng 4/2027", "", "Mở đăng ký"],
        ["Lớp có ngày", "", "Chủ tịch CĐCS", "Lạng Sơn", "15/3/2027", "", ""],
    ])
    run(session, path)
    statuses = {c.title: c.status for c in session.scalars(select(Course))}
    assert statuses == {"Lớp tháng": "planned", "Lớp quý": "planned", "Lớp nửa năm": "planned",
                        "Lớp mở sẵn": "open", "Lớp có ngày": "open"}


# ------------------------------------------------------------------ one rule of «started»

def rec(cid: int, start: dt.datetime, tentative: str | None = None) -> CourseRec:
    return CourseRec(id=cid, code=f"T-{cid}", title=f"Lớp {cid}", topic="", audiences=("chu_tich_cdcs",),
                     organiser_id=None, organiser_name=None, partner=None, province="Lạng Sơn", venue=None,
                     format="tap_trung", starts_at=start, ends_at=None, registration_deadline=None,
                     capacity=None, status="open", tentative=tentative)


def test_a_period_class_starts_when_its_period_is_over_a_dated_one_on_its_day() -> None:
    quarter = rec(1, at(2026, 10, 1), "quý IV/2026")
    month = rec(2, at(2026, 11, 1), "tháng 11/2026")
    half = rec(3, at(2026, 7, 1), "6 tháng cuối năm 2026")
    year = rec(4, at(2026, 1, 1), "năm 2026")
    dated = rec(5, at(2026, 11, 20))
    now = FIXED_NOW.astimezone(dt.UTC)
    assert [timing.started(c, now) for c in (quarter, month, half, year, dated)] == [False] * 4 + [True]
    assert timing.finish(quarter, None) == at(2027, 1, 1)
    assert timing.started(quarter, at(2027, 1, 1)) and not timing.started(quarter, at(2026, 12, 31, 23))
    assert timing.started(month, at(2026, 12, 1)) and timing.period_end(None, now) is None
    # Search lists as upcoming exactly what registration and reminders count as not started.
    engine = QAEngine.build(organisations=[], courses=[quarter, month, half, year, dated], targets=[], tz=TZ)
    index = engine.courses
    for moment in (now, at(2026, 12, 15), at(2027, 1, 2)):
        mask = index.time_mask(moment, None, begun=True)
        upcoming = {c.id for at_, c in enumerate(index.courses) if mask >> at_ & 1}
        assert upcoming == {c.id for c in index.courses if not timing.started(c, moment)}, moment


def test_registration_and_reminders_treat_a_period_under_way_as_not_started(session: Session) -> None:
    load_builtin(session)
    now = FIXED_NOW.astimezone(dt.UTC)
    [member] = add_members(session, 1, first_id=5000)
    opened = add_course(session, "P-OPEN", starts=at(2026, 10, 1), deadline=at(2026, 11, 30, 23))
    opened.tentative, opened.ends_at = "quý IV/2026", None  # «Mở đăng ký» in the plan
    began = add_course(session, "P-DATED", starts=at(2026, 11, 20))
    session.flush()

    assert registrations.takes_registrations(opened, now) and not registrations.takes_registrations(began, now)
    assert registrations.register(session=session, course_id=began.id, profile=member, now=now).status == "started"
    assert registrations.register(session=session, course_id=opened.id, profile=member, now=now).status == "registered"
    assert [r.course_id for r in registrations.my_registrations(session=session, profile=member, now=now)] == [opened.id]
    # The deadline reminder of the quarter under way is still planned; no class reminder without a day.
    planned = [p for p in reminders.plan(session=session, now=now, config=CONFIG, tz=TZ) if p.course_id == opened.id]
    assert {p.kind for p in planned} == {"deadline"}
    # Once the quarter is over, it has started as far as anyone can know.
    later = at(2027, 1, 2)
    assert registrations.my_registrations(session=session, profile=member, now=later) == []
    assert reminders.plan_course(opened, sent=set(), now=later, config=CONFIG, tz=TZ) == []


# ------------------------------------------------------------------ «đăng ký lớp này» on such a class

def two_classes(deps: Deps) -> tuple[int, int]:
    """A «dự kiến tháng 3/2027» class the plan did not open, and a dated one of the same topic."""
    with session_scope(deps.session_factory) as s:
        planned = add_course(s, "LS-DK-03", starts=at(2027, 3, 1))
        planned.title, planned.topic, planned.status = "Tập huấn nghiệp vụ tài chính công đoàn", "tai_chinh", "planned"
        planned.tentative, planned.ends_at = "tháng 3/2027", None
        dated = add_course(s, "LS-TC-01", starts=FIXED_NOW + dt.timedelta(days=30),
                           deadline=FIXED_NOW + dt.timedelta(days=25))
        dated.title, dated.topic = "Bồi dưỡng kế toán công đoàn cơ sở", "tai_chinh"
        add_members(s, 1, first_id=800)
        bump_data_version(s)
        return planned.id, dated.id


def refused_well(text: str) -> bool:
    return ("dự kiến tháng 3/2027" in text and "chưa có ngày học" in text and "chưa nhận đăng ký" in text
            and "thông báo ngày học" in text)


def test_the_register_button_of_a_planned_period_class_says_why_and_offers_a_dated_one(deps: Deps) -> None:
    planned, dated = two_classes(deps)
    deps.knowledge.invalidate()
    replies = say(deps, data=f"rg:{planned}", user="800")
    assert refused_well(replies[0].text) and not replies[0].buttons
    assert "cùng chủ đề đã có ngày" in replies[1].text and "LS-TC-01" in replies[1].text
    assert [b.data for b in replies[1].buttons] == [f"rg:{dated}"]
    with deps.session_factory() as s:
        assert s.scalars(select(Registration).where(Registration.course_id == planned)).all() == []


def test_typed_register_after_the_card_is_refused_without_the_card_again(deps: Deps) -> None:
    planned, dated = two_classes(deps)
    deps.knowledge.invalidate()
    card = say(deps, data=f"c:{planned}", user="800")[0]
    assert "dự kiến tháng 3/2027" in card.text and not card.buttons  # no register button on its card
    replies = say(deps, "cho mình đăng ký lớp này", user="800")
    assert refused_well(replies[0].text)
    assert "Mã lớp" not in replies[0].text and len(replies) == 2
    assert [b.data for b in replies[1].buttons] == [f"rg:{dated}"]


def test_without_a_dated_class_of_its_kind_the_refusal_says_where_to_look(deps: Deps) -> None:
    planned, dated = two_classes(deps)
    with session_scope(deps.session_factory) as s:
        other = s.get(Course, dated)
        assert other is not None
        other.topic, other.audiences = "atvsld", "doan_vien"
    replies = say(deps, data=f"rg:{planned}", user="800")
    assert len(replies) == 1 and refused_well(replies[0].text) and "/khoahoc" in replies[0].text


def test_on_telegram_and_zalo_a_period_class_is_refused_in_the_chat(deps: Deps) -> None:
    planned, dated = two_classes(deps)
    deps.knowledge.invalidate()

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(deps, fake):
            await fake.press(800, f"c:{planned}")
            await fake.wait_sent(1, chat_id=800)
            await fake.send_text(800, "đăng ký lớp này")
            refusal, offer = (await fake.wait_sent(3, chat_id=800))[1:3]
            assert refused_well(refusal.visible)
            assert [b["data"] for b in offer.buttons] == [f"rg:{dated}"]
            assert not fake.errors
        async with FakeZalo() as zalo, zalo_bot(deps, zalo):
            await zalo.say("z80", "lớp tài chính công đoàn tháng 3/2027 ở Lạng Sơn")
            [listing] = await zalo.wait_sent(1, chat_id="z80")
            await zalo.say("z80", option(listing.text, "Chi tiết: Tập huấn nghiệp vụ tài chính"))
            await zalo.wait_sent(2, chat_id="z80")
            await zalo.say("z80", "đk lớp này")
            refusal, offer = (await zalo.wait_sent(4, chat_id="z80"))[2:4]
            assert refused_well(refusal.text)
            assert "Bồi dưỡng kế toán công đoàn cơ sở" in offer.text and "1. Đăng ký lớp " in offer.text
            assert "1. Đăng ký lớp này" not in offer.text  # the class offered is named, not «this» one
            assert not zalo.errors

    asyncio.run(scenario())


def test_ask_json_refuses_a_period_class_the_plan_did_not_open(
        env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    path = write_csv(tmp_path / "kh.csv", [
        HEADER,
        ["Tập huấn thương lượng tập thể", "", "Chủ tịch CĐCS", "Lạng Sơn", "Quý II/2030", "", ""],
        ["Tập huấn thương lượng tập thể đợt 2", "", "Chủ tịch CĐCS", "Lạng Sơn", "15/1/2030", "10/1/2030", ""],
    ])
    assert main(["import", str(path)]) == 0
    capsys.readouterr()
    assert main(["ask", "cho tôi đăng ký lớp thương lượng tập thể quý 2 năm 2030", "--as", "cli:p16", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["intent"] == "register"
    texts = [r["text"] for r in payload["replies"]]
    assert any("dự kiến quý II/2030" in t and "chưa có ngày học" in t for t in texts)
    offered = payload["replies"][-1]
    code = offered["text"].split("(mã ")[1].split(")")[0]
    assert "đợt 2" in offered["text"] and [b["label"] for b in offered["buttons"]] == [f"Đăng ký lớp {code}"]
    assert all("rg:" not in b["data"] for r in payload["replies"][:-1] for b in r["buttons"])


# ------------------------------------------------------------------ a later import gives the day

def test_a_later_import_with_the_day_opens_the_class_and_plans_its_reminders(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    now = NOW.astimezone(dt.UTC)
    rows = [["Tập huấn tài chính", "", "Chủ tịch CĐCS", "Lạng Sơn", "Tháng 3/2027", "", ""],
            ["Tập huấn thương lượng", "", "Chủ tịch CĐCS", "Lạng Sơn", "Tháng 4/2027", "", "Mở đăng ký"]]
    run(session, write_csv(tmp_path / "kh.csv", [HEADER, *rows]))
    finance, talks = by_title(session, "Tập huấn tài chính"), by_title(session, "Tập huấn thương lượng")
    assert (finance.status, talks.status) == ("planned", "open")
    [member] = add_members(session, 1, first_id=6000)
    assert registrations.register(session=session, course_id=talks.id, profile=member, now=now).status == "registered"
    session.commit()
    assert not [p for p in reminders.plan(session=session, now=now, config=CONFIG, tz=TZ)
                if p.course_id in (finance.id, talks.id)]

    # The office fixes the days; the Trạng thái cells stay blank.
    rows = [["Tập huấn tài chính", "", "Chủ tịch CĐCS", "Lạng Sơn", "15-16/3/2027", "10/3/2027", ""],
            ["Tập huấn thương lượng", "", "Chủ tịch CĐCS", "Lạng Sơn", "1/4/2027", "", ""]]
    report = run(session, write_csv(tmp_path / "kh-sua.csv", [HEADER, *rows]))

    assert (report.courses.created, report.courses.updated) == (0, 2)
    session.refresh(finance)
    session.refresh(talks)
    assert (finance.tentative, finance.status, finance.starts_at) == (None, "open", at(2027, 3, 15))
    assert (talks.tentative, talks.status, talks.starts_at) == (None, "open", at(2027, 4, 1))
    assert registrations.takes_registrations(finance, now)
    kinds = {(p.course_id, p.kind) for p in reminders.plan(session=session, now=now, config=CONFIG, tz=TZ)}
    assert kinds >= {(finance.id, "class"), (finance.id, "deadline"), (talks.id, "class")}
    # The one registered is told the class now has its day (its first day is the month's: still news).
    notice = session.scalar(select(OutboxJob).where(OutboxJob.kind == "notice", OutboxJob.course_id == talks.id))
    assert notice is not None and "Đã có ngày học" in notice.text and "trước đây dự kiến tháng 4/2027" in notice.text


def test_cancelling_a_period_class_under_way_tells_those_registered(session: Session) -> None:
    load_builtin(session)
    now = FIXED_NOW.astimezone(dt.UTC)
    [member] = add_members(session, 1, first_id=7000)
    course = add_course(session, "P-CANCEL", starts=at(2026, 10, 1))
    course.tentative, course.ends_at = "quý IV/2026", None
    session.flush()
    assert registrations.register(session=session, course_id=course.id, profile=member, now=now).status == "registered"

    notice = reminders.reschedule(session=session, course=course, now=now, tz=TZ, config=CONFIG, cancel=True)

    assert notice is not None and notice.total == 1
    assert "«Lớp thử P-CANCEL» dự kiến quý IV/2026 đã bị HỦY" in notice.text


def test_the_exported_plan_with_the_day_filled_in_opens_the_class(session: Session, tmp_path: Path) -> None:
    """The documented round trip: export, write the day over «Tháng 3/2027», import. The Trạng thái cell still
    says «Dự kiến» as the export wrote it for the period; the class opens all the same."""
    import csv

    from knowledge.transfer import export_file

    run(session, write_csv(tmp_path / "kh.csv", [HEADER, ["Lớp tháng", "", "Chủ tịch CĐCS", "Lạng Sơn",
                                                           "Tháng 3/2027", "", ""]]))
    out = tmp_path / "xuat.csv"
    export_file(session, out, kind="courses", tz=TZ)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    start, status = rows[0].index("Ngày bắt đầu"), rows[0].index("Trạng thái")
    assert (rows[1][start], rows[1][status]) == ("Tháng 3/2027", "Dự kiến")
    rows[1][start] = "15/03/2027"
    run(session, write_csv(tmp_path / "sua.csv", rows))
    course = by_title(session, "Lớp tháng")
    session.refresh(course)
    assert (course.tentative, course.status) == (None, "open")
    # A class with its day that the plan itself keeps «Dự kiến» stays so.
    rows[1][start] = "16/03/2027"
    run(session, write_csv(tmp_path / "sua2.csv", rows))
    session.refresh(course)
    assert course.status == "planned"
