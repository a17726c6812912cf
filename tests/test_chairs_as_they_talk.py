"""Chairs talking to the bot as they really do: a question asked at the province step of onboarding, «vừa
được bầu làm chủ tịch», «bh» for «bao giờ», a name before the role, sending one's people to a class, «chi tiết
lớp …» asked on its own, «tiến độ chỉ tiêu», and this year's plan before an article's old figures.

Each test goes through the real turn on the labelled sample or on a small plan of our own."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.text import newly_elected, normalise
from tests.test_organiser import say
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER


def ask(deps: Deps, text: str, user: str = "c15") -> str:
    return "\n".join(r.text for r in say(deps, text, user=user, channel="zalo"))


def test_a_question_typed_at_the_province_step_is_answered_after_saving_the_province(sample_deps: Deps) -> None:
    ask(sample_deps, "/start")
    ask(sample_deps, "2")
    reply = ask(sample_deps, "minh o lang son, thang sau co lop gi ko")
    assert "Đã lưu đơn vị: Liên đoàn Lao động tỉnh Lạng Sơn" in reply
    assert "Các lớp phù hợp" in reply and "Lạng Sơn" in reply.split("Các lớp phù hợp", 1)[1]
    # A place alone is only saved.
    ask(sample_deps, "/start", user="c16")
    ask(sample_deps, "2", user="c16")
    assert "Các lớp" not in ask(sample_deps, "Lạng Sơn ạ", user="c16")


def test_newly_elected_is_read_as_plans_write_it() -> None:
    assert (newly_elected("tôi vừa được bầu làm chủ tịch CĐCS xã, cần học những gì ạ?")
            == "tôi là chủ tịch CĐCS xã mới bầu, cần học những gì ạ?")
    assert newly_elected("em mới lên chủ tịch") == "em là chủ tịch mới bầu"
    for text in ("tôi là chủ tịch mới bầu", "anh Kiên được bầu làm chủ tịch năm 2012"):
        assert newly_elected(text) == text


def test_a_newly_elected_chair_gets_the_classes_for_new_cadres(sample_deps: Deps) -> None:
    reply = ask(sample_deps, "Xin chào, tôi vừa được bầu làm chủ tịch công đoàn cơ sở xã, cần học những gì ạ?")
    assert "cán bộ CĐCS mới bầu" in reply and "Nguyễn Văn Kiên" not in reply


def test_bh_is_when_beside_what_is_done_at_a_time_and_insurance_otherwise() -> None:
    assert "bao gio" in normalise("lop atvsld o ha noi bh hoc a").folded
    assert normalise("hạn đk đến bh").folded.endswith("bao gio")
    assert "bao gio" not in normalise("đóng bh xã hội").folded


def test_bh_asks_when_a_class_is_held(sample_deps: Deps) -> None:
    reply = ask(sample_deps, "ad oi cho e hoi lop atvsld o ha noi bh hoc a")
    # When it is held, as for «… bao giờ học»: the class and its dates, the line asked (not the whole card).
    assert "Huấn luyện an toàn, vệ sinh lao động" in reply and "Bắt đầu" in reply and "2016" not in reply
    assert "03/12/2026" in reply


def test_a_name_before_the_role_is_part_of_the_introduction(sample_deps: Deps) -> None:
    reply = ask(sample_deps, "Kính chào quý cơ quan, tôi là Nguyễn Thị Hoa, chủ tịch CĐCS Công ty TNHH Changshin ở "
                             "KCN Nhơn Trạch, xin hỏi năm nay có lớp thương lượng tập thể không?")
    assert "thương lượng tập thể" in reply and "chưa có thông tin" not in reply


def test_sending_ones_people_to_a_class_asks_how_to_register(sample_deps: Deps) -> None:
    reply = ask(sample_deps, "Em là chủ tịch CĐ công ty giày da ở Bình Dương, công ty em có 3.000 công nhân chủ yếu "
                             "là nữ. Bên em muốn cử chị em đi học lớp nữ công thì đăng ký thế nào ạ?")
    assert "nữ công" in reply and "Để đăng ký lớp" in reply


COURSES = [
    ["NA-AT-01", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "An toàn vệ sinh lao động", "An toàn vệ sinh viên",
     "LĐLĐ tỉnh Nghệ An", "Nghệ An", "Hội trường LĐLĐ tỉnh Nghệ An", "tập trung", "21/07/2027", "23/07/2027", "",
     "45", ""],
]
TARGETS = [
    ["NA-26", "LĐLĐ tỉnh Nghệ An", "2026", "Huấn luyện an toàn, vệ sinh lao động", "Đoàn viên, người lao động",
     "2.000", "người", "1.475", "31/10/2026"],
    ["CTHO-26", "LĐLĐ thành phố Cần Thơ", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.300", "học viên",
     "2.845", "31/10/2026"],
    ["HN-26", "LĐLĐ thành phố Hà Nội", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn", "", "40.000", "lượt",
     "36.870", "31/10/2026"],
]


def _plan(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def test_details_of_a_class_asked_alone_are_the_class_not_the_target(deps: Deps, tmp_path: Path) -> None:
    _plan(deps, tmp_path)
    reply = ask(deps, "chi tiết lớp ATVSLĐ Nghệ An")
    assert "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên" in reply and "1.475" not in reply


def test_progress_of_a_citys_targets_is_its_plan(deps: Deps, tmp_path: Path) -> None:
    _plan(deps, tmp_path)
    reply = ask(deps, "tiến độ chỉ tiêu của Cần Thơ")
    assert reply.startswith("Chỉ tiêu") and "2.845/3.300" in reply


def test_this_years_plan_comes_before_an_articles_old_figures(deps: Deps, tmp_path: Path) -> None:
    _plan(deps, tmp_path)
    reply = ask(deps, "chi tieu cua ldld ha noi")
    assert "36.870/40.000" in reply and reply.index("36.870/40.000") < reply.index("2013–2018")
