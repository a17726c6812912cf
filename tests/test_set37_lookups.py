"""Single questions of chairs in the Mekong Delta and the far South, on a small plan of our own.

One test per cause of a wrong class: «…, còn kịp không» read as a new question opened by «còn» (so the class
asked was dropped and an article answered); a wish to join the class of a ward named whose class has just
been held, answered with a class of another ward instead of that one (its status says it is over); a ward or
commune written short («x.Tháp Mười», «ở p Tân Lộc», «h.Phong Điền»), whose dot ended a sentence and whose bare
letter was a word no class says; «muốn đăng ký lớp … thì làm sao», whose «làm sao» was sought in titles; a plan's
figure named by its unit without «bao nhiêu» («chỉ tiêu lớp», the South's «nhiêu lớp»), answered by the learners';
chat shorthand read by its neighbours («cđ đk Côn Đảo» is a special zone, «đạt đk bao nhiêu» and the South's
«đặng» are «được», «bao nhiu hv» counts learners, a bare «nhiêu» is «bao nhiêu»); a tone typed the Telex way and
left after the word («naof», «vâyj», «hanj»), a letter typed twice in a question word («hhet hạn»), «bt đầu», «ktgs»,
«giảng viên kc»; a class whose title names «người lao động» while its audience cell invites chairs, put before the
class the cell opens to the workers asked; a school's union shortened on some rows («CĐ Trường ĐH …») imported as
another union; the South's «bữa nào» («hôm nào») sought as a word of a title; «vừa trực tiếp vừa online» read as
either way rather than the class held both ways; «lớp … tháng này học trực tuyến đã học xong chưa» with no place named,
answered by next month's class; «tổ cức» for «tổ chức»; «học toi» (the evening) typed bare in a question typed
with marks elsewhere; «lớp … ở huyện X cũ đang học hả» of a class begun days ago and still held, answered by a
look-alike held elsewhere; «lớp CĐS do LĐLĐ Cần Thơ còn đăng ký được không», whose own class was just held,
answered by a ward union's under it; «lch» for «lịch».
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.language.compound import split_compound
from knowledge.orgnames import org_key
from knowledge.text import normalise, respelled, ward_short
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# «Now» in tests is 23/11/2026 09:00.
COURSES = [
    # Held a week ago in phường Hòa An; the same topic is held again next year in phường Tân Lộc.
    ["CT-CDS-01", "Tập huấn sử dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Cán bộ công đoàn chuyên trách",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Hội trường LĐLĐ, phường Hòa An (huyện Phụng Hiệp cũ)", "tập trung",
     "16/11/2026", "17/11/2026", "11/11/2026", "45", ""],
    ["CT-CDS-02", "Tập huấn sử dụng phần mềm quản lý đoàn viên cho Ủy viên BCH CĐCS", "Chuyển đổi số",
     "Ủy viên BCH CĐCS", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Nhà văn hóa lao động, phường Tân Lộc", "tập trung",
     "12/04/2027", "13/04/2027", "09/04/2027", "30", ""],
    ["CT-PL-01", "Tập huấn pháp luật lao động cho đoàn viên, người lao động", "Pháp luật lao động",
     "Đoàn viên, người lao động", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Nhà văn hóa, phường Tân Lộc", "tập trung",
     "10/03/2027", "10/03/2027", "05/03/2027", "80", ""],
    # Its title says «cho người lao động», its audience cell invites chairs; held earlier at the same hall.
    ["CT-PL-02", "Tư vấn pháp luật lao động cho người lao động", "Pháp luật lao động", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Nhà văn hóa, phường Tân Lộc", "tập trung",
     "10/02/2027", "10/02/2027", "05/02/2027", "80", ""],
    ["CT-GV-01", "Bồi dưỡng phương pháp giảng dạy cho giảng viên kiêm chức", "Kỹ năng giảng dạy",
     "Giảng viên kiêm chức", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Hội trường LĐLĐ, phường Ninh Kiều", "tập trung",
     "12/01/2027", "13/01/2027", "", "40", "Tạm hoãn, thời gian mới sẽ thông báo sau."],
    # One school's union written out on one row and shortened on the other.
    ["TD-01", "Tập huấn nghiệp vụ nữ công", "Nữ công", "Cán bộ nữ công CĐCS", "Công đoàn Trường Đại học Tây Đô",
     "Cần Thơ", "Hội trường Trường Đại học Tây Đô, phường Cái Răng", "tập trung", "20/01/2027", "20/01/2027",
     "15/01/2027", "60", ""],
    ["TD-03", "Tập huấn nghiệp vụ nữ công", "Nữ công", "Cán bộ nữ công CĐCS", "Công đoàn Trường Đại học Tây Đô",
     "Cần Thơ", "Hội trường D2, Trường Đại học Tây Đô, phường Cái Răng và trực tuyến qua Zoom",
     "Trực tiếp + trực tuyến", "24/02/2027", "24/02/2027", "18/02/2027", "60", ""],
    # Online this month, already held; the same topic held in person next month.
    ["DT-NV-01", "Bồi dưỡng nghiệp vụ công tác công đoàn", "Nghiệp vụ công đoàn", "Phó Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Tháp", "Đồng Tháp", "Trực tuyến qua Google Meet", "trực tuyến", "16/11/2026", "16/11/2026",
     "11/11/2026", "60", ""],
    ["DT-NV-02", "Bồi dưỡng nghiệp vụ công tác công đoàn", "Nghiệp vụ công đoàn", "Phó Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Tháp", "Đồng Tháp", "Trực tuyến qua Zoom", "trực tuyến", "14/12/2026", "14/12/2026",
     "09/12/2026", "60", ""],
    ["TD-02", "Hướng dẫn quyết toán tài chính công đoàn", "Tài chính công đoàn", "Chủ tịch, Phó Chủ tịch CĐCS",
     "CĐ Trường ĐH Tây Đô", "Cần Thơ", "Phòng họp Trường Đại học Tây Đô, phường Cái Răng", "tập trung",
     "09/01/2027", "09/01/2027", "05/01/2027", "60", ""],
]
TARGETS = [
    ["CT-2026-HV", "LĐLĐ thành phố Cần Thơ", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "5.000", "học viên",
     "4.100", "15/11/2026"],
    ["CT-2026-LOP", "LĐLĐ thành phố Cần Thơ", "2026", "Số lớp tập huấn", "", "60", "lớp", "41", "15/11/2026"],
    ["CDA-2026-HV", "Công đoàn đặc khu Côn Đảo", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "480", "học viên",
     "377", "15/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_still_in_time_after_a_comma_is_no_new_question() -> None:
    # «còn kịp không» asks whether the class just named can still be joined: «còn» is «still», no pivot.
    assert split_compound("em muon dang ky lop o phuong hoa an, con kip khong", this_year=2026) is None
    assert split_compound("Đăng ký lớp đợt 2 tới bữa nào, còn kịp hông?", this_year=2026) is None
    # «còn» opening a question of its own still cuts.
    cut = split_compound("hồi 2016 Hà Nội mở 42 lớp, còn Cần Thơ có lớp nào không", this_year=2026)
    assert cut is not None and cut.question.startswith("còn Cần Thơ")


def test_a_wish_to_join_the_class_of_a_ward_just_held_gets_that_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "em muon dang ky lop phan mem quan ly doan vien o phuong hoa an, con kip khong")
    # That class is the answer (its registration closed), the look-alike of another ward only offered after it.
    assert reply.startswith("Lớp «Tập huấn sử dụng phần mềm quản lý đoàn viên» đã hết hạn đăng ký")
    # Asking which classes there are still lists those to come.
    listed = ask(deps, "có lớp phần mềm quản lý đoàn viên nào sắp tới không", user="6102")
    assert "Tân Lộc" in listed


def test_a_ward_or_a_commune_written_short_is_read_as_its_name() -> None:
    assert ward_short("lớp ở x.Tháp Mười còn kịp hok") == "lớp ở xã Tháp Mười còn kịp hok"
    assert ward_short("lop o p tan loc") == "lop o phường tan loc"
    assert ward_short("lớp bên h.Phong Điền cũ") == "lớp bên huyện Phong Điền cũ"
    assert ward_short("Ở P Tân Lộc") == "Ở phường Tân Lộc"
    # A vice-chair or a deputy, an hour, a ward's number: left as typed.
    # A class's code («P.DIAN-2026-01»), Phan Rang and Phan Thiết written short, too.
    for kept in ("P.Chủ tịch CĐCS", "P. chủ tịch", "P.GĐ công ty", "lúc 8h. Sáng", "ở p 3 quận 5",
                 "lớp P.DIAN-2026-01 học ngày nào", "P.Rang có lớp ATLĐ ngày nào", "lớp ở P.Thiết"):
        assert ward_short(kept) == kept


def test_a_ward_written_short_finds_its_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "có lớp pháp luật lao động o p.tan loc nào k ạ")
    assert "Tập huấn pháp luật lao động cho đoàn viên, người lao động" in reply
    reply = ask(deps, "lop phap luat lao dong o p tan loc hoc ngay nao", user="6102")
    assert "10/03/2027" in reply


def test_how_to_join_a_class_named_gets_that_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "Muốn đăng ký lớp pháp luật lao động ở phường Tân Lộc thì làm sao?")
    assert "Tập huấn pháp luật lao động cho đoàn viên, người lao động" in reply
    # Asked of no class, it is how registering works.
    general = ask(deps, "muốn đăng ký học thì làm sao", user="6102")
    assert "Tập huấn" not in general


def test_a_plan_s_figure_named_by_its_unit_comes_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("kết quả thực hiện chỉ tiêu lớp năm 2026 của LĐLĐ Cần Thơ",
                           "LĐLĐ Cần Thơ năm 2026 chỉ tiêu nhiêu lớp dzậy, đạt chưa?",
                           "nam 2026 ldld can tho co dat ct lop k")):
        reply = ask(deps, q, user=f"61{n}")
        assert "41/60" in reply, q
        assert "4.100/5.000" not in reply.split("41/60")[0], q
    learners = ask(deps, "chỉ tiêu học viên năm 2026 của LĐLĐ Cần Thơ", user="6199")
    assert "4.100/5.000" in learners.split("41/60")[0]


def test_chat_shorthand_is_read_by_its_neighbours() -> None:
    assert normalise("ct dao tao cua cd dk con dao la bao nhiu hv, dat dk bao nhiu r").folded == (
        "chi tieu dao tao cua cong doan dac khu con dao la bao nhieu hoc vien dat duoc bao nhieu roi")
    assert normalise("lớp này còn đăng ký đặng hông").folded == "lop nay con dang ky duoc khong"
    assert normalise("đào tạo đặng nhiêu học viên").folded == "dao tao duoc bao nhieu hoc vien"
    # «nhiều» (many), «bao nhiêu», a surname and a wish to register stay as they are.
    assert normalise("có nhiều lớp không").folded == "co nhieu lop khong"
    assert normalise("bao nhiêu lớp").folded == "bao nhieu lop"
    assert normalise("anh Đặng Văn Hùng").folded == "anh dang van hung"
    assert normalise("em muốn dk lớp").folded == "em muon dang ky lop"


def test_a_special_zone_s_target_asked_in_shorthand(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "ct dao tao nam 2026 cua cd dk con dao la bao nhiu hv, dat dk bao nhiu r")
    assert "377/480" in reply
    reply = ask(deps, "Năm nay Công đoàn đặc khu Côn Đảo đào tạo đặng nhiêu học viên rồi?", user="6102")
    assert "377/480" in reply


def test_telex_tones_left_and_slips_in_question_words_are_put_right() -> None:
    assert normalise("lớp bt đầu lúc naof vâyj").folded == "lop bat dau luc nao vay"
    assert normalise("hanj dang ky den khi naao thi hhet han").folded == "han dang ky den khi nao thi het han"
    assert normalise("lop ktgs").folded == "lop kiem tra giam sat"
    # Words that end so in other languages, or codes, stay.
    for kept in ("gas", "bus", "lop bt"):
        assert normalise(kept).folded == kept


def test_a_class_asked_with_telex_slips(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp pháp luật lao động ở phường Tân Lộc bt đầu lúc naof vâyj?")
    assert "10/03/2027" in reply


def test_part_time_lecturers_in_shorthand() -> None:
    assert normalise("lop giang vien kc").folded == "lop giang vien kiem chuc"
    assert normalise("lớp KC").folded == "lop kc"
    # «tìm giúp em lớp …» asks to be found: no word of a class.
    assert "tim" not in normalise("tìm giúp em lớp thương lượng").content


def test_the_audience_cell_says_whom_a_class_is_for_before_its_title(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "Lớp dành cho đoàn viên, người lao động tại phường Tân Lộc bắt đầu lúc nào vậy?")
    # The class the cell opens to workers (10/03) comes before the chairs' one (10/02).
    assert reply.index("10/03/2027") < reply.index("10/02/2027") if "10/02/2027" in reply else "10/03/2027" in reply


def test_a_school_or_hospital_union_shortened_is_the_same_union() -> None:
    assert org_key("CĐ Trường ĐH Tây Đô") == org_key("Công đoàn Trường Đại học Tây Đô")
    assert org_key("CĐ Bệnh viện ĐK Trung ương Cần Thơ") == org_key("Công đoàn Bệnh viện Đa khoa Trung ương Cần Thơ")


def test_the_chair_s_class_of_a_school_union_written_both_ways(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "Lớp cho chủ tịch CĐCS do Công đoàn Trường Đại học Tây Đô học bữa nào dzậy?")
    assert "Hướng dẫn quyết toán tài chính công đoàn" in reply and "09/01/2027" in reply
    assert "Tập huấn nghiệp vụ nữ công" not in reply


def test_a_class_held_both_ways_at_once(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "địa điểm lớp do công đoàn trường đại học tây đô tổ chức vừa trực tiếp vừa online ở đâu ạ")
    assert "Hội trường D2" in reply
    assert "Hội trường Trường Đại học Tây Đô" not in reply.split("Hội trường D2")[0]


def test_whether_this_month_s_class_is_over_with_no_place_named(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lop boi duong nghiep vu cong tac cong doan thang nay hoc truc tuyen da hoc xong chua?")
    assert "16/11/2026" in reply
    assert "14/12/2026" not in reply.split("16/11/2026")[0]


def test_a_dropped_letter_in_to_chuc() -> None:
    assert normalise("lớp tháng 11 có còn tổ cức không").folded == "lop thang 11 co con to chuc khong"


# The same class in the evening for shift workers.
EVENING = ["CT-PL-03", "Tập huấn pháp luật lao động cho đoàn viên, người lao động", "Pháp luật lao động",
           "Công nhân lao động làm ca", "LĐLĐ thành phố Cần Thơ", "Cần Thơ", "Nhà văn hóa, phường Tân Lộc", "tập trung",
           "Tối 20/05/2027", "Tối 21/05/2027", "16/05/2027", "80", "Học buổi tối cho công nhân làm ca."]


def test_the_evening_class_asked_with_a_bare_toi(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES, EVENING], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp pháp luật lao động ở phường Tân Lộc hoc toi dky đến khi nào thì hết hạn")
    assert "16/05/2027" in reply and "05/03/2027" not in reply
    # «học tới tháng 12» reaches a month: no evening asked.
    from knowledge.slots import day_slot
    assert day_slot(normalise("lop phap luat hoc toi thang 12 a")) is None
    evening = day_slot(normalise("lop phap luat hoc toi dky den khi nao"))
    assert evening is not None and evening.parts == ("toi",)


UNDER_WAY = [
    ["TN-TC-01", "Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể", "Tranh chấp lao động",
     "Chủ tịch, Phó Chủ tịch CĐCS", "LĐLĐ tỉnh Tây Ninh", "Tây Ninh",
     "Nhà văn hóa lao động, xã Hòa Thành (huyện Hòa Thành cũ)", "tập trung", "19/11/2026", "27/11/2026",
     "15/11/2026", "45", ""],
    ["TN-TC-02", "Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể", "Tranh chấp lao động",
     "Cán bộ công đoàn chuyên trách", "LĐLĐ tỉnh Tây Ninh", "Tây Ninh", "Hội trường, xã Đức Hòa (huyện Đức Hòa cũ)",
     "tập trung", "23/11/2026", "23/11/2026", "18/11/2026", "45", ""],
]


def test_a_class_under_way_since_days_ago_is_the_one_being_held(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES, *UNDER_WAY], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lớp giải quyết tranh chấp ở huyện Hòa Thành cũ đang học hả, tới bữa nào xong dzậy?")
    assert "27/11/2026" in reply and "Đức Hòa" not in reply


OWN_AND_UNDER = [
    ["CT-IT-01", "Ứng dụng công nghệ thông tin trong hoạt động công đoàn cho Kế toán, thủ quỹ CĐCS", "Chuyển đổi số",
     "Kế toán, thủ quỹ CĐCS", "Liên đoàn Lao động thành phố Cần Thơ", "Cần Thơ", "Zoom", "trực tuyến", "09/11/2026",
     "10/11/2026", "04/11/2026", "100", ""],
    ["NK-IT-01", "Ứng dụng công nghệ thông tin trong hoạt động công đoàn", "Chuyển đổi số",
     "Cán bộ công đoàn chuyên trách", "Công đoàn phường Ninh Kiều", "Cần Thơ", "Hội trường phường Ninh Kiều",
     "tập trung", "23/03/2027", "24/03/2027", "13/03/2027", "60", ""],
]


def test_the_federation_s_own_class_asked_by_its_name(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *OWN_AND_UNDER], [TARGET_HEADER, *TARGETS])
    reply = ask(deps, "lop cds do ldld can tho con dk dc khong")
    # The federation's own class (held on 09–10/11) is the one asked about, before the ward union's.
    assert "10/11/2026" in reply
    assert "23/03/2027" not in reply or reply.index("10/11/2026") < reply.index("23/03/2027")
    # Which classes it holds, asked as such, are those to come.
    listed = ask(deps, "có lớp cds nào do ldld can tho tổ chức không", user="6102")
    assert "23/03/2027" in listed


def test_a_dropped_vowel_is_put_back_when_one_word_fits() -> None:
    assert normalise("con hoc theo lch cu khong").folded == "con hoc theo lich cu khong"
    for kept in ("bch", "tphcm", "sdt", "thpt", "hcm"):
        assert respelled(kept) == kept
