#!/usr/bin/env python3
"""Blind set 23 — re-derives every expectation from courses.csv, targets.csv and the seeds.

Reads the office-style courses.csv / targets.csv with its own parser (following
given/import-format.md), then for each question and dialogue turn re-computes the expected
codes / texts from the hidden spec in method/specs.jsonl and compares. Prints "N errors".
"""
import csv, json, os, re, sys, unicodedata
from datetime import datetime, date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = datetime(2026, 11, 23, 9, 0)
PLAN_YEAR_DEFAULT = 2027

# ---------------------------------------------------------------- text helpers
def strip_acc(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')

def norm(s):
    s = strip_acc(s or '').lower()
    s = re.sub(r'\s+', ' ', s).strip()
    return s

def words(s):
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', norm(s)).strip() + ' '

ABBR = [(r'\bldld\b', 'lien doan lao dong'), (r'\bcdcs\b', 'cong doan co so'), (r'\bcd\b', 'cong doan'),
        (r'\bkcn\b', 'khu cong nghiep'), (r'\bkkt\b', 'khu kinh te'), (r'\btp\b', 'thanh pho'),
        (r'\bcty\b', 'cong ty'), (r'\btnhh\b', 'trach nhiem huu han'), (r'\bvn\b', 'viet nam'),
        (r'\bcp\b', 'co phan'), (r'\btld\b', 'tong lien doan lao dong')]

def org_key(s):
    w = words(s)
    for a, b in ABBR:
        w = re.sub(a, b, w)
    return ' ' + re.sub(r'\s+', ' ', w).strip() + ' '

# ---------------------------------------------------------------- vocabularies
PROVINCES = ["Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng",
             "Ninh Bình", "Quảng Ninh", "Hà Nội", "Điện Biên", "Lai Châu", "Sơn La", "Lạng Sơn", "Cao Bằng",
             "An Giang", "Cà Mau", "Đồng Tháp", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế",
             "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Tây Ninh",
             "Hồ Chí Minh", "Vĩnh Long", "Cần Thơ"]
FORMER = {"Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên", "Vĩnh Phúc": "Phú Thọ",
          "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh", "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng",
          "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Kiên Giang": "An Giang", "Bạc Liêu": "Cà Mau",
          "Tiền Giang": "Đồng Tháp"}

def canon_province(cell):
    n = words(cell)
    n = re.sub(r' (tinh|thanh pho|tp) ', ' ', n).strip()
    for p in PROVINCES:
        if norm(p) == n:
            return p
    raise ValueError('unknown province %r' % cell)

# topic keys: canonical label, cell words that map to it, title keywords (broad reading)
TOPICS = {
    'NV':   ('Nghiệp vụ công tác công đoàn', ['nghiep vu', 'nv'], ['nghiep vu']),
    'TLTT': ('Đối thoại, thương lượng tập thể', ['tltt', 'thuong luong', 'doi thoai'], ['thuong luong', 'doi thoai', 'thoa uoc']),
    'ATVSLD': ('An toàn, vệ sinh lao động', ['atvsld', 'at vsld', 'an toan'], ['an toan', 've sinh lao dong', 'chay no', 'so cap cuu']),
    'PL':   ('Pháp luật lao động, tư vấn pháp luật', ['phap luat', 'pl lao dong'], ['phap luat', 'bo luat lao dong', 'luat cong doan']),
    'TCLD': ('Giải quyết tranh chấp lao động', ['tranh chap', 'tcld'], ['tranh chap', 'dinh cong']),
    'NC':   ('Công tác nữ công, bình đẳng giới', ['nu cong', 'bdg'], ['nu cong', 'binh dang gioi']),
    'TC':   ('Tài chính công đoàn', ['tai chinh', 'tccd'], ['tai chinh', 'ke toan']),
    'KT':   ('Công tác kiểm tra công đoàn', ['kiem tra', 'ubkt'], ['kiem tra', 'ubkt']),
    'TG':   ('Tuyên truyền, tuyên giáo', ['tuyen giao', 'tuyen truyen'], ['tuyen truyen', 'tuyen giao']),
    'PTDV': ('Phát triển đoàn viên, thành lập CĐCS', ['ptdv', 'phat trien dv', 'phat trien doan vien'], ['phat trien doan vien', 'thanh lap']),
    'CDS':  ('Tin học, chuyển đổi số', ['cds', 'chuyen doi so', 'tin hoc'], ['chuyen doi so', 'tin hoc', 'phan mem', 'so hoa']),
    'GV':   ('Kỹ năng giảng dạy cho giảng viên', ['giang vien', 'giang day'], ['giang vien', 'giang day']),
    'VT':   ('Văn thư, lưu trữ', ['van thu', 'luu tru'], ['van thu', 'luu tru']),
    'LLCT': ('Quản lý nhà nước, lý luận chính trị', ['llct', 'ly luan chinh tri', 'qlnn', 'quan ly nha nuoc'], ['ly luan chinh tri', 'quan ly nha nuoc']),
}

def canon_topic(cell):
    w = words(cell)
    if not w.strip():
        return None
    for k, (_, cells, _) in TOPICS.items():
        for c in cells:
            if ' %s ' % c in w:
                return k
    return None

AUD_RULES = [('PCT', r' (pct|pho chu tich|p chu tich|pho ct) '), ('BCH', r' (bch|ban chap hanh) '),
             ('UBKT', r' (ubkt|uy ban kiem tra) '), ('KCT', r' khong chuyen trach '),
             ('GV', r' giang vien '), ('CAPTREN', r' cap tren '), ('NUCONG', r' nu cong '),
             ('KETOAN', r' (ke toan|thu quy) '), ('ATVSV', r' (atvsv|an toan ve sinh vien) '),
             ('TOTRUONG', r' to truong '), ('DV', r' (dv|doan vien|nld|cnld|nguoi lao dong|cong nhan) ')]

def canon_aud(cell):
    w = words(cell)
    keys = set()
    for k, rx in AUD_RULES:
        if re.search(rx, w):
            keys.add(k)
    w2 = re.sub(r' (pct|pho chu tich|p chu tich|pho ct) ', ' ', w)
    if re.search(r' (ct|chu tich) ', w2):
        keys.add('CT')
    w3 = w.replace(' khong chuyen trach ', ' ')
    if ' chuyen trach ' in w3:
        keys.add('CCT')
    return keys

# a role as users name it -> audience keys a reasonable reader accepts
AUD_BROAD = {'CT': {'CT', 'BCH', 'KCT'}, 'PCT': {'PCT', 'BCH', 'KCT'}, 'BCH': {'BCH', 'CT', 'PCT', 'KCT'},
             'UBKT': {'UBKT'}, 'KETOAN': {'KETOAN'}, 'NUCONG': {'NUCONG'}, 'DV': {'DV'}, 'GV': {'GV'},
             'CCT': {'CCT', 'CAPTREN'}, 'CAPTREN': {'CAPTREN', 'CCT'}, 'TOTRUONG': {'TOTRUONG'},
             'ATVSV': {'ATVSV'}}

CENTRAL_MARKS = [' tong lien doan lao dong ', ' truong dai hoc cong doan ', ' vien cong nhan ',
                 ' cong doan giao duc viet nam ', ' cong doan y te viet nam ', ' cong doan cong thuong viet nam ',
                 ' cong doan than khoang san viet nam ']

def is_central(org):
    k = org_key(org)
    return any(m in k for m in CENTRAL_MARKS)

STATUS = {'du kien': 'tentative', 'mo dang ky': 'open', 'da huy': 'cancelled', 'da ket thuc': 'finished',
          'da hoan': 'postponed', 'hoan': 'postponed', 'tam hoan': 'postponed'}

def canon_status(cell):
    n = re.sub(r'[^a-z ]', '', norm(cell)).strip()
    if not n:
        return None
    if n not in STATUS:
        raise ValueError('bad status %r' % cell)
    return STATUS[n]

XMARK = {'x', 'v', '1', 'co', '✓'}

# ---------------------------------------------------------------- dates
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}

