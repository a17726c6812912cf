# Shared helpers: folding, date parsing of the plan cells, class matching.
import re, unicodedata, datetime as dt

NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}

def _d(day, mon, yr, hh=8, mm=0):
    return dt.datetime(int(yr), int(mon), int(day), int(hh), int(mm))

def parse_start(cell):
    """Return (start_dt or None, end_dt or None, period(start_date,end_date) or None)."""
    c = cell.strip()
    f = fold(c)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', c)
    if m:
        hh, mm = (m.group(4), m.group(5)) if m.group(4) else (8, 0)
        return _d(m.group(1), m.group(2), m.group(3), hh, mm), None, None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', c)
    if m:
        return _d(m.group(3), m.group(2), m.group(1)), None, None
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngay (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        return _d(m.group(3), m.group(4), m.group(5), m.group(1), m.group(2)), None, None
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?: \(\d+ ngay\))?', f)
    if m:
        return _d(m.group(1), m.group(3), m.group(4)), _d(m.group(2), m.group(3), m.group(4), 17), None
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2}) (?:-|den) (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        return _d(m.group(1), m.group(2), m.group(5)), _d(m.group(3), m.group(4), m.group(5), 17), None
    # periods
    m = re.fullmatch(r'(?:cuoi )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        return None, None, (dt.date(y, mo, 1), month_end(y, mo))
    m = re.fullmatch(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m.group(3))
        return None, None, (dt.date(y, int(m.group(1)), 1), month_end(y, int(m.group(2))))
    m = re.fullmatch(r'(?:quy |q)(iv|iii|ii|i|\d)(?:/| nam )(\d{4})', f)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1)); y = int(m.group(2))
        return None, None, (dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q))
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', f)
    if m:
        y = int(m.group(2))
        return None, None, ((dt.date(y, 1, 1), dt.date(y, 6, 30)) if m.group(1) == 'dau' else (dt.date(y, 7, 1), dt.date(y, 12, 31)))
    raise ValueError('unparsed start cell: %r' % cell)

def month_end(y, m):
    n = dt.date(y + (m == 12), m % 12 + 1, 1)
    return n - dt.timedelta(days=1)

def parse_point(cell, default_h, default_m):
    c = cell.strip()
    if not c:
        return None
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', c)
    if m:
        hh, mm = (m.group(4), m.group(5)) if m.group(4) else (default_h, default_m)
        return _d(m.group(1), m.group(2), m.group(3), hh, mm)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', c)
    if m:
        return _d(m.group(3), m.group(2), m.group(1), default_h, default_m)
    raise ValueError('unparsed date cell: %r' % cell)

# ---- catalogue mapping used for matching (by topic cell / audience cell as written) ----
TOPIC_KEYS = {
    'nghiepvu': ['nghiep vu cong tac cong doan', 'nghiep vu cd', 'nghiep vu cong doan'],
    'thuongluong': ['doi thoai, thuong luong tap the', 'thuong luong tap the', 'doi thoai - thuong luong tap the'],
    'atvsld': ['an toan, ve sinh lao dong', 'atvsld', 'an toan ve sinh lao dong'],
    'phapluat': ['phap luat lao dong, tu van phap luat', 'phap luat lao dong', 'tu van phap luat'],
    'tranhchap': ['giai quyet tranh chap lao dong'],
    'nucong': ['cong tac nu cong, binh dang gioi', 'nu cong', 'cong tac nu cong'],
    'taichinh': ['tai chinh cong doan', 'tai chinh cd'],
    'kiemtra': ['cong tac kiem tra cong doan', 'kiem tra cong doan', 'cong tac kiem tra'],
    'tuyengiao': ['tuyen truyen, tuyen giao', 'tuyen giao'],
    'phattrien': ['phat trien doan vien, thanh lap cdcs', 'phat trien doan vien'],
    'tinhoc': ['tin hoc, chuyen doi so', 'chuyen doi so'],
    'giangvien': ['ky nang giang day cho giang vien'],
    'vanthu': ['van thu, luu tru', 'van thu luu tru'],
    'llct': ['quan ly nha nuoc, ly luan chinh tri', 'ly luan chinh tri'],
}
TOPIC_OF = {v: k for k, vs in TOPIC_KEYS.items() for v in vs}

