#!/usr/bin/env python3
"""Re-derives every expectation of this set from courses.csv, targets.csv, the seed articles and
method/criteria.json (the machine-readable criteria behind each question/turn). Prints 'N errors'."""
import csv, json, os, re, sys, glob
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
from common import NOW, fold, load_courses, match, fmt_d, parse_start, parse_point, first_clear

errs = []
def E(msg):
    errs.append(msg)

# ---------- courses.csv: format ----------
rows = list(csv.reader(open(os.path.join(HERE, 'courses.csv'), encoding='utf-8-sig'), delimiter=';'))
KNOWN = {'ma lop', 'ten lop hoc', 'chuyen de', 'doi tuong tham gia', 'don vi thuc hien', 'don vi phoi hop', 'tinh/thanh pho', 'dia diem to chuc',
         'hinh thuc', 'ngay bat dau', 'ngay ket thuc', 'han dang ky', 'so ngay', 'so luong', 'trang thai', 'ghi chu'}
hdr = [fold(re.sub(r'\(.*?\)', '', h)) for h in rows[0]]
for h in hdr:
    if h not in KNOWN:
        E(f'courses.csv: unknown header {h!r}')
MODES = {'', 'tap trung', 'truc tuyen', 'ket hop'}
STAT = {'', 'du kien', 'mo dang ky', 'da huy', 'da ket thuc'}
codes = set()
for i, r in enumerate(rows[1:], 2):
    d = dict(zip(hdr, r))
    c = d['ma lop']
    if not re.fullmatch(r'[A-Za-z0-9_.\-]{1,40}', c): E(f'row {i}: bad code {c!r}')
    if c in codes: E(f'row {i}: duplicate code {c}')
    codes.add(c)
    if not d['ten lop hoc'] or len(d['ten lop hoc']) > 300: E(f'row {i}: bad title')
    if fold(re.sub(r'\(.*?\)', '', d['hinh thuc'])).strip() not in MODES: E(f'row {i}: bad mode {d["hinh thuc"]!r}')
    if fold(d['trang thai']) not in STAT: E(f'row {i}: bad status')
    try:
        s, e2, per = parse_start(d['ngay bat dau'])
        e = parse_point(d['ngay ket thuc'], 17, 0) or e2
        dl = parse_point(d['han dang ky'], 23, 59)
    except Exception as ex:
        E(f'row {i}: {ex}'); continue
    if s and e and e < s: E(f'row {i}: end before start')
    if dl and s and dl > s: E(f'row {i}: deadline after start')
    if per and (d['ngay ket thuc'] or d['han dang ky']): E(f'row {i}: period class with end/deadline')
    if not re.fullmatch(r'(khoảng )?\d+( người| học viên)?', d['so luong']): E(f'row {i}: seats {d["so luong"]!r}')
    if d['so ngay'] and not re.fullmatch(r'0?\d( ngày)?', d['so ngay']): E(f'row {i}: days {d["so ngay"]!r}')
    if s and d['so ngay']:
        n = int(re.match(r'0?(\d)', d['so ngay']).group(1))
        if e and (e.date() - s.date()).days + 1 < n: E(f'row {i}: more study days than calendar days')

CS = load_courses(os.path.join(HERE, 'courses.csv'))
provs = Counter(c.prov for c in CS.values())
if len(CS) < 320: E('fewer than 320 classes')
if len(provs) < 15: E('fewer than 15 provinces')
print(f'classes {len(CS)}, provinces {len(provs)}, upcoming open {sum(c.upcoming and not c.cancelled for c in CS.values())}')

