#!/usr/bin/env python3
"""Generate blind set 27: courses.csv, targets.csv, questions.jsonl, dialogues.jsonl, method/specs.json."""
import json, random, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data
from data import ORG, PROV, TODAY, vn, fold, FORMER2CUR
from engine import robust, unique_any, Fail, INTERPS, evaluate
from banks import *
from style import render

G = random.Random(272727)
STYLES = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']

classes = data.build_classes()
data.write_courses(classes)
targets = data.build_targets()
data.write_targets(targets)
BY = {c['code']: c for c in classes}


def D(s):
    return dt.date.fromisoformat(s)


def dstr(d):
    return f"{d:%d/%m/%Y}"


def place(c):
    v = c['venue'].split(',')[0]
    v = v.split('(')[0].split(' + ')[0].strip()
    return v


def when(c):
    if c['status'] == 'postponed':
        return [dstr(c['new'])]
    if c['start']:
        return [dstr(c['start'])]
    return []


def registrable(c):
    return c['status'] == 'open' and c['start'] is not None and c['dl'] is not None and c['dl'] > TODAY


def Q(**kw):
    q = {k: v for k, v in kw.items() if v is not None}
    if 'win' in q and isinstance(q['win'], str):
        w = WIN[q['win']]
        q['past'] = q['win'].startswith('past')
        q['win'] = (D(w[0]), D(w[1]))
    return q


def qjson(q):
    o = dict(q)
    if 'win' in o:
        o['win'] = [o['win'][0].isoformat(), o['win'][1].isoformat()]
    return o


def search(q, sel):
    if q.get('past'):
        # past: exactly one finished class in the window
        r = robust(classes, q, 'all')
        if len(r) != 1:
            raise Fail('past not unique')
        return r
    return robust(classes, q, sel)


def prov_name(q):
    return q.get('former') or PROV[q['prov']]['name']


def prov_phrase(q):
    n = prov_name(q)
    return G.choice([f'ở {n}', f'bên {n}', f'tại {n}', f'tỉnh {n}' if n not in ('Huế', 'Hải Phòng') else f'thành phố {n}'])


def pick(lst):
    return G.choice(lst)

# ------------------------------------------------------------ profiles
ROLES = ['Chủ tịch CĐCS', 'chủ tịch công đoàn', 'PCT CĐCS', 'UV UBKT', 'Trưởng ban nữ công', 'cán bộ CĐ phường',
         'chủ tịch CĐ trường', 'UV BCH']
UNIONS = {
 'TH': ['CĐCS Công ty CP May Lam Sơn', 'CĐ Trường THCS Điện Biên', 'CĐ phường Hạc Thành'],
 'NA': ['CĐCS Công ty TNHH Điện tử Bắc Vinh', 'CĐ Trường THPT Hà Huy Tập', 'CĐ xã Diễn Châu'],
 'HT': ['CĐ Bệnh viện Đa khoa tỉnh Hà Tĩnh', 'CĐCS Công ty CP Thép Vũng Áng', 'CĐ phường Thành Sen'],
 'QT': ['CĐ phường Đông Hà', 'CĐCS Cảng Hòn La', 'CĐ Trường Đại học Quảng Bình'],
 'HU': ['CĐ Bệnh viện Trung ương Huế', 'CĐ phường Phú Xuân', 'CĐCS Công ty TNHH Sợi Phú Bài'],
 'HY': ['CĐCS Công ty TNHH May Tiền Hải', 'CĐ phường Phố Hiến', 'CĐ Trường ĐH Y Dược Thái Bình'],
 'NB': ['CĐ Tổng Công ty CP Dệt may Nam Định', 'CĐ phường Phủ Lý', 'CĐ phường Hoa Lư'],
 'HP': ['CĐ phường Hải Dương', 'CĐCS Công ty TNHH Điện tử Tràng Duệ', 'CĐ Bệnh viện Hữu nghị Việt Tiệp'],
}
PROFILE_PROV = {'QT': ['Quảng Trị', 'Quảng Bình'], 'HY': ['Hưng Yên', 'Thái Bình'], 'NB': ['Ninh Bình', 'Nam Định', 'Hà Nam'],
                'HP': ['Hải Phòng', 'Hải Dương'], 'HU': ['Huế', 'Thừa Thiên Huế'], 'TH': ['Thanh Hóa'], 'NA': ['Nghệ An'],
                'HT': ['Hà Tĩnh']}


def make_profile(pk):
    pn = G.choice(PROFILE_PROV[pk])
    return {'role': G.choice(ROLES), 'province': pn, 'union': G.choice(UNIONS[pk])}, pn


def prov_from_profile(pk, pn):
    # the former name as signed up is what the bot sees
    if pn in FORMER2CUR and pn != 'Thừa Thiên Huế':
        return dict(prov=pk, former=pn)
    return dict(prov=pk)

# ------------------------------------------------------------ targets
TKW = {'ct': ['bồi dưỡng chủ tịch CĐCS', 'bồi dưỡng chủ tịch, phó chủ tịch công đoàn cơ sở', 'đào tạo chủ tịch CĐCS'],
       'atvs': ['huấn luyện an toàn vệ sinh lao động', 'huấn luyện ATVSLĐ', 'tập huấn an toàn lao động'],
       'ubkt': ['tập huấn ủy ban kiểm tra', 'bồi dưỡng UBKT'],
       'nc': ['tập huấn nữ công', 'bồi dưỡng cán bộ nữ công'],
       'lop': ['số lớp tập huấn', 'số lớp bồi dưỡng cán bộ']}