def month_end(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))

class When:
    def __init__(self, kind, start=None, end=None, has_time=False, pstart=None, pend=None):
        self.kind, self.start, self.end, self.has_time = kind, start, end, has_time
        self.pstart, self.pend = pstart, pend

def parse_time(t):
    m = re.match(r'^(\d{1,2})[:h](\d{2})?$', t)
    return int(m.group(1)), int(m.group(2) or 0)

def parse_when(cell, plan_year):
    raw = cell.strip()
    n = norm(raw)
    n = re.sub(r'\s*\(\d+ ngay\)\s*$', '', n)
    if n in ('', 'ca nam', 'theo ke hoach'):
        return When('period', pstart=date(plan_year, 1, 1), pend=date(plan_year, 12, 31))
    m = re.match(r'^nam (\d{4})$', n)
    if m:
        y = int(m.group(1)); return When('period', pstart=date(y, 1, 1), pend=date(y, 12, 31))
    m = re.match(r'^6 thang (dau|cuoi) nam(?: (\d{4}))?$', n)
    if m:
        y = int(m.group(2) or plan_year)
        return When('period', pstart=date(y, 1 if m.group(1) == 'dau' else 7, 1),
                    pend=date(y, 6, 30) if m.group(1) == 'dau' else date(y, 12, 31))
    m = re.match(r'^(?:dau |cuoi )?(?:quy|q) ?(iv|iii|ii|i|\d)(?: nam |/)(\d{4})$', n)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1)); y = int(m.group(2))
        return When('period', pstart=date(y, 3 * q - 2, 1), pend=month_end(y, 3 * q))
    m = re.match(r'^thang (\d{1,2}) ?[-,] ?(\d{1,2})(?: nam |/)(\d{4})$', n)
    if m:
        y = int(m.group(3)); return When('period', pstart=date(y, int(m.group(1)), 1), pend=month_end(y, int(m.group(2))))
    m = re.match(r'^(?:tuan \d |cuoi |dau |giua )?(?:thang |t)(\d{1,2})(?: nam |/)(\d{4})$', n)
    if m:
        y, mo = int(m.group(2)), int(m.group(1)); return When('period', pstart=date(y, mo, 1), pend=month_end(y, mo))
    if re.match(r'^\d{5}(\.\d+)?$', n):
        d = datetime(1899, 12, 30) + timedelta(days=float(n))
        return When('date', start=d.replace(hour=8) if d.hour == 0 else d, has_time=d.hour != 0)
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00)?$', n)
    if m:
        return When('date', start=datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), 8))
    # ranges
    m = re.match(r'^(?:tu )?(\d{1,2})(?:/(\d{1,2}))? ?(?:-|den|,|va) ?(\d{1,2})/(\d{1,2})/(\d{4})$', n)
    if m:
        y = int(m.group(5)); m2 = int(m.group(4)); m1 = int(m.group(2) or m2)
        s = datetime(y if m1 <= m2 else y - 1, m1, int(m.group(1)), 8)
        e = datetime(y, m2, int(m.group(3)), 17)
        return When('date', start=s, end=e)
    time = None
    m = re.match(r'^(\d{1,2}h\d{0,2}) ngay (.*)$', n)
    if m:
        time = parse_time(m.group(1)); n = m.group(2)
    n = re.sub(r'^(thu (hai|bay|ba|tu|nam|sau)|t[2-7]|cn|chu nhat|sang|chieu)\s*,?\s*', '', n)
    m = re.match(r'^(?:ngay )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?: (\d{1,2}[:h]\d{2}))?$', n)
    if m:
        y = int(m.group(3) or plan_year)
        if m.group(4):
            time = parse_time(m.group(4))
        hh, mm = time if time else (8, 0)
        return When('date', start=datetime(y, int(m.group(2)), int(m.group(1)), hh, mm), has_time=bool(time))
    raise ValueError('cannot read date %r' % cell)

