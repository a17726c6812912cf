# Filter engine: a question spec -> the set of acceptable first answers.
import re, datetime as dt
from plan import *

TOPIC = {
 'nghiep_vu': ['nghiep vu cd', 'nghiep vu cong tac cong doan', 'nv cong tac cd'],
 'atvsld': ['atvsld', 'at-vsld', 'an toan, ve sinh lao dong'],
 'nu_cong': ['cong tac nu cong', 'nu cong, bdg', 'nu cong'],
 'giang_day': ['ky nang giang day', 'giang vien'],
 'cds': ['tin hoc, cds', 'chuyen doi so', 'cds'],
 'llct': ['qlnn', 'ly luan chinh tri', 'llct'],
 'tltt': ['doi thoai, tltt', 'dt, tltt', 'thuong luong tap the'],
 'tuyen_giao': ['tuyen giao', 'tuyen truyen'],
 'van_thu': ['van thu - luu tru', 'van thu'],
 'tranh_chap': ['tranh chap ld', 'giai quyet tcld'],
 'phap_luat': ['phap luat lao dong', 'phap luat ld', 'pl lao dong, tu van pl'],
 'tai_chinh': ['tccd', 'tai chinh cd', 'tai chinh cong doan'],
 'kiem_tra': ['kiem tra', 'ubkt', 'cong tac kiem tra cd'],
 'ptdv': ['ptdv', 'phat trien dv, thanh lap cdcs'],
}
def topic_of(c):
    f = fold(c['topic'])
    for k, vs in TOPIC.items():
        if f in vs: return k
    raise ValueError(c['topic'])

AUD = {
 'chu_tich': r'(^|[^a-z])ct([^a-z]|$)|chu tich',
 'uv_bch': r'uv bch|uy vien bch',
 'to_truong': r'to truong',
 'nu_cong': r'nu cong',
 'ubkt': r'ubkt',
 'ke_toan': r'ke toan',
 'gv': r'giang vien|gv kiem chuc',
 'van_phong': r'van phong',
 'atvsv': r'atvsv|an toan ve sinh vien',
 'nld': r'nld|cnld|doan vien',
 'chuyen_trach': r'(?<!khong )chuyen trach',
 'cap_tren': r'cap tren co so',
}
def aud_of(c):
    f = fold(c['aud'])
    return {k for k, rx in AUD.items() if re.search(rx, f)}

OLD2NEW = {'ha giang':'tuyen quang','bac kan':'thai nguyen','yen bai':'lao cai','vinh phuc':'phu tho','hoa binh':'phu tho',
 'bac giang':'bac ninh','thai binh':'hung yen','hai duong':'hai phong','ha nam':'ninh binh','nam dinh':'ninh binh',
 'kien giang':'an giang','bac lieu':'ca mau','tien giang':'dong thap'}

def batch_of(c):
    f = fold(c['title'])
    m = re.search(r'(dot|khoa|lop)\s+(\d|i{1,3}|iv)\b', f)
    if not m: return None
    v = m[2]; return ROMAN.get(v) or int(v)

def in_month(c, y, m):
    a, b = D(y, m, 1), month_end(y, m)
    if c['kind'] == 'exact': return a <= c['start'] <= b
    lo, hi = window(c)
    if lo >= a and hi <= b: return True
    if hi < a or lo > b: return False
    return None

def test(c, spec):
    """True / False / None(ambiguous) for all filters of spec."""
    res = True
    def AND(v):
        nonlocal res
        if v is False: res = False
        elif v is None and res is not False: res = None
    for k, v in spec.items():
        if k in ('order', 'note'): continue
        if k == 'prov':
            p = prov_norm(c['prov'])
            ok = p in v
            AND(None if ok and org_type(c) == 'tw' and 'tw' not in spec.get('note', '') else ok)
        elif k == 'old':   # old province name: both readings must agree
            p = prov_norm(c['prov'])
            a = p == OLD2NEW[v]; b = a and old_area(c) == v
            AND(a if a == b else None)
        elif k == 'mode': AND(c['mode'] in v)
        elif k == 'topic': AND(topic_of(c) in v)
        elif k == 'aud': AND(bool(aud_of(c) & set(v)))
        elif k == 'aud_all': AND(set(v) <= aud_of(c))
        elif k == 'orgtype': AND(org_type(c) in v)
        elif k == 'org': AND(any(fold(x) in fold(c['org']) for x in v))
        elif k == 'venue': AND(any(fold(x) in fold(c['venue']) for x in v))
        elif k == 'title': AND(all(fold(x) in fold(c['title']) for x in v))
        elif k == 'title_not': AND(not any(fold(x) in fold(c['title']) for x in v))
        elif k == 'note_has': AND(any(fold(x) in fold(c['note']) for x in v))
        elif k == 'partner': AND(any(fold(x) in fold(c['partner']) for x in v))
        elif k == 'batch': AND(batch_of(c) == v)
        elif k == 'weekday':   # 0=Mon..6=Sun
            AND(c['start'].weekday() in v if c['kind'] == 'exact' else (None if window(c)[1] - window(c)[0] > dt.timedelta(days=0) else False))
        elif k == 'afternoon': AND(c['afternoon'] if c['kind'] == 'exact' else None)
        elif k == 'morning':   # explicit morning; date-only (08:00 default) is ambiguous
            if c['kind'] != 'exact': AND(None)
            elif c['morning_explicit']: AND(True)
            elif c['afternoon']: AND(False)
            else: AND(None)
        elif k == 'ndays':
            AND(None if c['ndays'] is None else c['ndays'] in v)
        elif k == 'month': AND(in_month(c, *v))
        elif k == 'months':  # any of several months
            vals = [in_month(c, *ym) for ym in v]
            AND(True if True in vals else (None if None in vals else False))
        elif k == 'year': 
            if c['kind'] == 'exact': AND(c['start'].year == v)
            else: AND(True if c['lo'].year == c['hi'].year == v else (False if v not in (c['lo'].year, c['hi'].year) else None))
        elif k == 'vague': AND((c['kind'] == 'vague') == v)
        elif k == 'deadline_open':   # has a deadline that is still open now
            AND(None if c['deadline'] is None else c['deadline'] > NOW)
        elif k == 'has_deadline': AND(c['deadline'] is not None)
        elif k == 'seats_min':
            m = re.findall(r'\d+', c['seats']); AND(bool(m) and max(int(x) for x in m[:2]) >= v)
        elif k == 'codes': AND(c['code'] in v)
        elif k == 'status_open': AND(c['status'] == 'Mở đăng ký')
        elif k == 'deadline_day': AND(c['deadline'] is not None and c['deadline'].date() == D(*v))
        elif k == 'daterange':
            a, b = D(*v[0]), D(*v[1])
            if c['kind'] == 'exact': AND(a <= c['start'] <= b)
            else:
                lo, hi = window(c)
                AND(False if hi < a or lo > b else None)
        else: raise KeyError(k)
    return res

