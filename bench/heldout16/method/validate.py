#!/usr/bin/env python3
"""Re-derive every expectation of set 16 from courses.csv, targets.csv and the seed articles.

The CSVs are parsed the way given/import-format.md describes them (header synonyms, `;`/`,` delimiter,
BOM, date forms, Vietnamese numbers).  Each question/dialogue turn has its criteria in
out/method/spec.json; this script applies them to the parsed CSV and compares with the expectations
written in questions.jsonl / dialogues.jsonl.  Prints the number of errors ("0 errors" when clean).
"""
import csv, io, json, os, re, sys, unicodedata
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'given', 'seeds')
NOW = datetime(2026, 11, 23, 9, 0)


# ---------------------------------------------------------------- folding
def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    s = s.lower()
    return re.sub(r'\s+', ' ', s).strip()


ABBR = [(r'\bldld\b', 'lien doan lao dong'), (r'\bcdcs\b', 'cong doan co so'), (r'\bcd\b', 'cong doan'),
        (r'\bkcn\b', 'khu cong nghiep'), (r'\bkkt\b', 'khu kinh te'), (r'\btp\.?\s', 'thanh pho '),
        (r'\bbch\b', 'ban chap hanh'), (r'\bubkt\b', 'uy ban kiem tra'), (r'\buv\b', 'uy vien'),
        (r'\bp\.\s?chu tich\b', 'pho chu tich'), (r'\bpct\b', 'pho chu tich'), (r'\batvsld\b', 'an toan ve sinh lao dong'),
        (r'\bnld\b', 'nguoi lao dong'), (r'\bcty\b', 'cong ty'), (r'\bhtx\b', 'hop tac xa')]


def expand(s):
    s = fold(s)
    for a, b in ABBR:
        s = re.sub(a, b, s)
    return re.sub(r'\s+', ' ', s).strip()


def has_place(hay, needle):
    """a place name as written (diacritics and case kept: «Hòa Xá» is not «hóa xã»)"""
    hay = unicodedata.normalize('NFC', hay or '')
    return re.search(r'(?<!\w)' + re.escape(unicodedata.normalize('NFC', needle)) + r'(?!\w)', hay) is not None


def has_word(hay, needle):
    return re.search(r'(?<![a-z0-9])' + re.escape(fold(needle)) + r'(?![a-z0-9])', fold(hay)) is not None


# ---------------------------------------------------------------- CSV reading
COURSE_COLS = {
    'stt': ['stt', 'tt'],
    'code': ['ma lop'],
    'title': ['ten lop', 'noi dung', 'ten lop hoc', 'noi dung tap huan'],
    'topic': ['chu de', 'linh vuc', 'chuyen de'],
    'aud': ['doi tuong', 'doi tuong tham gia', 'thanh phan'],
    'org': ['don vi to chuc', 'don vi thuc hien', 'don vi chu tri', 'don vi'],
    'partner': ['don vi phoi hop'],
    'prov': ['tinh/thanh pho', 'tinh / thanh pho', 'tinh thanh pho', 'tinh'],
    'venue': ['dia diem', 'dia diem to chuc'],
    'fmt': ['hinh thuc'],
    'start': ['ngay bat dau', 'thoi gian', 'thoi gian to chuc', 'thoi gian du kien', 'tu ngay'],
    'end': ['ngay ket thuc', 'den ngay'],
    'deadline': ['han dang ky'],
    'days': ['so ngay'],
    'seats': ['so cho', 'so luong', 'so hoc vien', 'sl'],
    'status': ['trang thai'],
    'note': ['ghi chu'],
    'remind': ['lich nhac'],
}
TARGET_COLS = {
    'code': ['ma chi tieu'], 'org': ['don vi'], 'year': ['nam'], 'content': ['noi dung'],
    'aud': ['doi tuong'], 'target': ['chi tieu'], 'unit': ['don vi tinh'], 'done': ['da dat'],
    'asof': ['tinh den ngay'], 'note': ['ghi chu'],
}


def header_key(h):
    h = re.sub(r'\(.*?\)', '', h)
    return re.sub(r'\s+', ' ', fold(h)).strip()


def read_table(path, cols):
    raw = open(path, 'rb').read()
    text = raw.decode('utf-8-sig')
    first = text.splitlines()[0]
    delim = max([';', ',', '\t'], key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    head = [header_key(h) for h in rows[0]]
    idx = {}
    for k, names in cols.items():
        for i, h in enumerate(head):
            if h in names:
                idx[k] = i
                break
    unknown = [rows[0][i] for i, h in enumerate(head) if not any(h in v for v in cols.values())]
    out = []
    for n, r in enumerate(rows[1:], start=2):
        if not any(x.strip() for x in r):
            continue
        d = {k: (r[i].strip() if i < len(r) else '') for k, i in idx.items()}
        for k in cols:
            d.setdefault(k, '')
        d['_row'] = n
        out.append(d)
    return out, unknown, delim


# ---------------------------------------------------------------- dates
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}


