# Generates questions.jsonl, dialogues.jsonl and method/specs.json (the machine-readable query behind every item).
import random, json, os, datetime as dt, itertools
from common import fold, PROV, AREAS
import gen_courses as G
import engine as E
from phrases import TOPIC_PH, AUD_PH, PROV_PH, AREA_PH, PLACE_PH
from style import apply as style_apply
from facts import FACTS, OFFTOPIC

OUT = os.path.join(os.path.dirname(__file__), '..')
STYLES = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']
rng = random.Random(2611)

classes = G.build_classes()
G.write_courses(classes)
targets = G.build_targets()
G.write_targets(targets)
BY = {c['code']: c for c in classes}

def M(x):
    return '⟦' + x + '⟧'

def ph(table, key, style):
    base, ab = table[key]
    if style == 'abbrev' or (style == 'typo' and rng.random() < 0.5):
        return rng.choice(ab)
    return rng.choice(base)

def place_ph(sp, style):
    if sp.get('place'):
        return ph(PLACE_PH, sp['place'], style)
    if sp.get('area'):
        return ph(AREA_PH, sp['area'], style)
    return ph(PROV_PH, sp['prov'], style)

MONTH_PH = {'2026-12': ['tháng sau', 'tháng 12 này', 'tháng 12', 'trong tháng 12'],
            '2027-01': ['tháng 1 năm sau', 'tháng 1/2027', 'đầu năm sau, tháng 1'],
            '2027-02': ['tháng 2 năm sau', 'tháng 2/2027'],
            '2027-03': ['tháng 3 năm sau', 'tháng 3/2027']}
PAST_MONTH_PH = {m: ['tháng %d vừa rồi' % m, 'hồi tháng %d' % m, 'tháng %d năm nay' % m] for m in range(1, 12)}

POL_START = ['', '', 'Cho em hỏi ', 'Anh chị ơi, ', 'Dạ cho hỏi ', 'Chị ơi ', 'Xin hỏi ', 'Bot ơi ']
POL_END = ['', '', ' ạ', ' với ạ', ' nhé', ' vậy', ' anh chị ơi']

def polite(s):
    s = rng.choice(POL_START) + s
    s = s[0].upper() + s[1:] if s else s
    return s + rng.choice(POL_END) + rng.choice(['?', '?', '', '.'])

TPL_TP = ['ở {P} có lớp {T} nào sắp tới không', '{P} sắp có lớp {T} không', 'lớp {T} gần nhất ở {P} là khi nào',
          'mình ở {P}, muốn đi học lớp {T} thì lớp nào sớm nhất', 'có lớp tập huấn {T} nào ở {P} không',
          '{T} ở {P} bao giờ học', 'lịch lớp {T} tại {P}', 'bên {P} có mở lớp {T} không, học ngày nào', 'tìm lớp {T} {P}',
          'sắp tới {P} có tổ chức tập huấn về {T} không', 'lớp {T} ở {P} lúc nào khai giảng', '{P} có lớp {T} chưa']
TPL_TPM = ['{M} ở {P} có lớp {T} nào không', 'lớp {T} {M} tại {P}', '{M} {P} có tập huấn {T} không',
           '{M} bên {P} có lớp nào về {T} không', 'ở {P} {M} có mở lớp {T} ko']
TPL_PM = ['{M} ở {P} có lớp nào không', '{M} {P} có lớp tập huấn gì', 'lịch tập huấn {M} của {P}']
TPL_ON = ['có lớp {T} nào học trực tuyến không', 'lớp {T} học online qua zoom có không', 'mình muốn học {T} online, có lớp nào',
          'có khóa {T} trực tuyến nào sắp mở không']
TPL_ONM = ['{M} có lớp trực tuyến nào không', '{M} có lớp online nào ko', 'lớp học trực tuyến {M}']
TPL_AP = ['ở {P} có lớp nào dành cho {A} không', 'lớp cho {A} tại {P} sắp tới', 'em là {A} ở {P}, có lớp nào cho em không',
          '{P} có tập huấn cho {A} không', 'lớp gần nhất cho {A} ở {P}']
TPL_PL = ['ở {P} có lớp gì sắp tới không', '{P} sắp có lớp tập huấn nào', 'lớp gần nhất tại {P}', 'công nhân {P} có lớp nào học không']
TPL_PLT = ['ở {P} có lớp {T} không', '{P} có tập huấn {T} không', 'lớp {T} ở {P} khi nào']
TPL_ORG = ['{O} có lớp nào sắp tới không', 'lịch tập huấn sắp tới của {O}', 'lớp gần nhất của {O} là lớp nào',
           '{O} sắp mở lớp gì']
