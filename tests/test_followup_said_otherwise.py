"""Follow-ups said in other common ways than the usual «lớp đó», «cái thứ 2», «đợt 2», «năm ngoái»:

- a batch said as an ordinal («đợt thứ hai», «dot thu 2») is that batch, not the second class listed;
- a class pointed at by a bare number word («lớp hai ở đâu», «đk lớp hai») is that position in the list;
- the class the bot has just named («lớp bạn vừa nói», «cái bot mới gửi») is the class in view;
- «còn chỗ trống không», «còn nhận người không», «địa chỉ học», «học trong bao nhiêu ngày» ask a detail of the
  class in view;
- «năm vừa rồi» is last year, for a plan's targets as for classes;
- «có lớp khác không» after a class found through a province's union: that union's other classes first.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.followup import plain_positions
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, ask

COURSES = [
    ["BG-AT-01", "Huấn luyện an toàn, vệ sinh lao động đợt 1", "An toàn, vệ sinh lao động", "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Bắc Giang", "Bắc Giang", "Hội trường LĐLĐ tỉnh Bắc Giang", "tập trung", "14/12/2026", "15/12/2026",
     "07/12/2026", "80", ""],
    ["BG-AT-02", "Huấn luyện an toàn, vệ sinh lao động đợt 2", "An toàn, vệ sinh lao động", "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Bắc Giang", "Bắc Giang", "Nhà văn hóa công nhân KCN Đình Trám", "tập trung", "10/03/2027",
     "12/03/2027", "01/03/2027", "90", ""],
    ["BG-TC-01", "Bồi dưỡng nghiệp vụ tài chính công đoàn", "Tài chính công đoàn", "Kế toán CĐCS",
     "LĐLĐ tỉnh Bắc Giang", "Bắc Giang", "Khách sạn Công đoàn Bắc Giang", "tập trung", "20/01/2027", "21/01/2027",
     "12/01/2027", "45", ""],
    ["HD-AT-01", "Huấn luyện an toàn, vệ sinh lao động cho công nhân", "An toàn, vệ sinh lao động",
     "Đoàn viên, người lao động", "LĐLĐ tỉnh Hải Dương", "Hải Phòng", "Hội trường KCN Nam Sách", "tập trung",
     "05/12/2026", "05/12/2026", "30/11/2026", "150", ""],
]
TARGETS = [
    ["BG-25", "LĐLĐ tỉnh Bắc Giang", "2025", "Bồi dưỡng cán bộ CĐCS", "", "2.400", "học viên", "2.517",
     "31/12/2025"],
    ["BG-26", "LĐLĐ tỉnh Bắc Giang", "2026", "Bồi dưỡng cán bộ CĐCS", "", "2.600", "học viên", "1.980",
     "15/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_positions_said_in_words_are_written_as_chairs_type_them() -> None:
    assert plain_positions("đợt thứ hai thì sao") == "đợt 2 thì sao"
    assert plain_positions("dot thu 2 hoc o dau") == "dot 2 hoc o dau"
    assert plain_positions("lớp hai ở đâu") == "lớp 2 ở đâu"
    assert plain_positions("đk lớp ba") == "đk lớp 3"
    # A length, a place typed without its marks, a weekday: no position.
    assert plain_positions("lớp hai ngày") == "lớp hai ngày"
    assert plain_positions("lop hai phong co khong") == "lop hai phong co khong"
    assert plain_positions("học thứ hai") == "học thứ hai"
    # «lần 2» where a batch goes; «sang năm», «sang tháng» as the next period, not where a class was moved.
    assert plain_positions("lần 2 học ở đâu") == "đợt 2 học ở đâu"
    assert plain_positions("nhầm, lần 2 mới đúng") == "nhầm, đợt 2 mới đúng"
    assert plain_positions("em hỏi lần 2 rồi") == "em hỏi lần 2 rồi"
    assert plain_positions("sang năm có lớp nào") == "năm sau có lớp nào"
    assert plain_positions("lớp đó dời sang tháng 3") == "lớp đó dời sang tháng 3"
    assert plain_positions("lớp bị dời sang tháng à") == "lớp bị dời sang tháng à"


def test_a_batch_said_as_an_ordinal_is_that_batch(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "LĐLĐ Bắc Giang có lớp an toàn vệ sinh lao động đợt 1 không")
    reply = ask(deps, "đợt thứ hai học ở đâu")
    assert "Nhà văn hóa công nhân KCN Đình Trám" in reply


def test_a_bare_number_word_points_at_a_listed_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first = ask(deps, "Bắc Giang có những lớp nào")
    assert "Huấn luyện an toàn, vệ sinh lao động đợt 1" in first
    assert "Khách sạn Công đoàn Bắc Giang" in ask(deps, "lớp hai ở đâu")


def test_the_class_the_bot_just_named_and_details_asked_otherwise(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "lớp tài chính công đoàn ở Bắc Giang")
    assert "12/01/2027" in ask(deps, "hạn đăng ký lớp bạn vừa nói khi nào")
    assert "45" in ask(deps, "còn chỗ trống không")
    assert "Khách sạn Công đoàn Bắc Giang" in ask(deps, "địa chỉ học")
    assert "2 ngày" in ask(deps, "học trong bao nhiêu ngày")


def test_nam_vua_roi_is_last_year_for_targets(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    assert "1.980" in ask(deps, "chỉ tiêu bồi dưỡng cán bộ CĐCS năm nay của LĐLĐ Bắc Giang")
    reply = ask(deps, "năm vừa rồi được bao nhiêu")
    assert "2.517" in reply and "1.980" not in reply
    # «… thì sao» closing it keeps «rồi», a word of the period.
    ask(deps, "chỉ tiêu bồi dưỡng cán bộ CĐCS năm nay của LĐLĐ Bắc Giang", user="6102")
    reply = ask(deps, "năm vừa rồi thì sao", user="6102")
    assert "2.517" in reply and "1.980" not in reply


def test_sang_nam_asks_next_year_s_classes(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "LĐLĐ Bắc Giang có lớp an toàn vệ sinh lao động nào")
    reply = ask(deps, "sang năm có lớp an toàn vệ sinh lao động nào")
    assert "Huấn luyện an toàn, vệ sinh lao động đợt 2" in reply and "đợt 1" not in reply


def test_another_class_after_one_of_a_province_s_union_is_that_union_s_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "em muốn tìm lớp an toàn vệ sinh lao động của công đoàn tỉnh Bắc Giang")
    ask(deps, "lớp đầu học ở đâu")
    reply = ask(deps, "có lớp khác không anh chị")
    assert "Huấn luyện an toàn, vệ sinh lao động đợt 2" in reply


UNION_COURSES = [
    ["QT-KT-01", "Bồi dưỡng nghiệp vụ công tác kiểm tra cho Ủy viên UBKT", "Công tác kiểm tra công đoàn",
     "Ủy viên UBKT CĐCS", "LĐLĐ tỉnh Quảng Trị", "Quảng Trị", "Trực tuyến qua Zoom", "trực tuyến", "18/05/2027",
     "18/05/2027", "12/05/2027", "80", ""],
    ["QT-KT-02", "Tập huấn nghiệp vụ kiểm tra, giám sát", "Công tác kiểm tra công đoàn", "Ủy viên BCH, Ủy viên UBKT",
     "CĐ Viên chức tỉnh Quảng Trị", "Quảng Trị", "Hội trường Sở Nội vụ, phường Đông Hà", "tập trung", "11/12/2026",
     "12/12/2026", "01/12/2026", "80", ""],
]
UNION_TARGETS = [
    ["KCN-26", "CĐ các KCN tỉnh Bắc Ninh", "2026", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp FDI",
     "Chủ tịch CĐCS", "450", "học viên", "388", "15/11/2026"],
    ["KCN-27", "CĐ các KCN tỉnh Bắc Ninh", "2027", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp FDI",
     "Chủ tịch CĐCS", "500", "học viên", "", ""],
    ["KCN-24", "CĐ các KCN tỉnh Bắc Ninh", "2024", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp FDI",
     "Chủ tịch CĐCS", "400", "học viên", "415", "31/12/2024"],
]


def test_a_union_named_without_its_province_is_the_one_of_the_talk_s_province(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *UNION_COURSES], [TARGET_HEADER, *UNION_TARGETS])
    first = ask(deps, "Quảng Trị có lớp công tác kiểm tra công đoàn nào không")
    assert "Tập huấn nghiệp vụ kiểm tra, giám sát" in first and "cho Ủy viên UBKT" in first
    # «CĐ viên chức» is a union (CĐ Viên chức tỉnh Quảng Trị), not the audience «đoàn viên»: its class alone.
    reply = ask(deps, "thế bên CĐ viên chức có không")
    assert "Tập huấn nghiệp vụ kiểm tra, giám sát" in reply and "cho Ủy viên UBKT" not in reply
    assert "Hội trường Sở Nội vụ" in ask(deps, "ở đâu vậy")


def test_another_year_of_a_target_said_shortly(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *UNION_COURSES], [TARGET_HEADER, *UNION_TARGETS])
    assert "388" in ask(deps, "CĐ KCN Bắc Ninh năm nay đạt CT thương lượng tập thể chưa")
    # «CT» asked as an amount is the target; «năm sau được bao nhiêu» needs no «thế», «còn» before it.
    assert "500" in ask(deps, "năm sau CT là bn")
    assert "388" in ask(deps, "CĐ KCN Bắc Ninh năm nay đạt CT thương lượng tập thể chưa", user="6102")
    assert "500" in ask(deps, "năm sau được bao nhiêu", user="6102")
    assert "388" in ask(deps, "CĐ KCN Bắc Ninh năm nay đạt CT thương lượng tập thể chưa", user="6103")
    assert "500" in ask(deps, "sang năm thì sao", user="6103")
    # «năm kia», «năm trước nữa»: the year before last.
    assert "388" in ask(deps, "CĐ KCN Bắc Ninh năm nay đạt CT thương lượng tập thể chưa", user="6104")
    assert "415" in ask(deps, "năm kia thì sao", user="6104")


def test_the_one_before_the_last_and_the_top_one(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "Bắc Giang có những lớp nào")
    # Listed nearest first: đợt 1 (12/2026), tài chính (01/2027), đợt 2 (03/2027).
    assert "Khách sạn Công đoàn Bắc Giang" in ask(deps, "lớp áp chót ở đâu")
    assert "Hội trường LĐLĐ tỉnh Bắc Giang" in ask(deps, "cái trên cùng ở đâu")


def test_registering_the_class_in_focus_for_others_or_by_taking_it(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    ask(deps, "Bắc Giang có những lớp nào")
    ask(deps, "cái thứ 2 học ở đâu")
    reply = ask(deps, "đăng ký cho 3 người bên em")
    assert "Bồi dưỡng nghiệp vụ tài chính công đoàn" in reply and "lớp nào" not in reply
    ask(deps, "Bắc Giang có những lớp nào", user="6102")
    ask(deps, "cái thứ 2 học ở đâu", user="6102")
    reply = ask(deps, "lấy lớp này nhé", user="6102")
    assert "Bồi dưỡng nghiệp vụ tài chính công đoàn" in reply and "lớp nào" not in reply


def test_ha_tinh_is_a_province_not_the_asker_s_own_tinh() -> None:
    import datetime as dt

    from knowledge.qa import Profile, QAEngine
    from knowledge.records import CourseRec, OrgRec
    from knowledge.search.subject import answer_in_context
    from tests.conftest import FIXED_NOW
    from tests.test_followup_lists import TZ

    orgs = [OrgRec(1, "TH", "LĐLĐ tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
            OrgRec(2, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None)]

    def course(cid: int, code: str, day: dt.date, org: int) -> CourseRec:
        start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
        return CourseRec(cid, code, "Tập huấn kỹ năng thương lượng tập thể", "thuong_luong", ("thuong_luong",), org,
                         orgs[org - 1].name, None, orgs[org - 1].province, "Hội trường LĐLĐ tỉnh", "tap_trung",
                         start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")

    qa = QAEngine.build(organisations=orgs, courses=[course(1, "TH-TL", dt.date(2027, 3, 10), 1),
                                                     course(2, "HT-TL", dt.date(2027, 4, 12), 2)], facts=[], tz=TZ)
    me = Profile(province="Thanh Hóa")
    ans, subject, _ = answer_in_context(qa, "Tỉnh mình có lớp thương lượng tập thể nào không", None, now=FIXED_NOW,
                                        profile=me)
    assert ans is not None and [c.code for c in ans.courses] == ["TH-TL"]
    # «Hà Tĩnh có lớp như vậy không»: «Tĩnh» ends the province's name, no «tỉnh (mình)» said alone.
    ans, _, _ = answer_in_context(qa, "Hà Tĩnh có lớp như vậy không", subject, now=FIXED_NOW, profile=me)
    assert ans is not None and [c.code for c in ans.courses] == ["HT-TL"]
