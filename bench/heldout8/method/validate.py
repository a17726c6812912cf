#!/usr/bin/env python3
"""Set 8 validator: re-reads courses.csv / targets.csv, re-derives every expectation from the question
specs (method/specs.json) by code, and checks the jsonl files for consistency. Prints a report; exit 1 on error."""
import csv, json, os, re, sys, collections, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b8lib as L

errors, notes = [], []
def err(m): errors.append(m)

# ---------- courses.csv ----------
COLS = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm',
        'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú', 'Lịch nhắc']
with open(os.path.join(HERE, 'courses.csv'), encoding='utf-8-sig') as f:
    rd = csv.reader(f); header = next(rd); raw = list(rd)
if header != COLS: err(f'courses.csv header {header}')
try:
    courses = L.load_courses()
except Exception as e:
    err(f'courses.csv does not parse: {e}'); courses = []
byc = {}
for i, c in enumerate(courses, 2):
    code = c['code']
    if not re.fullmatch(r'[A-Za-z0-9_.-]{1,40}', code): err(f'row {i}: bad code {code!r}')
    if code in byc: err(f'row {i}: duplicate code {code}')
    byc[code] = c
    if not c['Tên lớp'].strip(): err(f'row {i}: empty title')
    if not c['aud']: err(f'row {i}: audience not understood')
    w = c['when']
    if w['kind'] == 'dated':
        if c['end'] and c['end'] < w['start'].date(): err(f'{code}: end before start')
        if c['deadline'] and c['deadline'].date() > w['start'].date(): err(f'{code}: deadline after start')
        if c['Ngày kết thúc'] and w['end']: err(f'{code}: range in start and end column both')
    else:
        if c['status'] != 'planned': err(f'{code}: month/quarter row must say Dự kiến')
        if c['Hạn đăng ký'] or c['Ngày kết thúc']: err(f'{code}: planned row with dates')
    if c['Số chỗ'] and not re.search(r'\d', c['Số chỗ']): err(f'{code}: seats')
    if c['Lịch nhắc'] and not re.fullmatch(r'(không|\d+ (ngày|giờ|phút)( lúc \d\d:\d\d)?(; \d+ (ngày|giờ|phút)( lúc \d\d:\d\d)?)*)', c['Lịch nhắc']):
        err(f'{code}: reminder {c["Lịch nhắc"]!r}')
if len(courses) < 300: err(f'only {len(courses)} courses')
provs = collections.Counter(c['prov'] for c in courses)
if len(provs) < 15: err(f'only {len(provs)} provinces')

# ---------- targets.csv ----------
targets = L.load_targets(); byt = {}
for t in targets:
    k = t['Mã chỉ tiêu']
    if k in byt: err(f'duplicate target {k}')
    byt[k] = t
    for col in ('Chỉ tiêu', 'Đã đạt'):
        v = t[col]
        if v and not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?|\d+', v): err(f'{k}: {col} {v!r}')
    if not re.fullmatch(r'20\d\d(-20\d\d)?', t['Năm']): err(f'{k}: year {t["Năm"]}')
    if t['Tính đến ngày'] and not re.fullmatch(r'\d\d/\d\d/\d{4}', t['Tính đến ngày']): err(f'{k}: as-of date')
    if len(t['Đơn vị tính']) > 40: err(f'{k}: unit too long')

# ---------- seeds ----------
seeds = ''
sd = os.path.join(HERE, 'method', 'sources')
for fn in sorted(os.listdir(sd)):
    seeds += open(os.path.join(sd, fn), encoding='utf-8').read() + '\n'

specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))

def place_word(c):
    p = c['Địa điểm']
    for sep in ['(', ',']: p = p.split(sep)[0]
    return p.strip()

def row_text(c):
    return ' | '.join([c['start_txt'] or '', c['Ngày bắt đầu'], c['Địa điểm'], c['Đơn vị tổ chức'], c['prov'], c['Ghi chú'], c['Số ngày'],
                       c['deadline'].strftime('%d/%m/%Y') if c['deadline'] else '',
                       c['when']['start'].strftime('%H:%M') if c['when']['kind'] == 'dated' else ''])

# ---------- questions ----------
qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = set(); kinds = collections.Counter(); styles = collections.Counter()
for q in qs:
    qid = q['id']
    if qid in ids: err(f'duplicate id {qid}')
    ids.add(qid)
    if not qid.startswith('b8-'): err(f'{qid}: prefix')
    for k in ('q', 'style', 'kind', 'expect', 'expect_text'):
        if k not in q: err(f'{qid}: missing {k}')
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): err(f'{qid}: style')
    kinds[q['kind']] += 1; styles[q['style']] += 1
    spec = specs['questions'].get(qid)
    if q['kind'] == 'course':
        want = [c['code'] for c in L.select(courses, spec)]
        if not want: err(f'{qid}: no class matches')
        if q['expect'] != want: err(f'{qid}: expect differs from re-derived {want}')
        for t in q['expect_text']:
            if not any(t in row_text(byc[k]) for k in q['expect']): err(f'{qid}: text {t!r} not in rows')
    elif q['kind'] == 'target':
        ts = L.select_targets(targets, spec)
        if not ts: err(f'{qid}: no target matches')
        if q['expect'] != [t['Mã chỉ tiêu'] for t in ts]: err(f'{qid}: target codes differ')
        if q['expect_text'] != L.target_texts(ts): err(f'{qid}: target figures differ')
        for t in q['expect_text']:
            if not any(t in (x['Chỉ tiêu'], x['Đã đạt']) for x in ts): err(f'{qid}: figure {t} not as written')
    elif q['kind'] == 'fact':
        if q['expect'] or not q['expect_text']: err(f'{qid}: fact shape')
        for t in q['expect_text']:
            if t not in seeds: err(f'{qid}: {t!r} not verbatim in seeds')
    elif q['kind'] == 'off_topic':
        if q['expect'] or q['expect_text']: err(f'{qid}: off_topic must be empty')
    else:
        err(f'{qid}: kind {q["kind"]}')
    if 'profile' in q:
        p = q['profile']
        if p.get('province') and p['province'] not in provs: err(f'{qid}: profile province {p["province"]}')