TPL_ORGT = ['{O} tổ chức lớp {T} khi nào', 'lớp {T} của {O} bao giờ học', '{O} có lớp {T} không']
TPL_WEEK = ['tuần sau ở {P} có lớp nào không', 'tuần tới {P} có lớp tập huấn gì', 'lịch học tuần sau ở {P}']
TPL_PROF = ['có lớp {T} nào cho đơn vị mình không', 'bên mình có lớp {T} nào sắp tới không', 'tỉnh mình có lớp {T} không',
            'lớp {T} gần nhất cho mình', 'đăng ký học {T} thì có lớp nào gần nhất']

ROLE_LABELS = ['Chủ tịch CĐCS', 'chủ tịch cđcs', 'PCT công đoàn', 'UV BCH', 'Ủy viên UBKT', 'cán bộ nữ công', 'kế toán CĐ',
               'CT công đoàn cơ sở', 'cán bộ CĐ phường']
UNION_BY_PROV = {
 'GL': ['CĐCS Công ty CP Gỗ Đức Long Gia Lai', 'CĐCS Trường THPT Pleiku'],
 'Bình Định': ['CĐCS Công ty CP Phú Tài', 'CĐCS Công ty TNHH Sơn Trà Quy Nhơn'],
 'DL': ['CĐCS Công ty CP Cà phê Phước An', 'CĐCS Bệnh viện Thiện Hạnh'],
 'Phú Yên': ['CĐCS Công ty CP Thủy sản Phú Yên', 'CĐCS Trường THPT Nguyễn Huệ Tuy Hòa'],
 'LD': ['CĐCS Công ty CP Chè Cầu Đất', 'CĐCS Trường Đại học Đà Lạt'],
 'Bình Thuận': ['CĐCS Công ty CP Thủy sản Phan Thiết'], 'Đắk Nông': ['CĐCS Công ty Nhôm Đắk Nông'],
 'KH': ['CĐCS Công ty Yến sào Khánh Hòa', 'CĐCS Bệnh viện Đa khoa Cam Ranh'], 'Ninh Thuận': ['CĐCS Công ty Muối Ninh Thuận'],
 'QN': ['CĐCS Công ty Lọc hóa dầu Bình Sơn', 'CĐCS Trường THCS Nghĩa Hành'], 'Kon Tum': ['CĐCS Công ty Cao su Kon Tum'],
 'DN': ['CĐCS Công ty TNHH Changshin Việt Nam', 'CĐCS Công ty TNHH Pouchen Việt Nam'], 'Bình Phước': ['CĐCS Công ty Cao su Phú Riềng'],
 'HCM': ['CĐCS Công ty TNHH Pou Yuen Việt Nam', 'CĐCS Trường THPT Lê Quý Đôn'],
 'Bình Dương': ['CĐCS Công ty TNHH Kumho Tire Việt Nam', 'CĐCS Công ty TNHH Pou Chen (BD)'],
 'Bà Rịa - Vũng Tàu': ['CĐCS Công ty CP Cảng Cái Mép', 'CĐCS Xí nghiệp Vietsovpetro'],
 'TN': ['CĐCS Công ty TNHH Brotex Việt Nam'], 'Long An': ['CĐCS Công ty TNHH Nitori Việt Nam'],
 'CT': ['CĐCS Công ty CP Thủy sản Cần Thơ'], 'Sóc Trăng': ['CĐCS Công ty Stapimex'], 'Hậu Giang': ['CĐCS Công ty Mía đường Cần Thơ'],
 'AG': ['CĐCS Công ty CP Thủy sản An Giang'], 'Kiên Giang': ['CĐCS Trường THPT Chuyên Huỳnh Mẫn Đạt'],
 'DT': ['CĐCS Công ty CP Vĩnh Hoàn'], 'Tiền Giang': ['CĐCS Công ty TNHH Quốc Tế Hòa Bình'],
}
PROV_PROFILE_NAME = {'GL': 'Gia Lai', 'DL': 'Đắk Lắk', 'LD': 'Lâm Đồng', 'KH': 'Khánh Hòa', 'QN': 'Quảng Ngãi', 'DN': 'Đồng Nai',
                     'HCM': 'TP Hồ Chí Minh', 'TN': 'Tây Ninh', 'CT': 'Cần Thơ', 'AG': 'An Giang', 'DT': 'Đồng Tháp'}

def profile_for(pk=None, area=None, role=None, union=None):
    key = area or pk
    prov_name = area if area else PROV_PROFILE_NAME[pk]
    return {'role': role or rng.choice(ROLE_LABELS), 'province': prov_name,
            'union': union or rng.choice(UNION_BY_PROV.get(key, ['CĐCS Công ty TNHH May mặc Việt Thắng']))}

questions, specs = [], {}
seen = set()
style_ctr = {}

def next_style(kind):
    i = style_ctr.get(kind, 0)
    style_ctr[kind] = i + 1
    return STYLES[i % 5]

