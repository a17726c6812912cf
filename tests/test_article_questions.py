"""Questions about the seed articles asked in the chairs' own words: two places asked in one message, a small
figure said with what it counts, an article named by what it tells, an article asked about beside classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.search.passages import counted_figures
from tests.conftest import payload_text as reply_text
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "article_questions")


@pytest.fixture(scope="module")
def sample_deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "article_questions_sample", sample=True)


def test_a_small_number_with_what_it_counts_is_a_figure() -> None:
    assert counted_figures("lop hoc 3 ngay cho bao nhieu nguoi") == {"3"}
    assert counted_figures("cho em ca 2 so") == frozenset()  # «2 số» counts nothing asked about
    assert counted_figures("nam 2016 mo 33 lop") == {"33"}  # a year counts nothing


def test_the_second_place_of_two_asked_is_said_by_the_sentence_printing_its_figure(deps: Deps) -> None:
    """Two places asked at once: the record answers the first; the second, named by a small figure with what it
    counts («lớp 3 ngày»), is said by the article's sentence that prints it, with that article cited."""
    payload = ask_payload(deps, "LS cử mấy CBCĐ dự lớp ngắn hạn của Tổng LĐLĐ, còn Hà Nội cử mấy cán bộ học lớp 3 ngày")
    text = reply_text(payload)
    assert "25 CBCĐ" in text and "23 cán bộ" in text
    assert "Lao Động Thủ Đô" in text and "Báo Lạng Sơn" in text  # each figure cites its article


def test_a_recalled_figure_then_another_place_asks_for_that_place(deps: Deps) -> None:
    """«Hà Nội mở 33 lớp, còn Lạng Sơn … bao nhiêu lớp»: the scene recalls one place's figure; the clause asks
    for another place's, which its own record answers."""
    payload = ask_payload(deps, "Hà Nội năm 2016 mở 33 lớp, còn Lạng Sơn giai đoạn 2013-2018 tổ chức mấy lớp tập huấn?")
    assert "85 lớp" in reply_text(payload)


def test_a_recalled_figure_then_the_same_place_stays_with_it(deps: Deps) -> None:
    payload = ask_payload(deps, "Hà Nội năm 2016 mở 33 lớp, còn số lượt học viên là bao nhiêu?")
    assert payload["matches"][0]["code"].startswith(("HN2016", "T-HN2016"))


def test_an_article_named_by_what_it_tells_is_dated_by_its_header(deps: Deps) -> None:
    """«bài về HTX Đồng Tâm»: the headline does not name the cooperative, the article does."""
    payload = ask_payload(deps, "bài báo nói về CĐCS Hợp tác xã Đồng Tâm đăng ngày nào")
    assert "20/09/2024" in reply_text(payload)


def test_who_wrote_an_article_and_when_beats_a_class_sharing_its_words(sample_deps: Deps) -> None:
    """A class on the same matter shares most words of «bài viết về … đăng ngày nào, ai viết»; what is asked is
    the article's date and author, which only its header says."""
    payload = ask_payload(sample_deps, "bài viết về bồi dưỡng nghiệp vụ cán bộ CĐCS ở Mê Linh đăng ngày nào, ai viết")
    text = reply_text(payload)
    assert "02/03/2021" in text and "Lương Hằng" in text


def test_a_header_stands_for_its_article_only_when_the_article_is_asked_about() -> None:
    """Words that happen to be «viết», «đăng», «gia» («Việt Nam», «đăng nhập», «tham gia») do not turn a
    question into one about an article: only an article asked about in so many words reads its header as
    telling what the article tells."""
    from knowledge.records import SourceRec
    from knowledge.search.passages import PassageIndex, make_passages
    from knowledge.text import index_tokens

    src = SourceRec("A", "Bài thử", "Báo thử", 2018, "article")
    idx = PassageIndex(make_passages("A", ["Công đoàn Hợp tác xã Đồng Tâm có 38 đoàn viên."], src,
                                     organisation_id=None, province="lang son", context=["Lạng Sơn"], years=[2018],
                                     header="«Bồi dưỡng nghiệp vụ» — 20/09/2024 — NGỌC HIẾU"))
    words = index_tokens("bài về hợp tác xã đồng tâm đăng ngày nào")
    named = [("hop", "tac", "xa", "dong", "tam")]
    asked = idx.search(words, (), named_phrases=named, of_article=True)
    assert asked and asked[0].passage.header
    assert all(not h.passage.header for h in idx.search(words, (), named_phrases=named))


