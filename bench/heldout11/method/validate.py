#!/usr/bin/env python3
"""Validate set b11: re-derive course expectations from courses.csv by filter spec, check targets and fact strings.
Usage: python3 validate.py   (run from anywhere; exits 1 on any error)"""
import csv, json, os, re, sys, unicodedata, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'given', 'seeds')
NOW = dt.datetime(2026, 11, 23, 9, 0)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

PROV = {'ha noi': 'Hà Nội', 'hai phong': 'Hải Phòng', 'quang ninh': 'Quảng Ninh', 'bac ninh': 'Bắc Ninh', 'hung yen': 'Hưng Yên',
        'ninh binh': 'Ninh Bình', 'phu tho': 'Phú Thọ', 'thai nguyen': 'Thái Nguyên', 'tuyen quang': 'Tuyên Quang', 'lao cai': 'Lào Cai',
        'lang son': 'Lạng Sơn', 'cao bang': 'Cao Bằng', 'dien bien': 'Điện Biên', 'lai chau': 'Lai Châu', 'son la': 'Sơn La',
        'thanh hoa': 'Thanh Hóa', 'nghe an': 'Nghệ An', 'ha tinh': 'Hà Tĩnh'}
def prov_key(s):
    f = fold(s).replace('.', ' ')
    f = re.sub(r'^(tp|thanh pho|tinh)\s+', '', f).strip()
    f = f.replace('thanh hoa', 'thanh hoa')
    return f if f in PROV else None

TOPICS = [('ngh', ['nghiep vu cong tac cong doan', 'nghiep vu cd']), ('tl', ['thuong luong', 'doi thoai']), ('at', ['an toan', 'atvsld']),
          ('pl', ['phap luat']), ('tc', ['tranh chap']), ('nc', ['nu cong']), ('tchinh', ['tai chinh']), ('kt', ['kiem tra']),
          ('tt', ['tuyen truyen', 'tuyen giao']), ('ptdv', ['phat trien doan vien']), ('cds', ['chuyen doi so', 'tin hoc']),
          ('gv', ['giang day']), ('vt', ['van thu']), ('ll', ['ly luan', 'quan ly nha nuoc'])]
def topic_key(cell):
    f = fold(cell)
    for k, pats in TOPICS:
        if any(p in f for p in pats): return k
    raise ValueError('unknown topic ' + cell)

GENERIC = {'ct', 'pct', 'bch', 'ketoan', 'thuquy', 'nc', 'ubkt', 'totruong'}  # what a generic "Cán bộ CĐCS" audience covers
def aud_keys(cell):
    keys = set()
    parts = re.split(r'\s*(?:;|,|\+|/|\bvà\b)\s*', cell)
    for p in parts:
        f = fold(p)
        if not f: continue
        if 'pho chu tich' in f or 'p.chu tich' in f or re.search(r'\bpct\b', f): keys.add('pct')
        elif 'chu tich' in f: keys.add('ct')
        elif 'uy vien bch' in f or 'uv bch' in f or 'ban chap hanh' in f: keys.add('bch')
        elif 'ubkt' in f or 'uy ban kiem tra' in f: keys.add('ubkt')
        elif 'khong chuyen trach' in f: keys.add('kct')
        elif 'chuyen trach' in f: keys.add('cdct')
        elif 'giang vien' in f: keys.add('gv')
        elif 'cap tren co so' in f: keys.add('ctcs')
        elif 've sinh vien' in f: keys.add('atvsv')
        elif 'doan vien' in f or 'nguoi lao dong' in f or f == 'nld': keys.add('dv')
        elif 'ke toan' in f: keys.add('ketoan')
        elif 'thu quy' in f: keys.add('thuquy')
        elif 'nu cong' in f: keys.add('nc')
        elif 'to truong' in f or 'to pho' in f: keys.add('totruong')
        elif 'can bo cdcs' in f: keys.add('cbcs')
        else: raise ValueError('unknown audience piece %r in %r' % (p, cell))
    return keys

def mode_key(cell):
    f = fold(cell)
    if f == '' or f.startswith('tap trung'): return 'direct'
    if f.startswith('truc tuyen'): return 'online'
    if f.startswith('ket hop'): return 'hybrid'
    raise ValueError('bad mode ' + cell)

STATUS = {'': 'open', 'mo dang ky': 'open', 'du kien': 'planned', 'da huy': 'cancelled', 'da ket thuc': 'finished'}
ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}
def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))

