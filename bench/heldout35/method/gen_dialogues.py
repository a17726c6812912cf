# builds ../dialogues.jsonl (uses helpers from gen_questions by import side effects avoided: copy small helpers)
import json, random, datetime as dt
from collections import Counter
from common import styled
from orgs import TOPICS, ORGS
import gen_questions as G

R = random.Random(99)
C, T = G.C, G.T
f = G.f
def ok_open(c):
    return c['status'] == 'open' and c['start'] and (not c['deadline'] or dt.date.fromisoformat(c['deadline']) >= G.TODAY.date())
def dlist(pred, minn=2, maxn=5):
    m = sorted([c for c in C if G.upcoming(c) and pred(c)], key=G.sortkey)
    if not (minn <= len(m) <= maxn): return None
    if any(not c['start'] for c in m): return None
    if len(set(c['start'][:10] for c in m)) != len(m): return None
    return m
def tfig(prov, y):
    o = [x for x in ORGS if x[2] == prov and x[3] == 'tinh'][0]
    return [t for t in T if t['org'] == o[0] and t['year'] == y and t['kind'] == 'hv'][0]
def turn(q, kind, codes=(), text=()):
    return {'q': q, 'expect': {'kind': kind, 'codes': list(codes), 'text': list(text)}}
PLACE = {p: p for p in G.PROVS}
DL = []
combos = [(p, t) for p in G.PROVS for t in TOPICS if p != 'Hà Nội']
R.shuffle(combos)
tpl = 0
for p, t in combos:
    if len(DL) >= 44: break
    m = dlist(lambda c: c['province'] == p and c['topic'] == t and not c['central'])
    if not m: continue
    prof = G.make_profile(p)
    TQ = TOPICS[t][2]
    k = tpl % 4
    turns = []
    if k == 0:
        if not ok_open(m[1]): continue
        turns = [turn('có %s nào ở %s không' % (TQ, p), 'course_list', [c['code'] for c in m], [f(G.sdt(m[0]))]),
                 turn('cái thứ 2 học mấy ngày', 'course', [m[1]['code']], [f(G.sdt(m[1]))]),
                 turn('ở đâu vậy', 'course', [m[1]['code']], [m[1]['place_key']]),
                 turn('đăng ký cho em lớp đó nhé', 'register', [m[1]['code']])]
    elif k == 1:
        others = [q for q in G.PROVS if q not in (p, 'Hà Nội')]
        R.shuffle(others)
        m2 = None
        for p2 in others:
            m2 = dlist(lambda c: c['province'] == p2 and c['topic'] == t and not c['central'], minn=1)
            if m2 and m2[0]['deadline']: break
            m2 = None
        if not m2: continue
        tg = tfig(p, 2025)
        turns = [turn('tỉnh mình sắp tới có %s không' % TQ, 'course_list', [c['code'] for c in m], [f(G.sdt(m[0]))]),
                 turn('thế còn ở %s thì sao' % p2, 'course_list', [c['code'] for c in m2], [f(G.sdt(m2[0]))]),
                 turn('lớp đầu tiên hạn đăng ký khi nào', 'course', [m2[0]['code']], [f(dt.date.fromisoformat(m2[0]['deadline']))]),
                 turn('năm ngoái tỉnh mình đạt chỉ tiêu đào tạo không', 'fact', [tg['code']], [str(tg['fig'])])]
    elif k == 2:
        if not ok_open(m[0]): continue
        turns = [turn('%s ở %s lịch thế nào' % (TQ, p), 'course_list', [c['code'] for c in m], [f(G.sdt(m[0]))]),
                 turn('lớp cuối học ở đâu', 'course', [m[-1]['code']], [m[-1]['place_key']]),
                 turn('mà mai ở đó trời có mưa không', 'off_topic'),
                 turn('quay lại danh sách lúc nãy, lớp thứ nhất bắt đầu hôm nào', 'course', [m[0]['code']], [f(G.sdt(m[0]))]),
                 turn('ok đăng ký giúp mình lớp đấy', 'register', [m[0]['code']])]
    else:
        c0 = m[0]
        if not ok_open(c0): continue
        tg = tfig(p, 2026)
        turns = [turn('tỉnh mình có %s không' % TQ, 'course_list', [c['code'] for c in m], [f(G.sdt(m[0]))]),
                 turn('lớp gần nhất học mấy hôm, hạn đăng ký đến bao giờ', 'course', [c0['code']], [f(G.sdt(c0))]),
                 turn('đăng ký cho em lớp này', 'register', [c0['code']]),
                 turn('năm nay tỉnh mình chỉ tiêu bồi dưỡng bao nhiêu học viên', 'fact', [tg['code']], [str(tg['fig'])]),
                 turn('còn năm ngoái thì sao', 'fact', [tfig(p, 2025)['code']], [str(tfig(p, 2025)['fig'])])]
    tpl += 1
    DL.append({'profile': prof, 'turns': turns})
# month follow-up dialogues
for p in G.PROVS:
    if len(DL) >= 50: break
    m1 = dlist(lambda c: c['province'] == p and not c['central'] and G.ym_of(c) == [(2026, 12)], maxn=6)
    m2 = dlist(lambda c: c['province'] == p and not c['central'] and G.ym_of(c) == [(2027, 1)], minn=1, maxn=6)
    if not m1 or not m2: continue
    amb = [c for c in C if G.upcoming(c) and c['province'] == p and not c['start']]
    DL.append({'profile': G.make_profile(p), 'turns': [
        turn('tháng 12 ở %s có lớp nào' % p, 'course_list', [c['code'] for c in m1], [f(G.sdt(m1[0]))]),
        turn('thế tháng sau nữa', 'course_list', [c['code'] for c in m2], [f(G.sdt(m2[0]))]),
        turn('cái thứ nhất ở đâu', 'course', [m2[0]['code']], [m2[0]['place_key']])]})
STY = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']
with open('../dialogues.jsonl', 'w') as fh:
    for i, d in enumerate(DL):
        st = STY[i % 5]
        for tn in d['turns']:
            tn['q'] = styled(tn['q'], st, R)
        o = {'id': 'd%03d' % (i + 1), 'style': st, 'profile': d['profile'], 'turns': d['turns']}
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print('dialogues', len(DL), 'turns', sum(len(d['turns']) for d in DL), Counter(len(d['turns']) for d in DL))
