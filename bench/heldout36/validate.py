# -*- coding: utf-8 -*-
"""Independent checker for blind set 36.
Re-parses courses.csv / targets.csv as an office plan (title block, header row, column-number row,
section rows, «Đợt» rows, totals, signature footer), then checks every expectation in questions.jsonl
and dialogues.jsonl. Where method/qmeta.json gives the filter behind a course expectation, the expected
class or list (upcoming, nearest first) is recomputed from the CSV. Exit code 0 = pass."""
import csv, json, re, os, sys, glob, unicodedata, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)
ERR = []
def err(m):
    ERR.append(m)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', re.sub(r'\(.*?\)', '', s)).strip().lower()

def read(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f))

def find_header(rows, must):
    for i, r in enumerate(rows[:30]):
        cells = [fold(x) for x in r]
        if all(m in cells for m in must):
            return i, cells
    raise SystemExit('header not found: %s' % must)

SIGN = ('noi nhan', 'tm.', 'nguoi lap bieu', '(da ky)', 'giam doc', 'truong ban')
ROMAN = re.compile(r'^(?:[IVXL]+|[A-Z])$')
DATE = r'(\d{1,2})/(\d{1,2})/(\d{4})'
WD = ['thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay', 'chu nhat']

def mkdate(d, m, y, h=8, mi=0):
    return dt.datetime(int(y), int(m), int(d), h, mi)

def parse_time(cell, row):
    """-> (start, end or None, tentative or None, session)"""
    s = cell.strip()
    f = fold(s)
    m = re.fullmatch(r'thang (\d{1,2})/(\d{4})', f)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        nm = dt.datetime(y + (mo == 12), mo % 12 + 1, 1)
        return dt.datetime(y, mo, 1, 8), nm - dt.timedelta(hours=7), ('m', y, mo), 'day'
    m = re.fullmatch(r'quy (i|ii|iii|iv)/(\d{4})', f)
    if m:
        q = ['i', 'ii', 'iii', 'iv'].index(m.group(1)) + 1; y = int(m.group(2))
        em = q * 3
        nm = dt.datetime(y + (em == 12), em % 12 + 1, 1)
        return dt.datetime(y, q * 3 - 2, 1, 8), nm - dt.timedelta(hours=7), ('q', y, q), 'day'
    m = re.fullmatch(r'toi ' + DATE, f)
    if m: return mkdate(*m.groups(), h=18, mi=30), None, None, 'evening'
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngay ' + DATE, f)
    if m: return mkdate(m.group(3), m.group(4), m.group(5), int(m.group(1)), int(m.group(2))), None, None, 'afternoon' if int(m.group(1)) >= 12 else 'day'
    m = re.fullmatch(r'(thu \w+|chu nhat), ' + DATE, f)
    if m:
        d = mkdate(*m.groups()[1:])
        if WD[d.weekday()] != m.group(1): err('%s: weekday %r does not match %s' % (row, m.group(1), d.date()))
        return d, None, None, 'weekend' if d.weekday() >= 5 else 'day'
    m = re.fullmatch(DATE, f)
    if m: return mkdate(*m.groups()), None, None, 'day'
    m = re.fullmatch(r'(\d{1,2})-' + DATE, f)
    if m: return mkdate(m.group(1), m.group(3), m.group(4)), mkdate(m.group(2), m.group(3), m.group(4), 17), None, 'day'
    m = re.fullmatch(r'tu (\d{1,2})/(\d{1,2}) den ' + DATE, f)
    if m: return mkdate(m.group(1), m.group(2), m.group(5)), mkdate(m.group(3), m.group(4), m.group(5), 17), None, 'day'
    m = re.fullmatch(DATE + ' - ' + DATE, f)
    if m: g = m.groups(); return mkdate(*g[:3]), mkdate(*g[3:], h=17), None, 'day'
    err('%s: cannot read time %r' % (row, cell))
    return None, None, None, 'day'

