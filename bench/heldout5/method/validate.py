# -*- coding: utf-8 -*-
"""Validate the blind set. Reads only out/*.csv, out/*.jsonl, out/method/{facets,specs}.json and the seeds.
It re-parses every date cell of courses.csv in the documented shapes (independently of the generator),
re-runs every kind-of-class filter and compares with the expectations.
Usage: python3 out/validate.py [> out/validate_report.txt]"""
import csv, json, os, re, sys, unicodedata, datetime as dt
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(os.path.dirname(OUT), 'given', 'seeds')
NOW = dt.datetime(2026, 11, 23, 9, 0)
ERR, WARN, INFO = [], [], []


def err(m): ERR.append(m)


def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()


# ---------------------------------------------------------------- date parsing (documented shapes)
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}


def last_day(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def parse_day(s):
    s = s.strip()
    m = re.fullmatch(r'(\d{4})-(\d{1,2})-(\d{1,2})', s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), None
    m = re.fullmatch(r'(?:(\d{1,2})h(\d{2}) ngay )?(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2})[:h](\d{2}))?', s)
    if m:
        d = dt.date(int(m[5]), int(m[4]), int(m[3]))
        t = None
        if m[1]:
            t = dt.time(int(m[1]), int(m[2]))
        if m[6]:
            t = dt.time(int(m[6]), int(m[7]))
        return d, t
    raise ValueError(s)


def parse_start(cell):
    """-> dict(start=datetime, end=date|None, planned=bool, pstart, pend)"""
    s = fold(cell)
    s = re.sub(r'\s*\(\d+ ngay\)$', '', s)
    # planned periods
    m = re.fullmatch(r'(?:cuoi )?(?:thang|t)\s*(\d{1,2})(?:/| nam )(\d{4})', s)
    if m:
        y, mo = int(m[2]), int(m[1])
        return dict(planned=True, pstart=dt.date(y, mo, 1), pend=last_day(y, mo))
    m = re.fullmatch(r'thang (\d{1,2})(?:-|, )(\d{1,2})(?:/| nam )(\d{4})', s)
    if m:
        y = int(m[3])
        return dict(planned=True, pstart=dt.date(y, int(m[1]), 1), pend=last_day(y, int(m[2])))
    m = re.fullmatch(r'(?:quy |q)(i{1,3}|iv|\d)(?:/| nam )(\d{4})', s)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        return dict(planned=True, pstart=dt.date(y, 3 * q - 2, 1), pend=last_day(y, 3 * q))
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', s)
    if m:
        y = int(m[2])
        return dict(planned=True, pstart=dt.date(y, 1, 1) if m[1] == 'dau' else dt.date(y, 7, 1),
                    pend=dt.date(y, 6, 30) if m[1] == 'dau' else dt.date(y, 12, 31))
    # ranges
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y, mo = int(m[4]), int(m[3])
        return dict(planned=False, start=dt.datetime(y, mo, int(m[1]), 8), end=dt.date(y, mo, int(m[2])))
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y2 = int(m[6]); y1 = int(m[3]) if m[3] else y2
        return dict(planned=False, start=dt.datetime(y1, int(m[2]), int(m[1]), 8), end=dt.date(y2, int(m[5]), int(m[4])))
    d, t = parse_day(s)
    return dict(planned=False, start=dt.datetime.combine(d, t or dt.time(8, 0)), end=None)


def parse_deadline(cell):
    if not cell.strip():
        return None
    d, t = parse_day(fold(cell))
    return dt.datetime.combine(d, t or dt.time(23, 59))


STATUS = {'': 'open', 'mo dang ky': 'open', 'du kien': 'planned', 'da huy': 'cancelled', 'da ket thuc': 'finished'}
MODE = {'': 'direct', 'tap trung (truc tiep)': 'direct', 'tap trung': 'direct', 'truc tuyen': 'online',
        'ket hop (truc tiep va truc tuyen)': 'hybrid'}
PROVINCES = ['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Phú Thọ', 'Thái Nguyên',
             'Tuyên Quang', 'Lào Cai', 'Lạng Sơn', 'Cao Bằng', 'Sơn La', 'Điện Biên', 'Lai Châu', 'Thanh Hóa',
             'Nghệ An', 'Hà Tĩnh', 'Huế', 'Quảng Trị']
PFOLD = {fold(p): p for p in PROVINCES}


def norm_prov(cell):
    f = fold(cell)
    f = re.sub(r'^(tp|thanh pho|tinh) ', '', f)
    return PFOLD.get(f)


# ---------------------------------------------------------------- load courses
rows = list(csv.DictReader(open(os.path.join(OUT, 'courses.csv'), encoding='utf-8-sig')))
facets = json.load(open(os.path.join(OUT, 'method', 'facets.json'), encoding='utf-8'))
C = {}
for i, r in enumerate(rows, 2):
    code = r['Mã lớp']
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
        err('courses line %d: bad code %r' % (i, code))
    if code in C:
        err('courses line %d: duplicate code %s' % (i, code))
    if not r['Tên lớp'].strip() or not r['Ngày bắt đầu'].strip():
        err('courses line %d: missing title or start' % i)
    try:
        p = parse_start(r['Ngày bắt đầu'])
    except Exception as e:
        err('courses line %d (%s): unparseable start %r' % (i, code, r['Ngày bắt đầu'])); continue
    try:
        if r['Ngày kết thúc'].strip():
            ed, _ = parse_day(fold(r['Ngày kết thúc']))
            if p['planned']:
                err('%s: end date on a planned class' % code)
            elif ed < p['start'].date():
                err('%s: end before start' % code)
            p['end'] = ed
        dl = parse_deadline(r['Hạn đăng ký'])
    except Exception:
        err('courses line %d (%s): unparseable end/deadline' % (i, code)); continue
    if dl and not p['planned'] and dl.date() > p['start'].date():
        err('%s: deadline after start' % code)
    st = fold(r['Trạng thái'])
    if st not in STATUS:
        err('%s: status %r not in the list' % (code, r['Trạng thái']))
    md = fold(r['Hình thức'])
    if md not in MODE:
        err('%s: mode %r not in the list' % (code, r['Hình thức']))
    if p['planned'] and STATUS.get(st) != 'planned':
        err('%s: month/quarter-only class should be "Dự kiến"' % code)
    if r['Số chỗ'].strip():
        m = re.search(r'\d+', r['Số chỗ'])
        if not m or int(m.group()) <= 0:
            err('%s: bad seats %r' % (code, r['Số chỗ']))
    prov = norm_prov(r['Tỉnh/Thành phố'])
    if not prov:
        err('%s: unknown province %r' % (code, r['Tỉnh/Thành phố']))
    if code not in facets:
        err('%s: no facets' % code); continue
    fc = facets[code]
    if fc['prov'] != prov or fc['org'] != r['Đơn vị tổ chức'] or fc['title'] != r['Tên lớp']:
        err('%s: facets disagree with the CSV row' % code)
    if not p['planned'] and (p['start'].date() - dt.date(2026, 11, 23)).days in range(-7, 2) and False:
        pass
    p.update(code=code, row=r, status=STATUS.get(st), mode=MODE.get(md), prov=prov, deadline=dl,
             topic=fc['topic'], auds=set(fc['auds']), otype=fc['otype'], org=r['Đơn vị tổ chức'], title=r['Tên lớp'])
    if p['planned']:
        p['start'] = dt.datetime.combine(p['pstart'], dt.time(0, 0))
    C[code] = p
provs = Counter(c['prov'] for c in C.values())
INFO.append('courses: %d classes, %d provinces (%s)' % (len(C), len(provs), ', '.join('%s %d' % kv for kv in sorted(provs.items()))))
INFO.append('courses by status: %s' % dict(Counter(c['status'] for c in C.values())))
INFO.append('courses by mode: %s' % dict(Counter(c['mode'] for c in C.values())))
if len(C) < 300: err('fewer than 300 classes')
if len(provs) < 15: err('fewer than 15 provinces')

# ---------------------------------------------------------------- targets
def vn_number(s):
    s = s.strip().rstrip('%').strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+(,\d+)?', s):
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '.')
    return float(s)


