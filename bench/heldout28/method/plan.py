# Parser for the office plan (given/data/courses.csv) -> normalized course records.
import csv, re, unicodedata, datetime as dt
D = dt.date; DT = dt.datetime
NOW = DT(2026, 11, 23, 9, 0)
TODAY = NOW.date()
PLAN_YEAR = 2027

def fold(s):
    s = unicodedata.normalize('NFD', s or '')
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return s.replace('đ', 'd').replace('Đ', 'D').lower().strip()

ROMAN = {'i':1,'ii':2,'iii':3,'iv':4}
def month_end(y, m):
    return (D(y+1,1,1) if m == 12 else D(y, m+1, 1)) - dt.timedelta(days=1)

def parse_one_date(s, year_hint=None):
    """return (date, (h,m) or None) for a single date string; None if not a single date"""
    s = s.strip()
    m = re.fullmatch(r'(\d{5})', s)
    if m:
        return D(1899,12,30) + dt.timedelta(days=int(s)), None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::\d{2})?)?', s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        t = None
        if m[4] and not (m[4] == '00' and m[5] == '00'):
            t = (int(m[4]), int(m[5]))
        return D(y, mo, d), t
    t = None
    m = re.match(r'(\d{1,2})h(\d{2})\s+ngày\s+(.*)$', s)
    if m:
        t = (int(m[1]), int(m[2])); s = m[3]
    s = re.sub(r'^(Thứ \w+,\s*|T[2-7]\s+|CN\s+)', '', s)
    if re.match(r'^Sáng\s+', s):
        s = re.sub(r'^Sáng\s+', '', s)
        if t is None: t = ('sang',)
    m = re.fullmatch(r'(?:Ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:\s+(\d{1,2}):(\d{2}))?', s)
    if m:
        y = int(m[3]) if m[3] else (year_hint or PLAN_YEAR)
        if m[4]: t = (int(m[4]), int(m[5]))
        return D(y, int(m[2]), int(m[1])), t
    return None

