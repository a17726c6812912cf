"""The one message shape: Reply/Button shared by every layer, and the outbox row codec."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from handlers import types
from handlers.deps import Deps
from handlers.notices import Notices
from knowledge.messages import MAX_BUTTON_DATA, Button, Reply, buttons_from_json, buttons_to_json
from knowledge.models import Course, OutboxJob
from tests.test_organiser import say
from tests.test_registration import course


def test_outbox_rows_and_buttons_convert_both_ways() -> None:
    buttons = (Button("Xem chi tiết lớp", "c:12"), Button("Hủy chỗ", "rc:12"), Button("Tắt loại nhắc này", "nn:off:week"))
    row = buttons_to_json(buttons)
    assert row == [["Xem chi tiết lớp", "c:12"], ["Hủy chỗ", "rc:12"], ["Tắt loại nhắc này", "nn:off:week"]]
    assert buttons_from_json(row) == buttons
    assert buttons_from_json(None) == () and buttons_to_json(()) == []


def test_the_number_is_not_stored_it_is_given_when_offered() -> None:
    assert buttons_to_json([Button("Đăng ký lớp này", "rg:1", number=3)]) == [["Đăng ký lớp này", "rg:1"]]
    assert buttons_from_json([["Đăng ký lớp này", "rg:1"]])[0].number == 0


@pytest.mark.parametrize("data", ["c:" + "9" * MAX_BUTTON_DATA, "rg:lớp", ""])
def test_a_button_that_cannot_travel_is_refused(data: str) -> None:
    if not data:  # empty data is ASCII and short: allowed (it is the codec's caller that gives meaning)
        assert Button("x", data).data == ""
        return
    with pytest.raises(ValueError):
        Button("x", data)
    with pytest.raises(ValueError):
        buttons_from_json([["x", data]])


def test_handlers_keep_importing_the_same_types() -> None:
    assert types.Button is Button and types.Reply is Reply


class Shouting(Notices):
    """Another wording, to show knowledge/ takes the words it is given rather than its own."""

    def promoted(self, course: Course, tz: dt.tzinfo) -> Reply:
        return Reply(f"CÓ CHỖ: {course.code}", (Button("Xem chi tiết lớp", f"c:{course.id}"),))


def test_the_promotion_notice_is_worded_by_the_injected_wording(any_deps: Deps) -> None:
    deps = replace(any_deps, wording=Shouting())
    cid = course(deps)
    say(deps, data=f"rg:{cid}", user="100")
    say(deps, data=f"wl:{cid}", user="101")
    say(deps, data=f"ok:rc:{cid}", user="100")
    with deps.session_factory() as s:
        [notice] = s.scalars(select(OutboxJob).where(OutboxJob.kind == "notice")).all()
        assert notice.text == "CÓ CHỖ: LS-REG-01" and notice.buttons == [["Xem chi tiết lớp", f"c:{cid}"]]
