"""Builds questions.jsonl, dialogues.jsonl and method/specs.jsonl for blind set 17.

Run:  python3 method/data.py && python3 method/build.py && python3 validate.py
Every course/target expectation is computed with the filter semantics of validate.py on the CSVs
as parsed back from disk, then kept only when validate.py finds it undebatable.
"""
import json, os, random, re, sys, unicodedata
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))
sys.path.insert(0, OUT)
import validate as V
from facts import FACTS, OFF_UNRELATED, OFF_NEAR

R = random.Random(2026)
ERR = []
COURSES = V.parse_courses(os.path.join(OUT, 'courses.csv'), ERR)
TARGETS = V.parse_targets(os.path.join(OUT, 'targets.csv'), ERR)
assert not ERR, ERR
BY = {c.code: c for c in COURSES}

# ------------------------------------------------------------------------------ phrase banks
PN = {'Hồ Chí Minh': ['TP.HCM', 'Sài Gòn', 'thành phố Hồ Chí Minh', 'TP Hồ Chí Minh'], 'Đồng Nai': ['Đồng Nai'],
      'Tây Ninh': ['Tây Ninh'], 'Đồng Tháp': ['Đồng Tháp'], 'Vĩnh Long': ['Vĩnh Long'],
      'Cần Thơ': ['Cần Thơ', 'TP Cần Thơ'], 'An Giang': ['An Giang'], 'Cà Mau': ['Cà Mau'],
      'Lâm Đồng': ['Lâm Đồng'], 'Khánh Hòa': ['Khánh Hòa'], 'Đắk Lắk': ['Đắk Lắk'], 'Gia Lai': ['Gia Lai'],
      'Quảng Ngãi': ['Quảng Ngãi'], 'Đà Nẵng': ['Đà Nẵng'], 'Huế': ['Huế', 'TP Huế']}
PROVS = list(PN)
TQ = {'nghiepvu': ['nghiệp vụ công đoàn', 'bồi dưỡng nghiệp vụ công tác công đoàn'],
      'tlld': ['thương lượng tập thể', 'đối thoại, thương lượng tập thể', 'kỹ năng đàm phán thương lượng tập thể'],
      'atvsld': ['an toàn vệ sinh lao động', 'ATVSLĐ', 'huấn luyện an toàn, vệ sinh lao động'],
      'phapluat': ['pháp luật lao động', 'tư vấn pháp luật lao động'],
      'tranhchap': ['giải quyết tranh chấp lao động', 'tranh chấp lao động'],
      'nucong': ['nữ công', 'công tác nữ công, bình đẳng giới'],
      'taichinh': ['tài chính công đoàn', 'tài chính công đoàn cơ sở'],
      'kiemtra': ['công tác kiểm tra công đoàn', 'nghiệp vụ kiểm tra'],
      'tuyengiao': ['tuyên truyền', 'kỹ năng tuyên truyền'],
      'ptdv': ['phát triển đoàn viên', 'phát triển đoàn viên, thành lập công đoàn cơ sở'],
      'cds': ['chuyển đổi số', 'tin học, chuyển đổi số'], 'giangday': ['kỹ năng giảng dạy'],
      'vanthu': ['văn thư lưu trữ'], 'llct': ['lý luận chính trị']}
AQ = {'ct': ['chủ tịch công đoàn cơ sở', 'chủ tịch CĐCS'], 'pct': ['phó chủ tịch công đoàn cơ sở', 'phó chủ tịch CĐCS'],
      'bch': ['ủy viên ban chấp hành', 'ủy viên BCH'], 'ubkt': ['ủy viên ủy ban kiểm tra', 'ủy viên UBKT'],
      'gvkc': ['giảng viên kiêm chức'], 'captren': ['cán bộ công đoàn cấp trên cơ sở'],
      'chuyentrach': ['cán bộ công đoàn chuyên trách']}
ROLE = {'ct': 'Chủ tịch CĐCS', 'pct': 'Phó chủ tịch CĐCS', 'bch': 'Ủy viên BCH công đoàn', 'ubkt': 'Ủy viên UBKT',
        'kt': 'Kế toán công đoàn', 'tt': 'Tổ trưởng công đoàn'}
UNIONS = {'Hồ Chí Minh': ['CĐCS Công ty TNHH Giày Hưng Phát', 'CĐCS Công ty TNHH Điện tử Sao Việt', 'CĐCS Trường THCS Gò Vấp'],
          'Đồng Nai': ['CĐCS Công ty TNHH Giày Đồng Phát', 'CĐCS Công ty TNHH Cơ khí Amata Việt'],
          'Tây Ninh': ['CĐCS Công ty TNHH May mặc Tân Đức'], 'Đồng Tháp': ['CĐCS Công ty CP Thủy sản Sa Đéc Xanh'],
          'Vĩnh Long': ['CĐCS Công ty TNHH May Tân Hòa'], 'Cần Thơ': ['CĐCS Công ty TNHH Thủy sản Tân Long', 'CĐCS Bệnh viện Đa khoa Trung ương Cần Thơ'],
          'An Giang': ['CĐCS Công ty CP Thủy sản Bình Long'], 'Cà Mau': ['CĐCS Công ty CP Thủy sản Năm Căn'],
          'Lâm Đồng': ['CĐCS Trường THPT Bảo Lộc'], 'Khánh Hòa': ['CĐCS Công ty TNHH Yến sào Nha Trang Xanh'],
          'Đắk Lắk': ['CĐCS Bệnh viện Đa khoa vùng Tây Nguyên'], 'Gia Lai': ['CĐCS Công ty CP Gỗ Phú Tài Xanh'],
          'Quảng Ngãi': ['CĐCS Công ty CP Thép Dung Quất Xanh'], 'Đà Nẵng': ['CĐCS Công ty TNHH Điện tử Hòa Khánh'],
          'Huế': ['CĐCS Bệnh viện Trung ương Huế']}
LDLD = {'Hồ Chí Minh': 'LĐLĐ TP Hồ Chí Minh', 'Cần Thơ': 'LĐLĐ TP Cần Thơ', 'Đà Nẵng': 'LĐLĐ TP Đà Nẵng',
        'Huế': 'LĐLĐ TP Huế'}
for _p in PROVS:
    LDLD.setdefault(_p, f'LĐLĐ tỉnh {_p}')
def unit_phrase(p):
    if p == 'Hồ Chí Minh':
        return R.choice(['LĐLĐ TP.HCM', 'Liên đoàn Lao động thành phố Hồ Chí Minh', 'LĐLĐ thành phố'])
    if p in ('Cần Thơ', 'Đà Nẵng', 'Huế'):
        return R.choice([f'LĐLĐ {p}', f'Liên đoàn Lao động thành phố {p}', f'LĐLĐ TP {p}'])
    return R.choice([f'LĐLĐ tỉnh {p}', f'Liên đoàn Lao động tỉnh {p}', f'LĐLĐ {p}'])
FORMER_Q = {'Bình Dương': ['Bình Dương'], 'Bà Rịa - Vũng Tàu': ['Bà Rịa - Vũng Tàu', 'Vũng Tàu', 'Bà Rịa Vũng Tàu'],
            'Bình Phước': ['Bình Phước'], 'Long An': ['Long An'], 'Tiền Giang': ['Tiền Giang'],
            'Bến Tre': ['Bến Tre'], 'Trà Vinh': ['Trà Vinh'], 'Sóc Trăng': ['Sóc Trăng'], 'Hậu Giang': ['Hậu Giang'],
            'Kiên Giang': ['Kiên Giang'], 'Bạc Liêu': ['Bạc Liêu'], 'Bình Thuận': ['Bình Thuận'],
            'Đắk Nông': ['Đắk Nông'], 'Ninh Thuận': ['Ninh Thuận'], 'Phú Yên': ['Phú Yên'],
            'Bình Định': ['Bình Định'], 'Kon Tum': ['Kon Tum'], 'Quảng Nam': ['Quảng Nam']}
