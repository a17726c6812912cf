# -*- coding: utf-8 -*-
"""Multi-turn dialogues for set 16 (list -> ordinal -> where/when -> register, corrections, province change...)."""
import re
import validate as V

ORD = {0: ['lớp đầu', 'cái đầu tiên', 'lớp thứ nhất'], 1: ['cái thứ 2', 'lớp thứ hai', 'lớp thứ 2'], 2: ['cái thứ 3', 'lớp thứ ba'],
       3: ['cái thứ 4', 'lớp cuối']}
STY = ['abbrev', 'plain', 'typo', 'diacritics']


def build_dialogues(courses, targets, match, rnd, derive, places_of, place_text, venue_word, TOPIC_PH):
    pick = rnd.choice
    BY = {c.code: c for c in courses}

    def tp(t):
        return pick(TOPIC_PH[t])

    def good_list(st, need_reg=(), minn=2, maxn=4):
        if not st or not (minn <= len(st) <= maxn):
            return False
        if any(not c.dated for c in st):
            return False
        keys = [c.sort_key() for c in st]
        if len(set(keys)) != len(keys):
            return False
        return all(i < len(st) and st[i].registrable() for i in need_reg)

    provs = sorted({c.prov for c in courses})
    topics = list(TOPIC_PH)
    pt_lists = []
    for p in provs:
        for t in topics:
            crit = {'prov': p, 'topic': t}
            st = match(crit)
            if st:
                pt_lists.append((crit, st))
    rnd.shuffle(pt_lists)
    fo_lists = []
    for F in V.FORMER_OF:
        for t in topics:
            crit = {'former': F, 'topic': t}
            st = match(crit)
            if st:
                fo_lists.append((crit, st))
    rnd.shuffle(fo_lists)
    role_lists = []
    for p in provs:
        for r in ['ct', 'bch', 'ubkt', 'ketoan', 'totruong', 'nld', 'pct']:
            for t in topics:
                crit = {'prov': p, 'role': r, 'topic': t}
                st = match(crit)
                if st:
                    role_lists.append((crit, st))
    rnd.shuffle(role_lists)
    used = set()

    def take(pool, **kw):
        for crit, st in pool:
            key = str(crit)
            if key in used:
                continue
            if good_list(st, **kw):
                used.add(key)
                return crit, st
        return None, None

    def list_q(crit):
        t = crit.get('topic')
        if 'former' in crit:
            return pick(['bên %s cũ có lớp %s nào ko' % (crit['former'], tp(t)), 'lớp %s ở %s có không' % (tp(t), crit['former'])])
        if 'role' in crit:
            who = {'ct': 'chủ tịch công đoàn cơ sở', 'bch': 'ủy viên ban chấp hành', 'ubkt': 'ủy viên UBKT', 'ketoan': 'kế toán công đoàn',
                   'totruong': 'tổ trưởng công đoàn', 'nld': 'công nhân', 'pct': 'phó chủ tịch công đoàn cơ sở'}[crit['role']]
            return pick(['em là %s ở %s, có lớp %s nào cho em không' % (who, crit['prov'], tp(t)),
                         '%s có lớp %s cho %s không' % (crit['prov'], tp(t), who)])
        return pick(['có lớp %s nào ở %s không' % (tp(t), crit['prov']), '%s có lớp %s ko' % (crit['prov'], tp(t)),
                     'lớp %s ở %s sắp tới' % (tp(t), crit['prov'])])

    def L(crit, st, q=None, ordinal=True):
        return (q or list_q(crit), {'kind': 'course_list', 'codes': [c.code for c in st], 'text': []},
                {'kind': 'course_list', 'crit': crit, 'ordinal_follow': ordinal})

    def C(ref, c, what, q):
        text, der = [], []
        for w in what:
            if w == 'venue':
                text.append(venue_word(c))
            else:
                text.append(V.text_for(c, w))
                der.append(w)
        sp = {'kind': 'course', 'ref': ref}
        if der:
            sp['derive_text'] = der
        return (q, {'kind': 'course', 'codes': [c.code], 'text': text}, sp)

    def R(ref, c, q):
        return (q, {'kind': 'register', 'codes': [c.code], 'text': []}, {'kind': 'register', 'ref': ref})

    def TG(crit, q):
        st, deb = V.match_targets(targets, crit)
        assert st and not deb, crit
        figs = []
        for t in st:
            figs.append(t['target'])
            if t['done']:
                figs.append(t['done'])
        return (q, {'kind': 'target', 'codes': [t['code'] for t in st], 'text': figs}, {'kind': 'target', 'crit': crit})

    def FA(q, xt):
        return (q, {'kind': 'fact', 'codes': [], 'text': xt}, {'kind': 'fact'})

    def OT(q):
        return (q, {'kind': 'off_topic', 'codes': [], 'text': []}, {'kind': 'off_topic'})

    FACTQ = [('mà Lạng Sơn có bao nhiêu cán bộ công đoàn nhỉ?', ['8.343']),
             ('À cho hỏi Nghị quyết 4a của Tổng Liên đoàn ban hành ngày nào?', ['04/3/2010']),
             ('Hà Nội năm 2016 tổ chức được bao nhiêu lớp đào tạo cán bộ công đoàn?', ['33/33']),
             ('Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?', ['366']),
             ('Chương trình 1464 của Tổng Liên đoàn ban hành ngày nào?', ['8/10/2013']),
             ('Sóc Trăng có bao nhiêu cán bộ CĐCS được bồi dưỡng nghiệp vụ?', ['8.891/9.074']),
             ('Năm 2020 LĐLĐ huyện Mê Linh mở mấy lớp tập huấn?', ['2 lớp']),
             ('Lớp giảng viên kiêm chức ở Lạng Sơn có bao nhiêu người học?', ['25 đồng chí'])]
    OFFQ = ['mà thời tiết ở đó mai có rét không?', 'à mà giá vé xe lên đó bao nhiêu?', 'đoàn phí tháng này đóng bao nhiêu nhỉ?',
            'bạn có biết quán ăn nào ngon gần đó không?', 'số điện thoại của LĐLĐ tỉnh là gì?']
    dialogs = []

    # ---- A: list -> ordinal (when) -> where -> register (+ optional fact)
    pools = [pt_lists, fo_lists, role_lists]
    for i in range(10):
        crit, st = take(pools[i % 3], need_reg=(1,))
        if not crit:
            crit, st = take(pt_lists, need_reg=(1,))
        if not crit:
            break
        c = st[1]
        turns = [L(crit, st),
                 C({'list': 0, 'n': 1}, c, ['date'], pick(['%s học ngày nào' % pick(ORD[1]), '%s bao giờ học' % pick(ORD[1]), 'thế %s khi nào khai giảng' % pick(ORD[1])])),
                 C({}, c, ['venue'], pick(['ở đâu vậy', 'lớp đó học ở đâu', 'địa điểm ở đâu ạ'])),
                 R({}, c, pick(['đăng ký cho mình lớp này', 'đk giúp em lớp đó với', 'ok cho em đăng ký lớp đó']))]
        if i % 2 == 0:
            fq, ft = pick(FACTQ)
            turns.append(FA(fq, ft))
        dialogs.append(('A', turns, None))

    # ---- B: list of exactly 2 -> first where -> «thế còn cái kia?» -> register the other
    for i in range(6):
        crit, st = take(pt_lists + fo_lists, need_reg=(1,), minn=2, maxn=2)
        if not crit:
            break
        a, b = st
        turns = [L(crit, st),
                 C({'list': 0, 'n': 0}, a, ['venue'], pick(['lớp đầu ở đâu', 'cái thứ nhất học ở đâu vậy'])),
                 C({'list': 0, 'n': 1}, b, ['venue'], pick(['thế còn cái kia?', 'còn lớp kia thì sao', 'thế còn cái kia ở đâu'])),
                 R({}, b, pick(['vậy đăng ký cho em lớp đó', 'đk cái đó cho mình nhé']))]
        dialogs.append(('B', turns, None))

    # ---- C: list in P1 -> «còn ở P2 thì sao» -> first of new list: deadline -> register
    made = 0
    for crit, st in pt_lists:
        if made >= 7:
            break
        if str(crit) in used or not good_list(st, minn=1):
            continue
        for p2 in provs:
            if p2 == crit['prov']:
                continue
            c2 = {'prov': p2, 'topic': crit['topic']}
            st2 = match(c2)
            if good_list(st2, need_reg=(0,), minn=1) and st2[0].deadline and str(c2) not in used:
                used.add(str(crit))
                used.add(str(c2))
                f = st2[0]
                turns = [L(crit, st, ordinal=False),
                         L(c2, st2, q=pick(['còn ở %s thì sao' % p2, 'thế %s có không' % p2, 'à thế còn bên %s?' % p2])),
                         C({'list': 1, 'n': 0}, f, ['deadline'], pick(['lớp đầu hạn đăng ký khi nào', 'cái thứ nhất đăng ký đến bao giờ'])
                           if len(st2) > 1 else pick(['lớp đó hạn đăng ký khi nào', 'hạn đăng ký đến bao giờ'])),
                         R({}, f, pick(['đăng ký giúp mình lớp đó', 'ok đk luôn cho em']))]
                dialogs.append(('C', turns, None))
                made += 1
                break

    # ---- D: target this year -> «thế năm ngoái?» -> new full question -> course list
    LD = [t['org'] for t in targets if t['code'].endswith('2026-CBCD') and V.expand(t['org']).startswith('lien doan')]
    rnd.shuffle(LD)
    for i, org in enumerate(LD[:6]):
        prov = [p for p in V.PROVINCES if V.fold(p) in V.fold(org)][0]
        c26, d26 = V.match_targets(targets, {'org': org, 'year': '2026'})
        if d26:
            continue
        turns = [TG({'org': org, 'year': '2026'}, pick(['chỉ tiêu đào tạo năm nay của LĐLĐ %s đạt bao nhiêu rồi' % prov,
                                                           'LĐLĐ %s năm nay chỉ tiêu tập huấn thế nào' % prov])),
                 TG({'org': org, 'year': '2025'}, pick(['thế năm ngoái?', 'còn năm ngoái thì sao', 'năm 2025 thì sao']))]
        if i % 2:
            fq, ft = pick(FACTQ)
            turns.append(FA(fq, ft))
        for crit, st in pt_lists:
            if crit['prov'] == prov and good_list(st, minn=1, maxn=3) and str(crit) not in used:
                used.add(str(crit))
                turns.append(L(crit, st, ordinal=False))
                if st[0].registrable():
                    turns.append(R({'list': len(turns) - 1, 'n': 0}, st[0], pick(['đăng ký lớp đầu cho em', 'đk cho mình lớp đầu tiên'])
                                   if len(st) > 1 else pick(['đăng ký lớp đó cho em', 'đk cho mình lớp này'])))
                break
        if len(turns) >= 4:
            dialogs.append(('D', turns, None))

    # ---- E: corrections by batch («à nhầm, ý em là đợt 2»)
    pairs = {}
    for c in courses:
        m = re.search(r'\(đợt (\d)\)', c.title)
        if m and c.upcoming() and c.dated and c.topic:
            pairs.setdefault((c.prov, c.org, c.title[:m.start()]), {})[m.group(1)] = c
    nE = 0
    for (prov, org, base), d in sorted(pairs.items(), key=lambda kv: rnd.random()):
        if '1' in d and '2' in d and nE < 5:
            c1, c2 = d['1'], d['2']
            k1 = {'prov': prov, 'topic': c1.topic, 'title_kw': ['dot 1']}
            k2 = {'prov': prov, 'topic': c2.topic, 'title_kw': ['dot 2']}
            if [x.code for x in (match(k1) or [])] != [c1.code] or [x.code for x in (match(k2) or [])] != [c2.code]:
                continue
            if not c2.registrable():
                continue
            t = c1.topic
            turns = [C({'code': c1.code, 'crit': k1}, c1, ['date'], 'lớp %s đợt 1 ở %s học ngày nào' % (tp(t), prov)),
                     C({'code': c2.code, 'crit': k2}, c2, ['date'], pick(['à nhầm, ý em là đợt 2', 'à em nhầm, hỏi đợt 2 cơ'])),
                     C({}, c2, ['venue'], 'học ở đâu ạ'),
                     R({}, c2, 'đăng ký cho em đợt 2 nhé')]
            dialogs.append(('E', turns, None))
            nE += 1
    # ---- F: correction by class code
    for i in range(5):
        crit, st = take(pt_lists + role_lists, need_reg=(), minn=3, maxn=4)
        if not crit:
            break
        a, b = st[0], st[2]
        if not b.registrable():
            continue
        turns = [L(crit, st),
                 C({'list': 0, 'n': 0}, a, ['venue'], pick(['cái đầu ở đâu', 'lớp thứ nhất học ở đâu'])),
                 C({'code': b.code}, b, ['date'], pick(['à nhầm, em hỏi lớp %s cơ, lớp đó học ngày nào' % b.code, 'ý em là lớp mã %s, bao giờ học' % b.code])),
                 R({}, b, pick(['đk lớp %s cho em' % b.code, 'vậy đăng ký lớp đó giúp em']))]
        dialogs.append(('F', turns, None))

    # ---- G: a new full question mid-talk, then back to the first list
    for i in range(5):
        crit, st = take(pt_lists + fo_lists, need_reg=(1,))
        crit2, st2 = take(pt_lists, minn=1)
        if not crit or not crit2:
            break
        turns = [L(crit, st),
                 C({'list': 0, 'n': 1}, st[1], ['date'], pick(['%s học ngày nào' % pick(ORD[1]), '%s khi nào' % pick(ORD[1])]))]
        if i % 2:
            fq, ft = pick(FACTQ)
            turns.append(FA(fq, ft))
        else:
            turns.append(L(crit2, st2, ordinal=False))
        turns.append(R({'list': 0, 'n': 1}, st[1], pick(['quay lại lớp thứ 2 lúc nãy, đăng ký cho em lớp đó',
                                                           'ok quay lại, đk cho mình lớp thứ hai ở danh sách đầu'])))
        dialogs.append(('G', turns, None))

    # ---- H: profile «tỉnh mình» + target last year + register
    PROF = [('Lào Cai', 'Chủ tịch CĐCS', 'CĐCS Trường Tiểu học Sa Pa'), ('Điện Biên', 'Chủ tịch CĐCS', 'CĐCS Trường Mầm non Mường Nhé'),
            ('Bắc Ninh', 'Ủy viên BCH', 'CĐCS Công ty TNHH Samsung Electronics Việt Nam'), ('Lạng Sơn', 'Chủ tịch CĐCS', 'CĐCS HTX Đồng Tâm'),
            ('Tuyên Quang', 'Chủ tịch CĐCS', 'CĐCS Trường PTDTBT THCS Lũng Cú'), ('Sơn La', 'Ủy viên BCH', 'CĐCS Công ty CP Giống bò sữa Mộc Châu'),
            ('Thái Nguyên', 'Chủ tịch CĐCS', 'CĐCS Trường Tiểu học Ba Bể'), ('Cao Bằng', 'Chủ tịch CĐCS', 'CĐCS UBND xã Trà Lĩnh')]
    for prov, role, union in PROF:
        for crit, st in pt_lists:
            if crit['prov'] == prov and str(crit) not in used and good_list(st, need_reg=(0,), minn=1):
                used.add(str(crit))
                org = [t['org'] for t in targets if t['code'].endswith('2025-CBCD') and V.fold(prov) in V.fold(t['org'])][0]
                pc = {'prov_from_profile': True, 'topic': crit['topic']}
                turns = [L(pc, st, q=pick(['tỉnh mình có lớp %s nào không' % tp(crit['topic']), 'lớp %s ở tỉnh mình sắp tới' % tp(crit['topic'])])),
                         C({'list': 0, 'n': 0}, st[0], ['venue'], pick(['lớp đầu ở đâu', 'lớp thứ nhất tổ chức ở đâu'])
                           if len(st) > 1 else pick(['lớp đó ở đâu', 'học ở đâu vậy'])),
                         TG({'org': org, 'year': '2025'}, pick(['mà năm ngoái tỉnh mình có đạt chỉ tiêu đào tạo không', 'năm ngoái tỉnh mình đạt chỉ tiêu ko'])),
                         R({'list': 0, 'n': 0}, st[0], pick(['đăng ký giúp mình lớp đầu', 'đk lớp đầu tiên cho em'])
                           if len(st) > 1 else pick(['đăng ký giúp mình lớp đó', 'đk lớp đó cho em']))]
                dialogs.append(('H', turns, {'role': role, 'province': prov, 'union': union}))
                break

    # ---- I: off-topic in the middle
    for i in range(3):
        crit, st = take(pt_lists + role_lists, need_reg=(0,))
        if not crit:
            break
        turns = [L(crit, st), OT(pick(OFFQ)),
                 C({'list': 0, 'n': 0}, st[0], ['date'], pick(['quay lại, lớp đầu học ngày nào', 'thôi, lớp đầu tiên bao giờ học'])),
                 R({}, st[0], 'đăng ký lớp đó cho em')]
        dialogs.append(('I', turns, None))

    out, spec = [], {}
    for n, (pat, turns, prof) in enumerate(dialogs, 1):
        did = 'b16-d%02d' % n
        st = STY[n % 4]
        d = {'id': did, 'style': st}
        if prof:
            d['profile'] = prof
        d['turns'] = [{'q': derive(q[0].upper() + q[1:] if st == 'diacritics' else q, st, rnd), 'expect': e} for q, e, s in turns]
        out.append(d)
        spec[did] = {'pattern': pat, 'turns': [s for q, e, s in turns], 'written': [q for q, e, s in turns]}
    return out, spec
