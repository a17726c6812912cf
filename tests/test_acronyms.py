"""Acronyms learned from the data: the initials of what the classes' audiences, topics and unions say are
understood in questions, also written in two parts, while real words and known abbreviations stay as typed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.acronyms import is_syllable, learn, spell_out
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def test_initials_of_the_phrases_the_data_says_most() -> None:
    table = learn({"Trưởng, phó Ban thanh tra nhân dân": 4, "Tập huấn cho tổ trưởng nữ công": 1,
                   "Công đoàn ngành Nông nghiệp - Môi trường": 2, "Phó chủ tịch công đoàn": 3})
    assert table["bttnd"] == "ban thanh tra nhan dan"
    assert table["nnmt"] == "nong nghiep moi truong"
    # A run of words ending on a particle names nothing; one ending inside «công đoàn» neither.
    assert "thc" not in table and "pctc" not in table


def test_a_word_is_spelt_out_only_when_it_is_no_syllable_and_no_known_word() -> None:
    table = {"bttnd": "ban thanh tra nhan dan", "tot": "to truong", "ktcd": "kiem tra cong doan"}
    assert spell_out("lop cho bttnd o dau", table, frozenset()) == "lop cho ban thanh tra nhan dan o dau"
    assert spell_out("lop nao tot", table, frozenset()) == "lop nao tot"  # «tốt» is a word
    assert spell_out("lop cho bttnd", table, frozenset({"bttnd"})) == "lop cho bttnd"  # the data says it as is
    # Written in two parts: learned or of the lexicon («QLNN»).
    assert spell_out("lop kt cd o dau", table, frozenset()) == "lop kiem tra cong doan o dau"
    assert spell_out("lop ql nn cho cb", table, frozenset()) == "lop quan ly nha nuoc cho cb"
    assert is_syllable("nghieng") and not is_syllable("bnc")


def test_a_question_naming_an_audience_by_its_initials_gets_its_class() -> None:
    org = OrgRec(1, "LD", "LĐLĐ tỉnh Lâm Đồng", "province", "Lâm Đồng", None)

    def course(cid: int, title: str, audience: str, day: int) -> CourseRec:
        start = dt.datetime(2027, 1, day, 8, tzinfo=TZ).astimezone(dt.UTC)
        return CourseRec(
            id=cid, code=f"LD-{cid}", title=title, topic="nghiep_vu", audiences=(), organiser_id=1,
            organiser_name=org.name, partner=None, province="Lâm Đồng", venue=None, format="tap_trung",
            starts_at=start, ends_at=None, registration_deadline=None, capacity=None, status="open",
            audience_text=audience,
        )

    qa = QAEngine.build(organisations=[org], courses=[
        course(1, "Tập huấn nghiệp vụ công đoàn cơ sở", "Cán bộ CĐ không chuyên trách", 5),
        course(2, "Bồi dưỡng nghiệp vụ giám sát", "Trưởng, phó Ban thanh tra nhân dân", 20),
    ], tz=TZ)
    ans = qa.answer("lop cho bttnd o Lam Dong hoc khi nao", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["LD-2"]


def test_codes_and_known_abbreviations_are_left_as_typed() -> None:
    table = {"cdyt": "cong doan y te", "tccd": "to chuc cong doan"}
    assert spell_out("lop CDYT-27-02 o dau", table, frozenset()) == "lop CDYT-27-02 o dau"
    assert spell_out("co lop TC CĐ ko", table, frozenset()) == "co lop TC CĐ ko"