def topic_key(cell):
    return TOPIC_OF[fold(cell)]

# audience cell (as written) -> set of keys
AUD_OF = {
    'chu tich cdcs': {'ct'},
    'chu tich va p.chu tich cdcs': {'ct', 'pct'},
    'chu tich, pho chu tich cong doan co so': {'ct', 'pct'},
    'uy vien bch cong doan': {'bch'},
    'chu tich cdcs; uy vien bch cong doan': {'ct', 'bch'},
    'uy vien uy ban kiem tra': {'ubkt'},
    'chu tich cdcs + uy vien uy ban kiem tra': {'ct', 'ubkt'},
    'ke toan, thu quy cong doan co so': {'ketoan'},
    'ke toan cong doan; thu quy': {'ketoan'},
    'can bo nu cong cdcs': {'nucong'},
    'chu tich cdcs; can bo nu cong': {'ct', 'nucong'},
    'doan vien, nguoi lao dong': {'dv'},
    'chu tich cdcs; doan vien, nguoi lao dong': {'ct', 'dv'},
    'can bo cong doan khong chuyen trach': {'kct'},
    'can bo cong doan chuyen trach': {'ctr'},
    'can bo cong doan cap tren co so': {'ctcs'},
    'giang vien kiem chuc': {'gv'},
    'an toan ve sinh vien': {'atvsv'},
    'an toan ve sinh vien; doan vien, nguoi lao dong': {'atvsv', 'dv'},
    'to truong cong doan': {'totruong'},
    'can bo cdcs moi duoc bau': {'moi'},
    'chu tich cdcs moi': {'ct', 'moi'},
}

def aud_keys(cell):
    return AUD_OF[fold(cell)]

TOPIC_KW = {'nghiepvu': ['nghiep vu cong tac cong doan', 'nghiep vu cong doan'], 'thuongluong': ['thuong luong', 'doi thoai'],
    'atvsld': ['an toan', 'atvsld'], 'phapluat': ['phap luat'], 'tranhchap': ['tranh chap'], 'nucong': ['nu cong', 'binh dang gioi'],
    'taichinh': ['tai chinh'], 'kiemtra': ['kiem tra'], 'tuyengiao': ['tuyen truyen'], 'phattrien': ['phat trien doan vien'],
    'tinhoc': ['chuyen doi so', 'tin hoc'], 'giangvien': ['giang vien'], 'vanthu': ['van thu'], 'llct': ['ly luan chinh tri']}
AUD_MAYBE = {'ct': {'kct', 'moi', 'bch', 'pct'}, 'nucong': {'dv'}, 'dv': {'atvsv'}, 'atvsv': {'dv'}}

class Course:
    pass

def load_courses(path):
    import csv
    rows = list(csv.reader(open(path, encoding='utf-8-sig'), delimiter=';'))
    hdr = [fold(re.sub(r'\(.*?\)', '', h)) for h in rows[0]]
    col = {h: i for i, h in enumerate(hdr)}
    def g(r, *names):
        for n in names:
            if n in col:
                return r[col[n]].strip()
        return ''
    out = {}
    for r in rows[1:]:
        c = Course()
        c.code = g(r, 'ma lop'); c.title = g(r, 'ten lop hoc', 'ten lop')
        c.topic_cell = g(r, 'chuyen de', 'chu de'); c.aud_cell = g(r, 'doi tuong tham gia', 'doi tuong')
        c.org = g(r, 'don vi thuc hien', 'don vi to chuc'); c.prov = g(r, 'tinh/thanh pho')
        c.venue = g(r, 'dia diem to chuc', 'dia diem'); c.mode = g(r, 'hinh thuc')
        c.start_cell = g(r, 'ngay bat dau'); c.end_cell = g(r, 'ngay ket thuc')
        c.dl_cell = g(r, 'han dang ky'); c.days_cell = g(r, 'so ngay'); c.seats = g(r, 'so luong', 'so cho')
        c.status = g(r, 'trang thai'); c.note = g(r, 'ghi chu')
        c.start, end2, c.period = parse_start(c.start_cell)
        c.end = parse_point(c.end_cell, 17, 0) or end2
        c.deadline = parse_point(c.dl_cell, 23, 59)
        c.topic = topic_key(c.topic_cell); c.aud = aud_keys(c.aud_cell)
        c.online = fold(c.mode).startswith('truc tuyen')
        c.blended = fold(c.mode).startswith('ket hop')
        c.cancelled = fold(c.status) == 'da huy'
        c.full = 'da du cho' in fold(c.note)
        c.upcoming = (c.start > NOW) if c.start else (c.period[1] >= NOW.date())
        out[c.code] = c
    return out

