"""Answer accuracy of the knowledge core against two naive baselines, on every question set.

    python -m bench.accuracy [--courses 300] [--seed 1]

A temporary SQLite database gets the built-in facts and `generate_dataset(300, seed=1, today=23/11/2026)`;
`QAEngine.from_session` answers every question at the fixed now (23/11/2026 09:00, Hà Nội).

- course questions: right when `matches[0]` is the oracle's course (the earliest upcoming, not cancelled
  course with every expected attribute; any of several tied on the start time);
- fact / target / document questions: right when `matches[0].code` is the expected code (or an `also`);
- off-topic questions: a false positive is a "confident" answer with any match.

Baselines on the same questions and records (course titles, fact statements, target metrics, document
code + title): (a) `rapidfuzz.process.extract` with its default scorer (WRatio), best choice; it always
returns something, so every off-topic question is a false positive; (b) SQLite FTS5
(`unicode61 remove_diacritics 2`), the question's words OR-ed, best bm25; a false positive is any hit.
Results also go to bench/out/accuracy.json. Exit status 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import process

from bench.common import (
    ACCURACY_COURSES,
    ANSWERABLE,
    NOW,
    SEED,
    TODAY,
    TZ,
    Question,
    expected_codes,
    fill_database,
    import_engine,
    load_all_questions,
    md_table,
    oracle_courses_from_session,
    verdict,
    write_json,
)
from knowledge.db import make_engine, make_session_factory, upgrade
from knowledge.generate import generate_dataset

TARGET_TOP1 = 95.0
TARGET_FP = 3.0
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class Record:
    kind: str
    code: str
    text: str


@dataclass(slots=True)
class Outcome:
    """One system's result on one question."""

    top: list[str] = field(default_factory=list)  # best codes first
    confident: bool = False  # for the engine: band == "confident"; for baselines: any result
    extra: dict[str, Any] = field(default_factory=dict)


def _records(session: Any) -> list[Record]:
    """The texts the baselines search: what a naive bot would index."""
    from sqlalchemy import select

    from knowledge.models import Course, Document, Fact, Target

    out = [Record("course", c, t) for c, t in session.execute(select(Course.code, Course.title)).tuples()]
    out += [Record("fact", c, t) for c, t in session.execute(select(Fact.code, Fact.statement)).tuples()]
    out += [Record("target", c, t) for c, t in session.execute(select(Target.code, Target.metric)).tuples()]
    out += [
        Record("document", c, f"{c} {t}")
        for c, t, k in session.execute(select(Document.code, Document.title, Document.kind)).tuples()
        if k not in ("article", "import", "sample")  # sources are cited, not answered
    ]
    return out


class FuzzBaseline:
    """rapidfuzz.process.extract with every default (scorer WRatio, limit 5, no cutoff)."""

    name = "rapidfuzz extract (WRatio)"

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.choices = [r.text for r in records]

    def ask(self, q: str) -> Outcome:
        found = process.extract(q, self.choices)
        return Outcome([self.records[i].code for _, _, i in found], confident=bool(found))


class FtsBaseline:
    """SQLite FTS5 over the same texts, the question's words OR-ed, ranked by bm25."""

    name = "SQLite FTS5 bm25"

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.db = sqlite3.connect(":memory:")
        self.db.execute('CREATE VIRTUAL TABLE docs USING fts5(body, tokenize="unicode61 remove_diacritics 2")')
        self.db.executemany("INSERT INTO docs(rowid, body) VALUES (?, ?)",
                            [(i, r.text) for i, r in enumerate(records)])

    def ask(self, q: str) -> Outcome:
        words = _WORDS.findall(q)
        if not words:
            return Outcome()
        query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 3", (query,)
        ).fetchall()
        return Outcome([self.records[r[0]].code for r in rows], confident=bool(rows))


