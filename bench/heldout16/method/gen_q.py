# -*- coding: utf-8 -*-
"""Builds questions.jsonl, dialogues.jsonl and method/spec.json from the written CSVs."""
import json, os, random, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
sys.path.insert(0, OUT)
sys.path.insert(0, HERE)
import validate as V
from styles import derive

rnd = random.Random(20261123)
courses, _, _ = V.load_courses(os.path.join(OUT, 'courses.csv'))
targets, _, _ = V.load_targets(os.path.join(OUT, 'targets.csv'))
BY = {c.code: c for c in courses}


def match(crit):
    st, lo = V.match_courses(courses, crit)
    sc, lc = [c.code for c in st], [c.code for c in lo]
    if st and sc == lc and len(sc) <= 4:
        return st
    return None


# ---------------------------------------------------------------- phrases (with diacritics)
TOPIC_PH = {
    'nghiepvu': ['nghiệp vụ công đoàn', 'bồi dưỡng nghiệp vụ công đoàn'],
    'doithoai': ['thương lượng tập thể', 'đối thoại, thương lượng tập thể', 'kỹ năng đàm phán thương lượng'],
    'atvsld': ['an toàn vệ sinh lao động', 'ATVSLĐ', 'huấn luyện an toàn vệ sinh lao động'],
    'phapluat': ['pháp luật lao động', 'tư vấn pháp luật lao động'],
    'tranhchap': ['giải quyết tranh chấp lao động', 'tranh chấp lao động'],
    'nucong': ['nữ công', 'công tác nữ công', 'nữ công, bình đẳng giới'],
    'taichinh': ['tài chính công đoàn', 'tài chính, kế toán công đoàn'],
    'kiemtra': ['công tác kiểm tra', 'kiểm tra công đoàn'],
    'tuyentruyen': ['tuyên truyền', 'tuyên giáo, tuyên truyền'],
    'phattrien': ['phát triển đoàn viên', 'phát triển đoàn viên, thành lập công đoàn cơ sở'],
    'tinhoc': ['chuyển đổi số', 'tin học, chuyển đổi số'],
    'giangday': ['kỹ năng giảng dạy', 'bồi dưỡng giảng viên kiêm chức'],
    'vanthu': ['văn thư lưu trữ', 'văn thư, lưu trữ'],
    'llct': ['lý luận chính trị'],
}
ROLE_PH = {
    'ct': ['chủ tịch công đoàn cơ sở', 'chủ tịch công đoàn cơ sở', 'chủ tịch CĐCS'],
    'pct': ['phó chủ tịch công đoàn cơ sở', 'phó chủ tịch CĐCS'],
    'bch': ['ủy viên ban chấp hành', 'ủy viên BCH công đoàn'],
    'ubkt': ['ủy viên ủy ban kiểm tra', 'ủy viên UBKT'],
    'ketoan': ['kế toán công đoàn', 'kế toán, thủ quỹ công đoàn'],
    'totruong': ['tổ trưởng công đoàn'],
    'gv': ['giảng viên kiêm chức'],
    'chuyentrach': ['cán bộ công đoàn chuyên trách'],
    'captren': ['cán bộ công đoàn cấp trên cơ sở'],
    'nld': ['công nhân', 'người lao động', 'đoàn viên, người lao động'],
}
ROLE_SELF = {  # how a user introduces themselves in that role
    'ct': ['em là chủ tịch công đoàn cơ sở', 'em là chủ tịch CĐCS', 'em là chủ tịch CĐCS xã'],
    'pct': ['em là phó chủ tịch công đoàn cơ sở', 'em là phó chủ tịch CĐCS công ty'],
    'bch': ['em mới vào ban chấp hành công đoàn', 'em là ủy viên BCH công đoàn'],
    'ubkt': ['em là ủy viên ủy ban kiểm tra công đoàn', 'em mới được bầu vào UBKT'],
    'ketoan': ['em làm kế toán công đoàn', 'chị là kế toán công đoàn cơ sở'],
    'totruong': ['em là tổ trưởng công đoàn', 'em là tổ trưởng công đoàn ca B'],
    'gv': ['em là giảng viên kiêm chức'],
    'chuyentrach': ['em là cán bộ công đoàn chuyên trách'],
    'captren': ['em là cán bộ công đoàn cấp trên cơ sở'],
    'nld': ['em là công nhân', 'em là công nhân làm ca'],
}
PLACE_DISPLAY = {
    'Mù Cang Chải': 'huyện Mù Cang Chải', 'Trạm Tấu': 'huyện Trạm Tấu', 'Nghĩa Lộ': 'thị xã Nghĩa Lộ', 'Lục Yên': 'huyện Lục Yên',
    'Bát Xát': 'huyện Bát Xát', 'Bắc Hà': 'huyện Bắc Hà', 'Mường Khương': 'huyện Mường Khương', 'Sa Pa': 'thị xã Sa Pa', 'Y Tý': 'xã Y Tý',
    'Bản Vược': 'xã Bản Vược', 'Na Hang': 'huyện Na Hang', 'Lâm Bình': 'huyện Lâm Bình', 'Chiêm Hóa': 'huyện Chiêm Hóa',
    'Mèo Vạc': 'huyện Mèo Vạc', 'Xín Mần': 'huyện Xín Mần', 'Yên Minh': 'huyện Yên Minh', 'Lũng Cú': 'xã Lũng Cú',
    'Thanh Thủy': 'cửa khẩu Thanh Thủy', 'Đại Từ': 'huyện Đại Từ', 'Ba Bể': 'huyện Ba Bể', 'Chợ Đồn': 'huyện Chợ Đồn', 'Pác Nặm': 'huyện Pác Nặm',
    'Na Rì': 'huyện Na Rì', 'Điềm Thụy': 'KCN Điềm Thụy', 'Phổ Yên': 'Phổ Yên', 'Tân Sơn': 'huyện Tân Sơn', 'Thanh Sơn': 'huyện Thanh Sơn',
    'Mai Châu': 'huyện Mai Châu', 'Đà Bắc': 'huyện Đà Bắc', 'Lạc Sơn': 'huyện Lạc Sơn', 'Tam Đảo': 'huyện Tam Đảo', 'Bá Thiện': 'KCN Bá Thiện',
    'Khai Quang': 'KCN Khai Quang', 'Thụy Vân': 'KCN Thụy Vân', 'Phúc Yên': 'Phúc Yên', 'Lục Ngạn': 'huyện Lục Ngạn', 'Sơn Động': 'huyện Sơn Động',
    'Quang Châu': 'KCN Quang Châu', 'Yên Phong': 'KCN Yên Phong', 'VSIP Bắc Ninh': 'VSIP Bắc Ninh', 'Vân Trung': 'KCN Vân Trung',
    'Quế Võ': 'KCN Quế Võ', 'Trùng Khánh': 'huyện Trùng Khánh', 'Bảo Lạc': 'huyện Bảo Lạc', 'Hà Quảng': 'huyện Hà Quảng', 'Hòa An': 'huyện Hòa An',
    'Trà Lĩnh': 'xã Trà Lĩnh', 'Đàm Thủy': 'xã Đàm Thủy', 'Chi Lăng': 'huyện Chi Lăng', 'Cao Lộc': 'huyện Cao Lộc', 'Hữu Lũng': 'huyện Hữu Lũng',
    'Đình Lập': 'huyện Đình Lập', 'Tràng Định': 'huyện Tràng Định', 'Đồng Đăng': 'Đồng Đăng', 'Tân Thanh': 'cửa khẩu Tân Thanh',
    'Tủa Chùa': 'huyện Tủa Chùa', 'Nậm Pồ': 'huyện Nậm Pồ', 'Tuần Giáo': 'huyện Tuần Giáo', 'Mường Ảng': 'huyện Mường Ảng',
    'Mường Nhé': 'huyện Mường Nhé', 'Sín Thầu': 'xã Sín Thầu', 'Than Uyên': 'huyện Than Uyên', 'Sìn Hồ': 'huyện Sìn Hồ', 'Tam Đường': 'huyện Tam Đường',
    'Tân Uyên': 'huyện Tân Uyên', 'Phong Thổ': 'huyện Phong Thổ', 'Mường Tè': 'huyện Mường Tè', 'Dào San': 'xã Dào San', 'Nậm Nhùn': 'huyện Nậm Nhùn',
    'Mộc Châu': 'Mộc Châu', 'Thuận Châu': 'huyện Thuận Châu', 'Mai Sơn': 'huyện Mai Sơn', 'Sông Mã': 'huyện Sông Mã', 'Sốp Cộp': 'huyện Sốp Cộp',
    'Mường La': 'huyện Mường La', 'Uông Bí': 'TP Uông Bí', 'Đông Triều': 'thị xã Đông Triều', 'Vân Đồn': 'Vân Đồn', 'Cô Tô': 'huyện đảo Cô Tô',
    'Móng Cái': 'Móng Cái', 'Hoành Mô': 'xã Hoành Mô', 'Cẩm Phả': 'TP Cẩm Phả', 'Mông Dương': 'Mông Dương', 'Cái Lân': 'KCN Cái Lân',
    'Đông Mai': 'KCN Đông Mai', 'Mê Linh': 'huyện Mê Linh', 'Thường Tín': 'huyện Thường Tín', 'Sóc Sơn': 'huyện Sóc Sơn', 'Hà Đông': 'quận Hà Đông',
    'Quang Minh': 'KCN Quang Minh', 'Nội Bài': 'KCN Nội Bài', 'Cầu Giấy': 'quận Cầu Giấy', 'Đông Anh': 'huyện Đông Anh',
    'Thủy Nguyên': 'huyện Thủy Nguyên', 'Chí Linh': 'TP Chí Linh', 'Kinh Môn': 'thị xã Kinh Môn', 'Đình Vũ': 'KCN Đình Vũ', 'Tràng Duệ': 'KCN Tràng Duệ',
    'Đại An': 'KCN Đại An', 'Phúc Điền': 'KCN Phúc Điền', 'Văn Giang': 'huyện Văn Giang', 'Kiến Xương': 'huyện Kiến Xương', 'Quỳnh Phụ': 'huyện Quỳnh Phụ',
    'Phố Nối A': 'KCN Phố Nối A', 'Thăng Long II': 'KCN Thăng Long II', 'Tiền Hải': 'KCN Tiền Hải', 'Liên Hà Thái': 'KCN Liên Hà Thái',
    'Tam Điệp': 'TP Tam Điệp', 'Hải Hậu': 'huyện Hải Hậu', 'Giao Thủy': 'huyện Giao Thủy', 'Duy Tiên': 'thị xã Duy Tiên', 'Hòa Xá': 'KCN Hòa Xá',
    'Khánh Phú': 'KCN Khánh Phú',
}
PLACE_DISPLAY2 = {('Tuyên Quang', 'Đồng Văn'): 'huyện Đồng Văn', ('Ninh Bình', 'Đồng Văn'): 'KCN Đồng Văn Hà Nam',
                  ('Hà Nội', 'Thăng Long'): 'KCN Thăng Long Đông Anh', ('Thái Nguyên', 'Yên Bình'): 'KCN Yên Bình Phổ Yên'}
