"""Signing in by a one-time link, the explanation page for everyone else, and signing out.

The link opens a page with one button rather than signing in on GET: chat apps fetch links to draw their
previews, and such a fetch must not use up the organiser's link. Attempts are rate-limited per address and
logged without the token. Only refused attempts count towards the limit.
"""

from __future__ import annotations

import logging

from aiohttp import web
from yarl import URL

from bot.quanly.core import COOKIE, PREFIX, Workspace, client_address, form, organiser
from bot.web import Tally
from knowledge import signin

log = logging.getLogger(__name__)

_REFUSED = Tally("web sign-in: %d attempts refused by the rate limit (latest from %s)")


def _origin(url: str) -> str:
    parsed = URL(url)
    return f"{parsed.scheme}://{parsed.raw_host}" + (f":{parsed.explicit_port}" if parsed.explicit_port else "")


def _cross_site(request: web.Request, public_url: str | None) -> bool:
    """The browser says the sign-in form was sent from another site (Sec-Fetch-Site, or an Origin that is
    neither this server's nor the public address's). No header: not a browser sending a form from elsewhere,
    so nothing to refuse. Origin "null" says nothing either: our own pages send it, since their
    Referrer-Policy is no-referrer (Sec-Fetch-Site still tells a cross-site form then)."""
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return True
    origin = request.headers.get("Origin")
    if origin is None or origin.strip().lower() == "null":
        return False
    own = {f"{scheme}://{request.host}".lower() for scheme in (request.scheme, "https")}
    if public_url:
        own.add(_origin(public_url).lower())
    return origin.strip().rstrip("/").lower() not in own


def setup(ws: Workspace) -> None:
    async def enter_page(request: web.Request) -> web.StreamResponse:
        token = request.query.get("t", "")
        if not signin.looks_like_token(token):
            raise web.HTTPSeeOther(f"{PREFIX}/dangnhap")
        return ws.render(request, "quanly/enter.html", title="Đăng nhập")

    async def enter(request: web.Request) -> web.StreamResponse:
        remote = client_address(request, ws.trusted_proxies)
        if ws.signin_limit.blocked(remote):
            _REFUSED.hit(remote)
            return ws.render(request, "quanly/signin.html", status=429, title="Đăng nhập",
                             problem="Có quá nhiều lần đăng nhập từ máy này. Anh/chị chờ vài phút rồi thử lại.")
        if _cross_site(request, ws.public_url):
            # Login CSRF: another site's form must not sign the visitor into someone else's session.
            ws.signin_limit.hit(remote)
            log.warning("web sign-in refused from %s: the form was sent from another site", remote)
            return ws.render(request, "quanly/signin.html", status=403, title="Đăng nhập",
                             problem="Yêu cầu đăng nhập đến từ một trang khác nên không được nhận. Anh/chị mở "
                                     "đường dẫn trong tin nhắn của trợ lý rồi bấm nút trên trang.")
        token = request.query.get("t", "")
        redeemed = await ws.db(lambda s: signin.redeem_link(session=s, token=token, now=ws.now()))
        if redeemed is None:
            ws.signin_limit.hit(remote)  # only failures count: a good link is never held back
            log.warning("web sign-in refused from %s: the link is unknown, used, expired or not an organiser's",
                        remote)
            return ws.render(request, "quanly/signin.html", status=403, title="Đăng nhập",
                             problem="Đường dẫn này đã được dùng hoặc đã hết hạn. Anh/chị gõ /quanly trong khung "
                                     "chat với trợ lý để nhận đường dẫn mới.")
        log.info("web sign-in: %s:%s from %s", redeemed.channel, redeemed.user_id, remote)
        response = web.HTTPSeeOther(f"{PREFIX}/")
        response.set_cookie(COOKIE, redeemed.token, max_age=signin.SESSION_HOURS * 3600, path=f"{PREFIX}/",
                            httponly=True, samesite="Lax", secure=ws.secure_cookie or request.secure)
        raise response

    async def explain(request: web.Request) -> web.StreamResponse:
        return ws.render(request, "quanly/signin.html", title="Đăng nhập", problem=None,
                         signed_out=request.query.get("ra") == "1")

    async def sign_out(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        form(request)  # the CSRF value was checked by the middleware
        await ws.db(lambda s: signin.end_session(session=s, session_hash=who.login.session_hash, now=ws.now()))
        log.info("web sign-out: %s", who.login.account)
        response = web.HTTPSeeOther(f"{PREFIX}/dangnhap?ra=1")
        response.del_cookie(COOKIE, path=f"{PREFIX}/")
        raise response

    ws.add("GET", "/vao", enter_page)
    ws.add("POST", "/vao", enter)
    ws.add("GET", "/dangnhap", explain)
    ws.add("POST", "/dangxuat", sign_out)
