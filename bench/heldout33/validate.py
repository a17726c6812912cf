# -*- coding: utf-8 -*-
"""Blind test set 33 -- validator (standard library only).

Re-reads courses.csv and targets.csv as an importer would (per import-format.md), checks them against the
generator's semantic truth (method/courses_truth.json), re-evaluates every question / dialogue spec in
method/spec_questions.py and compares with questions.jsonl / dialogues.jsonl. Prints «0 errors» when clean.
The same functions are used by method/build_questions.py to derive the expectations.
"""
import csv, json, os, re, sys, unicodedata, datetime as dt
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)
D = dt.datetime


# ------------------------------------------------------------------ text helpers
def fold(s):
    s = (s or '').replace('đ', 'd').replace('Đ', 'D').replace('\u00a0', ' ')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r'\s+', ' ', s.lower()).strip()
    return s


def clean_cell(s):
    s = (s or '').replace('\u00a0', ' ').replace('\r', ' ').replace('\n', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def strip_foot(s):
    return re.sub(r'\s*\(\*+\)\s*$|\s*\*+\s*$', '', s).strip()


PROVINCES = ['Nghệ An', 'Thanh Hóa', 'Hà Tĩnh', 'Quảng Trị', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau',
             'Tây Ninh', 'Hà Nội']
FORMER = ['Quảng Bình', 'Sóc Trăng', 'Hậu Giang', 'Bến Tre', 'Trà Vinh', 'Tiền Giang', 'Kiên Giang', 'Bạc Liêu', 'Long An']
QR = ['', 'I', 'II', 'III', 'IV']
ROMAN = {'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii',
         'xviii', 'xix', 'xx'}


# ------------------------------------------------------------------ date parsing
def _dmy(s):
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def parse_when(cell, role):
    """role: start|end|deadline. Returns ('dt', datetime) or ('period', [kind,y,a,b]) or None."""
    s = strip_foot(clean_cell(cell))
    if not s:
        return None
    f = fold(s)
    default = {'start': dt.time(8), 'end': dt.time(17), 'deadline': dt.time(23, 59)}[role]
    # planned periods
    m = re.match(r'^(?:thang|t)\s*(\d{1,2})\s*-\s*(\d{1,2})/(\d{4})$', f)
    if m:
        return ('period', ['M', int(m.group(3)), int(m.group(1)), int(m.group(2))])
    m = re.match(r'^(?:thang|t)\s*(\d{1,2})/(\d{4})$', f)
    if m:
        return ('period', ['M', int(m.group(2)), int(m.group(1)), int(m.group(1))])
    m = re.match(r'^(?:quy|q)\s*([ivx]+|\d)/(\d{4})$', f)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else QR.index(q.upper())
        return ('period', ['Q', int(m.group(2)), q, q])
    m = re.match(r'^6 thang dau nam (\d{4})$', f)
    if m:
        return ('period', ['H', int(m.group(1)), 1, 6])
    # excel serial
    m = re.match(r'^(\d{5})(?:\.(\d+))?$', s)
    if m:
        base = D(1899, 12, 30) + dt.timedelta(days=int(m.group(1)))
        if m.group(2):
            mins = round(float('0.' + m.group(2)) * 1440)
            return ('dt', base + dt.timedelta(minutes=mins))
        return ('dt', D.combine(base.date(), default))
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00)?$', s)
    if m:
        return ('dt', D.combine(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), default))
    # ranges: 03/12 - 05/12/2026 ; Từ 03/12 đến 05/12/2026
    m = re.match(r'^(?:tu\s+)?(\d{1,2})/(\d{1,2})\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})$', f)
    if m:
        y = int(m.group(5))
        a = dt.date(y, int(m.group(2)), int(m.group(1)))
        b = dt.date(y, int(m.group(4)), int(m.group(3)))
        return ('range', (D.combine(a, dt.time(8)), D.combine(b, dt.time(17))))
    d = _dmy(s)
    if d is None:
        raise ValueError('unreadable date %r' % cell)
    m = re.search(r'(\d{1,2})h(\d{2})?', f.split('ngay')[0]) if 'ngay' in f else None
    if m:
        return ('dt', D.combine(d, dt.time(int(m.group(1)), int(m.group(2) or 0))))
    m = re.search(r'\d{4}\s+(\d{1,2}):(\d{2})$', s)
    if m:
        return ('dt', D.combine(d, dt.time(int(m.group(1)), int(m.group(2)))))
    buoi = {'start': {'sang': dt.time(8), 'chieu': dt.time(13, 30), 'trua': dt.time(12), 'toi': dt.time(18, 30)},
            'end': {'sang': dt.time(11, 30), 'chieu': dt.time(17), 'toi': dt.time(21)},
            'deadline': {'sang': dt.time(11, 30), 'chieu': dt.time(17), 'toi': dt.time(21)}}[role]
    for w, t in buoi.items():
        if f.startswith(w + ' '):
            return ('dt', D.combine(d, t))
    return ('dt', D.combine(d, default))