ORG_KW = [  # (kw list on expanded organiser, phrase)
    (['giao duc'], 'công đoàn ngành giáo dục {p}'), (['cao su'], 'bên cao su {p}'), (['tkv', 'than - khoang san'], 'bên than {p}'),
    (['khu cong nghiep'], 'công đoàn KCN {p}'), (['khu kinh te'], 'công đoàn khu kinh tế {p}'), (['samsung'], 'Samsung {p}'), (['honda'], 'Honda Vĩnh Phúc'),
    (['fuhong'], 'Fuhong Quang Châu'), (['det may'], 'Dệt may Nam Định'), (['bo sua'], 'bò sữa Mộc Châu'),
    (['benh vien'], 'bệnh viện tỉnh {p}'), (['y te'], 'công đoàn ngành y tế {p}'),
]
WINDOWS = [  # (from, to, phrases)
    (('2026-11-30', '2026-12-06'), ['tuần sau', 'tuần tới']),
    (('2026-12-01', '2026-12-31'), ['tháng sau', 'tháng 12 này', 'trong tháng 12']),
    (('2027-01-01', '2027-01-31'), ['tháng 1 năm sau', 'tháng 1/2027']),
    (('2027-01-01', '2027-03-31'), ['quý 1 năm sau', 'quý I/2027']),
    (('2027-04-01', '2027-06-30'), ['quý 2 năm 2027']),
]

PLACES = sorted(set(PLACE_DISPLAY) | {p for (_, p) in PLACE_DISPLAY2}, key=len, reverse=True)


def places_of(c):
    found = [p for p in PLACES if V.has_place(c.venue, p)]
    return [p for p in found if not any(q != p and q.startswith(p) for q in found)]


def place_text(prov, p):
    if (prov, p) in PLACE_DISPLAY2:
        return PLACE_DISPLAY2[(prov, p)]
    d = PLACE_DISPLAY.get(p, p)
    # a name also used in another province's venues gets its province
    if any(c.prov != prov and V.has_place(c.venue, p) for c in courses):
        d += ' ' + prov
    return d


def venue_word(c):
    if c.fmt.startswith('truc tuyen'):
        return 'Trực tuyến'
    m = re.search(r'(?:phường|xã|đặc khu|KCN) ([^,()]+?)\s*(?:\(|\)|,|$)', c.venue)
    if m:
        return m.group(1).strip()
    ps = places_of(c)
    if ps:
        return ps[0]
    return c.venue.split(',')[0].split('(')[0].strip()


# ---------------------------------------------------------------- candidate criteria from the data
cands = {}


