# -*- coding: utf-8 -*-
"""Shared catalogue, parsing and filtering for set b7 (used by gen.py, build_questions.py, validate.py)."""
import re, unicodedata, datetime as dt

NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r'[^a-z0-9]+', ' ', s.lower())
    return ' '.join(s.split())

# ---- catalogue -------------------------------------------------------------
TOPICS = {
 'NV': 'Nghiệp vụ công tác công đoàn', 'TL': 'Đối thoại, thương lượng tập thể',
 'AT': 'An toàn, vệ sinh lao động', 'PL': 'Pháp luật lao động, tư vấn pháp luật',
 'TC': 'Giải quyết tranh chấp lao động', 'NC': 'Công tác nữ công, bình đẳng giới',
 'TCH': 'Tài chính công đoàn', 'KT': 'Công tác kiểm tra công đoàn',
 'TG': 'Tuyên truyền, tuyên giáo', 'PT': 'Phát triển đoàn viên, thành lập CĐCS',
 'CDS': 'Tin học, chuyển đổi số', 'GV': 'Kỹ năng giảng dạy cho giảng viên',
 'VT': 'Văn thư, lưu trữ', 'LL': 'Quản lý nhà nước, lý luận chính trị'}
# organisers' own wording in the "Chủ đề" cell -> topic key (exact match after fold)
TOPIC_WORDS = {
 'NV': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'Nghiệp vụ công đoàn', 'Kỹ năng hoạt động công đoàn', 'NV công tác CĐ'],
 'TL': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', 'TLTT', 'Đối thoại tại nơi làm việc', 'Đối thoại và TLTT'],
 'AT': ['An toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn VSLĐ', 'ATVSLĐ - PCCN', 'Huấn luyện ATVSLĐ'],
 'PL': ['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật LĐ', 'Tư vấn pháp luật', 'Bộ luật Lao động, Luật Công đoàn 2024'],
 'TC': ['Giải quyết tranh chấp lao động', 'Tranh chấp LĐ', 'Tranh chấp lao động, ngừng việc tập thể'],
 'NC': ['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Nữ công - bình đẳng giới', 'Công tác nữ công'],
 'TCH': ['Tài chính công đoàn', 'Tài chính CĐ', 'Tài chính, kế toán CĐCS', 'Kế toán công đoàn'],
 'KT': ['Công tác kiểm tra công đoàn', 'Kiểm tra CĐ', 'UBKT', 'Kiểm tra, giám sát công đoàn'],
 'TG': ['Tuyên truyền, tuyên giáo', 'Tuyên giáo', 'Tuyên truyền'],
 'PT': ['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển ĐV', 'PTĐV, thành lập CĐCS'],
 'CDS': ['Tin học, chuyển đổi số', 'Chuyển đổi số', 'Tin học', 'CĐS trong hoạt động CĐ'],
 'GV': ['Kỹ năng giảng dạy cho giảng viên', 'Giảng viên kiêm chức', 'Phương pháp giảng dạy tích cực'],
 'VT': ['Văn thư, lưu trữ', 'Văn thư lưu trữ'],
 'LL': ['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị', 'Bồi dưỡng QLNN'],
}
TOPIC_LOOKUP = {fold(w): k for k, ws in TOPIC_WORDS.items() for w in ws}
# when the Chủ đề cell is empty: first keyword found in the title decides
TITLE_KEYS = [('ubkt', 'KT'), ('phan mem', 'CDS'), ('the doan vien', 'CDS'), ('quay roi', 'NC'), ('quan ly nha nuoc', 'LL'),
 ('luat cong doan', 'PL'), ('phap luat', 'PL'), ('phuong phap giang day', 'GV'), ('hoat dong cong doan', 'NV'), ('thuong luong', 'TL'), ('doi thoai', 'TL'), ('an toan', 'AT'), ('atvsld', 'AT'),
 ('tranh chap', 'TC'), ('nu cong', 'NC'), ('binh dang gioi', 'NC'), ('tai chinh', 'TCH'), ('ke toan', 'TCH'),
 ('kiem tra', 'KT'), ('tuyen truyen', 'TG'), ('tuyen giao', 'TG'), ('phat trien doan vien', 'PT'),
 ('chuyen doi so', 'CDS'), ('tin hoc', 'CDS'), ('giang vien', 'GV'), ('van thu', 'VT'),
 ('ly luan chinh tri', 'LL'), ('phap luat', 'PL'), ('nghiep vu', 'NV')]