def parse_day(cell, default_hour, default_min=0):
    n = norm(cell)
    if not n:
        return None
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2}))?$', n)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hh, mm = (int(m.group(4)), int(m.group(5))) if m.group(4) else (default_hour, default_min)
        return datetime(y, mo, d, hh, mm)
    m = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2})[:h](\d{2}))?$', n)
    if m:
        hh, mm = (int(m.group(4)), int(m.group(5))) if m.group(4) else (default_hour, default_min)
        return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), hh, mm)
    raise ValueError('cannot read day %r' % cell)

def new_date_from_note(note, old):
    n = norm(note)
    m = re.search(r'(?:\bsang\b|den ngay|lich moi:?|(?:doi|lui)[a-z ]*?\b(?:sang|den)\b)\s*(?:ngay )?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', n)
    if not m:
        return None
    d, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return datetime(int(m.group(3)), mo, d, 8)
    for y in (old.year, old.year + 1):
        c = datetime(y, mo, d, 8)
        if c > old and c <= old + timedelta(days=183):
            return c
    return None

def parse_int(cell):
    n = norm(cell)
    n = re.sub(r'\(.*?\)', '', n)
    nums = [int(x.replace('.', '')) for x in re.findall(r'\d[\d.]*', n)]
    return max(nums) if nums else None