TUNIT_SP = {'LĐLĐ tỉnh Nghệ An': ['LĐLĐ Nghệ An', 'liên đoàn lao động tỉnh Nghệ An'],
            'LĐLĐ tỉnh Thanh Hóa': ['LĐLĐ Thanh Hóa', 'liên đoàn lao động tỉnh Thanh Hóa'],
            'LĐLĐ tỉnh Hà Tĩnh': ['LĐLĐ Hà Tĩnh', 'liên đoàn lao động Hà Tĩnh'],
            'LĐLĐ tỉnh Quảng Trị': ['LĐLĐ Quảng Trị', 'liên đoàn tỉnh Quảng Trị'],
            'LĐLĐ thành phố Huế': ['LĐLĐ TP Huế', 'liên đoàn lao động thành phố Huế'],
            'LĐLĐ tỉnh Hưng Yên': ['LĐLĐ Hưng Yên', 'liên đoàn lao động tỉnh Hưng Yên'],
            'LĐLĐ tỉnh Ninh Bình': ['LĐLĐ Ninh Bình', 'liên đoàn lao động Ninh Bình'],
            'LĐLĐ thành phố Hải Phòng': ['LĐLĐ Hải Phòng', 'liên đoàn lao động thành phố Hải Phòng'],
            'Công đoàn Giáo dục tỉnh Nghệ An': ['công đoàn giáo dục Nghệ An', 'CĐ Giáo dục tỉnh Nghệ An'],
            'Công đoàn ngành Y tế Thanh Hóa': ['công đoàn y tế Thanh Hóa', 'CĐ ngành Y tế Thanh Hóa'],
            'Công đoàn các KCN Hải Phòng': ['CĐ các KCN Hải Phòng', 'công đoàn các khu công nghiệp Hải Phòng'],
            'Công đoàn Viên chức tỉnh Hà Tĩnh': ['công đoàn viên chức Hà Tĩnh', 'CĐ Viên chức Hà Tĩnh'],
            'Công đoàn Khu kinh tế Đông Nam Nghệ An': ['CĐ KKT Đông Nam Nghệ An', 'công đoàn khu kinh tế Đông Nam'],
            'Công đoàn phường Hạc Thành': ['công đoàn phường Hạc Thành', 'CĐ phường Hạc Thành'],
            'Công đoàn các KCN tỉnh Hưng Yên': ['CĐ các KCN Hưng Yên', 'công đoàn khu công nghiệp Hưng Yên']}


def tfind(unit, year, kind):
    r = [t for t in targets if t['unit'] == unit and t['year'] == year and t['kind'] == kind]
    return r[0] if r else None


def tlines(unit, year):
    return [t for t in targets if t['unit'] == unit and t['year'] == year]

# ------------------------------------------------------------ singles
questions, specs = [], {}
qn = [0]


def add_q(base, style, kind, expect, etext, spec, profile=None):
    qn[0] += 1
    qid = f"b27-q{qn[0]:03d}"
    o = {'id': qid, 'q': render(base, style, G), 'style': style, 'kind': kind, 'expect': list(expect),
         'expect_text': list(etext)}
    if profile:
        o['profile'] = profile
    questions.append(o)
    specs[qid] = spec