AUD = {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'BCH': 'Ủy viên BCH công đoàn',
 'CTR': 'Cán bộ công đoàn chuyên trách', 'KCT': 'Cán bộ công đoàn không chuyên trách',
 'GVK': 'Giảng viên kiêm chức', 'CTCS': 'Cán bộ công đoàn cấp trên cơ sở', 'UBKT': 'Ủy viên ủy ban kiểm tra',
 'DV': 'Đoàn viên, người lao động',
 # not in the catalogue: kept as written by the organiser
 'KTOAN': 'Kế toán, thủ quỹ CĐCS', 'BNC': 'Ban nữ công CĐCS', 'ATVSV': 'An toàn vệ sinh viên'}
# one audience cell (organiser wording) -> set of audience keys
AUD_CELLS = {
 'Chủ tịch CĐCS': {'CT'}, 'Chủ tịch công đoàn cơ sở': {'CT'}, 'CT CĐCS mới bầu': {'CT'},
 'Chủ tịch, Phó Chủ tịch CĐCS': {'CT', 'PCT'}, 'CT, PCT công đoàn cơ sở': {'CT', 'PCT'},
 'Chủ tịch và P.Chủ tịch CĐCS doanh nghiệp': {'CT', 'PCT'},
 'Ủy viên BCH CĐCS': {'BCH'}, 'BCH công đoàn cơ sở': {'BCH'},
 'Cán bộ CĐCS': {'CT', 'PCT', 'BCH', 'KCT'}, 'Cán bộ công đoàn cơ sở (CT, PCT, UV BCH)': {'CT', 'PCT', 'BCH', 'KCT'},
 'Cán bộ công đoàn không chuyên trách': {'KCT'}, 'CBCĐ kiêm nhiệm': {'KCT'},
 'Cán bộ CĐ chuyên trách': {'CTR'}, 'CBCĐ chuyên trách LĐLĐ và CĐ cấp trên': {'CTR', 'CTCS'},
 'Cán bộ CĐ cấp trên cơ sở': {'CTCS'}, 'Cán bộ CĐ phường, xã, KCN': {'CTCS'},
 'Ủy viên UBKT CĐCS': {'UBKT'}, 'UBKT công đoàn các cấp': {'UBKT'},
 'Giảng viên kiêm chức': {'GVK'}, 'Đội ngũ giảng viên kiêm chức công đoàn': {'GVK'},
 'Đoàn viên, NLĐ': {'DV'}, 'Công nhân lao động': {'DV'}, 'Đoàn viên, công nhân lao động các KCN': {'DV'},
 'Kế toán, thủ quỹ CĐCS': {'KTOAN'}, 'Trưởng, phó ban nữ công CĐCS': {'BNC'}, 'An toàn vệ sinh viên': {'ATVSV'},
}
AUD_LOOKUP = {fold(k): v for k, v in AUD_CELLS.items()}

def parse_aud(cell):
    out = set()
    for part in re.split(r'\s*;\s*', cell or ''):
        if part.strip():
            out |= AUD_LOOKUP[fold(part)]
    return out

def parse_topic(cell, title):
    if cell and cell.strip():
        return TOPIC_LOOKUP[fold(cell)]
    f = fold(title)
    for kw, k in TITLE_KEYS:
        if kw in f:
            return k
    raise ValueError('no topic for ' + title)

