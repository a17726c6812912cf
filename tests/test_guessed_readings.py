"""Shorthand the bot has to guess («CT», «bn») and classes offered for a class question: a guess is made
only where the question itself says so, and the reply says what was guessed (review findings HIGH 3,
MED 6, MED 7)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.subject import answer_in_context
from knowledge.text import normalise, opening_code, spell_place_codes
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "DNAI", "LĐLĐ tỉnh Đồng Nai", "province", "Đồng Nai", None),
    OrgRec(2, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(3, "KCN-VL", "CĐ các KCN tỉnh Vĩnh Long", "industrial_zone", "Vĩnh Long", None),
    OrgRec(4, "LD", "LĐLĐ tỉnh Lâm Đồng", "province", "Lâm Đồng", None),
    OrgRec(5, "HUE", "LĐLĐ thành phố Huế", "province", "Huế", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           roles: tuple[str, ...] = ("chu_tich_cdcs",), venue: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, o.province, venue, "tap_trung",
                     start, start + dt.timedelta(days=1), start - dt.timedelta(days=7), 40, "open")


def target(tid: int, code: str, org: int, metric: str, goal: float, got: float) -> TargetRec:
    return TargetRec(id=tid, code=code, organisation_id=org, organisation_name=ORGS[org - 1].name,
                     period_start=2026, period_end=2026, metric=metric, audience=None, target_value=goal,
                     unit="học viên", achieved_value=got, as_of=dt.date(2026, 10, 31))


D = dt.date
COURSES = [
    course(1, "DN-CT", "Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch, Phó Chủ tịch CĐCS", D(2027, 1, 26), 1,
           venue="Hội trường LĐLĐ tỉnh, phường Trấn Biên"),
    course(2, "DN-BD", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", D(2027, 2, 3), 1, roles=("uv_bch",)),
    course(3, "VL-AT", "Huấn luyện ATVSLĐ nhóm 4", D(2027, 3, 8), 3, topic="atvsld", roles=("doan_vien",),
           venue="KCN Giao Long (Châu Thành cũ - Bến Tre)"),
    course(4, "LD-DT", "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc", D(2027, 3, 5), 4, topic="doi_thoai",
           venue="Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt"),
    course(5, "LD-NC", "Tập huấn kỹ năng hoạt động của Ban nữ công quần chúng", D(2027, 9, 3), 4, topic="nu_cong",
           venue="Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt"),
    course(6, "BN-BD", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", D(2027, 2, 10), 2, roles=("uv_bch",)),
]
TARGETS = [
    target(1, "DN-2026", 1, "Bồi dưỡng nghiệp vụ cán bộ CĐCS", 3400, 2960),
    target(2, "BN-2026-PTDV", 2, "Phát triển đoàn viên mới", 12000, 10365),
    target(3, "HUE-2026", 5, "Tập huấn nghiệp vụ công đoàn", 1100, 1156),
]
DONG_NAI = Profile(role="chu_tich_cdcs", organisation_id=1, province="Đồng Nai")


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=TARGETS, tz=TZ)


def tokens(q: str) -> tuple[str, ...]:
    return normalise(q).tokens


# ------------------------------------------------------------------ «CT»: chỉ tiêu or chủ tịch


@pytest.mark.parametrize("q", [
    "ĐN năm nay CT bồi dưỡng NV CB CĐCS là bn?",
    "Huế 2026 có hoàn thành CT tập huấn NV ko?",
    "CT tap huan nam nay cua ldld can tho dat bn roi",
    "ct đào tạo năm 2026 giao bao nhiêu",
])
def test_ct_before_a_training_verb_is_a_target_when_figures_are_asked(q: str) -> None:
    toks = tokens(q)
    at = toks.index("chi")
    assert toks[at:at + 2] == ("chi", "tieu") and "chu" not in toks


@pytest.mark.parametrize("q", [
    "CT tap huan cdcs o dau",            # where chairs are trained
    "ct boi duong o dau vay ad",
    "ct phat bieu khai mac lop la ai",   # who opened the class: no training verb
    "CT tập huấn năm nay ở đâu",         # a year, but a class to attend
    "ct boi duong thi dang ky o dau",
    "ct tap huan",                       # no figures asked
])
def test_ct_stays_a_chair_without_a_target_question(q: str) -> None:
    assert tokens(q)[:2] == ("chu", "tich")


@pytest.mark.parametrize(("q", "field"), [
    ("ct ket nap doan vien the nao", ("ket", "nap")),   # the work of admitting members
    ("CT nữ công ở cơ sở gồm những gì", ("nu", "cong")),
    ("ct tuyên truyền trên mạng", ("tuyen", "truyen")),
])
def test_ct_before_a_field_of_union_work_is_that_work(q: str, field: tuple[str, str]) -> None:
    """«CT» before one of the union's fields of work is the work (công tác), never a chair who does it."""
    toks = tokens(q)
    assert toks[:4] == ("cong", "tac", *field) and "chu" not in toks