def _d(day, mon, yr, hh=8, mm=0):
    return datetime(int(yr), int(mon), int(day), int(hh), int(mm))


def month_end(y, m):
    return datetime(y + (m == 12), m % 12 + 1, 1)


def parse_point(cell, default_h, default_m=0):
    c = fold(cell)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?', c)
    if m:
        if m.group(4):
            return _d(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)), True
        return _d(m.group(1), m.group(2), m.group(3), default_h, default_m), False
    m = re.fullmatch(r'(\d{1,2})[h:](\d{2}) ngay (\d{1,2})/(\d{1,2})/(\d{4})', c)
    if m:
        return _d(m.group(3), m.group(4), m.group(5), m.group(1), m.group(2)), True
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{1,2}):(\d{2}))?', c)
    if m:
        if m.group(4):
            return _d(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5)), True
        return _d(m.group(3), m.group(2), m.group(1), default_h, default_m), False
    return None, False


def parse_start(cell):
    """-> dict(kind='date', start, end|None) or dict(kind='period', pstart, pend, label)"""
    c = fold(cell)
    p, _ = parse_point(cell, 8)
    if p:
        return {'kind': 'date', 'start': p, 'end': None}
    m = re.fullmatch(r'(\d{1,2})\s*-\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*\((\d+) ngay\))?', c)
    if m:
        return {'kind': 'date', 'start': _d(m.group(1), m.group(3), m.group(4)),
                'end': _d(m.group(2), m.group(3), m.group(4), 17)}
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', c)
    if m:
        y = int(m.group(5))
        return {'kind': 'date', 'start': _d(m.group(1), m.group(2), y), 'end': _d(m.group(3), m.group(4), y, 17)}
    m = re.fullmatch(r'(?:cuoi |dau |giua )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', c)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        return {'kind': 'period', 'pstart': datetime(y, mo, 1), 'pend': month_end(y, mo), 'label': 'month'}
    m = re.fullmatch(r'thang (\d{1,2})\s*(?:-|,)\s*(\d{1,2})(?:/| nam )(\d{4})', c)
    if m:
        y = int(m.group(3))
        return {'kind': 'period', 'pstart': datetime(y, int(m.group(1)), 1), 'pend': month_end(y, int(m.group(2))),
                'label': 'months'}
    m = re.fullmatch(r'(?:quy |q)(iv|iii|ii|i|[1-4])(?:/| nam )(\d{4})', c)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1))
        y = int(m.group(2))
        return {'kind': 'period', 'pstart': datetime(y, 3 * q - 2, 1), 'pend': month_end(y, 3 * q), 'label': 'quarter'}
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', c)
    if m:
        y = int(m.group(2))
        if m.group(1) == 'dau':
            return {'kind': 'period', 'pstart': datetime(y, 1, 1), 'pend': datetime(y, 7, 1), 'label': 'half'}
        return {'kind': 'period', 'pstart': datetime(y, 7, 1), 'pend': datetime(y + 1, 1, 1), 'label': 'half'}
    raise ValueError('unparsed start cell: %r' % cell)


def dmy(dt):
    return dt.strftime('%d/%m/%Y')


# ---------------------------------------------------------------- courses
TOPICS = [  # key, cell keywords, title keywords
    ('tranhchap', ['tranh chap'], ['tranh chap lao dong', 'ngung viec tap the', 'dinh cong']),
    ('doithoai', ['doi thoai', 'thuong luong'], ['doi thoai', 'thuong luong', 'dam phan']),
    ('atvsld', ['an toan', 've sinh lao dong', 'atvsld'], ['an toan, ve sinh lao dong', 'an toan ve sinh lao dong', 'atvsld', 'an toan ve sinh vien']),
    ('phapluat', ['phap luat'], ['phap luat']),
    ('nucong', ['nu cong', 'binh dang gioi'], ['nu cong', 'binh dang gioi']),
    ('taichinh', ['tai chinh'], ['tai chinh', 'ke toan']),
    ('kiemtra', ['kiem tra'], ['kiem tra']),
    ('tuyentruyen', ['tuyen truyen', 'tuyen giao'], ['tuyen truyen', 'tuyen giao']),
    ('phattrien', ['phat trien doan vien', 'thanh lap cdcs', 'thanh lap cong doan'], ['phat trien doan vien', 'thanh lap cong doan', 'thanh lap cdcs']),
    ('tinhoc', ['tin hoc', 'chuyen doi so'], ['tin hoc', 'chuyen doi so', 'phan mem']),
    ('giangday', ['giang day', 'giang vien'], ['giang day', 'giang vien']),
    ('vanthu', ['van thu', 'luu tru'], ['van thu', 'luu tru']),
    ('llct', ['ly luan chinh tri', 'quan ly nha nuoc'], ['ly luan chinh tri', 'quan ly nha nuoc']),
    ('nghiepvu', ['nghiep vu'], ['nghiep vu cong tac cong doan', 'nghiep vu cong doan']),
]