def parse_start(s):
    """returns dict: kind exact|range|vague, lo, hi (dates), time, end (for ranges)"""
    s0 = s.strip()
    r = parse_one_date(s0)
    if r:
        return dict(kind='exact', start=r[0], time=r[1], end=None)
    s = re.sub(r'\s*\(\d+ ngày\)\s*$', '', s0)
    # ranges
    m = re.fullmatch(r'(?:Từ\s+)?(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|đến|và|,)\s*(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y = int(m[5]); m2 = int(m[4]); m1 = int(m[2]) if m[2] else m2
        a = D(y if m1 <= m2 else y-1, m1, int(m[1])); b = D(y, m2, int(m[3]))
        return dict(kind='exact', start=a, time=None, end=b)
    f = fold(s)
    f = re.sub(r'^(dau|cuoi)\s+', '', f)
    m = re.fullmatch(r'(?:tuan \d+ )?(?:thang|t)\s*(\d{1,2})(?:\s*(?:-|,)\s*(\d{1,2}))?\s*(?:/|nam)\s*(\d{4})', f)
    if m:
        y = int(m[3]); a = int(m[1]); b = int(m[2]) if m[2] else a
        return dict(kind='vague', lo=D(y,a,1), hi=month_end(y,b), label=s0)
    m = re.fullmatch(r'(?:quy|q)\s*(i{1,3}|iv|\d)\s*(?:/|nam)\s*(\d{4})', f)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        return dict(kind='vague', lo=D(y,3*q-2,1), hi=month_end(y,3*q), label=s0)
    m = re.fullmatch(r'6 thang (dau|cuoi) nam(?: (\d{4}))?', f)
    if m:
        y = int(m[2]) if m[2] else PLAN_YEAR
        return dict(kind='vague', lo=D(y,1,1) if m[1]=='dau' else D(y,7,1), hi=D(y,6,30) if m[1]=='dau' else D(y,12,31), label=s0)
    m = re.fullmatch(r'nam (\d{4})', f)
    if m:
        y = int(m[1]); return dict(kind='vague', lo=D(y,1,1), hi=D(y,12,31), label=s0)
    if f in ('ca nam', 'theo ke hoach', ''):
        return dict(kind='vague', lo=D(PLAN_YEAR,1,1), hi=D(PLAN_YEAR,12,31), label=s0)
    raise ValueError('date? %r' % s0)

MARK = {'x','v','✓','1','co'}
def status_norm(s):
    f = fold(s)
    if not f: return ''
    if 'huy' in f: return 'Đã hủy'
    if 'ket thuc' in f: return 'Đã kết thúc'
    if 'hoan' in f: return 'Đã hoãn'
    if 'du kien' in f: return 'Dự kiến'
    if 'mo dang ky' in f: return 'Mở đăng ký'
    raise ValueError(s)

def new_date_from_note(note, old):
    m = re.search(r'(?:sang|đến ngày|đến|lịch mới:?)\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', note)
    if not m: return None
    d, mo = int(m[1]), int(m[2])
    if m[3]: return D(int(m[3]), mo, d)
    for y in (old.year, old.year+1):
        c = D(y, mo, d)
        if old < c <= old + dt.timedelta(days=183): return c
    return None

def days_int(s):
    m = re.match(r'\s*0?(\d+)', s or '')
    return int(m[1]) if m else None

def load_courses(path):
    rows = list(csv.reader(open(path, encoding='utf-8-sig', newline=''), delimiter=';'))
    hi = next(i for i, r in enumerate(rows) if any(fold(c) == 'ma lop' for c in r))
    H = [fold(c) for c in rows[hi]]
    col = lambda name: H.index(name)
    C = dict(stt=col('stt'), code=col('ma lop'), title=col('noi dung tap huan'), topic=col('chuyen de'),
             aud=col('thanh phan'), org=col('don vi chu tri'), partner=col('don vi phoi hop'),
             prov=col('tinh/thanh pho'), venue=col('dia diem to chuc'), direct=col('truc tiep'),
             online=col('truc tuyen'), start=col('thoi gian to chuc'), end=col('den ngay'), days=col('so ngay'),
             deadline=col('han dang ky'), seats=col('so luong'), status=col('trang thai'), note=col('ghi chu'))
    out = []; section = None
    for i in range(hi+1, len(rows)):
        r = rows[i] + [''] * 20
        g = lambda k: r[C[k]].strip()
        if fold(r[0]).startswith('noi nhan'): break
        if re.fullmatch(r'\(\d+\)', r[0].strip()): continue
        if re.fullmatch(r'[IVXL]+', g('stt')): section = g('title'); continue
        if not g('code'): continue
        c = dict(row=i+1, section=section, code=g('code'), title=g('title'), topic=g('topic'), aud=g('aud'),
                 org=g('org'), partner=g('partner'), prov=g('prov'), venue=g('venue'), note=g('note'),
                 seats=g('seats'), raw_start=g('start'), raw_end=g('end'), raw_days=g('days'),
                 raw_deadline=g('deadline'), raw_status=g('status'))
        st = parse_start(g('start')); c.update(st)
        if g('end'):
            e = parse_one_date(g('end'), year_hint=c.get('start', D(PLAN_YEAR,1,1)).year)
            c['end'] = e[0]
        if g('deadline'):
            dd = parse_one_date(g('deadline'))
            c['deadline'] = DT.combine(dd[0], dt.time(*dd[1]) if dd[1] and dd[1][0] != 'sang' else dt.time(23, 59))
        else:
            c['deadline'] = None
        dflag = fold(g('direct')) in MARK; oflag = fold(g('online')) in MARK
        if dflag and oflag: mode = 'kết hợp'
        elif oflag or fold(g('venue')).startswith('truc tuyen'): mode = 'trực tuyến'
        else: mode = 'tập trung'
        c['mode'] = mode
        stn = status_norm(g('status'))
        if not stn: stn = 'Dự kiến' if c['kind'] == 'vague' else 'Mở đăng ký'
        c['status'] = stn
        c['new_date'] = new_date_from_note(c['note'], c['start']) if stn == 'Đã hoãn' and c['kind'] == 'exact' else None
        # days
        di = days_int(g('days'))
        span = (c['end'] - c['start']).days + 1 if c['kind'] == 'exact' and c.get('end') else None
        if di and span and di != span and span > 0:
            c['ndays'] = di if di < span else None   # e.g. two Saturdays
        else:
            c['ndays'] = di or span
        # time of day
        t = c.get('time') if c['kind'] == 'exact' else None
        c['afternoon'] = bool(t and t[0] != 'sang' and t[0] >= 12)
        c['morning_explicit'] = bool(t and (t[0] == 'sang' or t[0] < 12))
        out.append(c)
    return out

def prov_norm(p):
    f = fold(p)
    f = re.sub(r'^(tinh|thanh pho|tp)\s+', '', f)
    return f

def old_area(c):
    m = re.search(r'\(([^)]*?)\s*cũ(?:,\s*([^)]*))?\)', c['venue'])
    if not m: return ''
    inner = m[1]
    inner = re.sub(r'^(TP|huyện [^,]+,)\s*', '', inner).strip()
    if m[2]: inner = m[2].strip()
    return fold(inner)

def org_type(c):
    o = fold(c['org'])
    if re.search(r'\bkcn\b|khu kinh te|khu cong nghiep', o): return 'kcn'
    if re.match(r'(cd|cong doan) (phuong|xa|dac khu)\b', o): return 'xa_phuong'
    if re.match(r'(cd|cong doan) nganh', o): return 'nganh'
    if o.startswith('ldld') or o.startswith('lien doan lao dong'): return 'ldld'
    if o.startswith('cdcs'): return 'cdcs'
    return 'tw'

def is_upcoming_candidate(c):
    """True = a correct answer to 'có lớp nào' (not finished/cancelled, starts after now);
       None = risky (postponed, ongoing); False = not an answer."""
    if c['status'] in ('Đã hủy', 'Đã kết thúc'): return False
    if c['status'] == 'Đã hoãn': return None
    if c['kind'] == 'vague':
        return c['hi'] >= TODAY
    st = DT.combine(c['start'], dt.time(8, 0))
    if c['start'] > TODAY: return True
    if c['start'] == TODAY: return None
    end = c.get('end') or c['start']
    if end >= TODAY: return None
    return False

def window(c):
    if c['kind'] == 'vague':
        return max(c['lo'], TODAY), c['hi']
    return c['start'], c['start']

def fmt(d): return d.strftime('%d/%m/%Y')