trows = list(csv.DictReader(open(os.path.join(OUT, 'targets.csv'), encoding='utf-8-sig'), delimiter=';'))
TG = {}
for r in trows:
    code = r['Mã chỉ tiêu']
    if code in TG: err('target duplicate %s' % code)
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code): err('target bad code %s' % code)
    try:
        vn_number(r['Chỉ tiêu'])
        if r['Đã đạt'].strip(): vn_number(r['Đã đạt'])
    except Exception:
        err('target %s: bad number' % code)
    ys = [int(y) for y in re.findall(r'\d{4}', r['Năm'])]
    if not ys or min(ys) < 2025 or max(ys) > 2027: err('target %s: year outside 2025-2027' % code)
    if r['Tính đến ngày'].strip():
        try: parse_day(r['Tính đến ngày'])
        except Exception: err('target %s: bad as-of date' % code)
    for k in ('Đơn vị', 'Nội dung', 'Đơn vị tính'):
        if not r[k].strip(): err('target %s: empty %s' % (code, k))
    TG[code] = r
INFO.append('targets: %d targets, %d unions' % (len(TG), len(set(r['Đơn vị'] for r in TG.values()))))
if len(TG) < 40: err('fewer than 40 targets')
if len(set(r['Đơn vị'] for r in TG.values())) < 15: err('fewer than 15 target unions')

