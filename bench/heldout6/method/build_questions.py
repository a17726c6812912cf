"""Write out/questions.jsonl and out/dialogues.jsonl from the hand-written lists.
Kind-of-class expectations come from filters.select (the same filter validate.py re-runs);
the filter spec is kept in out/method/specs.json so validate.py can re-check it."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import OUT
from filters import select
from q_course import COURSE
from q_other import TARGET, FACT, OFF
from q_dialogues import DIALOGUES

specs = {}
qs = []
n = 0
for kind, items in (('course', COURSE), ('target', TARGET), ('fact', FACT), ('off_topic', OFF)):
    for style, q, spec, text, profile in items:
        n += 1
        qid = 'b6-C%03d' % n
        if isinstance(spec, dict):
            codes = select(spec)
            specs[qid] = spec
        else:
            codes = list(spec)
        rec = {'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': codes, 'expect_text': list(text)}
        if profile:
            rec['profile'] = profile
        qs.append(rec)

dls = []
for i, (style, profile, turns) in enumerate(DIALOGUES, 1):
    did = 'b6-D%02d' % i
    out_turns = []
    for j, (q, kind, spec, text) in enumerate(turns, 1):
        if isinstance(spec, dict):
            codes = select(spec)
            specs['%s#%d' % (did, j)] = spec
        else:
            codes = list(spec)
        out_turns.append({'q': q, 'expect': {'kind': kind, 'codes': codes, 'text': list(text)}})
    rec = {'id': did, 'style': style}
    if profile:
        rec['profile'] = profile
    rec['turns'] = out_turns
    dls.append(rec)

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in qs:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for r in dls:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
json.dump(specs, open(os.path.join(OUT, 'method', 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(len(qs), 'questions', len(dls), 'dialogues', sum(len(d['turns']) for d in dls), 'turns')