def parse_new_date(note, old_year):
    f = fold(note)
    m = re.search(r'(?:hoan sang|den ngay|lich moi:?|lui lich den|doi sang|sang)\s+(\d{1,2}/\d{1,2}/\d{4})', f)
    if m:
        return _dmy(m.group(1))
    return None


# ------------------------------------------------------------------ reading courses.csv
HEADER_MAP = {
    'stt': 'stt', 'ma lop': 'code', 'ten lop': 'title', 'ten lop hoc': 'title', 'chu de': 'topic', 'doi tuong': 'aud',
    'don vi to chuc': 'org', 'don vi phoi hop': 'partner', 'tinh/thanh pho': 'prov', 'dia diem': 'place',
    'hinh thuc': 'mode', 'ngay bat dau': 'start', 'ngay ket thuc': 'end', 'han dang ky': 'deadline',
    'so ngay': 'days', 'so cho': 'seats', 'trang thai': 'status', 'ghi chu': 'note'}


def read_rows(path):
    raw = open(path, 'rb').read().decode('utf-8-sig')
    first = raw.splitlines()[0]
    delim = ';' if first.count(';') >= first.count(',') else ','
    return list(csv.reader(raw.splitlines(True), delimiter=delim))


def read_courses(path):
    rows = read_rows(path)
    hi = None
    for i, r in enumerate(rows[:30]):
        keys = [re.sub(r'\s*\(.*?\)\s*', '', fold(c)).strip() for c in r]
        if 'ten lop hoc' in keys or 'ten lop' in keys:
            hi = i
            cols = {}
            for j, k in enumerate(keys):
                if k in HEADER_MAP:
                    cols[HEADER_MAP[k]] = j
            break
    if hi is None:
        raise ValueError('no header row')
    out = []
    batch = None
    skipped = {'section': 0, 'batch': 0, 'total': 0, 'sign': 0, 'colnum': 0}
    for r in rows[hi + 1:]:
        r = r + [''] * (20 - len(r))
        g = lambda k: r[cols[k]] if k in cols else ''
        cells = [clean_cell(c) for c in r]
        fc = [fold(c) for c in cells]
        if all(re.match(r'^\(\d+\)$', c) or not c for c in cells) and any(cells):
            skipped['colnum'] += 1
            continue
        if any(c.startswith('noi nhan') or c.startswith('tm.') or c == '(da ky)' or c.startswith('nguoi lap bieu') for c in fc):
            skipped['sign'] += 1
            break
        title = strip_foot(clean_cell(g('title')))
        stt = fold(g('stt'))
        if not title and not g('start').strip():
            continue
        if stt in ROMAN or (title and title == title.upper() and not g('start').strip()):
            batch = None
            skipped['section'] += 1
            continue
        if re.match(r'^dot\s+\S+', fold(title)) and not g('start').strip() and not g('code').strip():
            batch = re.match(r'^(dot\s+[0-9ivx]+)', fold(title)).group(1)
            skipped['batch'] += 1
            continue
        if re.match(r'^(tong cong|cong)\b', fold(title)):
            skipped['total'] += 1
            continue
        rec = {'code': g('code').strip(), 'title': title, 'topic': clean_cell(g('topic')), 'audience': clean_cell(g('aud')),
               'org': clean_cell(g('org')), 'place': clean_cell(g('place')), 'note': clean_cell(g('note'))}
        if batch and 'dot' not in fold(title):
            rec['title'] = title + ' (' + batch.replace('dot', 'đợt') + ')'
        rec['batch'] = ('Đợt ' + batch.split()[1]) if batch else None
        prov = clean_cell(g('prov'))
        if not prov:
            for p in PROVINCES:
                if fold(p) in fold(rec['org']):
                    prov = p
        rec['province'] = prov
        rec['former'] = None
        for fp in FORMER:
            if fold(fp) in fold(rec['place']):
                rec['former'] = fp
        mf = fold(g('mode'))
        if 'ket hop' in mf or ('truc tiep' in mf and 'truc tuyen' in mf):
            rec['mode'] = 'blended'
        elif 'truc tuyen' in mf:
            rec['mode'] = 'online'
        else:
            rec['mode'] = 'offline'
        st = parse_when(g('start'), 'start')
        rec['start'] = rec['period'] = rec['end'] = None
        dm = re.match(r'\d+', clean_cell(g('days')))
        days = int(dm.group(0)) if dm else None
        if st[0] == 'period':
            rec['period'] = st[1]
        elif st[0] == 'range':
            rec['start'], rec['end'] = st[1]
        else:
            rec['start'] = st[1]
        en = parse_when(g('end'), 'end')
        if en:
            rec['end'] = en[1]
        if rec['start'] and not rec['end']:
            rec['end'] = D.combine((rec['start'] + dt.timedelta(days=(days or 1) - 1)).date(), dt.time(17))
        if rec['start'] and days is None:
            days = (rec['end'].date() - rec['start'].date()).days + 1
        rec['days'] = days
        dl = parse_when(g('deadline'), 'deadline')
        rec['deadline'] = dl[1] if dl else None
        sv = fold(g('seats'))
        sv = re.sub(r'\(.*?\)', '', sv)
        m = re.search(r'(\d+)\s*-\s*(\d+)', sv)
        if 'diem cau' in sv or 'theo dang ky' in sv:
            rec['seats'] = None
        elif m:
            rec['seats'] = int(m.group(2))
        else:
            m = re.search(r'\d+', sv)
            rec['seats'] = int(m.group(0)) if m else None
        sf = fold(g('status'))
        if sf in ('mo dang ky',):
            status = 'open'
        elif sf == 'du kien':
            status = 'planned'
        elif sf in ('da huy',):
            status = 'cancelled'
        elif sf == 'da ket thuc':
            status = 'finished'
        elif sf in ('hoan', 'tam hoan', 'da hoan'):
            status = 'postponed'
        elif sf == '':
            status = 'planned' if rec['period'] else 'open'
            if parse_new_date(rec['note'], 0):
                status = 'postponed'
        else:
            raise ValueError('status %r' % sf)
        rec['status'] = status
        rec['new_start'] = None
        if status == 'postponed' and rec['start']:
            nd = parse_new_date(rec['note'], rec['start'].year)
            if nd:
                rec['new_start'] = D.combine(nd, rec['start'].time())
        out.append(rec)
    return out, skipped


