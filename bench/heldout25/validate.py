#!/usr/bin/env python3
"""Re-derives every expectation of questions.jsonl and dialogues.jsonl from the organiser's CSVs and
the seed articles (via method/derive.py and the written specs in method/specs_*.py) and checks the
format rules of the brief.  Prints the errors and "N errors"."""
import json, os, sys, filecmp, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
import data, derive, specs_dialogues, specs_questions

errors = []
def err(msg):
    errors.append(msg)

STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
QKINDS = {'course', 'target', 'fact', 'off_topic'}
TKINDS = {'course', 'course_list', 'register', 'target', 'fact', 'off_topic'}

def load(fn):
    out = []
    with open(os.path.join(HERE, fn), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err('%s line %d: bad JSON (%s)' % (fn, n, e))
    return out

# ---- the plan is copied byte-identical
for fn in ('courses.csv', 'targets.csv'):
    p = os.path.join(HERE, fn)
    if not os.path.exists(p) or not filecmp.cmp(p, os.path.join(HERE, 'given', fn), shallow=False):
        err('%s is not a byte-identical copy of given/%s' % (fn, fn))

codes = set(derive.BYCODE)
def check_codes(where, cs):
    for c in cs:
        if c not in codes:
            err('%s: unknown class code %s' % (where, c))

def profile_ok(where, p, text):
    if p is not None:
        if set(p) != {'role', 'province', 'union'} or not all(isinstance(v, str) and v for v in p.values()):
            err('%s: profile must have role, province, union' % where)
        else:
            try:
                data.norm_prov(p['province'])
            except ValueError:
                err('%s: unknown province in profile' % where)

# ---- questions
qs = load('questions.jsonl')
if not 55 <= len(qs) <= 70:
    err('questions.jsonl: %d questions, about 60 expected' % len(qs))
if len(qs) != len(specs_questions.QUESTIONS):
    err('questions.jsonl and specs differ in length')
ids = set()
for i, (rec, spec) in enumerate(zip(qs, specs_questions.QUESTIONS)):
    qid = 'Q%02d' % (i + 1)
    if rec.get('id') != qid: err('%s: id %r' % (qid, rec.get('id')))
    if rec.get('id') in ids: err('%s: duplicate id' % qid)
    ids.add(rec.get('id'))
    allowed = {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}
    if set(rec) - allowed or not {'id', 'q', 'style', 'kind', 'expect', 'expect_text'} <= set(rec):
        err('%s: fields %s' % (qid, sorted(rec)))
    if rec.get('style') not in STYLES: err('%s: style %r' % (qid, rec.get('style')))
    if rec.get('kind') != 'course': err('%s: questions.jsonl holds single course questions' % qid)
    if rec.get('q') != spec['q']: err('%s: text differs from spec' % qid)
    if rec.get('profile') != spec.get('profile'): err('%s: profile differs from spec' % qid)
    if spec['f'].get('my_province') and 'profile' not in rec: err('%s: «mình» without profile' % qid)
    profile_ok(qid, rec.get('profile'), rec.get('q'))
    try:
        c, t = derive.run_question(dict(spec, id=qid))
    except derive.AmbiguityError as e:
        err('%s: %s' % (qid, e)); continue
    if rec.get('expect') != c: err('%s: expect %s, derived %s' % (qid, rec.get('expect'), c))
    if rec.get('expect_text') != t: err('%s: expect_text %s, derived %s' % (qid, rec.get('expect_text'), t))
    if len(c) != 1: err('%s: a single course question must expect one class' % qid)
    check_codes(qid, c)

# ---- dialogues
ds = load('dialogues.jsonl')
if len(ds) < 70:
    err('dialogues.jsonl: %d conversations, at least 70 expected' % len(ds))
if len(ds) != len(specs_dialogues.DIALOGUES):
    err('dialogues.jsonl and specs differ in length')
nprof = 0
for i, (rec, spec) in enumerate(zip(ds, specs_dialogues.DIALOGUES)):
    did = 'D%02d' % (i + 1)
    if rec.get('id') != did: err('%s: id %r' % (did, rec.get('id')))
    if set(rec) - {'id', 'style', 'profile', 'turns'}: err('%s: fields %s' % (did, sorted(rec)))
    if rec.get('style') not in STYLES: err('%s: style %r' % (did, rec.get('style')))
    if rec.get('style') != spec['style']: err('%s: style differs from spec' % did)
    if rec.get('profile') != spec.get('profile'): err('%s: profile differs from spec' % did)
    profile_ok(did, rec.get('profile'), None)
    nprof += 'profile' in rec
    turns = rec.get('turns') or []
    if not 4 <= len(turns) <= 7: err('%s: %d turns (4-7 expected)' % (did, len(turns)))
    try:
        ex = derive.run_dialogue(dict(spec, id=did))
    except derive.AmbiguityError as e:
        err('%s: %s' % (did, e)); continue
    if len(ex) != len(turns): err('%s: turn count differs from spec' % did); continue
    for j, (t, e, st) in enumerate(zip(turns, ex, spec['turns'])):
        w = '%s#%d' % (did, j + 1)
        if set(t) != {'q', 'expect'} or set(t.get('expect', {})) != {'kind', 'codes', 'text'}:
            err('%s: turn fields' % w); continue
        if t['q'] != st['q']: err('%s: text differs from spec' % w)
        if t['expect'] != e: err('%s: expect %s, derived %s' % (w, t['expect'], e))
        k = t['expect']['kind']
        if k not in TKINDS: err('%s: kind %r' % (w, k))
        if k in ('course', 'register') and len(t['expect']['codes']) != 1: err('%s: %s turn must name one class' % (w, k))
        if k == 'course_list' and not t['expect']['codes']: err('%s: empty list' % w)
        if k in ('target', 'fact', 'off_topic') and t['expect']['codes']: err('%s: %s turn with codes' % (w, k))
        if k in ('target', 'fact') and not t['expect']['text']: err('%s: %s turn without text' % (w, k))
        if k == 'off_topic' and t['expect']['text']: err('%s: off_topic with text' % w)
        if k == 'fact':
            for x in t['expect']['text']:
                if not any(x in s for s in derive.SEEDS.values()): err('%s: fact %r not in seeds' % (w, x))
        check_codes(w, t['expect']['codes'])
        if k == 'register':
            c = derive.BYCODE[t['expect']['codes'][0]]
            if not c['open']: err('%s: register on a class that does not take registrations now' % w)
        if k == 'course':
            c = derive.BYCODE[t['expect']['codes'][0]]
            if not c['avail']: err('%s: class %s is cancelled or finished' % (w, c['code']))
if ds and not 0.18 <= nprof / len(ds) <= 0.35:
    err('about a quarter of the dialogues should have a profile (%d/%d)' % (nprof, len(ds)))
styles = {s: sum(d.get('style') == s for d in ds) for s in STYLES}
if ds and min(styles.values()) < len(ds) // 8:
    err('styles unbalanced in dialogues: %s' % styles)

for e in errors:
    print(e)
print('%d errors' % len(errors))
sys.exit(1 if errors else 0)