# ---------------------------------------------------------------- filter (same semantics as AUTHOR.md)
specs = json.load(open(os.path.join(OUT, 'method', 'specs.json'), encoding='utf-8'))
OLD = specs['old_provinces']


def upcoming(c):
    return c['status'] in ('open', 'planned') and c['start'] > NOW


def match(c, f):
    if not upcoming(c): return False
    if 'p' in f and c['prov'] != OLD.get(f['p'], f['p']): return False
    if 't' in f and c['topic'] not in (f['t'] if isinstance(f['t'], list) else [f['t']]): return False
    if 'a' in f and not set(f['a'] if isinstance(f['a'], list) else [f['a']]) & c['auds']: return False
    if f.get('on') and c['mode'] not in ('online', 'hybrid'): return False
    if 'per' in f:
        s, e = [dt.date.fromisoformat(x) for x in f['per']]
        if c['planned']:
            if not (c['pstart'] >= s and c['pend'] <= e): return False
        elif not (s <= c['start'].date() <= e): return False
    if 'ot' in f and c['otype'] != f['ot']: return False
    if 'org' in f and c['org'] != f['org']: return False
    if 'tc' in f and f['tc'].lower() not in c['title'].lower(): return False
    return True


def run(f):
    return [c['code'] for c in sorted((c for c in C.values() if match(c, f)), key=lambda c: (c['start'], c['code']))]


def registrable(c):
    return (c['status'] == 'open' and not c['planned'] and c['start'] > NOW
            and (c['deadline'] is None or c['deadline'] > NOW))


seed_text = ''
for fn in sorted(os.listdir(SEEDS)):
    seed_text += open(os.path.join(SEEDS, fn), encoding='utf-8').read() + '\n'


def target_figs_ok(codes, texts, where):
    allowed = set()
    for c in codes:
        if c not in TG: err('%s: unknown target %s' % (where, c)); continue
        allowed |= {TG[c]['Chỉ tiêu'], TG[c]['Đã đạt']}
    for t in texts:
        if t not in allowed: err('%s: figure %r not in the targets rows' % (where, t))
    if not texts: err('%s: target without figures' % where)


# ---------------------------------------------------------------- questions
qs = [json.loads(l) for l in open(os.path.join(OUT, 'questions.jsonl'), encoding='utf-8')]
ids = Counter(q['id'] for q in qs)
for k, v in ids.items():
    if v > 1: err('duplicate question id %s' % k)
if len(set(fold(q['q']) for q in qs)) != len(qs): err('duplicate question text')
n_kind_filter = 0
for q in qs:
    w = q['id']
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): err('%s: bad style' % w)
    if q['kind'] not in ('course', 'target', 'fact', 'off_topic'): err('%s: bad kind' % w)
    if q['kind'] == 'course':
        if not q['expect']: err('%s: course question without codes' % w)
        for c in q['expect']:
            if c not in C: err('%s: unknown class %s' % (w, c))
        sp = specs['questions'].get(w)
        if not sp: err('%s: no spec' % w); continue
        if 'filter' in sp:
            n_kind_filter += 1
            f = sp['filter']
            if q.get('profile') and 'p' in f and f['p'] != q['profile']['province'] and OLD.get(f['p']) is None:
                pass
            got = run(f)
            if got != q['expect']: err('%s: expect %s != filter %s' % (w, q['expect'], got))
        else:
            if q['expect'] != [sp['single']]: err('%s: single-class expectation mismatch' % w)
    elif q['kind'] == 'target':
        target_figs_ok(q['expect'], q['expect_text'], w)
    elif q['kind'] == 'fact':
        if q['expect'] or not q['expect_text']: err('%s: fact must have empty expect and some text' % w)
        for t in q['expect_text']:
            if t not in seed_text: err('%s: %r not verbatim in the seeds' % (w, t))
    else:
        if q['expect'] or q['expect_text']: err('%s: off_topic must be empty' % w)