def parse_start(cell):
    """returns (start datetime, end date or None, planned (pstart,pend) or None)"""
    c = cell.strip(); f = fold(c)
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?: \(\d+ ngay\))?', f)
    if m:
        d1, d2, mo, y = map(int, m.groups()); return dt.datetime(y, mo, d1, 8), dt.date(y, mo, d2), None
    m = re.fullmatch(r'(?:tu )?(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        d1, m1, d2, m2, y = map(int, m.groups()); return dt.datetime(y, m1, d1, 8), dt.date(y, m2, d2), None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        y, mo, d = map(int, m.groups()); return dt.datetime(y, mo, d, 8), None, None
    m = re.fullmatch(r'(\d{1,2})h(\d{2}) ngay (\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        h, mi, d, mo, y = map(int, m.groups()); return dt.datetime(y, mo, d, h, mi), None, None
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', f)
    if m:
        d, mo, y = map(int, m.groups()[:3]); h = int(m.group(4) or 8); mi = int(m.group(5) or 0)
        return dt.datetime(y, mo, d, h, mi), None, None
    m = re.fullmatch(r'(?:cuoi )?(?:thang |t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        mo, y = map(int, m.groups()); return None, None, (dt.date(y, mo, 1), month_end(y, mo))
    m = re.fullmatch(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', f)
    if m:
        m1, m2, y = map(int, m.groups()); return None, None, (dt.date(y, m1, 1), month_end(y, m2))
    m = re.fullmatch(r'(?:quy |q)(iv|iii|ii|i|\d)(?:/| nam )(\d{4})', f)
    if m:
        q = ROMAN.get(m.group(1)) or int(m.group(1)); y = int(m.group(2))
        return None, None, (dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q))
    m = re.fullmatch(r'6 thang (dau|cuoi) nam (\d{4})', f)
    if m:
        y = int(m.group(2)); return None, None, ((dt.date(y, 1, 1), dt.date(y, 6, 30)) if m.group(1) == 'dau' else (dt.date(y, 7, 1), dt.date(y, 12, 31)))
    m = re.fullmatch(r'nam (\d{4})', f)
    if m:
        y = int(m.group(1)); return None, None, (dt.date(y, 1, 1), dt.date(y, 12, 31))
    raise ValueError('bad start ' + cell)

def parse_date(cell):
    f = fold(cell)
    if not f: return None
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?', f)
    if m: return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m: return dt.date(*map(int, m.groups()))
    raise ValueError('bad date ' + cell)

def load_courses(path=os.path.join(HERE, 'courses.csv')):
    errs = []; C = {}
    with open(path, encoding='utf-8-sig') as fh:
        rows = list(csv.DictReader(fh))
    for i, r in enumerate(rows, start=2):
        try:
            code = r['Mã lớp'].strip()
            if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code): errs.append(f'row {i}: bad code {code}')
            if code in C: errs.append(f'row {i}: duplicate code {code}')
            if not r['Tên lớp'].strip(): errs.append(f'row {i}: empty title')
            st, en, planned = parse_start(r['Ngày bắt đầu'])
            nd = re.match(r'\s*(\d+)', r['Số ngày'] or '')
            ndays = int(nd.group(1)) if nd else None
            ecell = parse_date(r['Ngày kết thúc'])
            if planned:
                start_key = planned[0]; end = planned[1]
            else:
                start_key = st.date()
                end = ecell or en or (st.date() + dt.timedelta(days=(ndays or 1) - 1))
                if end < st.date(): errs.append(f'row {i}: end before start')
            dl = parse_date(r['Hạn đăng ký'])
            if dl and not planned and dl > st.date(): errs.append(f'row {i}: deadline after start')
            status = STATUS[fold(r['Trạng thái'])]
            seats = re.search(r'\d+', r['Số chỗ'] or '')
            if r['Số chỗ'] and (not seats or int(seats.group()) <= 0): errs.append(f'row {i}: bad seats')
            C[code] = dict(code=code, row=r, title=r['Tên lớp'], tfold=fold(r['Tên lớp']), topic=topic_key(r['Chủ đề']), aud=aud_keys(r['Đối tượng']),
                           org=fold(r['Đơn vị tổ chức']), prov=prov_key(r['Tỉnh/Thành phố']), place=fold(r['Địa điểm']), mode=mode_key(r['Hình thức']),
                           start=st, start_key=start_key, end=end, planned=planned, deadline=dl, status=status, days=ndays or ((end - start_key).days + 1 if not planned else None))
            if C[code]['prov'] is None: errs.append(f'row {i}: unknown province {r["Tỉnh/Thành phố"]}')
        except (ValueError, KeyError) as e:
            errs.append(f'row {i}: {e}')
    return C, errs

def upcoming(c):
    if c['status'] in ('cancelled', 'finished'): return False
    if c['planned']: return c['planned'][1] >= NOW.date()
    return c['start'] > NOW

def d(s): return dt.date.fromisoformat(s)

def match(c, spec, errs, qid):
    """spec keys (AND): prov, topic, aud, mode, from/to, title (all substrings), title_any, org, place, codes, not_title"""
    if not upcoming(c): return False
    if 'codes' in spec and c['code'] not in spec['codes']: return False
    if 'prov' in spec and c['prov'] not in [prov_key(p) for p in spec['prov']]: return False
    if 'topic' in spec and c['topic'] not in spec['topic']: return False
    if 'mode' in spec and c['mode'] not in spec['mode']: return False
    if 'title' in spec and not all(fold(t) in c['tfold'] for t in spec['title']): return False
    if 'title_any' in spec and not any(fold(t) in c['tfold'] for t in spec['title_any']): return False
    if 'not_title' in spec and any(fold(t) in c['tfold'] for t in spec['not_title']): return False
    if 'org' in spec and not any(fold(o) in c['org'] for o in spec['org']): return False
    if 'place' in spec and not any(fold(p) in c['place'] for p in spec['place']): return False
    if 'loc' in spec and not any(fold(p) in c['place'] or fold(p) in c['org'] for p in spec['loc']): return False
    if 'from' in spec:
        a, b = d(spec['from']), d(spec['to'])
        if c['planned']:
            ps, pe = c['planned']
            if pe < a or ps > b: return False
            if not (a <= ps and pe <= b):
                errs.append(f'{qid}: planned class {c["code"]} ({c["row"]["Ngày bắt đầu"]}) partly overlaps window {a}..{b} — ambiguous'); return False
        elif not (a <= c['start_key'] <= b): return False
    if 'aud' in spec:
        want = set(spec['aud'])
        if c['aud'] & want: return True
        # a generic "Cán bộ CĐCS" audience covers every CĐCS cadre role (documented in AUTHOR.md)
        if 'cbcs' in c['aud'] and want & GENERIC and spec.get('generic') != 'exclude': return True
        return False
    return True

def select(C, spec, errs, qid):
    return sorted([c for c in C.values() if match(c, spec, errs, qid)], key=lambda c: (c['start_key'], c['code']))

def main():
    errs = []
    C, e = load_courses(); errs += e
    # cross-check CSV parse against generator truth
    meta_path = os.path.join(HERE, 'method', 'courses_meta.json')
    if os.path.exists(meta_path):
        for m in json.load(open(meta_path, encoding='utf-8')):
            c = C.get(m['code'])
            if not c: errs.append('meta code missing in csv ' + m['code']); continue
            if str(c['start_key']) != m['start'] or str(c['end']) != m['end'] or c['topic'] != m['topic'] or c['mode'] != m['mode']:
                errs.append(f'{m["code"]}: csv parse differs from generator ({c["start_key"]},{c["end"]},{c["topic"]},{c["mode"]})')
    # targets
    T = {}
    with open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig') as fh:
        for i, r in enumerate(csv.DictReader(fh), start=2):
            code = r['Mã chỉ tiêu'].strip()
            if code in T or code in C: errs.append(f'targets row {i}: duplicate code {code}')
            for col in ('Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
                if not r[col].strip(): errs.append(f'targets row {i}: empty {col}')
            if not re.fullmatch(r'\d{4}(\s*[-–]\s*\d{4})?', r['Năm'].strip()): errs.append(f'targets row {i}: bad year')
            for col in ('Chỉ tiêu', 'Đã đạt'):
                if r[col] and not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?%?|\d+(,\d+)?%?', r[col].strip()): errs.append(f'targets row {i}: bad number {r[col]}')
            if r['Tính đến ngày'] and not re.fullmatch(r'\d{2}/\d{2}/\d{4}', r['Tính đến ngày']): errs.append(f'targets row {i}: bad date')
            T[code] = r
    seeds = ''.join(open(os.path.join(SEEDS, f), encoding='utf-8').read() for f in sorted(os.listdir(SEEDS)))
    specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
    n = {'course': 0, 'target': 0, 'fact': 0, 'off_topic': 0}; styles = {}
    ids = set()
    for line in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8'):
        q = json.loads(line); qid = q['id']
        if qid in ids: errs.append('dup id ' + qid)
        ids.add(qid)
        if not re.fullmatch(r'b11-C\d{3}', qid): errs.append('bad id ' + qid)
        if set(q) - {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}: errs.append(qid + ': extra keys')
        if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): errs.append(qid + ': bad style')
        n[q['kind']] += 1; styles[q['style']] = styles.get(q['style'], 0) + 1
        k = q['kind']
        if k == 'course':
            sel = [c['code'] for c in select(C, specs[qid], errs, qid)]
            if not sel: errs.append(qid + ': spec selects nothing')
            if sorted(sel) != sorted(q['expect']): errs.append(f'{qid}: expect {q["expect"]} != derived {sel}')
        elif k == 'target':
            if len(q['expect']) != 1 or q['expect'][0] not in T: errs.append(qid + ': bad target code')
            else:
                r = T[q['expect'][0]]
                for t in q['expect_text']:
                    if t not in (r['Chỉ tiêu'], r['Đã đạt'], r['Năm'], r['Tính đến ngày']): errs.append(f'{qid}: target text {t} not in row')
                if not q['expect_text']: errs.append(qid + ': no target figures')
        elif k == 'fact':
            if q['expect'] or not (1 <= len(q['expect_text']) <= 3): errs.append(qid + ': fact shape')
            for t in q['expect_text']:
                if t not in seeds: errs.append(f'{qid}: fact text {t!r} not in seeds')
        elif k == 'off_topic':
            if q['expect'] or q['expect_text']: errs.append(qid + ': off_topic must be empty')
        prof = q.get('profile') or {}
        if 'province' in prof and not prov_key(prof['province']) and fold(prof['province']) not in FORMER: errs.append(qid + ': unknown profile province')
    # dialogues
    nd = 0
    for line in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8'):
        dlg = json.loads(line); did = dlg['id']; nd += 1
        if not (4 <= len(dlg['turns']) <= 7): errs.append(did + ': turn count')
        dspec = specs[did]; lists = {}; cls = {}
        for ti, (turn, ts) in enumerate(zip(dlg['turns'], dspec)):
            tid = f'{did}.t{ti+1}'; ex = turn['expect']; kind = ex['kind']
            if kind == 'course_list':
                sel = select(C, ts['list'], errs, tid)
                lists[ti] = sel
                if not sel or len(sel) > 6: errs.append(f'{tid}: list size {len(sel)}')
                if sorted(c['code'] for c in sel) != sorted(ex['codes']): errs.append(f'{tid}: codes {ex["codes"]} != {[c["code"] for c in sel]}')
                cur = None
            elif kind in ('course', 'register'):
                if 'pick' in ts:
                    li, k1 = ts['pick']; L = lists[li]
                    if k1 > len(L): errs.append(f'{tid}: ordinal beyond list'); continue
                    cur = L[k1 - 1]
                    if any(o['start_key'] == cur['start_key'] for o in L if o is not cur): errs.append(f'{tid}: ordinal tie on start date')
                elif 'same' in ts: cur = cls[ts['same']]
                elif 'list' in ts:
                    sel = select(C, ts['list'], errs, tid)
                    if len(sel) != 1: errs.append(f'{tid}: single-class spec selects {len(sel)}'); continue
                    cur = sel[0]
                cls[ti] = cur
                if ex['codes'] != [cur['code']]: errs.append(f'{tid}: codes {ex["codes"]} != {cur["code"]}')
                rowtext = ' '.join(cur['row'].values())
                for t in ex.get('text', []):
                    if re.fullmatch(r'\d{2}/\d{2}/\d{4}', t):
                        ok = t in (fmtd(cur['start_key']), fmtd(cur['end']), fmtd(cur['deadline']) if cur['deadline'] else '')
                    else:
                        ok = fold(t) in fold(rowtext)
                    if not ok: errs.append(f'{tid}: text {t!r} not said by class row {cur["code"]}')
                if kind == 'register':
                    if cur['status'] != 'open' or cur['planned'] or (cur['deadline'] and cur['deadline'] < NOW.date()) or not upcoming(cur):
                        errs.append(f'{tid}: {cur["code"]} is not open for registration')
            elif kind == 'target':
                if len(ex['codes']) != 1 or ex['codes'][0] not in T: errs.append(f'{tid}: bad target')
                else:
                    r = T[ex['codes'][0]]
                    for t in ex.get('text', []):
                        if t not in (r['Chỉ tiêu'], r['Đã đạt'], r['Năm']): errs.append(f'{tid}: target text {t} not in row')
            elif kind == 'fact':
                for t in ex.get('text', []):
                    if t not in seeds: errs.append(f'{tid}: fact text not in seeds')
            elif kind == 'off_topic':
                if ex.get('codes') or ex.get('text'): errs.append(f'{tid}: off_topic must be empty')
            else: errs.append(f'{tid}: bad kind')
    print('courses:', len(C), 'upcoming:', sum(upcoming(c) for c in C.values()), 'provinces:', len({c['prov'] for c in C.values()}))
    print('targets:', len(T), 'questions:', n, 'styles:', styles, 'dialogues:', nd)
    for e in errs: print('ERROR', e)
    print(len(errs), 'errors')
    sys.exit(1 if errs else 0)

FORMER = {'vinh phuc', 'hoa binh', 'bac giang', 'hai duong', 'thai binh', 'ha nam', 'nam dinh', 'ha giang', 'yen bai', 'bac kan'}
def fmtd(x): return f'{x.day:02d}/{x.month:02d}/{x.year}'

if __name__ == '__main__':
    main()
