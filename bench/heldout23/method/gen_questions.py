#!/usr/bin/env python3
"""Builds questions.jsonl, dialogues.jsonl and method/specs.jsonl.
Every expectation is computed with validate.py's reader and filters (derive_course / derive_target),
so what is written here is exactly what validate.py re-derives."""
import json, os, random, sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
import validate as V
from styles import render

R = random.Random(23)
CS, _, _ = V.read_courses()
BY = {c['code']: c for c in CS}
META = json.load(open(os.path.join(HERE, 'classes_meta.json'), encoding='utf-8'))
TS = V.read_targets()
STYLES = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']

CPH = {'NV': ['nghiệp vụ công đoàn', 'bồi dưỡng nghiệp vụ'], 'TLTT': ['thương lượng tập thể', 'đối thoại, thương lượng'],
       'ATVSLD': ['an toàn vệ sinh lao động', 'ATVSLĐ'], 'PL': ['pháp luật lao động', 'pháp luật'],
       'TCLD': ['tranh chấp lao động'], 'NC': ['nữ công'], 'TC': ['tài chính công đoàn', 'tài chính'],
       'KT': ['kiểm tra', 'UBKT'], 'TG': ['tuyên truyền', 'tuyên giáo'], 'PTDV': ['phát triển đoàn viên'],
       'CDS': ['chuyển đổi số'], 'GV': ['giảng viên kiêm chức'], 'VT': ['văn thư lưu trữ'], 'LLCT': ['lý luận chính trị']}
ROLES = {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'BCH': 'Ủy viên BCH CĐCS', 'UBKT': 'Ủy viên UBKT',
         'KETOAN': 'Kế toán CĐCS', 'NUCONG': 'Trưởng ban nữ công', 'TOTRUONG': 'Tổ trưởng công đoàn',
         'CCT': 'Cán bộ CĐ chuyên trách'}
ROLE_WORDS = {'CT': 'chủ tịch công đoàn cơ sở', 'PCT': 'phó chủ tịch công đoàn', 'BCH': 'ủy viên ban chấp hành',
              'UBKT': 'ủy viên ủy ban kiểm tra', 'KETOAN': 'kế toán công đoàn', 'NUCONG': 'ban nữ công',
              'TOTRUONG': 'tổ trưởng công đoàn', 'CCT': 'cán bộ công đoàn chuyên trách'}

PROV_UNIONS = {}
for c in CS:
    PROV_UNIONS.setdefault(c['prov'], set()).add(META[c['code']]['org_short'])

def profile_for(prov, role=None, union=None):
    if union is None:
        opts = sorted(u for u in PROV_UNIONS.get(prov, []) if not u.startswith('LĐLĐ'))
        union = R.choice(opts) if opts else 'LĐLĐ tỉnh %s' % prov
    return {'role': role or R.choice(list(ROLES.values())), 'province': prov, 'union': union}

def month_window(y, m):
    return [date(y, m, 1).isoformat(), V.month_end(y, m).isoformat()]

def month_phrase(y, m):
    if y == 2026:
        return R.choice(['tháng %d này' % m, 'tháng %d năm nay' % m, 'tháng %d/2026' % m])
    if y == 2027:
        return R.choice(['tháng %d năm sau' % m, 'tháng %d/2027' % m, 'tháng %d năm 2027' % m])
    return 'tháng %d/%d' % (m, y)

def home(p):
    return 'thành phố mình' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh mình'

def batch_phrase(c):
    k, n = c['batch']
    if k == 'khoa':
        return R.choice(['khóa %d' % n, 'khóa %s' % ['', 'I', 'II', 'III', 'IV'][n]])
    return {'dot': 'đợt %d', 'lop': 'lớp %d'}[k] % n

def place_of(c):
    m = META[c['code']]
    return m['area']

# ------------------------------------------------------------------ single-class questions
ASKS = {
    'when': ['{d} học ngày nào?', 'Cho hỏi {d} bắt đầu khi nào?', '{d} khai giảng hôm nào vậy?', '{d} tổ chức ngày mấy?'],
    'where': ['{d} học ở đâu?', 'Địa điểm {d} ở đâu ạ?', '{d} tổ chức tại đâu vậy?'],
    'days': ['{d} học mấy ngày?', '{d} kéo dài bao nhiêu ngày?', '{d} học trong mấy hôm?'],
    'deadline': ['Hạn đăng ký {d} đến bao giờ?', '{d} đăng ký đến hạn ngày nào?', '{d} hạn chót đăng ký là khi nào?'],
    'org': ['{d} do đơn vị nào tổ chức?', 'Ai tổ chức {d} vậy?', '{d} là của đơn vị nào?'],
    'mode': ['{d} học trực tuyến hay trực tiếp?', '{d} có học online không?'],
    'register': ['Cho mình đăng ký {d}.', 'Đăng ký giúp tôi {d} nhé.', 'Tôi muốn đăng ký {d}.'],
    'generic': ['Có thông tin {d} không?', 'Cho xin thông tin {d}.'],
    'newdate': ['{d} bị hoãn thì dời sang ngày nào?', '{d} hoãn rồi, lịch mới là ngày nào?'],
    'cancel': ['{d} còn tổ chức không?', '{d} có bị hủy không?'],
    'seats': ['{d} có bao nhiêu chỗ?', '{d} nhận bao nhiêu học viên?'],
}

def desc_and_filter(c, combo, use_profile):
    """Build a description and a filter for class c using the attributes in combo."""
    m = META[c['code']]
    f, parts, prof = {}, [], None
    word = R.choice(['lớp', 'lớp tập huấn', 'lớp', 'lớp bồi dưỡng' if c['topic'] in ('NV', 'LLCT', 'TC', 'GV') else 'lớp'])
    if 'concept' in combo:
        f['concept'] = c['topic']
        parts.append(R.choice(CPH[c['topic']]))
        if parts[-1].startswith('bồi dưỡng'):
            word = 'lớp'
    if 'tkw' in combo:
        f['tkw'] = combo['tkw']
        parts.append(combo['tkw'])
    if 'batch' in combo:
        f['batch'] = c['batch'][1]
        parts.append(batch_phrase(c))
    if 'org' in combo:
        f['org'] = combo['org']
        parts.append(R.choice(['của {%s}', 'do {%s} tổ chức']) % combo['org'])
    if 'venue' in combo:
        f['venue'] = m['venue_key']
        parts.append('ở {%s}' % m['venue_key'])
    if 'prov' in combo:
        f['prov'] = c['prov']
        if use_profile:
            prof = profile_for(c['prov'])
            parts.append(R.choice(['ở ', 'trong ', 'tại ']) + home(c['prov']))
        else:
            parts.append(R.choice(['ở {%s}', 'tại {%s}', '{%s}']) % c['prov'])
    if 'former' in combo:
        f['prov'] = c['prov']; f['former'] = m['area']
        parts.append(R.choice(['ở {%s}', 'bên {%s}', 'ở {%s} cũ', 'khu vực {%s}']) % m['area'])
    if 'month' in combo:
        s = V.span(c)[0] if not c['period'] else c['period'][0]
        f['window'] = month_window(s.year, s.month)
        parts.append(month_phrase(s.year, s.month))
    if 'online' in combo:
        f['mode'] = 'online'
        parts.append(R.choice(['học online', 'trực tuyến']))
    return word + ' ' + ' '.join(parts), f, prof

