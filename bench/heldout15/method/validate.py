#!/usr/bin/env python3
"""Re-derive every expectation of set b15 from courses.csv, targets.csv and the seeds.

Reads: courses.csv, targets.csv, questions.jsonl, dialogues.jsonl, method/criteria.json,
../given/seeds/*.txt. Prints every problem and a final "N errors"; exit 0 only with 0 errors.

Criteria (method/criteria.json) describe, for each course question / dialogue turn, in plain
predicates on the CSV cells, which classes are the right answer; this script applies them to the
CSV rows and compares with the codes written in questions.jsonl / dialogues.jsonl.
"""
import csv, json, os, re, sys, unicodedata, glob
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = datetime(2026, 11, 23, 9, 0)


def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.lower()
    s = re.sub(r'\s+', ' ', s).strip()
    return s


# ---------------------------------------------------------------- headers
COURSE_COLS = {
    'code': ['ma lop'],
    'title': ['ten lop', 'ten lop hoc', 'noi dung', 'noi dung tap huan'],
    'topic': ['chu de', 'linh vuc', 'chuyen de'],
    'aud': ['doi tuong', 'doi tuong tham gia', 'thanh phan'],
    'org': ['don vi to chuc', 'don vi thuc hien', 'don vi chu tri', 'don vi'],
    'partner': ['don vi phoi hop'],
    'province': ['tinh/thanh pho'],
    'venue': ['dia diem', 'dia diem to chuc'],
    'mode': ['hinh thuc'],
    'start': ['ngay bat dau', 'thoi gian', 'thoi gian to chuc', 'thoi gian du kien', 'tu ngay'],
    'end': ['ngay ket thuc', 'den ngay'],
    'deadline': ['han dang ky'],
    'days': ['so ngay'],
    'seats': ['so cho', 'so luong', 'so hoc vien', 'sl'],
    'status': ['trang thai'],
    'note': ['ghi chu'],
    'stt': ['stt', 'tt'],
}
TARGET_COLS = {
    'code': ['ma chi tieu'], 'unit': ['don vi'], 'year': ['nam'], 'content': ['noi dung'],
    'aud': ['doi tuong'], 'value': ['chi tieu'], 'uom': ['don vi tinh'], 'done': ['da dat'],
    'asof': ['tinh den ngay'], 'note': ['ghi chu'],
}


def header_key(h, table):
    h = fold(re.sub(r'\(.*?\)', '', h)).replace(' ', '')
    for k, names in table.items():
        if h in [n.replace(' ', '') for n in names]:
            return k
    return None


def read_table(path, table):
    with open(path, encoding='utf-8-sig', newline='') as f:
        txt = f.read()
    delim = ';' if txt.split('\n', 1)[0].count(';') > txt.split('\n', 1)[0].count(',') else ','
    rows = list(csv.reader(txt.splitlines(), delimiter=delim))
    keys = [header_key(h, table) for h in rows[0]]
    out = []
    for i, r in enumerate(rows[1:], start=2):
        d = {'_line': i}
        for k, v in zip(keys, r):
            if k:
                d[k] = v.strip()
        out.append(d)
    return keys, out


# ---------------------------------------------------------------- dates
ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}


def month_end(y, m):
    if m == 12:
        return datetime(y, 12, 31, 23, 59)
    return datetime(y, m + 1, 1) - timedelta(minutes=1)


