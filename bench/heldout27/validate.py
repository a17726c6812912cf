#!/usr/bin/env python3
"""Blind set 27 validator: re-reads courses.csv / targets.csv with its own parser and re-derives every
expectation in questions.jsonl and dialogues.jsonl from method/specs.json. Prints "<n> errors"."""
import csv, json, re, io, os, sys, unicodedata, itertools, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 11, 23)
errors = []


def err(m):
    errors.append(m)


def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()


def hkey(s):
    s = re.sub(r'\(.*?\)', '', s or '')
    return re.sub(r'[^a-z0-9/]', '', fold(s))


def read_table(path, must):
    raw = open(path, 'rb').read().decode('utf-8-sig')
    first = raw.splitlines()[0]
    delim = max([';', ',', '\t'], key=lambda d: first.count(d))
    rows = list(csv.reader(io.StringIO(raw), delimiter=delim))
    for i, r in enumerate(rows[:30]):
        keys = [hkey(x) for x in r]
        if all(any(m in k for k in keys) for m in must):
            return keys, rows[i + 1:]
    raise SystemExit(f'no header in {path}')


ALIAS = {'malop': 'code', 'tenlop': 'title', 'tenlophoc': 'title', 'noidung': 'title', 'chuyende': 'topic', 'chude': 'topic',
         'doituongthamgia': 'aud', 'doituong': 'aud', 'donvithuchien': 'org', 'donvitochuc': 'org', 'donviphoihop': 'coord',
         'tinh/thanhpho': 'prov', 'diadiemtochuc': 'venue', 'diadiem': 'venue', 'hinhthuc': 'mode', 'ngaybatdau': 'start',
         'ngayketthuc': 'end', 'handangky': 'dl', 'songay': 'ndays', 'soluong': 'seats', 'trangthai': 'status',
         'ghichu': 'note', 'stt': 'stt'}
PROVS = {'thanh hoa': ('Thanh Hóa', None), 'nghe an': ('Nghệ An', None), 'ha tinh': ('Hà Tĩnh', None),
         'quang tri': ('Quảng Trị', None), 'quang binh': ('Quảng Trị', 'Quảng Bình'), 'hue': ('Huế', None),
         'thua thien hue': ('Huế', None), 'hung yen': ('Hưng Yên', None), 'thai binh': ('Hưng Yên', 'Thái Bình'),
         'ninh binh': ('Ninh Bình', None), 'nam dinh': ('Ninh Bình', 'Nam Định'), 'ha nam': ('Ninh Bình', 'Hà Nam'),
         'hai phong': ('Hải Phòng', None), 'hai duong': ('Hải Phòng', 'Hải Dương')}
FORMERS = {'Hưng Yên': ['Thái Bình'], 'Ninh Bình': ['Nam Định', 'Hà Nam'], 'Hải Phòng': ['Hải Dương'], 'Quảng Trị': ['Quảng Bình']}
TOPICS = {'nghiep vu cong tac cong doan': 'nghiepvu', 'nghiep vu cd': 'nghiepvu', 'doi thoai, thuong luong tap the': 'thuongluong',
          'thuong luong tap the': 'thuongluong', 'an toan, ve sinh lao dong': 'atvsld', 'atvsld': 'atvsld',
          'phap luat lao dong, tu van phap luat': 'phapluat', 'giai quyet tranh chap lao dong': 'tranhchap',
          'cong tac nu cong, binh dang gioi': 'nucong', 'nu cong': 'nucong', 'tai chinh cong doan': 'taichinh',
          'cong tac kiem tra cong doan': 'kiemtra', 'kiem tra': 'kiemtra', 'tuyen truyen, tuyen giao': 'tuyengiao',
          'phat trien doan vien, thanh lap cdcs': 'phattrien', 'tin hoc, chuyen doi so': 'chuyendoiso', 'chuyen doi so': 'chuyendoiso',
          'ky nang giang day cho giang vien': 'giangvien', 'van thu, luu tru': 'vanthu'}