# ---- provinces --------------------------------------------------------------
PROV_SPELL = {  # spelling in the CSV -> current province
 'TP.HCM': 'Hồ Chí Minh', 'TP Hồ Chí Minh': 'Hồ Chí Minh', 'Hồ Chí Minh': 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh': 'Hồ Chí Minh',
 'Đồng Nai': 'Đồng Nai', 'tỉnh Đồng Nai': 'Đồng Nai', 'Tây Ninh': 'Tây Ninh', 'Cần Thơ': 'Cần Thơ', 'TP Cần Thơ': 'Cần Thơ',
 'An Giang': 'An Giang', 'Đồng Tháp': 'Đồng Tháp', 'Vĩnh Long': 'Vĩnh Long', 'Cà Mau': 'Cà Mau',
 'Lâm Đồng': 'Lâm Đồng', 'Khánh Hòa': 'Khánh Hòa', 'Khánh Hoà': 'Khánh Hòa', 'Đắk Lắk': 'Đắk Lắk', 'Gia Lai': 'Gia Lai',
 'Quảng Ngãi': 'Quảng Ngãi', 'Đà Nẵng': 'Đà Nẵng', 'TP Đà Nẵng': 'Đà Nẵng', 'Huế': 'Huế', 'TP Huế': 'Huế', 'Quảng Trị': 'Quảng Trị'}
# former province -> (current province, keywords that put a row's place/organiser in that former province)
FORMER = {
 'Bình Dương': ('Hồ Chí Minh', ['binh duong', 'thu dau mot', 'di an', 'thuan an', 'song than', 'vsip', 'ben cat', 'tan uyen', 'my phuoc']),
 'Bà Rịa - Vũng Tàu': ('Hồ Chí Minh', ['vung tau', 'ba ria', 'phu my', 'con dao', 'long dien']),
 'Bình Phước': ('Đồng Nai', ['binh phuoc', 'dong xoai', 'chon thanh', 'minh hung']),
 'Long An': ('Tây Ninh', ['long an', 'tan an', 'duc hoa', 'ben luc', 'hai son']),
 'Sóc Trăng': ('Cần Thơ', ['soc trang', 'an nghiep']),
 'Hậu Giang': ('Cần Thơ', ['hau giang', 'vi thanh', 'tan phu thanh']),
 'Kiên Giang': ('An Giang', ['kien giang', 'rach gia', 'phu quoc', 'ha tien']),
 'Tiền Giang': ('Đồng Tháp', ['tien giang', 'my tho', 'tan huong', 'long giang']),
 'Bến Tre': ('Vĩnh Long', ['ben tre', 'giao long']),
 'Trà Vinh': ('Vĩnh Long', ['tra vinh', 'long duc']),
 'Bạc Liêu': ('Cà Mau', ['bac lieu']),
 'Bình Thuận': ('Lâm Đồng', ['binh thuan', 'phan thiet']),
 'Đắk Nông': ('Lâm Đồng', ['dak nong', 'gia nghia']),
 'Ninh Thuận': ('Khánh Hòa', ['ninh thuan', 'phan rang']),
 'Phú Yên': ('Đắk Lắk', ['phu yen', 'tuy hoa']),
 'Bình Định': ('Gia Lai', ['binh dinh', 'quy nhon']),
 'Kon Tum': ('Quảng Ngãi', ['kon tum']),
 'Quảng Nam': ('Đà Nẵng', ['quang nam', 'tam ky', 'hoi an', 'chu lai']),
 'Quảng Bình': ('Quảng Trị', ['quang binh', 'dong hoi']),
}

# ---- dates ------------------------------------------------------------------
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}

def _d(d, m, y):
    return dt.date(int(y), int(m), int(d))