COMBOS = [['concept', 'prov', 'batch'], ['concept', 'former', 'batch'], ['concept', 'prov', 'month'],
          ['concept', 'former', 'month'], ['concept', 'venue'], ['concept', 'org'], ['concept', 'org', 'batch'],
          ['concept', 'prov'], ['concept', 'former'], ['concept', 'online', 'prov'], ['concept', 'org', 'month'],
          ['tkw', 'prov'], ['tkw', 'former'], ['tkw', 'org'], ['concept', 'batch', 'month'], ['concept', 'venue', 'month']]
TKW = {'TUOC': 'thỏa ước', 'FIRE': 'cháy nổ', 'TOTR': 'tổ trưởng', 'EDU': 'khối giáo dục', 'GV': 'giảng viên kiêm chức',
       'LLCT': 'lý luận chính trị'}

def applicable(c, combo):
    m = META[c['code']]
    if 'batch' in combo and not c['batch']:
        return False
    if 'month' in combo and c['status'] == 'postponed':
        return False
    if 'former' in combo and not m['area']:
        return False
    if 'tkw' in combo and m['template'] not in TKW:
        return False
    if 'org' in combo and m['org_type'] in ('prov',) and R.random() < 0.7:
        return False
    if 'online' in combo and c['mode'] == 'offline':
        return False
    if 'venue' in combo and META[c['code']]['venue_key'] in ONLINE_KEYS:
        return False
    return True

def org_frag(c):
    m = META[c['code']]
    short = m['org_short']
    for k in ('Samsung', 'Hosiden', 'Canon', 'Honda', 'Panasonic', 'LG Display', 'Apatit', 'Hyundai', 'Bạch Mai',
              'Việt Tiệp', 'Than Hà Lầm', 'Phả Lại', 'Dệt may Nam Định', 'HTX Đồng Tâm', 'Xi măng Yên Bái',
              'Xi măng Tân Quang', 'Giống bò sữa Mộc Châu', 'May Hưng Việt', 'Thủy điện Lai Châu', 'Phân bón Dầu khí Cà Mau'):
        if k in short:
            return k
    return short

ONLINE_KEYS = {'Zoom', 'Google Meet', 'hệ thống họp trực tuyến'}

def org_text(c):
    """A part of the organiser's name that any way of writing it keeps (no abbreviation)."""
    import re
    name = META[c['code']]['org_short']
    k = org_frag(c)
    if k != name:
        return k
    for w in ('Bệnh viện', 'Trường', 'Viện', 'Ban Tổ chức', 'Khu kinh tế'):
        if w in name:
            return name[name.index(w):]
    m = re.search(r'ngành (\S+ \S+)', name)
    if m:
        return 'ngành ' + m.group(1).replace(' tỉnh', '').replace(' thành', '').replace(' Hà', '')
    if 'Viên chức' in name:
        return name[name.index('Viên chức'):]
    m = re.search(r'(phường|xã|đặc khu) .*$', name)
    if m:
        return m.group(0)
    if 'Việt Nam' in name:
        return re.sub(r'^(CĐ|Công đoàn) ', '', name)
    m = re.search(r'(tỉnh|thành phố|khu vực|chế xuất) (.*)$', name)
    if m:
        return m.group(2)
    return name

def pick_ask(c, combo):
    opts = ['where', 'org', 'register', 'generic', 'mode']
    if c['status'] == 'cancelled':
        return 'cancel'
    if c['status'] == 'postponed' and c['newdate']:
        return 'newdate'
    if not c['period']:
        opts += ['when', 'when']
    if c['days_explicit']:
        opts += ['days', 'days']
    if c['deadline'] and c['deadline'] > V.NOW:
        opts += ['deadline', 'deadline']
    if c['seats'] and c['seats_plain']:
        opts.append('seats')
    if 'org' in combo:
        opts = [o for o in opts if o != 'org']
    if 'venue' in combo:
        opts = [o for o in opts if o != 'where']
    return R.choice(opts)

def text_for(ask, c):
    m = META[c['code']]
    if ask in ('when', 'newdate'):
        return [['start', None]]
    if ask == 'where':
        return [['venue', m['venue_key']]]
    if ask == 'days':
        return [['days', None]]
    if ask == 'deadline':
        return [['deadline', None]]
    if ask == 'org':
        return [['org', org_text(c)]]
    if ask == 'seats':
        return [['seats', None]]
    return []

def try_single(c, use_profile, scope_up, force_ask=None):
    combos = COMBOS[:]
    R.shuffle(combos)
    for combo in combos:
        if not applicable(c, combo):
            continue
        cb = {k: True for k in combo}
        if 'tkw' in combo:
            cb['tkw'] = TKW[META[c['code']]['template']]
        if 'org' in combo:
            cb['org'] = org_frag(c)
        if use_profile and 'prov' not in combo:
            continue
        d, f, prof = desc_and_filter(c, cb, use_profile)
        scope = 'up' if scope_up else 'all'
        if scope_up:
            d = d + R.choice([' sắp tới', ' sắp mở', ' tới đây'])
        spec = {'kind': 'course', 'mode': 'single', 'scope': scope, 'f': f}
        got, prob = V.derive_course(spec, CS)
        if prob or got != [c['code']]:
            continue
        ask = force_ask or pick_ask(c, combo)
        spec['text'] = text_for(ask, c)
        q = R.choice(ASKS[ask]).format(d=d).replace('tổ chức tổ chức', 'tổ chức').replace('tổ chức tổ chức', 'tổ chức')
        q = q[0].upper() + q[1:]
        return q, spec, prof
    return None

