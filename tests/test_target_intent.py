"""Plans' targets and classes told apart as chairs type: the year a target question names («năm ngoái», typed
«năm noái»), the unit it means («ngành mình» is the asker's sector union, «tỉnh mìn» their province), a target
asked with «chỉ tiêu» and no class cue; and a class called off, put off or next («không học nữa», «lùi lịch»,
«lớp … tiếp theo») asked as a class, not answered with the province's plan."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "QN", "LĐLĐ tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
    OrgRec(2, "CDXD", "Công đoàn Xây dựng Việt Nam", "sector", None, None),
    OrgRec(3, "KT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
]


def course(cid: int, title: str, topic: str, day: dt.date, *, org: int = 1, status: str = "open",
           fmt: str = "tap_trung", audiences: tuple[str, ...] = ("chu_tich_cdcs",)) -> CourseRec:
    start = dt.datetime(day.year, day.month, day.day, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"QN-{cid:02d}", title=title, topic=topic, audiences=audiences,
        organiser_id=org, organiser_name=None, partner=None, province="Quảng Ninh",
        venue="Hội trường LĐLĐ tỉnh Quảng Ninh", format=fmt, starts_at=start,
        ends_at=start + dt.timedelta(hours=8), registration_deadline=start - dt.timedelta(days=5), capacity=60,
        status=status,
    )


COURSES = [
    course(1, "Tập huấn công tác nữ công", "nu_cong", dt.date(2026, 12, 14)),
    course(2, "Kỹ năng thương lượng tập thể", "thuong_luong", dt.date(2026, 12, 9), status="cancelled"),
    course(3, "Bồi dưỡng nghiệp vụ kiểm tra", "kiem_tra", dt.date(2027, 1, 12)),
    course(4, "Tập huấn công tác nữ công (trực tuyến)", "nu_cong", dt.date(2027, 1, 20), fmt="truc_tuyen"),
    course(5, "Nghiệp vụ kế toán công đoàn cơ sở", "tai_chinh", dt.date(2027, 2, 3), audiences=("ke_toan_cdcs",)),
]


def target(tid: int, org: int, year: int, metric: str, audience: str | None = None) -> TargetRec:
    return TargetRec(tid, f"CT-{org}-{year}-{tid}", org, ORGS[org - 1].name, year, year, metric, audience, 900,
                     "người", 850 if year < 2026 else 600, None)


TARGETS = [
    target(1, 1, 2025, "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "chu_tich_cdcs"),
    target(2, 1, 2026, "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "chu_tich_cdcs"),
    target(3, 1, 2027, "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "chu_tich_cdcs"),
    target(4, 1, 2026, "Tập huấn công tác nữ công"),
    target(5, 2, 2025, "Bồi dưỡng Chủ tịch công đoàn công trường", "chu_tich_cdcs"),
    target(6, 2, 2026, "Bồi dưỡng Chủ tịch công đoàn công trường", "chu_tich_cdcs"),
    target(7, 3, 2026, "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "chu_tich_cdcs"),
    TargetRec(8, "CT-1-NK", 1, ORGS[0].name, 2023, 2028, "Tỷ lệ cán bộ CĐCS được tập huấn nghiệp vụ", None, 100, "%",
              87.5, None),
]
FACTS = [
    FactRec(1, "HT-KYANH-CB", 3, ORGS[2].name, 2018, 2018, "to_chuc", "Huyện Kỳ Anh có bao nhiêu cán bộ công đoàn?",
            "Huyện Kỳ Anh có 412 cán bộ công đoàn.", "huyện Kỳ Anh cán bộ công đoàn số lượng", 412, None, "người"),
    # «nội bồi» (Hà Nội, bồi dưỡng) said side by side: «noái» before «bồi» is one letter from «nội» too.
    FactRec(2, "HT-HANOI-BD", 3, ORGS[2].name, 2019, 2019, "dao_tao", "Hà Tĩnh cử cán bộ đi học ở đâu?",
            "Năm 2019 LĐLĐ tỉnh cử 30 cán bộ ra Hà Nội bồi dưỡng nghiệp vụ.", "Hà Nội bồi dưỡng", 30, None, "người"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=TARGETS, facts=FACTS, tz=TZ)


def first(qa: QAEngine, question: str, profile: Profile | None = None) -> tuple[str, str]:
    ans = qa.answer(question, now=FIXED_NOW, profile=profile)
    return ans.intent, ans.matches[0].code if ans.matches else ""


@pytest.mark.parametrize("question", [
    "ldld quang ninh nam noai boi duong chu tich cdcs dat chi tieu chua?",
    "LĐLĐ Quảng Ninh năm noái bồi dưỡng chủ tịch CĐCS đạt chỉ tiêu không",
])
def test_last_year_typed_with_a_slip_picks_that_years_target(qa: QAEngine, question: str) -> None:
    assert first(qa, question) == ("target", "CT-1-2025-1")


def test_my_sector_is_the_askers_sector_union(qa: QAEngine) -> None:
    """«ngành mk» from a member of a sector union: that union's target, not the province's it lives in."""
    me = Profile(role="chu_tich_cdcs", organisation_id=2, province="Quảng Ninh")
    assert first(qa, "cho mik xin chỉ tiêu bồi dưỡng chủ tịch cđ của ngành mk năm ngoái, giao bn đạt bn", me) == (
        "target", "CT-2-2025-5")
    assert first(qa, "chi tieu boi duong chu tich cua nganh minh nam nay dat bao nhieu roi", me) == (
        "target", "CT-2-2026-6")


def test_my_province_typed_short_and_bd_is_boi_duong(qa: QAEngine) -> None:
    """«tỉnh mìn» is «tỉnh mình»; «chỉ tiêu bd» is bồi dưỡng, no province's code."""
    me = Profile(role="chu_tich_cdcs", organisation_id=None, province="Hà Tĩnh")
    assert first(qa, "cho mìn hỏi chỉ tiêu bd chủ tịch cđcs năm nay tỉnh mìn là bnhiu vs ạ", me) == (
        "target", "CT-3-2026-7")


