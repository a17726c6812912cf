"""The examples printed in the README, the greeting and /help, asked as a newcomer does: on the built-in
knowledge plus the labelled quick-start sample. Each must get a right answer, not just any answer."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handlers import compose
from knowledge.db import make_engine, make_session_factory
from knowledge.qa import Answer, Profile, QAEngine
from knowledge.seed import load_builtin, load_sample
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def qa(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> QAEngine:
    path = tmp_path_factory.mktemp("examples") / "newcomer.db"
    shutil.copy(_sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    with make_session_factory(engine)() as session:
        load_builtin(session)
        load_sample(session, FIXED_NOW.date())
        session.commit()
        built = QAEngine.from_session(session, tz=TZ)
    engine.dispose()
    return built


def ask(qa: QAEngine, q: str) -> Answer:
    return qa.answer(q, now=FIXED_NOW)


def reply(ans: Answer) -> str:
    if ans.intent in ("course", "register"):
        return "\n".join(r.text for r in compose.courses_reply(ans, TZ, FIXED_NOW))
    return "\n".join(r.text for r in compose.knowledge_reply(ans))


@pytest.mark.parametrize("q", ["chỉ tiêu năm nay", "chỉ tiêu năm nay của LĐLĐ tỉnh?"])
def test_this_years_targets_of_no_union_ask_which(qa: QAEngine, q: str) -> None:
    # Without a province or a profile, the sample's unions' plans fit «chỉ tiêu năm nay» alike: it asks which.
    ans = ask(qa, q)
    assert ans.intent == "target_where"
    assert "tỉnh hoặc đơn vị nào" in compose.which_plan(ans)


@pytest.mark.parametrize("q", ["chỉ tiêu năm nay đạt bao nhiêu rồi", "chi tieu dao tao nam 2026 dat bao nhieu %"])
def test_progress_of_no_union_asks_which_rather_than_picking_one(qa: QAEngine, q: str) -> None:
    # Progress asked of no union, place or profile: the plans of several unions fit alike (one was picked by chance).
    assert ask(qa, q).intent == "target_where"


def test_progress_of_a_named_province_is_its_own(qa: QAEngine) -> None:
    ans = ask(qa, "chỉ tiêu năm nay của Lạng Sơn đạt bao nhiêu %")
    assert ans.intent == "target" and "Lạng Sơn" in reply(ans) and "Hà Nội" not in reply(ans)


def test_the_readme_still_prints_these_examples() -> None:
    text = README.read_text(encoding="utf-8")
    for q in ("co lop nao cho ct cdcs gan day ko", "khóa học kỹ năng đàm phán thương lượng",
              "Chương trình 1464/CTr-TLĐ là gì?", "so can bo cd o huyen chi lang"):
        assert q in text
    for q in ("lớp nào cho chủ tịch CĐCS tháng tới?", "lớp ATVSLĐ ở Lạng Sơn", "năm 2016 Hà Nội mở bao nhiêu lớp?"):
        assert q in compose.CAPABILITIES


def upcoming(ans: Answer, start: dt.datetime | None = None, end: dt.datetime | None = None) -> bool:
    return bool(ans.courses) and all(
        (start or FIXED_NOW) <= c.starts_at.astimezone(TZ) and (end is None or c.starts_at.astimezone(TZ) < end)
        for c in ans.courses
    )


@pytest.mark.parametrize("q", ["co lop nao cho ct cdcs gan day ko", "lớp nào dành cho chủ tịch CĐCS?"])
def test_classes_for_grassroots_chairs(qa: QAEngine, q: str) -> None:
    ans = ask(qa, q)
    assert ans.intent == "course" and ans.band == "confident" and not ans.relaxed
    assert upcoming(ans) and all("chu_tich_cdcs" in c.audiences for c in ans.courses)


def test_classes_for_chairs_next_month(qa: QAEngine) -> None:
    ans = ask(qa, "lớp nào cho chủ tịch CĐCS tháng tới?")
    start = dt.datetime(2026, 12, 1, tzinfo=TZ)
    assert ans.intent == "course" and upcoming(ans, start, dt.datetime(2027, 1, 1, tzinfo=TZ))
    assert all("chu_tich_cdcs" in c.audiences for c in ans.courses)


def test_negotiation_course_by_its_words(qa: QAEngine) -> None:
    ans = ask(qa, "khóa học kỹ năng đàm phán thương lượng")
    assert ans.intent == "course" and ans.courses
    assert all(c.topic == "thuong_luong" for c in ans.courses)
    assert "thương lượng" in ans.courses[0].title.lower()


def test_online_training_next_month(qa: QAEngine) -> None:
    ans = ask(qa, "tháng sau có lớp tập huấn trực tuyến nào ko")
    assert ans.intent == "course" and not ans.relaxed
    assert upcoming(ans, dt.datetime(2026, 12, 1, tzinfo=TZ), dt.datetime(2027, 1, 1, tzinfo=TZ))
    assert all(c.format == "truc_tuyen" for c in ans.courses)


def test_training_next_month(qa: QAEngine) -> None:
    ans = ask(qa, "lớp tập huấn tháng tới")
    assert ans.intent == "course" and upcoming(ans, dt.datetime(2026, 12, 1, tzinfo=TZ), dt.datetime(2027, 1, 1, tzinfo=TZ))


def test_safety_classes_in_lang_son_say_what_was_relaxed(qa: QAEngine) -> None:
    """The sample has no ATVSLĐ class in Lạng Sơn: the answer gives the topic elsewhere and says so."""
    ans = ask(qa, "lớp ATVSLĐ ở Lạng Sơn")
    assert ans.intent == "course" and ans.courses and all(c.topic == "atvsld" for c in ans.courses)
    assert ans.relaxed == ("place",) or all(c.province == "Lạng Sơn" for c in ans.courses)


def test_capital_plan_2016_progress(qa: QAEngine) -> None:
    ans = ask(qa, "Kế hoạch đào tạo cán bộ CĐ của Thủ đô năm 2016 có hoàn thành không")
    assert ans.intent in ("target", "fact") and ans.band == "confident"
    assert "107%" in reply(ans) or "33/33" in reply(ans)


def test_hanoi_classes_2016(qa: QAEngine) -> None:
    ans = ask(qa, "năm 2016 Hà Nội mở bao nhiêu lớp?")
    assert ans.matches[0].code == "HN2016-LOP"
    assert "33" in reply(ans)


def test_chi_lang_cadres(qa: QAEngine) -> None:
    ans = ask(qa, "so can bo cd o huyen chi lang")
    assert ans.intent == "fact" and ans.matches[0].code == "LS-CHILANG-CBCD"


def test_programme_1464(qa: QAEngine) -> None:
    ans = ask(qa, "Chương trình 1464/CTr-TLĐ là gì?")
    assert ans.intent == "document" and ans.matches[0].code == "1464/CTr-TLĐ"


@pytest.mark.parametrize("q", ["chỉ tiêu năm nay", "chỉ tiêu năm nay của LĐLĐ tỉnh?"])
def test_this_years_targets(qa: QAEngine, q: str) -> None:
    ans = qa.answer(q, now=FIXED_NOW, profile=Profile(province="Lạng Sơn"))
    assert ans.intent == "target" and ans.items
    assert all(it.year is not None and it.year <= 2026 <= (it.year_end or it.year) for it in ans.items)
    assert re.search(r"\d", reply(ans))