def risk_window(c):
    """earliest/latest day a risky (ambiguous) class could be shown as starting"""
    if c['status'] == 'Đã hoãn':
        if c['new_date']: return min(c['new_date'], c['start']), c['new_date']
        return TODAY, D(2100, 1, 1)
    return window(c)

def eff_deadline(c):
    if c['deadline']: return c['deadline'], c['deadline']
    if c['kind'] == 'exact':
        t = c.get('time'); h = (8, 0) if not t or t[0] == 'sang' else t
        x = DT.combine(c['start'], dt.time(*h)); return x, x
    lo, hi = window(c)
    return DT.combine(lo, dt.time(0, 0)), DT.combine(hi, dt.time(23, 59))

def answer(courses, spec):
    order = spec.get('order', 'start')
    probs = []
    if order == 'single':
        m = [c for c in courses if test(c, spec) is not False]
        if len(m) != 1 or test(m[0], spec) is not True: probs.append('single: %s' % [c['code'] for c in m])
        return [c['code'] for c in m], probs
    cand, risky = [], []
    for c in courses:
        t = test(c, spec)
        if t is False: continue
        u = is_upcoming_candidate(c)
        if u is False: continue
        if order == 'deadline':
            if c['status'] == 'Đã hoãn': risky.append(c); continue
            if c['status'] != 'Mở đăng ký': continue
            lo, hi = eff_deadline(c)
            if hi <= NOW: continue
            if t is None or u is None or lo <= NOW or c['deadline'] is None: risky.append(c); continue
            cand.append(c); continue
        if t is None or u is None: risky.append(c); continue
        cand.append(c)
    if not cand:
        probs.append('empty'); return [], probs
    if order == 'deadline':
        m = min(eff_deadline(c)[1] for c in cand)
        first = [c for c in cand if eff_deadline(c)[0].date() <= m.date()]
        for c in risky:
            if c['status'] == 'Đã hoãn' or eff_deadline(c)[0].date() <= m.date(): probs.append('risky:' + c['code'])
        return sorted(c['code'] for c in first), probs
    m = min(window(c)[1] for c in cand)
    first = [c for c in cand if window(c)[0] <= m]
    for c in risky:
        if risk_window(c)[0] <= m: probs.append('risky:' + c['code'])
    first.sort(key=lambda c: (window(c)[0], c['code']))
    return [c['code'] for c in first], probs

def explain(courses, spec):
    codes, probs = answer(courses, spec)
    return codes, probs

def check_items(courses, items):
    out = []
    for it in items:
        style, text, spec, prof = it
        codes, probs = answer(courses, spec)
        out.append((codes, probs))
    return out

def list_all(courses, spec):
    """every upcoming class matching spec, ordered by start; problems if any ambiguous class matches"""
    out, probs = [], []
    for c in courses:
        t = test(c, spec)
        if t is False: continue
        u = is_upcoming_candidate(c)
        if u is False: continue
        if t is None or u is None: probs.append('risky:' + c['code']); continue
        out.append(c)
    out.sort(key=lambda c: (window(c)[0], window(c)[1], c['code']))
    return [c['code'] for c in out], probs

def registrable(c):
    return (c['status'] == 'Mở đăng ký' and c['kind'] == 'exact' and c['start'] > TODAY
            and (c['deadline'] is None or c['deadline'] > NOW))