def parse_end(cell, row):
    f = fold(cell)
    if not f: return None
    m = re.fullmatch(r'toi ' + DATE, f)
    if m: return mkdate(*m.groups(), h=21)
    m = re.fullmatch(r'(thu \w+|chu nhat), ' + DATE, f)
    if m:
        d = mkdate(*m.groups()[1:], h=17)
        if WD[d.weekday()] != m.group(1): err('%s: end weekday mismatch' % row)
        return d
    m = re.fullmatch(DATE, f)
    if m: return mkdate(*m.groups(), h=17)
    err('%s: cannot read end %r' % (row, cell)); return None

def parse_deadline(cell, row):
    f = fold(cell)
    if not f: return None
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngay ' + DATE, f)
    if m: return mkdate(m.group(3), m.group(4), m.group(5), int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(DATE, f)
    if m: return mkdate(*m.groups(), h=23, mi=59)
    err('%s: cannot read deadline %r' % (row, cell)); return None

NEWDATE = re.compile(r'(?:lùi lịch đến|hoãn sang|lịch mới:)\s*' + DATE, re.I)
TOPIC_KEY = {'nghiep vu cong tac cong doan': 'NV', 'doi thoai, thuong luong tap the': 'TL', 'an toan, ve sinh lao dong': 'AT',
             'phap luat lao dong, tu van phap luat': 'PL', 'giai quyet tranh chap lao dong': 'TC', 'cong tac nu cong, binh dang gioi': 'NC',
             'tai chinh cong doan': 'TCD', 'cong tac kiem tra cong doan': 'KT', 'tuyen truyen, tuyen giao': 'TG', 'phat trien doan vien, thanh lap cdcs': 'PT',
             'tin hoc, chuyen doi so': 'CDS', 'ky nang giang day cho giang vien': 'GV'}
FORMER_KW = {'Hải Dương': ['Hải Dương cũ', 'Chí Linh cũ'], 'Thái Bình': ['Thái Bình cũ', 'Tiền Hải cũ'], 'Hà Nam': ['Phủ Lý cũ', 'Duy Tiên cũ'],
             'Nam Định': ['Nam Định cũ', 'Hải Hậu cũ'], 'Bắc Giang': ['Bắc Giang cũ', 'Lục Ngạn cũ', 'Việt Yên cũ'], 'Vĩnh Phúc': ['Vĩnh Yên cũ'], 'Hòa Bình': ['Hòa Bình cũ']}
STATUSES = {'mo dang ky': 'open', '': 'open', 'du kien': 'tentative', 'da huy': 'cancelled', 'da ket thuc': 'finished', 'tam hoan': 'postponed', 'hoan': 'postponed', 'da hoan': 'postponed'}

# ---------------- courses ----------------
rows = read(os.path.join(HERE, 'courses.csv'))
hi, head = find_header(rows, ['ma lop', 'ten lop', 'thoi gian'])
col = {h: i for i, h in enumerate(head) if h}
def g(r, name):
    i = col[name]
    return r[i].strip() if i < len(r) else ''
if not re.fullmatch(r'\(1\)', rows[hi + 1][0].strip()): err('no column-number row under the header')
CL = {}
section = None; dot = None; total_stated = None; nrow = 0
for ri, r in enumerate(rows[hi + 2:], start=hi + 3):
    joined = fold(' '.join(r))
    if not joined: continue
    if any(joined.startswith(x) or fold(r[0]).startswith(x) for x in SIGN): break
    stt = r[0].strip()
    name = g(r, 'ten lop')
    if ROMAN.match(stt):
        section = name; dot = None; continue
    m = re.fullmatch(r'dot (\d+)', fold(name))
    if m and not g(r, 'thoi gian'):
        dot = int(m.group(1)); continue
    m = re.match(r'tong cong: (\d+) lop', fold(name))
    if m: total_stated = int(m.group(1)); continue
    nrow += 1
    row = 'courses.csv line %d' % ri
    code = g(r, 'ma lop')
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code): err('%s: bad code %r' % (row, code))
    if code in CL: err('%s: duplicate code %s' % (row, code))
    st = fold(g(r, 'trang thai'))
    if st not in STATUSES: err('%s: status %r not allowed' % (row, st))
    start, end, tent, session = parse_time(g(r, 'thoi gian'), row)
    e2 = parse_end(g(r, 'den ngay'), row)
    if e2: end = e2
    if end is None and start: end = start.replace(hour=17) if session != 'evening' else start.replace(hour=21)
    if start and end and end < start: err('%s: end before start' % row)
    dl = parse_deadline(g(r, 'han dang ky'), row)
    if dl and start and not tent and dl > start: err('%s: deadline after start' % row)
    if tent and STATUSES.get(st) != 'tentative': err('%s: month/quarter-only class must be Dự kiến' % row)
    note = g(r, 'ghi chu')
    nm = NEWDATE.search(note)
    new = mkdate(*nm.groups(), h=start.hour, mi=start.minute) if nm else None
    if STATUSES.get(st) == 'open' and re.search(r'hoãn|lùi lịch|lịch mới', note, re.I): err('%s: open class with a postponement note' % row)
    if new and dl and dl > new: err('%s: deadline after new date' % row)
    if new and new <= start: err('%s: new date not after old date' % row)
    days = fold(g(r, 'so ngay'))
    md = re.fullmatch(r'(\d+) (ngay|buoi)', days)
    if not md: err('%s: bad Số ngày %r' % (row, days))
    elif start and end and not tent and int(md.group(1)) > (end.date() - start.date()).days + 1: err('%s: Số ngày > span' % row)
    tt, on = fold(g(r, 'truc tiep')), fold(g(r, 'truc tuyen'))
    if tt not in ('', 'x') or on not in ('', 'x'): err('%s: Hình thức mark' % row)
    form = 'kh' if tt and on else 'on' if on else 'tt'
    topic = TOPIC_KEY.get(fold(g(r, 'chuyen de')))
    if not topic: err('%s: unknown topic' % row)
    venue = g(r, 'dia diem to chuc')
    former = None
    for k, kws in FORMER_KW.items():
        if any(w in venue for w in kws): former = k
    if form == 'on' and 'Trực tuyến' not in venue: err('%s: online class with a physical venue' % row)
    org = g(r, 'don vi chu tri')
    if fold(org) != fold(section): err('%s: organiser %r differs from section heading %r' % (row, org, section))
    CL[code] = dict(code=code, title=g(r, 'ten lop') + (' (đợt %d)' % dot if dot else ''), topic=topic, aud=[a.strip() for a in g(r, 'doi tuong tham gia').split(';')],
                    org=org, orgk=code.split('-')[0], prov=g(r, 'tinh/thanh pho'), venue=venue, former=former, form=form, session=session,
                    start=start, end=end, tent=tent, deadline=dl, status=STATUSES.get(st), new=new, dot=dot,
                    national=bool(re.fullmatch(r'công đoàn .* việt nam', org.lower())) and not re.search(r'trường|công ty|bệnh viện', org.lower()))