def parse_when(cell):
    """-> dict(kind='dated', start=datetime, end=date|None) or dict(kind='planned', pstart=date, pend=date, label)"""
    s = cell.strip()
    f = fold(s)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m: return dict(kind='dated', start=dt.datetime(int(m[1]), int(m[2]), int(m[3]), 8, 0), end=None)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?', s)
    if m:
        h, mi = (int(m[4]), int(m[5])) if m[4] else (8, 0)
        return dict(kind='dated', start=dt.datetime(int(m[3]), int(m[2]), int(m[1]), h, mi), end=None)
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngày (\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m: return dict(kind='dated', start=dt.datetime(int(m[5]), int(m[4]), int(m[3]), int(m[1]), int(m[2])), end=None)
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?: \(\d+ ngày\))?', s)
    if m: return dict(kind='dated', start=dt.datetime(int(m[4]), int(m[3]), int(m[1]), 8), end=_d(m[2], m[3], m[4]))
    m = re.fullmatch(r'(?:Từ )?(\d{1,2})/(\d{1,2})(?: - | đến )(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m: return dict(kind='dated', start=dt.datetime(int(m[5]), int(m[2]), int(m[1]), 8), end=_d(m[3], m[4], m[5]))
    m = re.fullmatch(r'(?:cuoi )?(?:thang|t) ?(\d{1,2}) (?:nam )?(\d{4})', f)
    if m:
        y, mo = int(m[2]), int(m[1])
        return dict(kind='planned', pstart=dt.date(y, mo, 1), pend=_month_end(y, mo), label=f'tháng {mo}/{y}')
    m = re.fullmatch(r'thang (\d{1,2}) (\d{1,2}) (?:nam )?(\d{4})', f)
    if m:
        y = int(m[3]); return dict(kind='planned', pstart=dt.date(y, int(m[1]), 1), pend=_month_end(y, int(m[2])), label=f'tháng {m[1]}-{m[2]}/{y}')
    m = re.fullmatch(r'(?:quy|q) ?(i{1,3}|iv|\d) (?:nam )?(\d{4})', f)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        return dict(kind='planned', pstart=dt.date(y, 3 * q - 2, 1), pend=_month_end(y, 3 * q), label=f'quý {q}/{y}')
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', f)
    if m:
        y = int(m[2]); a = 1 if m[1] == 'dau' else 7
        return dict(kind='planned', pstart=dt.date(y, a, 1), pend=_month_end(y, a + 5), label=f"6 tháng {'đầu' if m[1] == 'dau' else 'cuối'} năm {y}")
    raise ValueError('date? ' + s)

def _month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))

def parse_day(cell, default_h, default_m):
    s = cell.strip()
    if not s: return None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m: return dt.datetime(int(m[1]), int(m[2]), int(m[3]), default_h, default_m)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?', s)
    if m:
        h, mi = (int(m[4]), int(m[5])) if m[4] else (default_h, default_m)
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]), h, mi)
    raise ValueError('day? ' + s)

