"""Filter resolver shared by build.py and validate.py. A filter describes what a question says; every
reasonable reading (strict/broad topic, hybrid as online or not, former area vs whole province, central
units included or not, period classes partially overlapping the asked window or not) is evaluated and
must give the same answer."""
import itertools, datetime as dt
from cdata import fold, upcoming, ongoing, open_now, NOW

def alts(expr):
    return [[p.strip() for p in a.split('+')] for a in expr.split('|')]

def m_expr(expr, text):
    t = fold(text)
    return any(all(p in t for p in alt) for alt in alts(expr))

def rng(c):
    if c['period']:
        return c['start'].date(), (c['pend'] - dt.timedelta(days=1)).date()
    return c['start'].date(), c['start'].date()

def sep(a, b):
    return rng(a)[1] < rng(b)[0]

def window(f):
    if 'month' in f:
        y, m = map(int, f['month'].split('-'))
        lo = dt.date(y, m, 1); hi = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return lo, hi
    if 'year' in f:
        return dt.date(f['year'], 1, 1), dt.date(f['year'], 12, 31)
    if 'win' in f:
        a, b = f['win']
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return None

def matches(c, f, r):
    """r: reading dict of booleans"""
    if not f.get('any_status') and not upcoming(c):
        return False
    if 'kw' in f:
        txt = c['title'] + (' ' + c['topic'] if r['broad'] else '')
        if not m_expr(f['kw'], txt): return False
    if 'nkw' in f and m_expr(f['nkw'], c['title']): return False
    if 'aud' in f and not m_expr(f['aud'], c['aud']): return False
    if 'org' in f and not m_expr(f['org'], c['org']): return False
    if 'venue' in f and not m_expr(f['venue'], c['venue']): return False
    if 'prov' in f:
        if not any(c['provk'] == p for p in f['prov'].split('|')): return False
        if 'org' not in f and not r['central'] and c['central']: return False
        if 'former' in f and r['former'] and not m_expr(f['former'], c['venue']): return False
    if f.get('central_only') and not c['central']: return False
    if 'mode' in f:
        ok = {c['mode']} & ({f['mode'], 'hybrid'} if r['hybrid'] else {f['mode']})
        if not ok: return False
    if 'status' in f and f['status'] not in c['status']: return False
    w = window(f)
    if w:
        lo, hi = rng(c)
        if c['period']:
            inside = w[0] <= lo and hi <= w[1]
            overlap = lo <= w[1] and hi >= w[0]
            if not (inside or (r['partial'] and overlap)): return False
        elif not (w[0] <= lo <= w[1]): return False
    return True

KEYS = ['broad', 'central', 'former', 'hybrid', 'partial']

def readings():
    for vals in itertools.product([False, True], repeat=len(KEYS)):
        yield dict(zip(KEYS, vals))

class Amb(Exception):
    pass

def ordered(cs, f, r):
    xs = [c for c in cs if matches(c, f, r)]
    xs.sort(key=lambda c: rng(c))
    return xs

def resolve(cs, f, kind):
    """kind: 'first' | 'list' | 'unique'. Returns list of codes; raises Amb."""
    results = set(); seqs = []
    for r in readings():
        xs = ordered(cs, f, r)
        if not f.get('any_status'):
            ong = [c['code'] for c in cs if ongoing(c) and matches(c, dict(f, any_status=True), r)]
            if ong: raise Amb('ongoing class matches: %s' % ong)
        if kind == 'unique':
            if len(xs) != 1: raise Amb('unique: %d matches %s' % (len(xs), [c['code'] for c in xs][:6]))
            res = (xs[0]['code'],)
        elif kind == 'first':
            if not xs: raise Amb('no match')
            if len(xs) > 1 and not sep(xs[0], xs[1]):
                raise Amb('tie first %s %s' % (xs[0]['code'], xs[1]['code']))
            res = (xs[0]['code'],)
        elif kind == 'list':
            if not xs: raise Amb('empty list')
            if len(xs) > 5 and not sep(xs[4], xs[5]):
                raise Amb('tie at 5/6 %s %s' % (xs[4]['code'], xs[5]['code']))
            res = tuple(c['code'] for c in xs[:5])
            seqs.append(xs)
        else:
            raise Amb('bad resolve kind %r' % kind)
        results.add(res)
    if len(results) != 1:
        raise Amb('readings differ: %s' % sorted(results))
    return list(results.pop())

def pick(cs, listcodes, ordn, full_n=None):
    """ordinal from a list: ordn 1-based, -1 = last shown. Requires separation around it."""
    byc = {c['code']: c for c in cs}
    xs = [byc[k] for k in listcodes]
    if ordn == -1:
        if full_n is not None and full_n > 5: raise Amb('last of a truncated list')
        i = len(xs) - 1
    else:
        i = ordn - 1
    if i >= len(xs): raise Amb('ordinal beyond list')
    if i > 0 and not sep(xs[i-1], xs[i]): raise Amb('ordinal tie before')
    if i + 1 < len(xs) and not sep(xs[i], xs[i+1]): raise Amb('ordinal tie after')
    return xs[i]['code']

def full_count(cs, f):
    return len(ordered(cs, f, dict(broad=False, central=False, former=True, hybrid=False, partial=False)))

def text_for(c, what):
    """derive a detail string from the class; raises Amb when not unambiguous."""
    if what == 'days':
        if not c['days_col']: raise Amb('no Số ngày column for %s' % c['code'])
        return '%d ngày' % c['days_col']
    if what == 'start':
        if c['period']: raise Amb('period class has no date')
        return c['start'].strftime('%d/%m/%Y')
    if what == 'deadline':
        if not c['deadline']: raise Amb('no deadline')
        return c['deadline'].strftime('%d/%m/%Y')
    if what.startswith('venue:'):
        frag = what[6:]
        if frag not in c['venue']: raise Amb('venue fragment %r not in %r' % (frag, c['venue']))
        return frag
    if what.startswith('note:'):
        frag = what[5:]
        if frag not in c['note']: raise Amb('note fragment %r not in %r' % (frag, c['note']))
        return frag
    if what.startswith('lit:'):
        frag = what[4:]
        hay = ' '.join([c['title'], c['venue'], c['note'], c['org']])
        if frag not in hay: raise Amb('literal %r not in class' % frag)
        return frag
    raise Amb('unknown text kind ' + what)