def add_q(kind, base, spec, expect=None, expect_text=None, profile=None, style=None):
    style = style or next_style(kind)
    q = style_apply(style, base, rng)
    qid = '%s-%03d' % ({'course': 'C', 'target': 'T', 'fact': 'F', 'off_topic': 'O'}[kind], len([x for x in questions if x['kind'] == kind]) + 1)
    item = {'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': expect or [], 'expect_text': expect_text or []}
    if profile:
        item['profile'] = profile
    questions.append(item)
    specs[qid] = spec

def spec_key(sp):
    return json.dumps(sp, sort_keys=True, ensure_ascii=False)

def fill(tpl, sp, style):
    s = tpl
    if '{T}' in s:
        s = s.replace('{T}', M(ph(TOPIC_PH, sp['topic'], style)))
    if '{A}' in s:
        s = s.replace('{A}', M(ph(AUD_PH, sp['aud'], style)))
    if '{P}' in s:
        s = s.replace('{P}', M(place_ph(sp, style)))
    if '{M}' in s:
        s = s.replace('{M}', rng.choice(MONTH_PH[sp['month']]))
    return polite(s)

def try_course(sp, tpls, want_profile=False, prof=None):
    k = spec_key(sp)
    if k in seen:
        return False
    exp = E.robust_nearest(classes, sp)
    if not exp:
        return False
    seen.add(k)
    style = next_style('course')
    base = fill(rng.choice(tpls), sp, style)
    profile = prof
    if profile is None and want_profile:
        profile = profile_for(sp.get('prov'), sp.get('area'))
    add_q('course', base, dict(sp, mode='nearest'), expect=exp, profile=profile, style=style)
    return True

topics = list(TOPIC_PH)
provs = list(PROV)
areas = list(AREAS)

# --- T1 topic + current province
cands = [(t, p) for t in topics for p in provs]
rng.shuffle(cands)
n = 0
for t, p in cands:
    if n >= 30: break
    if try_course({'topic': t, 'prov': p}, TPL_TP, want_profile=rng.random() < 0.3):
        n += 1
# --- T2 topic + former province
cands = [(t, a) for t in topics for a in areas]
rng.shuffle(cands)
n = 0
for t, a in cands:
    if n >= 27: break
    if try_course({'topic': t, 'prov': AREAS[a][0], 'area': a}, TPL_TP, want_profile=rng.random() < 0.3):
        n += 1
# --- T3 topic + month + province/area ; province + month
n = 0
cands = [(t, p, m) for t in topics for p in provs + areas for m in ['2026-12', '2027-01', '2027-02', '2027-03']]
rng.shuffle(cands)
for t, p, m in cands:
    if n >= 16: break
    sp = {'topic': t, 'month': m}
    if p in PROV: sp['prov'] = p
    else: sp.update(prov=AREAS[p][0], area=p)
    if try_course(sp, TPL_TPM):
        n += 1
n = 0
cands = [(p, m) for p in provs + areas for m in ['2026-12', '2027-01', '2027-02']]
rng.shuffle(cands)
for p, m in cands:
    if n >= 8: break
    sp = {'month': m}
    if p in PROV: sp['prov'] = p
    else: sp.update(prov=AREAS[p][0], area=p)
    if try_course(sp, TPL_PM):
        n += 1
# --- T4 online
n = 0
for t in rng.sample(topics, len(topics)):
    if n >= 8: break
    if try_course({'topic': t, 'online': True}, TPL_ON):
        n += 1
for m in ['2026-12', '2027-01', '2027-02', '2027-03']:
    try_course({'online': True, 'month': m}, TPL_ONM)
# --- T5 audience + place
n = 0
cands = [(a, p) for a in AUD_PH for p in provs + areas]
rng.shuffle(cands)
for a, p in cands:
    if n >= 16: break
    sp = {'aud': a}
    if p in PROV: sp['prov'] = p
    else: sp.update(prov=AREAS[p][0], area=p)
    if try_course(sp, TPL_AP, want_profile=rng.random() < 0.3):
        n += 1
# --- T6 place tokens
n = 0
for pl in rng.sample(list(PLACE_PH), len(PLACE_PH)):
    if try_course({'place': pl}, TPL_PL):
        n += 1
cands = [(pl, t) for pl in PLACE_PH for t in topics]
rng.shuffle(cands)
m_ = 0
for pl, t in cands:
    if m_ >= 10: break
    if try_course({'place': pl, 'topic': t}, TPL_PLT):
        m_ += 1
