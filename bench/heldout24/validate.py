#!/usr/bin/env python3
"""Re-derives every expectation of questions.jsonl from given/ (CSVs, seeds) and checks the set.
Prints the errors and finally "N errors"."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
from plan import fold, load_courses
from derive import SEEDS, fact_answer, course_expect
from facts_spec import FACTS
from courses_spec import COURSES
from offtopic_spec import OFFTOPIC

errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
KINDS = {'course', 'target', 'fact', 'off_topic'}
ABBR = {'cđ', 'cđcs', 'lđlđ', 'tlđ', 'ko', 'k', 'dc', 'đc', 'đk', 'ntn', 'mk', 'bn', 'j', 'z', 'v', 'hn', 'ls', 'st',
        'cbcđ', 'cb', 'đv', 'ct', 'pct', 'tp', 'kh', 'nq', 'ctr', 'hv', 'tr', 'tc', 'bd', 'gv', 'đ/c', 'kp', 'bch', 'ubkt',
        'qtri', 'qngãi', 'atvslđ', 'hl', 'cm', 'cty', 'h', 'nld', 'đh', 'gđ', 'sp', 'ng', 'dn', 'đv', 'hđ', 'bhxh', 'xh',
        'cc', 'vc', 'qlnn', 'cntt', 'hnay', 'tks', 'ad', 'b2', 'xd', 'lđtđ', 'lso', 'cs', 'pt', 'kq', 'cl', 'ubnd', 't1', 'r', 'lđ'}
DIAC = re.compile(r'[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]', re.I)

rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = collections.Counter(r.get('id') for r in rows)
for i, n in ids.items():
    if n > 1:
        err('duplicate id', i)
qs_seen = collections.Counter(fold(r['q']) for r in rows)
for q, n in qs_seen.items():
    if n > 1:
        err('duplicate question', q)

codes_all = {c['code'] for c in load_courses()}
provinces = {c['province'] for c in load_courses()} | {'Hà Nội', 'Lạng Sơn'}

# ---- schema and style ----
for r in rows:
    rid = r.get('id')
    for k in ('id', 'q', 'style', 'kind', 'expect', 'expect_text'):
        if k not in r:
            err(rid, 'missing key', k)
    extra = set(r) - {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}
    if extra:
        err(rid, 'unknown keys', extra)
    if r['style'] not in STYLES:
        err(rid, 'bad style', r['style'])
    if r['kind'] not in KINDS:
        err(rid, 'bad kind', r['kind'])
    if not isinstance(r['expect'], list) or not isinstance(r['expect_text'], list):
        err(rid, 'expect/expect_text must be lists')
    if 'profile' in r:
        p = r['profile']
        if set(p) != {'role', 'province', 'union'} or p['province'] not in provinces:
            err(rid, 'bad profile', p)
    q = r['q']
    words = re.findall(r"[\wđĐ/]+", q.lower())
    if r['style'] == 'plain' and DIAC.search(q):
        err(rid, 'plain question has diacritics')
    if r['style'] == 'diacritics' and not DIAC.search(q):
        err(rid, 'diacritics question has none')
    if r['style'] == 'voice' and (re.search(r'[0-9?!.,;:]', q)):
        err(rid, 'voice question has digits or punctuation')
    if r['style'] == 'abbrev' and not (set(words) & ABBR):
        err(rid, 'abbrev question has no abbreviation')
    for c in r['expect']:
        if c not in codes_all:
            err(rid, 'unknown class code', c)

# ---- facts: re-derive from seeds ----
fact_rows = {r['id']: r for r in rows if r['kind'] == 'fact'}
seen = set()
def ngrams(s, n):
    w = re.findall(r'\w+', fold(s))
    return {' '.join(w[i:i + n]) for i in range(len(w) - n + 1)}
NG = 8  # a question may not share 8 consecutive words with its article, except inside quoted titles
def _unquoted(t):
    return re.sub(r'[“"][^”"]{0,200}[”"]', ' | ', t)
SEED_NG = {k: ngrams(_unquoted(v), NG) for k, v in SEEDS.items()}
for fid, seed, rxs, qs in FACTS:
    try:
        ans = fact_answer(seed, rxs)
    except Exception as e:
        err(fid, e); continue
    for i, (style, q, prof) in enumerate(qs, 1):
        rid = 'f-%s-%d' % (fid, i)
        seen.add(rid)
        r = fact_rows.get(rid)
        if not r:
            err(rid, 'missing in questions.jsonl'); continue
        if r['q'] != q or r['style'] != style or r.get('profile') != prof:
            err(rid, 'question differs from spec')
        if r['expect'] != [] or r['expect_text'] != ans:
            err(rid, 'expectation differs: %r vs %r' % (r['expect_text'], ans))
        for a in ans:
            if a not in SEEDS[seed]:
                err(rid, 'answer not in article', a)
            if re.search(r'(?<!\w)' + re.escape(fold(a)) + r'(?!\w)', fold(q)):
                err(rid, 'question gives away the answer', a)
        shared = ngrams(q, NG) & SEED_NG[seed]
        if shared:
            err(rid, 'question copies article wording:', sorted(shared)[0])
for rid in fact_rows:
    if rid not in seen:
        err(rid, 'fact question without spec')

# ---- courses: re-derive from courses.csv ----
course_rows = {r['id']: r for r in rows if r['kind'] == 'course'}
for cid, style, q, prof, kind, f, alt, text in COURSES:
    r = course_rows.pop(cid, None)
    if not r:
        err(cid, 'missing'); continue
    try:
        codes, texts = course_expect(kind, f, alt, text)
    except Exception as e:
        err(cid, e); continue
    if r['expect'] != codes or r['expect_text'] != texts:
        err(cid, 'expectation differs', r['expect'], codes, r['expect_text'], texts)
    if r['q'] != q or r['style'] != style or r.get('profile') != prof:
        err(cid, 'question differs from spec')
    if not codes:
        err(cid, 'course question with no class')
for cid in course_rows:
    err(cid, 'course question without spec')

# ---- off-topic ----
OVERLAP = ['cong doan', 'nu cong', 'an toan', 'doan vien', 'ky nang', 'phap luat', 'lop', 'hoc', 'tap huan',
           'dang ky', 'tu van', 'ke toan', 'tai chinh', 'nghiep vu', 'can bo', 'chuyen trach', 'kiem tra',
           'phan mem quan ly doan vien', 'nha van hoa cong nhan', 'khach san muong thanh', 'hoi truong',
           'tranh chap', 'ban quan ly kkt', 'truong dai hoc cong doan', 'ton duc thang', 'htx dong tam',
           'me linh', 'chi lang', 'ldld', 'ban to chuc', 'bch', 'ban chap hanh', 'so y te',
           'bhxh', 'luat', 'bhxh', 'ubnd', 'mat tran to quoc', 'nguyen kim', 'chuyen bay giai cuu', 'chan nuoi', 'dai hoi']
ABBR_EXP = {'cđ': 'công đoàn', 'cđcs': 'công đoàn cơ sở', 'đv': 'đoàn viên', 'lđlđ': 'ldld', 'cb': 'cán bộ',
            'htx': 'htx', 'đh': 'đại hội'}
source_text = fold(' '.join(SEEDS.values()) + ' ' + open(os.path.join(HERE, 'given', 'courses.csv'), encoding='utf-8-sig').read())
for w in OVERLAP:
    if w not in source_text:
        err('overlap word not in plan or articles:', w)
off = [r for r in rows if r['kind'] == 'off_topic']
spec_off = {'o%03d' % i: (s, q) for i, (s, q) in enumerate(OFFTOPIC, 1)}
n_overlap = 0
for r in off:
    if r['expect'] or r['expect_text']:
        err(r['id'], 'off_topic must expect nothing')
    if spec_off.get(r['id']) != (r['style'], r['q']):
        err(r['id'], 'off_topic differs from spec')
    t = ' '.join(ABBR_EXP.get(w, w) for w in r['q'].lower().split())
    t = ' ' + re.sub(r'[^\w ]', ' ', fold(t)) + ' '
    if any(' %s ' % w in t for w in OVERLAP):
        n_overlap += 1
    if any(c.lower() in r['q'].lower() for c in codes_all):
        err(r['id'], 'off_topic mentions a class code')
if n_overlap * 2 < len(off):
    err('only %d of %d off_topic messages share words with the plan/articles' % (n_overlap, len(off)))

cnt = collections.Counter(r['kind'] for r in rows)
if cnt['fact'] < 240: err('fewer than 240 fact questions')
if cnt['off_topic'] < 120: err('fewer than 120 off_topic')
if not 35 <= cnt['course'] <= 50: err('course count not about 40')
for k in ('fact', 'off_topic', 'course'):
    st = {r['style'] for r in rows if r['kind'] == k}
    if st != STYLES: err(k, 'does not use all five styles', st)

for e in errors:
    print('ERROR', e)
print('counts:', dict(cnt), '| off_topic sharing plan/article words: %d/%d' % (n_overlap, len(off)),
      '| with profile:', sum('profile' in r for r in rows))
print('%d errors' % len(errors))
