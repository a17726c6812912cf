# -*- coding: utf-8 -*-
"""Generate questions.jsonl and dialogues.jsonl from method/truth.json (written by gen_data.py).
Also writes method/qmeta.json: the structured filter behind every course expectation, so validate.py
can recompute it from the CSV. Standard library only, fixed seed."""
import json, random, datetime as dt, os, itertools, unicodedata, re

random.seed(36)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
D = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
NOW = dt.datetime(2026, 11, 23, 9, 0)
P = lambda s: dt.datetime.strptime(s, '%Y-%m-%d %H:%M') if s else None
C = D['classes']
for c in C:
    for k in ('start', 'end', 'deadline', 'new_start'):
        c[k] = P(c.get(k))
    if c['new_start']:
        c['new_start'] = c['new_start'].replace(hour=c['start'].hour, minute=c['start'].minute)
BY = {c['code']: c for c in C}
T = D['targets']
ORGS = {o['k']: o for o in D['orgs']}

def state(c):
    st = c['status']
    if st == 'Đã hủy': return 'cancelled'
    if st == 'Đã kết thúc' or c['end'] < NOW: return 'finished'
    if st == 'Tạm hoãn': return 'postponed' if c['new_start'] else 'postponed_nodate'
    if c['tentative']: return 'tentative'
    if c['start'] <= NOW: return 'underway'
    return 'upcoming'
def eff(c): return c['new_start'] or c['start']
def is_up(c): return state(c) in ('upcoming', 'postponed', 'tentative')
def is_open(c): return state(c) == 'upcoming' and c['status'] == 'Mở đăng ký' and (c['deadline'] is None or c['deadline'] >= NOW)
def months_of(c, effective=False):
    if c['tentative'] and c['tentative'][0] == 'q': return {(2027, 4), (2027, 5), (2027, 6)}
    s = eff(c) if effective else c['start']
    return {(s.year, s.month)}
FORMER_KW = {'Hải Dương': ['Hải Dương cũ', 'Chí Linh cũ'], 'Thái Bình': ['Thái Bình cũ', 'Tiền Hải cũ'], 'Hà Nam': ['Phủ Lý cũ', 'Duy Tiên cũ'],
             'Nam Định': ['Nam Định cũ', 'Hải Hậu cũ'], 'Bắc Giang': ['Bắc Giang cũ', 'Lục Ngạn cũ', 'Việt Yên cũ'], 'Vĩnh Phúc': ['Vĩnh Yên cũ'], 'Hòa Bình': ['Hòa Bình cũ']}
def former_of(c):
    for k, kws in FORMER_KW.items():
        if any(w in c['venue'] for w in kws): return k
    return None
VENUE_KW = ['Đình Vũ', 'Nam Cầu Kiền', 'Đại An', 'Quế Võ', 'Yên Phong', 'VSIP Bắc Ninh', 'Quang Châu', 'Nghi Sơn', 'Lễ Môn', 'VSIP Nghệ An', 'Vũng Áng',
            'Phố Nối', 'Đồng Văn', 'Tân Vũ', 'Hà Lầm', 'Mông Dương', 'Cái Lân', 'Hồng Gai', 'Cẩm Phả', 'Móng Cái', 'Uông Bí', 'Bỉm Sơn', 'Sầm Sơn',
            'Chí Linh', 'Mê Linh', 'Kiến Thụy', 'Hải Hậu', 'Lục Ngạn', 'Sầm Sơn', 'Thủy Nguyên', 'Hoàng Mai']

def match(c, f, effective=False):
    for k, v in f.items():
        if k == 'topic' and c['tkey'] != v: return False
        if k == 'aud' and v not in c['aud']: return False
        if k == 'prov' and c['prov'] != v: return False
        if k == 'former' and former_of(c) != v: return False
        if k == 'venue' and v not in c['venue']: return False
        if k == 'month' and tuple(v) not in months_of(c, effective): return False
        if k == 'online' and c['form'] != 'on': return False
        if k == 'evening' and c['session'] != 'evening': return False
        if k == 'weekend' and c['session'] != 'weekend': return False
        if k == 'org' and c['orgk'] != v: return False
        if k == 'dot' and c.get('dot') != v: return False
        if k == 'national' and c['kind'] != 'nganh': return False
    return True

def list_for(f):
    """upcoming matching classes nearest first, or None if ambiguous"""
    base = {k: v for k, v in f.items() if k != 'month'}
    if 'online' in f and any(match(c, base) and c['form'] == 'kh' and is_up(c) for c in C if True):
        pass  # blended classes are not 'online only'; accepted
    res = [c for c in C if is_up(c) and match(c, f, True)]
    if 'month' in f:
        for c in C:
            if match(c, base) and c['status'] == 'Tạm hoãn': 
                if tuple(f['month']) in months_of(c) or (c['new_start'] and tuple(f['month']) in months_of(c, True)): return None
            if match(c, base) and c['tentative'] and c['tentative'][0] == 'q' and tuple(f['month']) in months_of(c): return None
    res.sort(key=lambda c: (eff(c), c['code']))
    keys = [eff(c) for c in res]
    if len(set(keys)) != len(keys): return None
    # tentative month classes must not share a month with another member
    for c in res:
        if c['tentative']:
            for d in res:
                if d is not c and months_of(d, True) & months_of(c, True): return None
    return res

def dmy(d): return d.strftime('%d/%m/%Y')

# ---------- phrases (with diacritics) ----------
TOP = {'NV': ['nghiệp vụ công đoàn', 'bồi dưỡng nghiệp vụ'], 'TL': ['thương lượng tập thể', 'đối thoại thương lượng'], 'AT': ['an toàn vệ sinh lao động', 'ATVSLĐ'],
       'PL': ['pháp luật lao động', 'tư vấn pháp luật'], 'TC': ['tranh chấp lao động', 'giải quyết tranh chấp'], 'NC': ['nữ công', 'bình đẳng giới'],
       'TCD': ['tài chính công đoàn', 'kế toán công đoàn'], 'KT': ['công tác kiểm tra', 'kiểm tra công đoàn'], 'TG': ['tuyên truyền', 'tuyên giáo'],
       'PT': ['phát triển đoàn viên', 'thành lập công đoàn cơ sở'], 'CDS': ['chuyển đổi số', 'tin học'], 'GV': ['giảng viên kiêm chức', 'kỹ năng giảng dạy']}