# --- T7 organisers
orgs = sorted(set(c['org'] for c in classes))
n = 0
for o in rng.sample(orgs, len(orgs)):
    if n >= 10: break
    sp = {'org': o}
    k = spec_key(sp)
    exp = E.robust_nearest(classes, sp)
    if not exp or k in seen: continue
    seen.add(k)
    style = next_style('course')
    oname = o if style != 'abbrev' else o.replace('Công đoàn', 'CĐ')
    add_q('course', polite(rng.choice(TPL_ORG).replace('{O}', M(oname))), dict(sp, mode='nearest'), expect=exp, style=style,
          profile=profile_for(next(c['prov'] for c in classes if c['org'] == o), role='UV BCH', union=o) if rng.random() < 0.25 else None)
    n += 1
n = 0
cands = [(o, t) for o in orgs for t in topics]
rng.shuffle(cands)
for o, t in cands:
    if n >= 6: break
    sp = {'org': o, 'topic': t}
    k = spec_key(sp)
    exp = E.robust_nearest(classes, sp)
    if not exp or k in seen: continue
    if sum(1 for c in classes if c['org'] == o and c['topic'] == t) < 2: continue  # only orgs with several such classes
    seen.add(k)
    style = next_style('course')
    add_q('course', polite(rng.choice(TPL_ORGT).replace('{O}', M(o)).replace('{T}', M(ph(TOPIC_PH, t, style)))),
          dict(sp, mode='nearest'), expect=exp, style=style)
    n += 1
# --- T12 week
for p in provs + areas:
    sp = {'week': True}
    if p in PROV: sp['prov'] = p
    else: sp.update(prov=AREAS[p][0], area=p)
    try_course(sp, TPL_WEEK)
# --- T11 profile-based (province from profile only)
n = 0
cands = [(t, p) for t in topics for p in provs + areas]
rng.shuffle(cands)
for t, p in cands:
    if n >= 14: break
    sp = {'topic': t}
    if p in PROV: sp['prov'] = p
    else: sp.update(prov=AREAS[p][0], area=p)
    sp['via_profile'] = True
    k = spec_key(sp)
    if k in seen: continue
    exp = E.robust_nearest(classes, {x: y for x, y in sp.items() if x != 'via_profile'})
    if not exp: continue
    seen.add(k)
    style = next_style('course')
    base = polite(rng.choice(TPL_PROF).replace('{T}', M(ph(TOPIC_PH, t, style))))
    add_q('course', base, dict(sp, mode='nearest'), expect=exp, style=style,
          profile=profile_for(sp['prov'], sp.get('area')))
    n += 1

# --- T8 singled-out classes (batch / title) ; T10 cancelled, postponed, planned ; T9 past
def short_title(c):
    return c['title0'][0].lower() + c['title0'][1:]

def unique_title(c):
    return sum(1 for x in classes if x['org'] == c['org'] and fold(x['title']) == fold(c['title'])) == 1

BATCH_ASK = [('học ở đâu', 'where'), ('bao giờ học', 'when'), ('hạn đăng ký đến ngày nào', 'deadline'), ('học mấy ngày', 'days')]
batch = [c for c in classes if c['batch'] and E.upcoming(c) and c['start'] and unique_title(c)]
rng.shuffle(batch)
for c in batch[:12]:
    style = next_style('course')
    import re
    mk = re.search(r'(Đợt|lớp) (\d)$', c['title'])
    word = mk.group(1).lower() if mk else 'đợt'
    ask = rng.choice(BATCH_ASK)
    base = polite('%s %s %d của %s %s' % (M(short_title(c)), word, c['batch'], M(c['org']), ask[0]))
    add_q('course', base, {'org': c['org'], 'title': c['title'], 'mode': 'title'}, expect=[c['code']], style=style)
single = [c for c in classes if not c['batch'] and unique_title(c)]
rng.shuffle(single)
k_c = k_h = k_p = 0
for c in single:
    if c['kind'] == 'cancel' and k_c < 5:
        base = polite(rng.choice(['lớp %s của %s có bị hủy không', 'nghe nói lớp %s bên %s hủy rồi hả', 'lớp %s do %s tổ chức còn học không'])
                      % (M(short_title(c)), M(c['org'])))
        add_q('course', base, {'org': c['org'], 'title': c['title'], 'mode': 'title'}, expect=[c['code']]); k_c += 1
    elif c['kind'] == 'hoan' and k_h < 5:
        base = polite(rng.choice(['lớp %s của %s bị hoãn đến bao giờ', 'lớp %s bên %s dời lịch sang ngày nào', 'lớp %s %s lùi lại khi nào học'])
                      % (M(short_title(c)), M(c['org'])))
        add_q('course', base, {'org': c['org'], 'title': c['title'], 'mode': 'title'}, expect=[c['code']]); k_h += 1
    elif c['kind'] == 'plan' and k_p < 6:
        tpl = rng.choice(['lớp %(t)s của %(o)s dự kiến khi nào học', '%(o)s có kế hoạch mở lớp %(t)s vào lúc nào', 'lớp %(t)s (%(o)s) bao giờ có lịch'])
        base = polite(tpl % {'t': M(short_title(c)), 'o': M(c['org'])})
        add_q('course', base, {'org': c['org'], 'title': c['title'], 'mode': 'title'}, expect=[c['code']]); k_p += 1
