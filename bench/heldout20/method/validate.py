#!/usr/bin/env python3
"""Re-derive every expectation of blind set 20 from courses.csv, targets.csv and the seeds.
Question meaning is encoded in method/specs.json (one spec per question id / dialogue turn)."""
import csv, json, re, os, sys, unicodedata, itertools, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

ABBR = [(r'\bldld\b', 'lien doan lao dong'), (r'\bcdcs\b', 'cong doan co so'), (r'\bcd\b', 'cong doan'),
        (r'\btp\.?\s', 'thanh pho '), (r'\bkkt\b', 'khu kinh te'), (r'\bkcn\b', 'khu cong nghiep'),
        (r'\bcty\b', 'cong ty'), (r'\bvn\b', 'viet nam'), (r'\btx\b', 'thi xa')]
def orgkey(s):
    s = fold(s).replace('.', ' ')
    for a, b in ABBR:
        s = re.sub(a, b, s)
    s = re.sub(r'\b(tinh|thanh pho)\b', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

CENTRAL = {orgkey(x) for x in ['Trường Đại học Công đoàn', 'Ban Tổ chức Tổng LĐLĐ Việt Nam', 'Công đoàn Giáo dục Việt Nam',
                               'Công đoàn Y tế Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam', 'Công đoàn Công Thương Việt Nam']}
FORMER = {'Quảng Trị': ['Quảng Bình'], 'Đà Nẵng': ['Quảng Nam'], 'Quảng Ngãi': ['Kon Tum'], 'Gia Lai': ['Bình Định'],
          'Đắk Lắk': ['Phú Yên'], 'Khánh Hòa': ['Ninh Thuận'], 'Lâm Đồng': ['Đắk Nông', 'Bình Thuận'],
          'Đồng Nai': ['Bình Phước'], 'Cần Thơ': ['Sóc Trăng', 'Hậu Giang'], 'Tây Ninh': ['Long An'],
          'Hồ Chí Minh': ['Bình Dương', 'Bà Rịa - Vũng Tàu'], 'Vĩnh Long': ['Bến Tre', 'Trà Vinh']}
TOPICS = {
 'NV': ('Nghiệp vụ công tác công đoàn', ['nghiep vu cong doan', 'nghiep vu cong tac cong doan', 'nghiep vu cd']),
 'TL': ('Đối thoại, thương lượng tập thể', ['thuong luong', 'doi thoai']),
 'AT': ('An toàn, vệ sinh lao động', ['an toan', 've sinh lao dong', 'atvsld']),
 'PL': ('Pháp luật lao động, tư vấn pháp luật', ['phap luat']),
 'TC': ('Giải quyết tranh chấp lao động', ['tranh chap']),
 'NC': ('Công tác nữ công, bình đẳng giới', ['nu cong', 'binh dang gioi']),
 'TCH': ('Tài chính công đoàn', ['tai chinh', 'ke toan']),
 'KT': ('Công tác kiểm tra công đoàn', ['kiem tra']),
 'TG': ('Tuyên truyền, tuyên giáo', ['tuyen truyen', 'tuyen giao']),
 'PT': ('Phát triển đoàn viên, thành lập CĐCS', ['phat trien doan vien', 'thanh lap']),
 'CDS': ('Tin học, chuyển đổi số', ['chuyen doi so', 'tin hoc', 'phan mem']),
 'GV': ('Kỹ năng giảng dạy cho giảng viên', ['giang vien', 'giang day']),
 'VT': ('Văn thư, lưu trữ', ['van thu', 'luu tru']),
 'QL': ('Quản lý nhà nước, lý luận chính trị', ['ly luan', 'quan ly nha nuoc']),
}
# topic cell (office words) -> topic key (strict reading)
TOPIC_CELL = {'atvsld': 'AT', 'nu cong': 'NC', 'tai chinh cd': 'TCH', 'thuong luong tap the': 'TL', 'kiem tra cd': 'KT',
              'chuyen doi so': 'CDS', 'nghiep vu cd': 'NV', 'phap luat lao dong': 'PL', 'tuyen giao': 'TG',
              'phat trien doan vien': 'PT'}
for k, (lab, _) in TOPICS.items():
    TOPIC_CELL[fold(lab)] = k
ROLES = {  # key -> folded patterns found in the audience cell
 'CT': ['chu tich cdcs', 'chu tich cong doan co so', 'chu tich, pho chu tich cdcs', 'chu tich va pho chu tich cdcs', 'chu tich, pct cdcs'],
 'PCT': ['pho chu tich cdcs', 'chu tich, pho chu tich cdcs', 'chu tich va pho chu tich cdcs', 'chu tich, pct cdcs', 'p.chu tich cdcs'],
 'BCH': ['uy vien bch', 'uy vien ban chap hanh'],
 'KCT': ['khong chuyen trach'],
 'CTR': ['can bo cong doan chuyen trach', 'cbcd chuyen trach'],
 'GV': ['giang vien kiem chuc'],
 'CTS': ['cap tren co so'],
 'UBKT': ['uy ban kiem tra', 'ubkt'],
 'DV': ['doan vien, nguoi lao dong', 'doan vien va nguoi lao dong', 'nguoi lao dong'],
 'NCB': ['ban nu cong'],
 'KTTQ': ['ke toan', 'thu quy'],
 'ATV': ['an toan ve sinh vien', 'an toan, ve sinh vien'],
 'TT': ['to truong cong doan', 'to truong cd'],
}
GENERIC_AUD = ['can bo cong doan co so', 'can bo cdcs', 'can bo cong doan cac cap']

def parse_start(cell):
    """returns (lo_date, hi_date, single_day_start_or_None, end_date_or_None, period_flag)"""
    s = cell.strip()
    f = fold(s)
    if re.fullmatch(r'\d{5}', f):
        d = dt.date(1899, 12, 30) + dt.timedelta(days=int(f))
        return d, d, d, None, False
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', f)
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3])); return d, d, d, None, False
    m = re.search(r'quy (iv|iii|ii|i|[1-4])/(\d{4})|q([1-4])/(\d{4})', f)
    if m:
        q = m[1] or m[3]; y = int(m[2] or m[4])
        q = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}.get(q, None) or int(q)
        lo = dt.date(y, 3 * q - 2, 1); hi = (dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1))
        return lo, hi, None, None, True
    m = re.search(r'thang (\d{1,2})-(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[3]); lo = dt.date(y, int(m[1]), 1); m2 = int(m[2])
        hi = dt.date(y + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1)
        return lo, hi, None, None, True
    m = re.search(r'(?:thang |^t)(\d{1,2})(?:/| nam )(\d{4})', f)
    if m:
        y = int(m[2]); mo = int(m[1]); lo = dt.date(y, mo, 1)
        hi = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        return lo, hi, None, None, True
    m = re.search(r'(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[5]); a = dt.date(y, int(m[2]), int(m[1])); b = dt.date(y, int(m[4]), int(m[3]))
        return a, a, None, b, False
    m = re.search(r'(\d{1,2})\s*(?:-|va|,)\s*(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        y = int(m[4]); a = dt.date(y, int(m[3]), int(m[1])); b = dt.date(y, int(m[3]), int(m[2]))
        return a, a, None, b, False
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', f)
    if m:
        d = dt.date(int(m[3]), int(m[2]), int(m[1])); return d, d, d, None, False
    raise ValueError('bad date ' + cell)

def pdate(cell):
    if not cell.strip():
        return None
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', cell)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r'(\d{4})-(\d{2})-(\d{2})', cell)
    return dt.date(int(m[1]), int(m[2]), int(m[3]))

def load_courses(path=os.path.join(HERE, 'courses.csv')):
    raw = open(path, encoding='utf-8-sig').read()
    rows = list(csv.reader(raw.splitlines(), delimiter=';'))
    hi = next(i for i, r in enumerate(rows) if r and fold(r[0]) == 'stt')
    head = [fold(re.sub(r'\(.*?\)', '', h)).strip() for h in rows[hi]]
    out = []
    for r in rows[hi + 1:]:
        if not r or len(r) < 5:
            continue
        d = dict(zip(head, r))
        if not d.get('ma lop', '').strip() or not d.get('ngay bat dau', '').strip():
            continue
        c = {'code': d['ma lop'].strip(), 'title': d['ten lop'], 'topic_cell': d['chu de'], 'aud': d['doi tuong'],
             'org': d['don vi to chuc'], 'prov': d['tinh/thanh pho'].strip(), 'venue': d['dia diem'],
             'mode_cell': d['hinh thuc'], 'start_cell': d['ngay bat dau'], 'status_cell': d['trang thai'],
             'days': d['so ngay'].strip(), 'note': d['ghi chu'], 'deadline': pdate(d['han dang ky']),
             'end_cell': d['ngay ket thuc']}
        c['lo'], c['hi'], c['single'], c['end'], c['period'] = parse_start(c['start_cell'])
        if c['end_cell'].strip():
            c['end'] = pdate(c['end_cell'])
        mf = fold(c['mode_cell'])
        c['mode'] = 'online' if mf.startswith('truc tuyen') else ('hybrid' if ('ket hop' in mf or '+' in mf) else 'offline')
        sf = fold(c['status_cell'])
        c['status'] = ('cancel' if 'huy' in sf else 'done' if 'ket thuc' in sf else 'plan' if 'du kien' in sf
                       else 'open' if sf else ('plan' if c['period'] else 'open'))
        c['orgk'] = orgkey(c['org'])
        c['central'] = c['orgk'] in CENTRAL
        c['area'] = c['prov']
        for fm in FORMER.get(c['prov'], []):
            if '(%s cũ)' % fm in c['venue']:
                c['area'] = fm
        tk = TOPIC_CELL.get(fold(c['topic_cell']))
        c['topic_strict'] = tk
        txt = fold(c['title'] + ' | ' + c['topic_cell'])
        c['topic_broad'] = {k for k, (_, kws) in TOPICS.items() if any(kw in txt for kw in kws)} | ({tk} if tk else set())
        af = fold(c['aud'])
        c['roles'] = {k for k, pats in ROLES.items() if any(p in af for p in pats)}
        c['generic_aud'] = any(g in af for g in GENERIC_AUD) or not af
        m = re.search(r'đợt (\d)', c['title'].lower())
        c['batch'] = int(m[1]) if m else None
        out.append(c)
    return out

def fmt(d):
    return d.strftime('%d/%m/%Y')

def upcoming(c, dl_reading):
    if c['status'] in ('cancel', 'done'):
        return False
    if c['period']:
        return c['hi'] >= TODAY
    if dt.datetime.combine(c['lo'], dt.time(8, 0)) <= NOW:
        return False
    if dl_reading and c['deadline'] and c['deadline'] < TODAY:
        return False
    return True

def open_for_registration(c):
    return (c['status'] == 'open' and not c['period'] and c['lo'] > TODAY and
            (c['deadline'] is None or c['deadline'] >= TODAY))

def in_window(c, win, q_in_month):
    kind, y, n = win
    if kind == 'm':
        wlo = dt.date(y, n, 1); whi = dt.date(y + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == 'q':
        wlo = dt.date(y, 3 * n - 2, 1); whi = dt.date(y + (n == 4), (3 * n) % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        wlo, whi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if not c['period']:
        return wlo <= c['lo'] <= whi
    if wlo <= c['lo'] and c['hi'] <= whi:
        return True
    if c['hi'] < wlo or c['lo'] > whi:
        return False
    return q_in_month  # partial overlap: reading-dependent

def readings(spec):
    dims = {'topic': [False, True] if spec.get('topic') else [False],
            'hyb': [False, True] if spec.get('mode') else [False],
            'area': [False, True] if spec.get('area') else [False],
            'central': [False, True] if spec.get('prov') and not spec.get('org') else [False],
            'role': [False, True] if spec.get('role') else [False],
            'qm': [False, True] if spec.get('win') else [False],
            'dl': [False, True]}
    keys = list(dims)
    for combo in itertools.product(*[dims[k] for k in keys]):
        yield dict(zip(keys, combo))

def matches(c, spec, R):
    if spec.get('prov') and c['prov'] != spec['prov']:
        return False
    if spec.get('prov') and c['central'] and not R['central'] and not spec.get('org'):
        return False
    if spec.get('area') and R['area'] and c['area'] != spec['area']:
        return False
    if spec.get('central_only') and not c['central']:
        return False
    if spec.get('org') and c['orgk'] != orgkey(spec['org']):
        return False
    if spec.get('topic'):
        if R['topic']:
            if spec['topic'] not in c['topic_broad']:
                return False
        elif c['topic_strict'] != spec['topic']:
            return False
    if spec.get('role'):
        if spec['role'] not in c['roles'] and not (R['role'] and c['generic_aud']):
            return False
    if spec.get('mode'):
        ok = {'online': ['online'], 'offline': ['offline']}[spec['mode']] + (['hybrid'] if R['hyb'] else [])
        if c['mode'] not in ok:
            return False
    if spec.get('win') and not in_window(c, spec['win'], R['qm']):
        return False
    for kw in spec.get('kw', []):
        if fold(kw) not in fold(c['title']):
            return False
    if spec.get('batch') and c['batch'] != spec['batch']:
        return False
    if spec.get('single'):
        return True
    return upcoming(c, R['dl'])

def ordered(cands):
    return sorted(cands, key=lambda c: (c['lo'], c['hi']))

def strictly_before(a, b):
    return a['hi'] < b['lo']

def first_class(courses, spec):
    """code of the right first answer under every reading, or None"""
    answer = None
    for R in readings(spec):
        cs = [c for c in courses if matches(c, spec, R)]
        if not cs:
            return None
        if spec.get('single'):
            if len(cs) != 1:
                return None
            f = cs[0]
        else:
            cs = ordered(cs)
            f = cs[0]
            if any(not strictly_before(f, o) for o in cs[1:]):
                return None
        if answer is None:
            answer = f['code']
        elif answer != f['code']:
            return None
    return answer

def course_list(courses, spec, k=5):
    answer = None
    for R in readings(spec):
        cs = ordered([c for c in courses if matches(c, spec, R)])
        if len(cs) < 2:
            return None
        top = cs[:k]
        for a, b in zip(cs[:k + 1], cs[1:k + 1]):
            if not strictly_before(a, b):
                return None
        codes = [c['code'] for c in top]
        if answer is None:
            answer = codes
        elif answer != codes:
            return None
    return answer

def parse_num(s):
    s = s.strip().rstrip('%').strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return float(s.replace('.', ''))
    return float(s.replace(',', '.'))

def load_targets(path=os.path.join(HERE, 'targets.csv')):
    rows = list(csv.DictReader(open(path, encoding='utf-8-sig'), delimiter=','))
    out = []
    for r in rows:
        out.append({'code': r['Mã chỉ tiêu'], 'unit': r['Đơn vị'], 'unitk': orgkey(r['Đơn vị']), 'year': r['Năm'].strip(),
                    'content': r['Nội dung'], 'aud': r['Đối tượng'], 'value': r['Chỉ tiêu'], 'measure': r['Đơn vị tính'],
                    'done': r['Đã đạt'], 'asof': r['Tính đến ngày']})
    return out

def target_find(targets, spec):
    ts = [t for t in targets if t['unitk'] == orgkey(spec['unit']) and t['year'] == str(spec['year'])]
    for kw in spec.get('kw', []):
        ts = [t for t in ts if fold(kw) in fold(t['content'] + ' ' + t['aud'])]
    return ts[0]['code'] if len(ts) == 1 else None

def seeds_text():
    d = os.path.join(HERE, 'given', 'seeds')
    return '\n'.join(open(os.path.join(d, f), encoding='utf-8').read() for f in sorted(os.listdir(d)))

def check_course_text(c, texts, errs, tag):
    for t in texts:
        ok = (t in c['venue']) or (c['single'] and t == fmt(c['single'])) or \
             (c['deadline'] and t == fmt(c['deadline'])) or (c['days'] and t == '%d ngày' % int(re.sub(r'\D', '', c['days'])))
        if not ok:
            errs.append('%s: text %r not derivable from %s' % (tag, t, c['code']))

def main():
    courses = load_courses(); targets = load_targets(); seeds = seeds_text()
    byc = {c['code']: c for c in courses}
    errs = []
    if len(byc) != len(courses):
        errs.append('duplicate class codes')
    tcodes = [t['code'] for t in targets]
    if len(set(tcodes)) != len(tcodes):
        errs.append('duplicate target codes')
    specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    ids = set()
    counts = {}
    STY = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
    def check(kind, exp, texts, spec, tag):
        if kind in ('course',):
            code = first_class(courses, spec)
            if code is None or exp != [code] and not (spec.get('any') and code in exp):
                errs.append('%s: expect %s, derived %s' % (tag, exp, code))
            elif texts:
                check_course_text(byc[code], texts, errs, tag)
        elif kind == 'course_list':
            codes = course_list(courses, spec)
            if codes != exp:
                errs.append('%s: list %s, derived %s' % (tag, exp, codes))
        elif kind == 'register':
            code = first_class(courses, spec) if not spec.get('list_index') is not None else None
            if spec.get('list_index') is not None:
                lst = course_list(courses, spec)
                code = lst[spec['list_index']] if lst else None
            if exp != [code] or not open_for_registration(byc[code]):
                errs.append('%s: register %s, derived %s' % (tag, exp, code))
        elif kind == 'course_pick':
            lst = course_list(courses, spec)
            code = lst[spec['list_index']] if lst and len(lst) > spec['list_index'] else None
            if exp != [code]:
                errs.append('%s: pick %s, derived %s' % (tag, exp, code))
            elif texts:
                check_course_text(byc[code], texts, errs, tag)
        elif kind == 'target':
            code = target_find(targets, spec)
            if exp != [code]:
                errs.append('%s: target %s derived %s' % (tag, exp, code))
            else:
                t = next(t for t in targets if t['code'] == code)
                for x in texts:
                    if x not in (t['value'], t['done']) and x != t['value'] + ' ' + t['measure']:
                        errs.append('%s: target text %r' % (tag, x))
        elif kind == 'fact':
            if exp or not texts:
                errs.append('%s: fact needs text only' % tag)
            for x in texts:
                if x not in seeds:
                    errs.append('%s: %r not verbatim in seeds' % (tag, x))
        elif kind == 'off_topic':
            if exp or texts:
                errs.append('%s: off_topic must be empty' % tag)
        else:
            errs.append('%s: unknown kind %s' % (tag, kind))
    for q in qs:
        if q['id'] in ids: errs.append('dup id ' + q['id'])
        ids.add(q['id'])
        if q['style'] not in STY: errs.append(q['id'] + ' style')
        counts[q['kind']] = counts.get(q['kind'], 0) + 1
        sp = specs[q['id']]
        k = q['kind']
        check(sp.get('check', k), q['expect'], q['expect_text'], sp, q['id'])
    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    for d in ds:
        if not 3 <= len(d['turns']) <= 6: errs.append(d['id'] + ' turns')
        if d['style'] not in STY: errs.append(d['id'] + ' style')
        for i, t in enumerate(d['turns']):
            tag = '%s/t%d' % (d['id'], i + 1)
            sp = specs[tag]
            e = t['expect']
            kind = sp.get('check', e['kind'])
            if kind == 'course_list':
                check('course_list', e['codes'], [], sp, tag)
            else:
                check(kind, e['codes'], e['text'], sp, tag)
    print('courses', len(courses), 'targets', len(targets), 'questions', counts, 'dialogues', len(ds))
    for e in errs[:50]:
        print(e)
    print('%d errors' % len(errs))
    return len(errs)

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
