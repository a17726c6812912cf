#!/usr/bin/env python3
"""Checks the blind set against courses.csv / targets.csv as written (parses the office export itself)."""
import csv, json, re, sys, os, datetime as dt
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.datetime(2026, 11, 23, 9, 0)
ERR = []
def err(*a): ERR.append(' '.join(str(x) for x in a))

def read(path):
    with open(path, encoding='utf-8-sig', newline='') as fh:
        return list(csv.reader(fh, delimiter=';'))

# ---- courses ----
rows = read(os.path.join(HERE, 'courses.csv'))
hi = next(i for i, r in enumerate(rows) if 'Mã lớp' in r)
H = rows[hi]; col = {h: H.index(h) for h in H}
courses = {}
for r in rows[hi + 2:]:
    if any('Nơi nhận' in x for x in r): break
    code = r[col['Mã lớp']].strip()
    if not code: continue
    if code in courses: err('duplicate code', code)
    courses[code] = {h: r[col[h]].strip() for h in H}

DATE = re.compile(r'(\d{1,2})/(\d{1,2})/(\d{4})')
def parse_when(t):
    """-> (start date or None, end date or None, [(y,m)] months)"""
    m = re.search(r'(\d{1,2})\s*[-,]\s*(\d{1,2})/(\d{1,2})/(\d{4})', t) or re.search(r'(\d{1,2}) và (\d{1,2})/(\d{1,2})/(\d{4})', t)
    if m and not re.search(r'\d{1,2}/\d{1,2}\s*-', t):
        d1, d2, mo, y = map(int, m.groups()); s = dt.date(y, mo, d1); return s, dt.date(y, mo, d2), [(y, mo)]
    m = re.search(r'(\d{1,2})/(\d{1,2})\s*(?:-|đến)\s*(\d{1,2})/(\d{1,2})/(\d{4})', t)
    if m:
        d1, m1, d2, m2, y = map(int, m.groups()); return dt.date(y, m1, d1), dt.date(y, m2, d2), [(y, m1)]
    m = re.search(r'(\d{4})-(\d{2})-(\d{2})', t)
    if m:
        s = dt.date(*map(int, m.groups())); return s, s, [(s.year, s.month)]
    m = DATE.search(t)
    if m:
        d, mo, y = map(int, m.groups()); s = dt.date(y, mo, d); return s, s, [(y, mo)]
    m = re.search(r'[Qq]uý (I{1,3}|IV|\d)/(\d{4})', t)
    if m:
        q = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}.get(m.group(1)) or int(m.group(1)); y = int(m.group(2))
        return None, None, [(y, 3 * q - 2), (y, 3 * q - 1), (y, 3 * q)]
    m = re.search(r'[Tt]háng (\d{1,2})-(\d{1,2})/(\d{4})', t)
    if m:
        a, b, y = map(int, m.groups()); return None, None, [(y, k) for k in range(a, b + 1)]
    m = re.search(r'(?:[Tt]háng |T)(\d{1,2})/(\d{4})', t)
    if m:
        return None, None, [(int(m.group(2)), int(m.group(1)))]
    raise ValueError(t)

def newdate(note):
    m = re.search(r'(?:sang|đến|lịch mới:?)\s*(\d{1,2}/\d{1,2}/\d{4})', note)
    return dt.datetime.strptime(m.group(1), '%d/%m/%Y').date() if m else None

for code, c in courses.items():
    try:
        s, e, ms = parse_when(c['Thời gian tổ chức'])
    except Exception as ex:
        err('unparsed date', code, ex); continue
    c['_s'], c['_e'], c['_ms'] = s, e, ms
    st = c['Trạng thái']
    dl = c['Hạn đăng ký']
    c['_dl'] = None
    if dl:
        c['_dl'] = dt.date.fromisoformat(dl) if '-' in dl else dt.datetime.strptime(dl, '%d/%m/%Y').date()
        if s and c['_dl'] > s: err('deadline after start', code)
    if st in ('Tạm hoãn', 'Hoãn', 'Đã hoãn'): c['_st'] = 'postponed'
    elif st == 'Đã hủy': c['_st'] = 'cancelled'
    elif st == 'Đã kết thúc': c['_st'] = 'finished'
    elif s is None: c['_st'] = 'projected'
    elif st in ('', 'Mở đăng ký'):
        c['_st'] = 'open' if dt.datetime.combine(s, dt.time(0)) > TODAY else ('underway' if e >= TODAY.date() else 'STALE')
        if c['_st'] == 'STALE': err('past class not marked finished', code)
    else:
        err('unknown status', code, st)
    if c['_st'] == 'finished' and e and e >= TODAY.date(): err('finished in the future', code)
    c['_nd'] = newdate(c['Ghi chú']) if c['_st'] == 'postponed' else None
    if s and e and e < s: err('end before start', code)
    for tok in ('Hoàn ', 'hoàn lại'):
        if tok in st: err('bad status', code)

