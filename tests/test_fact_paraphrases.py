"""The articles' facts asked as chairs ask them: in other words than the article's («ra đời» for «ban hành»,
«tốn bao nhiêu tiền» for «kinh phí», «in» for «phát hành», «buổi» for «cuộc», «người học» for «học viên»),
shortened as offices write («tr ĐH», «TT bồi dưỡng», «LĐLĐ h Mê Linh»), dictated («hai không mười sáu», «đại
hội mười lăm»), about a photo's caption, a person by a post or a half-remembered name. Messages that only
share those words with the articles (a union's founding, a flyer to print, dues) still get no fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.language.paraphrase import also_said, congress_numerals, roman, rounded_figures, with_also_said
from knowledge.language.spoken import spoken_numbers
from knowledge.text import index_tokens, normalise
from tests.conftest import payload_text as reply_text
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "paraphrases")


def test_a_record_is_indexed_with_the_other_ways_of_saying_what_it_says() -> None:
    toks = index_tokens("phát hành 500 bộ tài liệu, tổng kinh phí hơn 2,1 tỷ đồng")
    others = {" ".join(o) for o in also_said(toks)}
    assert {"in", "tien", "ton"} <= others
    assert with_also_said(toks)[:len(toks)] == toks  # its own words first, unchanged
    assert also_said(index_tokens("Hội nghị tổng kết năm")) == []


def test_congresses_and_their_terms_are_numbered_as_the_union_numbers_them() -> None:
    assert roman(15) == "XV" and roman(10) == "X" and roman(13) == "XIII"
    assert congress_numerals("nhiệm kỳ đại hội 15 công đoàn thành phố") == "nhiệm kỳ đại hội XV công đoàn thành phố"
    assert congress_numerals("nghị quyết đại hội công đoàn tỉnh khóa 15") == "nghị quyết đại hội công đoàn tỉnh khóa XV"
    assert congress_numerals("bch tld khoa 10 ban hanh nq 4a") == "bch tld khoa X ban hanh nq 4a"
    # A class's batch and a year are left alone.
    assert congress_numerals("lớp khóa 2 học khi nào") == "lớp khóa 2 học khi nào"
    assert congress_numerals("đại hội 2023") == "đại hội 2023"


def test_a_year_dictated_in_two_pairs_is_read_as_a_year() -> None:
    assert spoken_numbers("năm hai không mười sáu") == "năm 2016"
    assert spoken_numbers("từ hai không mười ba tới giờ") == "từ 2013 tới giờ"
    assert spoken_numbers("năm hai không hai mươi") == "năm 2020"
    assert "2010" not in spoken_numbers("lớp hai không mười người")  # a count follows: no year


@pytest.mark.parametrize(("typed", "meant"), [
    ("lđlđ h mê linh mở mấy lớp", "huyen me linh"),
    ("cùng tt bồi dưỡng chính trị h", "trung tam boi duong chinh tri huyen"),
    ("liên kết tr đh nào", "truong dai hoc nao"),
    ("trình độ đh bn ng", "trinh do dai hoc"),
    ("ct 104 lang son ban hanh ngay may", "chuong trinh 104"),
])
def test_shorthand_is_read_by_its_neighbours(typed: str, meant: str) -> None:
    assert meant in " ".join(normalise(typed).tokens)


def test_an_hour_stays_an_hour_and_a_chair_a_chair() -> None:
    assert "gio" in normalise("mấy h học").tokens
    assert normalise("lop cho ct 3 ngay").tokens[2:4] == ("chu", "tich")  # a count follows: no programme
    assert normalise("ct 2026 của hà nội").tokens[:2] == ("chu", "tich")  # a year is no programme's number


@pytest.mark.parametrize(("question", "said"), [
    # Other words than the article's.
    ("chương trình 1464 ra đời ngày nào", "8/10/2013"),
    ("chương trình 104 ra đời ngày nào", "29/11/2013"),
    ("lạng sơn tốn bao nhiêu tiền cho tập huấn cán bộ", "2,1 tỷ"),
    ("sóc trăng in bao nhiêu tờ rơi", "1.000"),
    ("sóc trăng tuyên truyền được bao nhiêu buổi", "1.250"),
    ("lớp chuyên viên chính sóc trăng có bao nhiêu người", "41"),
    ("lớp quản lý nhà nước ở sóc trăng bao nhiêu người học", "41"),
    ("lđlđ st liên kết tr đh nào mở lớp qlnn", "Tôn Đức Thắng"),
    ("Trước khi anh Kiên đi tập huấn, công đoàn HTX Đồng Tâm năm 2012-2013 chỉ được xếp loại gì?", "khá"),
    # Counted as the plan counts it, without the «lượt».
    ("Năm 2016 Hà Nội tổ chức được bao nhiêu học viên đào tạo cán bộ công đoàn?", "3.831"),
    # Shortened and dictated.
    ("năm 2020 lđlđ h mê linh mở mấy lớp cùng tt bồi dưỡng chính trị h", "2 lớp"),
    ("st 2013-2015 trình độ đh bn ng", "12.066"),
    ("cho hỏi ông trưởng ban tổ chức liên đoàn lao động hà nội người đọc báo cáo đào tạo cán bộ năm hai không "
     "mười sáu tên là gì", "Lê Xuân Trường"),
    ("nhiệm kỳ đại hội mười lăm công đoàn thành phố hà nội là từ năm nào tới năm nào", "2013-2018"),
    # About the article itself, a photo, a person.
    ("ai viết bài sóc trăng", "Lục Bích Phúc"),
    ("tác giả bài viết về sóc trăng là ai", "Lục Bích Phúc"),
    ("ông lục bích phúc giữ chức gì", "Phó Chủ tịch"),
    ("huyện nào ở hn phối hợp trường trung cấp cđ tổ chức tập huấn trong ảnh", "Thường Tín"),
    # An acronym is a word of its own, whatever stands beside it.
    ("hn có lớp về tpp cho cán bộ công đoàn không", "TPP"),
    # A sentence announcing what the next one says is quoted with it.
    ("sóc trăng có hạn chế gì trong nâng cao trình độ đoàn viên", "chưa tích cực"),
])
def test_a_fact_asked_in_the_chairs_words_is_answered(deps: Deps, question: str, said: str) -> None:
    payload = ask_payload(deps, question, user_id=question)  # each its own talk: no follow-up of another
    assert payload["intent"] in ("fact", "target", "document"), (payload["intent"], payload["matches"][:2])
    assert said in reply_text(payload).replace("3831", "3.831")


def test_a_fact_and_its_plan_target_are_no_choice_to_offer(deps: Deps) -> None:
    """The 2016 learners are a fact of the article and a target of the plan taken from it: asked by their
    figure, the answer is given, not «Có phải …» between the two."""
    payload = ask_payload(deps, "3831 lượt học viên là của năm nào", user_id="twins")
    assert "2016" in reply_text(payload) and "Có phải" not in reply_text(payload)


@pytest.mark.parametrize("question", [
    "công đoàn việt nam ra đời năm nào",  # a union's founding, not a programme's issue
    "tổng liên đoàn ra đời khi nào",
    "trường cđ lập năm nào nhỉ",
    "tờ rơi quảng cáo in ở đâu",
    "in giấy khen cho đoàn viên ở đâu rẻ",
    "tốn bao nhiêu tiền để đi du lịch đà lạt",
    "đoàn phí đóng bao nhiêu tiền một tháng",
    "bầu chủ tịch công đoàn cơ sở thế nào",
    "ông phạm bá vĩnh sinh năm bao nhiêu",
    "ông tôn đức thắng giữ chức gì",  # a school's name, not a person the article names
])
def test_words_shared_with_the_articles_are_no_fact(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question, user_id=question)
    assert payload["intent"] in ("unknown", "off_topic"), (payload["intent"], payload["matches"][:2])


@pytest.mark.parametrize("question", [
    # Union benefits that share «công đoàn cơ sở», «đoàn viên», «bao nhiêu» with an article's count of members.
    "cong doan co so dc chi tien tham doan vien om nam vien bao nhieu",
    # Criteria asked: a count of those that met them does not say them.
    "cđcs vững mạnh cần tiêu chí gì",
    # The national union's own posts: no province's article counts them.
    "tổng liên đoàn có mấy phó chủ tịch",
])
def test_a_record_saying_little_or_something_else_of_what_is_asked_is_no_answer(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question, user_id=question)
    assert payload["intent"] in ("unknown", "off_topic"), (payload["intent"], payload["matches"][:2])


@pytest.mark.parametrize(("typed", "read"), [
    ("lạng sơn có khoảng 8 nghìn mấy cán bộ công đoàn đúng ko", "lạng sơn có bao nhiêu cán bộ công đoàn đúng ko"),
    ("lạng sơn có khoảng 8000 mấy cán bộ", "lạng sơn có bao nhiêu cán bộ"),  # dictated
    ("lạng sơn tốn hơn 2 tỷ", "lạng sơn tốn bao nhiêu"),
    # Exact figures, small ones, and figures quoted as a clue to something else asked stay.
    ("kinh phí hơn 2,1 tỷ đồng là của tỉnh nào", "kinh phí hơn 2,1 tỷ đồng là của tỉnh nào"),
    ("lớp khoảng 30 người", "lớp khoảng 30 người"),
    ("khoảng 38 nghìn lượt là số liệu năm nào", "khoảng 38 nghìn lượt là số liệu năm nào"),
])
def test_a_figure_said_roughly_asks_for_the_figure(typed: str, read: str) -> None:
    assert rounded_figures(typed) == read


def test_a_half_remembered_figure_gets_the_article_s_own(deps: Deps) -> None:
    payload = ask_payload(deps, "hình như lạng sơn có khoảng 8 nghìn mấy cán bộ công đoàn phải không",
                          user_id="roughly")
    assert "8.343" in reply_text(payload)
