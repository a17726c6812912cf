# Generates ../questions.jsonl, ../dialogues.jsonl and criteria.json (used by ../validate.py).
import json, random, re, csv, sys, datetime as dt
sys.path.insert(0, '.')
from common import *
from textstyle import render

R = random.Random(2026)
CS = load_courses('../courses.csv')
ALL = list(CS.values())
TG = list(csv.DictReader(open('../targets.csv', encoding='utf-8-sig')))
STYLES = ['diacritics', 'plain', 'abbrev', 'typo']

PROVS_MAIN = ['Hà Nội', 'Hải Phòng', 'Hưng Yên', 'Ninh Bình', 'Phú Thọ', 'Bắc Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị']
PROVS = sorted({c.prov for c in ALL})
SAY = {'Hà Nội': ['Hà Nội', 'HN', 'Hà Nội'], 'Hồ Chí Minh': ['TP HCM', 'TP Hồ Chí Minh'], 'Huế': ['Huế', 'TP Huế'], 'Thanh Hóa': ['Thanh Hóa', 'Thanh Hoá'],
       'Hải Phòng': ['Hải Phòng', 'HP'], 'Đà Nẵng': ['Đà Nẵng']}
def say(p):
    return R.choice(SAY.get(p, [p]))
FORMER = {  # area word in venues -> (current province, how users say it)
    'Hải Dương': ('Hải Phòng', ['Hải Dương', 'tỉnh Hải Dương cũ', 'Hải Dương (cũ)']),
    'Thái Bình': ('Hưng Yên', ['Thái Bình', 'tỉnh Thái Bình cũ']), 'Nam Định': ('Ninh Bình', ['Nam Định', 'TP Nam Định cũ']),
    'Hà Nam': ('Ninh Bình', ['Hà Nam', 'Hà Nam cũ']), 'Vĩnh Phúc': ('Phú Thọ', ['Vĩnh Phúc', 'Vĩnh Phúc cũ']),
    'Hòa Bình': ('Phú Thọ', ['Hòa Bình', 'Hoà Bình']), 'Bắc Giang': ('Bắc Ninh', ['Bắc Giang', 'tỉnh Bắc Giang cũ']),
    'Quảng Bình': ('Quảng Trị', ['Quảng Bình', 'Quảng Bình cũ']), 'Mê Linh': ('Hà Nội', ['Mê Linh', 'huyện Mê Linh']),
    'Thường Tín': ('Hà Nội', ['huyện Thường Tín']), 'Sơn Tây': ('Hà Nội', ['thị xã Sơn Tây', 'Sơn Tây']),
    'Hà Đông': ('Hà Nội', ['quận Hà Đông', 'Hà Đông']), 'Đông Anh': ('Hà Nội', ['Đông Anh']),
    'Kinh Môn': ('Hải Phòng', ['thị xã Kinh Môn']), 'Tiền Hải': ('Hưng Yên', ['huyện Tiền Hải']), 'Kỳ Anh': ('Hà Tĩnh', ['thị xã Kỳ Anh', 'Kỳ Anh']),
    'Nghi Sơn': ('Thanh Hóa', ['thị xã Nghi Sơn', 'Nghi Sơn']), 'Diễn Châu': ('Nghệ An', ['huyện Diễn Châu']), 'Hoàng Mai': ('Nghệ An', ['thị xã Hoàng Mai']),
    'Từ Sơn': ('Bắc Ninh', ['Từ Sơn']), 'Hồng Lĩnh': ('Hà Tĩnh', ['thị xã Hồng Lĩnh']),
    'Bắc Kạn': ('Thái Nguyên', ['Bắc Kạn']), 'Hà Giang': ('Tuyên Quang', ['Hà Giang']), 'Yên Bái': ('Lào Cai', ['Yên Bái']),
    'Quảng Nam': ('Đà Nẵng', ['Quảng Nam']), 'Bình Dương': ('Hồ Chí Minh', ['Bình Dương']), 'Chi Lăng': ('Lạng Sơn', ['huyện Chi Lăng'])}
TP = {'nghiepvu': ['nghiệp vụ công tác công đoàn'], 'thuongluong': ['thương lượng tập thể', 'đối thoại, thương lượng tập thể', 'kỹ năng thương lượng'],
      'atvsld': ['an toàn vệ sinh lao động', 'ATVSLĐ', 'an toàn, vệ sinh lao động'], 'phapluat': ['pháp luật lao động', 'tư vấn pháp luật'],
      'tranhchap': ['giải quyết tranh chấp lao động', 'tranh chấp lao động'], 'nucong': ['nữ công', 'công tác nữ công', 'bình đẳng giới'],
      'taichinh': ['tài chính công đoàn', 'tài chính cđ'], 'kiemtra': ['công tác kiểm tra', 'kiểm tra công đoàn'], 'tuyengiao': ['tuyên truyền'],
      'phattrien': ['phát triển đoàn viên'], 'tinhoc': ['chuyển đổi số'], 'giangvien': ['giảng viên kiêm chức'], 'vanthu': ['văn thư lưu trữ'],
      'llct': ['lý luận chính trị']}