AUD = {'Chủ tịch CĐCS': ['chủ tịch công đoàn cơ sở', 'chủ tịch CĐCS'], 'Phó chủ tịch CĐCS': ['phó chủ tịch công đoàn cơ sở', 'phó chủ tịch CĐCS'],
       'Ủy viên BCH công đoàn': ['ủy viên ban chấp hành', 'ủy viên BCH'], 'Đoàn viên, người lao động': ['đoàn viên, người lao động', 'công nhân'],
       'Cán bộ công đoàn không chuyên trách': ['cán bộ công đoàn không chuyên trách', 'cán bộ kiêm nhiệm'], 'Cán bộ công đoàn chuyên trách': ['cán bộ chuyên trách', 'cán bộ công đoàn chuyên trách'],
       'Cán bộ công đoàn cấp trên cơ sở': ['cán bộ công đoàn cấp trên cơ sở', 'cán bộ cấp trên'], 'Trưởng, phó ban nữ công CĐCS': ['trưởng ban nữ công', 'ban nữ công'],
       'Kế toán công đoàn cơ sở': ['kế toán công đoàn', 'kế toán công đoàn cơ sở'], 'Ủy viên ủy ban kiểm tra': ['ủy ban kiểm tra', 'ủy viên UBKT'], 'Giảng viên kiêm chức': ['giảng viên kiêm chức']}
ORGP = {'HPG': 'LĐLĐ Hải Phòng', 'KKTHP': 'Công đoàn Khu kinh tế Hải Phòng', 'CANGHP': 'công đoàn Cảng Hải Phòng', 'DHHH': 'công đoàn trường Cao đẳng Hàng hải',
        'HYN': 'LĐLĐ Hưng Yên', 'NBH': 'LĐLĐ Ninh Bình', 'QNH': 'LĐLĐ Quảng Ninh', 'CDHG': 'công đoàn phường Hồng Gai', 'TKV': 'Công đoàn Than Khoáng sản',
        'BNH': 'LĐLĐ Bắc Ninh', 'KCNBN': 'Công đoàn các KCN Bắc Ninh', 'HNI': 'LĐLĐ Hà Nội', 'CDCT': 'Công đoàn Công Thương', 'CDGT': 'Công đoàn Giao thông vận tải',
        'DETMAY': 'Công đoàn Dệt May', 'DAUKHI': 'Công đoàn Dầu khí', 'THA': 'LĐLĐ Thanh Hóa', 'KKTNS': 'Công đoàn KKT Nghi Sơn', 'BVTH': 'công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa',
        'NAN': 'LĐLĐ Nghệ An', 'PTO': 'LĐLĐ Phú Thọ', 'HTH': 'LĐLĐ Hà Tĩnh', 'CDTM': 'công đoàn xã Tiền Hải'}
FORMER_P = {'Hải Dương': ['ở Hải Dương', 'bên Hải Dương cũ', 'tại Hải Dương'], 'Thái Bình': ['ở Thái Bình', 'bên Thái Bình cũ'], 'Hà Nam': ['ở Hà Nam', 'tại Hà Nam cũ'],
            'Nam Định': ['ở Nam Định', 'bên Nam Định'], 'Bắc Giang': ['ở Bắc Giang', 'bên Bắc Giang cũ'], 'Vĩnh Phúc': ['ở Vĩnh Phúc', 'bên Vĩnh Phúc cũ'], 'Hòa Bình': ['ở Hòa Bình']}
def venue_phrase(v):
    if v in ('Đình Vũ', 'Nam Cầu Kiền', 'Đại An', 'Quế Võ', 'Yên Phong', 'Quang Châu', 'Lễ Môn', 'Phố Nối', 'Đồng Văn'): return random.choice(['ở KCN ', 'tại khu công nghiệp ']) + v
    if v.startswith('VSIP'): return 'ở ' + v
    if v in ('Nghi Sơn', 'Vũng Áng'): return 'ở khu kinh tế ' + v
    if v == 'Tân Vũ': return 'ở cảng Tân Vũ'
    if v == 'Cái Lân': return 'trên tàu ở cảng Cái Lân'
    if v in ('Hà Lầm', 'Mông Dương'): return 'ở mỏ ' + v
    return random.choice(['ở ', 'tại ']) + v
def month_phrase(y, m):
    if (y, m) == (2026, 12): return random.choice(['tháng 12', 'tháng sau', 'tháng 12 này'])
    if (y, m) == (2026, 11): return random.choice(['tháng này', 'tháng 11'])
    if y == 2027 and m == 1: return random.choice(['tháng 1 năm sau', 'tháng 1/2027'])
    return 'tháng %d' % m if random.random() < 0.6 else 'tháng %d/%d' % (m, y)

def phr(k, v):
    if k == 'topic': return random.choice(TOP[v])
    if k == 'aud': return 'cho ' + random.choice(AUD[v])
    if k == 'prov': return random.choice(['ở ', 'tại ']) + v
    if k == 'former': return random.choice(FORMER_P[v])
    if k == 'venue': return venue_phrase(v)
    if k == 'month': return month_phrase(*v)
    if k == 'online': return random.choice(['học online', 'trực tuyến'])
    if k == 'evening': return random.choice(['học buổi tối', 'ca tối'])
    if k == 'weekend': return random.choice(['học cuối tuần', 'thứ 7 chủ nhật'])
    if k == 'org': return random.choice(['của ', 'bên ']) + ORGP[v]
    if k == 'dot': return 'đợt %d' % v
    if k == 'national': return random.choice(['cấp trung ương', 'của công đoàn ngành trung ương'])

