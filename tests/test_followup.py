"""Follow-up questions resolved against the subject of the last answer (knowledge/language/followup.py)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence

import pytest

from knowledge.language.followup import FollowUp, Named, Subject, resolve

ONE = Subject(kind="course", question="lớp an toàn lao động ở Hà Nội", codes=("ATLD-01",),
              titles=("Tập huấn an toàn lao động",))
LIST = Subject(
    kind="courses", question="lớp nghiệp vụ tháng này ở Lạng Sơn", codes=("NV-1", "NV-2", "NV-3"),
    titles=("Nghiệp vụ công đoàn đợt 1", "Nghiệp vụ công đoàn đợt 2", "Kỹ năng thương lượng"),
    phrases=(("time", "thang nay"), ("place", "lang son")),
)
TARGET = Subject(kind="target", question="chỉ tiêu đào tạo năm 2026 của LĐLĐ Lạng Sơn", year=2026,
                 phrases=(("time", "nam 2026"), ("org", "lien doan lao dong lang son")))


def kinds(fragment: str) -> frozenset[str]:
    """A stand-in for the engine's vocabulary: what a fragment names."""
    out = set()
    if any(w in fragment for w in ("ha noi", "lang son", "huyen")):
        out.add("place")
    if "cong doan nganh" in fragment:
        out.add("org")
    if "pho chu tich" in fragment:
        out.add("role")
    return frozenset(out)


def test_subject_round_trips_through_json() -> None:
    data = json.loads(json.dumps(LIST.to_dict()))
    assert Subject.from_dict(data) == LIST
    assert Subject.from_dict(None) is None
    assert Subject.from_dict({"codes": 5}) is None  # malformed state from elsewhere: ignored


@pytest.mark.parametrize("text", ["lớp ấy ở chỗ nào?", "lop nay o dau", "Ở đâu vậy ạ?", "nó học ở chỗ nào"])
def test_pronoun_and_bare_aspect_refer_to_the_one_class(text: str) -> None:
    f = resolve(text, ONE)
    assert (f.action, f.code, f.aspect) == ("ask", "ATLD-01", "place")
    assert f.question.startswith("ATLD-01")


@pytest.mark.parametrize(("text", "code"), [
    ("cái thứ 2 học mấy hôm?", "NV-2"),
    ("lớp thứ hai học mấy hôm", "NV-2"),
    ("lop thu 3 o dau", "NV-3"),
    ("cái cuối khi nào khai giảng", "NV-3"),
    ("lớp đầu tiên ở đâu", "NV-1"),
    ("đợt 2 học ở đâu", "NV-2"),
    ("dot II khi nao", "NV-2"),
])
def test_ordinal_or_batch_among_the_listed_classes(text: str, code: str) -> None:
    f = resolve(text, LIST)
    assert f.action == "ask" and f.code == code


def test_an_ordinal_beyond_the_list_is_not_a_class() -> None:
    assert resolve("cái thứ 7 ở đâu", LIST).action != "ask" or resolve("cái thứ 7 ở đâu", LIST).code is None


def test_weekday_is_not_an_ordinal() -> None:
    f = resolve("học vào thứ 2 à", LIST)
    assert f.code is None


def test_register_the_class_just_shown() -> None:
    f = resolve("cho mình ghi danh lớp này", ONE)
    assert (f.action, f.code, f.purpose) == ("ask", "ATLD-01", "register")
    assert f.question == "đăng ký ATLD-01"


def test_register_with_several_classes_asks_which_with_choices() -> None:
    f = resolve("đăng ký lớp này cho tôi", LIST)
    assert f.action == "choose" and f.purpose == "register"
    assert [c.code for c in f.choices] == ["NV-1", "NV-2", "NV-3"]
    assert all(c.question == f"đăng ký {c.code}" for c in f.choices)


def test_register_the_second_one() -> None:
    f = resolve("dk cái thứ 2", LIST)
    assert (f.action, f.code, f.purpose) == ("ask", "NV-2", "register")