@pytest.mark.parametrize("question", ["đăng nhập app Công đoàn Việt Nam bị lỗi thì làm sao",
                                      "bệnh viện Việt Đức có lớp nào cho cán bộ mới tham gia BCH không"])
def test_words_that_look_like_an_article_question_do_not_get_its_header(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert not any(m["code"].endswith("#0") for m in payload["matches"][:1])


def test_the_two_sides_of_a_comparison() -> None:
    from knowledge.search.passages import compared_sides

    assert compared_sides("so sánh số học viên Hà Nội 2016 với số cán bộ được bồi dưỡng ở Sóc Trăng?") == (
        "số học viên Hà Nội 2016", "số cán bộ được bồi dưỡng ở Sóc Trăng")
    assert compared_sides("Hà Nội và Lạng Sơn mở bao nhiêu lớp") is None  # nothing compared in so many words


def test_a_comparison_answers_both_sides_each_from_its_article(deps: Deps) -> None:
    """The records found answer the first side (Hà Nội's targets); the second side, another province's figure, is
    said by the sentence of its own article that prints it, with that article cited."""
    payload = ask_payload(deps, "so sánh tỷ lệ vượt chỉ tiêu học viên của Hà Nội 2016 với tỷ lệ CBCĐ cơ sở Sóc Trăng "
                                "được tập huấn nghiệp vụ")
    text = reply_text(payload)
    assert "107%" in text and "97,9%" in text and "Sóc Trăng" in text


@pytest.mark.parametrize("said", ["nghị quyết ĐH CĐ tỉnh Lạng Sơn", "ĐH Công đoàn tỉnh LS khóa XV", "nghị quyết ĐH"])
def test_dh_of_a_union_in_a_province_is_its_congress(said: str) -> None:
    from knowledge.text import normalise

    assert "dai hoi" in " ".join(normalise(said).tokens)


def test_dh_cd_is_left_to_its_context_not_joined_into_the_university(deps: Deps) -> None:
    """«ĐH CĐ» written apart is not spelt out as one learned acronym («Đại học Công đoàn»): the words around it
    decide, and a resolution of the province's congress is what the article names."""
    payload = ask_payload(deps, "nghị quyết ĐH CĐ tỉnh Lạng Sơn là khóa mấy")
    assert "khóa XV" in reply_text(payload)


def test_a_part_and_the_whole_it_lies_in_are_both_answered(deps: Deps) -> None:
    """«… ở huyện Chi Lăng và toàn tỉnh»: the district's record answers the first; the province's figure, a record
    nearly as good whose sentence the district's name hides, is quoted from its article too."""
    payload = ask_payload(deps, "Lạng Sơn có mấy cán bộ công đoàn ở huyện Chi Lăng và cả tỉnh?")
    text = reply_text(payload)
    assert "366" in text and "8.343" in text


def test_a_contest_of_skill_is_said_to_be_a_movement() -> None:
    """The articles call «luyện tay nghề» a «phong trào»; a chair asks which «phong trào» the sentence on «thi
    thợ giỏi» names."""
    from knowledge.language.paraphrase import also_said
    from knowledge.text import index_tokens

    assert ("phong", "trao") in also_said(index_tokens("hình thức luyện tay nghề, thi thợ giỏi"))


def test_a_movement_asked_of_an_article_finds_the_sentence_naming_the_contest(deps: Deps) -> None:
    payload = ask_payload(deps, "Bài của LĐLĐ Sóc Trăng nói công nhân ở khu công nghiệp nâng cao kỹ năng nghề "
                                "qua phong trào nào?")
    assert "thi thợ giỏi" in reply_text(payload)