# ------------------------------------------------------------------ list questions
def list_specs():
    """Candidate list questions: (base text, spec, profile)."""
    out = []
    provs = sorted({c['prov'] for c in CS})
    dec = month_window(2026, 12)
    jan = month_window(2027, 1)
    week = ['2026-11-30', '2026-12-06']
    for p in provs:
        out.append(('Tháng sau có lớp tập huấn nào ở {%s} không?' % p, {'f': {'prov': p, 'window': dec}}, None))
        out.append(('Tháng sau %s có lớp nào không?' % home(p), {'f': {'prov': p, 'window': dec}}, profile_for(p)))
        out.append(('Tuần sau ở {%s} có lớp nào?' % p, {'f': {'prov': p, 'window': week}}, None))
        out.append(('Tháng 1 năm sau {%s} có những lớp gì?' % p, {'f': {'prov': p, 'window': jan}}, None))
        out.append(('Ở {%s} lớp nào còn hạn đăng ký?' % p, {'f': {'prov': p, 'regopen': True}}, None))
        out.append(('Lớp nào ở %s còn nhận đăng ký?' % home(p), {'f': {'prov': p, 'regopen': True}}, profile_for(p)))
        out.append(('{%s} có lớp học online nào sắp tới không?' % p, {'f': {'prov': p, 'mode': 'online'}}, None))
        for k, ph in CPH.items():
            out.append(('Có lớp %s nào ở {%s} không?' % (ph[0], p), {'f': {'prov': p, 'concept': k}}, None))
            out.append(('Sắp tới %s có lớp %s nào không?' % (home(p), ph[-1]), {'f': {'prov': p, 'concept': k}}, profile_for(p)))
        for role in ('CT', 'UBKT', 'KETOAN', 'NUCONG', 'TOTRUONG', 'BCH'):
            out.append(('Có lớp nào cho %s ở {%s} không?' % (ROLE_WORDS[role], p), {'f': {'prov': p, 'aud': role}}, None))
            out.append(('Có lớp nào dành cho %s như mình ở %s không?' % (ROLE_WORDS[role], home(p)), {'f': {'prov': p, 'aud': role}}, profile_for(p, ROLES[role])))
    for former, new in V.FORMER.items():
        out.append(('Ở {%s} có lớp tập huấn nào sắp tới?' % former, {'f': {'prov': new, 'former': former}}, None))
        out.append(('Tháng sau bên {%s} có lớp nào không?' % former, {'f': {'prov': new, 'former': former, 'window': dec}}, None))
        for k, ph in CPH.items():
            out.append(('Lớp %s ở {%s} cũ có không?' % (ph[0], former), {'f': {'prov': new, 'former': former, 'concept': k}}, None))
    for k, ph in CPH.items():
        out.append(('Có lớp %s nào học trực tuyến không?' % ph[0], {'f': {'concept': k, 'mode': 'online'}}, None))
        out.append(('Tháng sau có lớp %s nào không?' % ph[0], {'f': {'concept': k, 'window': dec}}, None))
        out.append(('Lớp %s cấp trung ương sắp tới có lớp nào?' % ph[0], {'f': {'concept': k, 'central': True}}, None))
    out.append(('Tháng sau có lớp tập huấn trực tuyến nào không?', {'f': {'mode': 'online', 'window': dec}}, None))
    out.append(('Các lớp toàn quốc do Tổng Liên đoàn, trường Đại học Công đoàn mở thì có những lớp nào?', {'f': {'central': True}}, None))
    out.append(('Lớp cấp trung ương nào còn nhận đăng ký?', {'f': {'central': True, 'regopen': True}}, None))
    for role in ROLES:
        out.append(('Lớp nào dành cho %s sắp tới?' % ROLE_WORDS[role], {'f': {'aud': role}}, None))
    orgs = sorted({(META[c['code']]['org_short'], c['prov']) for c in CS if META[c['code']]['org_type'] in ('company', 'hospital', 'school', 'kcn', 'ward', 'sector')})
    for o, p in orgs:
        out.append(('Công đoàn mình có lớp nào sắp tới không?', {'f': {'org': o}}, profile_for(p, union=o)))
        out.append(('{%s} có lớp tập huấn nào sắp tới?' % o, {'f': {'org': o}}, None))
    return out

# ------------------------------------------------------------------ targets
def unit_words(u):
    if u.startswith('LĐLĐ tỉnh '):
        p = u[len('LĐLĐ tỉnh '):]
        return [('{LĐLĐ tỉnh %s}' % p, p), ('{tỉnh %s}' % p, p), ('{Liên đoàn Lao động %s}' % p, p)]
    if u.startswith('LĐLĐ thành phố '):
        p = u[len('LĐLĐ thành phố '):]
        return [('{LĐLĐ thành phố %s}' % p, p), ('{LĐLĐ %s}' % p, p)]
    return [('{%s}' % u, u)]

TKWS = [('chủ tịch', 'bồi dưỡng chủ tịch CĐCS'), ('thương lượng', 'tập huấn thương lượng tập thể'),
        ('lớp tập huấn', 'số lớp tập huấn nghiệp vụ'), ('an toàn', 'huấn luyện an toàn vệ sinh lao động'),
        ('nữ công', 'bồi dưỡng nữ công'), ('tỷ lệ', 'tỷ lệ cán bộ không chuyên trách được tập huấn'),
        ('kiểm tra', 'bồi dưỡng nghiệp vụ kiểm tra'), ('tổ trưởng', 'tập huấn tổ trưởng công đoàn'),
        ('cán bộ công đoàn cơ sở', 'tập huấn cán bộ công đoàn cơ sở')]

def canon_unit(u):
    return u.replace('Liên đoàn Lao động', 'LĐLĐ')

YEARP = {2025: ['năm ngoái', 'năm 2025'], 2026: ['năm nay', 'năm 2026'], 2027: ['năm sau', 'năm 2027']}
TASK = {'target': ['Chỉ tiêu {k} {y} của {u} là bao nhiêu?', '{u} {y} giao chỉ tiêu {k} bao nhiêu?'],
        'done': ['{u} {y} đã {k} được bao nhiêu rồi?', 'Kết quả {k} {y} của {u} đạt bao nhiêu?'],
        'pct': ['{u} {y} {k} đạt bao nhiêu phần trăm kế hoạch?', 'Chỉ tiêu {k} {y} của {u} đạt mấy %?'],
        'remain': ['{u} {y} còn thiếu bao nhiêu so với chỉ tiêu {k}?', 'Chỉ tiêu {k} {y} của {u} còn thiếu bao nhiêu nữa?'],
        'both': ['{u} {y} có đạt chỉ tiêu {k} không?', 'Chỉ tiêu {k} {y} của {u} hoàn thành chưa?']}
