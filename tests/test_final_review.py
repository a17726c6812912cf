"""Findings of the final review of the day's change, each pinned by the behaviour a user sees."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_organiser import say
from tests.test_postponed_classes import HEADER
from tests.test_registration_in_talk import text_of
from tests.test_transfer import import_into, write_csv


def test_a_class_put_off_to_a_day_without_a_year_is_shown_with_that_day(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-09", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "01/12/2026", "", "Hoãn", "Hoãn sang 15/01 do trùng lịch Đại hội."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    shown = text_of(say(deps, "lớp nữ công ở Lạng Sơn", user="f1"))
    assert "ĐÃ HOÃN, lịch mới từ Thứ Sáu, 15/01/2027" in shown and "chưa có lịch mới" not in shown


def test_a_class_put_off_to_a_day_without_a_year_offers_its_register_button(deps: Deps, tmp_path: Path) -> None:
    rows = [HEADER, ["HOAN-10", "Tập huấn công tác nữ công", "Công tác nữ công, bình đẳng giới", "LĐLĐ tỉnh Lạng Sơn",
                     "Lạng Sơn", "01/12/2026", "", "Hoãn", "Hoãn sang 15/01."]]
    import_into(deps, write_csv(tmp_path / "hoan.csv", rows))
    deps.knowledge.invalidate()
    say(deps, "lớp nữ công ở Lạng Sơn", user="f2")
    replies = say(deps, "lớp này học khi nào", user="f2")
    assert "chưa có lịch mới" not in text_of(replies) and "15/01/2027" in text_of(replies)
    assert any(b.data.startswith("rg:") for r in replies for b in r.buttons)