class EngineSystem:
    name = "cadrebot QAEngine"

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def ask(self, q: str) -> Outcome:
        try:
            ans = self.engine.answer(q, now=NOW)
        except Exception as exc:  # a crash is a miss, reported with the misses
            return Outcome(extra={"error": f"{type(exc).__name__}: {exc}"})
        return Outcome(
            [m.code for m in ans.matches],
            confident=ans.band == "confident" and bool(ans.matches),
            extra={"intent": ans.intent, "band": ans.band, "confidence": round(float(ans.confidence), 3),
                   "titles": [m.title for m in ans.matches[:3]]},
        )


def _pct(num: int, den: int) -> float:
    return 100.0 * num / den if den else float("nan")


def evaluate(system: Any, questions: list[Question], expected: dict[int, list[str]]) -> dict[str, Any]:
    """Per-question outcomes and per-kind counts of one system."""
    per_q: list[dict[str, Any]] = []
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    for i, q in enumerate(questions):
        out = system.ask(q.q)
        c = counts[q.kind]
        c["n"] += 1
        row: dict[str, Any] = {"q": q.q, "kind": q.kind, "got": out.top[:3], **out.extra}
        if q.kind == "off_topic":
            row["false_positive"] = out.confident
            c["fp"] += out.confident
        else:
            exp = expected[i]
            row["expected"] = exp
            row["top1"] = bool(out.top) and out.top[0] in exp
            row["top3"] = any(code in exp for code in out.top[:3])
            c["top1"] += row["top1"]
            c["top3"] += row["top3"]
            c["confident"] += out.confident
        per_q.append(row)
    elapsed = time.perf_counter() - started
    answerable = [r for r in per_q if r["kind"] != "off_topic"]
    off = [r for r in per_q if r["kind"] == "off_topic"]
    return {
        "name": system.name,
        "seconds": elapsed,
        "per_kind": {k: dict(v) for k, v in counts.items()},
        "top1_pct": _pct(sum(r["top1"] for r in answerable), len(answerable)),
        "top3_pct": _pct(sum(r["top3"] for r in answerable), len(answerable)),
        "fp_pct": _pct(sum(r["false_positive"] for r in off), len(off)),
        "questions": per_q,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--courses", type=int, default=ACCURACY_COURSES)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    qa_engine = import_engine()
    questions = load_all_questions()
    ds = generate_dataset(args.courses, seed=args.seed, today=TODAY)
    with tempfile.TemporaryDirectory(prefix="cadrebot-acc-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'accuracy.db'}")
        upgrade(engine)
        with make_session_factory(engine)() as session:
            prep = fill_database(session, ds)
            courses = oracle_courses_from_session(session, ds)
            records = _records(session)
            t0 = time.perf_counter()
            qa = qa_engine.from_session(session, tz=TZ)
            build_s = time.perf_counter() - t0
        engine.dispose()

    known = {r.code for r in records}
    kept: list[Question] = []
    expected: dict[int, list[str]] = {}
    skipped: list[tuple[Question, str]] = []
    for q in questions:
        if q.kind in ANSWERABLE:
            exp = expected_codes(q, courses)
            if not exp:
                skipped.append((q, f"no course satisfies {q.expect}"))
                continue
            if q.kind != "course" and not any(code in known for code in exp):
                skipped.append((q, f"unknown code {exp}"))
                continue
            expected[len(kept)] = exp
        kept.append(q)

    systems = [EngineSystem(qa), FuzzBaseline(records), FtsBaseline(records)]
    results = [evaluate(s, kept, expected) for s in systems]
    eng = results[0]
    titles = {r.code: r.text for r in records}

    print(f"# Accuracy — {len(kept)} questions, {args.courses} generated courses (seed {args.seed}), "
          f"{len(records)} searchable records, now {NOW:%d/%m/%Y %H:%M} Asia/Ho_Chi_Minh\n")
    print(f"Engine built from the database in {build_s * 1000:.0f} ms; "
          f"built-in sample courses removed: {prep['sample_courses_removed']}.\n")

    kinds = [k for k in (*ANSWERABLE, "off_topic") if k in eng["per_kind"]]
    rows: list[tuple[Any, ...]] = []
    for k in kinds:
        c = eng["per_kind"][k]
        if k == "off_topic":
            rows.append((k, c["n"], "", "", "", _pct(c.get("fp", 0), c["n"])))
        else:
            rows.append((k, c["n"], _pct(c.get("top1", 0), c["n"]), _pct(c.get("top3", 0), c["n"]),
                         _pct(c.get("confident", 0), c["n"]), ""))
    n_ans = sum(eng["per_kind"][k]["n"] for k in kinds if k != "off_topic")
    rows.append(("**all answerable**", n_ans, eng["top1_pct"], eng["top3_pct"], "", ""))
    print("## Engine per kind\n")
    print(md_table(("kind", "questions", "top-1 %", "top-3 %", "confident %", "off-topic FP %"), rows))

    print("\n## Engine vs naive baselines (same questions, same records)\n")
    rows = []
    for r in results:
        per_kind = [_pct(r["per_kind"][k].get("top1", 0), r["per_kind"][k]["n"]) for k in kinds if k != "off_topic"]
        rows.append((r["name"], r["top1_pct"], *per_kind, r["fp_pct"], r["seconds"] * 1000 / max(1, len(kept))))
    print(md_table(("system", "top-1 % (all)", *(f"top-1 % {k}" for k in kinds if k != "off_topic"),
                    "off-topic FP %", "ms/question"), rows))

    top1_ok = eng["top1_pct"] >= TARGET_TOP1
    fp_ok = not eng["fp_pct"] > TARGET_FP  # nan (no off-topic set) counts as a pass
    print("\n## Targets\n")
    print(md_table(("target", "value", "verdict"), [
        (f"top-1 ≥ {TARGET_TOP1:.0f}% (answerable)", eng["top1_pct"], verdict(top1_ok)),
        (f"off-topic FP ≤ {TARGET_FP:.0f}%", eng["fp_pct"], verdict(fp_ok)),
    ]))

    misses = [r for r in eng["questions"]
              if (r["kind"] == "off_topic" and r["false_positive"]) or (r["kind"] != "off_topic" and not r["top1"])]
    print(f"\n## Engine misses ({len(misses)})\n")
    if misses:
        rows = []
        for r in misses:
            exp_codes = ", ".join(r.get("expected", [])[:3]) or "(no confident answer)"
            exp_title = titles.get(r["expected"][0], "")[:70] if r.get("expected") else ""
            got = r["got"][0] if r["got"] else "—"
            got_title = (r.get("titles") or [""])[0][:70] if r["got"] else r.get("error", "")
            rows.append((r["q"], r["kind"], f"{exp_codes} {exp_title}".strip(), f"{got} {got_title}".strip(),
                         r.get("intent", ""), r.get("band", ""), r.get("confidence", "")))
        print(md_table(("question", "kind", "expected", "got", "intent", "band", "conf"), rows))
    else:
        print("none")
    if skipped:
        print(f"\n## Skipped questions ({len(skipped)}): fix them\n")
        print(md_table(("file:line", "question", "why"), [(f"{q.source}:{q.line}", q.q, why) for q, why in skipped]))

    path = write_json("accuracy.json", {
        "now": NOW.isoformat(), "courses": args.courses, "seed": args.seed, "records": len(records),
        "engine_build_ms": round(build_s * 1000, 1), **prep,
        "targets": {"top1_pct": TARGET_TOP1, "fp_pct": TARGET_FP, "top1_pass": top1_ok, "fp_pass": fp_ok},
        "skipped": [{"q": q.q, "source": f"{q.source}:{q.line}", "why": why} for q, why in skipped],
        "systems": results,
    })
    print(f"\nWrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
