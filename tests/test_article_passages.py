"""The articles' own sentences: a detail no curated fact says is answered by quoting the article, with its
title and publisher; numbers and places match exactly; a question that only shares a place or the union's
common words with an article is not answered from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.records import SourceRec
from knowledge.search.passages import PassageIndex, make_passages, numbers_in, split_sentences
from knowledge.seed_articles import ARTICLE_TEXTS
from knowledge.seed_data import ARTICLES
from knowledge.text import index_tokens
from tests.conftest import payload_text as reply_text
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "passages")


def test_every_article_has_its_text() -> None:
    assert {a.code for a in ARTICLE_TEXTS} == {a.code for a in ARTICLES}
    for art in ARTICLE_TEXTS:
        assert art.headline and art.paragraphs


def test_an_ellipsis_does_not_end_a_sentence() -> None:
    assert split_sentences("Học pháp luật... Liên đoàn mở lớp. Sau đó thi.") == [
        "Học pháp luật... Liên đoàn mở lớp.", "Sau đó thi."]


def test_figures_compare_without_thousands_dots_and_leading_zeros() -> None:
    assert {"3831", "3580"} <= numbers_in("3831/3580 lượt") and "8343" in numbers_in("8.343 CBCĐ")
    assert "4" in numbers_in("ngày 04/3/2010") and "04" in numbers_in("ngày 04/3/2010")


def _index() -> PassageIndex:
    src = SourceRec("A", "Bài thử", "Báo thử", 2016, "article")
    one = make_passages("A", ["Huyện Chi Lăng có 366 cán bộ, 363 không chuyên trách.",
                              "Tỉnh mở lớp giảng viên kiêm chức cho 25 đồng chí."],
                        src, organisation_id=None, province="lang son", context=["Lạng Sơn"], years=[2018])
    two = make_passages("B", ["Tỉnh mở 05 lớp bồi dưỡng cho 746 chủ tịch."], src, organisation_id=None,
                        province="soc trang", context=["Sóc Trăng"], years=[2015])
    return PassageIndex(one + two)


def test_numbers_must_be_printed_exactly() -> None:
    idx = _index()
    words = index_tokens("chi lăng cán bộ không chuyên trách")
    assert idx.search(words, {"363"})[0].passage.code == "A#1"
    assert idx.search(words, {"365"}) == []  # a look-alike figure is no match


def test_a_province_named_keeps_its_own_article() -> None:
    idx = _index()
    words = index_tokens("mở lớp chủ tịch")
    assert all(h.passage.province == "soc trang"
               for h in idx.search(words, (), areas=[frozenset({"soc trang", "can tho"})]))
    assert idx.search(words, (), areas=[frozenset({"ha noi"})]) == []


def test_a_place_alone_is_nothing_specific() -> None:
    idx = _index()
    hits = idx.search(index_tokens("chi lăng"), (), places={"chi", "lang"})
    assert hits and hits[0].own == 0 and not hits[0].rare


def test_a_detail_only_the_article_prints_is_quoted_with_its_source(deps: Deps) -> None:
    payload = ask_payload(deps, "Bài về đào tạo cán bộ công đoàn cơ sở ở Mê Linh đăng trên báo nào?")
    text = reply_text(payload)
    assert payload["intent"] == "fact"
    assert "LĐTĐ" in text and "Nguồn:" in text and "BAI-" not in text


def test_a_curated_answer_quotes_the_sentence_its_figures_come_from(deps: Deps) -> None:
    payload = ask_payload(deps, "Năm 2016 lớp phát triển đoàn viên của LĐLĐ Hà Nội học mấy ngày, cho mấy người?")
    text = reply_text(payload)
    assert "3 ngày" in text and "«" in text and "23 cán bộ CĐ cấp trên cơ sở" in text


@pytest.mark.parametrize("question", ["15 x 23 = bn", "thời tiết Cần Thơ hôm nay thế nào", "vườn hoa Mê Linh đẹp không"])
def test_sharing_a_place_or_a_figure_is_no_answer(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] not in ("fact", "target", "document", "course"), payload["matches"][:1]


def test_a_level_word_inside_a_name_does_not_hide_its_sentence(deps: Deps) -> None:
    """«xã» of «hợp tác xã» is read as a level word and set aside; the words on either side are still the
    name, said by the sentence that prints it whole: its detail (what the chair did before) is quoted."""
    payload = ask_payload(deps, "Trước khi làm chủ tịch CĐCS, anh Nguyễn Văn Kiên làm công việc gì ở HTX Đồng Tâm?")
    assert payload["matches"][0]["code"] == "LS-DONGTAM-KIEN"
    assert "quản lý giám sát" in reply_text(payload)


def test_a_union_named_by_its_kind_and_place_finds_its_article(deps: Deps) -> None:
    """«công đoàn Lạng Sơn» names the article's union by its place: the article of the «Liên đoàn Lao động tỉnh
    Lạng Sơn» says it, and its byline answers who wrote it."""
    payload = ask_payload(deps, "ai là tác giả bài viết về bồi dưỡng nghiệp vụ cán bộ công đoàn lạng sơn")
    assert "Ngọc Hiếu".lower() in reply_text(payload).lower()


def test_only_a_kind_opening_a_name_is_set_aside() -> None:
    """«Trường Đại học Công đoàn» keeps its «Công đoàn»: that kind of union closes a name, it does not open it."""
    from knowledge.qa import _PLACE_LEVELS, _UNION_KIND_PHRASES, _runs_between

    def runs(name: str) -> list[list[str]]:
        return _runs_between(name.split(), _PLACE_LEVELS, _UNION_KIND_PHRASES)

    assert runs("cong doan lang son") == [["lang", "son"]]
    assert runs("lien doan lao dong huyen me linh") == [["me", "linh"]]
    assert runs("hop tac xa dong tam") == [["hop", "tac"], ["dong", "tam"]]
    assert runs("truong dai hoc cong doan") == [["truong", "dai", "hoc", "cong", "doan"]]
