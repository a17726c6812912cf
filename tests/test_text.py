"""Normaliser regressions: how Vietnamese is really typed must meet how the data is written."""

from __future__ import annotations

import unicodedata

import pytest

from knowledge.text import clean, clean_lines, fold, normalise


def test_nfd_input_equals_nfc() -> None:
    q = "Lớp nào dành cho chủ tịch công đoàn cơ sở?"
    assert normalise(unicodedata.normalize("NFD", q)) == normalise(q)


def test_eth_is_read_as_d_bar() -> None:
    assert fold("ðào tạo") == fold("đào tạo") == "dao tao"
    assert fold("ÐOÀN") == "doan"


@pytest.mark.parametrize(("old", "new"), [("hoà", "hòa"), ("Thanh Hoá", "Thanh Hóa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe")])
def test_old_and_new_tone_placement_match(old: str, new: str) -> None:
    assert fold(old) == fold(new)
    assert normalise(old).tokens == normalise(new).tokens


def test_lao_dong_is_content_but_dong_word_is_stop_only_with_diacritics() -> None:
    assert normalise("an toàn lao động").content == ("an", "toan", "lao", "dong")
    # "đồng" (money) typed with diacritics is not confused with "động"; the fold keeps the syllable.
    assert "dong" in normalise("lao dong").content


def test_co_so_is_content_while_co_and_so_words_are_stop() -> None:
    assert normalise("công đoàn cơ sở").content == ("cong", "doan", "co", "so")
    assert normalise("có lớp không").content == ("lop",)
    assert "so" not in normalise("số lớp").content
    assert "co" in normalise("cdcs").content and "so" in normalise("cdcs").content


def test_chi_tieu_is_kept() -> None:
    assert normalise("Chỉ tiêu năm nay là gì").content[:2] == ("chi", "tieu")
    assert normalise("chi tieu nam nay la gi").content[:2] == ("chi", "tieu")


def test_ve_sinh_is_content_but_ve_preposition_is_stop() -> None:
    assert normalise("vệ sinh lao động").content == ("ve", "sinh", "lao", "dong")
    assert normalise("về lao động").content == ("lao", "dong")


def test_abbreviations_and_teencode_expand() -> None:
    n = normalise("co lop nao cho ct cdcs ko")
    assert n.folded == "co lop nao cho chu tich cong doan co so khong"
    assert "khong" not in n.content
    assert normalise("ATVSLĐ").tokens == ("an", "toan", "ve", "sinh", "lao", "dong")
    assert normalise("bn lớp j").tokens == ("bao", "nhieu", "lop", "gi")
    assert normalise("đk lớp").tokens[:2] == ("dang", "ky")


def test_sector_and_topic_abbreviations_of_the_plans_expand() -> None:
    assert normalise("lớp CĐS cho CĐ ngành GTVT").folded == "lop chuyen doi so cho cong doan nganh giao thong van tai"
    assert normalise("cd nganh yt, nganh gtxd").folded == "cong doan nganh y te nganh giao thong xay dung"


@pytest.mark.parametrize(("text", "tokens"), [
    # «CT» before a training activity is a target (chỉ tiêu); before whom, a chair (chủ tịch).
    ("năm nay CT bồi dưỡng NV CB CĐCS là bn?", ("nam", "nay", "chi", "tieu", "boi", "duong")),
    ("ct tập huấn năm nay đạt bn", ("chi", "tieu", "tap", "huan")),
    ("lop cho ct cdcs", ("lop", "cho", "chu", "tich", "cong", "doan")),
    # Before a field of training with a count asked, a target of that field; without one, the work in it.
    ("ct nữ công của huyện năm tới là bn", ("chi", "tieu", "nu", "cong")),
    ("ct nữ công năm nay làm gì", ("cong", "tac", "nu", "cong")),
    # «pt đoàn viên» is «phát triển đoàn viên», as «PTĐV» is.
    ("chỉ tiêu pt đoàn viên mới", ("chi", "tieu", "phat", "trien", "doan", "vien", "moi")),
    # «mới TL» is newly founded.
    ("lớp cho CĐCS mới TL", ("lop", "cho", "cong", "doan", "co", "so", "moi", "thanh", "lap")),
    # «Trường ĐH» is a university.
    ("lớp của Trường ĐH Công đoàn", ("lop", "cua", "truong", "dai", "hoc", "cong", "doan")),
])
def test_shorthand_read_by_its_neighbours(text: str, tokens: tuple[str, ...]) -> None:
    n = normalise(text)
    assert n.tokens[:len(tokens)] == tokens
    assert len(n.tokens) == len(n.caps) == len(n.content_mask)


