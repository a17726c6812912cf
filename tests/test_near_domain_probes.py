"""Questions that sound like the articles' but ask what no record says get no record as their answer, and the
articles' figures asked as chairs ask them («mấy nghìn cán bộ», «phát hành bao nhiêu tờ rơi») are answered:
the probe set in tests/data/near_domain_probes.tsv, and the readings behind it (what a count counts, the
whole a figure is of, a chair's title, a date asked, a way to reach a union)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import ask_payload
from handlers import compose
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from knowledge.search.aspects import (
    asked_aspects,
    asks_contact,
    counted_nouns,
    counts_noun,
    gives_what_is_asked,
)
from knowledge.text import fold
from tests.conftest import payload_text as text_of
from tests.conftest import template_deps

PROBES = [tuple(line.split("\t")) for line in
          (Path(__file__).parent / "data" / "near_domain_probes.tsv").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "probes", sample=True)


def answered(payload: dict[str, object]) -> bool:
    return payload["band"] != "low" and payload["intent"] not in ("off_topic", "unknown") and bool(
        payload["matches"])


def logged(deps: Deps) -> int:
    with deps.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(UnansweredQuestion)) or 0)


@pytest.mark.parametrize(("said", "question"), [(s, q) for k, s, q in PROBES if k == "fact"])
def test_the_articles_figures_asked_as_chairs_ask_them(deps: Deps, said: str, question: str) -> None:
    payload = ask_payload(deps, question)
    assert answered(payload) and said in text_of(payload), (payload["intent"], payload["matches"][:1])


@pytest.mark.parametrize("question", [q for k, _, q in PROBES if k == "near"])
def test_near_domain_questions_get_no_record_and_are_logged(deps: Deps, question: str) -> None:
    before = logged(deps)
    payload = ask_payload(deps, question, user_id="near")
    assert not answered(payload), (payload["intent"], payload["band"], payload["matches"][:1])
    assert logged(deps) == before + 1


@pytest.mark.parametrize("question", [
    "địa chỉ LĐLĐ Hải Phòng ở đâu", "sđt công đoàn tỉnh Lạng Sơn", "email LĐLĐ Hà Nội là gì",
    "website công đoàn tỉnh Lào Cai", "liên hệ ai ở LĐLĐ Quảng Trị để hỏi về lớp học",
])
def test_a_way_to_reach_a_union_is_said_to_be_held_nowhere_and_logged(deps: Deps, question: str) -> None:
    before = logged(deps)
    payload = ask_payload(deps, question, user_id="contacts")
    assert not answered(payload)
    assert text_of(payload).startswith(compose.NO_CONTACTS_HEAD)
    assert logged(deps) == before + 1


def test_what_a_count_counts() -> None:
    assert counted_nouns("Sóc Trăng có bao nhiêu công nhân") == ["cong nhan"]
    assert counted_nouns("lạng sơn có mấy nghìn CBCĐ") == ["can bo"]  # «mấy nghìn» passed over
    assert counted_nouns("số lượng CĐCS vững mạnh") == ["cong doan co so"]
    assert counted_nouns("bao nhiêu lượt học viên") == ["hoc vien"]
    # «bao nhiêu huyện Chi Lăng» (a follow-up glued to a count) names a place, it counts none.
    assert counted_nouns("co bao nhieu khong chuyen trach thi bao nhieu huyen chi lang") == []
    assert counts_noun("can bo", "Toàn tỉnh hiện có 8.343 CBCĐ")
    assert counts_noun("can bo", "2 lớp tập huấn cho trên 400 lượt cán bộ")  # people counted by «lượt»
    assert counts_noun("hoc vien", "42 lớp với 3.060/3000 học viên")
    assert counts_noun("lop", "mở hai lớp")
    assert not counts_noun("cong nhan", "Chương trình 1464/CTr-TLĐ, ngày 8/10/2013 về nâng cao trình độ")
    assert not counts_noun("lop", "có 23.339 người được đào tạo")


def test_a_count_is_given_by_a_number_of_what_it_counts() -> None:
    text = "Phối hợp với Trung tâm dạy nghề, sau đó tuyên truyền Chương trình 1464/CTr-TLĐ"
    # Folded, «tâm» and «sau» spell «tám», «sáu»: no number is printed, so no count is given.
    assert not gives_what_is_asked("bao nhiêu công nhân", fold(text), text)
    assert gives_what_is_asked("bao nhiêu đoàn viên", fold("38 đoàn viên"), "38 đoàn viên")


def test_mấy_nghìn_people_is_a_count_and_mấy_triệu_a_sum() -> None:
    assert asked_aspects("lạng sơn có mấy nghìn cán bộ công đoàn") == ["count"]
    assert asked_aspects("học phí hết mấy triệu") == ["money"]
    assert asked_aspects("bao nhiêu nghìn đồng") == ["money"]
    # «ngày bao nhiêu» asks a date, no count.
    assert "count" not in asked_aspects("chương trình 1644 ngày bao nhiêu")


def test_when_is_said_by_a_date_not_by_a_term() -> None:
    term = "Nhiệm kỳ 2018-2023, sau Đại hội Công đoàn tỉnh là tập huấn cán bộ mới"
    assert not gives_what_is_asked("đại hội công đoàn tỉnh tổ chức khi nào", fold(term), term)
    dated = "Tháng 12/2012, anh Kiên được bầu làm Chủ tịch CĐCS"
    assert gives_what_is_asked("anh Kiên được bầu khi nào", fold(dated), dated)


def test_a_deputy_is_not_the_chair_asked() -> None:
    deputy = "Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh phát biểu"
    assert not gives_what_is_asked("chủ tịch LĐLĐ Hà Nội là ai", fold(deputy), deputy, names_person=True)
    assert gives_what_is_asked("phó chủ tịch LĐLĐ Hà Nội là ai", fold(deputy), deputy, names_person=True)


def test_ways_to_reach_a_union() -> None:
    assert asks_contact("văn phòng LĐLĐ huyện Mê Linh ở chỗ nào")
    assert asks_contact("fanpage LĐLĐ Hà Nội")
    assert asks_contact("zalo của ban tổ chức LĐLĐ Phú Thọ")
    assert not asks_contact("lớp nghiệp vụ ở Hà Nội học ở đâu")


def test_a_year_no_plan_has_is_no_answer_yet_the_nearest_plan_is_shown(deps: Deps) -> None:
    """«chỉ tiêu … năm 2030» of a union whose plans stop earlier: said so with the nearest year's targets, as an
    unanswered question (band low, logged), not as a confident answer for 2030."""
    before = logged(deps)
    payload = ask_payload(deps, "chỉ tiêu đào tạo cán bộ công đoàn của LĐLĐ Hà Nội năm 2030", user_id="plan")
    assert payload["intent"] == "target" and payload["band"] == "low"
    assert "chưa có chỉ tiêu năm 2030" in text_of(payload)
    assert logged(deps) == before + 1
