#!/usr/bin/env python3
"""Re-derive every expectation of blind set 17 from courses.csv, targets.csv and the seed articles.

The CSVs are parsed the way given/import-format.md describes (header synonyms, ';' ',' or tab,
BOM, date forms, list values folded).  Each question / dialogue turn has a machine-readable
spec in method/specs.jsonl (the filter a person means); this script evaluates the filter on
the parsed CSV and checks that `expect` / `expect_text` are exactly what the filter gives.

Usage: python3 validate.py      -> prints the problems and finally "<n> errors"
"""
import csv, io, json, os, re, sys, unicodedata
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, '..', 'given', 'seeds'))
NOW = datetime(2026, 11, 23, 9, 0)

# ----------------------------------------------------------------------------- folding
def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    s = s.lower()
    s = re.sub(r'\s+', ' ', s).strip()
    return s

def fold_header(s):
    s = re.sub(r'\(.*?\)', '', s or '')
    return re.sub(r'[^a-z0-9]', '', fold(s))

# ----------------------------------------------------------------------------- catalogues
TOPICS = ['Nghiệp vụ công tác công đoàn', 'Đối thoại, thương lượng tập thể', 'An toàn, vệ sinh lao động',
          'Pháp luật lao động, tư vấn pháp luật', 'Giải quyết tranh chấp lao động',
          'Công tác nữ công, bình đẳng giới', 'Tài chính công đoàn', 'Công tác kiểm tra công đoàn',
          'Tuyên truyền, tuyên giáo', 'Phát triển đoàn viên, thành lập CĐCS', 'Tin học, chuyển đổi số',
          'Kỹ năng giảng dạy cho giảng viên', 'Văn thư, lưu trữ', 'Quản lý nhà nước, lý luận chính trị']
TOPIC_KEYS = {'Nghiệp vụ công tác công đoàn': 'nghiepvu', 'Đối thoại, thương lượng tập thể': 'tlld',
              'An toàn, vệ sinh lao động': 'atvsld', 'Pháp luật lao động, tư vấn pháp luật': 'phapluat',
              'Giải quyết tranh chấp lao động': 'tranhchap', 'Công tác nữ công, bình đẳng giới': 'nucong',
              'Tài chính công đoàn': 'taichinh', 'Công tác kiểm tra công đoàn': 'kiemtra',
              'Tuyên truyền, tuyên giáo': 'tuyengiao', 'Phát triển đoàn viên, thành lập CĐCS': 'ptdv',
              'Tin học, chuyển đổi số': 'cds', 'Kỹ năng giảng dạy cho giảng viên': 'giangday',
              'Văn thư, lưu trữ': 'vanthu', 'Quản lý nhà nước, lý luận chính trị': 'llct'}
TOPIC_SYN = {fold(k): v for k, v in TOPIC_KEYS.items()}
TOPIC_SYN.update({'atvsld': 'atvsld', 'an toan ve sinh lao dong': 'atvsld',
                  'thuong luong tap the': 'tlld', 'cong tac nu cong': 'nucong',
                  'nu cong, binh dang gioi': 'nucong', 'tin hoc, chuyen doi so': 'cds',
                  'tai chinh cong doan': 'taichinh', 'kiem tra cong doan': 'kiemtra',
                  'phap luat lao dong': 'phapluat'})

AUDS = {'ct': 'Chủ tịch CĐCS', 'pct': 'Phó chủ tịch CĐCS', 'bch': 'Ủy viên BCH công đoàn',
        'chuyentrach': 'Cán bộ công đoàn chuyên trách', 'kct': 'Cán bộ công đoàn không chuyên trách',
        'gvkc': 'Giảng viên kiêm chức', 'captren': 'Cán bộ công đoàn cấp trên cơ sở',
        'ubkt': 'Ủy viên ủy ban kiểm tra', 'dvnld': 'Đoàn viên, người lao động'}
