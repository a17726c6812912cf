import json, random, os, sys, re, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
import validate as V, styles as S
rnd = random.Random(2020)
C = V.load_courses(); T = V.load_targets(); BY = {c['code']: c for c in C}
STY = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']
TP = {'NV': ['nghiệp vụ công đoàn', 'nghiệp vụ công tác công đoàn'], 'TL': ['thương lượng tập thể', 'kỹ năng thương lượng tập thể'],
      'AT': ['an toàn vệ sinh lao động', 'an toàn, vệ sinh lao động'], 'PL': ['pháp luật lao động', 'tư vấn pháp luật'],
      'TC': ['giải quyết tranh chấp lao động', 'tranh chấp lao động'], 'NC': ['nữ công', 'công tác nữ công'],
      'TCH': ['tài chính công đoàn'], 'KT': ['kiểm tra công đoàn', 'nghiệp vụ kiểm tra'], 'TG': ['tuyên giáo', 'tuyên truyền'],
      'PT': ['phát triển đoàn viên'], 'CDS': ['chuyển đổi số'], 'GV': ['giảng viên kiêm chức'], 'VT': ['văn thư lưu trữ'], 'QL': ['lý luận chính trị']}
RP = {'CT': 'chủ tịch công đoàn cơ sở', 'PCT': 'phó chủ tịch công đoàn cơ sở', 'BCH': 'ủy viên ban chấp hành công đoàn cơ sở',
      'KCT': 'cán bộ công đoàn không chuyên trách', 'CTR': 'cán bộ công đoàn chuyên trách', 'CTS': 'cán bộ công đoàn cấp trên cơ sở',
      'UBKT': 'ủy viên ủy ban kiểm tra', 'DV': 'đoàn viên, người lao động', 'NCB': 'trưởng ban nữ công', 'KTTQ': 'kế toán công đoàn',
      'ATV': 'an toàn vệ sinh viên', 'TT': 'tổ trưởng công đoàn', 'GV': 'giảng viên kiêm chức'}
ROLE_TITLE = {'CT': 'chủ tịch CĐCS', 'PCT': 'phó chủ tịch CĐCS', 'BCH': 'ủy viên BCH', 'NCB': 'trưởng ban nữ công', 'KTTQ': 'kế toán công đoàn',
              'ATV': 'an toàn vệ sinh viên', 'TT': 'tổ trưởng công đoàn', 'UBKT': 'ủy viên UBKT', 'KCT': 'cán bộ công đoàn không chuyên trách'}
GREET = ['', '', '', 'Chào bạn, ', 'Dạ em chào anh chị, ', 'Xin chào, ', 'Chào ad, ']
INTRO = ['em là {r} ở {u}. ', 'mình làm {r} bên {u}. ', 'tôi là {r} của {u}. ']
def pp(p):
    return rnd.choice([p, p, ('tỉnh ' if p not in ('Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh') else 'thành phố ') + p])
def hall_frag(c):
    v = c['venue']
    for h in ['Khách sạn Mường Thanh', 'Nhà văn hóa Lao động', 'Trung tâm Hội nghị', 'Trường Chính trị', 'Khách sạn Sài Gòn', 'UBND phường',
              'Nhà văn hóa công nhân', 'Ban Quản lý', 'Khách sạn Hoàng Gia', 'Trung tâm Văn hóa - Điện ảnh', 'Bảo tàng', 'Khách sạn Sông Hàn']:
        if h in v:
            m = re.search(re.escape(h) + r' ([^,(]+)', v)
            return (h + ' ' + m[1].strip()) if m else h
    return None
SPECS = {}; QS = []
cnt = {'course': 0, 'target': 0, 'fact': 0, 'off_topic': 0}
seen = set()
def add(kind, base, spec, expect, texts, profile=None, protect=(), check=None):
    style = STY[cnt[kind] % 5]
    if style == 'voice':
        texts = [t for t in texts if True]
    q = S.render(base, style, rnd, protect)
    key = S.strip(q).lower()
    if key in seen: return False
    seen.add(key)
    cnt[kind] += 1
    qid = 'b20-q%03d' % (len(QS) + 1)
    o = {'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': expect, 'expect_text': texts}
    if profile: o['profile'] = profile
    QS.append(o)
    sp = dict(spec or {});
    if check: sp['check'] = check
    SPECS[qid] = sp
    return True
upc = [c for c in C if V.upcoming(c, True)]
provs = sorted({c['prov'] for c in C})
def try_spec(spec):
    return V.first_class(C, spec)
def detail_text(c, want):
    if want == 'where':
        f = hall_frag(c); return [f] if f and c['mode'] != 'online' else None
    if want == 'when':
        return [V.fmt(c['single'])] if c['single'] else None
    if want == 'days':
        return ['%d ngày' % int(re.sub(r'\D', '', c['days']))] if c['days'] else None
    if want == 'deadline':
        return [V.fmt(c['deadline'])] if c['deadline'] else None
    return []