def test_register_with_nothing_in_view_never_guesses() -> None:
    assert resolve("đăng ký lớp này", None).action == "which"
    assert resolve("đăng ký lớp này", TARGET).action == "which"


def test_pronoun_with_several_classes_asks_which() -> None:
    f = resolve("lớp đó ở đâu", LIST)
    assert f.action == "choose" and f.purpose == "details" and len(f.choices) == 3
    assert f.choices[0].question == "NV-1 ở đâu"


@pytest.mark.parametrize(("text", "expected"), [
    ("thế tháng sau?", "lop nghiep vu o lang son thang sau"),
    ("còn tháng 12 thì sao", "lop nghiep vu o lang son thang 12"),
    ("còn ở Hà Nội?", "lop nghiep vu thang nay ha noi"),
    ("còn ở huyện?", "lop nghiep vu thang nay huyen"),
])
def test_another_period_or_place_for_the_same_question(text: str, expected: str) -> None:
    f = resolve(text, LIST, kinds_of=kinds)
    assert f.action == "ask"
    assert f.question == expected


def test_another_union_replaces_the_union() -> None:
    f = resolve("bên công đoàn ngành thì sao", TARGET, kinds_of=kinds)
    assert f.action == "ask"
    assert "cong doan nganh" in f.question and "lien doan lao dong lang son" not in f.question and "2026" in f.question


def test_comparison_with_another_year() -> None:
    f = resolve("năm trước được bao nhiêu?", TARGET, kinds_of=kinds)
    assert f.action == "ask" and f.compare_year == 2026
    assert "nam truoc" in f.question and "2026" not in f.question and "lien doan lao dong lang son" in f.question


@pytest.mark.parametrize("text", [
    "lớp tài chính công đoàn ở Hà Nội tháng 12 có không",
    "chỉ tiêu năm nay của LĐLĐ tỉnh là bao nhiêu",
    "xin chào",
    "",
    "🙂",
])
def test_a_question_of_its_own_is_left_alone(text: str) -> None:
    assert resolve(text, LIST, kinds_of=kinds) == FollowUp("none")


def test_without_subject_nothing_changes() -> None:
    assert resolve("thế tháng sau?", None).action == "none"
    # «lớp ấy ở đâu» with nothing shown: which class is asked, never one guessed (the tester's finding of 3/12).
    f = resolve("lớp ấy ở đâu", None)
    assert f.action == "which" and f.purpose == "details"


def test_openers_and_shorthand_do_not_hide_a_follow_up() -> None:
    """«ad ơi còn ở Hà Nội?», «cho e hỏi hạn đk lớp đó khi nào?»: the opener and the shorthand are read."""
    f = resolve("ad ơi còn ở Hà Nội?", LIST, kinds_of=kinds)
    assert f.action == "ask" and "ha noi" in f.question and "lang son" not in f.question
    f = resolve("cho e hỏi hạn đk lớp đó khi nào?", ONE)
    assert f.action == "ask" and f.code == "ATLD-01" and f.aspect == "deadline"


def test_a_kind_of_union_keeps_the_place_asked_before() -> None:
    """«bên công đoàn các KCN có lớp gì?» after a question about a place: that place's KCN unions."""
    def kinds_with_orgkind(fragment: str) -> frozenset[str]:
        return frozenset({"orgkind"}) if "khu cong nghiep" in fragment else kinds(fragment)

    f = resolve("bên công đoàn các KCN có lớp gì?", LIST, kinds_of=kinds_with_orgkind)
    assert f.action == "ask" and "khu cong nghiep" in f.question and "lang son" in f.question
    f = resolve("thế th 1 ạ?", LIST, kinds_of=kinds)
    assert f.action == "ask" and "thang 1" in f.question and "lang son" in f.question


# ------------------------------------------------------------ a class of the list named by what it has


PLACES = Subject(
    kind="courses", question="lớp thương lượng tập thể tháng 12", codes=("HUE-1", "HP-1", "KH-1"),
    titles=("Kỹ năng thương lượng (Huế)", "Đối thoại, thương lượng (Hải Phòng)", "Thương lượng tiền lương"),
    phrases=(("topic", "thuong luong tap the"), ("time", "thang 12")),
)