AUD_SYN = {
    'chu tich cdcs': 'ct', 'chu tich cong doan co so': 'ct', 'chu tich': 'ct', 'ct cdcs': 'ct',
    'pho chu tich cdcs': 'pct', 'p.chu tich cdcs': 'pct', 'pct cdcs': 'pct', 'pct': 'pct',
    'p.chu tich cong doan co so': 'pct', 'pho chu tich cong doan co so': 'pct',
    'uy vien bch cong doan': 'bch', 'uy vien bch': 'bch', 'uy vien ban chap hanh cong doan co so': 'bch',
    'uy vien bch cdcs': 'bch', 'uy vien ban chap hanh': 'bch',
    'can bo cong doan chuyen trach': 'chuyentrach', 'can bo cong doan khong chuyen trach': 'kct',
    'giang vien kiem chuc': 'gvkc', 'can bo cong doan cap tren co so': 'captren',
    'uy vien uy ban kiem tra': 'ubkt', 'uy vien ubkt': 'ubkt', 'uy vien ubkt cdcs': 'ubkt',
    'doan vien, nguoi lao dong': 'dvnld', 'doan vien va nguoi lao dong': 'dvnld',
}
# who else a class is "also for" (a chair is a BCH member, a non-full-time cadre and a member)
BROAD = {'ct': {'bch', 'kct', 'dvnld'}, 'pct': {'bch', 'kct', 'dvnld'}, 'bch': {'kct', 'dvnld'},
         'ubkt': set(), 'gvkc': set(), 'captren': set(), 'chuyentrach': set(), 'kct': {'dvnld'},
         'dvnld': set()}

PROVINCES = ['Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Đồng Tháp', 'Vĩnh Long', 'Cần Thơ', 'An Giang', 'Cà Mau',
             'Lâm Đồng', 'Khánh Hòa', 'Đắk Lắk', 'Gia Lai', 'Quảng Ngãi', 'Đà Nẵng', 'Huế', 'Hà Nội']
PROV_SYN = {fold(p): p for p in PROVINCES}
PROV_SYN.update({'tp hcm': 'Hồ Chí Minh', 'tp ho chi minh': 'Hồ Chí Minh', 'tp.hcm': 'Hồ Chí Minh',
                 'thanh pho ho chi minh': 'Hồ Chí Minh', 'tp can tho': 'Cần Thơ', 'tp da nang': 'Đà Nẵng',
                 'tp hue': 'Huế', 'thanh pho hue': 'Huế', 'tp ha noi': 'Hà Nội'})
