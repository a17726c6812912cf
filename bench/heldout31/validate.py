#!/usr/bin/env python3
"""Validate the blind test set against out/courses.csv, out/targets.csv and the seed articles.

Reads the CSV files the way a reader of the office export would (title block, section rows, «Đợt n»
rows, blank province = organiser's province, Vietnamese dates), re-evaluates every question's filter
(method/specs.py) and checks that the stored expectations agree. Prints «0 errors» when all is well.
Standard library only.
"""
import csv, datetime as dt, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'given', 'seeds')
NOW = dt.datetime(2026, 11, 23, 9, 0)


def fold(s):
    s = unicodedata.normalize('NFD', s or '')
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.replace('đ', 'd').replace('Đ', 'D').lower()).strip()


# ---------------------------------------------------------------- reference tables (my reading of the data)
ORGS = {  # key: (folded names as written, current province, national?)
    'PT': (['ldld tinh phu tho', 'lien doan lao dong tinh phu tho'], 'Phú Thọ'),
    'PTVC': (['cong doan vien chuc tinh phu tho'], 'Phú Thọ'),
    'PTVT': (['cong doan phuong viet tri'], 'Phú Thọ'),
    'BN': (['ldld tinh bac ninh', 'lien doan lao dong tinh bac ninh'], 'Bắc Ninh'),
    'BNKCN': (['cong doan cac kcn tinh bac ninh'], 'Bắc Ninh'),
    'HP': (['ldld thanh pho hai phong', 'lien doan lao dong thanh pho hai phong'], 'Hải Phòng'),
    'HN': (['ldld thanh pho ha noi', 'lien doan lao dong thanh pho ha noi'], 'Hà Nội'),
    'HNKCN': (['cong doan cac khu cong nghiep va che xuat ha noi'], 'Hà Nội'),
    'HNGD': (['cong doan nganh giao duc ha noi'], 'Hà Nội'),
    'NB': (['ldld tinh ninh binh', 'lien doan lao dong tinh ninh binh'], 'Ninh Bình'),
    'HY': (['ldld tinh hung yen', 'lien doan lao dong tinh hung yen'], 'Hưng Yên'),
    'TN': (['ldld tinh thai nguyen', 'lien doan lao dong tinh thai nguyen'], 'Thái Nguyên'),
    'LC': (['ldld tinh lao cai', 'lien doan lao dong tinh lao cai'], 'Lào Cai'),
    'TQ': (['ldld tinh tuyen quang', 'lien doan lao dong tinh tuyen quang'], 'Tuyên Quang'),
    'LS': (['ldld tinh lang son', 'lien doan lao dong tinh lang son'], 'Lạng Sơn'),
    'QN': (['ldld tinh quang ninh', 'lien doan lao dong tinh quang ninh'], 'Quảng Ninh'),
    'SL': (['ldld tinh son la', 'lien doan lao dong tinh son la'], 'Sơn La'),
    'DB': (['ldld tinh dien bien', 'lien doan lao dong tinh dien bien'], 'Điện Biên'),
    'CB': (['ldld tinh cao bang', 'lien doan lao dong tinh cao bang'], 'Cao Bằng'),
    'DHCD': (['truong dai hoc cong doan'], 'Hà Nội'),
    'CDGD': (['cong doan giao duc viet nam'], 'Hà Nội'),
}
NATIONAL = {'DHCD', 'CDGD'}
# former provinces merged on 1/7/2025 -> current province; a class is "in" a former province when
# its province is the current one and its place names the former province (every such place in the file
# carries the former name: «trụ sở LĐLĐ tỉnh X (cũ)», «phường X», or «(X cũ)»).
FORMER = {'Vĩnh Phúc': 'Phú Thọ', 'Hòa Bình': 'Phú Thọ', 'Bắc Giang': 'Bắc Ninh', 'Hải Dương': 'Hải Phòng',
          'Hà Nam': 'Ninh Bình', 'Nam Định': 'Ninh Bình', 'Thái Bình': 'Hưng Yên', 'Bắc Kạn': 'Thái Nguyên',
          'Yên Bái': 'Lào Cai', 'Hà Giang': 'Tuyên Quang'}
