# -*- coding: utf-8 -*-
"""Derive questions.jsonl and dialogues.jsonl from spec_questions.py using the generator's semantic truth
(courses_truth.json) and targets.csv; validate.py re-derives everything from the CSV files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import validate as V

courses = V.truth_records()
targets = V.read_targets(os.path.join(HERE, '..', 'targets.csv'))
spec = V.load_spec()
seeds = V.seeds_text()
errs = []
qs = [V.build_question(q, courses, targets, seeds, errs) for q in spec.QUESTIONS]
ds = [V.build_dialogue(d, courses, targets, seeds, errs) for d in spec.DIALOGUES]
# diagnostics: classes a reader could argue about (ongoing / postponed without date matching the same filter)
for q in spec.QUESTIONS:
    if q['kind'] != 'course':
        continue
    fl = dict(q['f'])
    if fl.get('cat', 'upcoming') == 'upcoming':
        fl['cat'] = 'any'
        extra = [c['code'] for c in V.select(courses, fl) if V.category(c) in ('ongoing', 'postponed_nodate')]
        if extra:
            print('NOTE', q['id'], q['q'], 'also matches', extra)
    if '-v' in sys.argv:
        n = len(V.select(courses, q['f']))
        print(q['id'], n, q['q'])
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, '..', 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in ds:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
for e in errs:
    print('ERROR', e)
print(len(qs), 'questions;', len(ds), 'dialogues;', len(errs), 'errors')