# former provinces (before 1/7/2025) -> (current province, words by which a venue lies in it)
FORMER = {
    'Bình Dương': ('Hồ Chí Minh', ['Bình Dương', 'Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'VSIP I', 'Bến Cát', 'Tân Uyên']),
    'Bà Rịa - Vũng Tàu': ('Hồ Chí Minh', ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ']),
    'Bình Phước': ('Đồng Nai', ['Bình Phước', 'Đồng Xoài', 'Chơn Thành', 'Minh Hưng']),
    'Long An': ('Tây Ninh', ['Long An', 'Tân An', 'Đức Hòa', 'Long Hậu', 'Cần Giuộc']),
    'Tiền Giang': ('Đồng Tháp', ['Tiền Giang', 'Mỹ Tho', 'Long Giang', 'Gò Công']),
    'Bến Tre': ('Vĩnh Long', ['Bến Tre', 'Giao Long', 'An Hiệp']),
    'Trà Vinh': ('Vĩnh Long', ['Trà Vinh', 'Long Đức']),
    'Sóc Trăng': ('Cần Thơ', ['Sóc Trăng', 'An Nghiệp', 'Phú Lợi']),
    'Hậu Giang': ('Cần Thơ', ['Hậu Giang', 'Vị Thanh', 'Tân Phú Thạnh']),
    'Kiên Giang': ('An Giang', ['Kiên Giang', 'Rạch Giá', 'Phú Quốc', 'Thạnh Lộc']),
    'Bạc Liêu': ('Cà Mau', ['Bạc Liêu', 'Trà Kha']),
    'Bình Thuận': ('Lâm Đồng', ['Bình Thuận', 'Phan Thiết']),
    'Đắk Nông': ('Lâm Đồng', ['Đắk Nông', 'Gia Nghĩa']),
    'Ninh Thuận': ('Khánh Hòa', ['Ninh Thuận', 'Phan Rang']),
    'Phú Yên': ('Đắk Lắk', ['Phú Yên', 'Tuy Hòa']),
    'Bình Định': ('Gia Lai', ['Bình Định', 'Quy Nhơn', 'Phú Tài', 'Nhơn Hội']),
    'Kon Tum': ('Quảng Ngãi', ['Kon Tum']),
    'Quảng Nam': ('Đà Nẵng', ['Quảng Nam', 'Tam Kỳ', 'Hội An', 'Điện Nam']),
}
NATIONAL_ORGS = ['cong doan giao duc viet nam', 'cong doan y te viet nam', 'cong doan cong thuong viet nam',
                 'truong dai hoc cong doan', 'tong lien doan lao dong viet nam', 'tong ldld viet nam']

# ----------------------------------------------------------------------------- CSV reading
def read_table(path):
    raw = open(path, 'rb').read()
    text = raw.decode('utf-8-sig')
    first = text.split('\n', 1)[0]
    delim = max([';', ',', '\t'], key=lambda d: first.count(d))
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    return rows

COURSE_HEADERS = {
    'code': ['malop'], 'title': ['tenlop', 'noidung', 'tenlophoc', 'noidungtaphuan'],
    'topic': ['chude', 'linhvuc', 'chuyende'], 'aud': ['doituong', 'doituongthamgia', 'thanhphan'],
    'org': ['donvitochuc', 'donvithuchien', 'donvichutri', 'donvi'], 'partner': ['donviphoihop'],
    'prov': ['tinhthanhpho'], 'venue': ['diadiem', 'diadiemtochuc'], 'fmt': ['hinhthuc'],
    'start': ['ngaybatdau', 'thoigian', 'thoigiantochuc', 'thoigiandukien', 'tungay'],
    'end': ['ngayketthuc', 'denngay'], 'deadline': ['handangky'], 'days': ['songay'],
    'seats': ['socho', 'soluong', 'sohocvien', 'sl'], 'status': ['trangthai'], 'note': ['ghichu'],
    'remind': ['lichnhac'], 'stt': ['stt', 'tt'],
}
TARGET_HEADERS = {
    'code': ['machitieu'], 'unit': ['donvi'], 'year': ['nam'], 'content': ['noidung'], 'aud': ['doituong'],
    'value': ['chitieu'], 'uom': ['donvitinh'], 'done': ['dadat'], 'asof': ['tinhdenngay'], 'note': ['ghichu'],
}

def map_headers(hdr, spec, errs, where):
    m = {}
    for i, h in enumerate(hdr):
        k = fold_header(h)
        for key, names in spec.items():
            if k in names:
                if key in m:
                    errs.append(f'{where}: header {h!r} duplicates a column')
                m[key] = i
                break
        else:
            errs.append(f'{where}: unknown header {h!r}')
    return m

ROMAN = {'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi'}

class Course:
    pass

def dt(d, mo, y, h=None, mi=None, default=(8, 0)):
    if h is None:
        h, mi = default
    return datetime(int(y), int(mo), int(d), int(h), int(mi))

def month_end(y, m):
    return datetime(y + (m == 12), m % 12 + 1, 1)

QMAP = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4, '1': 1, '2': 2, '3': 3, '4': 4}

def parse_date_cell(s, default=(8, 0)):
    """-> ('day', start, end_or_None) | ('period', pstart, pend, label) ; raises ValueError"""
    t = s.strip()
    f = fold(t)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?', f)
    if m:
        return ('day', dt(m[1], m[2], m[3], m[4], m[5], default), None)
    m = re.fullmatch(r'(\d{1,2})[:h](\d{2}) ngay (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        return ('day', dt(m[3], m[4], m[5], m[1], m[2]), None)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        return ('day', dt(m[3], m[2], m[1], None, None, default), None)
    m = re.fullmatch(r'(\d{1,2})\s*-\s*(\d{1,2})/(\d{1,2})/(\d{4})(?: \(\d+ ngay\))?', f)
    if m:
        return ('day', dt(m[1], m[3], m[4]), dt(m[2], m[3], m[4], 17, 0))
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        return ('day', dt(m[1], m[2], m[5]), dt(m[3], m[4], m[5], 17, 0))
    m = re.fullmatch(r'(?:cuoi |dau |giua )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y, mo = int(m[2]), int(m[1])
        return ('period', datetime(y, mo, 1), month_end(y, mo), f'tháng {mo}/{y}')
    m = re.fullmatch(r'thang (\d{1,2})\s*-\s*(\d{1,2})/(\d{4})', f)
    if m:
        y, a, b = int(m[3]), int(m[1]), int(m[2])
        return ('period', datetime(y, a, 1), month_end(y, b), f'tháng {a}-{b}/{y}')
    m = re.fullmatch(r'(?:quy |q)(iv|iii|ii|i|[1-4])(?:/| nam )(\d{4})', f)
    if m:
        q, y = QMAP[m[1]], int(m[2])
        return ('period', datetime(y, 3 * q - 2, 1), month_end(y, 3 * q), f'quý {q}/{y}')
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', f)
    if m:
        y = int(m[2])
        return ('period', datetime(y, 1 if m[1] == 'dau' else 7, 1), month_end(y, 6 if m[1] == 'dau' else 12), '')
    m = re.fullmatch(r'nam (\d{4})', f)
    if m:
        y = int(m[1])
        return ('period', datetime(y, 1, 1), datetime(y + 1, 1, 1), f'năm {y}')
    raise ValueError(f'unreadable date {s!r}')

def map_topic(cell):
    f = fold(cell)
    if not f:
        return None
    if f in TOPIC_SYN:
        return TOPIC_SYN[f]
    return 'raw:' + f

def split_aud(cell):
    s = cell.replace('Đoàn viên, người lao động', 'Đoàn viên và người lao động')
    parts = re.split(r';|\+|/| và |,', s)
    out = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        f = fold(p)
        if f == 'doan vien':
            out.append('dvnld'); continue
        if f == 'nguoi lao dong':
            continue
        out.append(AUD_SYN.get(f, 'raw:' + f))
    return out

def parse_courses(path, errs):
    rows = read_table(path)
    hm = map_headers(rows[0], COURSE_HEADERS, errs, 'courses.csv')
    for need in ('title', 'start'):
        if need not in hm:
            errs.append(f'courses.csv: missing column {need}')
    out, seen = [], {}
    for ln, r in enumerate(rows[1:], start=2):
        g = lambda k: (r[hm[k]].strip() if k in hm and hm[k] < len(r) else '')
        stt = fold(g('stt'))
        if re.fullmatch(r'[ivxl]+|[a-z]', stt or '-'):
            continue                      # section row
        if fold(g('title')) in ('tong cong', 'cong'):
            continue                      # total row
        if not g('title') and not g('start'):
            continue
        c = Course()
        c.line = ln
        c.code = g('code')
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', c.code):
            errs.append(f'courses.csv line {ln}: bad code {c.code!r}')
        if c.code in seen:
            errs.append(f'courses.csv line {ln}: duplicate code {c.code}')
        seen[c.code] = ln
        c.title = g('title')
        if not c.title:
            errs.append(f'courses.csv line {ln}: empty title')
        c.topic = map_topic(g('topic'))
        c.aud = split_aud(g('aud'))
        c.org = g('org'); c.partner = g('partner')
        pc = fold(g('prov'))
        c.prov = PROV_SYN.get(pc)
        if g('prov') and not c.prov:
            errs.append(f'courses.csv line {ln}: unknown province {g("prov")!r}')
        c.venue = g('venue')
        ff = fold(re.sub(r'\(.*?\)', '', g('fmt'))).strip()
        c.fmt = {'': 'tt', 'tap trung': 'tt', 'truc tuyen': 'online', 'ket hop': 'ket_hop'}.get(ff)
        if c.fmt is None:
            errs.append(f'courses.csv line {ln}: bad format {g("fmt")!r}')
        st = fold(g('status'))
        c.status = {'': 'mo', 'mo dang ky': 'mo', 'du kien': 'du_kien', 'da huy': 'huy',
                    'da ket thuc': 'ket_thuc'}.get(st)
        if c.status is None:
            errs.append(f'courses.csv line {ln}: bad status {g("status")!r}')
        c.note = g('note')
        c.start = c.end = c.period = c.deadline = None
        c.plabel = ''
        try:
            d = parse_date_cell(g('start'))
            if d[0] == 'day':
                c.start, c.end = d[1], d[2]
            else:
                c.period = (d[1], d[2]); c.plabel = d[3]
        except ValueError as e:
            errs.append(f'courses.csv line {ln}: {e}')
        m = re.match(r'\s*(\d+)', g('days'))
        c.days = int(m[1]) if m else None
        if g('end'):
            try:
                d = parse_date_cell(g('end'), default=(17, 0))
                c.end = d[1]
            except ValueError as e:
                errs.append(f'courses.csv line {ln}: end {e}')
        if c.start and c.end is None:
            c.end = (c.start + timedelta(days=(c.days or 1) - 1)).replace(hour=17, minute=0) \
                if c.start.hour < 17 else c.start.replace(hour=21, minute=0)
        if g('deadline'):
            try:
                d = parse_date_cell(g('deadline'), default=(23, 59))
                c.deadline = d[1]
            except ValueError as e:
                errs.append(f'courses.csv line {ln}: deadline {e}')
        if c.start and c.end and c.end < c.start:
            errs.append(f'courses.csv line {ln}: end before start')
        if c.deadline and c.start and c.deadline.date() > c.start.date():
            errs.append(f'courses.csv line {ln}: deadline after start')
        if c.deadline and c.start and c.deadline > c.start:
            c.deadline = c.start
        m = re.search(r'(\d+)', g('seats'))
        c.seats = int(m[1]) if m else None
        if c.period and c.status == 'mo':
            errs.append(f'courses.csv line {ln}: a period-dated class marked open')
        c.national = any(n in fold(c.org) for n in NATIONAL_ORGS)
        out.append(c)
    return out

# ----------------------------------------------------------------------------- course semantics
def is_upcoming(c):
    if c.status in ('huy', 'ket_thuc'):
        return False
    if c.start:
        return c.start > NOW
    return c.period[1] > NOW

def registerable(c):
    return (c.status == 'mo' and c.start is not None and c.start > NOW and
            (c.deadline or c.start) > NOW)

def territory(c):
    v = fold(c.venue + ' ' + c.org)
    return [fp for fp, (cur, words) in FORMER.items() if c.prov == cur and any(fold(w) in v for w in words)]

def dmy(d):
    return d.strftime('%d/%m/%Y')

def match(c, flt):
    """-> None | 'strict' | 'broad' | 'ambiguous'"""
    level = 'strict'
    if 'prov' in flt and c.prov != flt['prov']:
        return None
    if 'former' in flt:
        cur = FORMER[flt['former']][0]
        if c.prov != cur or flt['former'] not in territory(c):
            return None
    if 'place' in flt:
        hay = fold(c.venue + ' | ' + c.org)
        if not any(fold(p) in hay for p in flt['place']):
            return None
    if 'org' in flt and fold(flt['org']) not in fold(c.org):
        return None
    if 'topic' in flt and c.topic != flt['topic']:
        return None
    if 'title' in flt and not all(fold(w) in fold(c.title) for w in flt['title']):
        return None
    if 'not_title' in flt and any(fold(w) in fold(c.title) for w in flt['not_title']):
        return None
    if 'aud' in flt:
        a = flt['aud']
        if a.startswith('raw:'):
            if not any(x.startswith('raw:') and fold(a[4:]) in x for x in c.aud):
                return None
        elif a not in c.aud:
            if BROAD[a] & set(c.aud):
                level = 'broad'
            else:
                return None
    if 'national' in flt and c.national != flt['national']:
        return None
    if 'fmt' in flt:
        if flt['fmt'] == 'online':
            if c.fmt == 'tt':
                return None
            if c.fmt == 'ket_hop':
                level = 'broad'
        elif c.fmt != flt['fmt']:
            return None
    if flt.get('evening'):
        if not (c.start and c.start.hour >= 17):
            return None
    if 'start_date' in flt and not (c.start and c.start.strftime('%Y-%m-%d') == flt['start_date']):
        return None
    if 'start_month' in flt and not (c.start and c.start.strftime('%Y-%m') == flt['start_month']):
        return None
    if flt.get('weekend'):
        if not (c.start and c.start.weekday() >= 5):
            return None
    t = flt.get('time', 'upcoming')
    if t == 'upcoming':
        if not is_upcoming(c):
            return None
    elif t == 'past':
        if c.status == 'huy' or c.start is None or c.start > NOW:
            return None
    elif t == 'cancelled':
        if c.status != 'huy':
            return None
    elif t == 'any':
        pass
    elif t == 'window':
        if c.status in ('huy', 'ket_thuc'):
            return None
        ws = datetime.fromisoformat(flt['from']); we = datetime.fromisoformat(flt['to'])
        if c.start:
            if not (ws <= c.start < we and c.start > NOW):
                return None
        else:
            ps, pe = c.period
            if pe <= ws or ps >= we or pe <= NOW:
                return None
            if not (ps >= ws and pe <= we):
                return 'ambiguous'
    return level

def select(courses, flt):
    res = [(c, match(c, flt)) for c in courses]
    return [(c, m) for c, m in res if m]

def sort_key(c):
    return (c.start or c.period[0], c.code)

# ----------------------------------------------------------------------------- targets
def vn_number(s):
    s = s.strip().rstrip('%').strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+(,\d+)?', s):
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '.')
    return float(s)

class Target:
    pass

def parse_targets(path, errs):
    rows = read_table(path)
    hm = map_headers(rows[0], TARGET_HEADERS, errs, 'targets.csv')
    out, seen = [], set()
    for ln, r in enumerate(rows[1:], start=2):
        g = lambda k: (r[hm[k]].strip() if k in hm and hm[k] < len(r) else '')
        t = Target()
        t.line = ln
        for k in TARGET_HEADERS:
            setattr(t, k, g(k))
        for k in ('code', 'unit', 'year', 'content', 'value', 'uom'):
            if not getattr(t, k):
                errs.append(f'targets.csv line {ln}: empty {k}')
        if t.code in seen:
            errs.append(f'targets.csv line {ln}: duplicate {t.code}')
        seen.add(t.code)
        m = re.fullmatch(r'(\d{4})(?:\s*[-–]\s*(\d{4}))?', t.year)
        if not m:
            errs.append(f'targets.csv line {ln}: bad year {t.year!r}')
            t.y0 = t.y1 = 0
        else:
            t.y0 = int(m[1]); t.y1 = int(m[2] or m[1])
        try:
            t.v = vn_number(t.value)
            t.d = vn_number(t.done) if t.done else None
        except ValueError:
            errs.append(f'targets.csv line {ln}: bad number')
        if t.asof and not re.fullmatch(r'\d{2}/\d{2}/\d{4}', t.asof):
            errs.append(f'targets.csv line {ln}: bad date {t.asof!r}')
        if t.aud and split_aud(t.aud)[0].startswith('raw:'):
            errs.append(f'targets.csv line {ln}: audience outside the list')
        out.append(t)
    return out

def target_match(t, flt):
    if 'unit' in flt and fold(flt['unit']) != fold(t.unit):
        return False
    if 'year' in flt:
        y = flt['year']
        if isinstance(y, str):
            if t.year.replace('–', '-') != y:
                return False
        elif not (t.y0 == y == t.y1):
            return False
    if 'content' in flt and not all(fold(w) in fold(t.content) for w in flt['content']):
        return False
    if 'aud' in flt and fold(flt['aud']) != fold(t.aud):
        return False
    return True

# ----------------------------------------------------------------------------- checks
def seed_texts():
    out = {}
    for fn in sorted(os.listdir(SEEDS)):
        out[fn[:3]] = open(os.path.join(SEEDS, fn), encoding='utf-8').read()
    return out

def course_set(courses, flt, errs, where, limit=4):
    sel = select(courses, flt)
    if any(m == 'ambiguous' for _, m in sel):
        errs.append(f'{where}: a period-dated class straddles the window -> debatable')
    sel = [(c, m) for c, m in sel if m != 'ambiguous']
    if not any(m == 'strict' for _, m in sel):
        errs.append(f'{where}: no strictly matching class')
    if len(sel) > limit:
        errs.append(f'{where}: {len(sel)} right answers (> {limit})')
    # a former province: every class of the merged province that fits must lie in the former territory
    if 'former' in flt:
        g = {k: v for k, v in flt.items() if k != 'former'}
        g['prov'] = FORMER[flt['former']][0]
        if len(select(courses, g)) != len(sel):
            errs.append(f'{where}: classes elsewhere in the merged province also fit -> debatable')
    # a question whose place comes only from the profile: nationwide online classes are right too
    if flt.get('plus_national'):
        g = {k: v for k, v in flt.items() if k not in ('prov', 'former', 'place', 'plus_national')}
        g['national'] = True
        g.setdefault('fmt', 'online')
        have = {c.code for c, _ in sel}
        extra = [(c, m) for c, m in select(courses, g) if c.code not in have and m != 'ambiguous']
        sel = sel + extra
        if len(sel) > limit:
            errs.append(f'{where}: {len(sel)} right answers with nationwide classes (> {limit})')
    # a question about nationwide classes must not also be answered by a provincial one
    if flt.get('national') is True and not flt.get('specific'):
        g = dict(flt); g['national'] = False
        if select(courses, g):
            errs.append(f'{where}: a provincial class also matches -> debatable')
    return sorted([c for c, _ in sel], key=sort_key)

def text_of(c, field):
    if field == 'start':
        return dmy(c.start)
    if field == 'end':
        return dmy(c.end)
    if field == 'deadline':
        return dmy(c.deadline or c.start)
    if field.startswith('venue:'):
        w = field[6:]
        return w if w in c.venue else None
    if field.startswith('note:'):
        w = field[5:]
        return w if w in c.note else None
    raise ValueError(field)

def main():
    errs = []
    courses = parse_courses(os.path.join(HERE, 'courses.csv'), errs)
    targets = parse_targets(os.path.join(HERE, 'targets.csv'), errs)
    bycode = {c.code: c for c in courses}
    tby = {t.code: t for t in targets}
    seeds = seed_texts()
    specs = {}
    for line in open(os.path.join(HERE, 'method', 'specs.jsonl'), encoding='utf-8'):
        s = json.loads(line); specs[s['id']] = s

    provs = {c.prov for c in courses if c.prov}
    if len(courses) < 300: errs.append(f'only {len(courses)} classes')
    if len(provs) < 15: errs.append(f'only {len(provs)} provinces')
    if len(targets) < 40: errs.append(f'only {len(targets)} targets')

    STYLES = {'diacritics', 'plain', 'abbrev', 'typo'}
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    ids = set()
    for q in qs:
        w = q['id']
        if w in ids: errs.append(f'{w}: duplicate id')
        ids.add(w)
        if q['style'] not in STYLES: errs.append(f'{w}: bad style')
        if q['style'] == 'plain' and fold(q['q']) != q['q'].lower() and re.search(r'[^\x00-\x7f]', q['q']):
            errs.append(f'{w}: plain style with diacritics')
        sp = specs.get(w)
        if not sp:
            errs.append(f'{w}: no spec'); continue
        k = q['kind']
        if k == 'course':
            got = course_set(courses, sp['filter'], errs, w)
            if sorted(q['expect']) != sorted(c.code for c in got):
                errs.append(f'{w}: expect {q["expect"]} != derived {[c.code for c in got]}')
            for tx, field in zip(q.get('expect_text', []), sp.get('text', [])):
                if len(got) != 1 or text_of(got[0], field) != tx:
                    errs.append(f'{w}: expect_text {tx!r} not derived ({field})')
            if len(q.get('expect_text', [])) != len(sp.get('text', [])):
                errs.append(f'{w}: expect_text count')
        elif k == 'target':
            got = [t for t in targets if target_match(t, sp['filter'])]
            if not got or len(got) > 4:
                errs.append(f'{w}: {len(got)} targets match')
            if sorted(q['expect']) != sorted(t.code for t in got):
                errs.append(f'{w}: expect {q["expect"]} != {[t.code for t in got]}')
            for tx in q['expect_text']:
                if not any(tx in (t.value, t.done) for t in got):
                    errs.append(f'{w}: figure {tx!r} not in the expected targets')
            if not q['expect_text']:
                errs.append(f'{w}: no figures')
        elif k == 'fact':
            if q['expect']: errs.append(f'{w}: fact with codes')
            txt = seeds[sp['seed']]
            for tx in q['expect_text']:
                if tx not in txt:
                    errs.append(f'{w}: {tx!r} not in seed {sp["seed"]}')
            if not q['expect_text']: errs.append(f'{w}: fact without text')
        elif k == 'off_topic':
            if q['expect'] or q.get('expect_text'):
                errs.append(f'{w}: off_topic with expectations')
            chk = sp.get('check')
            if chk:
                if chk.get('filter') and select(courses, chk['filter']):
                    errs.append(f'{w}: off_topic question is answered by a class')
                if chk.get('year'):
                    y = chk['year']
                    if any((c.start or c.period[0]).year == y for c in courses) or \
                       any(t.y0 <= y <= t.y1 for t in targets):
                        errs.append(f'{w}: year {y} has records')
                if chk.get('year_courses'):
                    y = chk['year_courses']
                    if any((c.start or c.period[0]).year == y for c in courses):
                        errs.append(f'{w}: year {y} has classes')
                if chk.get('absent'):
                    for word in chk['absent']:
                        for c in courses:
                            if fold(word) in fold(c.note + ' ' + c.venue):
                                errs.append(f'{w}: {word!r} appears in class {c.code}')
                        for s_ in seeds.values():
                            if fold(word) in fold(s_):
                                errs.append(f'{w}: {word!r} appears in a seed')
        else:
            errs.append(f'{w}: bad kind {k}')
    kinds = {}
    for q in qs:
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
    if len(qs) < 300: errs.append(f'only {len(qs)} questions')

    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    if len(ds) < 35: errs.append(f'only {len(ds)} dialogues')
    for d in ds:
        w = d['id']
        if w in ids: errs.append(f'{w}: duplicate id')
        ids.add(w)
        if d['style'] not in STYLES: errs.append(f'{w}: bad style')
        if not 4 <= len(d['turns']) <= 6: errs.append(f'{w}: {len(d["turns"])} turns')
        sp = specs.get(w)
        if not sp or len(sp['turns']) != len(d['turns']):
            errs.append(f'{w}: spec missing'); continue
        for i, (t, ts) in enumerate(zip(d['turns'], sp['turns'])):
            tw = f'{w} turn {i+1}'
            e = t['expect']; k = e['kind']
            if k != ts['kind']:
                errs.append(f'{tw}: kind'); continue
            if k == 'course_list':
                got = course_set(courses, ts['filter'], errs, tw, limit=5)
                if any(c.start is None for c in got):
                    errs.append(f'{tw}: a period-dated class in a list (order debatable)')
                st = [c.start for c in got]
                if len(set(st)) != len(st):
                    errs.append(f'{tw}: two classes start together (order debatable)')
                if e['codes'] != [c.code for c in got]:
                    errs.append(f'{tw}: codes {e["codes"]} != {[c.code for c in got]}')
            elif k in ('course', 'register'):
                if 'list' in ts:
                    lst = course_set(courses, ts['list'], [], tw, limit=5)
                    lst = [c for c in lst if c.start]
                    if ts['index'] >= len(lst):
                        errs.append(f'{tw}: index out of list'); continue
                    c = lst[ts['index']]
                else:
                    got = course_set(courses, ts['filter'], errs, tw, limit=1)
                    if len(got) != 1:
                        errs.append(f'{tw}: not one class'); continue
                    c = got[0]
                if e['codes'][:1] != [c.code]:
                    errs.append(f'{tw}: codes {e["codes"]} != {c.code}')
                for tx, field in zip(e.get('text', []), ts.get('text', [])):
                    if text_of(c, field) != tx:
                        errs.append(f'{tw}: text {tx!r} not derived ({field})')
                if len(e.get('text', [])) != len(ts.get('text', [])):
                    errs.append(f'{tw}: text count')
                if k == 'register' and not registerable(c):
                    errs.append(f'{tw}: class {c.code} cannot take registrations')
            elif k == 'target':
                got = [x for x in targets if target_match(x, ts['filter'])]
                if sorted(e['codes']) != sorted(x.code for x in got) or not got:
                    errs.append(f'{tw}: target codes')
                for tx in e.get('text', []):
                    if not any(tx in (x.value, x.done) for x in got):
                        errs.append(f'{tw}: figure {tx!r}')
            elif k == 'fact':
                for tx in e.get('text', []):
                    if tx not in seeds[ts['seed']]:
                        errs.append(f'{tw}: {tx!r} not in seed')
                if not e.get('text'): errs.append(f'{tw}: fact without text')
            elif k == 'off_topic':
                if e.get('codes') or e.get('text'):
                    errs.append(f'{tw}: off_topic with expectations')
            else:
                errs.append(f'{tw}: bad kind')
    for e in errs:
        print(e)
    print(f'{len(errs)} errors')
    return courses, targets

if __name__ == '__main__':
    main()
