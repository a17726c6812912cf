#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate set b13: re-derive every course expectation from courses.csv using the filter spec of each
question / dialogue turn (method/specs.json), check targets, fact strings (against ../given/seeds), import
rules. Exit code 1 on any error.  Usage: python3 validate.py [--seeds DIR]"""
import csv, json, os, re, sys, unicodedata, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'given', 'seeds')
if '--seeds' in sys.argv:
    SEEDS = sys.argv[sys.argv.index('--seeds') + 1]
NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s).strip()

# ------------------------------------------------------------------ vocabularies
PROV = {  # as written -> canonical current province
 'ha noi': 'Hà Nội', 'tp ha noi': 'Hà Nội', 'thanh pho ha noi': 'Hà Nội', 'lang son': 'Lạng Sơn', 'tuyen quang': 'Tuyên Quang',
 'lao cai': 'Lào Cai', 'tinh lao cai': 'Lào Cai', 'quang ninh': 'Quảng Ninh', 'hai phong': 'Hải Phòng', 'tp hai phong': 'Hải Phòng',
 'bac ninh': 'Bắc Ninh', 'thanh hoa': 'Thanh Hóa', 'nghe an': 'Nghệ An', 'thanh pho hue': 'Huế', 'hue': 'Huế', 'tp hue': 'Huế',
 'da nang': 'Đà Nẵng', 'tp da nang': 'Đà Nẵng', 'gia lai': 'Gia Lai', 'dak lak': 'Đắk Lắk', 'lam dong': 'Lâm Đồng',
 'khanh hoa': 'Khánh Hòa', 'tp.hcm': 'Hồ Chí Minh', 'tp ho chi minh': 'Hồ Chí Minh', 'ho chi minh': 'Hồ Chí Minh',
 'dong nai': 'Đồng Nai', 'can tho': 'Cần Thơ', 'tp can tho': 'Cần Thơ', 'an giang': 'An Giang', 'ca mau': 'Cà Mau', 'vinh long': 'Vĩnh Long',
}
FORMER = {  # former province -> (current province, venue tokens that place a class there)
 'Hà Giang': ('Tuyên Quang', ['ha giang']), 'Yên Bái': ('Lào Cai', ['yen bai']), 'Hải Dương': ('Hải Phòng', ['hai duong']),
 'Bắc Giang': ('Bắc Ninh', ['bac giang', 'quang chau']), 'Quảng Nam': ('Đà Nẵng', ['quang nam', 'tam ky', 'hoi an', 'chu lai']),
 'Bình Định': ('Gia Lai', ['binh dinh', 'quy nhon', 'nhon hoi']), 'Phú Yên': ('Đắk Lắk', ['phu yen', 'tuy hoa']),
 'Bình Thuận': ('Lâm Đồng', ['binh thuan', 'phan thiet']), 'Đắk Nông': ('Lâm Đồng', ['dak nong', 'gia nghia']),
 'Ninh Thuận': ('Khánh Hòa', ['ninh thuan', 'phan rang']), 'Bình Dương': ('Hồ Chí Minh', ['binh duong', 'thu dau mot', 'bau bang']),
 'Bà Rịa - Vũng Tàu': ('Hồ Chí Minh', ['vung tau', 'phu my', 'ba ria']), 'Bình Phước': ('Đồng Nai', ['binh phuoc', 'dong xoai']),
 'Sóc Trăng': ('Cần Thơ', ['soc trang', 'phu loi']), 'Hậu Giang': ('Cần Thơ', ['hau giang', 'vi thanh']),
 'Kiên Giang': ('An Giang', ['kien giang', 'rach gia', 'phu quoc']), 'Bạc Liêu': ('Cà Mau', ['bac lieu']),
 'Bến Tre': ('Vĩnh Long', ['ben tre', 'an hoi']), 'Trà Vinh': ('Vĩnh Long', ['tra vinh']),
}
TOPIC = {  # Chủ đề as written -> key
 'nghiep vu cong tac cong doan': 'NV', 'nghiep vu cd': 'NV', 'nghiep vu cong doan': 'NV',
 'doi thoai, thuong luong tap the': 'TL', 'doi thoai, tltt': 'TL', 'thuong luong tap the': 'TL',
 'an toan, ve sinh lao dong': 'AT', 'atvsld': 'AT', 'an toan ve sinh lao dong': 'AT',
 'phap luat lao dong, tu van phap luat': 'PL', 'phap luat lao dong': 'PL', 'tu van phap luat': 'PL',
 'giai quyet tranh chap lao dong': 'TC', 'tranh chap lao dong': 'TC',
 'cong tac nu cong, binh dang gioi': 'NC', 'nu cong': 'NC', 'nu cong - binh dang gioi': 'NC',
 'tai chinh cong doan': 'TCCD', 'tai chinh cd': 'TCCD',
 'cong tac kiem tra cong doan': 'KT', 'kiem tra cd': 'KT', 'cong tac kiem tra': 'KT',
 'tuyen truyen, tuyen giao': 'TG', 'tuyen giao': 'TG', 'tuyen truyen': 'TG',
 'phat trien doan vien, thanh lap cdcs': 'PTDV', 'phat trien doan vien': 'PTDV', 'phat trien doan vien, thanh lap cong doan co so': 'PTDV',
 'tin hoc, chuyen doi so': 'CDS', 'chuyen doi so': 'CDS',
 'ky nang giang day cho giang vien': 'GV', 'giang vien kiem chuc': 'GV', 'ky nang giang day': 'GV',
 'van thu, luu tru': 'VT', 'van thu luu tru': 'VT',
 'cham lo doi song doan vien': 'OTHER',
 'quan ly nha nuoc, ly luan chinh tri': 'LLCT', 'ly luan chinh tri': 'LLCT', 'ly luan chinh tri, qlnn': 'LLCT',
}
TOPIC_TITLE_KW = {  # lenient reading: a class whose title says this is "about" the topic too
 'TL': ['thuong luong', 'doi thoai', 'tltt'], 'AT': ['an toan', 'atvsld', 've sinh lao dong'],
 'PL': ['phap luat', 'luat cong doan', 'bo luat lao dong'], 'TC': ['tranh chap'], 'NC': ['nu cong', 'binh dang gioi'],
 'TCCD': ['tai chinh', 'ke toan', 'thu quy'], 'KT': ['kiem tra', 'ubkt'], 'TG': ['tuyen truyen', 'tuyen giao'],
 'PTDV': ['phat trien doan vien', 'thanh lap cdcs', 'thanh lap cong doan'], 'CDS': ['chuyen doi so', 'tin hoc', 'phan mem', 'so hoa'],
 'GV': ['giang vien', 'giang day'], 'OTHER': [], 'VT': ['van thu', 'luu tru'], 'LLCT': ['ly luan chinh tri', 'quan ly nha nuoc'], 'NV': [],
}
ALL_CDCS = {'CT', 'PCT', 'UV', 'KT', 'TQ', 'NCU', 'UBKT', 'CB_KCT'}
AUD = {  # Đối tượng as written -> (strict roles, lenient roles)
 'chu tich, pho chu tich cdcs': ({'CT', 'PCT'}, {'CT', 'PCT'}),
 'uy vien bch cong doan co so': ({'UV'}, {'UV'}),
 'chu tich cdcs': ({'CT'}, {'CT'}),
 'ban chap hanh cdcs': ({'UV'}, {'UV', 'CT', 'PCT'}),
 'chu tich va p.chu tich cong doan co so': ({'CT', 'PCT'}, {'CT', 'PCT'}),
 'doan vien, nguoi lao dong': ({'DV'}, {'DV'}),
 'an toan ve sinh vien; nguoi lao dong': ({'ATVSV', 'DV'}, {'ATVSV', 'DV'}),
 'cong nhan lao dong': ({'DV'}, {'DV'}),
 'can bo cong doan khong chuyen trach': ({'CB_KCT'}, ALL_CDCS | {'CB_KCT', 'TT'}),
 'can bo cd cap tren co so': ({'CTCS'}, {'CTCS', 'CB_CT'}),
 'can bo nu cong cdcs': ({'NCU'}, {'NCU'}), 'uy vien ban nu cong': ({'NCU'}, {'NCU'}),
 'ke toan, thu quy cdcs': ({'KT', 'TQ'}, {'KT', 'TQ'}), 'ke toan cong doan co so': ({'KT'}, {'KT'}),
 'chu tich cdcs; ke toan; thu quy': ({'CT', 'KT', 'TQ'}, {'CT', 'KT', 'TQ'}),
 'uy vien uy ban kiem tra': ({'UBKT'}, {'UBKT'}), 'uy vien ubkt cdcs': ({'UBKT'}, {'UBKT'}),
 'can bo cong doan chuyen trach': ({'CB_CT'}, {'CB_CT', 'CTCS'}),
 'can bo cong doan co so': (set(), ALL_CDCS | {'TT'}),
 'giang vien kiem chuc': ({'GV'}, {'GV'}),
 'can bo van phong, van thu cong doan': ({'VT'}, {'VT'}),
 'to truong cong doan': ({'TT'}, {'TT'}),
 'chu tich cdcs, to truong cong doan': ({'CT', 'TT'}, {'CT', 'TT'}),
}
MODE = {'': 'off', 'tap trung (truc tiep)': 'off', 'tap trung': 'off', 'truc tuyen': 'on',
        'ket hop (truc tiep va truc tuyen)': 'mix', 'ket hop': 'mix'}
STATUS = {'': 'open', 'mo dang ky': 'open', 'du kien': 'planned', 'da huy': 'cancelled', 'da ket thuc': 'finished'}
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}

# ------------------------------------------------------------------ dates
def _d(day, mon, yr):
    return dt.date(int(yr), int(mon), int(day))

def _mend(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))

def parse_time(s, default):
    m = re.search(r'(\d{1,2})[:h](\d{2})', s)
    return dt.time(int(m.group(1)), int(m.group(2))) if m else default

def parse_start(cell):
    """-> dict(start=datetime, end=date|None, planned=(date,date)|None)"""
    s = fold(cell)
    s = re.sub(r'\(\s*\d+\s*ngay\s*\)', '', s).strip()
    T8 = dt.time(8, 0)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return dict(start=dt.datetime.combine(_d(m[3], m[2], m[1]), T8), end=None, planned=None)
    m = re.fullmatch(r'(?:(\d{1,2}[:h]\d{2}) ngay )?(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}[:h]\d{2}))?', s)
    if m:
        t = parse_time(m[1] or m[5] or '', T8)
        return dict(start=dt.datetime.combine(_d(m[2], m[3], m[4]), t), end=None, planned=None)
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        return dict(start=dt.datetime.combine(_d(m[1], m[3], m[4]), T8), end=_d(m[2], m[3], m[4]), planned=None)
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})(?: - | den )(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y = int(m[5]); y0 = y - 1 if int(m[2]) > int(m[4]) else y
        return dict(start=dt.datetime.combine(_d(m[1], m[2], y0), T8), end=_d(m[3], m[4], y), planned=None)
    m = re.fullmatch(r'(?:cuoi )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', s)
    if m:
        y, mo = int(m[2]), int(m[1])
        return dict(start=None, end=None, planned=(dt.date(y, mo, 1), _mend(y, mo)))
    m = re.fullmatch(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', s)
    if m:
        y = int(m[3])
        return dict(start=None, end=None, planned=(dt.date(y, int(m[1]), 1), _mend(y, int(m[2]))))
    m = re.fullmatch(r'(?:quy |q)(iv|iii|ii|i|[1-4])(?:/| nam )(\d{4})', s)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        return dict(start=None, end=None, planned=(dt.date(y, 3 * q - 2, 1), _mend(y, 3 * q)))
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', s)
    if m:
        y = int(m[2])
        return dict(start=None, end=None, planned=(dt.date(y, 1, 1), dt.date(y, 6, 30)) if m[1] == 'dau' else (dt.date(y, 7, 1), dt.date(y, 12, 31)))
    raise ValueError('unparsed start: %r' % cell)

def parse_day(cell):
    s = fold(cell)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return _d(m[3], m[2], m[1])
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: \d{1,2}[:h]\d{2})?', s)
    if m:
        return _d(m[1], m[2], m[3])
    raise ValueError('unparsed date: %r' % cell)

def ndays(cell):
    m = re.search(r'\d+', cell or '')
    return int(m.group()) if m else None

class Course:
    def __init__(self, row):
        self.row = row
        self.code = row['Mã lớp']
        self.title = row['Tên lớp']
        self.ft = fold(row['Tên lớp'])
        self.topic = TOPIC.get(fold(row['Chủ đề']))
        self.aud_strict, self.aud_len = AUD[fold(row['Đối tượng'])]
        self.org = fold(row['Đơn vị tổ chức'])
        self.prov = PROV[fold(row['Tỉnh/Thành phố'])]
        self.venue = fold(row['Địa điểm'])
        self.mode = MODE[fold(row['Hình thức'])]
        self.status = STATUS[fold(row['Trạng thái'])]
        p = parse_start(row['Ngày bắt đầu'])
        self.start, self.planned = p['start'], p['planned']
        if self.planned:
            self.key = dt.datetime.combine(self.planned[0], dt.time(8, 0))
            self.end = None
        else:
            self.key = self.start
            if row['Ngày kết thúc']:
                self.end = parse_day(row['Ngày kết thúc'])
            elif p['end']:
                self.end = p['end']
            elif ndays(row['Số ngày']):
                self.end = self.start.date() + dt.timedelta(days=ndays(row['Số ngày']) - 1)
            else:
                self.end = self.start.date()
        self.deadline = parse_day(row['Hạn đăng ký']) if row['Hạn đăng ký'] else None
        m = re.search(r'dot\s*0?(\d+)', self.ft)
        self.batch = int(m.group(1)) if m else None

    def upcoming(self):
        if self.status in ('cancelled', 'finished'):
            return False
        if self.planned:
            return self.planned[1] >= NOW.date()
        return self.start > NOW

    def dates(self):
        out = set()
        if self.start:
            out.add(self.start.date())
        if self.end:
            out.add(self.end)
        if self.deadline:
            out.add(self.deadline)
        return {d.strftime('%d/%m/%Y') for d in out}

def load_courses(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    return rows

# ------------------------------------------------------------------ filter
def _as_list(x):
    return x if isinstance(x, list) else [x]

def match(c, spec, lenient, former_lenient=None):
    """spec keys: prov, former, topic, aud, online, win, title, title_any, org, venue, batch, planned, notitle"""
    if 'prov' in spec and c.prov not in _as_list(spec['prov']):
        return False
    if 'former' in spec:
        cur, toks = FORMER[spec['former']]
        if c.prov != cur:
            return False
        fl = lenient if former_lenient is None else former_lenient
        # held there = venue names the place; an online class counts when its organiser is a union of that place
        if not fl and not (any(t in c.venue for t in toks) or (c.mode == 'on' and any(t in c.org for t in toks))):
            return False
    if 'topic' in spec:
        ks = _as_list(spec['topic'])
        ok = c.topic in ks
        if lenient and not ok:
            ok = any(kw in c.ft for k in ks for kw in TOPIC_TITLE_KW[k])
        if not ok:
            return False
    if 'aud' in spec:
        roles = _as_list(spec['aud'])
        pool = c.aud_len if lenient else c.aud_strict
        if not any(r in pool for r in roles):
            return False
    if 'online' in spec:
        want = spec['online']
        if want == 'online':   # "học online": strictly Trực tuyến; leniently mixed too
            ok = c.mode == 'on' or (lenient and c.mode == 'mix')
        elif want == 'any':    # online or mixed, both clearly acceptable
            ok = c.mode in ('on', 'mix')
        elif want == 'offline':
            ok = c.mode == 'off' or (lenient and c.mode == 'mix')
        else:
            ok = c.mode == want
        if not ok:
            return False
    if 'win' in spec:
        a = dt.date.fromisoformat(spec['win'][0]); b = dt.date.fromisoformat(spec['win'][1])
        if c.planned:
            p0, p1 = c.planned
            ok = (p0 <= b and p1 >= a) if lenient else (p0 >= a and p1 <= b)
        else:
            ok = a <= c.start.date() <= b
        if not ok:
            return False
    for t in _as_list(spec.get('title', [])):
        if fold(t) not in c.ft:
            return False
    if 'title_any' in spec and not any(fold(t) in c.ft for t in spec['title_any']):
        return False
    if 'org' in spec and not any(fold(o) in c.org for o in _as_list(spec['org'])):
        return False
    if 'venue' in spec and not any(fold(v) in c.venue for v in _as_list(spec['venue'])):
        return False
    if 'batch' in spec and c.batch != spec['batch']:
        return False
    if 'planned' in spec and bool(c.planned) != spec['planned']:
        return False
    if 'code' in spec and c.code not in _as_list(spec['code']):
        return False
    return True

def select(courses, spec):
    """Return (codes sorted nearest-first, error or None). Errors when strict/lenient readings differ."""
    up = [c for c in courses if c.upcoming()]
    s = [c for c in up if match(c, spec, False)]
    err = None
    if spec.get('former_strict'):
        # a former province/place is read as "held there" (venue); every other dimension must still be unambiguous,
        # and the province-wide reading must at least put one of these first.
        l = [c for c in up if match(c, spec, True, former_lenient=False)]
        wide = sorted([c for c in up if match(c, spec, True, former_lenient=True)], key=lambda c: (c.key, c.code))
        if wide and wide[0].code not in {c.code for c in s}:
            err = 'former_strict: province-wide first %s not in venue reading' % wide[0].code
    else:
        l = [c for c in up if match(c, spec, True)]
    if {c.code for c in s} != {c.code for c in l}:
        err = 'ambiguous spec %s: strict %s vs lenient %s' % (spec, sorted(c.code for c in s), sorted(c.code for c in l))
    s.sort(key=lambda c: (c.key, c.code))
    if 'n' in spec and len(s) != spec['n']:
        err = (err or '') + ' count %d != n=%d for %s' % (len(s), spec['n'], spec)
    if not s:
        err = (err or '') + ' empty selection for %s' % spec
    return [c.code for c in s], err

# ------------------------------------------------------------------ checks
NUM = re.compile(r'^\d{1,3}(\.\d{3})*(,\d+)?%?$|^\d+(,\d+)?%?$')

def check_courses_import(rows, errs):
    seen = {}
    for i, r in enumerate(rows, start=2):
        code = r['Mã lớp']
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
            errs.append(f'courses row {i}: bad code {code!r}')
        if code in seen:
            errs.append(f'courses row {i}: duplicate code {code} (row {seen[code]})')
        seen[code] = i
        if not r['Tên lớp'].strip() or not r['Ngày bắt đầu'].strip():
            errs.append(f'courses row {i}: missing required value')
        try:
            c = Course(r)
        except Exception as e:
            errs.append(f'courses row {i}: {e!r}')
            continue
        if c.topic is None:
            errs.append(f'courses row {i}: unknown topic {r["Chủ đề"]!r}')
        if c.start and c.end and c.end < c.start.date():
            errs.append(f'courses row {i}: end before start')
        if c.deadline and c.start and c.deadline > c.start.date():
            errs.append(f'courses row {i}: deadline after start')
        if c.deadline and c.planned:
            errs.append(f'courses row {i}: deadline on a planned class')
        if r['Số chỗ'] and not re.search(r'[1-9]\d*', r['Số chỗ']):
            errs.append(f'courses row {i}: bad seats')
    return seen

def check_targets(path, errs):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    out = {}
    for i, r in enumerate(rows, start=2):
        code = r['Mã chỉ tiêu']
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code) or code in out:
            errs.append(f'targets row {i}: bad/duplicate code {code!r}')
        for col in ('Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
            if not r[col].strip():
                errs.append(f'targets row {i}: empty {col}')
        if not re.fullmatch(r'\d{4}(\s*[-–]\s*\d{4})?', r['Năm']):
            errs.append(f'targets row {i}: bad year {r["Năm"]!r}')
        for col in ('Chỉ tiêu', 'Đã đạt'):
            if r[col] and not NUM.match(r[col]):
                errs.append(f'targets row {i}: bad number {col}={r[col]!r}')
        if r['Tính đến ngày'] and not re.fullmatch(r'\d{2}/\d{2}/\d{4}', r['Tính đến ngày']):
            errs.append(f'targets row {i}: bad date')
        if len(r['Đơn vị tính']) > 40:
            errs.append(f'targets row {i}: unit too long')
        out[code] = r
    return out

def check_text_in_course(c, texts, where, errs):
    for t in texts:
        if re.fullmatch(r'\d{2}/\d{2}/\d{4}', t):
            if t not in c.dates():
                errs.append(f'{where}: date {t} is not a date of {c.code} ({sorted(c.dates())})')
        else:
            hay = ' | '.join(fold(v) for v in c.row.values())
            if fold(t) not in hay:
                errs.append(f'{where}: text {t!r} not in row {c.code}')

def main():
    errs = []
    rows = load_courses(os.path.join(HERE, 'courses.csv'))
    check_courses_import(rows, errs)
    courses = []
    for r in rows:
        try:
            courses.append(Course(r))
        except Exception:
            pass
    by = {c.code: c for c in courses}
    targets = check_targets(os.path.join(HERE, 'targets.csv'), errs)
    seeds = ''
    for fn in sorted(os.listdir(SEEDS)):
        seeds += open(os.path.join(SEEDS, fn), encoding='utf-8').read() + '\n'
    specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))

    provs = {c.prov for c in courses}
    if len(courses) < 300 or len(provs) < 15:
        errs.append(f'data size: {len(courses)} classes, {len(provs)} provinces')
    if len(targets) < 25:
        errs.append('fewer than 25 targets')

    kinds, styles, ids = {}, {}, set()
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
    for q in qs:
        qid = q['id']
        if qid in ids:
            errs.append(f'{qid}: duplicate id')
        ids.add(qid)
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
        styles[q['style']] = styles.get(q['style'], 0) + 1
        if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'):
            errs.append(f'{qid}: bad style')
        if q['kind'] == 'course':
            sp = specs.get(qid)
            if sp is None:
                errs.append(f'{qid}: no spec'); continue
            codes, err = select(courses, sp)
            if err:
                errs.append(f'{qid}: {err}')
            if sorted(codes) != sorted(q['expect']):
                errs.append(f'{qid}: expect {sorted(q["expect"])} != derived {sorted(codes)}')
            for code in q['expect']:
                if code in by and q['expect_text']:
                    pass
            if q['expect_text']:
                if len(q['expect']) != 1:
                    errs.append(f'{qid}: expect_text on a multi-class answer')
                else:
                    check_text_in_course(by[q['expect'][0]], q['expect_text'], qid, errs)
        elif q['kind'] == 'target':
            if len(q['expect']) != 1 or q['expect'][0] not in targets:
                errs.append(f'{qid}: target code {q["expect"]} unknown'); continue
            r = targets[q['expect'][0]]
            if not q['expect_text']:
                errs.append(f'{qid}: target without figures')
            for t in q['expect_text']:
                if t not in (r['Chỉ tiêu'], r['Đã đạt'], r['Năm'], r['Tính đến ngày']):
                    errs.append(f'{qid}: figure {t!r} not written in target {r["Mã chỉ tiêu"]}')
        elif q['kind'] == 'fact':
            if q['expect'] or not (1 <= len(q['expect_text']) <= 3):
                errs.append(f'{qid}: fact shape')
            for t in q['expect_text']:
                if t not in seeds:
                    errs.append(f'{qid}: fact string {t!r} not verbatim in seeds')
        elif q['kind'] == 'off_topic':
            if q['expect'] or q['expect_text']:
                errs.append(f'{qid}: off_topic must have empty expectations')
        else:
            errs.append(f'{qid}: bad kind')
        prof = q.get('profile') or {}
        if prof.get('province') and fold(prof['province']) not in PROV and prof['province'] not in FORMER:
            errs.append(f'{qid}: profile province {prof["province"]!r} unknown')

    # dialogues
    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8') if l.strip()]
    dstyles = {}
    for d in ds:
        did = d['id']
        dstyles[d['style']] = dstyles.get(d['style'], 0) + 1
        dsp = specs.get(did)
        if dsp is None:
            errs.append(f'{did}: no spec'); continue
        if not (4 <= len(d['turns']) <= 7):
            errs.append(f'{did}: {len(d["turns"])} turns')
        lists = {}
        for ti, (turn, ts) in enumerate(zip(d['turns'], dsp)):
            where = f'{did} turn {ti + 1}'
            e = turn['expect']
            k = e['kind']
            if k == 'course_list':
                codes, err = select(courses, ts)
                if err:
                    errs.append(f'{where}: {err}')
                if len(codes) > 6:
                    errs.append(f'{where}: list longer than 6 ({len(codes)})')
                keys = [by[c].key for c in codes]
                if len(set(keys)) != len(keys):
                    errs.append(f'{where}: tie in start keys, ordinals ambiguous')
                if sorted(codes) != sorted(e['codes']):
                    errs.append(f'{where}: codes {sorted(e["codes"])} != derived {sorted(codes)}')
                lists[ti] = codes
                last_list = codes
            elif k in ('course', 'register'):
                if 'ref' in ts:
                    lst = lists[ts['ref'] - 1]
                    code = lst[ts['ord'] - 1] if ts['ord'] > 0 else lst[ts['ord']]
                    codes = [code]
                else:
                    codes, err = select(courses, ts)
                    if err:
                        errs.append(f'{where}: {err}')
                    if len(codes) != 1:
                        errs.append(f'{where}: single-class turn selects {codes}')
                if e['codes'] != codes[:1]:
                    errs.append(f'{where}: codes {e["codes"]} != derived {codes[:1]}')
                if codes and codes[0] in by:
                    check_text_in_course(by[codes[0]], e.get('text', []), where, errs)
                    if k == 'register' and by[codes[0]].planned:
                        pass  # allowed: the bot should say registration is not open yet
            elif k == 'target':
                if len(e['codes']) != 1 or e['codes'][0] not in targets:
                    errs.append(f'{where}: target code'); continue
                r = targets[e['codes'][0]]
                for t in e.get('text', []):
                    if t not in (r['Chỉ tiêu'], r['Đã đạt'], r['Năm'], r['Tính đến ngày']):
                        errs.append(f'{where}: figure {t!r} not in target')
            elif k == 'fact':
                for t in e.get('text', []):
                    if t not in seeds:
                        errs.append(f'{where}: fact {t!r} not in seeds')
                if not e.get('text'):
                    errs.append(f'{where}: fact without text')
            elif k == 'off_topic':
                if e.get('codes') or e.get('text'):
                    errs.append(f'{where}: off_topic expectations not empty')
            else:
                errs.append(f'{where}: bad kind {k}')
        if len(dsp) != len(d['turns']):
            errs.append(f'{did}: spec turns {len(dsp)} != turns {len(d["turns"])}')

    print(f'courses: {len(courses)} rows, {sum(c.upcoming() for c in courses)} upcoming, {len(provs)} provinces')
    print(f'targets: {len(targets)}')
    print(f'questions: {len(qs)} kinds={kinds} styles={styles}')
    print(f'dialogues: {len(ds)} turns={sum(len(d["turns"]) for d in ds)} styles={dstyles}')
    for e in errs:
        print('ERROR', e)
    print(f'{len(errs)} errors')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