AREA = {'Yên Bái': ['Yên Bái', 'Nghĩa Lộ', 'Thác Bà'], 'Hà Giang': ['Hà Giang', 'Đồng Văn', 'Lũng Cú'], 'Bắc Kạn': ['Bắc Kạn', 'Chợ Đồn', 'Ba Bể'],
        'Vĩnh Phúc': ['Vĩnh Yên', 'Phúc Yên', 'Bình Xuyên'], 'Hòa Bình': ['Hòa Bình', 'Mai Châu'], 'Bình Định': ['Quy Nhơn', 'An Nhơn'],
        'Phú Yên': ['Tuy Hòa', 'Sông Cầu'], 'Đắk Nông': ['Gia Nghĩa', 'Cư Jút'], 'Bình Thuận': ['Phan Thiết']}
def upcoming(c):
    return c['_st'] in ('open', 'projected') and (c['_s'] is None or dt.datetime.combine(c['_s'], dt.time(0)) > TODAY)

def texts_of(c):
    out = [c['Địa điểm tổ chức'], c['Tỉnh/Thành phố'], c['Thời gian tổ chức'], c['Ghi chú'], c['Trạng thái']]
    for d in (c['_s'], c['_e'], c['_dl'], c['_nd']):
        if d: out.append(d.strftime('%d/%m/%Y'))
    if c['_st'] == 'cancelled': out.append('hủy')
    if c['_st'] == 'postponed': out.append('hoãn')
    return ' | '.join(out)

# ---- targets ----
trs = read(os.path.join(HERE, 'targets.csv'))
thi = next(i for i, r in enumerate(trs) if 'Mã chỉ tiêu' in r)
TH = trs[thi]
targets = {}
for r in trs[thi + 2:]:
    if len(r) > 1 and r[1].strip():
        targets[r[1].strip()] = dict(zip(TH, r))

checks = json.load(open(os.path.join(HERE, 'method', 'checks.json')))
seeds = ''
sd = os.path.join(HERE, '..', 'given', 'seeds')
for fn in sorted(os.listdir(sd)):
    seeds += open(os.path.join(sd, fn), encoding='utf-8').read()

def check_course(qid, codes, etext, ck, single):
    for code in codes:
        if code not in courses: err(qid, 'unknown code', code); return
    cs = [courses[k] for k in codes]
    if single and len(codes) != 1: err(qid, 'single question with several codes')
    for c in cs:
        if ck.get('province') and c['Tỉnh/Thành phố'] != ck['province']: err(qid, 'province', c['Mã lớp'])
        if ck.get('status') and c['_st'] not in ck['status']: err(qid, 'status', c['Mã lớp'], c['_st'])
        if ck.get('upcoming') and not upcoming(c): err(qid, 'not upcoming', c['Mã lớp'])
        if ck.get('ym') and tuple(ck['ym']) not in c['_ms']: err(qid, 'month', c['Mã lớp'])
        if ck.get('kw') and not any(k.lower() in (c['Tên lớp học'] + ' ' + c['Lĩnh vực']).lower() for k in ck['kw']): err(qid, 'topic', c['Mã lớp'])
        if ck.get('venue') and ck['venue'] not in c['Địa điểm tổ chức']: err(qid, 'venue', c['Mã lớp'])
        if ck.get('area') and not any(k in c['Địa điểm tổ chức'] for k in AREA[ck['area']]):
            err(qid, 'area', c['Mã lớp'])
        if ck.get('mode') == 'online_or_blended' and c['Trực tuyến'] != 'x': err(qid, 'mode', c['Mã lớp'])
    if single or ck.get('list'):
        for t in etext:
            if t not in texts_of(cs[0]): err(qid, 'expect_text not in class', cs[0]['Mã lớp'], t)
    if ck.get('list'):
        ds = [(c['_s'].year, c['_s'].month, c['_s'].day) if c['_s'] else (c['_ms'][0][0], c['_ms'][0][1], 99) for c in cs]
        if ds != sorted(ds): err(qid, 'list not nearest first')

qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = set()
for q in qs:
    if q['id'] in ids: err('dup id', q['id'])
    ids.add(q['id'])
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo', 'voice'): err(q['id'], 'style')
    ck = checks.get(q['id'], {})
    if q['kind'] == 'course':
        if not q['expect'] or not q['expect_text']: err(q['id'], 'empty expectation')
        check_course(q['id'], q['expect'], q['expect_text'], ck, ck.get('single', False))
    elif q['kind'] == 'target':
        for code in q['expect']:
            if code not in targets: err(q['id'], 'unknown target', code)
        if targets.get(q['expect'][0], {}).get('Chỉ tiêu') != q['expect_text'][0]: err(q['id'], 'target figure')
    elif q['kind'] == 'fact':
        if q['expect']: err(q['id'], 'fact with codes')
        for t in q['expect_text']:
            if t not in seeds: err(q['id'], 'fact text not in seeds', t)
    elif q['kind'] == 'off_topic':
        if q['expect']: err(q['id'], 'off_topic with codes')
    else:
        err(q['id'], 'kind')
    if 'profile' in q and q['profile']['province'] not in {c['Tỉnh/Thành phố'] for c in courses.values()}: err(q['id'], 'profile province')

ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
for d in ds:
    if not 3 <= len(d['turns']) <= 7: err(d['id'], 'turn count')
    for i, tn in enumerate(d['turns']):
        e = tn['expect']; tid = '%s.%d' % (d['id'], i + 1)
        if e['kind'] in ('course', 'course_list'):
            check_course(tid, e['codes'], e['text'], {'upcoming': True, 'list': e['kind'] == 'course_list'}, e['kind'] == 'course')
        elif e['kind'] == 'register':
            c = courses.get(e['codes'][0])
            if not c or c['_st'] != 'open' or (c['_dl'] and c['_dl'] < TODAY.date()): err(tid, 'register on a class that is not open')
        elif e['kind'] == 'fact':
            for code in e['codes']:
                if code not in targets or targets[code]['Chỉ tiêu'] not in e['text']: err(tid, 'target fact')
                elif targets[code]['Đơn vị'] not in [x[1] for x in []] and d['profile']['province'] not in targets[code]['Đơn vị']: err(tid, 'target not of the asker province')
        elif e['kind'] == 'off_topic':
            if e['codes']: err(tid, 'off_topic codes')
        else:
            err(tid, 'kind')

# ---- mix ----
n = len(qs); kinds = Counter(q['kind'] for q in qs); styles = Counter(q['style'] for q in qs)
if len(courses) < 300: err('fewer than 300 classes')
if len({c['Đơn vị thực hiện'] for c in courses.values()}) < 15: err('fewer than 15 organisers')
if len({c['Tỉnh/Thành phố'] for c in courses.values()}) < 8: err('fewer than 8 provinces')
if n < 320: err('fewer than 320 questions')
if len(ds) < 40: err('fewer than 40 dialogues')
for s, k in styles.items():
    if k < 0.15 * n: err('style under 15%', s)
if not 0.6 <= kinds['course'] / n <= 0.8: err('course share', kinds['course'] / n)
print('classes', len(courses), 'organisers', len({c['Đơn vị thực hiện'] for c in courses.values()}), 'provinces', len({c['Tỉnh/Thành phố'] for c in courses.values()}),
      'targets', len(targets))
print('questions', n, dict(kinds), dict(styles), 'with profile', sum(1 for q in qs if 'profile' in q))
print('dialogues', len(ds), 'turns', sum(len(d['turns']) for d in ds))
print('status', dict(Counter(c['_st'] for c in courses.values())))
if ERR:
    print('FAILED: %d problems' % len(ERR)); print('\n'.join(ERR[:60])); sys.exit(1)
print('OK')