ASK = {'where': ['học ở đâu vậy?', 'địa điểm ở đâu?', 'tổ chức ở chỗ nào?'], 'when': ['khi nào khai giảng?', 'ngày nào học?', 'bắt đầu hôm nào vậy?'],
       'days': ['học mấy ngày?', 'lớp đó học trong bao nhiêu ngày?'], 'deadline': ['hạn đăng ký đến bao giờ?', 'đăng ký trước ngày nào?'], None: ['']}
def course_q(attempts=6000):
    for _ in range(attempts):
        if cnt['course'] >= 205: break
        c = rnd.choice(C); form = rnd.random()
        P = c['prov']; prof = None; protect = [P]
        tkey = c['topic_strict']
        want = rnd.choice([None, None, 'where', 'when', 'days', 'deadline'])
        if form < .30 and tkey:  # topic + province (+area)
            spec = {'prov': P, 'topic': tkey}
            where = pp(P)
            if c['area'] != P and rnd.random() < .6:
                spec['area'] = c['area']; where = rnd.choice([c['area'], c['area'] + ' cũ', 'bên ' + c['area']]); protect = [c['area']]
            tp = rnd.choice(TP[tkey])
            if 'area' not in spec and rnd.random() < .35:
                where = 'thành phố mình' if P in ('Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh') else rnd.choice(['tỉnh mình', 'tỉnh em'])
                prof = {'role': rnd.choice(['chủ tịch CĐCS', 'phó chủ tịch CĐCS', 'ủy viên BCH', 'kế toán công đoàn', 'tổ trưởng công đoàn']), 'province': P,
                        'union': rnd.choice(['CĐCS Công ty TNHH May Trường Giang', 'CĐCS Trường Tiểu học Kim Đồng', 'CĐCS Bệnh viện Đa khoa khu vực', 'CĐCS UBND phường', 'CĐCS Công ty CP Cảng'])}
                protect = []
            base = rnd.choice([f'Ở {where} sắp tới có lớp {tp} nào không?', f'Lớp tập huấn {tp} gần nhất ở {where} là lớp nào?',
                               f'cho hỏi {where} có mở lớp {tp} không', f'Sắp tới {where} có lớp bồi dưỡng về {tp} không ạ?'])
        elif form < .45:  # role
            roles = [r for r in c['roles'] if r in RP]
            if not roles: continue
            r = rnd.choice(roles); spec = {'prov': P, 'role': r}
            base = rnd.choice([f'Có lớp nào dành cho {RP[r]} ở {pp(P)} không?', f'{RP[r].capitalize()} ở {pp(P)} thì sắp tới học lớp nào?',
                               f'mình là {RP[r]}, ở {pp(P)} có lớp nào cho mình không'])
            if rnd.random() < .5:
                prof = {'role': ROLE_TITLE.get(r, RP[r]), 'province': P, 'union': rnd.choice(['CĐCS Công ty TNHH Thành Công', 'CĐCS Trường THCS Lê Lợi', 'CĐCS Bệnh viện Đa khoa khu vực', 'Công đoàn phường trung tâm'])}
                base = rnd.choice([f'Sắp tới ở {"thành phố" if P in ("Huế", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh") else "tỉnh"} mình có lớp nào dành cho {RP[r]} không?', f'{RP[r].capitalize()} như em thì có lớp nào sắp học không ạ?'])
                protect = []
        elif form < .58:  # mode + month window
            if c['mode'] == 'hybrid' or c['period'] or not c['single'] and not c['lo']: continue
            mode = 'online' if c['mode'] == 'online' else 'offline'
            y, m = c['lo'].year, c['lo'].month
            spec = {'prov': P, 'mode': mode, 'win': ['m', y, m]}
            mw = 'tháng sau' if (y, m) == (2026, 12) else f'tháng {m}/{y}' if y == 2026 else rnd.choice([f'tháng {m} năm sau', f'tháng {m}/{y}'])
            mp = rnd.choice(['trực tuyến', 'online']) if mode == 'online' else rnd.choice(['trực tiếp', 'học tập trung'])
            W = pp(P)
            if rnd.random() < .35:
                W = 'tỉnh mình' if P not in ('Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh') else 'thành phố mình'; protect = []
                prof = {'role': rnd.choice(['chủ tịch CĐCS', 'nữ công', 'ủy viên UBKT']), 'province': P, 'union': rnd.choice(['CĐCS Công ty CP Xi măng', 'CĐCS Trường Mầm non Hoa Sen', 'Công đoàn xã'])}
            base = rnd.choice([f'{mw.capitalize()} ở {W} có lớp {mp} nào không?', f'Cho mình hỏi {mw} {W} có lớp tập huấn {mp} nào', f'{W.capitalize()} {mw} có lớp nào {mp} không vậy'])
        elif form < .68 and tkey:  # topic + quarter / month
            y = c['lo'].year; q = (c['lo'].month - 1) // 3 + 1
            spec = {'prov': P, 'topic': tkey, 'win': ['q', y, q]}
            qw = f'quý {q} năm sau' if y == 2027 else f'quý {q} năm nay'
            base = rnd.choice([f'{qw.capitalize()} {pp(P)} có lớp {rnd.choice(TP[tkey])} không?', f'Lớp {rnd.choice(TP[tkey])} ở {pp(P)} trong {qw} là lớp nào?'])
        elif form < .86:  # single out by organiser + title words (+batch)
            words = [w for w in re.sub(r'\(.*?\)|- Đợt \d', '', c['title']).split() if len(w) > 3]
            kws = rnd.sample(words, min(2, len(words)))
            kw = ' '.join(kws) if False else None
            title_core = re.sub(r'\s*\((đợt \d|lùi thời gian)\)|\s*- Đợt \d', '', c['title']).strip()
            spec = {'org': c['org'], 'kw': [title_core], 'single': True}
            bt = ''
            if c['batch']:
                spec['batch'] = c['batch']; bt = f' đợt {c["batch"]}'
            org = c['org']; protect = [org]
            if c['status'] == 'cancel':
                base = rnd.choice([f'Lớp "{title_core}"{bt} của {org} có bị hủy không?', f'nghe nói lớp {title_core.lower()}{bt} của {org} bị hủy rồi hả'])
                want = None
            else:
                base = rnd.choice([f'Lớp {title_core.lower()}{bt} của {org}.', f'Hỏi về lớp "{title_core}"{bt} do {org} tổ chức.', f'{org} có lớp {title_core.lower()}{bt}.'])
                if want is None: want = rnd.choice(['where', 'when', 'days', 'deadline'])
        elif form < .93:  # central classes
            if not c['central']: continue
            spec = {'org': c['org'], 'prov': P}
            base = rnd.choice([f'{c["org"]} có lớp nào tổ chức ở {pp(P)} sắp tới không?', f'Lớp của {c["org"]} mở tại {P} là lớp nào?'])
            protect = [c['org']]
        else:  # organiser (ward / zone / company / school) next class
            if c['central'] or c['orgk'].startswith('lien doan'): continue
            spec = {'org': c['org']}
            base = rnd.choice([f'{c["org"]} sắp tới có lớp tập huấn nào?', f'Lớp gần nhất của {c["org"]} là lớp nào?'])
            protect = [c['org']]
            if rnd.random() < .4:
                prof = {'role': rnd.choice(['chủ tịch CĐCS', 'ủy viên BCH', 'phó chủ tịch CĐCS']), 'province': P, 'union': c['org']}
                base = rnd.choice(['Đơn vị mình sắp tới có lớp nào không?', 'công đoàn bên em sắp mở lớp gì ạ?', 'Lớp gần nhất của đơn vị mình là lớp nào?'])
                protect = []
        code = try_spec(spec)
        if not code: continue
        cc = BY[code]
        texts = detail_text(cc, want)
        if texts is None: continue
        if want:
            a = rnd.choice(ASK[want])
            base = (base + ' ' + a[0].upper() + a[1:]) if base.endswith('?') else (base.rstrip('.') + ', ' + a)
        if rnd.random() < .25 and not prof:
            base = rnd.choice(GREET[3:]) + rnd.choice(INTRO).format(r=rnd.choice(['chủ tịch công đoàn cơ sở', 'cán bộ công đoàn', 'ủy viên ban chấp hành', 'kế toán công đoàn']), u=rnd.choice(['một công ty may', 'trường tiểu học', 'bệnh viện huyện cũ', 'công ty thủy sản'])) + base[0].lower() + base[1:]
        add('course', base, spec, [code], texts, prof, protect)
