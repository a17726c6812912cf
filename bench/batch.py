"""End-to-end batch answering: `cadrebot ask - --json` over 1,000 questions in one subprocess.

    python -m bench.batch [--questions 1000] [--naive 5]

A temporary SQLite database (built-in facts + 300 generated courses, as bench.accuracy) is given to the
command through CADREBOT_DATABASE_URL; 1,000 questions (the question sets, cycled) are written one per
line to a file and piped to `cadrebot ask - --json` (the console script of the venv, or
`python -m bot.cli` when it is not installed). The wall time includes start-up, database reads and the
index build. Checks: exactly one JSON line per question, in order, each with "question" equal to its
input line. Target: < 5 s in all.

Naive baseline: one `cadrebot ask "…" --json` process per question, timed on --naive questions and
extrapolated to the whole batch. Results also go to bench/out/batch.json. Exit status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from bench.common import (
    ACCURACY_COURSES,
    ROOT,
    SEED,
    TODAY,
    load_all_questions,
    md_table,
    temp_database,
    verdict,
    write_json,
)
from knowledge.generate import generate_dataset

TARGET_S = 5.0


def _command() -> list[str]:
    script = Path(sys.executable).with_name("cadrebot")
    if script.exists():
        return [str(script)]
    found = shutil.which("cadrebot")
    return [found] if found else [sys.executable, "-m", "bot.cli"]


def _check(lines: list[str], stdout: str) -> tuple[int, int, list[str]]:
    """(JSON lines read, lines whose question matches its input, first problems)."""
    problems: list[str] = []
    out = [line for line in stdout.splitlines() if line.strip()]
    ok = 0
    for i, raw in enumerate(out):
        try:
            obj: dict[str, Any] = json.loads(raw)
        except json.JSONDecodeError:
            problems.append(f"line {i + 1} is not JSON: {raw[:80]!r}")
            continue
        missing = {"question", "intent", "confidence", "replies", "matches"} - set(obj)
        if missing:
            problems.append(f"line {i + 1} lacks {sorted(missing)}")
        if i < len(lines) and obj.get("question") == lines[i]:
            ok += 1
        elif i < len(lines):
            problems.append(f"line {i + 1}: question {obj.get('question')!r} != input {lines[i]!r}")
    if len(out) != len(lines):
        problems.append(f"{len(out)} JSON lines for {len(lines)} questions")
    return len(out), ok, problems[:10]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--naive", type=int, default=5, help="questions asked one process each (baseline)")
    args = parser.parse_args(argv)

    pool = [q.q for q in load_all_questions() if q.q.strip() and "\n" not in q.q]
    if not pool:
        print("no questions found")
        return 0
    lines = list(islice(cycle(pool), args.questions))
    cmd = _command()
    with tempfile.TemporaryDirectory(prefix="cadrebot-batch-") as tmp_dir:
        tmp = Path(tmp_dir)
        t0 = time.perf_counter()
        url = temp_database(tmp / "batch.db", ds=generate_dataset(ACCURACY_COURSES, seed=SEED, today=TODAY))
        prep_s = time.perf_counter() - t0
        qfile = tmp / "questions.txt"
        qfile.write_text("".join(q + "\n" for q in lines), encoding="utf-8")
        env = {**os.environ, "CADREBOT_DATABASE_URL": url, "PYTHONIOENCODING": "utf-8"}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        env.pop("ZALO_BOT_TOKEN", None)

        with qfile.open("rb") as stdin:
            t0 = time.perf_counter()
            proc = subprocess.run([*cmd, "ask", "-", "--json"], stdin=stdin, capture_output=True, cwd=tmp,
                                  env=env, timeout=600, check=False)
            batch_s = time.perf_counter() - t0
        stdout = proc.stdout.decode("utf-8", errors="replace")
        n_out, n_ok, problems = _check(lines, stdout)
        if proc.returncode != 0:
            problems.insert(0, f"exit status {proc.returncode}: {proc.stderr.decode(errors='replace')[-1500:]}")

        naive_times: list[float] = []
        naive_failed = 0
        for q in lines[: args.naive]:
            t0 = time.perf_counter()
            one = subprocess.run([*cmd, "ask", q, "--json"], capture_output=True, cwd=tmp, env=env, timeout=120,
                                 check=False)
            naive_times.append(time.perf_counter() - t0)
            naive_failed += one.returncode != 0

    in_order = n_out == len(lines) and n_ok == len(lines) and proc.returncode == 0
    naive_each = sum(naive_times) / len(naive_times) if naive_times else float("nan")
    naive_total = naive_each * len(lines)
    print(f"# Batch — `{' '.join(Path(c).name for c in cmd)} ask - --json` over {len(lines)} questions "
          f"(database prepared in {prep_s:.1f} s, not timed)\n")
    print(md_table(
        ("mode", "questions", "wall s", "ms / question", "JSON lines", "in order", "vs batch"),
        [
            ("batch: one process, stdin", len(lines), batch_s, batch_s * 1000 / len(lines), n_out,
             "yes" if in_order else "NO", "1×"),
            (f"naive: one process per question (measured on {len(naive_times)}, extrapolated)", len(lines),
             naive_total, naive_each * 1000, f"{len(naive_times) - naive_failed}/{len(naive_times)} ok", "",
             f"{naive_total / batch_s:.0f}× slower" if batch_s > 0 else ""),
        ],
    ))
    ok = in_order and batch_s < TARGET_S
    print("\n## Target\n")
    print(md_table(("target", "value", "verdict"), [
        (f"{len(lines)} answers in order, < {TARGET_S:g} s with start-up", batch_s, verdict(ok)),
    ]))
    if problems:
        print("\n## Problems\n")
        for p in problems:
            print(f"- {p}")
    path = write_json("batch.json", {
        "command": cmd, "questions": len(lines), "batch_s": batch_s, "json_lines": n_out,
        "questions_matching": n_ok, "exit_status": proc.returncode, "in_order": in_order,
        "naive_per_question_s": naive_each, "naive_extrapolated_s": naive_total, "target_s": TARGET_S,
        "pass": ok, "problems": problems,
    })
    print(f"\nWrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
