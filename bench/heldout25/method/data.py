"""Parsing of the organiser's plan (given/courses.csv, given/targets.csv) and the
filter engine used to derive every expectation.  Pure Python 3, no third-party deps."""
import csv, re, unicodedata, datetime as dt, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, 'given')
NOW = dt.datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()

def fold(s):
    s = (s or '').replace('Đ', 'D').replace('đ', 'd')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))

# ---------------------------------------------------------------- provinces
PROV = {  # folded spelling -> canonical new province
    'thanh hoa': 'Thanh Hóa', 'nghe an': 'Nghệ An', 'ha tinh': 'Hà Tĩnh', 'quang tri': 'Quảng Trị',
    'hue': 'Huế', 'tp hue': 'Huế', 'thua thien hue': 'Huế', 'da nang': 'Đà Nẵng', 'tp da nang': 'Đà Nẵng',
    'tp. da nang': 'Đà Nẵng', 'quang ngai': 'Quảng Ngãi', 'gia lai': 'Gia Lai', 'dak lak': 'Đắk Lắk',
    'lam dong': 'Lâm Đồng', 'khanh hoa': 'Khánh Hòa', 'ha noi': 'Hà Nội', 'tp ha noi': 'Hà Nội',
    'lang son': 'Lạng Sơn', 'ninh binh': 'Ninh Bình', 'phu tho': 'Phú Thọ', 'tuyen quang': 'Tuyên Quang',
}
def norm_prov(s):
    f = fold(s)
    if f in PROV:
        return PROV[f]
    raise ValueError('unknown province %r' % s)

# former province -> (new province, place words that mean "held there")
OLD = {
    'Quảng Bình': ('Quảng Trị', ['quang binh', 'dong hoi']),
    'Hà Giang': ('Tuyên Quang', ['ha giang']),
    'Phú Yên': ('Đắk Lắk', ['phu yen', 'tuy hoa']),
    'Quảng Nam': ('Đà Nẵng', ['quang nam', 'tam ky', 'hoi an']),
    'Kon Tum': ('Quảng Ngãi', ['kon tum']),
    'Bình Định': ('Gia Lai', ['binh dinh', 'quy nhon']),
    'Ninh Thuận': ('Khánh Hòa', ['ninh thuan', 'phan rang']),
    'Bình Thuận': ('Lâm Đồng', ['binh thuan', 'phan thiet', 'phu quy']),
    'Đắk Nông': ('Lâm Đồng', ['dak nong', 'gia nghia']),
    'Vĩnh Phúc': ('Phú Thọ', ['vinh phuc', 'vinh yen']),
    'Hòa Bình': ('Phú Thọ', ['hoa binh']),
    'Hà Nam': ('Ninh Bình', ['ha nam', 'phu ly']),
    'Nam Định': ('Ninh Bình', ['nam dinh']),
}

# ---------------------------------------------------------------- dates
def _d(day, mon, yr):
    return dt.date(int(yr), int(mon), int(day))

ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}
def _month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))

