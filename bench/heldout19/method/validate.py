#!/usr/bin/env python3
"""Re-derives every expectation of blind set 19 from courses.csv, targets.csv and the seed articles.

Checks: file shapes and counts; every expected code exists; dates / venues / day counts quoted in expect_text
appear in (or follow from) the class's row; search questions and list turns are recomputed from the CSV with
their stored specs (method/*_specs.jsonl) under every reasonable reading; registrations point at classes open for
registration; target figures equal the row; fact texts appear verbatim in one seed. Prints "N errors".
"""
import csv, json, os, re, sys, itertools, glob, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
from common import NOW, TODAY, fold, topic_of, aud_of, parse_when, fmt

ERR = []


def err(m):
    ERR.append(m)


# ------------------------------------------------------------------ read courses.csv
CENTRAL_PAT = re.compile(r'^(tong lien doan|truong dai hoc cong doan|cong doan .* viet nam$)')
AREA_KW = {
    'Hà Nội': {'Sơn Tây': ['son tay'], 'Hà Đông': ['ha dong'], 'Mê Linh': ['me linh']},
    'Hải Phòng': {'Hải Dương': ['hai duong', 'thanh dong']},
    'Bắc Ninh': {'Bắc Giang': ['bac giang', 'quang chau', 'fuhon']},
    'Hưng Yên': {'Thái Bình': ['thai binh']},
    'Ninh Bình': {'Nam Định': ['nam dinh', 'hoa xa'], 'Hà Nam': ['ha nam', 'phu ly']},
    'Phú Thọ': {'Vĩnh Phúc': ['vinh phuc', 'binh xuyen', 'tan phong'], 'Hòa Bình': ['hoa binh']},
    'Thái Nguyên': {'Bắc Kạn': ['bac kan', 'cho moi']},
    'Tuyên Quang': {'Hà Giang': ['ha giang', 'dong van']},
    'Lào Cai': {'Yên Bái': ['yen bai']},
    'Lạng Sơn': {'Chi Lăng': ['chi lang'], 'Cao Lộc': ['cao loc']},
}
PROVS = ['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Phú Thọ', 'Thái Nguyên', 'Lạng Sơn',
         'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Hồ Chí Minh', 'Đà Nẵng']


def norm_prov(cell):
    f = fold(cell).replace('tp. ', '').replace('tp ', '').replace('thanh pho ', '').replace('tinh ', '')
    if f in ('hcm', 'ho chi minh'):
        return 'Hồ Chí Minh'
    for p in PROVS:
        if fold(p) == f:
            return p
    raise ValueError('province ' + cell)


