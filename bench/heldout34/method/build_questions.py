"""Build questions.jsonl and dialogues.jsonl: question texts come from the hand-written specs
(spec_questions.py, spec_dialogues.py); expectations are derived by program from courses.csv / targets.csv /
the seed articles with the query engine in ../validate.py. Run gen_courses.py and spec_targets.py first."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
sys.path.insert(0, OUT); sys.path.insert(0, HERE)
import validate as V
import spec_questions, spec_dialogues

courses = V.load_courses(os.path.join(OUT, "courses.csv"))
targets = V.load_targets(os.path.join(OUT, "targets.csv"))
qs = V.compute_questions(courses, targets, spec_questions)
ds = V.compute_dialogues(courses, targets, spec_dialogues)
if V.ERR:
    print("\n".join(V.ERR)); sys.exit(1)
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for d in ds:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("questions", len(qs), "dialogues", len(ds))