TOPIC_KW = {'nucong': ['nu cong'], 'atvsld': ['an toan, ve sinh lao dong', 'an toan ve sinh lao dong', 'atvsld'],
            'thuongluong': ['thuong luong', 'doi thoai'], 'kiemtra': ['kiem tra'], 'taichinh': ['tai chinh'],
            'chuyendoiso': ['chuyen doi so', 'cong nghe thong tin', 'phan mem', 'tin hoc'], 'phattrien': ['phat trien doan vien'],
            'giangvien': ['giang vien', 'giang day'], 'tuyengiao': ['tuyen truyen', 'tuyen giao'], 'phapluat': ['phap luat'],
            'tranhchap': ['tranh chap'], 'vanthu': ['van thu', 'luu tru'], 'nghiepvu': ['nghiep vu']}
ROMAN = re.compile(r'^(?:[IVXLC]+|[A-Z])$')
DRE = re.compile(r'(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4})')


def pdate(s):
    m = DRE.search(s or '')
    if not m:
        return None
    if m.group(1):
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return dt.date(int(m.group(6)), int(m.group(5)), int(m.group(4)))


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def pstart(s):
    f = fold(s)
    m = re.match(r'^(?:thang|t)\s*(\d{1,2})/(\d{4})$', f)
    if m:
        y, mo = int(m.group(2)), int(m.group(1))
        return dict(period=True, lo=dt.date(y, mo, 1), hi=month_end(y, mo), start=None, end=None)
    m = re.match(r'^(?:quy|q)\s*([ivx]+|\d)\s*(?:/|nam)\s*(\d{4})$', f)
    if m:
        qn = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4}.get(m.group(1)) or int(m.group(1))
        y = int(m.group(2))
        return dict(period=True, lo=dt.date(y, 3 * qn - 2, 1), hi=month_end(y, 3 * qn), start=None, end=None)
    m = re.match(r'^(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})$', f)
    if m:
        y, mo = int(m.group(4)), int(m.group(3))
        a, b = dt.date(y, mo, int(m.group(1))), dt.date(y, mo, int(m.group(2)))
        return dict(period=False, lo=a, hi=a, start=a, end=b)
    m = re.match(r'^(\d{1,2})/(\d{1,2})\s*-\s*(\d{1,2})/(\d{1,2})/(\d{4})$', f)
    if m:
        y = int(m.group(5))
        a, b = dt.date(y, int(m.group(2)), int(m.group(1))), dt.date(y, int(m.group(4)), int(m.group(3)))
        return dict(period=False, lo=a, hi=a, start=a, end=b)
    d = pdate(s)
    if d is None:
        return None
    return dict(period=False, lo=d, hi=d, start=d, end=None)


def otype(name):
    f = fold(name)
    if 'truong' in f and ('dai hoc' in f or 'thpt' in f):
        return 'truong'
    if 'benh vien' in f:
        return 'benhvien'
    if 'vien chuc' in f:
        return 'vienchuc'
    if 'giao duc' in f:
        return 'giaoduc'
    if 'y te' in f:
        return 'yte'
    if 'kcn' in f or 'khu kinh te' in f or 'khu cong nghiep' in f:
        return 'kcn'
    if re.search(r'\b(phuong|xa) ', f):
        return 'phuong'
    if 'cong ty' in f or 'cty' in f:
        return 'congty'
    if 'ldld' in f or 'lien doan lao dong' in f:
        return 'tinh'
    return '?'


def aud_keys(s):
    f = fold(s)
    k = set()
    if re.search(r'(?<!pho )(?<!p\.)chu tich', f):
        k.add('chutich')
    if 'uy ban kiem tra' in f or 'ubkt' in f:
        k.add('ubkt')
    if 'ban chap hanh' in f or 'bch' in f:
        k.add('bch')
    if 'giang vien' in f:
        k.add('gv')
    if 'nguoi lao dong' in f or 'doan vien' in f:
        k.add('nld')
    if 'khong chuyen trach' in f:
        k.add('kct')
    return k