def read_courses():
    path = os.path.join(HERE, 'courses.csv')
    raw = open(path, encoding='utf-8-sig').read()
    rows = list(csv.reader(raw.splitlines(), delimiter=';'))
    head = [fold(h) for h in rows[0]]
    col = {h: i for i, h in enumerate(head)}
    C = {}
    for ln, r in enumerate(rows[1:], 2):
        get = lambda name: r[col[name]].strip() if col.get(name) is not None and col[name] < len(r) else ''
        title = get('ten lop hoc')
        if fold(title) in ('nguoi lap bieu',) or fold(title).startswith('noi nhan'):
            break
        stt = get('stt')
        if re.fullmatch(r'[IVX]+', stt) or fold(title) in ('tong cong', 'cong') or (not title and not get('ngay bat dau (dd/mm/yyyy)')):
            continue
        code = get('ma lop')
        if not code:
            err(f'courses.csv line {ln}: no code'); continue
        if code in C:
            err(f'courses.csv line {ln}: duplicate code {code}')
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
            err(f'bad code {code}')
        try:
            w = parse_when(get('ngay bat dau (dd/mm/yyyy)'))
        except ValueError as e:
            err(f'courses.csv line {ln}: {e}'); continue
        c = dict(code=code, title=title, line=ln, row=' | '.join(r), topic=topic_of(get('chuyen de'), title),
                 aud=aud_of(get('doi tuong tham gia')), org=get('don vi chu tri'), venue=get('dia diem to chuc'))
        if get('doi tuong tham gia') and not c['aud']:
            err(f'{code}: audience cell not understood: {get("doi tuong tham gia")}')
        c['province'] = norm_prov(get('tinh/thanh pho'))
        fo = fold(c['org'])
        c['central'] = bool(CENTRAL_PAT.match(fo))
        c['internal'] = fo.startswith('cdcs ')  # a company's, school's or hospital's own union
        c['org_key'] = ('LEAD:' + c['province']) if (fo.startswith('ldld') or fo.startswith('lien doan lao dong')) else c['org']
        c['area'] = None
        for a, kws in AREA_KW.get(c['province'], {}).items():
            if any(k in fold(c['venue']) for k in kws):
                c['area'] = a
        mc = fold(get('hinh thuc'))
        c['mode'] = 'on' if mc == 'truc tuyen' else ('kh' if ('ket hop' in mc or '+' in mc) else 'tt')
        st = fold(get('trang thai'))
        days_cell = get('thoi gian')
        m = re.match(r'(\d+)', days_cell)
        days = int(m.group(1)) if m else None
        if w[0] == 'plan':
            c.update(kind='plan', pstart=w[1], pend=w[2], days=days, dl=None)
            c['status'] = 'open' if st == 'mo dang ky' else 'plan'
        else:
            s, e = w[1], w[2]
            if e is None and get('den ngay'):
                e = parse_when(get('den ngay'))[1]
            if e is None:
                e = s + dt.timedelta(days=(days or 1) - 1)
            if days is None:
                days = (e - s).days + 1
            dl = parse_when(get('han dang ky'))[1] if get('han dang ky') else None
            if dl and dl > s:
                err(f'{code}: deadline after start')
            if e < s:
                err(f'{code}: end before start')
            c.update(kind='date', start=s, end=e, days=days, dl=dl)
            c['status'] = {'da huy': 'cancel', 'da ket thuc': 'ended', 'du kien': 'plan_dated'}.get(st, 'open')
            if st not in ('', 'mo dang ky', 'da huy', 'da ket thuc', 'du kien'):
                err(f'{code}: status {st}')
        c['derived'] = [fmt(c['start']), fmt(c['end'])] + ([fmt(c['dl'])] if c.get('dl') else []) if c['kind'] == 'date' else []
        if c.get('days'):
            c['derived'].append(f"{c['days']} ngày")
        if c['topic'] is None:
            err(f'{code}: topic not derivable')
        C[code] = c
    return C


C = read_courses()
CL = list(C.values())


def upcoming(c):
    if c['status'] == 'cancel':
        return False
    return c['pend'] >= TODAY if c['kind'] == 'plan' else c['start'] > TODAY


def open_for_reg(c):
    return c['kind'] == 'date' and c['status'] == 'open' and c['start'] > TODAY and (c['dl'] is None or c['dl'] >= TODAY)


def in_row(c, t):
    return fold(t) in fold(c['row']) or t in c['derived']


# ------------------------------------------------------------------ recompute search answers
AUD_BROAD = {'CT': {'CT', 'PCT', 'KCT', 'BCH'}, 'BCH': {'BCH', 'CT', 'PCT', 'KCT'}, 'ATVSV': {'ATVSV', 'DVNLD'}}


def tmatch(c, t, broad):
    if c['topic'] == t:
        return True
    if broad:
        if t == 'NV':
            return 'nghiep vu' in fold(c['title'])
        if t == 'PL':
            return c['topic'] == 'TC'
    return False


def key(c):
    return c['start'] if c['kind'] == 'date' else c['pstart']


def select(spec, v):
    per = [dt.date.fromisoformat(x) for x in spec['period']] if spec.get('period') else None
    out = []
    for c in CL:
        if not upcoming(c):
            continue
        if spec.get('org') and c['org_key'] != spec['org']:
            continue
        if spec.get('prov'):
            if c['province'] != spec['prov']:
                continue
            if c['central'] and not v[0] and not spec.get('org'):
                continue
            if c['internal'] and not v[5] and not spec.get('org'):
                continue
        if spec.get('central_only') and not c['central']:
            continue
        if spec.get('area') and v[1] and c['area'] not in spec['area']:
            continue
        if spec.get('topic') and not tmatch(c, spec['topic'], v[2]):
            continue
        if spec.get('aud'):
            s = AUD_BROAD.get(spec['aud'], {spec['aud']}) if v[3] else {spec['aud']}
            if not c['aud'] & s:
                continue
        if spec.get('mode') == 'on' and not (c['mode'] == 'on' or (v[4] and c['mode'] == 'kh')):
            continue
        if per:
            if c['kind'] == 'date':
                if not per[0] <= c['start'] <= per[1]:
                    continue
            else:
                if c['pend'] < per[0] or c['pstart'] > per[1]:
                    continue
                if not (max(c['pstart'], TODAY) >= per[0] and c['pend'] <= per[1]):
                    return None
        out.append(c)
    return sorted(out, key=key)