def add_cand(typ, crit):
    key = json.dumps(crit, sort_keys=True, ensure_ascii=False)
    if key in cands:
        return
    st = match(crit)
    if st:
        cands[key] = (typ, crit, st)


up = [c for c in courses if c.upcoming()]
for c in up:
    t = c.topic
    roles = [r for r in c.roles if r in ROLE_PH]
    if t:
        add_cand('prov_topic', {'prov': c.prov, 'topic': t})
    for r in roles:
        add_cand('prov_role', {'prov': c.prov, 'role': r})
        if t:
            add_cand('prov_role_topic', {'prov': c.prov, 'role': r, 'topic': t})
    reg = V.region_of(c)
    if reg in V.FORMER_OF:
        if t:
            add_cand('former_topic', {'former': reg, 'topic': t})
        for r in roles:
            add_cand('former_role', {'former': reg, 'role': r})
            if t:
                add_cand('former_role_topic', {'former': reg, 'role': r, 'topic': t})
        add_cand('former_eth', {'former': reg, 'eth': True})
    for p in places_of(c):
        add_cand('place', {'prov': c.prov, 'place': p})
        if t:
            add_cand('place_topic', {'prov': c.prov, 'place': p, 'topic': t})
    for kws, _ in ORG_KW:
        if any(k in V.expand(c.org) for k in kws):
            for r in roles:
                add_cand('org_role', {'prov': c.prov, 'org': kws, 'role': r})
            if t:
                add_cand('org_topic', {'prov': c.prov, 'org': kws, 'topic': t})
    for (w, _) in WINDOWS:
        add_cand('prov_win', {'prov': c.prov, 'win': list(w)})
        for r in roles:
            add_cand('prov_role_win', {'prov': c.prov, 'win': list(w), 'role': r})
        if t:
            add_cand('prov_win_topic', {'prov': c.prov, 'win': list(w), 'topic': t})
    if c.fmt.startswith('truc tuyen'):
        add_cand('online', {'fmt': 'online', 'prov': c.prov})
        if t:
            add_cand('online_topic', {'fmt': 'online', 'topic': t})
    add_cand('eth', {'prov': c.prov, 'eth': True})
    add_cand('border', {'prov': c.prov, 'border': True})
    m = re.search(r'\(đợt (\d)\)', c.title)
    if m and t:
        add_cand('batch', {'prov': c.prov, 'topic': t, 'title_kw': ['dot %s' % m.group(1)]})
for c in courses:
    if c.cancelled and c.dated and c.when['start'] > V.NOW and c.topic:
        add_cand('cancel', {'prov': c.prov, 'topic': c.topic, 'date': c.start_dmy(), 'include_cancelled': True})

by_type = defaultdict(list)
for key, (typ, crit, st) in cands.items():
    by_type[typ].append((crit, st))
for k in by_type:
    rnd.shuffle(by_type[k])


# ---------------------------------------------------------------- text builders
def pick(xs):
    return rnd.choice(xs)


def tp(t):
    return pick(TOPIC_PH[t])


def rp(r):
    return pick(ROLE_PH[r])


POLITE_PRE = ['', '', '', 'cho em hỏi ', 'cho mình hỏi ', 'ad ơi ', 'chị ơi cho em hỏi ']
POLITE_POST = ['', '', '', ' ạ', ' với ạ', ' vậy', ' nhé']


def polite(s):
    pre = pick(POLITE_PRE)
    if pre and not re.match(r'[A-ZĐ]{2,}', s.split(' ')[0]) and not s.split(' ')[0] in ('Anh', 'Ai'):
        s = s[0].lower() + s[1:]
    s = pre + s
    if not s.endswith('?'):
        s += pick(POLITE_POST)
    return s[0].upper() + s[1:] if rnd.random() < 0.5 else s


