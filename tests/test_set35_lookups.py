"""Single questions of chairs in the northern mountains and the Central Highlands, on a small plan of our own.

One test per cause of a wrong class: «lớp A» asked of a topic whose parallel classes are told apart by a letter,
answered first with a class of the topic that has no letter (the letter only dropped the other letter's class);
an evening class dated without an hour whose note says «buổi tối», taken for a morning class; «bupi tối» left
unread (a slip beside «tối», which alone is also «tôi»); «lớp cuối tuần cho công nhân làm ca», where the workers
asked were kept and the weekend given up, though the shift is why the weekend is asked; «LĐLĐ tỉnh X … phải bồi
dưỡng bao nhiêu học viên», answered first with the plan of a sector union under it whose figure says «bồi dưỡng»;
«lớp nào học bằng tiếng dân tộc», whose words after «học» were read as what is learnt (no class teaches it); a
title quoted whole («…») answered first with a look-alike whose longer title the words after the quote fit too.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# «Now» in tests is 23/11/2026 09:00.
COURSES = [
    # One topic held unlettered twice, then as parallel classes A and B a week apart in different venues.
    ["SL-TL-01", "Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Sơn La", "Sơn La", "Hội trường LĐLĐ tỉnh, phường Tô Hiệu", "tập trung", "15/12/2026", "16/12/2026",
     "08/12/2026", "60", ""],
    ["SL-TL-02", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể", "Thương lượng tập thể",
     "CT, PCT CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Trực tuyến qua Microsoft Teams", "trực tuyến", "19/01/2027",
     "19/01/2027", "14/01/2027", "80", ""],
    ["SL-TL-03", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể (lớp A)", "Thương lượng tập thể",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa xã Mộc Châu (huyện Mộc Châu cũ)", "tập trung",
     "24/03/2027", "25/03/2027", "17/03/2027", "50", ""],
    ["SL-TL-04", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể (lớp B)", "Thương lượng tập thể",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Hội trường xã Mai Sơn (huyện Mai Sơn cũ)", "tập trung",
     "31/03/2027", "01/04/2027", "24/03/2027", "50", ""],
    # For workers, on working days; an evening class dated without an hour (its note says the evenings); a weekend
    # class for group leaders, held so that shifts go on.
    ["SL-CN-01", "Phổ biến pháp luật lao động cho công nhân", "Pháp luật lao động", "Công nhân lao động",
     "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa công nhân, phường Chiềng Sinh", "tập trung", "08/12/2026",
     "10/12/2026", "04/12/2026", "100", ""],
    ["SL-CN-02", "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn doanh nghiệp", "Nghiệp vụ công đoàn", "Ủy viên BCH CĐCS",
     "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa công nhân, phường Chiềng Sinh", "tập trung", "01/03/2027",
     "05/03/2027", "25/02/2027", "60", "Học 5 buổi tối (18h30-20h30) từ ngày đầu đến ngày cuối"],
    ["SL-CN-03", "Tập huấn an toàn lao động cho tổ trưởng công đoàn", "An toàn vệ sinh lao động",
     "Tổ trưởng công đoàn", "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa công nhân, phường Chiềng Sinh", "tập trung",
     "30/01/2027", "31/01/2027", "26/01/2027", "60", "Học Thứ Bảy, Chủ nhật để không ảnh hưởng ca sản xuất"],
    # For officials of the ethnic minorities, with interpreters.
    ["SL-DT-01", "Bồi dưỡng nghiệp vụ cho cán bộ CĐCS người dân tộc thiểu số", "Nghiệp vụ công đoàn",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Nhà văn hóa xã Thuận Châu (huyện Thuận Châu cũ)",
     "tập trung", "20/04/2027", "21/04/2027", "14/04/2027", "50", "Có phiên dịch tiếng Thái, tiếng Mông"],
    # One title, and the same title made longer by its audience, for the same audience.
    ["SL-CDS-01", "Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Ủy viên BCH CĐCS",
     "LĐLĐ tỉnh Sơn La", "Sơn La", "Trực tuyến qua E-learning Công đoàn Việt Nam", "trực tuyến", "15/02/2027",
     "17/02/2027", "08/02/2027", "200", ""],
    ["SL-CDS-02", "Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên cho ủy viên BCH CĐCS", "Chuyển đổi số",
     "Ủy viên BCH CĐCS", "LĐLĐ tỉnh Sơn La", "Sơn La", "Hội trường xã Mai Sơn (huyện Mai Sơn cũ)", "tập trung",
     "Tháng 3/2027", "", "", "50", ""],
]
TARGETS = [
    ["SL-2026-HV", "LĐLĐ tỉnh Sơn La", "2026", "Tập huấn nghiệp vụ cho cán bộ công đoàn", "", "880", "học viên",
     "703", "31/10/2026"],
    # A sector union under it, whose figure's words say «bồi dưỡng» where the federation's say «tập huấn».
    ["SLGD-2026-HV", "Công đoàn ngành Giáo dục tỉnh Sơn La", "2026", "Bồi dưỡng, tập huấn cán bộ CĐCS", "", "155",
     "học viên", "108", "20/11/2026"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_the_letter_asked_puts_its_class_before_those_with_no_letter(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("han dang ky lop thuong luong tap the lop a o son la den bao gio nha",
                           "Hạn đăng ký lớp thương lượng tập thể lớp A ở Sơn La đến bao giờ?")):
        reply = ask(deps, q, user=f"61{n}")
        first = reply.split("•")[1] if "•" in reply else reply
        assert "(lớp A)" in first and "17/03/2027" in first, q
        assert "(lớp B)" not in reply, q
    # The other letter asked gets its own class first.
    reply = ask(deps, "lớp thương lượng tập thể lớp B ở Sơn La học ở đâu", user="6199")
    first = reply.split("•")[1] if "•" in reply else reply
    assert "Mai Sơn" in first


def first_class(reply: str) -> str:
    return reply.split("•")[1] if "•" in reply else reply


def test_a_class_whose_note_says_the_evenings_is_an_evening_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("ở Sơn La có lớp buổi tối không", "o son la co lop bupi toi khong",
                           "Sơn La có lớp bupi tối cho công nhân làm ca không")):
        reply = ask(deps, q, user=f"61{n}")
        assert "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn doanh nghiệp" in first_class(reply), q
        assert "Chưa có lớp phù hợp học buổi tối" not in reply, q


def test_the_day_asked_for_shift_workers_is_kept_before_the_workers(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "ở Sơn La có lớp cuối tuần cho công nhân làm ca không")
    assert "Tập huấn an toàn lao động cho tổ trưởng công đoàn" in first_class(reply)
    assert "Phổ biến pháp luật lao động cho công nhân" not in reply
    # Workers asked with no shift said: their own class, whatever day.
    reply = ask(deps, "ở Sơn La có lớp nào cho công nhân không", user="6102")
    assert "Phổ biến pháp luật lao động cho công nhân" in first_class(reply)


def test_a_federation_named_as_a_union_gets_its_own_figure_first(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("LĐLĐ tỉnh Sơn La năm 2026 phải bồi dưỡng bao nhiêu học viên",
                           "liên đoàn lao động tỉnh sơn la năm hai nghìn không trăm hai mươi sáu phải bồi dưỡng bao "
                           "nhiêu học viên đạt được bao nhiêu rồi thế")):
        reply = ask(deps, q, user=f"61{n}")
        assert "703/880" in reply, q
        assert "108/155" not in reply.split("703/880")[0], q
    # The sector union named: its own.
    reply = ask(deps, "công đoàn ngành giáo dục sơn la năm 2026 bồi dưỡng bao nhiêu học viên", user="6199")
    assert "108/155" in reply and "703/880" not in reply.split("108/155")[0]


def test_the_language_a_class_is_taught_in_is_no_subject_learnt(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("có lớp nào học bằng tiếng dân tộc không",
                           "chị hỏi tí có lớp nào học bằng tiếng dân tộc hoặc có phiên dịch không ạ")):
        reply = ask(deps, q, user=f"61{n}")
        assert "Bồi dưỡng nghiệp vụ cho cán bộ CĐCS người dân tộc thiểu số" in reply, q
    # A driving licence learnt is still no class of the plan.
    assert "Bồi dưỡng" not in ask(deps, "có lớp nào học bằng lái xe không", user="6199")


def test_a_title_quoted_whole_is_the_class_asked(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "Tui hỏi xíu lớp «Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên» cho ủy viên ban "
                      "chấp hành ở Sơn La tổ chức tại đâu?")
    assert "15/02/2027" in first_class(reply)