PLACES = [('KCN Trà Nóc', ['Trà Nóc']), ('KCX Tân Thuận', ['KCX Tân Thuận']), ('KCX Linh Trung', ['KCX Linh Trung']),
          ('KCN Tân Tạo', ['KCN Tân Tạo']), ('khu Amata', ['Amata']), ('KCN Nhơn Trạch', ['Nhơn Trạch']),
          ('KCN Trảng Bàng', ['Trảng Bàng']), ('KCN Sa Đéc', ['KCN Sa Đéc']), ('KCN Hòa Khánh', ['Hòa Khánh']),
          ('KCN Phú Bài', ['Phú Bài']), ('Dung Quất', ['Dung Quất']), ('KCN Phú Tài', ['Phú Tài']),
          ('KCN Suối Dầu', ['Suối Dầu']), ('Phú Quốc', ['Phú Quốc']), ('KCN Khánh An', ['Khánh An']),
          ('KCN Hưng Phú', ['Hưng Phú']), ('Gò Vấp', ['Gò Vấp']), ('quận Bình Tân cũ', ['Bình Tân']),
          ('Thủ Đức', ['Thủ Đức', 'Linh Xuân']), ('KCN Hiệp Phước', ['Hiệp Phước']), ('KCN Vĩnh Lộc', ['Vĩnh Lộc']),
          ('Long Xuyên', ['Long Xuyên']), ('Cam Ranh', ['Cam Ranh']), ('Bảo Lộc', ['Bảo Lộc']),
          ('Buôn Hồ', ['Buôn Hồ']), ('Pleiku', ['Pleiku']), ('Hội An', ['Hội An']), ('Châu Đốc', ['Châu Đốc']),
          ('KCN Long Giang', ['Long Giang']), ('KCN Hòa Phú ở Vĩnh Long', ['Long Hồ']), ('Cao Lãnh', ['Cao Lãnh']),
          ('Khu Công nghệ cao', ['Khu Công nghệ cao']), ('KCN Đức Hòa', ['Đức Hòa']), ('KKT Nhơn Hội', ['Nhơn Hội']),
          ('Bệnh viện Trung ương Huế', ['Bệnh viện Trung ương Huế']), ('KCN Minh Hưng', ['Minh Hưng'])]
INTROS = ['em là chủ tịch CĐCS công ty {U} ở {P}, ', 'mình là tổ trưởng công đoàn, làm ca ở {P}, ',
          'em mới được bầu làm chủ tịch công đoàn cơ sở ở {P}, ', 'chị là phó chủ tịch công đoàn trường học ở {P}, ',
          'anh ơi em ở {P}, ', 'em là ủy viên BCH công đoàn công ty ở {P} ạ, ']
CITY = ['Cần Thơ', 'Sài Gòn', 'Đà Lạt', 'Nha Trang', 'Huế', 'Cà Mau']

def dmy(d):
    return d.strftime('%d/%m/%Y')

def cap(s):
    return s[:1].upper() + s[1:]

# ------------------------------------------------------------------------------ styles
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn'))

ABBR = [('công đoàn cơ sở', ['cđcs', 'cdcs', 'CĐCS']), ('Liên đoàn Lao động', ['LĐLĐ', 'ldld']), ('LĐLĐ', ['ldld', 'LĐLĐ']),
        ('an toàn, vệ sinh lao động', ['atvsld', 'ATVSLĐ']), ('an toàn vệ sinh lao động', ['atvsld', 'atvsld']),
        ('ban chấp hành', ['bch']), ('ủy ban kiểm tra', ['ubkt']), ('phó chủ tịch', ['pct', 'p.ct']),
        ('chủ tịch', ['ct', 'ct']), ('TP.HCM', ['hcm', 'tphcm']), ('thành phố Hồ Chí Minh', ['tp hcm']),
        ('TP Hồ Chí Minh', ['hcm']), ('Sài Gòn', ['sg']), ('thành phố', ['tp']), ('không ạ', ['ko ạ', 'k ạ']),
        ('không', ['ko', 'k', 'hông']), ('được', ['dc', 'đc']), ('đăng ký', ['đk', 'dky', 'dk']),
        ('bao nhiêu', ['bn', 'bnhiu']), ('mình', ['mk', 'mik']), ('em ', ['e ']), ('anh ', ['a ']),
        ('vậy', ['z', 'v']), ('rồi', ['r']), ('với', ['vs']), (' gì', [' j']), ('như thế nào', ['ntn']),
        ('bao giờ', ['bh']), ('hôm nay', ['hnay']), ('công đoàn', ['cđ', 'cd']), ('người lao động', ['nld', 'NLĐ']),
        ('trực tuyến', ['online']), ('biết', ['bít']), ('thì sao', ['thì s']), ('cho em hỏi', ['cho e hỏi', 'e hỏi']),
        ('giờ', ['h']), ('thế', ['z'])]

def abbrev(s, rnd):
    out = s
    changed = False
    for src, reps in ABBR:
        if src == 'giờ' and 'bao giờ' in out:
            continue
        pat = re.compile(r'(?<!\w)' + re.escape(src) + r'(?!\w)', re.I) if src[0].isalpha() and src[-1].isalpha() \
            else re.compile(re.escape(src), re.I)
        if pat.search(out) and rnd.random() < 0.85:
            out = pat.sub(lambda m: rnd.choice(reps), out)
            changed = True
    if not changed:
        for src, reps in ABBR:
            pat = re.compile(r'(?<!\w)' + re.escape(src) + r'(?!\w)', re.I)
            if pat.search(out):
                r2 = [x for x in reps if x.lower() != src.lower()] or reps
                out = pat.sub(lambda m: rnd.choice(r2), out)
                changed = True
                break
    if not changed:
        out = 'cho e hỏi ' + out[0].lower() + out[1:]
    out = out.replace('?', rnd.choice(['?', '', ' ?', '??']))
    if rnd.random() < 0.5:
        out = strip(out)
    if rnd.random() < 0.6:
        out = out.lower()
    return out

TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']

def typo_word(w, rnd):
    nfd = unicodedata.normalize('NFD', w)
    has_tone = any(t in nfd for t in TONES)
    ops = ['swap', 'drop', 'double'] + (['untone', 'untone', 'retone'] if has_tone else [])
    op = rnd.choice(ops)
    if op == 'untone':
        return unicodedata.normalize('NFC', ''.join(ch for ch in nfd if ch not in TONES))
    if op == 'retone':
        t = [x for x in TONES if x in nfd][0]
        return unicodedata.normalize('NFC', nfd.replace(t, rnd.choice([x for x in TONES if x != t]), 1))
    letters = list(w)
    if len(letters) < 4:
        return w[:-1] if op == 'drop' else w + w[-1]
    i = rnd.randrange(1, len(letters) - 1)
    if op == 'swap':
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif op == 'drop':
        del letters[i]
    else:
        letters.insert(i, letters[i])
    return ''.join(letters)

def typo(s, rnd):
    toks = s.split(' ')
    cand = [i for i, t in enumerate(toks) if len(t) >= 3 and t.isalpha()]
    n = 1 if len(cand) < 6 else rnd.choice([1, 2, 2])
    for i in rnd.sample(cand, min(n, len(cand))):
        toks[i] = typo_word(toks[i], rnd)
    out = ' '.join(toks)
    if out == s:
        out = s.replace(' ', '  ', 1) if rnd.random() < 0 else s[:-1] + s[-1] * 2
    if rnd.random() < 0.35:
        out = out.lower()
    if rnd.random() < 0.25:
        out = strip(out)
    return out

def styled(s, style, rnd):
    if style == 'diacritics':
        return s
    if style == 'plain':
        t = strip(s)
        return t.lower() if rnd.random() < 0.5 else t
    if style == 'abbrev':
        return abbrev(s, rnd)
    return typo(s, rnd)

# ------------------------------------------------------------------------------ course helpers
def cset(flt, limit=4):
    e = []
    got = V.course_set(COURSES, flt, e, 'x', limit)
    return (got if not e else None)

def venue_word(c):
    v = re.split(r'[,(]', c.venue)[0].strip()
    return v

QUESTIONS, SPECS = [], []

def addq(kind, text, flt=None, expect=None, etext=None, profile=None, spec=None, textfields=None):
    q = {'kind': kind, 'q0': text, 'expect': expect or [], 'expect_text': etext or []}
    if profile:
        q['profile'] = profile
    sp = spec or {}
    if flt is not None:
        sp['filter'] = flt
    if textfields:
        sp['text'] = textfields
    q['spec'] = sp
    QUESTIONS.append(q)

USED = set()

def once(key):
    if key in USED:
        return False
    USED.add(key)
    return True

# ------------------------------------------------------------------------------ course questions
T1 = ['Ở {P} sắp tới có lớp {T} nào không ạ?', 'Cho em hỏi {P} có mở lớp tập huấn {T} không?',
      '{P} có lớp {T} nào sắp học không anh chị?', 'Lớp {T} ở {P} bao giờ mở vậy?',
      'Em muốn đi học lớp {T} ở {P}, có lớp nào không ạ?', 'Tìm giúp mình lớp {T} tổ chức tại {P}.',
      'Từ giờ tới giữa năm sau {P} còn lớp {T} nào chưa học không?', 'Có lớp bồi dưỡng về {T} nào ở {P} không vậy?',
      '{I}có lớp {T} nào ở {P} cho em đi học không?', 'Bên {P} có lớp {T} không, cho mình xin lịch với']