def single_course(style):
    for _ in range(400):
        pk = G.choice(list(PROV))
        form = G.choice(['tp', 'tp', 'ap', 'tpo', 'tw', 'mw', 'awp', 'prof', 'nat', 'uniq', 'uniq', 'past', 'former'])
        profile = None
        topic = G.choice(list(TOPIC_NP))
        aud = G.choice(list(AUD_NP))
        et = []
        useprof = form in ('tp', 'ap', 'tw', 'awp', 'tpo') and G.random() < 0.5
        if useprof:
            profile, pn = make_profile(pk)
            pq = prov_from_profile(pk, pn)
        else:
            pq = dict(prov=pk)
        if form == 'tp':
            q = Q(topic=topic, **pq)
            base = pick([f"{{g}}có {pick(TOPIC_NP[topic])} nào {{p}} không{{t}}",
                         f"{{g}}{{p}} sắp tới có {pick(TOPIC_NP[topic])} không{{t}}",
                         f"{{g}}{pick(TOPIC_NP[topic])} {{p}} lớp nào gần nhất{{t}}",
                         f"{{g}}muốn đi học {pick(TOPIC_NP[topic])} {{p}} thì có lớp nào"])
        elif form == 'former':
            if not PROV[pk]['former']:
                continue
            q = Q(prov=pk, former=G.choice(PROV[pk]['former']), topic=topic)
            base = pick([f"{{g}}có {pick(TOPIC_NP[topic])} nào {{p}} không{{t}}",
                         f"{{g}}{{p}} có mở {pick(TOPIC_NP[topic])} không, bao giờ học{{t}}"])
        elif form == 'ap':
            q = Q(aud=aud, **pq)
            base = pick([f"{{g}}lớp nào {pick(AUD_NP[aud])} {{p}}{{t}}",
                         f"{{g}}{{p}} có lớp nào {pick(AUD_NP[aud])} sắp tới không{{t}}",
                         f"{{g}}tìm lớp tập huấn {pick(AUD_NP[aud])} {{p}}"])
        elif form == 'tpo':
            ot = G.choice(list(OTYPE_NP))
            q = Q(topic=topic, otype=ot, **pq)
            base = pick([f"{{g}}{pick(OTYPE_NP[ot])} {{p}} có {pick(TOPIC_NP[topic])} nào không{{t}}",
                         f"{{g}}{pick(TOPIC_NP[topic])} của {pick(OTYPE_NP[ot])} {{p}} khi nào học{{t}}"])
        elif form == 'tw':
            w = G.choice(['thang_sau', 'q1', 'thang1', 'tuan_sau', 'q2'])
            q = Q(topic=topic, win=w, **pq)
            base = pick([f"{{g}}{pick(WIN[w][2])} {{p}} có {pick(TOPIC_NP[topic])} nào không{{t}}",
                         f"{{g}}có {pick(TOPIC_NP[topic])} nào {{p}} trong {pick(WIN[w][2])} không"])
        elif form == 'mw':
            w = G.choice(['thang_sau', 'q1', 'thang1'])
            q = Q(mode='online', win=w, prov=(pk if G.random() < 0.5 else None))
            pp = '{p} ' if q.get('prov') else ''
            base = pick([f"{{g}}{pick(WIN[w][2])} {pp}có lớp tập huấn trực tuyến nào không{{t}}",
                         f"{{g}}{pp}có lớp nào học online trong {pick(WIN[w][2])} không"])
        elif form == 'awp':
            w = G.choice(['thang_sau', 'q1'])
            q = Q(aud=aud, win=w, **pq)
            base = f"{{g}}{pick(WIN[w][2])} {{p}} có lớp nào {pick(AUD_NP[aud])} không{{t}}"
        elif form == 'prof':
            profile, pn = make_profile(pk)
            q = Q(topic=topic, **prov_from_profile(pk, pn))
            base = pick([f"{{g}}tỉnh mình có {pick(TOPIC_NP[topic])} nào không{{t}}",
                         f"{{g}}sắp tới có {pick(TOPIC_NP[topic])} nào không{{t}}",
                         f"{{g}}chỗ em có mở {pick(TOPIC_NP[topic])} không{{t}}"])
        elif form == 'nat':
            topic = G.choice(['giangvien', 'tranhchap', 'vanthu', 'tuyengiao', 'phattrien', 'taichinh'])
            q = Q(topic=topic)
            base = pick([f"{{g}}có {pick(TOPIC_NP[topic])} nào sắp mở không{{t}}",
                         f"{{g}}{pick(TOPIC_NP[topic])} gần nhất là lớp nào, ở đâu{{t}}"])
        elif form == 'past':
            q = Q(prov=pk, topic=topic, win='past10')
            base = pick([f"{{g}}{pick(WIN['past10'][2])} {{p}} có tổ chức {pick(TOPIC_NP[topic])} không{{t}}",
                         f"{{g}}{pick(TOPIC_NP[topic])} {{p}} {pick(WIN['past10'][2])} học ngày nào"])
        elif form == 'uniq':
            c = G.choice(classes)
            q = dict(org=c['org'], topic=c['topic'])
            if c['batch']:
                q['batch'] = c['batch']
            try:
                code = unique_any(classes, q)
            except Fail:
                continue
            org = pick(ORG[c['org']]['spoken'])
            bt = f" đợt {c['batch']}" if c['batch'] else ''
            tnp = pick(TOPIC_NP[c['topic']])
            asks = []
            if c['status'] in ('open', 'done') and c['start']:
                asks += ['when', 'where']
            if c['status'] == 'open' and c['dl'] and c['dl'] >= TODAY:
                asks.append('dl')
            if c['status'] == 'cancel':
                asks = ['cancel']
            if c['status'] == 'postponed':
                asks = ['postp']
            if c['mode'] == 'online' and c['status'] == 'open':
                asks.append('online')
            if not asks:
                continue
            a = G.choice(asks)
            if a == 'when':
                base = pick([f"{{g}}{tnp}{bt} của {org} học ngày nào{{t}}", f"{{g}}{org} tổ chức {tnp}{bt} khi nào vậy",
                             f"{{g}}{tnp}{bt} bên {org} bắt đầu hôm nào"])
                et = [dstr(c['start'])]
            elif a == 'where':
                base = pick([f"{{g}}{tnp}{bt} của {org} học ở đâu{{t}}", f"{{g}}{org} mở {tnp}{bt} ở chỗ nào vậy"])
                et = [place(c)]
            elif a == 'dl':
                base = pick([f"{{g}}hạn đăng ký {tnp}{bt} của {org} đến hôm nào{{t}}",
                             f"{{g}}{tnp}{bt} {org} đăng ký trước ngày nào"])
                et = [dstr(c['dl'])]
            elif a == 'cancel':
                base = pick([f"{{g}}{tnp}{bt} của {org} có còn tổ chức không{{t}}",
                             f"{{g}}nghe nói {tnp}{bt} bên {org} bị hủy phải không"])
                et = ['hủy']
            elif a == 'postp':
                base = pick([f"{{g}}{tnp}{bt} của {org} hoãn đến bao giờ{{t}}",
                             f"{{g}}{tnp}{bt} của {org} có học như kế hoạch không hay lùi lịch rồi"])
                et = [dstr(c['new'])]
            elif a == 'online':
                base = f"{{g}}{tnp}{bt} của {org} học trực tuyến hay trực tiếp{{t}}"
                et = ['trực tuyến']
            spec = {'type': 'uniq', 'q': q, 'field': a}
            prof = make_profile(c['prov'])[0] if G.random() < 0.35 else None
            return base.format(g=pick(GREET), t=pick(TAIL), p=''), [code], et, spec, prof
        try:
            r = search(q, 'nearest')
        except Fail:
            continue
        if not (1 <= len(r) <= 2):
            continue
        if len(r) == 1 and form in ('tp', 'ap', 'former', 'tw') and G.random() < 0.4:
            et = when(BY[r[0]])
        if useprof:
            home = 'thành phố mình' if pk in ('HU', 'HP') else 'tỉnh mình'
            pp_ = pick(['', home, 'ở chỗ em', 'bên em', f'ở {home}'])
        else:
            pp_ = prov_phrase(q) if q.get('prov') else ''
        base = base.format(g=pick(GREET), t=pick(TAIL), p=pp_)
        spec = {'type': 'search', 'q': qjson(q), 'sel': 'nearest', 'field': 'when' if et else None}
        return base, r, et, spec, profile
    raise RuntimeError('no single')


seen_base = set()
def uniq_base(fn, *a):
    for _ in range(50):
        r = fn(*a)
        if r[0] not in seen_base:
            seen_base.add(r[0])
            return r
    return r

si = 0
for i in range(62):
    st = STYLES[si % 5]; si += 1
    base, codes, et, spec, prof = uniq_base(single_course, st)
    add_q(base, st, 'course', codes, et, spec, prof)


