#!/usr/bin/env python3
"""Independent checks of courses.csv, targets.csv, questions.jsonl, dialogues.jsonl."""
import csv, json, re, glob, datetime as dt, collections
OUT = '/work/blind3/out/'
SEEDS = '/work/blind3/given/seeds/'
TODAY = dt.datetime(2026, 11, 23, 9, 0)
errors = []
def err(m): errors.append(m)

# ---------- courses
H = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm',
     'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú']
with open(OUT + 'courses.csv', encoding='utf-8') as f:
    rd = csv.reader(f)
    head = next(rd)
    if head != H: err(f'courses header {head}')
    crow = [dict(zip(head, r)) for r in rd]
FMT = {'', 'Tập trung (trực tiếp)', 'Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)'}
STAT = {'', 'Dự kiến', 'Mở đăng ký', 'Đã hủy', 'Đã kết thúc'}
def pd(s, endhour=8):
    m = re.fullmatch(r'(\d\d)/(\d\d)/(\d{4})(?: (\d\d):(\d\d))?', s)
    if not m: return None
    return dt.datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4] if m[4] else endhour), int(m[5] or 0))
C = {}
for i, r in enumerate(crow, 2):
    c = r['Mã lớp']
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', c): err(f'course row {i}: bad code {c}')
    if c in C: err(f'duplicate code {c}')
    C[c] = r
    if not r['Tên lớp'] or not r['Ngày bắt đầu']: err(f'{c}: missing required')
    if r['Hình thức'] not in FMT: err(f'{c}: format {r["Hình thức"]}')
    if r['Trạng thái'] not in STAT: err(f'{c}: status')
    s = pd(r['Ngày bắt đầu'])
    if s is None:
        if not re.fullmatch(r'(Tháng \d+/2027|T\d+/2027|tháng \d+ năm 2027|Quý (I|II|III|IV)/2027)', r['Ngày bắt đầu']):
            err(f'{c}: bad start {r["Ngày bắt đầu"]}')
        if r['Trạng thái'] != 'Dự kiến': err(f'{c}: planned month/quarter but status {r["Trạng thái"]}')
        if r['Hạn đăng ký'] or r['Ngày kết thúc']: err(f'{c}: planned row with dates')
        continue
    e = pd(r['Ngày kết thúc'], 17) if r['Ngày kết thúc'] else None
    d = pd(r['Hạn đăng ký'], 23) if r['Hạn đăng ký'] else None
    if r['Ngày kết thúc'] and e is None: err(f'{c}: bad end')
    if r['Hạn đăng ký'] and d is None: err(f'{c}: bad deadline')
    if e and e.date() < s.date(): err(f'{c}: end before start')
    if d and d.date() > s.date(): err(f'{c}: deadline after start')
    if r['Trạng thái'] == 'Đã kết thúc' and s > TODAY: err(f'{c}: finished in future')
    if r['Trạng thái'] in ('', 'Mở đăng ký') and s < TODAY: err(f'{c}: open but past')

def upcoming(c):
    r = C[c]
    s = pd(r['Ngày bắt đầu'])
    return r['Trạng thái'] not in ('Đã hủy', 'Đã kết thúc') and (s is None or s >= TODAY)
def registrable(c):
    r = C[c]
    if r['Trạng thái'] not in ('', 'Mở đăng ký'): return False
    s = pd(r['Ngày bắt đầu'])
    d = pd(r['Hạn đăng ký'] + ' 23:59') if r['Hạn đăng ký'] and len(r['Hạn đăng ký']) == 10 else (pd(r['Hạn đăng ký']) if r['Hạn đăng ký'] else s)
    return s is not None and d > TODAY
def course_text_ok(c, t):
    r = C[c]
    blob = ' | '.join(r.values())
    return t in blob or re.sub(r'\D', '', t) in re.sub(r'\D', '', r['Số chỗ'])

# ---------- targets
with open(OUT + 'targets.csv', encoding='utf-8') as f:
    trow = list(csv.DictReader(f))