def readings(spec):
    return itertools.product([True, False], [True, False] if spec.get('area') else [False], [False, True],
                             [False, True] if spec.get('aud') else [False], [False, True] if spec.get('mode') else [False],
                             [True, False] if spec.get('prov') and not spec.get('org') else [True])


def clear_order(l):
    for a, b in zip(l, l[1:]):
        if key(a) == key(b) or (a['kind'] == 'plan' and a['pend'] >= key(b)):
            return False
    for a in l:
        if a['kind'] == 'plan' and any(b['kind'] == 'date' and a['pstart'] <= b['start'] <= a['pend'] for b in l):
            return False
    return True


def first_of(spec):
    res = set()
    for v in readings(spec):
        l = select(spec, v)
        if not l:
            return None
        if len(l) > 1 and (key(l[0]) == key(l[1]) or (l[0]['kind'] == 'plan' and l[0]['pend'] >= key(l[1]))):
            return None
        if l[0]['kind'] == 'date' and any(x['kind'] == 'plan' and x['pstart'] <= l[0]['start'] for x in l):
            return None
        res.add(l[0]['code'])
    return res


def list_of(spec):
    res = set()
    for v in readings(spec):
        l = select(spec, v)
        if l is None or not clear_order(l):
            return None
        res.add(tuple(c['code'] for c in l))
    return res


# ------------------------------------------------------------------ targets and seeds
def vnum(s):
    s = (s or '').strip().rstrip('%').strip()
    if not s:
        return None
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return float(s.replace('.', ''))
    return float(s.replace(',', '.'))


T = {}
with open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        if r['Mã chỉ tiêu'] in T:
            err('duplicate target ' + r['Mã chỉ tiêu'])
        for k in ('Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
            if not r[k].strip():
                err(f'target {r["Mã chỉ tiêu"]}: empty {k}')
        T[r['Mã chỉ tiêu']] = r
SEEDS = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(HERE, '..', 'given', 'seeds', '*.txt')))]


def check_target(where, codes, texts):
    if len(codes) != 1 or codes[0] not in T:
        err(f'{where}: target code {codes}'); return
    r = T[codes[0]]
    vals = [vnum(r['Chỉ tiêu']), vnum(r['Đã đạt'])]
    for t in texts:
        if vnum(t) not in vals:
            err(f'{where}: figure {t} not in target {codes[0]}')


def check_fact(where, texts):
    if not texts:
        err(f'{where}: fact without text')
    for t in texts:
        if not any(t in s for s in SEEDS):
            err(f'{where}: fact text not verbatim in a seed: {t}')


def check_course_texts(where, codes, texts):
    for code in codes:
        if code not in C:
            err(f'{where}: unknown code {code}'); return
    for t in texts:
        if not all(in_row(C[code], t) for code in codes):
            err(f'{where}: text {t!r} not in row of {codes}')


# ------------------------------------------------------------------ questions
specs = {}
for line in open(os.path.join(HERE, 'method', 'question_specs.jsonl'), encoding='utf-8'):
    o = json.loads(line); specs[o['id']] = o['spec']