def test_a_province_code_opening_a_question_about_a_year() -> None:
    """«bn năm nay …» opens with the province (Bắc Ninh); «bn» elsewhere is still «bao nhiêu»."""
    n = normalise("bn năm nay pt đoàn viên mới chỉ tiêu bn, đạt bn")
    assert n.tokens[:3] == ("bn", "nam", "nay")
    assert n.tokens[-2:] == ("bao", "nhieu")
    assert normalise("năm nay bn lớp").tokens == ("nam", "nay", "bao", "nhieu", "lop")


def test_one_word_query() -> None:
    assert normalise("lớp").content == ("lop",)
    assert normalise("LỚP").content == ("lop",)


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "\x00\x07"])
def test_empty_and_invisible_input_has_no_tokens(text: str) -> None:
    assert normalise(text).tokens == ()


def test_emoji_only_has_no_tokens_but_keeps_text() -> None:
    n = normalise("🙂👍🎉")
    assert n.tokens == () and n.text == "🙂👍🎉"


def test_control_characters_are_removed() -> None:
    assert clean("lớp\x00 nữ\x1b công\u202e") == "lớp nữ công"


def test_html_and_sql_are_just_words() -> None:
    n = normalise("<script>alert(1)</script>'; DROP TABLE courses;--")
    assert "drop" in n.tokens and "<" not in n.folded


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202c"])
def test_zero_width_characters_inside_a_word_are_removed_not_turned_into_spaces(invisible: str) -> None:
    assert clean(f"ch{invisible}ủ tị{invisible}ch CĐ{invisible}CS") == "chủ tịch CĐCS"
    assert normalise(f"lớp ch{invisible}ủ tịch") == normalise("lớp chủ tịch")
    assert clean_lines(f"Dòng mộ{invisible}t\nDòng hai") == "Dòng một\nDòng hai"


def test_a_province_code_closing_a_class_question_is_its_place() -> None:
    # «lớp … bn» names where (Bắc Ninh); «học phí bn», «được bn» ask how much.
    assert normalise("lop ky nang dam phan cho to truong bn").tokens[-2:] == ("truong", "bn")
    assert normalise("lớp nghiệp vụ này học phí bn").folded.endswith("bao nhieu")
    assert normalise("lớp tập huấn tháng 12 được bn").folded.endswith("bao nhieu")
    assert normalise("có bao nhiêu lớp nghiệp vụ tháng 12 bn").folded.endswith("bao nhieu")


def test_social_network_shorthand() -> None:
    assert "mang xa hoi" in normalise("kỹ năng viết bài trên mxh").folded


def test_particles_typed_with_their_marks_are_no_content() -> None:
    # «cả năm», «phải tập huấn», «hồi trước»: the question's frame, not what it asks about.
    content = normalise("hồi trước cả tỉnh phải tập huấn bao nhiêu cán bộ").content
    assert not {"hoi", "ca", "phai"} & set(content)
    assert "ca" in normalise("lớp cho công nhân ca đêm").content  # folded alone, «ca» is a work shift


def test_says_finds_a_phrase_where_a_word_bounded_pattern_would() -> None:
    """`says` replaces `re.search(rf"\\b{re.escape(p)}\\b", text)` on hot paths: the same answer for words,
    punctuation, underscores, Vietnamese letters, either end of the text and the empty phrase."""
    import random
    import re

    from knowledge.text import says

    pieces = ["a", "b", " ", "_", ".", "1", "đ", "-", "cho ", "khu vuc ", " cu"]
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        assert says(text, phrase) == (re.search(rf"\b{re.escape(phrase)}\b", text) is not None), (text, phrase)
    assert says("lop cho ke toan cdcs", "cho ke toan") and not says("lop cho ke toanh", "cho ke toan")
