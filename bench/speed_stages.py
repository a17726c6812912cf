"""Where an answer's CPU time goes, stage by stage, at one size (the same records and questions as bench.speed).

    python -m bench.speed_stages [--size 100000]

The engine's main stages are wrapped with a process-time counter (inclusive, outermost call only) and the
timed mix of bench.speed is answered once after its warm-up, as there. Process time, not wall time: on a
shared machine the wall time also counts other processes' turns, and cProfile's per-call overhead inflates
the call-heavy code (tokenising, slot reading) against the big-integer bitmap work.
"""

from __future__ import annotations

import argparse
import functools
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import NOW, SEED, TODAY, TZ, import_engine, merge_organisations
from bench.speed import _builtin, question_mix

ENGINE_STAGES = ("_answer_asked", "_answer_whole", "_answer_read", "_answer", "_answer_courses", "_rank_knowledge",
                 "_with_passages", "_unsaid_by_classes", "_says_what_is_asked", "_fix_typos", "_course_by_code")
INDEX_STAGES = ("search", "_rank", "_best_words", "time_mask", "titles_saying")


def _wrap(owner: Any, name: str, label: str, spent: dict[str, int], calls: dict[str, int]) -> None:
    inner: Callable[..., Any] = getattr(owner, name)
    inside: list[bool] = [False]

    @functools.wraps(inner)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if inside[0]:  # a nested call is counted in the outer one
            return inner(*args, **kwargs)
        inside[0] = True
        c = time.process_time_ns()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time_ns() - c
            calls[label] += 1
            inside[0] = False

    setattr(owner, name, timed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args(argv)

    from knowledge.generate import generate_dataset
    from knowledge.index import CourseIndex

    engine_cls = import_engine()
    spent: dict[str, int] = defaultdict(int)
    calls: dict[str, int] = defaultdict(int)
    for name in ENGINE_STAGES:
        if hasattr(engine_cls, name):
            _wrap(engine_cls, name, name, spent, calls)
    for name in INDEX_STAGES:
        if hasattr(CourseIndex, name):
            _wrap(CourseIndex, name, f"index.{name}", spent, calls)

    ds = generate_dataset(args.size, seed=SEED, today=TODAY)
    with tempfile.TemporaryDirectory(prefix="cadrebot-stages-") as tmp:
        builtin = _builtin(Path(tmp))
    orgs, builtin = merge_organisations(ds.organisations, builtin)
    mix, warm = question_mix()
    c = time.process_time()
    engine = engine_cls.build(organisations=orgs, courses=ds.courses, facts=builtin.facts, targets=builtin.targets,
                              documents=builtin.documents, tz=TZ)
    print(f"build: {time.process_time() - c:.2f} s CPU")
    for q in warm:
        engine.answer(q, now=NOW)
    spent.clear()
    calls.clear()
    c0 = time.process_time_ns()
    for q in mix:
        engine.answer(q, now=NOW)
    total = time.process_time_ns() - c0
    print(f"{len(mix)} answers: {total / 1e6 / len(mix):.3f} ms CPU each on average\n")
    print("| stage | ms per answer | calls |\n|---|---|---|")
    for label, ns in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {ns / 1e6 / len(mix):.3f} | {calls[label]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