def single_target(style):
    t = G.choice([t for t in targets if t['year'] == 2026])
    unit = t['unit']
    profile = None
    uname = pick(TUNIT_SP[unit])
    if unit.startswith('LĐLĐ') and G.random() < 0.35:
        profile, pn = make_profile(t['prov'])
        uname = pick(['tỉnh mình', 'liên đoàn tỉnh mình', 'LĐLĐ tỉnh em'])
    one = len(tlines(unit, 2026)) == 1
    kw = '' if (one and G.random() < 0.5) else pick(TKW[t['kind']]) + ' '
    form = G.choice(['now', 'now', 'gap', 'last'])
    if form == 'last' and not tfind(unit, 2025, t['kind']):
        form = 'now'
    if form == 'gap' and t['ach'] >= t['target']:
        form = 'now'
    if form == 'now':
        base = pick([f"chỉ tiêu {kw}năm nay của {uname} là bao nhiêu, đạt được bao nhiêu rồi",
                     f"{uname} năm 2026 giao chỉ tiêu {kw}bao nhiêu, đến giờ làm được bao nhiêu",
                     f"năm nay {uname} {kw}chỉ tiêu bao nhiêu, thực hiện được bao nhiêu"])
        et = [vn(t['target']), vn(t['ach'])]
        fields = ['target', 'ach']
        yr = 2026
    elif form == 'gap':
        base = pick([f"{uname} năm nay {kw}còn thiếu bao nhiêu so với chỉ tiêu",
                     f"chỉ tiêu {kw}năm 2026 của {uname} còn thiếu bao nhiêu nữa"])
        et = [vn(t['target'] - t['ach'])]
        fields = ['gap']
        yr = 2026
    else:
        t5 = tfind(unit, 2025, t['kind'])
        base = pick([f"năm ngoái {uname} {kw}đạt bao nhiêu", f"năm 2025 {uname} {kw}chỉ tiêu bao nhiêu, đạt bao nhiêu"])
        et = [vn(t5['target']), vn(t5['ach'])] if 'chỉ tiêu' in base else [vn(t5['ach'])]
        fields = ['target', 'ach'] if 'chỉ tiêu' in base else ['ach']
        yr = 2025
    spec = {'type': 'target', 'unit': unit, 'year': yr, 'kind': t['kind'], 'fields': fields}
    return pick(GREET) + base, et, spec, profile

for i in range(22):
    st = STYLES[si % 5]; si += 1
    base, et, spec, prof = single_target(st)
    add_q(base, st, 'target', [], et, spec, prof)

fact_order = list(range(len(FACTS)))
G.shuffle(fact_order)
for i in range(22):
    st = STYLES[si % 5]; si += 1
    qs, et = FACTS[fact_order[i % len(FACTS)]]
    add_q(pick(GREET) + pick(qs), st, 'fact', [], et, {'type': 'fact', 'text': et},
          make_profile(G.choice(list(PROV)))[0] if G.random() < 0.35 else None)

for i in range(16):
    st = STYLES[si % 5]; si += 1
    add_q(OFFTOPIC[i], st, 'off_topic', [], [], {'type': 'off'}, make_profile(G.choice(list(PROV)))[0] if G.random() < 0.35 else None)

# ------------------------------------------------------------ dialogues
dialogues = []
dspecs = {}


class DB:
    def __init__(self, profile=None, pk=None):
        self.turns = []   # (base, expect, spec)
        self.profile = profile
        self.results = []  # per turn: list of codes shown (ordered) or [code]

    def add(self, base, kind, codes=(), text=(), spec=None, shown=None):
        self.turns.append((base, {'kind': kind, 'codes': list(codes), 'text': list(text)}, spec))
        self.results.append(list(shown if shown is not None else codes))


def search_turn(db, q, base, want='any', exclude=None):
    """adds a course / course_list turn for query q. want: 'one' | 'list' | 'any'"""
    qq = dict(q)
    if exclude:
        qq['exclude'] = list(exclude)
    near = robust(classes, qq, 'nearest')
    if not near:
        raise Fail('empty')
    lst = None
    try:
        lst = robust(classes, qq, 'list')
    except Fail:
        lst = None
    if want in ('list',) or (want == 'any' and lst and 2 <= len(lst) <= 4 and G.random() < 0.5):
        if not lst or not (2 <= len(lst) <= 4):
            raise Fail('nolist')
        db.add(base, 'course_list', lst, [], {'type': 'search', 'q': qjson(qq), 'sel': 'list'}, shown=lst)
        return list(lst)
    if len(near) != 1:
        raise Fail('not unique')
    c = BY[near[0]]
    db.add(base, 'course', near, when(c), {'type': 'search', 'q': qjson(qq), 'sel': 'nearest', 'field': 'when'},
           shown=[near[0]])
    return [near[0]]


def ref_turn(db, code, base, field, ref):
    c = BY[code]
    if field == 'when':
        t = when(c)
        if not t:
            raise Fail('nowhen')
    elif field == 'where':
        if c['mode'] == 'online':
            raise Fail('online where')
        t = [place(c)]
    elif field == 'dl':
        if not c['dl'] or c['dl'] < TODAY or c['status'] not in ('open', 'postponed'):
            raise Fail('nodl')
        t = [dstr(c['dl'])]
    elif field == 'ndays':
        if not c['start']:
            raise Fail('nond')
        t = [f"{c['ndays']} ngày"]
    elif field == 'org':
        t = [ORG[c['org']]['name']]
    elif field == 'online':
        t = ['trực tuyến'] if c['mode'] == 'online' else [place(c)]
    elif field == 'end':
        if not c['start'] or c['ndays'] < 2:
            raise Fail('noend')
        t = [dstr(c['end'])]
    db.add(base, 'course', [code], t, {'type': 'ref', 'ref': ref, 'field': field}, shown=[code])


def reg_turn(db, code, base, ref):
    if not registrable(BY[code]):
        raise Fail('not registrable')
    db.add(base, 'register', [code], [], {'type': 'ref', 'ref': ref, 'field': None}, shown=[code])


def fact_turn(db, prefix=True):
    qs, et = G.choice(FACTS)
    b = (pick(['à mà cho hỏi luôn, ', 'tiện hỏi chút, ', 'à này, ', 'nhân tiện cho hỏi ']) if prefix else '') + pick(qs)
    db.add(b, 'fact', [], et, {'type': 'fact', 'text': et})


def off_turn(db):
    b = pick(['à mà ', 'ngoài lề chút, ', '', 'hỏi vui tí, ']) + G.choice(OFFTOPIC)
    db.add(b, 'off_topic', [], [], {'type': 'off'})


def ctx_q(pk, profile_prov):
    """province part of a query + whether the sentence must name it"""
    if profile_prov is not None:
        return prov_from_profile(pk, profile_prov), False
    if PROV[pk]['former'] and G.random() < 0.2:
        return dict(prov=pk, former=G.choice(PROV[pk]['former'])), True
    return dict(prov=pk), True


