"""Class questions as chairs ask them of a provincial office's plan: a class named by its title and its
organiser, a province's federation named as a union, a self-introduction naming only a workplace, and slips
in the words that frame a question («tỉnh mìmh», «ở chỗ noà», «chào bn», «… ko bn»)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.qa import Profile, QAEngine
from knowledge.seed import load_builtin
from knowledge.text import normalise
from knowledge.transfer import import_file
from tests.test_transfer import PLAN_TARGET_HEADER, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Trạng thái", "Ghi chú"]
ROWS = [
    # The federation's own class, held already (its date and deadline past, its status left blank), and a
    # look-alike of a ward's union still to come.
    ["O-BL-1", "Tập huấn kỹ năng đàm phán tiền lương", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "Liên đoàn Lao động tỉnh Lâm Đồng", "Lâm Đồng", "Nhà văn hóa công nhân Bảo Lộc", "Tập trung", "09/10/2026", "",
     "29/09/2026", "", ""],
    ["O-BL-2", "Tập huấn đàm phán tiền lương ngành", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "Công đoàn phường Gia Nghĩa", "Lâm Đồng", "Khách sạn Gia Nghĩa", "Tập trung", "29/06/2027", "", "", "", ""],
    # One title, two organisers: the zone's union's class is the sooner.
    ["O-DN-1", "Tập huấn Bộ luật Lao động và tư vấn pháp luật", "Pháp luật lao động", "Cán bộ công đoàn cơ sở",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Trường Chính trị Chơn Thành", "Tập trung", "05/11/2027", "", "", "", ""],
    ["O-DN-2", "Tập huấn Bộ luật Lao động và tư vấn pháp luật", "Pháp luật lao động", "Cán bộ công đoàn cơ sở",
     "Công đoàn các KCN Đồng Nai", "Đồng Nai", "Khách sạn Mường Thanh Long Khánh", "Tập trung", "10/06/2027", "",
     "", "", ""],
    # A finished class of the federation and an open look-alike of a school's union.
    ["O-KH-1", "Huấn luyện ATVSLĐ nhóm 4", "An toàn vệ sinh lao động", "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Khách sạn Phan Rang", "Tập trung", "20/09/2026", "", "10/09/2026",
     "Đã kết thúc", ""],
    ["O-KH-2", "Huấn luyện ATVSLĐ nhóm 4", "An toàn vệ sinh lao động", "An toàn vệ sinh viên",
     "CĐCS Trường THPT chuyên Cam Ranh", "Khánh Hòa", "Nhà văn hóa công nhân Nha Trang", "Tập trung", "29/07/2027",
     "", "19/07/2027", "Mở đăng ký", ""],
    # A former province's class, and a province's digital class, the only ones on their topics there.
    ["O-CT-1", "Bồi dưỡng kỹ năng tham gia giải quyết tranh chấp, đình công", "Giải quyết tranh chấp lao động",
     "Cán bộ công đoàn cấp trên cơ sở", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Bảo tàng Ngã Bảy (Hậu Giang cũ)",
     "Tập trung", "26/02/2027", "", "21/02/2027", "", ""],
    ["O-QN-1", "Bồi dưỡng sử dụng phần mềm quản lý đoàn viên", "Tin học, chuyển đổi số", "Cán bộ công đoàn chuyên trách",
     "Công đoàn xã Ngọc Hồi", "Quảng Ngãi", "Phòng họp Kon Tum (Kon Tum cũ)", "Tập trung", "03/12/2026", "", "", "",
     ""],
    ["O-QN-2", "Tập huấn thương lượng tập thể ngành", "Thương lượng tập thể", "Chủ tịch CĐCS", "LĐLĐ tỉnh Quảng Ngãi",
     "Quảng Ngãi", "Trung tâm Văn hóa - Điện ảnh Ngọc Hồi", "Tập trung", "20/06/2027", "", "", "", ""],
    # A zone's union with a long name (fifteen words read), whose class is over, and the federation's next one.
    ["O-TH-1", "Huấn luyện an toàn, vệ sinh lao động", "ATVSLĐ", "An toàn vệ sinh viên",
     "Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa", "Thanh Hóa", "Hội trường Bảo tàng Bỉm Sơn", "Tập trung",
     "27/09/2026", "", "22/09/2026", "", ""],
    ["O-TH-2", "Huấn luyện an toàn, vệ sinh lao động - Đợt 2", "ATVSLĐ", "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Thanh Hóa", "Thanh Hóa", "Khách sạn Sài Gòn Bỉm Sơn", "Tập trung", "25/12/2027", "", "", "", ""],
]


@pytest.fixture
def qa(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    session.commit()
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *ROWS]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    targets = [PLAN_TARGET_HEADER, ["O-QN-T26", "LĐLĐ tỉnh Quảng Ngãi", "2026", "Bồi dưỡng, tập huấn cán bộ CĐCS",
                                    "Cán bộ CĐCS", "1.200", "người", "633", "30/09/2026"]]
    import_file(session, write_csv(tmp_path / "chi-tieu.csv", targets), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    return QAEngine.from_session(session, tz=TZ)


def first(qa: QAEngine, question: str, profile: Profile | None = None) -> str:
    ans = qa.answer(question, now=NOW, profile=profile)
    assert ans.intent in ("course", "register") and ans.band != "low", (question, ans.intent, ans.band)
    return ans.matches[0].code


def test_a_class_named_by_title_and_organiser_is_answered_though_it_is_over(qa: QAEngine) -> None:
    # Past its date and deadline, or finished: still the class asked about, not a look-alike to come.
    assert first(qa, "lop tap huan ky nang dam phan tien luong cua lien doan lao dong tinh lam dong ngay nao hoc") \
        == "O-BL-1"
    assert first(qa, "Lớp huấn luyện ATVSLĐ nhóm 4 của LĐLĐ tỉnh Khánh Hòa, hạn đăng ký ngày nào?") == "O-KH-1"
    # Whether there is such a class is asked: the one still to come, not the one held.
    assert first(qa, "Liên đoàn Lao động tỉnh Lâm Đồng có lớp tập huấn kỹ năng đàm phán tiền lương nào không") \
        == "O-BL-2"
    # Without the organiser, the title alone is any union's: the class still to come answers.
    assert first(qa, "Lớp huấn luyện ATVSLĐ nhóm 4 ở Khánh Hòa hạn đăng ký ngày nào?") == "O-KH-2"


def test_the_federation_named_as_a_union_puts_its_own_class_first(qa: QAEngine) -> None:
    q = "Lớp tập huấn bộ luật lao động và tư vấn pháp luật của LĐLĐ tỉnh Đồng Nai, bắt đầu hôm nào vậy?"
    assert first(qa, q) == "O-DN-1"
    # The province named by its place alone: every union's class there, the soonest first.
    assert first(qa, "Lớp tập huấn bộ luật lao động và tư vấn pháp luật ở Đồng Nai bắt đầu hôm nào") == "O-DN-2"


def test_a_workplace_said_introducing_oneself_is_no_word_of_the_class(qa: QAEngine) -> None:
    q = ("Xin chao, em la can bo cong doan o truong tieu hoc. cho hoi ben Hau Giang co mo lop tranh chap lao "
         "dong khong, dia diem o dau?")
    assert first(qa, q) == "O-CT-1"
    q = "Xin chào, tôi là cán bộ công đoàn của một cômg ty may. Lớp tranh chấp lao động ở Cần Thơ học ở đâu?"
    assert first(qa, q) == "O-CT-1"


def test_slips_in_the_words_that_frame_a_question_are_read_as_meant(qa: QAEngine) -> None:
    mine = Profile(province="Quảng Ngãi")
    assert first(qa, "cho hoi timh em co mo lop chuyen doi so khong", mine) == "O-QN-1"
    assert first(qa, "lớp chuyển đổi số ở thành phố mìmh học ở đâu", mine) == "O-QN-1"
    assert first(qa, "LĐLĐ tỉnh Quảng Ngãi có lớp thương lượng tập thể ngành, tổ chức ở chỗ noà?") == "O-QN-2"


def test_bn_after_a_greeting_is_the_one_greeted() -> None:
    assert normalise("chao bn, cho hoi").tokens[:2] == ("chao", "ban")
    assert normalise("hi bn lop nao").tokens[:2] == ("hi", "ban")
    # Elsewhere it still asks how many.
    assert normalise("co bn lop").tokens == ("co", "bao", "nhieu", "lop")


def test_bn_closing_a_yes_no_question_is_the_one_spoken_to(qa: QAEngine) -> None:
    assert normalise("co lop nao ko bn").tokens[-2:] == ("khong", "ban")
    assert normalise("bn oi cho hoi").tokens[:2] == ("ban", "oi")
    # A class question, not a request for figures: the zone's ATVSLĐ class answers.
    assert first(qa, "thanh hoa co lop atvsld nao ko bn") == "O-TH-2"
    # An amount asked after other words, or a question left open before it, still asks how many.
    assert normalise("chi tieu con bn").tokens[-2:] == ("bao", "nhieu")
    assert normalise("lop nay con bn cho ko").tokens[2:5] == ("con", "bao", "nhieu")


def test_a_workplace_introduced_with_o_is_the_askers(qa: QAEngine) -> None:
    assert first(qa, "em ở trường THCS Lê Lợi, cho hỏi Cần Thơ có lớp tranh chấp lao động không") == "O-CT-1"
    assert first(qa, "em o cong ty may Viet Tien, Can Tho co lop tranh chap lao dong ko") == "O-CT-1"


def test_who_is_asked_of_a_person_no_record_names(qa: QAEngine) -> None:
    # An article names a union's chair: no answer to who heads the country.
    ans = qa.answer("ai la ct nuoc hien nay", now=NOW)
    assert ans.band == "low" or ans.intent not in ("fact", "target", "course")
    ans = qa.answer("ai là chủ tịch CĐCS HTX Đồng Tâm", now=NOW)
    assert ans.intent == "fact" and ans.band == "confident" and ans.matches[0].code == "LS-DONGTAM-KIEN"


def test_the_askers_own_federation_is_their_province(qa: QAEngine) -> None:
    mine = Profile(province="Quảng Ngãi")
    assert first(qa, "LĐLĐ tỉnh mình có lớp thương lượng tập thể nào không", mine) == "O-QN-2"
    # «liên đoàn lao động thành phố mình»: not the city the articles call «LĐLĐ Thành phố» (Hà Nội).
    ans = qa.answer("chỉ tiêu bồi dưỡng cán bộ CĐCS năm nay của liên đoàn lao động tỉnh mình là bao nhiêu",
                    now=NOW, profile=mine)
    assert ans.intent == "target" and ans.matches[0].code == "O-QN-T26"
    ans = qa.answer("chỉ tiêu bồi dưỡng cán bộ CĐCS năm nay của liên đoàn lao động thành phố mình là bao nhiêu",
                    now=NOW, profile=mine)
    assert ans.intent == "target" and ans.matches[0].code == "O-QN-T26"


def test_a_long_union_name_and_a_slip_in_the_title_still_name_the_class(qa: QAEngine) -> None:
    q = "lớp Huấn luyện an toàn, vệ sinh lao động của Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa học ở đâu"
    assert first(qa, q) == "O-TH-1"
    q = "lop tap huan ky nang dam phan tien luong cua lien doan lao dong tinh lam dong ngay nao hoc"
    assert first(qa, q.replace("dam phan", "dam phna")) == "O-BL-1"


def test_where_and_tap_huan_typed_with_a_slip(qa: QAEngine) -> None:
    assert normalise("lớp Tp huấn nghiệp vụ").tokens[:3] == ("lop", "tap", "huan")
    assert normalise("TP Huế có lớp nào").tokens[:3] == ("thanh", "pho", "hue")
    q = "lớp tập huấn thương lượng tập thể ngành của LĐLĐ tỉnh Quảng Ngãi học ở {} vậy"
    for slip in ("đuâ", "đu"):
        ans = qa.answer(q.format(slip), now=NOW)
        assert ans.norm.tokens[-2:] == ("dau", "vay") and ans.matches[0].code == "O-QN-2"
    # «ở đó», «ở đây» are words of their own.
    assert qa.answer("lớp đó học ở đó", now=NOW).norm.tokens[-1] == "do"


def test_the_role_said_last_is_the_one_asked_for(qa: QAEngine) -> None:
    q = ("chào bạn em là chủ tịch công đoàn cơ sở ở trường tiểu học mình là cán bộ công đoàn chuyên trách ở "
         "Quảng Ngãi có lớp nào cho mình không")
    assert first(qa, q) == "O-QN-1"  # for full-time cadres; the chairs' class O-QN-2 is not for them


def test_registering_before_which_day_asks_for_the_deadline(qa: QAEngine) -> None:
    ans = qa.answer("Lớp huấn luyện ATVSLĐ nhóm 4 của LĐLĐ tỉnh Khánh Hòa, đăng ký trước ngày nào?", now=NOW)
    assert ans.intent == "course" and ans.matches[0].code == "O-KH-1"
    ans = qa.answer("cho em đăng ký lớp huấn luyện ATVSLĐ nhóm 4 ở Khánh Hòa", now=NOW)
    assert ans.intent == "register"


def test_cong_tc_is_cong_tac() -> None:
    # «công tc nữ công»: a vowel dropped from «công tác», not «tài chính» (which «TC» alone still is).
    assert normalise("lop tap huan cong tc nu cong").tokens[3:5] == ("cong", "tac")
    assert normalise("lop TC cong doan").tokens[1:3] == ("tai", "chinh")
