"""Teaching the bot from the questions it could not answer.

An organiser sees the open questions of the people in their scope, newest first, grouped when they say
the same thing (equal keys, or keys of three words or more that rapidfuzz's `token_sort_ratio` puts at
`GROUP_CUTOFF` or above). For a group they can answer the people who asked, through the outbox with the
priority of a notice, and teach the bot: the question becomes another phrasing of a course, target or fact,
or gets the organiser's own short answer, stored with its author and date. Either way the questions are
marked handled. Vietnamese wording is the caller's: this module stores and checks, it does not word.

Whose question is it? The asker's union (from their profile) must be in the organiser's scope; an asker
with no union counts for the organisers whose root unions are in the asker's province; a national organiser
sees every question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import and_, delete, false, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from knowledge.db import bump_taught_version
from knowledge.models import (
    Course,
    Fact,
    Organisation,
    OutboxJob,
    Target,
    TaughtAnswer,
    UnansweredQuestion,
    UserProfile,
)
from knowledge.outbox import Recipients, Scope, account_recipient, create_job, subtree
from knowledge.search.taught import TaughtBook, TaughtRec, key_of
from knowledge.text import fold

GROUP_CUTOFF = 88.0
MAX_ANSWER = 1000  # characters of an organiser's answer: one Zalo message with the question quoted
RECORD_KINDS = ("course", "target", "fact")


class TeachError(ValueError):
    """A request the caller must refuse; `code` says why (the caller words it): not_found, out_of_scope,
    no_record, empty, too_long, bad_kind."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# ------------------------------------------------------------------ which questions

def _scope_condition(session: Session, scope: Scope) -> ColumnElement[bool]:
    if scope.roots is None:
        return UnansweredQuestion.id.is_not(None)
    ids = subtree(session=session, roots=scope.roots)
    provinces = [p for p in session.scalars(select(Organisation.province).where(
        Organisation.id.in_(scope.roots))) if p]
    no_union = and_(UserProfile.organisation_id.is_(None), UserProfile.province.in_(provinces)) if provinces else false()
    return or_(UserProfile.organisation_id.in_(ids), no_union)


def open_questions(*, session: Session, scope: Scope, limit: int = 500) -> list[UnansweredQuestion]:
    """Questions not handled yet, asked by people in the scope, newest first."""
    q = (select(UnansweredQuestion)
         .outerjoin(UserProfile, and_(UserProfile.channel == UnansweredQuestion.channel,
                                      UserProfile.user_id == UnansweredQuestion.user_id))
         .where(UnansweredQuestion.handled_at.is_(None), _scope_condition(session, scope))
         .order_by(UnansweredQuestion.asked_at.desc(), UnansweredQuestion.id.desc()).limit(limit))
    return list(session.scalars(q))


@dataclass(slots=True)
class QuestionGroup:
    """Questions that say the same; `rows` newest first, the first one names the group."""

    key: str
    rows: list[UnansweredQuestion] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.rows[0].id

    @property
    def text(self) -> str:
        """The wording that names the group: the newest one typed with diacritics, else the newest."""
        return next((v for v in self.variants if fold(v) != v.lower()), self.rows[0].text)

    @property
    def newest(self) -> dt.datetime:
        return self.rows[0].asked_at

    @property
    def ids(self) -> list[int]:
        return [r.id for r in self.rows]

    @property
    def variants(self) -> list[str]:
        """The different wordings, newest first."""
        return list(dict.fromkeys(r.text for r in self.rows))

    @property
    def others(self) -> list[str]:
        """The wordings besides the one that names the group."""
        return [v for v in self.variants if v != self.text]

    @property
    def askers(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((r.channel, r.user_id) for r in self.rows))


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a.split()), len(b.split())) < 3:
        return False
    return fuzz.token_sort_ratio(a, b) >= GROUP_CUTOFF


def group_questions(rows: Sequence[UnansweredQuestion]) -> list[QuestionGroup]:
    """Group questions (given newest first) that say the same; groups come newest first."""
    groups: list[QuestionGroup] = []
    by_key: dict[str, QuestionGroup] = {}
    for row in rows:
        key = key_of(row.text)
        group = by_key.get(key)
        if group is None:
            group = next((g for g in groups if _same(key, g.key)), None)
        if group is None:
            group = QuestionGroup(key)
            groups.append(group)
        by_key[key] = group
        group.rows.append(row)
    return groups