def test_ct_questions_from_the_review_get_classes_or_articles_not_targets(qa: QAEngine) -> None:
    for q in ("CT tap huan cdcs o dau", "ct boi duong o dau vay ad"):
        ans = qa.answer(q, now=FIXED_NOW, profile=DONG_NAI)
        assert ans.intent == "course" and ans.courses, q
    for q in ("ct phat bieu khai mac lop la ai", "ct ket nap doan vien the nao"):
        assert qa.answer(q, now=FIXED_NOW, profile=DONG_NAI).intent != "target", q


def test_ct_target_questions_still_get_the_plan(qa: QAEngine) -> None:
    ans = qa.answer("ĐN năm nay CT bồi dưỡng NV CB CĐCS là bn?", now=FIXED_NOW, profile=DONG_NAI)
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["DN-2026"]
    ans = qa.answer("Huế 2026 có hoàn thành CT tập huấn NV ko?", now=FIXED_NOW)
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["HUE-2026"]


# ------------------------------------------------------------------ «bn» opening a question


def test_bn_opening_a_plan_question_may_be_bac_ninh() -> None:
    n = normalise("bn năm nay pt đoàn viên mới chỉ tiêu bn, đạt bn")
    assert n.tokens[:3] == ("bn", "nam", "nay") and n.tokens[-2:] == ("bao", "nhieu")
    assert opening_code(n) == "bn"
    assert opening_code(normalise("BN năm nay chỉ tiêu đạt bn")) == ""  # in capitals: no guess, the province


@pytest.mark.parametrize("q", [
    "bn nam nay co lop nao cho ct cdcs ko",  # «bạn năm nay có lớp nào…»
    "bn năm nay có bn lớp",
    "bn năm sau có mở lớp nữ công ko",
])
def test_bn_opening_a_class_question_is_not_a_province(q: str) -> None:
    n = normalise(q)
    assert "bn" not in n.tokens and opening_code(n) == ""
    assert n.tokens[0] == "nam"  # «bn» opening it is «bạn», the bot addressed: no word of the question


def test_bn_class_question_lists_the_askers_classes(qa: QAEngine) -> None:
    ans = qa.answer("bn nam nay co lop nao cho ct cdcs ko", now=FIXED_NOW, profile=DONG_NAI)
    assert ans.intent == "course" and ans.courses
    assert {c.province for c in ans.courses} == {"Đồng Nai"} and not ans.reading


def test_bn_plan_question_is_bac_ninh_only_without_another_province(qa: QAEngine) -> None:
    q = "bn năm nay pt đoàn viên mới chỉ tiêu bn, đạt bn"
    ans = qa.answer(q, now=FIXED_NOW)
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["BN-2026-PTDV"]
    assert ans.reading == "«bn» là Bắc Ninh"  # said in the reply
    # From an asker in Đồng Nai «bn» is «bạn»: the asker's own plan, nothing said about Bắc Ninh.
    mine = qa.answer(q, now=FIXED_NOW, profile=DONG_NAI)
    assert mine.question == q and not mine.reading
    assert "Bắc Ninh" not in mine.slots.provinces
    assert all(m.code != "BN-2026-PTDV" for m in mine.matches[:1])
    # Nor when the question names another province.
    other = qa.answer("bn năm nay chỉ tiêu bồi dưỡng của Đồng Nai đạt bn", now=FIXED_NOW)
    assert not other.reading and "Bắc Ninh" not in other.slots.provinces