def topic_of(cell):
    c = fold(cell)
    for k, kws, _ in TOPICS:
        if any(w in c for w in kws):
            return k
    return None


def title_topics(title):
    t = fold(title).replace('cđcs', 'cdcs')
    return {k for k, _, tk in TOPICS if any(w in t for w in tk)}


def role_flags(aud):
    a = expand(aud)
    f = set()
    if 'pho chu tich' in a:
        f.add('pct')
    if 'chu tich' in a.replace('pho chu tich', ''):
        f.add('ct')
    if 'ban chap hanh' in a:
        f.add('bch')
    if 'kiem tra' in a:
        f.add('ubkt')
    if 'ke toan' in a or 'thu quy' in a:
        f.add('ketoan')
    if 'to truong' in a or 'to pho' in a:
        f.add('totruong')
    if 'giang vien' in a:
        f.add('gv')
    if re.search(r'(?<!khong )chuyen trach', a):
        f.add('chuyentrach')
    if 'cap tren co so' in a:
        f.add('captren')
    if 'nguoi lao dong' in a or 'doan vien' in a or 'cong nhan' in a:
        f.add('nld')
    if 'an toan ve sinh vien' in a or 'an toan, ve sinh vien' in a:
        f.add('atvsv')
    if 'khong chuyen trach' in a:
        f.add('kct')
    # a chair segment limited to one kind of unit («Chủ tịch CĐCS trường học», «… hợp tác xã», «… doanh nghiệp»)
    segs = [x for x in re.split(r'[;+]', a) if 'chu tich' in x]
    if segs and all(re.search(r'truong hoc|hop tac xa|doanh nghiep|cong doan truong', x) for x in segs):
        for r in ('ct', 'pct'):
            if r in f:
                f.discard(r)
                f.add(r + '_sub')
    if re.search(r'can bo (cong doan|cd) co so|can bo cong doan cac cap', a):
        f.add('generic')
    if 'nu cong' in a:
        f.add('nucong')
    return f


ROLE_LOOSE = {
    'ct': {'ct', 'ct_sub', 'generic', 'kct', 'bch'},
    'pct': {'pct', 'pct_sub', 'ct', 'ct_sub', 'generic', 'kct', 'bch'},
    'bch': {'bch', 'generic', 'kct'},
    'ubkt': {'ubkt', 'generic'},
    'ketoan': {'ketoan', 'generic'},
    'totruong': {'totruong', 'generic', 'kct'},
    'gv': {'gv'},
    'chuyentrach': {'chuyentrach', 'captren'},
    'captren': {'captren', 'chuyentrach'},
    'nld': {'nld', 'atvsv'},
}


def is_lienDoan(org):
    return expand(org).startswith('lien doan lao dong')


class Course:
    def __init__(self, r):
        self.r = r
        self.code = r['code']
        self.title = r['title']
        self.prov = r['prov']
        self.venue = r['venue']
        self.org = r['org']
        self.status = fold(r['status'])
        self.when = parse_start(r['start'])
        if self.when['kind'] == 'date' and r['end'] and self.when['end'] is None:
            self.when['end'], _ = parse_point(r['end'], 17)
        self.deadline = None
        if r['deadline']:
            self.deadline, timed = parse_point(r['deadline'], 23, 59)
            # a bare date equal to the opening day closes registration at the class's start time
            if not timed and self.when['kind'] == 'date' and self.deadline.date() == self.when['start'].date():
                self.deadline = self.when['start']
        self.topic = topic_of(r['topic'])
        self.ttopics = title_topics(r['title'])
        self.roles = role_flags(r['aud'])
        self.fmt = fold(r['fmt'])

    @property
    def dated(self):
        return self.when['kind'] == 'date'

    @property
    def cancelled(self):
        return self.status in ('da huy',)

    def upcoming(self):
        if self.cancelled:
            return False
        if self.dated:
            return self.when['start'] > NOW
        return self.when['pend'] > NOW

    def registrable(self):
        if not self.dated or not self.upcoming():
            return False
        if self.status not in ('', 'mo dang ky'):
            return False
        if self.deadline and self.deadline <= NOW:
            return False
        return True

    def sort_key(self):
        return self.when['start'] if self.dated else self.when['pstart']

    def start_dmy(self):
        return dmy(self.when['start'])

    def alltext(self):
        r = self.r
        return ' | '.join([r['title'], r['topic'], r['aud'], r['venue'], r['note'], r['org']])


