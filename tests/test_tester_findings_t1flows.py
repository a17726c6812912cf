"""What a blind tester found on 4/12/2026 about whole conversations (findings 4, 8 and 12), through the real core
on a small plan of its own (tests/data/findings_t1flows_plan.csv; the clock fixed on Monday 23/11/2026):

- «cho em đăng ký lớp thương lượng tập thể tháng 4», one open class found in the asker's own province: its card and
  the form itself, and the name, the unit and «bỏ qua» typed next fill the form (not «gõ số …», not a miss);
- a name typed under the one register choice of a class opens that class's form;
- a first registration for a class held in another province than the asker's says so before any form;
- a greeting right under the role menu gets a word back, not the same menu a second time.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import compose, enrol
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.types import Reply
from knowledge import reminders, store
from knowledge.db import bump_data_version, session_scope
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import press, say
from tests.test_registration_in_talk import places, text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN = Path(__file__).parent / "data" / "findings_t1flows_plan.csv"


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        import_file(s, PLAN, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def chair_of(deps: Deps, user: str, province: str, channel: str) -> None:
    with session_scope(deps.session_factory) as s:
        p = store.touch_profile(session=s, channel=channel, user_id=user)
        p.role, p.province = "chu_tich_cdcs", province


def test_a_request_naming_one_open_class_at_home_opens_its_form_and_takes_typed_details(deps: Deps) -> None:
    plan(deps)
    for user, channel in (("h1", "terminal"), ("h2", "telegram")):
        chair_of(deps, user, "Thanh Hóa", channel)
        replies = say(deps, "cho em dang ky lop thuong luong tap the thang 4", user=user, channel=channel)
        well_written(replies)
        text = text_of(replies)
        assert "Hạc Thành" in text and enrol.ASK_NAME in text, channel  # the class understood, then the form
        assert "Bỉm Sơn" not in text
        assert enrol.ASK_UNIT in text_of(say(deps, "Le Thi Hoa", user=user, channel=channel))
        assert enrol.ASK_PHONE in text_of(say(deps, "CDCS truong THCS Hung Dung", user=user, channel=channel))
        done = text_of(say(deps, "bỏ qua", user=user, channel=channel))
        assert "Đã đăng ký" in done and "hết hạn" not in done
        assert places(deps, user) == ["TH-TL-1"]


def test_a_request_matching_two_classes_asks_which(deps: Deps) -> None:
    plan(deps)
    chair_of(deps, "h3", "Thanh Hóa", "terminal")
    text = text_of(say(deps, "cho em đăng ký lớp thương lượng tập thể", user="h3", channel="terminal"))
    assert enrol.ASK_NAME not in text and "Hạc Thành" in text and "Bỉm Sơn" in text


def test_a_name_under_one_register_choice_opens_that_classs_form(deps: Deps) -> None:
    plan(deps)
    chair_of(deps, "h4", "Thanh Hóa", "terminal")
    say(deps, "lớp thương lượng tập thể tháng 6", user="h4", channel="terminal")
    card = say(deps, "1", user="h4", channel="terminal")
    assert any(b.label == compose.REGISTER_THIS for r in card for b in r.buttons)
    opened = text_of(say(deps, "Trần Văn Bình", user="h4", channel="terminal"))
    assert opened.startswith(compose.FORM_OPENED) and enrol.ASK_NAME in opened


def warned(replies: list[Reply]) -> bool:
    return "Lớp tổ chức ở Đồng Nai; hồ sơ của anh/chị ở Thanh Hóa" in text_of(replies)


def test_a_first_registration_for_a_class_of_another_province_says_where_it_is_first(deps: Deps) -> None:
    plan(deps)
    chair_of(deps, "h5", "Thanh Hóa", "telegram")
    say(deps, "lop an toan hoa chat cho cdcs fdi", user="h5")
    replies = say(deps, "cho em dang ky", user="h5")
    well_written(replies)
    assert warned(replies) and enrol.ASK_NAME not in text_of(replies)
    # Still the chair's choice: «Vẫn đăng ký» opens the form.
    assert enrol.ASK_NAME in text_of(press(replies, "Vẫn đăng ký", deps, user="h5"))
    # A chair of that province is not warned.
    chair_of(deps, "h6", "Đồng Nai", "telegram")
    say(deps, "lop an toan hoa chat cho cdcs fdi", user="h6")
    replies = say(deps, "cho em dang ky", user="h6")
    assert not warned(replies) and enrol.ASK_NAME in text_of(replies)


def test_a_greeting_under_the_role_menu_does_not_print_the_menu_again(deps: Deps) -> None:
    for channel, pick in (("terminal", "gõ số"), ("telegram", "bấm chọn")):
        user = f"g-{channel}"
        welcome = say(deps, "/start", user=user, channel=channel)
        assert len(welcome[-1].buttons) == 11
        reply = say(deps, "chao", user=user, channel=channel)
        assert [r.text for r in reply] == [compose.HELLO_AT_ROLE.format(pick=pick)] and not reply[0].buttons
        assert "Đã lưu vai trò: Chủ tịch CĐCS" in text_of(say(deps, "1", user=user, channel=channel))
