"""A question asks for a plan's figures only when it asks about a plan (chỉ tiêu, kế hoạch, tiến độ, «đạt bao
nhiêu»), or asks a share or «vượt/hoàn thành» of training or of a union, place or role it names. A share or a
sum of pay, insurance, tax or a fine is asked of no plan: it gets the honest reply and is logged, never «which
province's targets?» nor a province's plans picked at random."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from tests.conftest import payload_text as text_of
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "plan_asked", sample=True)


def logged(deps: Deps) -> int:
    with deps.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(UnansweredQuestion)) or 0)


@pytest.mark.parametrize("question", [
    # With diacritics, as a chair types on a phone.
    "đi làm ngày lễ được trả bao nhiêu phần trăm lương",
    "Phạt nguội vượt đèn đỏ xe máy bao nhiêu tiền?",
    "nghỉ ốm được hưởng bao nhiêu % lương",
    "lãi suất gửi tiết kiệm ngân hàng bao nhiêu %",
    # Without diacritics.
    "di lam ngay tet duoc tra bao nhieu phan tram luong",
    "lam them gio ban dem duoc cong them bao nhieu phan tram",
    # Shorthand and teen-code.
    "dong bhxh may % luong vay ad",
    "bh that nghiep dc nhan bao nhieu tien 1 thang",
    "xe máy vượt tốc độ bị phạt bn tiền a",
    # Formal, long.
    "Cho tôi hỏi, người lao động làm thêm giờ vào ngày nghỉ hằng tuần thì được trả ít nhất bao nhiêu phần trăm "
    "tiền lương?",
    "Xin hỏi thuế thu nhập cá nhân đối với tiền lương được tính theo mức bao nhiêu phần trăm?",
    "Kính hỏi trợ cấp thôi việc được tính bằng bao nhiêu phần trăm tiền lương mỗi năm làm việc?",
    # A union matter, but a share of pay, not of a plan: no province's targets.
    "kinh phí công đoàn trích nộp bao nhiêu %",
])
def test_a_share_or_sum_of_pay_asks_no_plan(deps: Deps, question: str) -> None:
    before = logged(deps)
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("unknown", "off_topic") and payload["band"] == "low", (
        payload["intent"], payload["band"], payload["matches"][:1])
    assert logged(deps) == before + 1


@pytest.mark.parametrize("question", [
    "tỉnh mình đạt bao nhiêu phần trăm chỉ tiêu",
    "tiến độ chỉ tiêu năm nay",
    "tinh minh dat bao nhieu % roi",
])
def test_a_plan_asked_of_no_known_province_asks_which(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] == "target_where" and payload["band"] == "confident", payload["intent"]


@pytest.mark.parametrize("question", [
    "Hà Nội đạt bao nhiêu phần trăm kế hoạch đào tạo",
    # A share with no plan word, of a union named or of training: still a plan's figures.
    "LĐLĐ Hà Nội hoàn thành bao nhiêu %",
    "tỷ lệ cán bộ được bồi dưỡng của Hà Nội bao nhiêu %",
])
def test_a_plan_asked_of_a_province_is_answered(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] == "target" and "Hà Nội" in text_of(payload), payload["intent"]