def read_targets(path):
    rows = read_rows(path)
    hi = next(i for i, r in enumerate(rows[:30]) if 'ma chi tieu' in [fold(c) for c in r])
    keys = [re.sub(r'\s*\(.*?\)\s*', '', fold(c)).strip() for c in rows[hi]]
    out = []
    for r in rows[hi + 1:]:
        if not r or not r[0].strip():
            continue
        if fold(r[0]).startswith('noi nhan') or fold(r[0]).startswith('nguoi lap'):
            break
        rec = dict(zip(keys, [clean_cell(c) for c in r]))
        if not rec.get('ma chi tieu') or fold(rec['ma chi tieu']).startswith('tong'):
            continue
        out.append({'code': rec['ma chi tieu'], 'union': rec['don vi'], 'year': rec['nam'], 'content': rec['noi dung'],
                    'aud': rec.get('doi tuong', ''), 'target': vnum(rec['chi tieu']), 'unit': rec['don vi tinh'],
                    'achieved': vnum(rec.get('da dat', '')), 'asof': rec.get('tinh den ngay', ''), 'note': rec.get('ghi chu', '')})
    return out


def vnum(s):
    s = (s or '').strip().rstrip('%').strip()
    if not s:
        return None
    if re.match(r'^\d{1,3}(\.\d{3})+$', s):
        s = s.replace('.', '')
    s = s.replace(',', '.')
    v = float(s)
    return int(v) if v == int(v) else v