TASK_P = {'target': ['Chỉ tiêu {k} {y} của {u} mình là bao nhiêu?'], 'done': ['{u} mình {y} {k} được bao nhiêu rồi?'],
          'pct': ['{u} mình {y} {k} đạt bao nhiêu % rồi?'], 'remain': ['{u} mình {y} còn thiếu bao nhiêu chỉ tiêu {k}?'],
          'both': ['{Y} {u} mình có đạt chỉ tiêu {k} không?']}

def target_candidates():
    out = []
    for t in TS:
        kw = next(((k, ph) for k, ph in TKWS if V.norm(k) in V.norm(t['content'])), None)
        if not kw:
            continue
        years = [t['y1']] if t['y1'] == t['y2'] else []
        for y in years:
            u = canon_unit(t['unit'])
            for ask in ('target', 'done', 'pct', 'remain', 'both'):
                a = ['target', 'done'] if ask == 'both' else [ask]
                if t['done'] is None and ask != 'target':
                    continue
                if t['measure'] == '%' and ask in ('pct', 'remain'):
                    continue
                if y >= 2027 and ask != 'target':
                    continue
                for uw, ufilter in unit_words(u):
                    spec = {'kind': 'target', 'f': {'unit': ufilter, 'year': y, 'kw': kw[0]}, 'ask': a}
                    got, prob = V.derive_target(spec, TS)
                    if prob:
                        continue
                    out.append((t, y, kw, ask, uw, spec, got))
    return out

# ------------------------------------------------------------------ facts & off-topic
FACTS = [
    ('000', 'Năm 2016 các cấp CĐ Thủ đô tổ chức được bao nhiêu lớp đào tạo, bồi dưỡng cán bộ theo kế hoạch?', ['33/33']),
    ('000', 'Năm 2016 lượt học viên tập huấn cán bộ CĐ ở {Hà Nội} đạt bao nhiêu phần trăm so với kế hoạch?', ['107%']),
    ('000', 'Trưởng ban Tổ chức {LĐLĐ Hà Nội} báo cáo kết quả đào tạo năm 2016 tên là gì?', ['Lê Xuân Trường']),
    ('000', '{Trường Trung cấp CĐ Hà Nội} năm 2016 tổ chức bao nhiêu lớp huấn luyện ATVSLĐ?', ['42']),
    ('000', 'Huấn luyện ATVSLĐ của {Trường Trung cấp CĐ Hà Nội} năm 2016 đạt bao nhiêu phần trăm kế hoạch?', ['102%']),
    ('000', 'Năm 2016 tổng số lượt cán bộ CĐ {Hà Nội} tham gia các lớp tập huấn bằng nguồn của quận, huyện, CĐ ngành là bao nhiêu?', ['38.386']),
    ('000', 'Phó Chủ tịch {LĐLĐ thành phố Hà Nội} phát biểu tại hội nghị tổng kết đào tạo 2016 là ai?', ['Phạm Bá Vĩnh']),
    ('000', 'Lớp kỹ năng tuyên truyền vận động phát triển đoàn viên {Hà Nội} phối hợp với Ban Tổ chức Tổng LĐLĐ mở năm 2016 có bao nhiêu cán bộ tham gia?', ['23']),
    ('000', '{LĐLĐ Hà Nội} triển khai kế hoạch đào tạo cán bộ CĐ giai đoạn nào tại hội nghị năm 2016?', ['2016-2018']),
    ('000', 'Đại hội XV Công đoàn {Thành phố Hà Nội} nhiệm kỳ nào?', ['2013-2018']),
    ('001', 'Toàn tỉnh {Lạng Sơn} có bao nhiêu cán bộ công đoàn chuyên trách?', ['74']),
    ('001', 'Số cán bộ công đoàn không chuyên trách của {Lạng Sơn} là bao nhiêu?', ['8.269']),
    ('001', 'Huyện {Chi Lăng} có bao nhiêu cán bộ công đoàn?', ['366']),
    ('001', 'Chủ tịch LĐLĐ huyện {Chi Lăng} là ai?', ['Hoàng Văn Dũng']),
    ('001', 'Chương trình nâng cao chất lượng hoạt động của CBCĐ của {LĐLĐ tỉnh Lạng Sơn} ban hành ngày 29/11/2013 là chương trình số mấy?', ['104/CTr-LĐLĐ']),
    ('001', 'Từ năm 2013 các cấp công đoàn {Lạng Sơn} đã tổ chức bao nhiêu lớp tập huấn, bồi dưỡng nghiệp vụ?', ['85']),
    ('001', 'Chủ tịch CĐCS {HTX Đồng Tâm} ở huyện Cao Lộc là ai?', ['Nguyễn Văn Kiên']),
    ('001', 'Số đoàn viên CĐCS {HTX Đồng Tâm} năm 2018 là bao nhiêu?', ['38']),
    ('001', 'Cuối năm 2017 {Lạng Sơn} có bao nhiêu phần trăm CĐCS vững mạnh?', ['85,4%']),
    ('001', 'Trưởng Ban Tổ chức {LĐLĐ tỉnh Lạng Sơn} trong bài về bồi dưỡng nghiệp vụ cán bộ là ai?', ['Hoàng Thị Oanh']),
    ('001', 'Tổng kinh phí các lớp tập huấn cho CBCĐ {Lạng Sơn} từ năm 2013 là bao nhiêu?', ['2,1 tỷ đồng']),
    ('001', 'Bao nhiêu phần trăm cán bộ CĐ không chuyên trách ở {Lạng Sơn} đã được bồi dưỡng lý luận, nghiệp vụ?', ['70%']),
    ('002', 'Năm 2020 LĐLĐ huyện {Mê Linh} phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức mấy lớp tập huấn?', ['2 lớp']),
    ('002', 'Các lớp tập huấn của LĐLĐ huyện {Mê Linh} năm 2020 có bao nhiêu lượt cán bộ, đoàn viên tham gia?', ['400']),
    ('002', 'Chủ đề năm 2020 mà LĐLĐ huyện {Mê Linh} thực hiện là gì?', ['Nâng cao chất lượng hoạt động của Công đoàn cơ sở']),
    ('002', 'Chương trình chủ đề năm của LĐLĐ huyện {Mê Linh} có bao nhiêu nhóm vấn đề?', ['7 nhóm']),
    ('003', 'Nghị quyết của Tổng Liên đoàn về nâng cao chất lượng đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2010-2020 là nghị quyết số mấy?', ['4a/NQ-TLĐ']),
    ('003', 'Chương trình 1644 của Tổng Liên đoàn ban hành ngày nào?', ['04/11/2013']),
    ('003', 'Lớp giảng viên kiêm chức của {LĐLĐ tỉnh Lạng Sơn} năm 2014 có bao nhiêu đồng chí tham gia?', ['25']),
    ('003', 'Ai khai mạc lớp tập huấn giảng viên kiêm chức công đoàn ở {Lạng Sơn}?', ['Trần Thị Kim Anh']),
    ('004', 'Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên và người lao động?', ['1464/CTr-TLĐ']),
    ('004', 'Kế hoạch của {LĐLĐ tỉnh Sóc Trăng} về nâng cao trình độ kỹ năng nghề nghiệp là kế hoạch số mấy?', ['53/KH-LĐLĐ']),
    ('004', '{Sóc Trăng} giai đoạn 2013-2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn nghiệp vụ?', ['23.339']),
    ('004', 'Tỷ lệ đoàn viên, người lao động {Sóc Trăng} được học tập nâng cao trình độ, kỹ năng nghề nghiệp đạt bao nhiêu?', ['61,23%']),
    ('004', 'Bao nhiêu cán bộ công đoàn cơ sở {Sóc Trăng} đã được bồi dưỡng nghiệp vụ, đạt tỷ lệ bao nhiêu?', ['8.891/9.074', '97,9%']),
    ('004', '{LĐLĐ tỉnh Sóc Trăng} phối hợp với trường đại học nào mở lớp quản lý nhà nước chương trình chuyên viên chính?', ['Tôn Đức Thắng']),
    ('004', '{Sóc Trăng} mở 5 lớp bồi dưỡng nghiệp vụ cho bao nhiêu chủ tịch công đoàn cơ sở?', ['746']),
    ('004', 'Các cấp công đoàn {Sóc Trăng} đã triển khai bao nhiêu cuộc tuyên truyền về nâng cao trình độ, kỹ năng nghề?', ['1.250']),
    ('004', 'Phó Chủ tịch {LĐLĐ tỉnh Sóc Trăng} viết bài về nâng cao trình độ đoàn viên là ai?', ['Lục Bích Phúc']),
    ('004', 'LĐLĐ huyện, thị xã, CĐ ngành ở {Sóc Trăng} đã mở bao nhiêu lớp tập huấn nghiệp vụ công đoàn?', ['48 lớp']),
    ('001', 'Nhiệm kỳ 2018-2023 {Lạng Sơn} có bao nhiêu cán bộ công đoàn lần đầu tham gia ban chấp hành?', ['3.500']),
    ('004', 'Có bao nhiêu cán bộ, công chức {Sóc Trăng} học nâng cao trình độ ứng dụng công nghệ thông tin?', ['14.581']),
]
SEEDFILES = {k[:3]: k for k in V.read_seeds()}