if total_stated != nrow: err('total row says %s classes, table has %d' % (total_stated, nrow))

def state(c):
    if c['status'] == 'cancelled': return 'cancelled'
    if c['status'] == 'finished' or c['end'] < NOW: return 'finished'
    if c['status'] == 'postponed': return 'postponed' if c['new'] else 'postponed_nodate'
    if c['tent']: return 'tentative'
    if c['start'] <= NOW: return 'underway'
    return 'upcoming'
for c in CL.values():
    if c['end'] < NOW and c['status'] not in ('finished', 'cancelled'): err('%s ended before today but is not Đã kết thúc' % c['code'])
    if c['status'] == 'finished' and c['end'] >= NOW: err('%s marked finished but ends after today' % c['code'])
def eff(c): return c['new'] or c['start']
def is_up(c): return state(c) in ('upcoming', 'postponed', 'tentative')
def is_open(c): return state(c) == 'upcoming' and c['status'] == 'open' and (c['deadline'] is None or c['deadline'] >= NOW)
def months(c, effective=False):
    if c['tent'] and c['tent'][0] == 'q':
        q = c['tent'][2]; return {(c['tent'][1], m) for m in range(q * 3 - 2, q * 3 + 1)}
    s = eff(c) if effective else c['start']
    return {(s.year, s.month)}
