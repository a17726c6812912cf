"""The layer rules of DESIGN.md, enforced by reading every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("knowledge", "handlers", "scheduler", "bot")
CHAT_LIBS = ("telegram", "httpx", "aiohttp", "zalo_bot")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "knowledge": ("handlers", "scheduler", "bot", *CHAT_LIBS),
    "handlers": ("scheduler", "bot", "telegram"),
    "scheduler": ("handlers", "bot", "telegram"),
    "bot": (),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def modules(layer: str) -> list[Path]:
    return sorted(p for p in (ROOT / layer).rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_what_it_may(layer: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in modules(layer)
        for name in imports_of(path)
        if name.split(".")[0] in FORBIDDEN[layer]
    ]
    assert not bad, bad


def test_every_layer_has_code() -> None:
    assert all(modules(layer) for layer in LAYERS)


def test_no_module_shadows_python_telegram_bot() -> None:
    assert not (ROOT / "bot" / "telegram.py").exists()
    assert not (ROOT / "bot" / "telegram").exists()


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("import telegram\nfrom bot.cli import main\n", encoding="utf-8")
    assert imports_of(bad) == ["telegram", "bot.cli"]


def test_language_imports_no_database_code() -> None:
    """knowledge/language/ is pure: importing all of it (and what it imports) loads no database code."""
    import subprocess
    import sys

    names = [f"knowledge.language.{p.stem}" for p in sorted((ROOT / "knowledge" / "language").glob("*.py"))
             if p.stem != "__init__"]
    code = (
        f"import sys, importlib\nfor n in {names!r}: importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'psycopg')"
        " or m in ('knowledge.db', 'knowledge.models', 'knowledge.store', 'knowledge.qa')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert names and out.stdout.strip() == ""
