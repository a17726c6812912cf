# Multi-turn dialogues, built from the plan data by patterns.
import datetime as dt
from common import *

def make(R, CS, TG, say, TP, AP, FORMER, ident, regable, place_word, tfig, byu, render, STYLES):
    ALL = list(CS.values())
    PROVS = sorted({c.prov for c in ALL})
    MAIN = ['Hà Nội', 'Hải Phòng', 'Hưng Yên', 'Ninh Bình', 'Phú Thọ', 'Bắc Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị']
    topics = [t for t in TP if t != 'nghiepvu']
    crit_out = {}
    up = lambda c: c.upcoming and not c.cancelled

    def L(crit, lo=1, hi=4, strict=True, dated=False):
        s, m = match(CS, crit)
        if not (lo <= len(s) <= hi) or (strict and m):
            return None
        if dated and (any(c.start is None for c in s) or len({c.start for c in s}) < len(s)):
            return None
        return s

    def pick(cands):
        cands = list(cands); R.shuffle(cands)
        return cands

    def T_list(q, crit, s):
        return (q, {'kind': 'course_list', 'codes': [c.code for c in s], 'text': []}, {'type': 'list', 'crit': crit})
    def T_ord(q, crit, n, s, text=None):
        return (q, {'kind': 'course', 'codes': [s[n].code], 'text': text or []}, {'type': 'ord', 'crit': crit, 'n': n})
    def T_one(q, c, field=None):
        text = []
        if field == 'deadline': text = [fmt_d(c.deadline)]
        if field == 'start': text = [fmt_d(c.start)]
        if field == 'venue': text = [place_word(c)]
        return (q, {'kind': 'course', 'codes': [c.code], 'text': text}, {'type': 'one', 'code': c.code, 'field': field})
    def T_reg(q, c):
        return (q, {'kind': 'register', 'codes': [c.code], 'text': []}, {'type': 'reg', 'code': c.code})
    def T_tg(q, r):
        return (q, {'kind': 'target', 'codes': [r['Mã chỉ tiêu']], 'text': tfig(r)}, {'type': 'target', 'units': [r['Đơn vị']], 'year': r['Năm'], 'which': 'general' if not r['Đối tượng'] else 'ct'})
    def T_fact(q, texts):
        return (q, {'kind': 'fact', 'codes': [], 'text': texts}, {'type': 'fact'})
    def T_off(q):
        return (q, {'kind': 'off_topic', 'codes': [], 'text': []}, {'type': 'off'})

    def gen_target(u, y):
        rs = [r for r in byu.get((u, y), []) if not r['Đối tượng'] and r['Đơn vị tính'] not in ('lớp', '%')]
        return rs[0] if rs else None

    FACTS = [('à mà theo bài báo thì năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp?', ['33/33']),
             ('tiện hỏi, Lạng Sơn có bao nhiêu cán bộ công đoàn?', ['8.343']),
             ('Chương trình 1464/CTr-TLĐ là về nội dung gì, ngày nào?', ['8/10/2013']),
             ('Nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn giai đoạn nào?', ['4a/NQ-TLĐ', '2010- 2020']),
             ('Năm 2016 Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ bao nhiêu lớp?', ['42 lớp']),
             ('Sóc Trăng có bao nhiêu cán bộ CĐCS được bồi dưỡng nghiệp vụ, đạt mấy %?', ['8.891/9.074', '97,9%']),
             ('Mê Linh năm 2020 mở mấy lớp tập huấn với Trung tâm Bồi dưỡng chính trị?', ['2 lớp']),
             ('Chủ tịch LĐLĐ huyện Chi Lăng trong bài báo là ai?', ['Hoàng Văn Dũng']),
             ('Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí?', ['25 đồng chí']),
             ('Năm 2016 Hà Nội đạt bao nhiêu lượt học viên so với kế hoạch?', ['3831/3580'])]
    OFFS = ['mà lương tối thiểu vùng năm nay bao nhiêu vậy?', 'à đoàn phí mình đóng bao nhiêu một tháng nhỉ, lương 7 triệu', 'cho mình xin số điện thoại LĐLĐ tỉnh với',
            'tiện hỏi luôn, làm thêm giờ tối đa mấy tiếng một tháng?', 'hôm nay trời có mưa không bạn', 'rút bảo hiểm xã hội một lần thì làm thế nào?',
            'Luật BHXH mới có điểm gì mới vậy?', 'tối nay có đá bóng không?']
    ROLES = ['chủ tịch CĐCS', 'phó chủ tịch CĐCS', 'ủy viên BCH CĐCS', 'kế toán CĐCS', 'cán bộ nữ công']
    NAMES = ['Lan', 'Hùng', 'Hoa', 'Tuấn', 'Mai', 'Dũng', 'Thảo', 'Nam', 'Hương', 'Quang', 'Hằng', 'Sơn']
    PLACES = {'Hà Nội': 'trường THCS ở phường Cầu Giấy', 'Hải Phòng': 'công ty may ở KCN Nomura', 'Hưng Yên': 'công ty điện tử ở KCN Phố Nối',
              'Ninh Bình': 'bệnh viện đa khoa ở phường Hoa Lư', 'Phú Thọ': 'công ty giày ở KCN Thụy Vân', 'Bắc Ninh': 'công ty điện tử ở KCN Quế Võ',
              'Thanh Hóa': 'trường tiểu học ở phường Hạc Thành', 'Nghệ An': 'công ty may ở xã Diễn Châu', 'Hà Tĩnh': 'trạm y tế phường Thành Sen',
              'Quảng Trị': 'trường mầm non ở phường Đồng Hới'}
    def orgs_of(p):
        return sorted({c.org for c in ALL if c.prov == p and not c.org.startswith('LĐLĐ')})
    def prof(p, role=None, union=None):
        union = union or R.choice(orgs_of(p) or ['LĐLĐ tỉnh ' + p])
        if not role:
            if union.startswith('CĐ phường'): role = R.choice(['chủ tịch CĐ phường', 'ủy viên BCH CĐ phường'])
            elif union.startswith('CĐ xã'): role = 'chủ tịch CĐ xã'
            else: role = R.choice(ROLES)
        return {'role': role, 'province': p, 'union': union}

    # ---------- patterns ----------
    def p1():
        for a in pick(MAIN):
            for t in pick(topics):
                ca = {'prov': a, 'topic': t}; sa = L(ca, 2, 4, dated=True)
                if not sa or not place_word(sa[1]) or sa[1].online: continue
                for b in pick(MAIN):
                    cb = {'prov': b, 'topic': t}; sb = L(cb, 1, 4, dated=True)
                    if b == a or not sb or not regable(sb[0]): continue
                    tp = R.choice(TP[t])
                    return None, [T_list(f'co lop nao ve {tp} o {say(a)} ko', ca, sa) if R.random() < .5 else T_list(f'Có lớp nào về {tp} ở {say(a)} không?', ca, sa),
                                  T_ord('cái thứ 2 học mấy hôm', ca, 1, sa), T_ord('ở đâu vậy', ca, 1, sa, [place_word(sa[1])]),
                                  T_list(f'thế còn ở {say(b)}?', cb, sb), T_reg('đăng ký giúp mình lớp đầu', sb[0])]
    def p2():
        for p in pick(MAIN):
            for mo in pick([(2026, 12), (2027, 1), (2027, 3)]):
                c0 = {'prov': p, 'aud': 'ct', 'month': mo}; s = L(c0, 1, 4, dated=True)
                if not s or not s[0].deadline or not regable(s[0]): continue
                r = gen_target('LĐLĐ ' + ('TP ' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p, '2026')
                if not r: continue
                nm = R.choice(NAMES); mtxt = {(2026, 12): 'tháng 12', (2027, 1): 'tháng 1 năm sau', (2027, 3): 'tháng 3 năm sau'}[mo]
                pr = prof(p, 'chủ tịch CĐCS')
                return pr, [T_list(f'Chào bạn, mình là {nm}, mới được bầu làm chủ tịch CĐCS {PLACES[p]}. Cho mình hỏi {mtxt} bên mình có lớp nào cho chủ tịch công đoàn cơ sở không?', c0, s),
                            T_ord('lớp đầu tiên hạn đăng ký đến bao giờ?', c0, 0, s, [fmt_d(s[0].deadline)]),
                            T_ord('học trực tiếp hay online vậy bạn', c0, 0, s),
                            T_reg('ok, đăng ký cho mình lớp đó nhé', s[0]),
                            T_tg('cảm ơn nhé. À tiện hỏi chỉ tiêu đào tạo cán bộ năm nay của LĐLĐ tỉnh mình đạt bao nhiêu rồi?', r)]
    def p3():
        for u in pick([r['Đơn vị'] for r in TG if r['Năm'] == '2027' and not r['Đối tượng']]):
            r6, r5, r7 = gen_target(u, '2026'), gen_target(u, '2025'), gen_target(u, '2027')
            if not (r6 and r5 and r7): continue
            c0 = {'org': u, 'month': (2026, 12)}; s = L(c0, 1, 4, strict=False)
            if not s: continue
            return None, [T_tg(f'chỉ tiêu đào tạo cán bộ năm nay của {u} là bao nhiêu, đạt được chưa?', r6), T_tg('năm ngoái thì sao?', r5),
                          T_tg('thế năm sau giao bao nhiêu?', r7), T_list(f'tháng 12 này {u} có mở lớp nào không?', c0, s)]
    def p4():
        for p in pick(PROVS):
            for t in pick(topics):
                c0 = {'prov': p, 'topic': t}; s = L(c0, 2, 4, dated=True)
                if not s or not regable(s[0]) or not place_word(s[0]) or s[0].online: continue
                q, tx = R.choice(FACTS)
                return None, [T_list(f'Mình muốn tìm lớp {R.choice(TP[t])} ở {say(p)}', c0, s), T_fact(q, tx),
                              T_ord('ok quay lại mấy lớp lúc nãy, lớp đầu tiên học ở đâu?', c0, 0, s, [place_word(s[0])]),
                              T_reg('đăng ký lớp đó cho mình', s[0])]
    def p5():
        for p in pick(MAIN):
            b = [c for c in ALL if c.prov == p and 'nhiệm kỳ mới - Đợt' in c.title and up(c)]
            if len(b) != 2: continue
            b.sort(key=lambda c: c.title)
            if not regable(b[1]) or not place_word(b[0]): continue
            return None, [T_one(f'lớp bồi dưỡng chủ tịch CĐCS nhiệm kỳ mới đợt 1 ở {say(p)} khi nào học?', b[0], 'start'),
                          T_one('à nhầm, ý mình là đợt 2', b[1], 'start'), T_one('hạn đăng ký đợt 2 là bao giờ?', b[1], 'deadline'),
                          T_reg('vậy đăng ký đợt 2 cho mình', b[1]), T_one('còn đợt 1 học ở đâu?', b[0], 'venue')]
    def p6():
        MN = {(2026, 12): 'tháng 12', (2027, 1): 'tháng 1 năm sau', (2027, 2): 'tháng 2', (2027, 3): 'tháng 3'}
        for p in pick(MAIN):
            for m1, m2 in pick([((2026, 12), (2027, 1)), ((2027, 1), (2027, 2)), ((2027, 2), (2027, 3))]):
                c1 = {'prov': p, 'month': m1}; s1 = L(c1, 1, 5, strict=False)
                c2 = {'prov': p, 'month': m2}; s2 = L(c2, 2, 4, dated=True)
                c3 = {'prov': p, 'range': [(2027, 4, 1), (2027, 6, 30)]}; s3 = L(c3, 1, 6, strict=False)
                if not (s1 and s2 and s3) or not regable(s2[1]): continue
                return None, [T_list(f'{MN[m1]} ở {say(p)} có lớp tập huấn nào không?', c1, s1), T_list(f'thế {MN[m2]}?', c2, s2),
                              T_list('quý 2 năm sau thì sao', c3, s3), T_reg(f'đăng ký cho mình lớp thứ 2 của {MN[m2]} nhé', s2[1])]
    def p7():
        for p in pick(PROVS):
            for a in pick(['ketoan', 'ubkt', 'nucong', 'atvsv', 'ct']):
                c0 = {'prov': p, 'aud': a}; s = L(c0, 2, 4, dated=True)
                if not s or not regable(s[0]): continue
                return prof(p), [T_list(f'có lớp nào cho {R.choice(AP[a])} ở {say(p)} không?', c0, s), T_off(R.choice(OFFS)),
                                 T_ord('ok, quay lại, lớp thứ nhất học mấy ngày?', c0, 0, s), T_reg('đk cho mình lớp đó', s[0])]
    def p8():
        for p in pick(MAIN):
            g = [c for c in ALL if c.prov == p and up(c) and ident(c) and c.deadline]
            if not g: continue
            c = R.choice(g)
            for t in pick(topics):
                c2 = {'prov': p, 'topic': t}; s2 = L(c2, 1, 4, strict=False)
                if not s2 or c2['topic'] == c.topic: continue
                q, tx = R.choice(FACTS)
                r = gen_target('LĐLĐ ' + ('TP ' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p, '2027')
                turns = [T_one(f'{ident(c)} ở {say(p)} hạn đăng ký đến khi nào vậy?', c, 'deadline'), T_fact('cảm ơn bạn nhiều. Cho mình hỏi thêm: ' + q[0].lower() + q[1:], tx),
                         T_list(f'còn lớp nào về {R.choice(TP[t])} ở tỉnh mình không?', c2, s2)]
                if r:
                    turns.append(T_tg('ok. Chỉ tiêu đào tạo năm sau của tỉnh mình là bao nhiêu?', r))
                else:
                    turns.append(T_off('ok cảm ơn, thế thôi nhé'))
                return prof(p), turns
    def p9():
        for p in pick(MAIN):
            os_ = orgs_of(p)
            for o1 in pick(os_):
                c1 = {'org': o1}; s1 = L(c1, 1, 4, strict=False)
                if not s1: continue
                for o2 in pick(os_):
                    c2 = {'org': o2}; s2 = L(c2, 2, 4, dated=True)
                    if o2 == o1 or not s2 or not regable(s2[1]) or not place_word(s2[1]) or s2[1].online: continue
                    return None, [T_list(f'{o1} có tổ chức lớp nào sắp tới không?', c1, s1), T_list(f'còn {o2} thì sao?', c2, s2),
                                  T_ord('lớp thứ 2 ở đâu?', c2, 1, s2, [place_word(s2[1])]), T_reg('đăng ký lớp thứ 2 đó cho mình', s2[1])]
    def p10():
        for p in pick(PROVS):
            c1 = {'prov': p, 'aud': 'ketoan'}; s1 = L(c1, 1, 4, strict=False)
            c2 = {'prov': p, 'aud': 'ubkt'}; s2 = L(c2, 1, 4, dated=True)
            if not (s1 and s2) or not regable(s2[0]): continue
            return prof(p, 'ủy viên UBKT CĐCS'), [T_list(f'Ở {say(p)} có lớp nào cho kế toán công đoàn không?', c1, s1),
                                                  T_list('cho ủy ban kiểm tra thì sao?', c2, s2), T_ord('cái đầu tiên học online được không?', c2, 0, s2),
                                                  T_reg('đk cho em lớp đó', s2[0])]
    def p11():
        for a1 in pick(FORMER):
            p = FORMER[a1][0]
            for t in pick(topics):
                c1 = {'prov': p, 'topic': t, 'area': a1}; s1 = L(c1, 1, 4, strict=False)
                if not s1: continue
                for a2 in pick([x for x in FORMER if FORMER[x][0] != p and FORMER[x][0] in MAIN]):
                    p2 = FORMER[a2][0]
                    c2 = {'prov': p2, 'topic': t, 'area': a2}; s2 = L(c2, 1, 4, dated=True)
                    r = gen_target('LĐLĐ ' + ('TP ' if p2 in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p2, '2026')
                    if not s2 or not r: continue
                    return None, [T_list(f'lớp {R.choice(TP[t])} ở {R.choice(FORMER[a1][1])} có không?', c1, s1),
                                  T_list(f'còn {R.choice(FORMER[a2][1])}?', c2, s2),
                                  T_ord('lớp thứ nhất bắt đầu hôm nào?', c2, 0, s2, [fmt_d(s2[0].start)]),
                                  T_tg(f'năm nay LĐLĐ tỉnh {p2} giao chỉ tiêu đào tạo cán bộ bao nhiêu?', r)]
    def p12():
        for p in pick(MAIN):
            u = 'LĐLĐ ' + ('TP ' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p
            r6, r5 = gen_target(u, '2026'), gen_target(u, '2025')
            c0 = {'prov': p, 'aud': 'ct', 'month': (2026, 12)}; s = L(c0, 1, 4, dated=True)
            if not (r6 and r5 and s) or not regable(s[0]): continue
            return prof(p, 'chủ tịch CĐCS'), [T_tg('tỉnh mình năm nay chỉ tiêu đào tạo cán bộ bao nhiêu, đạt được bao nhiêu rồi?', r6),
                                              T_tg('năm ngoái?', r5), T_list('tháng 12 này có lớp nào cho chủ tịch cđcs không?', c0, s),
                                              T_off(R.choice(OFFS)), T_reg('thôi, đăng ký lớp đầu tiên cho mình', s[0])]
    def p13():
        for p in pick(PROVS):
            for t in pick(topics):
                c0 = {'prov': p, 'topic': t, 'first': True}; s = L(c0, 1, 1)
                full, _ = match(CS, {'prov': p, 'topic': t})
                if not s or not first_clear(CS, c0) or len(full) < 2 or not s[0].start or not s[0].deadline or not regable(s[0]) or not place_word(s[0]) or s[0].online: continue
                c = s[0]; q, tx = R.choice(FACTS)
                return None, [(f'lớp {R.choice(TP[t])} gần nhất ở {say(p)} là lớp nào?', {'kind': 'course', 'codes': [c.code], 'text': [fmt_d(c.start)]}, {'type': 'list', 'crit': c0}),
                              T_one('lớp ấy ở đâu?', c, 'venue'), T_one('hạn đăng ký lớp đó?', c, 'deadline'), T_reg('ok đăng ký lớp ấy giúp mình', c), T_fact(q, tx)]
    def p14():
        for t in pick(topics):
            c1 = {'topic': t, 'online': True}; s1 = L(c1, 1, 4, strict=False)
            if not s1: continue
            for p in pick(MAIN):
                c2 = {'prov': p, 'topic': t, 'offline': True}; s2 = L(c2, 1, 4, dated=True)
                if not s2 or not regable(s2[0]): continue
                tp = R.choice(TP[t])
                return None, [T_list(f'có lớp {tp} nào học online không?', c1, s1), T_list(f'còn học trực tiếp ở {say(p)} thì có lớp nào?', c2, s2),
                                 T_ord('lớp đầu tiên học mấy ngày?', c2, 0, s2), T_reg('đăng ký lớp đó cho mình nhé', s2[0]), T_off('cảm ơn bạn nhé, vậy thôi')]

    pats = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14]
    D = []
    seen = set()
    styles = ['diacritics', 'plain', 'abbrev', 'typo'] * 20
    R.shuffle(styles)
    tries = 0
    while len(D) < 58 and tries < 2000:
        tries += 1
        f = pats[tries % len(pats)]
        res = f()
        if not res:
            continue
        pr, turns = res
        sig = tuple(tuple(t[1]['codes']) for t in turns[:2]) + (f.__name__,)
        if sig in seen:
            continue
        seen.add(sig)
        st = styles[len(D)]
        did = f'd{len(D) + 1:02d}'
        d = {'id': did, 'style': st}
        if pr: d['profile'] = pr
        d['turns'] = []
        for i, (q, exp, cr) in enumerate(turns):
            d['turns'].append({'q': render(q, st, R), 'expect': exp})
            cr = dict(cr); cr['pattern'] = f.__name__
            crit_out[f'{did}.{i}'] = cr
        D.append(d)
    return D, crit_out
