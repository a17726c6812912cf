"""Section «Câu hỏi» of the workspace: the questions the bot could not answer, of the people in the
organiser's unions, newest first and grouped when they say the same (knowledge/teaching.py). For each group:
answer the people who asked (through the outbox, as a notice), teach the bot (an own answer, or another way
of asking for a class, target or fact), or set it aside. What was taught is listed, and can be removed.

After teaching, this process's engine is told to look again (`invalidate`), so a question taught here is
answered at once in the chats this process serves; other processes see it at their next check (2 s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.quanly.core import Organiser, Workspace, form, organiser
from handlers import compose
from knowledge import format as vn
from knowledge import reminders, teaching
from knowledge.models import Course, Fact, Organisation, Target, TaughtAnswer
from knowledge.outbox import subtree

OK = {
    "answered": "Đã xếp hàng gửi câu trả lời tới {n} người hỏi.",
    "answered_taught": "Đã xếp hàng gửi câu trả lời tới {n} người hỏi, và trợ lý sẽ trả lời như vậy từ nay.",
    "nobody": "Không gửi được cho ai (người hỏi đã chặn trợ lý hoặc chưa có cuộc trò chuyện riêng); câu hỏi đã được đánh dấu là đã xử lý.",
    "taught": "Đã dạy trợ lý: từ nay câu hỏi này được trả lời ngay trong chat.",
    "dismissed": "Đã bỏ qua câu hỏi.",
    "forgotten": "Đã xóa điều đã dạy; trợ lý không dùng nó nữa.",
}
ERRORS = {
    "empty": "Anh/chị chưa viết câu trả lời.",
    "too_long": f"Câu trả lời dài quá {teaching.MAX_ANSWER} ký tự; anh/chị rút gọn giúp.",
    "no_record": "Không tìm thấy lớp, chỉ tiêu hoặc thông tin có mã này. Anh/chị kiểm tra lại mã.",
    "out_of_scope": "Mã này thuộc đơn vị ngoài phạm vi của anh/chị.",
    "bad_kind": "Anh/chị chọn loại: lớp học, chỉ tiêu hoặc thông tin.",
}
KINDS = (("course", "Lớp học"), ("target", "Chỉ tiêu"), ("fact", "Thông tin (số liệu, sự kiện)"))
REASONS = {"low": "không đủ chắc chắn", "choice": "hỏi lại «Có phải anh/chị muốn hỏi…»",
           "no_course": "không thấy lớp phù hợp", "off_topic_domain": "coi là ngoài chủ đề",
           "ask_which": "hỏi lại lớp nào", "off_topic": "coi là ngoài chủ đề"}


@dataclass(frozen=True, slots=True)
class Choice:
    """A record a question can be taught to point at (offered in the code field's suggestions)."""

    kind: str
    code: str
    title: str


def offered_titles(offered: str, limit: int = 3) -> list[str]:
    """What the bot offered instead, as organisers read it: the titles of «kind CODE: title» lines."""
    out = [line.split(": ", 1)[-1].strip() for line in offered.splitlines() if line.strip()]
    return out[:limit]


def _is_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 9


def _author(session: Session, who: Organiser) -> tuple[str, int | None]:
    """Who an answer is from, by default: the organiser's union (the first, if several)."""
    roots = who.scope.roots
    if roots:
        org = session.get(Organisation, roots[0])
        if org is not None:
            return org.name, org.id
    national = session.scalar(select(Organisation).where(Organisation.kind == "national").order_by(Organisation.id))
    return (national.name if national else "Ban quản lý đào tạo"), None


def _choices(session: Session, who: Organiser, now_year: int) -> list[Choice]:
    """Codes to suggest: the scope's targets and facts, and its classes from this year on (at most 300)."""
    ids = subtree(session=session, roots=who.scope.roots) if who.scope.roots is not None else None
    out: list[Choice] = []
    tq = select(Target.code, Target.metric).order_by(Target.period_end.desc(), Target.code)
    fq = select(Fact.code, Fact.question).order_by(Fact.code)
    cq = select(Course.code, Course.title).where(Course.status != "cancelled").order_by(Course.starts_at.desc())
    if ids is not None:
        tq = tq.where(Target.organisation_id.in_(ids))
        fq = fq.where(Fact.organisation_id.in_(ids) | Fact.organisation_id.is_(None))
        cq = cq.where(Course.organiser_id.in_(ids))
    out += [Choice("course", c, t) for c, t in session.execute(cq.limit(150))]
    out += [Choice("target", c, t) for c, t in session.execute(tq.limit(75))]
    out += [Choice("fact", c, t) for c, t in session.execute(fq.limit(75))]
    return out


def _titles(session: Session, taught: list[TaughtAnswer]) -> dict[tuple[str, str], str]:
    """What each taught phrasing points at, by (kind, code), as organisers know it (title or metric)."""
    wanted = {(t.record_kind, t.record_code) for t in taught if t.record_kind and t.record_code}
    out: dict[tuple[str, str], str] = {}
    for kind, model, label in (("course", Course, Course.title), ("target", Target, Target.metric),
                               ("fact", Fact, Fact.question)):
        codes = [c for k, c in wanted if k == kind]
        if codes:
            out.update({(kind, code): title for code, title in session.execute(
                select(model.code, label).where(model.code.in_(codes)))})
    return out


def setup(ws: Workspace) -> None:
    async def page(request: web.Request) -> web.StreamResponse:
        who = organiser(request)

        def load(session: Session) -> dict[str, Any]:
            groups = teaching.open_groups(session=session, scope=who.scope)
            taught = teaching.taught_in_scope(session=session, scope=who.scope)
            author, _ = _author(session, who)
            return {"groups": groups, "taught": taught, "author": author, "titles": _titles(session, taught),
                    "choices": _choices(session, who, ws.now().year)}

        ctx = await ws.db(load)
        # The count comes back in the address: only a number is shown, nobody else's words in our notice.
        count = request.query.get("n", "0")
        ok = OK.get(request.query.get("ok", ""), "")
        ok = ok.format(n=vn.number(int(count))) if re.fullmatch(r"\d{1,6}", count) else ("" if "{n}" in ok else ok)
        later = request.query.get("luc", "")
        if ok and re.fullmatch(r"\d{2}:\d{2}", later):
            ok += f" Đang trong giờ nghỉ, nên tin sẽ đi lúc {later}."
        return ws.render(request, "quanly/cauhoi.html", section="cauhoi", title="Câu hỏi", ok=ok,
                         error=ERRORS.get(request.query.get("loi", ""), ""), failed=request.query.get("q", ""),
                         kinds=KINDS, kind_labels=dict(KINDS), reasons=REASONS, offered_titles=offered_titles, max_answer=teaching.MAX_ANSWER, **ctx)

    def _group(session: Session, who: Organiser, qid: str) -> teaching.QuestionGroup:
        if not _is_id(qid):
            raise web.HTTPNotFound()
        try:
            return teaching.group_of(session=session, scope=who.scope, question_id=int(qid))
        except teaching.TeachError as exc:
            raise web.HTTPNotFound() from exc

    async def answer(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        qid = request.match_info["id"]
        fields = form(request)
        text = fields.get("answer", "").strip()
        also_teach = fields.get("teach") == "1"
        now = ws.now()

        def work(session: Session) -> dict[str, str | int]:
            group = _group(session, who, qid)
            default_author, org_id = _author(session, who)
            author = fields.get("author", "").strip()[:200] or default_author
            if not text:
                return {"loi": "empty", "q": qid}
            if len(text) > teaching.MAX_ANSWER:
                return {"loi": "too_long", "q": qid}
            creator = (who.login.channel, who.login.user_id)
            if also_teach:
                teaching.teach(session=session, scope=who.scope, group=group, now=now, created_by=creator,
                               author=author, organisation_id=org_id, answer=text)
            # An answer days after the question is no reply in a conversation: it waits out the quiet hours.
            at = reminders.after_quiet(now, ws.reminder_config, ws.deps.tz)
            jobs, recipients = teaching.answer_askers(
                session=session, group=group, now=now, created_by=creator, not_before=at,
                word=lambda asked: compose.answer_to_asker(asked, text, author, now, ws.deps.tz))
            if not jobs:
                return {"ok": "nobody"}
            result: dict[str, str | int] = {"ok": "answered_taught" if also_teach else "answered",
                                            "n": recipients.count}
            if at > now:
                result["luc"] = f"{at.astimezone(ws.deps.tz):%H:%M}"
            return result

        result = await ws.db(work)
        if also_teach and "ok" in result:
            ws.deps.knowledge.invalidate()
        raise ws.redirect("/quanly/cauhoi", **result)

    async def teach(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        qid = request.match_info["id"]
        fields = form(request)
        now = ws.now()

        def work(session: Session) -> dict[str, str | int]:
            group = _group(session, who, qid)
            default_author, org_id = _author(session, who)
            author = fields.get("author", "").strip()[:200] or default_author
            creator = (who.login.channel, who.login.user_id)
            try:
                if fields.get("mode") == "record":
                    teaching.teach(session=session, scope=who.scope, group=group, now=now, created_by=creator,
                                   author=author, organisation_id=org_id, record_kind=fields.get("kind", ""),
                                   record_code=fields.get("code", "").strip())
                else:
                    teaching.teach(session=session, scope=who.scope, group=group, now=now, created_by=creator,
                                   author=author, organisation_id=org_id, answer=fields.get("answer", ""))
            except teaching.TeachError as exc:
                return {"loi": exc.code, "q": qid}
            return {"ok": "taught"}

        result = await ws.db(work)
        if "ok" in result:
            ws.deps.knowledge.invalidate()
        raise ws.redirect("/quanly/cauhoi", **result)

    async def dismiss(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        qid = request.match_info["id"]

        def work(session: Session) -> None:
            group = _group(session, who, qid)
            teaching.dismiss(session=session, group=group, now=ws.now(),
                             created_by=(who.login.channel, who.login.user_id))

        await ws.db(work)
        raise ws.redirect("/quanly/cauhoi", ok="dismissed")

    async def forget(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        tid = request.match_info["id"]
        if not _is_id(tid):
            raise web.HTTPNotFound()
        if not await ws.db(lambda s: teaching.forget(session=s, scope=who.scope, taught_id=int(tid))):
            raise web.HTTPNotFound()
        ws.deps.knowledge.invalidate()
        raise ws.redirect("/quanly/cauhoi", ok="forgotten")

    ws.add("GET", "/cauhoi", page)
    ws.add("POST", "/cauhoi/{id}/traloi", answer)
    ws.add("POST", "/cauhoi/{id}/day", teach)
    ws.add("POST", "/cauhoi/{id}/boqua", dismiss)
    ws.add("POST", "/cauhoi/day/{id}/xoa", forget)
