# -*- coding: utf-8 -*-
"""Build out/questions.jsonl, out/dialogues.jsonl and method/specs.json from qsrc.py / dsrc.py.
Expectations are derived from courses.csv with validate.select (the same code validate.py re-runs)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, '..'))
import validate as v
from qsrc import Q
from dsrc import D

courses = [v.Course(r) for r in v.load_courses(os.path.join(HERE, '..', 'courses.csv'))]
specs, out, problems = {}, [], []
for i, q in enumerate(Q, start=1):
    qid = f'b13-C{i:03d}'
    rec = {'id': qid, 'q': q['q'], 'style': q['style'], 'kind': q['kind'], 'expect': [], 'expect_text': []}
    if q['kind'] == 'course':
        codes, err = v.select(courses, q['spec'])
        if err: problems.append(f'{qid} {q["q"]!r}: {err}')
        rec['expect'] = codes; rec['expect_text'] = q['text']; specs[qid] = q['spec']
    elif q['kind'] == 'target':
        rec['expect'] = [q['code']]; rec['expect_text'] = q['text']
    elif q['kind'] == 'fact':
        rec['expect_text'] = q['text']
    if q.get('prof'):
        rec['profile'] = q['prof']
    out.append(rec)
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

douts = []
for i, d in enumerate(D, start=1):
    did = f'b13-D{i:02d}'
    turns, tspecs, lists = [], [], {}
    for ti, t in enumerate(d['turns'], start=1):
        e = {'kind': t['kind'], 'codes': [], 'text': t.get('text', [])}
        if t['kind'] == 'course_list':
            codes, err = v.select(courses, t['spec'])
            if err: problems.append(f'{did} t{ti}: {err}')
            lists[ti] = codes; e['codes'] = codes; tspecs.append(t['spec'])
        elif t['kind'] in ('course', 'register'):
            if 'ref' in t:
                lst = lists[t['ref']]
                code = lst[t['ord'] - 1] if t['ord'] > 0 else lst[t['ord']]
                tspecs.append({'ref': t['ref'], 'ord': t['ord']})
            else:
                codes, err = v.select(courses, t['spec'])
                if err: problems.append(f'{did} t{ti}: {err}')
                code = codes[0] if codes else None
                tspecs.append(t['spec'])
            e['codes'] = [code]
        elif t['kind'] == 'target':
            e['codes'] = [t['code']]; tspecs.append({})
        else:
            tspecs.append({})
        turns.append({'q': t['q'], 'expect': e})
    rec = {'id': did, 'style': d['style']}
    if d['prof']:
        rec['profile'] = d['prof']
    rec['turns'] = turns
    douts.append(rec); specs[did] = tspecs
with open(os.path.join(HERE, '..', 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for r in douts:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
json.dump(specs, open(os.path.join(HERE, 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'questions,', len(douts), 'dialogues')
for p in problems:
    print('PROBLEM', p)