course_q()
# ---------- targets
def unit_phrase(u):
    return rnd.choice([u, u.replace('Liên đoàn Lao động', 'LĐLĐ'), u.replace('LĐLĐ', 'Liên đoàn Lao động')])
KW = [('Bồi dưỡng, tập huấn', 'bồi dưỡng cán bộ công đoàn cơ sở', 'bồi dưỡng'), ('an toàn', 'huấn luyện an toàn vệ sinh lao động', 'an toàn'),
      ('Số lớp', 'số lớp tập huấn', 'số lớp')]
for rep in range(2):
    for t in T:
        if cnt['target'] >= 58: break
        if rep == 1 and rnd.random() < .6: continue
        y = int(t['year']); yw = {2026: rnd.choice(['năm nay', 'năm 2026']), 2025: rnd.choice(['năm ngoái', 'năm 2025']), 2027: rnd.choice(['năm sau', 'năm 2027'])}[y]
        spec = {'unit': t['unit'], 'year': y}
        what = 'đào tạo'
        for a, ph, kw in KW:
            if a.lower() in t['content'].lower():
                what = ph; spec['kw'] = [kw]
        if V.target_find(T, spec) != t['code']:
            spec['kw'] = [t['content'][:25]]; what = t['content'][:25].lower()
            if V.target_find(T, spec) != t['code']: continue
        prof = None; u = unit_phrase(t['unit']); protect = [t['unit']]
        if rnd.random() < .3:
            prof = {'role': rnd.choice(['chủ tịch', 'phó chủ tịch', 'trưởng ban tổ chức']), 'province': rnd.choice(provs), 'union': t['unit']}
            u = rnd.choice(['đơn vị mình', 'bên mình', 'công đoàn mình']); protect = []
        texts = list(dict.fromkeys([t['value']] + ([t['done']] if t['done'] else [])))
        base = rnd.choice([f'Chỉ tiêu {what} {yw} của {u} là bao nhiêu, đạt được bao nhiêu rồi?', f'{yw.capitalize()} {u} giao chỉ tiêu {what} bao nhiêu?',
                           f'{u} {yw} đạt chỉ tiêu {what} chưa?', f'cho hỏi tiến độ chỉ tiêu {what} {yw} của {u}'])
        if not t['done']:
            texts = [t['value']]
        add('target', base, spec, [t['code']], texts, prof, protect)