def match(c, f, effective=False):
    for k, v in f.items():
        if k == 'topic' and c['topic'] != v: return False
        if k == 'aud' and v not in c['aud']: return False
        if k == 'prov' and c['prov'] != v: return False
        if k == 'former' and c['former'] != v: return False
        if k == 'venue' and v not in c['venue']: return False
        if k == 'month' and tuple(v) not in months(c, effective): return False
        if k == 'online' and c['form'] != 'on': return False
        if k == 'evening' and c['session'] != 'evening': return False
        if k == 'weekend' and c['session'] != 'weekend': return False
        if k == 'org' and c['orgk'] != v: return False
        if k == 'dot' and c['dot'] != v: return False
        if k == 'national' and not c['national']: return False
    return True
def upcoming_list(f):
    r = [c for c in CL.values() if is_up(c) and match(c, f, True)]
    r.sort(key=lambda c: (eff(c), c['code']))
    return [c['code'] for c in r]
def nearest_first(codes):
    ks = [eff(CL[x]) for x in codes]
    return all(a < b for a, b in zip(ks, ks[1:]))
def dmy(d): return d.strftime('%d/%m/%Y')
def text_ok(c, t):
    s = state(c)
    dates = {dmy(x) for x in (c['start'], c['end'], c['deadline'], c['new']) if x}
    if re.fullmatch(r'\d{2}/\d{2}/\d{4}', t):
        if c['tent']: return False
        if s == 'postponed' and t == dmy(c['start']): return False
        return t in dates
    if t == 'hủy': return s == 'cancelled'
    if t == 'hoãn': return s in ('postponed', 'postponed_nodate')
    if t == 'kết thúc': return s == 'finished'
    m = re.fullmatch(r'tháng (\d+)/(\d{4})', t)
    if m: return c['tent'] == ('m', int(m.group(2)), int(m.group(1)))
    if t == 'quý II/2027': return c['tent'] == ('q', 2027, 2)
    return t in c['venue']

# ---------------- targets ----------------
trows = read(os.path.join(HERE, 'targets.csv'))
thi, thead = find_header(trows, ['ma chi tieu', 'don vi', 'nam', 'chi tieu'])
tcol = {h: i for i, h in enumerate(thead) if h}
def vnum(s):
    s = s.strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s): return int(s.replace('.', ''))
    if re.fullmatch(r'\d+', s): return int(s)
    raise ValueError(s)
TG = {}
for ri, r in enumerate(trows[thi + 2:], start=thi + 3):
    if not any(x.strip() for x in r): continue
    if any(fold(x).startswith(('nguoi lap bieu', '(da ky)')) for x in r): break
    code = r[tcol['ma chi tieu']].strip()
    if ROMAN.match(r[0].strip()) or not code:
        continue
    try:
        tv, dv = vnum(r[tcol['chi tieu']]), vnum(r[tcol['da dat']])
    except ValueError as e:
        err('targets.csv line %d: number %s' % (ri, e)); continue
    if code in TG: err('targets.csv duplicate %s' % code)
    unit = r[tcol['don vi tinh']].strip()
    if unit not in ('học viên', 'lớp'): err('targets.csv line %d unit %r' % (ri, unit))
    if not re.fullmatch(r'\d{2}/\d{2}/\d{4}', r[tcol['tinh den ngay']].strip()): err('targets.csv line %d: Tính đến ngày' % ri)
    TG[code] = dict(code=code, org=r[tcol['don vi']].strip(), year=int(r[tcol['nam']]), target=tv, done=dv, unit=unit)