# ------------------------------------------------------------------ semantics
def pstart(p):
    k, y, a, b = p
    m = {'M': a, 'Q': 3 * a - 2, 'H': 1}[k]
    return D(y, m, 1)


def pend(p):
    k, y, a, b = p
    m = {'M': b, 'Q': 3 * b, 'H': 6}[k]
    return (D(y + 1, 1, 1) if m == 12 else D(y, m + 1, 1)) - dt.timedelta(minutes=1)


def eff(c):
    """effective start/end (postponed with a new date moves the class, keeping its hour)."""
    if c['period']:
        return pstart(c['period']), pend(c['period'])
    s, e = c['start'], c['end']
    if c['status'] == 'postponed' and c['new_start']:
        delta = c['new_start'] - s
        return s + delta, e + delta
    return s, e


def category(c):
    st = c['status']
    if st == 'cancelled':
        return 'cancelled'
    if st == 'finished':
        return 'finished'
    if st == 'postponed' and not c['new_start']:
        return 'postponed_nodate'
    s, e = eff(c)
    if e < NOW:
        return 'finished'
    if s <= NOW:
        return 'ongoing'
    return 'upcoming'


def registerable(c):
    if category(c) != 'upcoming' or c['period'] or c['status'] == 'planned':
        return False
    if c['deadline'] and c['deadline'] < NOW:
        return False
    return True


def sortkey(c):
    return (eff(c)[0], c['code'])


def match(c, f, profile=None):
    if f.get('codes') is not None and c['code'] not in f['codes']:
        return False
    cat = f.get('cat', 'upcoming')
    ccat = category(c)
    if cat == 'registerable':
        if not registerable(c):
            return False
    elif cat != 'any' and ccat != cat:
        return False
    text = fold(c['title'] + ' | ' + c['topic'])
    for grp in f.get('kw', []):
        if not any(fold(a) in text for a in grp):
            return False
    for grp in f.get('kwt', []):
        if not any(fold(a) in fold(c['title']) for a in grp):
            return False
    if any(fold(a) in text for a in f.get('nokw', [])):
        return False
    if f.get('aud') and not any(fold(a) in fold(c['audience'] + ' | ' + c['title']) for a in f['aud']):
        return False
    if f.get('prov') and fold(c['province']) not in [fold(p) for p in f['prov']]:
        return False
    if f.get('former') and not any(fold(p) in fold(c['place']) for p in f['former']):
        return False
    if f.get('org') and not any(fold(o) in fold(c['org']) for o in f['org']):
        return False
    if f.get('mode'):
        ok = f['mode'].split('|')
        if c['mode'] not in ok:
            return False
    s, e = eff(c)
    if f.get('dated') and c['period']:
        return False
    if f.get('month'):
        y, m = map(int, f['month'].split('-'))
        if c['period']:
            p = c['period']
            if not (p[0] == 'M' and p[1] == y and p[2] == p[3] == m):
                return False
        elif not (s.year == y and s.month == m):
            return False
    if f.get('from') and s < D.fromisoformat(f['from']):
        return False
    if f.get('to') and s > D.fromisoformat(f['to']) + dt.timedelta(hours=23, minutes=59):
        return False
    if f.get('evening') and (c['period'] or s.hour < 17):
        return False
    if f.get('weekend') and (c['period'] or s.weekday() < 5):
        return False
    return True


def select(courses, f, profile=None):
    return sorted([c for c in courses if match(c, f, profile)], key=sortkey)


def ddmmyyyy(d):
    return d.strftime('%d/%m/%Y')


def when_text(c):
    if c['period']:
        k, y, a, b = c['period']
        if k == 'M':
            return '%d/%d' % (a, y) if a == b else '%d-%d/%d' % (a, b, y)
        if k == 'Q':
            return '%s/%d' % (QR[a], y)
        return '6 tháng đầu năm %d' % y
    return ddmmyyyy(eff(c)[0])


def place_kw(c):
    return c['place'].split(',')[0].strip()


