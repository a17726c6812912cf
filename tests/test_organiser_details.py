"""Small things an organiser sees in the chat: announcements numbered from 1 among announcements, reports that
quote the organiser's own words once, a class code typed to attach said back, unions by their full names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import outbox, reminders
from knowledge.db import session_scope
from knowledge.models import Organisation
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW, TZ_VN
from tests.people import add_course, add_members, make_organiser
from tests.test_organiser import ORGANISER, say
from tests.test_transfer import write_csv


def setup(deps: Deps) -> str:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "CT")
        add_members(s, 3, org="CT", first_id=100)
        course = add_course(s, "CT-TH-01", starts=FIXED_NOW + dt.timedelta(days=20), org="CT")
        # A reminder job made before any announcement: job ids are shared, announcement numbers are not.
        outbox.create_job(session=s, kind="notice", text="Nhắc lịch", recipients=outbox.Recipients(), now=FIXED_NOW)
        return course.code


def announce(deps: Deps, body: str, code: str | None) -> list[str]:
    say(deps, "/thongbao")
    attached = say(deps, body)
    assert attached[0].text.startswith("Đính kèm một lớp học?")
    chosen = say(deps, code) if code else say(deps, data="bc:c:0")
    preview = say(deps, data="bc:a:scope")
    sent = say(deps, data=next(b.data for b in preview[-1].buttons if b.data.startswith("bc:send:")))
    return [chosen[0].text, sent[0].text]


def test_the_first_announcement_is_number_one_and_its_report_quotes_the_body_once(deps: Deps) -> None:
    code = setup(deps)
    body = "LĐLĐ thành phố Cần Thơ mời các đồng chí chủ tịch CĐCS dự lớp tập huấn nghiệp vụ."
    chosen, sent = announce(deps, body, code.lower())
    # The code typed is said back with the class it names before the organiser goes on.
    assert chosen.startswith(f"Đã kèm lớp «Lớp thử {code}» (mã {code}, ")
    assert sent.startswith("Đã xếp hàng gửi thông báo #1 tới 3 người")
    report = say(deps, "/thongke")[0].text
    assert report.startswith("Báo cáo thông báo #1 (đang gửi)")
    quoted = report.split("\n")[1]
    assert quoted.startswith("Nội dung: «LĐLĐ thành phố Cần Thơ mời các đồng chí") and "THÔNG BÁO" not in quoted
    assert quoted.count("Cần Thơ") == 1
    assert say(deps, "/thongke 1")[0].text == report  # the number seen is the number to ask for
    second = announce(deps, "Nhắc lại lịch học.", None)
    assert second[0] == "Thông báo không kèm lớp.\n\nGửi cho ai?" and "#2" in second[1]


def test_an_imported_unions_name_is_shown_in_full(deps: Deps, tmp_path: Path) -> None:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "CT")
        ct = s.scalar(select(Organisation).where(Organisation.code == "CT"))
        plan = write_csv(tmp_path / "k.csv", [["Tên lớp", "Ngày bắt đầu", "Đơn vị tổ chức"],
                                              ["Tập huấn", "15/03/2027", "LĐLĐ thành phố Cần Thơ"],
                                              ["Bồi dưỡng", "16/03/2027", "CĐ ngành GD TP Cần Thơ"]])
        import_file(s, plan, tz=TZ_VN, now=FIXED_NOW, organisation=ct,
                    reminder_config=reminders.Config(wording=WORDING))
    say(deps, "/thongbao")
    say(deps, "Tin thử")
    say(deps, data="bc:c:0")
    listed = [b.label for b in say(deps, data="bc:a:org")[0].buttons]
    assert listed[:2] == ["Liên đoàn Lao động thành phố Cần Thơ", "Công đoàn ngành GD thành phố Cần Thơ"]
