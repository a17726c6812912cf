# -*- coding: utf-8 -*-
"""Shared filter semantics (used by questions.py; validate.py re-implements them from the CSV)."""
import datetime as dt
import data

NOW = data.NOW
data.build()
COURSES = data.COURSES
BY = {c['code']: c for c in COURSES}
TARGETS = data.TARGETS
TBY = {t['code']: t for t in TARGETS}

OLD = {  # former province -> current province
    'Hải Dương': 'Hải Phòng', 'Bắc Giang': 'Bắc Ninh', 'Vĩnh Phúc': 'Phú Thọ', 'Hòa Bình': 'Phú Thọ',
    'Hà Nam': 'Ninh Bình', 'Nam Định': 'Ninh Bình', 'Thái Bình': 'Hưng Yên', 'Yên Bái': 'Lào Cai',
    'Hà Giang': 'Tuyên Quang', 'Bắc Kạn': 'Thái Nguyên',
}


def month(y, m):
    s = dt.date(y, m, 1)
    e = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return (s, e)


def upcoming(c):
    return c['status_key'] in ('open', 'planned') and c['start'] > NOW


def sort_key(c):
    return (c['start'], c['code'])


def match(c, f):
    if not upcoming(c):
        return False
    if 'p' in f and c['prov'] != OLD.get(f['p'], f['p']):
        return False
    if 't' in f:
        ts = f['t'] if isinstance(f['t'], list) else [f['t']]
        if c['topic'] not in ts:
            return False
    if 'a' in f:
        aa = f['a'] if isinstance(f['a'], list) else [f['a']]
        if not set(aa) & set(c['auds']):
            return False
    if f.get('on') and c['mode_key'] not in ('online', 'hybrid'):
        return False
    if f.get('direct') and c['mode_key'] != 'direct':
        return False
    if 'per' in f:
        s, e = f['per']
        if c['planned']:
            if not (c['pstart'] >= s and c['pend'] <= e):
                return False
        else:
            if not (s <= c['sdate'] <= e):
                return False
    if 'ot' in f and c['otype'] != f['ot']:
        return False
    if 'org' in f and c['org'] != f['org']:
        return False
    if 'tc' in f and f['tc'].lower() not in c['title'].lower():
        return False
    if f.get('dated') and c['planned']:
        return False
    return True


def run(f):
    return [c['code'] for c in sorted([c for c in COURSES if match(c, f)], key=sort_key)]


def registrable(c):
    if c['status_key'] != 'open' or c['planned'] or c['start'] <= NOW:
        return False
    if c.get('deadline_dt') is not None and c['deadline_dt'] <= NOW:
        return False
    return True


def ddmmyyyy(code):
    c = BY[code]
    return c['start'].strftime('%d/%m/%Y')