def texts_for(c, ask):
    out = []
    for a in ask:
        if a == 'date':
            out.append(when_text(c))
        elif a == 'place':
            out.append(place_kw(c))
        elif a == 'deadline':
            if c['deadline']:  # no deadline written: nothing to require
                out.append(ddmmyyyy(c['deadline']))
        elif a == 'days':
            if c['days']:
                out.append('%d ngày' % c['days'])
        elif a == 'seats':
            out.append(str(c['seats']))
        elif a == 'end':
            if not c['period']:
                out.append(ddmmyyyy(eff(c)[1]))
        elif a == 'status':
            w = 'hoãn' if c['status'] == 'postponed' else {'cancelled': 'hủy', 'finished': 'kết thúc'}.get(category(c))
            if w:
                out.append(w)
        elif a == 'org':
            out.append(c['org'])
        elif a == 'online':
            out.append('trực tuyến')
        else:
            raise ValueError(a)
    return out


def fmtnum(v):
    if isinstance(v, float):
        return ('%g' % v).replace('.', ',')
    return str(v)


def target_rows(targets, tf):
    rs = [t for t in targets if fold(tf['union']) in fold(t['union']) and str(tf['year']) == t['year']]
    if tf.get('content'):
        rs = [t for t in rs if any(fold(k) in fold(t['content'] + ' ' + t['aud']) for k in tf['content'])]
    return rs


def target_texts(targets, tf, ask):
    rs = target_rows(targets, tf)
    out = []
    for t in rs:
        for a in ask:
            if a == 'target':
                out.append(fmtnum(t['target']))
            elif a == 'achieved':
                out.append(fmtnum(t['achieved']))
            elif a == 'gap':
                out.append(fmtnum(t['target'] - t['achieved']))
            elif a == 'pct':
                p = t['achieved'] * 100.0 / t['target']
                if abs(p - round(p)) > 1e-9:
                    raise ValueError('pct not integer for %s' % t['code'])
                out.append('%d%%' % round(p))
            elif a == 'asof':
                out.append(t['asof'])
            else:
                raise ValueError(a)
    return rs, out


