"""Follow-ups chairs send in a longer conversation (knowledge.search.subject.answer_in_context): back to a
class after a plan's figure and an off-topic message, the nearest class of a yes/no class question, one class of
the list by its title or as the nearest of a place, another figure of the same union's plan, the asker's own
province, and the words that only looked like a position or a pronoun («CĐCS năm nay», «cháy nổ»)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.deps import Deps
from knowledge.db import session_scope
from knowledge.language.followup import Subject, resolve
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.subject import answer_in_context, own_province_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HUE", "Liên đoàn Lao động Huế", "province", "Huế", None),
    OrgRec(2, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(3, "QNI", "Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
    OrgRec(4, "PB", "CĐCS Công ty CP Giày Phú Bài", "grassroots", "Huế", 1),
    OrgRec(5, "PT", "Liên đoàn Lao động tỉnh Phú Thọ", "province", "Phú Thọ", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str, venue: str,
           days: int = 1) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=days - 1), start - dt.timedelta(days=7), 40,
                     "open")


def target(tid: int, code: str, org: int, year: int, metric: str, goal: float, done: float) -> TargetRec:
    return TargetRec(id=tid, code=code, organisation_id=org, organisation_name=ORGS[org - 1].name,
                     period_start=year, period_end=year, metric=metric, audience=None, target_value=goal,
                     unit="người", achieved_value=done, as_of=dt.date(year, 11, 30))


D = dt.date
COURSES = [
    course(1, "HUE-NC-1", "Tập huấn công tác nữ công", D(2027, 1, 12), 1, topic="nu_cong",
           venue="Trung tâm Hội nghị Phước Hậu"),
    course(2, "HUE-NC-2", "Bồi dưỡng nghiệp vụ nữ công và bình đẳng giới", D(2027, 3, 9), 1, topic="nu_cong",
           venue="Hội trường LĐLĐ thành phố Huế"),
    course(3, "HUE-PL-1", "Tập huấn pháp luật lao động", D(2027, 1, 20), 1, topic="phap_luat",
           venue="Hội trường phường Thuận Hóa"),
    course(4, "HUE-PL-2", "Phổ biến pháp luật lao động, Luật Công đoàn 2024", D(2027, 2, 22), 1,
           topic="phap_luat", venue="Hội trường phường Phú Xuân"),
    course(5, "PB-NV-1", "Bồi dưỡng nghiệp vụ công tác công đoàn", D(2026, 12, 7), 4, topic="nghiep_vu",
           venue="Nhà ăn Công ty Giày Phú Bài"),
    course(6, "PB-AT-1", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 14), 4, topic="atvsld",
           venue="Xưởng 2 Công ty Giày Phú Bài"),
    course(7, "PB-AT-2", "Tập huấn phòng chống cháy nổ và an toàn lao động", D(2027, 2, 9), 4, topic="atvsld",
           venue="Xưởng 1 Công ty Giày Phú Bài", days=5),
    # Phú Thọ today takes in the former Hòa Bình (2025): finance classes in both, and another topic there.
    course(8, "PT-TC-1", "Tập huấn nghiệp vụ tài chính công đoàn", D(2026, 12, 10), 5, topic="tai_chinh",
           venue="Hội trường phường Hòa Bình (TP Hòa Bình cũ)"),
    course(9, "PT-TC-2", "Tập huấn nghiệp vụ tài chính công đoàn", D(2027, 1, 14), 5, topic="tai_chinh",
           venue="Hội trường phường Việt Trì"),
    course(10, "PT-TC-3", "Quản lý tài chính, tài sản công đoàn", D(2027, 3, 4), 5, topic="tai_chinh",
           venue="Hội trường xã Lạc Sơn (Hòa Bình cũ)"),
    course(11, "PT-NV-1", "Bồi dưỡng nghiệp vụ công tác công đoàn", D(2026, 12, 1), 5, topic="nghiep_vu",
           venue="Hội trường phường Hòa Bình (TP Hòa Bình cũ)"),
]
CHAIRS = "Bồi dưỡng chủ tịch CĐCS"
TARGETS = [
    target(1, "CT-HN-26", 2, 2026, CHAIRS, 620, 400),
    target(2, "CT-HN-26-LOP", 2, 2026, "Số lớp tập huấn cán bộ công đoàn cơ sở", 15, 11),
    target(3, "CT-HUE-26", 1, 2026, CHAIRS, 570, 314),
    target(4, "CT-QNI-25", 3, 2025, CHAIRS, 910, 838),
    target(5, "CT-QNI-26", 3, 2026, CHAIRS, 920, 739),
    target(6, "CT-PT-26-LOP", 5, 2026, "Số lớp tập huấn cán bộ công đoàn cơ sở", 12, 7),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=TARGETS, tz=TZ)


def talk(qa: QAEngine, *turns: str, profile: Profile | None = None) -> list[tuple[list[str], str, str | None]]:
    """Each turn's answer (its first matches' codes, its intent) or, when the bot asks which class, the codes
    offered (intent "choose"); and the class the follow-up asked about."""
    subject: Subject | None = None
    out: list[tuple[list[str], str, str | None]] = []
    for text in turns:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW, profile=profile)
        if ans is None:
            out.append(([c.code for c in follow.choices], "choose", None))
        else:
            out.append(([m.code for m in ans.matches][:5], ans.intent, follow.code))
    return out


def test_a_yes_no_class_question_is_answered_by_its_nearest_class(qa: QAEngine) -> None:
    """«sắp tới Huế có lớp nữ công không» asks whether there is one: the nearest shown answers it, so «lớp đó»
    next is that one (and «đăng ký lớp đó» after it too); a registration straight after the list asks which."""
    first, where, register = talk(qa, "sắp tới Huế có lớp nữ công không", "lớp đó học ở đâu", "đăng ký lớp đó")
    assert first[0][:2] == ["HUE-NC-1", "HUE-NC-2"]
    assert where[2] == "HUE-NC-1" and register[2] == "HUE-NC-1"
    _, register = talk(qa, "sắp tới Huế có lớp nữ công không", "đăng ký lớp đó")
    assert register[1] == "choose" and set(register[0]) == {"HUE-NC-1", "HUE-NC-2"}


def test_a_list_question_still_asks_which_class(qa: QAEngine) -> None:
    _, where = talk(qa, "Huế có những lớp nữ công nào", "lớp đó học ở đâu")
    assert where[1] == "choose"


@pytest.mark.parametrize("back", [
    "à còn lớp nữ công lúc nãy tổ chức ở đâu",
    "quay lại lớp lúc nãy, lớp đó học ở đâu vậy",
    "thế lớp lúc đầu mình hỏi địa điểm ở đâu",
])
def test_back_to_the_class_after_a_plan_figure_and_an_aside(qa: QAEngine, back: str) -> None:
    turns = talk(qa, "sắp tới Huế có lớp nữ công không", "chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của Hà Nội",
                 "giá xăng hôm nay bao nhiêu", back)
    assert turns[1][0][:1] == ["CT-HN-26"]
    assert turns[3][2] == "HUE-NC-1"


def test_cdcs_this_year_is_no_fifth_class(qa: QAEngine) -> None:
    """«CĐCS năm nay» folds to «cơ sở năm nay», whose «sở năm» once read as «số năm», the fifth class."""
    turns = talk(qa, "Huế có lớp nào sắp tới không", "cái thứ 2 ở đâu",
                 "chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của Hà Nội đạt bao nhiêu rồi")
    assert turns[2][1] == "target" and turns[2][0][:1] == ["CT-HN-26"] and turns[2][2] is None


def test_the_same_plan_asked_again_keeps_the_province_a_shared_code_was_read_as(qa: QAEngine) -> None:
    turns = talk(qa, "chỉ tiêu bd ct cđcs năm nay của lđlđ tỉnh QN đạt bao nhiêu", "năm ngoái thì sao")
    assert turns[0][0][:1] == ["CT-QNI-26"]
    assert turns[1][1] == "target" and turns[1][0][:1] == ["CT-QNI-25"]


def test_another_figure_of_the_same_unions_plan(qa: QAEngine) -> None:
    """«còn số lớp tập huấn …» after Hà Nội's targets, though long, is Hà Nội's plan again (not every union's)."""
    _, subject, _ = answer_in_context(qa, "chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở năm nay của Hà Nội đạt bao nhiêu",
                                      None, now=FIXED_NOW)
    ans, _, follow = answer_in_context(qa, "còn số lớp tập huấn cán bộ công đoàn cơ sở năm nay", subject, now=FIXED_NOW)
    assert follow.action == "ask" and follow.question.endswith("nam nay ha noi")
    assert ans is not None and ans.intent == "target" and ans.matches[0].code == "CT-HN-26-LOP"


def test_my_province_is_written_out_where_its_words_read_as_another_place(qa: QAEngine) -> None:
    """«tỉnh mk … ct bd ct cđcs»: «bd» (bồi dưỡng) reads as Bình Dương; a Quảng Ninh chair means Quảng Ninh's
    plan. Where nothing else is read, «tỉnh mình» is left to the engine, which reads it with the profile."""
    me = Profile(province="Quảng Ninh")
    assert talk(qa, "tỉnh mk năm nay đạt ct bd ct cđcs chưa", profile=me)[0][:2] == (["CT-QNI-26"], "target")
    assert talk(qa, "tỉnh mình năm nay đạt chỉ tiêu bồi dưỡng chủ tịch CĐCS chưa", profile=me)[0][0] == ["CT-QNI-26"]
    assert own_province_in_context("LĐLĐ thành phố mình đạt chưa", Profile(province="Huế")) == (
        "LĐLĐ thành phố Huế đạt chưa")
    assert own_province_in_context("bên mình có lớp nào", Profile(province="Huế")) == "bên mình có lớp nào"


def test_still_open_for_registration_is_asked_not_a_registration() -> None:
    listed = Subject(kind="courses", question="lớp tài chính", codes=("A", "B"), titles=("a", "b"), best=("A",))
    for text in ("lop do con dang ky duoc khong", "lớp đó đk đc nữa ko"):
        f = resolve(text, listed)
        assert (f.action, f.code, f.aspect, f.purpose) == ("ask", "A", "deadline", None), text
    assert resolve("em đăng ký lớp đó được không", listed).purpose != "detail"


def test_a_class_of_the_list_told_apart_by_its_title(qa: QAEngine) -> None:
    turns = talk(qa, "Huế có lớp pháp luật lao động nào không", "lớp luật công đoàn 2024 ở Huế học ở đâu",
                 "đăng ký lớp pháp luật ở Huế")
    assert turns[1][2] == "HUE-PL-2"
    assert turns[2][1] == "choose"  # a registration is never guessed


def test_the_nearest_of_the_list_in_a_former_province(qa: QAEngine) -> None:
    turns = talk(qa, "phú thọ có lớp tài chính công đoàn nào không", "lớp gần nhất bên Hòa Bình cũ là lớp nào",
                 "lớp đó học ở đâu")
    assert turns[1][2] == "PT-TC-1" and turns[2][2] == "PT-TC-1"


def test_a_topic_and_a_period_of_one_class_in_the_list(qa: QAEngine) -> None:
    """«thế lớp PCCN năm sau thì sao» under the company's list: its fire-safety class next year («cháy nổ» is no
    «nó» pointing at the class in focus)."""
    turns = talk(qa, "công ty giày phú bài có lớp gì sắp tới không", "lớp đầu ở đâu",
                 "thế lớp pccn năm sau thì sao")
    assert turns[1][2] == "PB-NV-1"
    assert turns[2][2] == "PB-AT-2"


def test_chairs_shorthand_for_inspection_and_the_deadline(qa: QAEngine) -> None:
    from knowledge.text import expand

    assert expand(["ktra", "hdk"]) == ["kiem", "tra", "han", "dang", "ky"]


def test_an_ellipsis_after_an_aside_goes_on_with_the_question_unless_it_goes_on_with_the_aside(qa: QAEngine) -> None:
    """«giá xăng hôm nay bao nhiêu» names a day: «còn bên Hà Nội thì sao» next is the classes asked before, there;
    after «thời tiết Huế hôm nay thế nào» it goes on with the weather (no class is offered)."""
    _, subject, _ = answer_in_context(qa, "sắp tới Huế có lớp nữ công không", None, now=FIXED_NOW)
    _, gas, _ = answer_in_context(qa, "giá xăng hôm nay bao nhiêu", subject, now=FIXED_NOW)
    _, weather, _ = answer_in_context(qa, "thời tiết Phú Thọ hôm nay thế nào", subject, now=FIXED_NOW)
    assert gas is not None and gas.stale and gas.aside == "time"
    assert weather is not None and weather.stale and set(weather.aside.split()) == {"place", "time"}
    assert Subject.from_dict(gas.to_dict()) == gas

    def places(fragment: str) -> frozenset[str]:
        return frozenset({"place"}) if "ha noi" in fragment else frozenset()

    assert resolve("còn bên Hà Nội thì sao", gas, kinds_of=places).action == "ask"
    assert resolve("còn bên Hà Nội thì sao", weather, kinds_of=places).action == "none"
    assert resolve("thế ngày mai thì sao", gas, kinds_of=places).action == "none"
    older = Subject.from_dict({**gas.to_dict(), "aside": None})  # a state saved before asides were kept
    assert older is not None and resolve("còn bên Hà Nội thì sao", older, kinds_of=places).action == "none"


def test_taking_back_with_what_was_meant_said_as_such() -> None:
    """«à không, mình hỏi lớp tài chính cơ» as «à nhầm, mình hỏi lớp tài chính»: the question again, its topic
    replaced, in the place asked before."""
    listed = Subject(kind="courses", question="ở Vĩnh Long có lớp nghiệp vụ nào sắp tới không", codes=("A", "B"),
                     titles=("a", "b"), phrases=(("topic", "nghiep vu"), ("place", "vinh long")))

    def topics(fragment: str) -> frozenset[str]:
        return frozenset({"topic"}) if "tai chinh" in fragment else frozenset()

    for text in ("à nhầm, mik hỏi lớp tài chính cđ cơ", "à không, mik hỏi lớp tài chính cđ cơ"):
        f = resolve(text, listed, kinds_of=topics)
        assert f.action == "ask" and "tai chinh" in f.question and "vinh long" in f.question, text


def test_the_same_plan_for_another_year_asked_at_length() -> None:
    """«thế năm ngoái thì thế nào, có đạt không»: the words asking the question again are no question of its own."""
    plan = Subject(kind="target", question="chỉ tiêu tập huấn chủ tịch CĐCS năm nay của tỉnh mình là bao nhiêu",
                   year=2026, phrases=(("time", "nam nay"),))
    for text in ("thế năm ngoái thì thế nào, có đạt không", "thế năm ngoái thì sao, có đạt không"):
        f = resolve(text, plan)
        assert f.action == "ask" and f.question.startswith("nam ngoai chi tieu") and f.replaced == ("time",), text
    f = resolve("năm sau thì sao, giao bn", plan)  # the period first, then «thì sao»: no «thế», «còn» needed
    assert f.action == "ask" and f.question.startswith("nam sau chi tieu"), f


def test_another_period_of_the_same_figure_names_no_figure_of_its_own() -> None:
    """«năm sau chỉ tiêu bao nhiêu» after a union's figure on one topic names no other figure: the same figure
    (its topic and audience kept) for that period, not every figure of the union's plan."""
    plan = Subject(kind="target", question="nghệ an năm 2026 tập huấn nữ công cho cán bộ CĐCS đạt bao nhiêu",
                   year=2026, place="Nghệ An",
                   phrases=(("place", "nghe an"), ("time", "nam 2026"), ("topic", "nu cong")))
    f = resolve("năm sau chỉ tiêu bao nhiêu", plan, kinds_of=lambda _: frozenset({"time"}))
    assert f.action == "ask" and f.replaced == ("time",), f
    assert "nam sau" in f.question and "nu cong" in f.question and "nghe an" in f.question, f


def test_through_the_conversation_turn_the_nearest_class_is_answered_and_never_registered(deps: Deps) -> None:
    """In the chat: «lớp đó học ở đâu» after «có lớp … không» is the nearest class's place; «lớp đó còn đăng ký
    được không» is its deadline, asked (no place is taken); «đăng ký lớp đó» then registers nothing unasked."""
    from sqlalchemy import select

    from knowledge.models import Registration
    from tests.test_followup_chat import ask, setup, text_of

    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    where = text_of(ask(deps, "lớp đó học ở đâu"))
    assert "Hội trường số 1" in where and "Hội trường số 2" not in where
    still = text_of(ask(deps, "lớp đó còn đăng ký được không"))
    assert "28/11/2026" in still  # đợt 1's deadline (five days after «now»)
    with session_scope(deps.session_factory) as s:
        assert not list(s.scalars(select(Registration)))


def test_a_position_after_a_plan_question_brings_the_list_back_for_a_correction(qa: QAEngine) -> None:
    """«đăng ký lớp thứ 2» after the talk turned to a plan, then «à nhầm, lớp thứ 3»: the third of that list (the
    registration asked again of it), not «the list has one class»."""
    turns = talk(qa, "phú thọ có lớp tài chính công đoàn nào không", "chỉ tiêu số lớp tập huấn năm nay của Phú Thọ",
                 "đăng ký lớp thứ 2", "à nhầm, lớp thứ 3")
    assert turns[2][1:] == ("register", "PT-TC-2")
    assert turns[3][1:] == ("register", "PT-TC-3")


def test_classes_of_a_union_and_place_named_at_length_are_a_class_question() -> None:
    listed = Subject(kind="courses", question="Nghệ An có lớp nào sắp tới không", codes=("A", "B"), titles=("a", "b"),
                     phrases=(("place", "nghe an"),), place="Nghệ An")

    def named(fragment: str) -> frozenset[str]:
        return frozenset({"org", "place"}) if "giao duc" in fragment else frozenset()

    f = resolve("còn lớp của Công đoàn Giáo dục Việt Nam ở Nghệ An thì sao", listed, kinds_of=named)
    assert f.action == "ask" and f.question == "lop cua cong doan giao duc viet nam o nghe an"


def test_the_provinces_own_union_unnamed_is_the_province_of_the_talk() -> None:
    listed = Subject(kind="courses", question="Nghệ An có lớp nữ công nào không", codes=("A", "B"), titles=("a", "b"),
                     phrases=(("place", "nghe an"),), place="Nghệ An")

    def unions(fragment: str) -> frozenset[str]:
        return frozenset({"org"}) if "lien doan lao dong" in fragment else frozenset()

    f = resolve("thế còn của LĐLĐ tỉnh thì sao", listed, kinds_of=unions)
    assert f.action == "ask" and f.question.endswith("lien doan lao dong tinh nghe an"), f