def open_groups(*, session: Session, scope: Scope, limit: int = 500) -> list[QuestionGroup]:
    return group_questions(open_questions(session=session, scope=scope, limit=limit))


def group_of(*, session: Session, scope: Scope, question_id: int) -> QuestionGroup:
    """The open group in the scope that holds this question; TeachError("not_found") when there is none
    (handled already, another union's, or no such question: the caller cannot tell them apart)."""
    for group in open_groups(session=session, scope=scope):
        if question_id in group.ids:
            return group
    raise TeachError("not_found")


def _mark(session: Session, group: QuestionGroup, how: str, by: str, now: dt.datetime) -> None:
    """Mark the group handled; a second way of handling it in the same step is added ("answered;taught")."""
    ids = UnansweredQuestion.id.in_(group.ids)
    session.execute(update(UnansweredQuestion).where(ids, UnansweredQuestion.handled_at.is_(None))
                    .values(handled_at=now, handled=how, handled_by=by[:90]))
    session.execute(update(UnansweredQuestion).where(ids, UnansweredQuestion.handled != how,
                                                     ~UnansweredQuestion.handled.contains(how))
                    .values(handled=func.substr(UnansweredQuestion.handled + ";" + how, 1, 40)))


# ------------------------------------------------------------------ answering the people who asked

def answer_askers(*, session: Session, group: QuestionGroup, word: Callable[[str], str], now: dt.datetime,
                  created_by: tuple[str, str], not_before: dt.datetime | None = None,
                  ) -> tuple[list[OutboxJob], Recipients]:
    """Queue an answer to every person who asked, once each, with the priority of a notice: `word(question)`
    gives the message (the caller's wording) for each wording asked, so everyone sees their own question
    quoted. Nothing goes before `not_before` (the end of the quiet hours, like a change notice). The group is
    marked answered. Returns the jobs (none when nobody can be reached) and everyone reached."""
    reached = Recipients()
    seen: set[tuple[str, str]] = set()
    jobs: list[OutboxJob] = []
    for wording in group.variants:
        out = Recipients()
        for channel, user_id in dict.fromkeys((r.channel, r.user_id) for r in group.rows if r.text == wording):
            one = account_recipient(session=session, channel=channel, user_id=user_id)
            out.skipped += one.skipped
            for account in one.accounts:
                if account[:2] not in seen:  # two accounts of one person asked, or asked twice: one message
                    seen.add(account[:2])
                    out.accounts.append(account)
        reached.accounts += out.accounts
        reached.skipped += out.skipped
        if out.count:
            text = word(wording)
            if not text.strip():
                raise TeachError("empty")
            job = create_job(session=session, kind="notice", text=text, recipients=out, now=now,
                             audience="người đã hỏi", created_by=created_by, not_before=not_before)
            if job is not None:
                jobs.append(job)
    _mark(session, group, "answered", f"{created_by[0]}:{created_by[1]}", now)
    return jobs, reached


def dismiss(*, session: Session, group: QuestionGroup, now: dt.datetime, created_by: tuple[str, str]) -> None:
    """Set a group aside without answering (spam, a greeting the bot missed)."""
    _mark(session, group, "dismissed", f"{created_by[0]}:{created_by[1]}", now)


# ------------------------------------------------------------------ teaching

def find_record(*, session: Session, scope: Scope, kind: str, code: str) -> Course | Target | Fact:
    """The course, target or fact a phrasing points at, by code (any case); it must belong to the scope
    (records of no union, like national facts, belong to everyone's)."""
    wanted = code.strip().upper()
    record: Course | Target | Fact | None
    if kind == "course":
        record = session.scalar(select(Course).where(func.upper(Course.code) == wanted))
    elif kind == "target":
        record = session.scalar(select(Target).where(func.upper(Target.code) == wanted))
    elif kind == "fact":
        record = session.scalar(select(Fact).where(func.upper(Fact.code) == wanted))
    else:
        raise TeachError("bad_kind")
    if record is None:
        raise TeachError("no_record")
    org_id = record.organiser_id if isinstance(record, Course) else record.organisation_id
    if org_id is not None and scope.roots is not None and org_id not in subtree(session=session, roots=scope.roots):
        raise TeachError("out_of_scope")
    return record