def fits(fitting: tuple[int, ...], *phrases: tuple[str, str],
         rest: str = "lop o hoc may ngay") -> Callable[[Sequence[str]], Named | None]:
    """A stand-in for the engine's reading: these classes of those in view have what the message names."""
    def fit(codes: Sequence[str]) -> Named | None:
        return Named(fitting, tuple(phrases), rest)

    return fit


def test_a_class_of_the_list_named_by_its_place_is_picked_before_any_search() -> None:
    f = resolve("Lớp ở Hải Phòng học mấy ngày?", PLACES, fit=fits((1,), ("place", "hai phong")))
    assert (f.action, f.code, f.aspect) == ("ask", "HP-1", "duration")


def test_registration_of_a_class_named_by_what_it_has() -> None:
    f = resolve("Đăng ký lớp ở Huế giúp tôi", PLACES, fit=fits((0,), ("place", "hue"), rest="dang ky lop o giup toi"))
    assert (f.action, f.code, f.purpose) == ("ask", "HUE-1", "register")


def test_several_classes_that_fit_are_a_choice_among_them_only() -> None:
    f = resolve("đăng ký lớp online", PLACES, fit=fits((0, 2), ("format", "online"), rest="dang ky lop"))
    assert f.action == "choose" and f.purpose == "register"
    assert [c.code for c in f.choices] == ["HUE-1", "KH-1"]


def test_a_position_among_the_classes_that_fit() -> None:
    f = resolve("Lớp ở Thái Bình gần nhất học ngày nào?", PLACES,
                fit=fits((1, 2), ("place", "thai binh"), rest="lop o gan nhat hoc ngay nao"))
    assert (f.action, f.code, f.aspect) == ("ask", "HP-1", "time")


def test_when_no_class_in_view_fits_it_is_the_same_question_for_what_was_named() -> None:
    f = resolve("Lớp ở Đà Nẵng học mấy ngày?", PLACES, fit=fits((), ("place", "da nang")))
    assert f.action == "ask" and f.code is None
    assert "da nang" in f.question and "thuong luong" in f.question and "thang 12" in f.question


def test_a_list_asked_for_is_a_new_question_not_a_class_of_the_list() -> None:
    for text in ("Tháng 12 có lớp nữ công nào ở Huế không?", "ok, giờ cho mình hỏi lớp giảng viên kiêm chức nào sắp mở"):
        f = resolve(text, PLACES, fit=fits((0,), ("place", "hue"), rest="thang 12 co lop nu cong nao o khong"))
        assert f.code is None and f.action != "choose"


def test_a_message_with_words_of_its_own_is_not_read_as_a_class_of_the_list() -> None:
    f = resolve("Lạng Sơn từng mở lớp cho bao nhiêu người?", PLACES,
                fit=fits((), ("place", "lang son"), rest="tung mo lop cho bao nhieu nguoi"))
    assert f == FollowUp("none")


@pytest.mark.parametrize(("text", "code"), [
    ("lop gan nhat o dau", "NV-1"),
    ("Đăng ký cho tôi lớp gần nhất.", "NV-1"),
    ("lớp cuối cùng ở đâu", "NV-3"),
    ("lop thu nhat han dang ky", "NV-1"),
])
def test_positions_count_in_the_order_shown(text: str, code: str) -> None:
    f = resolve(text, LIST)
    assert f.action == "ask" and f.code == code


def test_the_next_batch_after_the_class_in_focus() -> None:
    batches = Subject(kind="courses", question="lớp nghiệp vụ", codes=("A1", "B1", "A2"),
                      titles=("Nghiệp vụ (đợt 1)", "Kỹ năng thương lượng", "Nghiệp vụ (đợt 2)"), focus="A1")
    f = resolve("đợt tiếp theo học ngày nào", batches)
    assert (f.action, f.code) == ("ask", "A2")
    other = Subject(kind="courses", question="lớp nghiệp vụ", codes=("A1", "B1"), titles=("Nghiệp vụ", "Tài chính"),
                    focus="A1")
    assert resolve("lớp tiếp theo ở đâu", other).code == "B1"  # no batch of it: the class shown after it


