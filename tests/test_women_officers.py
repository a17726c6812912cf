"""The nữ công officers of a grassroots union (trưởng/phó ban nữ công, ủy viên ban nữ công, cán bộ nữ công) as a
profile role: offered at sign-up and read when typed (with the province said beside it kept), named by the plans'
audience cells, and given the classes on the nữ công topic. «Nữ công» alone and «công tác nữ công» stay the topic;
«cán bộ nữ công» names whom a class is for after «cho/là» and the topic elsewhere."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from handlers.deps import Deps
from knowledge.index import GRASSROOTS_ROLES, TRAINING_TOPICS
from knowledge.lexicon import ROLES
from knowledge.models import UserProfile
from knowledge.slots import base_matcher, extract
from knowledge.text import normalise
from knowledge.transfer import _find_role
from tests.conftest import FIXED_NOW
from tests.test_organiser import say
from tests.test_transfer import import_into, write_csv
from tests.test_trial_sixty_one import COURSE_HEADER

NC = "Nữ công - bình đẳng giới"
NV = "Nghiệp vụ công đoàn"
COURSES = [
    ["HUE-NC-01", "Tập huấn công tác nữ công", NC, "Trưởng, phó ban nữ công CĐCS", "LĐLĐ thành phố Huế", "Huế",
     "Hội trường LĐLĐ thành phố Huế", "tập trung", "14/01/2027", "15/01/2027", "07/01/2027", "50", ""],
    ["HUE-NC-02", "Bồi dưỡng kỹ năng thuyết trình", NV, "Cán bộ nữ công CĐCS", "LĐLĐ thành phố Huế", "Huế",
     "Hội trường LĐLĐ thành phố Huế", "tập trung", "10/03/2027", "11/03/2027", "01/03/2027", "40", ""],
    ["HUE-NV-01", "Tập huấn nghiệp vụ cho chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "LĐLĐ thành phố Huế", "Huế",
     "Hội trường LĐLĐ thành phố Huế", "tập trung", "20/01/2027", "21/01/2027", "13/01/2027", "60", ""],
    ["HN-NC-01", "Tập huấn công tác nữ công", NC, "Ủy viên ban nữ công CĐCS", "LĐLĐ thành phố Hà Nội", "Hà Nội",
     "Cung văn hóa Lao động Hà Nội", "tập trung", "12/01/2027", "13/01/2027", "05/01/2027", "80", ""],
]


def read(q: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    s = extract(normalise(q), FIXED_NOW, base_matcher())
    return s.roles, s.topics


def test_the_officers_are_named_by_their_posts_and_nu_cong_alone_stays_the_topic() -> None:
    for said in ("em là trưởng ban nữ công cđcs", "mình là phó ban nữ công", "tôi là ủy viên ban nữ công",
                 "có lớp nào cho ban nữ công không", "lớp cho cán bộ nữ công", "em là cán bộ nữ công"):
        assert read(said) == (("can_bo_nu_cong",), ()), said
    for said in ("lớp nữ công ở Huế", "tập huấn công tác nữ công", "lớp cán bộ nữ công ở Huế"):
        assert read(said) == ((), ("nu_cong",)), said


def test_a_class_on_the_topic_is_theirs_and_they_are_grassroots_cadres() -> None:
    assert "can_bo_nu_cong" in TRAINING_TOPICS["nu_cong"]
    assert "can_bo_nu_cong" in GRASSROOTS_ROLES


def test_plan_cells_naming_them_fill_the_role() -> None:
    for cell in ("Trưởng ban nữ công CĐCS", "Ủy viên ban nữ công", "Cán bộ nữ công CĐCS", "Ban nữ công"):
        term = _find_role(cell)
        assert term is not None and term.key == "can_bo_nu_cong", cell
    assert _find_role("Ủy viên BCH công đoàn").key == "uy_vien_bch"  # type: ignore[union-attr]


def plan(deps: Deps, tmp_path: Path) -> None:
    import_into(deps, write_csv(tmp_path / "nc.csv", [COURSE_HEADER, *COURSES]))
    deps.knowledge.invalidate()


def test_an_officer_signs_up_with_her_province_and_gets_her_classes_there(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    welcome = say(deps, "/start", user="nc1")
    assert "Cán bộ nữ công CĐCS" in [b.label for r in welcome for b in r.buttons]
    saved = "\n".join(r.text for r in say(deps, "em là trưởng ban nữ công cđcs", user="nc1"))
    assert "Đã lưu vai trò: Cán bộ nữ công CĐCS" in saved and "Xin lỗi" not in saved
    say(deps, "Huế", user="nc1")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "nc1"))
        assert profile is not None and (profile.role, profile.province) == ("can_bo_nu_cong", "Huế")
    text = "\n".join(r.text for r in say(deps, "có lớp nào cho em không", user="nc1"))
    assert "Tập huấn công tác nữ công" in text and "Bồi dưỡng kỹ năng thuyết trình" in text
    assert "Hà Nội" not in text and "cho chủ tịch CĐCS" not in text


def test_the_province_said_with_the_role_is_proposed(deps: Deps, tmp_path: Path) -> None:
    plan(deps, tmp_path)
    say(deps, "/start", user="nc2")
    replies = say(deps, "em là phó ban nữ công ở Huế", user="nc2")
    text = "\n".join(r.text for r in replies)
    assert "Đã lưu vai trò: Cán bộ nữ công CĐCS" in text and "Anh/chị ở Huế phải không?" in text


def test_the_role_is_a_choice_wherever_roles_are_listed() -> None:
    assert "can_bo_nu_cong" in {r.key for r in ROLES}


def test_said_in_talk_the_role_and_province_are_noted(deps: Deps, tmp_path: Path) -> None:
    # Without the sign-up: said of oneself, kept for the conversation, and the next question is answered by it.
    plan(deps, tmp_path)
    noted = say(deps, "em là trưởng ban nữ công cđcs ở Huế", user="nc3")[0].text
    assert noted.startswith("Dạ, mình ghi nhận anh/chị là Cán bộ nữ công CĐCS ở Huế")
    text = "\n".join(r.text for r in say(deps, "có lớp nào cho em không", user="nc3"))
    assert "Tập huấn công tác nữ công" in text and "Hà Nội" not in text