def attrs(c):
    a = [('topic', c['tkey'])] + [('aud', x) for x in c['aud']]
    fo = former_of(c)
    if fo: a.append(('former', fo))
    for v in VENUE_KW:
        if v in c['venue']: a.append(('venue', v)); break
    a.append(('prov', c['prov']))
    a.append(('month', list(sorted(months_of(c))[0])))
    if c['form'] == 'on': a.append(('online', True))
    if c['session'] == 'evening': a.append(('evening', True))
    if c['session'] == 'weekend': a.append(('weekend', True))
    if c.get('dot'): a.append(('dot', c['dot']))
    a.append(('org', c['orgk']))
    return a

def unique_combo(c):
    a = attrs(c)
    for n in (1, 2, 3, 4):
        combos = [cb for cb in itertools.combinations(a, n) if any(k in ('topic', 'aud') for k, _ in cb)]
        combos = [cb for cb in combos if len({k for k, _ in cb}) == n and not ({'prov', 'former'} <= {k for k, _ in cb}) and not ({'prov', 'venue'} <= {k for k, _ in cb})]
        random.shuffle(combos)
        combos.sort(key=lambda cb: -sum(k in ('former', 'venue', 'dot') for k, _ in cb))
        for cb in combos:
            f = dict(cb)
            if 'dot' in f and 'month' in f: continue
            m = [d for d in C if match(d, f)]
            if len(m) == 1 and m[0] is c: return f
    return None

def render(f, lead, ask):
    order = ['topic', 'aud', 'online', 'evening', 'weekend', 'dot', 'national', 'org', 'venue', 'former', 'prov', 'month']
    parts = [phr(k, f[k]) for k in order if k in f]
    return (lead + ' ' + ' '.join(parts) + ' ' + ask).strip()

def ward(c):
    v = c['venue']
    if c['form'] == 'on': return 'Trực tuyến' if 'Trực tuyến' in v else v
    m = re.search(r'((?:phường|xã) [^(,]+?)\s*\(', v)
    return m.group(1) if m else v.split(',')[0]

def when_text(c):
    s = state(c)
    if s == 'cancelled': return ['hủy']
    if s == 'postponed_nodate': return ['hoãn']
    if s == 'postponed': return ['hoãn', dmy(c['new_start'])]
    if s == 'finished': return ['kết thúc']
    if s == 'tentative':
        t = c['tentative']
        return ['quý II/2027'] if t[0] == 'q' else ['tháng %d/%d' % (t[2], t[1])]
    return [dmy(c['start'])]

# ---------- style transforms ----------
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
ABBR = [('không', 'ko'), ('được', 'dc'), ('đăng ký', 'đk'), ('công đoàn cơ sở', 'cđcs'), ('Công đoàn cơ sở', 'cđcs'), ('LĐLĐ', 'ldld'), ('chủ tịch', 'ct'),
        ('ban chấp hành', 'bch'), ('ủy ban kiểm tra', 'ubkt'), ('tháng ', 't'), ('Hà Nội', 'hn'), ('an toàn vệ sinh lao động', 'atvsld'), ('người lao động', 'nld'),
        ('khu công nghiệp', 'kcn'), ('KCN', 'kcn'), ('bao nhiêu', 'bn'), ('gì', 'j'), ('vậy', 'v'), ('mình', 'mk'), ('nào', 'nao'), ('có', 'co'), ('lớp', 'lop'),
        ('công đoàn', 'cđ'), ('Công đoàn', 'cđ'), ('bây giờ', 'bh'), ('học', 'hoc'), ('em', 'e'), ('anh', 'a'), ('trực tuyến', 'online'), ('năm nay', 'nam nay'), ('thứ 7 chủ nhật', 't7 cn')]
def abbrev(s):
    for a, b in ABBR:
        s = s.replace(a, b)
    s = s.rstrip('?.').lower()
    return s + random.choice(['', ' ạ', ' vs', ' nhé', ' ko', ' ak'])
def typo(s):
    s = strip(s).lower() if random.random() < 0.7 else s.lower()
    w = s.split()
    for _ in range(2):
        cand = [i for i, x in enumerate(w) if len(x) > 3 and x.isalpha()]
        if not cand: break
        i = random.choice(cand); x = w[i]; j = random.randrange(len(x) - 1)
        w[i] = x[:j] + x[j + 1] + x[j] + x[j + 2:] if random.random() < 0.6 else x[:j] + x[j + 1:]
    return ' '.join(w).rstrip('?') + random.choice(['', '?', ' ??', ' a'])
UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
def num_words(n):
    if n < 10: return UNITS[n]
    if n < 20: return 'mười' + ('' if n == 10 else ' ' + ('lăm' if n % 10 == 5 else UNITS[n % 10]))
    if n < 100:
        t, u = divmod(n, 10)
        return UNITS[t] + ' mươi' + ('' if u == 0 else ' ' + ('mốt' if u == 1 else 'lăm' if u == 5 else UNITS[u]))
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + ' trăm' + ('' if r == 0 else (' linh ' + UNITS[r] if r < 10 else ' ' + num_words(r)))
    th, r = divmod(n, 1000)
    return num_words(th) + ' nghìn' + ('' if r == 0 else (' không trăm ' + (('linh ' + UNITS[r]) if r < 10 else num_words(r)) if r < 100 else ' ' + num_words(r)))
def voice(s):
    s = s.replace('/', ' năm ') if re.search(r'\d+/\d{4}', s) else s
    s = s.replace('ATVSLĐ', 'an toàn vệ sinh lao động').replace('CĐCS', 'công đoàn cơ sở').replace('BCH', 'ban chấp hành').replace('LĐLĐ', 'liên đoàn lao động').replace('KCN', 'khu công nghiệp').replace('UBKT', 'ủy ban kiểm tra')
    s = re.sub(r'\d+', lambda m: num_words(int(m.group())), s)
    s = re.sub(r'[?,.!;:()–-]', ' ', s).lower()
    w = s.split()
    if len(w) > 3:
        i = random.randrange(1, len(w) - 1); w.insert(i, random.choice(['ờ', 'thì là', 'à', 'cái']))
    return random.choice(['', 'ờ ', 'alo ', 'cho hỏi ']) + ' '.join(w)