def test_another_place_after_one_class_asks_for_that_class_topic_there() -> None:
    def topic_of(code: str) -> str | None:
        return "an toan ve sinh lao dong" if code == "ATLD-01" else None

    for text in ("Còn ở Huế?", "con o vinh long", "Thế còn lớp ở Đà Nẵng?"):
        f = resolve(text, ONE, kinds_of=kinds_with_places, topic_of=topic_of)
        assert f.action == "ask" and f.question.startswith("lop an toan ve sinh lao dong"), text
        assert "ha noi" not in f.question


def kinds_with_places(fragment: str) -> frozenset[str]:
    if any(w in fragment for w in ("hue", "vinh long", "da nang")):
        return frozenset({"place"})
    return kinds(fragment)


def test_another_audience_there_keeps_the_place() -> None:
    """«còn lớp cho ct, pct cđcs ở đó thì sao»: the audience changes, the place of the last answer stays."""
    def kinds_role(fragment: str) -> frozenset[str]:
        return frozenset({"role"}) if "chu tich" in fragment else kinds(fragment)

    f = resolve("còn lớp cho ct, pct cđcs ở đó thì sao", LIST, kinds_of=kinds_role)
    assert f.action == "ask" and "chu tich" in f.question and "lang son" in f.question


def test_the_province_of_the_conversation_when_only_said_as_the_province() -> None:
    """«chỉ tiêu năm nay của tỉnh» after classes of Hòa Bình: that province, not every province's."""
    courses = Subject(kind="courses", question="hòa bình cũ có lớp gì", codes=("A", "B"), titles=("a", "b"),
                      place="Hòa Bình", phrases=(("place", "hoa binh"),))
    f = resolve("chỉ tiêu năm nay của tỉnh", courses, kinds_of=kinds)
    assert f.action == "ask" and f.question == "chi tieu nam nay cua tinh hoa binh"
    assert resolve("chỉ tiêu năm nay của tỉnh Lạng Sơn", courses, kinds_of=kinds).action == "none"


def test_a_side_word_before_a_place_is_left_out_of_a_class_question() -> None:
    """«còn lớp ATVSLĐ bên Tuyên Quang thì sao»: folded «ben tuyen quang» is no place side to the engine."""
    def kinds_tq(fragment: str) -> frozenset[str]:
        out = set(kinds(fragment)) | ({"place"} if "tuyen quang" in fragment else set())
        return frozenset(out | ({"topic"} if "an toan" in fragment else set()))

    f = resolve("còn lớp ATVSLĐ bên Tuyên Quang thì sao", LIST, kinds_of=kinds_tq)
    assert f.action == "ask" and "tuyen quang" in f.question and " ben " not in f" {f.question} "


def test_a_period_alone_or_a_yes_no_question_is_not_a_class_of_the_list() -> None:
    """«tháng 12 thì sao» is the list's question for December; «lớp … tháng 12 có không» asks for a list."""
    f = resolve("tháng 12 thì sao", LIST, kinds_of=kinds, fit=fits((0,), rest="thi sao"))
    assert f.code is None and f.action == "ask" and "thang 12" in f.question
    f = resolve("lớp tài chính ở Hà Nội tháng 12 có không", LIST, kinds_of=kinds,
                fit=fits((0,), ("place", "ha noi"), ("topic", "tai chinh"), rest="lop o thang 12 co khong"))
    assert f.code is None and f.action != "choose"


def test_after_an_off_topic_turn_an_ellipsis_does_not_reach_back() -> None:
    """«thời tiết Cần Thơ mai thế nào» after a list and an off-topic message in between is no «the same
    question for Cần Thơ»; the list stays for a pick by position, and the flag survives the state."""
    def can_tho(f: str) -> frozenset[str]:
        return frozenset({"place"}) if "can tho" in f else frozenset()

    stale = dataclasses.replace(LIST, stale=True)
    assert resolve("còn ở Cần Thơ thì sao", LIST, kinds_of=can_tho).action == "ask"
    assert resolve("còn ở Cần Thơ thì sao", stale, kinds_of=can_tho).action == "none"
    assert resolve("cái thứ 2 ở đâu", stale).action == "ask"
    assert Subject.from_dict(json.loads(json.dumps(stale.to_dict()))) == stale


