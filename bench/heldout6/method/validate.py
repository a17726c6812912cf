"""Validate the blind set. Reads only out/ files and the seed articles.
Run: python3 out/validate.py  (prints a report; exit code 1 on any error)"""
import csv, json, os, re, sys, glob
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(OUT, 'method'))
from common import load_courses, parse_start, parse_plain_date, NOW, dmy, upcoming, fold  # noqa: E402
from filters import select, data  # noqa: E402

SEEDS = os.path.join(os.path.dirname(OUT), 'given', 'seeds')
errors, notes = [], []


def err(msg):
    errors.append(msg)


REGION = {'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk', 'Khánh Hòa',
          'Lâm Đồng', 'Đồng Nai', 'TP Hồ Chí Minh', 'Tây Ninh', 'Đồng Tháp', 'Vĩnh Long', 'An Giang', 'Cần Thơ', 'Cà Mau'}
STATUSES = {'', 'Dự kiến', 'Mở đăng ký', 'Đã hủy', 'Đã kết thúc'}
MODES = {'', 'Tập trung (trực tiếp)', 'Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)'}

# ------------------------------------------------------------------ courses
rows, meta = data()
codes = Counter(r['Mã lớp'] for r in rows)
for c, k in codes.items():
    if k > 1:
        err('course code %s used %d times' % (c, k))
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', c):
        err('course code %s has bad characters/length' % c)
byc = {r['Mã lớp']: r for r in rows}
for r in rows:
    c = r['Mã lớp']
    if not r['Tên lớp'].strip():
        err('%s: empty title' % c)
    if r['Trạng thái'] not in STATUSES:
        err('%s: bad status %r' % (c, r['Trạng thái']))
    if r['Hình thức'] not in MODES:
        err('%s: bad mode %r' % (c, r['Hình thức']))
    if r['Tỉnh/Thành phố'] not in REGION:
        err('%s: province %r not in region' % (c, r['Tỉnh/Thành phố']))
    if c not in meta:
        err('%s: no meta' % c)
    end = r['_end']
    if end and end < r['_start']:
        err('%s: end before start' % c)
    if r['_end_dt'] and r['_end_dt'] <= r['_start_dt']:
        err('%s: end time not after start time' % c)
    if r['_deadline'] and r['_deadline'] > r['_start_dt'].replace(hour=23, minute=59):
        err('%s: deadline after start' % c)
    if r['_planned'] and r['_status'] != 'planned':
        err('%s: month/quarter date but status %s' % (c, r['_status']))
    if r['_status'] == 'finished' and (r['_end'] or r['_start']) >= NOW.date():
        err('%s: finished but not in the past' % c)
    if r['_status'] in ('open', 'planned') and not upcoming(r):
        err('%s: open/planned class that is not upcoming (ongoing/past)' % c)
provs = Counter(r['Tỉnh/Thành phố'] for r in rows)
if len(rows) < 300:
    err('only %d classes' % len(rows))
if len(provs) < 15:
    err('only %d provinces' % len(provs))
notes.append('classes: %d in %d provinces; status %s' % (len(rows), len(provs), dict(Counter(r['_status'] for r in rows))))
notes.append('upcoming classes: %d' % sum(upcoming(r) for r in rows))

# ------------------------------------------------------------------ targets
with open(os.path.join(OUT, 'targets.csv'), encoding='utf-8-sig', newline='') as f:
    trows = list(csv.DictReader(f))
tcodes = Counter(t['Mã chỉ tiêu'] for t in trows)
for c, k in tcodes.items():
    if k > 1:
        err('target code %s duplicated' % c)
byt = {t['Mã chỉ tiêu']: t for t in trows}


def vnnum(s):
    s = s.strip().rstrip('%').strip()
    if not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?', s):
        raise ValueError(s)
    return float(s.replace('.', '').replace(',', '.'))