def parse_start(s):
    """-> dict(kind='exact'|'period', start=datetime, end=datetime|None, pstart, pend, month=(y,m)|None)"""
    t = s.strip()
    f = fold(t)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?', f)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        hh, mm = (int(m[4]), int(m[5])) if m[4] else (8, 0)
        return dict(kind='exact', start=datetime(y, mo, d, hh, mm), end=None)
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        return dict(kind='exact', start=datetime(int(m[1]), int(m[2]), int(m[3]), 8, 0), end=None)
    m = re.fullmatch(r'(\d{1,2})h(\d{2})? ngay (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        return dict(kind='exact', start=datetime(int(m[5]), int(m[4]), int(m[3]), int(m[1]), int(m[2] or 0)), end=None)
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?: \((\d+) ngay\))?', f)
    if m:
        y, mo = int(m[4]), int(m[3])
        return dict(kind='exact', start=datetime(y, mo, int(m[1]), 8), end=datetime(y, mo, int(m[2]), 17))
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2}) ?(?:-|den) ?(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[5])
        return dict(kind='exact', start=datetime(y, int(m[2]), int(m[1]), 8), end=datetime(y, int(m[4]), int(m[3]), 17))
    m = re.fullmatch(r'(?:cuoi thang|thang|t) ?(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y, mo = int(m[2]), int(m[1])
        return dict(kind='period', start=datetime(y, mo, 1, 8), pstart=datetime(y, mo, 1), pend=month_end(y, mo), month=(y, mo))
    m = re.fullmatch(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[3])
        return dict(kind='period', start=datetime(y, int(m[1]), 1, 8), pstart=datetime(y, int(m[1]), 1), pend=month_end(y, int(m[2])), month=None)
    m = re.fullmatch(r'(?:quy|q) ?(iv|iii|ii|i|\d)(?:/| nam )(\d{4})', f)
    if m:
        q = ROMAN[m[1].upper()] if not m[1].isdigit() else int(m[1])
        y = int(m[2])
        return dict(kind='period', start=datetime(y, 3 * q - 2, 1, 8), pstart=datetime(y, 3 * q - 2, 1), pend=month_end(y, 3 * q), month=None)
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', f)
    if m:
        y = int(m[2]); a = 1 if m[1] == 'dau' else 7
        return dict(kind='period', start=datetime(y, a, 1, 8), pstart=datetime(y, a, 1), pend=month_end(y, a + 5), month=None)
    m = re.fullmatch(r'nam (\d{4})', f)
    if m:
        y = int(m[1])
        return dict(kind='period', start=datetime(y, 1, 1, 8), pstart=datetime(y, 1, 1), pend=month_end(y, 12), month=None)
    raise ValueError('unparsed start: %r' % s)


def parse_day(s):
    f = fold(s)
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?', f)
    if m:
        return datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4] or 23), int(m[5] or 59))
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        return datetime(int(m[1]), int(m[2]), int(m[3]), 23, 59)
    raise ValueError('unparsed date: %r' % s)


# ---------------------------------------------------------------- course model
PROVINCES = {  # folded spelling in the CSV -> current province
    'tp da nang': 'Đà Nẵng', 'da nang': 'Đà Nẵng', 'quang ngai': 'Quảng Ngãi', 'gia lai': 'Gia Lai',
    'dak lak': 'Đắk Lắk', 'khanh hoa': 'Khánh Hòa', 'lam dong': 'Lâm Đồng', 'dong nai': 'Đồng Nai',
    'tp hcm': 'TP Hồ Chí Minh', 'tp ho chi minh': 'TP Hồ Chí Minh', 'tay ninh': 'Tây Ninh',
    'can tho': 'Cần Thơ', 'tp can tho': 'Cần Thơ', 'tp hue': 'Huế', 'hue': 'Huế', 'quang tri': 'Quảng Trị',
    'vinh long': 'Vĩnh Long', 'an giang': 'An Giang', 'dong thap': 'Đồng Tháp', 'ca mau': 'Cà Mau',
}

def prov_of(s):
    return PROVINCES.get(re.sub(r'\s+', ' ', fold(s).replace('.', ' ')).strip())


AUD_RE = {
    'ct': r'chu tich|\bct\b',
    'ubkt': r'ubkt|uy ban kiem tra|kiem tra',
    'ke_toan': r'ke toan|thu quy',
    'nu_cong': r'nu cong',
    'to_truong': r'to truong',
    'chuyen_trach': r'(?<!khong )chuyen trach',
    'giang_vien': r'giang vien',
    'atvsv': r'an toan.{0,3}ve sinh vien|atvsv',
}


def course_rows():
    keys, rows = read_table(os.path.join(HERE, 'courses.csv'), COURSE_COLS)
    out = []
    for r in rows:
        if not r.get('title') and not r.get('start'):
            continue
        stt = r.get('stt', '')
        if re.fullmatch(r'[IVX]+|[A-Z]', stt) or fold(r.get('title', '')).startswith('tong cong'):
            continue
        st = parse_start(r['start'])
        r['_st'] = st
        r['_prov'] = prov_of(r.get('province', ''))
        r['_cancel'] = fold(r.get('status', '')) == 'da huy'
        if st['kind'] == 'exact':
            r['_upcoming'] = st['start'] > NOW
            r['_key'] = st['start']
        else:
            r['_upcoming'] = st['pend'] >= NOW
            r['_key'] = st['pstart']
        r['_online'] = fold(r.get('mode', '')).startswith('truc tuyen')
        out.append(r)
    return out


def wre(pat, text):
    return re.search(r'(?<![a-z0-9])(?:%s)(?![a-z0-9])' % pat, fold(text)) is not None


