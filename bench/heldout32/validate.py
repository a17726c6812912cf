#!/usr/bin/env python3
"""Checks the test set against the data. Standard library only. Prints «N errors».

1. courses.csv is re-read independently (its own little parser for the formats the offices used):
   every class row has a unique code; its start date/period, status and place agree with
   method/model.json (the meaning the expectations were computed from).
2. Every expected code in questions.jsonl / dialogues.jsonl exists in courses.csv.
3. Every expectation is recomputed from method/specs.json with method/expect.py and must be equal.
4. Every course expect_text is found in the expected class's data (date, place, days, …); every
   target figure is written in targets.csv on that target's row; every fact phrase is written in a seed
   article (given/seeds/ or a copy in method/seeds/).
5. Register turns name a class that is open, dated, upcoming and within its deadline; list turns have
   1–5 classes, all dated and open, with distinct start times (ordinals are unambiguous).
"""
import csv, json, os, re, sys, glob, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
import expect as E  # noqa: E402

errors = []


def err(m):
    errors.append(m)

# ---------------------------------------------------------------- 1. read courses.csv
rows = list(csv.reader(open(os.path.join(HERE, 'courses.csv'), encoding='utf-8-sig')))
hi = next(i for i, r in enumerate(rows) if r and r[0].strip() == 'STT' and 'Mã lớp' in r)
H = rows[hi]
col = {h: i for i, h in enumerate(H)}
csv_cls = {}
for ln, r in enumerate(rows[hi + 1:], hi + 2):
    code = r[col['Mã lớp']].strip() if len(r) > col['Mã lớp'] else ''
    if not code or re.fullmatch(r'\(\d+\)', code):
        continue
    if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
        err(f"courses.csv line {ln}: bad code {code!r}")
    if code in csv_cls:
        err(f"courses.csv line {ln}: duplicate code {code}")
    csv_cls[code] = dict(zip(H, r), _line=ln)

ROMAN = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}


def parse_start(cell):
    """-> ('date', date) or ('period', (kind, year, n)). Only the forms this plan uses."""
    s = cell.strip()
    m = re.fullmatch(r'(?:tháng|Tháng|T)\s*(\d{1,2})(?:/| năm )(\d{4})', s)
    if m:
        return 'period', ('M', int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(?:Quý|quý|Q)\s*([IV]+|\d)(?:/| năm )(\d{4})', s)
    if m:
        n = m.group(1)
        return 'period', ('Q', int(m.group(2)), ROMAN.get(n) or int(n))
    if re.fullmatch(r'\d{5}', s):
        return 'date', dt.date(1899, 12, 30) + dt.timedelta(days=int(s))
    m = re.match(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return 'date', dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r'(\d{1,2})/(\d{1,2})\s*(?:-|đến)\s*\d{1,2}/\d{1,2}/(\d{4})', s)  # 03/12 - 05/12/2026
    if m:
        return 'date', dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r'(\d{1,2})\s*-\s*\d{1,2}/(\d{1,2})/(\d{4})', s)  # 03-05/12/2026
    if m:
        return 'date', dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        return 'date', dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None, None


def parse_hour(cell):
    s = cell.strip()
    m = re.search(r'(\d{1,2})[h:](\d{2})', s.split('ngày')[0] if 'ngày' in s else s[10:] if re.match(r'\d{2}/', s) else s)
    if m and not re.match(r'\d{4}-\d{2}-\d{2} 00:00:00', s):
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    if s.lower().startswith('chiều'):
        return '13:30'
    if s.lower().startswith('tối'):
        return '18:30'
    return '08:00'