# ---------- facts
FACTS = [
 ('Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo cán bộ?', ['33/33']),
 ('Kết quả đào tạo cán bộ công đoàn Hà Nội năm 2016 đạt bao nhiêu phần trăm so với kế hoạch về học viên?', ['107%']),
 ('Hà Nội năm 2016 có bao nhiêu lượt học viên tham gia các lớp do thành phố hỗ trợ kinh phí?', ['3831/3580']),
 ('Trưởng ban Tổ chức Liên đoàn Lao động thành phố Hà Nội báo cáo kết quả đào tạo năm 2016 là ai?', ['Lê Xuân Trường']),
 ('Phó Chủ tịch LĐLĐ Thành phố Hà Nội phát biểu tại hội nghị đào tạo cán bộ là ai?', ['Phạm Bá Vĩnh']),
 ('Trường Trung cấp Công đoàn Hà Nội huấn luyện an toàn vệ sinh lao động bao nhiêu lớp năm 2016?', ['42 lớp']),
 ('Trường Trung cấp CĐ Hà Nội huấn luyện ATVSLĐ đạt bao nhiêu phần trăm kế hoạch?', ['102%']),
 ('Tổng số lượt cán bộ công đoàn Hà Nội được tập huấn bằng nguồn kinh phí khác là bao nhiêu?', ['38.386']),
 ('Lớp kỹ năng tuyên truyền phát triển đoàn viên phối hợp với Ban Tổ chức Tổng LĐLĐ học mấy ngày, cho bao nhiêu cán bộ?', ['3 ngày', '23 cán bộ']),
 ('Kế hoạch đào tạo cán bộ công đoàn Hà Nội giai đoạn nào được triển khai tại hội nghị?', ['2016-2018']),
 ('Mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Hà Nội là bao nhiêu phần trăm cán bộ chuyên trách được đào tạo?', ['100%']),
 ('Lạng Sơn hiện có bao nhiêu cán bộ công đoàn?', ['8.343']),
 ('Tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách?', ['74']),
 ('Số cán bộ công đoàn không chuyên trách ở Lạng Sơn là bao nhiêu?', ['8.269']),
 ('Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?', ['366']),
 ('Chủ tịch LĐLĐ huyện Chi Lăng là ai?', ['Hoàng Văn Dũng']),
 ('Chương trình nâng cao chất lượng hiệu quả hoạt động của cán bộ công đoàn của LĐLĐ Lạng Sơn là chương trình số mấy?', ['104/CTr-LĐLĐ']),
 ('Chương trình 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào?', ['29/11/2013']),
 ('Từ năm 2013 Lạng Sơn tổ chức bao nhiêu lớp tập huấn nghiệp vụ cho cán bộ công đoàn?', ['85 lớp']),
 ('Kinh phí tập huấn cán bộ công đoàn ở Lạng Sơn từ 2013 là bao nhiêu?', ['2,1 tỷ']),
 ('Bao nhiêu lượt cán bộ công đoàn Lạng Sơn được bồi dưỡng từ năm 2013?', ['8.069']),
 ('Tỷ lệ cán bộ công đoàn không chuyên trách Lạng Sơn được bồi dưỡng là bao nhiêu?', ['70%']),
 ('Cuối năm 2017 Lạng Sơn có bao nhiêu công đoàn cơ sở vững mạnh?', ['1.238', '85,4%']),
 ('Anh Nguyễn Văn Kiên làm chủ tịch công đoàn cơ sở ở đâu?', ['HTX Đồng Tâm']),
 ('Số đoàn viên của CĐCS HTX Đồng Tâm năm 2018 là bao nhiêu?', ['38']),
 ('Trưởng Ban Tổ chức LĐLĐ tỉnh Lạng Sơn nói về nhiệm kỳ 2018-2023 là ai?', ['Hoàng Thị Oanh']),
 ('Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn lần đầu vào ban chấp hành?', ['3.500']),
 ('Năm 2020 LĐLĐ huyện Mê Linh phối hợp tổ chức mấy lớp tập huấn?', ['2 lớp']),
 ('LĐLĐ huyện Mê Linh tập huấn cho bao nhiêu lượt cán bộ đoàn viên năm 2020?', ['400']),
 ('Mê Linh phối hợp với đơn vị nào để mở lớp tập huấn năm 2020?', ['Trung tâm Bồi dưỡng chính trị huyện']),
 ('Nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn ban hành ngày nào?', ['04/3/2010']),
 ('Chương trình nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn của Tổng Liên đoàn là số mấy?', ['1644/CTr-TLĐ']),
 ('Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí?', ['25 đồng chí']),
 ('Ai khai mạc lớp tập huấn giảng viên kiêm chức ở Lạng Sơn?', ['Trần Thị Kim Anh']),
 ('Bài về giảng viên kiêm chức công đoàn Lạng Sơn do ai viết?', ['Hứa Đức Việt']),
 ('Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên?', ['1464/CTr-TLĐ']),
 ('Chương trình 1464 của Đoàn Chủ tịch Tổng LĐLĐ ký ngày nào?', ['8/10/2013']),
 ('Kế hoạch số mấy của LĐLĐ tỉnh Sóc Trăng về nâng cao trình độ kỹ năng nghề nghiệp?', ['53/KH-LĐLĐ']),
 ('Sóc Trăng triển khai bao nhiêu cuộc tuyên truyền nâng cao trình độ cho đoàn viên?', ['1.250']),
 ('Bao nhiêu lượt người tham gia các cuộc tuyên truyền ở Sóc Trăng?', ['41.640']),
 ('Từ 2013 đến 2015 Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?', ['23.339']),
 ('Tỷ lệ đoàn viên người lao động Sóc Trăng được học tập nâng cao trình độ là bao nhiêu?', ['61,23%']),
 ('Sóc Trăng có bao nhiêu cán bộ công đoàn cơ sở đã được bồi dưỡng nghiệp vụ?', ['8.891/9.074', '97,9%']),
 ('LĐLĐ Sóc Trăng phối hợp với trường nào mở lớp quản lý nhà nước chương trình chuyên viên chính?', ['Tôn Đức Thắng']),
 ('Lớp chuyên viên chính ở Sóc Trăng có bao nhiêu cán bộ công đoàn chuyên trách học?', ['41 cán bộ']),
 ('Sóc Trăng mở mấy lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở, bao nhiêu người?', ['746']),
 ('Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng viết bài về nâng cao trình độ đoàn viên là ai?', ['Lục Bích Phúc']),
 ('LĐLĐ cấp huyện ở Sóc Trăng mở bao nhiêu lớp tập huấn nghiệp vụ?', ['48 lớp']),
 ('Ở Sóc Trăng có bao nhiêu người được học đại học theo chương trình nâng cao trình độ?', ['12.066']),
 ('Sóc Trăng có bao nhiêu cán bộ viên chức học nâng cao trình độ công nghệ thông tin?', ['14.581']),
 ('Bao nhiêu đoàn viên Sóc Trăng được học lý luận chính trị sơ cấp, trung cấp, cao cấp?', ['1.500']),
 ('Lạng Sơn cử bao nhiêu cán bộ công đoàn đi học lớp ngắn hạn của Tổng Liên đoàn?', ['25 CBCĐ']),
 ('Chi Lăng có bao nhiêu cán bộ công đoàn không chuyên trách?', ['363']),
]
seeds = V.seeds_text()
for rep in range(2):
    for q, tx in FACTS:
        if cnt['fact'] >= 56: break
        if rep == 1 and rnd.random() < .9: continue
        assert all(x in seeds for x in tx), (q, tx)
        add('fact', q, {}, [], tx, ({'role': 'chủ tịch CĐCS', 'province': rnd.choice(provs), 'union': 'CĐCS Công ty TNHH Hoàng Long'} if rnd.random() < .2 else None), ['Hà Nội', 'Lạng Sơn', 'Sóc Trăng', 'Chi Lăng', 'Mê Linh'])