def text_for(typ, crit, st, ask=None):
    P_ = crit.get('prov')
    single = len(st) == 1
    t = crit.get('topic')
    r = crit.get('role')
    tail = ''
    if ask == 'date':
        tail = pick([' học ngày nào', ' bao giờ học', ' khai giảng ngày nào', ' khi nào bắt đầu'])
    elif ask == 'venue':
        tail = pick([' học ở đâu', ' tổ chức ở đâu', ' địa điểm ở đâu'])
    elif ask == 'deadline':
        tail = pick([' hạn đăng ký đến bao giờ', ' hạn đăng ký khi nào', ' đăng ký trước ngày nào'])
    if typ == 'prov_topic':
        if ask:
            return polite('lớp %s ở %s%s' % (tp(t), P_, tail))
        return polite(pick(['ở %s sắp tới có lớp %s nào không' % (P_, tp(t)), '%s có lớp %s ko' % (P_, tp(t)),
                            'lớp %s %s' % (tp(t), P_), 'lớp %s ở %s bao giờ học' % (tp(t), P_),
                            'có lớp %s nào ở %s không' % (tp(t), P_)]))
    if typ == 'prov_role':
        if ask:
            return polite('lớp cho %s ở %s%s' % (rp(r), P_, tail))
        return polite(pick(['%s ở %s, có lớp nào cho em không' % (pick(ROLE_SELF[r]), P_),
                            'lớp cho %s ở %s' % (rp(r), P_), '%s có lớp nào dành cho %s không' % (P_, rp(r))]))
    if typ == 'prov_role_topic':
        if ask:
            return polite('lớp %s cho %s ở %s%s' % (tp(t), rp(r), P_, tail))
        return polite(pick(['%s có lớp %s nào cho %s không' % (P_, tp(t), rp(r)),
                            '%s, ở %s có lớp %s nào không' % (pick(ROLE_SELF[r]), P_, tp(t)),
                            'lớp %s cho %s %s' % (tp(t), rp(r), P_)]))
    if typ == 'former_topic':
        F = crit['former']
        if ask:
            return polite('lớp %s ở %s%s' % (tp(t), F, tail))
        return polite(pick(['bên %s cũ có lớp %s nào không' % (F, tp(t)), 'lớp %s ở %s' % (tp(t), F),
                            '%s có lớp %s ko' % (F, tp(t)), 'ở %s có mở lớp %s không' % (F, tp(t))]))
    if typ == 'former_role':
        F = crit['former']
        return polite(pick(['%s ở %s, có lớp nào cho em không' % (pick(ROLE_SELF[r]), F),
                            'lớp cho %s ở %s' % (rp(r), F), '%s có lớp nào cho %s không' % (F, rp(r))]))
    if typ == 'former_role_topic':
        F = crit['former']
        return polite(pick(['%s ở %s, có lớp %s nào không' % (pick(ROLE_SELF[r]), F, tp(t)),
                            'lớp %s cho %s ở %s cũ' % (tp(t), rp(r), F), 'bên %s có lớp %s cho %s không' % (F, tp(t), rp(r))]))
    if typ == 'prov_role_win':
        w = [ph for (ww, ph) in WINDOWS if list(ww) == crit['win']][0]
        return polite(pick(['%s có lớp nào cho %s ở %s không' % (pick(w), rp(r), P_),
                            '%s, %s ở %s có lớp nào không' % (pick(ROLE_SELF[r]), pick(w), P_)]))
    if typ == 'former_eth':
        F = crit['former']
        return polite(pick(['%s có lớp song ngữ cho cán bộ người dân tộc không' % F,
                            'lớp cho cán bộ công đoàn người dân tộc thiểu số ở %s' % F]))
    if typ in ('place', 'place_topic'):
        pl = place_text(P_, crit['place'])
        if typ == 'place':
            if ask:
                return polite('lớp ở %s%s' % (pl, tail))
            return polite(pick(['%s có lớp tập huấn nào không' % pl, 'ở %s sắp tới có lớp gì' % pl, 'lớp ở %s' % pl]))
        if ask:
            return polite('lớp %s ở %s%s' % (tp(t), pl, tail))
        return polite(pick(['%s có lớp %s nào không' % (pl, tp(t)), 'lớp %s ở %s' % (tp(t), pl)]))
    if typ in ('org_role', 'org_topic'):
        ph = [p for k, p in ORG_KW if k == crit['org']][0].format(p=P_)
        if '{p}' not in [p for k, p in ORG_KW if k == crit['org']][0] and P_ not in ph:
            ph = ph  # the company name already pins the province
        if typ == 'org_role':
            selfs = ROLE_SELF[r]
            if r == 'ct':
                selfs = ['em làm chủ tịch công đoàn trường'] if crit['org'] == ['giao duc'] else ['em là chủ tịch CĐCS', 'em là chủ tịch công đoàn cơ sở']
            return polite(pick(['%s có lớp nào cho %s không' % (ph, rp(r)), '%s, %s mở lớp gì cho em không' % (pick(selfs), ph)]))
        return polite(pick(['%s có lớp %s nào không' % (ph, tp(t)), 'lớp %s của %s' % (tp(t), ph)]))
    if typ in ('prov_win', 'prov_win_topic'):
        w = [ph for (ww, ph) in WINDOWS if list(ww) == crit['win']][0]
        if typ == 'prov_win':
            return polite(pick(['%s ở %s có những lớp nào' % (pick(w), P_), '%s có lớp gì %s không' % (P_, pick(w))]))
        return polite(pick(['%s có lớp %s nào ở %s không' % (pick(w), tp(t), P_), 'lớp %s %s ở %s' % (tp(t), pick(w), P_)]))
    if typ == 'online':
        return polite(pick(['%s có lớp nào học trực tuyến không' % P_, 'lớp online ở %s' % P_]))
    if typ == 'online_topic':
        return polite(pick(['có lớp %s nào học trực tuyến không' % tp(t), 'lớp %s online' % tp(t)]))
    if typ == 'eth':
        return polite(pick(['%s có lớp song ngữ cho cán bộ người dân tộc thiểu số không' % P_,
                            'lớp cho cán bộ công đoàn người dân tộc ở %s' % P_]))
    if typ == 'border':
        return polite(pick(['lớp cho công đoàn cơ sở xã biên giới ở %s' % P_, '%s có lớp nào cho xã biên giới không' % P_]))
    if typ == 'batch':
        n = crit['title_kw'][0][-1]
        if ask:
            return polite('lớp %s đợt %s ở %s%s' % (tp(t), n, P_, tail))
        return polite(pick(['lớp %s đợt %s ở %s khi nào' % (tp(t), n, P_), '%s lớp %s đợt %s' % (P_, tp(t), n)]))
    if typ == 'cancel':
        d = crit['date']
        dd = d[:5] if rnd.random() < 0.6 else d
        return polite(pick(['lớp %s ở %s ngày %s có bị hủy không' % (tp(t), P_, dd), 'lớp %s %s ngày %s còn học không' % (tp(t), P_, dd)]))
    raise ValueError(typ)


# ---------------------------------------------------------------- course questions
QUOTA = {'prov_topic': 26, 'prov_role': 10, 'prov_role_topic': 14, 'former_topic': 18, 'former_role': 6, 'former_eth': 3,
         'place': 10, 'place_topic': 9, 'org_role': 8, 'org_topic': 9, 'prov_win': 8, 'prov_win_topic': 9, 'online': 3,
         'online_topic': 3, 'eth': 5, 'border': 5, 'batch': 6, 'cancel': 4}
items = []
used_codes = Counter()
for typ, n in QUOTA.items():
    got = 0
    seen_first = set()
    for crit, st in by_type.get(typ, []):
        if got >= n:
            break
        sig = (typ, crit.get('prov') or crit.get('former'))
        if sig in seen_first and rnd.random() < 0.7:
            continue
        if any(used_codes[c.code] >= 2 for c in st):
            continue
        seen_first.add(sig)
        ask = None
        xt = []
        derive_t = []
        if len(st) == 1 and typ in ('prov_topic', 'prov_role', 'prov_role_topic', 'former_topic', 'place', 'place_topic', 'batch') and rnd.random() < 0.6:
            c = st[0]
            opts = ['venue']
            if c.dated:
                opts += ['date', 'date']
                if c.deadline and c.deadline > V.NOW:
                    opts.append('deadline')
            ask = pick(opts)
            if ask == 'venue':
                if c.fmt.startswith('truc tuyen'):
                    ask = None
                else:
                    xt = [venue_word(c)]
            else:
                xt = [V.text_for(c, ask)]
                derive_t = [ask]
        q = text_for(typ, crit, st, ask)
        for c in st:
            used_codes[c.code] += 1
        items.append(dict(kind='course', text=q, crit=crit, expect=[c.code for c in st], expect_text=xt, derive_text=derive_t, typ=typ))
        got += 1

# ---- chairs and vice-chairs asking about their own role
got = 0
pool = [(t, crit, st) for t in ('prov_role_topic', 'prov_role', 'former_role', 'org_role', 'former_role_topic', 'prov_role_win') for crit, st in by_type.get(t, [])
        if crit.get('role') in ('ct', 'pct')]
rnd.shuffle(pool)
done_keys = {json.dumps(i['crit'], sort_keys=True) for i in items}
for typ, crit, st in pool:
    if got >= 24:
        break
    if json.dumps(crit, sort_keys=True) in done_keys or any(used_codes[c.code] >= 2 for c in st):
        continue
    ask, xt, derive_t = None, [], []
    if len(st) == 1 and typ in ('prov_role_topic', 'prov_role') and st[0].dated and rnd.random() < 0.5:
        ask, xt, derive_t = 'date', [V.text_for(st[0], 'date')], ['date']
    for c in st:
        used_codes[c.code] += 1
    items.append(dict(kind='course', text=text_for(typ, crit, st, ask), crit=crit, expect=[c.code for c in st], expect_text=xt,
                      derive_text=derive_t, typ=typ))
    got += 1
print('chair questions', got)