# title-singled upcoming normal classes (where / deadline)
k_u = 0
for c in single:
    if k_u >= 10: break
    if c['kind'] != 'up' or not c['start']: continue
    if sum(1 for x in classes if fold(x['title0']) == fold(c['title0']) and x['prov'] == c['prov']) != 1: continue
    ask = rng.choice(BATCH_ASK)
    base = polite('lớp %s ở %s %s' % (M(short_title(c)), M(ph(PROV_PH, c['prov'], 'diacritics')), ask[0]))
    add_q('course', base, {'prov': c['prov'], 'title': c['title0'], 'mode': 'title_prov'}, expect=[c['code']]); k_u += 1
# past
k_past = 0
cands = [(t, p, m) for t in topics for p in provs for m in range(6, 12)]
rng.shuffle(cands)
for t, p, m in cands:
    if k_past >= 8: break
    hits = [c for c in classes if c['kind'] == 'past' and c['topic'] == t and c['prov'] == p and c['start'].month == m]
    if len(hits) != 1: continue
    others = [c for c in classes if c['topic'] == t and c['prov'] == p and c['start'] and c['start'].month == m and c['start'].year == 2026 and c is not hits[0]]
    if others: continue
    style = next_style('course')
    mp = rng.choice(PAST_MONTH_PH[m])
    base = polite(rng.choice(['lớp %s ở %s %s học ở đâu', '%s %s có mở lớp %s không', 'lớp %s %s %s tổ chức ngày nào']) %
                  ((M(ph(TOPIC_PH, t, style)), M(ph(PROV_PH, p, style)), mp)))
    add_q('course', base, {'topic': t, 'prov': p, 'month': '2026-%02d' % m, 'mode': 'past'}, expect=[hits[0]['code']], style=style)
    k_past += 1

# --- targets
def vn(n): return G.vn(n)
UNIT_PH = {}
for pk in PROV:
    nm = PROV[pk][0]
    UNIT_PH[PROV[pk][2]] = (['Liên đoàn Lao động %s' % nm, 'LĐLĐ %s' % nm, PROV[pk][2]], ['LĐLĐ %s' % (nm if pk != 'HCM' else 'TP.HCM')])
CONTENT_PH = {'CT': ['bồi dưỡng chủ tịch công đoàn cơ sở', 'bồi dưỡng nghiệp vụ cho chủ tịch CĐCS'],
              'AT': ['huấn luyện an toàn vệ sinh lao động', 'huấn luyện ATVSLĐ'], 'LOP': ['số lớp tập huấn cán bộ công đoàn', 'số lớp tập huấn'],
              'BCH': ['tập huấn ủy viên ban chấp hành', 'tập huấn ủy viên BCH CĐCS'],
              'TL': ['tập huấn thương lượng tập thể', 'tập huấn kỹ năng thương lượng tập thể'],
              'NV': ['bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở', 'bồi dưỡng nghiệp vụ'],
              'TYLE': ['tỷ lệ CĐCS có cán bộ nữ công được tập huấn', 'tỷ lệ cán bộ nữ công được tập huấn']}
TPL_T_BOTH = ['chỉ tiêu {C} năm nay của {U} là bao nhiêu, đạt được bao nhiêu rồi', '{U} năm nay {C} được bao nhiêu so với chỉ tiêu',
              'năm 2026 {U} {C} đạt bao nhiêu', 'tiến độ {C} năm nay của {U}', '{U} {C} năm nay tới đâu rồi']
TPL_T_DIFF = ['{U} còn thiếu bao nhiêu nữa thì đạt chỉ tiêu {C} năm nay', 'chỉ tiêu {C} năm nay {U} còn thiếu bao nhiêu']
TPL_T_LAST = ['năm ngoái {U} {C} có đạt chỉ tiêu không', 'năm 2025 chỉ tiêu {C} của {U} đạt bao nhiêu']
TPL_T_NEXT = ['chỉ tiêu {C} năm sau của {U} là bao nhiêu', 'năm 2027 {U} giao chỉ tiêu {C} bao nhiêu']
TPL_T_PROF = ['chỉ tiêu {C} năm nay của đơn vị mình là bao nhiêu, đạt bao nhiêu rồi', 'đơn vị tôi năm nay {C} được bao nhiêu so với chỉ tiêu']

def key_of(t): return t['code'].split('-')[-1]

def unit_phrase(t, style):
    if t['unit'] in UNIT_PH:
        return ph(UNIT_PH, t['unit'], style)
    u = t['unit']
    return u.replace('Công đoàn', 'CĐ') if style == 'abbrev' else u