def test_a_target_asked_with_chi_tieu_and_no_class_cue(qa: QAEngine) -> None:
    assert first(qa, "Cho em hỏi LĐLĐ tỉnh Quảng Ninh chỉ tiêu tập huấn công tác nữ công năm nay") == (
        "target", "CT-1-2026-4")


@pytest.mark.parametrize("question", [
    "nghe nói lớp thương lượng tập thể ở Quảng Ninh tháng sau hok học nữa, đúng ko ak",
    "nghe bao lop thuong luong tap the o quang ninh bi lui lich, gio hoc lai hom nao",
])
def test_a_class_called_off_is_asked_as_a_class(qa: QAEngine, question: str) -> None:
    assert first(qa, question) == ("course", "QN-02")


def test_the_next_class_in_my_province_is_a_class_question(qa: QAEngine) -> None:
    me = Profile(role="chu_tich_cdcs", organisation_id=1, province="Quảng Ninh")
    assert first(qa, "em mới làm cán bộ công đoàn. trong tỉnh mình khi nào có lớp nữ công tiếp theo ạ", me) == (
        "course", "QN-01")
    assert first(qa, "chàào bạn, bên quảng ninh sp tới có mở lớp nữ công không ạ") == ("course", "QN-01")


def test_a_word_with_two_letters_swapped_finds_the_fact(qa: QAEngine) -> None:
    assert first(qa, "hueyn ky anh co bo nhieu can bo cong dona?") == ("fact", "HT-KYANH-CB")


def test_a_place_kind_with_a_letter_dropped_before_its_name(qa: QAEngine) -> None:
    assert first(qa, "Số cản bộ công đoàn ở huyn Kỳ Anh") == ("fact", "HT-KYANH-CB")


def test_a_pension_errand_sharing_a_topic_word_gets_no_class(qa: QAEngine) -> None:
    ans = qa.answer("me em muon lam thu tuc huong luong huu som o que quang ninh thi lam sao? ba lam ruong",
                    now=FIXED_NOW)
    assert ans.band == "low" or ans.intent in ("off_topic", "unknown"), (ans.intent, ans.band)


@pytest.mark.parametrize(("typed", "meant"), [
    ("sp tới có lớp nào", "sap toi"),
    ("ĐH Công đoàn có lớp nào", "dai hoc cong doan"),
    ("dh cd mo lop nao", "dai hoc cong doan"),
    ("ci tieu nam nay", "chi tieu"),
    ("cmh lop nao sap mo", "cho minh hoi"),
    ("có lớ nào không", "co lop nao"),
    ("lop cho ca bo cd cap tren", "can bo cong doan"),
])
def test_shorthand_read_by_its_neighbour(typed: str, meant: str) -> None:
    assert meant in normalise(typed).folded


def test_dh_su_pham_is_not_read_as_soon() -> None:
    assert "sap" not in normalise("lớp của ĐH SP").folded.split()


def test_the_zones_union_goes_by_its_authoritys_acronym() -> None:
    from knowledge.search.vocabulary import org_variants

    assert "hepza" in org_variants("Công đoàn các Khu chế xuất và công nghiệp TP HCM")
    assert "hepza" in org_variants("Công đoàn các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh")
    assert "hepza" not in org_variants("Công đoàn các KCN tỉnh Đồng Nai")