kinds = Counter(q['kind'] for q in qs)
INFO.append('questions: %d; by kind %s' % (len(qs), ', '.join('%s %d (%.1f%%)' % (k, v, 100.0 * v / len(qs)) for k, v in kinds.items())))
for k in kinds:
    INFO.append('  %s by style: %s' % (k, dict(Counter(q['style'] for q in qs if q['kind'] == k))))
INFO.append('  course questions re-computed by filter: %d; single-class: %d' % (n_kind_filter, kinds['course'] - n_kind_filter))
if len(qs) < 300: err('fewer than 300 questions')

# ---------------------------------------------------------------- dialogues
ds = [json.loads(l) for l in open(os.path.join(OUT, 'dialogues.jsonl'), encoding='utf-8')]
nturns = 0
for d in ds:
    w = d['id']
    if not 4 <= len(d['turns']) <= 6: err('%s: %d turns' % (w, len(d['turns'])))
    sp = specs['dialogues'].get(w)
    if not sp or len(sp) != len(d['turns']): err('%s: specs missing' % w); continue
    last = None
    for ti, (t, s) in enumerate(zip(d['turns'], sp), 1):
        nturns += 1
        e = t['expect']; wt = '%s turn %d' % (w, ti)
        k = e['kind']
        if k == 'course_list':
            got = run(s['filter'])
            if got != e['codes']: err('%s: list %s != filter %s' % (wt, e['codes'], got))
            if not 1 <= len(e['codes']) <= 5: err('%s: list size %d' % (wt, len(e['codes'])))
            last = e['codes']
        elif k in ('course', 'register'):
            if len(e['codes']) != 1 or e['codes'][0] not in C: err('%s: bad class' % wt); continue
            code = e['codes'][0]; c = C[code]
            ref = s['ref']
            if isinstance(ref, list):
                if last is None or last[ref[1]] != code: err('%s: reference to the previous list broken' % wt)
            if k == 'register':
                if not registrable(c): err('%s: %s is not open for registration' % (wt, code))
            else:
                if c['planned']: err('%s: course turn on a planned class' % wt)
                sd = c['start'].strftime('%d/%m/%Y')
                if not e['text'] or e['text'][0] != sd: err('%s: first text must be the start date %s' % (wt, sd))
                row_text = fold(' | '.join(c['row'].values()))
                for x in e['text'][1:]:
                    ok = fold(x) in row_text or (c['deadline'] and x == c['deadline'].strftime('%d/%m/%Y'))
                    if not ok: err('%s: text %r not found in the class row' % (wt, x))
        elif k == 'target':
            target_figs_ok(e['codes'], e['text'], wt)
        elif k == 'fact':
            for x in e['text']:
                if x not in seed_text: err('%s: %r not verbatim in the seeds' % (wt, x))
            if not e['text']: err('%s: fact without text' % wt)
        elif k == 'off_topic':
            if e['codes'] or e['text']: err('%s: off_topic must be empty' % wt)
        else:
            err('%s: bad kind %s' % (wt, k))
INFO.append('dialogues: %d, turns: %d, by style %s' % (len(ds), nturns, dict(Counter(d['style'] for d in ds))))
INFO.append('dialogue turns by kind: %s' % dict(Counter(t['expect']['kind'] for d in ds for t in d['turns'])))
if len(ds) < 30: err('fewer than 30 dialogues')

print('VALIDATION REPORT (today = %s)' % NOW.strftime('%d/%m/%Y %H:%M'))
for m in INFO: print(m)
print('errors: %d' % len(ERR))
for m in ERR: print('ERROR', m)
sys.exit(1 if ERR else 0)
