"""A fact, plan or article sentence answers a question only when it says what the question asks: of the place
asked, of the year asked, and the kind of thing asked (a phone, an address, an e-mail, when a law takes
effect, a person, a count). Records that merely share the question's words give the honest «not in my data»
reply instead; the facts asked as chairs ask them are still answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.search.aspects import asked_aspects, gives_what_is_asked
from knowledge.text import fold
from tests.conftest import payload_text as text_of
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "aspects", sample=True)


def answered(payload: dict[str, object]) -> bool:
    return payload["band"] != "low" and payload["intent"] not in ("off_topic", "unknown") and bool(
        payload["matches"])


@pytest.mark.parametrize("question", [
    # A phone, an address, an e-mail: no record or sentence gives one.
    "số điện thoại của LĐLĐ tỉnh Gia Lai là số mấy?",
    "Cho mình số điện thoại LĐLĐ thành phố Hà Nội",
    "trụ sở LĐLĐ tỉnh Đồng Nai ở đâu",
    "địa chỉ trường trung cấp công đoàn hà nội ở đâu",
    # A year inside a term («Nhiệm kỳ 2018-2023») is not that year's account; another province is not this one.
    "kết quả đào tạo của Lạng Sơn năm 2022",
    "Quảng Ninh năm 2020 đào tạo được bao nhiêu cán bộ công đoàn",
    "năm 2019 LĐLĐ Khánh Hòa tập huấn được bao nhiêu cán bộ công đoàn",
    # When a law takes effect; who chairs a union.
    "Luật Công đoàn 2024 có hiệu lực từ ngày nào",
    "Hiệu trưởng Trường Trung cấp Công đoàn Hà Nội là ai",
])
def test_a_record_sharing_the_words_is_no_answer(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert not answered(payload), (payload["intent"], payload["band"], payload["matches"][:1])


@pytest.mark.parametrize(("question", "said"), [
    ("Hà Nội năm 2016 bồi dưỡng được bao nhiêu cán bộ công đoàn", "2016"),
    ("Lạng Sơn năm 2014 mở lớp giảng viên kiêm chức cho bao nhiêu người", "25"),
    ("Mê Linh năm 2020 tổ chức mấy lớp", "2 lớp"),
    # The best match tells the forms of training, which count nothing: the count of classes answers.
    ("năm 2020 Mê Linh mở mấy lớp", "2 lớp"),
    ("Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn mới", "3.500"),
])
def test_the_facts_asked_of_their_place_and_year_are_answered(deps: Deps, question: str, said: str) -> None:
    payload = ask_payload(deps, question)
    assert answered(payload) and said in text_of(payload), (payload["intent"], payload["matches"][:1])


def test_what_a_question_asks_for() -> None:
    assert asked_aspects("số điện thoại của LĐLĐ tỉnh Gia Lai là số mấy?") == ["phone"]
    assert asked_aspects("sđt ldld tinh") == ["phone"]
    assert "effect" in asked_aspects("Luật có hiệu lực từ ngày nào")
    assert asked_aspects("được nghỉ thai sản mấy tháng") == ["length:thang"]
    assert "person" in asked_aspects("chủ tịch LĐLĐ tỉnh là ai")
    # «đt» is «đào tạo» as often as a phone; «bao nhiêu đồng chí» counts people, not money, nor is «bao nhiêu
    # tiến sỹ» a sum; «mấy ng» is «mấy người» as often as «mấy ngày».
    assert asked_aspects("kết quả đt cán bộ") == []
    assert asked_aspects("bao nhiêu đồng chí được cử đi học") == ["count"]
    assert asked_aspects("có bao nhiêu tiến sỹ") == ["count"]
    assert asked_aspects("chuyên trách mấy ng") == []
    assert asked_aspects("bn năm nay pt đoàn viên mới chỉ tiêu bn") == ["count"]  # Bắc Ninh this year
    # Each clause on its own: «sau 2 năm, bao nhiêu …» asks no year, «số mấy, ngày nào» no length.
    assert asked_aspects("Sau 2 năm, bao nhiêu đoàn viên được học") == ["count"]
    assert set(asked_aspects("Kế hoạch 73 là số mấy, ngày nào?")) == {"day", "docnumber"}


def test_a_text_gives_what_is_asked_only_in_its_form() -> None:
    q = "năm 2016 Sóc Trăng có bao nhiêu cán bộ được đào tạo"
    # A year and a programme's number are no count.
    plan = "Thời gian tới triển khai Chương trình 1464/CTr-TLĐ năm 2016"
    assert not gives_what_is_asked(q, fold(plan), plan)
    done = "Năm 2016 đào tạo 3.831 cán bộ"
    assert gives_what_is_asked(q, fold(done), done)
    leave = "lao động nữ được nghỉ thai sản mấy tháng"
    assert not gives_what_is_asked(leave, fold("tập huấn 2 lớp"), "tập huấn 2 lớp")
    assert gives_what_is_asked(leave, fold("được nghỉ 6 tháng"), "được nghỉ 6 tháng")
    # Two things asked, one given: an answer in part.
    plan73 = "Kế hoạch 73/KH-UBND về xã hội học tập"
    assert gives_what_is_asked("Kế hoạch 73 là số mấy, ngày nào?", fold(plan73), plan73)


def test_criteria_and_posts_counted_are_kinds_of_thing_asked() -> None:
    from knowledge.search.aspects import asked_aspects, gives_what_is_asked

    assert asked_aspects("cđcs vững mạnh cần tiêu chí gì") == ["criteria"]
    assert asked_aspects("tổng liên đoàn có mấy phó chủ tịch") == ["count"]
    # A count of unions that met the criteria does not state them; a text naming the criteria does.
    assert not gives_what_is_asked("cđcs vững mạnh cần tiêu chí gì", "co 1.238 cdcs vung manh", "có 1.238 CĐCS vững mạnh")
    assert gives_what_is_asked("cần tiêu chí gì", "la mot trong nhung tieu chi binh xet thi dua",
                               "là một trong những tiêu chí bình xét thi đua")