OFF = ['Thời tiết Đà Nẵng cuối tuần này thế nào?', 'Giá xăng hôm nay bao nhiêu?', 'Tối nay Việt Nam đá với Thái Lan mấy giờ?', 'Đoàn phí công đoàn mỗi tháng đóng bao nhiêu phần trăm lương?',
 'Mức đóng bảo hiểm xã hội năm 2026 là bao nhiêu?', 'Lương tối thiểu vùng ở Đồng Nai hiện nay là bao nhiêu?', 'Cách nấu bún bò Huế ngon?', 'Làm thủ tục cấp lại căn cước ở đâu?',
 'Công ty nợ lương ba tháng thì em phải làm sao?', 'Giá vàng hôm nay ở Nghệ An?', 'Chủ tịch công đoàn có được nghỉ phép thêm ngày nào không?', 'Hướng dẫn tôi viết đơn xin nghỉ việc',
 'Vé tàu từ Vinh vào Đà Nẵng dịp Tết bao nhiêu tiền?', 'Bạn có biết hát không?', 'Kể chuyện cười đi', 'Mua sữa cho con loại nào tốt?', 'Tỷ giá đô la hôm nay bao nhiêu?',
 'Lịch cúp điện ở Buôn Ma Thuột tuần này?', 'Quỹ công đoàn chi thăm ốm đoàn viên bao nhiêu tiền?', 'Làm sao để rút bảo hiểm xã hội một lần?', 'Tết năm nay được nghỉ mấy ngày?',
 'Đường từ Quy Nhơn lên Pleiku có bị sạt lở không?', 'Quán cà phê nào đẹp ở Đà Lạt?', 'Xổ số Cần Thơ hôm qua ra số mấy?', 'Cách tính phụ cấp trách nhiệm cán bộ công đoàn?',
 'Hợp đồng thử việc tối đa bao nhiêu ngày?', 'Bão số mấy đang vào miền Trung vậy?', 'Sinh nhật sếp nên tặng gì?', 'Mẫu biên bản đại hội công đoàn cơ sở ở đâu?', 'Dịch giúp câu này sang tiếng Anh: chúc mừng năm mới',
 'Công thức làm bánh tét Tây Ninh', 'Chế độ thai sản cho nữ đoàn viên được bao nhiêu tháng?', 'Ai là chủ tịch nước hiện nay?', 'Giá phòng khách sạn ở Nha Trang tháng 12?',
 'Cho mình số điện thoại tổng đài bảo hiểm y tế', 'Tính giúp tôi 15% của 8 triệu', 'Con tôi thi vào lớp 10 ở Thanh Hóa năm nay điểm chuẩn bao nhiêu?', 'Mua vé máy bay đi Côn Đảo ở đâu rẻ?',
 'Làm sao để tăng like trang Facebook của công đoàn?', 'Có nên mua đất ở Long An không?', 'Nhắc tôi uống thuốc lúc 9 giờ tối', 'Thủ tục chuyển sinh hoạt công đoàn khi đổi công ty?',
 'Giải bóng đá công nhân Khu kinh tế Dung Quất đá sân nào?', 'Mùa này đi Kon Tum chơi ở đâu?', 'Trợ cấp thất nghiệp được hưởng mấy tháng?', 'Viết giúp bài thơ tặng chị em nhân ngày 20/10',
 'Giá cà phê Đắk Lắk hôm nay?', 'Nghỉ hưu trước tuổi có bị trừ lương hưu không?', 'Hôm nay là ngày bao nhiêu âm lịch?', 'Tiền ăn ca của công nhân tối thiểu là bao nhiêu?', 'Phim gì hay chiếu rạp tuần này?',
 'Chấm công bằng vân tay bị lỗi thì báo ai?', 'Quy trình kết nạp đoàn viên công đoàn gồm mấy bước?']
