"""Follow-ups as chairs of the Mekong Delta, the far South and Hồ Chí Minh City type them (held-out set 37's
DEV half): «còn bên Bạc Liêu cũ thì sao», «dưới Bến Tre cũ», in data full of «Bến …» names.

Each is checked through `answer_in_context`, which the bench uses, and some through the real turn.
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

NC = "Nữ công - bình đẳng giới"
PL = "Pháp luật lao động"


def _row(code: str, title: str, topic: str, org: str, province: str, venue: str, start: str, deadline: str,
         audience: str = "Cán bộ nữ công công đoàn cơ sở") -> list[str]:
    return [code, title, topic, audience, org, province, venue, "tập trung", start, start, deadline, "40", ""]


# Venues named after wharves («Bến …»), as the South's are: the folded «ben» is then a common word of the data.
COURSES = [
    _row("VL-NC-01", "Tập huấn công tác nữ công", NC, "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
         "Nhà văn hóa lao động, phường An Hội (TP Bến Tre cũ)", "10/12/2026", "03/12/2026"),
    _row("VL-NC-02", "Tập huấn công tác nữ công, bình đẳng giới", NC, "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
         "Hội trường xã Bình Đại (huyện Bình Đại cũ)", "14/01/2027", "07/01/2027"),
    _row("VL-NC-03", "Bồi dưỡng nghiệp vụ nữ công", NC, "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
         "Nhà văn hóa lao động, phường Bình Minh (thị xã Bình Minh cũ)", "05/01/2027", "28/12/2026"),
    _row("VL-NC-04", "Tập huấn nữ công cơ sở", NC, "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
         "Hội trường LĐLĐ tỉnh, phường Thanh Đức", "25/02/2027", "18/02/2027"),
    _row("VL-PL-01", "Tập huấn pháp luật lao động", PL, "LĐLĐ tỉnh Vĩnh Long", "Vĩnh Long",
         "Hội trường phường Bến Tre", "20/01/2027", "13/01/2027", "Đoàn viên, người lao động"),
    _row("CM-NC-01", "Bồi dưỡng nghiệp vụ nữ công", NC, "LĐLĐ tỉnh Cà Mau", "Cà Mau",
         "Nhà văn hóa xã Gành Hào, Bến cá Gành Hào", "12/01/2027", "05/01/2027"),
    _row("CM-NC-02", "Tập huấn công tác nữ công", NC, "LĐLĐ tỉnh Cà Mau", "Cà Mau",
         "Hội trường phường Bạc Liêu", "22/02/2027", "15/02/2027"),
    _row("CT-NC-01", "Tập huấn công tác nữ công", NC, "LĐLĐ thành phố Cần Thơ", "Cần Thơ",
         "Bến Ninh Kiều, phường Ninh Kiều", "18/01/2027", "11/01/2027"),
    _row("HC-NC-01", "Tập huấn công tác nữ công", NC, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Nhà văn hóa lao động, phường Bến Thành", "25/01/2027", "18/01/2027"),
    _row("HC-PL-01", "Tập huấn pháp luật lao động", PL, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Hội trường phường Bến Cát", "26/01/2027", "19/01/2027", "Đoàn viên, người lao động"),
    _row("HC-PL-02", "Tập huấn pháp luật lao động", PL, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Nhà văn hóa công nhân, phường Dĩ An (TP Dĩ An cũ)", "02/02/2027", "26/01/2027", "Đoàn viên, người lao động"),
    _row("HC-PL-03", "Tập huấn pháp luật lao động", PL, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Hội trường phường Vũng Tàu, Bến Đình", "09/02/2027", "02/02/2027", "Đoàn viên, người lao động"),
    _row("HC-PL-04", "Tập huấn pháp luật lao động", PL, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Bến Nghé, phường Sài Gòn", "16/02/2027", "09/02/2027", "Đoàn viên, người lao động"),
    _row("HC-PL-05", "Tập huấn pháp luật lao động", PL, "LĐLĐ Thành phố Hồ Chí Minh", "Hồ Chí Minh",
         "Bến Bạch Đằng, phường Sài Gòn", "23/02/2027", "16/02/2027", "Đoàn viên, người lao động"),
    _row("HC-PL-06", "Tập huấn pháp luật lao động", PL, "Công đoàn đặc khu Côn Đảo", "Hồ Chí Minh",
         "Hội trường UBND, đặc khu Côn Đảo (huyện Côn Đảo cũ)", "03/03/2027", "24/02/2027", "Đoàn viên, người lao động"),
]
TARGETS = [
    ["VL-2025", "LĐLĐ tỉnh Vĩnh Long", "2025", "Đào tạo, bồi dưỡng cán bộ công đoàn", "", "7.550", "học viên",
     "7.933", "31/12/2025"],
    ["CM-2025", "LĐLĐ tỉnh Cà Mau", "2025", "Đào tạo, bồi dưỡng cán bộ công đoàn", "", "5.690", "học viên",
     "6.482", "31/12/2025"],
    ["PBL-2025", "Công đoàn phường Bạc Liêu", "2025", "Tập huấn, bồi dưỡng cán bộ, đoàn viên", "", "730", "học viên",
     "664", "31/12/2025"],
    ["HC-2025", "LĐLĐ Thành phố Hồ Chí Minh", "2025", "Đào tạo, bồi dưỡng cán bộ công đoàn", "", "6.910", "học viên",
     "6.482", "31/12/2025"],
]


def setup(deps: Deps, tmp_path: Path) -> None:
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])


def talk(deps: Deps, *texts: str) -> tuple[Answer | None, Subject | None, str]:
    """The messages through `answer_in_context` in turn: the last answer, its subject, and what the last
    message was read as."""
    engine = deps.knowledge.engine()
    subject: Subject | None = None
    ans: Answer | None = None
    read = ""
    for text in texts:
        ans, subject, follow = answer_in_context(engine, text, subject, now=FIXED_NOW)
        read = f"{follow.action} {follow.code or ''} {follow.question}"
    return ans, subject, read


def codes(ans: Answer | None) -> list[str]:
    return [c.code for c in ans.courses] if ans is not None else []


def test_a_side_word_before_a_place_asks_the_same_there(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    first = "có lớp nữ công ở Vĩnh Long nào không"
    for then in ("còn bên Cần Thơ thì sao", "dạ cho em hỏi còn bên cần thơ thì sao", "con ben can tho thi s",
                 "còn dưới Cần Thơ thì sao?"):
        ans, _, read = talk(deps, first, then)
        assert codes(ans) == ["CT-NC-01"], (then, read)
        assert "duoi" not in read
    assert "Bến Ninh Kiều" in (ask(deps, first) and ask(deps, "còn bên Cần Thơ thì sao"))
    # A side word before no place keeps the stray words that make a message a question of its own.
    ans, _, _ = talk(deps, first, "còn bên thời tiết thì sao")
    assert not codes(ans)


def test_a_former_province_that_kept_its_name_lists_its_own_area_first(deps: Deps, tmp_path: Path) -> None:
    # «Vĩnh Long cũ»: the former Vĩnh Long, not the Bến Tre and Trà Vinh merged into it in 2025. Their classes
    # come after, under a line of their own, and «cái thứ hai» counts among the former area's.
    setup(deps, tmp_path)
    first = "cho hỏi lớp nữ công ở Vĩnh Long cũ có những lớp nào"
    ans, subject, _ = talk(deps, first)
    assert subject is not None and subject.codes[:2] == ("VL-NC-03", "VL-NC-04")
    assert set(subject.codes[2:]) == {"VL-NC-01", "VL-NC-02"}
    reply = ask(deps, first)
    assert reply.index("Tập huấn nữ công cơ sở") < reply.index("Các lớp khác") < reply.index("Tập huấn công tác nữ công")
    ans, _, _ = talk(deps, first, "cái thứ hai học ở đâu")
    assert codes(ans) == ["VL-NC-04"]


def test_a_former_district_of_the_south_is_in_its_former_province(deps: Deps, tmp_path: Path) -> None:
    # «Bến Tre cũ» holds the former district of Bình Đại: a class at «xã Bình Đại (huyện Bình Đại cũ)» is one.
    setup(deps, tmp_path)
    ans, _, _ = talk(deps, "lớp nữ công ở Bến Tre cũ có những lớp nào")
    assert set(codes(ans)) == {"VL-NC-01", "VL-NC-02"}
    ans, _, _ = talk(deps, "có lớp nữ công ở Cà Mau cũ nào không", "còn bên Bạc Liêu cũ thì sao")
    assert codes(ans) == ["CM-NC-02"]


def test_ben_do_after_an_aside_is_still_the_place_of_the_talk(deps: Deps, tmp_path: Path) -> None:
    # An off-topic message that names no place in between: «LĐLĐ bên đó» is the province the classes were of.
    setup(deps, tmp_path)
    for aside in ("giá vàng hôm nay bao nhiêu", "tính giúp em lương hưu được bao nhiêu"):
        ans, _, _ = talk(deps, "có lớp pháp luật lao động ở Hồ Chí Minh nào không", aside,
                         "năm ngoái LĐLĐ bên đó đạt chỉ tiêu học viên không")
        assert ans is not None and [i.code for i in ans.items][:1] == ["HC-2025"], aside
    # After an aside that names a place, «bên đó» may be that place: no place of the talk is put in.
    _, _, read = talk(deps, "có lớp pháp luật lao động ở Hồ Chí Minh nào không", "thời tiết Cần Thơ mai thế nào",
                      "năm ngoái LĐLĐ bên đó đạt chỉ tiêu học viên không")
    assert "ho chi minh" not in read


def test_o_do_after_a_plan_and_an_article_s_fact_is_the_plan_s_place(deps: Deps, tmp_path: Path) -> None:
    # A union's targets, an aside, then a fact of the built-in articles (Lạng Sơn, years ago): «ở đó có lớp …
    # sắp tới không» goes back to the union whose plan the talk was on, «bển» (bên ấy) as well.
    setup(deps, tmp_path)
    talk_before = ("Chỉ tiêu học viên năm ngoái của LĐLĐ Hồ Chí Minh bao nhiêu, đạt chưa?", "giá vàng hôm nay bao nhiêu",
                   "Chương trình 104/CTr-LĐLĐ của Lạng Sơn ban hành ngày nào?")
    for asked in ("Ở đó có lớp pháp luật lao động nào sắp tới không?", "o do co lop phap luat lao dong nao sap toi khong",
                  "Bển có lớp pháp luật lao động nào sắp tới hông?"):
        ans, _, _ = talk(deps, *talk_before, asked)
        assert set(codes(ans)) >= {"HC-PL-01", "HC-PL-02"} and not set(codes(ans)) & {"VL-PL-01"}, asked
    # With no plan in the talk, the article's fact leaves «ở đó» as it was read before.
    ans, _, read = talk(deps, "Chương trình 104/CTr-LĐLĐ của Lạng Sơn ban hành ngày nào?",
                        "Ở đó có lớp pháp luật lao động nào sắp tới không?")
    assert "ho chi minh" not in read


def test_the_last_of_a_former_area_and_a_side_word_replaced_with_its_place(deps: Deps, tmp_path: Path) -> None:
    # «Hồ Chí Minh cũ»: the former city's classes first; «lớp cuối» is the last of those, not of the whole list.
    # «còn bên Vũng Tàu cũ thì sao» then puts Vũng Tàu where «bên Hồ Chí Minh cũ» was, «bên» and all (left
    # behind, it would read as the «Bến» of «Bến Nghé»); Côn Đảo, a special zone now, is in the former province.
    setup(deps, tmp_path)
    first = "cho hoi lop pl lao dong ben ho chi minh cu co nhung lop nao"
    _, subject, _ = talk(deps, first)
    assert subject is not None and subject.codes[:2] == ("HC-PL-04", "HC-PL-05")
    ans, _, _ = talk(deps, first, "lop cuoi hoc o dau")
    assert codes(ans) == ["HC-PL-05"]
    ans, _, read = talk(deps, first, "con ben vung tau cu thi s")
    assert set(codes(ans)[:2]) == {"HC-PL-03", "HC-PL-06"} and " ben " not in read, read


def test_the_federation_over_there_is_today_s_province_s(deps: Deps, tmp_path: Path) -> None:
    # «LĐLĐ bên đó» after the classes of the former Bạc Liêu: Cà Mau's federation (Bạc Liêu's ended in 2025), not
    # the ward union that bears the old name; «đạt ct hv» is «đạt chỉ tiêu học viên».
    setup(deps, tmp_path)
    ans, _, _ = talk(deps, "có lớp nữ công ở Cà Mau cũ nào không", "còn bên Bạc Liêu cũ thì sao",
                     "tính giúp em lương hưu được bao nhiêu",
                     "ờ cho tôi hỏi năm ngoái liên đoàn lao động bên đó đạt chỉ tiêu học viên không")
    assert ans is not None and [i.code for i in ans.items][:1] == ["CM-2025"]
    ans, _, _ = talk(deps, "cho hoi lop pl lao dong ben ho chi minh cu co nhung lop nao", "con ben vung tau cu thi s",
                     "Giá vàng hôm nay bao nhiu", "nam ngoai ldld ben do dat ct hv ko")
    assert ans is not None and [i.code for i in ans.items][:1] == ["HC-2025"]


def test_a_side_word_before_a_place_and_hoi_truoc_after_a_province(deps: Deps, tmp_path: Path) -> None:
    # «dưới Vĩnh Long», «trển Sài Gòn»: where the place lies from the asker, as «ở» says it; «bển Vĩnh Long hồi
    # trước» is the former Vĩnh Long, as «Vĩnh Long cũ» says it.
    setup(deps, tmp_path)
    ans, _, _ = talk(deps, "Có mấy lớp nữ công dưới Vĩnh Long tháng 1 năm tới dzậy?")
    assert ans is not None and ans.intent == "course" and set(codes(ans)) == {"VL-NC-02", "VL-NC-03"}
    ans, _, _ = talk(deps, "lớp pháp luật lao động trển Sài Gòn có hông")
    assert ans is not None and ans.intent == "course" and "HC-PL-04" in codes(ans)
    _, subject, _ = talk(deps, "Có mấy lớp nữ công bển Vĩnh Long hồi trước dzậy?")
    assert subject is not None and subject.codes[:2] == ("VL-NC-03", "VL-NC-04")
    ans, _, _ = talk(deps, "Có mấy lớp nữ công bển Vĩnh Long hồi trước dzậy?", "lớp thứ hai học ở đâu dzậy?")
    assert codes(ans) == ["VL-NC-04"]
    # «năm ngoái Cà Mau …»: the year before, no side of a place.
    ans, _, _ = talk(deps, "có lớp nữ công ở Cà Mau nào không", "năm ngoái Cà Mau đạt chỉ tiêu học viên không")
    assert ans is not None and ans.intent == "target" and "năm ngoái" in ans.question
    assert {i.code for i in ans.items} <= {"CM-2025", "PBL-2025"}
    # «Bến Tre», a place's own «Bến», stays.
    ans, _, _ = talk(deps, "lớp nữ công ở Bến Tre cũ có những lớp nào")
    assert set(codes(ans)) == {"VL-NC-01", "VL-NC-02"}


def test_a_telex_key_left_or_two_letters_swapped_in_a_follow_up(deps: Deps, tmp_path: Path) -> None:
    # «Thês thangs 1?» (Telex tone keys left at the ends), «áCi thứ hai hocj ở đâu?», «òCn bên Cần Thơ thì sao?»
    # (the first two letters swapped): the follow-up words they are.
    setup(deps, tmp_path)
    first = "có lớp nữ công ở Vĩnh Long tháng 12 năm nay không"
    ans, _, _ = talk(deps, first, "Thês thangs 1?")
    assert set(codes(ans)) == {"VL-NC-02", "VL-NC-03"}
    ans, _, _ = talk(deps, "cho hỏi lớp nữ công ở Vĩnh Long cũ có những lớp nào", "áCi thứ hai hocj ở đâu?")
    assert codes(ans) == ["VL-NC-04"]
    ans, _, _ = talk(deps, "có lớp nữ công ở Vĩnh Long nào không", "òCn êbn Cần Thơ thì sao?")
    assert codes(ans) == ["CT-NC-01"]
