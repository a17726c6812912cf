"""A class the plan marks «Hoãn» (postponed) in its Trạng thái column: imported as its own status (stored as
"postponed" in the same text column as the others, so older rows stay as they were), shown as «Đã hoãn» with
the new date when its note gives one, and taking registrations only once it has that new date (until then,
before its deadline). Through the real import and the real core on a fresh database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import registrations, reminders, timing
from knowledge.db import session_scope
from knowledge.models import Course
from knowledge.transfer import STATUS_VOCABULARY, TransferError
from tests.conftest import FIXED_NOW
from tests.people import give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import places, text_of, well_written
from tests.test_transfer import import_into, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Ngày bắt đầu", "Hạn đăng ký",
          "Trạng thái", "Ghi chú"]
ROWS = [
    ["HOAN-01", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn",
     "01/12/2026", "", "Hoãn", "Hoãn sang 15/01/2027 do trùng lịch Đại hội."],
    ["HOAN-02", "Bồi dưỡng kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "LĐLĐ tỉnh Lạng Sơn",
     "Lạng Sơn", "05/12/2026", "", "Tạm hoãn", "Tạm hoãn, sẽ thông báo sau."],
    # Open, with a note about an earlier postponement: a date after «lịch cũ» is no new date, and it stays open.
    ["MO-01", "Huấn luyện an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "LĐLĐ tỉnh Lạng Sơn",
     "Lạng Sơn", "10/12/2026", "", "Mở đăng ký", "Hoãn lịch cũ 18/11/2026"],
]


def plan(deps: Deps, tmp_path: Path) -> dict[str, Course]:
    import_into(deps, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *ROWS]))
    deps.knowledge.invalidate()
    with deps.session_factory() as s:
        return {c.code: c for c in s.scalars(select(Course))}


@pytest.mark.parametrize(("written", "key"), [("Hoãn", "postponed"), ("Đã hoãn", "postponed"), ("tạm hoãn", "postponed"),
                                              ("HOAN", "postponed"), ("Hoàn thành", "finished"), ("Đã hủy", "cancelled")])
def test_status_words(written: str, key: str) -> None:
    term = STATUS_VOCABULARY.find(written)
    assert term is not None and term.key == key


def test_postponed_is_imported_and_labelled(deps: Deps, tmp_path: Path) -> None:
    courses = plan(deps, tmp_path)
    assert {code: c.status for code, c in courses.items()} == {"HOAN-01": "postponed", "HOAN-02": "postponed",
                                                                "MO-01": "open"}
    assert STATUS_VOCABULARY.label("postponed") == "Đã hoãn"  # what the export writes, and reads back


@pytest.mark.parametrize(("note", "new"), [
    ("Hoãn sang 15/01/2027 do trùng lịch Đại hội.", dt.datetime(2027, 1, 15, 8, tzinfo=TZ)),
    ("lùi đến ngày 5/1", dt.datetime(2027, 1, 5, 8, tzinfo=TZ)),  # no year: the first such day after the old one
    ("Lịch mới: 20/01/2027", dt.datetime(2027, 1, 20, 8, tzinfo=TZ)),
    ("Tạm hoãn, sẽ thông báo sau.", None),
    ("Hoãn lịch cũ 18/11/2026", None),
    ("Hoãn từ 30/11/2026", None),
    # A deadline the note gives is no new date; the new date beside it is.
    ("Tạm hoãn; hạn đăng ký đến 25/12", None),
    ("Hoãn sang 15/01/2027, hạn đăng ký đến ngày 10/01/2027", dt.datetime(2027, 1, 15, 8, tzinfo=TZ)),
    ("Hạn đk: 10/01/2027. Lịch mới 20/01/2027", dt.datetime(2027, 1, 20, 8, tzinfo=TZ)),
    ("", None),
])
def test_the_new_date_a_note_gives(note: str, new: dt.datetime | None) -> None:
    assert timing.postponed_to(note, dt.datetime(2026, 12, 1, 8, tzinfo=TZ)) == new


OLD = dt.datetime(2026, 12, 1, 8, tzinfo=TZ)


@pytest.mark.parametrize(("note", "new"), [
    # Said after «sang», «đến/tới ngày», «lịch mới», or «dời»/«lùi» … «sang/đến».
    ("Dời lớp sang ngày 10/12", dt.datetime(2026, 12, 10, 8, tzinfo=TZ)),
    ("Lùi thời gian tổ chức đến 20/01/2027", dt.datetime(2027, 1, 20, 8, tzinfo=TZ)),
    ("Dời lịch từ 01/12 sang 15/01", dt.datetime(2027, 1, 15, 8, tzinfo=TZ)),
    ("hoan sang thu hai 11/1", dt.datetime(2027, 1, 11, 8, tzinfo=TZ)),
    ("Hoãn, chuyển sang 16-17/12/2026.", dt.datetime(2026, 12, 16, 8, tzinfo=TZ)),  # two days: the first
    ("Đổi sang 15/01", dt.datetime(2027, 1, 15, 8, tzinfo=TZ)),
    ("Hoãn tới ngày 04/02", dt.datetime(2027, 2, 4, 8, tzinfo=TZ)),
])
def test_a_new_date_is_said_after_the_words_that_move_a_class(note: str, new: dt.datetime) -> None:
    assert timing.postponed_to(note, OLD) == new


@pytest.mark.parametrize("note", [
    "Hoãn do trùng lịch họp vào 01/12",  # the date of what it clashes with
    "Tạm hoãn, học sáng 15/01",  # «sáng» (a morning) folds to «sang»
    "Đợi đến 15/01 sẽ báo lịch",  # «đợi» (wait) folds to «dời»; a bare «đến» gives no new date
    "Tạm hoãn đến 15/01 rồi báo sau",
    "Hoãn, học từ ngày 01/12 đến ngày 03/12",  # the days it was to run
    "Hoãn sang 20/11",  # no year and before the old date: next year would be nearly a year out
    "Hoãn sang 15/07",  # no year, more than half a year out
    "hoãn sang 29/02",  # no such day in the coming half-year
    "Tạm hoãn, chuyển sang năm 2027.",
])
def test_no_new_date_in_a_loose_or_far_mention(note: str) -> None:
    assert timing.postponed_to(note, OLD) is None


def test_a_yearless_date_takes_the_year_after_the_old_date() -> None:
    late = dt.datetime(2026, 12, 20, 8, tzinfo=TZ)
    assert timing.postponed_to("Hoãn sang 05/01", late) == dt.datetime(2027, 1, 5, 8, tzinfo=TZ)
    assert timing.postponed_to("Hoãn sang 28/12", late) == dt.datetime(2026, 12, 28, 8, tzinfo=TZ)
    assert timing.postponed_to("Hoãn sang 20/12", late) is None  # the same day is no postponement


def test_registration_only_with_a_new_date(deps: Deps, tmp_path: Path) -> None:
    courses = plan(deps, tmp_path)
    assert registrations.takes_registrations(courses["HOAN-01"], FIXED_NOW)
    assert not registrations.takes_registrations(courses["HOAN-02"], FIXED_NOW)
    assert not registrations.takes_registrations(courses["HOAN-01"], dt.datetime(2027, 1, 16, tzinfo=TZ))
    with session_scope(deps.session_factory) as s:
        open_now = {c.code for c in registrations.open_now(session=s, now=FIXED_NOW)}
    assert {"HOAN-01", "MO-01"} <= open_now and "HOAN-02" not in open_now


def test_shown_as_postponed_with_its_new_date(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    replies = say(deps, "lớp nữ công ở Lạng Sơn", user="h1")
    well_written(replies)
    assert "Trạng thái: ĐÃ HOÃN, lịch mới từ Thứ Sáu, 15/01/2027" in text_of(replies)
    replies = say(deps, "lớp thương lượng tập thể ở Lạng Sơn", user="h1")
    assert "Trạng thái: ĐÃ HOÃN, chưa có lịch mới" in text_of(replies)
    # The open class whose note remembers an earlier postponement is not said to be put off.
    replies = say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="h1")
    assert "HOÃN" not in text_of(replies).split("Ghi chú")[0] and "Trạng thái: ĐÃ HOÃN" not in text_of(replies)


def test_a_postponed_class_without_a_new_date_is_not_registered(deps: Deps, tmp_path: Path) -> None:
    courses = plan(deps, tmp_path)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "h2")
    say(deps, "lớp thương lượng tập thể ở Lạng Sơn", user="h2")
    replies = say(deps, data=f"rg:{courses['HOAN-02'].id}", user="h2")
    well_written(replies)
    assert "đã hoãn, chưa có lịch mới nên chưa nhận đăng ký" in replies[0].text
    assert places(deps, "h2") == []


def test_a_postponed_class_with_its_new_date_takes_a_registration(deps: Deps, tmp_path: Path) -> None:
    courses = plan(deps, tmp_path)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "h3")
    say(deps, "lớp nữ công ở Lạng Sơn", user="h3")
    done = say(deps, data=f"rg:{courses['HOAN-01'].id}", user="h3")
    assert done[0].text.startswith("Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»")
    assert "theo lịch mới bắt đầu Thứ Sáu, 15/01/2027" in done[0].text  # not the date given up
    assert places(deps, "h3") == ["HOAN-01"]


def test_a_class_put_off_past_its_old_date_is_found_at_its_new_one(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-03", "Tập huấn nghiệp vụ kiểm tra công đoàn", "Công tác kiểm tra công đoàn",
                     "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "20/11/2026", "", "Hoãn", "Lùi sang 20/01/2027."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    for asked in ("lớp kiểm tra công đoàn ở Lạng Sơn", "lớp tháng 1/2027 ở Lạng Sơn"):
        replies = say(deps, asked, user="h4")
        assert "Tập huấn nghiệp vụ kiểm tra công đoàn" in text_of(replies), asked
        assert "Thứ Tư, 20/01/2027" in text_of(replies) and "20/11/2026" not in text_of(replies)
    with deps.session_factory() as s:  # the plan's own dates are kept on the row
        row = s.scalar(select(Course).where(Course.code == "HOAN-03"))
        assert row is not None and row.starts_at.astimezone(TZ).date() == dt.date(2026, 11, 20)


def test_a_class_of_a_month_put_off_to_a_day_is_dated_by_that_day(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-05", "Tập huấn nghiệp vụ kiểm tra công đoàn", "Công tác kiểm tra công đoàn",
                     "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Tháng 12/2026", "", "Hoãn", "Hoãn sang 20/01/2027."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    with deps.session_factory() as s:
        row = s.scalar(select(Course).where(Course.code == "HOAN-05"))
        assert row is not None and row.tentative == "tháng 12/2026"  # the plan's own period is kept on the row
        cid = row.id
        # Reminded of as a class with a day (none while it had only a month); by day, as neither the plan nor
        # the note gives its hour (no «2 giờ nữa» counted from the import's 08:00).
        planned = reminders.plan_course(row, sent=set(), now=FIXED_NOW, config=reminders.Config(wording=WORDING), tz=TZ)
        assert {p.rung.key for p in planned if p.kind == "class"} == {"7d", "1d@07:00"}
    listed = text_of(say(deps, "lớp kiểm tra công đoàn ở Lạng Sơn", user="h6"))
    assert "Thời gian: Thứ Tư, 20/01/2027" in listed and "dự kiến tháng 12/2026" not in listed
    [card] = say(deps, data=f"c:{cid}", user="h6")
    assert "Bắt đầu: Thứ Tư, 20/01/2027" in card.text
    assert "dự kiến" not in card.text and "chưa có ngày cụ thể" not in card.text


def test_deadlines_this_week_count_a_postponed_class_only_with_its_new_date(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER,
            ["HOAN-06", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
             "Lạng Sơn", "20/11/2026", "26/11/2026", "Hoãn", "Hoãn sang 15/01/2027"],
            ["HOAN-07", "Bồi dưỡng kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể",
             "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "30/11/2026", "26/11/2026", "Hoãn", "Tạm hoãn, sẽ thông báo sau."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    with session_scope(deps.session_factory) as s:
        # The plan's old day (20/11) has passed, the new one has not: its deadline this week still counts (the
        # import took a deadline after the old day, before the new one); one with no new date takes none.
        week = registrations.closing_between(session=s, start=FIXED_NOW, end=FIXED_NOW + dt.timedelta(days=7),
                                             now=FIXED_NOW)
    assert [c.code for c in week if c.code.startswith("HOAN")] == ["HOAN-06"]


def test_a_deadline_past_the_old_day_needs_the_new_date(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-08", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "20/11/2026", "20/01/2027", "Hoãn", "Hoãn sang 15/01/2027"]]
    with pytest.raises(TransferError, match="sau ngày bắt đầu \\(15/01/2027 08:00\\)"):
        import_into(deps, write_csv(tmp_path / "hoan.csv", rows))


def test_the_dates_of_a_postponed_class_asked_in_the_talk(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-09", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "10/12/2026", "", "Hoãn", ""],
            ["MO-09", "Bồi dưỡng nghiệp vụ nữ công cơ sở", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
             "Lạng Sơn", "12/12/2026", "", "Mở đăng ký", ""]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    say(deps, "lớp nữ công ở Lạng Sơn", user="h9")
    # The class marked «Hoãn» is the one «bị hoãn» points at, though its note says nothing; its old day is no
    # answer to when it is held.
    [moved] = say(deps, "lớp bị hoãn đó dời sang hôm nào", user="h9")
    well_written([moved])
    assert moved.text == "Tập huấn công tác nữ công\nLớp này đã hoãn, chưa có lịch mới."
    # With the new date: said put off, then the new dates.
    plan(deps, tmp_path)
    say(deps, "lớp HOAN-01", user="h10")
    [when] = say(deps, "học ngày nào", user="h10")
    assert when.text.startswith("Tập huấn công tác nữ công\nLớp này đã hoãn, lịch mới từ Thứ Sáu, 15/01/2027.\n"
                                "Bắt đầu: Thứ Sáu, 15/01/2027")


@pytest.mark.parametrize(("asked", "said"), [
    # Why: the status and the organiser's note, which says why and to when.
    ("sao lại hoãn, học lại ngày nào", "Ghi chú của ban tổ chức: Hoãn sang 15/01/2027"),
    # Until when, with no word of a class: the class in view, its new dates.
    ("hoãn đến bao giờ", "Bắt đầu: Thứ Sáu, 15/01/2027"),
])
def test_why_and_until_when_a_postponed_class_in_view_is_put_off(deps: Deps, tmp_path: Path, asked: str,
                                                                   said: str) -> None:
    plan(deps, tmp_path)
    say(deps, "lớp HOAN-01", user="h11")
    replies = say(deps, asked, user="h11")
    well_written(replies)
    assert "Lớp này đã hoãn, lịch mới từ Thứ Sáu, 15/01/2027." in text_of(replies) and said in text_of(replies)