def gen_t1(n):
    cands = [(p, t) for p in PROVS for t in TQ]
    R.shuffle(cands)
    k = 0
    for p, t in cands:
        if k >= n: break
        flt = {'prov': p, 'topic': t, 'time': 'upcoming'}
        got = cset(flt)
        if not got or not once(('t1', p, t)):
            continue
        tpl = R.choice(T1)
        txt = tpl.format(P=R.choice(PN[p]), T=R.choice(TQ[t]),
                         I=cap(R.choice(INTROS).format(P=R.choice(PN[p]), U=R.choice(UNIONS[p]).replace('CĐCS Công ty ', ''))))
        addq('course', cap(txt), flt, [c.code for c in got])
        k += 1

T2 = ['Ở {P} có lớp nào dành cho {A} không?', 'Lớp cho {A} tại {P} sắp tới có không ạ?',
      '{P} có mở lớp nào cho {A} không em?', 'Em là {A} ở {P}, có lớp nào phù hợp không ạ?']
T2b = ['Có lớp {T} nào cho {A} ở {P} không?', '{P} có lớp {T} dành cho {A} không ạ?',
       'Lớp {T} cho {A} ở {P} sắp tới?']

def gen_t2(n):
    cands = [(p, a, None) for p in PROVS for a in ('ubkt', 'gvkc', 'captren', 'chuyentrach')] + \
            [(p, a, t) for p in PROVS for a in ('ct', 'pct', 'bch') for t in ('tlld', 'nucong', 'atvsld', 'taichinh', 'nghiepvu', 'phapluat')]
    R.shuffle(cands)
    k = 0
    for p, a, t in cands:
        if k >= n: break
        flt = {'prov': p, 'aud': a, 'time': 'upcoming'}
        if t: flt['topic'] = t
        got = cset(flt)
        if not got or not once(('t2', p, a, t)):
            continue
        tpl = R.choice(T2b if t else T2)
        txt = tpl.format(P=R.choice(PN[p]), A=R.choice(AQ[a]), T=R.choice(TQ[t]) if t else '')
        addq('course', cap(txt), flt, [c.code for c in got])
        k += 1

T3 = ['Ở {F} có lớp {T} không ạ?', '{F} cũ giờ có lớp {T} nào không?', 'Bên {F} có tổ chức lớp {T} nào sắp tới không?',
      'Em ở {F}, có lớp {T} nào gần không ạ?']
T3b = ['Ở {F} sắp tới có lớp tập huấn nào không?', '{F} cũ bây giờ có lớp nào cho cán bộ công đoàn không?']

def gen_t3(n):
    cands = [(f, t) for f in FORMER_Q for t in list(TQ) + [None]]
    R.shuffle(cands)
    k = 0
    fcount = {}
    for f, t in cands:
        if k >= n: break
        if fcount.get(f, 0) >= 1:
            continue
        flt = {'former': f, 'time': 'upcoming'}
        if t: flt['topic'] = t
        got = cset(flt)
        if not got:
            continue
        fcount[f] = 1
        txt = R.choice(T3 if t else T3b).format(F=R.choice(FORMER_Q[f]), T=R.choice(TQ[t]) if t else '')
        addq('course', cap(txt), flt, [c.code for c in got])
        k += 1

T4 = ['Ở {PL} có lớp nào sắp tới không?', 'Công nhân {PL} có lớp tập huấn gì không ạ?',
      'Em làm ở {PL}, có lớp nào gần không?', 'Tại {PL} có lớp tập huấn cán bộ công đoàn nào không?']
T4b = ['Ở {PL} có lớp {T} không?', 'Em làm ở {PL}, có lớp {T} nào gần không?']

def gen_t4(n):
    cands = [(pl, w, None) for pl, w in PLACES] + [(pl, w, t) for pl, w in PLACES for t in TQ]
    R.shuffle(cands)
    k = 0
    seen = set()
    for pl, w, t in cands:
        if k >= n: break
        if pl in seen: continue
        flt = {'place': w, 'time': 'upcoming'}
        if t: flt['topic'] = t
        got = cset(flt)
        if not got:
            continue
        seen.add(pl)
        txt = R.choice(T4b if t else T4).format(PL=pl, T=R.choice(TQ[t]) if t else '')
        addq('course', cap(txt), flt, [c.code for c in got])
        k += 1

def gen_t5():
    items = [
        ({'fmt': 'online', 'national': True, 'topic': 'taichinh', 'time': 'upcoming'}, 'Có lớp học trực tuyến nào về tài chính công đoàn không ạ?'),
        ({'fmt': 'online', 'national': True, 'topic': 'kiemtra', 'time': 'upcoming'}, 'Có khóa học online nào về công tác kiểm tra cho ủy viên UBKT không?'),
        ({'fmt': 'online', 'national': True, 'topic': 'llct', 'time': 'upcoming'}, 'Em muốn học lý luận chính trị trực tuyến, có lớp nào không?'),
        ({'fmt': 'online', 'national': True, 'topic': 'vanthu', 'time': 'upcoming'}, 'Có lớp văn thư lưu trữ học online không ạ?'),
        ({'fmt': 'online', 'national': True, 'time': 'window', 'from': '2026-12-01T00:00', 'to': '2027-01-01T00:00'},
         'Tháng sau có lớp tập huấn trực tuyến nào của trung ương không?'),
        ({'fmt': 'online', 'national': True, 'topic': 'nucong', 'time': 'upcoming'}, 'Có lớp nữ công nào học qua mạng được không, em ở xa không đi được'),
        ({'fmt': 'online', 'national': True, 'topic': 'cds', 'time': 'upcoming'}, 'Có khóa chuyển đổi số nào học online cho cán bộ công đoàn không?'),
        ({'fmt': 'online', 'national': True, 'topic': 'tuyengiao', 'time': 'upcoming'}, 'Có khóa trực tuyến nào về tuyên truyền trên mạng xã hội không ạ?'),
        ({'fmt': 'online', 'national': True, 'topic': 'atvsld', 'time': 'upcoming'}, 'Lớp ATVSLĐ nào học trực tuyến được không?'),
        ({'fmt': 'online', 'national': True, 'topic': 'tlld', 'time': 'upcoming'}, 'Có khóa học online về thương lượng tập thể không?'),
    ]
    for flt, txt in items:
        got = cset(flt)
        if got:
            addq('course', txt, flt, [c.code for c in got])

MONTHS = [(12, 2026, 'tháng 12'), (1, 2027, 'tháng 1 năm sau'), (2, 2027, 'tháng 2/2027'), (3, 2027, 'tháng 3/2027'),
          (4, 2027, 'tháng 4 năm 2027'), (5, 2027, 'tháng 5/2027')]
T6 = ['{M} ở {P} có những lớp nào?', 'Lịch tập huấn {M} của {P} có lớp gì vậy?', '{P} {M} có mở lớp nào không ạ?']

def window(m, y):
    a = datetime(y, m, 1); b = datetime(y + (m == 12), m % 12 + 1, 1)
    return a.isoformat(timespec='minutes'), b.isoformat(timespec='minutes')

def gen_t6(n):
    cands = [(p, mm) for p in PROVS for mm in MONTHS]
    R.shuffle(cands)
    k = 0
    for p, (m, y, lab) in cands:
        if k >= n: break
        a, b = window(m, y)
        flt = {'prov': p, 'time': 'window', 'from': a, 'to': b}
        got = cset(flt)
        if not got or not once(('t6', p)):
            continue
        if m == 12 and R.random() < 0.5:
            lab = 'tháng sau'
        addq('course', cap(R.choice(T6).format(M=lab, P=R.choice(PN[p]))), flt, [c.code for c in got])
        k += 1
    # weeks
    for p in PROVS:
        flt = {'prov': p, 'time': 'window', 'from': '2026-11-30T00:00', 'to': '2026-12-07T00:00'}
        got = cset(flt)
        if got and k < n + 3:
            addq('course', f'Tuần sau ở {R.choice(PN[p])} có lớp tập huấn nào không?', flt, [c.code for c in got]); k += 1

def gen_t7():
    items = [
        ({'prov': 'Hồ Chí Minh', 'evening': True, 'time': 'upcoming'}, 'Em làm ca ở KCN, ở Sài Gòn có lớp nào học buổi tối không ạ?'),
        ({'prov': 'Cần Thơ', 'evening': True, 'time': 'upcoming'}, 'Cần Thơ có lớp nào học buổi tối sau giờ làm không?'),
        ({'prov': 'Cà Mau', 'evening': True, 'time': 'upcoming'}, 'Ở Cà Mau có lớp tập huấn buổi tối cho công nhân không?'),
        ({'prov': 'Hồ Chí Minh', 'weekend': True, 'time': 'window', 'from': '2026-12-01T00:00', 'to': '2027-01-01T00:00'},
         'Tháng 12 ở TP.HCM có lớp nào học thứ Bảy, Chủ nhật không, ngày thường em đi ca'),
        ({'prov': 'Hồ Chí Minh', 'weekend': True, 'time': 'window', 'from': '2027-01-01T00:00', 'to': '2027-02-01T00:00'},
         'Tháng 1 năm sau có lớp cuối tuần nào ở thành phố Hồ Chí Minh không?'),
    ]
    for flt, txt in items:
        got = cset(flt)
        if got:
            addq('course', txt, flt, [c.code for c in got])

