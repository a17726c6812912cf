"""A word typed without its marks right before a place is the preposition it stands for there, not a word of
a class's venue."""

from __future__ import annotations

from knowledge.qa import QAEngine
from tests.conftest import FIXED_NOW
from tests.test_evidence import ORGS, TARGETS, TZ, th_course


def test_ben_typed_before_a_place_is_no_venue_word() -> None:
    """«Ben Thanh Hoa co lop …» typed without marks: «ben» before the place is «bên» (over at), not the «bến» of
    a venue («xã Bến Sung»), so the class on what is asked comes first."""
    courses = [
        th_course(1, "TH-BLLD", "Phổ biến Bộ luật Lao động và các nghị định hướng dẫn", "phap_luat",
                  "Nhà văn hóa xã Bến Sung"),
        th_course(2, "TH-LCD", "Tập huấn Luật Công đoàn năm 2024 cho cán bộ công đoàn cơ sở", "phap_luat",
                  "Hội trường LĐLĐ tỉnh"),
    ]
    qa = QAEngine.build(organisations=ORGS, courses=courses, facts=[], targets=TARGETS, tz=TZ)
    ans = qa.answer("Ben Thanh Hoa co lop nao ve Luat Cong doan sap toi khong", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["TH-LCD"], [c.code for c in ans.courses]
