"""Single questions of chairs in the Red River Delta and the coast, on a small plan of our own.

One test per cause of a wrong class: «lớp cho kế toán … đợt 1 … học ngày nào» of a province whose first batch runs
several classes, the one for accountants held already: answered by the batch's class for other people still to come
rather than by the accountants' own; a plan's figure in learners asked «so với chỉ tiêu» of the asker's own province,
answered by its count of classes («so với» folds to the «số» of «Số lớp»); «Công đoàn Dệt May năm 2026 … bao nhiêu học
viên», read as «mấy năm» asked (a length); «X cũ giờ thuộc Y phải mở bao nhiêu lớp», whose «giờ thuộc» were taken for
a matter no record covers; «em cần đi tập huấn thì có lớp nào gần nhất», «sắp tới có lớp gì cho e đi học», which
did not read as asked for the asker (so the nearest class of any audience came first, not one for their role); an
office's letter closing «Trân trọng cảm ơn.» read as part of the question; «em chào bộ phận đào tạo», the office
addressed, whose «đào tạo» was sought in the plans' figures; «cán bộ cấp trên» (without «cơ sở») read as no audience; «KCN Phố Nối» asked where the venue says «KCN Phố Nối A»,
no place the data knew.
"""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.db import session_scope
from knowledge.qa import Profile, QAEngine
from knowledge.search.vocabulary import place_mentions
from tests.conftest import FIXED_NOW
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER, ask

# «Now» in tests is 23/11/2026 09:00.
COURSES = [
    # The first batch of a province's plan: the accountants' class held last week, a safety class to come.
    ["NB-TC-01", "Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở (đợt 1)", "Tài chính công đoàn",
     "Kế toán CĐCS; Chủ tịch CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh, phường Hoa Lư",
     "tập trung", "16/11/2026", "17/11/2026", "10/11/2026", "50", ""],
    ["NB-AT-01", "Huấn luyện an toàn, vệ sinh lao động (đợt 1)", "An toàn, vệ sinh lao động",
     "Đoàn viên, người lao động; Ủy viên BCH CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình",
     "Hội trường LĐLĐ tỉnh, phường Hoa Lư", "tập trung", "08/12/2026", "09/12/2026", "01/12/2026", "80", ""],
    ["NB-TC-02", "Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở (đợt 2)", "Tài chính công đoàn",
     "Kế toán CĐCS; Chủ tịch CĐCS", "LĐLĐ tỉnh Ninh Bình", "Ninh Bình", "Hội trường LĐLĐ tỉnh, phường Hoa Lư",
     "tập trung", "16/03/2027", "17/03/2027", "10/03/2027", "50", ""],
    # Two classes held in one town: one for cadres of the unions above the grassroots, one for members.
    ["QN-PT-01", "Kỹ năng vận động phát triển đoàn viên", "Phát triển đoàn viên", "Cán bộ công đoàn cấp trên cơ sở",
     "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "Cung Văn hóa, phường Cẩm Phả (TP Cẩm Phả cũ)", "tập trung", "15/06/2027",
     "15/06/2027", "10/06/2027", "80", ""],
    ["QN-AT-01", "Huấn luyện an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "Nhà văn hóa, phường Cẩm Phả (TP Cẩm Phả cũ)", "tập trung", "07/05/2027",
     "08/05/2027", "02/05/2027", "80", ""],
    # A sector union's evening class for shift workers.
    ["DM-NC-01", "Tập huấn công tác nữ công", "Nữ công", "Cán bộ nữ công CĐCS", "Công đoàn Dệt May Việt Nam", "Hà Nội",
     "Nhà văn hóa công nhân, phường Hoàng Mai", "tập trung", "07/12/2026", "09/12/2026", "02/12/2026", "60",
     "Học buổi tối"],
]
TARGETS = [
    ["NB-2026-HV", "LĐLĐ tỉnh Ninh Bình", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "4.700", "học viên",
     "3.422", "15/11/2026"],
    ["NB-2026-LOP", "LĐLĐ tỉnh Ninh Bình", "2026", "Số lớp tập huấn, bồi dưỡng", "", "55", "lớp", "42", "15/11/2026"],
    ["DM-2026-HV", "Công đoàn Dệt May Việt Nam", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn", "", "230",
     "học viên", "162", "15/11/2026"],
]
# Other provinces' plans in learners, many enough that the asker's own may fall outside the records the words rank.
OTHERS = ["Hà Nội", "Hải Phòng", "Hưng Yên", "Quảng Ninh", "Bắc Ninh", "Thanh Hóa", "Nghệ An", "Phú Thọ", "Hà Tĩnh",
          "Lạng Sơn", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Điện Biên", "Lai Châu", "Sơn La",
          "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk"]