def sort_key(c):
    return (c.start or dt.datetime.combine(c.period[0], dt.time(8, 0)), c.code)

def in_month(c, y, m):
    """'sure' if the class certainly falls in month y/m, 'maybe' if a longer period overlaps it, None otherwise."""
    if c.start:
        return 'sure' if (c.start.year, c.start.month) == (y, m) else None
    a, b = c.period
    if (a.year, a.month) == (y, m) and (b.year, b.month) == (y, m):
        return 'sure'
    if a <= dt.date(y, m, 1) <= b or a <= month_end(y, m) <= b:
        return 'maybe'
    return None

def in_range(c, d1, d2):
    """sure if inside [d1,d2], maybe if a period overlaps partially."""
    if c.start:
        return 'sure' if d1 <= c.start.date() <= d2 else None
    a, b = c.period
    if d1 <= a and b <= d2:
        return 'sure'
    if a <= d2 and b >= d1:
        return 'maybe'
    return None

def match(courses, crit):
    """Return (sure, maybe) lists of upcoming non-cancelled classes matching crit, soonest first."""
    sure, maybe = [], []
    for c in courses.values():
        if crit.get('past'):
            if c.upcoming or c.cancelled:
                continue
        elif not c.upcoming or c.cancelled:
            continue
        if 'prov' in crit and c.prov != crit['prov']:
            continue
        soft = False
        if 'topic' in crit and c.topic != crit['topic']:
            if any(k in fold(c.title) for k in TOPIC_KW[crit['topic']]):
                soft = True
            else:
                continue
        if 'aud' in crit and crit['aud'] not in c.aud:
            if c.aud & AUD_MAYBE.get(crit['aud'], set()):
                soft = True
            else:
                continue
        if 'org' in crit and c.org != crit['org']:
            continue
        if 'area' in crit and fold(crit['area']) not in fold(c.venue):
            continue
        if crit.get('online') and not c.online:
            continue
        if crit.get('offline') and c.online:
            continue
        lvl = 'sure'
        if 'topic' in crit and False:
            pass
        if 'month' in crit:
            lvl = in_month(c, *crit['month'])
        elif 'range' in crit:
            d1, d2 = [dt.date(*x) for x in crit['range']]
            lvl = in_range(c, d1, d2)
        if soft and lvl:
            lvl = 'maybe'
        if lvl == 'sure':
            sure.append(c)
        elif lvl == 'maybe':
            maybe.append(c)
    sure.sort(key=sort_key); maybe.sort(key=sort_key)
    if crit.get('first') and sure:
        s0 = sort_key(sure[0])[0]
        sure = [c for c in sure if sort_key(c)[0] == s0]
    return sure, maybe

def fmt_d(d):
    return d.strftime('%d/%m/%Y')

def first_clear(courses, crit):
    """For 'first' questions: the soonest class must be dated and no period-only class may start (possibly) before it."""
    s, m = match(courses, crit)
    if len(s) != 1 or m or s[0].start is None:
        return False
    full = dict(crit); full.pop('first')
    allm, _ = match(courses, full)
    return all(c.start is not None or c.period[0] > s[0].start.date() for c in allm)
