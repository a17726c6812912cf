"""The articles' facts asked the way chairs type them: degrees listed as offices shorten them («ĐH, CĐ»), a
foreign-language level asked with no word of training, sessions counted as «buổi» of an article that says
«cuộc», a name typed without its marks, «Ban TC» that is the organisation department; «tỉnh mình» as the
asker's province; a plan's targets asked with no union named; and «thế số học viên?» after a count."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.language.followup import Subject, resolve
from knowledge.qa import Profile
from knowledge.text import normalise
from tests.conftest import FIXED_NOW, template_deps
from tests.conftest import payload_text as text_of


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "readings")


def codes(payload: dict[str, object]) -> list[str]:
    matches = payload["matches"]
    assert isinstance(matches, list)
    return [str(m["code"]) if isinstance(m, dict) else str(m) for m in matches]


def test_degrees_listed_highest_first_are_degrees() -> None:
    assert "cao dang trung cap" in normalise("bn nguoi co bang CĐ/TC").folded
    assert "dai hoc va cao dang" in normalise("mấy người ĐH và CĐ").folded
    # Alone, or not a list of degrees, the union's readings stay.
    assert "tai chinh cong doan" in normalise("lớp TC CĐ ở đâu").folded
    assert "cao dang" not in normalise("ĐH CĐ tỉnh khoá mới").folded


def test_people_with_a_college_degree_are_counted_from_the_article(deps: Deps) -> None:
    payload = ask_payload(deps, "sóc trăng có mấy người trình độ CĐ, TC vậy")
    assert payload["intent"] == "fact" and payload["band"] == "confident"
    assert "10.773" in text_of(payload)


def test_a_foreign_language_level_is_a_question_of_training(deps: Deps) -> None:
    payload = ask_payload(deps, "soc trang bao nhieu nguoi dat ngoai ngu bac 2")
    assert payload["intent"] == "fact" and payload["band"] == "confident", payload["intent"]
    assert "3.332" in text_of(payload)


def test_sessions_asked_as_buoi_are_the_articles_cuoc(deps: Deps) -> None:
    payload = ask_payload(deps, "Sóc Trăng tổ chức được bao nhiêu buổi tuyên truyền nâng cao trình độ cho đoàn viên")
    assert "1.250" in text_of(payload), (payload["intent"], payload["matches"][:1])


def test_a_name_typed_without_marks_names_its_record(deps: Deps) -> None:
    payload = ask_payload(deps, "tran thi kim anh khai mac lop nao")
    assert payload["intent"] == "fact" and payload["band"] == "confident", payload["intent"]
    assert "Trần Thị Kim Anh" in text_of(payload)
    # Two of the three words of a name the data writes are no name of it.
    other = ask_payload(deps, "tran thi lan la ai")
    assert "Trần Thị Kim Anh" not in text_of(other)


def test_ban_tc_is_the_organisation_department_when_finance_answers_nothing(deps: Deps) -> None:
    payload = ask_payload(deps, "bà trưởng ban TC của LĐLĐ Lạng Sơn là ai")
    assert "Hoàng Thị Oanh" in text_of(payload), (payload["intent"], payload["matches"][:1])


def test_my_province_asks_which_plan_and_ranks_the_askers_province(deps: Deps) -> None:
    engine = deps.knowledge.engine()
    me = Profile(province="Sóc Trăng")
    ans = engine.answer("tinh minh co ke hoach nao ve nang cao ky nang nghe nghiep cho doan vien khong", now=FIXED_NOW,
                        profile=me)
    assert ans.intent == "document" and ans.matches[0].code == "53/KH-LĐLĐ", (ans.intent, ans.matches[:2])
    # Without «tỉnh mình», the national programme of the same words is not pushed down.
    plain = engine.answer("kế hoạch nào về nâng cao kỹ năng nghề nghiệp cho đoàn viên", now=FIXED_NOW)
    assert "1464/CTr-TLĐ" in [m.code for m in plain.matches[:2]]


def test_targets_with_no_union_named_are_one_unions(deps: Deps) -> None:
    engine = deps.knowledge.engine()
    ans = engine.answer("kế hoạch bồi dưỡng cán bộ công đoàn chuyên trách đạt bao nhiêu phần trăm", now=FIXED_NOW)
    assert ans.intent == "target" and ans.items
    unions = {it.org_ids[:1] for it in ans.items}
    assert len(unions) == 1, [m.code for m in ans.matches]


def test_another_count_after_a_fact_asks_the_same_matters_other_figure() -> None:
    subject = Subject(kind="fact", codes=("HN2016-LOP",), titles=("",),
                      question="năm 2016 hà nội mở được bao nhiêu lớp bồi dưỡng cán bộ công đoàn")
    follow = resolve("còn số học viên thì sao", subject)
    assert follow.action == "ask"
    assert "bao nhieu hoc vien" in follow.question and "ha noi" in follow.question and " lop " not in follow.question
    # A place named is the same question elsewhere, not another count.
    elsewhere = resolve("thế ở Lạng Sơn thì sao", subject)
    assert "bao nhieu lop" in elsewhere.question


def test_another_count_after_a_fact_is_answered_with_that_figure(deps: Deps) -> None:
    first = ask_payload(deps, "Hà Nội năm 2016 mở được bao nhiêu lớp bồi dưỡng cán bộ công đoàn", user_id="count")
    assert "33" in text_of(first)
    then = ask_payload(deps, "vậy số học viên thì sao", user_id="count")
    assert "3.831" in text_of(then), (then["intent"], then["matches"][:1])