OFF = [
    'Đoàn phí công đoàn năm 2027 đóng bao nhiêu phần trăm lương?', 'Lịch nghỉ Tết Nguyên đán 2027 của công nhân được mấy ngày?',
    'Lương tối thiểu vùng ở {Bắc Ninh} năm 2027 là bao nhiêu?', 'Rút BHXH một lần cần giấy tờ gì?',
    'Giải bóng đá công nhân KCN {Quế Võ} năm nay bao giờ đá?', 'Thời tiết {Lào Cai} tuần này có rét đậm không?',
    'Chào ad, cho mình hỏi cách chuyển sinh hoạt công đoàn khi đổi công ty?', 'Công đoàn có hỗ trợ tiền khi đoàn viên ốm đau không?',
    'Mức trợ cấp thai sản năm 2027 là bao nhiêu?', 'Xin mẫu báo cáo tổng kết công đoàn cơ sở năm 2026',
    'Hôm nay giá vàng bao nhiêu?', 'Chào buổi sáng, chúc ad một ngày vui vẻ nhé',
    'Tổ chức Tết Sum vầy cho công nhân cần những thủ tục gì?', 'Chủ tịch công đoàn cơ sở có được hưởng phụ cấp trách nhiệm không?',
    'Kinh phí công đoàn 2% doanh nghiệp đóng vào tài khoản nào?', 'Cách tính lương làm thêm giờ ngày lễ thế nào?',
    'Ngày 20/10 công đoàn nên tặng quà gì cho chị em?', 'Công ty nợ lương 2 tháng thì công nhân phải làm gì?',
    'Số tổng đài tư vấn pháp luật của công đoàn là bao nhiêu?', 'Đăng ký mua nhà ở xã hội cho công nhân ở {Bắc Giang} thế nào?',
    'Xin chào, bạn là ai vậy?', 'Cảm ơn ad nhiều nhé, hẹn gặp lại',
    'Hội thao công nhân viên chức {Hải Phòng} năm 2027 có môn gì?', 'Trường Đại học Công đoàn tuyển sinh năm 2027 điểm chuẩn bao nhiêu?',
    'Chế độ nghỉ hưu trước tuổi năm 2027 thế nào?', 'Bảo hiểm thất nghiệp được hưởng mấy tháng?',
    'Mái ấm công đoàn hỗ trợ xây nhà bao nhiêu tiền?', 'Giúp mình viết bài phát biểu khai mạc đại hội công đoàn cơ sở',
    'Tháng công nhân năm 2027 có chủ đề gì?', 'Đi du lịch {Sa Pa} tháng 12 có lạnh không?',
    'Ad ơi cho mình xin số điện thoại chủ tịch LĐLĐ tỉnh', 'Hạn nộp báo cáo quyết toán tài chính công đoàn năm 2026 là ngày nào?',
    'Công nhân bị tai nạn trên đường đi làm có được bồi thường không?', 'Giá vé xe khách {Hà Giang} đi Hà Nội bao nhiêu?',
    'Thủ tục kết nạp đoàn viên công đoàn mới gồm những gì?', 'Ngày 28/7 thành lập Công đoàn Việt Nam năm nay kỷ niệm bao nhiêu năm?',
    'Cách cài Zalo trên điện thoại mới thế nào?', 'Chúc mừng năm mới công đoàn, năm nay thưởng Tết bao nhiêu?',
    'Luật Công đoàn 2024 có hiệu lực từ ngày nào?', 'Tỉnh mình hôm nay có mưa không?', 'Quy định mức chi thăm hỏi đoàn viên ốm đau là bao nhiêu?',
    'Hello bot, tối nay có xem bóng đá không?',
]