def match(r, c):
    """Apply one criteria dict to one course row."""
    if c.get('past'):
        if r['_upcoming'] or r['_cancel']:
            return False
    else:
        if not r['_upcoming'] or r['_cancel']:
            return False
    if 'province' in c and r['_prov'] != c['province']:
        return False
    if 'venue' in c and not wre(c['venue'], r.get('venue', '')):
        return False
    if 'title' in c and not wre(c['title'], r.get('title', '')):
        return False
    if 'topic' in c and fold(r.get('topic', '')) not in [fold(x) for x in c['topic']]:
        return False
    if 'aud' in c and not wre(AUD_RE[c['aud']], r.get('aud', '')):
        return False
    if 'org' in c and fold(r.get('org', '')) != fold(c['org']):
        return False
    if 'batch' in c and not wre('dot %d' % c['batch'], r.get('title', '')):
        return False
    if c.get('online') and not r['_online']:
        return False
    if 'month' in c:
        y, m = c['month']
        st = r['_st']
        if st['kind'] == 'exact':
            if (st['start'].year, st['start'].month) != (y, m):
                return False
        elif st.get('month') != (y, m):
            return False
    if 'year' in c and r['_key'].year != c['year']:
        return False
    return True


def derive(rows, c):
    hits = [r for r in rows if match(r, c)]
    hits.sort(key=lambda r: r['_key'])
    if c.get('soonest') and hits:
        hits = [hits[0]]
    return [r['code'] for r in hits]


def ordered(rows, codes):
    by = {r['code']: r for r in rows}
    return sorted(codes, key=lambda c: by[c]['_key'])


# ---------------------------------------------------------------- targets
def vn_num(s):
    s = (s or '').strip().rstrip('%').strip()
    if not s:
        return None
    if ',' in s:
        s = s.replace('.', '').replace(',', '.')
        return float(s)
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return float(s.replace('.', ''))
    return float(s)


def fmt_vn(x):
    if abs(x - round(x)) < 1e-9:
        n = int(round(x))
        return f'{n:,}'.replace(',', '.')
    return ('%g' % x).replace('.', ',')


def target_rows():
    _, rows = read_table(os.path.join(HERE, 'targets.csv'), TARGET_COLS)
    return rows