# ---------- targets ----------
TG = list(csv.DictReader(open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig')))
TGC = {}
def vnum(s):
    s = s.rstrip('%')
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s): return float(s.replace('.', ''))
    if re.fullmatch(r'\d+(,\d+)?', s): return float(s.replace(',', '.'))
    raise ValueError(s)
for r in TG:
    if r['Mã chỉ tiêu'] in TGC: E('duplicate target code ' + r['Mã chỉ tiêu'])
    TGC[r['Mã chỉ tiêu']] = r
    for k in ('Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
        if not r[k]: E(f'target {r["Mã chỉ tiêu"]}: empty {k}')
    try:
        vnum(r['Chỉ tiêu']); r['Đã đạt'] and vnum(r['Đã đạt'])
    except ValueError as ex:
        E(f'target {r["Mã chỉ tiêu"]}: bad number {ex}')
    if not re.fullmatch(r'20\d\d(-20\d\d)?', r['Năm']): E('bad year ' + r['Năm'])
units = {r['Đơn vị'] for r in TG}
if len(TG) < 30 or len(units) < 15: E('too few targets/units')
if not {'2025', '2026', '2027'} <= {r['Năm'] for r in TG}: E('target years 2025-2027 not all covered')
def which(r):
    if r['Đối tượng'] == 'Chủ tịch CĐCS': return 'ct'
    if r['Đơn vị tính'] == 'lớp': return 'lop'
    if r['Đơn vị tính'] == '%': return 'pct'
    if '-' in r['Năm']: return 'period'
    return 'general'
def tfig(r):
    return [x for x in (r['Chỉ tiêu'], r['Đã đạt']) if x]
def tcheck(where, codes_, texts, cr):
    want = [r for r in TG if r['Đơn vị'] in cr['units'] and r['Năm'] == cr['year'] and which(r) == cr['which']]
    if [r['Mã chỉ tiêu'] for r in want] != list(codes_): E(f'{where}: target codes {codes_} != {[r["Mã chỉ tiêu"] for r in want]}')
    if [x for r in want for x in tfig(r)] != list(texts): E(f'{where}: target figures {texts}')

SEEDS = '\n'.join(open(f, encoding='utf-8').read() for f in sorted(glob.glob(os.path.join(HERE, '..', 'given', 'seeds', '*.txt'))))
CR = json.load(open(os.path.join(HERE, 'method', 'criteria.json'), encoding='utf-8'))

def tup(cr):
    cr = dict(cr)
    if 'month' in cr: cr['month'] = tuple(cr['month'])
    return cr

def place_word(c):
    m = re.search(r'(phường|xã) ([^,()]+?)(?:\s*\(|,|$| và)', c.venue)
    return m.group(2).strip() if m else None
def field_val(c, f):
    return {'deadline': c.deadline and fmt_d(c.deadline), 'start': c.start and fmt_d(c.start), 'venue': place_word(c), None: None}[f]
def base_title(t):
    return re.sub(r'\s*(\(đợt \d\)|- đợt \d|, đợt \d| - Đợt \d)$', '', t)
def regable(c):
    return c.upcoming and not c.cancelled and c.start and fold(c.status) != 'du kien' and not c.full and (c.deadline is None or c.deadline > NOW)

# ---------- questions ----------
Q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = set()
for q in Q:
    w = q['id']
    if w in ids: E('dup id ' + w)
    ids.add(w)
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): E(w + ': style')
    if q['kind'] not in ('course', 'target', 'fact', 'off_topic'): E(w + ': kind')
    if not q['q'].strip(): E(w + ': empty q')
    cr = CR.get(w)
    if cr is None: E(w + ': no criteria'); continue
    if q['kind'] == 'course':
        if 'code' in cr:
            c = CS.get(cr['code'])
            if not c or q['expect'] != [c.code]: E(w + ': code'); continue
            if not c.upcoming or c.cancelled: E(w + ': class not upcoming/open')
            same = [x for x in CS.values() if x.upcoming and not x.cancelled and x.prov == c.prov and base_title(x.title) == base_title(c.title)
                    and re.findall(r'[đĐ]ợt (\d)', x.title) == re.findall(r'[đĐ]ợt (\d)', c.title)]
            if len(same) != 1: E(w + ': class description not unique')
            if q['expect_text'] != [field_val(c, cr['field'])]: E(w + f': text {q["expect_text"]} vs {field_val(c, cr["field"])}')
        else:
            s, m = match(CS, tup(cr))
            if not s: E(w + ': no matching class')
            if m: E(w + ': ambiguous (possible) matches ' + str([c.code for c in m]))
            if sorted(q['expect']) != sorted(c.code for c in s): E(w + f': expect {q["expect"]} != {[c.code for c in s]}')
            if cr.get('first') and not first_clear(CS, tup(cr)): E(w + ': soonest class not clear')
            elif cr.get('first') and q['expect_text'] and q['expect_text'] != [fmt_d(s[0].start)]: E(w + ': first date')
            if cr.get('past') and q['expect_text'] and q['expect_text'] != [place_word(s[0])]: E(w + ': past venue')
            if not cr.get('first') and not cr.get('past') and q['expect_text']: E(w + ': unexpected text')
    elif q['kind'] == 'target':
        tcheck(w, q['expect'], q['expect_text'], cr)
    elif q['kind'] == 'fact':
        if q['expect'] or not 1 <= len(q['expect_text']) <= 3: E(w + ': fact shape')
        for t in q['expect_text']:
            if t not in SEEDS: E(w + f': {t!r} not in seeds')
    else:
        if q['expect'] or q['expect_text']: E(w + ': off_topic must expect nothing')
kinds = Counter(q['kind'] for q in Q); styles = Counter(q['style'] for q in Q)
if len(Q) < 300: E('fewer than 300 questions')
for k, n in (('course', 180), ('target', 40), ('fact', 40), ('off_topic', 40)):
    if kinds[k] < n: E(f'too few {k}')
for s in styles:
    if not 0.2 <= styles[s] / len(Q) <= 0.3: E('style share ' + s)
cq = [q for q in Q if q['kind'] == 'course']
former = [q for q in cq if 'area' in CR[q['id']]]
if len(former) < 0.15 * len(cq): E('former names < 15% of course questions')
near = sum(1 for q in Q if q['kind'] == 'off_topic' and CR[q['id']]['cat'] == 'near')
if near < kinds['off_topic'] / 2: E('near-domain off_topic < half')
print('questions', len(Q), dict(kinds), dict(styles), 'former-name course qs', len(former), 'near-domain off', near)

# ---------- dialogues ----------
D = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
if len(D) < 50: E('fewer than 50 dialogues')
dids = set(); pats = Counter()
for d in D:
    if d['id'] in dids: E('dup dialogue ' + d['id'])
    dids.add(d['id'])
    if not 4 <= len(d['turns']) <= 7: E(d['id'] + ': turn count')
    for i, t in enumerate(d['turns']):
        w = f'{d["id"]}.{i}'; ex = t['expect']; cr = CR.get(w)
        if cr is None: E(w + ': no criteria'); continue
        pats[cr['pattern']] += 1 if i == 0 else 0
        typ = cr['type']
        if typ in ('list', 'ord'):
            s, m = match(CS, tup(cr['crit']))
            if typ == 'list':
                if not s: E(w + ': empty list')
                if ex['codes'] != [c.code for c in s]: E(w + f': list {ex["codes"]} != {[c.code for c in s]}')
                if ex['kind'] == 'course' and (m or len(s) != 1 or not first_clear(CS, tup(cr['crit']))): E(w + ': single class turn ambiguous')
                if ex['kind'] == 'course' and ex['text'] != [fmt_d(s[0].start)]: E(w + ': first date')
            else:
                if m or any(c.start is None for c in s) or len({c.start for c in s}) < len(s): E(w + ': ordinal on ambiguous list')
                if ex['codes'] != [s[cr['n']].code]: E(w + ': ordinal code')
                if ex['text'] and ex['text'] not in ([place_word(s[cr['n']])], [fmt_d(s[cr['n']].start)], [fmt_d(s[cr['n']].deadline) if s[cr['n']].deadline else None]):
                    E(w + ': ordinal text')
        elif typ == 'one':
            c = CS.get(cr['code'])
            if not c or not c.upcoming or c.cancelled or ex['codes'] != [c.code]: E(w + ': one'); continue
            if cr['field'] and ex['text'] != [field_val(c, cr['field'])]: E(w + ': one text')
        elif typ == 'reg':
            c = CS.get(cr['code'])
            if not c or not regable(c) or ex['codes'] != [c.code]: E(w + ': class cannot be registered')
        elif typ == 'target':
            tcheck(w, ex['codes'], ex['text'], cr)
        elif typ == 'fact':
            for x in ex['text']:
                if x not in SEEDS: E(w + f': {x!r} not in seeds')
        elif typ == 'off':
            if ex['codes'] or ex['text']: E(w + ': off_topic turn expects nothing')
        if ex['kind'] not in ('course_list', 'course', 'register', 'target', 'fact', 'off_topic'): E(w + ': kind')
print('dialogues', len(D), 'turns', sum(len(d['turns']) for d in D), 'patterns', dict(pats))
for e in errs[:50]:
    print('ERROR', e)
print(f'{len(errs)} errors')
sys.exit(1 if errs else 0)