def polite(s):
    return random.choice(['Kính gửi Ban tổ chức, em xin hỏi ', 'Chào anh chị, cho em hỏi ', 'Dạ em chào bộ phận đào tạo, em muốn hỏi ', '']) + s[0].lower() + s[1:] + random.choice(['?', ' ạ?', '. Em cảm ơn ạ!', ' ạ. Trân trọng cảm ơn.'])
def styled(s, st):
    if st == 'diacritics': return polite(s) if random.random() < 0.4 else s[0].upper() + s[1:] + '?'
    if st == 'plain': return strip(s).lower() + random.choice(['', '?', ' a', ' vay'])
    if st == 'abbrev': return abbrev(s)
    if st == 'typo': return typo(s)
    return voice(s)
STYLES = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']

# ---------- profiles ----------
ROLE_AUD = {'Chủ tịch CĐCS': 'Chủ tịch CĐCS', 'Phó chủ tịch CĐCS': 'Phó chủ tịch CĐCS', 'Ủy viên BCH': 'Ủy viên BCH công đoàn', 'Ủy viên UBKT': 'Ủy viên ủy ban kiểm tra',
            'Kế toán công đoàn': 'Kế toán công đoàn cơ sở', 'Trưởng ban nữ công': 'Trưởng, phó ban nữ công CĐCS', 'Đoàn viên': 'Đoàn viên, người lao động'}
UNIONS = {'Hải Phòng': ['Công đoàn Công ty TNHH LG Display Việt Nam Hải Phòng', 'Công đoàn Trường THPT Chí Linh', 'Công đoàn Bệnh viện Đa khoa Hải Dương'],
          'Hưng Yên': ['Công đoàn Công ty May Hưng Yên', 'Công đoàn Trường THCS Tiền Hải', 'Công đoàn xã Tiền Hải'],
          'Ninh Bình': ['Công đoàn Công ty Dệt Nam Định', 'Công đoàn Trường Tiểu học Phủ Lý', 'Công đoàn phường Hoa Lư'],
          'Quảng Ninh': ['Công đoàn Công ty Than Hà Lầm', 'Công đoàn phường Hồng Gai', 'Công đoàn Trường THPT Hòn Gai'],
          'Bắc Ninh': ['Công đoàn Công ty Samsung Electronics Việt Nam', 'Công đoàn Công ty Canon Việt Nam', 'Công đoàn Bệnh viện Đa khoa Bắc Giang'],
          'Hà Nội': ['Công đoàn Bệnh viện Bạch Mai', 'Công đoàn Trường THCS Mê Linh', 'Công đoàn phường Cửa Nam'],
          'Thanh Hóa': ['Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa', 'Công đoàn Công ty Lọc hóa dầu Nghi Sơn', 'Công đoàn phường Sầm Sơn'],
          'Nghệ An': ['Công đoàn Công ty Luxshare-ICT Nghệ An', 'Công đoàn Trường THPT Huỳnh Thúc Kháng'],
          'Phú Thọ': ['Công đoàn Công ty Honda Việt Nam', 'Công đoàn Trường THPT Vĩnh Yên'], 'Hà Tĩnh': ['Công đoàn Công ty Formosa Hà Tĩnh', 'Công đoàn xã Kỳ Lợi']}
def profile(prov=None, role=None):
    prov = prov or random.choice(list(UNIONS))
    role = role or random.choice(list(ROLE_AUD))
    return {'province': prov, 'role': role, 'union': random.choice(UNIONS[prov])}
PROV_LDLD = {'Hải Phòng': 'HPG', 'Hưng Yên': 'HYN', 'Ninh Bình': 'NBH', 'Quảng Ninh': 'QNH', 'Bắc Ninh': 'BNH', 'Hà Nội': 'HNI', 'Thanh Hóa': 'THA', 'Nghệ An': 'NAN', 'Phú Thọ': 'PTO', 'Hà Tĩnh': 'HTH'}
FORMER_TO = {'Hải Dương': 'Hải Phòng', 'Thái Bình': 'Hưng Yên', 'Hà Nam': 'Ninh Bình', 'Nam Định': 'Ninh Bình', 'Bắc Giang': 'Bắc Ninh', 'Vĩnh Phúc': 'Phú Thọ', 'Hòa Bình': 'Phú Thọ'}

def vn(n): return '{:,}'.format(n).replace(',', '.')
def tfind(orgk, year, unit='học viên'):
    return [t for t in T if t['orgk'] == orgk and t['year'] == year and t['unit'] == unit][0]

Q, META = [], {}
def addq(q, style, kind, expect, text, prof, meta):
    qid = 'b36-q%03d' % (len(Q) + 1)
    Q.append({'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': expect, 'expect_text': text, 'profile': prof})
    META[qid] = meta

sidx = itertools.cycle(STYLES)
# ---- course: single class questions
ASKS = {'when': ['học ngày nào', 'bao giờ học', 'khi nào khai giảng', 'lịch học thế nào'], 'where': ['học ở đâu', 'địa điểm ở đâu', 'tổ chức ở chỗ nào'],
        'deadline': ['hạn đăng ký đến bao giờ', 'đăng ký hạn chót ngày nào', 'còn đăng ký được không'], 'end': ['học mấy ngày', 'học đến ngày nào thì xong', 'kéo dài mấy hôm']}