orgs_t = Counter(t['org'] for t in TG.values() if t['unit'] == 'học viên')
for o in {c['org'] for c in CL.values()}:
    if not any(t['org'] == o and t['year'] == y for t in TG.values() for y in (2025,)) or not any(t['org'] == o and t['year'] == 2026 for t in TG.values()):
        err('organiser %s lacks a 2025/2026 target' % o)
for o in {c['org'] for c in CL.values() if c['org'].startswith('LĐLĐ')}:
    if not any(t['org'] == o and t['unit'] == 'lớp' for t in TG.values()): err('%s lacks a «lớp» target' % o)
def vn(n): return '{:,}'.format(n).replace(',', '.')
def target_text_ok(codes, texts):
    allowed = set()
    for x in codes:
        t = TG[x]; allowed |= {vn(t['target']), vn(t['done']), vn(t['target'] - t['done']), str(t['target']), str(t['done'])}
    return all(t in allowed for t in texts)

SEEDS = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(HERE, '..', 'given', 'seeds', '*.txt')))]
META = json.load(open(os.path.join(HERE, 'method', 'qmeta.json'), encoding='utf-8')) if os.path.exists(os.path.join(HERE, 'method', 'qmeta.json')) else {'questions': {}, 'dialogues': {}}

# ---------------- questions ----------------
Q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = set()
for q in Q:
    qid = q.get('id')
    if qid in ids: err('dup id %s' % qid)
    ids.add(qid)
    if set(q) != {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}: err('%s: keys' % qid)
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo', 'voice'): err('%s style' % qid)
    if q['profile'] is not None and set(q['profile']) != {'province', 'role', 'union'}: err('%s profile' % qid)
    k = q['kind']; m = META['questions'].get(qid, {})
    if k == 'course':
        if not q['expect']: err('%s: course without codes' % qid); continue
        if any(x not in CL for x in q['expect']): err('%s: unknown code' % qid); continue
        if len(q['expect']) > 1:
            if not nearest_first(q['expect']): err('%s: list not nearest first' % qid)
            if not all(is_up(CL[x]) for x in q['expect']): err('%s: list holds a class that is not upcoming' % qid)
        if m.get('mode') == 'single':
            hits = [c['code'] for c in CL.values() if match(c, m['filters'])]
            if hits != q['expect']: err('%s: description is not unique / wrong class: %s' % (qid, hits))
        elif m.get('mode') == 'list':
            if upcoming_list(m['filters']) != q['expect']: err('%s: list differs from recomputed %s' % (qid, upcoming_list(m['filters'])))
        for t in q['expect_text']:
            if not text_ok(CL[q['expect'][0]], t): err('%s: expect_text %r not supported by %s' % (qid, t, q['expect'][0]))
        if q['profile'] and m.get('mode') == 'list' and 'prov' not in m['filters'] and not ({'former', 'venue', 'org'} & set(m['filters'])):
            err('%s: profile list question without a place' % qid)
    elif k == 'target':
        if not q['expect'] or any(x not in TG for x in q['expect']): err('%s: target code' % qid); continue
        if not q['expect_text'] or not target_text_ok(q['expect'], q['expect_text']): err('%s: target figures %s' % (qid, q['expect_text']))
    elif k == 'fact':
        if q['expect'] or not q['expect_text']: err('%s fact shape' % qid)
        for t in q['expect_text']:
            if not any(t in s for s in SEEDS): err('%s: %r not quoted from a seed' % (qid, t))
    elif k == 'off_topic':
        if q['expect'] or q['expect_text']: err('%s off_topic must expect nothing' % qid)
    else:
        err('%s kind %r' % (qid, k))
kinds = Counter(q['kind'] for q in Q); styles = Counter(q['style'] for q in Q)
if len(Q) < 300: err('fewer than 300 questions')
for k, share in (('course', .65), ('target', .15), ('fact', .10), ('off_topic', .10)):
    if abs(kinds[k] / len(Q) - share) > 0.05: err('kind share %s = %.2f' % (k, kinds[k] / len(Q)))