# ---- hand-made edge cases (postponed class, same-day deadline, bilingual commune class, two Saturdays)
HAND = [
    ({'prov': 'Lạng Sơn', 'place': 'Cao Lộc', 'topic': 'nghiepvu', 'title_kw': ['hop tac xa']}, 'lớp nghiệp vụ cho công đoàn HTX ở Cao Lộc bị hoãn, giờ dời sang ngày nào', 'date'),
    ({'prov': 'Quảng Ninh', 'org': ['tkv'], 'title_kw': ['bo sung']}, 'lớp huấn luyện an toàn hầm lò khóa bổ sung của Than Hà Lầm hạn đăng ký đến bao giờ', 'deadline'),
    ({'prov': 'Tuyên Quang', 'place': 'Lũng Cú', 'role': 'totruong'}, 'em là tổ trưởng công đoàn HTX ở xã Lũng Cú, có lớp nào dạy cả tiếng Mông không', None),
    ({'prov': 'Hà Nội', 'org': ['khu cong nghiep'], 'topic': 'phapluat', 'title_kw': ['thu bay']}, 'lớp tư vấn pháp luật học thứ Bảy của công đoàn KCN Hà Nội bắt đầu ngày nào', 'date'),
]
for crit, text, ask in HAND:
    st = match(crit)
    if not st:
        print('hand question dropped', crit)
        continue
    xt = [V.text_for(st[0], ask)] if ask else []
    items.append(dict(kind='course', text=polite(text), crit=crit, expect=[c.code for c in st], expect_text=xt,
                      derive_text=[ask] if ask else [], typ='hand'))

# ---- profile course questions («tỉnh mình», «đơn vị mình»)
PROFILES = {
    'Lào Cai': [('Chủ tịch CĐCS', 'CĐCS Trường PTDTBT TH&THCS Y Tý'), ('Ủy viên BCH', 'CĐCS HTX chè Bản Liền')],
    'Tuyên Quang': [('Chủ tịch CĐCS', 'CĐCS HTX chè Shan tuyết Lũng Phìn'), ('Kế toán công đoàn', 'CĐCS Trường Mầm non Hoa Sen, phường Hà Giang 1')],
    'Bắc Ninh': [('Phó chủ tịch CĐCS', 'CĐCS Công ty TNHH Hosiden Việt Nam (KCN Quang Châu)'), ('Tổ trưởng công đoàn', 'CĐCS Công ty TNHH Canon Việt Nam (KCN Quế Võ)')],
    'Thái Nguyên': [('Chủ tịch CĐCS', 'CĐCS Trường Tiểu học Ba Bể'), ('Tổ trưởng công đoàn', 'CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên')],
    'Điện Biên': [('Chủ tịch CĐCS', 'CĐCS Trạm Y tế xã Sín Thầu'), ('Tổ trưởng công đoàn', 'CĐCS Công ty CP Cao su Điện Biên')],
    'Lai Châu': [('Chủ tịch CĐCS', 'CĐCS Trường PTDTBT THCS Dào San')],
    'Cao Bằng': [('Ủy viên UBKT', 'CĐCS Trường THPT Trùng Khánh'), ('Chủ tịch CĐCS', 'CĐCS UBND xã Trà Lĩnh')],
    'Lạng Sơn': [('Chủ tịch CĐCS', 'CĐCS HTX Đồng Tâm'), ('Ủy viên BCH', 'CĐCS Công ty CP Xi măng Đồng Bành')],
    'Phú Thọ': [('Chủ tịch CĐCS', 'CĐCS Công ty TNHH Toyota Việt Nam'), ('Kế toán công đoàn', 'CĐCS Trường THCS Mai Châu')],
    'Sơn La': [('Chủ tịch CĐCS', 'CĐCS HTX cà phê Chiềng Ban')],
    'Quảng Ninh': [('Tổ trưởng công đoàn', 'CĐ Công ty Than Mông Dương - TKV')],
    'Hải Phòng': [('Chủ tịch CĐCS', 'CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng')],
    'Hưng Yên': [('Ủy viên BCH', 'CĐCS Công ty TNHH May Tiền Tiến')],
    'Ninh Bình': [('Chủ tịch CĐCS', 'CĐCS Trường Mầm non Lý Nhân')],
    'Hà Nội': [('Ủy viên UBKT', 'CĐCS Bệnh viện Đa khoa Đức Giang')],
}
ROLE_KEY = {'Chủ tịch CĐCS': 'ct', 'Phó chủ tịch CĐCS': 'pct', 'Ủy viên BCH': 'bch', 'Kế toán công đoàn': 'ketoan',
            'Tổ trưởng công đoàn': 'totruong', 'Ủy viên UBKT': 'ubkt'}
prof_items = []
for prov, plist in PROFILES.items():
    for role, union in plist:
        rk = ROLE_KEY[role]
        prof = {'role': role, 'province': prov, 'union': union}
        opts = []
        c1 = {'prov_from_profile': True, 'role': rk, 'role_from_profile': True}
        st = match(dict(c1, prov=prov))
        if st:
            opts.append((c1, st, pick(['tỉnh mình có lớp nào cho em không', 'tỉnh mình sắp tới có lớp nào cho chức danh của mình ko',
                                       'có lớp nào hợp với em ở tỉnh mình không'])))
        for t in rnd.sample(list(TOPIC_PH), len(TOPIC_PH)):
            c2 = {'prov_from_profile': True, 'topic': t}
            st2 = match(dict(c2, prov=prov))
            if st2:
                opts.append((c2, st2, pick(['tỉnh mình có lớp %s nào ko' % tp(t), 'lớp %s ở tỉnh mình bao giờ có' % tp(t),
                                            'đơn vị mình muốn cử người đi học %s, tỉnh mình có lớp nào không' % tp(t)])))
                break
        for crit, st, q in opts[:2]:
            if len(prof_items) >= 22:
                break
            prof_items.append(dict(kind='course', text=polite(q), crit=crit, expect=[c.code for c in st], expect_text=[], derive_text=[],
                                   typ='profile', profile=prof))
items += prof_items


# ---------------------------------------------------------------- target questions
def tfigs(ts):
    out = []
    for t in ts:
        out.append(t['target'])
        if t['done']:
            out.append(t['done'])
    return out


LDLD = {t['org'] for t in targets if V.expand(t['org']).startswith('lien doan lao dong')}
prov_of_org = {}
for o in LDLD:
    for p in V.PROVINCES:
        if V.fold(p) in V.fold(o):
            prov_of_org[o] = p
titems = []


def tq(text, crit, profile=None):
    st, deb = V.match_targets(targets, crit)
    if not st or deb or len(st) > 4:
        return False
    d = dict(kind='target', text=polite(text), crit=crit, expect=[t['code'] for t in st], expect_text=tfigs(st), typ='target')
    if profile:
        d['profile'] = profile
    titems.append(d)
    return True