LEADS = ['lớp', 'cho hỏi lớp', 'lớp tập huấn', 'mình muốn hỏi lớp', 'lớp bồi dưỡng']
cands = list(C); random.shuffle(cands)
def dl_passed(c): return state(c) == 'upcoming' and c['status'] == 'Mở đăng ký' and c['deadline'] is not None and c['deadline'] < NOW
special = [c for c in C if state(c) in ('cancelled', 'postponed', 'postponed_nodate', 'underway') or dl_passed(c)]
random.shuffle(special)
more = [c for c in C if state(c) in ('finished', 'tentative')]
random.shuffle(more)
special = special + more
singles = 0
used = set()
for c in special[:50] + cands:
    if singles >= 120: break
    if c['code'] in used: continue
    f = unique_combo(c)
    if not f: continue
    used.add(c['code'])
    s = state(c)
    if dl_passed(c):
        ask = 'deadline'
    elif s == 'upcoming':
        ask = random.choice(['when', 'where', 'deadline', 'end'])
    else:
        ask = 'when'
    if ask == 'when': text = when_text(c)
    elif ask == 'where': text = [ward(c)]
    elif ask == 'deadline': text = [dmy(c['deadline'])] if c['deadline'] else when_text(c)
    else: text = [dmy(c['end'])]
    if dl_passed(c):
        a = random.choice(['còn đăng ký được không', 'giờ đăng ký còn kịp không'])
    elif s != 'upcoming' and random.random() < 0.5:
        a = {'cancelled': 'còn học không', 'postponed': 'có bị hoãn không', 'postponed_nodate': 'có đổi lịch không', 'finished': 'học xong chưa', 'underway': 'đang học chưa', 'tentative': 'đã có ngày học chưa'}[s]
    else:
        a = random.choice(ASKS[ask])
    st = next(sidx)
    q = render(f, random.choice(LEADS), a)
    addq(styled(q, st), st, 'course', [c['code']], text, None, {'mode': 'single', 'filters': f, 'ask': ask, 'state': s})
    singles += 1

# ---- course: list questions
LIST_KEYS = [('topic', 'prov'), ('aud', 'prov'), ('aud', 'former'), ('topic', 'former'), ('former',), ('former', 'month'), ('aud', 'former'), ('evening', 'prov'), ('weekend', 'prov'),
             ('online', 'topic'), ('evening', 'org'), ('evening', 'month'), ('weekend', 'month'), ('topic', 'month'), ('online', 'month'), ('evening',), ('weekend',),
             ('org', 'topic'), ('national', 'topic'), ('aud', 'month', 'prov'), ('venue',), ('topic', 'venue'), ('org', 'month'), ('online', 'prov'), ('aud', 'venue')]
LLEAD = ['có lớp nào', 'danh sách lớp', 'sắp tới có lớp', 'còn lớp nào', 'cho em xin các lớp']
LTAIL = ['không', 'sắp tới', 'gần nhất', 'nào sắp mở', '']
lists_made = {}
tries = 0
def list_candidate(keys, seed_c):
    f = {}
    a = dict()
    for k, v in attrs(seed_c):
        a.setdefault(k, v)
    if 'national' in keys:
        if seed_c['kind'] != 'nganh': return None
        f['national'] = True
    for k in keys:
        if k == 'national': continue
        if k == 'aud': f['aud'] = random.choice(seed_c['aud'])
        elif k in a: f[k] = a[k]
        else: return None
    return f
ups = [c for c in C if is_up(c)]
nlist = 0
while nlist < 85 and tries < 6000:
    tries += 1
    keys = random.choice(LIST_KEYS)
    f = list_candidate(keys, random.choice(ups))
    if not f: continue
    key = json.dumps(f, sort_keys=True, ensure_ascii=False)
    if key in lists_made: continue
    res = list_for(f)
    if not res or not (2 <= len(res) <= 6): continue
    lists_made[key] = [c['code'] for c in res]
    st = next(sidx)
    q = render(f, random.choice(LLEAD), random.choice(LTAIL))
    text = [dmy(eff(res[0]))] if not res[0]['tentative'] else []
    addq(styled(q, st), st, 'course', [c['code'] for c in res], text, None, {'mode': 'list', 'filters': f})
    nlist += 1

# ---- course: profile questions (province from profile)
PQ = ['có lớp nào cho em không', 'tỉnh mình có lớp nào cho chức danh của em', 'sắp tới có lớp gì cho em đi học', 'em cần đi tập huấn thì có lớp nào gần nhất']
np_ = 0; tries = 0
while np_ < 30 and tries < 3000:
    tries += 1
    prov = random.choice(list(UNIONS)); role = random.choice(list(ROLE_AUD))
    f = {'aud': ROLE_AUD[role], 'prov': prov}
    extra = random.random()
    if extra < 0.3: f['month'] = [2026, 12]
    res = list_for(f)
    if not res or not (1 <= len(res) <= 6): continue
    st = next(sidx)
    base = random.choice(PQ) + (' ' + phr('month', tuple(f['month'])) if 'month' in f else '')
    addq(styled(base, st), st, 'course', [c['code'] for c in res], [dmy(eff(res[0]))] if not res[0]['tentative'] else [], profile(prov, role), {'mode': 'list', 'filters': f})
    np_ += 1

