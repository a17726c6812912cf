"""A chair's own plan asked without naming it: the figure asked (learners or classes) is the one shown, and words
that fit several unions' plans alike («năm nay đào tạo được bao nhiêu học viên») are the asker's own union's, or
asked «which union» of someone whose union is not known — never one union picked by a tie of scores."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from knowledge.qa import Profile
from tests.conftest import FIXED_NOW
from tests.test_target_change import COURSES
from tests.test_transfer import import_plan
from tests.test_trial_sixty_one import COURSE_HEADER, TARGET_HEADER

TARGETS = [
    ["LS-2025-HV", "LĐLĐ tỉnh Lạng Sơn", "2025", "Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên", "", "4.800",
     "học viên", "4.910", "31/12/2025"],
    ["LS-2025-LOP", "LĐLĐ tỉnh Lạng Sơn", "2025", "Số lớp tập huấn, bồi dưỡng", "", "36", "lớp", "37", "31/12/2025"],
    ["LS-2026-HV", "LĐLĐ tỉnh Lạng Sơn", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên", "", "5.100",
     "học viên", "3.200", "31/10/2026"],
    ["LS-2026-LOP", "LĐLĐ tỉnh Lạng Sơn", "2026", "Số lớp tập huấn, bồi dưỡng", "", "40", "lớp", "28", "31/10/2026"],
    # The chairs trained, counted in «người»: people too, but not the «học viên» asked.
    ["LS-2026-CT", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Chủ tịch CĐCS", "300",
     "người", "290", "31/10/2026"],
    ["CB-2026-HV", "LĐLĐ tỉnh Cao Bằng", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên", "", "2.000",
     "học viên", "1.500", "31/10/2026"],
    # A hospital's union: «Bệnh viện» shares the folded «vien» of «học viên».
    # Many other unions' plans, as a national data set holds: the word ranking reads only the best few.
    *[[f"X{i}-2026-HV", f"Công đoàn Công ty Cổ phần số {i}", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên", "",
       "300", "học viên", "200", "31/10/2026"] for i in range(1, 41)],
    ["BV-2026-HV", "Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa", "2026", "Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên",
     "", "900", "học viên", "700", "31/10/2026"],
]


def _engine(deps: Deps, tmp_path: Path):  # type: ignore[no-untyped-def]
    import_plan(deps, tmp_path, [COURSE_HEADER, *COURSES], [TARGET_HEADER, *TARGETS])
    return deps.knowledge.engine()


def _lang_son(eng) -> Profile:  # type: ignore[no-untyped-def]
    union = next(o.id for o in eng.orgs.values() if o.name == "Liên đoàn Lao động tỉnh Lạng Sơn")
    return Profile(role="chu_tich_cdcs", organisation_id=union, province="Lạng Sơn")


def test_the_kind_of_figure_asked_of_ones_own_plan_is_the_one_shown(deps: Deps, tmp_path: Path) -> None:
    eng = _engine(deps, tmp_path)
    me = _lang_son(eng)
    learners = eng.answer("còn thiếu bao nhiêu học viên so với chỉ tiêu", now=FIXED_NOW, profile=me)
    assert learners.intent == "target" and [m.code for m in learners.matches][:1] == ["LS-2026-HV"]
    assert "LS-2026-LOP" not in [m.code for m in learners.matches]
    classes = eng.answer("còn thiếu bao nhiêu lớp so với chỉ tiêu", now=FIXED_NOW, profile=me)
    assert [m.code for m in classes.matches] == ["LS-2026-LOP"]


def test_words_every_plan_fits_are_the_askers_own_or_asked_which(deps: Deps, tmp_path: Path) -> None:
    eng = _engine(deps, tmp_path)
    mine = eng.answer("năm nay đào tạo được bao nhiêu học viên", now=FIXED_NOW, profile=_lang_son(eng))
    assert mine.intent == "target" and [m.code for m in mine.matches][:1] == ["LS-2026-HV"]
    anyone = eng.answer("năm nay đào tạo được bao nhiêu học viên", now=FIXED_NOW)
    assert anyone.intent == "target_where"


def test_the_unit_named_after_the_plans_word_is_the_figure_shown_first(deps: Deps, tmp_path: Path) -> None:
    eng = _engine(deps, tmp_path)
    me = _lang_son(eng)
    for q in ("chỉ tiêu học viên năm nay của tỉnh mình thế nào", "Năm nay tỉnh mình đạt chỉ tiêu học viên chưa",
              "năm nay LĐLĐ tỉnh mình đào tạo được bao nhiêu học viên so với chỉ tiêu"):
        ans = eng.answer(q, now=FIXED_NOW, profile=me)
        assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["LS-2026-HV"], q
        assert "LS-2026-LOP" not in [m.code for m in ans.matches], q