def first_phrase(q, named, np_):
    p = prov_phrase(q) if named else ''
    if named:
        return pick([f"{pick(GREET)}có {np_} nào {p} không", f"{pick(GREET)}{p} sắp tới có những {np_} nào vậy",
                     f"{pick(GREET)}{p} đang mở {np_} nào{pick(TAIL)}", f"{pick(GREET)}em muốn tìm {np_} {p}"])
    return pick([f"{pick(GREET)}tỉnh mình có {np_} nào không", f"{pick(GREET)}chỗ em sắp tới có {np_} không{pick(TAIL)}",
                 f"{pick(GREET)}có {np_} nào gần đây không", f"{pick(GREET)}bên mình đang mở {np_} nào"])


def other_pk(pk):
    return G.choice([p for p in PROV if p != pk])


# ---- patterns
def pat_ordinal(db, pk, pp):
    pq, named = ctx_q(pk, pp)
    topic = G.choice(list(TOPIC_NP))
    q = Q(topic=topic, **pq)
    L = search_turn(db, q, first_phrase(q, named, pick(TOPIC_NP[topic])), want='list')
    if G.random() < 0.6:
        i, ph = 1, pick(['cái thứ 2 học ngày nào', 'lớp thứ hai khi nào học', 'thế cái thứ 2 thì bao giờ', 'lớp số 2 học hôm nào'])
    else:
        i, ph = len(L) - 1, pick(['lớp cuối học ngày nào', 'cái cuối cùng thì bao giờ học', 'còn lớp cuối thì khi nào'])
    ref_turn(db, L[i], ph, 'when', {'turn': 0, 'pos': i})
    try:
        ref_turn(db, L[i], pick(['ở đâu vậy', 'học ở đâu', 'chỗ đó ở đâu', 'lớp ấy tổ chức ở đâu', 'địa điểm ở đâu anh chị']), 'where', {'turn': 1})
    except Fail:
        ref_turn(db, L[i], pick(['lớp ấy học mấy ngày', 'học mấy hôm vậy']), 'ndays', {'turn': 1})
    p2 = other_pk(pk)
    q2 = dict(q); q2['prov'] = p2; q2.pop('former', None)
    if G.random() < 0.3 and PROV[p2]['former']:
        q2['former'] = G.choice(PROV[p2]['former'])
    n2 = q2.get('former') or PROV[p2]['name']
    L2 = search_turn(db, q2, pick([f"thế còn ở {n2}?", f"còn bên {n2} thì sao", f"{n2} có không", f"thế còn {n2}"]))
    k = len(db.turns) - 1
    reg_turn(db, L2[0], pick(['đăng ký giúp mình lớp đầu', 'cho tôi đăng ký lớp đầu tiên', 'đăng ký lớp thứ nhất cho em']) if len(L2) > 1
             else pick(['đăng ký cho tôi lớp này', 'ok đăng ký luôn giúp mình', 'cho em đăng ký lớp đó']), {'turn': k, 'pos': 0})
    if G.random() < 0.5:
        ref_turn(db, L2[0], pick(['hạn đăng ký lớp đó đến bao giờ', 'à mà hạn chót đăng ký hôm nào']), 'dl', {'turn': k + 1})


def pat_audience(db, pk, pp):
    pq, named = ctx_q(pk, pp)
    aud = G.choice(['chutich', 'chutich', 'bch', 'ubkt', 'nld'])
    q = Q(aud=aud, **pq)
    p = prov_phrase(q) if named else ''
    b = pick([f"{pick(GREET)}lớp nào {pick(AUD_NP[aud])} {p} gần nhất", f"{pick(GREET)}{p} có lớp nào {pick(AUD_NP[aud])} không{pick(TAIL)}",
              f"{pick(GREET)}sắp tới có lớp tập huấn nào {pick(AUD_NP[aud])} {p}"])
    L = search_turn(db, q, b, want='one')
    c = BY[L[0]]
    ref_turn(db, L[0], pick(['lớp ấy hạn đăng ký đến bao giờ', 'hạn đăng ký đến hôm nào', 'phải đăng ký trước ngày nào']), 'dl', {'turn': 0})
    # another period after that class
    d0 = c['start'] or c.get('new') or c['lo']
    w = 'thang_sau' if d0 < dt.date(2026, 12, 1) else 'q1' if d0 < dt.date(2027, 1, 1) else 'q2'
    q2 = dict(q); q2.update(Q(win=w))
    ph = {'thang_sau': ['thế tháng sau?', 'tháng sau có lớp nào nữa không', 'thế còn tháng 12 thì sao'],
          'q1': ['quý 1 năm sau thì sao', 'thế quý I năm sau có không', 'sang quý 1 năm 2027 có lớp nào không'],
          'q2': ['thế quý 2 năm sau?', 'quý II/2027 có lớp nào không']}[w]
    L2 = search_turn(db, q2, pick(ph))
    k = len(db.turns) - 1
    if len(L2) > 1:
        reg_turn(db, L2[0], pick(['đăng ký cho tôi lớp đầu tiên', 'lấy lớp đầu, đăng ký giúp mình']), {'turn': k, 'pos': 0})
    else:
        reg_turn(db, L2[0], pick(['đăng ký cho tôi lớp này', 'cho em đăng ký lớp đó', 'vậy đăng ký lớp ấy cho chị nhé']), {'turn': k, 'pos': 0})
    if G.random() < 0.6:
        ref_turn(db, L2[0], pick(['lớp đó học mấy ngày', 'học mấy hôm vậy']), 'ndays', {'turn': k + 1})


