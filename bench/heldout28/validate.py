#!/usr/bin/env python3
"""Re-derives every expectation of questions.jsonl / dialogues.jsonl from courses.csv and the seed
articles, using the parser and filter engine in method/ (plan.py, engine.py) and the per-item filter
specs in method/specs.json. Prints the problems found and finally "<n> errors"."""
import os, sys, json, csv, glob, re
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, 'method'))
from plan import load_courses, fmt, fold, old_area
from engine import answer, list_all, registrable, is_upcoming_candidate

errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

# --- data files are the office's files, unchanged
for fn in ('courses.csv', 'targets.csv'):
    g = os.path.join(ROOT, 'given', 'data', fn)
    if os.path.exists(g) and open(g, 'rb').read() != open(os.path.join(ROOT, fn), 'rb').read():
        err(fn, 'differs from given/data')
cs = load_courses(os.path.join(ROOT, 'courses.csv'))
by = {c['code']: c for c in cs}
# independent raw count of rows that carry a class code
raw = [r for r in csv.reader(open(os.path.join(ROOT, 'courses.csv'), encoding='utf-8-sig'), delimiter=';')]
hdr = next(i for i, r in enumerate(raw) if len(r) > 1 and fold(r[1]) == 'ma lop')
raw_codes = [r[1].strip() for r in raw[hdr + 1:] if len(r) > 1 and re.fullmatch(r'[A-Za-z0-9._-]+', r[1].strip())]
if sorted(raw_codes) != sorted(by): err('parser/raw code mismatch', len(raw_codes), len(by))
if len(set(raw_codes)) != len(raw_codes): err('duplicate codes in courses.csv')

seeds = {os.path.basename(p)[:3]: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(ROOT, 'given', 'seeds', '*.txt'))}
ALL = '\n'.join(seeds.values())
specs = json.load(open(os.path.join(ROOT, 'method', 'specs.json'), encoding='utf-8'))
STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}

def class_texts(c):
    t = [c['title'], c['venue'], c['aud'], c['org'], c['note'], c['raw_start'], c['raw_end'], c['raw_deadline']]
    if c['kind'] == 'exact': t.append(fmt(c['start']))
    if c.get('end'): t.append(fmt(c['end']))
    if c['deadline']: t.append(fmt(c['deadline']))
    return '\n'.join(t)

qs = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8')]
ids = [q['id'] for q in qs]
if len(set(ids)) != len(ids): err('duplicate question ids')
for q in qs:
    qid = q['id']
    if q.get('style') not in STYLES: err(qid, 'bad style')
    if not q.get('q', '').strip(): err(qid, 'empty q')
    if 'profile' in q and set(q['profile']) != {'role', 'province', 'union'}: err(qid, 'bad profile')
    k = q['kind']
    if k == 'course':
        codes, probs = answer(cs, specs[qid])
        if probs: err(qid, 'ambiguous', probs)
        if codes != q['expect']: err(qid, 'expect', q['expect'], '!=', codes)
        for cd in q['expect']:
            if cd not in by: err(qid, 'unknown code', cd)
            elif is_upcoming_candidate(by[cd]) is not True: err(qid, 'not upcoming', cd)
        for t in q['expect_text']:
            if not all(t in class_texts(by[cd]) for cd in q['expect']): err(qid, 'text not in data', t)
    elif k == 'fact':
        seed = specs[qid].get('seed'); src = seeds[seed] if seed else ALL
        if not q['expect_text']: err(qid, 'fact without text')
        for t in q['expect_text']:
            if t not in src: err(qid, 'not in article', t)
        if q['expect']: err(qid, 'fact with codes')
    elif k == 'off_topic':
        if q['expect'] or q['expect_text']: err(qid, 'off_topic must expect nothing')
    else:
        err(qid, 'bad kind', k)

ds = [json.loads(l) for l in open(os.path.join(ROOT, 'dialogues.jsonl'), encoding='utf-8')]
for d in ds:
    did = d['id']
    if d.get('style') not in STYLES: err(did, 'bad style')
    if not 4 <= len(d['turns']) <= 5: err(did, 'turn count', len(d['turns']))
    shown = set()
    for n, (t, sp) in enumerate(zip(d['turns'], specs[did])):
        e = t['expect']; k = e['kind']; tag = '%s.%d' % (did, n + 1)
        if k == 'course_list':
            codes, probs = list_all(cs, sp['spec'])
            if probs or codes != e['codes']: err(tag, 'list', e['codes'], codes, probs)
            shown |= set(codes)
        elif k == 'course':
            if 'spec' in sp:
                codes, probs = answer(cs, sp['spec'])
                if probs or codes != e['codes']: err(tag, 'course', e['codes'], codes, probs)
            else:
                cd = sp['code']
                if e['codes'] != [cd] or cd not in by or is_upcoming_candidate(by[cd]) is not True: err(tag, 'follow-up code', cd)
            for cd in e['codes']:
                shown.add(cd)
                for x in e['text']:
                    if x not in class_texts(by[cd]): err(tag, 'text not in data', x)
        elif k == 'register':
            cd = e['codes'][0]
            if cd not in by or not registrable(by[cd]): err(tag, 'not registrable', cd)
            if cd not in shown: err(tag, 'registering a class never shown', cd)
        elif k == 'fact':
            for x in e['text']:
                if x not in ALL: err(tag, 'not in article', x)
        elif k == 'off_topic':
            if e['codes'] or e['text']: err(tag, 'off_topic expects nothing')
        else:
            err(tag, 'bad kind', k)

for e in errors: print(e)
print('%d errors' % len(errors))
