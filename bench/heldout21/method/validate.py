#!/usr/bin/env python3
"""Validate blind set 21: python3 validate.py  -> prints '<n> errors'."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "given", "seeds")
QFILE = os.path.join(HERE, "questions.jsonl")
STYLES = {"diacritics", "plain", "abbrev", "typo", "voice"}
KINDS = {"fact", "off_topic"}
MIN = {"fact": 130, "off_topic": 120}

seed_text = {f: open(os.path.join(SEEDS, f), encoding="utf-8").read() for f in sorted(os.listdir(SEEDS))}
errors = []
def err(msg): errors.append(msg)

def has_vn_marks(s):
    if "đ" in s.lower():
        return True
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))

rows, ids, qs = [], set(), set()
with open(QFILE, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON {e}"); continue
        rows.append(r)
        rid = r.get("id", "")
        if not re.fullmatch(r"b21-q\d{3}", rid): err(f"{rid}: bad id")
        if rid in ids: err(f"{rid}: duplicate id")
        ids.add(rid)
        q = r.get("q", "")
        if not isinstance(q, str) or not q.strip(): err(f"{rid}: empty q")
        if q.strip().lower() in qs: err(f"{rid}: duplicate question text")
        qs.add(q.strip().lower())
        st, k = r.get("style"), r.get("kind")
        if st not in STYLES: err(f"{rid}: bad style {st}")
        if k not in KINDS: err(f"{rid}: bad kind {k}")
        if r.get("expect") != []: err(f"{rid}: expect must be []")
        et = r.get("expect_text")
        if not isinstance(et, list): err(f"{rid}: expect_text not a list"); et = []
        if k == "off_topic" and et: err(f"{rid}: off_topic must have empty expect_text")
        if k == "fact":
            if not 1 <= len(et) <= 2: err(f"{rid}: fact needs 1-2 expect_text strings")
            for s in et:
                hits = [f for f, t in seed_text.items() if s in t]
                if not hits: err(f"{rid}: expect_text {s!r} not verbatim in any seed")
        if st == "plain" and has_vn_marks(q): err(f"{rid}: plain style has diacritics: {q}")
        if st in ("diacritics", "voice") and not has_vn_marks(q): err(f"{rid}: {st} style without diacritics: {q}")
        if st == "voice":
            if re.search(r"\d", q): err(f"{rid}: voice style has digits: {q}")
            if re.search(r"[.,?!;:]", q): err(f"{rid}: voice style has punctuation: {q}")
        p = r.get("profile")
        if p is not None:
            if not isinstance(p, dict) or set(p) != {"role", "province", "union"} or not all(p.values()):
                err(f"{rid}: bad profile {p}")
        extra = set(r) - {"id", "q", "style", "kind", "expect", "expect_text", "profile"}
        if extra: err(f"{rid}: unexpected keys {extra}")

kinds = Counter(r.get("kind") for r in rows)
for k, m in MIN.items():
    if kinds[k] < m: err(f"kind {k}: {kinds[k]} < {m}")
for k in KINDS:
    sc = Counter(r["style"] for r in rows if r.get("kind") == k)
    n = sum(sc.values())
    for s in STYLES:
        if n and not (0.14 * n <= sc[s] <= 0.26 * n):
            err(f"kind {k}: style {s} share {sc[s]}/{n} not roughly even")
grp_file = os.path.join(HERE, "method", "off_topic_groups.json")
if os.path.exists(grp_file):
    g = Counter(json.load(open(grp_file, encoding="utf-8")).values())
    if g["union"] < kinds["off_topic"] // 2 - 1: err(f"union-flavoured off_topic only {g['union']}")

prof = sum(1 for r in rows if r.get("profile"))
print(f"{len(rows)} questions: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())) + f"; with profile {prof}")
for k in sorted(KINDS):
    print(f"  {k} styles:", dict(sorted(Counter(r['style'] for r in rows if r.get('kind') == k).items())))
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
