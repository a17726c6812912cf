"""Follow-up turns as chairs type them (knowledge.search.subject.answer_in_context, as the conversation turn
calls it): a position in the list shown without diacritics or with a slip («lop dau», «lớp đu»), the same
question for another place or period («còn ở bên Nghệ An thì sao», «còn 6 tháng đầu năm sau thì sao»), a
list shown earlier («quay lại danh sách lúc đầu»), another batch as a correction, a plan's figures for
another year, and a question of its own opened by «thôi quay về chuyện tỉnh mình»."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers import compose
from knowledge.language.followup import Subject, _words, aspect_asked, new_topic, resolve
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from knowledge.search.subject import answer_in_context
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
    OrgRec(2, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
]
D = dt.date


def course(cid: int, code: str, title: str, day: dt.date, org: int, topic: str, venue: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


def moved(c: CourseRec, note: str) -> CourseRec:
    return dataclasses.replace(c, description=note)


COURSES = [
    course(1, "HT-TC-1", "Nghiệp vụ tài chính công đoàn (đợt 1)", D(2026, 12, 10), 1, "tai_chinh",
           "Hội trường LĐLĐ tỉnh, phường Thành Sen"),
    course(2, "HT-TC-2", "Nghiệp vụ tài chính công đoàn (đợt 2)", D(2027, 3, 15), 1, "tai_chinh",
           "Nhà văn hóa phường Trần Phú"),
    course(3, "NA-TC-1", "Nghiệp vụ tài chính công đoàn", D(2027, 1, 12), 2, "tai_chinh", "Hội trường LĐLĐ tỉnh Nghệ An"),
    course(4, "NA-TC-2", "Kế toán công đoàn cơ sở", D(2027, 2, 20), 2, "tai_chinh", "Cung văn hóa Lao động Vinh"),
    # Hà Tĩnh's two classes on the union's work, one put off from 18/11 to 14/12; and one online.
    moved(course(5, "HT-NV-1", "Nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", D(2026, 12, 14), 1, "nghiep_vu",
                 "Hội trường LĐLĐ tỉnh"), "Lùi lịch từ ngày 18/11/2026 sang ngày 14/12/2026."),
    course(6, "HT-NV-2", "Nghiệp vụ công tác công đoàn cho chủ tịch CĐCS (đợt 2)", D(2027, 4, 6), 1, "nghiep_vu",
           "Nhà văn hóa phường Trần Phú"),
    dataclasses.replace(course(7, "HT-NV-3", "Kỹ năng chuyển đổi số cho chủ tịch CĐCS", D(2026, 12, 20), 1,
                               "nghiep_vu", "Hệ thống E-learning"), format="truc_tuyen"),
]


def plan(tid: int, year: int, target: float, achieved: float | None) -> TargetRec:
    return TargetRec(id=tid, code=f"CT-HT-{year}", organisation_id=1, organisation_name=ORGS[0].name,
                     period_start=year, period_end=year, metric="Tập huấn chủ tịch công đoàn cơ sở", audience=None,
                     target_value=target, unit="lượt cán bộ", achieved_value=achieved, as_of=dt.date(year, 11, 1))


TARGETS = [plan(1, 2025, 400, 432), plan(2, 2026, 450, 300), plan(3, 2027, 480, None)]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=TARGETS, facts=[], tz=TZ)


def talk(qa: QAEngine, *messages: str) -> list[tuple[list[str], str | None]]:
    """Each message's classes (the records matched for a plan; the choices offered when it asks which) and
    intent, each read after the ones before."""
    subject: Subject | None = None
    out = []
    for text in messages:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        if ans is None:
            out.append(([c.code for c in follow.choices], None))
        else:
            out.append(([c.code for c in ans.courses] or [m.code for m in ans.matches], ans.intent))
        # The subject is kept in the conversation state between messages: it must survive the round trip.
        subject = Subject.from_dict(subject.to_dict()) if subject is not None else None
    return out


LIST = "ở Hà Tĩnh có lớp tài chính công đoàn nào không"


def test_the_first_and_the_last_typed_without_diacritics_or_with_a_slip(qa: QAEngine) -> None:
    listed, first, last, register = talk(qa, LIST, "lop dau hoc o dau", "lớp cuối học ngày nào", "dk cho mik lop dau nha")
    assert listed[0] == ["HT-TC-1", "HT-TC-2"]
    assert first[0] == ["HT-TC-1"]
    assert last[0] == ["HT-TC-2"]
    assert register == (["HT-TC-1"], "register")
    assert talk(qa, LIST, "cho em đăng ký lớp đu nhé")[1] == (["HT-TC-1"], "register")


def test_a_registration_with_no_position_still_asks_which(qa: QAEngine) -> None:
    _, register = talk(qa, LIST, "đăng ký cho mình lớp đó")
    assert register == (["HT-TC-1", "HT-TC-2"], None)  # choices, never a guess


def test_the_same_question_in_another_place_with_ben_or_a_slip(qa: QAEngine) -> None:
    for again in ("con o ben nghe an thi sao", "thế còn ở Nghệ An thì so", "ở nghệ an tì có lớp nào"):
        _, there = talk(qa, LIST, again)
        assert there == (["NA-TC-1", "NA-TC-2"], "course"), again


def test_a_part_of_a_year_replaces_the_one_asked_before(qa: QAEngine) -> None:
    now, later, first = talk(qa, "từ giờ đến cuối năm ở Hà Tĩnh có lớp tài chính nào không",
                             "còn 6 tháng đầu năm sau thì sao", "lớp đầu học mấy ngày")
    assert now[0] == ["HT-TC-1"]
    assert later[0] == ["HT-TC-2"]
    assert first[0] == ["HT-TC-2"]


def test_back_to_the_first_list_of_the_conversation(qa: QAEngine) -> None:
    _, there, back = talk(qa, LIST, "con o nghe an thi sao", "à quay lại danh sách lúc đầu, lớp thứ nhất học ở đâu nhỉ")
    assert there[0] == ["NA-TC-1", "NA-TC-2"]
    assert back[0] == ["HT-TC-1"]
    # Without the words that go back, the first of the list in view.
    assert talk(qa, LIST, "con o nghe an thi sao", "lớp thứ nhất học ở đâu")[2][0] == ["NA-TC-1"]


def test_back_to_the_list_before_the_one_in_view(qa: QAEngine) -> None:
    # «quay lại danh sách lúc nãy» with another list in view is the list before it, also after a class was picked.
    for said in ("quay lai danh sach luc nay, lop thu nhat hoc o dau", "alo quay lại mấy lớp lúc nãy lớp đầu tiên ở đâu"):
        assert talk(qa, LIST, "con o nghe an thi sao", said)[2][0] == ["HT-TC-1"], said
        assert talk(qa, LIST, "lớp cuối học ngày nào", "con o nghe an thi sao", said)[3][0] == ["HT-TC-1"], said
    # «da sách đầu tiên»: «danh sách» typed with its «nh» dropped.
    assert talk(qa, LIST, "con o nghe an thi sao", "lúc nãy cái lớp đầu trong da sách đầu tiên ở đâu")[2][0] == ["HT-TC-1"]


def test_another_batch_as_a_correction_asks_again_what_was_asked(qa: QAEngine) -> None:
    first, second, register = talk(qa, "lớp tài chính đợt 1 ở Hà Tĩnh học ng nào", "nhầm, đợt 2 mới đúng",
                                   "cho e dk lop dot 2")
    assert first[0] == ["HT-TC-1"]
    assert second == (["HT-TC-2"], "course")
    assert register == (["HT-TC-2"], "register")


def test_a_plans_figures_for_last_and_next_year(qa: QAEngine) -> None:
    asked = "chỉ tiêu tập huấn chủ tịch công đoàn cơ sở năm nay của LĐLĐ Hà Tĩnh là bao nhiêu"
    this, last, following = talk(qa, asked, "thế năm ngoái thì sao, có đạt không", "con nam sau giao bo nhieu")
    assert this == (["CT-HT-2026"], "target")
    assert last[1] == "target" and last[0][0] == "CT-HT-2025"
    assert following[1] == "target" and following[0][0] == "CT-HT-2027"


def test_a_question_of_its_own_after_the_talk_turns_back_to_ones_province(qa: QAEngine) -> None:
    asked = "chỉ tiêu tập huấn chủ tịch công đoàn cơ sở năm nay của LĐLĐ Hà Tĩnh là bao nhiêu"
    said = "thôi quay về chuyện tỉnh mình, Nghệ An có lớp kế toán công đoàn nào không"
    _, own = talk(qa, asked, said)
    assert own[1] == "course" and "NA-TC-2" in own[0]
    assert new_topic(said) == "Nghệ An có lớp kế toán công đoàn nào không"


def test_a_slip_owned_then_corrected_is_the_same_question_there() -> None:
    subject = Subject("courses", "o ha tinh co lop tai chinh nao khong", ("HT-TC-1", "HT-TC-2"),
                      ("a", "b"), (("place", "ha tinh"), ("topic", "tai chinh")))
    follow = resolve("ấy chết em gõ nhầm, nghệ an có", subject,
                     kinds_of=lambda f: frozenset({"place"}) if "nghe an" in f else frozenset())
    assert follow.action == "ask" and "nghe an" in follow.question and "ha tinh" not in follow.question


def test_ng_after_hoc_asks_the_day() -> None:
    assert aspect_asked("cai dau tien hoc ng nao") == "time"
    assert aspect_asked("lớp đó khai giảng ng nào vậy") == "time"


WORK = "ở Hà Tĩnh có lớp nghiệp vụ công tác công đoàn nào không"


def test_the_class_put_off_is_found_by_the_day_it_was_moved_from(qa: QAEngine) -> None:
    listed, when, register = talk(qa, WORK, "lớp ngày 18/11 em nghe bị dời, dời sang hôm nào vậy", "dk cho e lớp bị dời đó")
    assert "HT-NV-1" in listed[0] and "HT-NV-2" in listed[0]
    assert when == (["HT-NV-1"], "course")
    assert register == (["HT-NV-1"], "register")
    # «chuyển đổi số» is no class moved: a word with «đổi» in it does not point at the class put off.
    assert talk(qa, WORK, "lớp chuyển đổi số học ở đâu")[1] == (["HT-NV-3"], "course")


def test_a_period_then_thi_asks_the_list_question_again(qa: QAEngine) -> None:
    _, then = talk(qa, LIST, "tháng 3 năm sau thì có lớp nào")
    assert then == (["HT-TC-2"], "course")
    # Read as a follow-up: the list's question asked for that month (its place and topic kept).
    subject = Subject("courses", "o ha tinh co lop tai chinh nao khong", ("HT-TC-1", "HT-TC-2"), ("a", "b"),
                      (("place", "ha tinh"), ("topic", "tai chinh")))
    for said in ("tháng 3 thì có lớp nào", "thang 4 thi co lop nao ko"):
        follow = resolve(said, subject, kinds_of=lambda f: frozenset())
        assert follow.action == "ask" and "ha tinh" in follow.question and "tai chinh" in follow.question, said


def test_the_with_a_slip_and_cai_points_at_one_of_the_list(qa: QAEngine) -> None:
    _, online = talk(qa, WORK, "th cái online thì học lúc mấy giờ")
    assert online == (["HT-NV-3"], "course")
    assert _words("th cái online thì học lúc mấy giờ").startswith("the cai online")


def test_every_audience_of_the_last_question_is_replaced() -> None:
    subject = Subject("courses", "lop cho ke toan thu quy cong doan", ("A",), ("a",),
                      (("role", "ke toan"), ("role", "thu quy")))
    follow = resolve("thế còn cho chủ tịch thì sao?", subject,
                     kinds_of=lambda f: frozenset({"role"}) if "chu tich" in f else frozenset())
    assert follow.action == "ask" and "ke toan" not in follow.question and "thu quy" not in follow.question


def test_cmh_opens_a_question_and_narrows_nothing(qa: QAEngine) -> None:
    ans = qa.answer("cmh ở Hà Tĩnh có lớp tài chính công đoàn nào hok", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["HT-TC-1", "HT-TC-2"]
    # After a list, «cmh» opens a follow-up that picks from it.
    assert talk(qa, WORK, "cmh cái online học ở đâu")[1] == (["HT-NV-3"], "course")


# ---------------------------------------------------------------- review: words read too broadly

def test_du_that_is_no_slip_of_dau_points_at_no_class(qa: QAEngine) -> None:
    # «dự», «đủ» fold to the «đu» of «lớp đu»: «lớp đủ chỗ», «lớp dự kiến», «lớp dự bị» are no first class.
    # (None of the two is picked: no silent registration, no answer about the first class.)
    for said in ("dk cho mik lớp đủ chỗ đó nha", "cho e đăng ký lớp dự bị nhé", "lop du kien khai giang hom nao",
                 "khóa dự kiến học ở chỗ nào", "lớp đủ người chưa ạ"):
        classes, intent = talk(qa, LIST, said)[1]
        assert len(classes) != 1 and intent != "register", said
    # «đu» typed with no tone mark, or «đu tiên», is still «đầu».
    assert talk(qa, LIST, "lop du tien hoc o dau")[1] == (["HT-TC-1"], "course")
    assert talk(qa, LIST, "cái đu học ngày nào")[1] == (["HT-TC-1"], "course")


def test_a_change_that_is_no_class_put_off_points_at_none(qa: QAEngine) -> None:
    # «đổi sang», «đã đổi», «được đổi», «đã đợi» say nothing of a class put off to another day.
    assert talk(qa, WORK, "đk cho mình lớp đợt 2, mình đã đổi sang đợt 2 rồi")[1] == (["HT-NV-2"], "register")
    assert talk(qa, WORK, "mình muốn đổi qua lớp online thì dk ra sao")[1] == (["HT-NV-3"], "register")
    assert "HT-NV-1" not in talk(qa, WORK, "e đã đợi mãi rồi, lớp nào học ở Trần Phú vậy")[1][0]
    for said in ("lớp online có được đổi sang học tập trung ko", "lớp đã đổi người dạy chưa ạ"):
        assert "HT-NV-1" not in talk(qa, WORK, said)[1][0], said
    # The class put off, as asked of it.
    assert talk(qa, WORK, "lùi lịch sang hôm nào thế ad")[1] == (["HT-NV-1"], "course")
    assert talk(qa, WORK, "cái lớp bị lùi học ở đâu")[1] == (["HT-NV-1"], "course")
    assert talk(qa, WORK, "dk cho e cái lớp bị đổi lịch ấy")[1] == (["HT-NV-1"], "register")


ORGS_TH = [*ORGS, OrgRec(3, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", None)]
# Thanh Hóa's code «TH» is also «thế» cut short.
COURSES_TH = [*COURSES, dataclasses.replace(
    course(8, "TH-TC-1", "Nghiệp vụ tài chính công đoàn", D(2027, 1, 20), 1, "tai_chinh", "Hội trường LĐLĐ tỉnh"),
    organiser_id=3, organiser_name=ORGS_TH[2].name, province="Thanh Hóa")]


@pytest.fixture(scope="module")
def qa_th() -> QAEngine:
    return QAEngine.build(organisations=ORGS_TH, courses=COURSES_TH, targets=TARGETS, facts=[], tz=TZ)


def test_th_is_thanh_hoa_unless_it_opens_the_cai_of_a_list(qa_th: QAEngine) -> None:
    for said in ("TH còn lớp nào ko", "th con lop nao khong ad", "TH thì có lớp tài chính ko"):
        assert talk(qa_th, LIST, said)[1] == (["TH-TC-1"], "course"), said
    assert talk(qa_th, WORK, "th cái online thì học lúc mấy giờ")[1] == (["HT-NV-3"], "course")


def test_back_to_what_one_asked_is_no_new_topic(qa: QAEngine) -> None:
    # «quay lại việc em hỏi, …» goes on with the talk; «quay về chuyện tỉnh mình, …» leaves it.
    assert talk(qa, LIST, "quay lại việc mình hỏi, lớp đầu tiên học ở đâu")[1] == (["HT-TC-1"], "course")
    back = talk(qa, LIST, "con o nghe an thi sao", "quay lại vấn đề e hỏi lúc nãy, lớp thứ hai học ở đâu")[2]
    assert back[1] == "course" and len(back[0]) == 1 and back[0][0] in ("HT-TC-2", "NA-TC-2")


def test_a_list_gone_back_to_keeps_its_place_for_the_next_follow_up(qa: QAEngine, qa_th: QAEngine) -> None:
    back = "quay lại danh sách lúc đầu, lớp thứ nhất học ở đâu"
    assert talk(qa, LIST, "con o nghe an thi sao", back, "thế còn ở Nghệ An thì sao")[3] == (["NA-TC-1", "NA-TC-2"], "course")
    assert talk(qa_th, LIST, "con o nghe an thi sao", back, "thế còn ở Thanh Hóa thì sao")[3] == (["TH-TC-1"], "course")
    # Going back and nothing else: that list again.
    for said in ("quay lại danh sách lúc đầu", "à quay lại danh sách ban đầu nhé"):
        assert talk(qa, LIST, "con o nghe an thi sao", said)[2] == (["HT-TC-1", "HT-TC-2"], "course"), said


def test_the_lists_kept_are_small_and_a_bad_one_is_dropped_alone() -> None:
    long = Subject("courses", "q" * 5000, ("A",), ("a",), lists=(("x" * 5000, ("A",), ("a",), (), None, None, None),))
    state = long.to_dict()
    assert len(state["question"]) <= 500 and all(len(entry[0]) <= 500 for entry in state["lists"])
    base = {"kind": "courses", "codes": ["A"], "titles": ["a"]}
    for bad in ("abc", [None], [["q", ["A"], ["a"], "x"]], [["q", "AB", "xy"]], [["q", ["A"]]]):
        back = Subject.from_dict({**base, "lists": bad})
        assert back is not None and back.codes == ("A",), bad
    mixed = Subject.from_dict({**base, "lists": [None, ["q", ["A"], ["a"]]]})
    assert mixed is not None and [e[1] for e in mixed.lists] == [("A",)]


def test_bao_nhieu_ng_may_be_people() -> None:
    assert "ngay" not in _words("lớp đầu học bao nhiêu ng vậy")
    assert "hoc may ngay" in _words("lớp đầu học mấy ng")


def test_a_half_year_typed_with_a_slip_is_read_as_months(qa: QAEngine) -> None:
    assert "thang đầu năm" in qa.respell("thế 6 thág đầu năm sau thì sao")
    assert "thang cuối năm" in qa.respell("còn 6 thág cuối năm thì sao")


def test_only_ones_own_matters_open_a_question_of_its_own() -> None:
    assert new_topic("thôi quay lại chuyện của mình nhé, lớp kế toán có không") == "lớp kế toán có không"
    assert new_topic("trở về việc bên e: có lớp nào ở Vinh ko") == "có lớp nào ở Vinh ko"
    for said in ("quay lại việc mình hỏi, lớp đầu học ở đâu", "quay về vấn đề e hỏi lúc nãy, cái thứ 2 ở đâu",
                 "quay lại chuyện em vừa nói, lớp đó mấy ngày"):
        assert new_topic(said) is None, said


def test_a_federation_named_by_its_lower_case_code(qa: QAEngine) -> None:
    # «ldld na»: Nghệ An's code after «lao động», neither «Đồng Nai» (a slip of «đồng na…») nor «năm».
    ans = qa.answer("ldld na co lop tai chinh nao", now=FIXED_NOW)
    assert ans.slots.provinces == ("Nghệ An",)
    assert {c.code for c in ans.courses} == {"NA-TC-1", "NA-TC-2"}
    assert "na" in normalise("chi tieu ldld na 2026").tokens
    assert "nam" in normalise("thang 3 na 2027 co lop nao").tokens  # «nă 2027» elsewhere is still «năm»
    assert normalise("ldld bn co lop nao").tokens[4] == "bn"  # Bắc Ninh's federation, not «bao nhiêu»


def test_the_askers_own_plan_for_a_year_it_sets_nothing_for() -> None:
    # A Hà Tĩnh chair whose plan has no 2025 target: «chỉ tiêu năm ngoái» is Hà Tĩnh's nearest year, said as
    # such (low, «time» relaxed), never another union's 2025 figures.
    others = [dataclasses.replace(t, id=10 + t.id, code=f"CT-NA-{t.period_start}", organisation_id=2,
                                  organisation_name=ORGS[1].name) for t in TARGETS]
    engine = QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ,
                            targets=[t for t in TARGETS if t.period_start != 2025] + others)
    mine = Profile(role=None, organisation_id=1, province="Hà Tĩnh")
    for asked in ("chỉ tiêu năm ngoái", "chi tieu nam 2025 dat chua"):
        ans = engine.answer(asked, now=FIXED_NOW, profile=mine)
        assert ans.intent == "target" and [m.code for m in ans.matches] == ["CT-HT-2026"], asked
        assert ans.band == "low" and "time" in ans.relaxed


def test_a_plans_question_after_a_list_of_classes_is_a_question_of_its_own(qa: QAEngine) -> None:
    [(_, listed), (codes, intent)] = talk(qa, "lop tai chinh o nghe an", "chi tieu nam 2027 ha tinh")
    assert listed == "course" and intent == "target" and codes == ["CT-HT-2027"]
    # «năm 2027 thì sao» after the same list is still the list's question for that year.
    assert talk(qa, "lop tai chinh o nghe an", "nam 2027 thi sao")[1][1] == "course"


@pytest.mark.parametrize("asked", ["chỉ tiêu năm nay", "tỉnh mình đạt chỉ tiêu chưa", "chi tieu nam 2025 dat bn"])
def test_an_asker_whose_union_sets_no_target_is_told_so(qa: QAEngine, asked: str) -> None:
    # A Nghệ An chair, whose union has no plan in the data: not Hà Tĩnh's figures as if they were theirs.
    ans = qa.answer(asked, now=FIXED_NOW, profile=Profile(role=None, organisation_id=2, province="Nghệ An"))
    assert ans.intent == "target_where" and not ans.matches
    assert compose.which_plan(ans).startswith("LĐLĐ tỉnh Nghệ An chưa có chỉ tiêu đào tạo")
    # Named, another union's plan is still given.
    named = qa.answer("chỉ tiêu năm nay của Hà Tĩnh", now=FIXED_NOW,
                      profile=Profile(role=None, organisation_id=2, province="Nghệ An"))
    assert [m.code for m in named.matches] == ["CT-HT-2026"]