def parse_vn_number(cell):
    s = cell.strip().rstrip('%').strip()
    if not s:
        return None
    if re.match(r'^\d{1,3}(\.\d{3})+$', s):
        return int(s.replace('.', ''))
    s = s.replace(',', '.')
    v = float(s)
    return int(v) if v == int(v) else v

# ---------------------------------------------------------------- readers
def read_rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f, delimiter=';'))

COURSE_HEAD = {'stt': 'stt', 'ma lop': 'code', 'noi dung tap huan': 'title', 'chuyen de': 'topic',
               'thanh phan': 'aud', 'don vi chu tri': 'org', 'don vi phoi hop': 'partner',
               'tinh/thanh pho': 'prov', 'dia diem to chuc': 'venue', 'truc tiep': 'x_direct',
               'truc tuyen': 'x_online', 'thoi gian to chuc': 'start', 'den ngay': 'end', 'so ngay': 'days',
               'han dang ky': 'deadline', 'so luong': 'seats', 'trang thai': 'status', 'ghi chu': 'note'}

SIGNATURE = re.compile(r'^(noi nhan|tm\.? |kt\.? |chu tich$|pho chu tich$|truong ban$|pho truong ban$|\(da ky\)|nguoi lap bieu)')

def batch_of(title):
    n = norm(title)
    m = re.search(r'\b(dot|lop|khoa) (\d+|iv|iii|ii|i)\b(?!/)', n)
    if not m:
        return None
    v = m.group(2)
    return (m.group(1), int(v) if v.isdigit() else ROMAN[v])

def read_courses(path=os.path.join(HERE, 'courses.csv')):
    rows = read_rows(path)
    plan_year = PLAN_YEAR_DEFAULT
    hdr = None
    for i, r in enumerate(rows[:30]):
        line = norm(' '.join(r))
        if hdr is None and line.startswith('ke hoach') or (hdr is None and re.match(r'^(dao tao|boi duong)', line)):
            m = re.search(r'nam (\d{4})', line)
            if m:
                plan_year = int(m.group(1))
        if 'ma lop' in [norm(c) for c in r] and 'noi dung tap huan' in [norm(c) for c in r]:
            hdr = i; break
    assert hdr is not None, 'no header row'
    cols = {}
    for j, c in enumerate(rows[hdr]):
        k = COURSE_HEAD.get(norm(c))
        if k:
            cols[k] = j
    out, skipped, section = [], [], None
    for i in range(hdr + 1, len(rows)):
        r = rows[i] + [''] * 30
        g = lambda k: r[cols[k]].strip() if k in cols else ''
        first = norm(next((c for c in r if c.strip()), ''))
        if any(SIGNATURE.match(norm(c)) for c in r if c.strip()):
            skipped.append((i + 1, 'signature')); break
        if not any(c.strip() for c in r):
            continue
        stt, title = g('stt'), g('title')
        if all(re.match(r'^\(\d+\)$', x.strip()) for x in r if x.strip()):
            skipped.append((i + 1, 'column numbers')); continue
        if re.match(r'^([ivx]+|[a-d])$', norm(stt)):
            section = title; skipped.append((i + 1, 'section')); continue
        if re.match(r'^(tong cong|cong)\b', norm(title)) or re.match(r'^(tong cong|cong)\b', norm(stt)):
            skipped.append((i + 1, 'total')); continue
        w = parse_when(g('start'), plan_year)
        c = dict(row=i + 1, code=g('code'), title=title, topic_raw=g('topic'), topic=canon_topic(g('topic')),
                 aud_raw=g('aud'), aud=canon_aud(g('aud')), org=g('org'), partner=g('partner'),
                 prov=canon_province(g('prov')), venue=g('venue'), note=g('note'), section=section,
                 seats=parse_int(g('seats')), seats_plain=bool(re.match(r'^\d+$', g('seats'))), status_raw=g('status'))
        xd, xo = norm(g('x_direct')), norm(g('x_online'))
        for v in (xd, xo):
            if v and v not in XMARK:
                raise ValueError('row %d bad x mark %r' % (i + 1, v))
        c['mode'] = 'blended' if (xd and xo) else ('online' if xo else 'offline')
        st = canon_status(g('status'))
        c['when'] = w
        if w.kind == 'date':
            start = w.start
            end = w.end
            if g('end'):
                end = parse_day(g('end'), 17)
            days = parse_int(g('days')) if g('days') else None
            if end is None and days:
                end = (start + timedelta(days=days - 1)).replace(hour=17, minute=0)
            if end is None:
                end = start.replace(hour=17, minute=0)
            if days is None:
                days = (end.date() - start.date()).days + 1
            c.update(start=start, end=end, days=days, period=None,
                     days_explicit=bool(g('days') or g('end') or w.end))
            if st is None:
                st = 'open'
        else:
            c.update(start=None, end=None, days=parse_int(g('days')) if g('days') else None,
                     period=(w.pstart, w.pend), days_explicit=bool(g('days')))
            if st is None:
                st = 'tentative'
        c['status'] = st
        dl = parse_day(g('deadline'), 23, 59) if g('deadline') else None
        c['newdate'] = new_date_from_note(c['note'], c['start']) if st == 'postponed' and c['start'] else None
        if dl and c['start'] and dl.date() == (c['newdate'] or c['start']).date():
            dl = min(dl, c['newdate'] or c['start'])
        c['deadline'] = dl
        c['batch'] = batch_of(title)
        out.append(c)
    return out, skipped, plan_year

