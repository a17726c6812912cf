"""Shared helpers: read courses.csv back, parse date cells, the 'upcoming' filter.
Used by the question builder and by validate.py (which re-implements nothing else)."""
import csv, re, datetime as dt, unicodedata, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = dt.datetime(2026, 11, 23, 9, 0)

ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}


def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()


def _d(day, mon, year):
    return dt.date(int(year), int(mon), int(day))


def parse_start(cell):
    """Return (start_date, end_date_or_None, planned_period or None).
    planned_period = (first_day, last_day)."""
    c = cell.strip()
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', c)
    if m:
        return _d(*m.group(1, 2, 3)), None, None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', c)
    if m:
        return _d(m.group(3), m.group(2), m.group(1)), None, None
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngày (\d{1,2})/(\d{1,2})/(\d{4})', c)
    if m:
        return _d(*m.group(3, 4, 5)), None, None
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?: \((\d+) ngày\))?', c)
    if m:
        return _d(m.group(1), m.group(3), m.group(4)), _d(m.group(2), m.group(3), m.group(4)), None
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2}) - (\d{1,2})/(\d{1,2})/(\d{4})', c)
    if m:
        return _d(m.group(1), m.group(2), m.group(5)), _d(m.group(3), m.group(4), m.group(5)), None
    m = re.fullmatch(r'Từ (\d{1,2})/(\d{1,2}) đến (\d{1,2})/(\d{1,2})/(\d{4})', c)
    if m:
        return _d(m.group(1), m.group(2), m.group(5)), _d(m.group(3), m.group(4), m.group(5)), None
    # planned
    m = re.fullmatch(r'(?:[Tt]háng|T|cuối tháng) ?(\d{1,2})/(\d{4})', c) or re.fullmatch(r'tháng (\d{1,2}) năm (\d{4})', c)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        last = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, mo, 1), None, (dt.date(y, mo, 1), last)
    m = re.fullmatch(r'(?:Quý|Q) ?(IV|III|II|I|\d)/(\d{4})', c) or re.fullmatch(r'quý (IV|III|II|I) năm (\d{4})', c)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1))
        y = int(m.group(2))
        f = dt.date(y, 3 * q - 2, 1)
        last = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
        return f, None, (f, last)
    m = re.fullmatch(r'[Tt]háng (\d{1,2})-(\d{1,2})/(\d{4})', c)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        last = dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(y, a, 1), None, (dt.date(y, a, 1), last)
    m = re.fullmatch(r'6 tháng (đầu|cuối) năm (\d{4})', c)
    if m:
        y = int(m.group(2))
        if m.group(1) == 'đầu':
            return dt.date(y, 1, 1), None, (dt.date(y, 1, 1), dt.date(y, 6, 30))
        return dt.date(y, 7, 1), None, (dt.date(y, 7, 1), dt.date(y, 12, 31))
    raise ValueError('unparsed date cell: %r' % cell)


def parse_plain_date(cell):
    c = cell.strip()
    if not c:
        return None
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', c)
    if m:
        d = _d(*m.group(1, 2, 3))
        if m.group(4):
            return dt.datetime(d.year, d.month, d.day, int(m.group(4)), int(m.group(5)))
        return dt.datetime(d.year, d.month, d.day, 23, 59)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', c)
    if m:
        return dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), 23, 59)
    raise ValueError('unparsed date: %r' % cell)


def start_time(cell):
    c = cell.strip()
    m = re.search(r'(\d{1,2})[:h](\d{2})', c)
    if m and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', c):
        return int(m.group(1)), int(m.group(2))
    return 8, 0


def load_courses(path=None):
    path = path or os.path.join(OUT, 'courses.csv')
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        s, e, per = parse_start(r['Ngày bắt đầu'])
        r['_start'] = s
        r['_planned'] = per is not None
        r['_period'] = per
        h, mi = start_time(r['Ngày bắt đầu'])
        r['_start_dt'] = dt.datetime(s.year, s.month, s.day, h, mi)
        end = e
        if r['Ngày kết thúc'].strip():
            end = parse_plain_date(r['Ngày kết thúc']).date()
        r['_end'] = end
        r['_end_dt'] = None
        if r['Ngày kết thúc'].strip():
            r['_end_dt'] = parse_plain_date(r['Ngày kết thúc'])
            if not re.search(r'\d:\d\d$', r['Ngày kết thúc'].strip()):
                r['_end_dt'] = r['_end_dt'].replace(hour=17, minute=0)
        r['_deadline'] = parse_plain_date(r['Hạn đăng ký']) if r['Hạn đăng ký'].strip() else None
        st = fold(r['Trạng thái'] or 'Mở đăng ký')
        r['_status'] = {'mo dang ky': 'open', 'du kien': 'planned', 'da huy': 'cancelled', 'da ket thuc': 'finished'}[st]
    return rows


def upcoming(r):
    """Upcoming = not cancelled, not finished, starts after NOW (planned: period starts after NOW)."""
    if r['_status'] in ('cancelled', 'finished'):
        return False
    return r['_start_dt'] > NOW


def sort_key(r):
    return (r['_start_dt'], r['Mã lớp'])


def dmy(d):
    return d.strftime('%d/%m/%Y')