AP = {'ct': ['chủ tịch công đoàn cơ sở', 'chủ tịch CĐCS', 'chủ tịch cđcs'], 'ketoan': ['kế toán công đoàn', 'kế toán, thủ quỹ công đoàn'],
      'ubkt': ['ủy viên ủy ban kiểm tra', 'ủy ban kiểm tra công đoàn'], 'nucong': ['cán bộ nữ công'], 'atvsv': ['an toàn vệ sinh viên'],
      'totruong': ['tổ trưởng công đoàn'], 'moi': ['cán bộ công đoàn mới được bầu'], 'ctr': ['cán bộ công đoàn chuyên trách'], 'gv': ['giảng viên kiêm chức']}
MONTHS = {(2026, 12): ['tháng 12', 'tháng 12 này', 'tháng sau'], (2027, 1): ['tháng 1/2027', 'tháng 1 năm sau'], (2027, 2): ['tháng 2/2027'],
          (2027, 3): ['tháng 3/2027', 'tháng 3 năm sau'], (2027, 4): ['tháng 4/2027'], (2027, 5): ['tháng 5 năm 2027']}

crit_store = {}
def up(c):
    return c.upcoming and not c.cancelled

def regable(c):
    return up(c) and c.start and fold(c.status) != 'du kien' and not c.full and (c.deadline is None or c.deadline > NOW)

def base_title(t):
    return re.sub(r'\s*(\(đợt \d\)|- đợt \d|, đợt \d| - Đợt \d)$', '', t)

def batch(t):
    m = re.search(r'[đĐ]ợt (\d)', t)
    return int(m.group(1)) if m else None

def place_word(c):
    m = re.search(r'(phường|xã) ([^,()]+?)(?:\s*\(|,|$| và)', c.venue)
    return m.group(2).strip() if m else None

def ok_list(crit, lo=1, hi=3, strict=True, dated=False):
    s, m = match(CS, crit)
    if not (lo <= len(s) <= hi):
        return None
    if strict and m:
        return None
    if dated and (any(c.start is None for c in s) or len({c.start for c in s}) < len(s)):
        return None
    return s

# ---------------- course questions ----------------
Q = []
def addq(kind, text, expect, expect_text, crit=None, profile=None, style=None):
    qid = f'q{len(Q) + 1:03d}'
    Q.append(dict(id=qid, q=text, style=style, kind=kind, expect=expect, expect_text=expect_text, profile=profile))
    if crit is not None:
        crit_store[qid] = crit

topics = list(TP)
cq = []  # (text, crit, expect_text, profile)
def combos_prov_topic():
    out = []
    for p in PROVS:
        for t in topics:
            for online in (False,):
                crit = {'prov': p, 'topic': t}
                s = ok_list(crit)
                if s and t != 'nghiepvu':
                    out.append(crit)
    return out
ptc = combos_prov_topic(); R.shuffle(ptc)
T_A = ['Có lớp {tp} nào ở {p} không?', 'co lop {tp} o {p} ko', 'Cho mình hỏi {p} sắp tới có lớp tập huấn {tp} không ạ?',
       'Ở {p} có mở lớp {tp} không bạn', 'lớp {tp} tại {p} khi nào học?', 'Mình ở {p}, muốn học lớp về {tp} thì có lớp nào?',
       'Sắp tới {p} có tập huấn {tp} cho cán bộ công đoàn không?', 'e muốn hỏi lớp {tp} ở {p} ạ', '{p} có lớp {tp} ko, lịch thế nào?',
       'Chào bạn, mình là chủ tịch CĐCS một công ty ở {p}. Năm nay bên mình cần cử người đi học {tp}, có lớp nào không?']
used_keys = set()
for crit in ptc[:42]:
    s = ok_list(crit)
    used_keys.add((crit['prov'], crit['topic']))
    cq.append((R.choice(T_A).format(tp=R.choice(TP[crit['topic']]), p=say(crit['prov'])), crit, [], None, 'A'))

# B: former names / areas
T_B = ['Có lớp {tp} nào ở {f} không?', 'lớp {tp} ở {f} có không ạ', 'Bên {f} sắp tới có tập huấn {tp} không?',
       'Mình ở {f}, có lớp {tp} gần không?', 'ở {f} có lớp nào về {tp} ko', 'Tập huấn {tp} khu vực {f} học ở đâu?']
bc = []
for area, (prov, names) in FORMER.items():
    for t in topics:
        crit = {'prov': prov, 'topic': t, 'area': area}
        s = ok_list(crit)
        if s and t != 'nghiepvu':
            full = ok_list({'prov': prov, 'topic': t}, hi=9, strict=False)
            bc.append((crit, names, full is not None and [c.code for c in full] == [c.code for c in s]))