def load_courses(path):
    rows, unknown, delim = read_table(path, COURSE_COLS)
    return [Course(r) for r in rows], unknown, delim


# ---------------------------------------------------------------- geography
PROVINCES = {  # current province -> constituent former provinces (first = the one whose name is kept)
    'Tuyên Quang': ['Tuyên Quang', 'Hà Giang'], 'Lào Cai': ['Lào Cai', 'Yên Bái'],
    'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'], 'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
    'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'], 'Cao Bằng': ['Cao Bằng'], 'Lạng Sơn': ['Lạng Sơn'],
    'Điện Biên': ['Điện Biên'], 'Lai Châu': ['Lai Châu'], 'Sơn La': ['Sơn La'], 'Quảng Ninh': ['Quảng Ninh'],
    'Hà Nội': ['Hà Nội'], 'Hải Phòng': ['Hải Phòng', 'Hải Dương'], 'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
    'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'],
}
FORMER_OF = {f: p for p, fs in PROVINCES.items() for f in fs[1:]}
# places (post-2025 wards/communes, industrial zones) -> former province, for merged provinces only
GAZ = {
    'Tuyên Quang': {'Tuyên Quang': ['Minh Xuân', 'An Tường', 'Nông Tiến', 'Na Hang', 'Lâm Bình', 'Chiêm Hóa', 'Sơn Dương', 'Hàm Yên'],
                    'Hà Giang': ['Hà Giang 1', 'Hà Giang 2', 'Đồng Văn', 'Mèo Vạc', 'Lũng Cú', 'Xín Mần', 'Yên Minh', 'Quản Bạ', 'Vị Xuyên', 'Bắc Quang', 'Hoàng Su Phì', 'Thanh Thủy']},
    'Lào Cai': {'Lào Cai': ['Cam Đường', 'Sa Pa', 'Bát Xát', 'Y Tý', 'Mường Khương', 'Bắc Hà', 'Bản Vược', 'Si Ma Cai', 'Bảo Thắng'],
                'Yên Bái': ['Văn Phú', 'Nam Cường', 'Nghĩa Lộ', 'Mù Cang Chải', 'Trạm Tấu', 'Lục Yên', 'Văn Chấn', 'Yên Bình', 'Trấn Yên']},
    'Thái Nguyên': {'Thái Nguyên': ['Phan Đình Phùng', 'Quyết Thắng', 'Phổ Yên', 'Sông Công', 'Yên Bình', 'Điềm Thụy', 'Đại Từ', 'Gia Sàng'],
                    'Bắc Kạn': ['Đức Xuân', 'Ba Bể', 'Chợ Đồn', 'Pác Nặm', 'Na Rì', 'Ngân Sơn', 'Chợ Mới']},
    'Phú Thọ': {'Phú Thọ': ['Việt Trì', 'Thụy Vân', 'Tân Sơn', 'Thanh Sơn', 'Nông Trang', 'Phù Ninh'],
                'Vĩnh Phúc': ['Vĩnh Yên', 'Bá Thiện', 'Bình Xuyên', 'Khai Quang', 'Phúc Yên', 'Tam Đảo'],
                'Hòa Bình': ['Mai Châu', 'Đà Bắc', 'Lạc Sơn', 'Tân Lạc', 'Kỳ Sơn', 'Lương Sơn']},
    'Bắc Ninh': {'Bắc Ninh': ['Kinh Bắc', 'Võ Cường', 'Yên Phong', 'Từ Sơn', 'VSIP Bắc Ninh', 'Quế Võ', 'Tiên Sơn', 'Thuận Thành'],
                 'Bắc Giang': ['Quang Châu', 'Nếnh', 'Vân Trung', 'Đình Trám', 'Lục Ngạn', 'Sơn Động', 'Yên Thế', 'Việt Yên', 'Đa Mai']},
    'Hải Phòng': {'Hải Phòng': ['Hồng Bàng', 'Lê Chân', 'Đình Vũ', 'Tràng Duệ', 'Ngô Quyền', 'Hải An', 'Thủy Nguyên', 'Đông Hải'],
                  'Hải Dương': ['Thành Đông', 'Đại An', 'Chí Linh', 'Phúc Điền', 'Kinh Môn', 'Cẩm Giàng', 'Tứ Minh', 'Nam Sách', 'Lê Thanh Nghị']},
    'Hưng Yên': {'Hưng Yên': ['Phố Hiến', 'Sơn Nam', 'Mỹ Hào', 'Phố Nối A', 'Thăng Long II', 'Văn Giang', 'Yên Mỹ'],
                 'Thái Bình': ['Trần Lãm', 'Tiền Hải', 'Liên Hà Thái', 'Thái Thụy', 'Kiến Xương', 'Vũ Thư', 'Quỳnh Phụ']},
    'Ninh Bình': {'Ninh Bình': ['Hoa Lư', 'Tam Điệp', 'Khánh Phú', 'Gia Viễn', 'Kim Sơn'],
                  'Hà Nam': ['Phủ Lý', 'Duy Tiên', 'Đồng Văn', 'Châu Sơn', 'Kim Bảng'],
                  'Nam Định': ['Thiên Trường', 'Hòa Xá', 'Trực Ninh', 'Hải Hậu', 'Giao Thủy', 'Mỹ Lộc']},
}


