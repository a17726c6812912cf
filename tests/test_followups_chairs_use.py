"""Follow-ups chairs write after an answer (issue 13 review): a month asked after a remark, a year alone after
a union's targets, a correction («à không, …», «ý em là đợt 2»), «chi tiết», a bare registration, «kế toán có
học được không» and «khi nào có lịch chính thức» about the class in view.

Each is checked through the real turn (`handlers.core`) and through `answer_in_context`, which the bench uses.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.followup import Subject
from knowledge.qa import Answer
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

AT = "An toàn, vệ sinh lao động"
COURSES = [
    ["KH-AT-01", "Tập huấn ATVSLĐ và phòng chống cháy nổ (Cam Ranh)", AT, "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường phường Cam Ranh", "tập trung", "03/12/2026", "04/12/2026",
     "28/11/2026", "60", ""],
    ["KH-AT-02", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên (Vạn Ninh)", AT, "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Nhà văn hóa KKT Vân Phong, xã Vạn Ninh", "tập trung", "20/01/2027",
     "21/01/2027", "13/01/2027", "60", ""],
    ["KH-TC-01", "Bồi dưỡng kế toán, thủ quỹ CĐCS", "Tài chính công đoàn", "Kế toán công đoàn cơ sở",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh, phường Nha Trang", "tập trung", "12/01/2027",
     "14/01/2027", "05/01/2027", "50", ""],
    ["BN-AT-D1", "Tập huấn công tác ATVSLĐ đợt 1", AT, "Đoàn viên, người lao động", "LĐLĐ tỉnh Bắc Ninh",
     "Bắc Ninh", "Hội trường phường Kinh Bắc", "tập trung", "16/12/2026", "17/12/2026", "10/12/2026", "40", ""],
    ["BN-AT-D2", "Tập huấn công tác ATVSLĐ đợt 2", AT, "Đoàn viên, người lao động", "LĐLĐ tỉnh Bắc Ninh",
     "Bắc Ninh", "Hội trường phường Kinh Bắc", "tập trung", "13/01/2027", "14/01/2027", "08/01/2027", "40", ""],
    ["BN-HL-D1", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên đợt 1", AT, "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Bắc Ninh", "Bắc Ninh", "Nhà văn hóa phường Bắc Giang", "tập trung", "10/02/2027", "11/02/2027",
     "03/02/2027", "40", ""],
    ["BN-HL-D2", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên đợt 2", AT, "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Bắc Ninh", "Bắc Ninh", "Nhà văn hóa phường Bắc Giang", "tập trung", "10/03/2027", "11/03/2027",
     "03/03/2027", "40", ""],
    ["DN-AT-01", "Tập huấn ATVSLĐ cho người lao động (Đồng Xoài)", AT, "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường phường Đồng Xoài", "tập trung", "27/05/2027", "29/05/2027",
     "20/05/2027", "60", ""],
    ["TQ-NC-09", "Tập huấn công tác nữ công", "Nữ công - bình đẳng giới", "Ủy viên ban nữ công",
     "LĐLĐ tỉnh Tuyên Quang", "Tuyên Quang", "Nhà văn hóa Công nhân phường Hà Giang 1", "tập trung", "Quý I/2027",
     "", "", "40", ""],
]
TARGETS = [
    ["HP-2026", "LĐLĐ thành phố Hải Phòng", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "4.000", "học viên",
     "3.655", "31/10/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def talk(deps: Deps, *texts: str) -> tuple[Answer | None, Subject | None, str]:
    """The messages through `answer_in_context` in turn: the last answer, its subject, and what the last
    message was read as (its follow-up's code or question)."""
    engine = deps.knowledge.engine()
    subject: Subject | None = None
    ans: Answer | None = None
    read = ""
    for text in texts:
        ans, subject, follow = answer_in_context(engine, text, subject, now=FIXED_NOW)
        read = f"{follow.action} {follow.code or ''} {follow.aspect or ''} {follow.purpose or ''}"
    return ans, subject, read


def codes(ans: Answer | None) -> list[str]:
    return [c.code for c in ans.courses] if ans is not None else []


def test_a_month_asked_after_a_remark_keeps_the_topic_and_the_place(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first, then = "lớp ATVSLĐ ở Khánh Hòa", "lớp 3/12 hết hạn đăng ký rồi hả, vậy tháng 1 có lớp nào"
    ask(deps, first)
    reply = ask(deps, then)
    assert "Vạn Ninh" in reply and "kế toán" not in reply  # January's safety class there, not any class
    ans, _, _ = talk(deps, first, then)
    assert codes(ans) == ["KH-AT-02"]


def test_a_year_alone_after_a_union_s_targets_stays_with_that_union(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "Hải Phòng đạt chỉ tiêu đào tạo chưa")
    reply = ask(deps, "năm 2027")
    # Its plan sets none for 2027: said so, with the union's nearest year, not «chưa có thông tin» of nothing.
    assert "Hải Phòng chưa có chỉ tiêu năm 2027" in reply and "3.655/4.000" in reply
    ans, _, _ = talk(deps, "Hải Phòng đạt chỉ tiêu đào tạo chưa", "năm sau thì sao")
    assert ans is not None and ans.intent == "target" and [i.code for i in ans.items] == ["HP-2026"]
    assert ans.relaxed == ("time",)


def test_a_correction_asks_the_last_question_again_with_what_it_names(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "lớp ATVSLĐ ở Bắc Ninh")
    assert "Đồng Xoài" in ask(deps, "à không, đồng nai")
    ans, _, _ = talk(deps, "lớp ATVSLĐ ở Bắc Ninh", "à không, đồng nai")
    assert codes(ans) == ["DN-AT-01"]
    # «ý em là đợt 2» while the talk is on one class's «đợt 1»: that class's second batch, not another title's.
    ask(deps, "atvsld bắc ninh có lớp nào", user="6102")
    ask(deps, "cái thứ 1 ở đâu", user="6102")
    assert "Tập huấn công tác ATVSLĐ đợt 2" in ask(deps, "ý em là đợt 2", user="6102")
    ans, _, _ = talk(deps, "atvsld bắc ninh có lớp nào", "cái thứ 1 ở đâu", "ý em là đợt 2")
    assert codes(ans) == ["BN-AT-D2"]


def test_chi_tiet_then_a_bare_registration_stay_on_the_class_in_view(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, detail in enumerate(("chi tiết", "cho xem chi tiết", "thông tin thêm")):
        user = f"62{n}"
        ask(deps, "atvsld bắc ninh có lớp nào", user=user)
        ask(deps, "cái thứ 2 học ở đâu", user=user)
        card = ask(deps, detail, user=user)
        assert "Mã lớp: BN-AT-D2" in card  # the class's whole card, not a target nor an article
        wish = ask(deps, "đk cho em", user=user)
        assert "Tập huấn công tác ATVSLĐ đợt 2" in wish and "lớp nào" not in wish
        ans, _, read = talk(deps, "atvsld bắc ninh có lớp nào", "cái thứ 2 học ở đâu", detail)
        assert codes(ans) == ["BN-AT-D2"] and read.startswith("ask BN-AT-D2")
        ans, _, read = talk(deps, "atvsld bắc ninh có lớp nào", "cái thứ 2 học ở đâu", detail, "cho mình ghi danh")
        assert ans is not None and ans.intent == "register" and codes(ans) == ["BN-AT-D2"]


def test_whether_a_role_may_attend_the_class_in_view(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "lớp bồi dưỡng kế toán thủ quỹ ở Khánh Hòa")
    yes = ask(deps, "kế toán có học được không")
    assert "Bồi dưỡng kế toán, thủ quỹ CĐCS" in yes and "thuộc đối tượng của lớp này" in yes
    no = ask(deps, "mình là ủy viên bch có đi được ko")
    assert "Đối tượng: Kế toán công đoàn cơ sở" in no and "không ghi Ủy viên BCH" in no
    ans, _, read = talk(deps, "lớp bồi dưỡng kế toán thủ quỹ ở Khánh Hòa", "kế toán có học được không")
    assert codes(ans) == ["KH-TC-01"] and "eligible" in read


def test_when_a_class_dated_by_a_period_gets_its_day(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, asked in enumerate(("khi nào có lịch chính thức", "bao giờ có ngày cụ thể")):
        ask(deps, "lớp tập huấn công tác nữ công ở Tuyên Quang", user=f"63{n}")
        reply = ask(deps, asked, user=f"63{n}")
        assert "dự kiến quý I/2027" in reply and "chưa có ngày học cụ thể" in reply
        ans, _, read = talk(deps, "lớp tập huấn công tác nữ công ở Tuyên Quang", asked)
        assert codes(ans) == ["TQ-NC-09"] and "schedule" in read
