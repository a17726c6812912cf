"""Accuracy on the held-out set: a dataset and questions written by someone who never saw the code.

    python -m bench.heldout [--heldout DIR] [--dev DIR] [--data DIR] [--misses]

A --dev directory that carries its own courses.csv (and targets.csv) is scored on that dataset: a second
independent set is a directory of courses.csv, targets.csv, questions.jsonl and dialogues.jsonl.

The dataset (bench/heldout/courses.csv, targets.csv, in the documented import format) goes through the
real importer (`knowledge.transfer.import_file`) into a temporary SQLite database that also holds the
built-in facts. Questions and dialogues come in two halves: the DEV half (bench/heldout/questions_dev.jsonl,
dialogues_dev.jsonl), on which the engine may be tuned, and the held-out half (questions.jsonl,
dialogues.jsonl in the directory given by --heldout, default bench/heldout/test/), which is only reported.
A missing half is skipped with a note.

Scored, per half, with the baselines in the same run (rapidfuzz WRatio, SQLite FTS5 bm25, plain word
overlap): course top-1 / top-3, seed facts (right when every `expect_text` string appears in the reply),
off-topic false positives (a confident answer with a match), dialogue turns.

The dataset is imported as its author wrote it: topics and audiences in organisers' own words are kept by
the importer (as warnings), searchable and shown, exactly as for a real office's plan.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.utils import default_process

from bench.common import NOW, TZ, fill_database, md_table, verdict, write_json
from handlers.notices import WORDING
from knowledge import reminders

HERE = Path(__file__).resolve().parent / "heldout"
TARGETS = {"course_top1": 92.0, "course_top3": 98.0, "facts": 97.0, "offtopic_fp": 2.0, "dialogue_turns": 90.0}
_WORDS = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- data

@dataclass(slots=True)
class Loaded:
    url: str
    records: list[tuple[str, str, str]]  # kind, code, text (for the baselines)
    course_codes: set[str]


def load_dataset(data_dir: Path, work: Path) -> Loaded:
    """A migrated SQLite database with the built-in facts and the held-out dataset imported."""
    from sqlalchemy import select

    from knowledge.db import make_engine, make_session_factory, upgrade
    from knowledge.models import Course, Document, Fact, Target
    from knowledge.transfer import import_file

    url = f"sqlite:///{work / 'heldout.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with make_session_factory(engine)() as session:
        fill_database(session, None)
        for name in ("courses.csv", "targets.csv"):
            path = data_dir / name
            if not path.exists():
                continue
            import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)
        records: list[tuple[str, str, str]] = []
        codes: set[str] = set()
        for c in session.scalars(select(Course)):
            # The baselines read what a person reading the plan sees, not the title alone: a question
            # naming the place or the organiser must be answerable by word overlap too.
            org = c.organiser.name if c.organiser else ""
            parts = (c.title, c.topic_text, c.audience_text, org, c.province or "", c.venue or "", c.description)
            records.append(("course", c.code, " ".join(p for p in parts if p)))
            codes.add(c.code)
        for f in session.scalars(select(Fact)):
            records.append(("fact", f.code, f.statement))
        for t in session.scalars(select(Target)):
            years = f"{t.period_start}" if t.period_start == t.period_end else f"{t.period_start}-{t.period_end}"
            figures = " ".join(f"{v:g}" for v in (t.target_value, t.achieved_value) if v is not None)
            records.append(("target", t.code, f"{t.metric} {t.organisation.name} {years} {figures}"))
        for d in session.scalars(select(Document)):
            records.append(("document", d.code, f"{d.code} {d.title}"))
    engine.dispose()
    return Loaded(url, records, codes)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


# ---------------------------------------------------------------- systems

# (question, profile from the item or None) -> (codes best first, answered with records, reply text)
Answerer = Callable[[str, dict[str, Any] | None], tuple[list[str], bool, str]]


def to_profile(data: dict[str, Any] | None, qa: Any = None) -> Any:
    """The item's asker («profile»: province, role label, union) as the engine's Profile, as the conversation
    turn passes it: a role and a union typed are read as the bot reads them at sign-up (handlers.core
    on_role_typed, on_org_typed); a user who gave only a province has that province's own union as their union,
    so with the engine at hand the union is filled in the same way."""
    from knowledge.lexicon import ROLES
    from knowledge.qa import Profile
    from knowledge.slots import province_key
    from knowledge.text import fold

    if not data:
        return None
    from knowledge.text import normalise

    role = next((r.key for r in ROLES if fold(r.label) == fold(str(data.get("role") or ""))), None)
    if role is None and qa is not None and data.get("role"):
        # A role in other words («Kế toán công đoàn», «Ủy viên UBKT») is read as the bot reads one typed
        # (handlers.core.on_role_typed): the first role its words name.
        role = next((h.value for h in qa.matcher.find(normalise(str(data["role"])).tokens) if h.kind == "role"),
                    None)
    province = data.get("province")
    union = None
    if qa is not None and data.get("union"):
        # The union the asker gave, found as the bot finds one typed (handlers.core.on_org_typed).
        union = next((int(h.value) for h in qa.matcher.find(normalise(str(data["union"])).tokens)
                      if h.kind == "org" and int(h.value) in qa.orgs), None)
    if union is None and qa is not None and province:
        union = next((o.id for o in qa.orgs.values()
                      if o.kind == "province" and province_key(o.province) == province_key(province)), None)
    return Profile(role=role, organisation_id=union, province=province)


def engine_answerer(url: str) -> tuple[Answerer, Any]:
    from knowledge.db import make_engine, make_session_factory
    from knowledge.qa import QAEngine

    db = make_engine(url)
    with make_session_factory(db)() as session:
        qa = QAEngine.from_session(session, tz=TZ)
    db.dispose()

    def ask(q: str, profile: dict[str, Any] | None = None) -> tuple[list[str], bool, str]:
        ans = qa.answer(q, now=NOW, profile=to_profile(profile, qa))
        return [m.code for m in ans.matches], answered(ans), reply_text(ans)

    return ask, qa


def answered(ans: Any) -> bool:
    """Whether a reply gives records as an answer (an off-topic message must never get one)."""
    return ans.band != "low" and bool(ans.matches) and ans.intent not in ("off_topic", "unknown")


def reply_text(ans: Any) -> str:
    """What the user reads, from the handlers' own wording when it is importable, else the records."""
    try:
        from handlers import compose

        if ans.intent in ("course", "register"):
            replies = compose.courses_reply(ans, TZ, NOW)
        elif ans.intent == "target" and ans.band == "confident" and len(ans.items) > 1:
            replies = compose.targets_reply(ans)  # as handlers.core words it: every target of the answer
        elif ans.items:
            replies = compose.knowledge_reply(ans)
        else:
            replies = []
        return "\n".join(r.text for r in replies)
    except Exception:
        parts = [c.title for c in ans.courses]
        for it in ans.items:
            rec = it.rec
            parts.append(getattr(rec, "statement", "") or getattr(rec, "metric", "") or getattr(rec, "title", ""))
        return "\n".join(parts)