# ------------------------------------------------------------ courses
keys, rows = read_table(os.path.join(HERE, 'courses.csv'), ['tenlop', 'ngaybatdau'])
cols = {ALIAS.get(k, k): i for i, k in enumerate(keys)}
C = {}
for r in rows:
    r = r + [''] * (len(keys) - len(r))
    g = lambda n: r[cols[n]].strip() if n in cols else ''
    joined = fold(' '.join(r))
    if 'noi nhan' in joined or 'nguoi lap bieu' in joined:
        break
    if ROMAN.match(g('stt')) or fold(g('code')).startswith(('tong cong', 'cong')) or not (g('title') and g('start')):
        continue
    code = g('code')
    if code in C:
        err(f'duplicate code {code}')
    st = pstart(g('start'))
    if st is None:
        err(f'{code}: cannot read start {g("start")!r}')
        continue
    if g('end'):
        st['end'] = pdate(g('end'))
    nd = re.search(r'\d+', g('ndays'))
    nd = int(nd.group()) if nd else None
    if st['start'] and st['end'] is None:
        st['end'] = st['start'] + dt.timedelta(days=(nd or 1) - 1)
    if st['start'] and nd is None:
        nd = (st['end'] - st['start']).days + 1
    sf = fold(g('status'))
    if 'ket thuc' in sf:
        status = 'done'
    elif 'huy' in sf:
        status = 'cancel'
    elif 'hoan' in sf:
        status = 'postponed'
    elif 'du kien' in sf or (sf == '' and st['period']):
        status = 'proj'
    else:
        status = 'open'
    new = None
    if status == 'postponed':
        m = re.search(r'(?:sang|đến|lịch mới:?)\s*(\d{1,2}/\d{1,2}/\d{4})', g('note'), re.I)
        new = pdate(m.group(1)) if m else None
        if not new:
            err(f'{code}: postponed without new date')
    pf = re.sub(r'^(tinh|thanh pho|tp\.?)\s+', '', fold(g('prov')))
    if pf not in PROVS:
        err(f'{code}: unknown province {g("prov")}')
        continue
    cur, area = PROVS[pf]
    venue = g('venue')
    if area is None:
        area = next((x for x in FORMERS.get(cur, []) if fold(x) in fold(venue) or fold(x) in fold(g('org'))), None)
    mf = fold(g('mode'))
    if 'ket hop' in mf or ('truc tiep' in mf and 'truc tuyen' in mf):
        mode = 'kethop'
    elif 'truc tuyen' in mf or (mf == '' and re.match(r'^(zoom|google meet|truc tuyen)', fold(venue))):
        mode = 'online'
    else:
        mode = 'tap'
    tf = fold(g('topic'))
    if tf not in TOPICS:
        err(f'{code}: topic {g("topic")!r}')
        continue
    bm = re.search(r'\(đợt (\d+)\)', g('title'), re.I)
    C[code] = dict(code=code, title=g('title'), topic=TOPICS[tf], aud=aud_keys(g('aud')), org=g('org'), otype=otype(g('org')),
                   prov=cur, area=area, venue=venue, mode=mode, status=status, new=new, dl=pdate(g('dl')), ndays=nd,
                   batch=int(bm.group(1)) if bm else None, **st)
    c = C[code]
    if c['otype'] == '?':
        err(f'{code}: organiser type unknown {c["org"]}')
    if c['start'] and c['end'] < c['start']:
        err(f'{code}: end before start')
    if c['dl'] and c['start'] and status != 'postponed' and c['dl'] > c['start']:
        err(f'{code}: deadline after start')
    if status == 'open' and c['hi'] <= TODAY:
        err(f'{code}: past class still open')
    if status == 'done' and c['hi'] > TODAY:
        err(f'{code}: finished class in the future')

CLS = sorted(C.values(), key=lambda c: c['code'])

# ------------------------------------------------------------ targets
tk, trows = read_table(os.path.join(HERE, 'targets.csv'), ['machitieu', 'chitieu'])
tcol = {k: i for i, k in enumerate(tk)}


def vnum(s):
    s = s.strip().rstrip('%')
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return int(s.replace('.', ''))
    return float(s.replace(',', '.')) if ',' in s else int(s)


def vfmt(n):
    return f"{n:,}".replace(',', '.')


T = []
for r in trows:
    if not r or not r[tcol['machitieu']].strip():
        continue
    cont = fold(r[tcol['noidung']])
    kind = 'ct' if 'chu tich' in cont else 'atvs' if 'an toan' in cont else 'ubkt' if 'ubkt' in cont or 'kiem tra' in cont \
        else 'nc' if 'nu cong' in cont else 'lop' if 'so lop' in cont else '?'
    T.append(dict(unit=r[tcol['donvi']].strip(), year=int(r[tcol['nam']]), kind=kind, target=vnum(r[tcol['chitieu']]),
                  ach=vnum(r[tcol['dadat']]), raw_t=r[tcol['chitieu']].strip(), raw_a=r[tcol['dadat']].strip()))
