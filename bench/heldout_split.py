"""Split a blind set into the half that may be tuned on and the half that is only reported.

    python -m bench.heldout_split WRITER_OUT DEST

WRITER_OUT holds the writer's courses.csv, targets.csv, questions.jsonl and dialogues.jsonl. DEST gets the
data and questions_dev.jsonl / dialogues_dev.jsonl; DEST/test gets questions.jsonl / dialogues.jsonl.
Questions are stratified by (kind, style) and alternate within each stratum in file order; dialogues
alternate. The rule is fixed before the items are read, so nobody chooses which items are reported.
bench/heldout3 and bench/heldout4 were split by it.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, items: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


def split(out: Path, dest: Path) -> tuple[int, int, int, int]:
    test = dest / "test"
    test.mkdir(parents=True, exist_ok=True)
    for name in ("courses.csv", "targets.csv"):
        if (out / name).exists():  # a facts-only set has no data of its own: it is scored on set 1's
            shutil.copy(out / name, dest / name)
    seen: defaultdict[tuple[Any, Any], int] = defaultdict(int)
    dev_q: list[dict[str, Any]] = []
    test_q: list[dict[str, Any]] = []
    for q in _read(out / "questions.jsonl"):
        key = (q.get("kind"), q.get("style"))
        (dev_q if seen[key] % 2 == 0 else test_q).append(q)
        seen[key] += 1
    dialogues = _read(out / "dialogues.jsonl") if (out / "dialogues.jsonl").exists() else []
    dev_d, test_d = dialogues[0::2], dialogues[1::2]
    _write(dest / "questions_dev.jsonl", dev_q)
    _write(dest / "dialogues_dev.jsonl", dev_d)
    _write(test / "questions.jsonl", test_q)
    _write(test / "dialogues.jsonl", test_d)
    return len(dev_q), len(test_q), len(dev_d), len(test_d)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    print(*split(Path(sys.argv[1]), Path(sys.argv[2])))
