# Query engine used by the generator to pick questions with unambiguous answers.
import datetime as dt
from common import fold, PROV, AREAS, area_of

TODAY = dt.date(2026, 11, 23)
LOOSE_AUD = {'ct': {'ct', 'bch', 'cbcs_moi'}, 'ubkt': {'ubkt'}, 'nucong': {'nucong'}, 'ketoan': {'ketoan'}, 'gv': {'gv'},
             'chuyentrach': {'chuyentrach', 'ctcs'}, 'dv': {'dv', 'atv'}, 'atv': {'atv', 'dv'}, 'ctcs': {'ctcs', 'chuyentrach'},
             'pct': {'pct', 'bch'}, 'bch': {'bch', 'ct', 'pct'}}


def area(c):
    return area_of(c['venue'][0], c['org'], c['prov'])


def first_day(c):
    return c['start'] if c['start'] else c['period'][1]


def upcoming(c):
    if c['kind'] in ('past', 'cancel', 'hoan'):
        return False
    if c['start']:
        return c['start'] > TODAY
    return c['period'][2] >= TODAY


def match(c, sp, loose=False):
    if sp.get('topic') and c['topic'] != sp['topic']:
        return False
    if sp.get('aud'):
        keys = LOOSE_AUD[sp['aud']] if loose else {sp['aud']}
        if not (set(c['aud']) & keys):
            return False
    if sp.get('prov') and c['prov'] != sp['prov']:
        return False
    if sp.get('area') and not loose and area(c) != sp['area']:
        return False
    if sp.get('place'):
        t = fold(sp['place'])
        if t not in fold(c['venue'][0]) and t not in fold(c['org']):
            return False
    if sp.get('org') and fold(c['org']) != fold(sp['org']):
        return False
    if sp.get('online'):
        ok = c['fmt'] == 'online' or (loose and c['fmt'] == 'kethop')
        if not ok:
            return False
    if sp.get('month'):
        y, m = map(int, sp['month'].split('-'))
        if c['start']:
            if (c['start'].year, c['start'].month) != (y, m):
                return False
        else:
            a, b = c['period'][1], c['period'][2]
            if not (a <= dt.date(y, m, 28) and b >= dt.date(y, m, 1)):
                return False
    if sp.get('week'):
        a, b = dt.date(2026, 11, 30), dt.date(2026, 12, 6)
        if not c['start'] or not (a <= c['start'] <= b):
            return False
    if sp.get('title') and fold(sp['title']) not in fold(c['title']):
        return False
    return True


def nearest(classes, sp, loose=False):
    """returns list of codes (nearest upcoming) or None when ambiguous/empty."""
    # postponed classes matching -> ambiguous
    for c in classes:
        if c['kind'] == 'hoan' and match(c, sp, loose):
            return None
    R = [c for c in classes if upcoming(c) and match(c, sp, loose)]
    if not R:
        return None
    dated = [c for c in R if c['start']]
    plans = [c for c in R if not c['start']]
    if not dated:
        return [plans[0]['code']] if len(plans) == 1 else None
    m = min(c['start'] for c in dated)
    if plans and min(p['period'][1] for p in plans) <= m:
        return None
    return sorted(c['code'] for c in dated if c['start'] == m)


def robust_nearest(classes, sp):
    a = nearest(classes, sp)
    if a is None:
        return None
    b = nearest(classes, sp, loose=True)
    if b != a:
        return None
    return a


def listing(classes, sp):
    """ordered list of upcoming dated classes matching, strictly increasing dates; None if unclear."""
    for c in classes:
        if c['kind'] == 'hoan' and match(c, sp, True):
            return None
    R = [c for c in classes if upcoming(c) and match(c, sp)]
    R2 = [c for c in classes if upcoming(c) and match(c, sp, True)]
    if len(R) != len(R2) or not R or any(not c['start'] for c in R):
        return None
    R.sort(key=lambda c: c['start'])
    ds = [c['start'] for c in R]
    if len(set(ds)) != len(ds):
        return None
    return [c['code'] for c in R]
