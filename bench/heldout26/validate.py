#!/usr/bin/env python3
"""Blind set 26 - re-derives every expectation from courses.csv / targets.csv / given/seeds with its own parser.
Prints the problems found and finally "<n> errors"."""
import csv, json, os, re, sys, unicodedata, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 11, 23)
errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

def hkey(h):
    return re.sub(r'[^a-z0-9/]', '', fold(re.sub(r'\(.*?\)', '', h)))

# ---------------- reference tables (own copy)
TOPIC_CELLS = {
 'nv': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'nghiệp vụ công đoàn'],
 'dt': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', 'Kỹ năng đối thoại, thương lượng'],
 'at': ['An toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn vệ sinh lao động'],
 'pl': ['Pháp luật lao động, tư vấn pháp luật', 'Tư vấn pháp luật', 'Pháp luật lao động'],
 'tc': ['Giải quyết tranh chấp lao động', 'Tranh chấp lao động, đình công'],
 'nc': ['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Bình đẳng giới'],
 'tcd': ['Tài chính công đoàn', 'Tài chính CĐ', 'Kế toán, tài chính công đoàn'],
 'kt': ['Công tác kiểm tra công đoàn', 'Kiểm tra CĐ', 'Kiểm tra, giám sát công đoàn'],
 'tt': ['Tuyên truyền, tuyên giáo', 'Tuyên giáo'],
 'pt': ['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển đoàn viên'],
 'cds': ['Tin học, chuyển đổi số', 'Chuyển đổi số', 'Ứng dụng CNTT'],
 'gv': ['Kỹ năng giảng dạy cho giảng viên', 'Giảng viên kiêm chức'],
 'vt': ['Văn thư, lưu trữ', 'Văn thư lưu trữ'],
 'll': ['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị'],
}
TOPIC_OF = {fold(v): k for k, vs in TOPIC_CELLS.items() for v in vs}
# audience phrases -> keys (each cell is split on ';' and '+', then looked up; whole-cell lookup first)
AUD_OF = {
 'chu tich, pho chu tich cdcs': {'ct', 'pct'}, 'chu tich va p.chu tich cong doan co so': {'ct', 'pct'}, 'ct, pct cdcs': {'ct', 'pct'},
 'chu tich cdcs': {'ct'}, 'chu tich cong doan co so': {'ct'}, 'uy vien bch cdcs': {'bch'},
 'uy vien ban chap hanh cong doan co so': {'bch'}, 'can bo cdcs moi tham gia bch lan dau': {'cbcs_moi'},
 'chu tich, pho chu tich, uy vien bch cdcs': {'ct', 'pct', 'bch'}, 'an toan ve sinh vien': {'atv'},
 'mang luoi an toan ve sinh vien': {'atv'}, 'doan vien, nguoi lao dong': {'dv'}, 'doan vien, nld': {'dv'},
 'cong nhan lao dong': {'dv'}, 'can bo cong doan cap tren co so': {'ctcs'}, 'can bo cd cap tren co so': {'ctcs'},
 'truong, pho ban nu cong cdcs': {'nucong'}, 'can bo nu cong': {'nucong'}, 'truong ban nu cong': {'nucong'},
 'ke toan, thu quy cong doan': {'ketoan'}, 'ke toan cdcs': {'ketoan'}, 'ke toan cong doan': {'ketoan'},
 'uy vien ubkt cong doan': {'ubkt'}, 'uy vien uy ban kiem tra cdcs': {'ubkt'}, 'chu nhiem, uy vien ubkt': {'ubkt'},
 'can bo cong doan chuyen trach': {'chuyentrach'}, 'cb cd chuyen trach': {'chuyentrach'}, 'giang vien kiem chuc': {'gv'},
 'chu tich, uy vien bch cdcs': {'ct', 'bch'}, 'chu tich va uy vien bch cong doan co so': {'ct', 'bch'},
}
LOOSE_AUD = {'ct': {'ct', 'bch', 'cbcs_moi'}, 'ubkt': {'ubkt'}, 'nucong': {'nucong'}, 'ketoan': {'ketoan'}, 'gv': {'gv'},
             'chuyentrach': {'chuyentrach', 'ctcs'}, 'dv': {'dv', 'atv'}, 'atv': {'atv', 'dv'}, 'ctcs': {'ctcs', 'chuyentrach'},
             'pct': {'pct', 'bch'}, 'bch': {'bch', 'ct', 'pct'}}