def test_which_classes_of_a_past_year_is_no_plans_figures(qa: QAEngine) -> None:
    """A term's plan spans 2024, but «những lớp tập huấn nào» asks for classes, which no plan lists."""
    ans = qa.answer("cho e hỏi năm 2024 ở Quảng Ninh có những lớp tập huấn nào", now=FIXED_NOW)
    assert ans.intent != "target" and ans.band == "low", (ans.intent, ans.band)


def test_a_long_union_name_typed_in_full_is_that_union() -> None:
    """A profile's union written out in full (twelve words) is found whole, not as the city it ends with."""
    orgs = [OrgRec(1, "HCM", "LĐLĐ TP Hồ Chí Minh", "province", "TP Hồ Chí Minh", None),
            OrgRec(2, "KCX", "Công đoàn các Khu chế xuất và công nghiệp TP HCM", "industrial_zone", "TP Hồ Chí Minh", 1)]
    engine = QAEngine.build(organisations=orgs, tz=TZ)
    hits = engine.matcher.find(normalise("Công đoàn các Khu chế xuất và công nghiệp TP HCM").tokens)
    assert [(h.kind, h.value) for h in hits] == [("org", "2")]


def test_why_online_is_wanted_is_no_subject_of_the_class(qa: QAEngine) -> None:
    """«em ở xa không đi được» says why the class must be online; the online class answers."""
    assert first(qa, "co lop nu cong nao hoc qua mang duoc khong, em o xa khong di duoc") == ("course", "QN-04")


def test_my_own_title_is_the_askers_role(qa: QAEngine) -> None:
    """«lớp nào cho chức danh của mình»: the class for the asker's role (from the profile)."""
    me = Profile(role="ke_toan_cdcs", organisation_id=1, province="Quảng Ninh")
    assert first(qa, "Tỉnh mình sắp tới có lớp nào cho chức danh của mình ko", me) == ("course", "QN-05")


def test_an_opening_self_introduction_is_who_asks() -> None:
    """Its words («cấp trên cơ sở») are no term an article must say rather than the classes."""
    from knowledge.qa import _opening_intro

    norm = normalise("Ad ơi em là cán bộ công đoàn cấp trên cơ sở, ở Hà Nội có lớp phát triển đoàn viên nào không")
    at = _opening_intro(norm)
    assert {norm.tokens.index("cap"), norm.tokens.index("tren")} <= at
    assert norm.tokens.index("lop") not in at
    assert not _opening_intro(normalise("ở Hà Nội có lớp phát triển đoàn viên nào không"))


def test_a_place_code_opening_a_plans_question_before_its_year() -> None:
    """«KH năm 2025 có vượt KH …»: Khánh Hòa's plan; «KH năm 2026 có những lớp nào» stays «kế hoạch»."""
    assert normalise("KH năm 2025 có vượt KH đào tạo CBCĐ ko").tokens[0] == "@kh"
    assert normalise("KH năm 2026 có những lớp nào").tokens[:2] == ("ke", "hoach")


@pytest.mark.parametrize("question", [
    "cho minh hoi o ca mau co lop tap huan cong doan nao khong",
    "lớp tập huấn ở Cà Mau năm sau có không?",
    "Co lop tap huan nao nam 2029 ko ?",
])
def test_no_class_anywhere_there_or_then_is_said_as_such(qa: QAEngine, question: str) -> None:
    """A province where no plan holds any class, a year no plan reaches: no list of classes from elsewhere."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.band == "low" and not ans.courses, (ans.intent, ans.band, [c.code for c in ans.courses][:3])


def test_classes_of_a_province_that_holds_some_are_listed(qa: QAEngine) -> None:
    assert first(qa, "o quang ninh co lop tap huan cong doan nao khong")[0] == "course"


def test_which_classes_of_my_province_is_no_plans_figures(qa: QAEngine) -> None:
    """«bên mình có lớp … nào», a word or two mistyped: the classes of the asker's province, not its plan."""
    me = Profile(role="chu_tich_cdcs", organisation_id=1, province="Quảng Ninh")
    assert first(qa, "từ gờ đến cui năm bên mình có lpớ nữ công nào ạ", me) == ("course", "QN-01")


def test_a_class_moved_to_another_day_is_asked_as_a_class(qa: QAEngine) -> None:
    assert first(qa, "nghe nói lớp thương lượng tập thể ở Quảng Ninh bị dời, dời sang hôm nào vậy")[0] == "course"