n = len(qs)
if n < 300: err(f'only {n} questions')
share = {k: round(100 * v / n, 1) for k, v in kinds.items()}
for k, (lo, hi) in {'course': (55, 66), 'target': (10, 15), 'fact': (10, 15), 'off_topic': (12, 18)}.items():
    if not lo <= share.get(k, 0) <= hi: err(f'share of {k} = {share.get(k)}% outside {lo}-{hi}')
for s, v in styles.items():
    if not 20 <= 100 * v / n <= 30: err(f'style {s} share {100 * v / n:.1f}%')

# ---------- dialogues ----------
ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
dkinds = collections.Counter()
for d in ds:
    did = d['id']
    if did in ids: err(f'duplicate id {did}')
    ids.add(did)
    if not 4 <= len(d['turns']) <= 6: err(f'{did}: {len(d["turns"])} turns')
    tsp = specs['dialogues'][did]; shown = {}
    for ti, (turn, ts) in enumerate(zip(d['turns'], tsp)):
        e = turn['expect']; kind = e['kind']; dkinds[kind] += 1
        if kind != ts['kind']: err(f'{did}/{ti}: kind mismatch')
        spec = ts['spec']
        if kind == 'course_list':
            want = [c['code'] for c in L.select(courses, spec)]
            shown[ti] = want
            if not want or e['codes'] != want: err(f'{did}/{ti}: list differs {want}')
        elif kind in ('course', 'register'):
            code = spec['code'] or shown[spec['ref'][0]][spec['ref'][1] - 1]
            if e['codes'] != [code]: err(f'{did}/{ti}: code {e["codes"]} != {code}')
            c = byc[code]
            if kind == 'course':
                if c['when']['kind'] != 'dated': err(f'{did}/{ti}: course turn on a planned class')
                elif not e['text'] or e['text'][0] != c['start_txt']: err(f'{did}/{ti}: first text must be the start date')
                for t in e['text']:
                    if t not in row_text(c) and not (c['end'] and t == c['end'].strftime('%d/%m/%Y')): err(f'{did}/{ti}: {t!r} not from row')
                for a in spec['ask']:
                    if a == 'deadline' and not c['deadline']: err(f'{did}/{ti}: asks deadline but none')
            else:
                if not L.registrable(c): err(f'{did}/{ti}: {code} not open for registration')
        elif kind == 'target':
            ts_ = L.select_targets(targets, spec)
            if not ts_ or e['codes'] != [x['Mã chỉ tiêu'] for x in ts_] or e['text'] != L.target_texts(ts_): err(f'{did}/{ti}: target differs')
        elif kind == 'fact':
            if e['codes']: err(f'{did}/{ti}: fact with codes')
            for t in e['text']:
                if t not in seeds: err(f'{did}/{ti}: {t!r} not in seeds')
        elif kind == 'off_topic':
            if e['codes'] or e['text']: err(f'{did}/{ti}: off_topic not empty')
if len(ds) < 30: err(f'only {len(ds)} dialogues')

# ---------- report ----------
up = sum(L.upcoming(c) for c in courses); rg = sum(L.registrable(c) for c in courses)
st = collections.Counter(c['status'] for c in courses)
print('SET 8 VALIDATION  (today = 23/11/2026 09:00 Asia/Ho_Chi_Minh)')
print(f'courses: {len(courses)} rows, {len(provs)} current provinces, {len(set(c["Đơn vị tổ chức"] for c in courses))} organisers')
print(f'  status: {dict(st)}; planned (month/quarter) rows: {sum(c["when"]["kind"] == "planned" for c in courses)}')
print(f'  upcoming: {up}; open for registration now: {rg}; online/hybrid: {sum(c["mode"] != "direct" for c in courses)}')
print(f'  by province: {dict(provs)}')
print(f'targets: {len(targets)} rows, units: {len(set(t["Đơn vị"] for t in targets))}, years: {sorted(set(t["Năm"] for t in targets))}')
print(f'questions: {n}  kinds: {dict(kinds)}  shares %: {share}')
print(f'  styles: {dict(styles)}')
print(f'  course expect sizes: min {min(len(q["expect"]) for q in qs if q["kind"] == "course")}, '
      f'max {max(len(q["expect"]) for q in qs if q["kind"] == "course")}, single-answer: {sum(len(q["expect"]) == 1 for q in qs if q["kind"] == "course")}')
print(f'dialogues: {len(ds)}  turns: {sum(len(d["turns"]) for d in ds)}  turn kinds: {dict(dkinds)}')
print(f'errors: {len(errors)}')
for e in errors: print('  ERROR', e)
sys.exit(1 if errors else 0)