def teach(*, session: Session, scope: Scope, group: QuestionGroup, now: dt.datetime, created_by: tuple[str, str],
          author: str, organisation_id: int | None, record_kind: str | None = None, record_code: str | None = None,
          answer: str | None = None) -> list[TaughtAnswer]:
    """Teach every wording of the group: as a phrasing of a record, or with an own answer. Engines pick it up
    at their next version check, without rebuilding their index."""
    code: str | None = None
    text: str | None = None
    if answer is not None:
        text = answer.strip()
        if not text:
            raise TeachError("empty")
        if len(text) > MAX_ANSWER:
            raise TeachError("too_long")
        record_kind = None
    else:
        if record_kind is None or not record_code:
            raise TeachError("no_record")
        code = find_record(session=session, scope=scope, kind=record_kind, code=record_code).code
    who = f"{created_by[0]}:{created_by[1]}"
    rows: list[TaughtAnswer] = []
    # Of wordings with the same key, the one typed with diacritics is kept (it is what the list shows).
    for wording in sorted(group.variants, key=lambda v: fold(v) == v.lower()):
        key = key_of(wording)
        if any(r.normalised == key for r in rows):
            continue
        # Teaching a question again replaces what the scope taught for it before; another union's answer
        # (or a national one, for a union's organiser) stays beside it: each asker gets the nearest one.
        stale = delete(TaughtAnswer).where(TaughtAnswer.normalised == key)
        if scope.roots is not None:
            stale = stale.where(TaughtAnswer.organisation_id.in_(subtree(session=session, roots=scope.roots)))
        session.execute(stale)
        row = TaughtAnswer(question=wording[:1000], normalised=key, record_kind=record_kind, record_code=code,
                           answer=text, author=author[:200], organisation_id=organisation_id, created_by=who,
                           created_at=now)
        session.add(row)
        rows.append(row)
    session.flush()
    _mark(session, group, "taught", who, now)
    bump_taught_version(session)
    return rows


def taught_in_scope(*, session: Session, scope: Scope, limit: int = 200) -> list[TaughtAnswer]:
    """What was taught by the unions of the scope (everything for a national organiser), newest first."""
    q = select(TaughtAnswer).order_by(TaughtAnswer.created_at.desc(), TaughtAnswer.id.desc()).limit(limit)
    if scope.roots is not None:
        q = q.where(TaughtAnswer.organisation_id.in_(subtree(session=session, roots=scope.roots)))
    return list(session.scalars(q))


def forget(*, session: Session, scope: Scope, taught_id: int) -> bool:
    """Remove one taught question (in the scope); False when there is no such row there."""
    row = session.get(TaughtAnswer, taught_id)
    if row is None or (scope.roots is not None and row.organisation_id not in subtree(session=session,
                                                                                      roots=scope.roots)):
        return False
    session.delete(row)
    session.flush()
    bump_taught_version(session)
    return True


def load_book(*, session: Session) -> TaughtBook:
    """Every taught question, as the engine looks them up, with the union tree to pick the nearest answer."""
    recs = [TaughtRec(id=r.id, key=r.normalised, question=r.question, record_kind=r.record_kind,
                      record_code=r.record_code, answer=r.answer, author=r.author, created_at=r.created_at,
                      organisation_id=r.organisation_id)
            for r in session.scalars(select(TaughtAnswer))]
    if not recs:
        return TaughtBook()
    parents: dict[int, int | None] = {}
    provinces: dict[str, list[int]] = {}
    for oid, parent, kind, province in session.execute(select(
            Organisation.id, Organisation.parent_id, Organisation.kind, Organisation.province)):
        parents[oid] = parent
        if kind == "province" and province:
            provinces.setdefault(province, []).append(oid)
    return TaughtBook(recs, parents=parents, provinces=provinces)


__all__ = ["RECORD_KINDS", "QuestionGroup", "TeachError", "answer_askers", "dismiss", "find_record", "forget",
           "group_of", "group_questions", "load_book", "open_groups", "open_questions", "taught_in_scope", "teach"]
