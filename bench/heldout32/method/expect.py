#!/usr/bin/env python3
"""Expectation engine: given a filter (what the question asks), returns the classes an
assistant could correctly put FIRST, and the words the reply must contain.
Used by build.py (to write questions.jsonl / dialogues.jsonl) and by validate.py (to re-check)."""
import json, os, unicodedata, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
M = json.load(open(os.path.join(HERE, 'model.json'), encoding='utf-8'))
NOW = dt.datetime(2026, 11, 23, 9, 0)
C = {c['code']: c for c in M['classes']}
T = {t['code']: t for t in M['targets']}


def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn').lower()


def P(s):
    return dt.datetime.fromisoformat(s)


def start_of(c):
    """Effective start datetime (new date for a postponed class), or None."""
    if c['status'] == 'Đã hoãn':
        return P(c['new_start']) if c['new_start'] else None
    return P(c['start']) if c['start'] else None


def interval(c):
    """Possible start interval (lo, hi) for ordering; None if the class cannot be 'upcoming'."""
    if c['status'] == 'Đã hủy':
        return None
    if c['status'] == 'Dự kiến':
        lo = P(c['period_lo'] + 'T00:00')
        hi = P(c['period_hi'] + 'T23:59')
        return (lo, hi) if hi > NOW else None
    s = start_of(c)
    if s is None or s <= NOW:
        return None
    return (s, s)

AUD_LENIENT = {'CTR': {'CTS'}, 'CTS': {'CTR'}}


def match(c, f, lenient=False):
    if 'code' in f and c['code'] not in f['code']:
        return False
    if 'topic' in f:
        ok = c['topic'] in f['topic']
        if not ok and lenient and 'kw' not in f:
            ok = c['topic'] in f.get('topic_lenient', [])
        if not ok:
            return False
    if 'kw' in f:  # all groups must match; a group is a list of alternatives
        t = fold(c['title'])
        for grp in f['kw']:
            if not any(fold(k) in t for k in grp):
                return False
    if 'nokw' in f:
        t = fold(c['title'])
        if any(fold(k) in t for k in f['nokw']):
            return False
    if 'aud' in f:
        need = f['aud']
        ok = need in c['auds']
        if not ok and lenient:
            ok = bool(AUD_LENIENT.get(need, set()) & set(c['auds']))
        if not ok:
            return False
    if 'prov' in f and c['prov'] not in f['prov']:
        return False
    if 'area' in f and c['area'] != f['area']:
        return False
    if 'ward' in f and not (c['ward'] and fold(f['ward']) == fold(c['ward'])):
        return False
    if 'org' in f and c['org'] not in f['org']:
        return False
    if 'national' in f and c['national'] != f['national']:
        return False
    if 'mode' in f:
        if f['mode'] == 'online' and c['mode'] != 'online':
            if not (lenient and c['mode'] == 'blended'):
                return False
        if f['mode'] == 'onsite' and c['mode'] == 'online':
            return False
        if f['mode'] == 'blended' and c['mode'] != 'blended':
            return False
    if 'status' in f and c['status'] not in f['status']:
        return False
    if 'batch' in f and c['batch'] != f['batch']:
        return False
    if 'evening' in f:
        s = start_of(c)
        if not (s and s.hour >= 17):
            return False
    if 'weekend' in f:
        s = start_of(c)
        if not (s and s.weekday() >= 5):
            return False
    if 'days' in f and c['days'] != f['days']:
        return False
    return True


def window_iv(c, f):
    """Interval, clipped to the question's period (f['from'], f['to'] as ISO dates inclusive)."""
    iv = interval(c)
    if iv is None:
        return None
    lo, hi = iv
    if 'from' in f:
        a = max(P(f['from'] + 'T00:00'), NOW)
        lo = max(lo, a)
    if 'to' in f:
        b = P(f['to'] + 'T23:59')
        hi = min(hi, b)
    if lo > hi:
        return None
    return lo, hi


def candidates(f, lenient=False):
    out = []
    for c in M['classes']:
        if not match(c, f, lenient):
            continue
        iv = window_iv(c, f)
        if iv is None:
            continue
        out.append((iv, c))
    out.sort(key=lambda x: (x[0][0], x[0][1], x[1]['code']))
    return out


def first(f, lf=None):
    """Codes an assistant could correctly put first: strict matches whose earliest possible start is
    not after the latest possible start of the strict nearest; lenient matches (lf, or f read
    leniently) likewise."""
    strict = candidates(f)
    if not strict:
        return [], []
    bound = min(iv[1] for iv, c in strict)
    acc = [c['code'] for iv, c in strict if iv[0] <= bound]
    lenient = candidates(lf) if lf is not None else candidates(f, True)
    extra = [c['code'] for iv, c in lenient if iv[0] <= bound and c['code'] not in acc]
    return acc, extra


def listing(f):
    """Every class a list must show (strict), and lenient ones that may also show; list filters must
    be unambiguous (lenient == strict)."""
    s = [c['code'] for iv, c in candidates(f)]
    l = [c['code'] for iv, c in candidates(f, True)]
    return s, l


def ddmmyyyy(d):
    return d.strftime('%d/%m/%Y')

TOKENS = ['Tam Kỳ', 'Hội An', 'Hải Châu', 'Hòa Khánh', 'Nguyễn Văn Linh', 'Cẩm Thành', 'Tịnh Phong', 'Kon Tum',
          'Pleiku', 'Quy Nhơn Nam', 'Quy Nhơn', 'Buôn Ma Thuột', 'Trường Chính trị', 'Tuy Hòa', 'Nha Trang', 'Phan Rang',
          'Đà Lạt', 'Gia Nghĩa', 'Phan Thiết', 'Nguyễn Thị Minh Khai', 'Cung Văn hóa Lao động', 'Thủ Dầu Một', 'Dĩ An',
          'Vũng Tàu', 'Thuận Hóa', 'Phân hiệu phía Nam', 'Trung tâm hội nghị']


def place_token(c):
    if c['mode'] == 'online':
        return 'trực tuyến'
    for t in TOKENS:
        if t in c['venue']:
            return t
    raise ValueError(c['venue'])


def texts(codes, need):
    """Words every acceptable first class shares, for the aspects asked."""
    out = []
    cs = [C[x] for x in codes]
    for n in need:
        vals = set()
        for c in cs:
            if n == 'date':
                s = start_of(c)
                vals.add(ddmmyyyy(s) if s else None)
            elif n == 'place':
                vals.add(place_token(c))
            elif n == 'days':
                vals.add(f"{c['days']} ngày")
            elif n == 'online':
                vals.add('trực tuyến' if c['mode'] == 'online' else None)
            elif n == 'deadline':
                vals.add(ddmmyyyy(P(c['deadline'])) if c['deadline'] else None)
            elif n == 'end':
                vals.add(ddmmyyyy(P(c['end'])) if c['end'] else None)
            elif n == 'status':
                vals.add({'Đã hoãn': 'hoãn', 'Đã hủy': 'hủy'}.get(c['status']))
            elif n == 'month':
                vals.add(c['period_label'].split(' ', 1)[1] if c['period_label'] and c['period'][0] == 'M' else None)
            elif n == 'seats':
                vals.add(str(c['seats']))
            else:
                raise ValueError(n)
        if len(vals) == 1 and None not in vals:
            out.append(vals.pop())
    return out


def show(f, n=12):
    for iv, c in candidates(f)[:n]:
        print(iv[0].strftime('%d/%m/%Y %H:%M'), c['code'], c['status'], c['prov'], c['area'] or '', c['mode'], '|', c['title'][:60], '|', ','.join(c['auds']))
