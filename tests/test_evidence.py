"""Answers on evidence: a record answers only when it says what the question asks about (not when it merely
shares the union's words), a fact asked in other words is still found, and a class question gets classes.

One SQLite database with the built-in knowledge and no sample, shared by the module (the questions only read;
the unanswered log is compared before and after each question).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from tests.conftest import FakeClock, build_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    path = tmp_path_factory.mktemp("evidence") / "evidence.db"
    shutil.copy(_sqlite_template, path)
    return build_deps(f"sqlite:///{path}", FakeClock())


def logged(deps: Deps) -> int:
    with deps.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(UnansweredQuestion)) or 0)


def reply_text(payload: dict[str, object]) -> str:
    replies = payload["replies"]
    assert isinstance(replies, list)
    return "\n".join(str(r["text"]) for r in replies)


@pytest.mark.parametrize("question", [
    "Đoàn phí công đoàn bây giờ đóng bao nhiêu?",
    "chủ tịch CĐCS không chuyên trách có được phụ cấp không, bao nhiêu",
    "ban chap hanh cdcs gom toi da bao nhieu nguoi",
    "can bo cong doan lang son duoc phu cap trach nhiem bao nhieu",
    "đoàn viên công đoàn Sóc Trăng đóng đoàn phí mấy phần trăm lương",
])
def test_union_matters_the_records_do_not_say_are_logged_not_answered(deps: Deps, question: str) -> None:
    """The records share «công đoàn», «CĐCS», «cán bộ», a province, but not «đoàn phí», «phụ cấp», «tối đa
    bao nhiêu người»: no record is given as the answer, and the question is logged for the organisers."""
    before = logged(deps)
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("unknown", "off_topic"), (question, payload["intent"], payload["matches"][:1])
    assert logged(deps) == before + 1


@pytest.mark.parametrize(("question", "code", "says"), [
    # The same facts asked with their own words still answer.
    ("Lạng Sơn có bao nhiêu cán bộ công đoàn?", "LS2018-CBCD", "8.343"),
    ("lạng sơn có gửi cán bộ lên TLĐ học ko", "LS2018-CU-TLD", "25"),
    ("Anh Nguyễn Văn Kiên ở HTX Đồng Tâm tham gia bồi dưỡng nghiệp vụ thì thay đổi thế nào?", "LS-DONGTAM-KIEN",
     "vững mạnh"),
    ("truong trung cap cd tp ha noi mo bn lop an toan lao dong nam 2016", "HN2016-ATVSLD", "42 lớp"),
])
def test_questions_the_record_says_still_answer(deps: Deps, question: str, code: str, says: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["band"] == "confident" and payload["matches"][0]["code"] == code, payload["matches"][:2]
    assert says in reply_text(payload)


def test_a_province_code_searches_the_province_by_name(deps: Deps) -> None:
    """«LS» typed for Lạng Sơn finds the province's figure, not the same figure of one of its districts."""
    payload = ask_payload(deps, "LS có bn CBCĐ?")
    assert payload["band"] == "confident"
    assert payload["matches"][0]["code"] == "LS2018-CBCD"
    assert "8.343" in reply_text(payload)


def test_the_citation_names_the_author_of_an_article(deps: Deps) -> None:
    """«Bài viết … do ai viết?»: the figures come from an article, and its citation says who wrote it."""
    payload = ask_payload(deps, "Bài viết về công tác nâng cao trình độ của đoàn viên ở Sóc Trăng do ai viết?")
    assert "Lục Bích Phúc" in reply_text(payload)