# a former district asked by name also covers the communes it held (venues name the commune only)
DISTRICT_PARTS = {'Bát Xát': ['Y Tý', 'Bản Vược'], 'Đồng Văn': ['Lũng Cú'], 'Trùng Khánh': ['Đàm Thủy', 'Trà Lĩnh'],
                  'Mường Nhé': ['Sín Thầu'], 'Phong Thổ': ['Dào San'], 'Cao Lộc': ['Đồng Đăng'], 'Vị Xuyên': ['Thanh Thủy'],
                  'Cẩm Phả': ['Mông Dương'], 'Việt Yên': ['Quang Châu', 'Nếnh', 'Vân Trung', 'Đình Trám'],
                  'Mê Linh': ['Quang Minh'], 'Sóc Sơn': ['Nội Bài'], 'Đông Anh': ['Thăng Long'], 'Phổ Yên': ['Yên Bình'],
                  'Bình Xuyên': ['Bá Thiện'], 'Cẩm Giàng': ['Phúc Điền'], 'Hạ Long': ['Hồng Gai', 'Bãi Cháy', 'Cái Lân']}


def at_place(venue, place):
    return has_place(venue, place) or any(has_place(venue, p) for p in DISTRICT_PARTS.get(place, []))


def region_of(c):
    """former province of a class held in a merged province, from its venue; None if not stated"""
    fs = PROVINCES.get(c.prov)
    if not fs or len(fs) == 1:
        return fs[0] if fs else None
    found = set()
    for f in fs:
        if has_place(c.venue, f):
            found.add(f)
    if not found:
        for f, places in GAZ[c.prov].items():
            for p in places:
                if has_place(c.venue, p):
                    found.add(f)
    # a ward named after a former capital ("phường Yên Bái") is that territory; several hits = unclear
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- course matching
def match_courses(courses, crit):
    """returns (strict, loose) lists of courses for a question's criteria"""
    strict, loose = [], []
    win = crit.get('win')
    if win:
        w0 = datetime.strptime(win[0], '%Y-%m-%d')
        w1 = datetime.strptime(win[1], '%Y-%m-%d') + timedelta(days=1)
    for c in courses:
        if crit.get('include_cancelled'):
            if c.dated and c.when['start'] <= NOW:
                continue
        elif not c.upcoming():
            continue
        s = l = True
        if crit.get('prov') and c.prov != crit['prov']:
            continue
        if crit.get('former'):
            if c.prov != FORMER_OF[crit['former']]:
                continue
            reg = region_of(c)
            if reg is None:
                s = False
            elif reg != crit['former']:
                continue
        if crit.get('place'):
            if not at_place(c.venue, crit['place']):
                continue
        if crit.get('org'):
            if not any(k in expand(c.org) for k in crit['org']):
                continue
        if crit.get('topic'):
            t = crit['topic']
            if c.topic == t:
                pass
            elif t in c.ttopics:
                s = False
            else:
                continue
        if crit.get('role'):
            ro = crit['role']
            if ro in c.roles:
                if not (is_lienDoan(c.org) or crit.get('org') or crit.get('place')):
                    s = False
            elif ro + '_sub' in c.roles and (crit.get('org') or crit.get('place')):
                pass  # the union asked about runs it for its own kind of unit
            elif c.roles & ROLE_LOOSE[ro]:
                s = False
            else:
                continue
        if win:
            if c.dated:
                if not (w0 <= c.when['start'] < w1):
                    continue
            else:
                if c.when['pstart'] >= w0 and c.when['pend'] <= w1:
                    pass
                elif c.when['pstart'] < w1 and c.when['pend'] > w0:
                    s = False
                else:
                    continue
        if crit.get('fmt') == 'online':
            if c.fmt.startswith('truc tuyen'):
                pass
            elif 'truc tuyen' in c.fmt:
                s = False
            else:
                continue
        if crit.get('eth'):
            t = fold(c.title)
            if 'dan toc' in t or 'song ngu' in t:
                pass
            elif re.search(r'dan toc|song ngu|tieng (mong|dao|tay|nung|thai)', fold(c.alltext())):
                s = False
            else:
                continue
        if crit.get('border'):
            if 'bien gioi' in fold(c.title + ' ' + c.venue):
                pass
            elif re.search(r'bien gioi|cua khau', fold(c.alltext())):
                s = False
            else:
                continue
        if crit.get('title_kw'):
            if not all(k in fold(c.title) for k in crit['title_kw']):
                continue
        if crit.get('date'):
            if not (c.dated and c.start_dmy() == crit['date']):
                continue
        if s:
            strict.append(c)
        loose.append(c)
    key = lambda c: (c.sort_key(), c.code)
    return sorted(strict, key=key), sorted(loose, key=key)