def course_errors(cs):
    errs = []
    seen = {}
    for c in cs:
        code = c['code']
        if not re.match(r'^[A-Za-z0-9_.-]{1,40}$', code):
            errs.append('row %d bad code %r' % (c['row'], code))
        if code in seen:
            errs.append('row %d duplicate code %s' % (c['row'], code))
        seen[code] = c
        if not c['title']:
            errs.append('row %d empty title' % c['row'])
        if c['start'] and c['end'] < c['start']:
            errs.append('row %d end before start' % c['row'])
        if c['deadline']:
            ref = c['newdate'] or c['start']
            if ref is None:
                errs.append('row %d deadline on a class without date' % c['row'])
            elif c['deadline'].date() > ref.date():
                errs.append('row %d deadline after start' % c['row'])
        if c['status'] in ('cancelled', 'postponed', 'finished') and c['start'] is None:
            errs.append('row %d status %s without date' % (c['row'], c['status']))
        if c['topic'] is None:
            errs.append('row %d topic not read' % c['row'])
        if c['status'] == 'finished' and c['end'] > NOW:
            errs.append('row %d finished but in the future' % c['row'])
    return errs

TARGET_HEAD = {'ma chi tieu': 'code', 'don vi': 'unit', 'nam': 'year', 'noi dung': 'content', 'doi tuong': 'aud',
               'chi tieu': 'target', 'don vi tinh': 'measure', 'da dat': 'done', 'tinh den ngay': 'asof',
               'ghi chu': 'note'}

def read_targets(path=os.path.join(HERE, 'targets.csv')):
    rows = read_rows(path)
    hdr = next(i for i, r in enumerate(rows[:30]) if 'ma chi tieu' in [norm(c) for c in r])
    cols = {TARGET_HEAD[norm(c)]: j for j, c in enumerate(rows[hdr]) if norm(c) in TARGET_HEAD}
    out = []
    for i in range(hdr + 1, len(rows)):
        r = rows[i] + [''] * 12
        g = lambda k: r[cols[k]].strip()
        if not g('code'):
            continue
        y = g('year').replace('–', '-')
        m = re.match(r'^(\d{4})(?:-(\d{4}))?$', y)
        out.append(dict(row=i + 1, code=g('code'), unit=g('unit'), y1=int(m.group(1)), y2=int(m.group(2) or m.group(1)),
                        content=g('content'), aud=g('aud'), target=parse_vn_number(g('target')),
                        measure=g('measure'), done=parse_vn_number(g('done')), asof=g('asof'), note=g('note')))
    return out

def read_seeds():
    d = os.path.join(HERE, 'given', 'seeds')
    return {f: open(os.path.join(d, f), encoding='utf-8').read() for f in sorted(os.listdir(d))}

# ---------------------------------------------------------------- semantics
def eff_start(c):
    if c['period']:
        return datetime.combine(c['period'][0], datetime.min.time())
    return c['newdate'] or c['start']

def span(c):
    """(first day, last day) the class may take place."""
    if c['period']:
        return c['period']
    s = c['newdate'] or c['start']
    e = s + (c['end'] - c['start']) if c['newdate'] else c['end']
    return s.date(), e.date()