PROV_OF = {'gia lai': 'GL', 'dak lak': 'DL', 'dak lak': 'DL', 'lam dong': 'LD', 'khanh hoa': 'KH', 'quang ngai': 'QN',
           'dong nai': 'DN', 'ho chi minh': 'HCM', 'tp.hcm': 'HCM', 'tp hcm': 'HCM', 'tay ninh': 'TN', 'can tho': 'CT',
           'an giang': 'AG', 'dong thap': 'DT'}
GAZ = {
 'Bình Định': ('GL', ['Quy Nhơn', 'An Nhơn', 'Phú Tài', 'Nhơn Hội', 'Bình Định']),
 'Phú Yên': ('DL', ['Tuy Hòa', 'Hòa Hiệp', 'Sông Cầu', 'Phú Yên']),
 'Đắk Nông': ('LD', ['Gia Nghĩa', 'Đắk Nông']),
 'Bình Thuận': ('LD', ['Phan Thiết', 'La Gi', 'Bình Thuận']),
 'Ninh Thuận': ('KH', ['Phan Rang', 'Ninh Chữ', 'Ninh Thuận']),
 'Kon Tum': ('QN', ['Kon Tum', 'Đăk Hà']),
 'Bình Phước': ('DN', ['Đồng Xoài', 'Phú Riềng', 'Chơn Thành', 'Bình Phước']),
 'Bình Dương': ('HCM', ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Sóng Thần', 'VSIP', 'Dầu Tiếng', 'Bình Dương']),
 'Bà Rịa - Vũng Tàu': ('HCM', ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ']),
 'Long An': ('TN', ['Tân An', 'Đức Hòa', 'Bến Lức', 'Long An']),
 'Sóc Trăng': ('CT', ['Sóc Trăng']), 'Hậu Giang': ('CT', ['Vị Thanh', 'Hậu Giang']),
 'Kiên Giang': ('AG', ['Rạch Giá', 'Phú Quốc', 'Kiên Giang']), 'Tiền Giang': ('DT', ['Mỹ Tho', 'Tiền Giang']),
}
ROMAN = re.compile(r'^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|[a-d])$')

def prov_of_text(s):
    f = fold(s)
    for k, v in PROV_OF.items():
        if k in f:
            return v
    return None

# ---------------- dates
def parse_time(t):
    m = re.match(r'^(\d{1,2})[:h](\d{2})$', t)
    return (int(m.group(1)), int(m.group(2))) if m else None

def parse_single(s):
    s = s.strip()
    s = re.sub(r'^(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|t[2-7]|cn),?\s+', '', s, flags=re.I)
    s = re.sub(r'^(sáng|chiều)\s+', '', s, flags=re.I)
    m = re.match(r'^(\d{1,2})h(\d{2}) ngày (\d{1,2})/(\d{1,2})/(\d{4})$', s)
    if m:
        return dt.date(int(m.group(5)), int(m.group(4)), int(m.group(3)))
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r'^(\d{1,2})/(\d{1,2})/(\d{4})(\s+(\d{1,2}[:h]\d{2}))?$', s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None

Q = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4, '1': 1, '2': 2, '3': 3, '4': 4}
def parse_start(s):
    """returns (start, end_or_None, period_or_None)"""
    f = fold(s)
    m = re.match(r'^(thang|t)\s*(\d{1,2})(/| nam )(\d{4})$', f)
    if m:
        y, mo = int(m.group(4)), int(m.group(2))
        last = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
        return None, None, (dt.date(y, mo, 1), last)
    m = re.match(r'^(quy |q)(iv|iii|ii|i|[1-4])/(\d{4})$', f)
    if m:
        qn, y = Q[m.group(2)], int(m.group(3))
        a = dt.date(y, 3 * qn - 2, 1)
        b = dt.date(y + (qn == 4), (3 * qn) % 12 + 1, 1) - dt.timedelta(days=1)
        return None, None, (a, b)
    m = re.match(r'^6 thang dau nam (\d{4})$', f)
    if m:
        y = int(m.group(1))
        return None, None, (dt.date(y, 1, 1), dt.date(y, 6, 30))
    m = re.match(r'^(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})$', f)
    if m:
        y, mo = int(m.group(4)), int(m.group(3))
        return dt.date(y, mo, int(m.group(1))), dt.date(y, mo, int(m.group(2))), None
    m = re.match(r'^(\d{1,2})/(\d{1,2}) - (\d{1,2})/(\d{1,2})/(\d{4})$', f)
    if m:
        y = int(m.group(5))
        return dt.date(y, int(m.group(2)), int(m.group(1))), dt.date(y, int(m.group(4)), int(m.group(3))), None
    d = parse_single(s)
    if d:
        return d, None, None
    return None, None, None

# ---------------- read a table written as an office plan
def read_plan(path, must):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    text = raw.decode('utf-8')
    rows = list(csv.reader(text.splitlines(), delimiter=';'))
    hi = None
    for i, r in enumerate(rows[:30]):
        keys = [hkey(c) for c in r]
        if all(m in keys for m in must):
            hi = i
            break
    if hi is None:
        err('%s: no header row' % path)
        return [], {}
    header = [hkey(c) for c in rows[hi]]
    out = []
    for i, r in enumerate(rows[hi + 1:], start=hi + 2):
        if not any(c.strip() for c in r):
            continue
        if all(re.match(r'^\(\d+\)$', c.strip()) for c in r if c.strip()):
            continue
        joined = fold(' '.join(r))
        if 'noi nhan' in joined or 'nguoi lap bieu' in joined or '(da ky)' in joined:
            break
        d = {header[j]: (r[j].strip() if j < len(r) else '') for j in range(len(header))}
        if ROMAN.match(fold(d.get('stt', ''))):
            continue
        d['_line'] = i
        out.append(d)
    return out, header

# ---------------- classes
def load_classes():
    rows, header = read_plan(os.path.join(HERE, 'courses.csv'), ['tenlophoc', 'ngaybatdau'])
    for need in ['malop', 'chuyende', 'doituongthamgia', 'donvichutri', 'diadiemtochuc', 'tructiep', 'tructuyen', 'handangky', 'trangthai', 'ghichu']:
        if need not in header:
            err('courses.csv: column %s missing' % need)
    classes = {}
    for r in rows:
        code = r['malop']
        if not re.match(r'^[A-Za-z0-9._-]{1,40}$', code):
            err('line %d: bad code %r' % (r['_line'], code))
            continue
        if code in classes:
            err('duplicate code %s' % code)
        topic = TOPIC_OF.get(fold(r['chuyende']))
        if not topic:
            err('%s: unknown topic cell %r' % (code, r['chuyende']))
        ac = fold(r['doituongthamgia'])
        aud = set()
        if ac in AUD_OF:
            aud = set(AUD_OF[ac])
        else:
            for part in re.split(r'[;+]', ac):
                part = part.strip()
                if part in AUD_OF:
                    aud |= AUD_OF[part]
                else:
                    err('%s: unknown audience %r' % (code, part))
        s, e, period = parse_start(r['ngaybatdau'])
        if not s and not period:
            err('%s: unreadable start %r' % (code, r['ngaybatdau']))
            continue
        if r.get('ngayketthuc'):
            e = parse_single(r['ngayketthuc'])
        dl = parse_single(r['handangky']) if r['handangky'] else None
        if r['handangky'] and not dl:
            err('%s: unreadable deadline' % code)
        if dl and s and dl > s:
            err('%s: deadline after start' % code)
        if e and s and e < s:
            err('%s: end before start' % code)
        st = fold(r['trangthai'])
        if st == 'da ket thuc':
            status = 'past'
        elif st == 'da huy':
            status = 'cancel'
        elif st in ('tam hoan', 'hoan', 'da hoan'):
            status = 'hoan'
        elif st == 'du kien' or (st == '' and period):
            status = 'plan'
        elif st in ('mo dang ky', ''):
            status = 'open'
        else:
            err('%s: status %r' % (code, r['trangthai']))
            status = '?'
        if status == 'open' and s and s <= TODAY:
            err('%s: open class already started' % code)
        if status == 'past' and (not s or s >= TODAY):
            err('%s: finished but not in the past' % code)
        newdate = None
        if status == 'hoan':
            m = re.search(r'(sang|đến|mới:)\s*(\d{1,2}/\d{1,2}/\d{4})', r['ghichu'])
            newdate = parse_single(m.group(2)) if m else None
            if not newdate:
                err('%s: postponed without new date' % code)
        venue = r['diadiemtochuc']
        tt = r['tructiep'].strip().lower() in ('x', 'v', '1', 'có', '✓')
        tr = r['tructuyen'].strip().lower() in ('x', 'v', '1', 'có', '✓')
        online = 'online' if (tr and not tt) or ('truc tuyen' in fold(venue) and not tt) else ('kethop' if tr and tt else 'tt')
        org = r['donvichutri']
        prov = prov_of_text(r['tinh/thanhpho']) if r.get('tinh/thanhpho') else prov_of_text(org)
        if not prov:
            err('%s: no province' % code)
        area = None
        fv = fold(venue)
        for a, (p, locs) in GAZ.items():
            if p == prov and any(fold(l) in fv for l in locs):
                area = a
        if area is None and online == 'online':
            fo = fold(org)
            for a, (p, locs) in GAZ.items():
                if p == prov and any(fold(l) in fo for l in locs):
                    area = a
        classes[code] = dict(code=code, title=r['tenlophoc'], topic=topic, aud=aud, org=org, orgf=fold(org.replace('Liên đoàn Lao động', 'LĐLĐ')),
                             prov=prov, venue=venue, fmt=online, start=s, end=e, period=period, deadline=dl, status=status,
                             newdate=newdate, area=area)
    return classes

# ---------------- query engine (own)
def upcoming(c):
    if c['status'] not in ('open', 'plan'):
        return False
    if c['start']:
        return c['start'] > TODAY
    return c['period'][1] >= TODAY

def matches(c, sp, loose=False):
    if sp.get('topic') and c['topic'] != sp['topic']:
        return False
    if sp.get('aud') and not (c['aud'] & (LOOSE_AUD[sp['aud']] if loose else {sp['aud']})):
        return False
    if sp.get('prov') and c['prov'] != sp['prov']:
        return False
    if sp.get('area') and not loose and c['area'] != sp['area']:
        return False
    if sp.get('place') and fold(sp['place']) not in fold(c['venue']) and fold(sp['place']) not in fold(c['org']):
        return False
    if sp.get('org') and c['orgf'] != fold(sp['org'].replace('Liên đoàn Lao động', 'LĐLĐ')):
        return False
    if sp.get('online') and not (c['fmt'] == 'online' or (loose and c['fmt'] == 'kethop')):
        return False
    if sp.get('month'):
        y, m = map(int, sp['month'].split('-'))
        if c['start']:
            if (c['start'].year, c['start'].month) != (y, m):
                return False
        elif not (c['period'][0] <= dt.date(y, m, 28) and c['period'][1] >= dt.date(y, m, 1)):
            return False
    if sp.get('week') and not (c['start'] and dt.date(2026, 11, 30) <= c['start'] <= dt.date(2026, 12, 6)):
        return False
    return True

def nearest(C, sp, loose=False):
    if any(c['status'] == 'hoan' and matches(c, sp, loose) for c in C.values()):
        return None
    R = [c for c in C.values() if upcoming(c) and matches(c, sp, loose)]
    if not R:
        return None
    dated = [c for c in R if c['start']]
    plans = [c for c in R if not c['start']]
    if not dated:
        return [plans[0]['code']] if len(plans) == 1 else None
    m = min(c['start'] for c in dated)
    if plans and min(p['period'][0] for p in plans) <= m:
        return None
    return sorted(c['code'] for c in dated if c['start'] == m)

def course_expect(C, sp):
    mode = sp.get('mode')
    q = {k: v for k, v in sp.items() if k not in ('mode', 'via_profile', 'title')}
    if mode == 'nearest':
        a = nearest(C, q)
        b = nearest(C, q, loose=True)
        if a != b:
            err('ambiguous spec %s: %s vs %s' % (sp, a, b))
        return a
    if mode == 'title':
        hits = [c['code'] for c in C.values() if c['orgf'] == fold(sp['org'].replace('Liên đoàn Lao động', 'LĐLĐ')) and fold(c['title']) == fold(sp['title'])]
        return sorted(hits)
    if mode == 'title_prov':
        hits = [c['code'] for c in C.values() if c['prov'] == sp['prov'] and fold(sp['title']) in fold(c['title'])]
        return sorted(hits)
    if mode == 'past':
        y, m = map(int, sp['month'].split('-'))
        hits = [c['code'] for c in C.values() if c['start'] and c['topic'] == sp['topic'] and c['prov'] == sp['prov']
                and (c['start'].year, c['start'].month) == (y, m)]
        if any(C[h]['status'] != 'past' for h in hits):
            err('past spec has non-finished class %s' % sp)
        return sorted(hits)
    if mode == 'list':
        R = sorted([c for c in C.values() if upcoming(c) and matches(c, q)], key=lambda c: (c['start'] or dt.date(2100, 1, 1)))
        R2 = [c for c in C.values() if upcoming(c) and matches(c, q, True)]
        if len(R) != len(R2) or any(not c['start'] for c in R) or len(set(c['start'] for c in R)) != len(R):
            err('list spec not clean %s' % sp)
        if any(c['status'] == 'hoan' and matches(c, q, True) for c in C.values()):
            err('list spec touches postponed class %s' % sp)
        return [c['code'] for c in R]
    err('unknown mode %s' % sp)
    return None

# ---------------- targets
def vn(n):
    return '{:,}'.format(n).replace(',', '.')

def num(s):
    s = s.strip().rstrip('%')
    if not s:
        return None
    if re.match(r'^\d{1,3}(\.\d{3})+$', s):
        return int(s.replace('.', ''))
    return int(s) if s.isdigit() else float(s.replace(',', '.'))

def load_targets():
    rows, header = read_plan(os.path.join(HERE, 'targets.csv'), ['machitieu', 'donvi', 'chitieu', 'donvitinh'])
    T = {}
    for r in rows:
        code = r['machitieu']
        if not code:
            err('target line %d without code' % r['_line'])
            continue
        if code in T:
            err('duplicate target %s' % code)
        T[code] = dict(code=code, unit=r['donvi'], year=int(r['nam']), content=r['noidung'], target=num(r['chitieu']),
                       done=num(r['dadat']), um=r['donvitinh'], raw_t=r['chitieu'], raw_d=r['dadat'])
    return T

def target_expect(T, sp):
    t = T.get(sp['tcode'])
    if not t:
        err('unknown target %s' % sp['tcode'])
        return None
    w = sp['what']
    if w in ('both', 'last'):
        if t['done'] is None:
            err('target %s has no achieved figure' % t['code'])
        return [t['raw_t'], t['raw_d']]
    if w == 'diff':
        if t['done'] >= t['target']:
            err('target %s already reached' % t['code'])
        return [vn(t['target'] - t['done'])]
    if w == 'next':
        return [t['raw_t']]

# ---------------- main
def main():
    C = load_classes()
    T = load_targets()
    seeds = ''
    sd = os.path.join(HERE, 'given', 'seeds')
    for fn in sorted(os.listdir(sd)):
        seeds += open(os.path.join(sd, fn), encoding='utf-8').read() + '\n'
    specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
    n_classes = len(C)
    if n_classes < 320:
        err('only %d classes' % n_classes)
    st = Counter(c['status'] for c in C.values())
    for k in ('past', 'cancel', 'hoan', 'plan', 'open'):
        if not st[k]:
            err('no class with status %s' % k)
    units = set(t['unit'] for t in T.values())
    if len(T) < 60 or len(units) < 20:
        err('targets: %d lines, %d units' % (len(T), len(units)))

    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
    ids = Counter(q['id'] for q in qs)
    for k, v in ids.items():
        if v > 1:
            err('duplicate id %s' % k)
    STY = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
    for q in qs:
        for f in ('id', 'q', 'style', 'kind', 'expect', 'expect_text'):
            if f not in q:
                err('%s: field %s missing' % (q.get('id'), f))
        if q['style'] not in STY:
            err('%s: style %s' % (q['id'], q['style']))
        sp = specs['questions'].get(q['id'])
        if sp is None:
            err('%s: no spec' % q['id'])
            continue
        if 'profile' in q and set(q['profile']) != {'role', 'province', 'union'}:
            err('%s: bad profile' % q['id'])
        k = q['kind']
        if k == 'course':
            exp = course_expect(C, sp)
            if not exp:
                err('%s: no answer derivable' % q['id'])
            elif sorted(exp) != sorted(q['expect']):
                err('%s: expect %s but data gives %s' % (q['id'], q['expect'], exp))
            for code in q['expect']:
                c = C.get(code)
                if not c:
                    err('%s: unknown code %s' % (q['id'], code))
                elif sp.get('mode') == 'nearest' and not upcoming(c):
                    err('%s: %s is not upcoming' % (q['id'], code))
            if sp.get('via_profile'):
                pr = q.get('profile', {}).get('province', '')
                ok = (sp.get('area') and fold(pr) == fold(sp['area'])) or (not sp.get('area') and prov_of_text(pr) == sp['prov'])
                if not ok:
                    err('%s: profile province %r does not give the spec place' % (q['id'], pr))
        elif k == 'target':
            exp = target_expect(T, sp)
            if exp != q['expect_text']:
                err('%s: expect_text %s but data gives %s' % (q['id'], q['expect_text'], exp))
            if q['expect']:
                err('%s: target with codes' % q['id'])
        elif k == 'fact':
            if not q['expect_text']:
                err('%s: fact without text' % q['id'])
            for t in q['expect_text']:
                if t not in seeds:
                    err('%s: %r not in seed articles' % (q['id'], t))
        elif k == 'off_topic':
            if q['expect'] or q['expect_text']:
                err('%s: off_topic with expectations' % q['id'])
        else:
            err('%s: kind %s' % (q['id'], k))
    kinds = Counter(q['kind'] for q in qs)
    if len(qs) < 320:
        err('only %d questions' % len(qs))
    for kk, lo in (('course', 180), ('target', 45), ('fact', 28), ('off_topic', 45)):
        if kinds[kk] < lo:
            err('too few %s: %d' % (kk, kinds[kk]))
    for kk in kinds:
        sc = Counter(q['style'] for q in qs if q['kind'] == kk)
        if max(sc.values()) - min(sc.get(s, 0) for s in STY) > 1:
            err('styles uneven for %s: %s' % (kk, dict(sc)))
    prof = sum(1 for q in qs if 'profile' in q)
    if not (0.18 <= prof / len(qs) <= 0.35):
        err('profiles on %d of %d questions' % (prof, len(qs)))

    # dialogues
    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8') if l.strip()]
    if len(ds) < 40:
        err('only %d dialogues' % len(ds))
    for d in ds:
        did = d['id']
        if d.get('style') not in STY:
            err('%s: style' % did)
        if not (4 <= len(d['turns']) <= 6):
            err('%s: %d turns' % (did, len(d['turns'])))
        dsp = specs['dialogues'].get(did)
        if not dsp or len(dsp) != len(d['turns']):
            err('%s: specs missing' % did)
            continue
        last_list, last = None, None
        for i, (t, sp) in enumerate(zip(d['turns'], dsp)):
            e = t['expect']
            k = e['kind']
            tag = '%s turn %d' % (did, i + 1)
            if k in ('course', 'course_list', 'register'):
                if sp.get('ref') == 'list':
                    codes = [last_list[sp['ordinal'] - 1]] if last_list and len(last_list) >= sp['ordinal'] else None
                elif sp.get('ref') == 'same':
                    codes = last
                else:
                    codes = course_expect(C, sp)
                    if sp.get('via_profile'):
                        pr = (d.get('profile') or {}).get('province', '')
                        if prov_of_text(pr) != sp['prov']:
                            err('%s: profile does not give the province' % tag)
                if not codes or sorted(codes) != sorted(e['codes']):
                    err('%s: codes %s but data gives %s' % (tag, e['codes'], codes))
                    continue
                if k == 'course_list':
                    last_list = codes
                    if not (2 <= len(codes) <= 4):
                        err('%s: list of %d' % (tag, len(codes)))
                if k == 'register':
                    c = C[codes[0]]
                    if c['status'] != 'open' or not c['start'] or c['start'] <= TODAY or (c['deadline'] and c['deadline'] < TODAY):
                        err('%s: %s cannot take registrations' % (tag, c['code']))
                if k == 'course':
                    c = C[e['codes'][0]]
                    facts = [c['venue'], c['org'], c['start'].strftime('%d/%m/%Y') if c['start'] else '',
                             c['deadline'].strftime('%d/%m/%Y') if c['deadline'] else '']
                    if c['fmt'] == 'online':
                        facts.append('trực tuyến')
                    for w in e['text']:
                        if not any(w in f_ for f_ in facts):
                            err('%s: text %r not a fact of %s' % (tag, w, c['code']))
                last = codes if k != 'course_list' else last
            elif k == 'target':
                exp = target_expect(T, sp)
                if exp != e['text']:
                    err('%s: target text %s vs %s' % (tag, e['text'], exp))
                if sp['what'] == 'both' and not d.get('profile'):
                    err('%s: target turn without a unit' % tag)
            elif k == 'fact':
                for w in e['text']:
                    if w not in seeds:
                        err('%s: %r not in seeds' % (tag, w))
            elif k == 'off_topic':
                if e['codes'] or e['text']:
                    err('%s: off_topic with expectations' % tag)
            else:
                err('%s: kind %s' % (tag, k))
    for e_ in errors:
        print(e_)
    print('%d errors' % len(errors))

if __name__ == '__main__':
    main()