orgs_sorted = sorted(LDLD, key=lambda o: prov_of_org[o])
rnd.shuffle(orgs_sorted)
for o in orgs_sorted:
    p = prov_of_org[o]
    name = pick(['LĐLĐ %s' % p, 'Liên đoàn Lao động tỉnh %s' % p if p not in ('Hà Nội', 'Hải Phòng') else 'LĐLĐ thành phố %s' % p, 'LĐLĐ tỉnh %s' % p if p not in ('Hà Nội', 'Hải Phòng') else 'LĐLĐ TP %s' % p])
    tq(pick(['chỉ tiêu đào tạo năm nay của %s là bao nhiêu' % name, '%s năm nay đạt chỉ tiêu tập huấn chưa' % name,
             'năm 2026 %s giao chỉ tiêu đào tạo cán bộ bao nhiêu, đạt được bao nhiêu rồi' % name]), {'org': o, 'year': '2026'})
    tq(pick(['năm ngoái %s có đạt chỉ tiêu đào tạo không' % name, 'chỉ tiêu tập huấn năm 2025 của %s' % name,
             '%s năm 2025 đạt bao nhiêu so với chỉ tiêu' % name]), {'org': o, 'year': '2025'})
    if rnd.random() < 0.8:
        tq(pick(['năm 2027 %s đặt chỉ tiêu đào tạo bao nhiêu' % name, 'kế hoạch chỉ tiêu năm sau của %s' % name]), {'org': o, 'year': '2027'})
    tq(pick(['chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của %s' % name, '%s năm nay bồi dưỡng được bao nhiêu chủ tịch công đoàn cơ sở so với chỉ tiêu' % name]),
       {'org': o, 'year': '2026', 'aud': 'chu tich'})
    tq(pick(['tỷ lệ cán bộ người dân tộc thiểu số được tập huấn năm nay ở %s' % name, '%s chỉ tiêu tập huấn cán bộ dân tộc thiểu số năm nay' % name]),
       {'org': o, 'year': '2026', 'aud': 'dan toc'})
# former provinces' unions -> the merged province's LĐLĐ
for F in ['Bắc Giang', 'Yên Bái', 'Hà Giang', 'Hải Dương', 'Thái Bình', 'Nam Định', 'Vĩnh Phúc']:
    cur = V.FORMER_OF[F]
    o = [x for x in LDLD if prov_of_org[x] == cur][0]
    tq(pick(['LĐLĐ %s năm ngoái đạt chỉ tiêu đào tạo không' % F, 'năm 2025 %s (cũ) đạt bao nhiêu so với chỉ tiêu tập huấn' % F]),
       {'org': o, 'year': '2025', 'former_asked': F})
others = [
    ('chỉ tiêu huấn luyện ATVSLĐ năm nay của công đoàn các KCN Bắc Ninh', {'org': 'Công đoàn các KCN tỉnh Bắc Ninh', 'year': '2026', 'aud': 'atvsld'}),
    ('Công đoàn các KCN tỉnh Bắc Ninh năm 2025 huấn luyện an toàn vệ sinh viên được bao nhiêu người', {'org': 'Công đoàn các KCN tỉnh Bắc Ninh', 'year': '2025'}),
    ('chỉ tiêu năm nay của Công đoàn các KCN Thái Nguyên đạt chưa', {'org': 'Công đoàn các KCN tỉnh Thái Nguyên', 'year': '2026'}),
    ('công đoàn ngành giáo dục Tuyên Quang năm nay bồi dưỡng bao nhiêu chủ tịch công đoàn trường', {'org': 'Công đoàn ngành Giáo dục tỉnh Tuyên Quang', 'year': '2026'}),
    ('công đoàn ngành giáo dục Tuyên Quang năm ngoái chỉ tiêu bồi dưỡng chủ tịch là bao nhiêu', {'org': 'Công đoàn ngành Giáo dục tỉnh Tuyên Quang', 'year': '2025'}),
    ('chỉ tiêu tập huấn năm nay của công đoàn ngành giáo dục Lào Cai', {'org': 'Công đoàn ngành Giáo dục tỉnh Lào Cai', 'year': '2026'}),
    ('chỉ tiêu đào tạo nhiệm kỳ 2023-2028 của Công đoàn Than - Khoáng sản Việt Nam', {'org': 'Công đoàn Than - Khoáng sản Việt Nam', 'year': '2023-2028'}),
    ('Công đoàn ngành Giáo dục Hà Nội năm nay bồi dưỡng chủ tịch công đoàn trường được bao nhiêu', {'org': 'Công đoàn ngành Giáo dục Hà Nội', 'year': '2026'}),
    ('Công đoàn các KCN và chế xuất Hà Nội chỉ tiêu tập huấn pháp luật năm nay', {'org': 'Công đoàn các KCN và chế xuất Hà Nội', 'year': '2026'}),
    ('Lai Châu giai đoạn 2026-2030 đặt chỉ tiêu lý luận chính trị cho cán bộ chuyên trách thế nào', {'org': 'LĐLĐ tỉnh Lai Châu', 'year': '2026-2030'}),
]
for text, crit in others:
    tq(text, crit)
TPROF = [
    ({'role': 'Tổ trưởng công đoàn', 'province': 'Điện Biên', 'union': 'CĐCS Công ty CP Cao su Điện Biên'},
     'đơn vị mình năm nay tập huấn tổ trưởng được bao nhiêu so với chỉ tiêu', {'org': 'CĐCS Công ty CP Cao su Điện Biên', 'year': '2026'}),
    ({'role': 'Chủ tịch CĐCS', 'province': 'Lai Châu', 'union': 'CĐCS Công ty CP Cao su Lai Châu'},
     'chỉ tiêu huấn luyện ATVSLĐ năm nay của đơn vị mình đạt chưa', {'org': 'CĐCS Công ty CP Cao su Lai Châu', 'year': '2026'}),
    ({'role': 'Ủy viên BCH', 'province': 'Bắc Ninh', 'union': 'Công đoàn các KCN tỉnh Bắc Ninh'},
     'năm ngoái đơn vị mình đạt chỉ tiêu không', {'org': 'Công đoàn các KCN tỉnh Bắc Ninh', 'year': '2025'}),
    ({'role': 'Cán bộ công đoàn cấp trên cơ sở', 'province': 'Thái Nguyên', 'union': 'Công đoàn các KCN tỉnh Thái Nguyên'},
     'đơn vị mình năm nay còn thiếu bao nhiêu so với chỉ tiêu', {'org': 'Công đoàn các KCN tỉnh Thái Nguyên', 'year': '2026'}),
    ({'role': 'Chủ tịch CĐCS', 'province': 'Cao Bằng', 'union': 'CĐCS UBND xã Trà Lĩnh'},
     'tỉnh mình năm nay chỉ tiêu tập huấn chủ tịch cđcs là bao nhiêu', {'org': 'LĐLĐ tỉnh Cao Bằng', 'year': '2026', 'aud': 'chu tich'}),
    ({'role': 'Chủ tịch CĐCS', 'province': 'Sơn La', 'union': 'CĐCS HTX cà phê Chiềng Ban'},
     'năm ngoái tỉnh mình có đạt chỉ tiêu đào tạo cán bộ không', {'org': 'LĐLĐ tỉnh Sơn La', 'year': '2025'}),
    ({'role': 'Ủy viên BCH', 'province': 'Hưng Yên', 'union': 'CĐCS Công ty TNHH May Tiền Tiến'},
     'chỉ tiêu năm nay của LĐLĐ tỉnh mình đạt bao nhiêu rồi', {'org': 'LĐLĐ tỉnh Hưng Yên', 'year': '2026'}),
    ({'role': 'Chủ tịch CĐCS', 'province': 'Ninh Bình', 'union': 'CĐCS Trường Mầm non Lý Nhân'},
     'năm sau tỉnh mình đặt chỉ tiêu tập huấn bao nhiêu', {'org': 'LĐLĐ tỉnh Ninh Bình', 'year': '2027'}),
]
keep = [d for d in titems]
rnd.shuffle(keep)
titems = keep[:44]
for prof, text, crit in TPROF:
    tq(text, crit, prof)