def state(c):
    """'up' = a class a user looking for a class wants; 'out' = clearly not; 'amb' = unclear."""
    st = c['status']
    if st in ('cancelled', 'finished'):
        return 'out'
    if c['period']:
        return 'up' if c['period'][1] >= NOW.date() else 'out'
    if st == 'postponed':
        if not c['newdate']:
            return 'amb'
        return 'up' if c['newdate'] > NOW else 'amb'
    if c['start'] > NOW:
        return 'up'
    if c['end'] < NOW:
        return 'out'
    return 'amb'

def reg_open(c):
    if state(c) != 'up' or c['status'] == 'tentative':
        return False
    if c['period'] and c['status'] != 'open':
        return False
    if c['period']:
        return True
    return c['deadline'] is None or c['deadline'] >= NOW

def concept_match(c, k):
    if c['topic'] == k:
        return True
    t = words(c['title'])
    return any(' %s ' % kw in t for kw in TOPICS[k][2])

def overlap(c, a, b):
    s, e = span(c)
    return s <= b and e >= a

def d(s):
    return datetime.strptime(s, '%Y-%m-%d').date()

def match(c, f):
    if 'prov' in f and c['prov'] != f['prov']:
        return False
    if 'concept' in f and not concept_match(c, f['concept']):
        return False
    if 'tkw' in f and norm(f['tkw']) not in norm(c['title']):
        return False
    if 'batch' in f and (c['batch'] is None or c['batch'][1] != f['batch']):
        return False
    if 'window' in f and not overlap(c, d(f['window'][0]), d(f['window'][1])):
        return False
    if 'org' in f and org_key(f['org']).strip() not in org_key(c['org']):
        return False
    if 'venue' in f and norm(f['venue']) not in norm(c['venue']):
        return False
    if 'mode' in f:
        if f['mode'] == 'online' and c['mode'] == 'offline':
            return False
        if f['mode'] == 'offline' and c['mode'] == 'online':
            return False
    if 'aud' in f and not (c['aud'] & AUD_BROAD[f['aud']]):
        return False
    if f.get('central') and not is_central(c['org']):
        return False
    if 'status' in f and c['status'] != f['status']:
        return False
    if f.get('regopen') and not reg_open(c):
        return False
    if f.get('dated') and c['period']:
        return False
    return True

def former_hit(c, former):
    return norm(former) in norm(c['venue'] + ' ' + c['title'] + ' ' + c['org'])

def derive_course(spec, cs):
    """Return (codes, problem) for a course spec."""
    f = spec['f']
    cand = [c for c in cs if match(c, f)]
    if spec['scope'] == 'up':
        if any(state(c) == 'amb' for c in cand):
            return None, 'ambiguous candidate %s' % [c['code'] for c in cand if state(c) == 'amb']
        cand = [c for c in cand if state(c) == 'up']
    cand.sort(key=lambda c: (eff_start(c), c['code']))
    if not cand:
        return None, 'no class fits'
    # «classes in province X» may also be read as «classes of X's own unions» (central units excluded):
    # that reading must give a class of the expected set too.
    if 'prov' in f and not f.get('central') and 'org' not in f and all(is_central(c['org']) for c in cand):
        return None, 'only central-unit classes fit a province question'
    if spec['mode'] == 'single' and len(cand) != 1:
        return None, 'not unique: %s' % [c['code'] for c in cand]
    if 'former' in f:
        hits = [c for c in cand if former_hit(c, f['former'])]
        if spec['mode'] == 'single' and not hits:
            return None, 'single class does not name former place'
        if not hits:
            return None, 'no class names the former place'
    if spec.get('ordered'):
        if any(c['period'] for c in cand) or len({eff_start(c).date() for c in cand}) != len(cand) or len(cand) > 5:
            return None, 'list order not safe'
        if 'concept' in f and any(c['topic'] != f['concept'] for c in cand):
            return None, 'list differs between topic and title readings'
        if 'window' in f and any(not (d(f['window'][0]) <= eff_start(c).date() <= d(f['window'][1])) for c in cand):
            return None, 'list differs between start-in-window and overlap readings'
        if 'former' in f or 'mode' in f or 'aud' in f:
            return None, 'ordered list with a broad filter'
    return [c['code'] for c in cand], None

def fmt_date(dt):
    return dt.strftime('%d/%m/%Y')