R.shuffle(bc)
bc.sort(key=lambda x: not x[2])
seen_area = {}
for crit, names, same in bc:
    if seen_area.get(crit['area'], 0) >= 3 or sum(1 for x in cq if x[4] == 'B') >= 30:
        continue
    seen_area[crit['area']] = seen_area.get(crit['area'], 0) + 1
    cq.append((R.choice(T_B).format(tp=R.choice(TP[crit['topic']]), f=R.choice(names)), crit, [], None, 'B'))

# C: audience
T_C = ['Có lớp nào dành cho {a} ở {p} không?', 'lop cho {a} o {p} sap toi', '{p} có lớp tập huấn nào cho {a} không ạ?',
       'Mình là {a} ở {p}, có lớp nào phù hợp không?', 'Sắp tới ở {p} có khóa bồi dưỡng nào cho {a}?']
cc = []
for p in PROVS:
    for a in AP:
        crit = {'prov': p, 'aud': a}
        if ok_list(crit):
            cc.append(crit)
        for mo in ((2026, 12), (2027, 1), (2027, 3)):
            crit2 = {'prov': p, 'aud': a, 'month': mo}
            if a == 'ct' and ok_list(crit2) and not ok_list(crit):
                cc.append(crit2)
R.shuffle(cc)
for crit in cc[:20]:
    a = R.choice(AP[crit['aud']])
    if 'month' in crit:
        txt = R.choice(['{m} ở {p} có lớp nào cho {a} không?', 'Lớp cho {a} ở {p} trong {m}?']).format(m=R.choice(MONTHS[crit['month']]), p=say(crit['prov']), a=a)
    else:
        txt = R.choice(T_C).format(a=a, p=say(crit['prov']))
    cq.append((txt, crit, [], None, 'C'))

# D: month
T_D = ['{m} ở {p} có lớp tập huấn nào không?', 'Trong {m} {p} có những lớp nào?', '{p} {m} có lớp gì cho cán bộ công đoàn ko',
       'Lịch tập huấn {m} của {p} thế nào bạn?']
dc = []
for p in PROVS:
    for mo in MONTHS:
        crit = {'prov': p, 'month': mo}
        if ok_list(crit, 1, 4):
            dc.append(crit)
R.shuffle(dc)
for crit in dc[:12]:
    cq.append((R.choice(T_D).format(m=R.choice(MONTHS[crit['month']]), p=say(crit['prov'])), crit, [], None, 'D'))

# E: online
ec = []
for t in topics:
    crit = {'topic': t, 'online': True}
    if ok_list(crit, 1, 3):
        ec.append(crit)
for p in PROVS:
    crit = {'prov': p, 'online': True}
    if ok_list(crit, 1, 3):
        ec.append(crit)
R.shuffle(ec)
for crit in ec[:10]:
    if 'topic' in crit:
        txt = R.choice(['Có lớp {tp} nào học trực tuyến không?', 'lớp {tp} online có ko bạn', 'Mình bận không đi học tập trung được, có lớp {tp} học online không?']).format(tp=R.choice(TP[crit['topic']]))
    else:
        txt = R.choice(['{p} có lớp nào học trực tuyến không?', 'Ở {p} có lớp online nào sắp tới ko', 'Lớp học qua Zoom của {p} có những lớp nào?']).format(p=say(crit['prov']))
    cq.append((txt, crit, [], None, 'E'))

# F: organiser
fc = []
orgs = sorted({c.org for c in ALL})
for o in orgs:
    if o.startswith('LĐLĐ'):
        continue
    crit = {'org': o}
    if ok_list(crit, 1, 3):
        fc.append(crit)
    else:
        crit = {'org': o, 'first': True}
        if first_clear(CS, crit) and len(match(CS, {'org': o})[0]) > 1:
            fc.append(crit)
R.shuffle(fc)
for crit in fc[:12]:
    o = crit['org']
    if crit.get('first'):
        txt = R.choice(['Lớp gần nhất của {o} là lớp nào?', '{o} sắp tới mở lớp gì đầu tiên?']).format(o=o)
    else:
        txt = R.choice(['{o} có tổ chức lớp nào sắp tới không?', 'Các lớp do {o} mở là những lớp nào?', 'cho mình xem lớp của {o}']).format(o=o)
    cq.append((txt, crit, [], None, 'F'))

# J: first only
jc = []
for p in PROVS:
    for t in topics:
        crit = {'prov': p, 'topic': t, 'first': True}
        if (p, t) in used_keys or t == 'nghiepvu':
            continue
        s, m = match(CS, crit)
        full, _ = match(CS, {'prov': p, 'topic': t})
        if first_clear(CS, crit) and len(full) >= 4:
            jc.append(crit)
R.shuffle(jc)
for crit in jc[:8]:
    txt = R.choice(['Lớp {tp} gần nhất ở {p} là khi nào?', 'Lớp {tp} sớm nhất ở {p} học ngày nào?', 'sắp tới gần nhất {p} có lớp {tp} nào']).format(tp=R.choice(TP[crit['topic']]), p=say(crit['prov']))
    s, _ = match(CS, crit)
    cq.append((txt, crit, [fmt_d(s[0].start)], None, 'J'))