units = set(t['unit'] for t in T)
if len(units) < 15:
    err(f'only {len(units)} target units')
if len(T) < 40:
    err(f'only {len(T)} target lines')

# ------------------------------------------------------------ query evaluation
PARTIAL = {'Quảng Bình', 'Thái Bình', 'Nam Định', 'Hà Nam', 'Hải Dương'}
OT_B = {'giaoduc': {'giaoduc', 'truong'}, 'yte': {'yte', 'benhvien'}}
INTERPS = [dict(zip('former topic aud otype mode postp'.split(), p)) for p in itertools.product('AB', repeat=6)]


def matches(c, q, it):
    if q.get('prov'):
        if q.get('former') in PARTIAL and it['former'] == 'B':
            if c['area'] != q['former']:
                return False
        elif c['prov'] != q['prov']:
            return False
    if q.get('topic'):
        if it['topic'] == 'A' and c['topic'] != q['topic']:
            return False
        if it['topic'] == 'B' and not any(k in fold(c['title']) for k in TOPIC_KW[q['topic']]):
            return False
    if q.get('aud'):
        a = q['aud']
        ok = a in c['aud'] or (it['aud'] == 'B' and ((a in ('chutich', 'bch') and 'kct' in c['aud']) or (a == 'ubkt' and c['topic'] == 'kiemtra')))
        if not ok:
            return False
    if q.get('otype'):
        allowed = {q['otype']} if it['otype'] == 'A' else OT_B.get(q['otype'], {q['otype']})
        if c['otype'] not in allowed:
            return False
    if q.get('org') and fold(c['org']) != fold(q['org']):
        return False
    if q.get('batch') and c['batch'] != q['batch']:
        return False
    if q.get('mode') == 'online' and c['mode'] not in (('online',) if it['mode'] == 'A' else ('online', 'kethop')):
        return False
    return True


def run(q, it):
    out, amb = [], False
    win = [dt.date.fromisoformat(x) for x in q['win']] if q.get('win') else None
    for c in CLS:
        if c['code'] in q.get('exclude', []) or not matches(c, q, it):
            continue
        if q.get('past'):
            if c['status'] != 'done':
                continue
            lo = hi = c['start']
        else:
            if c['status'] in ('done', 'cancel'):
                continue
            if c['status'] == 'postponed':
                if it['postp'] == 'B' or not c['new']:
                    continue
                lo = hi = c['new']
            else:
                lo, hi = c['lo'], c['hi']
            if hi <= TODAY:
                continue
        if win:
            if lo >= win[0] and hi <= win[1]:
                pass
            elif hi < win[0] or lo > win[1]:
                continue
            else:
                amb = True
                continue
        out.append((lo, hi, c['code']))
    out.sort()
    return out, amb


def derive(q, sel):
    res = None
    for it in INTERPS:
        lst, amb = run(q, it)
        if amb:
            return None, 'window cuts a projected class'
        if q.get('past'):
            r = tuple(sorted(x[2] for x in lst))
            if len(r) != 1:
                return None, 'past not unique'
        elif sel == 'nearest':
            mh = min((x[1] for x in lst), default=None)
            r = tuple(sorted(x[2] for x in lst if x[0] <= mh)) if lst else ()
        else:
            if any(not a[1] < b[0] for a, b in zip(lst, lst[1:])):
                return None, 'list order not strict'
            r = tuple(x[2] for x in lst)
        if res is None:
            res = r
        elif res != r:
            return None, 'readings disagree'
    return res, None


def uniq(q):
    res = None
    for it in INTERPS:
        r = tuple(c['code'] for c in CLS if matches(c, q, it))
        if res is not None and r != res:
            return None
        res = r
    return res[0] if res and len(res) == 1 else None


def fmt(d):
    return f"{d:%d/%m/%Y}"


def when(c):
    if c['status'] == 'postponed':
        return [fmt(c['new'])]
    return [fmt(c['start'])] if c['start'] else []


def place(c):
    return c['venue'].split(',')[0].split('(')[0].split(' + ')[0].strip()


