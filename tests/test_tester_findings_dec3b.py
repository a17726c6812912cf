"""The second round of what a black-box tester found playing a union chair (3/12/2026), through the real core on
the tester's plan (tests/data/tester_plan_dec2026.csv; the clock fixed on Monday 23/11/2026):

- an online class that names no place is said as online, the asker's to attend from anywhere, never among the
  classes «ở nơi khác» of the province or place asked;
- «đăng ký như thế nào», «làm sao để đăng ký», «dang ky ntn» explain how registering works (the choice or the
  code typed, the deadline, where to see or cancel), also with a list or a class in view, and register nothing;
- a ward or commune said of oneself («tôi ở phường X», «cđcs xã Y») is kept for the conversation, used by «có lớp
  nào gần tôi không», shown by /hoso and erasable there;
- «hà nội năm 2017 thì sao» (a year the unit has no figure of) says so and names the years it has;
- a place's name alone («me linh», «lạng sơn») is read as «classes there»;
- a button's label typed after its buttons lapsed is recognised from the labels the handlers write (one place).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers import compose
from handlers import labels as btn
from handlers.deps import Deps
from knowledge.language.places import own_ward
from knowledge.models import Registration, UserProfile
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of, well_written
from tests.test_tester_findings_dec3 import plan

ONLINE = "Kế toán công đoàn cơ sở (trực tuyến)"  # CT-2026-04: Cần Thơ, «Phòng họp trực tuyến Zoom»


def _chair_of_can_tho(deps: Deps, user: str) -> None:
    say(deps, "toi la chu tich cdcs o can tho", user=user)


def _registrations(deps: Deps, user: str) -> int:
    with deps.session_factory() as s:
        return len(list(s.scalars(select(Registration).join(UserProfile, UserProfile.id == Registration.profile_id)
                                  .where(UserProfile.user_id == user))))


# ------------------------------------------------------------------ 1. an online class is no class «elsewhere»

def test_an_online_class_of_the_province_is_said_online_not_elsewhere(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "o1")
    replies = say(deps, "lớp ở Sóc Trăng", user="o1")
    well_written(replies)
    lines = replies[0].text.splitlines()
    online_head = next(i for i, line in enumerate(lines) if line.startswith("Các lớp trực tuyến của Cần Thơ"))
    at = next(i for i, line in enumerate(lines) if ONLINE in line)
    elsewhere = [i for i, line in enumerate(lines) if line.startswith("Các lớp ở nơi khác")]
    assert online_head < at and all(i > at for i in elsewhere), replies[0].text
    # The choices follow the lines: «3» is the online class, listed third.
    labels = [b.label for b in replies[0].buttons]
    titles = [line[2:] for line in lines if line.startswith("• ")]
    assert [lab.removeprefix("Chi tiết: ") for lab in labels[:len(titles)]] == titles


def test_only_an_online_class_found_says_none_is_held_there(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "o2")
    text = text_of(say(deps, "lớp kế toán ở Sóc Trăng", user="o2"))
    assert "Chưa có lớp nào học tập trung ở khu vực Sóc Trăng cũ." in text
    assert "trực tuyến" in text and "nơi khác" not in text and ONLINE in text
    text = text_of(say(deps, "lớp kế toán ở phường Ninh Kiều", user="o2"))
    assert "Chưa có lớp học tập trung ở" in text and "học ở đâu cũng được" in text
    assert "nơi khác" not in text and ONLINE in text


# ------------------------------------------------------------------ 2. how registering works, explained

@pytest.mark.parametrize("asked", ["đăng ký như thế nào", "làm sao để đăng ký", "dang ky ntn"])
def test_how_to_register_with_nothing_in_view_gives_the_steps(deps: Deps, asked: str) -> None:
    plan(deps)
    replies = say(deps, asked, user="h1")
    well_written(replies)
    text = text_of(replies)
    assert "Đăng ký lớp này" in text and "mã lớp" in text and "hạn đăng ký" in text and "/lich" in text
    assert not any(b.label.startswith("Đăng ký:") for r in replies for b in r.buttons)


@pytest.mark.parametrize("asked", ["đăng ký như thế nào", "làm sao để đăng ký", "dang ky ntn"])
def test_how_to_register_under_a_list_explains_and_offers_no_choice_of_classes(deps: Deps, asked: str) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "h2")
    say(deps, "lớp ở Cần Thơ", user="h2")
    replies = say(deps, asked, user="h2")
    text = text_of(replies)
    assert text.startswith("Cách đăng ký lớp:"), text
    assert not any(b.label.startswith("Đăng ký") for r in replies for b in r.buttons)
    assert _registrations(deps, "h2") == 0


def test_how_to_register_with_one_class_in_view_explains_for_it_and_registers_nothing(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "h3")
    say(deps, "lớp ATVSLĐ", user="h3")
    [reply] = say(deps, "dang ky ntn", user="h3")
    assert "Tập huấn An toàn vệ sinh lao động cho CĐCS" in reply.text and "CT-2026-03" in reply.text
    assert "18/12/2026" in reply.text and "/lich" in reply.text  # its deadline, where to see or cancel
    assert [b.label for b in reply.buttons] == [btn.REGISTER_THIS]
    assert _registrations(deps, "h3") == 0


# ------------------------------------------------------------------ 3. the asker's ward, kept for the talk

@pytest.mark.parametrize(("said", "ward"), [
    ("tôi ở phường Ninh Kiều", "phường Ninh Kiều"), ("cđcs xã Phú Riềng", "xã Phú Riềng"),
    ("em công tác tại phường Thới An Đông, Cần Thơ", "phường Thới An Đông"), ("bên em P. Tân An", "phường Tân An"),
    ("mình thuộc cđcs phường Vị Thanh nhé", "phường Vị Thanh"), ("em là ct cđcs xã Phú Riềng, có lớp nào ko", "xã Phú Riềng"),
    ("em hiện đang làm việc ở phường Ninh Kiều", "phường Ninh Kiều"), ("em muốn hỏi lớp ở phường Ninh Kiều", None),
    ("lớp ở phường Ninh Kiều", None), ("có lớp nào gần tôi không", None), ("tôi ở Cần Thơ", None),
])
def test_the_ward_a_message_says_of_its_asker(said: str, ward: str | None) -> None:
    assert own_ward(said) == ward


def test_a_ward_said_is_kept_used_shown_and_erased(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "w1")
    [noted] = say(deps, "tôi ở phường Ninh Kiều", user="w1")
    assert noted.text == compose.PLACE_NOTED.format(place="phường Ninh Kiều")
    near = say(deps, "có lớp nào gần tôi không", user="w1")
    first = next(line for line in near[0].text.splitlines() if line.startswith("• "))
    assert first == "• Tập huấn nghiệp vụ cho Chủ tịch CĐCS khu vực doanh nghiệp"  # held in phường Ninh Kiều
    shown = say(deps, "/hoso", user="w1")
    assert "phường Ninh Kiều" in shown[0].text
    forget = next(b.data for b in shown[0].buttons if b.label == btn.FORGET_PLACE)
    [gone] = say(deps, data=forget, user="w1")
    assert gone.text == compose.PLACE_FORGOTTEN.format(place="phường Ninh Kiều")
    assert "phường Ninh Kiều" not in say(deps, "/hoso", user="w1")[0].text
    with deps.session_factory() as s:  # never saved in the profile itself
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "w1"))
        assert profile is not None and "Ninh Kiều" not in str(profile.province)


def test_a_ward_said_with_no_class_is_said_to_have_none_before_the_provinces_classes(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "w2")
    say(deps, "tôi ở xã Thạnh Phú", user="w2")
    near = say(deps, "có lớp nào gần tôi không", user="w2")
    well_written(near)
    lines = near[0].text.splitlines()
    assert lines[0] == compose.NEAR_UNHELD.format(place="xã Thạnh Phú", where=" ở Cần Thơ")
    assert any(line.startswith("• ") for line in lines[1:])
    # A ward some class is held in is no ward without classes: its class comes first, with no such line.
    say(deps, "tôi ở phường Ninh Kiều", user="w2")
    assert "chưa thấy lớp nào tổ chức tại" not in say(deps, "có lớp nào gần tôi không", user="w2")[0].text


def test_near_me_from_someone_whose_place_is_unknown_says_the_list_is_by_date_and_asks_where(deps: Deps) -> None:
    plan(deps)
    near = say(deps, "có lớp nào gần tôi không", user="w3")
    well_written(near)
    assert near[0].text.splitlines()[0] == compose.NEAR_UNKNOWN
    # Once the place is said the list is near it, and nothing is asked.
    say(deps, "tôi ở phường Ninh Kiều, Cần Thơ", user="w3")
    assert compose.NEAR_UNKNOWN not in say(deps, "có lớp nào gần tôi không", user="w3")[0].text
    # A question naming its place asks nothing either.
    assert compose.NEAR_UNKNOWN not in say(deps, "lớp ở Cần Thơ gần tôi", user="w4")[0].text


# ------------------------------------------------------------------ 4. a year the unit has no figure of

@pytest.mark.parametrize("before", [None, "Hà Nội năm 2016 đào tạo bao nhiêu cán bộ"])
def test_a_year_with_no_figure_says_so_and_offers_the_years_held(deps: Deps, before: str | None) -> None:
    if before:
        say(deps, before, user="y1")
    [reply] = say(deps, "ha noi nam 2017 thi sao", user="y1")
    assert reply.text.startswith("Chưa có số liệu năm 2017 của Liên đoàn Lao động thành phố Hà Nội"), reply.text
    assert "2016" in reply.text and not reply.buttons


def test_a_year_with_figures_is_answered_with_them(deps: Deps) -> None:
    text = text_of(say(deps, "ha noi nam 2016 thi sao", user="y2"))
    assert not text.startswith("Chưa có số liệu") and "2016" in text


# ------------------------------------------------------------------ 5. a place's name alone

@pytest.mark.parametrize(("typed", "named"), [("me linh", "Mê Linh"), ("lạng sơn", "Lạng Sơn")])
def test_a_place_alone_is_read_as_the_classes_there(deps: Deps, typed: str, named: str) -> None:
    plan(deps)
    text = text_of(say(deps, typed, user="p1"))
    assert named in text and "lớp" in text and compose.UNKNOWN_HEAD not in text, text


def test_a_place_alone_with_classes_there_lists_them(deps: Deps) -> None:
    plan(deps)
    _chair_of_can_tho(deps, "p2")
    say(deps, "lớp ATVSLĐ", user="p2")  # a list in view that the place does not narrow
    text = text_of(say(deps, "phường Ninh Kiều", user="p2"))
    assert "Tập huấn nghiệp vụ cho Chủ tịch CĐCS khu vực doanh nghiệp" in text


# ------------------------------------------------------------------ 6. lapsed buttons known by their labels

@pytest.mark.parametrize("label", [v for k, v in vars(btn).items() if k.isupper() and isinstance(v, str)])
def test_every_button_label_typed_after_it_lapsed_is_recognised(deps: Deps, label: str) -> None:
    assert btn.lapsed_label(label) is not None
    assert btn.lapsed_label(label.lower().replace(",", "")) == btn.lapsed_label(label)
