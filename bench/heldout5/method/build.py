# -*- coding: utf-8 -*-
"""Build out/questions.jsonl, out/dialogues.jsonl and out/method/specs.json from the hand-written
question modules. Run from anywhere: python3 out/method/build.py (after data.py)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import run, BY, TBY, registrable, ddmmyyyy, OLD
from q_course import COURSE
from q_other import TARGET, FACT, OFF
from q_dialog import DIALOGS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def figures(codes):
    out = []
    for c in codes:
        t = TBY[c]
        out.append(t['val'])
        if t['done']:
            out.append(t['done'])
    return out


def jd(x):
    """json-friendly filter (dates -> iso)"""
    y = {}
    for k, v in x.items():
        if k == 'per':
            v = [v[0].isoformat(), v[1].isoformat()]
        y[k] = v
    return y


items = []
for q in COURSE:
    if 'code' in q:
        assert q['code'] in BY, q
        items.append(dict(q=q['q'], style=q['style'], kind='course', expect=[q['code']], expect_text=[],
                          profile=q['profile'], spec={'single': q['code']}))
    else:
        f = dict(q['f'])
        if q['profile'] and 'p' not in f:
            f['p'] = q['profile']['province']
        codes = run(f)
        assert 1 <= len(codes) <= 8, (q['q'], codes)
        items.append(dict(q=q['q'], style=q['style'], kind='course', expect=codes, expect_text=[],
                          profile=q['profile'], spec={'filter': jd(f)}))
for q in TARGET:
    for c in q['codes']:
        assert c in TBY, c
    items.append(dict(q=q['q'], style=q['style'], kind='target', expect=q['codes'], expect_text=figures(q['codes']),
                      profile=q['profile'], spec={}))
for q in FACT:
    items.append(dict(q=q['q'], style=q['style'], kind='fact', expect=[], expect_text=q['texts'], profile=None, spec={}))
for q in OFF:
    items.append(dict(q=q['q'], style=q['style'], kind='off_topic', expect=[], expect_text=[], profile=None, spec={}))

rnd = random.Random(5)
rnd.shuffle(items)
specs = {'questions': {}, 'dialogues': {}}
with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as fo:
    for i, it in enumerate(items, 1):
        qid = 'b5-C%03d' % i
        rec = {'id': qid, 'q': it['q'], 'style': it['style'], 'kind': it['kind'], 'expect': it['expect'],
               'expect_text': it['expect_text']}
        if it['profile']:
            rec['profile'] = it['profile']
        fo.write(json.dumps(rec, ensure_ascii=False) + '\n')
        if it['spec']:
            specs['questions'][qid] = it['spec']

with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as fo:
    for di, d in enumerate(DIALOGS, 1):
        did = 'b5-D%02d' % di
        last = None
        turns, tspecs = [], []
        for t in d['turns']:
            kind = t[0]
            if kind == 'L':
                f = dict(t[2])
                codes = run(f)
                assert 1 <= len(codes) <= 5, (did, t[1], codes)
                last = codes
                turns.append({'q': t[1], 'expect': {'kind': 'course_list', 'codes': codes, 'text': []}})
                tspecs.append({'filter': jd(f)})
            elif kind in ('K', 'R'):
                ref = t[2]
                code = last[ref[1]] if isinstance(ref, tuple) else ref
                c = BY[code]
                if kind == 'K':
                    assert not c['planned'], (did, code)
                    text = [ddmmyyyy(code)] + [x for x in t[3] if x != ddmmyyyy(code)]
                    turns.append({'q': t[1], 'expect': {'kind': 'course', 'codes': [code], 'text': text}})
                else:
                    assert registrable(c), (did, code)
                    turns.append({'q': t[1], 'expect': {'kind': 'register', 'codes': [code], 'text': []}})
                tspecs.append({'ref': list(ref) if isinstance(ref, tuple) else ref})
            elif kind == 'T':
                turns.append({'q': t[1], 'expect': {'kind': 'target', 'codes': t[2], 'text': figures(t[2])}})
                tspecs.append({})
            elif kind == 'F':
                turns.append({'q': t[1], 'expect': {'kind': 'fact', 'codes': [], 'text': t[2]}})
                tspecs.append({})
            elif kind == 'O':
                turns.append({'q': t[1], 'expect': {'kind': 'off_topic', 'codes': [], 'text': []}})
                tspecs.append({})
        assert 4 <= len(turns) <= 6, did
        rec = {'id': did, 'style': d['style']}
        if d['profile']:
            rec['profile'] = d['profile']
        rec['turns'] = turns
        fo.write(json.dumps(rec, ensure_ascii=False) + '\n')
        specs['dialogues'][did] = tspecs

specs['old_provinces'] = OLD
with open(os.path.join(OUT, 'method', 'specs.json'), 'w', encoding='utf-8') as fo:
    json.dump(specs, fo, ensure_ascii=False, indent=1)

from collections import Counter
print('questions', len(items), Counter(i['kind'] for i in items))
print(Counter((i['kind'], i['style']) for i in items))
print('dialogues', len(DIALOGS), 'turns', sum(len(d['turns']) for d in DIALOGS))