def course_text(item, c):
    """Recompute or check one expected text item for class c. Returns (text, problem)."""
    kind, val = item
    if kind == 'start':
        if c['period']:
            return None, 'no date'
        return fmt_date(c['newdate'] or c['start']), None
    if kind == 'deadline':
        return (fmt_date(c['deadline']), None) if c['deadline'] else (None, 'no deadline')
    if kind == 'days':
        return ('%d ngày' % c['days'], None) if c['days'] and c['days_explicit'] else (None, 'no days')
    if kind == 'seats':
        return (str(c['seats']), None) if c['seats'] else (None, 'no seats')
    if kind == 'venue':
        return (val, None) if val in c['venue'] else (None, 'venue text not in venue')
    if kind == 'org':
        return (val, None) if val in c['org'] else (None, 'org text not in org')
    if kind == 'partner':
        return (val, None) if val and val in c['partner'] else (None, 'partner text not in partner')
    return None, 'unknown text kind %s' % kind

def fmt_num(v):
    if isinstance(v, float):
        return ('%g' % v).replace('.', ',')
    return str(v)

def target_match(t, f):
    if org_key(f['unit']).strip() not in org_key(t['unit']):
        return False
    if 'year' in f and not (t['y1'] <= f['year'] <= t['y2']):
        return False
    if 'kw' in f and norm(f['kw']) not in norm(t['content'] + ' ' + t['aud']):
        return False
    return True

def derive_target(spec, ts):
    hits = [t for t in ts if target_match(t, spec['f'])]
    if len(hits) != 1:
        return None, 'target not unique: %s' % [t['code'] for t in hits]
    t = hits[0]
    out = []
    for a in spec['ask']:
        if a == 'target':
            v = t['target']
        elif a == 'done':
            v = t['done']
        elif a == 'remain':
            v = t['target'] - t['done']
            if v <= 0:
                return None, 'nothing remains'
        elif a == 'pct':
            p = t['done'] * 100 / t['target']
            if p != int(p):
                return None, 'percent not whole'
            out.append('%d%%' % p); continue
        if isinstance(v, (int, float)) and v >= 1000:
            return None, 'figure >= 1000 (format ambiguity)'
        out.append(fmt_num(v))
    out = list(dict.fromkeys(out))
    return out, None

# ---------------------------------------------------------------- checks
STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
KINDS = {'course', 'target', 'fact', 'off_topic'}
TURN_KINDS = {'course', 'course_list', 'register', 'target', 'fact', 'off_topic'}

