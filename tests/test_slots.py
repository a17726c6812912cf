"""Slot extraction: time resolved against a fixed clock in Asia/Ho_Chi_Minh, roles, topics, places."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.slots import base_matcher, extract, parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

NOW = FIXED_NOW  # Monday 23/11/2026 09:00 +07


def when(q: str) -> tuple[str, str, str | None]:
    t = parse_time(normalise(q), NOW)
    assert t is not None, q
    return t.kind, t.start.strftime("%Y-%m-%d"), t.end.strftime("%Y-%m-%d") if t.end else None


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("năm nay", ("year", "2026-01-01", "2027-01-01")),
        ("nam nay", ("year", "2026-01-01", "2027-01-01")),
        ("năm sau", ("year", "2027-01-01", "2028-01-01")),
        ("năm ngoái", ("year", "2025-01-01", "2026-01-01")),
        ("tháng tới", ("month", "2026-12-01", "2027-01-01")),
        ("thang sau co lop nao", ("month", "2026-12-01", "2027-01-01")),
        ("tháng này", ("month", "2026-11-01", "2026-12-01")),
        ("tuần sau", ("week", "2026-11-30", "2026-12-07")),
        ("tuan toi", ("week", "2026-11-30", "2026-12-07")),
        ("hôm nay", ("day", "2026-11-23", "2026-11-24")),
        ("ngày mai", ("day", "2026-11-24", "2026-11-25")),
        ("lớp ngày 05/01", ("day", "2027-01-05", "2027-01-06")),
        ("lớp ngày 5/12/2026", ("day", "2026-12-05", "2026-12-06")),
        ("tháng 12", ("month", "2026-12-01", "2027-01-01")),
        ("tháng 3", ("month", "2027-03-01", "2027-04-01")),
        ("tháng 3 năm 2026", ("month", "2026-03-01", "2026-04-01")),
        ("năm 2016", ("year", "2016-01-01", "2017-01-01")),
        ("giai đoạn 2013-2018", ("years", "2013-01-01", "2019-01-01")),
        # A quarter already over, said without a year, is next year's (as «tháng 3» above).
        ("quý 1", ("quarter", "2027-01-01", "2027-04-01")),
        ("quý 4", ("quarter", "2026-10-01", "2027-01-01")),
        ("quý 2 năm sau", ("quarter", "2027-04-01", "2027-07-01")),
        ("tháng 5/2027", ("month", "2027-05-01", "2027-06-01")),
        ("tháng 10 vừa rồi", ("month", "2026-10-01", "2026-11-01")),
        ("quý 1 năm nay", ("quarter", "2026-01-01", "2026-04-01")),
    ],
)
def test_time_expressions(q: str, expected: tuple[str, str, str]) -> None:
    assert when(q) == expected


def test_upcoming_has_no_end() -> None:
    t = parse_time(normalise("lớp gần đây"), NOW)
    assert t is not None and t.kind == "upcoming" and t.end is None


def test_times_are_in_the_local_zone() -> None:
    t = parse_time(normalise("tháng tới"), NOW)
    assert t is not None and t.start.utcoffset() == dt.timedelta(hours=7)


def test_figures_are_not_dates() -> None:
    assert parse_time(normalise("33/33 lớp và 3.831/3.580 học viên"), NOW) is None


def test_roles_topics_places() -> None:
    s = extract(normalise("lop dam phan cho ct cdcs o Lang Son thang toi, hoc truc tuyen"), NOW, base_matcher())
    assert s.roles == ("chu_tich_cdcs",)
    assert s.topics == ("thuong_luong",)
    assert s.provinces == ("Lạng Sơn",)
    assert s.formats == ("truc_tuyen",)
    assert s.time is not None and s.time.kind == "month"


def test_longest_role_wins() -> None:
    s = extract(normalise("lớp cho phó chủ tịch công đoàn cơ sở"), NOW, base_matcher())
    assert s.roles == ("pho_chu_tich_cdcs",)


def test_document_numbers() -> None:
    s = extract(normalise("Chương trình 1464/CTr-TLĐ là gì?"), NOW, base_matcher())
    assert s.doc_numbers == ("1464",)
    s = extract(normalise("nghị quyết 4a nói gì"), NOW, base_matcher())
    assert s.doc_numbers == ("4a",)


def test_the_year_of_a_law_named_is_no_period() -> None:
    # «Luật Công đoàn năm 2024» names the law; the class about it may well be held in 2026.
    assert parse_time(normalise("lớp về Luật Công đoàn năm 2024 ở Huế khi nào học"), NOW) is None
    assert parse_time(normalise("tập huấn Bộ luật Lao động 2019 có lớp nào"), NOW) is None
    # A year that follows something other than the law's own name is still the period asked.
    assert when("lớp luật lao động ở Huế năm 2027")[:2] == ("year", "2027-01-01")
    assert when("năm 2025 có lớp luật công đoàn không")[:2] == ("year", "2025-01-01")


@pytest.mark.parametrize(
    ("q", "day"),
    [
        ("tối nay học ở đâu", "2026-11-23"),
        ("sáng nay có buổi nào", "2026-11-23"),
        ("chieu nai co lop ko", "2026-11-23"),
        ("trưa mai lớp kế toán có học không", "2026-11-24"),
    ],
)
def test_a_time_of_day_names_the_day(q: str, day: str) -> None:
    kind, start, _ = when(q)
    assert (kind, start) == ("day", day)
    # The time of day is no word of a class to look for.
    assert not {"sang", "trua", "chieu", "toi"} & set(normalise(q).content)


def test_up_to_now_is_no_evening() -> None:
    t = parse_time(normalise("từ đầu năm tới nay"), NOW)
    assert t is None or t.kind != "day"


def test_a_month_progress_is_counted_up_to_keeps_the_year_asked() -> None:
    t = parse_time(normalise("cả năm 2026 phải tập huấn bao nhiêu, đến hết tháng 9 được bao nhiêu"), NOW)
    assert t is not None and (t.kind, t.year) == ("year", 2026)
    # Alone, the month is the period asked.
    assert when("lớp tới tháng 9")[0] == "month"


def test_words_typed_with_their_marks_are_no_typos() -> None:
    n = normalise("năm nay phải bồi dưỡng bao nhiu cán bộ")
    assert "phai" not in n.content and n.folded.endswith("bao nhieu can bo")


def test_a_year_compared_with_is_no_period_asked() -> None:
    """«tăng bao nhiêu so với năm 2013» asks a rise since 2013, of the figure's own year; another year named
    is still the period asked."""
    assert parse_time(normalise("tỷ lệ CĐCS vững mạnh tăng bao nhiêu so với năm 2013"), NOW) is None
    t = parse_time(normalise("đến 2017 tăng bao nhiêu so với 2013"), NOW)
    assert t is not None and t.year == 2017


@pytest.mark.parametrize("q", ["hai năm qua Sóc Trăng đạt bao nhiêu phần trăm", "2 năm qua có mấy lớp", "mấy năm qua"])
def test_years_counted_back_are_no_last_year(q: str) -> None:
    """«2 năm qua» is the past two years (an article's own span), not «năm qua» (last year)."""
    assert parse_time(normalise(q), NOW) is None


def test_last_year_is_still_last_year() -> None:
    t = parse_time(normalise("năm qua Hà Nội mở mấy lớp"), NOW)
    assert t is not None and t.year == NOW.year - 1


@pytest.mark.parametrize(("typed", "weekday"), [
    ("lớp học vào T7", 5), ("lớp T2 có không", 0),                      # weekdays
    ("lớp T5/2027", None), ("lớp T5 năm 2027", None), ("lớp T12", None),  # months
    ("còn T5/27 thì sao", None), ("lớp T5 2027", None),
])
def test_t2_to_t7_are_weekdays_alike_in_the_normaliser_the_follow_ups_and_the_time_slots(
        typed: str, weekday: int | None) -> None:
    """One rule (`short_weekday`) reads «T2»…«T7»: a weekday unless a year follows; the three readers agree."""
    from knowledge.language.followup import _words
    from knowledge.text import short_weekday

    assert [short_weekday(w) for w in ("t2", "t7", "t1", "t8", "cn", "t")] == [0, 5, None, None, None, None]
    assert short_weekday("t5", "/2027") is None and short_weekday("t5", " nam 2027") is None
    month = parse_time(normalise(typed), NOW)
    follow = _words(typed)
    if weekday is None:
        assert month is not None and month.label.startswith("tháng"), typed
        assert "thang" in follow.split(), typed
    else:
        assert month is None, typed
        assert f"t{weekday + 2}" in normalise(typed).tokens and f"t{weekday + 2}" in follow.split(), typed
