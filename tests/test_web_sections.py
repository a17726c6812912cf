"""The workspace's sections Thông báo, Câu hỏi and Chỉ tiêu over real HTTP: anonymous requests redirected,
CSRF required, another union's announcement, question or target refused (404), and what each page does."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from handlers.core import handle
from handlers.types import Incoming
from knowledge.db import session_scope
from knowledge.models import OutboxJob, OutboxMessage, Target, UnansweredQuestion
from tests.people import add_members, org_id
from tests.web_harness import PUBLIC_URL, WebHarness

PNG = b"\x89PNG\r\n\x1a\n"


def target_id(web: WebHarness, code: str) -> int:
    with web.deps.session_factory() as s:
        found = s.scalar(select(Target.id).where(Target.code == code))
    assert found is not None
    return found


def org(web: WebHarness, code: str) -> int:
    with web.deps.session_factory() as s:
        return org_id(s, code)


# ------------------------------------------------------------------ every route: sign-in and CSRF

ROUTES_GET = ("/quanly/thongbao", "/quanly/thongbao/1", "/quanly/thongbao/1.json", "/quanly/cauhoi",
              "/quanly/chitieu", "/quanly/chitieu/1.png")
ROUTES_POST = ("/quanly/thongbao/xemtruoc", "/quanly/thongbao/gui", "/quanly/thongbao/1/huy",
               "/quanly/cauhoi/1/traloi", "/quanly/cauhoi/1/day", "/quanly/cauhoi/1/boqua",
               "/quanly/cauhoi/day/1/xoa", "/quanly/chitieu/1")


def test_anonymous_requests_are_redirected(web: WebHarness) -> None:
    for path in ROUTES_GET:
        page = web.get(path)
        assert page.status == 303 and page.headers["Location"] == "/quanly/dangnhap", path
    for path in ROUTES_POST:
        page = web.post(path, {"csrf": "x"})
        assert page.status == 303 and page.headers["Location"] == "/quanly/dangnhap", path


def test_a_post_without_csrf_is_refused(organiser_web: WebHarness) -> None:
    web = organiser_web
    tid = target_id(web, "MAU-CT-LS-LOP")
    for path in (*ROUTES_POST, f"/quanly/chitieu/{tid}"):
        page = web.post(path, {"achieved": "12", "as_of": "20/11/2026", "body": "x"})
        assert page.status == 403, path
        assert "Biểu mẫu đã cũ" in page.text
    with web.deps.session_factory() as s:
        t = s.get(Target, tid)
        assert t is not None and t.achieved_value == 11


# ------------------------------------------------------------------ Chỉ tiêu

def test_targets_page_shows_the_scope_with_progress_and_charts(organiser_web: WebHarness) -> None:
    web = organiser_web
    page = web.get("/quanly/chitieu")
    assert page.status == 200
    text = page.text
    assert "Liên đoàn Lao động tỉnh Lạng Sơn" in text and "Số lớp tập huấn, bồi dưỡng cán bộ công đoàn" in text
    assert "Sóc Trăng" not in text and "Hà Nội" not in text  # another province's targets are not listed
    assert "61,11%" in text  # 11/18
    assert f'src="/quanly/chitieu/{org(web, "LS")}.png"' in text
    chart = web.get(f"/quanly/chitieu/{org(web, 'LS')}.png")
    assert chart.status == 200 and chart.headers["Content-Type"] == "image/png" and chart.body.startswith(PNG)
    assert web.get(f"/quanly/chitieu/{org(web, 'ST')}.png").status == 404
    assert web.get("/quanly/chitieu/999999.png").status == 404


def test_a_target_is_updated_from_the_page(organiser_web: WebHarness) -> None:
    web = organiser_web
    csrf = web.get("/quanly/chitieu").csrf()
    tid = target_id(web, "MAU-CT-LS-LOP")
    done = web.post(f"/quanly/chitieu/{tid}", {"csrf": csrf, "achieved": "1.234", "as_of": "20/11/2026"})
    assert done.status == 303 and done.headers["Location"] == f"/quanly/chitieu?ok=1&t={tid}"
    shown = web.get(done.headers["Location"])
    assert "Đã cập nhật số liệu" in shown.text and "1.234" in shown.text and "20/11/2026" in shown.text
    for fields, message in (({"achieved": "nhiều", "as_of": "20/11/2026"}, "Số đã đạt phải là một số"),
                            ({"achieved": "12", "as_of": "31/02/2026"}, "ngày/tháng/năm"),
                            ({"achieved": "12", "as_of": "01/01/2030"}, "không thể sau hôm nay")):
        bad = web.post(f"/quanly/chitieu/{tid}", {"csrf": csrf, **fields}, follow=True)
        assert bad.status == 200 and message in bad.text
    with web.deps.session_factory() as s:
        t = s.get(Target, tid)
        assert t is not None and t.achieved_value == 1234
    # Another province's target: not found, and unchanged.
    st = target_id(web, "MAU-CT-ST-HOCVIEN")
    assert web.post(f"/quanly/chitieu/{st}", {"csrf": csrf, "achieved": "1", "as_of": "20/11/2026"}).status == 404
    with web.deps.session_factory() as s:
        t = s.get(Target, st)
        assert t is not None and t.achieved_value == 1430
    # The bot answers the new figure.
    reply = asyncio.run(handle(Incoming("telegram", "555", "555", "chỉ tiêu số lớp Lạng Sơn năm nay"), web.deps))
    assert "đạt 1.234/18" in reply[0].text


def test_the_public_chart_needs_no_sign_in(web: WebHarness) -> None:
    page = web.get("/bieudo/chitieu/LS.png")
    assert page.status == 200 and page.body.startswith(PNG)
    assert web.get("/bieudo/chitieu/KHONGCO.png").status == 404
    assert PUBLIC_URL.startswith("http")


# ------------------------------------------------------------------ Câu hỏi

UNKNOWN = "Công đoàn có hỗ trợ tiền ăn trưa cho học viên lớp tập huấn không?"


def ask(web: WebHarness, text: str, user: str, channel: str = "telegram") -> str:
    replies = asyncio.run(handle(Incoming(channel, user, user, text), web.deps))
    return "\n".join(r.text for r in replies)


def question_id(web: WebHarness, user: str) -> int:
    with web.deps.session_factory() as s:
        found = s.scalar(select(UnansweredQuestion.id).where(UnansweredQuestion.user_id == user)
                         .order_by(UnansweredQuestion.id.desc()))
    assert found is not None
    return found


@pytest.fixture
def questions(organiser_web: WebHarness) -> WebHarness:
    """Two Lạng Sơn members asked the same unknown question, a Sóc Trăng member asked it too."""
    web = organiser_web
    with session_scope(web.deps.session_factory) as s:
        add_members(s, 2, org="LS", first_id=100)
        add_members(s, 1, org="ST", first_id=300)
    ask(web, UNKNOWN, "100")
    ask(web, "cong doan co ho tro tien an trua cho hoc vien lop tap huan ko", "101")
    ask(web, UNKNOWN, "300")
    return web


def test_questions_page_lists_the_scope_grouped(questions: WebHarness) -> None:
    page = questions.get("/quanly/cauhoi")
    assert page.status == 200
    text = page.text
    assert text.count('class="panel question"') == 1  # the two wordings are one group; Sóc Trăng's is not here
    assert "2 người hỏi" in text and "cong doan co ho tro tien an trua" in text
    assert "Liên đoàn Lao động tỉnh Lạng Sơn" in text  # the default signature


def test_answering_and_teaching_from_the_page(questions: WebHarness) -> None:
    web = questions
    csrf = web.get("/quanly/cauhoi").csrf()
    qid = question_id(web, "101")
    empty = web.post(f"/quanly/cauhoi/{qid}/traloi", {"csrf": csrf, "answer": "  "}, follow=True)
    assert "chưa viết câu trả lời" in empty.text
    done = web.post(f"/quanly/cauhoi/{qid}/traloi", {"csrf": csrf, "answer": "Có, 50.000 đồng mỗi ngày học.",
                                                     "author": "LĐLĐ tỉnh Lạng Sơn", "teach": "1"})
    assert done.status == 303 and done.headers["Location"] == "/quanly/cauhoi?ok=answered_taught&n=2"
    shown = web.get(done.headers["Location"])
    assert "tới 2 người hỏi" in shown.text and 'class="panel question"' not in shown.text
    assert "Có, 50.000 đồng mỗi ngày học." in shown.text  # in the list of what was taught
    with web.deps.session_factory() as s:
        job = s.scalar(select(OutboxJob).where(OutboxJob.kind == "notice"))
        assert job is not None and job.total == 2
        assert job.text.startswith("Về câu hỏi của anh/chị: «cong doan co ho tro")
        assert job.text.endswith("Có, 50.000 đồng mỗi ngày học.\n\nTrả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026")
        assert {m.priority for m in s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == job.id))} == {0}
        assert set(s.scalars(select(UnansweredQuestion.handled).where(UnansweredQuestion.user_id.in_(["100", "101"])))) \
            == {"taught;answered"}
    assert ask(web, UNKNOWN, "555") == "Có, 50.000 đồng mỗi ngày học.\n\nTrả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026"


def test_teaching_a_phrasing_and_forgetting_it(questions: WebHarness) -> None:
    web = questions
    csrf = web.get("/quanly/cauhoi").csrf()
    qid = question_id(web, "100")
    bad = web.post(f"/quanly/cauhoi/{qid}/day", {"csrf": csrf, "mode": "record", "kind": "target",
                                                 "code": "MAU-CT-ST-HOCVIEN"}, follow=True)
    assert "ngoài phạm vi" in bad.text
    done = web.post(f"/quanly/cauhoi/{qid}/day", {"csrf": csrf, "mode": "record", "kind": "target",
                                                  "code": "mau-ct-ls-lop"})
    assert done.headers["Location"] == "/quanly/cauhoi?ok=taught"
    assert "Số lớp tập huấn, bồi dưỡng cán bộ công đoàn" in ask(web, UNKNOWN, "556")
    page = web.get("/quanly/cauhoi")
    assert "MAU-CT-LS-LOP" in page.text
    with web.deps.session_factory() as s:
        from knowledge.models import TaughtAnswer
        taught = s.scalar(select(TaughtAnswer.id))
    assert web.post(f"/quanly/cauhoi/day/{taught}/xoa", {"csrf": csrf}).headers["Location"] == \
        "/quanly/cauhoi?ok=forgotten"
    assert "Số lớp tập huấn" not in ask(web, UNKNOWN, "557")


def test_another_unions_question_is_not_found(questions: WebHarness) -> None:
    web = questions
    csrf = web.get("/quanly/cauhoi").csrf()
    st = question_id(web, "300")
    for action, fields in (("traloi", {"answer": "x"}), ("day", {"answer": "x"}), ("boqua", {})):
        page = web.post(f"/quanly/cauhoi/{st}/{action}", {"csrf": csrf, **fields})
        assert page.status == 404, action
    assert web.post("/quanly/cauhoi/abc/boqua", {"csrf": csrf}).status == 404
    assert web.post("/quanly/cauhoi/day/99999/xoa", {"csrf": csrf}).status == 404
    with web.deps.session_factory() as s:
        row = s.get(UnansweredQuestion, st)
        assert row is not None and row.handled_at is None
    ls = question_id(web, "100")
    assert web.post(f"/quanly/cauhoi/{ls}/boqua", {"csrf": csrf}).headers["Location"] == "/quanly/cauhoi?ok=dismissed"
    assert 'class="panel question"' not in web.get("/quanly/cauhoi").text