# ---- target questions
ncq = len(Q)
TQ = []
orgs_t = list(ORGS)
for i in range(52):
    o = ORGS[orgs_t[i % len(orgs_t)]]
    kind = random.choice(['now', 'gap', 'last', 'lop', 'now'])
    if kind == 'lop' and o['kind'] != 'lđlđ': kind = 'now'
    prof = None
    who = ORGP[o['k']]
    if o['kind'] == 'lđlđ' and random.random() < 0.45:
        prof = profile(o['prov'])
        who = random.choice(['tỉnh mình', 'LĐLĐ tỉnh mình', 'bên mình']) if o['prov'] != 'Hà Nội' else random.choice(['thành phố mình', 'LĐLĐ mình'])
    elif o['kind'] == 'lđlđ' and random.random() < 0.35:
        fm = [k for k, v in FORMER_TO.items() if v == o['prov']]
        if fm: who = 'LĐLĐ ' + random.choice(fm) + ' cũ (nay là ' + o['prov'] + ')' if random.random() < 0.5 else 'bên ' + random.choice(fm) + ' cũ giờ thuộc ' + o['prov']
    if kind == 'now':
        t = tfind(o['k'], 2026); q = random.choice(['chỉ tiêu đào tạo năm nay của %s là bao nhiêu', '%s năm 2026 chỉ tiêu bao nhiêu học viên, làm được bao nhiêu rồi', 'năm nay %s đã đạt chỉ tiêu tập huấn chưa']) % who
        text = [vn(t['target']), vn(t['done'])]
    elif kind == 'gap':
        t = tfind(o['k'], 2026); q = random.choice(['%s còn thiếu bao nhiêu học viên nữa thì đạt chỉ tiêu năm nay', 'năm nay %s còn cách chỉ tiêu bao xa']) % who
        text = [vn(t['target']), vn(t['done']), vn(t['target'] - t['done'])]
    elif kind == 'last':
        t = tfind(o['k'], 2025); q = random.choice(['năm ngoái %s có đạt chỉ tiêu đào tạo không', 'năm 2025 %s được bao nhiêu học viên so với chỉ tiêu']) % who
        text = [vn(t['target']), vn(t['done'])]
    else:
        t = tfind(o['k'], 2026, 'lớp'); q = random.choice(['năm nay %s phải mở bao nhiêu lớp, đã mở được mấy lớp', 'chỉ tiêu số lớp năm 2026 của %s']) % who
        text = [str(t['target']), str(t['done'])]
    st = next(sidx)
    addq(styled(q, st), st, 'target', [t['code']], text, prof, {'mode': 'target', 'codes': [t['code']], 'kind': kind})

# ---- fact questions
FACTS = [
 ('năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp so với kế hoạch', ['33/33 lớp']),
 ('kế hoạch đào tạo cán bộ công đoàn Hà Nội năm 2016 có bao nhiêu lượt học viên tham gia', ['3831/3580']),
 ('Trường Trung cấp công đoàn Hà Nội năm 2016 huấn luyện ATVSLĐ được bao nhiêu lớp', ['42 lớp', '3.060/3000']),
 ('tổng số lượt cán bộ công đoàn Thủ đô tham gia tập huấn từ nguồn chính quyền đồng cấp năm 2016', ['38.386']),
 ('Lạng Sơn có bao nhiêu cán bộ công đoàn, bao nhiêu chuyên trách', ['8.343 CBCĐ', '74 CBCĐ chuyên trách']),
 ('huyện Chi Lăng có bao nhiêu cán bộ công đoàn', ['366 CBCĐ']),
 ('chương trình 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào, về việc gì', ['104/CTr-LĐLĐ', '29/11/2013']),
 ('từ năm 2013 Lạng Sơn tổ chức bao nhiêu lớp tập huấn cho cán bộ công đoàn', ['85 lớp', '8.069 lượt']),
 ('kinh phí tập huấn cán bộ công đoàn Lạng Sơn từ 2013 là bao nhiêu', ['2,1 tỷ đồng']),
 ('năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn', ['2 lớp', '400 lượt']),
 ('LĐLĐ huyện Mê Linh phối hợp với đơn vị nào để mở lớp năm 2020', ['Trung tâm Bồi dưỡng chính trị huyện']),
 ('lớp giảng viên kiêm chức của LĐLĐ Lạng Sơn có bao nhiêu học viên', ['25 đồng chí']),
 ('chương trình 1644 của Tổng Liên đoàn về nội dung gì', ['1644/CTr-TLĐ', '04/11/2013']),
 ('nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn ban hành ngày nào', ['4a/NQ-TLĐ', '04/3/2010']),
 ('văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên', ['1464/CTr-TLĐ', '8/10/2013']),
 ('Sóc Trăng có bao nhiêu đoàn viên được học nâng cao trình độ, đạt bao nhiêu phần trăm', ['32.775/53.527', '61,23%']),
 ('Sóc Trăng năm 2015 có bao nhiêu cán bộ công đoàn cơ sở được bồi dưỡng nghiệp vụ', ['8.891/9.074', '97,9%']),
 ('từ 2013 đến 2015 Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn', ['23.339 người']),
 ('LĐLĐ Sóc Trăng mở mấy lớp bồi dưỡng cho chủ tịch công đoàn cơ sở', ['05 lớp bồi dưỡng nghiệp vụ cho 746 Chủ tịch Công đoàn cơ sở']),
 ('kế hoạch 53 của LĐLĐ tỉnh Sóc Trăng ban hành ngày nào', ['53/KH-LĐLĐ', '10/12/2013']),
 ('Hà Nội đặt mục tiêu gì cho cán bộ công đoàn chuyên trách đến năm 2018', ['100% cán bộ CĐ chuyên trách']),
 ('Lạng Sơn cuối năm 2017 có bao nhiêu công đoàn cơ sở vững mạnh', ['1.238 CĐCS vững mạnh', '85,4%']),
]
for i in range(33):
    q, text = FACTS[i % len(FACTS)]
    st = next(sidx)
    addq(styled(q, st), st, 'fact', [], text, None, {'mode': 'fact'})

# ---- off-topic
OFF = ['thời tiết Hạ Long cuối tuần này thế nào', 'giá vàng hôm nay bao nhiêu', 'lớp học thêm toán cho con ở Hải Dương chỗ nào tốt', 'đăng ký xe máy mới ở đâu',
       'cách nấu bún chả Hà Nội', 'tỷ số trận Việt Nam Thái Lan tối qua', 'lịch nghỉ Tết âm lịch 2027 của học sinh', 'mua vé tàu Hà Nội Vinh ở đâu',
       'tra cứu điểm thi vào lớp 10 Nghệ An', 'đặt phòng khách sạn ở Sầm Sơn', 'xin mẫu đơn ly hôn', 'làm căn cước cho con ở phường Hồng Gai mất mấy ngày',
       'viết giúp bài thơ tặng 20/11 cho cô giáo', 'mạng Viettel ở KCN Quế Võ bị chậm phải làm sao', 'cách tải ứng dụng VNeID', 'xe khách từ Thái Bình lên Hà Nội mấy giờ có chuyến',
       'dự báo bão số 5 có vào Thanh Hóa không', 'quán cà phê nào gần Cảng Hải Phòng', 'tiền điện tháng này sao tăng', 'cho xin công thức làm bánh chưng',
       'chồng tôi hay nhậu phải làm sao', 'lịch thi đấu bóng đá nữ SEA Games', 'kết quả xổ số miền Bắc hôm nay', 'mua bảo hiểm xe máy online ở đâu rẻ',
       'học lái xe B2 ở Bắc Giang bao nhiêu tiền', 'đường từ Vinh đi Hà Tĩnh có tắc không', 'viết giúp tôi bài phát biểu đám cưới', 'tỷ giá đô hôm nay',
       'con tôi bị sốt nên cho uống thuốc gì', 'trồng rau sạch trên sân thượng thế nào', 'lớp yoga buổi tối ở Việt Trì', 'cuối tuần đi chơi Tam Cốc có đẹp không']