# ---------------------------------------------------------------- facts (strings copied from the seeds)
FACTS = [
    ('Lạng Sơn có bao nhiêu cán bộ công đoàn?', ['8.343']),
    ('Cán bộ công đoàn chuyên trách ở Lạng Sơn có bao nhiêu người?', ['74']),
    ('Lạng Sơn có bao nhiêu cán bộ công đoàn không chuyên trách?', ['8.269']),
    ('số cán bộ công đoàn ở huyện Chi Lăng', ['366', '363']),
    ('Chi Lăng cán bộ công đoàn ở bao nhiêu cơ quan, đơn vị?', ['117']),
    ('Chương trình 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào?', ['29/11/2013']),
    ('Văn bản nào của LĐLĐ Lạng Sơn về nâng cao chất lượng hoạt động của cán bộ công đoàn?', ['104/CTr-LĐLĐ']),
    ('Từ 2013 Lạng Sơn mở được bao nhiêu lớp tập huấn cho cán bộ công đoàn?', ['85 lớp', '8.069']),
    ('Kinh phí tập huấn cán bộ công đoàn ở Lạng Sơn từ năm 2013 là bao nhiêu?', ['2,1 tỷ đồng']),
    ('Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?', ['1.238', '85,4%']),
    ('Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ lần đầu vào ban chấp hành?', ['3.500']),
    ('Anh Nguyễn Văn Kiên là chủ tịch công đoàn ở đâu?', ['HTX Đồng Tâm']),
    ('CĐCS HTX Đồng Tâm tăng lên bao nhiêu đoàn viên năm 2018?', ['38 đoàn viên']),
    ('LĐLĐ Lạng Sơn cử bao nhiêu cán bộ đi học lớp của Tổng Liên đoàn?', ['25 CBCĐ']),
    ('Bao nhiêu phần trăm cán bộ công đoàn không chuyên trách ở Lạng Sơn được bồi dưỡng?', ['70%']),
    ('Lớp giảng viên kiêm chức của LĐLĐ Lạng Sơn có bao nhiêu học viên?', ['25 đồng chí']),
    ('Ai khai mạc lớp giảng viên kiêm chức ở Lạng Sơn?', ['Trần Thị Kim Anh']),
    ('Trưởng Ban Tổ chức LĐLĐ tỉnh Lạng Sơn là ai?', ['Hoàng Thị Oanh']),
    ('Chủ tịch LĐLĐ huyện Chi Lăng là ai?', ['Hoàng Văn Dũng']),
    ('Nghị quyết 4a của Tổng Liên đoàn ban hành ngày nào?', ['04/3/2010']),
    ('Nghị quyết nào của Tổng Liên đoàn về đào tạo cán bộ công đoàn giai đoạn 2010-2020?', ['4a/NQ-TLĐ']),
    ('Chương trình 1644 của Tổng Liên đoàn ra ngày nào?', ['04/11/2013']),
    ('Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên?', ['1464/CTr-TLĐ', '8/10/2013']),
    ('Kế hoạch 53 của LĐLĐ Sóc Trăng ban hành ngày nào?', ['10/12/2013']),
    ('Sóc Trăng 2013-2015 có bao nhiêu người được đào tạo nâng cao trình độ?', ['23.339']),
    ('Tỷ lệ đoàn viên Sóc Trăng được học tập nâng cao trình độ là bao nhiêu?', ['61,23%']),
    ('Sóc Trăng có bao nhiêu cán bộ công đoàn cơ sở được bồi dưỡng nghiệp vụ?', ['8.891/9.074', '97,9%']),
    ('LĐLĐ Sóc Trăng phối hợp với trường nào mở lớp quản lý nhà nước?', ['Tôn Đức Thắng']),
    ('Sóc Trăng mở mấy lớp bồi dưỡng cho chủ tịch công đoàn cơ sở?', ['05 lớp', '746']),
    ('Sóc Trăng tổ chức bao nhiêu cuộc tuyên truyền nâng cao trình độ?', ['1.250', '41.640']),
    ('Ở Sóc Trăng bao nhiêu đoàn viên học lý luận chính trị?', ['1.500']),
    ('Sóc Trăng có bao nhiêu người học đại học trong 2013-2015?', ['12.066']),
    ('Sóc Trăng bao nhiêu cán bộ học nâng cao ứng dụng công nghệ thông tin?', ['14.581']),
    ('LĐLĐ cấp huyện ở Sóc Trăng mở bao nhiêu lớp tập huấn nghiệp vụ?', ['48 lớp']),
    ('Năm 2016 Hà Nội tổ chức bao nhiêu lớp đào tạo cán bộ công đoàn?', ['33/33']),
    ('Kế hoạch đào tạo cán bộ công đoàn của Thủ đô năm 2016 có hoàn thành không?', ['3831/3580', '107%']),
    ('Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ năm 2016 được bao nhiêu lớp?', ['42 lớp', '3.060/3000']),
    ('Năm 2016 có bao nhiêu lượt cán bộ công đoàn Hà Nội tham gia tập huấn?', ['38.386']),
    ('Lớp tập huấn phát triển đoàn viên của Hà Nội năm 2016 cho bao nhiêu cán bộ cấp trên cơ sở?', ['23 cán bộ', '3 ngày']),
    ('Ai báo cáo kết quả đào tạo cán bộ công đoàn Hà Nội năm 2016?', ['Lê Xuân Trường']),
    ('Phó Chủ tịch LĐLĐ Hà Nội phát biểu tại hội nghị đào tạo năm 2016 là ai?', ['Phạm Bá Vĩnh']),
    ('Năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn?', ['2 lớp', '400']),
    ('LĐLĐ huyện Mê Linh phối hợp với đơn vị nào mở lớp tập huấn năm 2020?', ['Trung tâm Bồi dưỡng chính trị huyện']),
    ('Chủ đề năm 2020 của Liên đoàn Lao động huyện Mê Linh là gì?', ['Nâng cao chất lượng hoạt động của Công đoàn cơ sở']),
    ('Sóc Trăng có bao nhiêu người đạt ngoại ngữ bậc 2?', ['3.332']),
    ('Sóc Trăng mở lớp lý luận nghiệp vụ công đoàn cho bao nhiêu cán bộ chuyên trách?', ['59 cán bộ']),
]
fitems = [dict(kind='fact', text=polite(q[0].lower() + q[1:] if rnd.random() < 0.5 else q), expect=[], expect_text=xt, typ='fact')
          for q, xt in FACTS]

