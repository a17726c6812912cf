"""Split the blind set into dev2 (tunable) and test2 (reported only): stratified by kind and style,
alternating within each stratum in file order; dialogues alternate."""
import json, shutil
from collections import defaultdict
from pathlib import Path

out = Path("/work/blind/out")
dev, test = Path("/work/blind/dev2"), Path("/work/blind/test2")
for d in (dev, test):
    d.mkdir(exist_ok=True)
    for name in ("courses.csv", "targets.csv"):
        shutil.copy(out / name, d / name)
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
w(dev / "questions_dev.jsonl", qd); w(dev / "dialogues_dev.jsonl", dd)
w(test / "questions.jsonl", qt); w(test / "dialogues.jsonl", dt)
print(len(qd), len(qt), len(dd), len(dt))
