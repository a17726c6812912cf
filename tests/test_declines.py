"""A registration turned down in chairs' words («thôi không đăng ký nữa», «thôi hủy», «để sau nhé», «hủy»),
through the real conversation turn: a class merely offered is let go with a short word, a place held in the
class in view is given up only after the usual question, and none of them is read as a search for classes to
register for (which listed classes under «thôi không đăng ký nữa»)."""

from __future__ import annotations

from sqlalchemy import select

from handlers import compose
from handlers.deps import Deps
from knowledge.language.talk import account_request, small_talk
from knowledge.models import Registration
from tests.test_followup_chat import ask, setup, text_of


def _places(deps: Deps) -> int:
    with deps.session_factory() as s:
        return len(s.scalars(select(Registration).where(Registration.status != "cancelled")).all())


def test_a_class_offered_then_turned_down_is_let_go(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    ask(deps, "cái thứ 2 học ở đâu")
    for said in ("thôi không đăng ký nữa", "em k đk đâu nhé", "thôi hủy", "thoi de sau nha"):
        reply = text_of(ask(deps, said))
        assert reply == compose.DECLINED, said
        assert "đợt" not in reply  # no list of classes to register for
    assert _places(deps) == 0


def test_a_place_held_in_the_class_in_view_is_given_up_only_when_confirmed(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    ask(deps, "cái thứ 2 học ở đâu")
    ask(deps, "đăng ký lớp này cho mình")
    assert _places(deps) == 1
    asked = ask(deps, "thôi em không đăng ký nữa")
    assert "chắc chắn muốn hủy chỗ" in text_of(asked) and "(đợt 2)" in text_of(asked)
    assert [b.label for r in asked for b in r.buttons] == ["Có, hủy chỗ", "Không, giữ nguyên"]
    assert _places(deps) == 1  # nothing given up before the answer


def test_cancel_alone_with_no_place_held_says_so(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    assert text_of(ask(deps, "hủy")) == compose.NOTHING_TO_CANCEL
    assert text_of(ask(deps, "huỷ đi")) == compose.NOTHING_TO_CANCEL


def test_a_registration_that_fails_is_no_decline() -> None:
    assert small_talk("không đăng ký được") is None
    assert small_talk("em không đăng ký được à") is None
    assert small_talk("tôi chưa đăng ký lớp nào") is None
    assert small_talk("thôi không đăng ký nữa") == "decline"
    assert account_request("hủy lớp") is None  # names no class yet: a question, not a request
    assert account_request("hủy đi") == "cancel"


# ------------------------------------------------------------------ whom to contact about a class

def test_whom_to_contact_about_the_class_in_view(deps: Deps) -> None:
    """«liên hệ ai», «xin sđt ban tổ chức» of a class shown: no plan gives a phone, so the organiser to contact
    is named (before, the second was called off-topic and the first got an article's sentence)."""
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    for said in ("cái thứ 2 liên hệ ai", "cho xin sđt ban tổ chức", "ai phụ trách lớp đó", "email ban tổ chức là gì"):
        reply = text_of(ask(deps, said))
        assert "(đợt 2)" in reply, said
        assert "Kế hoạch không ghi người liên hệ hay số điện thoại của lớp." in reply
        assert "liên hệ đơn vị tổ chức" in reply


def test_a_phone_in_the_class_note_is_given(deps: Deps) -> None:
    from knowledge.db import bump_data_version, session_scope
    from knowledge.models import Course

    setup(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "LS-AT-01")).one()
        c.description = "Liên hệ đ/c Lan, Ban Tuyên giáo: 0912 345 678"
        bump_data_version(s)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    reply = text_of(ask(deps, "lớp đầu tiên số điện thoại liên hệ là gì"))
    assert "0912 345 678" in reply and "(đợt 1)" in reply
