#!/usr/bin/env python3
"""Checks questions.jsonl: shape, unique ids, kinds/styles, and that every expect_text
occurs VERBATIM (exact substring, after NFC only) in at least one seed article in ../given/seeds."""
import json, os, sys, glob, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = sorted(glob.glob(os.path.join(HERE, "..", "given", "seeds", "*.txt")))
seeds = {os.path.basename(p): unicodedata.normalize("NFC", open(p, encoding="utf-8").read()) for p in SEEDS}
errors, warns = [], []
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids = collections.Counter(q["id"] for q in qs)
for k, v in ids.items():
    if v > 1: errors.append(f"duplicate id {k}")
texts = collections.Counter(q["q"] for q in qs)
for k, v in texts.items():
    if v > 1: errors.append(f"duplicate question text: {k}")
kinds, styles, per_seed = collections.Counter(), collections.Counter(), collections.Counter()
for q in qs:
    for key in ("id", "q", "style", "kind", "expect", "expect_text"):
        if key not in q: errors.append(f"{q.get('id')}: missing {key}")
    if not q["id"].startswith("b9-"): errors.append(f"{q['id']}: bad prefix")
    if q["style"] not in ("diacritics", "plain", "abbrev", "typo"): errors.append(f"{q['id']}: bad style")
    kinds[q["kind"]] += 1; styles[(q["kind"], q["style"])] += 1
    if q["kind"] == "fact":
        if q["expect"]: errors.append(f"{q['id']}: fact with expect codes")
        if not q["expect_text"]: errors.append(f"{q['id']}: fact without expect_text")
        for t in q["expect_text"]:
            hits = [n for n, s in seeds.items() if t in s]
            if not hits: errors.append(f"{q['id']}: expect_text not verbatim in any seed: {t!r}")
            elif len(hits) > 1: warns.append(f"{q['id']}: {t!r} occurs in several seeds {hits}")
            for n in hits: per_seed[n] += 1
    elif q["kind"] == "off_topic":
        if q["expect"] or q["expect_text"]: errors.append(f"{q['id']}: off_topic must expect nothing")
    else:
        errors.append(f"{q['id']}: unexpected kind {q['kind']}")
    if "profile" in q and not set(q["profile"]) <= {"role", "province", "union"}:
        errors.append(f"{q['id']}: bad profile keys")
if kinds["fact"] < 200: errors.append(f"only {kinds['fact']} fact questions (<200)")
if kinds["off_topic"] < 80: errors.append(f"only {kinds['off_topic']} off_topic questions (<80)")
print(f"seeds: {len(seeds)}  questions: {len(qs)}  by kind: {dict(kinds)}")
for k in ("fact", "off_topic"):
    print(f"  {k} styles: " + ", ".join(f"{s}={styles[(k, s)]}" for s in ("diacritics", "plain", "abbrev", "typo")))
print("  expect_text hits per seed: " + ", ".join(f"{n}={per_seed[n]}" for n in seeds))
print(f"  profiles: {sum(1 for q in qs if 'profile' in q)}")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warns)} warnings")
sys.exit(1 if errors else 0)