# H: profile
hc = []
ORG_BY_PROV = {}
for c in ALL:
    ORG_BY_PROV.setdefault(c.prov, set()).add(c.org)
for p in PROVS_MAIN:
    for t in topics:
        crit = {'prov': p, 'topic': t}
        if (p, t) not in used_keys and t != 'nghiepvu' and ok_list(crit):
            hc.append(('t', crit))
    crit = {'prov': p, 'aud': 'ct', 'month': (2026, 12)}
    if ok_list(crit, 1, 4):
        hc.append(('a', crit))
R.shuffle(hc)
ROLES = ['chủ tịch CĐCS', 'chủ tịch CĐCS', 'phó chủ tịch CĐCS', 'ủy viên BCH CĐCS', 'kế toán CĐCS']
for k, crit in hc[:16]:
    p = crit['prov']
    union = R.choice(sorted(o for o in ORG_BY_PROV[p] if not o.startswith('LĐLĐ')) or [f'LĐLĐ tỉnh {p}'])
    prof = {'role': R.choice(ROLES), 'province': p, 'union': union}
    if k == 't':
        txt = R.choice(['Tỉnh mình có lớp {tp} nào không?', 'bên mình sắp có lớp {tp} ko', 'Có lớp {tp} nào gần chỗ mình không?',
                        'Mình muốn đăng ký học {tp}, ở tỉnh mình có lớp nào?']).format(tp=R.choice(TP[crit['topic']]))
    else:
        txt = R.choice(['Tháng sau tỉnh mình có lớp nào cho chủ tịch CĐCS không?', 'thang 12 nay o tinh minh co lop nao cho ct cdcs ko'])
    cq.append((txt, crit, [], prof, 'H'))

# I: past explicitly
ic = []
for c in ALL:
    if not c.upcoming and not c.cancelled and c.start and c.start.year == 2026 and c.start.month < 11 and c.topic != 'nghiepvu':
        crit = {'prov': c.prov, 'topic': c.topic, 'past': True, 'month': (c.start.year, c.start.month)}
        s, m = match(CS, crit)
        if len(s) == 1 and not m:
            ic.append((crit, c))
R.shuffle(ic)
for crit, c in ic[:5]:
    pw = place_word(c)
    txt = R.choice(['Lớp {tp} ở {p} hồi tháng {m} vừa rồi học ở đâu vậy?', 'Tháng {m} năm nay {p} có tổ chức lớp {tp}, lớp đó tổ chức ở đâu?']).format(
        tp=R.choice(TP[crit['topic']]), p=say(crit['prov']), m=crit['month'][1])
    cq.append((txt, crit, [pw] if pw else [], None, 'I'))

# G: details of one class
SHORT = {
 'Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS': 'lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS',
 'Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS mới được bầu': 'lớp nghiệp vụ cho cán bộ CĐCS mới được bầu',
 'Bồi dưỡng kỹ năng hoạt động cho ủy viên BCH công đoàn cơ sở': 'lớp kỹ năng cho ủy viên BCH',
 'Tập huấn nghiệp vụ cho tổ trưởng công đoàn': 'lớp tổ trưởng công đoàn',
 'Tập huấn kỹ năng đối thoại, thương lượng tập thể': 'lớp kỹ năng đối thoại, thương lượng tập thể',
 'Kỹ năng thương lượng, ký kết thỏa ước lao động tập thể': 'lớp ký kết thỏa ước lao động tập thể',
 'Tổ chức đối thoại tại nơi làm việc và hội nghị người lao động': 'lớp đối thoại tại nơi làm việc, hội nghị người lao động',
 'Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên': 'lớp huấn luyện cho an toàn vệ sinh viên',
 'Tập huấn công tác ATVSLĐ và phòng chống cháy nổ tại doanh nghiệp': 'lớp ATVSLĐ và phòng chống cháy nổ',
 'Vai trò công đoàn trong công tác an toàn, vệ sinh lao động': 'lớp vai trò công đoàn trong ATVSLĐ',
 'Tập huấn Bộ luật Lao động và Luật Công đoàn 2024': 'lớp Bộ luật Lao động và Luật Công đoàn 2024',
 'Kỹ năng tư vấn pháp luật cho cán bộ công đoàn cơ sở': 'lớp kỹ năng tư vấn pháp luật',
 'Phổ biến pháp luật lao động cho công nhân lao động': 'lớp phổ biến pháp luật lao động cho công nhân',
 'Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể': 'lớp giải quyết tranh chấp lao động',
 'Tập huấn công tác nữ công, bình đẳng giới': 'lớp nữ công, bình đẳng giới',
 'Bồi dưỡng nghiệp vụ cho ban nữ công công đoàn cơ sở': 'lớp nghiệp vụ ban nữ công',
 'Phòng chống quấy rối tình dục tại nơi làm việc': 'lớp phòng chống quấy rối tình dục',
 'Tập huấn nghiệp vụ tài chính công đoàn cho kế toán CĐCS': 'lớp tài chính công đoàn cho kế toán',
 'Quản lý tài chính, tài sản công đoàn cơ sở': 'lớp quản lý tài chính, tài sản công đoàn',
 'Nghiệp vụ công tác kiểm tra cho ủy viên UBKT công đoàn cơ sở': 'lớp nghiệp vụ kiểm tra cho UBKT',
 'Kiểm tra tài chính và giải quyết khiếu nại, tố cáo trong công đoàn': 'lớp kiểm tra tài chính, giải quyết khiếu nại tố cáo',
 'Kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn': 'lớp tuyên truyền trên mạng xã hội',
 'Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS': 'lớp phát triển đoàn viên, thành lập CĐCS',
 'Chuyển đổi số trong hoạt động công đoàn và sử dụng phần mềm quản lý đoàn viên': 'lớp chuyển đổi số',
 'Bồi dưỡng giảng viên kiêm chức công đoàn': 'lớp giảng viên kiêm chức',
 'Tập huấn công tác văn thư, lưu trữ trong công đoàn': 'lớp văn thư lưu trữ',
 'Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách': 'lớp lý luận chính trị',
 'Bồi dưỡng nghiệp vụ, kỹ năng hoạt động cho chủ tịch công đoàn cơ sở nhiệm kỳ mới': 'lớp bồi dưỡng chủ tịch CĐCS nhiệm kỳ mới',
}
def ident(c):
    """unique description (short, batch, prov) of an upcoming class, or None."""
    bt, b = base_title(c.title), batch(c.title)
    same = [x for x in ALL if up(x) and x.prov == c.prov and base_title(x.title) == bt and batch(x.title) == b]
    if len(same) != 1:
        return None
    # the user's short phrase must not also fit a class with a different title that is upcoming in that province
    return SHORT[bt] + (f' đợt {b}' if b else '')
