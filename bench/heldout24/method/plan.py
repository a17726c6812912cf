"""Parse given/courses.csv (organiser plan as offices write it) into class records.
Used by build.py and validate.py. Now = Mon 23/11/2026 09:00 Asia/Ho_Chi_Minh."""
import csv, re, unicodedata, datetime as dt, os

HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = os.path.join(HERE, '..', 'given')
NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}

def month_end(y, m):
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)

def parse_date_cell(cell):
    """-> (first_day, last_day, planned) ; planned=True when only month/quarter given."""
    s = fold(cell)
    s = re.sub(r'^(thu (hai|ba|tu|nam|sau|bay)|cn|t\d),\s*', '', s)
    s = re.sub(r'^(sang|chieu)\s+', '', s)
    s = re.sub(r'^\d{1,2}h\d{2} ngay\s+', '', s)
    if re.fullmatch(r'\d{5}', s):
        d = dt.date(1899, 12, 30) + dt.timedelta(days=int(s))
        return d, d, False
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3])); return d, d, False
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(\s+\d{1,2}:\d{2})?', s)
    if m:
        d = dt.date(int(m[3]), int(m[2]), int(m[1])); return d, d, False
    # ranges: 4-8/6/2027 ; 1 va 2/12/2027 ; 20-22/3/2027
    m = re.fullmatch(r'(\d{1,2})\s*(?:-|va)\s*(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y, mo = int(m[4]), int(m[3])
        return dt.date(y, mo, int(m[1])), dt.date(y, mo, int(m[2])), False
    # 15/10 - 19/10/2027 ; tu 09/10 den 10/10/2026
    m = re.fullmatch(r'(?:tu\s+)?(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        y = int(m[5])
        return dt.date(y, int(m[2]), int(m[1])), dt.date(y, int(m[4]), int(m[3])), False
    # quarters
    m = re.fullmatch(r'(?:quy|q)\s*([ivx]+|\d)/(\d{4})', s)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), True
    # months
    m = re.fullmatch(r'(?:cuoi )?(?:thang |t)(\d{1,2})(?:-(\d{1,2}))?(?:/| nam )(\d{4})', s)
    if m:
        y = int(m[3]); a = int(m[1]); b = int(m[2] or m[1])
        return dt.date(y, a, 1), month_end(y, b), True
    raise ValueError('unparsed date: %r' % cell)

def parse_end(cell):
    s = fold(cell)
    if not s:
        return None
    m = re.match(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    return dt.date(int(m[3]), int(m[2]), int(m[1]))

TOPIC_RULES = [  # (key, folded substrings of the Chủ đề cell)
    ('TC', ['tranh chap']), ('TL', ['thuong luong', 'doi thoai']), ('AT', ['an toan', 'atvsld']),
    ('PL', ['phap luat']), ('NC', ['nu cong']), ('TCH', ['tai chinh']), ('KT', ['kiem tra']),
    ('TG', ['tuyen giao', 'tuyen truyen']), ('PT', ['phat trien doan vien']),
    ('CDS', ['chuyen doi so', 'tin hoc']), ('GV', ['giang day', 'giang vien']), ('VT', ['van thu']),
    ('QL', ['ly luan chinh tri', 'quan ly nha nuoc']), ('NV', ['nghiep vu']),
]

def topic_key(cell):
    f = fold(cell)
    for k, subs in TOPIC_RULES:
        if any(x in f for x in subs):
            return k
    raise ValueError('unknown topic %r' % cell)

def mode_key(cell):
    f = fold(cell)
    if not f or f.startswith('tap trung'):
        return 'direct'
    if f.startswith('ket hop') or ('truc tiep' in f and 'truc tuyen' in f):
        return 'mixed'
    if f.startswith('truc tuyen'):
        return 'online'
    raise ValueError(cell)

def status_key(cell):
    f = fold(cell)
    if f in ('da huy', 'da huy'):
        return 'cancelled'
    if f == 'da ket thuc':
        return 'finished'
    if f in ('', 'mo dang ky', 'du kien', 'da hoan', 'hoan', 'tam hoan'):
        return f or 'blank'
    raise ValueError(cell)

def load_courses():
    path = os.path.join(GIVEN, 'courses.csv')
    with open(path, encoding='utf-8-sig') as fh:
        rows = list(csv.reader(fh, delimiter=';'))
    hdr_i = next(i for i, r in enumerate(rows) if r and r[0] == 'STT')
    hdr = rows[hdr_i]
    out = []
    for r in rows[hdr_i + 1:]:
        if len(r) < len(hdr) or not r[1].strip():
            continue
        d = dict(zip(hdr, r))
        first, last, planned = parse_date_cell(d['Ngày bắt đầu'])
        end = parse_end(d['Ngày kết thúc'])
        if end:
            last = max(last, end)
        elif not planned:
            mdays = re.match(r'\s*0*(\d+)', d['Số ngày'])
            if mdays:
                last = max(last, first + dt.timedelta(days=int(mdays[1]) - 1))
        st = status_key(d['Trạng thái'])
        if st == 'cancelled':
            state = 'cancelled'
        elif st == 'finished' or last < NOW.date():
            state = 'finished'
        elif first <= NOW.date() <= last and not planned:
            state = 'ongoing'
        else:
            state = 'upcoming'
        out.append(dict(code=d['Mã lớp'].strip(), title=d['Tên lớp'], topic=topic_key(d['Chủ đề']),
                        topic_cell=d['Chủ đề'], audience=d['Đối tượng'], org=d['Đơn vị tổ chức'],
                        province=d['Tỉnh/Thành phố'], venue=d['Địa điểm'], mode=mode_key(d['Hình thức']),
                        first=first, last=last, planned=planned, days=d['Số ngày'], deadline=d['Hạn đăng ký'],
                        status=st, state=state, note=d['Ghi chú'], seats=d['Số chỗ'], start_cell=d['Ngày bắt đầu']))
    return out

def select(courses, province=None, topic=None, online=None, venue_has=None, title_has=None,
           org_has=None, month=None, audience_has=None, window=None):
    """Upcoming classes fitting every given condition, nearest first."""
    res = []
    for c in courses:
        if c['state'] != 'upcoming':
            continue
        if province and c['province'] != province:
            continue
        if topic and c['topic'] != topic:
            continue
        if online is not None and (c['mode'] in ('online', 'mixed')) != online:
            continue
        if online == 'strict' and c['mode'] != 'online':
            continue
        if venue_has and fold(venue_has) not in fold(c['venue']):
            continue
        if title_has and fold(title_has) not in fold(c['title']):
            continue
        if org_has and fold(org_has) not in fold(c['org']):
            continue
        if audience_has and fold(audience_has) not in fold(c['audience']):
            continue
        if month:
            y, mth = month
            if not (c['first'] <= month_end(y, mth) and c['last'] >= dt.date(y, mth, 1)):
                continue
        if window:
            a, b = (dt.date.fromisoformat(x) for x in window)
            if not (c['first'] <= b and c['last'] >= a):
                continue
        res.append(c)
    res.sort(key=lambda c: (c['first'], c['code']))
    return res

if __name__ == '__main__':
    cs = load_courses()
    from collections import Counter
    print(len(cs), Counter(c['state'] for c in cs))
    for c in cs:
        if c['state'] == 'ongoing' or c['first'].year == 2026 and c['state'] == 'upcoming':
            print(c['code'], c['state'], c['first'], c['last'], c['status'], c['start_cell'])