for q in OFF:
    st = next(sidx)
    addq(styled(q, st), st, 'off_topic', [], [], None, {'mode': 'off'})

# profile on ~1/3: add profiles to some course singles without changing meaning
for q in Q:
    if q['profile'] is None and q['kind'] in ('course', 'fact', 'off_topic') and random.random() < 0.26:
        if q['kind'] == 'course':
            provs = {BY[x]['prov'] for x in q['expect']}
            f = META[q['id']]['filters']
            if len(provs) != 1: continue
            if META[q['id']]['mode'] == 'list' and not ({'prov', 'former', 'venue', 'org'} & set(f)): continue
            q['profile'] = profile(provs.pop())
        else:
            q['profile'] = profile()
        META[q['id']]['profile_added'] = True

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in Q: f.write(json.dumps(q, ensure_ascii=False) + '\n')

# ================= dialogues =================
DLG, DMETA = [], {}
def turn(q, kind, codes=(), text=(), meta=None):
    return ({'q': q, 'expect': {'kind': kind, 'codes': list(codes), 'text': list(text)}}, meta or {})
def S(s, st):
    return styled(s, st) if st != 'diacritics' else s[0].upper() + s[1:]
def good_lists(minlen=2, maxlen=5, need=None):
    out = []
    for key, codes in lists_made.items():
        f = json.loads(key)
        if minlen <= len(codes) <= maxlen and (need is None or need(f, codes)):
            out.append((f, codes))
    return out
ALL_LISTS = good_lists(2, 6)
random.shuffle(ALL_LISTS)
ORD = {0: ['lớp đầu', 'cái đầu tiên', 'lớp thứ nhất'], 1: ['cái thứ hai', 'lớp thứ 2', 'cái thứ 2'], 2: ['cái thứ ba', 'lớp thứ 3'], -1: ['lớp cuối', 'cái cuối cùng']}
def alt_filter(f):
    """same kind of class, other place / month / union"""
    for k in ('prov', 'former', 'month', 'org', 'venue', 'aud'):
        if k in f:
            opts = []
            for c in ups:
                g = dict(f)
                if k == 'prov': g[k] = c['prov']
                elif k == 'former': g[k] = former_of(c)
                elif k == 'month': g[k] = list(sorted(months_of(c, True))[0])
                elif k == 'org': g[k] = c['orgk']
                elif k == 'venue':
                    v = [x for x in VENUE_KW if x in c['venue']]
                    if not v: continue
                    g[k] = v[0]
                elif k == 'aud': g[k] = random.choice(c['aud'])
                if g[k] is None or g == f: continue
                r = list_for(g)
                if r and 1 <= len(r) <= 5: opts.append((k, g, r))
            if opts: return random.choice(opts)
    return None
ALT_P = {'prov': lambda v: random.choice(['thế còn ở %s?', 'còn %s thì sao', 'bên %s có không']) % v,
         'former': lambda v: random.choice(['còn bên %s cũ thì sao', 'thế ở %s?']) % v,
         'month': lambda v: random.choice(['thế tháng %d thì sao', 'còn tháng %d?']) % v[1],
         'org': lambda v: 'còn %s có lớp như vậy không' % ORGP[v],
         'venue': lambda v: 'thế còn %s' % venue_phrase(v),
         'aud': lambda v: 'vậy có lớp tương tự cho %s không' % AUD[v][0]}
def detail_turn(c, st):
    k = random.choice(['where', 'when', 'end', 'deadline'])
    s = state(c)
    if s != 'upcoming': k = 'when'
    if k == 'where': return random.choice(['ở đâu vậy', 'học ở chỗ nào', 'ở đâu thế']), [ward(c)]
    if k == 'when': return random.choice(['bao giờ học', 'ngày nào học', 'khi nào bắt đầu']), when_text(c)
    if k == 'end': return random.choice(['học mấy hôm', 'đến ngày nào thì xong', 'học mấy ngày']), [dmy(c['end'])]
    if c['deadline']: return random.choice(['hạn đăng ký đến khi nào', 'còn đăng ký kịp không', 'hạn chót ngày nào']), [dmy(c['deadline'])]
    return 'bao giờ học', when_text(c)
def target_turn(prov, year, st):
    t = tfind(PROV_LDLD[prov], year)
    q = {2025: random.choice(['năm ngoái tỉnh mình đạt chỉ tiêu không', 'năm ngoái tỉnh mình được bao nhiêu', 'thế năm 2025 thì sao']),
         2026: random.choice(['năm nay tỉnh mình chỉ tiêu bao nhiêu', 'tỉnh mình năm nay làm được bao nhiêu học viên rồi', 'còn cách chỉ tiêu năm nay bao nhiêu'])}[year]
    text = [vn(t['target']), vn(t['done'])]
    if 'còn cách' in q: text.append(vn(t['target'] - t['done']))
    return turn(S(q, st), 'target', [t['code']], text, {'mode': 'target', 'codes': [t['code']]})

