"""Whether a change to the engine's data structures left every answer as it was.

    python -m bench.same_answers record [--big 100000]   # writes bench/out/answers.json
    python -m bench.same_answers check  [--big 100000]   # compares against it; exit 1 on any difference

A speed change must not change a single answer. This records, for every question it can ask, the whole
answer: intent, confidence, band, matches (kind, code, score), the courses shown and their total, what
was relaxed, the items, the word coverage, and the reply text the handlers compose. Asked over:

- the accuracy bench's data (built-in facts + `generate_dataset(300, seed=1)`): every question of
  bench/questions_*.jsonl, and page 2 of every course list;
- the DEV half of the held-out set (bench/heldout/courses.csv through the importer, as bench/heldout.py
  loads it): questions_dev.jsonl with their askers' profiles, and dialogues_dev.jsonl turn by turn
  through `answer_in_context`; with `--every-set`, the DEV half of every bench/heldout* set the same way;
  the held-out halves (test/) are never read;
- the speed bench's data at `--big` courses (0 to skip): its timed and warm-up questions plus the team's
  sets, so that caps and caches that only bite at scale are covered too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import (
    ACCURACY_COURSES,
    NOW,
    OUT_DIR,
    QUESTION_FILES,
    SEED,
    TODAY,
    TZ,
    fill_database,
    load_questions,
    merge_organisations,
)

PATH = OUT_DIR / "answers.json"


def fingerprint(ans: Any) -> dict[str, Any]:
    from bench.heldout import reply_text

    if ans is None:
        return {"answer": None}
    return {
        "intent": ans.intent, "confidence": ans.confidence, "band": ans.band,
        "matches": [[m.kind, m.code, m.score] for m in ans.matches],
        "courses": [c.code for c in ans.courses], "total": ans.course_total, "relaxed": list(ans.relaxed),
        "items": [i.code for i in ans.items], "coverage": ans.word_coverage, "profile": ans.used_profile,
        "offset": ans.course_offset, "reply": reply_text(ans),
    }


def _team_questions() -> list[str]:
    return [q.q for name in ("courses", "seed", "offtopic") for q in load_questions(QUESTION_FILES[name])]


def _ask_all(qa: Any, questions: list[str], out: dict[str, Any], prefix: str, pages: bool) -> None:
    for q in questions:
        ans = qa.answer(q, now=NOW)
        out[f"{prefix}|{q}"] = fingerprint(ans)
        if pages and ans.intent in ("course", "register") and ans.course_total > len(ans.courses):
            out[f"{prefix}|page2|{q}"] = fingerprint(qa.answer(q, now=NOW, offset=len(ans.courses)))


def accuracy_data(out: dict[str, Any]) -> None:
    from knowledge.db import make_engine, make_session_factory, upgrade
    from knowledge.generate import generate_dataset
    from knowledge.qa import QAEngine

    ds = generate_dataset(ACCURACY_COURSES, seed=SEED, today=TODAY)
    with tempfile.TemporaryDirectory(prefix="cadrebot-same-") as tmp:
        db = make_engine(f"sqlite:///{Path(tmp) / 'acc.db'}")
        upgrade(db)
        with make_session_factory(db)() as session:
            fill_database(session, ds)
            qa = QAEngine.from_session(session, tz=TZ)
        db.dispose()
    _ask_all(qa, _team_questions(), out, "acc", pages=True)


def heldout_dirs() -> list[Path]:
    """Every held-out set that has a DEV half (bench/heldout, bench/heldout2, ...)."""
    from bench.heldout import HERE

    return sorted(d for d in HERE.parent.glob("heldout*")
                  if d.is_dir() and ((d / "questions_dev.jsonl").exists() or (d / "dialogues_dev.jsonl").exists()))


def heldout_dev(out: dict[str, Any], data_dir: Path, team: bool) -> None:
    from bench.heldout import engine_answerer, load_dataset, read_jsonl, to_profile
    from knowledge.language.followup import Subject
    from knowledge.search.subject import answer_in_context

    name = data_dir.name
    with tempfile.TemporaryDirectory(prefix="cadrebot-same-") as tmp:
        loaded = load_dataset(data_dir, Path(tmp))
        _, qa = engine_answerer(loaded.url)
    # The DEV half only: its questions with their askers' profiles (as bench.heldout reads them) and
    # without, and its dialogues turn by turn; the held-out half (test/) is never read.
    for item in read_jsonl(data_dir / "questions_dev.jsonl"):
        profile = item.get("profile")
        ans = qa.answer(item["q"], now=NOW, profile=to_profile(profile, qa))
        out[f"{name}|dev|{item.get('id')}|{item['q']}"] = fingerprint(ans)
        out[f"{name}|dev0|{item['q']}"] = fingerprint(qa.answer(item["q"], now=NOW))
    for d in read_jsonl(data_dir / "dialogues_dev.jsonl"):
        subject: Subject | None = None
        profile = to_profile(d.get("profile"), qa)
        for n, turn in enumerate(d.get("turns") or []):
            text = turn.get("q") or turn.get("text") or ""
            ans, subject, follow = answer_in_context(qa, text, subject, now=NOW, profile=profile)
            out[f"{name}|dlg|{d.get('id')}|{n}|{text}"] = fingerprint(ans) | {
                "follow": [follow.action, [c.code for c in follow.choices]],
                "subject": subject.to_dict() if subject is not None else None,
            }
    if team:
        _ask_all(qa, _team_questions(), out, f"{name}|team", pages=False)


def big_data(out: dict[str, Any], size: int) -> None:
    from bench.speed import _builtin, question_mix
    from knowledge.generate import generate_dataset
    from knowledge.qa import QAEngine

    ds = generate_dataset(size, seed=SEED, today=TODAY)
    with tempfile.TemporaryDirectory(prefix="cadrebot-same-") as tmp:
        builtin = _builtin(Path(tmp))
    orgs, builtin = merge_organisations(ds.organisations, builtin)
    qa = QAEngine.build(organisations=orgs, courses=ds.courses, facts=builtin.facts, targets=builtin.targets,
                        documents=builtin.documents, tz=TZ)
    mix, warm = question_mix()
    _ask_all(qa, list(dict.fromkeys([*mix, *warm, *_team_questions()])), out, f"big{size}", pages=True)


def collect(big: int, every_set: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    accuracy_data(out)
    from bench.heldout import HERE

    for d in heldout_dirs() if every_set else [HERE]:
        heldout_dev(out, d, team=d == HERE)
    if big:
        big_data(out, big)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=("record", "check"))
    p.add_argument("--big", type=int, default=100_000, help="courses of the speed bench's data (0: skip)")
    p.add_argument("--path", type=Path, default=PATH)
    p.add_argument("--every-set", action="store_true",
                   help="the DEV half of every bench/heldout* set, not only bench/heldout")
    args = p.parse_args(argv)
    got = json.loads(json.dumps(collect(args.big, args.every_set), ensure_ascii=False, default=str))
    if args.mode == "record":
        args.path.parent.mkdir(parents=True, exist_ok=True)
        args.path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"recorded {len(got)} answers in {args.path}")
        return 0
    want = json.loads(args.path.read_text(encoding="utf-8"))
    if args.big == 0:
        want = {k: v for k, v in want.items() if not k.startswith("big")}
    diff = [k for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
    for k in diff[:20]:
        print(f"DIFFERENT {k}\n  was: {json.dumps(want.get(k), ensure_ascii=False)[:600]}\n"
              f"  now: {json.dumps(got.get(k), ensure_ascii=False)[:600]}", file=sys.stderr)
    print(f"{len(got)} answers, {len(diff)} different")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
