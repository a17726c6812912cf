"""What an independent review of the session's changes found, each kept from coming back: a weekday typed
as «T7» read as July, a quarter typed «quý 1/2027» read as January, a page of a longer list counted as the
whole list, another union's target added to the one a chair named, and planned periods shown in each
office's own shorthand. The plan is test_loose_ends' own, with one more union's target."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_loose_ends import TARGET_HEADER, ask, setup, text_of
from tests.test_transfer import import_into, write_csv


def test_t2_to_t7_are_weekdays_and_t12_a_month(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    saturday = text_of(ask(deps, "có lớp nào học vào T7 không"))
    assert "tháng 7/2027" not in saturday
    december = text_of(ask(deps, "lop T12 o lang son"))
    assert "tháng 12/2026" in december and "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (đợt 1)" in december
    assert "tháng 1/2027" in text_of(ask(deps, "lop T1/2027 o lang son"))


def test_a_quarter_written_with_a_slash_is_a_quarter(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("lop quy 1/2027 o lang son", "lớp Q1/2027 ở Lạng Sơn"):
        reply = text_of(ask(deps, typed))
        assert "quý 1/2027" in reply and "tháng 1/2027" not in reply, typed
        assert "(đợt 3)" in reply, typed  # 08/03/2027 is in the first quarter, not in January


def test_a_position_past_a_page_says_how_many_were_shown(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = text_of(ask(deps, "lop cho chu tich cdcs o lang son"))
    assert "lớp 1–5 trong" in listed  # a page of a longer list
    assert text_of(ask(deps, "cái thứ 9")).startswith("Danh sách vừa hiện chỉ có 5 lớp.")


def test_a_union_named_gets_its_own_targets_not_its_provinces_other_unions(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    path = write_csv(tmp_path / "kcn.csv", [TARGET_HEADER, [
        "KCN-LS-2026", "Công đoàn các KCN tỉnh Lạng Sơn", "2026", "Phát triển đoàn viên mới", "Đoàn viên", "6.000",
        "đoàn viên", "4.870", "31/10/2026"]])
    import_into(deps, path)
    named = text_of(ask(deps, "LĐLĐ tỉnh Lạng Sơn năm 2026 đạt CT chưa"))
    assert "1.482" in named and "4.870" not in named
    # The kind of union named instead finds that union's own plan.
    assert "4.870" in text_of(ask(deps, "chỉ tiêu năm 2026 của công đoàn các kcn lạng sơn"))


def test_a_code_in_capitals_read_as_a_province_is_said_in_the_reply(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    # «LĐ», «KH» opening a question may be lao động or kế hoạch: the reply says how it read them.
    assert "(Mình hiểu «LĐ» là Lâm Đồng;" in text_of(ask(deps, "LĐ có lớp nào không"))
    # A code that is only a province, or a province written out, needs no such line.
    assert "Mình hiểu" not in text_of(ask(deps, "LS có lớp nào cho chủ tịch"))
    assert "Mình hiểu" not in text_of(ask(deps, "Lạng Sơn có lớp nào cho chủ tịch"))