tq = []
for t in targets:
    k = key_of(t)
    if t['year'] == 2026:
        tq.append((t, 'both'))
        if t['done'] < t['target'] and t['um'] != '%':
            tq.append((t, 'diff'))
    elif t['year'] == 2025:
        tq.append((t, 'last'))
    else:
        tq.append((t, 'next'))
rng.shuffle(tq)
# favour variety: take up to 50
chosen = []
cnt = {'both': 0, 'diff': 0, 'last': 0, 'next': 0}
lim = {'both': 24, 'diff': 10, 'last': 8, 'next': 8}
for t, w in tq:
    if cnt[w] < lim[w]:
        chosen.append((t, w)); cnt[w] += 1
for t, w in chosen:
    style = next_style('target')
    C = M(rng.choice(CONTENT_PH[key_of(t)]))
    use_prof = (w == 'both' and rng.random() < 0.3)
    if use_prof:
        base = rng.choice(TPL_T_PROF).replace('{C}', C)
        prof = {'role': rng.choice(['CB Ban Tổ chức', 'Chủ tịch', 'Phó chủ tịch', 'cán bộ tổ chức']), 'province': PROV_PROFILE_NAME[t['prov']], 'union': t['unit']}
    else:
        tpl = {'both': TPL_T_BOTH, 'diff': TPL_T_DIFF, 'last': TPL_T_LAST, 'next': TPL_T_NEXT}[w]
        base = rng.choice(tpl).replace('{C}', C).replace('{U}', M(unit_phrase(t, style)))
        prof = None
    if w in ('both', 'last'):
        exp = [vn(t['target']), vn(t['done'])]
    elif w == 'diff':
        exp = [vn(t['target'] - t['done'])]
    else:
        exp = [vn(t['target'])]
    add_q('target', polite(base), {'tcode': t['code'], 'what': w}, expect_text=exp, profile=prof, style=style)

# --- facts and off-topic
for i, (base, exp) in enumerate(FACTS):
    add_q('fact', base, {'fact': True}, expect_text=exp, profile=profile_for(rng.choice(provs)) if i % 4 == 1 else None)
for i, base in enumerate(OFFTOPIC):
    add_q('off_topic', base, {'off_topic': True}, profile=profile_for(rng.choice(provs)) if i % 4 == 2 else None)

# ---------------- dialogues
dialogues, dspecs = [], {}
FOLLOW_2 = ['cái thứ 2 học ở đâu', 'lớp thứ hai địa điểm ở đâu vậy', 'thế còn lớp thứ 2 thì học chỗ nào', 'cái thứ hai ở đâu']
FOLLOW_1 = ['lớp đầu tiên học ở đâu', 'cái thứ nhất ở đâu', 'lớp đầu ở chỗ nào vậy']
DL_ASK = ['hạn đăng ký lớp đó tới khi nào', 'lớp đó hạn đk đến ngày nào', 'đăng ký lớp này trước ngày mấy']
REG = ['đăng ký cho tôi lớp này', 'ok đăng ký giúp em lớp đó', 'cho mình đăng ký lớp đó nhé', 'đk lớp này cho em']
WHEN = ['lớp đó học ngày nào', 'thế lớp đó khai giảng hôm nào', 'bao giờ học vậy']
OTHER_PLACE = ['còn ở {P} thì sao', 'thế ở {P} có không', '{P} thì sao']
NEXT_MONTH = ['thế {M} thì sao', 'còn {M}?', '{M} có lớp như vậy không']

def regable(c):
    return c['kind'] == 'up' and c['start'] and c['fmt'] and (c['deadline'] is None or c['deadline'] >= E.TODAY)

def where_text(c):
    return c['venue'][1]

def dfmt(d): return d.strftime('%d/%m/%Y')

dstyle_i = 0
def dstyle():
    global dstyle_i
    s = STYLES[dstyle_i % 5]; dstyle_i += 1
    return s

def mk_turn(style, base, kind, codes=None, text=None, spec=None):
    return ({'q': style_apply(style, base, rng), 'expect': {'kind': kind, 'codes': codes or [], 'text': text or []}}, spec)

def area_or_prov_spec(p):
    return {'prov': p} if p in PROV else {'prov': AREAS[p][0], 'area': p}