# ------------------------------------------------------------------ build
def main():
    questions, specs = [], []
    counter = [0]

    def add(q, kind, style, expect, texts, spec, prof=None):
        counter[0] += 1
        qid = 'B23-Q%03d' % counter[0]
        rec = {'id': qid, 'q': render(q, style, R), 'style': style, 'kind': kind, 'expect': expect, 'expect_text': texts}
        if prof:
            rec['profile'] = prof
            sp = dict(spec); sp['from_profile'] = {'province': prof['province']}
            if 'union' in spec.get('_pu', {}):
                sp['from_profile']['union'] = prof['union']
            spec = sp
        spec = {k: v for k, v in spec.items() if not k.startswith('_')}
        spec['id'] = qid
        questions.append(rec); specs.append(spec)

    style_cycle = lambda n: [STYLES[i % 5] for i in range(n)]

    # ---- single-class course questions (~125)
    cands = [c for c in CS]
    R.shuffle(cands)
    singles, used = [], set()
    for c in cands:
        if len(singles) >= 125:
            break
        st = V.state(c)
        scope_up = st == 'up' and R.random() < 0.35
        use_prof = R.random() < 0.3
        r = try_single(c, use_prof, scope_up) or (try_single(c, False, False) if use_prof else None)
        if r:
            singles.append((c, r))
    sty = style_cycle(len(singles)); R.shuffle(sty)
    for (c, (q, spec, prof)), s in zip(singles, sty):
        got, _ = V.derive_course(spec, CS)
        texts = [V.course_text(tuple(i), BY[got[0]])[0] for i in spec['text']]
        add(q, 'course', s, got, texts, spec, prof)

    # ---- list course questions (~78)
    ls = list_specs()
    R.shuffle(ls)
    picked, seen_f = [], set()
    nprof = 0
    for q, sp, prof in ls:
        if len(picked) >= 78:
            break
        spec = {'kind': 'course', 'mode': 'list', 'scope': 'up', 'f': sp['f']}
        got, prob = V.derive_course(spec, CS)
        if prob or len(got) > 20:
            continue
        key = json.dumps(sp['f'], sort_keys=True)
        if key in seen_f:
            continue
        if prof and nprof >= 30:
            continue
        seen_f.add(key)
        nprof += bool(prof)
        if prof and 'org' in sp['f']:
            spec['_pu'] = {'union': True}
        picked.append((q, spec, prof, got))
    sty = style_cycle(len(picked)); R.shuffle(sty)
    for (q, spec, prof, got), s in zip(picked, sty):
        add(q, 'course', s, got, [], spec, prof)

    # ---- targets (50)
    tc = target_candidates()
    R.shuffle(tc)
    tpicked, seen_t = [], set()
    for t, y, kw, ask, uw, spec, got in tc:
        key = (t['code'], ask)
        if key in seen_t or sum(1 for x in tpicked if x[0]['code'] == t['code']) >= 2:
            continue
        seen_t.add(key)
        tpicked.append((t, y, kw, ask, uw, spec, got))
        if len(tpicked) >= 52:
            break
    sty = style_cycle(len(tpicked)); R.shuffle(sty)
    for i, ((t, y, kw, ask, uw, spec, got), s) in enumerate(zip(tpicked, sty)):
        yp = R.choice(YEARP[y])
        prof = None
        u = canon_unit(t['unit'])
        if i % 4 == 0 and u.startswith('LĐLĐ'):
            p = uw.strip('{}').split(' ', 2)[-1] if False else spec['f']['unit']
            prov = next((pp for pp in V.PROVINCES if V.norm(pp) in V.norm(u)), None)
            if prov:
                prof = profile_for(prov)
                q = R.choice(TASK_P[ask]).format(k=kw[1], y=yp, Y=yp.capitalize(), u=home(prov).split()[0] if home(prov).startswith('thành') else 'tỉnh')
                q = q.replace('thành mình', 'thành phố mình')
                spec = dict(spec); spec['f'] = dict(spec['f']); spec['f']['unit'] = prov
                got2, prob = V.derive_target(spec, TS)
                if prob:
                    prof = None
                else:
                    got = got2
        if i % 4 == 2 and not u.startswith('LĐLĐ'):
            prov = next((c['prov'] for c in CS if META[c['code']]['org_short'] == u), None)
            if prov:
                prof = profile_for(prov, union=u)
                q = R.choice(TASK_P[ask]).format(k=kw[1], y=yp, Y=yp.capitalize(), u=R.choice(['công đoàn', 'đơn vị']))
                spec = dict(spec); spec['_pu'] = {'union': True}
        if not prof:
            q = R.choice(TASK[ask]).format(k=kw[1], y=yp, u=uw)
        q = q[0].upper() + q[1:]
        add(q, 'target', s, [], got, spec, prof)

    # ---- facts (42)
    sty = style_cycle(len(FACTS)); R.shuffle(sty)
    for (seed, q, texts), s in zip(FACTS, sty):
        prof = None
        add(q, 'fact', s, [], texts, {'kind': 'fact', 'seed': SEEDFILES[seed]})

    # ---- off topic (42)
    sty = style_cycle(len(OFF)); R.shuffle(sty)
    for i, (q, s) in enumerate(zip(OFF, sty)):
        prof = None
        if i % 4 == 1:
            p = R.choice(sorted(PROV_UNIONS))
            prof = profile_for(p)
        rec_spec = {'kind': 'off_topic'}
        if prof:
            rec_spec['from_profile'] = {'province': prof['province']}
        add(q, 'off_topic', s, [], [], rec_spec, None)
        if prof:
            questions[-1]['profile'] = prof; specs[-1]['from_profile'] = {'province': prof['province']}

    dialogues, dspecs = build_dialogues()
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for q in questions:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
        for d in dialogues:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'specs.jsonl'), 'w', encoding='utf-8') as f:
        for s in specs + dspecs:
            f.write(json.dumps(s, ensure_ascii=False) + '\n')

# ------------------------------------------------------------------ dialogues
def course_turn(q, kind, spec):
    got, prob = V.derive_course(spec, CS)
    if prob:
        return None
    texts = [V.course_text(tuple(i), BY[got[0]])[0] for i in spec.get('text', [])]
    if None in texts:
        return None
    return {'q': q, 'expect': {'kind': kind, 'codes': got, 'text': texts}}, dict(spec, kind=kind), got

def ord_turn(q, kind, lists, j, k, text):
    lst = lists[j]
    if not lst or k >= len(lst):
        return None
    c = BY[lst[k]]
    texts = [V.course_text(tuple(i), c)[0] for i in text]
    if None in texts:
        return None
    return {'q': q, 'expect': {'kind': kind, 'codes': [lst[k]], 'text': texts}}, {'kind': kind, 'ordinal': [j, k], 'text': text}, [lst[k]]

def lspec(f, ordered=True):
    return {'kind': 'course', 'mode': 'list', 'scope': 'up', 'f': f, 'ordered': ordered}