# ---------------------------------------------------------------- off topic
UNREL = ['Thời tiết Lào Cai hôm nay thế nào?', 'Tối nay Việt Nam đá với Thái Lan mấy giờ?', 'Cách nấu phở bò ngon?',
         'Giá vàng hôm nay bao nhiêu?', 'Xổ số miền Bắc hôm qua về con gì?', 'Dịch giúp em câu "good morning" sang tiếng Việt',
         'Đường từ Hà Giang lên Lũng Cú đi xe máy mất mấy tiếng?', 'Tỷ giá đô la hôm nay?', 'Mua vé xe khách Sa Pa - Hà Nội ở đâu?',
         'Cho em bài thơ về mùa đông', 'Mùa lúa chín Mù Cang Chải là tháng mấy?', 'Điện thoại em bị đơ phải làm sao?',
         'Giá xăng hôm nay tăng hay giảm?', 'Kể chuyện cười đi', 'Chợ phiên Đồng Văn họp ngày nào?', 'Trẻ con bị sốt uống thuốc gì?',
         'Lịch âm hôm nay là ngày bao nhiêu?', 'Cách trồng chè Shan tuyết?', 'Hồ Ba Bể có thuê thuyền được không?', 'Bài hát nào đang hot nhất?']
NEAR = [('Năm 2030 ở Lào Cai có lớp tập huấn nào không?', {'year': 2030, 'what': 'class'}), ('Lớp nghiệp vụ công đoàn năm 2024 ở Lạng Sơn còn không?', {'year': 2024, 'what': 'class'}),
        ('Chỉ tiêu đào tạo năm 2019 của LĐLĐ tỉnh Cao Bằng?', {'year': 2019, 'what': 'target', 'org': 'LĐLĐ tỉnh Cao Bằng'}), ('Đoàn phí công đoàn đóng bao nhiêu phần trăm lương?', {'topic': 'dues'}),
        ('Mức đóng kinh phí công đoàn của doanh nghiệp là bao nhiêu?', {'topic': 'dues'}), ('Lương tối thiểu vùng năm 2027 là bao nhiêu?', {'topic': 'wage'}),
        ('Số điện thoại LĐLĐ tỉnh Điện Biên là số mấy?', {'topic': 'phone'}), ('Phụ cấp chủ tịch công đoàn cơ sở không chuyên trách được bao nhiêu?', {'topic': 'allowance'}),
        ('Hồ sơ thành lập công đoàn cơ sở gồm những giấy tờ gì?', {'topic': 'procedure'}), ('Công đoàn có hỗ trợ tiền thuê nhà cho công nhân không?', {'topic': 'welfare'}),
        ('Ở Cà Mau có lớp tập huấn công đoàn nào không?', {'prov_absent': 'Cà Mau'}), ('Lớp tập huấn ở Gia Lai tháng sau?', {'prov_absent': 'Gia Lai'}),
        ('Quà Tết công đoàn năm nay mỗi người được bao nhiêu?', {'topic': 'welfare'}), ('Email của Công đoàn các KCN tỉnh Bắc Ninh là gì?', {'topic': 'phone'}),
        ('Chế độ thai sản cho nữ công nhân được mấy tháng?', {'topic': 'law'}), ('Rút bảo hiểm xã hội một lần cần giấy tờ gì?', {'topic': 'law'}),
        ('Lớp tập huấn ở Lâm Đồng năm sau có không?', {'prov_absent': 'Lâm Đồng'}), ('Kế hoạch đào tạo năm 2029 của LĐLĐ Quảng Ninh?', {'year': 2029, 'what': 'both', 'org': 'LĐLĐ tỉnh Quảng Ninh'}),
        ('Chủ tịch công đoàn có được nghỉ phép thêm không?', {'topic': 'law'}), ('Tiền ăn ca của công nhân KCN Yên Phong năm nay bao nhiêu?', {'topic': 'wage'})]
oitems = [dict(kind='off_topic', text=(q[0].lower() + q[1:] if rnd.random() < 0.5 else q), expect=[], expect_text=[], typ='off', near=None) for q in UNREL]
oitems += [dict(kind='off_topic', text=polite(q[0].lower() + q[1:] if rnd.random() < 0.5 else q), expect=[], expect_text=[], typ='near', near=n) for q, n in NEAR]

ALL = items + titems + fitems + oitems
print('course', len(items), 'target', len(titems), 'fact', len(fitems), 'off', len(oitems), 'total', len(ALL))
print(Counter(i['typ'] for i in items))

# ---------------------------------------------------------------- styles and output
order = list(range(len(ALL)))
rnd.shuffle(order)
STY = ['diacritics', 'plain', 'abbrev', 'typo']
# styles evenly within each kind
by_kind = defaultdict(list)
for i in order:
    by_kind[ALL[i]['kind']].append(i)
style_of = {}
k0 = 0
for kind, idxs in by_kind.items():
    for j, i in enumerate(idxs):
        style_of[i] = STY[(j + k0) % 4]
    k0 += len(idxs)
qs, qspec = [], {}
for n, i in enumerate(order, 1):
    it = ALL[i]
    qid = 'b16-q%03d' % n
    st = style_of[i]
    protect = [BY[c].prov for c in it['expect']] if it['kind'] == 'course' else []
    text = derive(it['text'], st, rnd, protect)
    rec = {'id': qid, 'q': text, 'style': st, 'kind': it['kind'], 'expect': it['expect'], 'expect_text': it['expect_text']}
    if it.get('profile'):
        rec['profile'] = it['profile']
    qs.append(rec)
    sp = {'typ': it['typ'], 'written': it['text']}
    if 'crit' in it:
        sp['crit'] = it['crit']
    if it.get('derive_text'):
        sp['derive_text'] = it['derive_text']
    if it.get('near'):
        sp['near'] = it['near']
    qspec[qid] = sp

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in qs:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

from gen_dialogues import build_dialogues
dlg, dspec = build_dialogues(courses, targets, match, rnd, derive, places_of, place_text, venue_word, TOPIC_PH)
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in dlg:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
json.dump({'questions': qspec, 'dialogues': dspec}, open(os.path.join(HERE, 'spec.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('dialogues', len(dlg), 'turns', sum(len(d['turns']) for d in dlg))