gc = []
for c in ALL:
    if up(c) and ident(c):
        gc.append(c)
R.shuffle(gc)
ng = 0
for c in gc:
    if ng >= 36:
        break
    d = ident(c)
    p = say(c.prov)
    opts = []
    if c.deadline:
        opts.append(('deadline', R.choice(['{d} ở {p} hạn đăng ký đến bao giờ?', 'Hạn đăng ký {d} của {p} là ngày nào?', '{d} ({p}) đăng ký muộn nhất ngày nào']), fmt_d(c.deadline)))
    if c.start:
        opts.append(('start', R.choice(['{d} ở {p} khai giảng ngày nào?', '{d} tại {p} bắt đầu học hôm nào vậy?', 'Bao giờ thì {d} ở {p} học?']), fmt_d(c.start)))
    pw = place_word(c)
    if pw and not c.online:
        opts.append(('venue', R.choice(['{d} ở {p} học ở đâu?', 'Địa điểm {d} của {p}?', '{d} {p} tổ chức chỗ nào vậy']), pw))
    if not opts:
        continue
    f, tpl, val = R.choice(opts)
    crit = {'code': c.code, 'field': f, 'prov': c.prov, 'ident': d}
    cq.append((tpl.format(d=d, p=p), crit, [val], None, 'G'))
    ng += 1

# write course questions
R.shuffle(cq)
styles = (STYLES * 100)[:len(cq)]
R.shuffle(styles)
for (txt, crit, et, prof, cat), st in zip(cq, styles):
    if 'code' in crit:
        exp = [crit['code']]
    else:
        s, _ = match(CS, crit)
        exp = [c.code for c in s]
    crit['cat'] = cat
    addq('course', render(txt, st, R), exp, et, crit, prof, st)
n_course = len(Q)

# ---------------- targets ----------------
def tfig(r):
    return [x for x in (r['Chỉ tiêu'], r['Đã đạt']) if x]
byu = {}
for r in TG:
    byu.setdefault((r['Đơn vị'], r['Năm']), []).append(r)
tq = []
UNAME = {'LĐLĐ TP Hà Nội': ['LĐLĐ Hà Nội', 'Liên đoàn Lao động thành phố Hà Nội'], 'LĐLĐ TP Hải Phòng': ['LĐLĐ Hải Phòng', 'Liên đoàn Lao động TP Hải Phòng']}
def uname(u):
    if u in UNAME:
        return R.choice(UNAME[u])
    return R.choice([u, u.replace('LĐLĐ', 'Liên đoàn Lao động')])
YEARS = {'2025': ['năm 2025', 'năm ngoái', 'năm 2025'], '2026': ['năm nay', 'năm 2026'], '2027': ['năm 2027', 'năm sau'], '2026-2027': ['giai đoạn 2026-2027']}
def which(r):
    if r['Đối tượng'] == 'Chủ tịch CĐCS': return 'ct'
    if r['Đơn vị tính'] == 'lớp': return 'lop'
    if r['Đơn vị tính'] == '%': return 'pct'
    if '-' in r['Năm']: return 'period'
    return 'general'
