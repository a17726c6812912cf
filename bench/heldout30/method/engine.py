# -*- coding: utf-8 -*-
"""Answer engine used to derive expectations from the structured course records."""
import pickle, os, datetime as dt

HERE = os.path.dirname(__file__)
NOW = dt.datetime(2026, 11, 23, 9, 0)
COURSES = pickle.load(open(os.path.join(HERE, 'courses.pkl'), 'rb'))
BYCODE = {c['code']: c for c in COURSES}
TARGETS = pickle.load(open(os.path.join(HERE, 'targets.pkl'), 'rb'))


def key(c):
    """sort key for 'nearest first': effective start, or start of the planned period."""
    if c['status'] == 'planned':
        return c['period'][0]
    return c['eff']


def upcoming(c):
    if c['status'] in ('cancelled', 'finished', 'postponed_nodate'):
        return False
    if c['status'] == 'planned':
        return c['period'][1] > NOW
    return c['eff'] >= NOW


def is_evening(c):
    return c['status'] != 'planned' and key(c).hour >= 17


def is_weekend(c):
    return c['status'] != 'planned' and key(c).weekday() >= 5


def match(c, s):
    if 'prov' in s and c['prov'] != s['prov']:
        return False
    if 'area' in s and c.get('area') != s['area']:
        return False
    if s.get('local') and c['typ'].startswith('nat'):
        return False
    if s.get('nat') and not c['typ'].startswith('nat'):
        return False
    if 'org' in s and c['okey'] not in s['org']:
        return False
    if 'topic' in s or 'kw' in s:
        ok = c['topic'] in s.get('topic', ())
        for kw in s.get('kw', ()):
            if kw.lower() in c['title_q'].lower():
                ok = True
        if not ok:
            return False
    if 'aud' in s and not (set(s['aud']) & c['aud']):
        return False
    if 'fmt' in s and c['fmt'] not in s['fmt']:
        return False
    if 'notfmt' in s and c['fmt'] in s['notfmt']:
        return False
    if 'month' in s:
        y, m = s['month']
        if c['status'] == 'planned':
            a, b = c['period']
            if not (a <= dt.datetime(y, m, 1) < b):
                return False
        elif (key(c).year, key(c).month) != (y, m):
            return False
    if 'before' in s and key(c) >= s['before']:
        return False
    if s.get('evening') and not is_evening(c):
        return False
    if s.get('weekend') and not is_weekend(c):
        return False
    if 'ward' in s and (c.get('ward') != s['ward'] or c['fmt'] == 'online'):
        return False
    if s.get('dated') and c['status'] == 'planned':
        return False
    return True


def first(s):
    cand = [c for c in COURSES if upcoming(c) and match(c, s)]
    if not cand:
        return [], []
    firm = [c for c in cand if c['status'] != 'planned']
    if firm:
        m = min(key(c) for c in firm).date()
        acc = [c for c in firm if key(c).date() == m] + [c for c in cand if c['status'] == 'planned' and key(c).date() <= m]
    else:
        m = min(key(c) for c in cand)
        acc = [c for c in cand if key(c) == m]
    return acc, cand


def expect(spec):
    """Returns (codes, text) for a course spec; spec may list alternatives ('alt')."""
    if 'code' in spec:
        c = BYCODE[spec['code']]
        return [c['code']], (spec['text'] if 'text' in spec else [date_text(c)])
    specs = [spec] + spec.get('alt', [])
    if 'prov' in spec and 'org' not in spec and not spec.get('nat'):
        specs.append(dict(spec, local=True))
    acc = []
    for s in specs:
        a, _ = first(s)
        for c in a:
            if c not in acc:
                acc.append(c)
    if not acc:
        raise ValueError('no match for %r' % spec)
    if 'text' in spec:
        return [c['code'] for c in acc], spec['text']
    dates = {date_text(c) for c in acc}
    text = [dates.pop()] if len(dates) == 1 else []
    return [c['code'] for c in acc], text


def listing(spec):
    cand = [c for c in COURSES if upcoming(c) and match(c, spec)]
    cand.sort(key=key)
    return cand


def date_text(c):
    if c['status'] == 'planned':
        cell = c['start_cell']
        # the bot shows 'dự kiến tháng 3/2027' / 'quý I/2027'
        a, b = c['period']
        if (b.month - a.month) % 12 == 1:
            return '%d/%d' % (a.month, a.year)
        return 'quý %s/%d' % (['I', 'II', 'III', 'IV'][(a.month - 1) // 3], a.year)
    return key(c).strftime('%d/%m/%Y')
