#!/usr/bin/env python3
"""Assemble questions.jsonl and dialogues.jsonl from the hand-written sources."""
import json
from qlib import F, BYCODE
from q_course import COURSE
from q_other import TARGET, FACT, OFF
from q_dialogues import DIALOGUES
OUT = '/work/blind3/out/'

qs = []
def add(kind, style, q, expect, texts=None, prof=None):
    o = {'id': f'{kind[:3]}-{len([x for x in qs if x["kind"] == kind]) + 1:03d}', 'q': q, 'style': style, 'kind': kind,
         'expect': expect, 'expect_text': texts or []}
    if prof:
        o['profile'] = prof
    qs.append(o)

for it in COURSE:
    st, q, spec = it[0], it[1], it[2]
    prof = it[3] if len(it) > 3 else None
    texts = it[4] if len(it) > 4 else None
    codes = F(**spec) if isinstance(spec, dict) else list(spec)
    assert codes, q
    add('course', st, q, codes, texts, prof)
for it in TARGET:
    st, q, codes, texts = it[:4]
    prof = it[4] if len(it) > 4 else None
    add('target', st, q, codes, texts, prof)
for st, q, texts in FACT:
    add('fact', st, q, [], texts)
for st, q in OFF:
    add('off_topic', st, q, [])

with open(OUT + 'questions.jsonl', 'w', encoding='utf-8') as f:
    for o in qs:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

with open(OUT + 'dialogues.jsonl', 'w', encoding='utf-8') as f:
    for i, (st, prof, turns) in enumerate(DIALOGUES, 1):
        o = {'id': f'dlg-{i:02d}'}
        if prof:
            o['profile'] = prof
        o['style'] = st
        o['turns'] = [{'q': q, 'expect': e} for q, e in turns]
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(qs), 'questions;', len(DIALOGUES), 'dialogues')