def wratio_answerer(records: list[tuple[str, str, str]]) -> Answerer:
    texts = [r[2] for r in records]

    def ask(q: str, profile: dict[str, Any] | None = None) -> tuple[list[str], bool, str]:
        # rapidfuzz 3 applies no processor by default: fold case and punctuation as a naive user of it would.
        res = process.extract(q, texts, limit=3, processor=default_process)
        return [records[i][1] for _, _, i in res], bool(res), "\n".join(records[i][2] for _, _, i in res)

    return ask


def fts_answerer(records: list[tuple[str, str, str]]) -> Answerer:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE r USING fts5(code UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')")
    con.executemany("INSERT INTO r VALUES (?, ?)", [(r[1], r[2]) for r in records])
    text_of = {r[1]: r[2] for r in records}

    def ask(q: str, profile: dict[str, Any] | None = None) -> tuple[list[str], bool, str]:
        words = [w for w in _WORDS.findall(q.lower()) if len(w) > 1]
        if not words:
            return [], False, ""
        expr = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = con.execute("SELECT code FROM r WHERE r MATCH ? ORDER BY bm25(r) LIMIT 3", (expr,)).fetchall()
        codes = [c for (c,) in rows]
        return codes, bool(codes), "\n".join(text_of[c] for c in codes)

    return ask


def overlap_answerer(records: list[tuple[str, str, str]]) -> Answerer:
    """Plain word overlap on folded words: the share of the question's words each record contains."""
    from knowledge.text import fold

    sets = [set(_WORDS.findall(fold(r[2]))) for r in records]

    def ask(q: str, profile: dict[str, Any] | None = None) -> tuple[list[str], bool, str]:
        qw = set(_WORDS.findall(fold(q)))
        if not qw:
            return [], False, ""
        scored = sorted(((len(qw & s), -i) for i, s in enumerate(sets) if qw & s), reverse=True)[:3]
        codes = [records[-i][1] for _, i in scored]
        return codes, bool(codes), "\n".join(records[-i][2] for _, i in scored)

    return ask


# ---------------------------------------------------------------- scoring

@dataclass(slots=True)
class Tally:
    n: int = 0
    top1: int = 0
    top3: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def pct(self, k: int) -> float | None:
        return round(100.0 * k / self.n, 2) if self.n else None


def _kind(q: dict[str, Any]) -> str:
    return str(q.get("kind") or q.get("type") or "")


def _expected(q: dict[str, Any]) -> list[str]:
    if isinstance(q.get("expect"), list):
        return [str(c) for c in q["expect"]]
    if isinstance(q.get("expect"), dict):
        return [str(c) for c in q["expect"].get("codes") or ()]
    for key in ("codes", "expect_codes", "expected_codes", "acceptable"):
        if q.get(key):
            return [str(c) for c in q[key]]
    for key in ("code", "expect_code", "expected_code", "course"):
        if q.get(key):
            return [str(q[key])]
    return []


def _texts(q: dict[str, Any]) -> list[str]:
    v = q.get("expect_text") or q.get("expect_texts") or []
    if not v and isinstance(q.get("expect"), dict):
        v = q["expect"].get("text") or []
    return [v] if isinstance(v, str) else [str(x) for x in v]


def says(reply: str, text: str) -> bool:
    """Whether a reply says an expected text, figures compared without thousands dots («3.831» = «3831»)."""
    from knowledge.text import fold

    def plain(x: str) -> str:
        return re.sub(r"(?<=\d)\.(?=\d{3})", "", fold(x))

    return plain(text) in plain(reply)


def _question(q: dict[str, Any]) -> str:
    return str(q.get("question") or q.get("q") or q.get("text") or "")


def score(questions: Iterable[dict[str, Any]], ask: Answerer) -> dict[str, Tally]:

    out: dict[str, Tally] = {"course": Tally(), "fact": Tally(), "off_topic": Tally(), "other": Tally()}
    for q in questions:
        text, kind = _question(q), _kind(q)
        codes, confident, reply = ask(text, q.get("profile"))
        if kind in ("off_topic", "offtopic"):
            t = out["off_topic"]
            t.n += 1
            if confident:
                t.top1 += 1
                t.misses.append({"q": text, "got": codes[:1]})
            continue
        want = _expected(q)
        texts = _texts(q)
        t = out["course" if kind == "course" else "fact" if kind in ("fact", "seed") else "other"]
        t.n += 1
        has_texts = all(says(reply, x) for x in texts)
        if not want:
            ok = has_texts
            t.top1 += ok
            t.top3 += ok
        else:
            # A record question is right when its record comes first (and its reply says the figures).
            ok = bool(codes[:1]) and codes[0] in want and (kind == "course" or has_texts)
            t.top1 += ok
            t.top3 += any(c in want for c in codes[:3])
        if not ok:
            t.misses.append({"q": text, "want": want or texts, "got": codes[:3]})
    return out


def turn_right(expect: dict[str, Any], ans: Any, offered: list[str]) -> bool:
    """One dialogue turn: a list shows every expected class; one class, a target or a fact comes first
    and its reply says the expected words; a registration offers the expected class (or asks which,
    listing it); an off-topic turn gives no record."""

    kind = expect.get("kind")
    want = [str(c) for c in expect.get("codes") or ()]
    texts = [str(x) for x in expect.get("text") or ()]
    if ans is None:
        return kind == "register" and any(c in " ".join(offered) for c in want)
    codes = [m.code for m in ans.matches]
    reply = reply_text(ans)
    said = all(says(reply, x) for x in texts)
    if kind == "off_topic":
        return not answered(ans)
    if kind == "course_list":
        shown = [c.code for c in ans.courses] or codes
        return bool(want) and all(c in shown for c in want) and said
    if kind == "register":
        return ans.intent == "register" and codes[:1] == want[:1]
    if not want:
        return said and answered(ans)  # a fact turn says its figure or words
    return bool(codes) and codes[0] in want and said


def run_dialogues(dialogues: list[dict[str, Any]], qa: Any) -> Tally:
    """Turns right in multi-turn dialogues, each turn resolved against the subject of the last answer
    (knowledge.search.subject.answer_in_context) exactly as the conversation turn does."""
    from knowledge.language.followup import Subject
    from knowledge.search.subject import answer_in_context

    t = Tally()
    for d in dialogues:
        subject: Subject | None = None
        profile = to_profile(d.get("profile"), qa)
        for turn in d.get("turns") or []:
            text = _question(turn)
            ans, subject, follow = answer_in_context(qa, text, subject, now=NOW, profile=profile)
            offered = [f"{c.code} {c.label}" for c in follow.choices]
            expect = turn.get("expect") or {}
            ok = turn_right(expect, ans, offered)
            t.n += 1
            t.top1 += ok
            if not ok:
                t.misses.append({"dialogue": d.get("id"), "q": text, "want": expect,
                                 "got": [m.code for m in ans.matches][:5] if ans else offered,
                                 "intent": ans.intent if ans else "choose"})
    return t


# ---------------------------------------------------------------- report

def half(name: str, qdir: Path, qfile: str, dfile: str, systems: dict[str, Answerer], qa: Any) -> dict[str, Any]:
    # A directory of its own (a second independent set) may name its files plainly.
    if not (qdir / qfile).exists() and (qdir / "questions.jsonl").exists():
        qfile = "questions.jsonl"
    if not (qdir / dfile).exists() and (qdir / "dialogues.jsonl").exists():
        dfile = "dialogues.jsonl"
    questions = read_jsonl(qdir / qfile)
    dialogues = read_jsonl(qdir / dfile)
    if not questions and not dialogues:
        print(f"\n## {name}: skipped — no {qdir / qfile} (nor {dfile}).\n")
        return {"skipped": True, "dir": str(qdir)}
    print(f"\n## {name} — {len(questions)} questions, {len(dialogues)} dialogues ({qdir})\n")
    rows = []
    result: dict[str, Any] = {}
    engine_misses: dict[str, list[dict[str, Any]]] = {}
    for sys_name, ask in systems.items():
        t0 = time.perf_counter()
        tallies = score(questions, ask)
        ms = 1000 * (time.perf_counter() - t0) / max(1, len(questions))
        c, f, o = tallies["course"], tallies["fact"], tallies["off_topic"]
        row = {
            "course_top1": c.pct(c.top1), "course_top3": c.pct(c.top3), "facts": f.pct(f.top1),
            "other_top1": tallies["other"].pct(tallies["other"].top1), "offtopic_fp": o.pct(o.top1), "ms": round(ms, 2),
        }
        if sys_name == "cadrebot":
            dt_ = run_dialogues(dialogues, qa)
            row["dialogue_turns"] = dt_.pct(dt_.top1)
            engine_misses = {k: v.misses for k, v in tallies.items()} | {"dialogue": dt_.misses}
        result[sys_name] = row
        rows.append([sys_name, row["course_top1"], row["course_top3"], row["facts"], row["other_top1"],
                     row["offtopic_fp"], row.get("dialogue_turns", ""), row["ms"]])
    print(md_table(["system", "course top-1 %", "course top-3 %", "facts %", "other top-1 %", "off-topic FP %",
                    "dialogue turns %", "ms/question"], rows))
    eng = result["cadrebot"]
    checks = []
    for key, target in TARGETS.items():
        v = eng.get(key)
        if v is None:
            continue
        ok = v <= target if key == "offtopic_fp" else v >= target
        checks.append([key, v, f"{'≤' if key == 'offtopic_fp' else '≥'} {target}", verdict(ok)])
    print()
    print(md_table(["target", "value", "goal", "verdict"], checks))
    result["misses"] = engine_misses
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, default=None,
                   help="directory of courses.csv and targets.csv (default: the --dev directory when it has a "
                        "courses.csv of its own, else bench/heldout/)")
    p.add_argument("--dev", type=Path, default=HERE,
                   help="directory of questions_dev.jsonl, dialogues_dev.jsonl (or questions.jsonl, dialogues.jsonl)")
    p.add_argument("--heldout", type=Path, default=HERE / "test",
                   help="directory of the held-out questions.jsonl and dialogues.jsonl")
    p.add_argument("--misses", action="store_true", help="print the engine's misses on the DEV half")
    args = p.parse_args(argv)
    if args.data is None:
        args.data = args.dev if (args.dev / "courses.csv").exists() else HERE
    with tempfile.TemporaryDirectory() as tmp:
        loaded = load_dataset(args.data, Path(tmp))
        print(f"# Held-out accuracy — {len(loaded.course_codes)} courses in the database, "
              f"{len(loaded.records)} searchable records; now {NOW:%d/%m/%Y %H:%M} {TZ.key}")
        ask, qa = engine_answerer(loaded.url)
        systems = {
            "cadrebot": ask,
            "rapidfuzz WRatio": wratio_answerer(loaded.records),
            "SQLite FTS5 bm25": fts_answerer(loaded.records),
            "word overlap": overlap_answerer(loaded.records),
        }
        out = {
            "dev": half("DEV half (tuned on)", args.dev, "questions_dev.jsonl", "dialogues_dev.jsonl", systems, qa),
            "heldout": half("HELD-OUT half (reported, never tuned on)", args.heldout, "questions.jsonl",
                            "dialogues.jsonl", systems, qa),
        }
        if args.misses and not out["dev"].get("skipped"):
            for kind, misses in out["dev"]["misses"].items():
                for m in misses:
                    print(kind, json.dumps(m, ensure_ascii=False), file=sys.stderr)
    print(f"\nWrote {write_json('heldout.json', out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
