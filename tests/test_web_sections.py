"""The workspace's sections Thông báo, Câu hỏi and Chỉ tiêu over real HTTP: anonymous requests redirected,
CSRF required, another union's announcement, question or target refused (404), and what each page does."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from html import unescape

import pytest
from sqlalchemy import select

from handlers.core import handle
from handlers.types import Incoming
from knowledge.db import session_scope
from knowledge.models import OutboxJob, OutboxMessage, Target, UnansweredQuestion
from tests.conftest import TZ_VN, FakeClock
from tests.people import add_course, add_members, make_organiser, org_id
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
    assert "Cần Thơ" not in text and "Hà Nội" not in text  # another province's targets are not listed
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
    st = target_id(web, "MAU-CT-CT-HOCVIEN")
    assert web.post(f"/quanly/chitieu/{st}", {"csrf": csrf, "achieved": "1", "as_of": "20/11/2026"}).status == 404
    with web.deps.session_factory() as s:
        t = s.get(Target, st)
        assert t is not None and t.achieved_value == 1430
    # The bot answers the new figure.
    reply = asyncio.run(handle(Incoming("telegram", "555", "555", "chỉ tiêu số lớp Lạng Sơn năm nay"), web.deps))
    assert "% (1.234/18" in reply[0].text


def test_the_public_chart_needs_no_sign_in_and_is_rate_limited(web: WebHarness) -> None:
    page = web.get("/bieudo/chitieu/LS.png")
    assert page.status == 200 and page.body.startswith(PNG) and page.headers["Content-Type"] == "image/png"
    assert web.get("/bieudo/chitieu/KHONGCO.png").status == 404
    assert web.get("/bieudo/chitieu/" + "X" * 41 + ".png").status == 404
    statuses = [web.get("/bieudo/chitieu/ST.png").status for _ in range(30)]
    assert statuses[:27] == [200] * 27 and statuses[-1] == 429  # 30 a minute per address, the first 3 above
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
        jobs = list(s.scalars(select(OutboxJob).where(OutboxJob.kind == "notice").order_by(OutboxJob.id)))
        assert [j.total for j in jobs] == [1, 1]
        assert [j.text.split("»")[0] for j in jobs] == [
            "Về câu hỏi của anh/chị: «cong doan co ho tro tien an trua cho hoc vien lop tap huan ko",
            f"Về câu hỏi của anh/chị: «{UNKNOWN}"]
        assert all(j.text.endswith("Có, 50.000 đồng mỗi ngày học.\n\nTrả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026")
                   for j in jobs)
        assert {m.priority for m in s.scalars(select(OutboxMessage))} == {0}
        assert set(s.scalars(select(UnansweredQuestion.handled).where(UnansweredQuestion.user_id.in_(["100", "101"])))) \
            == {"taught;answered"}
    assert ask(web, UNKNOWN, "100") == "Có, 50.000 đồng mỗi ngày học.\n\nTrả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026"
    assert "50.000" not in ask(web, UNKNOWN, "300")  # Lạng Sơn's answer is not Sóc Trăng's


def test_the_count_in_the_notice_is_a_number_or_nothing(organiser_web: WebHarness) -> None:
    """Security review: `n` went from the address into the notice unchecked (someone's words in our voice)."""
    web = organiser_web
    assert "tới 3.831 người hỏi" in web.get("/quanly/cauhoi?ok=answered&n=3831").text
    for bad in ("mọi người. Gửi mật khẩu cho ai đó", "2x", "-1", "99999999"):
        page = web.get(f"/quanly/cauhoi?ok=answered&n={bad}")
        assert page.status == 200 and "Đã xếp hàng" not in page.text, bad
        assert "mật khẩu" not in page.text
    assert "Đã bỏ qua câu hỏi." in web.get("/quanly/cauhoi?ok=dismissed&n=abc").text


def test_teaching_a_phrasing_and_forgetting_it(questions: WebHarness) -> None:
    web = questions
    csrf = web.get("/quanly/cauhoi").csrf()
    qid = question_id(web, "100")
    bad = web.post(f"/quanly/cauhoi/{qid}/day", {"csrf": csrf, "mode": "record", "kind": "target",
                                                 "code": "MAU-CT-CT-HOCVIEN"}, follow=True)
    assert "ngoài phạm vi" in bad.text
    done = web.post(f"/quanly/cauhoi/{qid}/day", {"csrf": csrf, "mode": "record", "kind": "target",
                                                  "code": "mau-ct-ls-lop"})
    assert done.headers["Location"] == "/quanly/cauhoi?ok=taught"
    assert "Số lớp tập huấn, bồi dưỡng cán bộ công đoàn" in ask(web, UNKNOWN, "101")  # a Lạng Sơn member
    page = web.get("/quanly/cauhoi")
    assert "Như hỏi về chỉ tiêu MAU-CT-LS-LOP: «Số lớp tập huấn, bồi dưỡng cán bộ công đoàn»" in page.text
    with web.deps.session_factory() as s:
        from knowledge.models import TaughtAnswer
        taught = s.scalar(select(TaughtAnswer.id))
    assert web.post(f"/quanly/cauhoi/day/{taught}/xoa", {"csrf": csrf}).headers["Location"] == \
        "/quanly/cauhoi?ok=forgotten"
    assert "Số lớp tập huấn" not in ask(web, UNKNOWN, "101")


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


# ------------------------------------------------------------------ Thông báo

@pytest.fixture
def members(organiser_web: WebHarness) -> WebHarness:
    web = organiser_web
    with session_scope(web.deps.session_factory) as s:
        add_members(s, 3, org="LS", first_id=100)
        add_members(s, 2, org="LS-CAOLOC", role="doan_vien", first_id=200)
        add_members(s, 2, org="ST", first_id=300)
        make_organiser(s, "telegram", "800", "ST")
        add_course(s, "LS-WEB-01", starts=web.deps.clock.now() + dt.timedelta(days=12))
    return web


def fields_of(html: str) -> dict[str, str]:
    """The hidden fields of a page, as a browser would send them back (entities decoded)."""
    return {k: unescape(v) for k, v in re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', html)}


def test_write_preview_and_send_an_announcement(members: WebHarness) -> None:
    web = members
    page = web.get("/quanly/thongbao")
    assert page.status == 200 and "Soạn thông báo" in page.text and "LS-WEB-01" in page.text
    csrf = page.csrf()
    course = re.search(r'<option value="(\d+)">[^<]*LS-WEB-01', page.text)
    assert course is not None
    shown = web.post("/quanly/thongbao/xemtruoc", {"csrf": csrf, "body": "Mời anh/chị <b>đăng ký</b> lớp mới.",
                                                   "course_id": course.group(1), "kind": "scope"})
    assert shown.status == 200
    assert "Người nhận: 5 người" in shown.text  # Lạng Sơn and Cao Lộc, not Sóc Trăng
    assert "📢 THÔNG BÁO — Liên đoàn Lao động tỉnh Lạng Sơn" in shown.text
    assert "&lt;b&gt;đăng ký&lt;/b&gt;" in shown.text and "<b>đăng ký" not in shown.text  # escaped
    assert "Đăng ký lớp này" in shown.text and "Gửi cho 5 người" in shown.text
    form = fields_of(shown.text)
    sent = web.post("/quanly/thongbao/gui", form)
    assert sent.status == 303
    job_id = int(sent.headers["Location"].split("/")[-1].split("?")[0])
    again = web.post("/quanly/thongbao/gui", form)  # the same form twice: one announcement
    assert again.headers["Location"] == "/quanly/thongbao?ok=again"
    with web.deps.session_factory() as s:
        jobs = list(s.scalars(select(OutboxJob).where(OutboxJob.kind == "broadcast")))
        assert [j.id for j in jobs] == [job_id] and jobs[0].total == 5
        assert jobs[0].created_by_channel == "telegram" and jobs[0].created_by_user == "900"
    report = web.get(sent.headers["Location"])
    assert report.status == 200 and "Đã xếp hàng gửi thông báo tới 5 người" in report.text
    assert f'data-report="/quanly/thongbao/{job_id}.json"' in report.text
    data = web.get(f"/quanly/thongbao/{job_id}.json")
    assert data.status == 200 and json.loads(data.text) == {
        "id": job_id, "number": 1, "status": "sending", "total": 5, "skipped": 0, "sent": 0, "pending": 5, "failed": 0,
        "blocked": 0, "status_label": "Đang gửi"}
    listing = web.get("/quanly/thongbao")
    assert f'href="/quanly/thongbao/{job_id}"' in listing.text and "Mời anh/chị &lt;b&gt;" in listing.text


def test_bad_forms_are_explained(members: WebHarness) -> None:
    web = members
    csrf = web.get("/quanly/thongbao").csrf()
    with web.deps.session_factory() as s:
        st = org_id(s, "ST")
    for fields, message in (({"body": " "}, "chưa viết nội dung"), ({"body": "x" * 1001}, "dài quá 1.000"),
                            ({"body": "x", "kind": "org", "org": str(st)}, "chọn lại người nhận"),
                            ({"body": "x", "kind": "course"}, "chọn lại người nhận"),
                            ({"body": "x", "course_id": "999999"}, "Không thấy lớp này")):
        page = web.post("/quanly/thongbao/xemtruoc", {"csrf": csrf, "kind": "scope", **fields})
        assert page.status == 400 and message in page.text, fields
    nobody = web.post("/quanly/thongbao/xemtruoc", {"csrf": csrf, "body": "x", "kind": "role",
                                                   "role": "giang_vien_kiem_chuc"})
    assert "Người nhận: 0 người" in nobody.text and "Gửi cho" not in nobody.text
    edit = web.post("/quanly/thongbao/sua", {"csrf": csrf, "body": "Bản nháp", "kind": "role", "role": "doan_vien"})
    assert edit.status == 200 and ">Bản nháp</textarea>" in edit.text and 'value="doan_vien" selected' in edit.text


def test_another_unions_announcement_is_not_found_and_cancel_works(members: WebHarness) -> None:
    web = members
    # Sóc Trăng's organiser sends one.
    web.sign_out_client()
    web.sign_in("telegram", "800", union="ST", grant=False)
    csrf = web.get("/quanly/thongbao").csrf()
    shown = web.post("/quanly/thongbao/xemtruoc", {"csrf": csrf, "body": "Tin Sóc Trăng", "kind": "scope"})
    st_job = int(web.post("/quanly/thongbao/gui", fields_of(shown.text)).headers["Location"].split("/")[-1]
                 .split("?")[0])
    web.sign_out_client()
    web.sign_in("telegram", "900", union="LS", grant=False)
    page = web.get("/quanly/thongbao")
    csrf = page.csrf()
    assert "Tin Sóc Trăng" not in page.text
    assert web.get(f"/quanly/thongbao/{st_job}").status == 404
    assert web.get(f"/quanly/thongbao/{st_job}.json").status == 404
    assert web.post(f"/quanly/thongbao/{st_job}/huy", {"csrf": csrf}).status == 404
    with web.deps.session_factory() as s:
        job = s.get(OutboxJob, st_job)
        assert job is not None and job.status == "sending"
    shown = web.post("/quanly/thongbao/xemtruoc", {"csrf": csrf, "body": "Tin Lạng Sơn", "kind": "scope"})
    mine = int(web.post("/quanly/thongbao/gui", fields_of(shown.text)).headers["Location"].split("/")[-1]
               .split("?")[0])
    stopped = web.post(f"/quanly/thongbao/{mine}/huy", {"csrf": csrf}, follow=True)
    assert "Đã dừng gửi" in stopped.text and "Đã hủy" in stopped.text and "Dừng gửi</button>" not in stopped.text
    twice = web.post(f"/quanly/thongbao/{mine}/huy", {"csrf": csrf}, follow=True)
    assert "không còn gì để dừng" in twice.text


def test_an_answer_at_night_waits_for_the_morning(questions: WebHarness) -> None:
    web = questions
    clock = web.deps.clock
    assert isinstance(clock, FakeClock)
    clock.advance(dt.timedelta(hours=14))  # 23:00 in Hà Nội; the morning's session has ended
    web.sign_out_client()
    web.sign_in("telegram", "900", union="LS", grant=False)
    csrf = web.get("/quanly/cauhoi").csrf()
    done = web.post(f"/quanly/cauhoi/{question_id(web, '100')}/traloi", {"csrf": csrf, "answer": "Có."}, follow=True)
    assert "tin sẽ đi lúc 07:00" in done.text
    with web.deps.session_factory() as s:
        due = set(s.scalars(select(OutboxMessage.next_attempt_at)))
    assert due == {dt.datetime(2026, 11, 24, 7, 0, tzinfo=TZ_VN)}