def text_for(c, what):
    if what == 'date':
        return c.start_dmy()
    if what == 'deadline':
        return dmy(c.deadline)
    if what == 'end':
        return dmy(c.when['end'])
    raise ValueError(what)


def check_text(c, t):
    """a string the reply about class c must contain: its start/deadline/end date or a word of its venue"""
    if re.fullmatch(r'\d{2}/\d{2}/\d{4}', t):
        ok = [c.start_dmy() if c.dated else None]
        if c.deadline:
            ok.append(dmy(c.deadline))
        if c.dated and c.when.get('end'):
            ok.append(dmy(c.when['end']))
        return t in ok
    if fold(t) in fold(c.venue):
        return True
    if re.fullmatch(r'\d+( ngay)?', fold(t)):
        return fold(t).split()[0] == re.sub(r'\D', '', c.r['days'] or 'x').lstrip('0')
    return False


# ---------------------------------------------------------------- targets
def vn_number(s):
    s = s.strip().rstrip('%').strip()
    if not s:
        return None
    if re.fullmatch(r'\d{1,3}(\.\d{3})+(,\d+)?', s):
        return float(s.replace('.', '').replace(',', '.'))
    return float(s.replace(',', '.'))


def org_key(s):
    s = expand(s)
    return s


def load_targets(path):
    rows, unknown, delim = read_table(path, TARGET_COLS)
    return rows, unknown, delim


def year_span(y):
    m = re.fullmatch(r'(\d{4})\s*[-–]\s*(\d{4})', y.strip())
    if m:
        return int(m.group(1)), int(m.group(2))
    return int(y), int(y)


def match_targets(targets, crit):
    """strict: same union, exact year; debatable: a multi-year target of that union covering the year"""
    strict, debat = [], []
    okey = org_key(crit['org'])
    for t in targets:
        if org_key(t['org']) != okey:
            continue
        if crit.get('aud') and crit['aud'] not in fold(t['aud'] + ' ' + t['content']):
            continue
        a, b = year_span(t['year'])
        ya, yb = year_span(crit['year'])
        if (a, b) == (ya, yb):
            strict.append(t)
        elif a <= ya and yb <= b or ya <= a and b <= yb:
            debat.append(t)
    return strict, debat