def pat_batch(db, pk, pp):
    series = {}
    for c in classes:
        if c['batch'] and c['prov'] == pk:
            series.setdefault((c['org'], c['topic']), []).append(c)
    keys = [k for k, v in series.items() if len(v) >= 2]
    if not keys:
        raise Fail('nobatch')
    ok, topic = G.choice(keys)
    s = sorted(series[(ok, topic)], key=lambda c: c['batch'])
    org = pick(ORG[ok]['spoken'])
    q1 = dict(org=ok, topic=topic, batch=1)
    unique_any(classes, q1)
    b = pick([f"{pick(GREET)}{pick(TOPIC_NP[topic])} đợt 1 của {org} học ngày nào", f"{pick(GREET)}{org} mở {pick(TOPIC_NP[topic])} đợt 1 khi nào vậy"])
    if not when(s[0]):
        raise Fail('b1 proj')
    db.add(b, 'course', [s[0]['code']], when(s[0]), {'type': 'uniq', 'q': q1, 'field': 'when'})
    q2 = dict(org=ok, topic=topic, batch=2)
    unique_any(classes, q2)
    db.add(pick(['đợt 2 thì sao', 'thế đợt 2 học khi nào', 'còn đợt 2?']), 'course', [s[1]['code']], when(s[1]),
           {'type': 'uniq', 'q': q2, 'field': 'when'})
    try:
        ref_turn(db, s[1]['code'], pick(['đợt 2 học ở đâu', 'chỗ đó ở đâu vậy', 'lớp ấy tổ chức ở đâu']), 'where', {'turn': 1})
    except Fail:
        ref_turn(db, s[1]['code'], pick(['đợt 2 học mấy ngày']), 'ndays', {'turn': 1})
    if len(s) >= 3 and when(s[2]) and G.random() < 0.6:
        q3 = dict(org=ok, topic=topic, batch=3)
        db.add(pick(['còn đợt 3 không', 'thế đợt 3 thì bao giờ']), 'course', [s[2]['code']], when(s[2]), {'type': 'uniq', 'q': q3, 'field': 'when'})
        reg_turn(db, s[2]['code'], pick(['đăng ký cho tôi đợt 3', 'cho em đăng ký lớp này']), {'turn': len(db.turns) - 1})
    else:
        reg_turn(db, s[1]['code'], pick(['đăng ký đợt 2 cho mình', 'vậy cho tôi đăng ký đợt 2', 'ok đăng ký lớp này giúp em']), {'turn': 1})
    if G.random() < 0.5:
        off_turn(db)


def pat_otype(db, pk, pp):
    pq, named = ctx_q(pk, pp)
    topic = G.choice(['nucong', 'atvsld', 'kiemtra', 'phapluat', 'nghiepvu_aud'])
    if topic == 'nghiepvu_aud':
        q = Q(aud='chutich', **pq)
        np_ = 'lớp ' + pick(AUD_NP['chutich'])
    else:
        q = Q(topic=topic, **pq)
        np_ = pick(TOPIC_NP[topic])
    search_turn(db, q, first_phrase(q, named, np_))
    ot = G.choice(list(OTYPE_NP))
    q2 = dict(q); q2['otype'] = ot
    L2 = search_turn(db, q2, pick([f"còn {pick(OTYPE_NP[ot])}?", f"thế bên {pick(OTYPE_NP[ot])} có không", f"còn {pick(OTYPE_NP[ot])} thì sao"]))
    k = 1
    if len(L2) > 1:
        ref_turn(db, L2[-1], pick(['lớp cuối học ngày nào', 'cái cuối thì bao giờ']), 'when', {'turn': k, 'pos': len(L2) - 1})
        tgt = L2[-1]
    else:
        ref_turn(db, L2[0], pick(['lớp đó học ở đâu', 'ở đâu vậy']), 'where', {'turn': k, 'pos': 0})
        tgt = L2[0]
    j = len(db.turns) - 1
    fact_turn(db)
    ref_turn(db, tgt, pick(['quay lại lớp lúc nãy, hạn đăng ký đến hôm nào', 'ừ quay lại lớp vừa rồi, hạn đăng ký khi nào',
                            'thôi quay lại, lớp kia đăng ký hạn cuối ngày nào']), 'dl', {'turn': j})
    if G.random() < 0.7:
        reg_turn(db, tgt, pick(['đăng ký cho tôi lớp đó', 'ok cho em đăng ký']), {'turn': j + 2})


TK_PH = {'ct': ['bồi dưỡng chủ tịch CĐCS', 'đào tạo chủ tịch công đoàn cơ sở'], 'atvs': ['huấn luyện ATVSLĐ', 'huấn luyện an toàn vệ sinh lao động'],
         'ubkt': ['tập huấn ủy viên UBKT', 'bồi dưỡng ủy ban kiểm tra'], 'lop': ['số lớp tập huấn', 'số lớp bồi dưỡng cán bộ']}


def pat_target(db, pk, pp):
    opts = [t for t in targets if t['prov'] == pk and t['year'] == 2026 and t['unit'].startswith('LĐLĐ') and tfind(t['unit'], 2025, t['kind'])]
    t = G.choice(opts)
    kind = t['kind']
    home = 'thành phố mình' if pk in ('HU', 'HP') else 'tỉnh mình'
    uname = pick([home, 'liên đoàn mình', 'LĐLĐ ' + home]) if pp is not None else pick(TUNIT_SP[t['unit']])
    kw = pick(TK_PH[kind])
    db.add(pick([f"{pick(GREET)}chỉ tiêu {kw} năm nay của {uname} là bao nhiêu",
                 f"{pick(GREET)}năm nay {uname} chỉ tiêu {kw} bao nhiêu, đạt được bao nhiêu rồi",
                 f"{pick(GREET)}{uname} năm 2026 {kw} được giao bao nhiêu, làm được bao nhiêu rồi"]),
           'target', [], [vn(t['target']), vn(t['ach'])], {'type': 'target', 'unit': t['unit'], 'year': 2026, 'kind': kind, 'fields': ['target', 'ach']})
    t5 = tfind(t['unit'], 2025, kind)
    order = ['last', 'gap'] if G.random() < 0.5 else ['gap', 'last']
    for o in order:
        if o == 'last':
            db.add(pick(['năm ngoái được bao nhiêu', 'thế năm ngoái đạt bao nhiêu', 'còn năm 2025 thì sao']), 'target', [], [vn(t5['ach'])],
                   {'type': 'target', 'unit': t['unit'], 'year': 2025, 'kind': kind, 'fields': ['ach']})
        else:
            db.add(pick(['còn thiếu bao nhiêu nữa', 'vậy còn thiếu bao nhiêu', 'so với chỉ tiêu thì còn thiếu bao nhiêu']), 'target', [],
                   [vn(t['target'] - t['ach'])], {'type': 'target', 'unit': t['unit'], 'year': 2026, 'kind': kind, 'fields': ['gap']})
    pq = prov_from_profile(pk, pp) if pp is not None else dict(prov=pk)
    where = '' if pp is not None else f" ở {PROV[pk]['name']}"
    if kind == 'atvs':
        q = Q(topic='atvsld', **pq)
        b = pick(['thế sắp tới có lớp ATVSLĐ nào không', 'vậy có lớp an toàn vệ sinh lao động nào để cử người đi không']) + where
    elif kind == 'ubkt':
        q = Q(aud='ubkt', **pq)
        b = pick(['thế sắp tới có lớp nào cho UBKT không', 'vậy có lớp nào cho ủy viên ủy ban kiểm tra không']) + where
    else:
        q = Q(aud='chutich', **pq)
        b = pick(['thế sắp tới có lớp nào cho chủ tịch CĐCS không', 'vậy có lớp nào cho chủ tịch công đoàn cơ sở để cử người đi không']) + where
    L = search_turn(db, q, b, want='one')
    reg_turn(db, L[0], pick(['đăng ký cho tôi lớp này', 'ok đăng ký luôn cho mình', 'cho em đăng ký lớp đó']), {'turn': 3})


