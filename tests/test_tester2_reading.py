"""What a second blind tester found reading questions (findings 1-6), through the real core on a small plan of its
own (tests/data/tester2_reading_plan.csv; the clock fixed on Monday 23/11/2026):

- a class named by its date only («lớp 10/12 còn đăng ký được không») is the asker's province's; a class of
  another province answered in its place names its province;
- a date d/m («lớp 3/12») is never a position in the list shown, nor a batch («lớp 3» is «đợt 3»);
- a period of the asker's own story («mới được bầu tháng trước», «vào công đoàn năm ngoái») is not the period
  asked; «thời gian tới» is the classes to come;
- «thứ 7 chủ nhật», «t7 cn» are the weekend, and a weekend list holds the classes held at weekends only;
- «kcn đn» is the province whose industrial zones have a union in the data;
- a district ended in 2025 («quận 7», «TP Thủ Đức») is a place: the wards of its area the data names.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.language.followup import _ordinal
from knowledge.language.places import district_said
from knowledge.slots import day_slot, parse_time
from knowledge.text import batch_marks, normalise
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.people import give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN = Path(__file__).parent / "data" / "tester2_reading_plan.csv"


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        import_file(s, PLAN, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def living_in(deps: Deps, user: str, province: str) -> None:
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", user).province = province


def test_a_class_named_by_its_date_is_the_askers_provinces(deps: Deps) -> None:
    plan(deps)
    living_in(deps, "a1", "An Giang")
    text = text_of(say(deps, "lop 10/12 con dang ky dc ko", user="a1"))
    # The An Giang class of that day, closed, not the Hồ Chí Minh class of that day still open.
    assert text.startswith("Không ạ") and "vận động người lao động" in text, text
    assert "ca ngày" not in text
    # None of their own that day: another province's class, which says where it is.
    text = text_of(say(deps, "lop 11/12 con dang ky dc ko", user="a1"))
    assert "thương lượng tập thể" in text and "Hồ Chí Minh" in text, text


def test_a_date_is_no_position_nor_batch() -> None:
    assert _ordinal("lop 3/12 o kon tum con hoc ko", 5) is None
    assert _ordinal("lop 3 o kon tum con hoc ko", 5) == 2  # a position still
    assert batch_marks(["lop", "3", "12", "o"]) == ["lop", "3", "12", "o"]
    assert batch_marks(["lop", "3", "o"]) == ["dot", "3", "o"]
    assert batch_marks(["dot", "2", "10", "12"])[:2] == ["dot", "2"]


def test_a_date_after_a_list_asks_for_that_days_class(deps: Deps) -> None:
    plan(deps)
    say(deps, "lớp ở đồng tháp", user="d1")
    text = text_of(say(deps, "lop 12/12 o dong thap con hoc ko", user="d1"))
    assert "ban nữ công cuối tuần" in text and "lý luận chính trị" not in text, text


def _period(text: str) -> str | None:
    slot = parse_time(normalise(text), FIXED_NOW)
    return slot.kind if slot is not None else None


def test_the_period_of_the_askers_own_story_is_not_the_one_asked() -> None:
    assert _period("toi moi duoc bau thang truoc, co lop nao cho toi ko") is None
    assert _period("em vào công đoàn năm ngoái, có lớp nào không") is None
    assert _period("chủ tịch mới bầu tháng trước thì học lớp nào") is None
    assert _period("toi moi duoc bau thang truoc, thoi gian toi co lop nao") == "upcoming"
    assert _period("trong thời gian sắp tới có lớp nào") == "upcoming"
    # A period of its own clause is still asked; so is one said of the classes.
    assert _period("em moi dc bau, thang 12 co lop nao") == "month"
    assert _period("tháng trước có lớp nào cho chủ tịch") == "month"


def test_a_newly_elected_chair_gets_the_classes_to_come(deps: Deps) -> None:
    plan(deps)
    text = text_of(say(deps, "toi moi duoc bau thang truoc, thoi gian toi co lop nao cho chu tich o nghe an khong",
                       user="n1"))
    assert "18/01/2027" in text and "19/10/2026" not in text and "tháng trước" not in text, text


def test_saturday_and_sunday_said_together_are_the_weekend(deps: Deps) -> None:
    for asked in ("lop thu 7 chu nhat o dong thap", "lop t7 cn o dong thap", "lớp thứ 7 và chủ nhật"):
        slot = day_slot(normalise(asked))
        assert slot is not None and slot.days == (5, 6), asked
    plan(deps)
    for user, asked in (("w1", "lop thu 7 chu nhat o dong thap"), ("w2", "có lớp nào học cuối tuần ở đồng tháp ko")):
        text = text_of(say(deps, asked, user=user))
        # A Wednesday-to-Monday class runs over a weekend: no weekend class.
        assert "ban nữ công cuối tuần" in text and "lý luận chính trị" not in text, asked


def test_a_zone_code_is_the_province_whose_zones_have_a_union(deps: Deps) -> None:
    plan(deps)
    for user, asked in (("k1", "ad ơi, bch cđcs cty e mún hc lớp ATVSLĐ ở kcn đn, có ko ạ"),
                        ("k2", "lop atvsld o kcn dn co ko")):
        text = text_of(say(deps, asked, user=user))
        assert "Hòa Khánh" in text and "Sở Y tế" not in text, asked


def test_a_former_district_is_the_wards_of_its_area(deps: Deps) -> None:
    assert district_said("quan 7 co lop gi")[0][2] == "Hồ Chí Minh"
    assert "Linh Xuân" in district_said("TP Thủ Đức có lớp nào")[0][3]
    assert district_said("huyện Bình Chánh")[0][3][0] == "Bình Chánh"
    assert district_said("lop q2 nam 2027") == [] and district_said("quản lý") == []  # a quarter; a word
    plan(deps)
    text = text_of(say(deps, "quan 7 co lop gi", user="q1"))
    assert "Tân Thuận" in text and "Long Xuyên" not in text and "Cao Lãnh" not in text, text
    text = text_of(say(deps, "tp thu duc co lop buoi toi ko", user="q2"))
    assert "Linh Xuân" in text and "Bình Đức" not in text, text