def tgt_turn(q, f, ask):
    spec = {'kind': 'target', 'f': f, 'ask': ask}
    got, prob = V.derive_target(spec, TS)
    if prob:
        return None
    return {'q': q, 'expect': {'kind': 'target', 'codes': [], 'text': got}}, spec, None

def fact_turn(q, seed, texts):
    return {'q': q, 'expect': {'kind': 'fact', 'codes': [], 'text': texts}}, {'kind': 'fact', 'seed': SEEDFILES[seed]}, None

def off_turn(q):
    return {'q': q, 'expect': {'kind': 'off_topic', 'codes': [], 'text': []}}, {'kind': 'off_topic'}, None

def days_or_when(c):
    if c['days_explicit']:
        return 'days', [['days', None]]
    return 'when', [['start', None]]

def build_dialogues():
    provs = sorted({c['prov'] for c in CS})
    dec = month_window(2026, 12)
    out, dspecs = [], []
    attempts = 0
    plans = []
    for pl, n in (('A', 6), ('B', 6), ('C', 5), ('D', 5), ('E', 5), ('F', 6), ('G', 6)):
        plans += [pl] * n
    used_keys = set()
    by_concept_ok = {}
    for k in CPH:
        by_concept_ok[k] = [p for p in provs if not V.derive_course(lspec({'prov': p, 'concept': k}), CS)[1]]
    facts_chain = [
        [('001', 'số cán bộ công đoàn ở huyện {Chi Lăng} là bao nhiêu', ['366']), ('001', 'trong đó bao nhiêu người không chuyên trách', ['363']),
         ('001', 'thế chủ tịch LĐLĐ huyện đó là ai', ['Hoàng Văn Dũng'])],
        [('000', 'Năm 2016 {Hà Nội} tổ chức được bao nhiêu lớp tập huấn cán bộ CĐ', ['33/33']),
         ('000', 'học viên thì đạt bao nhiêu phần trăm kế hoạch', ['107%']), ('000', 'còn huấn luyện ATVSLĐ của trường trung cấp CĐ thì mấy lớp', ['42'])],
        [('004', 'ở {Sóc Trăng} bao nhiêu cán bộ CĐCS được bồi dưỡng nghiệp vụ', ['8.891/9.074']),
         ('004', 'tỷ lệ là bao nhiêu', ['97,9%']), ('004', 'ai viết bài đó', ['Lục Bích Phúc'])],
        [('003', '{Lạng Sơn} mở lớp giảng viên kiêm chức cho bao nhiêu người', ['25']),
         ('003', 'ai khai mạc lớp đó', ['Trần Thị Kim Anh']), ('003', 'lớp đó thực hiện nghị quyết số mấy của Tổng LĐ', ['4a/NQ-TLĐ'])],
        [('002', 'năm 2020 LĐLĐ huyện {Mê Linh} mở mấy lớp tập huấn', ['2 lớp']), ('002', 'được bao nhiêu lượt người', ['400']),
         ('002', 'phối hợp với đơn vị nào', ['Trung tâm Bồi dưỡng chính trị huyện'])],
        [('001', 'cuối 2017 {Lạng Sơn} có bao nhiêu CĐCS vững mạnh', ['1.238']), ('001', 'đạt bao nhiêu phần trăm', ['85,4%']),
         ('001', 'tăng bao nhiêu so với năm 2013', ['8,8%'])],
    ]
    fc_i = 0
    queue = []
    for plan in plans:
        queue += [plan] * 80
    done_per = {}
    quota = {}
    for pl in plans:
        quota[pl] = quota.get(pl, 0) + 1
    for plan in queue:
        if done_per.get(plan, 0) >= quota[plan]:
            continue
        style = STYLES[len(out) % 5]
        turns, prof = [], None
        lists = []
        def push(t):
            if t is None:
                raise ValueError
            turns.append(t); lists.append(t[2])
        try:
            if plan == 'A':
                k = R.choice([k for k in CPH if len(by_concept_ok[k]) >= 2])
                pa, pb = R.sample(by_concept_ok[k], 2)
                ph = R.choice(CPH[k])
                push(course_turn('có lớp %s nào ở {%s} không' % (ph, pa), 'course_list', lspec({'prov': pa, 'concept': k})))
                if len(lists[0]) < 2: raise ValueError
                c = BY[lists[0][1]]
                a, txt = days_or_when(c)
                push(ord_turn({'days': 'cái thứ 2 học mấy hôm', 'when': 'lớp thứ hai học ngày nào'}[a], 'course', lists, 0, 1, txt))
                push(ord_turn(R.choice(['ở đâu vậy', 'lớp đó học ở đâu']), 'course', lists, 0, 1, [['venue', META[c['code']]['venue_key']]]))
                push(course_turn('thế còn ở {%s}?' % pb, 'course_list', lspec({'prov': pb, 'concept': k})))
                push(ord_turn('đăng ký giúp mình lớp đầu', 'register', lists, 3, 0, []))
                if not V.derive_target({'f': {'unit': pa, 'year': 2025}, 'ask': ['target', 'done']}, TS)[1]:
                    prof = profile_for(pa)
                    push(tgt_turn('năm ngoái %s đạt chỉ tiêu ko' % home(pa), {'unit': pa, 'year': 2025}, ['target', 'done']))
            elif plan == 'B':
                c = R.choice([c for c in CS if V.state(c) == 'up' and not c['period'] and c['deadline'] and c['deadline'] > V.NOW and c['status'] == 'open'])
                r = try_single(c, False, False, force_ask='when')
                if not r: raise ValueError
                q, spec, _ = r
                push(course_turn(q, 'course', spec))
                push(course_turn(R.choice(['hạn đăng ký đến bao giờ', 'đăng ký đến hạn nào']), 'course', dict(spec, text=[['deadline', None]])))
                push(course_turn(R.choice(['học online dc ko', 'lớp này có học trực tuyến không']), 'course', dict(spec, text=[])))
                if c['days_explicit'] and R.random() < 0.5:
                    push(course_turn('mấy ngày vậy', 'course', dict(spec, text=[['days', None]])))
                push(course_turn(R.choice(['cho mình đăng ký lớp này', 'ok đăng ký cho tôi nhé']), 'register', dict(spec, text=[])))
            elif plan == 'C':
                p = R.choice(provs)
                use_prof = R.random() < 0.5
                if use_prof:
                    prof = profile_for(p)
                push(course_turn('tháng sau %s có lớp nào' % (home(p) if use_prof else 'ở {%s}' % p), 'course_list', lspec({'prov': p, 'window': dec}, ordered=False)))
                push(course_turn(R.choice(['thế tháng sau nữa?', 'còn tháng 1 thì sao']), 'course_list', lspec({'prov': p, 'window': month_window(2027, 1)})))
                c = BY[lists[1][0]]
                push(ord_turn('lớp đầu tiên học ở đâu', 'course', lists, 1, 0, [['venue', META[c['code']]['venue_key']]]))
                a, txt = days_or_when(c)
                push(ord_turn({'days': 'học mấy ngày', 'when': 'bắt đầu ngày nào'}[a], 'course', lists, 1, 0, txt))
                push(ord_turn('ok đăng ký lớp đó cho mình', 'register', lists, 1, 0, []))
            elif plan == 'D':
                t = R.choice([t for t in TS if t['y1'] == t['y2'] == 2026 and t['done'] is not None])
                kw = next(((k, ph) for k, ph in TKWS if V.norm(k) in V.norm(t['content'])), None)
                if not kw: raise ValueError
                u = canon_unit(t['unit'])
                uw, uf = R.choice(unit_words(u))
                push(tgt_turn('chỉ tiêu %s năm nay của %s là bao nhiêu' % (kw[1], uw), {'unit': uf, 'year': 2026, 'kw': kw[0]}, ['target']))
                push(tgt_turn(R.choice(['đã đạt bao nhiêu rồi', 'được bao nhiêu rồi']), {'unit': uf, 'year': 2026, 'kw': kw[0]}, ['done']))
                push(tgt_turn('năm ngoái thì sao', {'unit': uf, 'year': 2025, 'kw': kw[0]}, ['target', 'done']))
                prov = next((pp for pp in V.PROVINCES if V.norm(pp) in V.norm(u)), None) or \
                    next((c['prov'] for c in CS if META[c['code']]['org_short'] == u), None)
                k = {'chủ tịch': 'NV', 'thương lượng': 'TLTT', 'an toàn': 'ATVSLD', 'nữ công': 'NC', 'kiểm tra': 'KT',
                     'tổ trưởng': 'NV', 'cán bộ công đoàn cơ sở': 'NV', 'lớp tập huấn': 'NV', 'tỷ lệ': 'NV'}[kw[0]]
                push(course_turn('có lớp %s nào sắp tới ở {%s} để cử người đi học không' % (CPH[k][0], prov), 'course_list', lspec({'prov': prov, 'concept': k}, ordered=False)))
            elif plan == 'E':
                greet = R.choice(['chào ad, sáng nay lạnh quá', 'xin chào, ad khỏe không', 'hi bot, chúc tuần mới vui vẻ'])
                push(off_turn(greet))
                k = R.choice(list(CPH)); p = R.choice(provs)
                push(course_turn('có lớp %s ở {%s} ko' % (CPH[k][0], p), 'course_list', lspec({'prov': p, 'concept': k})))
                c = BY[lists[1][0]]
                push(ord_turn('lớp đầu do ai tổ chức', 'course', lists, 1, 0, [['org', org_text(c)]]))
                seed, q, texts = R.choice(FACTS)
                push(off_turn(R.choice(['à mà đoàn phí năm nay đóng bao nhiêu', 'tiện hỏi lương tối thiểu vùng năm sau tăng chưa', 'cuối tuần có đá bóng không ad'])))
                push(fact_turn(q, seed, texts))
            elif plan == 'F':
                chain = facts_chain[fc_i % len(facts_chain)]; fc_i += 1
                for seed, q, texts in chain:
                    push(fact_turn(q, seed, texts))
                p = {'001': 'Lạng Sơn', '003': 'Lạng Sơn', '000': 'Hà Nội', '004': None, '002': 'Hà Nội'}[chain[0][0]]
                if p:
                    k = R.choice(['NV', 'GV', 'TLTT', 'NC', 'ATVSLD', 'PL'])
                    push(course_turn('thế sắp tới ở {%s} có lớp %s nào không' % (p, CPH[k][0]), 'course_list', lspec({'prov': p, 'concept': k}, ordered=False)))
                else:
                    push(off_turn('cảm ơn nhé, mà lương tối thiểu vùng năm sau bao nhiêu'))
            elif plan == 'G':
                c = R.choice([c for c in CS if META[c['code']]['area'] and V.state(c) == 'up' and not c['period']])
                former = META[c['code']]['area']; new = c['prov']
                spec = {'kind': 'course', 'mode': 'single', 'scope': 'up', 'f': {'prov': new, 'former': former, 'concept': c['topic']}}
                if c['batch']:
                    spec['f']['batch'] = c['batch'][1]
                got, prob = V.derive_course(spec, CS)
                if prob: raise ValueError
                bp = (' ' + batch_phrase(c)) if c['batch'] else ''
                push(course_turn('lớp %s%s ở {%s} sắp tới học ở đâu' % (R.choice(CPH[c['topic']]), bp, former), 'course',
                                 dict(spec, text=[['venue', META[c['code']]['venue_key']]])))
                a, txt = days_or_when(c)
                push(course_turn({'days': 'mấy ngày', 'when': 'ngày nào học'}[a], 'course', dict(spec, text=txt)))
                others = [f2 for f2, n2 in V.FORMER.items() if n2 != new]
                R.shuffle(others)
                for f2 in others:
                    t = course_turn('còn ở {%s}?' % f2, 'course_list', lspec({'prov': V.FORMER[f2], 'former': f2, 'concept': c['topic']}, ordered=False))
                    if t: break
                push(t)
                push(course_turn('thôi đăng ký cho mình lớp ở %s lúc nãy' % former, 'register', dict(spec, text=[])))
        except (ValueError, IndexError, StopIteration):
            continue
        if not 4 <= len(turns) <= 6:
            continue
        key = json.dumps([t[1] for t in turns if t[1]['kind'] != 'off_topic'][:2], sort_keys=True, ensure_ascii=False) + (turns[0][0]['q'] if plan == 'F' else '')
        if key in used_keys:
            continue
        used_keys.add(key)
        done_per[plan] = done_per.get(plan, 0) + 1
        if plan == 'A' and len(turns) == 5 and R.random() < 0.5:
            pass
        did = 'B23-D%02d' % (len(out) + 1)
        rec = {'id': did, 'style': style}
        if prof:
            rec['profile'] = prof
        rec['turns'] = [{'q': render(t[0]['q'], style, R), 'expect': t[0]['expect']} for t in turns]
        sp = {'id': did, 'turns': [t[1] for t in turns]}
        if prof:
            sp['from_profile'] = {'province': prof['province']}
        out.append(rec); dspecs.append(sp)
    return out, dspecs

if __name__ == '__main__':
    main()