def field_text(c, f):
    if f is None:
        return []
    if f == 'when':
        return when(c)
    if f == 'where':
        return [place(c)]
    if f == 'dl':
        return [fmt(c['dl'])]
    if f == 'ndays':
        return [f"{c['ndays']} ngày"]
    if f == 'org':
        return [c['org']]
    if f == 'online':
        return ['trực tuyến'] if c['mode'] == 'online' else [place(c)]
    if f == 'end':
        return [fmt(c['end'])]
    if f == 'cancel':
        return ['hủy'] if c['status'] == 'cancel' else ['?']
    if f == 'postp':
        return [fmt(c['new'])] if c['status'] == 'postponed' else ['?']
    return ['?' + f]


def registrable(c):
    return c['status'] == 'open' and c['start'] is not None and c['dl'] is not None and c['dl'] > TODAY


def target_text(s):
    t = [x for x in T if x['unit'] == s['unit'] and x['year'] == s['year'] and x['kind'] == s['kind']]
    if len(t) != 1:
        return None
    t = t[0]
    out = []
    for f in s['fields']:
        out.append(t['raw_t'] if f == 'target' else t['raw_a'] if f == 'ach' else vfmt(t['target'] - t['ach']))
    return out


SEEDS = ''
sd = os.path.join(HERE, 'given', 'seeds')
for fn in sorted(os.listdir(sd)):
    SEEDS += open(os.path.join(sd, fn), encoding='utf-8').read() + '\n'

specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
STY = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']

# ------------------------------------------------------------ singles
Qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
ids = Counter(q['id'] for q in Qs)
for k, v in ids.items():
    if v > 1:
        err(f'duplicate id {k}')
for q in Qs:
    qid = q['id']
    for k in ('id', 'q', 'style', 'kind', 'expect', 'expect_text'):
        if k not in q:
            err(f'{qid}: missing {k}')
    if q['style'] not in STY:
        err(f'{qid}: style {q["style"]}')
    s = specs['questions'].get(qid)
    if s is None:
        err(f'{qid}: no spec')
        continue
    if 'profile' in q and set(q['profile']) != {'role', 'province', 'union'}:
        err(f'{qid}: profile keys')
    k = q['kind']
    if k == 'course':
        if s['type'] == 'search':
            r, why = derive(s['q'], 'nearest')
            if r is None:
                err(f'{qid}: {why}')
                continue
            if sorted(q['expect']) != list(r) or not r:
                err(f'{qid}: expect {q["expect"]} != derived {list(r)}')
            if not s['q'].get('past'):
                for code in q['expect']:
                    if C[code]['status'] in ('done', 'cancel'):
                        err(f'{qid}: finished/cancelled class as answer')
            want = field_text(C[r[0]], s.get('field')) if len(r) == 1 else []
            if q['expect_text'] != want:
                err(f'{qid}: text {q["expect_text"]} != {want}')
        elif s['type'] == 'uniq':
            code = uniq(s['q'])
            if code is None or q['expect'] != [code]:
                err(f'{qid}: singled-out class not unique / differs ({code})')
                continue
            if q['expect_text'] != field_text(C[code], s['field']):
                err(f'{qid}: text {q["expect_text"]} != {field_text(C[code], s["field"])}')
        else:
            err(f'{qid}: spec type {s["type"]}')
    elif k == 'target':
        if q['expect'] or q['expect_text'] != target_text(s):
            err(f'{qid}: target text {q["expect_text"]} != {target_text(s)}')
    elif k == 'fact':
        if not q['expect_text'] or any(t not in SEEDS for t in q['expect_text']) or q['expect']:
            err(f'{qid}: fact text not in seeds')
    elif k == 'off_topic':
        if q['expect'] or q['expect_text']:
            err(f'{qid}: off_topic must expect nothing')
    else:
        err(f'{qid}: kind {k}')

