# -*- coding: utf-8 -*-
"""Writes ../questions.jsonl, ../dialogues.jsonl and specs.json from the hand-written sources."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, '..'))
import validate as V
import qsrc_course, qsrc_other, qsrc_dialogues
cs, ts, seeds = V.load()
specs = {'questions': {}, 'dialogues': {}}
qs = []
def add(prefix, n, q, style, kind, spec, profile):
    i = f'b7-{prefix}{n:03d}'
    specs['questions'][i] = spec
    exp, txt = V.derive_question(cs, ts, spec)
    o = {'id': i, 'q': q, 'style': style, 'kind': kind, 'expect': exp, 'expect_text': txt}
    if profile: o['profile'] = profile
    qs.append(o)
for n, (q, st, sp, pr) in enumerate(qsrc_course.C, 1):
    add('C', n, q, st, 'course', {'kind': 'course', 'spec': sp}, pr)
for n, (q, st, codes, pr) in enumerate(qsrc_other.TGT, 1):
    add('T', n, q, st, 'target', {'kind': 'target', 'codes': codes}, pr)
for n, (q, st, texts) in enumerate(qsrc_other.FACT, 1):
    add('F', n, q, st, 'fact', {'kind': 'fact', 'texts': texts}, None)
for n, (q, st) in enumerate(qsrc_other.OFF, 1):
    add('O', n, q, st, 'off_topic', {'kind': 'off_topic'}, None)
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as fh:
    for o in qs: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
KMAP = {'list': 'list', 'course': 'course', 'register': 'register', 'target': 'target', 'fact': 'fact', 'off': 'off_topic'}
with open(os.path.join(HERE, '..', 'dialogues.jsonl'), 'w', encoding='utf-8') as fh:
    for n, (st, pr, turns) in enumerate(qsrc_dialogues.D, 1):
        i = f'b7-D{n:02d}'
        tspec = []
        for t in turns:
            k = t[0]; s = {'kind': KMAP[k]}
            if k == 'list': s['spec'] = t[2]
            elif k in ('course', 'register'): s['ref'] = list(t[2]); s['extras'] = t[3] if k == 'course' else []
            elif k == 'target': s['codes'] = t[2]
            elif k == 'fact': s['texts'] = t[2]
            tspec.append(s)
        specs['dialogues'][i] = tspec
        der = V.derive_dialogue(cs, ts, tspec)
        o = {'id': i, 'style': st}
        if pr: o['profile'] = pr
        o['turns'] = [{'q': t[1], 'expect': e} for t, e in zip(turns, der)]
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
json.dump(specs, open(os.path.join(HERE, 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(qs), 'questions', len(qsrc_dialogues.D), 'dialogues')
