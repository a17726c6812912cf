"""Query engine over the data model, evaluated under every plausible reading (robust guard)."""
import itertools, datetime as dt
from data import fold, TODAY, ORG, FORMER2CUR

TOPIC_KW = {
 'nucong': ['nu cong'], 'atvsld': ['an toan, ve sinh lao dong', 'an toan ve sinh lao dong', 'atvsld'],
 'thuongluong': ['thuong luong', 'doi thoai'], 'kiemtra': ['kiem tra'], 'taichinh': ['tai chinh'],
 'chuyendoiso': ['chuyen doi so', 'cong nghe thong tin', 'phan mem', 'tin hoc'], 'phattrien': ['phat trien doan vien'],
 'giangvien': ['giang vien', 'giang day'], 'tuyengiao': ['tuyen truyen', 'tuyen giao'], 'phapluat': ['phap luat'],
 'tranhchap': ['tranh chap'], 'vanthu': ['van thu', 'luu tru'], 'nghiepvu': ['nghiep vu'],
}
OTYPE_B = {'giaoduc': {'giaoduc', 'truong'}, 'yte': {'yte', 'benhvien'}, 'vienchuc': {'vienchuc'}, 'kcn': {'kcn'},
           'phuong': {'phuong'}, 'congty': {'congty'}, 'tinh': None}
PARTIAL_FORMER = {'Quảng Bình', 'Thái Bình', 'Nam Định', 'Hà Nam', 'Hải Dương'}
DIMS = ['former', 'topic', 'aud', 'otype', 'mode', 'postp']
INTERPS = [dict(zip(DIMS, p)) for p in itertools.product('AB', repeat=len(DIMS))]


class Fail(Exception):
    pass


def match(c, q, it):
    if q.get('prov'):
        if q.get('former') and q['former'] in PARTIAL_FORMER and it['former'] == 'B':
            if c['area'] != q['former']:
                return False
        elif c['prov'] != q['prov']:
            return False
    if q.get('topic'):
        if it['topic'] == 'A':
            if c['topic'] != q['topic']:
                return False
        else:
            t = fold(c['title'])
            if not any(k in t for k in TOPIC_KW[q['topic']]):
                return False
    if q.get('aud'):
        a = q['aud']
        ok = a in c['aud_keys']
        if it['aud'] == 'B' and not ok:
            if a in ('chutich', 'bch') and 'kct' in c['aud_keys']:
                ok = True
            if a == 'ubkt' and c['topic'] == 'kiemtra':
                ok = True
        if not ok:
            return False
    if q.get('otype'):
        if it['otype'] == 'A' or OTYPE_B[q['otype']] is None:
            if c['otype'] != q['otype'] and not (OTYPE_B[q['otype']] is None and it['otype'] == 'B'):
                return False
        else:
            if c['otype'] not in OTYPE_B[q['otype']]:
                return False
    if q.get('org') and c['org'] != q['org']:
        return False
    if q.get('batch') and c['batch'] != q['batch']:
        return False
    if q.get('mode') == 'online':
        if it['mode'] == 'A' and c['mode'] != 'online':
            return False
        if it['mode'] == 'B' and c['mode'] not in ('online', 'kethop'):
            return False
    return True


def interval(c, it, past=False):
    if past:
        if c['status'] != 'done':
            return None
        return (c['start'], c['start'])
    if c['status'] in ('cancel', 'done'):
        return None
    if c['status'] == 'postponed':
        if it['postp'] == 'B':
            return None
        return (c['new'], c['new'])
    return (c['lo'], c['hi'])


def evaluate(classes, q, it):
    """ordered candidates [(lo,hi,c)], ambiguous flag"""
    out = []
    amb = False
    win = q.get('win')
    past = q.get('past', False)
    excl = set(q.get('exclude', []))
    for c in classes:
        if c['code'] in excl:
            continue
        if not match(c, q, it):
            continue
        iv = interval(c, it, past)
        if iv is None:
            continue
        lo, hi = iv
        if not past and hi <= TODAY:
            continue
        if win:
            w1, w2 = win
            if lo >= w1 and hi <= w2:
                pass
            elif hi < w1 or lo > w2:
                continue
            else:
                amb = True
                continue
        out.append((lo, hi, c))
    out.sort(key=lambda x: (x[0], x[1], x[2]['code']))
    return out, amb


def nearest(lst):
    if not lst:
        return ()
    mh = min(x[1] for x in lst)
    return tuple(sorted(x[2]['code'] for x in lst if x[0] <= mh))


def strict_list(lst):
    for a, b in zip(lst, lst[1:]):
        if not a[1] < b[0]:
            return None
    return tuple(x[2]['code'] for x in lst)


def robust(classes, q, sel):
    res = None
    for it in INTERPS:
        lst, amb = evaluate(classes, q, it)
        if amb:
            raise Fail('amb window')
        if sel == 'nearest':
            r = nearest(lst)
        elif sel == 'list':
            r = strict_list(lst)
            if r is None:
                raise Fail('order')
        elif sel == 'all':
            r = tuple(sorted(x[2]['code'] for x in lst))
        if res is None:
            res = r
        elif r != res:
            raise Fail('interp differs')
    return res


def unique_any(classes, q):
    res = None
    for it in INTERPS:
        r = tuple(c['code'] for c in classes if match(c, q, it))
        if res is None:
            res = r
        elif r != res:
            raise Fail('uniq differs')
    if len(res) != 1:
        raise Fail('not unique')
    return res[0]