# ------------------------------------------------------------ dialogues
Ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
for d in Ds:
    did = d['id']
    if d['style'] not in STY:
        err(f'{did}: style')
    if not 4 <= len(d['turns']) <= 7:
        err(f'{did}: {len(d["turns"])} turns')
    sp = specs['dialogues'].get(did)
    if not sp or len(sp['turns']) != len(d['turns']):
        err(f'{did}: spec missing')
        continue
    results = []
    for i, (t, s) in enumerate(zip(d['turns'], sp['turns'])):
        e = t['expect']
        kind = e['kind']
        tag = f'{did} t{i + 1}'
        shown = []
        if s['type'] == 'search':
            r, why = derive(s['q'], 'list' if kind == 'course_list' else 'nearest')
            if r is None:
                err(f'{tag}: {why}')
            elif kind == 'course_list':
                if list(r) != e['codes'] or not 2 <= len(r) <= 4:
                    err(f'{tag}: list {e["codes"]} != {list(r)}')
                shown = list(r)
            else:
                if len(r) != 1 or e['codes'] != list(r):
                    err(f'{tag}: course {e["codes"]} != {list(r)}')
                elif e['text'] != field_text(C[r[0]], s.get('field')):
                    err(f'{tag}: text {e["text"]}')
                shown = list(r)
        elif s['type'] == 'uniq':
            code = uniq(s['q'])
            if code is None or e['codes'] != [code]:
                err(f'{tag}: uniq {code}')
            elif e['text'] != field_text(C[code], s['field']):
                err(f'{tag}: text {e["text"]} != {field_text(C[code], s["field"])}')
            shown = [code]
        elif s['type'] == 'ref':
            j = s['ref']['turn']
            if j >= i or not results[j]:
                err(f'{tag}: bad reference')
                continue
            pos = s['ref'].get('pos', 0)
            code = results[j][pos]
            if e['codes'] != [code]:
                err(f'{tag}: ref code {e["codes"]} != {code}')
            if kind == 'register':
                if not registrable(C[code]):
                    err(f'{tag}: class {code} cannot be registered')
            elif e['text'] != field_text(C[code], s['field']):
                err(f'{tag}: text {e["text"]} != {field_text(C[code], s["field"])}')
            shown = [code]
        elif s['type'] == 'target':
            if kind != 'target' or e['text'] != target_text(s):
                err(f'{tag}: target {e["text"]} != {target_text(s)}')
        elif s['type'] == 'fact':
            if kind != 'fact' or any(x not in SEEDS for x in e['text']):
                err(f'{tag}: fact')
        elif s['type'] == 'off':
            if kind != 'off_topic' or e['codes'] or e['text']:
                err(f'{tag}: off_topic')
        if kind in ('course', 'course_list', 'register'):
            for code in e['codes']:
                if code not in C:
                    err(f'{tag}: unknown code {code}')
            if kind == 'course_list':
                for code in e['codes']:
                    if C[code]['status'] in ('done', 'cancel'):
                        err(f'{tag}: finished/cancelled in list')
        results.append(shown)

# ------------------------------------------------------------ coverage
kinds = Counter(q['kind'] for q in Qs)
if len(Qs) < 80:
    err('fewer than 80 single questions')
if len(Ds) < 90:
    err('fewer than 90 dialogues')
if len(C) < 200:
    err(f'only {len(C)} classes')
for sty, n in Counter(q['style'] for q in Qs).items():
    if abs(n - len(Qs) / 5) > 2:
        err(f'singles style {sty} unbalanced ({n})')
for sty, n in Counter(d['style'] for d in Ds).items():
    if abs(n - len(Ds) / 5) > 2:
        err(f'dialogue style {sty} unbalanced ({n})')
pshare = sum('profile' in d for d in Ds) / len(Ds)
if not 0.25 <= pshare <= 0.45:
    err(f'dialogue profile share {pshare:.2f}')
qshare = sum('profile' in q for q in Qs) / len(Qs)
if not 0.1 <= qshare <= 0.4:
    err(f'question profile share {qshare:.2f}')
st = Counter(c['status'] for c in CLS)
for need in ('done', 'cancel', 'postponed', 'proj', 'open'):
    if not st.get(need):
        err(f'no {need} classes')
if not any(c['mode'] == 'online' for c in CLS):
    err('no online classes')

if '-v' in sys.argv:
    for e in errors:
        print(e)
    print('classes', len(C), dict(st), 'targets', len(T), 'singles', dict(kinds), 'dialogues', len(Ds),
          'turns', sum(len(d['turns']) for d in Ds))
print(f'{len(errors)} errors')
