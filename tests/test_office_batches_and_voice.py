"""An office's plan numbers one class's batches its own way («lớp 2», «khóa II», «(khóa I)», «đợt 1») and chairs
ask by dictating («alo», «ờ», «thì là»): the batch asked is found however either side wrote it; «… là của đơn vị
nào» asks the organiser, no word of a class; a detail of the class of a commune whose only class is over is that
class; «tháng sau nữa», «tháng 10 này» are read as said; a follow-up about the one class in view
(«đăng ký đến hạn nào», «học online dc ko», «cho mình đăng ký lớp này») stays on it; «được bao nhiêu rồi» after a
plan's target is that plan's progress; «LLD huyện …» (LĐLĐ with a letter dropped) is the district's federation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handlers.deps import Deps
from knowledge.language.followup import Subject, batch_of
from knowledge.qa import Answer, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.acronyms import spell_out
from knowledge.search.subject import answer_in_context
from knowledge.slots import parse_time
from knowledge.text import batch_marks, index_tokens, normalise
from tests.conftest import FIXED_NOW, template_deps

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
D = dt.date
ORGS = [
    OrgRec(1, "BG", "Liên đoàn Lao động tỉnh Bắc Giang", "province", "Bắc Ninh", None),
    OrgRec(2, "BG-MAY", "CĐCS Công ty TNHH May Phú Lâm", "company", "Bắc Ninh", 1),
    OrgRec(3, "BG-YT", "CĐ ngành Y tế tỉnh Bắc Ninh", "sector", "Bắc Ninh", 1),
    OrgRec(4, "BG-GD", "CĐ ngành Giáo dục tỉnh Bắc Ninh", "sector", "Bắc Ninh", 1),
]


def course(cid: int, title: str, day: dt.date, org: int, topic: str, *, venue: str | None = None,
           fmt: str = "tap_trung", note: str = "", tentative: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, f"BN-{cid}", title, topic, ("can_bo_cdcs",), org, o.name, None, o.province, venue,
                     fmt, start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open",
                     description=note, tentative=tentative)


COURSES = [
    # The same matter numbered by «lớp N», and an unnumbered look-alike whose note says «đơn vị».
    course(1, "Tập huấn xây dựng thỏa ước lao động tập thể lớp 1", D(2027, 9, 20), 2, "thuong_luong"),
    course(2, "Tập huấn xây dựng thỏa ước lao động tập thể lớp 2", D(2027, 2, 15), 2, "thuong_luong"),
    course(3, "Tập huấn kỹ năng thương lượng tập thể", D(2026, 12, 10), 1, "thuong_luong",
           note="Kinh phí do đơn vị tổ chức chi trả."),
    # «khóa I» held already, «khóa II» to come, both of one sector union.
    course(4, "Tập huấn công tác tuyên giáo trên mạng xã hội (khóa I)", D(2026, 4, 8), 3, "tuyen_giao",
           fmt="truc_tuyen"),
    course(5, "Tập huấn công tác tuyên giáo trên mạng xã hội (khóa II)", D(2027, 3, 9), 3, "tuyen_giao",
           fmt="ket_hop"),
    # A commune's only class of its kind, held in the summer; the topic's others are held elsewhere, to come.
    course(6, "Tập huấn nghiệp vụ công đoàn trường học", D(2026, 7, 4), 4, "nghiep_vu",
           venue="Trung tâm Chính trị xã Lục Ngạn (Bắc Giang cũ)"),
    course(7, "Tập huấn nghiệp vụ công đoàn trường học", D(2026, 12, 2), 4, "nghiep_vu",
           venue="Hội trường LĐLĐ tỉnh, phường Bắc Giang"),
    # One class a month from December to February, for «tháng sau» then «tháng sau nữa».
    course(8, "Bồi dưỡng công tác nữ công", D(2026, 12, 12), 1, "nu_cong", venue="Nhà văn hóa phường Kinh Bắc"),
    course(9, "Tập huấn bình đẳng giới cho ban nữ công", D(2027, 1, 14), 1, "nu_cong",
           venue="Nhà văn hóa phường Kinh Bắc"),
    course(10, "Tập huấn kỹ năng hoạt động ban nữ công", D(2027, 2, 18), 1, "nu_cong",
           venue="Nhà văn hóa phường Kinh Bắc"),
]
TARGETS = [
    TargetRec(1, "CT-BN-2026-AT", 1, "Liên đoàn Lao động tỉnh Bắc Giang", 2026, 2026,
              "Huấn luyện an toàn, vệ sinh lao động", None, 120, "học viên", 85, D(2026, 10, 31)),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=TARGETS, tz=TZ)


def talk(qa: QAEngine, *texts: str) -> tuple[Answer | None, Subject | None]:
    subject: Subject | None = None
    ans: Answer | None = None
    for text in texts:
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW)
    return ans, subject


def first(ans: Answer | None) -> str | None:
    return ans.matches[0].code if ans is not None and ans.matches else None


# ---------------------------------------------------------------- batches as offices number them

@pytest.mark.parametrize(("text", "marked"), [
    ("Bồi dưỡng nghiệp vụ (khóa I)", "dot 1"),
    ("Tập huấn thỏa ước lao động tập thể, lớp 2", "dot 2"),
    ("lớp tuyên giáo khóa II", "dot 2"),
    ("lop tuyen truyen lop 1 thang 7", "dot 1"),  # a month said after the batch
])
def test_a_batch_mark_is_read_one_way(text: str, marked: str) -> None:
    assert marked in " ".join(index_tokens(text))
    assert marked in normalise(text).folded


@pytest.mark.parametrize("text", ["lớp 2 ngày", "khóa học 2 ngày", "lớp 40 học viên", "lớp 3 học viên"])
def test_a_count_after_lop_or_khoa_is_no_batch(text: str) -> None:
    assert "dot" not in batch_marks(list(normalise(text).tokens))


def test_a_title_numbered_by_khoa_has_its_batch() -> None:
    assert batch_of("Tập huấn công tác tuyên giáo (khóa II)") == "2"


def test_the_batch_said_as_lop_hai_is_that_class_not_an_unnumbered_look_alike(qa: QAEngine) -> None:
    ans = qa.answer("thì là lớp tập huấn thương lượng tập thể lớp hai ở Bắc Ninh sắp mở là của đơn vị nào",
                    now=FIXED_NOW)
    assert first(ans) == "BN-2"


def test_khoa_1_typed_finds_the_class_written_khoa_i_held_already(qa: QAEngine) -> None:
    ans = qa.answer("lop tuyen giao khoa 1 cua cd nganh y te bac ninh co hoc online khong", now=FIXED_NOW)
    assert first(ans) == "BN-4"


# ---------------------------------------------------------------- a detail of a commune's class, over already

def test_a_detail_of_the_only_class_of_a_commune_named_is_that_class_though_over(qa: QAEngine) -> None:
    ans = qa.answer("lop nghiep vu cong doan truong hoc o luc ngan co hoc online khong", now=FIXED_NOW)
    assert first(ans) == "BN-6"


def test_a_list_of_the_communes_classes_still_keeps_to_those_to_come(qa: QAEngine) -> None:
    ans = qa.answer("ở Lục Ngạn có lớp nghiệp vụ nào không", now=FIXED_NOW)
    assert "BN-6" not in [m.code for m in ans.matches]


# ---------------------------------------------------------------- periods as said

def test_the_month_after_next() -> None:
    slot = parse_time(normalise("tháng sau nữa có lớp nào"), FIXED_NOW)
    assert slot is not None and (slot.start.year, slot.start.month) == (2027, 1)
    week = parse_time(normalise("tuần sau nữa"), FIXED_NOW)
    assert week is not None and week.start.date() == D(2026, 12, 7)
    year = parse_time(normalise("năm sau nữa"), FIXED_NOW)
    assert year is not None and year.start.year == 2028


def test_this_months_name_is_this_years_month_though_it_has_passed() -> None:
    slot = parse_time(normalise("lớp tháng 10 này"), FIXED_NOW)
    assert slot is not None and (slot.start.year, slot.start.month) == (2026, 10)
    ahead = parse_time(normalise("lớp tháng 3"), FIXED_NOW)  # a passed month said alone is the coming one
    assert ahead is not None and ahead.start.year == 2027


def test_then_the_month_after_next_after_a_months_list(qa: QAEngine) -> None:
    ans, _ = talk(qa, "tháng sau ở Bắc Ninh có lớp nữ công nào", "à thế tháng sau nữa")
    assert ans is not None and [c.code for c in ans.courses] == ["BN-9"]


# ---------------------------------------------------------------- the one class in view

@pytest.mark.parametrize("deadline", ["đăng ký đến hạn nào", "dk toi hom nao", "hạn đăng ký đến bao giờ"])
def test_until_when_to_register_is_about_the_class_in_view(qa: QAEngine, deadline: str) -> None:
    opening = "lớp bồi dưỡng công tác nữ công ở Kinh Bắc tháng 12 học ngày nào"
    ans, _ = talk(qa, opening, deadline)
    assert ans is not None and [m.code for m in ans.matches] == ["BN-8"]
    ans, _ = talk(qa, opening, deadline, "học online dc ko")
    assert ans is not None and [m.code for m in ans.matches] == ["BN-8"]
    ans, _ = talk(qa, opening, deadline, "học online dc ko", "cho mình đăng ký lớp này")
    assert ans is not None and ans.intent == "register" and first(ans) == "BN-8"


def test_online_asked_with_nothing_in_view_is_still_a_search(qa: QAEngine) -> None:
    ans, _ = talk(qa, "có lớp tuyên giáo nào học online không")
    assert first(ans) == "BN-5"


# ---------------------------------------------------------------- a plan's progress

@pytest.mark.parametrize("progress", ["được bao nhiêu rồi", "duoc bao nhiu roi?", "làm được mấy rồi"])
def test_how_far_after_a_target_is_that_targets_progress(qa: QAEngine, progress: str) -> None:
    ans, _ = talk(qa, "chỉ tiêu huấn luyện an toàn vệ sinh lao động năm nay của LĐLĐ Bắc Giang là bao nhiêu",
                  progress)
    assert ans is not None and ans.intent == "target" and first(ans) == "CT-BN-2026-AT"


# ---------------------------------------------------------------- dictated fillers, abbreviations

def test_fillers_and_polite_asking_are_no_words_of_the_class() -> None:
    norm = normalise("alo cho xin thông tin lớp nữ công ờ ở Bắc Ninh")
    content = [t for t, keep in zip(norm.tokens, norm.content_mask, strict=True) if keep]
    assert "alo" not in content and "cho" not in content and "xin" not in content


@pytest.mark.parametrize(("hailed", "code"), [
    ("alo lớp tuyên giáo khóa 2 học ở đâu", "BN-5"),
    ("alo cho hỏi lớp thỏa ước lao động tập thể lớp 1 ở Bắc Ninh", "BN-1"),
])
def test_alo_before_a_question_changes_nothing(qa: QAEngine, hailed: str, code: str) -> None:
    plain = qa.answer(hailed.removeprefix("alo "), now=FIXED_NOW)
    ans = qa.answer(hailed, now=FIXED_NOW)
    assert ans.band == plain.band == "confident" and first(ans) == first(plain) == code


def test_a_union_abbreviation_short_a_letter_before_a_district_is_no_topic() -> None:
    table = {"lld": "luat lao dong"}
    assert "LLD" in spell_out("Chủ tịch LLD huyện Chi Lăng là ai", table, frozenset())
    assert "luat lao dong" in spell_out("có lớp LLD nào không", table, frozenset())


# ---------------------------------------------------------------- the articles: another figure of the same year

@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "voice23")


def test_another_figure_said_at_length_keeps_the_year_and_place_of_the_talk(deps: Deps) -> None:
    engine = deps.knowledge.engine()
    ans, _ = talk(engine, "Năm 2016 Hà Nội mở được bao nhiêu lớp bồi dưỡng cán bộ công đoàn",
                  "còn huấn luyện ATVSLĐ của trường trung cấp công đoàn thì được mấy lớp")
    assert ans is not None and ans.band == "confident" and first(ans) == "HN2016-ATVSLD"


def test_lld_typed_for_ldld_asks_the_districts_chair(deps: Deps) -> None:
    ans = deps.knowledge.engine().answer("Chu tich LLD huyen Chi Lang ten gi", now=FIXED_NOW)
    assert ans.intent == "fact" and ans.band == "confident"
