"""Password-free sign-in to the organiser web workspace: one-time links and browser sessions.

An organiser asks for a link in chat (/quanly) or an operator prints one (`cadrebot organiser link`). The
link carries a random token valid for LINK_MINUTES and usable once; redeeming it opens a session of
SESSION_HOURS whose token lives in a cookie. The database keeps only SHA-256 digests of both tokens, so
reading the tables (a backup, a support query) signs nobody in. Every check also asks whether the account
is still an organiser: withdrawing the role ends the web access at the next request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from knowledge import outbox
from knowledge.models import SignInLink, WebSession

LINK_MINUTES = 10
SESSION_HOURS = 8
_TOKEN_BYTES = 32  # 256 bits: guessing is hopeless, so the rate limit only bounds noise


def digest(token: str) -> str:
    """What is stored for a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def looks_like_token(token: str) -> bool:
    """A token as `secrets.token_urlsafe` makes them: refuses junk before it reaches the database."""
    return 20 <= len(token) <= 100 and all(c.isalnum() or c in "-_" for c in token) and token.isascii()


def issue_link(*, session: Session, channel: str, user_id: str, now: dt.datetime) -> str | None:
    """A new one-time sign-in token for an organiser, or None for anyone without an organiser role."""
    if outbox.organiser_scope(session=session, channel=channel, user_id=user_id) is None:
        return None
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    session.add(SignInLink(token_hash=digest(token), channel=channel, user_id=user_id, created_at=now,
                           expires_at=now + dt.timedelta(minutes=LINK_MINUTES)))
    # Links nobody used are of no further interest once expired.
    session.execute(delete(SignInLink).where(SignInLink.expires_at < now - dt.timedelta(days=1)))
    session.flush()
    return token


@dataclass(frozen=True, slots=True)
class Login:
    """A signed-in organiser: who, their scope, the CSRF value of their forms, and their session's digest."""

    channel: str
    user_id: str
    scope: outbox.Scope
    csrf: str
    session_hash: str
    expires_at: dt.datetime

    @property
    def account(self) -> str:
        return f"{self.channel}:{self.user_id}"


@dataclass(frozen=True, slots=True)
class Redeemed:
    """A link turned into a session: the cookie's token (shown to nobody else) and who signed in."""

    token: str
    channel: str
    user_id: str
    expires_at: dt.datetime


def redeem_link(*, session: Session, token: str, now: dt.datetime) -> Redeemed | None:
    """Use a sign-in token once: a new session, or None when the token is unknown, used, expired, or its
    account is no longer an organiser. Two requests racing with one token: the conditional update lets
    exactly one through."""
    if not looks_like_token(token):
        return None
    key = digest(token)
    link = session.get(SignInLink, key)
    if link is None or link.used_at is not None or link.expires_at <= now:
        return None
    claimed = session.execute(update(SignInLink).where(
        SignInLink.token_hash == key, SignInLink.used_at.is_(None)).values(used_at=now))
    if getattr(claimed, "rowcount", 0) != 1:
        return None
    if outbox.organiser_scope(session=session, channel=link.channel, user_id=link.user_id) is None:
        return None
    cookie = secrets.token_urlsafe(_TOKEN_BYTES)
    expires = now + dt.timedelta(hours=SESSION_HOURS)
    session.add(WebSession(token_hash=digest(cookie), channel=link.channel, user_id=link.user_id,
                           csrf=secrets.token_urlsafe(24), created_at=now, expires_at=expires))
    session.execute(delete(WebSession).where(or_(
        WebSession.expires_at < now - dt.timedelta(days=1), WebSession.ended_at.is_not(None))))
    session.flush()
    return Redeemed(cookie, link.channel, link.user_id, expires)


def login_for(*, session: Session, token: str, now: dt.datetime) -> Login | None:
    """The organiser behind a session cookie, or None when the session is unknown, ended, expired, or the
    account has lost its organiser role."""
    if not looks_like_token(token):
        return None
    row = session.get(WebSession, digest(token))
    if row is None or row.ended_at is not None or row.expires_at <= now:
        return None
    scope = outbox.organiser_scope(session=session, channel=row.channel, user_id=row.user_id)
    if scope is None:
        return None
    return Login(row.channel, row.user_id, scope, row.csrf, row.token_hash, row.expires_at)


def end_session(*, session: Session, session_hash: str, now: dt.datetime) -> None:
    """Sign out: the session's cookie no longer opens anything, and a plan waiting in it is dropped."""
    session.execute(update(WebSession).where(WebSession.token_hash == session_hash).values(
        ended_at=now, plan_name=None, plan_digest=None, plan_data=None))


def keep_plan(*, session: Session, session_hash: str, name: str, data: bytes) -> str:
    """Keep an uploaded plan with the session until it is confirmed (replacing one kept before); returns
    its SHA-256, which the confirmation must name."""
    digest_ = hashlib.sha256(data).hexdigest()
    session.execute(update(WebSession).where(WebSession.token_hash == session_hash).values(
        plan_name=name[:200], plan_digest=digest_, plan_data=data))
    return digest_


def waiting_plan(*, session: Session, session_hash: str, plan_digest: str) -> tuple[str, bytes] | None:
    """The plan kept with the session, if it is the one with this digest (a confirm button of an older
    preview names another)."""
    row = session.execute(select(WebSession.plan_name, WebSession.plan_digest, WebSession.plan_data).where(
        WebSession.token_hash == session_hash)).first()
    if row is None or row.plan_name is None or row.plan_data is None or not plan_digest or \
            not hmac.compare_digest(row.plan_digest or "", plan_digest):
        return None
    return row.plan_name, row.plan_data


def drop_plan(*, session: Session, session_hash: str) -> None:
    session.execute(update(WebSession).where(WebSession.token_hash == session_hash).values(
        plan_name=None, plan_digest=None, plan_data=None))


def allowed_unions(*, session: Session, scope: outbox.Scope) -> set[int] | None:
    """The ids of the unions an organiser may see and change (their unions and every union below them);
    None means every union (a national organiser)."""
    if scope.roots is None:
        return None
    return outbox.subtree(session=session, roots=scope.roots)
