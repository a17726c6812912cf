# Shared helpers for the set-19 generator and validator (folding, topic / audience keys, date parsing).
import re, unicodedata, datetime as dt

NOW = dt.datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()


def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()


# ---- topics -------------------------------------------------------------
TOPIC_RULES = [
    ('TL', ['thuong luong', 'doi thoai']),
    ('TC', ['tranh chap', 'dinh cong']),
    ('AT', ['an toan', 'atvsld', 'chay no']),
    ('NC', ['nu cong', 'binh dang gioi']),
    ('TCCD', ['tai chinh', 'ke toan']),
    ('KTRA', ['kiem tra']),
    ('PL', ['phap luat']),
    ('TG', ['tuyen truyen', 'tuyen giao']),
    ('PT', ['phat trien doan vien', 'thanh lap cdcs', 'thanh lap cong doan']),
    ('CDS', ['chuyen doi so', 'tin hoc', 'phan mem']),
    ('GV', ['giang vien', 'giang day']),
    ('VT', ['van thu', 'luu tru']),
    ('LLCT', ['ly luan chinh tri', 'quan ly nha nuoc']),
    ('NV', ['nghiep vu']),
]


def topic_of(cell, title):
    for src in (cell, title):
        f = fold(src)
        if not f:
            continue
        for k, kws in TOPIC_RULES:
            if any(w in f for w in kws):
                return k
    return None


# ---- audiences: every audience cell string used in courses.csv -> keys ----
AUD_CELLS = {
    'Chủ tịch CĐCS': {'CT'},
    'Chủ tịch, Phó chủ tịch CĐCS': {'CT', 'PCT'},
    'Chủ tịch và P.Chủ tịch CĐCS': {'CT', 'PCT'},
    'Chủ tịch CĐCS mới bầu': {'CT'},
    'Ủy viên BCH công đoàn': {'BCH'},
    'Ủy viên Ban chấp hành CĐCS': {'BCH'},
    'Chủ tịch CĐCS; Ủy viên BCH công đoàn': {'CT', 'BCH'},
    'Ủy viên ủy ban kiểm tra': {'UBKT'},
    'Ủy viên UBKT công đoàn các cấp': {'UBKT'},
    'Đoàn viên, người lao động': {'DVNLD'},
    'Đoàn viên, NLĐ': {'DVNLD'},
    'Cán bộ công đoàn không chuyên trách': {'KCT'},
    'Cán bộ công đoàn chuyên trách': {'CTR'},
    'Giảng viên kiêm chức': {'GVK'},
    'Cán bộ công đoàn cấp trên cơ sở': {'CAPTREN'},
    'Trưởng, phó ban nữ công CĐCS': {'NCB'},
    'Cán bộ nữ công': {'NCB'},
    'Kế toán, thủ quỹ công đoàn': {'KTOAN'},
    'Kế toán CĐCS': {'KTOAN'},
    'An toàn vệ sinh viên': {'ATVSV'},
    'Mạng lưới an toàn vệ sinh viên': {'ATVSV'},
    'An toàn vệ sinh viên; Đoàn viên, người lao động': {'ATVSV', 'DVNLD'},
    'Chủ tịch CĐCS + Kế toán CĐCS': {'CT', 'KTOAN'},
    'Chủ tịch CĐCS; Trưởng, phó ban nữ công CĐCS': {'CT', 'NCB'},
    'Ủy viên BCH công đoàn và Ủy viên ủy ban kiểm tra': {'BCH', 'UBKT'},
}


def aud_of(cell):
    return set(AUD_CELLS.get((cell or '').strip(), set()))


# ---- dates --------------------------------------------------------------
ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}
EXCEL0 = dt.date(1899, 12, 30)


def _d(day, mon, yr):
    return dt.date(int(yr), int(mon), int(day))


def parse_when(s):
    """Return ('date', start_date, end_date_or_None) or ('plan', pstart, pend) or None."""
    s = (s or '').strip()
    if not s:
        return None
    f = fold(s)
    m = re.fullmatch(r'(\d{5})(\.\d+)?', f)
    if m:
        d = EXCEL0 + dt.timedelta(days=int(m.group(1)))
        return ('date', d, None)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})( 00:00:00)?', f)
    if m:
        return ('date', _d(m.group(3), m.group(2), m.group(1)), None)
    # plans
    m = re.fullmatch(r'(?:quy|q) ?(i{1,3}|iv|\d)(?: nam |/)(\d{4})', f.replace('dau ', ''))
    if m:
        q = m.group(1).upper()
        q = ROMAN.get(q, None) or int(q)
        ps = dt.date(int(m.group(2)), 3 * q - 2, 1)
        pe = (dt.date(int(m.group(2)) + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1))
        return ('plan', ps, pe)
    m = re.fullmatch(r'6 thang dau nam (\d{4})', f)
    if m:
        y = int(m.group(1)); return ('plan', dt.date(y, 1, 1), dt.date(y, 6, 30))
    m = re.fullmatch(r'nam (\d{4})', f)
    if m:
        y = int(m.group(1)); return ('plan', dt.date(y, 1, 1), dt.date(y, 12, 31))
    m = re.fullmatch(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m.group(3)); a, b = int(m.group(1)), int(m.group(2))
        return ('plan', dt.date(y, a, 1), dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1))
    m = re.fullmatch(r'(?:cuoi |tuan \d )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        return ('plan', dt.date(y, mo, 1), dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
    # dated forms
    g = re.sub(r'^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|sang|chieu), ', '', f)
    g = re.sub(r'^(sang|chieu) ', '', g)
    g = re.sub(r'^\d{1,2}h\d{2} ngay ', '', g)
    g = re.sub(r' \(\d+ ngay\)$', '', g)
    g = re.sub(r' \d{1,2}[:h]\d{2}$', '', g)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', g)
    if m:
        return ('date', _d(*m.groups()), None)
    m = re.fullmatch(r'(\d{1,2})(?:-|, | va )(\d{1,2})/(\d{1,2})/(\d{4})', g)
    if m:
        a, b, mo, y = m.groups()
        return ('date', _d(a, mo, y), _d(b, mo, y))
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})(?: - | den )(\d{1,2})/(\d{1,2})/(\d{4})', g)
    if m:
        a, ma, b, mb, y = m.groups()
        return ('date', _d(a, ma, y), _d(b, mb, y))
    raise ValueError('unparsed date: %r' % s)


def fmt(d):
    return d.strftime('%d/%m/%Y')
