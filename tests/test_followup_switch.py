"""The talk turning from classes to an article's fact or a plan's target and on, through the conversation
turn: «ai khai mạc lớp đó» after a fact is about the class the article tells of (not a class listed before),
«đạt được bao nhiêu rồi» after a target is that target's progress, and «à nhầm, ý em là …» corrects the
last question."""

from __future__ import annotations

import datetime as dt

from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Target
from tests.people import org_id
from tests.test_followup_chat import ask, setup, text_of


def test_that_class_after_a_fact_is_the_class_the_article_tells_of(deps: Deps) -> None:
    setup(deps)
    listed = text_of(ask(deps, "lang son co lop an toan ve sinh lao dong nao ko"))
    assert "đợt 1" in listed
    fact = text_of(ask(deps, "năm 2014 lạng sơn mở lớp giảng viên kiêm chức cho bao nhiêu người"))
    assert "25" in fact
    opened = text_of(ask(deps, "ai khai mạc lớp đó"))
    assert "Trần Thị Kim Anh" in opened and "Huấn luyện an toàn" not in opened
    # The classes listed before are still at hand by their position.
    second = text_of(ask(deps, "cái thứ 2 học ở đâu"))
    assert "Hội trường số 2" in second


def test_progress_after_a_target_is_that_targets(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        s.add(Target(code="T-LS-26", organisation_id=org_id(s, "LS"), period_start=2026, period_end=2026,
                     target_value=18, unit="lớp", achieved_value=11, as_of=dt.date(2026, 11, 1),
                     metric="Số lớp tập huấn, bồi dưỡng cán bộ công đoàn"))
        bump_data_version(s)
    first = text_of(ask(deps, "chỉ tiêu tập huấn năm nay của LĐLĐ tỉnh Lạng Sơn là bao nhiêu"))
    assert "Lạng Sơn" in first
    progress = text_of(ask(deps, "đạt đc bao nhiu rồi"))
    assert "11/18" in progress


def test_a_correction_of_the_month_lists_that_months_classes(deps: Deps) -> None:
    setup(deps)  # classes 10, 30 and 50 days after 23/11/2026: 03/12, 23/12/2026 and 12/01/2027
    december = text_of(ask(deps, "lang son thang 12 co lop an toan ve sinh lao dong nao ko"))
    assert "đợt 1" in december and "đợt 3" not in december
    january = text_of(ask(deps, "à nhầm, ý em là tháng 1 năm sau"))
    assert "đợt 3" in january and "đợt 1" not in january


def test_a_remark_then_a_question_answers_the_question(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son thang 12 co lop an toan ve sinh lao dong nao ko")
    # The first part is about what was shown (a class called off, a plan's figure); what follows «vậy …» asks.
    for said in ("lớp đợt 1 bị hủy rồi hả, vậy tháng 1 năm sau có lớp an toàn nào ở lạng sơn ko",
                 "chỉ tiêu năm nay đạt rồi, vậy tháng 1 năm sau có lớp nào ko"):
        january = text_of(ask(deps, said))
        assert "đợt 3" in january and "đợt 1" not in january, said


def test_last_question_keeps_a_message_of_one_part() -> None:
    from knowledge.search.subject import last_question

    assert last_question("thế tháng sau?") == "thế tháng sau?"
    assert last_question("lớp đó bị hủy rồi hả, vậy tháng 1 có lớp nào ko") == "vậy tháng 1 có lớp nào ko"
    assert last_question("ok, thế là xong") == "ok, thế là xong"  # no class, place or period asked after «thế»


def test_the_union_named_after_which_plan_was_asked_gets_its_targets(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        for code, org, value, done in (("T-LS-26", "LS", 18, 11), ("T-HN-26", "HN", 40, 27)):
            s.add(Target(code=code, organisation_id=org_id(s, org), period_start=2026, period_end=2026,
                         target_value=value, unit="lớp", achieved_value=done, as_of=dt.date(2026, 11, 1),
                         metric="Số lớp tập huấn, bồi dưỡng cán bộ công đoàn"))
        bump_data_version(s)
    which = text_of(ask(deps, "chỉ tiêu năm nay"))
    assert "tỉnh hoặc đơn vị nào" in which
    named = text_of(ask(deps, "Lạng Sơn"))  # the answer to that question, not a new search for «Lạng Sơn»
    assert "11/18" in named and "27/40" not in named