for q in OFF:
    add('off_topic', q, {}, [], [], ({'role': rnd.choice(['chủ tịch CĐCS', 'thủ quỹ', 'ủy viên BCH']), 'province': rnd.choice(provs), 'union': 'CĐCS Công ty CP Thủy sản Biển Đông'} if rnd.random() < .25 else None), ['Đà Nẵng', 'Đồng Nai', 'Huế', 'Nghệ An', 'Vinh'])
json.dump({'QS': QS, 'SPECS': SPECS}, open(os.path.join(HERE, 'qs_tmp.json'), 'w'), ensure_ascii=False)
print(cnt)
# ---------- dialogues
DS = []
def lst(spec): return V.course_list(C, spec)
def fc(spec): return V.first_class(C, spec)
def tgt_for(prov, year):
    for t in T:
        if t['year'] == str(year) and t['code'].startswith('CT-') and V.orgkey(t['unit']).endswith(V.orgkey(prov)) and 'lien doan' in t['unitk']:
            sp = {'unit': t['unit'], 'year': year, 'kw': ['bồi dưỡng']}
            if V.target_find(T, sp) == t['code']:
                return t, sp
    return None, None
def dturn(q, kind, codes, text, spec, check=None):
    sp = dict(spec); 
    if check: sp['check'] = check
    return (q, {'kind': kind, 'codes': codes, 'text': text}, sp)
