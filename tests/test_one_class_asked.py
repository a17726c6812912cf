"""A question about one class («lớp đối thoại tại nơi làm việc ở Lạng Sơn học ở đâu», «… khai giảng hôm nào»)
that the engine answers with one class ranked alone first by the question's own words: the reply leads with
that class, the others after it soonest first, and a follow-up («cái thứ 2») counts in that shown order. A
plain list question («có lớp nào về thương lượng …») stays soonest first."""

from __future__ import annotations

import datetime as dt

import pytest

from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from tests.conftest import FIXED_NOW
from tests.people import add_course
from tests.test_organiser import say

DAY = dt.timedelta(days=1)


@pytest.fixture
def bargaining(deps: Deps) -> Deps:
    """Three bargaining classes in Lạng Sơn; the one on dialogue at the workplace is not the soonest."""
    with session_scope(deps.session_factory) as s:
        for code, title, days, venue in (
            ("TL-01", "Tập huấn thương lượng tập thể về tiền lương", 10, "Nhà văn hóa phường Đông Kinh"),
            ("TL-02", "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc", 40, "Hội trường Khu công nghiệp Đồng Bành"),
            ("TL-03", "Kỹ năng thương lượng và ký kết thỏa ước lao động tập thể", 70, "Trường Chính trị tỉnh"),
        ):
            c = add_course(s, code, starts=FIXED_NOW + days * DAY, deadline=FIXED_NOW + (days - 5) * DAY)
            c.title, c.topic, c.venue = title, "thuong_luong", venue
        bump_data_version(s)
    deps.knowledge.invalidate()
    return deps


def listed(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("• ")]


def test_a_detail_of_one_class_leads_with_the_class_asked(bargaining: Deps) -> None:
    [reply] = say(bargaining, "lớp đối thoại tại nơi làm việc ở Lạng Sơn học ở đâu", user="700")
    assert listed(reply.text) == ["Bồi dưỡng kỹ năng đối thoại tại nơi làm việc",
                                  "Tập huấn thương lượng tập thể về tiền lương",
                                  "Kỹ năng thương lượng và ký kết thỏa ước lao động tập thể"]
    assert "lớp sát câu hỏi nhất trước" in reply.text and "Các lớp khác, gần nhất trước:" in reply.text
    assert "gần nhất trước:" not in reply.text.splitlines()[0]
    assert reply.buttons[0].label == "Chi tiết: Bồi dưỡng kỹ năng đối thoại tại nơi làm việc"
    # «cái thứ 2» is the second class the user saw, not the second soonest.
    [second] = say(bargaining, "cái thứ 2 khai giảng hôm nào", user="700")
    assert second.text.startswith("Tập huấn thương lượng tập thể về tiền lương")


def test_a_list_question_stays_soonest_first(bargaining: Deps) -> None:
    for question in ("có lớp nào về đối thoại tại nơi làm việc ở Lạng Sơn", "lớp nào về thương lượng ở Lạng Sơn ở đâu có"):
        [reply] = say(bargaining, question, user="701")
        shown = listed(reply.text)
        assert shown[:2] == ["Tập huấn thương lượng tập thể về tiền lương",
                             "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc"], question
        assert "gần nhất trước" in reply.text.splitlines()[0]
    [second] = say(bargaining, "cái thứ 2 học ở đâu", user="701")
    assert second.text.startswith("Bồi dưỡng kỹ năng đối thoại tại nơi làm việc")


def test_on_zalo_a_number_typed_picks_the_class_shown_at_it(bargaining: Deps) -> None:
    say(bargaining, "lớp đối thoại tại nơi làm việc ở Lạng Sơn khai giảng hôm nào", user="z70", channel="zalo")
    [card] = say(bargaining, "1", user="z70", channel="zalo")
    assert "Mã lớp: TL-02" in card.text