# Pattern A: list -> ordinal -> deadline -> register -> other place
pa = 0
cands = [(t, p) for t in topics for p in provs + areas]
rng.shuffle(cands)
used_lists = set()
for t, p in cands:
    if pa >= 18: break
    sp = dict(area_or_prov_spec(p), topic=t)
    L = E.listing(classes, sp)
    if not L or not (2 <= len(L) <= 4): continue
    if sp.get('area') and E.listing(classes, {'prov': sp['prov'], 'topic': t}) != L: continue
    ordi = 1 if rng.random() < 0.6 else 0
    c = BY[L[ordi]]
    if not regable(c) or not c['deadline']: continue
    style = dstyle()
    turns, ts = [], []
    base1 = polite(rng.choice(['có những lớp {T} nào ở {P}', 'liệt kê các lớp {T} ở {P} giúp mình', 'các lớp {T} sắp tới tại {P}', 'ở {P} có mấy lớp {T}']).replace('{T}', M(ph(TOPIC_PH, t, style))).replace('{P}', M(place_ph(sp, style))))
    turns.append(mk_turn(style, base1, 'course_list', L, [], dict(sp, mode='list')))
    turns.append(mk_turn(style, rng.choice(FOLLOW_2 if ordi == 1 else FOLLOW_1), 'course', [c['code']], [where_text(c)], {'ref': 'list', 'ordinal': ordi + 1}))
    turns.append(mk_turn(style, rng.choice(DL_ASK), 'course', [c['code']], [dfmt(c['deadline'])], {'ref': 'same'}))
    turns.append(mk_turn(style, rng.choice(REG), 'register', [c['code']], [], {'ref': 'same'}))
    # other place, same topic
    others = [q for q in provs + areas if q != p and (q not in AREAS or AREAS[q][0] != sp['prov'])]
    rng.shuffle(others)
    for q in others:
        sp2 = dict(area_or_prov_spec(q), topic=t)
        e2 = E.robust_nearest(classes, sp2)
        if e2 and len(e2) == 1:
            c2 = BY[e2[0]]
            turns.append(mk_turn(style, rng.choice(OTHER_PLACE).replace('{P}', M(place_ph(sp2, style))), 'course', e2,
                                 [dfmt(c2['start'])] if c2['start'] else [], dict(sp2, mode='nearest')))
            break
    did = 'D-%03d' % (len(dialogues) + 1)
    dd = {'id': did, 'style': style, 'turns': [x[0] for x in turns]}
    if rng.random() < 0.3:
        dd['profile'] = profile_for(sp['prov'], sp.get('area'))
    dialogues.append(dd)
    dspecs[did] = [x[1] for x in turns]
    pa += 1

# Pattern B: target -> còn thiếu -> course in my province next month -> where -> register
pb = 0
tb = [t for t in targets if t['year'] == 2026 and t['done'] < t['target'] and t['um'] != '%']
rng.shuffle(tb)
for t in tb:
    if pb >= 11: break
    p = t['prov']
    found = None
    for tp in rng.sample(topics, len(topics)):
        for m in ['2026-12', '2027-01']:
            sp = {'prov': p, 'topic': tp, 'month': m}
            e = E.robust_nearest(classes, sp)
            if e and len(e) == 1 and regable(BY[e[0]]):
                found = (sp, e); break
        if found: break
    if not found: continue
    sp, e = found
    c = BY[e[0]]
    style = dstyle()
    prof = {'role': rng.choice(['CB Ban Tổ chức', 'Phó chủ tịch', 'chuyên viên Ban Tổ chức']), 'province': PROV_PROFILE_NAME[p], 'union': t['unit']}
    turns = []
    C = M(rng.choice(CONTENT_PH[key_of(t)]))
    turns.append(mk_turn(style, polite(rng.choice(['chỉ tiêu {C} năm nay của đơn vị mình thế nào', 'năm nay bên mình {C} đạt bao nhiêu so với chỉ tiêu']).replace('{C}', C)),
                         'target', [], [vn(t['target']), vn(t['done'])], {'tcode': t['code'], 'what': 'both'}))
    turns.append(mk_turn(style, rng.choice(['vậy còn thiếu bao nhiêu', 'còn thiếu bao nhiêu nữa', 'thế còn thiếu bn nữa mới đạt']), 'target', [],
                         [vn(t['target'] - t['done'])], {'tcode': t['code'], 'what': 'diff'}))
    turns.append(mk_turn(style, polite(rng.choice(['{M} tỉnh mình có lớp {T} nào không', 'có lớp {T} nào ở tỉnh mình {M} không']).replace('{M}', rng.choice(MONTH_PH[sp['month']])).replace('{T}', M(ph(TOPIC_PH, sp['topic'], style)))),
                         'course', e, [dfmt(c['start'])], dict(sp, mode='nearest', via_profile=True)))
    turns.append(mk_turn(style, rng.choice(['lớp đó học ở đâu', 'ở đâu vậy', 'địa điểm lớp đó?']), 'course', e,
                         [where_text(c)], {'ref': 'same'}))
    if rng.random() < 0.7:
        turns.append(mk_turn(style, rng.choice(REG), 'register', e, [], {'ref': 'same'}))
    did = 'D-%03d' % (len(dialogues) + 1)
    dialogues.append({'id': did, 'style': style, 'profile': prof, 'turns': [x[0] for x in turns]})
    dspecs[did] = [x[1] for x in turns]
    pb += 1