if max(styles.values()) - min(styles.values()) > len(Q) * 0.05: err('styles unbalanced %s' % styles)
pshare = sum(1 for q in Q if q['profile']) / len(Q)
if not 0.25 <= pshare <= 0.42: err('profile share %.2f' % pshare)

# ---------------- dialogues ----------------
DL = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
if len(DL) < 60: err('fewer than 60 dialogues')
for d in DL:
    did = d['id']; dm = META['dialogues'].get(did, [{}] * len(d['turns']))
    if not 3 <= len(d['turns']) <= 6: err('%s: %d turns' % (did, len(d['turns'])))
    lists = []; last = None
    for ti, (t, m) in enumerate(zip(d['turns'], dm)):
        e = t['expect']; k = e['kind']; tag = '%s turn %d' % (did, ti + 1)
        if k not in ('course', 'course_list', 'register', 'fact', 'off_topic', 'target'): err(tag + ' kind'); continue
        if k in ('course', 'course_list', 'register'):
            if not e['codes'] or any(x not in CL for x in e['codes']): err(tag + ' codes'); continue
        if k == 'course_list':
            if not nearest_first(e['codes']) or not all(is_up(CL[x]) for x in e['codes']): err(tag + ' list order/status')
            if m.get('mode') == 'list' and upcoming_list(m['filters']) != e['codes']: err(tag + ' list differs')
            lists.append(e['codes'])
        if k == 'course':
            c = CL[e['codes'][0]]
            for x in e['text']:
                if not text_ok(c, x): err('%s text %r' % (tag, x))
            if m.get('mode') == 'pick' and lists[-1][m['index']] != e['codes'][0]: err(tag + ' ordinal')
            if m.get('mode') == 'same' and last != e['codes'][0]: err(tag + ' same-class follow-up')
            if m.get('mode') == 'back' and lists[0][0] != e['codes'][0]: err(tag + ' back to first list')
            if m.get('mode') == 'single' and [c['code'] for c in CL.values() if match(c, m['filters'])] != e['codes']: err(tag + ' single not unique')
            last = e['codes'][0]
        if k == 'register':
            if len(e['codes']) != 1 or not is_open(CL[e['codes'][0]]): err(tag + ' registration for a class that is not open')
            if not any(e['codes'][0] in l for l in lists[-1:]) and e['codes'][0] != last: err(tag + ' registers a class not just shown')
        if k == 'target':
            if not e['codes'] or any(x not in TG for x in e['codes']) or not target_text_ok(e['codes'], e['text']): err(tag + ' target')
        if k == 'fact':
            for x in e['text']:
                if not any(x in s for s in SEEDS): err(tag + ' fact quote')
        if k == 'off_topic' and (e['codes'] or e['text']): err(tag + ' off_topic')

# ---------------- coverage ----------------
st = Counter(state(c) for c in CL.values())
need = {'finished', 'underway', 'postponed', 'postponed_nodate', 'cancelled', 'tentative', 'upcoming'}
if need - set(st): err('missing special cases %s' % (need - set(st)))
if len(CL) < 300: err('fewer than 300 classes')
provs = {c['prov'] for c in CL.values()}
if len(provs) < 8: err('fewer than 8 provinces')
if len({c['org'] for c in CL.values()}) < 15: err('fewer than 15 organisers')
if not all(dt.datetime(2026, 11, 1) <= c['start'] < dt.datetime(2027, 7, 1) for c in CL.values()): err('class outside Nov 2026 - Jun 2027')
print('classes %d (%s), organisers %d, provinces %d, targets %d' % (len(CL), dict(st), len({c['org'] for c in CL.values()}), len(provs), len(TG)))
print('questions %d %s %s profile %.2f; dialogues %d turns %d' % (len(Q), dict(kinds), dict(styles), pshare, len(DL), sum(len(d['turns']) for d in DL)))
if ERR:
    print('FAIL: %d problems' % len(ERR))
    for e in ERR[:60]: print(' -', e)
    sys.exit(1)
print('PASS')