TG = {}
for r in trow:
    c = r['Mã chỉ tiêu']
    if c in TG: err(f'dup target {c}')
    TG[c] = r
    for k in ('Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
        if not r[k]: err(f'target {c}: missing {k}')
    for k in ('Chỉ tiêu', 'Đã đạt'):
        if r[k] and not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?', r[k]): err(f'target {c}: bad number {r[k]}')
    if r['Đã đạt'] and not r['Tính đến ngày']: err(f'target {c}: progress without date')
def target_text_ok(codes, t):
    return any(t in (TG[c]['Chỉ tiêu'], TG[c]['Đã đạt']) or t in TG[c]['Nội dung'] for c in codes)

seed = '\n'.join(open(p, encoding='utf-8').read() for p in sorted(glob.glob(SEEDS + '*.txt')))

# ---------- questions
qs = []
for ln, line in enumerate(open(OUT + 'questions.jsonl', encoding='utf-8'), 1):
    try:
        o = json.loads(line)
    except Exception as ex:
        err(f'questions line {ln}: {ex}'); continue
    qs.append(o)
    for k in ('id', 'q', 'style', 'kind', 'expect'):
        if k not in o: err(f'{ln}: missing {k}')
    if o['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): err(f'{o["id"]}: style')
    k = o['kind']
    if k == 'course':
        if not o['expect']: err(f'{o["id"]}: empty expect')
        for c in o['expect']:
            if c not in C: err(f'{o["id"]}: unknown course {c}')
        for t in o.get('expect_text', []):
            if not any(course_text_ok(c, t) for c in o['expect']): err(f'{o["id"]}: text {t} not in class')
    elif k == 'target':
        for c in o['expect']:
            if c not in TG: err(f'{o["id"]}: unknown target {c}')
        if not o['expect_text']: err(f'{o["id"]}: target without figures')
        for t in o['expect_text']:
            if not target_text_ok(o['expect'], t): err(f'{o["id"]}: figure {t} not in target rows')
    elif k == 'fact':
        if o['expect']: err(f'{o["id"]}: fact with codes')
        if not o['expect_text']: err(f'{o["id"]}: fact without text')
        for t in o['expect_text']:
            if t not in seed: err(f'{o["id"]}: fact text {t!r} not in seeds')
    elif k == 'off_topic':
        if o['expect'] or o.get('expect_text'): err(f'{o["id"]}: off_topic with expectations')
    else:
        err(f'{o["id"]}: kind {k}')
ids = [o['id'] for o in qs]
if len(ids) != len(set(ids)): err('duplicate question ids')
qtexts = [o['q'].strip().lower() for o in qs]
dups = [t for t, n in collections.Counter(qtexts).items() if n > 1]
if dups: err(f'duplicate question texts {dups}')

# ---------- dialogues
ds = []
for ln, line in enumerate(open(OUT + 'dialogues.jsonl', encoding='utf-8'), 1):
    try:
        o = json.loads(line)
    except Exception as ex:
        err(f'dialogues line {ln}: {ex}'); continue
    ds.append(o)
    if not 3 <= len(o['turns']) <= 6: err(f'{o["id"]}: {len(o["turns"])} turns')
    for j, t in enumerate(o['turns'], 1):
        e = t['expect']; k = e['kind']; tag = f'{o["id"]} turn {j}'
        if k in ('course_list', 'course', 'register'):
            if not e['codes']: err(f'{tag}: no codes')
            for c in e['codes']:
                if c not in C: err(f'{tag}: unknown course {c}')
        if k == 'course_list':
            if len(e['codes']) > 5: err(f'{tag}: list > 5')
            for c in e['codes']:
                if c in C and not upcoming(c): err(f'{tag}: listed class {c} not upcoming')
        if k == 'course':
            for x in e['text']:
                if not course_text_ok(e['codes'][0], x): err(f'{tag}: text {x} not in {e["codes"][0]}')
        if k == 'register' and not registrable(e['codes'][0]): err(f'{tag}: {e["codes"][0]} not registrable')
        if k == 'target':
            for c in e['codes']:
                if c not in TG: err(f'{tag}: unknown target {c}')
            for x in e['text']:
                if not target_text_ok(e['codes'], x): err(f'{tag}: figure {x}')
        if k == 'fact':
            for x in e['text']:
                if x not in seed: err(f'{tag}: fact text {x}')
        if k == 'off_topic' and (e['codes'] or e['text']): err(f'{tag}: off_topic with expectations')
        if k not in ('course_list', 'course', 'target', 'fact', 'register', 'off_topic'): err(f'{tag}: kind {k}')

# ---------- summary
PROV34 = {'Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Phú Thọ', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Ninh Bình', 'Hưng Yên',
          'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Huế', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Quảng Trị', 'Lạng Sơn', 'Sơn La',
          'TP Hồ Chí Minh', 'Cần Thơ', 'Cao Bằng', 'Điện Biên', 'Lai Châu', 'Khánh Hòa', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai',
          'Tây Ninh', 'Đồng Tháp', 'Vĩnh Long', 'An Giang', 'Cà Mau'}
provs = collections.Counter(r['Tỉnh/Thành phố'] for r in crow)
for p in provs:
    if p not in PROV34: err(f'province {p} not one of the 34')
print('courses', len(crow), 'provinces', len(provs), dict(collections.Counter(r['Trạng thái'] for r in crow)))
print('targets', len(trow), 'years', dict(collections.Counter(r['Năm'] for r in trow)))
print('questions', len(qs), dict(collections.Counter(o['kind'] for o in qs)), dict(collections.Counter(o['style'] for o in qs)))
print('by kind x style', dict(collections.Counter((o['kind'], o['style']) for o in qs)))
print('dialogues', len(ds), 'turns', sum(len(o['turns']) for o in ds),
      dict(collections.Counter(t['expect']['kind'] for o in ds for t in o['turns'])), dict(collections.Counter(o['style'] for o in ds)))
print('ERRORS:', len(errors))
for e in errors: print(' -', e)