rows_t = [r for r in TG if which(r) != 'period']; R.shuffle(rows_t)
rows_t.sort(key=lambda r: which(r) == 'general' and R.random() < 0.5)
for r in rows_t:
    u, y, w = r['Đơn vị'], r['Năm'], which(r)
    yr = R.choice(YEARS[y])
    if w == 'general':
        txt = R.choice(['Chỉ tiêu đào tạo cán bộ {y} của {u} là bao nhiêu?', '{u} {y} giao chỉ tiêu tập huấn cán bộ bao nhiêu, đạt được bao nhiêu rồi?',
                        'Chỉ tiêu bồi dưỡng cán bộ công đoàn của {u} {y} thế nào?', '{y} {u} đã hoàn thành chỉ tiêu đào tạo cán bộ chưa?'])
    elif w == 'ct':
        txt = R.choice(['{y} {u} giao chỉ tiêu bồi dưỡng chủ tịch CĐCS bao nhiêu người?', 'Chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở {y} của {u}?'])
    elif w == 'lop':
        txt = 'Chỉ tiêu số lớp tập huấn {y} của {u} là bao nhiêu lớp, làm được bao nhiêu lớp rồi?'
    else:
        txt = 'Tỷ lệ cán bộ CĐCS mới được bồi dưỡng nghiệp vụ {y} của {u}: chỉ tiêu bao nhiêu phần trăm, đạt bao nhiêu?'
    tq.append((txt.format(y=yr, u=uname(u)), [r['Mã chỉ tiêu']], tfig(r), None, {'units': [u], 'year': y, 'which': w}))
tq = tq[:34]
# with profile
for u, p in [('LĐLĐ tỉnh Nghệ An', 'Nghệ An'), ('LĐLĐ tỉnh Hà Tĩnh', 'Hà Tĩnh'), ('LĐLĐ tỉnh Quảng Trị', 'Quảng Trị'), ('LĐLĐ tỉnh Hưng Yên', 'Hưng Yên'),
             ('LĐLĐ tỉnh Phú Thọ', 'Phú Thọ'), ('LĐLĐ tỉnh Ninh Bình', 'Ninh Bình')]:
    y = R.choice(['2025', '2026'])
    rs = [r for r in byu[(u, y)] if which(r) == 'general']
    txt = R.choice(['Chỉ tiêu đào tạo {y} của tỉnh mình đạt bao nhiêu rồi?', 'tinh minh {y} chi tieu dao tao can bo la bao nhieu', 'LĐLĐ tỉnh mình {y} có đạt chỉ tiêu tập huấn không?']).format(y=YEARS[y][0 if y == '2026' else 1])
    tq.append((txt, [r['Mã chỉ tiêu'] for r in rs], [x for r in rs for x in tfig(r)], {'role': 'chủ tịch CĐCS', 'province': p, 'union': R.choice(sorted(o for o in ORG_BY_PROV[p] if not o.startswith('LĐLĐ')))}, {'units': [u], 'year': y, 'which': 'general'}))
r = [x for x in TG if x['Năm'] == '2026-2027'][0]
tq.append(('Chỉ tiêu huấn luyện an toàn vệ sinh lao động giai đoạn 2026-2027 của LĐLĐ Hà Nội là bao nhiêu, đạt được bao nhiêu?', [r['Mã chỉ tiêu']], tfig(r), None, {'units': [r['Đơn vị']], 'year': '2026-2027', 'which': 'period'}))
styles = (STYLES * 20)[:len(tq)]; R.shuffle(styles)
for (txt, exp, et, prof, crit), st in zip(tq, styles):
    crit['cat'] = 'T'
    addq('target', render(txt, st, R), exp, et, crit, prof, st)

