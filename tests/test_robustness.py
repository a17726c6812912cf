"""Understanding that survives how phone users change a question: capitals, typos, fillers, clause
order, the other name of a merged province, and union words around matters the bot has no record of."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.text import normalise, shouted
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "LS", "LĐLĐ tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
    OrgRec(2, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           venue: str | None = None, province: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, province or o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=2), start - dt.timedelta(days=3), 40, "open")


D = dt.date
COURSES = [
    course(1, "LS-01", "Bồi dưỡng nghiệp vụ công đoàn cơ sở", D(2026, 12, 3), 1),
    course(2, "BN-01", "Tập huấn nữ công, bình đẳng giới", D(2026, 12, 10), 2, topic="nu_cong"),
    course(3, "BN-02", "Huấn luyện an toàn, vệ sinh lao động", D(2027, 1, 5), 2, topic="atvsld",
           venue="Nhà văn hóa công nhân, phường Bắc Giang", province="Bắc Giang"),
    course(4, "BN-03", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 5), 2, topic="atvsld"),
    course(5, "LS-02", "Tập huấn công tác nữ công", D(2027, 2, 3), 1, topic="nu_cong"),
]
FACTS = [
    FactRec(1, "LS2018-CBCD", 1, "LĐLĐ tỉnh Lạng Sơn", 2018, 2018, "nghiep_vu",
            "Tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn, bao nhiêu chuyên trách?",
            "Năm 2018 Lạng Sơn có 8.640 cán bộ công đoàn, trong đó 118 chuyên trách.",
            "so can bo cong doan;chuyen trach", 8640, None, "cán bộ"),
    FactRec(2, "LS2018-KINHPHI", 1, "LĐLĐ tỉnh Lạng Sơn", 2018, 2018, "tai_chinh",
            "Kinh phí tập huấn, bồi dưỡng cán bộ công đoàn Lạng Sơn là bao nhiêu?",
            "Năm 2018 kinh phí tập huấn cán bộ công đoàn Lạng Sơn là 1,2 tỷ đồng.",
            "kinh phi tap huan", None, None, None),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


def top(qa: QAEngine, q: str) -> str | None:
    ans = qa.answer(q, now=FIXED_NOW)
    answered = ans.band != "low" and ans.matches and ans.intent not in ("off_topic", "unknown")
    return ans.matches[0].code if answered else None


# ---------------------------------------------------------------- what the record must say


def test_a_record_sharing_only_union_words_is_no_answer(qa: QAEngine) -> None:
    # The record answers «how many cadres» and «chuyên trách»; «trách nhiệm» is not «chuyên trách».
    assert top(qa, "Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách") == "LS2018-CBCD"
    for q in ("phụ cấp trách nhiệm cán bộ công đoàn Lạng Sơn được bao nhiêu",
              "phu cap trach nhiem can bo cong doan lang son duoc bao nhieu",
              "đoàn phí công đoàn cơ sở Lạng Sơn đóng bao nhiêu một tháng",
              "lương tối thiểu vùng cán bộ công đoàn Lạng Sơn tăng bao nhiêu"):
        assert top(qa, q) is None, q
    assert top(qa, "kinh phí tập huấn cán bộ công đoàn Lạng Sơn bao nhiêu") == "LS2018-KINHPHI"
    # A word of a union phrase said outside it is the question's own («nghỉ» is no «nghị quyết»); a topic
    # the question names counts once, beside what it asks of it («thủ tục», «giấy tờ»).
    assert top(qa, "cán bộ công đoàn Lạng Sơn nghỉ phép năm được mấy ngày") is None
    assert top(qa, "thủ tục kết nạp đoàn viên ở Lạng Sơn cần giấy tờ gì") is None
    # A question that quotes the record's own figure names it, whatever its other words.
    assert top(qa, "8.640 cán bộ là số liệu gì") == "LS2018-CBCD"


# ---------------------------------------------------------------- capitals


def test_a_message_all_in_capitals_is_read_as_lower_case(qa: QAEngine) -> None:
    assert shouted("LỚP NỮ CÔNG Ở BẮC NINH KO")
    assert not shouted("lớp TLTT ở BN ko") and not shouted("BN ĐÂU")
    # Stop words are stop words again, and «BN» in a shouted message is «bao nhiêu» as typed in lower case.
    assert normalise("CÓ LỚP NÀO KHÔNG").content == normalise("có lớp nào không").content
    assert not any(normalise("CÓ LỚP NÀO KHÔNG").caps)
    assert "bao" in normalise("LỚP NỮ CÔNG CÓ BN CHỖ").tokens
    assert normalise("lớp nữ công ở BN").tokens[-2:] == ("o", "bn")
    assert top(qa, "BẮC NINH CÓ LỚP NỮ CÔNG KO") == top(qa, "bắc ninh có lớp nữ công ko") == "BN-01"


# ---------------------------------------------------------------- typos


def tokens(qa: QAEngine, q: str) -> tuple[str, ...]:
    return qa.answer(q, now=FIXED_NOW).norm.tokens


def test_a_misspelt_abbreviation_is_expanded(qa: QAEngine) -> None:
    right = tokens(qa, "lop atvsld o bac ninh")
    for typed in ("lop atvsdl o bac ninh", "lop atsld o bac ninh", "lop avtsld o bac ninh"):
        assert tokens(qa, typed) == right, typed
    assert top(qa, "lop atvsdl o bac ninh") == top(qa, "lop atvsld o bac ninh")


def test_a_typo_beside_a_stop_word_still_makes_a_known_phrase(qa: QAEngine) -> None:
    # «tài», «hà» alone are stop words («tại», «hả»), yet «tài chính», «Hà Giang» are phrases of the lexicon.
    assert tokens(qa, "lớp tài chníh ở Lạng Sơn")[1:3] == ("tai", "chinh")
    assert tokens(qa, "ở Hà Ginag có lớp nào")[1:3] == ("ha", "giang")


def test_the_closing_khong_and_a_period_before_a_number(qa: QAEngine) -> None:
    assert tokens(qa, "lớp nữ công còn tổ chức khog vậy")[-2:] == ("khong", "vay")
    assert tokens(qa, "còn chỗ khng bạn")[-2:] == ("khong", "ban")
    assert tokens(qa, "thág 3 năm 2027 có lớp nào")[0] == "thang"


def test_a_real_word_one_letter_from_a_place_beside_its_other_half(qa: QAEngine) -> None:
    assert tokens(qa, "Bac Gang có lớp an toàn nào")[:2] == ("bac", "giang")
    assert tokens(qa, "tang sau co lop nao")[:2] == ("thang", "sau")
    # A stop word or a period word beside a place is itself: «thì» is no «Trị», «năm» no «Nam».
    assert tokens(qa, "còn ở Bắc Ninh thì sao")[-2:] == ("thi", "sao")
    assert tokens(qa, "Bắc Ninh năm 2027 có lớp nào")[:3] == ("bac", "ninh", "nam")


# ---------------------------------------------------------------- follow-ups as typed


def test_follow_ups_read_past_greetings_fillers_and_typos(qa: QAEngine) -> None:
    from knowledge.language.followup import without_periods
    from knowledge.search.subject import answer_in_context

    assert without_periods("chào ad, còn ở Bắc Ninh tháng sau?") == "con o bac ninh"
    assert without_periods("cho mình hỏi chút, thế năm sau với") == "the"
    assert qa.respell("thế thág 1/2027?") == "thế thang 1/2027?"
    assert qa.respell("còn chỗ khng bạn?") == "còn chỗ khong bạn?"
    assert qa.respell("lớp ở Bắc Ninh") == "lớp ở Bắc Ninh"
    for opener, closer in (("", ""), ("chào ad, ", ""), ("cho mình hỏi chút, ", " với"), ("", " nha ad")):
        _, subject, _ = answer_in_context(qa, "Ở Bắc Ninh có lớp nữ công nào không?", None, now=FIXED_NOW)
        ans, _, follow = answer_in_context(qa, f"{opener}còn ở Lạng Sơn?{closer}", subject, now=FIXED_NOW)
        assert follow.action == "ask" and ans is not None, (opener, closer)
        assert [c.code for c in ans.courses] == ["LS-02"], (opener, closer)
    _, subject, _ = answer_in_context(qa, "Bắc Ninh có lớp nào không", None, now=FIXED_NOW)
    ans, _, follow = answer_in_context(qa, "thế thág 1/2027?", subject, now=FIXED_NOW)
    assert follow.action == "ask" and ans is not None and [c.code for c in ans.courses] == ["BN-02"]


def test_a_word_beside_a_stop_word_is_not_taken_for_a_place(qa: QAEngine) -> None:
    # «thủ» (thử) is a stop word: «thủ tục» stays, it is no «Thủ Đức» (a place of the data).
    engine = QAEngine.build(organisations=ORGS, courses=[
        course(9, "HCM-01", "Tập huấn nghiệp vụ", D(2027, 1, 5), 1, venue="phường Thủ Đức", province="Hồ Chí Minh"),
    ], tz=TZ)
    assert engine.answer("thủ tục kết nạp đoàn viên", now=FIXED_NOW).norm.tokens[:2] == ("thu", "tuc")
    # A province of the lexicon goes with any neighbour: «hà» alone is a stop word (hả), «Hà Gang» is Hà Giang.
    assert qa.answer("ở Hà Gang có lớp nào", now=FIXED_NOW).norm.tokens[1:3] == ("ha", "giang")


def test_a_greeting_before_the_question_is_no_word_of_it(qa: QAEngine) -> None:
    assert normalise("chào ad, Bắc Ninh có lớp nữ công ko").content == normalise("Bắc Ninh có lớp nữ công ko").content
    assert top(qa, "chào ad, Bắc Ninh có lớp nữ công ko") == "BN-01"
    assert qa.answer("chào ad", now=FIXED_NOW).intent == "greeting"


def test_the_subject_keeps_the_question_as_corrected(qa: QAEngine) -> None:
    from knowledge.search.subject import answer_in_context

    # «thág sau» in the first question is a period the follow-up must find to replace it.
    _, subject, _ = answer_in_context(qa, "thág sau ở Bắc Ninh có lớp gì", None, now=FIXED_NOW)
    assert subject is not None and "thang sau" in subject.question
    ans, _, _ = answer_in_context(qa, "thế tháng 1/2027?", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["BN-02"]


def test_more_phone_shorthand() -> None:
    assert normalise("bồi dưỡng dc bnhieu cán bộ").tokens[-4:] == ("bao", "nhieu", "can", "bo")
    assert normalise("có lớp nào khum").tokens[-1] == "khong"
    assert normalise("lớp tháng trc").tokens[-2:] == ("thang", "truoc")
