"""How chairs type on a phone, read as meant: «cho e», «tỉnh e», «tui» for the asker; «phải ko» typed plain as a
question's tag (not a slip of «phát» of «vận động phát triển», nor of a union's name, «Đồng Phát»); a slip of a loan word of the lexicon
(«onine», «oline» for «online»); «tang 1», «táng 1» before a month's number for «tháng» (but «tầng 1» is a floor).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from handlers.deps import Deps
from knowledge.models import UserProfile
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_transfer import PLAN_TARGET_HEADER as TARGET_HEADER
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, ask

NC = "Nữ công - bình đẳng giới"
COURSES = [
    ["HUE-NC-01", "Tập huấn công tác nữ công", NC, "Trưởng, phó ban nữ công CĐCS", "LĐLĐ thành phố Huế", "Huế",
     "Hội trường LĐLĐ thành phố Huế", "tập trung", "14/01/2027", "15/01/2027", "07/01/2027", "50", ""],
    ["HUE-AT-01", "Huấn luyện an toàn, vệ sinh lao động", "An toàn vệ sinh lao động", "Chủ tịch CĐCS",
     "LĐLĐ thành phố Huế", "Huế", "Hội trường LĐLĐ thành phố Huế", "tập trung", "10/12/2026", "10/12/2026",
     "03/12/2026", "60", ""],
    ["DN-PL-01", "Tư vấn pháp luật lao động cho công nhân", "Pháp luật lao động", "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai", "tập trung", "12/05/2026",
     "12/05/2026", "05/05/2026", "80", ""],
    ["DN-PT-01", "Kỹ năng vận động phát triển đoàn viên", "Phát triển đoàn viên", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai", "tập trung", "15/12/2026", "15/12/2026",
     "08/12/2026", "60", ""],
    ["DN-AT-01", "Huấn luyện an toàn lao động cho công nhân", "An toàn vệ sinh lao động", "Đoàn viên, người lao động",
     "CĐCS Công ty TNHH Đồng Phát", "Đồng Nai", "Nhà ăn Công ty Đồng Phát", "tập trung", "14/05/2026",
     "14/05/2026", "07/05/2026", "80", ""],
    ["DN-TH-01", "Ứng dụng phần mềm quản lý đoàn viên", "Chuyển đổi số", "Chủ tịch CĐCS", "LĐLĐ tỉnh Đồng Nai",
     "Đồng Nai", "Trực tuyến qua Zoom", "trực tuyến", "08/12/2026", "08/12/2026", "01/12/2026", "200", ""],
    ["DN-TL-01", "Kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS", "LĐLĐ tỉnh Đồng Nai",
     "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai", "tập trung", "02/12/2026", "03/12/2026", "25/11/2026", "60", ""],
    ["DN-TL-02", "Kỹ năng thương lượng tập thể đợt 2", "Thương lượng tập thể", "Chủ tịch CĐCS",
     "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "Hội trường LĐLĐ tỉnh Đồng Nai", "tập trung", "19/01/2027", "20/01/2027",
     "12/01/2027", "60", ""],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    target = ["DN-26", "LĐLĐ tỉnh Đồng Nai", "2026", "Huấn luyện ATVSLĐ", "", "4.500", "người", "4.120", "31/10/2026"]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, target])


def test_cho_e_asks_for_the_asker_s_own_classes(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    say(deps, "/start", user="e1")
    say(deps, "em là trưởng ban nữ công cđcs", user="e1")
    say(deps, "Huế", user="e1")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "e1"))
        assert profile is not None and profile.province == "Huế"
    # «e» is «em» as chat shortens it: the class for her post, not the nearest class of her province.
    text = "\n".join(r.text for r in say(deps, "co lơp nào cho e ko ạ", user="e1"))
    assert "Tập huấn công tác nữ công" in text
    assert "Huấn luyện an toàn, vệ sinh lao động" not in text


def test_phai_khong_typed_plain_is_a_tag_not_a_slip_of_a_name(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "thang 5 nam nay dong nai co lop tu van phap luat lao dong phai ko")
    assert "Tư vấn pháp luật lao động cho công nhân" in reply
    norm, slots = deps.knowledge.engine().read("co lop phap luat lao dong phai ko", now=FIXED_NOW)
    assert "phai" in norm.tokens and "phat" not in norm.tokens and not slots.org_ids


def test_a_slip_of_online_is_online(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("onine", "oline", "onlne"):
        reply = ask(deps, f"dong nai co lop nao hoc {typed} ko", user=f"o-{typed}")
        assert "Ứng dụng phần mềm quản lý đoàn viên" in reply, typed
        assert "Kỹ năng thương lượng tập thể" not in reply, typed


def test_tang_before_a_month_s_number_is_thang(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for typed in ("tang 1 nam sau", "táng 1 năm sau"):
        reply = ask(deps, f"{typed} dong nai co lop thuong luong tap the nao", user=f"t-{typed}")
        assert "tháng 1/2027" in reply and "20/01/2027" in reply and "03/12/2026" not in reply, typed
    # Up by a figure, typed plain, is no month.
    engine = deps.knowledge.engine()
    for typed in ("chi tieu nam nay tang 5% so voi nam ngoai", "chi tieu tang 3 lop"):
        assert "thang" not in engine.read(typed, now=FIXED_NOW)[0].tokens, typed


LS_CLASS = ["LS-GV-01", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn", "Nghiệp vụ công đoàn",
            "Giảng viên kiêm chức", "LĐLĐ tỉnh Lạng Sơn", "Lạng Sơn", "Trường Chính trị Hoàng Văn Thụ", "tập trung",
            "07/04/2027", "09/04/2027", "31/03/2027", "40", ""]


def test_now_said_after_the_polite_opening_asks_for_classes(deps: Deps, tmp_path: Path) -> None:
    # The built-in articles tell how Lạng Sơn trained its part-time lecturers in 2014 («thực hiện» …); «hiện»
    # (now) after «cho em hỏi» is no word of theirs, as it is none at the start of the question.
    target = ["LS-26", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng cán bộ CĐCS", "", "900", "người", "700", "31/10/2026"]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES, LS_CLASS], [TARGET_HEADER, target])
    for opening in ("Dạ cho em hỏi", "ad ơi"):
        reply = ask(deps, f"{opening} hiện Lạng Sơn có lớp nào cho giảng viên kiêm chức không?", user=opening)
        assert "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn" in reply, opening


def test_cai_hai_said_in_words_is_the_second_class(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    listed = ask(deps, "đồng nai có lớp thương lượng tập thể nào", user="h2")
    assert "02/12/2026" in listed and "19/01/2027" in listed
    reply = ask(deps, "cái hai học ở đâu", user="h2")
    assert "Kỹ năng thương lượng tập thể đợt 2" in reply and "Hội trường LĐLĐ tỉnh Đồng Nai" in reply


HUE_PT = ["HUE-PT-01", "Tập huấn phát triển đoàn viên", "Phát triển đoàn viên", "Ủy viên BCH công đoàn",
          "LĐLĐ thành phố Huế", "Huế", "Hội trường LĐLĐ thành phố Huế", "tập trung", "01/12/2026", "01/12/2026",
          "27/11/2026", "50", ""]


def test_a_subject_asked_for_me_is_found_in_the_asker_s_province_first(deps: Deps, tmp_path: Path) -> None:
    # A board member in Đồng Nai: the class on the subject there is for chairs, the one for board members is in
    # Huế. «cho em» says who asks, not that the asker would travel across the country for it.
    target = ["DN-26", "LĐLĐ tỉnh Đồng Nai", "2026", "Huấn luyện ATVSLĐ", "", "4.500", "người", "4.120", "31/10/2026"]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES, HUE_PT], [TARGET_HEADER, target])
    say(deps, "/start", user="pt1")
    say(deps, "em là ủy viên BCH công đoàn cơ sở", user="pt1")
    say(deps, "Đồng Nai", user="pt1")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "pt1"))
        assert profile is not None and profile.province == "Đồng Nai"
    for asked in ("có lớp phát triển đoàn viên nào cho em không", "có lớp phát triển đoàn viên nào cho mình không"):
        text = "\n".join(r.text for r in say(deps, asked, user="pt1"))
        assert "Kỹ năng vận động phát triển đoàn viên" in text, asked
        assert "Chưa có lớp dành riêng cho ủy viên" in text and "Huế" not in text, asked


def test_ca_nhiem_ky_typed_plain_asks_for_the_term_s_target(deps: Deps, tmp_path: Path) -> None:
    term = ["DN-2328", "LĐLĐ tỉnh Đồng Nai", "2023-2028", "Tỷ lệ cán bộ CĐCS mới được tập huấn trong nhiệm kỳ", "",
            "100", "%", "69,4", "30/09/2026"]
    year = ["DN-26", "LĐLĐ tỉnh Đồng Nai", "2026", "Huấn luyện ATVSLĐ", "", "4.500", "người", "4.120", "31/10/2026"]
    # Other unions' plans for the term say the same words: the question's own (the term, whose) tell them apart.
    others = [[f"{code}-2328", name, "2023-2028", "Tỷ lệ cán bộ CĐCS mới được tập huấn trong nhiệm kỳ", "", "100",
               "%", done, "30/09/2026"] for code, name, done in (("AG", "LĐLĐ tỉnh An Giang", "71,2"),
                                                                ("CT", "LĐLĐ thành phố Cần Thơ", "58,0"))]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, term, *others, year])
    for asked, done in (
            ("ty le can bo cong doan co so moi duoc tap huan ca nhiem ky cua ldld dong nai la bao nhieu", "69,4%"),
            ("Ty le can bo cong doan co so moi duoc tap huan ca nhiem ky cua LDLD An Giang la bao nhieu?", "71,2%"),
            ("Tỷ lệ cán bộ công đoàn cơ sở mới được tập huấn cả nhiệm kỳ của LĐLĐ Đồng Nai là bao nhiêu?", "69,4%")):
        reply = ask(deps, asked, user=asked[:5])
        assert done in reply and "nhiệm kỳ: chỉ tiêu 100%" in reply, asked
    # Whose plan unsaid: the unions that have one are asked for, not «no information».
    reply = ask(deps, "ty le can bo cong doan co so moi duoc tap huan ca nhiem ky la bao nhieu", user="who")
    assert "chỉ tiêu của tỉnh hoặc đơn vị nào" in reply and "chưa có thông tin" not in reply
