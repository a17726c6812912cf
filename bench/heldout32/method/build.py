#!/usr/bin/env python3
"""Turn the hand-written questions (qspec.py, dspec.py) into questions.jsonl / dialogues.jsonl.
Expected codes and words come from expect.py; specs are saved to specs.json for validate.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expect as E
from qspec import QS
try:
    from dspec import DS
except ImportError:
    DS = []

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def course_exp(s, where):
    if 'code' not in s and 'f' not in s:
        return [], []
    if 'code' in s:
        codes = list(s['code'])
        for c in codes:
            assert c in E.C, (where, c)
    else:
        acc, extra = E.first(s['f'], s.get('lf'))
        if not acc:
            problems.append(f"{where}: no match for {s['f']}")
        codes = acc + extra
    txt = E.texts(codes, s.get('need', ['date'])) if codes else []
    for x in s.get('xt', []):
        assert all(x in E.C[c]['venue'] or x in E.C[c]['title'] for c in codes), (where, x)
        txt.append(x)
    return codes, txt


def target_text(code, need):
    t = E.T[code]
    if need == 'target':
        return [t['target']]
    if need == 'done':
        return [t['done']]
    return [t['target'], t['done']]

AREA_PROV = {'Quảng Nam': 'Đà Nẵng', 'Kon Tum': 'Quảng Ngãi', 'Bình Định': 'Gia Lai', 'Phú Yên': 'Đắk Lắk',
             'Ninh Thuận': 'Khánh Hòa', 'Đắk Nông': 'Lâm Đồng', 'Bình Thuận': 'Lâm Đồng', 'Bình Dương': 'Hồ Chí Minh',
             'Bà Rịa - Vũng Tàu': 'Hồ Chí Minh'}
ROLE = {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'UV': 'Ủy viên BCH CĐCS', 'KTOAN': 'Kế toán CĐCS',
        'UBKT': 'Ủy viên UBKT CĐCS', 'NCONG': 'Trưởng ban nữ công CĐCS', 'GV': 'Giảng viên kiêm chức',
        'CTR': 'Cán bộ CĐ chuyên trách', 'CTS': 'Cán bộ CĐ cấp trên cơ sở', 'ATVSV': 'An toàn vệ sinh viên',
        'DV': 'Đoàn viên'}
PROVS = ['Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk', 'Khánh Hòa', 'Lâm Đồng', 'Hồ Chí Minh', 'Huế']


def sign_up_profile(i, s):
    """A sign-up profile for about half of the items that name their place (or need none), always in
    the same province as the place asked, so it never changes the expectation."""
    if s.get('prof') or i % 2:
        return s.get('prof')
    if 'f' in s or 'code' in s:
        f = s.get('f', {})
        if 'code' in s:
            c = E.C[s['code'][0]]
            prov = None if c['national'] else c['prov']
        elif f.get('prov'):
            prov = f['prov'][0]
        elif f.get('area'):
            prov = AREA_PROV[f['area']]
        elif f.get('ward'):
            prov = next(c['prov'] for c in E.M['classes'] if c['ward'] == f['ward'])
        else:
            prov = None  # whole-plan question: a profile would narrow it, so none
        if not prov or f.get('national') or f.get('org') == ['DHCD']:
            return None
        return {'role': ROLE.get(f.get('aud'), 'Chủ tịch CĐCS'), 'province': prov}
    if 't' in s:
        unit = E.T[s['t']]['org']
        p = {'DN': 'Đà Nẵng', 'QNG': 'Quảng Ngãi', 'GL': 'Gia Lai', 'VCGL': 'Gia Lai', 'DL': 'Đắk Lắk', 'GDDL': 'Đắk Lắk',
             'KH': 'Khánh Hòa', 'LD': 'Lâm Đồng', 'HCM': 'Hồ Chí Minh', 'HEPZA': 'Hồ Chí Minh', 'HUE': 'Huế'}[unit]
        return {'role': 'Chủ tịch CĐCS', 'province': p}
    return {'role': 'Chủ tịch CĐCS', 'province': PROVS[i % len(PROVS)]}


qout = []
for i, s in enumerate(QS, 1):
    qid = f"q{i:03d}"
    o = {'id': qid, 'q': s['q'], 'style': s['style']}
    if 'f' in s or 'code' in s:
        o['kind'] = 'course'
        o['expect'], o['expect_text'] = course_exp(s, qid)
    elif 't' in s:
        o['kind'] = 'target'
        o['expect'], o['expect_text'] = [], target_text(s['t'], s.get('need', 'target'))
    elif 'fact' in s:
        o['kind'] = 'fact'
        o['expect'], o['expect_text'] = [], s['fact']
    else:
        o['kind'] = 'off_topic'
        o['expect'], o['expect_text'] = [], []
    pr = sign_up_profile(i, s)
    if pr:
        o['profile'] = pr
    qout.append(o)

dout = []
for i, d in enumerate(DS, 1):
    did = f"d{i:02d}"
    turns = []
    for j, t in enumerate(d['turns'], 1):
        w = f"{did}.{j}"
        k = t['kind']
        if 'ref' in t:
            lt, pos = t['ref']
            lst = d['turns'][lt - 1].get('_list', [])
            if pos > len(lst):
                problems.append(f"{w}: ref {t['ref']} beyond list of {len(lst)}")
                t['_bad'] = True
            else:
                if k == 'register':
                    t['code'] = lst[pos - 1]
                else:
                    t['code'] = [lst[pos - 1]]
        if k == 'course':
            codes, txt = course_exp(t, w)
            e = {'kind': 'course', 'codes': codes, 'text': txt}
        elif k == 'course_list':
            s, l = E.listing(t['f'])
            if s != l:
                problems.append(f"{w}: list filter ambiguous {t['f']}: strict {s} lenient {l}")
            if not s or len(s) > 5:
                problems.append(f"{w}: list size {len(s)} {t['f']}")
            starts = [E.start_of(E.C[x]) for x in s]
            if any(E.C[x]['status'] != 'Mở đăng ký' for x in s) or len(set(starts)) != len(starts):
                problems.append(f"{w}: list has planned/postponed classes or equal start times: {s}")
            e = {'kind': 'course_list', 'codes': s, 'text': t.get('text', [])}
            t['_list'] = s
        elif k == 'register':
            c = E.C[t['code']] if 'code' in t else None
            if c is None:
                problems.append(f"{w}: register without a class")
            elif c['status'] != 'Mở đăng ký' or not c['start'] or E.start_of(c) <= E.NOW or \
                    (c['deadline'] and E.P(c['deadline'] + 'T23:59') < E.NOW):
                problems.append(f"{w}: {t['code']} is not open for registration")
            if 'code' not in t:
                e = {'kind': 'register', 'codes': [], 'text': []}
                turns.append({'q': t['q'], 'expect': e})
                continue
            e = {'kind': 'register', 'codes': [t['code']], 'text': t.get('text', [])}
        elif k == 'fact':
            txt = t['text'] if 'text' in t else target_text(t['t'], t.get('need', 'target'))
            e = {'kind': 'fact', 'codes': [], 'text': txt}
        else:
            e = {'kind': 'off_topic', 'codes': [], 'text': []}
        turns.append({'q': t['q'], 'expect': e})
    o = {'id': did, 'style': d['style']}
    if d.get('prof'):
        o['profile'] = d['prof']
    o['turns'] = turns
    dout.append(o)

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as fh:
    for o in qout:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as fh:
    for o in dout:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
json.dump({'questions': QS, 'dialogues': DS}, open(os.path.join(OUT, 'method', 'specs.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=0)
from collections import Counter
print('questions', len(qout), Counter(o['kind'] for o in qout), Counter(o['style'] for o in qout))
print('dialogues', len(dout), 'turns', sum(len(d['turns']) for d in dout))
for p in problems:
    print('PROBLEM', p)
if '-d' in sys.argv:
    for d in dout:
        print(d['id'], d['style'])
        for t in d['turns']:
            e = t['expect']
            print('   ', t['q'][:50], '=>', e['kind'], [(c, E.C[c]['title'][:30], E.C[c]['status'], E.texts([c], ['date', 'place'])) for c in e['codes']], e['text'])
if '-v' in sys.argv:
    for o in qout:
        if o['kind'] == 'course':
            print(o['id'], o['q'][:60], '=>', o['expect'], o['expect_text'])