TARGETS = [*[[f"X{n}-{year}-HV", f"LĐLĐ tỉnh {name}", str(year), "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.000",
             "học viên", "2.900", "15/11/2026" if year == 2026 else "31/12/2025"]
            for n, name in enumerate(OTHERS) for year in (2025, 2026)], *TARGETS]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_a_batch_named_with_whom_it_is_for_gets_that_class_held_already(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "minh muon hoi lop cho ke toan cong doan dot 1 o ninh binh hoc ngay nao?")
    assert "16/11/2026" in reply
    assert "08/12/2026" not in reply.split("16/11/2026")[0]
    # The workers' class of the batch is still found by whom it is for.
    workers = ask(deps, "lớp cho công nhân đợt 1 của LĐLĐ Ninh Bình học ngày nào", user="6102")
    assert "08/12/2026" in workers and "16/11/2026" not in workers.split("08/12/2026")[0]


def _engine(deps: Deps) -> QAEngine:
    with session_scope(deps.session_factory) as s:
        return QAEngine.from_session(s, tz=deps.tz)


def test_learners_asked_against_the_plan_get_the_learners_figure(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    qa = _engine(deps)
    mine = Profile(province="Ninh Bình")
    for q in ("năm 2026 tỉnh mình được bao nhiêu học viên so với chỉ tiêu ạ",
              "nam 2026 tinh minh duoc bao nhieu hoc vien so voi chi tieu"):
        ans = qa.answer(q, now=FIXED_NOW, profile=mine)
        assert [m.code for m in ans.matches][:1] == ["NB-2026-HV"], (q, ans.matches)
    # The classes' count asked the same way is the classes' figure.
    ans = qa.answer("năm 2026 tỉnh mình mở được bao nhiêu lớp so với chỉ tiêu", now=FIXED_NOW, profile=mine)
    assert [m.code for m in ans.matches][:1] == ["NB-2026-LOP"], ans.matches


def test_the_textile_union_s_year_is_no_length_asked(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "công đoàn dệt may năm 2026 chỉ tiêu bao nhiêu học viên làm được bao nhiêu rồi")
    assert "162/230" in reply


def test_a_former_province_placed_in_today_s_asks_its_plan(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "Năm nay bên Nam Định cũ giờ thuộc Ninh Bình phải mở bao nhiêu lớp, đã mở được mấy lớp?")
    assert "42/55" in reply


def test_the_asker_going_to_a_class_asks_for_their_role(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    qa = _engine(deps)
    accountant = Profile(role="ke_toan_cdcs", province="Ninh Bình")
    for q in ("em can di tap huan thi co lop nao gan nhat", "alo em cần đi tập huấn thì có lớp nào gần nhất",
              "sắp tới co lop j cho e đi hoc ạ"):
        ans = qa.answer(q, now=FIXED_NOW, profile=accountant)
        assert [c.code for c in ans.courses][:1] == ["NB-TC-02"], (q, [c.code for c in ans.courses])
    # Asked of no one in particular, the nearest class of the province comes first.
    ans = qa.answer("ninh binh co lop nao gan nhat", now=FIXED_NOW, profile=accountant)
    assert [c.code for c in ans.courses][:1] == ["NB-AT-01"], [c.code for c in ans.courses]


def test_a_letter_s_closing_is_no_part_of_the_question(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    qa = _engine(deps)
    accountant = Profile(role="ke_toan_cdcs", province="Ninh Bình")
    ans = qa.answer("Chào anh chị, cho em hỏi có lớp nào cho em không tháng 3 ạ. Trân trọng cảm ơn.", now=FIXED_NOW,
                    profile=accountant)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["NB-TC-02"], (ans.intent, ans.courses)


def test_the_training_office_greeted_is_no_word_of_the_question(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    for n, q in enumerate(("Dạ em chào phòng đào tạo, em muốn hỏi các lớp của Công đoàn Dệt May ạ.",
                           "Em chào bộ phận đào tạo, cho em xin các lớp của Công đoàn Dệt May ạ. Trân trọng cảm ơn.")):
        reply = ask(deps, q, user=f"63{n}")
        assert "Tập huấn công tác nữ công" in reply and "162/230" not in reply, (q, reply)


def test_cadres_above_the_grassroots_said_short_are_that_audience(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp bồi dưỡng cho cán bộ cấp trên của LĐLĐ Quảng Ninh khi nào khai giảng")
    assert "15/06/2027" in reply and "07/05/2027" not in reply.split("15/06/2027")[0], reply


def test_a_zone_s_part_told_by_a_letter_is_the_zone_too(deps: Deps, tmp_path: Path) -> None:
    assert ("khu cong nghiep", "gian khau") in place_mentions("Nhà văn hóa công nhân KCN Gián Khẩu B, xã Gia Trấn")
    # A name whose last word is a letter of its own («phường Phú Mỹ A» is no part of a zone) stays whole.
    assert place_mentions("Hội trường xã Hòa An A") == [("xa", "hoa an a")]