def pat_correct(db, pk, pp):
    pq, named = ctx_q(pk, pp)
    t1, t2 = G.sample(['taichinh', 'nucong', 'atvsld', 'thuongluong', 'kiemtra', 'phapluat', 'tuyengiao', 'phattrien'], 2)
    q = Q(topic=t1, **pq)
    search_turn(db, q, first_phrase(q, named, pick(TOPIC_NP[t1])), want='one')
    q2 = dict(q); q2['topic'] = t2
    np2 = pick(TOPIC_NP[t2])
    L = search_turn(db, q2, pick([f"không, ý tôi là {np2}", f"à nhầm, tôi hỏi {np2} cơ", f"không phải, {np2} ấy"]), want='one')
    ref_turn(db, L[0], pick(['lớp ấy học online hay trực tiếp', 'học trực tuyến hay phải lên tận nơi']), 'online', {'turn': 1})
    lst = robust(classes, dict(q2, exclude=[L[0]]), 'nearest')
    if not lst:
        raise Fail('nomore')
    L3 = search_turn(db, q2, pick(['còn lớp nào khác không', 'ngoài lớp đó còn lớp nào nữa không', 'có lớp khác không anh chị']),
                     exclude=[L[0]])
    if G.random() < 0.5:
        off_turn(db)
    reg_turn(db, L[0], pick(['thôi đăng ký cho em lớp lúc nãy', 'vậy lấy lớp đầu tiên bot nói, đăng ký giúp mình']), {'turn': 1})


def pat_role(db, pk, pp):
    pq, named = ctx_q(pk, pp)
    q = Q(aud='chutich', **pq)
    p = prov_phrase(q) if named else ''
    search_turn(db, q, pick([f"{pick(GREET)}có lớp nào cho chủ tịch CĐCS {p} không", f"{pick(GREET)}lớp dành cho chủ tịch công đoàn cơ sở {p} sắp tới"]), want='one')
    role = G.choice(['ubkt', 'bch', 'gv'])
    q2 = Q(aud=role, **pq)
    ph = {'ubkt': ['còn cho UBKT thì sao', 'thế lớp cho ủy ban kiểm tra có không', 'còn lớp dành cho UBKT?'],
          'bch': ['còn cho ủy viên BCH thì sao', 'thế lớp cho ban chấp hành có không'],
          'gv': ['còn lớp cho giảng viên kiêm chức thì sao']}[role]
    L2 = search_turn(db, q2, pick(ph))
    c2 = BY[L2[0]]
    d0 = c2['start'] or c2.get('new') or c2['lo']
    w = 'thang_sau' if d0 < dt.date(2026, 12, 1) else 'q1' if d0 < dt.date(2027, 1, 1) else 'q2'
    q3 = dict(q2); q3.update(Q(win=w))
    ph3 = {'q1': ['quý 1 năm sau có không', 'thế quý I/2027 thì sao'], 'thang_sau': ['thế tháng sau?', 'tháng sau có không'],
           'q2': ['thế quý 2 năm sau?', 'sang quý II/2027 có lớp nào không']}[w]
    L3 = search_turn(db, q3, pick(ph3))
    k = 2
    reg_turn(db, L3[0], pick(['đăng ký lớp đầu cho tôi', 'cho mình đăng ký lớp đầu tiên']) if len(L3) > 1 else pick(['đăng ký cho tôi lớp này', 'ok đăng ký lớp đó']),
             {'turn': k, 'pos': 0})
    try:
        ref_turn(db, L3[0], pick(['chỗ đó ở đâu', 'học ở đâu thế']), 'where', {'turn': k + 1})
    except Fail:
        ref_turn(db, L3[0], pick(['học mấy ngày']), 'ndays', {'turn': k + 1})


def pat_online(db, pk, pp):
    w = G.choice(['thang_sau', 'thang1', 'q1'])
    pq = None
    if pp is not None:
        pq = prov_from_profile(pk, pp)
    q = Q(mode='online', win=w, **(pq or {}))
    b = pick([f"{pick(GREET)}{pick(WIN[w][2])} có lớp tập huấn trực tuyến nào không", f"{pick(GREET)}có lớp nào học online trong {pick(WIN[w][2])} không{pick(TAIL)}"])
    if pq:
        b = b.replace('có lớp', 'tỉnh mình có lớp', 1)
    L = search_turn(db, q, b)
    if len(L) > 1:
        i = 1
        ref_turn(db, L[i], pick(['cái thứ 2 là của đơn vị nào tổ chức', 'lớp thứ hai ai tổ chức vậy']), 'org', {'turn': 0, 'pos': i})
    else:
        i = 0
        ref_turn(db, L[0], pick(['lớp đó do đơn vị nào tổ chức', 'ai tổ chức lớp ấy']), 'org', {'turn': 0, 'pos': 0})
    ref_turn(db, L[i], pick(['học mấy ngày', 'lớp ấy kéo dài mấy hôm']), 'ndays', {'turn': 1})
    fact_turn(db) if G.random() < 0.5 else off_turn(db)
    reg_turn(db, L[i], pick(['quay lại, đăng ký cho tôi lớp trực tuyến đó', 'ok đăng ký lớp online lúc nãy giúp mình']), {'turn': 1})


