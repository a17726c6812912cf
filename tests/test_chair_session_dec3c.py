"""What a chair's session in the terminal chat showed (3/12/2026, third look): registering «cho 3 người trong công
đoàn» after a list asks which class and says each person registers for themselves (it read «3 người» as a new
question and listed other classes); «có phải mang máy tính không» of the class in view is a thing to bring, not an
off-topic question."""

from __future__ import annotations

from handlers import compose
from handlers.deps import Deps
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of, well_written
from tests.test_tester_findings_dec3 import plan


def test_registering_several_people_after_a_list_asks_which_class_and_says_each_registers(deps: Deps) -> None:
    plan(deps)
    listed = say(deps, "lớp ở Cần Thơ tháng 12", user="r1")
    titles = [line[2:] for line in listed[0].text.splitlines() if line.startswith("• ")]
    assert len(titles) >= 2
    for asked in ("đăng ký cho 3 người trong công đoàn được ko", "dk cho ca cong doan em"):
        replies = say(deps, asked, user="r1")
        well_written(replies)
        text = text_of(replies)
        assert text.startswith(compose.WHICH_REGISTER) and compose.FOR_SOMEONE_ELSE in text, asked
        assert [b.label for b in replies[0].buttons][:len(titles)] == titles[:len(replies[0].buttons)]


def test_a_thing_to_bring_asked_of_the_class_in_view_is_its_note(deps: Deps) -> None:
    plan(deps)
    say(deps, "lớp ở Cần Thơ tháng 12", user="r2")
    say(deps, "1", user="r2")  # its card: the class in view
    for asked in ("có phải mang máy tính ko", "có cần mang máy tính theo không ạ"):
        text = text_of(say(deps, asked, user="r2"))
        assert compose.OFF_TOPIC_HEAD not in text and ("cần mang gì" in text or "Lưu ý của ban tổ chức" in text), asked


def test_a_class_asked_at_a_place_no_plan_or_map_knows_says_so_and_how_to_ask(deps: Deps) -> None:
    plan(deps)
    for asked, place in (("lớp ở Châu Đốc", "Châu Đốc"), ("lop o chau doc ko", "chau doc")):
        [reply] = say(deps, asked, user="p1")
        assert reply.text == compose.PLACE_UNKNOWN.format(place=place), asked
    # A place some plan or the map knows is asked as before: its classes, or none there said with the nearest.
    assert not say(deps, "lớp ở Cần Thơ", user="p2")[0].text.startswith("Mình chưa thấy lớp nào ở «")
    assert not say(deps, "lớp ở Bạc Liêu", user="p2")[0].text.startswith("Mình chưa thấy lớp nào ở «")


def test_the_schedule_with_nothing_registered_offers_the_asker_s_own_province_first(deps: Deps) -> None:
    # A Cần Thơ accountant with no place yet: /lich offers the classes for accountants, whichever month they are in,
    # not this month's classes for anyone.
    plan(deps)
    say(deps, "/start", user="l1")
    say(deps, "kế toán cđcs", user="l1")
    say(deps, "cần thơ", user="l1")
    replies = say(deps, "/lich", user="l1")
    well_written(replies)
    text = text_of(replies)
    assert text.startswith("Anh/chị chưa đăng ký lớp nào.")
    assert "Kế toán công đoàn cơ sở (trực tuyến)" in text
    # No month was asked: nothing said of «tháng này», and the accountant's role kept (no other audience's classes).
    assert "tháng này" not in text and "Chưa có lớp dành riêng" not in text


def test_a_zone_the_plans_name_said_of_oneself_gives_its_province(deps: Deps) -> None:
    # «… cty ở KCN Trà Nóc»: the zone is a place of the plan (a venue names it), in one province, Cần Thơ.
    plan(deps)
    engine = deps.knowledge.engine()
    assert engine.said_in("em là chủ tịch cđcs công ty may ở kcn trà nóc")[1] == "Cần Thơ"
    [noted, *_] = say(deps, "em là ct cđcs cty may ở kcn Trà Nóc", user="z1")
    assert noted.text.startswith("Dạ, mình ghi nhận anh/chị là") and "Cần Thơ" in noted.text
