"""What a blind tester found on 4/12/2026 (findings 1, 2, 5, 6 and 9), through the real core on a small plan of its
own (tests/data/findings_dec4t1_plan.csv and its targets; the clock fixed on Monday 23/11/2026):

- a former province named in a follow-up («còn ở Bến Tre thì sao», «lớp ở Bến Tre») is a place, never off the
  topic: folded, the «Bến» of its name is no «bên» (side) to drop;
- a law named with its year («Luật Công đoàn 2024 có gì mới») is answered only by a record that says both; else
  the bot says it has nothing on it and offers the classes that teach it;
- the asker's own union with no target for the year asked: the province's figures are said to be another unit's;
- «còn ở Sóc Trăng» after an accountants' class keeps the audience, and says first that the former area has none;
- a workplace's union named in words («công đoàn bệnh viện tỉnh Hà Tĩnh») finds its sector's union there, the
  province is kept meanwhile, and «có lớp nào cho e» from someone nowhere known asks where instead of listing all.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import compose
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.language.followup import _fragment, without_periods
from knowledge.qa import _law_named
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_registration_in_talk import text_of, well_written

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DATA = Path(__file__).parent / "data"


def plan(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        for name in ("findings_dec4t1_plan.csv", "findings_dec4t1_targets.csv"):
            import_file(s, DATA / name, tz=VN, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)
    deps.knowledge.invalidate()


def talk(deps: Deps, user: str, *said: str) -> str:
    """The replies to the last message of a conversation, after the ones before it, with their buttons' labels."""
    replies = []
    for text in said:
        replies = say(deps, text, user=user)
        well_written(replies)
    return "\n".join([text_of(replies), *(b.label for r in replies for b in r.buttons)])


def test_the_ben_of_a_province_is_kept_where_the_side_word_goes() -> None:
    assert _fragment("con o ben tre thi sao") == "ben tre"
    assert _fragment("con ben lang son thi sao") == "lang son"
    assert without_periods("con o ben tre thi sao") == "con o ben tre thi sao"
    assert without_periods("con o ben long an thang sau") == "con o long an"


def test_a_former_province_in_a_follow_up_is_a_place(deps: Deps) -> None:
    plan(deps)
    for user, again in (("b1", "còn ở bến tre thì sao"), ("b2", "con o ben tre cu"), ("b3", "lớp ở Bến Tre")):
        text = talk(deps, user, "lớp chủ tịch ở vĩnh long", again)
        assert compose.OFF_TOPIC_HEAD not in text, again
        # The chairs' classes held there, both of them: no one class picked, no other audience's.
        assert "09/03/2027" in text and "11/05/2027" in text, again
        assert "nữ công" not in text, again


def test_a_law_named_with_its_year_is_not_answered_by_another_law(deps: Deps) -> None:
    assert _law_named(["luat", "cong", "doan", "2024", "co", "gi", "moi"]) == (["luat", "cong", "doan"], "2024")
    assert _law_named(["bo", "luat", "lao", "dong", "nam", "2019"]) == (["luat", "lao", "dong"], "2019")
    assert _law_named(["luat", "bhxh", "co", "gi", "moi"]) is None
    plan(deps)
    text = talk(deps, "l1", "luật công đoàn 2024 có gì mới")
    assert "Mình chưa có thông tin về nội dung của Luật Công đoàn 2024" in text
    assert "Tập huấn phổ biến Bộ luật Lao động và Luật Công đoàn 2024" in text
    assert "2016" not in text and "BHXH" not in text
    # Back to the list before the one the law offered: its second class.
    text = talk(deps, "l2", "lớp cho chủ tịch cđcs ở nghệ an tháng 3", "luat cong doan 2024 co gi moi",
                "quay lai cai lop thu 2 luc nay")
    assert "Hoàng Mai" in text and "Thành Vinh" not in text


def test_the_provinces_figures_are_never_passed_off_as_the_askers_unions(deps: Deps) -> None:
    plan(deps)
    text = talk(deps, "t1", "chao", "3", "cong doan vien chuc thanh hoa", "chi tieu nam nay cua don vi em")
    assert "90%" in text
    text = talk(deps, "t1", "con nam ngoai")
    assert "Công đoàn Viên chức tỉnh Thanh Hóa chưa có chỉ tiêu năm 2025" in text
    assert "không phải của đơn vị này" in text and "936" in text


def test_another_former_area_keeps_the_audience_and_says_it_has_none(deps: Deps) -> None:
    plan(deps)
    text = talk(deps, "s1", "lớp kế toán cđcs ở cần thơ", "còn ở sóc trăng")
    assert "Chưa có lớp nào ở khu vực Sóc Trăng cũ" in text
    assert text.index("Chưa có lớp nào") < text.index("Vị Thanh")
    assert "kiểm tra tài chính" not in text


def test_a_workplaces_union_is_found_under_its_sector_and_the_province_kept(deps: Deps) -> None:
    plan(deps)
    text = talk(deps, "h1", "chao", "1", "cong doan benh vien tinh ha tinh")
    assert "Công đoàn ngành Y tế tỉnh Hà Tĩnh" in text
    assert text.index("Công đoàn ngành Y tế tỉnh Hà Tĩnh") < text.index("Liên đoàn Lao động tỉnh Hà Tĩnh")
    text = talk(deps, "h1", "co lop nao cho e")
    assert "Thành Sen" in text and "Nghệ An" not in text and "Vĩnh Long" not in text


def test_classes_for_me_from_nowhere_known_asks_where(deps: Deps) -> None:
    plan(deps)
    text = talk(deps, "w1", "chao", "1", "bo qua", "co lop nao cho e")
    assert text.strip() == compose.WHERE_FOR_ME
    text = talk(deps, "w1", "ha tinh")
    assert "Thành Sen" in text and "Vĩnh Long" not in text