# ---------------------------------------------------------------- main
def main():
    errs = []
    def err(m):
        errs.append(m)

    rows = course_rows()
    codes = {}
    for r in rows:
        c = r.get('code', '')
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', c):
            err(f'courses line {r["_line"]}: bad code {c!r}')
        if c in codes:
            err(f'courses line {r["_line"]}: duplicate code {c}')
        codes[c] = r
        if not r['_prov']:
            err(f'courses line {r["_line"]}: unknown province {r.get("province")!r}')
        st = r['_st']
        if r.get('deadline'):
            dl = parse_day(r['deadline'])
            if st['kind'] != 'exact':
                err(f'{c}: deadline on a period-dated class')
            elif dl.date() > st['start'].date():
                err(f'{c}: deadline after start')
        if r.get('end'):
            e = parse_day(r['end'])
            if st['kind'] == 'exact' and e.date() < st['start'].date():
                err(f'{c}: end before start')
        if fold(r.get('status', '')) not in ('', 'du kien', 'mo dang ky', 'da huy', 'da ket thuc'):
            err(f'{c}: bad status {r.get("status")!r}')
        if fold(r.get('mode', '')) not in ('', 'tap trung (truc tiep)', 'truc tuyen', 'ket hop (truc tiep va truc tuyen)', 'tap trung', 'ket hop'):
            err(f'{c}: bad mode {r.get("mode")!r}')
    provs = {r['_prov'] for r in rows}
    if len(rows) < 320: err(f'only {len(rows)} classes')
    if len(provs) < 15: err(f'only {len(provs)} provinces')

    trows = target_rows()
    tcodes = {t['code']: t for t in trows}
    if len(trows) < 30: err(f'only {len(trows)} targets')
    if len({fold(t['unit']) for t in trows}) < 15: err('fewer than 15 target unions')
    for t in trows:
        if vn_num(t['value']) is None: err(f'target {t["code"]}: no value')

    seeds = ''
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'given', 'seeds', '*.txt'))):
        seeds += open(p, encoding='utf-8').read() + '\n'

    crit = json.load(open(os.path.join(HERE, 'method', 'criteria.json'), encoding='utf-8'))

    def check_target(where, codes_, texts):
        for c in codes_:
            if c not in tcodes:
                err(f'{where}: unknown target {c}')
        allowed = set()
        for c in codes_:
            t = tcodes.get(c)
            if not t: continue
            for k in ('value', 'done'):
                v = vn_num(t.get(k))
                if v is not None:
                    allowed.add(fmt_vn(v))
        for s in texts:
            if s not in allowed:
                err(f'{where}: figure {s!r} not in targets {codes_} ({sorted(allowed)})')

    def check_fact(where, texts):
        if not texts: err(f'{where}: fact without text')
        for s in texts:
            if s not in seeds:
                err(f'{where}: {s!r} not in seeds')

    def check_course_text(where, cs, texts):
        for s in texts:
            ok = False
            for c in cs:
                r = codes[c]
                hay = ' '.join([r.get('venue', ''), r.get('title', '')])
                st = r['_st']
                dates = []
                if st['kind'] == 'exact':
                    dates.append(st['start'].strftime('%d/%m/%Y'))
                    if st.get('end'): dates.append(st['end'].strftime('%d/%m/%Y'))
                if r.get('end'): dates.append(parse_day(r['end']).strftime('%d/%m/%Y'))
                if r.get('deadline'): dates.append(parse_day(r['deadline']).strftime('%d/%m/%Y'))
                if s in dates or fold(s) in fold(hay):
                    ok = True
            if not ok:
                err(f'{where}: text {s!r} not found in classes {cs}')

    # ---- questions
    kinds, styles = {}, {}
    qn = 0
    course_q = former_q = 0
    for line in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8'):
        q = json.loads(line); qn += 1
        qid = q['id']
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
        styles[q['style']] = styles.get(q['style'], 0) + 1
        if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): err(f'{qid}: bad style')
        if q['kind'] == 'course':
            course_q += 1
            c = crit.get(qid)
            if c is None:
                err(f'{qid}: no criteria'); continue
            if c.get('former'): former_q += 1
            want = derive(rows, c)
            if not want: err(f'{qid}: criteria match nothing')
            if sorted(want) != sorted(q['expect']):
                err(f'{qid}: expect {q["expect"]} but criteria give {want}')
            for x in q['expect']:
                if x not in codes: err(f'{qid}: unknown code {x}')
            check_course_text(qid, q['expect'], q.get('expect_text', []))
        elif q['kind'] == 'target':
            if not q['expect']: err(f'{qid}: target without code')
            check_target(qid, q['expect'], q.get('expect_text', []))
        elif q['kind'] == 'fact':
            if q['expect']: err(f'{qid}: fact with codes')
            check_fact(qid, q.get('expect_text', []))
        elif q['kind'] == 'off_topic':
            if q['expect'] or q.get('expect_text'): err(f'{qid}: off_topic with expectations')
        else:
            err(f'{qid}: bad kind')
    if qn < 300: err(f'only {qn} questions')
    if course_q and former_q / course_q < 0.15: err('too few former-name course questions')

    # ---- dialogues
    dn = tn = 0
    for line in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8'):
        d = json.loads(line); dn += 1
        if not 4 <= len(d['turns']) <= 6: err(f'{d["id"]}: {len(d["turns"])} turns')
        for i, t in enumerate(d['turns']):
            tn += 1
            where = f'{d["id"]}#{i}'
            e = t['expect']; k = e['kind']
            if k in ('course_list', 'course', 'register'):
                c = crit.get(where)
                if c is None:
                    err(f'{where}: no criteria'); continue
                want = derive(rows, c['match'])
                if not want: err(f'{where}: criteria match nothing')
                pick = c.get('pick')
                if k == 'course_list':
                    if sorted(want) != sorted(e['codes']): err(f'{where}: list {e["codes"]} vs {want}')
                else:
                    if pick is not None:
                        want = [ordered(rows, want)[pick]]
                    if sorted(want) != sorted(e['codes']): err(f'{where}: {e["codes"]} vs {want}')
                    if k == 'register':
                        r = codes[e['codes'][0]]
                        if fold(r.get('status', '')) not in ('', 'mo dang ky') or r['_st']['kind'] != 'exact':
                            err(f'{where}: class not open for registration')
                        if r.get('deadline') and parse_day(r['deadline']) < NOW:
                            err(f'{where}: registration deadline passed')
                check_course_text(where, e['codes'], e.get('text', []))
            elif k == 'target':
                check_target(where, e['codes'], e.get('text', []))
            elif k == 'fact':
                check_fact(where, e.get('text', []))
            elif k == 'off_topic':
                if e.get('codes') or e.get('text'): err(f'{where}: off_topic with expectations')
            else:
                err(f'{where}: bad kind {k}')
    if dn < 35: err(f'only {dn} dialogues')

    for m in errs:
        print('ERROR', m)
    print(f'classes {len(rows)}, provinces {len(provs)}, targets {len(trows)}, questions {qn} {kinds} {styles}, '
          f'former-name course questions {former_q}/{course_q}, dialogues {dn}, turns {tn}')
    print(f'{len(errs)} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