def parse_start(raw):
    """-> dict(kind='date', start=date, start_end=date|None, time=str|None) or
          dict(kind='period', pstart=date, pend=date, label=str)"""
    s = fold(raw)
    s = re.sub(r'\(.*?\)', '', s).strip()
    tm = None
    m = re.match(r'^(\d{1,2})h(\d{2}) ngay (.*)$', s)
    if m:
        tm = '%02d:%s' % (int(m.group(1)), m.group(2)); s = m.group(3).strip()
    m = re.match(r'^(.*\d) (\d{1,2}):(\d{2})$', s)
    if m:
        tm = '%02d:%s' % (int(m.group(2)), m.group(3)); s = m.group(1).strip()
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', s)
    if m:
        return dict(kind='date', start=dt.date(*map(int, m.groups())), start_end=None, time=tm)
    m = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{4})$', s)
    if m:
        return dict(kind='date', start=_d(*m.groups()), start_end=None, time=tm)
    m = re.match(r'^(?:tu )?(\d{1,2})/(\d{1,2}) ?(?:-|den) ?(\d{1,2})/(\d{1,2})/(\d{4})$', s)
    if m:
        d1, m1, d2, m2, y = m.groups()
        return dict(kind='date', start=_d(d1, m1, y), start_end=_d(d2, m2, y), time=tm)
    m = re.match(r'^(\d{1,2}) ?- ?(\d{1,2})/(\d{1,2})/(\d{4})$', s)
    if m:
        d1, d2, mo, y = m.groups()
        return dict(kind='date', start=_d(d1, mo, y), start_end=_d(d2, mo, y), time=tm)
    # periods
    m = re.match(r'^(?:cuoi )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})$', s)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        return dict(kind='period', pstart=dt.date(y, mo, 1), pend=_month_end(y, mo), label='tháng %d/%d' % (mo, y))
    m = re.match(r'^thang (\d{1,2})(?:-|, )(\d{1,2})(?:/| nam )(\d{4})$', s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return dict(kind='period', pstart=dt.date(y, a, 1), pend=_month_end(y, b), label='tháng %d-%d/%d' % (a, b, y))
    m = re.match(r'^(?:quy |q)(iv|iii|ii|i|\d)(?:/| nam )(\d{4})$', s)
    if m:
        q = m.group(1); q = ROMAN.get(q) or int(q); y = int(m.group(2))
        return dict(kind='period', pstart=dt.date(y, 3 * q - 2, 1), pend=_month_end(y, 3 * q), label='quý %d/%d' % (q, y))
    m = re.match(r'^6 thang (dau|cuoi) nam (\d{4})$', s)
    if m:
        y = int(m.group(2))
        if m.group(1) == 'dau':
            return dict(kind='period', pstart=dt.date(y, 1, 1), pend=dt.date(y, 6, 30), label='6 tháng đầu năm %d' % y)
        return dict(kind='period', pstart=dt.date(y, 7, 1), pend=dt.date(y, 12, 31), label='6 tháng cuối năm %d' % y)
    raise ValueError('cannot parse start %r' % raw)

def parse_date(raw):
    s = fold(raw)
    if not s:
        return None
    s = re.sub(r' \d{1,2}:\d{2}$', '', s)
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', s)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{4})$', s)
    if m:
        return _d(*m.groups())
    raise ValueError('cannot parse date %r' % raw)

def parse_int(raw):
    m = re.findall(r'\d+', raw or '')
    return int(m[-1]) if m else None

def parse_days(raw):
    m = re.findall(r'\d+', raw or '')
    return int(m[0]) if m else None

# ---------------------------------------------------------------- topics / roles / mode
TOPICS = {  # key -> folded fragments in topic column or title
    'nghiep_vu': ['nghiep vu cd', 'nghiep vu cong tac', 'nvcd', 'hoat dong cdcs', 'cdcs moi bau', 'can bo cd co so nam'],
    'tltt': ['doi thoai', 'tltt', 'thuong luong'],
    'atvsld': ['atvsld', 'at-vsld', 'an toan, ve sinh', 'an toan ve sinh'],
    'phap_luat': ['phap luat', 'luat cong doan', 'blld'],
    'tcld': ['tranh chap', 'tcld'],
    'nu_cong': ['nu cong', 'bdg', 'binh dang gioi'],
    'tai_chinh': ['tai chinh', 'tccd', 'ke toan'],
    'kiem_tra': ['kiem tra', 'ubkt'],
    'tuyen_giao': ['tuyen giao', 'tuyen truyen'],
    'ptdv': ['ptdv', 'phat trien dv', 'gia nhap cd', 'thanh lap cdcs'],
    'cds': ['chuyen doi so', 'cds', 'cntt', 'phan mem quan ly doan vien'],
    'giang_day': ['giang day', 'giang vien', 'gvkc', 'su pham'],
    'van_thu': ['van thu'],
    'llct': ['llct', 'ly luan chinh tri', 'qlnn', 'ly luan, nghiep vu'],
}
def topic_keys(row):
    t = fold(row['Chủ đề'])
    title = fold(row['Tên lớp'])
    keys = set()
    for k, frags in TOPICS.items():
        if any(f in t for f in frags):
            keys.add(k)
    title_keys = set(k for k, frags in TOPICS.items() if any(f in title for f in frags))
    return keys, title_keys