# ---------------------------------------------------------------- main
def main():
    errs = []

    def err(m):
        errs.append(m)

    out = HERE
    courses, unk_c, _ = load_courses(os.path.join(out, 'courses.csv'))
    targets, unk_t, _ = load_targets(os.path.join(out, 'targets.csv'))
    spec = json.load(open(os.path.join(out, 'method', 'spec.json'), encoding='utf-8'))
    seeds = ''.join(open(os.path.join(SEEDS, f), encoding='utf-8').read() for f in sorted(os.listdir(SEEDS)))
    by_code = {c.code: c for c in courses}
    tby = {t['code']: t for t in targets}

    # ---- table checks (what the import would reject)
    if unk_c:
        err('courses.csv: unknown columns %s' % unk_c)
    if unk_t:
        err('targets.csv: unknown columns %s' % unk_t)
    if len(courses) < 300:
        err('only %d classes' % len(courses))
    if len(by_code) != len(courses):
        err('duplicate class codes')
    provs = {c.prov for c in courses}
    if len(provs) < 15:
        err('only %d provinces' % len(provs))
    for c in courses:
        if c.prov not in PROVINCES:
            err('%s: province %r not current' % (c.code, c.prov))
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', c.code):
            err('%s: bad code' % c.code)
        if not c.title or len(c.title) > 300:
            err('%s: title' % c.code)
        if c.status not in ('', 'du kien', 'mo dang ky', 'da huy', 'da ket thuc'):
            err('%s: status %r' % (c.code, c.r['status']))
        if c.fmt and c.fmt not in ('tap trung (truc tiep)', 'truc tuyen', 'ket hop (truc tiep va truc tuyen)', 'tap trung', 'ket hop'):
            err('%s: format %r' % (c.code, c.r['fmt']))
        if c.dated:
            if c.when.get('end') and c.when['end'] < c.when['start']:
                err('%s: end before start' % c.code)
            if c.deadline and c.deadline > c.when['start'] and c.deadline.date() != c.when['start'].date():
                err('%s: deadline after start' % c.code)
        else:
            if c.status not in ('du kien', 'da huy'):
                err('%s: period class must say Dự kiến' % c.code)
            if c.deadline:
                err('%s: period class with deadline' % c.code)
        if c.topic is None and c.r['topic']:
            pass  # out-of-catalogue topic words are kept verbatim (a warning, not an error)
    if len(targets) < 40:
        err('only %d targets' % len(targets))
    if len(tby) != len(targets):
        err('duplicate target codes')
    for t in targets:
        for k in ('code', 'org', 'year', 'content', 'target', 'unit'):
            if not t[k]:
                err('target %s: empty %s' % (t['code'], k))
        vn_number(t['target'])
        if t['done']:
            vn_number(t['done'])
        year_span(t['year'])

    # ---- questions
    qs = [json.loads(l) for l in open(os.path.join(out, 'questions.jsonl'), encoding='utf-8') if l.strip()]
    qspec = spec['questions']
    kinds, styles = {}, {}
    ids = set()
    for q in qs:
        qid = q['id']
        if qid in ids:
            err('dup id ' + qid)
        ids.add(qid)
        for k in ('id', 'q', 'style', 'kind', 'expect', 'expect_text'):
            if k not in q:
                err('%s: missing %s' % (qid, k))
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
        styles[q['style']] = styles.get(q['style'], 0) + 1
        if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'):
            err('%s: style' % qid)
        if q['style'] in ('plain', 'abbrev') and fold(q['q']) != q['q'].lower():
            err('%s: %s question carries diacritics' % (qid, q['style']))
        sp = qspec.get(qid)
        if sp is None:
            err('%s: no spec' % qid)
            continue
        if q['kind'] == 'course':
            crit = sp['crit']
            if crit.get('prov_from_profile'):
                crit = dict(crit, prov=q['profile']['province'])
            if crit.get('role_from_profile') and crit['role'] not in role_flags(q['profile']['role']):
                err('%s: role not the profile\'s' % qid)
            st, lo = match_courses(courses, crit)
            sc, lc = [c.code for c in st], [c.code for c in lo]
            if not st or sc != lc:
                err('%s: debatable/empty match strict=%s loose=%s' % (qid, sc, lc))
            if sorted(q['expect']) != sorted(sc):
                err('%s: expect %s but derived %s' % (qid, q['expect'], sc))
            if not 1 <= len(q['expect']) <= 4:
                err('%s: %d expected codes' % (qid, len(q['expect'])))
            for t in q.get('expect_text', []):
                if len(st) != 1 or not check_text(st[0], t):
                    err('%s: expect_text %r not derivable' % (qid, t))
            for t in sp.get('derive_text', []):
                if len(st) != 1 or text_for(st[0], t) not in q['expect_text']:
                    err('%s: derived %s missing from expect_text' % (qid, t))
        elif q['kind'] == 'target':
            crit = sp['crit']
            st, deb = match_targets(targets, crit)
            if deb:
                err('%s: debatable (multi-year target covers year)' % qid)
            if sorted(q['expect']) != sorted(t['code'] for t in st) or not st:
                err('%s: target expect %s derived %s' % (qid, q['expect'], [t['code'] for t in st]))
            figs = set()
            for t in st:
                figs.add(t['target'])
                if t['done']:
                    figs.add(t['done'])
            for f in q['expect_text']:
                if f not in figs:
                    err('%s: figure %r not in its targets' % (qid, f))
            if not q['expect_text']:
                err('%s: no figures' % qid)
        elif q['kind'] == 'fact':
            if q['expect']:
                err('%s: fact with codes' % qid)
            if not q['expect_text']:
                err('%s: fact without text' % qid)
            for t in q['expect_text']:
                if t not in seeds:
                    err('%s: %r not in seeds' % (qid, t))
        elif q['kind'] == 'off_topic':
            if q['expect'] or q['expect_text']:
                err('%s: off_topic with expectations' % qid)
            nt = sp.get('near')
            if nt and nt.get('year'):
                y = nt['year']
                if nt['what'] in ('class', 'both') and any(
                        c.dated and c.when['start'].year == y or (not c.dated and c.when['pstart'].year <= y < c.when['pend'].year + (c.when['pend'].month > 1)) for c in courses):
                    err('%s: a class exists in %s' % (qid, y))
                if nt['what'] in ('target', 'both') and any(
                        org_key(t['org']) == org_key(nt['org']) and year_span(t['year'])[0] <= y <= year_span(t['year'])[1] for t in targets):
                    err('%s: a target exists for %s' % (qid, y))
            if nt and nt.get('prov_absent'):
                if any(c.prov == nt['prov_absent'] for c in courses):
                    err('%s: classes exist in %s' % (qid, nt['prov_absent']))
        else:
            err('%s: kind %s' % (qid, q['kind']))
    if len(qs) < 300:
        err('only %d questions' % len(qs))
    if styles and max(styles.values()) - min(styles.values()) > len(qs) * 0.05:
        err('styles uneven %s' % styles)
    ot = [q for q in qs if q['kind'] == 'off_topic']
    near = sum(1 for q in ot if qspec.get(q['id'], {}).get('near'))
    if abs(near - (len(ot) - near)) > 2:
        err('off_topic near/unrelated unbalanced %d/%d' % (near, len(ot) - near))

    # ---- dialogues
    ds = [json.loads(l) for l in open(os.path.join(out, 'dialogues.jsonl'), encoding='utf-8') if l.strip()]
    dspec = spec['dialogues']
    nturns = 0
    for d in ds:
        did = d['id']
        sp = dspec.get(did)
        if not sp:
            err('%s: no spec' % did)
            continue
        if not 4 <= len(d['turns']) <= 6:
            err('%s: %d turns' % (did, len(d['turns'])))
        nturns += len(d['turns'])
        lists = {}
        focus = None
        for i, (turn, ts) in enumerate(zip(d['turns'], sp['turns'])):
            e = turn['expect']
            kind = e['kind']
            if kind != ts['kind']:
                err('%s t%d kind' % (did, i))
            if kind == 'course_list':
                crit = ts['crit']
                if crit.get('prov_from_profile'):
                    crit = dict(crit, prov=d['profile']['province'])
                st, lo = match_courses(courses, crit)
                sc, lc = [c.code for c in st], [c.code for c in lo]
                if sc != lc or not st:
                    err('%s t%d: debatable list %s / %s' % (did, i, sc, lc))
                if e['codes'] != sc:
                    err('%s t%d: list %s derived %s' % (did, i, e['codes'], sc))
                if len(sc) > 5:
                    err('%s t%d: list too long' % (did, i))
                keys = [c.sort_key() for c in st]
                if len(set(keys)) != len(keys):
                    err('%s t%d: list order ambiguous' % (did, i))
                if any(not c.dated for c in st) and len(st) > 1 and ts.get('ordinal_follow'):
                    err('%s t%d: period class in an ordinal list' % (did, i))
                lists[i] = sc
                focus = sc[0] if len(sc) == 1 else None
            elif kind in ('course', 'register'):
                ref = ts['ref']
                if 'list' in ref:
                    code = lists[ref['list']][ref['n']]
                elif 'code' in ref:
                    code = ref['code']
                    if ref.get('crit'):
                        st, lo = match_courses(courses, ref['crit'])
                        if [c.code for c in st] != [code] or [c.code for c in lo] != [code]:
                            err('%s t%d: correction target not unique %s' % (did, i, [c.code for c in lo]))
                else:
                    code = focus
                if e['codes'] != [code]:
                    err('%s t%d: codes %s, derived %s' % (did, i, e['codes'], code))
                c = by_code.get(code)
                if c is None:
                    err('%s t%d: unknown code' % (did, i))
                    continue
                for t in e.get('text', []):
                    if not check_text(c, t):
                        err('%s t%d: text %r not of %s' % (did, i, t, code))
                for t in ts.get('derive_text', []):
                    if text_for(c, t) not in e.get('text', []):
                        err('%s t%d: derived %s missing' % (did, i, t))
                if kind == 'register' and not c.registrable():
                    err('%s t%d: %s not open for registration' % (did, i, code))
                if kind == 'course' and not (c.upcoming() or ts.get('allow_cancelled')):
                    err('%s t%d: %s not upcoming' % (did, i, code))
                focus = code
            elif kind == 'target':
                st, deb = match_targets(targets, ts['crit'])
                if deb or not st or sorted(e['codes']) != sorted(t['code'] for t in st):
                    err('%s t%d: target %s derived %s' % (did, i, e['codes'], [t['code'] for t in st]))
                figs = {t['target'] for t in st} | {t['done'] for t in st if t['done']}
                for f in e.get('text', []):
                    if f not in figs:
                        err('%s t%d: figure %r' % (did, i, f))
            elif kind == 'fact':
                if not e.get('text'):
                    err('%s t%d: fact without text' % (did, i))
                for t in e.get('text', []):
                    if t not in seeds:
                        err('%s t%d: %r not in seeds' % (did, i, t))
            elif kind == 'off_topic':
                if e.get('codes') or e.get('text'):
                    err('%s t%d: off_topic with expectations' % (did, i))
    if len(ds) < 35:
        err('only %d dialogues' % len(ds))

    for m in errs[:200]:
        print(m)
    print('classes=%d provinces=%d targets=%d questions=%d %s %s dialogues=%d turns=%d' % (
        len(courses), len(provs), len(targets), len(qs), json.dumps(kinds, ensure_ascii=False),
        json.dumps(styles), len(ds), nturns))
    print('%d errors' % len(errs))
    return len(errs)


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