def ident(c):
    """a filter a person would use that picks out exactly this upcoming class"""
    base = {'time': 'upcoming', 'specific': True}
    if c.topic is None or c.topic.startswith('raw:'):
        return None
    tries = []
    if c.national:
        tries.append(({'org': c.org, 'topic': c.topic}, c.org))
    else:
        tries.append(({'prov': c.prov, 'topic': c.topic}, None))
        for pl, w in PLACES:
            if any(V.fold(x) in V.fold(c.venue) for x in w):
                tries.append(({'prov': c.prov, 'topic': c.topic, 'place': w}, pl))
        if 'Khu chế xuất' in c.org:
            tries.append(({'org': c.org, 'topic': c.topic}, 'công đoàn KCX-KCN thành phố'))
    for f, where in tries:
        flt = dict(base, **f)
        got = cset(flt, limit=1)
        if got and len(got) == 1 and got[0].code == c.code:
            return flt, where
    return None

def org_phrase(org):
    return {'Công đoàn Giáo dục Việt Nam': 'Công đoàn Giáo dục Việt Nam', 'Công đoàn Y tế Việt Nam': 'Công đoàn Y tế Việt Nam',
            'Công đoàn Công Thương Việt Nam': 'Công đoàn Công Thương Việt Nam', 'Trường Đại học Công đoàn': 'Trường Đại học Công đoàn',
            'Tổng Liên đoàn Lao động Việt Nam': 'Tổng Liên đoàn'}.get(org, org)

def detail_name(c, where, t):
    if c.national:
        return f'lớp {t} của {org_phrase(c.org)}'
    if where:
        return f'lớp {t} ở {where}' if not where.startswith('công đoàn') else f'lớp {t} của {where}'
    return f'lớp {t} ở {R.choice(PN[c.prov])}'

def gen_t8(n):
    ups = [c for c in COURSES if V.is_upcoming(c) and c.start]
    R.shuffle(ups)
    k = 0
    asks = ['when', 'where', 'deadline', 'days', 'seats', 'cost', 'online', 'where', 'when']
    for c in ups:
        if k >= n: break
        r = ident(c)
        if not r: continue
        flt, where = r
        t = R.choice(TQ[c.topic])
        name = detail_name(c, where, t)
        ask = asks[k % len(asks)]
        if ask == 'deadline' and not c.deadline: ask = 'when'
        if ask == 'cost' and not re.search(r'phí|tiền|Kinh phí', c.note): ask = 'where'
        if ask == 'online' and c.fmt != 'ket_hop': ask = 'days'
        if ask == 'seats' and not V.registerable(c): ask = 'when'
        if ask == 'where' and c.fmt == 'online': ask = 'when'
        if ask == 'when':
            txt = R.choice([f'{cap(name)} sắp tới học ngày nào vậy?', f'Bao giờ khai giảng {name}?',
                            f'{cap(name)} bắt đầu hôm nào ạ?'])
            et, tf = [dmy(c.start)], ['start']
        elif ask == 'where':
            vw = venue_word(c)
            txt = R.choice([f'{cap(name)} tới đây tổ chức ở đâu ạ?', f'{cap(name)} sắp tới học ở chỗ nào vậy?',
                            f'Địa điểm {name} sắp tới ở đâu?'])
            et, tf = [vw], ['venue:' + vw]
        elif ask == 'deadline':
            txt = R.choice([f'Hạn đăng ký {name} đến khi nào?', f'{cap(name)} đăng ký tới ngày nào là hết hạn?',
                            f'Em muốn đăng ký {name}, còn kịp không, hạn chót ngày nào?'])
            et, tf = [dmy(c.deadline)], ['deadline']
        elif ask == 'days':
            txt = R.choice([f'{cap(name)} sắp tới học mấy ngày vậy?', f'{cap(name)} sắp mở kéo dài bao lâu ạ?'])
            et, tf = [dmy(c.start)], ['start']
        elif ask == 'seats':
            txt = R.choice([f'{cap(name)} sắp tới còn chỗ không ạ?', f'{cap(name)} sắp mở nhận bao nhiêu người, còn đăng ký được không?'])
            et, tf = [], []
        elif ask == 'cost':
            txt = R.choice([f'Đi học {name} sắp tới có mất phí không?', f'{cap(name)} sắp mở học phí bao nhiêu vậy?'])
            et, tf = [], []
        else:
            txt = R.choice([f'{cap(name)} sắp tới có học online được không?', f'{cap(name)} sắp mở, em ở xa học trực tuyến được không ạ?'])
            et, tf = [], []
        if not once(('t8', c.code)):
            continue
        addq('course', txt, flt, [c.code], et, textfields=tf)
        k += 1

def gen_t9():
    # postponed
    for c in COURSES:
        if 'lùi lịch' in c.title and V.is_upcoming(c):
            m = re.search(r'từ ngày (\S+) sang', c.note)
            flt = {'prov': c.prov, 'topic': c.topic, 'title': ['lùi lịch'], 'time': 'upcoming', 'specific': True}
            got = cset(flt, 1)
            if got and R.random() < 0.6:
                t = R.choice(TQ[c.topic])
                txt = R.choice([f'Lớp {t} ở {R.choice(PN[c.prov])} ngày {m[1]} có bị dời không, dời sang hôm nào vậy?',
                                f'Nghe nói lớp {t} ở {R.choice(PN[c.prov])} bị lùi lịch, giờ học ngày nào ạ?'])
                addq('course', txt, flt, [c.code], [dmy(c.start)], textfields=['start'])
    # cancelled
    for c in COURSES:
        if c.status == 'huy' and c.start and not c.national and c.topic and not c.topic.startswith('raw'):
            flt = {'prov': c.prov, 'topic': c.topic, 'time': 'cancelled', 'start_date': c.start.strftime('%Y-%m-%d'),
                   'specific': True}
            got = cset(flt, 1)
            if got and R.random() < 0.45:
                t = R.choice(TQ[c.topic])
                txt = R.choice([f'Lớp {t} ngày {c.start.day}/{c.start.month} ở {R.choice(PN[c.prov])} có bị hủy không ạ?',
                                f'Sao em không thấy lớp {t} ngày {dmy(c.start)} ở {R.choice(PN[c.prov])} nữa, hủy rồi hả?'])
                addq('course', txt, flt, [c.code])
    # already held
    for c in COURSES:
        if c.start and c.start < datetime(2026, 11, 14) and c.status != 'huy' and not c.national and c.topic \
                and not c.topic.startswith('raw') and R.random() < 0.09:
            flt = {'prov': c.prov, 'topic': c.topic, 'time': 'past', 'start_month': c.start.strftime('%Y-%m'),
                   'specific': True}
            got = cset(flt, 1)
            if got:
                t = R.choice(TQ[c.topic])
                txt = R.choice([f'Lớp {t} ở {R.choice(PN[c.prov])} hồi tháng {c.start.month} vừa rồi học ở đâu vậy?',
                                f'Tháng {c.start.month} năm nay {R.choice(PN[c.prov])} có lớp {t} phải không, tổ chức ở đâu?'])
                vw = venue_word(c)
                addq('course', txt, flt, [c.code], [vw], textfields=['venue:' + vw])
    # nationwide already held / started today
    extra = [
        ({'org': 'Công đoàn Y tế Việt Nam', 'topic': 'taichinh', 'time': 'past', 'specific': True},
         'Lớp tài chính công đoàn online của Công đoàn Y tế Việt Nam tổ chức ngày nào, em lỡ mất rồi à?', ['start']),
        ({'place': ['KCN Tân Tạo'], 'topic': 'atvsld', 'time': 'past', 'start_date': '2026-11-23', 'specific': True},
         'Lớp ATVSLĐ ở KCN Tân Tạo khai giảng sáng nay phải không, giờ em vào học còn kịp không?', ['start']),
        ({'org': 'Tổng Liên đoàn Lao động Việt Nam', 'topic': 'ptdv', 'time': 'cancelled', 'specific': True},
         'Khóa trực tuyến phát triển đoàn viên của Tổng Liên đoàn tháng 11 sao không thấy học?', []),
        ({'org': 'Công đoàn các Khu chế xuất', 'topic': 'tuyengiao', 'time': 'cancelled', 'specific': True},
         'Lớp tuyên truyền của công đoàn KCX-KCN ngày 27/11 còn học không?', []),
        ({'org': 'Công đoàn các Khu chế xuất', 'topic': 'nghiepvu', 'time': 'past', 'specific': True},
         'Lớp bồi dưỡng chủ tịch CĐCS mới bầu của công đoàn KCX-KCN tháng 10 học ở đâu vậy?', ['venue:Nhà văn hóa Công đoàn KCX Tân Thuận']),
        ({'org': 'Công đoàn Công Thương Việt Nam', 'topic': 'nghiepvu', 'time': 'past', 'specific': True},
         'Lớp cán bộ công đoàn dệt may, da giày của Công đoàn Công Thương đã học chưa?', ['start']),
    ]
    for flt, txt, tf in extra:
        got = cset(flt, 1)
        if got:
            c = got[0]
            et = [V.text_of(c, f) for f in tf]
            addq('course', txt, flt, [c.code], et, textfields=tf)

