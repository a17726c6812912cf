"""A former province whose today's province holds no class («lớp … ở Kon Tum»): the reply says where it belongs
now («Kon Tum nay thuộc Quảng Ngãi») before the classes elsewhere, so the chair knows whom to ask."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_trial_sixty_one import ask, setup


def test_a_former_province_with_no_class_today_is_said_to_belong_to_its_province(deps: Deps, tmp_path: Path) -> None:
    setup(deps, tmp_path)
    reply = ask(deps, "lớp thương lượng tập thể ở kon tum")
    assert "Kon Tum nay thuộc Quảng Ngãi" in reply
    assert "Tập huấn kỹ năng thương lượng tập thể" in reply  # the classes elsewhere still follow