# Pattern C: course nearest -> thế tháng sau/another month -> when -> off_topic -> fact
pc = 0
cands = [(t, p) for t in topics for p in provs + areas]
rng.shuffle(cands)
fi = 0
for t, p in cands:
    if pc >= 11: break
    sp = dict(area_or_prov_spec(p), topic=t)
    e = E.robust_nearest(classes, sp)
    if not e or len(e) != 1 or not BY[e[0]]['start']: continue
    c = BY[e[0]]
    nm = None
    for m in ['2027-01', '2027-02', '2027-03', '2026-12']:
        if (c['start'].year, c['start'].month) == tuple(map(int, m.split('-'))): continue
        sp2 = dict(sp, month=m)
        e2 = E.robust_nearest(classes, sp2)
        if e2 and len(e2) == 1 and BY[e2[0]]['start']:
            nm = (sp2, e2); break
    if not nm: continue
    sp2, e2 = nm
    c2 = BY[e2[0]]
    style = dstyle()
    turns = []
    turns.append(mk_turn(style, fill(rng.choice(TPL_TP), sp, style), 'course', e, [dfmt(c['start'])], dict(sp, mode='nearest')))
    turns.append(mk_turn(style, rng.choice(NEXT_MONTH).replace('{M}', rng.choice(MONTH_PH[sp2['month']])), 'course', e2, [dfmt(c2['start'])], dict(sp2, mode='nearest')))
    turns.append(mk_turn(style, rng.choice(['lớp đó ở đâu', 'học chỗ nào vậy', 'địa điểm ở đâu']), 'course', e2, [where_text(c2)], {'ref': 'same'}))
    turns.append(mk_turn(style, OFFTOPIC[(pc * 7) % len(OFFTOPIC)], 'off_topic', [], [], {'off_topic': True}))
    fb, fe = FACTS[(pc * 3 + 1) % len(FACTS)]
    turns.append(mk_turn(style, fb, 'fact', [], fe, {'fact': True}))
    did = 'D-%03d' % (len(dialogues) + 1)
    dialogues.append({'id': did, 'style': style, 'turns': [x[0] for x in turns]})
    dspecs[did] = [x[1] for x in turns]
    pc += 1

# Pattern D: online list -> first -> register -> fact follow
pd = 0
for m in ['2026-12', '2027-01', '2027-02', '2027-03']:
    for t in [None] + topics:
        if pd >= 6: break
        sp = {'online': True, 'month': m}
        if t: sp['topic'] = t
        L = E.listing(classes, sp)
        if not L or not (2 <= len(L) <= 4): continue
        c = BY[L[0]]
        if not regable(c): continue
        style = dstyle()
        turns = []
        turns.append(mk_turn(style, polite(rng.choice(['{M} có những lớp trực tuyến nào', 'liệt kê lớp online {M}', 'các lớp học qua zoom {M}']).replace('{M}', rng.choice(MONTH_PH[m]))
                                    + ('' if not t else '')), 'course_list', L, [], dict(sp, mode='list')))
        turns.append(mk_turn(style, rng.choice(['lớp đầu tiên là của đơn vị nào', 'cái thứ nhất ai tổ chức', 'lớp đầu do ai tổ chức vậy']), 'course', [c['code']], [c['org_cell']], {'ref': 'list', 'ordinal': 1}))
        turns.append(mk_turn(style, rng.choice(WHEN), 'course', [c['code']], [dfmt(c['start'])], {'ref': 'same'}))
        turns.append(mk_turn(style, rng.choice(REG), 'register', [c['code']], [], {'ref': 'same'}))
        did = 'D-%03d' % (len(dialogues) + 1)
        dialogues.append({'id': did, 'style': style, 'turns': [x[0] for x in turns]})
        dspecs[did] = [x[1] for x in turns]
        pd += 1

# extra profiles: who is asking, consistent with the place the question names
for q in questions:
    sp = specs[q['id']]
    if 'profile' in q or q['kind'] != 'course' or sp.get('mode') != 'nearest' or not sp.get('prov') or sp.get('org'):
        continue
    if rng.random() < 0.25:
        q['profile'] = profile_for(sp['prov'], sp.get('area'))
with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in questions:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in dialogues:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(os.path.join(os.path.dirname(__file__), 'specs.json'), 'w', encoding='utf-8') as f:
    json.dump({'questions': specs, 'dialogues': dspecs}, f, ensure_ascii=False, indent=0)

from collections import Counter
print('questions', len(questions), Counter(q['kind'] for q in questions))
print('styles', Counter((q['kind'], q['style']) for q in questions))
print('profiles', sum(1 for q in questions if 'profile' in q))
print('dialogues', len(dialogues), 'turns', sum(len(d['turns']) for d in dialogues), Counter(len(d['turns']) for d in dialogues))