TOPICS = {
    'NV': ['nghiep vu cong tac cong doan', 'nghiep vu cd'], 'TL': ['doi thoai, thuong luong tap the', 'thuong luong tap the'],
    'AT': ['atvsld', 'an toan, ve sinh lao dong'], 'PL': ['phap luat lao dong, tu van phap luat'],
    'TC': ['giai quyet tranh chap lao dong'], 'NC': ['cong tac nu cong, binh dang gioi'],
    'TCCD': ['tai chinh cong doan', 'tai chinh cd'], 'KT': ['cong tac kiem tra cong doan'],
    'TG': ['tuyen truyen, tuyen giao'], 'PT': ['phat trien doan vien, thanh lap cdcs'],
    'CDS': ['chuyen doi so', 'tin hoc, chuyen doi so'], 'GV': ['ky nang giang day cho giang vien'],
    'VT': ['van thu, luu tru'], 'LL': ['quan ly nha nuoc, ly luan chinh tri'],
}
# audience cell (folded) -> audience keys. NC = ban nữ công; KT = kế toán (outside the catalogue)
AUDS = {
    'chu tich va p.chu tich cdcs': ['CT', 'PCT'], 'uy vien bch cdcs nhiem ky moi': ['BCH'], 'uy vien bch': ['BCH'],
    'cbcd khong chuyen trach': ['KCT'], 'chu tich cdcs, uy vien bch': ['CT', 'BCH'],
    'chu tich, pct cdcs doanh nghiep': ['CT', 'PCT'], 'can bo cd cap tren co so': ['CTCS'],
    'doan vien, nguoi lao dong': ['DV'], 'chu tich cdcs; uy vien bch': ['CT', 'BCH'],
    'chu tich cdcs, cbcd cap tren co so': ['CT', 'CTCS'], 'truong, pho ban nu cong cdcs': ['NC'],
    'ban nu cong cdcs': ['NC'], 'chu tich cdcs, ke toan cong doan': ['CT', 'KT'], 'chu tich cdcs; ke toan cdcs': ['CT', 'KT'],
    'uy vien ubkt cdcs': ['UBKT'], 'uy vien ubkt': ['UBKT'], 'uy vien bch cdcs': ['BCH'],
    'can bo cong doan chuyen trach': ['CT_CHUYEN'], 'cbcd chuyen trach': ['CT_CHUYEN'], 'giang vien kiem chuc': ['GV'],
}
ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}

# ---------------------------------------------------------------- date parsing (forms used in the file)
DATE = r'(\d{1,2})/(\d{1,2})/(\d{4})'


def _d(m, i=1):
    return dt.date(int(m.group(i + 2)), int(m.group(i + 1)), int(m.group(i)))


def parse_start(cell):
    """-> dict(kind='exact', start=datetime, end=date|None) or dict(kind='vague', lo=date, hi=date, label=str)"""
    s = cell.strip()
    f = fold(s)
    m = re.fullmatch(r'(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        lo = dt.date(y, mo, 1)
        hi = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
        return dict(kind='vague', lo=lo, hi=hi, label='tháng {}/{}'.format(mo, y))
    m = re.fullmatch(r'quy (i|ii|iii|iv)/(\d{4})', f)
    if m:
        q, y = ROMAN[m.group(1).upper()], int(m.group(2))
        lo = dt.date(y, 3 * q - 2, 1)
        hi = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
        return dict(kind='vague', lo=lo, hi=hi, label='quý {}/{}'.format(m.group(1).upper(), y))
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        return dict(kind='exact', start=dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), 8, 0), end=None)
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y, mo = int(m.group(4)), int(m.group(3))
        return dict(kind='exact', start=dt.datetime(y, mo, int(m.group(1)), 8, 0), end=dt.date(y, mo, int(m.group(2))))
    m = re.fullmatch(r'(\d{1,2}) va (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y, mo = int(m.group(4)), int(m.group(3))
        return dict(kind='exact', start=dt.datetime(y, mo, int(m.group(1)), 8, 0), end=dt.date(y, mo, int(m.group(2))))
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2}) - ' + DATE, f)
    if m:
        e = _d(m, 3)
        return dict(kind='exact', start=dt.datetime(e.year, int(m.group(2)), int(m.group(1)), 8, 0), end=e)
    f2 = re.sub(r'^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|t7|cn),? ', '', f)
    m = re.fullmatch(r'(sang|chieu|toi) ' + DATE, f2)
    if m:
        h, mi = {'sang': (8, 0), 'chieu': (13, 30), 'toi': (18, 30)}[m.group(1)]
        d = _d(m, 2)
        return dict(kind='exact', start=dt.datetime(d.year, d.month, d.day, h, mi), end=None)
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) (toi|chieu) ' + DATE, f2)
    if m:
        h = int(m.group(1)) + 12
        d = _d(m, 4)
        return dict(kind='exact', start=dt.datetime(d.year, d.month, d.day, h, int(m.group(2))), end=None)
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngay ' + DATE, f2)
    if m:
        d = _d(m, 3)
        return dict(kind='exact', start=dt.datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2))), end=None)
    m = re.fullmatch(DATE + r'(?: (\d{1,2}):(\d{2}))?', f2)
    if m:
        d = _d(m)
        h, mi = (int(m.group(4)), int(m.group(5))) if m.group(4) else (8, 0)
        return dict(kind='exact', start=dt.datetime(d.year, d.month, d.day, h, mi), end=None)
    raise ValueError('unparsed start: %r' % cell)