# ---- a course row, read back from courses.csv --------------------------------
class Course:
    def __init__(self, r):
        self.r = r
        self.code = r['Mã lớp']; self.title = r['Tên lớp']; self.org = r['Đơn vị tổ chức']
        self.prov = PROV_SPELL[r['Tỉnh/Thành phố']]
        self.place = r['Địa điểm']
        self.topic = parse_topic(r['Chủ đề'], self.title)
        self.aud = parse_aud(r['Đối tượng'])
        mode = fold(r['Hình thức'])
        self.mode = 'online' if mode.startswith('truc tuyen') else 'hybrid' if mode.startswith('ket hop') else 'inperson'
        w = parse_when(r['Ngày bắt đầu'])
        self.kind = w['kind']
        if self.kind == 'dated':
            self.start = w['start']
            end = parse_day(r['Ngày kết thúc'], 17, 0)
            self.end = end.date() if end else (w['end'] or None)
            if self.end is None:
                nd = int(re.match(r'\d+', r['Số ngày'])[0]) if r['Số ngày'].strip() else 1
                self.end = self.start.date() + dt.timedelta(days=nd - 1)
            self.pstart = self.start.date(); self.pend = self.end
        else:
            self.start = None; self.pstart = w['pstart']; self.pend = w['pend']; self.end = None
            self.label = w['label']
        self.deadline = parse_day(r['Hạn đăng ký'], 23, 59)
        if self.deadline and self.kind == 'dated' and self.deadline.date() == self.start.date() and ':' not in r['Hạn đăng ký']:
            self.deadline = self.start  # a date-only deadline on the first day means: until the class starts
        st = fold(r['Trạng thái'])
        self.status = {'': 'open', 'mo dang ky': 'open', 'du kien': 'planned', 'da huy': 'cancelled', 'da ket thuc': 'finished'}[st]
        where = fold(self.place + ' ' + self.org)
        self.former = [fp for fp, (cur, kws) in FORMER.items() if cur == self.prov and any(k in where for k in kws)]
        self.days = r['Số ngày']

    @property
    def upcoming(self):
        if self.status in ('cancelled', 'finished'): return False
        if self.kind == 'dated': return self.start >= NOW
        return self.pend >= NOW.date()

    @property
    def registrable(self):
        return self.status == 'open' and self.kind == 'dated' and self.start >= NOW and (self.deadline is None or self.deadline >= NOW)

    def sortkey(self):
        return (self.pstart, 0 if self.kind == 'dated' else 1, self.code)

    def startstr(self):
        return self.start.strftime('%d/%m/%Y') if self.kind == 'dated' else self.label

def read_courses(path):
    import csv
    with open(path, encoding='utf-8-sig', newline='') as fh:
        return [Course(r) for r in csv.DictReader(fh)]

def match(c, spec):
    """spec keys: prov, former, topic (str|list), aud, mode ('online' = online or hybrid; 'inperson'),
       frm/to (yyyy-mm-dd window the class start (or whole planned period) must fall in), org (folded substring),
       title (folded substring, all of list), when: 'upcoming' (default) | 'registrable' | 'past' | 'any'
       dated_only: bool, codes: explicit list"""
    if 'codes' in spec: return c.code in spec['codes']
    when = spec.get('when', 'upcoming')
    if when == 'upcoming' and not c.upcoming: return False
    if when == 'registrable' and not c.registrable: return False
    if when == 'past' and c.status != 'finished': return False
    if spec.get('dated_only') and c.kind != 'dated': return False
    if 'prov' in spec and c.prov not in ([spec['prov']] if isinstance(spec['prov'], str) else spec['prov']): return False
    if 'former' in spec and spec['former'] not in c.former: return False
    if 'topic' in spec and c.topic not in ([spec['topic']] if isinstance(spec['topic'], str) else spec['topic']): return False
    if 'aud' in spec and not (set([spec['aud']] if isinstance(spec['aud'], str) else spec['aud']) & c.aud): return False
    if 'mode' in spec:
        if spec['mode'] == 'online' and c.mode not in ('online', 'hybrid'): return False
        if spec['mode'] == 'online_only' and c.mode != 'online': return False
        if spec['mode'] == 'hybrid_only' and c.mode != 'hybrid': return False
        if spec['mode'] == 'inperson' and c.mode == 'online': return False
    if 'frm' in spec:
        a = dt.date.fromisoformat(spec['frm']); b = dt.date.fromisoformat(spec['to'])
        if not (a <= c.pstart and c.pend <= b if c.kind == 'planned' else a <= c.pstart <= b): return False
    if 'org' in spec and fold(spec['org']) not in fold(c.org): return False
    if 'place_kw' in spec and fold(spec['place_kw']) not in fold(c.place): return False
    if spec.get('planned_only') and c.kind != 'planned': return False
    if 'title' in spec:
        t = fold(c.title)
        if not all(fold(x) in t for x in ([spec['title']] if isinstance(spec['title'], str) else spec['title'])): return False
    return True

def select(courses, spec):
    return sorted([c for c in courses if match(c, spec)], key=lambda c: c.sortkey())