T10 = ['Có lớp {T} nào cho em không ạ?', 'Sắp tới có lớp {T} nào không anh?', 'Mình muốn đi học {T}, có lớp nào không?',
       'Có lớp {T} nào ở tỉnh mình không ạ?', 'Tỉnh mình sắp tới có lớp {T} không?']

def gen_t10(n):
    cands = [(p, t) for p in PROVS for t in ('tlld', 'atvsld', 'nucong', 'taichinh', 'kiemtra', 'phapluat', 'nghiepvu', 'tranhchap', 'ptdv', 'tuyengiao')]
    R.shuffle(cands)
    k = 0
    for p, t in cands:
        if k >= n: break
        tpl = R.choice(T10)
        local = 'tỉnh mình' in tpl.lower()
        flt = {'prov': p, 'topic': t, 'time': 'upcoming'}
        if not local:
            flt['plus_national'] = True
        got = cset(flt)
        if not got or not once(('t10', p)):
            continue
        role = R.choice(['ct', 'pct', 'bch', 'kt', 'tt']) if t != 'kiemtra' else 'ubkt'
        prof = {'role': ROLE[role], 'province': p, 'union': R.choice(UNIONS[p])}
        addq('course', tpl.format(T=R.choice(TQ[t])), flt, [c.code for c in got], profile=prof)
        k += 1
    # profile + audience
    for p in R.sample(PROVS, len(PROVS)):
        flt = {'prov': p, 'aud': 'ubkt', 'time': 'upcoming', 'plus_national': True}
        got = cset(flt)
        if got and k < n + 3:
            prof = {'role': 'Ủy viên UBKT', 'province': p, 'union': R.choice(UNIONS[p])}
            addq('course', 'Có lớp nào dành cho em không, em mới vào ủy ban kiểm tra', flt, [c.code for c in got], profile=prof)
            k += 1

def gen_t11():
    items = [
        ({'org': 'Công đoàn Giáo dục Việt Nam', 'time': 'upcoming'}, 'Công đoàn Giáo dục Việt Nam sắp tới có lớp nào cho công đoàn trường học không?'),
        ({'org': 'Công đoàn Y tế Việt Nam', 'time': 'upcoming'}, 'Công đoàn Y tế Việt Nam có mở lớp nào cho cán bộ công đoàn bệnh viện không ạ?'),
        ({'org': 'Công đoàn Công Thương Việt Nam', 'time': 'upcoming'}, 'Công đoàn Công Thương Việt Nam năm tới có lớp gì?'),
        ({'org': 'Trường Đại học Công đoàn', 'time': 'upcoming'}, 'Trường Đại học Công đoàn có mở lớp ngắn hạn nào không?'),
        ({'org': 'Công đoàn các Khu chế xuất', 'topic': 'tlld', 'time': 'upcoming'}, 'Công đoàn KCX-KCN TP.HCM có lớp thương lượng tập thể đợt nào?'),
        ({'org': 'CĐCS Công ty TNHH Giày Hưng Phát', 'time': 'upcoming'}, 'Công đoàn công ty giày Hưng Phát có lớp gì cho tổ trưởng, an toàn vệ sinh viên không?'),
        ({'org': 'CĐCS Công ty TNHH Điện tử Sao Việt', 'time': 'upcoming'}, 'Công ty điện tử Sao Việt ở Khu Công nghệ cao có lớp công đoàn nào không?'),
        ({'org': 'Công đoàn phường Tân Tạo', 'time': 'upcoming'}, 'Công đoàn phường Tân Tạo có mở lớp nào không ạ?'),
        ({'org': 'Công đoàn phường Linh Xuân', 'time': 'upcoming'}, 'Phường Linh Xuân có lớp tập huấn gì cho CĐCS không?'),
        ({'org': 'CĐCS Công ty CP May Phú Thịnh', 'time': 'upcoming'}, 'Công đoàn May Phú Thịnh ở VSIP có lớp nữ công không?'),
    ]
    for flt, txt in items:
        got = cset(flt)
        if got:
            addq('course', txt, flt, [c.code for c in got])

# ------------------------------------------------------------------------------ targets
TG = {}
for t in TARGETS:
    TG[t.code] = t

def tq(flt, txt, profile=None):
    got = [t for t in TARGETS if V.target_match(t, flt)]
    if not got or len(got) > 4:
        return False
    et = []
    for t in got:
        et.append(t.value)
        if t.done and len(got) == 1:
            et.append(t.done)
    addq('target', txt, flt, [t.code for t in got], et, profile=profile)
    return True