def parse_day(cell):
    f = fold(cell)
    if not f:
        return None
    m = re.search(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(DATE, f)
    if m:
        return _d(m)
    raise ValueError('unparsed date: %r' % cell)


def read_table(path):
    raw = open(path, encoding='utf-8-sig').read()
    delim = ';' if raw.splitlines()[0].count(';') > raw.splitlines()[0].count(',') else ','
    rows = list(csv.reader(raw.splitlines(), delimiter=delim))
    for i, r in enumerate(rows[:30]):
        fr = [fold(re.sub(r'\(.*?\)', '', c)) for c in r]
        if 'ma lop' in fr or 'ma chi tieu' in fr:
            return fr, rows[i + 1:]
    raise ValueError('no header in ' + path)


def load_courses(path=os.path.join(HERE, 'courses.csv')):
    hdr, rows = read_table(path)
    col = {h: i for i, h in enumerate(hdr)}
    get = lambda r, name: r[col[name]].strip() if col.get(name) is not None and col[name] < len(r) else ''
    out, batch, errors = {}, None, []
    for r in rows:
        stt, code, title = get(r, 'stt'), get(r, 'ma lop'), get(r, 'ten lop hoc')
        if fold(stt).startswith('noi nhan') or fold(title).startswith('noi nhan'):
            break
        if re.fullmatch(r'\(\d+\)', stt):
            continue
        if re.fullmatch(r'[IVX]+|[A-C]', stt):
            batch = None
            continue
        m = re.fullmatch(r'Đợt (\d+)', title)
        if m and not code:
            batch = int(m.group(1))
            continue
        if not code:
            continue
        if batch and 'đợt' not in title.lower():
            title = '{} (đợt {})'.format(title, batch)
        orgf = fold(get(r, 'don vi to chuc'))
        ok = [k for k, (names, p) in ORGS.items() if orgf in names]
        if len(ok) != 1:
            errors.append('%s: unknown organiser %r' % (code, orgf))
            continue
        org = ok[0]
        st = parse_start(get(r, 'ngay bat dau'))
        tk = [k for k, v in TOPICS.items() if fold(get(r, 'linh vuc')) in v]
        modef = fold(get(r, 'hinh thuc'))
        mode = {'': 'direct', 'tap trung': 'direct', 'tap trung (truc tiep)': 'direct', 'truc tuyen': 'online',
                'truc tiep + truc tuyen': 'hybrid', 'ket hop': 'hybrid'}[modef]
        statf = fold(get(r, 'trang thai'))
        note = get(r, 'ghi chu')
        status = {'': 'open', 'mo dang ky': 'open', 'du kien': 'planned', 'da ket thuc': 'ended', 'da huy': 'cancelled',
                  'da hoan': 'postponed', 'tam hoan': 'postponed', 'hoan': 'postponed'}[statf]
        newdate = None
        m = re.search(r'(?:hoãn sang|lùi lịch đến ngày|lịch mới:)\s*' + DATE, note, re.I)
        if m:
            newdate = _d(m)
            if status == 'open':
                status = 'postponed'
        if status == 'open' and st['kind'] == 'vague':
            status = 'planned'
        days = re.match(r'0?(\d+)', get(r, 'so ngay'))
        rec = dict(code=code, title=title, org=org, org_w=get(r, 'don vi to chuc'), prov=get(r, 'tinh/thanh pho') or ORGS[org][1],
                   topic=tk[0] if tk else None, topic_w=get(r, 'linh vuc'), aud_w=get(r, 'doi tuong'),
                   auds=AUDS[fold(get(r, 'doi tuong'))], place=get(r, 'dia diem to chuc'), mode=mode,
                   status=status, note=note, newdate=newdate, seats=get(r, 'so luong'),
                   days=int(days.group(1)) if days else None, deadline=parse_day(get(r, 'han dang ky')),
                   start_w=get(r, 'ngay bat dau'), batch=batch)
        rec.update(st)
        if st['kind'] == 'exact':
            e = parse_day(get(r, 'ngay ket thuc'))
            rec['end'] = e or st['end'] or (st['start'].date() + dt.timedelta(days=(rec['days'] or 1) - 1))
            rec['eff'] = None
            if status == 'postponed':
                if newdate:
                    rec['eff'] = dt.datetime.combine(newdate, st['start'].time())
            elif status != 'cancelled':
                rec['eff'] = st['start']
        if code in out:
            errors.append('duplicate code ' + code)
        out[code] = rec
    return out, errors


def load_targets(path=os.path.join(HERE, 'targets.csv')):
    hdr, rows = read_table(path)
    col = {h: i for i, h in enumerate(hdr)}
    out = {}
    for r in rows:
        code = r[col['ma chi tieu']].strip()
        if code:
            out[code] = {h: r[i].strip() for h, i in col.items()}
    return out


# ---------------------------------------------------------------- filters
def in_former(rec, name):
    if rec['prov'] != FORMER[name] or rec['mode'] == 'online':
        return False
    return fold(name) in fold(rec['place'])


def upcoming(rec):
    if rec['status'] in ('cancelled', 'ended'):
        return False
    if rec['kind'] == 'vague':
        return rec['hi'] >= NOW.date()
    return rec['eff'] is not None and rec['eff'] > NOW


def past(rec):
    return rec['kind'] == 'exact' and rec['status'] != 'cancelled' and rec['eff'] is not None and rec['eff'] < NOW \
        and rec['status'] != 'postponed'


def match(rec, f, loose_quarter=False):
    w = f.get('when', 'up')
    if w == 'up' and not upcoming(rec):
        return False
    if w == 'past' and not past(rec):
        return False
    if 'org' in f and rec['org'] not in (f['org'] if isinstance(f['org'], list) else [f['org']]):
        return False
    if f.get('national') and rec['org'] not in NATIONAL:
        return False
    if f.get('no_national') and rec['org'] in NATIONAL:
        return False
    if 'prov' in f and rec['prov'] != f['prov']:
        return False
    if 'former' in f and not in_former(rec, f['former']):
        return False
    if 'core' in f:  # original territory of a merged province: not online, place names no former province
        if rec['prov'] != f['core'] or rec['mode'] == 'online' or any(
                in_former(rec, n) for n, p in FORMER.items() if p == f['core']):
            return False
    if 'ward' in f and fold(f['ward']) not in fold(rec['place']):
        return False
    if 'topic' in f and rec['topic'] not in (f['topic'] if isinstance(f['topic'], list) else [f['topic']]):
        return False
    if 'aud' in f and not set(rec['auds']) & set(f['aud'] if isinstance(f['aud'], list) else [f['aud']]):
        return False
    if 'title' in f and not all(fold(t) in fold(rec['title']) for t in f['title']):
        return False
    if 'title_not' in f and any(fold(t) in fold(rec['title']) for t in f['title_not']):
        return False
    m = f.get('mode')
    if m == 'online' and rec['mode'] != 'online':
        return False
    if m == 'online_any' and rec['mode'] == 'direct':
        return False
    if m == 'not_online' and rec['mode'] == 'online':
        return False
    if m == 'direct' and rec['mode'] != 'direct':
        return False
    if 'status' in f and rec['status'] != f['status']:
        return False
    if f.get('has_newdate') is not None and bool(rec['newdate']) != f['has_newdate']:
        return False
    if f.get('evening') and not (rec['kind'] == 'exact' and rec['start'].hour >= 17):
        return False
    if f.get('weekend') and not (rec['kind'] == 'exact' and rec['eff'] and rec['eff'].weekday() >= 5):
        return False
    if f.get('vague') is not None and (rec['kind'] == 'vague') != f['vague']:
        return False
    if f.get('deadline') and not (rec.get('deadline') and rec['deadline'] >= NOW.date()):
        return False
    if 'month' in f:
        y, mo = f['month']
        lo = dt.date(y, mo, 1)
        hi = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        if rec['kind'] == 'vague':
            same_month = rec['lo'] == lo and rec['hi'] == hi
            if not (same_month or (loose_quarter and rec['lo'] <= lo and rec['hi'] >= hi)):
                return False
        else:
            d = (rec['eff'] or rec['start']).date()
            if not lo <= d <= hi:
                return False
    if 'range' in f:  # [from, to] dates, on effective start
        a, b = [dt.date(*map(int, x.split('-'))) for x in f['range']]
        if rec['kind'] == 'vague':
            if not (rec['lo'] >= a and rec['hi'] <= b):
                return False
        else:
            d = (rec['eff'] or rec['start']).date()
            if not a <= d <= b:
                return False
    if 'codes' in f and rec['code'] not in f['codes']:
        return False
    return True


def variants(f):
    vs = [dict(f)]
    if f.get('mode') == 'online':
        vs.append(dict(f, mode='online_any'))
    if f.get('mode') == 'online_any':
        vs.append(dict(f, mode='online'))
    if any(k in f for k in ('prov', 'former', 'ward', 'core')) and 'mode' not in f:
        vs.append(dict(f, mode='not_online'))
    if f.get('prov') == 'Hà Nội' and 'org' not in f:
        vs += [dict(v, no_national=True) for v in list(vs)]
    for a in f.get('alt', []):  # another reading of the question; a None value drops that condition
        v = dict(f, **a)
        vs.append({k: x for k, x in v.items() if x is not None})
    for v in vs:
        v.pop('alt', None)
    return vs


def sort_key(rec):
    if rec['kind'] == 'vague':
        return (dt.datetime.combine(rec['lo'], dt.time(0, 0)), rec['code'])
    return (rec['eff'] or rec['start'], rec['code'])


def first_set(C, f):
    """codes an assistant could correctly put first: the nearest dated match (same-day ties), or a month/quarter
    match whose period could begin by then; union over the readings of the question (variants)."""
    acc = set()
    for v in variants(f):
        for lq in (False, True):
            cs = [r for r in C.values() if match(r, v, lq)]
            if v.get('when') == 'past':
                if cs:
                    last = max(r['eff'].date() for r in cs)
                    acc |= {r['code'] for r in cs if r['eff'].date() == last}
                continue
            # interval of possible start days: exact class = its (effective) day; month/quarter class = its
            # period. X may be put first unless some other match surely starts earlier (ends before X begins).
            iv = {}
            for r in cs:
                if r['kind'] == 'vague':
                    iv[r['code']] = (r['lo'], r['hi'])
                else:
                    d = (r['eff'] or r['start']).date()
                    iv[r['code']] = (d, d)
            if iv:
                min_hi = min(h for l, h in iv.values())
                acc |= {c for c, (l, h) in iv.items() if l <= min_hi}
    return sorted(acc)


def list_set(C, f):
    """every class the list must show; the same under every reading, else None"""
    sets = []
    for v in variants(f):
        for lq in (False, True):
            sets.append(frozenset(r['code'] for r in C.values() if match(r, v, lq)))
    return sorted(sets[0]) if len(set(sets)) == 1 else None


def ordered(C, codes):
    """list order nearest first; None when two items cannot be ordered (same day or vague)"""
    rs = [C[c] for c in codes]
    if any(r['kind'] == 'vague' for r in rs):
        return None
    rs.sort(key=lambda r: r['eff'])
    ds = [r['eff'].date() for r in rs]
    if len(set(ds)) != len(ds):
        return None
    return [r['code'] for r in rs]


def dmy(d):
    return d.strftime('%d/%m/%Y')


def haystack(rec):
    """what a correct reply about this class can be expected to contain"""
    parts = [rec['title'], rec['place'], rec['org_w'], rec['prov'], rec['aud_w'], rec['topic_w'], rec['note']]
    if rec['kind'] == 'vague':
        parts += [rec['label'], 'dự kiến']
    else:
        parts += [dmy(rec['start'].date()), dmy(rec['end'])]
        if rec['newdate']:
            parts.append(dmy(rec['newdate']))
        parts.append('{:02d}:{:02d}'.format(rec['start'].hour, rec['start'].minute))
    if rec['deadline']:
        parts.append(dmy(rec['deadline']))
    if rec['days']:
        parts.append('{} ngày'.format(rec['days']))
    if rec['mode'] != 'direct':
        parts.append('trực tuyến')
    if rec['mode'] == 'hybrid':
        parts.append('kết hợp')
    parts.append({'postponed': 'hoãn', 'cancelled': 'hủy', 'ended': 'đã kết thúc', 'planned': 'dự kiến'}.get(rec['status'], ''))
    seats = re.findall(r'\d+', rec['seats'])
    if seats:
        parts.append(max(seats, key=int))
    return ' | '.join(parts).lower()


def text_ok(rec, t):
    return t.lower() in haystack(rec)


# ---------------------------------------------------------------- main check
def main():
    errs = []
    C, e = load_courses()
    errs += e
    T = load_targets()
    seeds = {fn: open(os.path.join(SEEDS, fn), encoding='utf-8').read() for fn in os.listdir(SEEDS)}
    sys.path.insert(0, os.path.join(HERE, 'method'))
    import specs
    Q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    D = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    qspec = {s['id']: s for s in specs.QUESTIONS}
    dspec = {s['id']: s for s in specs.DIALOGUES}
    STY = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
    if len(C) < 300:
        errs.append('only %d classes' % len(C))
    for r in C.values():  # the plan itself must be importable: end not before start, deadline not after start
        if r['kind'] == 'exact':
            if r['end'] < r['start'].date():
                errs.append(r['code'] + ' ends before it starts')
            if r['deadline'] and r['deadline'] > (r['newdate'] or r['start'].date()):
                errs.append(r['code'] + ' deadline after start')
        elif r['deadline']:
            errs.append(r['code'] + ' month/quarter class with a deadline')
    if len({r['org'] for r in C.values()}) < 15 or len({r['prov'] for r in C.values()}) < 8:
        errs.append('too few unions / provinces')
    ids = set()
    for q in Q:
        i = q['id']
        if i in ids:
            errs.append('dup id ' + i)
        ids.add(i)
        if q['style'] not in STY or q['kind'] not in ('course', 'target', 'fact', 'off_topic'):
            errs.append(i + ' bad style/kind')
        s = qspec.get(i)
        if not s or s['q'] != q['q']:
            errs.append(i + ' not in specs / text differs')
            continue
        for c in q['expect']:
            if c not in C:
                errs.append('%s: unknown code %s' % (i, c))
        if q['kind'] == 'course':
            want = first_set(C, s['f'])
            if not want:
                errs.append(i + ': filter matches nothing')
            if sorted(q['expect']) != want:
                errs.append('%s: expect %s but data gives %s' % (i, q['expect'], want))
            for c in q['expect']:
                for t in q['expect_text']:
                    if c in C and not text_ok(C[c], t):
                        errs.append('%s: text %r not in class %s' % (i, t, c))
        elif q['kind'] == 'target':
            if q['expect']:
                errs.append(i + ' target with codes')
            row = T.get(s['t'])
            if not row:
                errs.append('%s: target %s missing' % (i, s['t']))
                continue
            blob = ' | '.join(row.values())
            for t in q['expect_text']:
                if t not in blob:
                    errs.append('%s: %r not in target %s' % (i, t, s['t']))
            if not q['expect_text']:
                errs.append(i + ' no text')
        elif q['kind'] == 'fact':
            for t in q['expect_text']:
                if t not in seeds.get(s['seed'], ''):
                    errs.append('%s: %r not in seed %s' % (i, t, s['seed']))
            if not q['expect_text'] or q['expect']:
                errs.append(i + ' fact shape')
        else:
            if q['expect'] or q['expect_text']:
                errs.append(i + ' off_topic with expectations')
    kinds = {}
    for q in Q:
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
    if len(Q) < 320:
        errs.append('only %d questions' % len(Q))
    # dialogues
    for d in D:
        s = dspec.get(d['id'])
        if not s:
            errs.append(d['id'] + ' not in specs')
            continue
        if not 3 <= len(d['turns']) <= 7:
            errs.append(d['id'] + ' turn count')
        lists = {}
        for n, (t, st) in enumerate(zip(d['turns'], s['turns'])):
            ex = t['expect']
            tag = '%s t%d' % (d['id'], n + 1)
            if t['q'] != st['q']:
                errs.append(tag + ' text differs')
            for c in ex.get('codes', []):
                if c not in C:
                    errs.append(tag + ' unknown code ' + c)
            k = ex['kind']
            if k == 'course_list':
                want = list_set(C, st['f'])
                if want is None:
                    errs.append(tag + ' list ambiguous between readings')
                elif sorted(ex['codes']) != want:
                    errs.append('%s list %s != %s' % (tag, ex['codes'], want))
                if not 1 <= len(ex['codes']) <= 5:
                    errs.append(tag + ' list size %d' % len(ex['codes']))
                lists[n] = ordered(C, ex['codes'])
                # the same list as an assistant might show it: by the dates first written in the plan, with
                # cancelled classes and classes put off without a new date still in it
                extra = [r['code'] for r in C.values() if r['code'] not in ex['codes'] and
                         r['status'] in ('cancelled', 'postponed') and r['start'] > NOW and
                         match(r, dict(st['f'], when='any', **({} if 'status' in st['f'] else {})))]
                if lists[n] is not None:
                    shown = sorted(ex['codes'] + extra, key=lambda c: (C[c]['start'], c))
                    lists[n] = (lists[n], shown)
            elif k in ('course', 'register'):
                if 'ref' in st:
                    ln, pos = st['ref']
                    lst = lists.get(ln)
                    if lst is None:
                        errs.append(tag + ' ordinal on unordered list')
                        continue
                    if lst[0][pos] != lst[1][pos]:
                        errs.append(tag + ' ordinal depends on showing cancelled/postponed classes or old dates')
                    want = [lst[0][pos]]
                else:
                    want = first_set(C, st['f'])
                if sorted(ex['codes']) != sorted(want):
                    errs.append('%s codes %s != %s' % (tag, ex['codes'], want))
                if k == 'register':
                    if len(ex['codes']) != 1:
                        errs.append(tag + ' register needs one class')
                    elif not st.get('not_open') and not (upcoming(C[ex['codes'][0]]) and C[ex['codes'][0]]['kind'] == 'exact'):
                        errs.append(tag + ' register on a class not open')
            elif k == 'fact':
                tc = st.get('t')
                src = T.get(tc) if isinstance(tc, str) else None
                blob = ' | '.join(src.values()) if src else seeds.get(st.get('seed', ''), '')
                for x in ex.get('text', []):
                    if x not in blob:
                        errs.append('%s: %r not in source' % (tag, x))
                if not ex.get('text'):
                    errs.append(tag + ' fact without text')
            if k in ('course', 'register', 'course_list'):
                for c in ex.get('codes', []):
                    for x in ex.get('text', []):
                        if c in C and not text_ok(C[c], x):
                            errs.append('%s: text %r not in class %s' % (tag, x, c))
    if len(D) < 45:
        errs.append('only %d dialogues' % len(D))
    for x in errs:
        print('ERROR', x)
    print('%d classes, %d targets, %d questions %s, %d dialogues' % (len(C), len(T), len(Q), kinds, len(D)))
    print('%d errors' % len(errs))
    return len(errs)


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