di = 0
for n in range(66):
    st = STYLES[n % 5]
    tpl = n % 6
    turns = []
    prof = None
    if tpl in (0, 1, 2, 5):
        f, codes = ALL_LISTS[n % len(ALL_LISTS)]
        res = [BY[x] for x in codes]
        if 'prov' in f: provp = f['prov']
        elif 'former' in f: provp = FORMER_TO[f['former']]
        else: provp = res[0]['prov']
        prof = profile(provp) if n % 3 == 0 else None
        turns.append(turn(S(render(f, random.choice(LLEAD), random.choice(LTAIL)), st), 'course_list', codes, [], {'mode': 'list', 'filters': f}))
        i = random.choice([1, 0, -1] if len(codes) > 1 else [0])
        if len(codes) > 2 and random.random() < 0.4: i = 2
        c = res[i]
        q1, t1 = detail_turn(c, st)
        turns.append(turn(S(random.choice(ORD[i]) + ' ' + q1, st), 'course', [c['code']], t1, {'mode': 'pick', 'from': 0, 'index': i}))
        if tpl in (0, 5):
            for _ in range(8):
                q2, t2 = detail_turn(c, st)
                if t2 != t1: break
            turns.append(turn(S(q2, st), 'course', [c['code']], t2, {'mode': 'same'}))
        alt = alt_filter(f)
        if alt:
            k, g, r = alt
            turns.append(turn(S(ALT_P[k](g[k]), st), 'course_list', [x['code'] for x in r], [], {'mode': 'list', 'filters': g}))
            last = r
        else:
            last = res
        opens = [j for j, x in enumerate(last) if is_open(x)]
        if opens and tpl != 2:
            j = opens[0]
            turns.append(turn(S(random.choice(['đăng ký cho em ', 'đăng ký giúp mình ', 'cho em đk ']) + random.choice(ORD[j] if j in ORD else ['lớp thứ %d' % (j + 1)]), st), 'register', [last[j]['code']], [], {'mode': 'register'}))
        if tpl == 2:
            turns.append(turn(S(random.choice(['quay lại danh sách lúc nãy, lớp đầu tiên học ở đâu', 'lúc nãy cái lớp đầu trong danh sách đầu tiên ở đâu nhỉ']), st), 'course', [codes[0]], [ward(res[0])], {'mode': 'back'}))
        if prof and prof['province'] in PROV_LDLD and len(turns) < 6:
            turns.append(target_turn(prof['province'], random.choice([2025, 2026]), st))
    elif tpl == 3:
        prov = random.choice(list(PROV_LDLD)); prof = profile(prov)
        turns.append(target_turn(prov, 2026, st))
        turns.append(target_turn(prov, 2025, st))
        f = {'aud': ROLE_AUD[prof['role']], 'prov': prov}
        r = list_for(f)
        if r and len(r) <= 6:
            turns.append(turn(S(random.choice(['thế giờ có lớp nào cho em đi học không', 'vậy lớp nào cho chức danh em sắp mở']), st), 'course_list', [x['code'] for x in r], [], {'mode': 'list', 'filters': f}))
            o = [x for x in r if is_open(x)]
            if o:
                j = r.index(o[0])
                turns.append(turn(S('đăng ký cho em ' + random.choice(ORD.get(j, ['lớp thứ %d' % (j + 1)])), st), 'register', [o[0]['code']], [], {'mode': 'register'}))
        else:
            f = {'prov': prov, 'month': [2026, 12]}
            r = list_for(f)
            if r and len(r) <= 8:
                turns.append(turn(S('tháng sau tỉnh mình có lớp nào', st), 'course_list', [x['code'] for x in r], [], {'mode': 'list', 'filters': f}))
        turns.append(turn(S(random.choice(OFF), st), 'off_topic', [], [], {'mode': 'off'}))
    else:  # tpl == 4: single special class, fact, off-topic, back
        cand = [c for c in special if unique_combo(c)]
        c = cand[n % len(cand)]
        f = unique_combo(c)
        turns.append(turn(S(render(f, random.choice(LEADS), random.choice(['còn học không', 'lịch thế nào', 'bao giờ học'])), st), 'course', [c['code']], when_text(c), {'mode': 'single', 'filters': f}))
        fq, ft = FACTS[n % len(FACTS)]
        turns.append(turn(S(fq, st), 'fact', [], ft, {'mode': 'fact'}))
        q2, t2 = detail_turn(c, st)
        turns.append(turn(S(random.choice(['quay lại lớp lúc nãy, ', 'à còn lớp vừa nãy, ']) + q2, st), 'course', [c['code']], t2, {'mode': 'same'}))
        ff = {'topic': c['tkey'], 'prov': c['prov']}
        r = list_for(ff)
        if r and len(r) <= 6:
            turns.append(turn(S(random.choice(['vậy có lớp nào cùng chủ đề còn mở ở ', 'thế lớp khác cùng nội dung ở ']) + c['prov'] + ' không', st), 'course_list', [x['code'] for x in r], [], {'mode': 'list', 'filters': ff}))
            o = [x for x in r if is_open(x)]
            if o:
                j = r.index(o[0])
                turns.append(turn(S('đăng ký cho mình ' + random.choice(ORD.get(j, ['lớp thứ %d' % (j + 1)])), st), 'register', [o[0]['code']], [], {'mode': 'register'}))
    turns = turns[:6]
    if len(turns) < 3:
        turns.append(turn(S(random.choice(OFF), st), 'off_topic', [], [], {'mode': 'off'}))
    if len(turns) < 3: continue
    did = 'b36-d%03d' % (len(DLG) + 1)
    DLG.append({'id': did, 'style': st, 'profile': prof, 'turns': [t for t, _ in turns]})
    DMETA[did] = [m for _, m in turns]

with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in DLG: f.write(json.dumps(d, ensure_ascii=False) + '\n')
json.dump({'questions': META, 'dialogues': DMETA}, open(os.path.join(HERE, 'qmeta.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
import collections
print(len(Q), collections.Counter(q['kind'] for q in Q), collections.Counter(q['style'] for q in Q), sum(1 for q in Q if q['profile']))
print(len(DLG), sum(len(d['turns']) for d in DLG), collections.Counter(t['expect']['kind'] for d in DLG for t in d['turns']))