for t in trows:
    c = t['Mã chỉ tiêu']
    for col in ('Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
        if not t[col].strip():
            err('target %s: empty %s' % (c, col))
    try:
        vnnum(t['Chỉ tiêu'])
        if t['Đã đạt'].strip():
            vnnum(t['Đã đạt'])
    except ValueError as e:
        err('target %s: bad number %s' % (c, e))
    years = [int(y) for y in re.findall(r'\d{4}', t['Năm'])]
    if not years or not any(2025 <= y <= 2027 for y in range(min(years), max(years) + 1)):
        err('target %s: year %s outside 2025-2027' % (c, t['Năm']))
    if t['Tính đến ngày'].strip():
        parse_plain_date(t['Tính đến ngày'])
units = {t['Đơn vị'] for t in trows}
if len(trows) < 40 or len(units) < 15:
    err('targets: %d rows for %d unions' % (len(trows), len(units)))
notes.append('targets: %d for %d unions, years %s' % (len(trows), len(units), dict(Counter(t['Năm'] for t in trows))))

# ------------------------------------------------------------------ seeds
seed_text = ''
for p in sorted(glob.glob(os.path.join(SEEDS, '*.txt'))):
    seed_text += open(p, encoding='utf-8').read() + '\n'
specs = json.load(open(os.path.join(OUT, 'method', 'specs.json'), encoding='utf-8'))


def course_text_ok(code, t):
    r = byc[code]
    blob = ' '.join(v for k, v in r.items() if not k.startswith('_') and isinstance(v, str))
    if fold(t) in fold(blob):
        return True
    dates = [dmy(r['_start'])]
    if r['_end']:
        dates.append(dmy(r['_end']))
    if r['_deadline']:
        dates.append(dmy(r['_deadline']))
    if t in dates:
        return True
    if fold(t) == 'huy' and r['_status'] == 'cancelled':
        return True
    if fold(t) == 'du kien' and r['_status'] == 'planned':
        return True
    return False


def target_text_ok(tcs, t):
    return any(t in (byt[c]['Chỉ tiêu'], byt[c]['Đã đạt']) for c in tcs if c in byt)


# ------------------------------------------------------------------ questions
qs = [json.loads(l) for l in open(os.path.join(OUT, 'questions.jsonl'), encoding='utf-8')]
ids = Counter(q['id'] for q in qs)
for i, k in ids.items():
    if k > 1:
        err('question id %s duplicated' % i)
qtexts = Counter(q['q'] for q in qs)
for t, k in qtexts.items():
    if k > 1:
        err('question text repeated: %s' % t)
for q in qs:
    qid = q['id']
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'):
        err('%s: bad style' % qid)
    kind = q['kind']
    if kind == 'course':
        if qid in specs:
            want = select(specs[qid])
            if want != q['expect']:
                err('%s: expect differs from filter %s' % (qid, specs[qid]))
            if not want:
                err('%s: kind-of-class question with no upcoming answer' % qid)
        elif not q['expect']:
            err('%s: course question without codes' % qid)
        for c in q['expect']:
            if c not in byc:
                err('%s: unknown class %s' % (qid, c))
        for t in q['expect_text']:
            if not any(course_text_ok(c, t) for c in q['expect'] if c in byc):
                err('%s: text %r not found in its class(es)' % (qid, t))
    elif kind == 'target':
        if not q['expect']:
            err('%s: target question without codes' % qid)
        for c in q['expect']:
            if c not in byt:
                err('%s: unknown target %s' % (qid, c))
        for t in q['expect_text']:
            if not target_text_ok(q['expect'], t):
                err('%s: figure %r not in targets.csv rows' % (qid, t))
    elif kind == 'fact':
        if q['expect']:
            err('%s: fact with codes' % qid)
        if not q['expect_text']:
            err('%s: fact without text' % qid)
        for t in q['expect_text']:
            if t not in seed_text:
                err('%s: fact text %r not verbatim in seeds' % (qid, t))
    elif kind == 'off_topic':
        if q['expect'] or q['expect_text']:
            err('%s: off_topic with expectations' % qid)
    else:
        err('%s: bad kind %s' % (qid, kind))
kc = Counter(q['kind'] for q in qs)
ks = Counter((q['kind'], q['style']) for q in qs)
if len(qs) < 300:
    err('only %d questions' % len(qs))
notes.append('questions: %d; by kind %s' % (len(qs), dict(kc)))
notes.append('by kind/style: %s' % {'%s/%s' % k: v for k, v in sorted(ks.items())})
sizes = Counter(min(len(q['expect']), 9) for q in qs if q['kind'] == 'course')
notes.append('course expect sizes: %s; kind-of-class (filter) questions: %d' % (dict(sorted(sizes.items())), sum(1 for q in qs if q['id'] in specs)))

# ------------------------------------------------------------------ dialogues
dls = [json.loads(l) for l in open(os.path.join(OUT, 'dialogues.jsonl'), encoding='utf-8')]
if len(dls) < 30:
    err('only %d dialogues' % len(dls))
nturns = 0
tk = Counter()
for d in dls:
    did = d['id']
    if not 4 <= len(d['turns']) <= 6:
        err('%s: %d turns' % (did, len(d['turns'])))
    for j, t in enumerate(d['turns'], 1):
        nturns += 1
        e = t['expect']
        k = e['kind']
        tk[k] += 1
        key = '%s#%d' % (did, j)
        if k == 'course_list':
            if not 1 <= len(e['codes']) <= 5:
                err('%s: list of %d codes' % (key, len(e['codes'])))
            if key not in specs or select(specs[key]) != e['codes']:
                err('%s: list differs from filter' % key)
        elif k == 'course':
            if not e['codes'] or e['codes'][0] not in byc:
                err('%s: unknown class' % key)
            else:
                for tx in e['text']:
                    if not course_text_ok(e['codes'][0], tx):
                        err('%s: text %r not in class %s' % (key, tx, e['codes'][0]))
        elif k == 'register':
            c = e['codes'][0] if e['codes'] else None
            r = byc.get(c)
            if not r:
                err('%s: unknown class %s' % (key, c))
            elif r['_status'] != 'open' or r['_planned'] or not r['_deadline'] or r['_deadline'] <= NOW:
                err('%s: %s not open for registration (status %s, deadline %s)' % (key, c, r['_status'], r['_deadline']))
        elif k == 'target':
            for c in e['codes']:
                if c not in byt:
                    err('%s: unknown target %s' % (key, c))
            for tx in e['text']:
                if not target_text_ok(e['codes'], tx):
                    err('%s: figure %r not in target rows' % (key, tx))
        elif k == 'fact':
            for tx in e['text']:
                if tx not in seed_text:
                    err('%s: fact text %r not in seeds' % (key, tx))
        elif k == 'off_topic':
            if e['codes'] or e['text']:
                err('%s: off_topic with expectations' % key)
        else:
            err('%s: bad kind %s' % (key, k))
notes.append('dialogues: %d, turns: %d, by kind %s, by style %s' % (len(dls), nturns, dict(tk), dict(Counter(d['style'] for d in dls))))

print('VALIDATION REPORT (today = %s)' % NOW.strftime('%d/%m/%Y %H:%M'))
for n in notes:
    print('-', n)
print('errors: %d' % len(errors))
for e in errors:
    print('  ERROR', e)
sys.exit(1 if errors else 0)