ROLE_STRICT = {
    'ct': lambda a, t: 'ct' in t or 'chu tich' in a.replace('p.chu tich', ''),
    'pct': lambda a, t: 'pct' in t or 'p.chu tich' in a,
    'uvbch': lambda a, t: 'uvbch' in t and 'nu uvbch' not in a,
    'ke_toan': lambda a, t: 'ke toan' in a and 'cap tren' not in a,
    'nu_cong': lambda a, t: 'nu cong' in a or 'nu uvbch' in a,
    'ubkt': lambda a, t: 'ubkt' in t and 'cap tren' not in a,
    'ubkt_cs': lambda a, t: 'ubkt' in t and 'cap tren' not in a,      # user said «UBKT công đoàn cơ sở»
    'ke_toan_cs': lambda a, t: 'ke toan' in a and 'cap tren' not in a,  # user said «kế toán CĐCS»
    'gvkc': lambda a, t: 'gvkc' in t or 'giang vien kiem chuc' in a,
    'chuyen_trach': lambda a, t: 'chuyen trach' in a and 'khong chuyen trach' not in a,
    'khong_chuyen_trach': lambda a, t: 'khong chuyen trach' in a,
    'cap_tren': lambda a, t: 'cap tren co so' in a,
    'doan_vien': lambda a, t: 'doan vien' in a or 'nld' in t or 'dvcd' in t,
    'atvsv': lambda a, t: 'atvsv' in t or 'phu trach atvsld' in a,
    'tuyen_giao': lambda a, t: 'tuyen giao' in a,
    'van_thu': lambda a, t: 'van thu' in a,
}
ROLE_BROAD_EXTRA = {  # additional readings a reasonable assistant may take
    'uvbch': lambda a, t: 'uvbch' in t,
    'ke_toan': lambda a, t: 'ke toan' in a,
    'ubkt': lambda a, t: 'ubkt' in t,
    'nu_cong': lambda a, t: 'nu cong' in a or 'nu uvbch' in a,
}
def role_match(row, role, broad):
    a = fold(row['audience']); t = set(toks(row['audience']))
    if ROLE_STRICT[role](a, t):
        return True
    return broad and role in ROLE_BROAD_EXTRA and ROLE_BROAD_EXTRA[role](a, t)

def norm_mode(raw):
    f = fold(raw)
    if not f or 'tap trung' in f or f == 'truc tiep':
        return 'tap_trung'
    if 'ket hop' in f:
        return 'ket_hop'
    if 'truc tuyen' in f:
        return 'truc_tuyen'
    raise ValueError(raw)

def norm_status(raw):
    f = fold(raw)
    if 'huy' in f: return 'huy'
    if 'ket thuc' in f: return 'ket_thuc'
    if 'du kien' in f: return 'du_kien'
    if 'mo dang ky' in f: return 'mo'
    if not f: return ''
    raise ValueError(raw)

# ---------------------------------------------------------------- courses
class Course(dict):
    __getattr__ = dict.get

