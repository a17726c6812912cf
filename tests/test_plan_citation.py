"""How an imported plan is cited under its targets and classes: by whose plan it is, not by the year of the file."""

from __future__ import annotations

from pathlib import Path

from handlers.deps import Deps
from tests.test_handlers import say
from tests.test_transfer import PLAN_TARGET_HEADER, import_into, write_csv


def test_a_2025_target_imported_in_2026_is_not_cited_as_a_2026_source(deps: Deps, tmp_path: Path) -> None:
    import_into(deps, write_csv(tmp_path / "targets.csv", [
        PLAN_TARGET_HEADER,
        ["CT-VT-2025-LOP", "LĐLĐ tỉnh Lạng Sơn", "2025", "Số lớp tập huấn cán bộ công đoàn cơ sở", "", "30",
         "lớp", "27", "31/12/2025"],
    ]))
    text = "\n".join(r.text for r in say(deps, "chỉ tiêu số lớp tập huấn năm 2025 của LĐLĐ tỉnh Lạng Sơn"))
    assert "27/30" in text and "năm 2025" in text
    source = next(line for line in text.splitlines() if line.startswith("Nguồn:"))
    assert "kế hoạch đào tạo của" in source and "Lạng Sơn" in source
    assert "(20" not in source
