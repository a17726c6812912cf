#!/usr/bin/env python3
"""Validates blind set 30: courses.csv, targets.csv, questions.jsonl, dialogues.jsonl.
Prints every problem and finally 'N errors'."""
import csv, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'given', 'seeds')
errors = []


def err(msg):
    errors.append(msg)
    print('ERROR:', msg)


def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return re.sub(r'\s+', ' ', ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')).strip().lower()


def read_table(path, must):
    raw = open(path, encoding='utf-8-sig').read()
    delim = ';' if raw.split('\n', 1)[0].count(';') > raw.split('\n', 1)[0].count(',') else ','
    rows = list(csv.reader(open(path, encoding='utf-8-sig', newline=''), delimiter=delim))
    for i, r in enumerate(rows[:30]):
        if must in [fold(c) for c in r]:
            return rows[i], rows[i + 1:], i + 1
    err('%s: no header row with %r in the first 30 rows' % (os.path.basename(path), must))
    return [], [], 0


# ---------------------------------------------------------------- courses
head, body, hline = read_table(os.path.join(HERE, 'courses.csv'), 'ma lop')
H = {fold(h): i for i, h in enumerate(head)}
for need in ['ma lop', 'ten lop hoc', 'ngay bat dau', 'trang thai', 'don vi chu tri']:
    if need not in H:
        err('courses.csv: missing column %s' % need)
STATUS_OK = {'', 'du kien', 'mo dang ky', 'da huy', 'da ket thuc', 'da hoan', 'hoan', 'tam hoan'}
codes = {}
status = {}
ended = False
for n, r in enumerate(body, start=hline + 1):
    r = r + [''] * (len(head) - len(r))
    stt, code, title = r[H['stt']].strip(), r[H['ma lop']].strip(), r[H['ten lop hoc']].strip()
    if fold(title).startswith('noi nhan') or fold(r[H['ngay bat dau']]).startswith('noi nhan'):
        ended = True
    if ended or not code or all(re.fullmatch(r'\(\d+\)', c.strip()) for c in r if c.strip()):
        continue
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
        err('courses.csv line %d: bad code %r' % (n, code))
    if code in codes:
        err('courses.csv line %d: duplicate code %s' % (n, code))
    if not title:
        err('courses.csv line %d: empty title' % n)
    if not r[H['ngay bat dau']].strip():
        err('courses.csv line %d: empty start' % n)
    st = fold(r[H['trang thai']])
    if st not in STATUS_OK:
        err('courses.csv line %d: status %r not accepted' % (n, r[H['trang thai']]))
    codes[code] = r
    status[code] = st
if len(codes) < 250:
    err('courses.csv: only %d classes (need >= 250)' % len(codes))

# ---------------------------------------------------------------- targets
th, tb, tl = read_table(os.path.join(HERE, 'targets.csv'), 'ma chi tieu')
T = {fold(h): i for i, h in enumerate(th)}
units, years, tvals = set(), Counter(), set()
for n, r in enumerate(tb, start=tl + 1):
    if not any(c.strip() for c in r):
        continue
    for need in ['ma chi tieu', 'don vi', 'nam', 'noi dung', 'chi tieu', 'don vi tinh']:
        if not r[T[need]].strip():
            err('targets.csv line %d: empty %s' % (n, need))
    for col in ['chi tieu', 'da dat']:
        v = r[T[col]].strip()
        if v and not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?%?|\d+(,\d+)?%?', v):
            err('targets.csv line %d: bad number %r' % (n, v))
    units.add(r[T['don vi']]); years[r[T['nam']]] += 1
    tvals.update([r[T['chi tieu']].strip(), r[T['da dat']].strip()])
if len(units) < 15 or not years.get('2026') or not years.get('2025'):
    err('targets.csv: need >= 15 units with 2025 and 2026 rows (have %d units, %r)' % (len(units), dict(years)))
target_text = open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig').read()

# ---------------------------------------------------------------- seeds
seed_text = ''
if os.path.isdir(SEEDS):
    for f in sorted(os.listdir(SEEDS)):
        seed_text += open(os.path.join(SEEDS, f), encoding='utf-8').read() + '\n'

# ---------------------------------------------------------------- questions
STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
KINDS = {'course', 'target', 'fact', 'off_topic'}
qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
ids = Counter(q.get('id') for q in qs)
for i, c in ids.items():
    if c > 1:
        err('questions: duplicate id %s' % i)
past_ok = 0
for q in qs:
    qid = q.get('id')
    for k in ['id', 'q', 'style', 'kind', 'expect', 'expect_text']:
        if k not in q:
            err('%s: missing %s' % (qid, k))
    if q.get('style') not in STYLES:
        err('%s: bad style %r' % (qid, q.get('style')))
    if q.get('kind') not in KINDS:
        err('%s: bad kind %r' % (qid, q.get('kind')))
    if not isinstance(q.get('expect'), list) or not isinstance(q.get('expect_text'), list):
        err('%s: expect/expect_text must be lists' % qid)
        continue
    if not q.get('q', '').strip():
        err('%s: empty question' % qid)
    for c in q['expect']:
        if c not in codes:
            err('%s: unknown code %s' % (qid, c))
    if q['kind'] == 'course':
        if not q['expect']:
            err('%s: course question without expected codes' % qid)
        for c in q['expect']:
            if status.get(c) in ('da huy', 'da ket thuc'):
                past_ok += 1
    elif q['expect']:
        err('%s: %s question must have expect == []' % (qid, q['kind']))
    if q['kind'] == 'target':
        for t in q['expect_text']:
            if t not in tvals:
                err('%s: target figure %r not in targets.csv' % (qid, t))
        if not q['expect_text']:
            err('%s: target without figure' % qid)
    if q['kind'] == 'fact':
        if not q['expect_text']:
            err('%s: fact without text' % qid)
        for t in q['expect_text']:
            if seed_text and fold(t) not in fold(seed_text):
                err('%s: fact text %r not found in the seed articles' % (qid, t))
    if q['kind'] == 'off_topic' and q['expect_text']:
        err('%s: off_topic with expect_text' % qid)
    if 'profile' in q:
        p = q['profile']
        if not isinstance(p, dict) or set(p) - {'role', 'province', 'union'}:
            err('%s: bad profile' % qid)
kc = Counter(q['kind'] for q in qs)
sc = Counter(q['style'] for q in qs)
need = {'course': 120, 'target': 20, 'fact': 25, 'off_topic': 30}
for k, v in need.items():
    if kc[k] < v:
        err('questions: %d %s (need %d)' % (kc[k], k, v))
if len(qs) < 200:
    err('questions: only %d' % len(qs))
for s in STYLES:
    if sc[s] < 0.15 * len(qs):
        err('questions: style %s under-represented (%d)' % (s, sc[s]))
prof = sum('profile' in q for q in qs)
if prof < 0.25 * len(qs):
    err('questions: only %d with profile (need 25%%)' % prof)

# ---------------------------------------------------------------- dialogues
ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8') if l.strip()]
TK = {'course', 'course_list', 'register', 'fact', 'off_topic'}
if len(ds) < 40:
    err('dialogues: only %d' % len(ds))
dids = Counter(d.get('id') for d in ds)
for i, c in dids.items():
    if c > 1:
        err('dialogues: duplicate id %s' % i)
nturns = 0
for d in ds:
    did = d.get('id')
    if d.get('style') not in STYLES:
        err('%s: bad style' % did)
    turns = d.get('turns', [])
    if not 3 <= len(turns) <= 6:
        err('%s: %d turns (need 3-6)' % (did, len(turns)))
    for j, t in enumerate(turns, 1):
        nturns += 1
        e = t.get('expect', {})
        if not t.get('q', '').strip():
            err('%s turn %d: empty q' % (did, j))
        if e.get('kind') not in TK:
            err('%s turn %d: bad kind %r' % (did, j, e.get('kind')))
        if not isinstance(e.get('codes'), list) or not isinstance(e.get('text'), list):
            err('%s turn %d: codes/text must be lists' % (did, j))
            continue
        for c in e['codes']:
            if c not in codes:
                err('%s turn %d: unknown code %s' % (did, j, c))
        if e['kind'] in ('course', 'course_list', 'register') and not e['codes']:
            err('%s turn %d: %s without codes' % (did, j, e['kind']))
        if e['kind'] == 'register' and len(e['codes']) != 1:
            err('%s turn %d: register needs exactly one code' % (did, j))
        if e['kind'] in ('fact', 'off_topic') and e['codes']:
            err('%s turn %d: %s with codes' % (did, j, e['kind']))
        if e['kind'] == 'fact' and not e['text']:
            err('%s turn %d: fact without text' % (did, j))
        if e['kind'] == 'fact' and e['text']:
            for t_ in e['text']:
                if fold(t_) not in fold(seed_text) and t_ not in tvals:
                    err('%s turn %d: fact/target text %r in neither seeds nor targets' % (did, j, t_))

print('courses: %d classes; targets: %d units' % (len(codes), len(units)))
print('questions: %d %s %s profile=%d (course items naming a cancelled/finished class on purpose: %d)' % (
    len(qs), dict(kc), dict(sc), prof, past_ok))
print('dialogues: %d, turns: %d' % (len(ds), nturns))
print('%d errors' % len(errors))
sys.exit(1 if errors else 0)