def load_courses():
    out = []
    with open(os.path.join(GIVEN, 'courses.csv'), encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            c = Course(raw=r, code=r['Mã lớp'], title=r['Tên lớp'], organiser=r['Đơn vị tổ chức'],
                       province=norm_prov(r['Tỉnh/Thành phố']), venue=r['Địa điểm'], mode=norm_mode(r['Hình thức']),
                       audience=r['Đối tượng'], note=r['Ghi chú'])
            st = parse_start(r['Ngày bắt đầu'])
            c['dated'] = st['kind'] == 'date'
            c['days'] = parse_days(r['Số ngày'])
            c['seats'] = parse_int(r['Số chỗ'])
            c['deadline'] = parse_date(r['Hạn đăng ký'])
            raw_status = norm_status(r['Trạng thái'])
            if c['dated']:
                c['start'] = st['start']; c['time'] = st['time']
                end = parse_date(r['Ngày kết thúc']) or st['start_end']
                if end is None:
                    end = st['start'] + dt.timedelta(days=(c['days'] or 1) - 1)
                c['end'] = end
                c['explicit_end'] = bool(r['Ngày kết thúc'].strip() or st['start_end'] or c['days'])
                c['lo'], c['hi'] = c['start'], end
                c['status'] = raw_status or 'mo'
            else:
                c['lo'], c['hi'] = st['pstart'], st['pend']
                c['period'] = st['label']
                c['status'] = raw_status or 'du_kien'
            c['topics'], c['title_topics'] = topic_keys(r)
            # availability (strict = what a user looking for a class wants)
            if c['status'] in ('huy', 'ket_thuc'):
                c['avail'] = False; c['avail_broad'] = False
            elif c['dated']:
                startdt = dt.datetime.combine(c['start'], dt.time(*map(int, (c['time'] or '08:00').split(':'))))
                c['avail'] = startdt > NOW
                c['avail_broad'] = c['end'] >= TODAY   # includes a class already running
            else:
                c['avail'] = c['hi'] >= TODAY
                c['avail_broad'] = c['avail']
            c['open'] = (c['avail'] and c['dated'] and c['status'] == 'mo'
                         and (c['deadline'] is None or c['deadline'] >= TODAY))
            out.append(c)
    return out

def sort_key(c):
    return (c['lo'], 0 if c['dated'] else 1, c['hi'], c['code'])

# ---------------------------------------------------------------- filter engine
def match(c, f, broad):
    """f: dict of filters.  broad=True takes the most lenient reasonable reading."""
    if not (c['avail_broad'] if broad else c['avail']):
        if not f.get('include_past'):
            return False
    if 'code_in' in f and c['code'] not in f['code_in']:
        return False
    if 'province' in f and c['province'] != f['province']:
        return False
    if 'old' in f:  # a former province: held there (venue) or run by a union named after the place
        newp, words = OLD[f['old']]
        if c['province'] != newp:
            return False
        txt = fold(c['venue']) if not broad else fold(c['venue'] + ' | ' + c['organiser'])
        if not any(w in txt for w in words):
            return False
    if 'topic' in f:
        keys = c['topics'] | c['title_topics'] if broad else c['topics']
        if f['topic'] not in keys:
            return False
    if 'role' in f and not role_match(c, f['role'], broad):
        return False
    if 'mode' in f:
        want = f['mode']
        if want == 'truc_tuyen':
            ok = c['mode'] == 'truc_tuyen' or (broad and c['mode'] == 'ket_hop')
        elif want == 'tap_trung':
            ok = c['mode'] == 'tap_trung' or (broad and c['mode'] == 'ket_hop')
        else:
            ok = c['mode'] == want
        if not ok:
            return False
    if 'organiser' in f and fold(f['organiser']) != fold(c['organiser']):
        return False
    if 'org_kw' in f and not all(w in fold(c['organiser']) for w in f['org_kw']):
        return False
    if 'venue_kw' in f and not any(w in fold(c['venue']) for w in f['venue_kw']):
        return False
    if 'title_kw' in f and not all(w in fold(c['title']) for w in f['title_kw']):
        return False
    if 'win' in f:  # time window [a, b]
        a, b = f['win']
        a = dt.date.fromisoformat(a); b = dt.date.fromisoformat(b)
        if broad:   # any overlap of the class's days / tentative period with the window
            if c['hi'] < a or c['lo'] > b:
                return False
        else:       # dated class starting inside the window
            if not (c['dated'] and a <= c['start'] <= b):
                return False
    if f.get('dated_only') and not c['dated']:
        return False
    return True

def select(courses, f, broad):
    return sorted([c for c in courses if match(c, f, broad)], key=sort_key)

# ---------------------------------------------------------------- targets
def vn_num(s):
    s = s.strip()
    if not s:
        return None
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return int(s.replace('.', ''))
    return float(s.replace(',', '.')) if ',' in s else int(s)

def load_targets():
    out = []
    with open(os.path.join(GIVEN, 'targets.csv'), encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            out.append(dict(code=r['Mã chỉ tiêu'], unit=r['Đơn vị'], year=r['Năm'], content=r['Nội dung'],
                            target=vn_num(r['Chỉ tiêu']), measure=r['Đơn vị tính'], done=vn_num(r['Đã đạt']),
                            asof=r['Tính đến ngày'], raw=r))
    return out

def fmt_vn(n):
    """a figure as a Vietnamese reply writes it: 2.600 ; 92,5 ; 65"""
    if isinstance(n, float):
        if n.is_integer():
            n = int(n)
        else:
            return ('%g' % n).replace('.', ',')
    s = str(n)
    if len(s) > 3:
        s = '{:,}'.format(n).replace(',', '.')
    return s

def load_seeds():
    d = os.path.join(GIVEN, 'seeds')
    return {fn: open(os.path.join(d, fn), encoding='utf-8').read() for fn in sorted(os.listdir(d))}