for c in E.M['classes']:
    r = csv_cls.get(c['code'])
    if r is None:
        err(f"{c['code']} in model but not in courses.csv")
        continue
    if r['Tên lớp học'] != c['title']:
        err(f"{c['code']}: title differs")
    kind, v = parse_start(r['Ngày bắt đầu'])
    if c['period']:
        if kind != 'period' or list(v) != list(c['period']):
            err(f"{c['code']}: period cell {r['Ngày bắt đầu']!r} != {c['period']}")
    else:
        d0 = dt.datetime.fromisoformat(c['start'])
        if kind != 'date' or v != d0.date():
            err(f"{c['code']}: start cell {r['Ngày bắt đầu']!r} != {c['start']}")
        elif parse_hour(r['Ngày bắt đầu']) != d0.strftime('%H:%M'):
            err(f"{c['code']}: hour of {r['Ngày bắt đầu']!r} != {c['start']}")
    st, note = r['Trạng thái'], r['Ghi chú']
    if c['status'] == 'Đã hủy' and st != 'Đã hủy':
        err(f"{c['code']}: status cell {st!r} but model cancelled")
    if c['status'] == 'Đã hoãn':
        if not (st in ('Đã hoãn', 'Tạm hoãn', 'Hoãn') or re.search(r'Lùi lịch đến|Hoãn sang|Dời lịch sang|Lịch mới', note)):
            err(f"{c['code']}: not written as postponed")
        if c['new_start']:
            nd = dt.datetime.fromisoformat(c['new_start']).strftime('%d/%m/%Y')
            if nd not in note:
                err(f"{c['code']}: new date {nd} not in note {note!r}")
    if c['status'] == 'Mở đăng ký' and st not in ('', 'Mở đăng ký'):
        err(f"{c['code']}: status cell {st!r}")
    if r['Địa điểm tổ chức'] != c['venue']:
        err(f"{c['code']}: venue differs")
    if c['mode'] == 'online' and 'trực tuyến' not in r['Hình thức'].lower():
        err(f"{c['code']}: online not written")
    if c['area'] and c['area'].split(' - ')[0] not in c['venue'] and not any(
            w in c['venue'] for w in ('Tam Kỳ', 'Hội An', 'Kon Tum', 'Quy Nhơn', 'Tuy Hòa', 'Phan Rang', 'Gia Nghĩa',
                                      'Phan Thiết', 'Thủ Dầu Một', 'Dĩ An', 'Vũng Tàu')):
        err(f"{c['code']}: former province {c['area']} not visible in venue")
    n = re.match(r'\d+', r['Số ngày'] or '')
    if r['Số ngày'] and int(n.group()) != c['days']:
        err(f"{c['code']}: days cell {r['Số ngày']!r} != {c['days']}")
if len(csv_cls) != len(E.M['classes']):
    err(f"courses.csv has {len(csv_cls)} classes, model {len(E.M['classes'])}")
if len(csv_cls) < 300:
    err('fewer than 300 classes')