# ---------------- facts ----------------
FACTS = [
 ('Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo, bồi dưỡng cán bộ?', ['33/33']),
 ('Năm 2016 Hà Nội có bao nhiêu lượt học viên tham gia so với kế hoạch, đạt bao nhiêu phần trăm?', ['3831/3580', '107%']),
 ('Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ năm 2016 được bao nhiêu lớp?', ['42 lớp']),
 ('Năm 2016 trường trung cấp công đoàn Hà Nội huấn luyện an toàn vệ sinh lao động cho bao nhiêu học viên, đạt mấy phần trăm kế hoạch?', ['3.060/3000', '102%']),
 ('Tổng số lượt cán bộ công đoàn Thủ đô tham gia tập huấn từ các nguồn kinh phí khác năm 2016 là bao nhiêu?', ['38.386']),
 ('Trưởng ban Tổ chức LĐLĐ Thành phố Hà Nội báo cáo kết quả đào tạo năm 2016 là ai?', ['Lê Xuân Trường']),
 ('Phó Chủ tịch LĐLĐ Hà Nội phát biểu tại hội nghị đào tạo cán bộ công đoàn năm 2016 tên là gì?', ['Phạm Bá Vĩnh']),
 ('Lớp tập huấn kỹ năng tuyên truyền vận động phát triển đoàn viên mà LĐLĐ Hà Nội phối hợp tổ chức kéo dài mấy ngày, cho bao nhiêu cán bộ?', ['3 ngày', '23 cán bộ']),
 ('Kế hoạch đào tạo, bồi dưỡng cán bộ công đoàn Hà Nội triển khai tại hội nghị là cho giai đoạn nào?', ['2016-2018']),
 ('Tỉnh Lạng Sơn có tổng cộng bao nhiêu cán bộ công đoàn?', ['8.343']),
 ('Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách và bao nhiêu không chuyên trách?', ['74 CBCĐ chuyên trách', '8.269']),
 ('Chương trình nâng cao chất lượng và hiệu quả hoạt động của CBCĐ do BCH LĐLĐ tỉnh Lạng Sơn ban hành là chương trình số mấy, ngày nào?', ['104/CTr-LĐLĐ', '29/11/2013']),
 ('Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?', ['366']),
 ('Từ năm 2013 các cấp công đoàn Lạng Sơn đã tổ chức bao nhiêu lớp tập huấn, cho bao nhiêu lượt CBCĐ?', ['85 lớp', '8.069']),
 ('Tổng kinh phí các lớp tập huấn bồi dưỡng nghiệp vụ của công đoàn Lạng Sơn từ 2013 là bao nhiêu?', ['2,1 tỷ']),
 ('Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh, chiếm bao nhiêu phần trăm?', ['1.238', '85,4%']),
 ('Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn lần đầu tham gia ban chấp hành?', ['3.500']),
 ('Anh Nguyễn Văn Kiên là chủ tịch công đoàn cơ sở ở đơn vị nào?', ['HTX Đồng Tâm']),
 ('Số đoàn viên của CĐCS HTX Đồng Tâm năm 2018 là bao nhiêu?', ['38 đoàn viên']),
 ('Chủ tịch LĐLĐ huyện Chi Lăng là ai?', ['Hoàng Văn Dũng']),
 ('Trưởng Ban Tổ chức LĐLĐ tỉnh Lạng Sơn trong bài về bồi dưỡng nghiệp vụ cán bộ là ai?', ['Hoàng Thị Oanh']),
 ('Năm 2020 LĐLĐ huyện Mê Linh phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức mấy lớp, cho bao nhiêu lượt người?', ['2 lớp', '400 lượt']),
 ('Chủ đề năm 2020 "Nâng cao chất lượng hoạt động của Công đoàn cơ sở" ở Mê Linh có mấy nhóm vấn đề?', ['7 nhóm']),
 ('Nghị quyết nào của Tổng Liên đoàn về đẩy mạnh đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2010-2020?', ['4a/NQ-TLĐ']),
 ('Chương trình 1644/CTr-TLĐ của Tổng Liên đoàn được ban hành ngày nào?', ['04/11/2013']),
 ('Lớp giảng viên kiêm chức công đoàn của LĐLĐ tỉnh Lạng Sơn mở cho bao nhiêu người?', ['25 đồng chí']),
 ('Ai khai mạc lớp tập huấn giảng viên kiêm chức của LĐLĐ tỉnh Lạng Sơn?', ['Trần Thị Kim Anh']),
 ('Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động?', ['1464/CTr-TLĐ', '8/10/2013']),
 ('Kế hoạch của LĐLĐ tỉnh Sóc Trăng về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên là kế hoạch số mấy?', ['53/KH-LĐLĐ']),
 ('Công đoàn Sóc Trăng đã tổ chức bao nhiêu cuộc tuyên truyền về nâng cao trình độ, kỹ năng nghề, bao nhiêu lượt người dự?', ['1.250', '41.640']),
 ('Từ 2013 đến 2015 ở Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn nghiệp vụ?', ['23.339']),
 ('Sau 2 năm, Sóc Trăng có bao nhiêu đoàn viên và người lao động được học tập nâng cao trình độ, đạt tỷ lệ bao nhiêu?', ['32.775/53.527', '61,23%']),
 ('Ở Sóc Trăng bao nhiêu cán bộ công đoàn cơ sở đã được bồi dưỡng nghiệp vụ công tác công đoàn?', ['8.891/9.074', '97,9%']),
 ('LĐLĐ tỉnh Sóc Trăng phối hợp với trường nào mở lớp bồi dưỡng quản lý nhà nước chương trình chuyên viên chính?', ['Tôn Đức Thắng']),
 ('Sóc Trăng mở 05 lớp bồi dưỡng nghiệp vụ cho bao nhiêu chủ tịch công đoàn cơ sở?', ['746']),
 ('Ở Sóc Trăng có bao nhiêu người đạt trình độ ngoại ngữ bậc 2?', ['3.332']),
 ('Bài viết về nâng cao trình độ đoàn viên ở Sóc Trăng là của ai?', ['Lục Bích Phúc']),
 ('Bao nhiêu đoàn viên, người lao động Sóc Trăng được bồi dưỡng lý luận chính trị sơ cấp, trung cấp, cao cấp?', ['1.500']),
 ('LĐLĐ tỉnh Lạng Sơn cử bao nhiêu cán bộ công đoàn đi dự các lớp ngắn hạn của Tổng Liên đoàn?', ['25 CBCĐ']),
 ('Tỷ lệ cán bộ công đoàn không chuyên trách ở Lạng Sơn đã được bồi dưỡng lý luận, nghiệp vụ là bao nhiêu?', ['70%']),
 ('Mục tiêu hết nhiệm kỳ Đại hội XV Công đoàn Hà Nội là bao nhiêu phần trăm cán bộ công đoàn chuyên trách được đào tạo?', ['100%']),
]
styles = (STYLES * 20)[:len(FACTS)]; R.shuffle(styles)
for (txt, et), st in zip(FACTS, styles):
    addq('fact', render(txt, st, R), [], et, {'cat': 'fact'}, None, st)