FACT = Subject(kind="fact", question="Sóc Trăng có bao nhiêu đoàn viên được học tập nâng cao trình độ trong 2 năm?",
               codes=("ST-TYLE",), titles=("Sóc Trăng: đoàn viên học tập nâng cao trình độ",))


def test_more_about_the_fact_in_view_asks_its_question_again() -> None:
    f = resolve("Đạt tỷ lệ bao nhiêu phần trăm?", FACT, kinds_of=kinds)
    assert f.action == "ask" and f.question.startswith("soc trang co bao nhieu doan vien") and f.purpose == "detail"


def test_the_number_of_the_plan_on_the_fact_in_view_asks_its_matter_without_its_figure() -> None:
    # «có bao nhiêu» would call for the plan's targets, not for the plan whose number is asked.
    f = resolve("Kế hoạch của LĐLĐ tỉnh về việc này là số mấy?", FACT, kinds_of=kinds)
    assert f.action == "ask" and f.purpose == "detail"
    assert f.question.startswith("soc trang doan vien") and "bao nhieu" not in f.question and "so may" in f.question


def test_a_question_of_its_own_after_a_fact_is_not_about_the_fact() -> None:
    assert resolve("Hà Nội đạt tỷ lệ bao nhiêu", FACT, kinds_of=kinds).action == "none"
    assert resolve("có lớp nào về việc này không", FACT, kinds_of=kinds).purpose != "detail"


def test_small_talk_is_no_ellipsis() -> None:
    """«ok cảm ơn nhé» ends like «thế tháng sau nhé?» but asks nothing again."""
    assert resolve("ok cam on nhe", LIST, kinds_of=kinds).action == "none"


def test_after_small_talk_a_month_alone_reaches_back_a_day_or_a_place_does_not() -> None:
    stale = dataclasses.replace(LIST, stale=True)
    f = resolve("vậy tháng 12 thì sao", stale, kinds_of=kinds)
    assert f.action == "ask" and "thang 12" in f.question
    assert resolve("thế ngày mai thì sao", stale, kinds_of=kinds).action == "none"
    assert resolve("còn ở Hà Nội thì sao", stale, kinds_of=kinds).action == "none"


def test_a_province_code_two_provinces_share_is_written_out_in_an_ellipsis() -> None:
    def places(fragment: str) -> frozenset[str]:
        return frozenset({"place"}) if "da nang" in fragment else kinds(fragment)

    f = resolve("thế còn ĐN", LIST, kinds_of=places)
    assert f.action == "ask" and "da nang dong nai" in f.question and "doanh nghiep" not in f.question


def test_still_in_time_is_the_deadline_not_a_registration() -> None:
    f = resolve("dang ky con kip ko", ONE)
    assert (f.action, f.code, f.aspect, f.purpose) == ("ask", "ATLD-01", "deadline", None)


def test_of_two_positions_the_one_after_the_wish_to_register() -> None:
    f = resolve("cái đầu hết hạn rồi thì đăng ký cái cuối", LIST)
    assert (f.action, f.code, f.purpose) == ("ask", "NV-3", "register")


def test_a_registration_for_ones_workers_is_about_the_class_in_view() -> None:
    f = resolve("ĐK cho CNLĐ cty e", ONE)
    assert (f.action, f.code, f.purpose) == ("ask", "ATLD-01", "register")


@pytest.mark.parametrize("subject", [ONE, dataclasses.replace(LIST, focus="NV-3")])
def test_the_class_after_the_last_one_in_view_is_past_the_list(subject: Subject) -> None:
    # «cái sau» after a list of one (or after its last class): the list is said to be that short, as for
    # «cái thứ 2», not turned away as out of scope.
    f = resolve("cái sau", subject)
    assert f.action == "choose" and f.beyond is not None and f.shown == len(subject.codes)