def emit(turns, style, profile=None, protect=()):
    did = 'b20-d%02d' % (len(DS) + 1)
    o = {'id': did, 'style': style}
    if profile: o['profile'] = profile
    o['turns'] = []
    for i, (q, e, sp) in enumerate(turns):
        o['turns'].append({'q': S.render(q, style, rnd, protect), 'expect': e})
        SPECS['%s/t%d' % (did, i + 1)] = sp
    DS.append(o)
topics = list(TP)
FOLLOW_FACT = FACTS
tries = 0
while len(DS) < 52 and tries < 20000:
    tries += 1
    style = STY[len(DS) % 5]
    tpl = rnd.choice([0, 0, 1, 2, 2, 3, 3, 4]) if sum(1 for d in DS if d.get('_t') == 4) < 6 else rnd.choice([0, 0, 1, 2, 2, 3, 3])
    P1, P2 = rnd.sample(provs, 2); tk = rnd.choice(topics); tk2 = rnd.choice(topics)
    tp = rnd.choice(TP[tk])
    if tpl == 0:  # list -> second -> where -> other province -> register first
        s1 = {'prov': P1, 'topic': tk}; l1 = lst(s1)
        s2 = {'prov': P2, 'topic': tk}; l2 = lst(s2)
        if not l1 or not l2: continue
        c2 = BY[l1[1]]
        if not c2['days'] or not hall_frag(c2) or c2['mode'] == 'online': continue
        if not V.open_for_registration(BY[l2[0]]): continue
        turns = [dturn(rnd.choice([f'có lớp nào về {tp} ở {P1} không', f'{P1} có những lớp {tp} nào vậy']), 'course_list', l1, [], s1),
                 dturn(rnd.choice(['cái thứ 2 học mấy hôm', 'lớp thứ hai học mấy ngày vậy']), 'course', [l1[1]], ['%d ngày' % int(re.sub(r'\D', '', c2['days']))], dict(s1, list_index=1), 'course_pick'),
                 dturn(rnd.choice(['ở đâu vậy', 'lớp đó học ở đâu']), 'course', [l1[1]], [hall_frag(c2)], dict(s1, list_index=1), 'course_pick'),
                 dturn(rnd.choice([f'thế còn ở {P2}?', f'còn ở {P2} thì sao']), 'course_list', l2, [], s2),
                 dturn(rnd.choice(['đăng ký giúp mình lớp đầu', 'cho em đăng ký lớp đầu tiên nhé']), 'register', [l2[0]], [], dict(s2, list_index=0))]
        emit(turns, style, None, [P1, P2])
    elif tpl == 1:  # first -> next month -> fact -> off-topic -> back to earlier class
        s1 = {'prov': P1, 'topic': tk}; a = fc(s1)
        s2 = {'prov': P1, 'topic': tk, 'win': ['m', 2026, 12]}; b = fc(s2)
        if not a: continue
        ca = BY[a]; hf = hall_frag(ca)
        if not hf or ca['mode'] == 'online': continue
        fq, ft = rnd.choice(FACTS)
        turns = [dturn(rnd.choice([f'lớp {tp} gần nhất ở {P1} là lớp nào', f'sắp tới {P1} có lớp {tp} không', f'cho hỏi lớp {tp} sớm nhất ở {P1}']), 'course', [a], [], s1),
                 dturn(rnd.choice(['thế tháng sau thì có lớp nào không', 'thế tháng sau?']), 'course', [b], [], s2) if (b and b != a) else None,
                 dturn(fq, 'fact', [], ft, {}),
                 dturn(rnd.choice(OFF), 'off_topic', [], [], {}),
                 dturn(rnd.choice(['quay lại lớp lúc nãy, lớp đó học ở đâu vậy', 'à còn lớp {} lúc nãy tổ chức ở đâu'.format(tp), 'lớp hồi nãy học ở chỗ nào nhỉ', 'thế lớp lúc đầu mình hỏi địa điểm ở đâu']), 'course', [a], [hf], s1)]
        turns = [t for t in turns if t]
        emit(turns, style, None, [P1])
    elif tpl == 2:  # target this year -> last year -> list for chairs -> register
        t26, sp26 = tgt_for(P1, 2026); t25, sp25 = tgt_for(P1, 2025)
        if not t26 or not t25: continue
        KIND = 'thành phố' if P1 in ('Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh') else 'tỉnh'
        r3 = rnd.choice(['CT', 'CT', 'BCH', 'ATV', 'NCB']); s3 = {'prov': P1, 'role': r3}; l3 = lst(s3)
        if not l3 or not V.open_for_registration(BY[l3[0]]): continue
        prof = {'role': ROLE_TITLE[r3], 'province': P1, 'union': 'CĐCS ' + rnd.choice(['Công ty TNHH Minh Phát', 'Trường THCS Nguyễn Du', 'Bệnh viện Mắt', 'Công ty CP Cấp nước'])}
        turns = [dturn(rnd.choice(['chỉ tiêu bồi dưỡng cán bộ công đoàn cơ sở năm nay của liên đoàn lao động {} mình là bao nhiêu'.format(KIND), 'năm nay {} mình đạt chỉ tiêu bồi dưỡng cán bộ chưa'.format(KIND)]), 'target', [t26['code']], list(dict.fromkeys([t26['value'], t26['done']])), sp26),
                 dturn(rnd.choice(['năm ngoái thì sao', 'còn năm ngoái đạt không']), 'target', [t25['code']], list(dict.fromkeys([t25['value'], t25['done']])), sp25),
                 dturn(rnd.choice([f'có lớp nào cho {RP[r3]} ở {KIND} mình không', f'thế sắp tới có lớp nào cho {RP[r3]} như mình không']), 'course_list', l3, [], s3),
                 dturn('đăng ký cho mình lớp đầu', 'register', [l3[0]], [], dict(s3, list_index=0))]
        emit(turns, style, prof, [])
    elif tpl == 3:  # list T1 -> oops T2 -> days of first -> register
        if tk == tk2: continue
        s1 = {'prov': P1, 'topic': tk}; l1 = lst(s1); s2 = {'prov': P1, 'topic': tk2}; l2 = lst(s2)
        if not l1 or not l2: continue
        c0 = BY[l2[0]]
        if not c0['days'] or not V.open_for_registration(c0): continue
        tp2 = rnd.choice(TP[tk2])
        turns = [dturn(f'ở {P1} có lớp {tp} nào sắp tới không', 'course_list', l1, [], s1),
                 dturn(rnd.choice([f'à nhầm, ý em là lớp {tp2}', f'à nhầm, mình hỏi lớp {tp2} cơ']), 'course_list', l2, [], s2),
                 dturn('lớp đầu học mấy ngày', 'course', [l2[0]], ['%d ngày' % int(re.sub(r'\D', '', c0['days']))], dict(s2, list_index=0), 'course_pick'),
                 dturn(rnd.choice(OFF), 'off_topic', [], [], {}),
                 dturn('ok cho em đăng ký lớp đó', 'register', [l2[0]], [], dict(s2, list_index=0))]
        if rnd.random() < .4: turns.pop(3)
        emit(turns, style, None, [P1])
    else:  # batch 1 -> batch 2 -> register batch 2 / central
        b1 = [c for c in C if c['batch'] == 1 and c['prov'] in (P1,)]
        if not b1: continue
        c1 = b1[0]
        core = re.sub(r'\s*\((đợt \d|lùi thời gian)\)|\s*- Đợt \d', '', c1['title']).strip()
        sp1 = {'org': c1['org'], 'kw': [core], 'single': True, 'batch': 1}; sp2 = dict(sp1, batch=2)
        a, b = fc(sp1), fc(sp2)
        if not a or not b: continue
        cb = BY[b]
        ta = [V.fmt(BY[a]['single'])] if BY[a]['single'] else []
        tb = [V.fmt(cb['single'])] if cb['single'] else []
        turns = [dturn(rnd.choice([f'lớp {core.lower()} đợt 1 của {c1["org"]} học ngày nào', f'cho hỏi đợt 1 lớp {core.lower()} do {c1["org"]} mở khi nào học', f'{c1["org"]} có lớp {core.lower()} đợt 1, học ngày nào vậy']), 'course', [a], ta, sp1),
                 dturn(rnd.choice(['đợt 2 thì sao', 'còn đợt 2 học hôm nào', 'thế đợt hai thì sao', 'đợt 2 ngày nào vậy']), 'course', [b], tb, sp2)]
        if V.open_for_registration(cb):
            turns.append(dturn(rnd.choice(['đăng ký cho mình đợt 2 nhé', 'ok cho em đk đợt 2', 'mình muốn đăng ký lớp đợt 2']), 'register', [b], [], sp2))
        else:
            fq, ft = rnd.choice(FACTS); turns.append(dturn(fq, 'fact', [], ft, {}))
        t26, sp26 = tgt_for(P1, 2026)
        if t26: turns.append(dturn(f'à mà chỉ tiêu bồi dưỡng cán bộ năm nay của {t26["unit"]} là bao nhiêu', 'target', [t26['code']], list(dict.fromkeys([t26['value'], t26['done']])), sp26))
        if len(turns) < 3: continue
        if any(d['turns'][0]['expect']['codes'] == [a] for d in DS): continue
        emit(turns, style, None, [c1['org'], P1]); DS[-1]['_t'] = 4
print('dialogues', len(DS))
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in QS: f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in DS: d.pop('_t', None); f.write(json.dumps(d, ensure_ascii=False) + '\n')
json.dump(SPECS, open(os.path.join(HERE, 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
