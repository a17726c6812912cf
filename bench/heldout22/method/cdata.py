import csv, re, unicodedata, datetime as dt, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE) if os.path.basename(HERE) == 'method' else HERE
NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4, '1': 1, '2': 2, '3': 3, '4': 4}

def _tm(s):
    m = re.search(r'(\d{1,2})[h:](\d{2})', s)
    return (int(m.group(1)), int(m.group(2))) if m else None

def parse_start(raw):
    """returns (start_dt, end_dt_or_None, period_end_or_None, is_period)"""
    s = raw.strip(); f = fold(s)
    if re.fullmatch(r'\d{5}', s):
        d = dt.datetime(1899, 12, 30) + dt.timedelta(days=int(s))
        return d.replace(hour=8), None, None, False
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})( 00:00:00)?', s)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), 8), None, None, False
    m = re.search(r'6 thang (dau|cuoi)(?: nam)? (\d{4})', f)
    if m:
        y = int(m[2])
        return (dt.datetime(y, 1, 1), None, dt.datetime(y, 7, 1), True) if m[1] == 'dau' else (dt.datetime(y, 7, 1), None, dt.datetime(y+1, 1, 1), True)
    m = re.fullmatch(r'(?:nam|ca nam) (\d{4})', f)
    if m:
        y = int(m[1]); return dt.datetime(y, 1, 1), None, dt.datetime(y+1, 1, 1), True
    # quarter
    m = re.search(r'(?:quy|q)\s*([ivx]+|\d)\s*(?:/|nam )\s*(\d{4})', f)
    if m:
        q = ROMAN[m[1]]; y = int(m[2])
        st = dt.datetime(y, 3*q-2, 1)
        en = dt.datetime(y + (q == 4), (3*q) % 12 + 1, 1)
        return st, None, en, True
    m = re.search(r'thang (\d{1,2})\s*-\s*(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[3]); a, b = int(m[1]), int(m[2])
        return dt.datetime(y, a, 1), None, dt.datetime(y + (b == 12), b % 12 + 1, 1), True
    m = re.search(r'thang (\d{1,2})(?:/| nam )(\d{4})', f) or re.fullmatch(r't(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[2]); a = int(m[1])
        return dt.datetime(y, a, 1), None, dt.datetime(y + (a == 12), a % 12 + 1, 1), True
    # ranges
    m = re.search(r'(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|den|,|va)\s*(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[5]); mo2 = int(m[4]); mo1 = int(m[2]) if m[2] else mo2
        return dt.datetime(y, mo1, int(m[1]), 8), dt.datetime(y, mo2, int(m[3]), 17), None, False
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        t = _tm(f) or (8, 0)
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]), *t), None, None, False
    raise ValueError(raw)

def parse_date(raw, h=17, mi=0):
    s = (raw or '').strip()
    if not s: return None
    if re.fullmatch(r'\d{5}', s):
        return (dt.datetime(1899, 12, 30) + dt.timedelta(days=int(s))).replace(hour=h, minute=mi)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})( 00:00:00)?', s)
    if m: return dt.datetime(int(m[1]), int(m[2]), int(m[3]), h, mi)
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    t = _tm(s[m.end():]) if m else None
    return dt.datetime(int(m[3]), int(m[2]), int(m[1]), *(t or (h, mi)))

CENTRAL = ['tong lien doan', 'viet nam', 'truong dai hoc cong doan']

def is_central(org):
    f = fold(org)
    if f.startswith('cdcs') or 'cong ty' in f: return False
    return any(k in f for k in CENTRAL)

def load_courses(path=None):
    path = path or os.path.join(ROOT, 'courses.csv')
    rows = list(csv.reader(open(path, encoding='utf-8-sig'), delimiter=';'))
    hdr = rows[0]; out = []; idx = {h: i for i, h in enumerate(hdr)}
    for r in rows[1:]:
        if len(r) < 11 or not r[1].strip(): continue
        g = lambda name: r[idx[name]].strip() if idx[name] < len(r) else ''
        st, en, pend, period = parse_start(g('Ngày bắt đầu (dd/mm/yyyy)'))
        e2 = parse_date(g('Đến ngày'))
        if e2: en = e2
        status = fold(g('Trạng thái'))
        if not status: status = 'du kien' if period else 'mo dang ky'
        status = status.replace('huy', 'huy')
        days = g('Thời gian')
        nd = int(re.match(r'\d+', days).group()) if days else None
        days_col = nd
        if nd is None and en and not period:
            nd = (en.date() - st.date()).days + 1
        mode = fold(g('Hình thức'))
        if not mode or 'tap trung' == mode or mode.startswith('tap trung') or mode == 'truc tiep': mode = 'offline'
        elif 'ket hop' in mode or '+' in mode: mode = 'hybrid'
        elif 'truc tuyen' in mode: mode = 'online'
        c = dict(code=g('Mã lớp'), title=g('Tên lớp học'), topic=g('Chuyên đề'), aud=g('Đối tượng tham gia'),
                 org=g('Đơn vị chủ trì'), prov=g('Tỉnh/Thành phố'), venue=g('Địa điểm tổ chức'), mode=mode,
                 start=st, end=en, period=period, pend=pend, deadline=parse_date(g('Hạn đăng ký'), 23, 59),
                 days=nd, days_col=days_col, status=status, note=g('Ghi chú'), raw_start=g('Ngày bắt đầu (dd/mm/yyyy)'))
        c['central'] = is_central(c['org'])
        c['provk'] = prov_key(c['prov'])
        c['cancelled'] = 'huy' in status
        c['ended'] = 'ket thuc' in status
        out.append(c)
    return out

def prov_key(p):
    f = fold(p)
    f = re.sub(r'^(thanh pho|tp\.?|tinh)\s+', '', f)
    if f in ('hcm', 'ho chi minh'): f = 'ho chi minh'
    return f

def upcoming(c, now=NOW):
    if c['cancelled'] or c['ended']: return False
    if c['period']: return c['pend'] > now
    return c['start'] > now

def ongoing(c, now=NOW):
    if c['cancelled'] or c['ended'] or c['period']: return False
    return c['start'] <= now and (c['end'] or c['start'].replace(hour=17)) > now

def open_now(c, now=NOW):
    return (upcoming(c, now) and not c['period'] and c['status'] == 'mo dang ky'
            and (c['deadline'] is None or c['deadline'] > now))

def load_targets(path=None):
    path = path or os.path.join(ROOT, 'targets.csv')
    return {r['Mã chỉ tiêu']: r for r in csv.DictReader(open(path, encoding='utf-8-sig'))}