def test_a_ward_of_a_former_province_is_another_place_for_the_same_question() -> None:
    """«Thế còn ở phường X bên Lạng Sơn cũ thì sao?»: «bên», «cũ» only mark the place, the message is as short
    as an ellipsis, not a question of its own."""
    def wards(fragment: str) -> frozenset[str]:
        return frozenset({"place"}) if "lang son" in fragment or "phuong" in fragment else frozenset()

    f = resolve("Thế còn ở phường Hoàng Văn Thụ bên Lạng Sơn cũ thì sao?", LIST, kinds_of=wards)
    assert f.action == "ask" and f.question is not None
    assert "hoang van thu" in f.question and "nghiep vu" in f.question


def test_there_and_theirs_stand_for_the_place_or_union_of_the_talk() -> None:
    """«ở đó» is the place the last answer was about, «của họ» its union; the rest is a question of its own."""
    place = Subject(kind="target", question="con nghe an", phrases=(("place", "nghe an"),), place="Nghệ An")
    f = resolve("lớp thương lượng ở đó tháng này", place, kinds_of=kinds)
    assert (f.action, f.question) == ("ask", "lop thuong luong o nghe an thang nay")
    union = Subject(kind="target", question="chi tieu cong doan giao duc viet nam nam sau",
                    phrases=(("org", "cong doan giao duc viet nam"),))
    f = resolve("có lớp nào của họ đang mở đăng ký không", union, kinds_of=kinds)
    assert (f.action, f.purpose) == ("ask", None)
    assert f.question == "co lop nao cua cong doan giao duc viet nam dang mo dang ky khong"
    # A place of its own wins; «ở đó» with no class or plan asked is left to the other readings.
    assert resolve("lớp thương lượng ở đó hay ở Hà Nội", place, kinds_of=kinds).question != f.question
    assert "nghe an" not in resolve("lớp ở Hà Nội ở đó", place, kinds_of=kinds).question


def test_when_registration_opens_is_asked_of_the_class_in_view_not_a_wish_to_register() -> None:
    f = resolve("vậy khi nào mở đăng ký", ONE)
    assert (f.action, f.code, f.aspect, f.purpose) == ("ask", "ATLD-01", "deadline", None)


def test_another_class_instead_is_the_topic_of_the_class_in_view_in_the_place_of_the_talk() -> None:
    one = Subject(kind="course", question="lop tuyen truyen tuyen quang", codes=("TQ-9",), titles=("Tuyên giáo",),
                  phrases=(("topic", "tuyen truyen"), ("place", "tuyen quang")), place="Tuyên Quang")
    topic = {"TQ-9": "tuyen truyen"}.get
    f = resolve("thế có lớp nào khác thay không", one, kinds_of=kinds, topic_of=topic)
    assert (f.action, f.question) == ("ask", "lop tuyen truyen o tuyen quang")
    # A place of its own is a question of its own; with several classes and none singled out, no one topic.
    assert resolve("có lớp nào khác ở Hà Nội không", one, kinds_of=kinds, topic_of=topic).question != f.question
    assert resolve("có lớp nào khác thay không", LIST, kinds_of=kinds, topic_of=topic).question != f.question


def test_the_class_of_a_while_ago_is_the_one_listed_before_the_talk_moved_on() -> None:
    moved_on = dataclasses.replace(TARGET, classes=("ATLD-01",), class_titles=("Tập huấn an toàn lao động",))
    f = resolve("quay lại lớp lúc nãy, hạn đăng ký", moved_on)
    assert (f.action, f.code, f.aspect) == ("ask", "ATLD-01", "deadline")
    two = dataclasses.replace(TARGET, classes=("NV-1", "NV-2"), class_titles=("Nghiệp vụ 1", "Nghiệp vụ 2"))
    f = resolve("lớp hồi nãy học ở đâu", two)
    assert (f.action, f.aspect, [c.code for c in f.choices]) == ("choose", "place", ["NV-1", "NV-2"])
