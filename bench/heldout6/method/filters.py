"""The one filter used for every kind-of-class expectation (questions and dialogue list turns).
Shared by build_questions.py and validate.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import load_courses, upcoming, sort_key, fold, OUT

_rows = None
_meta = None


def data():
    global _rows, _meta
    if _rows is None:
        _rows = load_courses()
        _meta = json.load(open(os.path.join(OUT, 'method', 'course_meta.json'), encoding='utf-8'))
    return _rows, _meta


def match(r, m, f):
    """f keys: p province (current name) or list; t topic key or list; a audience tag or list (any);
    m 'YYYY-MM' month; y year; mode 'online'|'hybrid'|'onsite'; o organiser type or list; org organiser substring;
    title title substring (folded); dated True = only classes with a concrete date"""
    if 'p' in f:
        ps = f['p'] if isinstance(f['p'], list) else [f['p']]
        if r['Tỉnh/Thành phố'] not in ps:
            return False
    if 't' in f:
        ts = f['t'] if isinstance(f['t'], list) else [f['t']]
        if m['topic'] not in ts:
            return False
    if 'a' in f:
        aa = f['a'] if isinstance(f['a'], list) else [f['a']]
        if not set(aa) & set(m['aud']):
            return False
    if 'o' in f:
        os_ = f['o'] if isinstance(f['o'], list) else [f['o']]
        if m['otype'] not in os_:
            return False
    if 'org' in f and fold(f['org']) not in fold(r['Đơn vị tổ chức']):
        return False
    if 'title' in f and fold(f['title']) not in fold(r['Tên lớp']):
        return False
    if 'mode' in f:
        hm = fold(r['Hình thức'])
        kind = 'online' if hm == 'truc tuyen' else 'hybrid' if hm.startswith('ket hop') else 'onsite'
        if kind != f['mode']:
            return False
    if f.get('dated') and r['_planned']:
        return False
    if 'm' in f:
        y, mo = map(int, f['m'].split('-'))
        if r['_planned']:
            a, b = r['_period']
            if not (a.year == y and a.month == mo and b.year == y and b.month == mo):
                return False
        elif not (r['_start'].year == y and r['_start'].month == mo):
            return False
    if 'y' in f:
        if r['_start'].year != f['y']:
            return False
    return True


def select(f):
    rows, meta = data()
    out = [r for r in rows if upcoming(r) and match(r, meta[r['Mã lớp']], f)]
    out.sort(key=sort_key)
    return [r['Mã lớp'] for r in out]
