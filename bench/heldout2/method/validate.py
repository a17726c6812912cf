import csv, json, glob, sys, re, datetime as dt
OUT = '/work/blind/out'
errs = []
courses = list(csv.DictReader(open(f'{OUT}/courses.csv', encoding='utf-8')))
targets = list(csv.DictReader(open(f'{OUT}/targets.csv', encoding='utf-8')))
C = {r['Mã lớp']: r for r in courses}; Tg = {r['Mã chỉ tiêu']: r for r in targets}
if len(C) != len(courses): errs.append('duplicate course codes')
if len(Tg) != len(targets): errs.append('duplicate target codes')
for code in C:
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code): errs.append(f'bad code {code}')
def pd(s):
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})', s or '');
    return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else None
for r in courses:
    s, e, d = pd(r['Ngày bắt đầu']), pd(r['Ngày kết thúc']), pd(r['Hạn đăng ký'])
    if s and e and e < s: errs.append(f"end<start {r['Mã lớp']}")
    if s and d and d > s: errs.append(f"deadline>start {r['Mã lớp']}")
    if not s and not re.match(r'(Tháng|Quý)', r['Ngày bắt đầu']): errs.append(f"bad start {r['Mã lớp']}")
    if not r['Tên lớp']: errs.append('no title')
seeds = ''.join(open(f).read() for f in glob.glob('/work/blind/seeds/*.txt'))
def rowtext(r): return ' | '.join(r.values())
ids = set()
def check_course_text(codes, texts, where):
    for t in texts or []:
        if not any(t in rowtext(C[c]) for c in codes[:1]) :
            errs.append(f'{where}: text {t!r} not in row of {codes[:1]}')
n = 0
kinds = {}
for line in open(f'{OUT}/questions.jsonl', encoding='utf-8'):
    q = json.loads(line); n += 1
    if q['id'] in ids: errs.append('dup id ' + q['id'])
    ids.add(q['id'])
    kinds.setdefault((q['kind']), 0); kinds[q['kind']] += 1
    assert q['style'] in ('diacritics', 'plain', 'abbrev', 'typo')
    if q['kind'] == 'course':
        if not q['expect']: errs.append('empty ' + q['id'])
        for c in q['expect']:
            if c not in C: errs.append(f"{q['id']}: unknown course {c}")
        check_course_text(q['expect'], q.get('expect_text'), q['id'])
    elif q['kind'] == 'target':
        for c in q['expect']:
            if c not in Tg: errs.append(f"{q['id']}: unknown target {c}")
        for t in q.get('expect_text', []):
            if t not in rowtext(Tg[q['expect'][0]]): errs.append(f"{q['id']}: text {t} not in target row")
    elif q['kind'] == 'fact':
        if q['expect']: errs.append('fact with expect')
        for t in q['expect_text']:
            if t not in seeds: errs.append(f"{q['id']}: fact text {t!r} not in seeds")
    elif q['kind'] == 'off_topic':
        if q['expect']: errs.append('off with expect')
    if len(set(q['expect'])) != len(q['expect']): errs.append('dup codes in ' + q['id'])
    p = q.get('profile')
    if p and p.get('role') and p['role'] not in ["Chủ tịch CĐCS","Phó chủ tịch CĐCS","Ủy viên BCH công đoàn","Cán bộ công đoàn chuyên trách","Cán bộ công đoàn không chuyên trách","Giảng viên kiêm chức","Cán bộ công đoàn cấp trên cơ sở","Ủy viên ủy ban kiểm tra","Đoàn viên, người lao động"]:
        errs.append('bad role ' + q['id'])
today = dt.date(2026, 11, 23)
nd = 0
for line in open(f'{OUT}/dialogues.jsonl', encoding='utf-8'):
    d = json.loads(line); nd += 1
    if d['id'] in ids: errs.append('dup id ' + d['id'])
    ids.add(d['id'])
    if not 3 <= len(d['turns']) <= 6: errs.append(f"{d['id']}: {len(d['turns'])} turns")
    for t in d['turns']:
        e = t['expect']; k = e['kind']
        assert k in ('course_list', 'course', 'target', 'fact', 'register', 'off_topic'), k
        if k in ('course_list', 'course', 'register'):
            if not e.get('codes'): errs.append(f"{d['id']}: empty codes")
            for c in e.get('codes', []):
                if c not in C: errs.append(f"{d['id']}: unknown {c}")
            if k == 'course':
                if len(e['codes']) != 1: errs.append(f"{d['id']}: course turn with {len(e['codes'])} codes")
                check_course_text(e['codes'], e.get('text'), d['id'])
            if k == 'register':
                r = C[e['codes'][0]]
                if r['Trạng thái'] != 'Mở đăng ký' or not pd(r['Hạn đăng ký']) or pd(r['Hạn đăng ký']) < today:
                    errs.append(f"{d['id']}: register on closed class {e['codes'][0]}")
        if k == 'target':
            for c in e['codes']:
                if c not in Tg: errs.append(f"{d['id']}: unknown target {c}")
            for t_ in e.get('text', []):
                if t_ not in rowtext(Tg[e['codes'][0]]): errs.append(f"{d['id']}: text {t_} not in target")
        if k == 'fact':
            for t_ in e.get('text', []):
                if t_ not in seeds: errs.append(f"{d['id']}: fact text {t_!r} not in seeds")
provs = {r['Tỉnh/Thành phố'] for r in courses}
print('courses', len(courses), 'provinces', len(provs), 'targets', len(targets), 'years', sorted({r['Năm'] for r in targets}))
print('questions', n, kinds, 'dialogues', nd)
print('ERRORS' if errs else 'OK', len(errs)); print('\n'.join(errs[:50]))