def pat_former(db, pk, pp):
    if not any(p != 'Thừa Thiên Huế' for p in PROV[pk]['former']):
        raise Fail('noformer')
    f1 = G.choice(PROV[pk]['former'])
    topic = G.choice(list(TOPIC_NP))
    q = Q(prov=pk, former=f1, topic=topic)
    L = search_turn(db, q, pick([f"{pick(GREET)}có {pick(TOPIC_NP[topic])} nào ở {f1} không", f"{pick(GREET)}{f1} cũ giờ có {pick(TOPIC_NP[topic])} không{pick(TAIL)}"]), want='one')
    ref_turn(db, L[0], pick(['lớp đó học mấy ngày', 'học mấy hôm vậy']), 'ndays', {'turn': 0})
    others = [x for x in PROV[pk]['former'] if x != f1] + [PROV[pk]['name']]
    f2 = G.choice(others)
    q2 = Q(prov=pk, topic=topic, former=(f2 if f2 != PROV[pk]['name'] else None))
    L2 = search_turn(db, q2, pick([f"còn ở {f2}?", f"thế bên {f2} thì sao", f"{f2} có lớp như vậy không"]))
    reg_turn(db, L[0], pick([f"thôi đăng ký cho tôi lớp ở {f1}", f"cho em đăng ký lớp ở {f1} lúc nãy"]), {'turn': 0})
    if G.random() < 0.6:
        fact_turn(db)


def pat_cancel(db, pk, pp):
    cands = [c for c in classes if c['prov'] == pk and c['status'] in ('cancel', 'postponed')]
    if not cands:
        raise Fail('nocancel')
    c = G.choice(cands)
    q = dict(org=c['org'], topic=c['topic'])
    unique_any(classes, q)
    org = pick(ORG[c['org']]['spoken'])
    tnp = pick(TOPIC_NP[c['topic']])
    if c['status'] == 'cancel':
        db.add(pick([f"{pick(GREET)}{tnp} của {org} có còn tổ chức không", f"{pick(GREET)}nghe nói {tnp} bên {org} bị hủy phải không"]),
               'course', [c['code']], ['hủy'], {'type': 'uniq', 'q': q, 'field': 'cancel'})
    else:
        db.add(pick([f"{pick(GREET)}{tnp} của {org} hoãn đến bao giờ", f"{pick(GREET)}{tnp} của {org} có học như kế hoạch không hay lùi lịch rồi"]),
               'course', [c['code']], [dstr(c['new'])], {'type': 'uniq', 'q': q, 'field': 'postp'})
    q2 = Q(prov=pk, topic=c['topic'])
    L = search_turn(db, q2, pick([f"thế có {pick(TOPIC_NP[c['topic']])} nào khác ở {PROV[pk]['name']} không", f"vậy {PROV[pk]['name']} còn lớp nào cùng nội dung không"]),
                    want='one', exclude=[c['code']])
    ref_turn(db, L[0], pick(['lớp đó ở đâu', 'học ở đâu vậy']), 'where', {'turn': 1})
    reg_turn(db, L[0], pick(['đăng ký cho tôi lớp này', 'cho em đăng ký lớp ấy']), {'turn': 1})
    if G.random() < 0.5:
        ref_turn(db, L[0], pick(['mấy hôm thì xong', 'học đến ngày nào thì kết thúc']), 'end', {'turn': 1})


PATTERNS = [pat_ordinal, pat_audience, pat_batch, pat_otype, pat_target, pat_correct, pat_role, pat_online, pat_former, pat_cancel]
count = {p.__name__: 0 for p in PATTERNS}
di = 0
attempts = 0
seen_dlg = set()
fails = {p.__name__: 0 for p in PATTERNS}
while len(dialogues) < 105 and attempts < 40000:
    attempts += 1
    pat = min(PATTERNS, key=lambda p: (count[p.__name__] + fails[p.__name__] / 400, G.random()))
    pk = G.choice(list(PROV))
    use_prof = (len([d for d in dialogues if 'profile' in d]) < (len(dialogues) + 1) / 3 + 1) and G.random() < 0.45
    if pat is pat_target:
        use_prof = use_prof or G.random() < 0.5
    profile, pp = (make_profile(pk) if use_prof else (None, None))
    if pat in (pat_batch, pat_cancel, pat_former):
        profile, pp = (profile, None) if profile else (None, None)
    db = DB(profile)
    try:
        pat(db, pk, pp)
    except Fail:
        fails[pat.__name__] += 1
        continue
    if not (4 <= len(db.turns) <= 7):
        continue
    sig = tuple((tuple(t[1]['codes']), tuple(t[1]['text'])) for t in db.turns)
    if sig in seen_dlg:
        continue
    seen_dlg.add(sig)
    st = STYLES[di % 5]; di += 1
    did = f"b27-d{len(dialogues) + 1:03d}"
    o = {'id': did, 'style': st}
    if profile:
        o['profile'] = profile
    o['turns'] = [{'q': render(b, st, G, first=(i == 0)), 'expect': e} for i, (b, e, s) in enumerate(db.turns)]
    dialogues.append(o)
    dspecs[did] = {'pattern': pat.__name__, 'turns': [s for b, e, s in db.turns]}
    count[pat.__name__] += 1

print('patterns', count, 'attempts', attempts)
with open(f'{data.OUT}/questions.jsonl', 'w', encoding='utf-8') as f:
    for o in questions:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(f'{data.OUT}/dialogues.jsonl', 'w', encoding='utf-8') as f:
    for o in dialogues:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
def norm(o):
    if isinstance(o, dict):
        o = {k: norm(v) for k, v in o.items()}
        if 'org' in o and o['org'] in ORG:
            o['org'] = ORG[o['org']]['name']
        if 'prov' in o and o['prov'] in PROV:
            o['prov'] = PROV[o['prov']]['name']
        if 'win' in o and not isinstance(o['win'], list) and o['win'] is not None:
            o['win'] = [o['win'][0].isoformat(), o['win'][1].isoformat()]
        return o
    if isinstance(o, (list, tuple)):
        return [norm(x) for x in o]
    return o

with open(f'{data.OUT}/method/specs.json', 'w', encoding='utf-8') as f:
    json.dump(norm({'questions': specs, 'dialogues': dspecs}), f, ensure_ascii=False, indent=0, default=str)
print(len(classes), 'classes', len(targets), 'targets', len(questions), 'questions', len(dialogues), 'dialogues',
      sum(len(d['turns']) for d in dialogues), 'turns')
