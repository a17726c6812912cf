"""A message full of words the data never says is not a class question because a class shares its place
and a word of its address or note: the classes' evidence must be what the question asks about. Asked of the
bench's plan (some 400 classes, one held at «16 Lê Lai, Hà Nội» with a note on «tiền lương»)."""

from __future__ import annotations

from typing import Any

import pytest

from bench.common import NOW
from bench.heldout import HERE, engine_answerer, load_dataset


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> Any:
    loaded = load_dataset(HERE, tmp_path_factory.mktemp("plans"))
    return engine_answerer(loaded.url)[1]


@pytest.mark.parametrize("question", [
    "muon hoc bang lai xe b2 o ha noi mat bao nhieu tien",
    "can hoc bang lai xe b2 tai ha noi phi bao nhieu",
    "muốn thi bằng lái xe hạng b2 ở Hà Nội hết bao nhiêu tiền",
    "em muốn học bằng lái xe tải ở Hà Nội thì đăng ký ở đâu",
])
def test_words_never_said_in_the_data_outweigh_a_shared_place(qa: Any, question: str) -> None:
    ans = qa.answer(question, now=NOW)
    assert not ans.courses and ans.band == "low", [m.code for m in ans.matches]


def test_the_class_asked_for_in_the_same_place_is_still_found(qa: Any) -> None:
    ans = qa.answer("ở Hoàn Kiếm có lớp đối thoại thương lượng tập thể nào không", now=NOW)
    assert "HK-2027-01" in [c.code for c in ans.courses]


@pytest.mark.parametrize("question", [
    "Em muốn học đại học từ xa ngành kế toán thì nên đăng ký trường nào?",
    "tôi muốn học cao đẳng ngành điện thì đăng ký trường nào",
])
def test_a_degree_is_not_a_class_held_at_a_university(qa: Any, question: str) -> None:
    """What one wants to learn («học đại học») is said by what a class teaches, not by where it is held («Trường
    Đại học Sư phạm»); «ngành kế toán» is a field of study, no sector union placing the question."""
    ans = qa.answer(question, now=NOW)
    assert not ans.courses and ans.band == "low", [m.code for m in ans.matches]


def test_a_skill_learnt_is_still_found_in_the_classes_teaching_it(qa: Any) -> None:
    ans = qa.answer("có lớp học kỹ năng đàm phán cho chủ tịch CĐCS không", now=NOW)
    assert ans.courses and ans.band == "confident"


@pytest.mark.parametrize("question", [
    "chỉ tiêu doanh số tháng này của phòng bán hàng là bao nhiêu",
    "chi tieu doanh so quy 4 cua phong kinh doanh dat chua",
])
def test_a_plan_is_not_picked_by_a_word_it_shares_with_another_matter(qa: Any, question: str) -> None:
    """No union named: the words pick the plan, and a sales target («doanh số») is not a training plan's
    «doanh nghiệp» target."""
    ans = qa.answer(question, now=NOW)
    assert ans.intent != "target" or ans.band == "low", [m.code for m in ans.matches]


def test_a_plan_whose_words_the_question_says_is_still_picked(qa: Any) -> None:
    ans = qa.answer("chỉ tiêu tập huấn cán bộ CĐCS doanh nghiệp năm 2026 đạt bao nhiêu", now=NOW)
    assert ans.intent == "target" and ans.matches[0].code == "KCX-CT-2026"