# targets.csv
trows = list(csv.reader(open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig')))
th = next(i for i, r in enumerate(trows) if 'Mã chỉ tiêu' in r)
TH = trows[th]
tcsv = {}
for r in trows[th + 1:]:
    d = dict(zip(TH, r))
    if d.get('Mã chỉ tiêu'):
        tcsv[d['Mã chỉ tiêu']] = d
years = {d['Năm'] for d in tcsv.values()}
if not {'2025', '2026'} <= years:
    err('targets.csv lacks 2025 or 2026 rows')

# seeds
seed_dirs = [os.path.join(HERE, '..', 'given', 'seeds'), os.path.join(HERE, 'method', 'seeds')]
seed_text = ''
for sd in seed_dirs:
    for p in glob.glob(os.path.join(sd, '*.txt')):
        seed_text += open(p, encoding='utf-8').read() + '\n'

# ---------------------------------------------------------------- 2-5. expectations
specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
if len(qs) != len(specs['questions']) or len(ds) != len(specs['dialogues']):
    err('specs.json and jsonl files differ in length')


def text_in_class(code, t):
    c = E.C[code]
    r = csv_cls[code]
    blob = ' '.join(str(v) for v in r.values())
    s = E.start_of(c)
    cands = {E.place_token(c), f"{c['days']} ngày", 'trực tuyến' if c['mode'] == 'online' else None,
             {'Đã hoãn': 'hoãn', 'Đã hủy': 'hủy'}.get(c['status'])}
    if s:
        cands.add(s.strftime('%d/%m/%Y'))
    for k in ('deadline', 'end'):
        if c[k]:
            cands.add(dt.date.fromisoformat(c[k]).strftime('%d/%m/%Y'))
    if c['period_label']:
        cands.add(c['period_label'].split(' ', 1)[1])
    if t not in cands and t not in blob:
        return False
    # the words must be backed by the written row too (dates may be written in another form there)
    if re.fullmatch(r'\d{2}/\d{2}/\d{4}', t):
        d = dt.datetime.strptime(t, '%d/%m/%Y').date()
        written = [parse_start(r['Ngày bắt đầu'])[1], parse_start(r['Hạn đăng ký'])[1] if r['Hạn đăng ký'] else None]
        e = r['Ngày kết thúc']
        if e:
            written.append(parse_start(e)[1])
        m = re.search(r'(\d{2}/\d{2}/\d{4})', r['Ghi chú'])
        if m:
            written.append(dt.datetime.strptime(m.group(1), '%d/%m/%Y').date())
        if d not in written:
            # an end date derived from start + days (no end cell)
            st = parse_start(r['Ngày bắt đầu'])[1]
            if not (isinstance(st, dt.date) and d == st + dt.timedelta(days=c['days'] - 1)):
                return False
    return True


def check_course(where, spec, codes, texts):
    for x in codes:
        if x not in csv_cls:
            err(f"{where}: expected code {x} not in courses.csv")
    for t in texts:
        for x in codes:
            if x in E.C and not text_in_class(x, t):
                err(f"{where}: text {t!r} not backed by class {x}")


def recompute_course(spec):
    if 'code' in spec:
        codes = list(spec['code'])
    else:
        a, b = E.first(spec['f'], spec.get('lf'))
        codes = a + b
    txt = E.texts(codes, spec.get('need', ['date'])) if codes else []
    txt += spec.get('xt', [])
    return codes, txt


for q, s in zip(qs, specs['questions']):
    w = q['id']
    if q['q'] != s['q']:
        err(f"{w}: text differs from spec")
    if q['kind'] == 'course':
        codes, txt = recompute_course(s)
        if codes != q['expect'] or txt != q['expect_text']:
            err(f"{w}: expectation differs from recomputation")
        if not q['expect']:
            err(f"{w}: course question with no expected class")
        check_course(w, s, q['expect'], q['expect_text'])
    elif q['kind'] == 'target':
        row = tcsv.get(s['t'])
        if not row:
            err(f"{w}: target {s['t']} not in targets.csv")
        else:
            for t in q['expect_text']:
                if t not in (row['Chỉ tiêu'], row['Đã đạt']):
                    err(f"{w}: {t!r} not on row {s['t']}")
    elif q['kind'] == 'fact':
        for t in q['expect_text']:
            if t not in seed_text:
                err(f"{w}: fact {t!r} not in the seed articles")
    elif q['kind'] == 'off_topic':
        if q['expect'] or q['expect_text']:
            err(f"{w}: off_topic with expectations")
    if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo', 'voice'):
        err(f"{w}: bad style")

for d, s in zip(ds, specs['dialogues']):
    if not 3 <= len(d['turns']) <= 7:
        err(f"{d['id']}: {len(d['turns'])} turns")
    lists = {}
    for j, (t, st) in enumerate(zip(d['turns'], s['turns']), 1):
        w = f"{d['id']}.{j}"
        e = t['expect']
        if e['kind'] == 'course_list':
            strict, lenient = E.listing(st['f'])
            if e['codes'] != strict or strict != lenient:
                err(f"{w}: list differs or is ambiguous")
            if not 1 <= len(strict) <= 5:
                err(f"{w}: list size {len(strict)}")
            starts = [E.start_of(E.C[x]) for x in strict]
            if len(set(starts)) != len(starts) or any(E.C[x]['status'] != 'Mở đăng ký' for x in strict):
                err(f"{w}: list ordinal ambiguity")
            lists[j] = strict
            check_course(w, st, e['codes'], e['text'])
        elif e['kind'] in ('course', 'register'):
            if 'ref' in st:
                lt, pos = st['ref']
                want = [lists[lt][pos - 1]]
                if e['codes'] != want:
                    err(f"{w}: reference to turn {lt} item {pos} should be {want}")
            if e['kind'] == 'course':
                if 'ref' in st:
                    codes, txt = e['codes'], E.texts(e['codes'], st.get('need', ['date']))
                else:
                    codes, txt = recompute_course(st)
                if codes != e['codes'] or txt != e['text'] or not codes:
                    err(f"{w}: course expectation differs")
                check_course(w, st, e['codes'], e['text'])
            else:
                if len(e['codes']) != 1:
                    err(f"{w}: register needs one class")
                    continue
                c = E.C[e['codes'][0]]
                s0 = E.start_of(c)
                if c['status'] != 'Mở đăng ký' or not c['start'] or s0 <= E.NOW or (
                        c['deadline'] and dt.datetime.fromisoformat(c['deadline'] + 'T23:59') < E.NOW):
                    err(f"{w}: {c['code']} cannot be registered on 23/11/2026")
                if 'code' in st and 'ref' not in st and e['codes'] != [st['code']]:
                    err(f"{w}: register code differs")
        elif e['kind'] == 'fact':
            if 't' in st:
                row = tcsv[st['t']]
                for x in e['text']:
                    if x not in (row['Chỉ tiêu'], row['Đã đạt']):
                        err(f"{w}: {x!r} not on row {st['t']}")
            else:
                for x in e['text']:
                    if x not in seed_text:
                        err(f"{w}: fact {x!r} not in seeds")
        elif e['kind'] == 'off_topic':
            if e['codes'] or e['text']:
                err(f"{w}: off_topic with expectations")

# counts asked by the brief
from collections import Counter
k = Counter(q['kind'] for q in qs)
if len(qs) < 320 or k['course'] < 200 or k['target'] < 30 or k['fact'] < 30 or k['off_topic'] < 25:
    err(f"question counts too low: {len(qs)} {dict(k)}")
if len(ds) < 50 or any(len(d['turns']) < 4 for d in ds):
    err('fewer than 50 dialogues of 4+ turns')

for e in errors[:200]:
    print('ERROR', e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