def load_jsonl(p):
    with open(p, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def main():
    errs = []
    cs, skipped, plan_year = read_courses()
    errs += course_errors(cs)
    ts = read_targets()
    seeds = read_seeds()
    allseed = {k: re.sub(r'\s+', ' ', v) for k, v in seeds.items()}
    provs = {c['prov'] for c in cs}
    if len(cs) < 320: errs.append('only %d classes' % len(cs))
    if len(provs) < 16: errs.append('only %d provinces' % len(provs))
    if len(ts) < 40: errs.append('only %d targets' % len(ts))
    if len({t['code'] for t in ts}) != len(ts): errs.append('duplicate target code')
    bycode = {c['code']: c for c in cs}
    specs = {}
    for s in load_jsonl(os.path.join(HERE, 'method', 'specs.jsonl')):
        specs[s['id']] = s

    def check_course(qid, spec, codes, texts, where):
        got, prob = derive_course(spec, cs)
        if prob:
            errs.append('%s: %s' % (where, prob)); return None
        if got != codes:
            errs.append('%s: expect %s, derived %s' % (where, codes, got))
        want = []
        for item in spec.get('text', []):
            t, p = course_text(item, bycode[got[0]])
            if p:
                errs.append('%s: %s' % (where, p))
            else:
                want.append(t)
        if want != texts:
            errs.append('%s: text %s, derived %s' % (where, texts, want))
        return got

    def check_target(spec, texts, where):
        got, prob = derive_target(spec, ts)
        if prob:
            errs.append('%s: %s' % (where, prob))
        elif got != texts:
            errs.append('%s: text %s, derived %s' % (where, texts, got))

    def check_fact(spec, texts, where):
        if not texts:
            errs.append('%s: fact without text' % where)
        for t in texts:
            if t not in allseed[spec['seed']]:
                errs.append('%s: %r not in seed %s' % (where, t, spec['seed']))

    qs = load_jsonl(os.path.join(HERE, 'questions.jsonl'))
    ids = set()
    count = {}
    for q in qs:
        qid = q['id']
        if qid in ids: errs.append('duplicate id %s' % qid)
        ids.add(qid)
        if set(q) - {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}:
            errs.append('%s: extra fields' % qid)
        if q['style'] not in STYLES or q['kind'] not in KINDS:
            errs.append('%s: bad style/kind' % qid)
        if 'profile' in q and set(q['profile']) != {'role', 'province', 'union'}:
            errs.append('%s: bad profile' % qid)
        count[q['kind']] = count.get(q['kind'], 0) + 1
        spec = specs.get(qid)
        if spec is None:
            errs.append('%s: no spec' % qid); continue
        if spec.get('from_profile'):
            for k, v in spec['from_profile'].items():
                if q.get('profile', {}).get(k) != v:
                    errs.append('%s: profile %s is not %s' % (qid, k, v))
        if q['kind'] == 'course':
            check_course(qid, spec, q['expect'], q['expect_text'], qid)
        elif q['kind'] == 'target':
            if q['expect']: errs.append('%s: target with codes' % qid)
            check_target(spec, q['expect_text'], qid)
        elif q['kind'] == 'fact':
            if q['expect']: errs.append('%s: fact with codes' % qid)
            check_fact(spec, q['expect_text'], qid)
        else:
            if q['expect'] or q['expect_text']: errs.append('%s: off_topic with expectations' % qid)
    if len(qs) < 330: errs.append('only %d questions' % len(qs))
    for k, n in (('course', 195), ('target', 45), ('fact', 36), ('off_topic', 36)):
        if count.get(k, 0) < n: errs.append('only %d %s questions' % (count.get(k, 0), k))
    prof = sum(1 for q in qs if 'profile' in q)
    if not (0.2 * len(qs) <= prof <= 0.33 * len(qs)): errs.append('profile share %d/%d' % (prof, len(qs)))
    st = {}
    for q in qs: st[q['style']] = st.get(q['style'], 0) + 1
    if min(st.get(s, 0) for s in STYLES) < 40: errs.append('style spread %s' % st)

    ds = load_jsonl(os.path.join(HERE, 'dialogues.jsonl'))
    if len(ds) < 36: errs.append('only %d dialogues' % len(ds))
    for dlg in ds:
        did = dlg['id']
        if dlg['style'] not in STYLES: errs.append('%s: bad style' % did)
        if not 4 <= len(dlg['turns']) <= 6: errs.append('%s: %d turns' % (did, len(dlg['turns'])))
        spec = specs.get(did)
        if spec is None:
            errs.append('%s: no spec' % did); continue
        if spec.get('from_profile'):
            for k, v in spec['from_profile'].items():
                if dlg.get('profile', {}).get(k) != v:
                    errs.append('%s: profile %s is not %s' % (did, k, v))
        derived = []
        for i, (turn, ts_) in enumerate(zip(dlg['turns'], spec['turns'])):
            where = '%s#%d' % (did, i)
            e = turn['expect']
            if e['kind'] not in TURN_KINDS: errs.append('%s: bad kind' % where)
            if ts_['kind'] != e['kind']: errs.append('%s: kind differs from spec' % where)
            got = None
            if e['kind'] in ('course', 'course_list', 'register'):
                if 'ordinal' in ts_:
                    j, k = ts_['ordinal']
                    lst = derived[j]
                    if not lst or k >= len(lst):
                        errs.append('%s: ordinal out of range' % where)
                    else:
                        got = [lst[k]]
                        if e['codes'] != got: errs.append('%s: expect %s derived %s' % (where, e['codes'], got))
                        want = []
                        for item in ts_.get('text', []):
                            t, p = course_text(item, bycode[got[0]])
                            if p: errs.append('%s: %s' % (where, p))
                            else: want.append(t)
                        if want != e['text']: errs.append('%s: text %s derived %s' % (where, e['text'], want))
                else:
                    got = check_course(did, ts_, e['codes'], e['text'], where)
                if e['kind'] in ('course', 'register') and got and len(got) != 1:
                    errs.append('%s: single turn with %d codes' % (where, len(got)))
            elif e['kind'] == 'target':
                if e['codes']: errs.append('%s: target with codes' % where)
                check_target(ts_, e['text'], where)
            elif e['kind'] == 'fact':
                check_fact(ts_, e['text'], where)
            else:
                if e['codes'] or e['text']: errs.append('%s: off_topic with expectations' % where)
            derived.append(got)
    print('classes %d in %d provinces; targets %d; questions %d %s; profiles %d; styles %s; dialogues %d'
          % (len(cs), len(provs), len(ts), len(qs), count, prof, st, len(ds)))
    for e in errs[:60]:
        print('ERROR', e)
    print('%d errors' % len(errs))
    return len(errs)

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