Q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = set()
kinds, styles = {}, {}
nprof = 0
for q in Q:
    i = q['id']
    if i in ids:
        err('duplicate id ' + i)
    ids.add(i)
    for k in ('id', 'q', 'style', 'kind', 'expect', 'expect_text'):
        if k not in q:
            err(f'{i}: missing {k}')
    if q['style'] not in ('plain', 'diacritics', 'abbrev', 'typo'):
        err(f'{i}: style')
    kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
    styles[q['style']] = styles.get(q['style'], 0) + 1
    nprof += 'profile' in q
    if q['style'] == 'plain' and fold(q['q']) != q['q'].lower() and re.search(r'[^\x00-\x7f]', q['q']):
        err(f'{i}: plain style has diacritics')
    k = q['kind']
    if k == 'course':
        if not q['expect']:
            err(f'{i}: course without code')
        check_course_texts(i, q['expect'], q['expect_text'])
        if i in specs:
            sp = specs[i]
            if 'area' in sp:
                sp['area'] = set(sp['area'])
            got = first_of(sp)
            if got is None or got != set(q['expect']):
                err(f'{i}: recomputed first class {got} != {q["expect"]}')
    elif k == 'target':
        check_target(i, q['expect'], q['expect_text'])
    elif k == 'fact':
        if q['expect']:
            err(f'{i}: fact with codes')
        check_fact(i, q['expect_text'])
    elif k == 'off_topic':
        if q['expect'] or q['expect_text']:
            err(f'{i}: off_topic with expectations')
    else:
        err(f'{i}: kind {k}')

# ------------------------------------------------------------------ dialogues
dspecs = {}
for line in open(os.path.join(HERE, 'method', 'dialogue_specs.jsonl'), encoding='utf-8'):
    o = json.loads(line); dspecs[(o['id'], o['turn'])] = o['spec']
DL = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl').replace('questions', 'dialogues'), encoding='utf-8')]
nturns = 0
reg_end = 0
for d in DL:
    i = d['id']
    if i in ids:
        err('duplicate id ' + i)
    ids.add(i)
    if not 3 <= len(d['turns']) <= 7:
        err(f'{i}: {len(d["turns"])} turns')
    if d['style'] not in ('plain', 'diacritics', 'abbrev', 'typo'):
        err(f'{i}: style')
    reg_end += d['turns'][-1]['expect']['kind'] == 'register'
    for ti, t in enumerate(d['turns']):
        nturns += 1
        e = t['expect']
        w = f'{i}#{ti}'
        k = e['kind']
        if k in ('course', 'course_list', 'register'):
            if not e['codes']:
                err(f'{w}: no codes')
            check_course_texts(w, e['codes'], e['text'])
        if k == 'course_list':
            sp = dspecs.get((i, ti))
            if sp is None:
                err(f'{w}: no stored spec')
            else:
                got = list_of(sp)
                if got != {tuple(e['codes'])}:
                    err(f'{w}: recomputed list {got} != {e["codes"]}')
        elif k == 'register':
            if not open_for_reg(C[e['codes'][0]]):
                err(f'{w}: {e["codes"][0]} is not open for registration')
        elif k == 'target':
            check_target(w, e['codes'], e['text'])
        elif k == 'fact':
            check_fact(w, e['text'])
        elif k == 'off_topic':
            if e['codes'] or e['text']:
                err(f'{w}: off_topic with expectations')
        elif k != 'course':
            err(f'{w}: kind {k}')
        if k == 'course' and len(e['codes']) != 1:
            err(f'{w}: course turn should have one code')

# ------------------------------------------------------------------ counts
provs = {c['province'] for c in CL}
if len(CL) < 300: err(f'only {len(CL)} courses')
if len(provs) < 15: err(f'only {len(provs)} provinces')
if len(T) < 40: err(f'only {len(T)} targets')
if len(Q) < 320: err(f'only {len(Q)} questions')
if len(DL) < 45: err(f'only {len(DL)} dialogues')
years = {r['Năm'].replace('–', '-') for r in T.values()}
for y in ('2025', '2026', '2027'):
    if y not in years: err('no target for ' + y)
if not any('-' in y for y in years): err('no term target')
if reg_end * 5 < len(DL): err('fewer than a fifth of dialogues end in registration')
print(f'courses {len(CL)} in {len(provs)} provinces; targets {len(T)}; questions {len(Q)} {kinds} {styles} '
      f'profiles {nprof}; dialogues {len(DL)}, turns {nturns}, ending in registration {reg_end}')
for m in ERR[:60]:
    print('ERROR', m)
print(f'{len(ERR)} errors')