def test_the_reply_says_how_bn_was_read() -> None:
    from handlers import compose

    text = compose.READING.format(reading="«bn» là Bắc Ninh")
    assert "Bắc Ninh" in text and "«bn»" in text


# ------------------------------------------------------------------ classes for a class question


@pytest.mark.parametrize("q", [
    "lop ky nang mem cho doan vien tre",         # «trẻ» only in a venue («Bến Tre»), «mềm» nowhere
    "co lop nao ve ky nang noi truoc dam dong ko",  # «đám đông» is no «Lâm Đồng»
])
def test_classes_that_do_not_say_what_is_asked_are_not_offered(qa: QAEngine, q: str) -> None:
    ans = qa.answer(q, now=FIXED_NOW, profile=DONG_NAI)
    assert not ans.courses, [c.code for c in ans.courses]
    assert "Lâm Đồng" not in ans.slots.provinces


def test_classes_that_say_what_is_asked_are_still_offered(qa: QAEngine) -> None:
    ans = qa.answer("lop ky nang doi thoai o lam dong", now=FIXED_NOW, profile=DONG_NAI)
    assert [c.code for c in ans.courses][:1] == ["LD-DT"]
    ans = qa.answer("lop huan luyen atvsld nhom 4 cho doan vien", now=FIXED_NOW, profile=DONG_NAI)
    assert [c.code for c in ans.courses] == ["VL-AT"]


def test_theo_ho_so_only_when_the_profiles_province_has_the_classes(qa: QAEngine) -> None:
    there = qa.answer("lop atvsld nhom 4", now=FIXED_NOW, profile=DONG_NAI)
    assert [c.code for c in there.courses] == ["VL-AT"] and not there.used_profile  # in Vĩnh Long, not Đồng Nai
    mine = qa.answer("lop boi duong nghiep vu can bo cdcs", now=FIXED_NOW, profile=DONG_NAI)
    assert mine.courses and {c.province for c in mine.courses} == {"Đồng Nai"} and mine.used_profile


def test_a_real_word_is_a_place_only_a_slip_of_the_fingers_away(qa: QAEngine) -> None:
    from knowledge.qa import _slip

    assert qa.respell("ky nang noi truoc dam dong").split()[-2:] != ["lam", "dong"]  # d and l are far apart
    assert _slip("gang", "giang") and _slip("tang", "thang") and _slip("lpo", "lop") and _slip("hoi", "noi")
    assert not _slip("dam", "lam")


@pytest.mark.parametrize(("q", "province"), [
    ("còn bn thì sao", ("bac", "ninh")),           # a follow-up swapping the place
    ("còn hy thế nào", ("hung", "yen")),
    ("bên bn có lớp nghiệp vụ không", ("bac", "ninh")),
    ("còn bn có lớp nào không", ("bac", "ninh")),
])
def test_a_province_code_where_a_place_is_named_is_the_province(q: str, province: tuple[str, str]) -> None:
    """After «bên», or after an opening «còn» before «thì sao», «thế nào», «có …», a code is a place."""
    toks = tokens(q)
    assert toks[1] not in ("bao", "ban") and "nhieu" not in toks
    assert spell_place_codes(list(toks))[1:3] == list(province)


@pytest.mark.parametrize("q", ["còn bn chỗ", "lớp này còn bn thì sao", "còn bn?", "lớp đó còn bn ngày nữa"])
def test_bn_counting_after_con_stays_bao_nhieu(q: str) -> None:
    assert "nhieu" in tokens(q)


def test_a_follow_up_naming_a_province_by_its_code_asks_there(qa: QAEngine) -> None:
    first, subject, _ = answer_in_context(qa, "Đồng Nai có lớp bồi dưỡng nghiệp vụ cán bộ CĐCS nào", None,
                                          now=FIXED_NOW)
    assert first is not None and "DN-BD" in [c.code for c in first.courses]
    then, _, _ = answer_in_context(qa, "còn bn thì sao", subject, now=FIXED_NOW)
    assert then is not None and [c.code for c in then.courses] == ["BN-BD"]