def gen_targets():
    units = {t.unit for t in TARGETS}
    P_OF = {v: k for k, v in LDLD.items()}
    n = 0
    for t in TARGETS:
        p = P_OF.get(t.unit)
        up = unit_phrase(p) if p else None
        if t.code.endswith('2026-CTCDCS'):
            flt = {'unit': t.unit, 'year': 2026, 'content': ['chủ tịch']}
            if R.random() < 0.35:
                prof = {'role': 'Chủ tịch CĐCS', 'province': p, 'union': R.choice(UNIONS[p])}
                tq(flt, R.choice(['Năm nay tỉnh mình chỉ tiêu bồi dưỡng chủ tịch CĐCS là bao nhiêu, đạt được bao nhiêu rồi?',
                                  'Chỉ tiêu bồi dưỡng chủ tịch, phó chủ tịch công đoàn cơ sở năm nay của LĐLĐ mình còn thiếu bao nhiêu?']), prof)
            else:
                tq(flt, R.choice([f'Năm nay {up} chỉ tiêu bồi dưỡng chủ tịch CĐCS là bao nhiêu, đạt được bao nhiêu rồi?',
                                  f'{up} năm 2026 còn thiếu bao nhiêu học viên so với chỉ tiêu bồi dưỡng chủ tịch, phó chủ tịch CĐCS?',
                                  f'Tiến độ bồi dưỡng chủ tịch công đoàn cơ sở năm nay của {up} tới đâu rồi?']))
        elif t.code.endswith('2026-ATVSLD'):
            if R.random() < 0.5:
                tq({'unit': t.unit, 'year': 2026, 'content': ['an toàn']},
                   R.choice([f'Chỉ tiêu huấn luyện ATVSLĐ năm nay của {up} đạt tới đâu rồi?',
                             f'Năm 2026 {up} phải huấn luyện an toàn vệ sinh lao động cho bao nhiêu người, làm được bao nhiêu rồi?']))
            else:
                tq({'unit': t.unit, 'year': 2026},
                   R.choice([f'Chỉ tiêu đào tạo năm nay của {up} là gì?', f'{up} năm nay giao những chỉ tiêu tập huấn nào?',
                             f'Cho em xem chỉ tiêu đào tạo cán bộ năm 2026 của {up}']))
        elif t.code.endswith('2025-LOP'):
            tq({'unit': t.unit, 'year': 2025},
               R.choice([f'Năm ngoái {up} tổ chức được bao nhiêu lớp tập huấn so với chỉ tiêu?',
                         f'Năm 2025 {up} có đạt chỉ tiêu số lớp tập huấn CĐCS không?',
                         f'{up} năm rồi mở được mấy lớp, kế hoạch là mấy lớp?']))
        elif '2023-2028' in t.code:
            tq({'unit': t.unit, 'year': '2023-2028'},
               R.choice([f'Nhiệm kỳ 2023-2028 {up} đặt chỉ tiêu tập huấn cán bộ CĐCS mới bao nhiêu phần trăm, đạt bao nhiêu rồi?',
                         f'Tỷ lệ cán bộ công đoàn cơ sở mới được tập huấn cả nhiệm kỳ của {up} là bao nhiêu?']))
        elif '2027-UBKT' in t.code:
            tq({'unit': t.unit, 'year': 2027},
               R.choice([f'Năm sau {up} có chỉ tiêu tập huấn ủy viên UBKT bao nhiêu người?',
                         f'Kế hoạch năm 2027 của {up} tập huấn bao nhiêu ủy viên ủy ban kiểm tra?']))
    extra = [
        ({'unit': 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', 'year': 2026, 'content': ['thương lượng']},
         'Công đoàn KCX-KCN TP.HCM năm nay chỉ tiêu tập huấn thương lượng tập thể đạt bao nhiêu rồi?'),
        ({'unit': 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', 'year': 2026, 'content': ['an toàn vệ sinh viên']},
         'HEPZA năm nay huấn luyện an toàn vệ sinh viên được bao nhiêu người so với chỉ tiêu?'),
        ({'unit': 'Công đoàn Giáo dục Việt Nam', 'year': 2026},
         'Công đoàn Giáo dục Việt Nam năm nay chỉ tiêu bồi dưỡng chủ tịch công đoàn trường học là bao nhiêu, đã được bao nhiêu?'),
        ({'unit': 'Công đoàn Y tế Việt Nam', 'year': 2026},
         'Chỉ tiêu tập huấn tài chính công đoàn năm nay của Công đoàn Y tế Việt Nam đạt chưa?'),
        ({'unit': 'Công đoàn Công Thương Việt Nam', 'year': 2026},
         'Công đoàn Công Thương Việt Nam năm nay phải mở bao nhiêu lớp thương lượng tập thể, mở được mấy lớp rồi?'),
        ({'unit': 'CĐCS Công ty TNHH Giày Hưng Phát', 'year': 2026},
         'Công đoàn công ty Giày Hưng Phát năm nay chỉ tiêu huấn luyện an toàn vệ sinh viên bao nhiêu người, đạt bao nhiêu rồi?'),
        ({'unit': 'CĐCS Công ty CP Thủy sản Năm Căn', 'year': 2026},
         'Chỉ tiêu tập huấn ATVSLĐ cho công nhân năm nay của công đoàn Thủy sản Năm Căn đạt tới đâu?'),
        ({'unit': 'Công đoàn phường Tân Tạo', 'year': 2026},
         'Phường Tân Tạo năm nay chỉ tiêu phát triển đoàn viên là bao nhiêu, được bao nhiêu rồi?'),
    ]
    for flt, txt in extra:
        tq(flt, txt)
    # profile, company union chair asking about the company's own target
    tq({'unit': 'CĐCS Công ty TNHH Giày Hưng Phát', 'year': 2026},
       'Công ty mình năm nay đạt chỉ tiêu huấn luyện an toàn vệ sinh viên chưa?',
       {'role': 'Chủ tịch CĐCS', 'province': 'Hồ Chí Minh', 'union': 'CĐCS Công ty TNHH Giày Hưng Phát'})
    tq({'unit': 'LĐLĐ tỉnh Cà Mau', 'year': 2025},
       'Năm ngoái LĐLĐ tỉnh mình mở được bao nhiêu lớp so với kế hoạch?',
       {'role': 'Phó chủ tịch CĐCS', 'province': 'Cà Mau', 'union': 'CĐCS Công ty CP Thủy sản Năm Căn'})
    tq({'unit': 'LĐLĐ TP Cần Thơ', 'year': 2027},
       'Năm sau thành phố mình có chỉ tiêu tập huấn ủy viên UBKT bao nhiêu người?',
       {'role': 'Ủy viên UBKT', 'province': 'Cần Thơ', 'union': 'CĐCS Công ty TNHH Thủy sản Tân Long'})

# ------------------------------------------------------------------------------ facts & off topic
def gen_facts():
    for seed, txt, strings in FACTS:
        addq('fact', txt, None, [], strings, spec={'seed': seed})

def gen_off():
    for txt in OFF_UNRELATED:
        addq('off_topic', txt, None, [], [], spec={})
    for txt, chk in OFF_NEAR:
        addq('off_topic', txt, None, [], [], spec={'check': chk})

# ------------------------------------------------------------------------------ dialogues
DIALOGUES = []

def lst(flt, lim=5, minlen=1):
    got = cset(flt, lim)
    if not got or len(got) < minlen or any(c.start is None for c in got):
        return None
    if len({c.start for c in got}) != len(got):
        return None
    return got

def T_list(text, flt, got):
    return (text, {'kind': 'course_list', 'codes': [c.code for c in got], 'text': []}, {'kind': 'course_list', 'filter': flt})

def T_course(text, flt, idx, c, fields, kind='course'):
    et = [V.text_of(c, f) for f in fields]
    return (text, {'kind': kind, 'codes': [c.code], 'text': et}, {'kind': kind, 'list': flt, 'index': idx, 'text': fields})

def T_one(text, flt, c, fields, kind='course'):
    et = [V.text_of(c, f) for f in fields]
    return (text, {'kind': kind, 'codes': [c.code], 'text': et}, {'kind': kind, 'filter': flt, 'text': fields})

def T_target(text, flt):
    got = [t for t in TARGETS if V.target_match(t, flt)]
    assert got and len(got) <= 4, flt
    et = []
    for t in got:
        et.append(t.value)
        if t.done and len(got) == 1:
            et.append(t.done)
    return (text, {'kind': 'target', 'codes': [t.code for t in got], 'text': et}, {'kind': 'target', 'filter': flt})

def T_fact(i):
    seed, txt, strings = FACTS[i]
    return (txt, {'kind': 'fact', 'codes': [], 'text': strings}, {'kind': 'fact', 'seed': seed})

DFACTS = [  # follow-up facts (elliptical) for dialogues
    ('001', 'Lạng Sơn có tất cả bao nhiêu cán bộ công đoàn vậy?', ['8.343']),
    ('001', 'thế chuyên trách có bao nhiêu người?', ['74']),
    ('001', 'còn riêng huyện Chi Lăng?', ['366']),
    ('004', 'Hồi trước Sóc Trăng bồi dưỡng được bao nhiêu cán bộ CĐCS, đạt mấy phần trăm?', ['8.891/9.074', '97,9%']),
    ('004', 'còn đoàn viên được học nâng cao trình độ thì tỷ lệ bao nhiêu?', ['61,23%']),
    ('000', 'Năm 2016 Hà Nội mở được bao nhiêu lớp cho cán bộ công đoàn, có đạt kế hoạch không?', ['33/33 lớp']),
    ('000', 'thế số học viên so với kế hoạch?', ['3831/3580', '107%']),
    ('003', 'Lạng Sơn từng mở lớp giảng viên kiêm chức cho bao nhiêu người vậy?', ['25 đồng chí']),
    ('002', 'Năm 2020 huyện Mê Linh mở mấy lớp tập huấn cho cán bộ công đoàn?', ['2 lớp']),
    ('004', 'Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên?', ['1464/CTr-TLĐ']),
]
def T_dfact(i):
    seed, txt, strings = DFACTS[i]
    return (txt, {'kind': 'fact', 'codes': [], 'text': strings}, {'kind': 'fact', 'seed': seed})

def T_off(text):
    return (text, {'kind': 'off_topic', 'codes': [], 'text': []}, {'kind': 'off_topic'})

def pick_list(prov_list=None, topics=None, minlen=2, need_reg=None, former=False):
    cands = []
    for p in (prov_list or PROVS):
        for t in (topics or ['tlld', 'atvsld', 'nucong', 'taichinh', 'kiemtra', 'phapluat', 'nghiepvu', 'tranhchap', 'ptdv', 'tuyengiao']):
            flt = {'prov': p, 'topic': t, 'time': 'upcoming'}
            got = lst(flt, 5, minlen)
            if got and (need_reg is None or (need_reg < len(got) and V.registerable(got[need_reg]))):
                cands.append((p, t, flt, got))
    R.shuffle(cands)
    return cands

def first_reg(got):
    for i, c in enumerate(got):
        if V.registerable(c):
            return i
    return None

ORD = ['đầu tiên', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5']

def dlg_D1(n):
    out = []
    for p, t, flt, got in pick_list(minlen=2):
        if len(out) >= n: break
        others = [(p2, f2, g2) for p2, t2, f2, g2 in pick_list(topics=[t], minlen=1) if p2 != p]
        others = [(p2, f2, g2) for p2, f2, g2 in others if first_reg(g2) is not None]
        if not others or got[1].fmt == 'online': continue
        p2, f2, g2 = others[0]
        k = first_reg(g2)
        if not once(('d1', p)): continue
        tt = R.choice(TQ[t])
        vw = venue_word(got[1])
        turns = [T_list(f'Ở {R.choice(PN[p])} có lớp {tt} nào sắp tới không ạ?', flt, got),
                 T_course(R.choice(['cái thứ 2 học ở đâu vậy', 'lớp thứ hai tổ chức ở đâu?']), flt, 1, got[1], ['venue:' + vw]),
                 T_course(R.choice(['lớp đó học mấy ngày, bắt đầu hôm nào?', 'học từ ngày nào?']), flt, 1, got[1], ['start']),
                 T_list(R.choice([f'còn ở {R.choice(PN[p2])} thì sao?', f'thế {R.choice(PN[p2])} có không?']), f2, g2),
                 T_course(f'đăng ký cho mình lớp {ORD[k]} ở {R.choice(PN[p2])} nhé', f2, k, g2[k], [], 'register')]
        out.append({'turns': turns})
    return out

def dlg_D2(n):
    out = []
    for p, t, flt, got in pick_list(minlen=1, need_reg=0):
        if len(out) >= n: break
        c = got[0]
        if not c.deadline or not once(('d2', p)): continue
        tt = R.choice(TQ[t])
        fi = R.choice([0, 3, 5, 7, 8, 9])
        prof = {'role': 'Chủ tịch CĐCS', 'province': p, 'union': R.choice(UNIONS[p])}
        intro = R.choice(INTROS).format(P=R.choice(PN[p]), U=R.choice(UNIONS[p]).replace('CĐCS Công ty ', ''))
        turns = [T_list(cap(f'{intro}có lớp {tt} nào ở {R.choice(PN[p])} không?'), flt, got),
                 T_course(R.choice(['lớp đầu tiên hạn đăng ký tới bao giờ?', 'cái đầu hạn đk đến ngày nào vậy']), flt, 0, c, ['deadline']),
                 T_dfact(fi),
                 T_course(f'quay lại lớp {tt} lúc nãy, đăng ký giúp em lớp đầu tiên', flt, 0, c, [], 'register'),
                 T_target('À năm nay LĐLĐ tỉnh mình chỉ tiêu bồi dưỡng chủ tịch CĐCS đạt bao nhiêu rồi?',
                          {'unit': LDLD[p], 'year': 2026, 'content': ['chủ tịch']})]
        out.append({'turns': turns, 'profile': prof})
    return out

def dlg_D3(n):
    out = []
    for p, t, flt, got in pick_list(minlen=2, need_reg=1):
        if len(out) >= n: break
        wrongs = [(p0, f0, g0) for p0, t0, f0, g0 in pick_list(topics=[t], minlen=1) if p0 != p]
        if not wrongs or not once(('d3', p)): continue
        p0, f0, g0 = wrongs[0]
        tt = R.choice(TQ[t])
        turns = [T_list(f'Có lớp {tt} ở {R.choice(PN[p0])} không ạ?', f0, g0),
                 T_list(R.choice([f'à nhầm, ý em là ở {R.choice(PN[p])}', f'ấy chết em gõ nhầm, {R.choice(PN[p])} cơ']), flt, got),
                 T_course(R.choice(['lớp thứ hai khai giảng ngày nào?', 'cái thứ 2 bắt đầu hôm nào vậy']), flt, 1, got[1], ['start']),
                 T_course('đăng ký cho em lớp đó', flt, 1, got[1], [], 'register'),
                 T_off(f'cảm ơn nha, mà hôm nay {R.choice(CITY)} có mưa không?')]
        out.append({'turns': turns})
    return out

def dlg_D4(n):
    out = []
    for p in R.sample(PROVS, len(PROVS)):
        if len(out) >= n: break
        cands = [(f, g) for pp, t, f, g in pick_list(prov_list=[p], topics=['atvsld'], minlen=1, need_reg=0)]
        if not cands or not once(('d4', p)): continue
        f, g = cands[0]
        up = unit_phrase(p)
        vw = venue_word(g[0])
        if g[0].fmt == 'online': continue
        turns = [T_target(f'Năm nay {up} chỉ tiêu huấn luyện ATVSLĐ là bao nhiêu, được bao nhiêu rồi?',
                          {'unit': LDLD[p], 'year': 2026, 'content': ['an toàn']}),
                 T_target(R.choice(['thế năm ngoái số lớp tập huấn thì sao?', 'còn năm ngoái mở được mấy lớp?']),
                          {'unit': LDLD[p], 'year': 2025}),
                 T_list(f'ở {R.choice(PN[p])} có lớp ATVSLĐ nào sắp tới để cử anh em đi học không?', f, g),
                 T_course(R.choice(['lớp đầu ở đâu', 'cái đầu tiên học ở đâu vậy']), f, 0, g[0], ['venue:' + vw]),
                 T_course('ok đk cho mình lớp này', f, 0, g[0], [], 'register')]
        out.append({'turns': turns})
    return out

def dlg_D5():
    out = []
    f = {'prov': 'Hồ Chí Minh', 'evening': True, 'time': 'upcoming'}
    g = lst(f)
    idx = [i for i, c in enumerate(g) if 'miễn phí' in c.note]
    i = idx[0]
    out.append({'turns': [
        T_list('em làm ca ở KCN, có lớp buổi tối nào ở TP.HCM không?', f, g),
        T_course(f'cái {ORD[i]} học ở đâu', f, i, g[i], ['venue:' + venue_word(g[i])]),
        T_course('có mất phí không', f, i, g[i], ['note:miễn phí']),
        T_course('đăng ký cho em lớp đó', f, i, g[i], [], 'register'),
        T_dfact(3)], 'profile': {'role': 'Tổ trưởng công đoàn', 'province': 'Hồ Chí Minh', 'union': 'CĐCS Công ty TNHH Giày Hưng Phát'}})
    f2 = {'prov': 'Hồ Chí Minh', 'weekend': True, 'time': 'window', 'from': '2026-12-01T00:00', 'to': '2027-01-01T00:00'}
    g2 = lst(f2)
    k = first_reg(g2)
    out.append({'turns': [
        T_list('Tháng 12 ở Sài Gòn có lớp nào học thứ Bảy Chủ nhật không ạ?', f2, g2),
        T_course(f'lớp {ORD[k]} là lớp gì, học ở đâu?', f2, k, g2[k], ['venue:' + venue_word(g2[k])]),
        T_dfact(9),
        T_course(f'quay lại lớp {ORD[k]} cuối tuần lúc nãy, đăng ký cho em', f2, k, g2[k], [], 'register')]})
    f3 = {'prov': 'Cần Thơ', 'evening': True, 'time': 'upcoming'}
    g3 = lst(f3)
    f4 = {'prov': 'Cà Mau', 'evening': True, 'time': 'upcoming'}
    g4 = lst(f4)
    out.append({'turns': [
        T_list('Cần Thơ có lớp nào học buổi tối không, ban ngày em đứng máy', f3, g3),
        T_course('học mấy giờ, ở đâu vậy', f3, 0, g3[0], ['venue:' + venue_word(g3[0])]),
        T_list('thế còn Cà Mau?', f4, g4),
        T_course('đăng ký lớp ở Cà Mau cho em', f4, 0, g4[0], [], 'register'),
        T_target('Năm nay công đoàn Thủy sản Năm Căn chỉ tiêu tập huấn ATVSLĐ cho công nhân là bao nhiêu?',
                 {'unit': 'CĐCS Công ty CP Thủy sản Năm Căn', 'year': 2026})]})
    return out

def dlg_D6(n):
    out = []
    for p, t, flt, got in pick_list(minlen=1):
        if len(out) >= n: break
        if not once(('d6', p)): continue
        a = R.choice([0, 3, 5])
        seq = {0: [0, 1, 2], 3: [3, 4], 5: [5, 6]}[a]
        turns = [T_dfact(i) for i in seq]
        tt = R.choice(TQ[t])
        turns.append(T_list(f'thôi quay về chuyện tỉnh mình, {R.choice(PN[p])} có lớp {tt} nào không', flt, got))
        turns.append(T_course(R.choice(['lớp đầu học ngày nào', 'cái đầu tiên khai giảng hôm nào']), flt, 0, got[0], ['start']))
        out.append({'turns': turns[:6]})
    return out

def dlg_D7(n):
    out = []
    for c in COURSES:
        if len(out) >= n: break
        if 'lùi lịch' not in c.title or not V.registerable(c): continue
        flt = {'prov': c.prov, 'topic': c.topic, 'time': 'upcoming'}
        got = lst(flt)
        dec = {'prov': c.prov, 'time': 'window', 'from': '2026-12-01T00:00', 'to': '2027-01-01T00:00'}
        gd = lst(dec)
        if not got or not gd or c not in gd: continue
        if not once(('d7', c.prov)): continue
        old = re.search(r'từ ngày (\S+) sang', c.note)[1]
        tt = R.choice(TQ[c.topic])
        one = {'prov': c.prov, 'topic': c.topic, 'title': ['lùi lịch'], 'time': 'upcoming', 'specific': True}
        turns = [T_list(f'Lớp {tt} ở {R.choice(PN[c.prov])} sắp tới có những lớp nào?', flt, got),
                 T_one(f'lớp ngày {old} em nghe bị dời, dời sang hôm nào vậy?', one, c, ['start']),
                 T_list(R.choice([f'thế tháng sau ở {R.choice(PN[c.prov])} có những lớp nào?', 'thế cả tháng sau có những lớp gì?']), dec, gd),
                 T_one('đăng ký cho em lớp bị dời đó', one, c, [], 'register')]
        out.append({'turns': turns})
    return out

def dlg_D8(n):
    out = []
    fs = list(FORMER_Q)
    R.shuffle(fs)
    for f in fs:
        if len(out) >= n: break
        cur = V.FORMER[f][0]
        for t in ['atvsld', 'nghiepvu', 'tlld', 'nucong', 'taichinh', 'phapluat', 'kiemtra', 'ptdv', 'tuyengiao', 'tranhchap']:
            flt = {'former': f, 'topic': t, 'time': 'upcoming'}
            got = lst(flt)
            if not got: continue
            f2s = [x for x in fs if x != f and V.FORMER[x][0] != cur]
            f2 = None
            for x in f2s:
                fl2 = {'former': x, 'topic': t, 'time': 'upcoming'}
                g2 = lst(fl2)
                if g2 and first_reg(g2) is not None:
                    f2 = x; break
            if not f2 or got[0].fmt == 'online': continue
            if not once(('d8', f)): break
            k = first_reg(g2)
            tt = R.choice(TQ[t])
            turns = [T_list(f'Ở {R.choice(FORMER_Q[f])} có lớp {tt} nào không?', flt, got),
                     T_course('lớp đầu ở đâu vậy', flt, 0, got[0], ['venue:' + venue_word(got[0])]),
                     T_list(f'còn ở {R.choice(FORMER_Q[x])} thì sao?', fl2, g2),
                     T_target(f'À mà năm nay {unit_phrase(cur)} đạt chỉ tiêu bồi dưỡng chủ tịch CĐCS chưa?',
                              {'unit': LDLD[cur], 'year': 2026, 'content': ['chủ tịch']}),
                     T_course(f'ok, đăng ký giúp em lớp {ORD[k]} ở {R.choice(FORMER_Q[x])}', fl2, k, g2[k], [], 'register')]
            out.append({'turns': turns})
            break
    return out

def dlg_D9():
    out = []
    f = {'org': 'Tổng Liên đoàn Lao động Việt Nam', 'fmt': 'online', 'time': 'window', 'from': '2026-11-23T09:00', 'to': '2027-03-01T00:00'}
    g = lst(f)
    f2 = {'org': 'Trường Đại học Công đoàn', 'aud': 'gvkc', 'time': 'upcoming'}
    g2 = lst(f2)
    out.append({'turns': [
        T_list('Từ giờ tới hết tháng 2 năm sau có khóa học trực tuyến nào của Tổng Liên đoàn không?', f, g),
        T_course('cái thứ 2 học mấy ngày, có mất tiền không', f, 1, g[1], ['note:Miễn phí']),
        T_course('đăng ký cho mình khóa đó', f, 1, g[1], [], 'register'),
        T_list('Trường Đại học Công đoàn có lớp nào cho giảng viên kiêm chức không?', f2, g2),
        T_course('học phí bao nhiêu vậy', f2, 0, g2[0], ['note:2.000.000']),
        T_fact(FACT_IDX['gvkc'])]})
    f3 = {'org': 'Công đoàn Giáo dục Việt Nam', 'time': 'window', 'from': '2026-11-23T09:00', 'to': '2027-01-01T00:00'}
    g3 = lst(f3)
    f4 = {'org': 'Công đoàn Y tế Việt Nam', 'time': 'upcoming'}
    g4 = lst(f4)
    out.append({'turns': [
        T_list('Công đoàn Giáo dục Việt Nam từ nay tới cuối năm có lớp nào không ạ?', f3, g3),
        T_course('lớp thứ nhất học ở đâu', f3, 0, g3[0], ['venue:Trường Đại học Công đoàn']),
        T_course('thế cái online thì học lúc mấy giờ', f3, 1, g3[1], ['start']),
        T_list('còn Công đoàn Y tế Việt Nam thì sao?', f4, g4),
        T_course('đăng ký lớp đầu tiên của Công đoàn Y tế cho em', f4, 0, g4[0], [], 'register')],
        'profile': {'role': 'Chủ tịch CĐCS', 'province': 'Lâm Đồng', 'union': 'CĐCS Trường THPT Bảo Lộc'}})
    return out

def dlg_D10(n):
    out = []
    for p in R.sample(PROVS, len(PROVS)):
        if len(out) >= n: break
        a = lst({'prov': p, 'topic': 'nghiepvu', 'time': 'upcoming'})
        b = lst({'prov': p, 'topic': 'taichinh', 'time': 'upcoming'})
        if not a or not b or first_reg(b) is None or a[0].fmt == 'online': continue
        if not once(('d10', p)): continue
        fa = {'prov': p, 'topic': 'nghiepvu', 'time': 'upcoming'}
        fb = {'prov': p, 'topic': 'taichinh', 'time': 'upcoming'}
        k = first_reg(b)
        prof = {'role': 'Chủ tịch CĐCS', 'province': p, 'union': R.choice(UNIONS[p])}
        turns = [T_target('Năm nay tỉnh mình còn thiếu bao nhiêu so với chỉ tiêu bồi dưỡng chủ tịch CĐCS?',
                          {'unit': LDLD[p], 'year': 2026, 'content': ['chủ tịch']}),
                 T_list('có lớp nghiệp vụ công đoàn nào sắp tới ở tỉnh mình không', fa, a),
                 T_course('cái đầu tiên ở đâu', fa, 0, a[0], ['venue:' + venue_word(a[0])]),
                 T_list('à nhầm, em muốn hỏi lớp tài chính công đoàn', fb, b),
                 T_course(f'đăng ký lớp {ORD[k]} giúp em', fb, k, b[k], [], 'register')]
        out.append({'turns': turns, 'profile': prof})
    return out

FACT_IDX = {}

def main():
    for i, (seed, txt, s) in enumerate(FACTS):
        if '25 đồng chí' in s:
            FACT_IDX['gvkc'] = i
    gen_t1(32); gen_t2(12); gen_t3(12); gen_t4(12); gen_t5(); gen_t6(9); gen_t7(); gen_t8(30); gen_t9()
    gen_t10(20); gen_t11()
    gen_targets(); gen_facts(); gen_off()
    # styles: even split, shuffled
    n = len(QUESTIONS)
    styles = (['diacritics', 'plain', 'abbrev', 'typo'] * (n // 4 + 1))[:n]
    R.shuffle(styles)
    order = list(range(n))
    R.shuffle(order)
    qs, specs = [], []
    for k, i in enumerate(order, start=1):
        q = QUESTIONS[i]
        qid = f'b17-q{k:03d}'
        st = styles[k - 1]
        rec = {'id': qid, 'q': styled(q['q0'], st, R), 'style': st, 'kind': q['kind'], 'expect': q['expect'],
               'expect_text': q['expect_text']}
        if 'profile' in q:
            rec['profile'] = q['profile']
        qs.append(rec)
        specs.append(dict({'id': qid, 'kind': q['kind'], 'q_diacritics': q['q0']}, **q['spec']))
    ds = []
    groups = [dlg_D1(5), dlg_D2(4), dlg_D3(4), dlg_D4(4), dlg_D5(), dlg_D6(3), dlg_D7(4), dlg_D8(4), dlg_D9(), dlg_D10(4)]
    allg = [d for g in groups for d in g]
    dstyles = (['diacritics', 'plain', 'abbrev', 'typo'] * 20)[:len(allg)]
    R.shuffle(dstyles)
    for k, (d, st) in enumerate(zip(allg, dstyles), start=1):
        did = f'b17-d{k:02d}'
        rec = {'id': did, 'style': st}
        if d.get('profile'):
            rec['profile'] = d['profile']
        rec['turns'] = [{'q': styled(t[0], st, R), 'expect': t[1]} for t in d['turns']]
        ds.append(rec)
        specs.append({'id': did, 'turns': [dict(t[2], q_diacritics=t[0]) for t in d['turns']]})
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in qs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
        for r in ds:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'specs.jsonl'), 'w', encoding='utf-8') as f:
        for r in specs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print('questions', len(qs), Counter(q['kind'] for q in qs), Counter(q['style'] for q in qs))
    print('profiles', sum('profile' in q for q in qs))
    print('dialogues', len(ds), 'turns', sum(len(d['turns']) for d in ds), [len(g) for g in groups])

if __name__ == '__main__':
    main()