# ------------------------------------------------------------------ expectation builders (shared with build_questions.py)
def load_spec():
    p = os.path.join(HERE, 'method', 'spec_questions.py')
    spec = importlib.util.spec_from_file_location('spec_questions', p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def seeds_text():
    d = os.path.join(HERE, 'method', 'seeds')
    if not os.path.isdir(d):
        d = os.path.join(HERE, '..', 'given', 'seeds')
    txt = ''
    for fn in sorted(os.listdir(d)):
        txt += re.sub(r'\s+', ' ', open(os.path.join(d, fn), encoding='utf-8').read()) + '\n'
    return txt


def build_question(q, courses, targets, seeds, errs):
    kind = q['kind']
    o = {'id': q['id'], 'q': q['q'], 'style': q['style'], 'kind': kind}
    if kind == 'course':
        sel = select(courses, q['f'])
        if not sel:
            errs.append('%s: no class matches' % q['id'])
            o['expect'], o['expect_text'] = [], []
        else:
            if q.get('top') is not None:
                sel = sel[:q['top']]
            o['expect'] = [c['code'] for c in sel]
            o['expect_text'] = texts_for(sel[0], q.get('ask', ['date']))
    elif kind == 'target':
        rs, tx = target_texts(targets, q['tf'], q.get('ask', ['target', 'achieved']))
        if not rs:
            errs.append('%s: no target row' % q['id'])
        o['expect'], o['expect_text'] = [], tx
    elif kind == 'fact':
        for t in q['text']:
            if re.sub(r'\s+', ' ', t) not in seeds:
                errs.append('%s: fact text %r not in seeds' % (q['id'], t))
        o['expect'], o['expect_text'] = [], list(q['text'])
    elif kind == 'off_topic':
        o['expect'], o['expect_text'] = [], []
    else:
        errs.append('%s: bad kind' % q['id'])
    if q.get('profile'):
        o['profile'] = q['profile']
    return o


def build_dialogue(d, courses, targets, seeds, errs):
    o = {'id': d['id'], 'style': d['style']}
    if d.get('profile'):
        o['profile'] = d['profile']
    turns = []
    last_list, cur = [], None
    for i, t in enumerate(d['turns']):
        tag = '%s/%d' % (d['id'], i + 1)
        k = t['kind']
        e = {'kind': k, 'codes': [], 'text': []}
        if k == 'course_list':
            sel = select(courses, t['f'])
            if not 1 <= len(sel) <= 5:
                errs.append('%s: list has %d classes' % (tag, len(sel)))
            starts = [eff(c)[0] for c in sel]
            if len(set(starts)) != len(starts):
                errs.append('%s: list start times not distinct' % tag)
            last_list = sel
            cur = sel[0] if len(sel) == 1 else None
            e['codes'] = [c['code'] for c in sel]
            e['text'] = texts_for(sel[0], t.get('ask', ['date'])) if sel else []
        elif k in ('course', 'register'):
            ref = t.get('ref')
            c = None
            if ref and ref[0] == 'list':
                if ref[1] < len(last_list):
                    c = last_list[ref[1]]
            elif ref and ref[0] == 'cur':
                c = cur
            elif t.get('f'):
                sel = select(courses, t['f'])
                c = sel[0] if sel else None
                if len(sel) > 1 and k == 'register':
                    errs.append('%s: register filter ambiguous (%d)' % (tag, len(sel)))
            if c is None:
                errs.append('%s: no class for turn' % tag)
            else:
                cur = c
                e['codes'] = [c['code']]
                e['text'] = texts_for(c, t.get('ask', ['date']))
                if k == 'register' and not registerable(c):
                    errs.append('%s: %s not registerable' % (tag, c['code']))
        elif k == 'fact':
            if t.get('tf'):
                rs, tx = target_texts(targets, t['tf'], t.get('ask', ['target', 'achieved']))
                if not rs:
                    errs.append('%s: no target row' % tag)
                e['text'] = tx
            else:
                for x in t['text']:
                    if re.sub(r'\s+', ' ', x) not in seeds:
                        errs.append('%s: fact text %r not in seeds' % (tag, x))
                e['text'] = list(t['text'])
        elif k == 'off_topic':
            pass
        else:
            errs.append('%s: bad kind %s' % (tag, k))
        turns.append({'q': t['q'], 'expect': e})
    o['turns'] = turns
    return o


def truth_records():
    tr = json.load(open(os.path.join(HERE, 'method', 'courses_truth.json'), encoding='utf-8'))
    for t in tr:
        for k in ('start', 'end', 'deadline', 'new_start'):
            t[k] = D.fromisoformat(t[k]) if t[k] else None
    return tr


# ------------------------------------------------------------------ main
def main():
    errs = []
    courses, skipped = read_courses(os.path.join(HERE, 'courses.csv'))
    targets = read_targets(os.path.join(HERE, 'targets.csv'))
    # 1. CSV vs generator truth
    truth = {t['code']: t for t in truth_records()}
    seen = set()
    for c in courses:
        if not re.match(r'^[A-Za-z0-9._-]{1,40}$', c['code']):
            errs.append('bad code %r' % c['code'])
        if c['code'] in seen:
            errs.append('duplicate code %s' % c['code'])
        seen.add(c['code'])
        t = truth.get(c['code'])
        if not t:
            errs.append('code %s not in truth' % c['code'])
            continue
        for k in ('title', 'topic', 'audience', 'org', 'province', 'place', 'former', 'mode', 'start', 'end', 'deadline',
                  'days', 'seats', 'status', 'new_start', 'batch'):
            if c[k] != t[k]:
                errs.append('%s: %s csv=%r truth=%r' % (c['code'], k, c[k], t[k]))
        pv = c['period']
        if (pv or None) != (t['period'] or None):
            errs.append('%s: period %r vs %r' % (c['code'], pv, t['period']))
        if c['start'] and c['end'] < c['start']:
            errs.append('%s: end before start' % c['code'])
        if c['deadline'] and c['start']:
            lim = c['new_start'] or c['start']
            if c['deadline'].date() > lim.date():
                errs.append('%s: deadline after start' % c['code'])
    if len(truth) != len(courses):
        errs.append('truth has %d classes, csv %d' % (len(truth), len(courses)))
    # 2. data requirements
    orgs = set(c['org'] for c in courses)
    provs = set(c['province'] for c in courses)
    if len(courses) < 300:
        errs.append('only %d classes' % len(courses))
    if len(orgs) < 15:
        errs.append('only %d organisers' % len(orgs))
    if len(provs - {'Hà Nội'}) < 8:
        errs.append('only %d provinces' % len(provs))
    for c in courses:
        s = eff(c)[0]
        if not (D(2026, 11, 1) <= s <= D(2027, 6, 30, 23, 59)):
            errs.append('%s outside Nov 2026 - Jun 2027' % c['code'])
    cats = {}
    for c in courses:
        cats[category(c)] = cats.get(category(c), 0) + 1
    for need in ('cancelled', 'finished', 'ongoing', 'postponed_nodate', 'upcoming'):
        if not cats.get(need):
            errs.append('no %s class' % need)
    # 3. questions
    spec = load_spec()
    seeds = seeds_text()
    want_q = [build_question(q, courses, targets, seeds, errs) for q in spec.QUESTIONS]
    want_d = [build_dialogue(d, courses, targets, seeds, errs) for d in spec.DIALOGUES]
    got_q = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
    got_d = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8') if l.strip()]
    if got_q != want_q:
        for a, b in zip(got_q, want_q):
            if a != b:
                errs.append('question %s differs from recomputed: %r vs %r' % (b['id'], a, b))
        if len(got_q) != len(want_q):
            errs.append('questions.jsonl has %d rows, spec %d' % (len(got_q), len(want_q)))
    if got_d != want_d:
        for a, b in zip(got_d, want_d):
            if a != b:
                errs.append('dialogue %s differs from recomputed' % b['id'])
        if len(got_d) != len(want_d):
            errs.append('dialogues.jsonl has %d rows, spec %d' % (len(got_d), len(want_d)))
    ids = [q['id'] for q in want_q]
    if len(set(ids)) != len(ids):
        errs.append('duplicate question ids')
    styles = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
    for q in want_q:
        if q['style'] not in styles:
            errs.append('%s: bad style' % q['id'])
        if q['kind'] == 'course' and not q['expect']:
            errs.append('%s: empty expect' % q['id'])
        if q['kind'] != 'course' and q['expect']:
            errs.append('%s: expect must be []' % q['id'])
        if q['kind'] in ('target', 'fact') and not q['expect_text']:
            errs.append('%s: empty expect_text' % q['id'])
        if q['kind'] == 'off_topic' and q['expect_text']:
            errs.append('%s: off_topic with text' % q['id'])
    n = len(want_q)
    kinds = {}
    for q in want_q:
        kinds[q['kind']] = kinds.get(q['kind'], 0) + 1
    if n < 300:
        errs.append('only %d questions' % n)
    for k, share in (('course', .65), ('target', .12), ('fact', .12), ('off_topic', .11)):
        if abs(kinds.get(k, 0) / n - share) > 0.03:
            errs.append('kind %s share %.3f far from %.2f' % (k, kinds.get(k, 0) / n, share))
    prof = sum(1 for q in want_q if q.get('profile'))
    if not 0.4 <= prof / n <= 0.6:
        errs.append('profile share %.2f' % (prof / n))
    if len(want_d) < 45:
        errs.append('only %d dialogues' % len(want_d))
    for d in want_d:
        if not 3 <= len(d['turns']) <= 6:
            errs.append('%s: %d turns' % (d['id'], len(d['turns'])))
        if d['style'] not in styles:
            errs.append('%s: bad style' % d['id'])
    # report
    if '-v' in sys.argv:
        print('classes %d, organisers %d, provinces %d, categories %s, skipped rows %s' % (
            len(courses), len(orgs), len(provs), cats, skipped))
        print('targets %d' % len(targets))
        st = {}
        for q in want_q:
            st[q['style']] = st.get(q['style'], 0) + 1
        print('questions %d kinds %s styles %s with profile %d' % (n, kinds, st, prof))
        print('dialogues %d turns %d' % (len(want_d), sum(len(d['turns']) for d in want_d)))
    for e in errs:
        print('ERROR', e)
    print('%d errors' % len(errs))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
