# -*- coding: utf-8 -*-
"""Derives expectations from the structured course records in data.py.

A spec describes what the asker means (province, former province, topic, audience, organiser,
mode, evening, weekend, month, ward, only-open-for-registration, past).  `match` returns the
matching classes ordered as a good answer would order them (nearest first; most recent first
for past classes).  `first_ok` returns the codes acceptable as the FIRST answer.
"""
import datetime as dt
from data import COURSES, TODAY, is_upcoming, reg_open, dmy, start_text, D

AUDQ = {'ct': {'ct', 'ctpct'}, 'pct': {'ctpct'}, 'bch': {'bch'}, 'dv': {'dv'}, 'ubkt': {'ubkt'}, 'gv': {'gv'},
        'ctcs': {'ctcs'}, 'ctr': {'ctr'}, 'kct': {'kct'}, 'nc': {'nc'}, 'kt': {'kt'}, 'atv': {'atv'}}
BYCODE = {c['code']: c for c in COURSES}


def _ok(c, s):
    if s.get('prov') and c['prov'] != s['prov']:
        return False
    if s.get('old') and c['old'] != s['old']:
        return False
    if s.get('topic'):
        t = s['topic']
        if isinstance(t, str):
            t = [t]
        if c['topic'] not in t:
            return False
    if s.get('aud') and not (AUDQ[s['aud']] & set(c['aud'])):
        return False
    if s.get('org'):
        o = s['org']
        if isinstance(o, str):
            o = [o]
        if c['org'] not in o:
            return False
    if s.get('kind') and c['kind'] != s['kind']:
        return False
    if s.get('mode'):
        m = s['mode']
        if m == 'online' and c['mode'] != 'online':
            return False
        if m == 'online+' and c['mode'] not in ('online', 'mixed'):
            return False
        if m == 'offline' and c['mode'] == 'online':
            return False
    if s.get('eve') and not c['evening']:
        return False
    if s.get('we') and not c['weekend']:
        return False
    if s.get('ward') and c['ward'] != s['ward']:
        return False
    if s.get('title') and s['title'].lower() not in c['title'].lower():
        return False
    if s.get('month'):
        y, m = s['month']
        if c['status'] == 'plan':
            # a plan counts for a month only when its period is that month (not a quarter/half-year)
            if not ((c['pstart'].year, c['pstart'].month) == (y, m) and (c['pend'].year, c['pend'].month) == (y, m)):
                return False
        elif c['eff'] is None or (c['eff'].year, c['eff'].month) != (y, m):
            return False
    if s.get('before') and (c['eff'] is None or c['eff'] > s['before']):
        return False
    return True


def match(**s):
    if s.get('past'):
        cs = [c for c in COURSES if _ok(c, s) and c['status'] in ('done', 'open') and c['start'] < TODAY.date()]
        return sorted(cs, key=lambda c: c['start'], reverse=True)
    cs = [c for c in COURSES if _ok(c, s) and is_upcoming(c)]
    if s.get('reg'):
        cs = [c for c in cs if reg_open(c)]
    return sorted(cs, key=lambda c: (c['eff'] is None, c['eff'] or D(2100, 1, 1), c['code']))


def first_ok(**s):
    cs = match(**s)
    assert cs, 'no match for %r' % s
    if s.get('past'):
        if s.get('month'):  # "which classes were held in October": any of them may come first
            return [c['code'] for c in cs], []
        d0 = cs[0]['start']
        ok = [c for c in cs if c['start'] == d0]
        return [c['code'] for c in ok], [dmy(d0)]
    dated = [c for c in cs if c['status'] != 'plan' and c['eff'] is not None]
    plans = [c for c in cs if c['status'] == 'plan']
    if not dated:
        p0 = plans[0]
        return [c['code'] for c in plans if c['pstart'] == p0['pstart']], []
    d0 = dated[0]['eff']
    ok = [c for c in dated if c['eff'] == d0] + [c for c in plans if c['pstart'] <= d0]
    # a postponed class may be ranked by its original (still upcoming) date: accept it too
    ok += [c for c in dated if c['status'] == 'postpone' and c not in ok and TODAY.date() < c['start'] <= d0]
    return [c['code'] for c in ok], [dmy(d0)]


def listing(**s):
    return [c['code'] for c in match(**s)]


def alt_orders(cs):
    """Other orders a reasonable assistant might use: postponed classes by their original date,
    plans by the end of their period."""
    def k1(c):
        return c['start'] if c['status'] == 'postpone' else (c['pstart'] if c['status'] == 'plan' else c['eff'])

    def k2(c):
        return c['pend'] if c['status'] == 'plan' else (c['eff'] or c['start'])
    return [sorted(cs, key=lambda c: (k1(c), c['code'])), sorted(cs, key=lambda c: (k2(c), c['code']))]
