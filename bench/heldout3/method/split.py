"""Split a blind set into the tunable half (DIR) and the reported half (DIR/test): stratified by kind and
style, alternating within each stratum in file order; dialogues alternate."""
import json, shutil, sys
from collections import defaultdict
from pathlib import Path

out, dest = Path(sys.argv[1]), Path(sys.argv[2])
test = dest / "test"
test.mkdir(parents=True, exist_ok=True)
for name in ("courses.csv", "targets.csv"):
    shutil.copy(out / name, dest / name)
qs = [json.loads(l) for l in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ds = [json.loads(l) for l in (out / "dialogues.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
strata = defaultdict(int)
qd, qt = [], []
for q in qs:
    key = (q.get("kind"), q.get("style"))
    (qd if strata[key] % 2 == 0 else qt).append(q)
    strata[key] += 1
dd, dt = ds[0::2], ds[1::2]
def w(p, items):
    p.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
w(dest / "questions_dev.jsonl", qd); w(dest / "dialogues_dev.jsonl", dd)
w(test / "questions.jsonl", qt); w(test / "dialogues.jsonl", dt)
print(len(qd), len(qt), len(dd), len(dt))
