"""Teaching the bot: open questions in an organiser's scope, grouped; answering the askers through the outbox;
teaching a phrasing or an own answer, which chat then gives (on SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select, update

from handlers.core import handle
from handlers.deps import Deps
from handlers.types import Incoming, Reply
from knowledge import teaching
from knowledge.db import session_scope
from knowledge.models import OutboxJob, OutboxMessage, TaughtAnswer, UnansweredQuestion, UserProfile
from knowledge.outbox import organiser_scope
from knowledge.qa import Profile
from knowledge.search.taught import TaughtBook, TaughtRec, key_of
from knowledge.text import normalise
from tests.conftest import FIXED_NOW
from tests.people import add_members, make_organiser, org_id

UNKNOWN = "Công đoàn có hỗ trợ tiền ăn trưa cho học viên lớp tập huấn không?"
UNKNOWN_PLAIN = "cong doan co ho tro tien an trua cho hoc vien lop tap huan ko"
OTHER = "Công đoàn tặng quà Tết gì cho công nhân?"


def ask(deps: Deps, text: str, user: str) -> list[Reply]:
    return asyncio.run(handle(Incoming("telegram", user, user, text), deps))


def scope_of(deps: Deps, user: str = "9") -> teaching.Scope:
    with deps.session_factory() as s:
        scope = organiser_scope(session=s, channel="telegram", user_id=user)
    assert scope is not None
    return scope


@pytest.fixture
def asked(any_deps: Deps) -> Deps:
    """An organiser of Lạng Sơn (9); two Lạng Sơn members asked the same unknown question in two wordings,
    a Sóc Trăng member asked it too, and a Lạng Sơn member asked something else."""
    deps = any_deps
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "9", "LS")
        make_organiser(s, "telegram", "8", "ST")
        add_members(s, 3, org="LS", first_id=100)
        add_members(s, 1, org="ST", first_id=300)
    for text, user in ((UNKNOWN, "100"), (UNKNOWN_PLAIN, "101"), (UNKNOWN, "300"), (OTHER, "102")):
        ask(deps, text, user)
    return deps


def test_open_questions_are_grouped_within_the_scope(asked: Deps) -> None:
    with asked.session_factory() as s:
        groups = teaching.open_groups(session=s, scope=scope_of(asked))
        texts = [g.variants for g in groups]
        askers = [g.askers for g in groups]
    assert texts == [[OTHER], [UNKNOWN_PLAIN, UNKNOWN]]  # newest first; the Sóc Trăng question is not here
    assert askers[1] == [("telegram", "101"), ("telegram", "100")]
    with asked.session_factory() as s:
        st = teaching.open_groups(session=s, scope=scope_of(asked, "8"))
    assert [g.variants for g in st] == [[UNKNOWN]]


def test_grouping_is_fuzzy_but_not_loose() -> None:
    def row(i: int, text: str) -> UnansweredQuestion:
        return UnansweredQuestion(id=i, text=text, channel="telegram", user_id=str(i), normalised="", intent="unknown",
                                  confidence=0.0, asked_at=FIXED_NOW)
    rows = [row(3, "học viên được hỗ trợ tiền ăn trưa không"), row(2, "hoc vien dc ho tro tien an trua ko"),
            row(1, "học viên được hỗ trợ tiền đi lại không"), row(0, "ăn trưa")]
    groups = teaching.group_questions(rows)
    assert [g.ids for g in groups] == [[3, 2], [1], [0]]


def test_answering_queues_one_urgent_message_per_asker(asked: Deps) -> None:
    scope = scope_of(asked)
    with session_scope(asked.session_factory) as s:
        group = next(g for g in teaching.open_groups(session=s, scope=scope) if len(g.ids) == 2)
        jobs, reached = teaching.answer_askers(session=s, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                                               word=lambda asked: f"«{asked}»: Có, 50.000 đồng mỗi ngày.")
        assert reached.count == 2 and len(jobs) == 2
        job_ids = [j.id for j in jobs]
    with asked.session_factory() as s:
        rows = s.execute(select(OutboxMessage.user_id, OutboxMessage.priority, OutboxJob.kind, OutboxJob.text)
                         .join(OutboxJob, OutboxJob.id == OutboxMessage.job_id)
                         .where(OutboxMessage.job_id.in_(job_ids)).order_by(OutboxMessage.user_id)).all()
        # Each asker is answered once, urgently, with their own words quoted.
        assert [tuple(r) for r in rows] == [("100", 0, "notice", f"«{UNKNOWN}»: Có, 50.000 đồng mỗi ngày."),
                                            ("101", 0, "notice", f"«{UNKNOWN_PLAIN}»: Có, 50.000 đồng mỗi ngày.")]
        left = teaching.open_groups(session=s, scope=scope)
        assert [g.variants for g in left] == [[OTHER]]
        handled = s.scalars(select(UnansweredQuestion.handled).where(UnansweredQuestion.user_id == "100")).all()
        assert handled == ["answered"]


def test_a_taught_answer_is_given_in_chat_with_its_source(asked: Deps) -> None:
    before = ask(asked, UNKNOWN, "102")
    assert "50.000" not in before[0].text
    scope = scope_of(asked)
    with session_scope(asked.session_factory) as s:
        group = next(g for g in teaching.open_groups(session=s, scope=scope) if len(g.ids) >= 2)
        teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                       author="LĐLĐ tỉnh Lạng Sơn", organisation_id=org_id(s, "LS"),
                       answer="Có: học viên được hỗ trợ 50.000 đồng tiền ăn mỗi ngày học.")
    asked.knowledge.invalidate()  # what the web workspace does after teaching
    for wording in (UNKNOWN, UNKNOWN_PLAIN, "Học viên lớp tập huấn có được công đoàn hỗ trợ tiền ăn trưa không"):
        reply = ask(asked, wording, "102")
        assert reply[0].text == ("Có: học viên được hỗ trợ 50.000 đồng tiền ăn mỗi ngày học.\n\n"
                                 "Trả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026"), wording
    with asked.session_factory() as s:
        assert s.scalar(select(UnansweredQuestion.handled).where(UnansweredQuestion.user_id == "101")) == "taught"
        # Asked again after teaching: answered, so not logged as unanswered again.
        assert not teaching.open_groups(session=s, scope=scope) or all(
            UNKNOWN not in g.variants for g in teaching.open_groups(session=s, scope=scope))


def test_a_taught_phrasing_answers_with_the_record(asked: Deps) -> None:
    scope = scope_of(asked)
    with session_scope(asked.session_factory) as s:
        group = next(g for g in teaching.open_groups(session=s, scope=scope) if g.variants == [OTHER])
        with pytest.raises(teaching.TeachError) as err:
            teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                           author="LĐLĐ tỉnh Lạng Sơn", organisation_id=None, record_kind="fact",
                           record_code="KHONG-CO")
        assert err.value.code == "no_record"
        target = s.scalar(select(TaughtAnswer.id))
        assert target is None
        from knowledge.models import Target
        ls_target = s.scalar(select(Target).where(Target.organisation_id == org_id(s, "LS")).order_by(Target.id))
        st_target = s.scalar(select(Target).where(Target.organisation_id == org_id(s, "ST")).order_by(Target.id))
        assert ls_target is not None and st_target is not None
        with pytest.raises(teaching.TeachError) as err:
            teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                           author="x", organisation_id=None, record_kind="target", record_code=st_target.code)
        assert err.value.code == "out_of_scope"
        teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                       author="LĐLĐ tỉnh Lạng Sơn", organisation_id=org_id(s, "LS"), record_kind="target",
                       record_code=ls_target.code.lower())
        metric = ls_target.metric
    asked.knowledge.invalidate()
    reply = ask(asked, OTHER, "100")
    assert metric in reply[0].text


def test_another_unions_question_is_not_found(asked: Deps) -> None:
    with asked.session_factory() as s:
        st_id = s.scalar(select(UnansweredQuestion.id).where(UnansweredQuestion.user_id == "300"))
        assert st_id is not None
        with pytest.raises(teaching.TeachError) as err:
            teaching.group_of(session=s, scope=scope_of(asked), question_id=st_id)
        assert err.value.code == "not_found"
        assert teaching.group_of(session=s, scope=scope_of(asked, "8"), question_id=st_id).ids == [st_id]


def test_the_book_matches_equal_and_near_keys_only() -> None:
    at = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    rec = TaughtRec(1, key_of("học viên có được hỗ trợ tiền ăn trưa không"), "q", None, None, "Có.", "A", at)
    book = TaughtBook([rec])
    assert book.find(normalise("hoc vien co duoc ho tro tien an trua khong")) is rec
    assert book.find(normalise("học viên có được hỗ trợ tiền ăn trưa ko ạ")) is rec
    assert book.find(normalise("học viên có được hỗ trợ tiền đi lại không")) is None
    assert book.find(normalise("tiền ăn trưa")) is None


def test_teaching_reaches_the_engine_without_a_rebuild(asked: Deps) -> None:
    """Another process's engine (here: a second service on the same database) picks the book up at its next
    version check, and keeps its index: teaching bumps only the taught version."""
    from knowledge.db import data_version
    from knowledge.service import KnowledgeService
    from tests.conftest import TZ_VN

    other = KnowledgeService(asked.session_factory, tz=TZ_VN, check_every=0.0)
    engine = other.engine()
    assert engine.answer(UNKNOWN, now=FIXED_NOW).intent != "taught"
    scope = scope_of(asked)
    with session_scope(asked.session_factory) as s:
        before = data_version(s)
        group = next(g for g in teaching.open_groups(session=s, scope=scope) if len(g.ids) >= 2)
        teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                       author="LĐLĐ tỉnh Lạng Sơn", organisation_id=org_id(s, "LS"), answer="Có.")
        assert data_version(s) == before
    assert other.engine() is engine  # the same index, with the new book
    with asked.session_factory() as s:
        ls = Profile(organisation_id=org_id(s, "LS"))
    assert engine.answer(UNKNOWN_PLAIN, now=FIXED_NOW, profile=ls).intent == "taught"
    assert engine.answer(UNKNOWN_PLAIN, now=FIXED_NOW).intent != "taught"  # Lạng Sơn's, not national
    with session_scope(asked.session_factory) as s:
        taught_id = s.scalar(select(TaughtAnswer.id))
        assert taught_id is not None
        assert teaching.forget(session=s, scope=scope, taught_id=taught_id)
    assert other.engine().answer(UNKNOWN_PLAIN, now=FIXED_NOW, profile=ls).intent != "taught"


def test_a_unions_answer_stays_in_its_union(asked: Deps) -> None:
    """Lạng Sơn and Sóc Trăng each teach their own answer to the same question: neither replaces the other,
    each member gets their own province's, a member with a province but no union gets that province's, and
    someone with neither gets none of them (security review: teaching crossed the union boundary)."""
    with session_scope(asked.session_factory) as s:
        add_members(s, 1, org=None, first_id=400)
        add_members(s, 1, org=None, first_id=500)
        s.execute(update(UserProfile).where(UserProfile.user_id == "400").values(province="Sóc Trăng"))
    for user, org, text in (("9", "LS", "Lạng Sơn: có, 50.000 đồng."), ("8", "ST", "Sóc Trăng: không hỗ trợ.")):
        scope = scope_of(asked, user)
        with session_scope(asked.session_factory) as s:
            group = next(g for g in teaching.open_groups(session=s, scope=scope) if UNKNOWN in g.variants)
            teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", user),
                           author=org, organisation_id=org_id(s, org), answer=text)
    asked.knowledge.invalidate()
    with asked.session_factory() as s:
        assert sorted(s.scalars(select(TaughtAnswer.answer))) == ["Lạng Sơn: có, 50.000 đồng.",
                                                                  "Sóc Trăng: không hỗ trợ."]
    assert ask(asked, UNKNOWN_PLAIN, "102")[0].text.startswith("Lạng Sơn: có")
    assert ask(asked, UNKNOWN, "300")[0].text.startswith("Sóc Trăng: không")
    assert ask(asked, UNKNOWN, "400")[0].text.startswith("Sóc Trăng: không")
    assert "50.000" not in ask(asked, UNKNOWN, "500")[0].text
    assert "Sóc Trăng: không" not in ask(asked, UNKNOWN, "500")[0].text
    # A national answer is stored beside them and reaches only those without a nearer one.
    with session_scope(asked.session_factory) as s:
        make_organiser(s, "telegram", "7", None)
    national = scope_of(asked, "7")
    with session_scope(asked.session_factory) as s:
        s.execute(update(UnansweredQuestion).values(handled_at=None, handled=""))
        group = next(g for g in teaching.open_groups(session=s, scope=national) if UNKNOWN in g.variants)
        teaching.teach(session=s, scope=national, group=group, now=FIXED_NOW, created_by=("telegram", "7"),
                       author="TLĐ", organisation_id=None, answer="Toàn quốc: tuỳ từng tỉnh.")
    asked.knowledge.invalidate()
    assert ask(asked, UNKNOWN, "500")[0].text.startswith("Toàn quốc")
    # A province teaching again replaces only its own answer, not the national one.
    scope = scope_of(asked, "9")
    with session_scope(asked.session_factory) as s:
        s.execute(update(UnansweredQuestion).values(handled_at=None, handled=""))
        group = next(g for g in teaching.open_groups(session=s, scope=scope) if UNKNOWN in g.variants)
        teaching.teach(session=s, scope=scope, group=group, now=FIXED_NOW, created_by=("telegram", "9"),
                       author="LS", organisation_id=org_id(s, "LS"), answer="Lạng Sơn: có, 60.000 đồng.")
    asked.knowledge.invalidate()
    with asked.session_factory() as s:
        answers = sorted(s.scalars(select(TaughtAnswer.answer)))
    assert "Toàn quốc: tuỳ từng tỉnh." in answers and "Lạng Sơn: có, 60.000 đồng." in answers
    assert "Lạng Sơn: có, 50.000 đồng." not in answers
    assert ask(asked, UNKNOWN, "500")[0].text.startswith("Toàn quốc")
    assert ask(asked, UNKNOWN, "102")[0].text.startswith("Lạng Sơn: có, 60.000")


def test_the_book_gives_the_answer_nearest_the_askers_union() -> None:
    at = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    key = key_of("học viên có được hỗ trợ tiền ăn trưa không")
    national = TaughtRec(1, key, "q", None, None, "TLĐ", "A", at, None)
    province = TaughtRec(2, key, "q", None, None, "Tỉnh", "B", at, 10)
    sibling = TaughtRec(3, key, "q", None, None, "Xã khác", "C", at, 12)
    book = TaughtBook([national, province, sibling], parents={10: 1, 11: 10, 12: 10, 20: 1, 1: None},
                      provinces={"Lạng Sơn": [10], "Sóc Trăng": [20]})
    near = normalise("hoc vien co duoc ho tro tien an trua ko a")
    for q in (normalise("học viên có được hỗ trợ tiền ăn trưa không"), near):
        assert book.find(q, organisation_id=11) is province  # up the tree, never the sibling's
        assert book.find(q, organisation_id=12) is sibling
        assert book.find(q, organisation_id=20) is national
        assert book.find(q) is national
        assert book.find(q, province="lang son") is province
        assert book.find(q, province="Sóc Trăng") is national
    assert TaughtBook([sibling], parents={11: 10, 12: 10}).find(near, organisation_id=11) is None
