"""Course look-up: unions, places and periods named the way chairs type them, and the ranking of what is found.

A union named is recognised by its everyday name («ĐH Công đoàn», «CĐ ngành điện») and lists its own classes
before those of the unions under it; a slip in a place or a period («Cần Tơ», «ninh bnh», «nă 2027») is
read as meant; a format asked as yes or no («có học online được không») filters nothing; words that only put
the question («nghe nói … đúng không», «anh chị ơi», «học lại») rank nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.qa import Profile, QAEngine, _format_yes_no
from knowledge.search.vocabulary import org_variants
from knowledge.seed import load_builtin
from knowledge.text import normalise
from knowledge.transfer import import_file
from tests.test_transfer import PLAN_TARGET_HEADER, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái", "Ghi chú"]
ROWS = [
    # National bodies: the Tổng Liên đoàn's own class comes after its university's and a sector union's by date.
    ["R-DHCD-1", "Nghiệp vụ lưu trữ hồ sơ công đoàn", "Văn thư lưu trữ", "Ủy viên Ban Chấp hành CĐCS",
     "Trường Đại học Công đoàn", "Hà Nội", "169 Tây Sơn", "Tập trung (trực tiếp)", "02/12/2026", "03/12/2026", "", ""],
    ["R-DL-1", "Ứng dụng phần mềm văn phòng cho cán bộ chuyên trách", "Chuyển đổi số", "Cán bộ CĐ chuyên trách",
     "Công đoàn Điện lực Việt Nam", "Hà Nội", "Số 11 Cửa Bắc", "Tập trung (trực tiếp)", "10/02/2027", "11/02/2027",
     "", ""],
    ["R-TLD-1", "Tổ chức hội nghị người lao động", "Đối thoại, thương lượng tập thể", "Ủy viên Ban Chấp hành CĐCS",
     "Tổng LĐLĐ Việt Nam", "Hà Nội", "Phòng họp trực tuyến", "Trực tuyến", "24/02/2027", "25/02/2027", "", ""],
    # A province's classes: one held in person in a month asked about its format, one planned by the month only.
    ["R-CTH-1", "Phổ biến Luật Công đoàn năm 2024", "Pháp luật lao động", "Cán bộ CĐ không chuyên trách",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Nhà văn hóa Lao động phường Vị Thanh", "Tập trung (trực tiếp)",
     "tháng 5 năm 2027", "", "dự kiến", ""],
    ["R-CTH-2", "Kỹ năng thương lượng tập thể", "Đối thoại, thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Hội trường LĐLĐ thành phố", "Tập trung (trực tiếp)", "14/01/2027",
     "15/01/2027", "", ""],
    ["R-NB-1", "Bồi dưỡng tin học văn phòng cho cán bộ công đoàn", "Chuyển đổi số", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh", "Tập trung (trực tiếp)", "08/12/2026",
     "09/12/2026", "", ""],
    ["R-TH-1", "Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn", "Pháp luật lao động", "Đoàn viên, NLĐ",
     "LĐLĐ tỉnh Thanh Hóa", "Thanh Hóa", "Trung tâm dịch vụ việc làm", "Tập trung (trực tiếp)", "16/12/2026",
     "17/12/2026", "Đã hủy", "Hủy do trùng lịch hội nghị tỉnh"],
    # A class whose title says «cho … mới» with other words between: no class of a «Chợ Mới» union.
    ["R-TQ-1", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Tuyên Quang", "Tuyên Quang", "Hội trường LĐLĐ tỉnh", "Tập trung (trực tiếp)", "06/05/2027",
     "06/05/2027", "", ""],
    ["R-TN-1", "Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Thái Nguyên", "Thái Nguyên", "Nhà văn hóa lao động phường Đức Xuân", "Tập trung (trực tiếp)",
     "02/12/2026", "02/12/2026", "", ""],
    # A province's two finance classes, the nearer one's title without «tài».
    ["R-PT-1", "Bồi dưỡng kế toán công đoàn cơ sở", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ tỉnh Phú Thọ",
     "Phú Thọ", "Hội trường LĐLĐ tỉnh", "Tập trung (trực tiếp)", "15/01/2027", "19/01/2027", "", ""],
    ["R-PT-2", "Tập huấn nghiệp vụ tài chính công đoàn", "Tài chính công đoàn", "Kế toán CĐCS", "LĐLĐ tỉnh Phú Thọ",
     "Phú Thọ", "Trực tuyến qua Google Meet", "Trực tuyến", "03/06/2027", "04/06/2027", "", ""],
    ["R-TN-2", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "Đoàn viên, NLĐ",
     "CĐ xã Chợ Mới", "Thái Nguyên", "Hội trường UBND xã Chợ Mới", "Tập trung (trực tiếp)", "10/12/2026",
     "10/12/2026", "", ""],
]


@pytest.fixture
def qa(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    session.commit()
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *ROWS]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    return QAEngine.from_session(session, tz=TZ)


def codes(qa: QAEngine, question: str, profile: Profile | None = None) -> list[str]:
    return [m.code for m in qa.answer(question, now=NOW, profile=profile).matches]


def test_chat_shorthand_and_slips_are_read_as_meant() -> None:
    assert normalise("cmh lp nay hoc o dau").tokens[:4] == ("cho", "minh", "hoi", "lop")
    assert normalise("lớp tháng 3 nă 2027").tokens[-2:] == ("nam", "2027")
    assert normalise("ở ninh bnh có lớp nào").tokens[1:3] == ("ninh", "binh")
    # «Bắc Ninh bn lớp»: how many classes Bắc Ninh has, still.
    assert normalise("bac ninh bn lop").tokens[2:4] == ("bao", "nhieu")
    assert normalise("lop cho ca bo cd cap tren").tokens[2:4] == ("can", "bo")


def test_dh_cong_doan_is_the_university_unless_a_congress_is_meant() -> None:
    assert normalise("DH Cong doan co lop nao").tokens[:4] == ("dai", "hoc", "cong", "doan")
    assert normalise("lớp ĐH CĐ tháng sau").tokens[1:3] == ("dai", "hoc")
    assert normalise("tập huấn ĐH công đoàn cơ sở nhiệm kỳ mới").tokens[2] == "dh"
    assert normalise("ĐH Công đoàn Việt Nam lần thứ XIII").tokens[0] == "dh"


def test_a_format_asked_as_yes_or_no_is_told_from_one_asked_for() -> None:
    assert _format_yes_no("lop tai chinh thang 5 co hoc online duoc khong")
    assert _format_yes_no("lop nay hoc truc tuyen duoc khong a")
    assert not _format_yes_no("co lop nao hoc online khong")
    assert not _format_yes_no("dong thap co lop bao cao vien ket hop online khong")


def test_a_national_sector_union_is_named_by_its_sector_word() -> None:
    assert "cong doan nganh dien" in org_variants("Công đoàn Điện lực Việt Nam")
    assert "nganh y" in org_variants("Công đoàn Y tế Việt Nam")
    # «ngành công» would name every union: no variant made of generic words.
    assert "nganh cong" not in org_variants("Công đoàn Công Thương Việt Nam")


def test_the_tong_lien_doan_lists_its_own_classes_first(qa: QAEngine) -> None:
    got = codes(qa, "Tổng Liên đoàn tổ chức những lớp nào cho ủy viên BCH?")
    assert got[0] == "R-TLD-1"
    assert "R-DHCD-1" in got  # its university's classes follow


def test_the_university_and_a_sector_union_by_their_everyday_names(qa: QAEngine) -> None:
    assert codes(qa, "cmh DH cd co mo lop cho uy vien BCH k a?")[:1] == ["R-DHCD-1"]
    assert codes(qa, "dk lop cho can bo chuyen trach ben cd nganh dien thang 2 nam 2027 trc ngay nao")[:1] == ["R-DL-1"]


def test_a_class_asked_whether_online_is_answered_though_held_in_person(qa: QAEngine) -> None:
    assert codes(qa, "lớp thương lượng tập thể của LĐLĐ Cần Thơ tháng 1/2027 có học online được không")[:1] == [
        "R-CTH-2"]


def test_a_place_typed_with_a_slip(qa: QAEngine) -> None:
    assert codes(qa, "có khóa tin học nào sắp mở ở ninh bnh không")[:1] == ["R-NB-1"]
    # «Cần Tơ» is Cần Thơ; waiting for a date, the class not yet dated comes first.
    assert codes(qa, "lớp bên Liên đoàn Lao động Cần Tơ bao giờ mới có lịch?")[:1] == ["R-CTH-1"]
    _, slots = qa.read("lớp an toàn lao động ở xứ Thanh", now=NOW)
    assert "Thanh Hóa" in slots.provinces


def test_words_that_only_put_the_question_rank_nothing(qa: QAEngine) -> None:
    assert codes(qa, "nghe nói lớp pháp luật tại thanh hoá tháng sau hok học nữa, đúng ko ak")[:1] == ["R-TH-1"]


def test_a_union_name_found_only_as_scattered_title_words_is_no_class_of_it(qa: QAEngine) -> None:
    profile = Profile(role="chu_tich_cdcs", province="Thái Nguyên")
    got = codes(qa, "em la chu tich cdcs o cd xa cho moi. o dia phuong em khi nao co lop nghiep vu cong doan "
                    "tiep theo a", profile)
    assert got[:1] == ["R-TN-1"]
    assert "R-TQ-1" not in got


def test_a_class_no_longer_seen_is_asked_about_by_its_topic_place_and_day(qa: QAEngine) -> None:
    # «sao em không thấy … nữa, hủy rồi hả»: why the asker asks, no word of the class.
    assert codes(qa, "Sao em không thấy lớp tư vấn pháp luật ngày 16/12/2026 ở Thanh Hóa nữa, hủy rồi hả?")[:1] == [
        "R-TH-1"]


def test_a_class_typed_with_its_last_letter_dropped(qa: QAEngine) -> None:
    assert normalise("có lớ nghiệp vụ nào không").tokens[:2] == ("co", "lop")


def test_which_classes_a_union_holds_is_no_target_of_its_plan(session: Session, tmp_path: Path) -> None:
    # A national sector union with a plan's target saying «bệnh viện» and classes that do not: asked which
    # classes it holds for hospital cadres, its classes answer.
    load_builtin(session)
    session.commit()
    rows = [["R-YT-1", "An toàn, vệ sinh lao động trong cơ sở y tế", "An toàn, vệ sinh lao động", "Chủ tịch CĐCS",
             "Công đoàn Y tế Việt Nam", "Hà Nội", "Bệnh viện Bạch Mai", "Tập trung (trực tiếp)", "10/03/2027",
             "11/03/2027", "", ""]]
    import_file(session, write_csv(tmp_path / "yte.csv", [HEADER, *rows]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    targets = [PLAN_TARGET_HEADER, ["CT-YT-1", "Công đoàn Y tế Việt Nam", "2026",
                                    "Tập huấn tài chính công đoàn cho CĐCS bệnh viện", "Chủ tịch CĐCS", "300",
                                    "người", "120", "30/09/2026"]]
    import_file(session, write_csv(tmp_path / "chitieu.csv", targets), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    engine = QAEngine.from_session(session, tz=TZ)
    ans = engine.answer("Công đoàn Y tế Việt Nam có mở lớp nào cho cán bộ công đoàn bệnh viện không ạ?", now=NOW)
    assert ans.intent == "course" and [m.code for m in ans.matches][:1] == ["R-YT-1"]


def test_the_bot_addressed_is_no_word_of_the_class() -> None:
    assert normalise("chi oi cho em hoi lop an toan").content[:1] == ("lop",)
    assert "chi" not in normalise("anh chị ơi có lớp nào").content
    # «chỉ tiêu», «Củ Chi» keep their «chi».
    assert normalise("chị ơi chỉ tiêu năm nay").content[:2] == ("chi", "tieu")
    assert "chi" in normalise("Củ Chi có lớp nào").content


def test_soon_and_province_typed_short() -> None:
    assert normalise("bên ninh bình sp tới có lớp nào").tokens[3:5] == ("sap", "toi")
    assert normalise("có lớp nào ở tnh em không").tokens[4:6] == ("tinh", "em")
    # «sp» elsewhere is no «sắp»: after what is sold or shown, «sản phẩm».
    assert normalise("giới thiệu sp mới của công ty").tokens[2:4] == ("san", "pham")


def test_the_next_class_of_the_asker_s_province(qa: QAEngine) -> None:
    # «tiếp theo» asks for the next class, no word its title must say; «chàào» is a greeting typed twice.
    profile = Profile(role="chu_tich_cdcs", province="Cần Thơ")
    assert codes(qa, "chàào bạn, trong tỉnh mình khi nào có lớp thương lượng tập thể tiếp theo ạ", profile)[:1] == [
        "R-CTH-2"]


def test_a_class_for_the_asker_s_own_title(qa: QAEngine) -> None:
    # «cho chức danh của mình»: the role of the asker's profile, as «cho mình» is.
    ans = qa.answer("sắp tới có lớp nào cho chức danh của mình ko", now=NOW, profile=Profile(role="uy_vien_bch"))
    assert ans.used_profile and [m.code for m in ans.matches][:2] == ["R-DHCD-1", "R-TLD-1"]


def test_at_before_a_place_is_no_word_of_the_topic_said_before(qa: QAEngine) -> None:
    # «tài chính … tại Phú Thọ»: «tại» is where, not the «tài» of a title; the nearer class first.
    assert codes(qa, "co khóa tài chính cđ nào sắp mở tại Phú Thọ ko")[:1] == ["R-PT-1"]


def test_a_class_asked_to_be_held_again_is_still_found(qa: QAEngine) -> None:
    # «lại» after «mở», «học», «tổ chức» says again: no word the classes found must say, so they still answer.
    assert codes(qa, "lớp kế toán công đoàn khi nào mở lại")[:1] == ["R-PT-1"]
    assert codes(qa, "em muốn học lại lớp kế toán công đoàn")[:1] == ["R-PT-1"]
    assert codes(qa, "lop tai chinh cong doan to chuc lai khi nao")[:1] == ["R-PT-1"]


def test_whether_a_class_held_online_exists_keeps_the_format(qa: QAEngine) -> None:
    # «có lớp … học online được không», «có khóa học online không»: such classes are asked for, not whether
    # one class named can be attended online.
    assert not _format_yes_no("co khoa hoc online khong")
    assert not _format_yes_no("co lop atvsld hoc truc tuyen duoc khong")
    assert _format_yes_no("khoa hoc nay co hoc online duoc khong")
    assert codes(qa, "có lớp kế toán công đoàn học online được không")[:1] == ["R-PT-2"]
    assert codes(qa, "co khoa hoc ke toan cong doan online ko")[:1] == ["R-PT-2"]


def test_how_one_behaves_is_no_province_s_by_name(qa: QAEngine) -> None:
    # Folded, «ứng xử thanh lịch» says «xu thanh» and «ứng xử nghề nghiệp» «xu nghe»: no Thanh Hóa, no Nghệ An.
    for question in ("có lớp kỹ năng giao tiếp, ứng xử thanh lịch không", "lop ung xu nghe nghiep cho can bo cd",
                     "khóa học cách cư xử thanh lịch nơi công sở"):
        _, slots = qa.read(question, now=NOW)
        assert not slots.provinces, question
    _, slots = qa.read("có lớp nào ở xứ Nghệ không", now=NOW)
    assert slots.provinces == ("Nghệ An",)


def test_a_sector_word_that_makes_another_compound_names_no_sector_union(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    rows = [*ROWS, ["R-BN-1", "An toàn lao động trong doanh nghiệp điện tử", "An toàn, vệ sinh lao động",
                    "Đoàn viên, NLĐ", "LĐLĐ tỉnh Bắc Ninh", "Bắc Ninh", "Hội trường LĐLĐ tỉnh",
                    "Tập trung (trực tiếp)", "11/12/2026", "11/12/2026", "", ""]]
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *rows]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    qa = QAEngine.from_session(session, tz=TZ)

    def unions(question: str) -> set[str]:
        _, slots = qa.read(question, now=NOW)
        return {qa.orgs[o].name for o in slots.org_ids}

    # «ngành điện tử» is electronics, «ngành giao thông» transport: not Điện lực, not Giáo dục.
    assert "Công đoàn Điện lực Việt Nam" not in unions("công nhân ngành điện tử có lớp gì")
    assert "Công đoàn Giáo dục Việt Nam" not in unions("lớp cho cán bộ công đoàn ngành giao thông")
    # The sector's own word, or none, still names it.
    assert "Công đoàn Điện lực Việt Nam" in unions("lớp của cđ ngành điện tháng 2")
    assert "Công đoàn Điện lực Việt Nam" in unions("cd nganh dien luc co lop nao")
    assert codes(qa, "công nhân ngành điện tử có lớp gì")[:1] != ["R-DL-1"]


def test_a_congress_held_is_no_university() -> None:
    # «tổ chức ĐH công đoàn», «chuẩn bị ĐH CĐ»: the congress (đại hội) is held or prepared, not the university.
    assert "dh" in normalise("có lớp nào hướng dẫn tổ chức ĐH công đoàn không").tokens
    assert "dh" in normalise("lop chuan bi DH cong doan").tokens
    assert normalise("lớp do ĐH công đoàn tổ chức").tokens[2:4] == ("dai", "hoc")


def test_an_asker_who_cannot_travel_keeps_the_format_before_the_place(qa: QAEngine) -> None:
    # Cần Thơ holds no class online: its classes held in person answer a plain question, online classes
    # elsewhere one from an asker who cannot come.
    assert codes(qa, "có lớp online nào ở Cần Thơ không")[:1] in (["R-CTH-1"], ["R-CTH-2"])
    for question in ("em ở xa, có lớp online nào ở Cần Thơ không", "minh ko di duoc, can tho co lop truc tuyen nao k"):
        got = codes(qa, question)
        assert got and got[0] in ("R-TLD-1", "R-PT-2"), question