# ---------------- off topic ----------------
OFF = [
 'Thời tiết Hà Nội hôm nay thế nào?', 'Tối nay Việt Nam đá với Thái Lan mấy giờ?', 'Cách nấu phở bò ngon?', 'Giá vàng SJC hôm nay bao nhiêu?',
 'Vé tàu Hà Nội đi Vinh dịp Tết mua ở đâu?', 'Điện thoại mình bị treo logo phải làm sao?', 'Giải giúp mình bài toán: 3x + 5 = 20', 'Dịch giúp câu "Have a nice day" sang tiếng Việt',
 'Tử vi tuổi Dần năm 2027 thế nào?', 'Kết quả xổ số miền Bắc hôm qua?', 'Phạt nguội vượt đèn đỏ xe máy bao nhiêu tiền?', 'Gợi ý phim hay cuối tuần',
 'Tỷ giá đô la hôm nay?', 'Làm thơ tặng chị em nhân ngày 20/10 giúp mình', 'Kể chuyện cười đi', 'Đặt vé máy bay đi Đà Nẵng giúp mình',
 'Cổ phiếu ngân hàng nào nên mua?', 'Lịch tiêm phòng cho trẻ 2 tháng tuổi', 'Mẹo giảm cân nhanh', 'Đường từ Vinh ra Hà Tĩnh đi mất bao lâu?',
 # near-domain
 'Lương mình 8 triệu thì đoàn phí công đoàn đóng bao nhiêu một tháng?', 'Rút bảo hiểm xã hội một lần cần giấy tờ gì?',
 'Lương tối thiểu vùng II năm 2026 là bao nhiêu?', 'Làm thêm giờ tối đa bao nhiêu giờ một năm theo luật?', 'Cho mình số điện thoại của LĐLĐ tỉnh Nghệ An',
 'Email của Trường Trung cấp Công đoàn Hà Nội là gì?', 'Luật BHXH mới có những điểm gì mới?', 'TPP tác động thế nào đến tổ chức công đoàn?',
 'Trường Cao đẳng Văn Lang học phí một năm bao nhiêu?', 'Kết luận 77-KL/TW về Tháng công nhân có nội dung gì?', 'Nữ đoàn viên sinh con được nghỉ thai sản mấy tháng?',
 'Chợ Tết Công đoàn năm 2025 mua hàng ở đâu?', 'Công đoàn cơ sở được giữ lại bao nhiêu phần trăm kinh phí công đoàn?', 'Chủ tịch CĐCS không chuyên trách được phụ cấp bao nhiêu?',
 'Đi làm ngày lễ 2/9 được trả lương bao nhiêu phần trăm?', 'Năm 2024 LĐLĐ Hà Nội giao chỉ tiêu đào tạo cán bộ bao nhiêu?', 'Chủ tịch LĐLĐ tỉnh Hà Tĩnh hiện nay là ai?',
 'Đoàn viên bị tai nạn lao động được công đoàn hỗ trợ bao nhiêu tiền?', 'Năm 2027 công nhân được nghỉ Tết âm lịch mấy ngày?', 'Doanh nghiệp nợ đóng kinh phí công đoàn thì bị phạt bao nhiêu?',
]
styles = (STYLES * 20)[:len(OFF)]; R.shuffle(styles)
for i, (txt, st) in enumerate(zip(OFF, styles)):
    addq('off_topic', render(txt, st, R), [], [], {'cat': 'near' if i >= 20 else 'far'}, None, st)

with open('../questions.jsonl', 'w', encoding='utf-8') as f:
    for q in Q:
        if q['profile'] is None:
            del q['profile']
        f.write(json.dumps(q, ensure_ascii=False) + '\n')

import gen_dlg
D, dcrit = gen_dlg.make(R, CS, TG, say, TP, AP, FORMER, ident, regable, place_word, tfig, byu, render, STYLES)
with open('../dialogues.jsonl', 'w', encoding='utf-8') as f:
    for d in D:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
crit_store.update(dcrit)
json.dump(crit_store, open('criteria.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
from collections import Counter
print('questions', len(Q), Counter(q['kind'] for q in Q), Counter(q['style'] for q in Q))
print('course cats', Counter(crit_store[q['id']]['cat'] for q in Q if q['kind'] == 'course'))
print('dialogues', len(D), sum(len(d['turns']) for d in D))
