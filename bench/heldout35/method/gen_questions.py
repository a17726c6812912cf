# builds ../questions.jsonl, ../dialogues.jsonl and checks.json from classes.json / targets.json
import json, random, datetime as dt
from collections import Counter
from common import styled, fold
from orgs import TOPICS, AUD, ORGS

R = random.Random(3535)
TODAY = dt.datetime(2026, 11, 23, 9, 0)
C = json.load(open('classes.json'))
T = json.load(open('targets.json'))
BYCODE = {c['code']: c for c in C}
STYLES = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']
OLD = {'Yên Bái': 'Lào Cai', 'Hà Giang': 'Tuyên Quang', 'Bắc Kạn': 'Thái Nguyên', 'Vĩnh Phúc': 'Phú Thọ', 'Hòa Bình': 'Phú Thọ',
       'Bình Định': 'Gia Lai', 'Phú Yên': 'Đắk Lắk', 'Đắk Nông': 'Lâm Đồng', 'Bình Thuận': 'Lâm Đồng'}
ROLES = ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH', 'Kế toán công đoàn', 'Ủy viên UBKT', 'Cán bộ nữ công', 'Cán bộ công đoàn mới']
UNITS = {'Lào Cai': ['CĐCS Trường THPT số 1 Sa Pa', 'CĐCS Công ty CP Apatit Việt Nam'], 'Tuyên Quang': ['CĐCS Bệnh viện Đa khoa tỉnh Hà Giang', 'CĐCS Công ty CP Xi măng Tân Quang'],
         'Thái Nguyên': ['CĐCS Công ty TNHH Samsung Electro-Mechanics Việt Nam', 'CĐCS Trường Tiểu học Đức Xuân'], 'Phú Thọ': ['CĐCS Công ty TNHH Honda Việt Nam', 'CĐCS Bệnh viện Đa khoa tỉnh Hòa Bình'],
         'Sơn La': ['CĐCS Trường THCS Chiềng Sinh', 'CĐCS Công ty CP Giống bò sữa Mộc Châu'], 'Điện Biên': ['CĐCS Bệnh viện Đa khoa tỉnh Điện Biên', 'CĐCS Công ty Thủy điện Nậm Mức'],
         'Lạng Sơn': ['CĐCS Công ty CP Xi măng Đồng Bành', 'CĐCS Chợ Đông Kinh'], 'Cao Bằng': ['CĐCS Trường THPT Trùng Khánh', 'CĐCS Công ty CP Khoáng sản Cao Bằng'],
         'Gia Lai': ['CĐCS Công ty TNHH MTV Cao su Chư Păh', 'CĐCS Cảng Quy Nhơn'], 'Đắk Lắk': ['CĐCS Công ty TNHH MTV Cà phê Phước An', 'CĐCS Bệnh viện Đa khoa tỉnh Phú Yên'],
         'Lâm Đồng': ['CĐCS Công ty Nhôm Lâm Đồng - TKV', 'CĐCS Trường THPT Phan Bội Châu (Phan Thiết)'], 'Hà Nội': ['CĐCS Công ty TNHH Canon Việt Nam']}
PROVS = sorted(set(c['province'] for c in C))

def sdt(c):
    return dt.datetime.fromisoformat(c['start']) if c['start'] else None

def f(d):
    return d.strftime('%d/%m/%Y')

def ym_of(c):
    if c['start']:
        s = sdt(c); return [(s.year, s.month)]
    return [(c['proj']['year'], m) for m in c['proj']['months']]

def upcoming(c):
    return c['status'] in ('open', 'projected') and (c['proj'] is not None or sdt(c) > TODAY)

def sortkey(c):
    if c['start']: return c['start']
    return '%d-%02d-99' % (c['proj']['year'], c['proj']['months'][0])

def first_text(c):
    if c['status'] == 'postponed' and c['new_date']:
        return f(dt.date.fromisoformat(c['new_date']))
    if c['start']:
        return f(sdt(c))
    return c['place_key']

def prov_words(p):
    return p

def topic_kw(t):
    return TOPICS[t][0] + TOPICS[t][1]

def aud_match(c, tag):
    return tag in c['aud_tags']

OPEN = ['Cho em hỏi', 'Mình hỏi chút', 'Tôi muốn hỏi', 'Chị hỏi tí', 'Anh ơi cho hỏi', 'Bot ơi', 'Tui hỏi xíu', 'Cho mình hỏi', '', '', 'Em chào ạ,']
END = [' ạ?', ' nhé?', ' nha?', ' vậy?', '?', ' thế?', ' ạ', '']

def op():
    o = R.choice(OPEN)
    return (o + ' ') if o else ''

def lo(s):
    return s[0].lower() + s[1:] if s else s

Q = []
CHECKS = {}

def add(kind, base, expect, etext, check=None, profile=None):
    Q.append(dict(kind=kind, base=base, expect=expect, expect_text=etext, profile=profile, check=check or {}))

def make_profile(prov):
    return {'province': prov, 'role': R.choice(ROLES), 'union': R.choice(UNITS[prov])}

# ---------- single-class descriptors ----------
def descriptor(c):
    """returns (phrase, check) that singles c out, or None"""
    use_title = R.random() < 0.45
    name = ('lớp «%s»' % c['title']) if use_title else c['qname']
    def base_pred(x):
        if use_title:
            return x['title'] == c['title']
        return x['topic'] == c['topic']
    if c['org_kind'] in ('tinh',):
        where = 'ở %s' % (c['area'] if (c['area'] and c['area'] in OLD and R.random() < 0.5) else c['province'])
        def wpred(x):
            return x['org_kind'] == 'tinh' and x['province'] == c['province']
    else:
        where = 'của %s' % c['org_name']
        def wpred(x):
            return x['org'] == c['org']
    if where.startswith('ở ') and where[2:] in OLD:
        def wpred(x, _w=wpred):
            return _w(x) and x['area'] == c['area']
    grp = [x for x in C if base_pred(x) and wpred(x)]
    discs = [('', lambda x: True)]
    if c['batch']: discs.append(('đợt %d' % c['batch'], lambda x: x['batch'] == c['batch']))
    if c['ab'] and not use_title: discs.append(('lớp %s' % c['ab'], lambda x: x['ab'] == c['ab']))
    if not c['special']: discs.append(('cho %s' % AUD[c['aud']][2], lambda x: x['aud'] == c['aud'] and not x['special']))
    ym = ym_of(c)
    if len(ym) == 1:
        discs.append(('tháng %d/%d' % (ym[0][1], ym[0][0]), lambda x: ym_of(x) == ym))
    discs.append(('ở %s' % c['place_key'], lambda x: x['place_key'] == c['place_key']))
    if c['mode'] != 'online':
        pass
    for d, p in discs:
        m = [x for x in grp if p(x)]
        if len(m) == 1 and m[0] is c:
            return ' '.join(s for s in [name, d, where] if s)
    for i in range(1, len(discs)):
        for j in range(i + 1, len(discs)):
            m = [x for x in grp if discs[i][1](x) and discs[j][1](x)]
            if len(m) == 1 and m[0] is c:
                return ' '.join(s for s in [name, discs[i][0], discs[j][0], where] if s)
    return None

def single(c, what):
    d = descriptor(c)
    if not d:
        return False
    ck = {'single': True, 'status': [c['status']], 'province': c['province']}
    if what == 'when':
        base = op() + R.choice(['%s học ngày nào', '%s bắt đầu khi nào', 'bao giờ thì khai giảng %s', '%s tổ chức hôm nào']) % d + R.choice(END)
        et = [first_text(c)]
    elif what == 'where':
        base = op() + R.choice(['%s học ở đâu', '%s tổ chức tại đâu', 'địa điểm %s là ở đâu']) % d + R.choice(END)
        et = [c['place_key']]
    elif what == 'deadline':
        if not c['deadline']: return False
        base = op() + R.choice(['hạn đăng ký %s đến bao giờ', '%s đăng ký muộn nhất ngày nào', '%s còn đăng ký được đến hôm nào']) % d + R.choice(END)
        et = [f(dt.date.fromisoformat(c['deadline']))]
    elif what == 'days':
        if not c['start']: return False
        base = op() + R.choice(['%s học mấy ngày, từ hôm nào', '%s kéo dài bao lâu', '%s học trong mấy hôm']) % d + R.choice(END)
        et = [f(sdt(c))]
    elif what == 'online':
        base = op() + R.choice(['%s có học trực tuyến không, dùng phần mềm gì', '%s học online qua đâu', '%s có điểm cầu trực tuyến không']) % d + R.choice(END)
        et = [c['platform']]
    elif what == 'postponed':
        base = op() + R.choice(['%s nghe nói bị hoãn, lịch mới là ngày nào', '%s có bị hoãn không', '%s dời sang hôm nào rồi']) % d + R.choice(END)
        et = [first_text(c)] if c['new_date'] else ['hoãn']
    elif what == 'cancelled':
        base = op() + R.choice(['%s còn tổ chức không', '%s có bị hủy không', 'sao không thấy %s nữa']) % d + R.choice(END)
        et = ['hủy']
    elif what == 'late':
        base = op() + R.choice(['giờ em đăng ký %s có kịp không', '%s còn nhận đăng ký không', 'muốn đi %s thì đăng ký còn được không']) % d + R.choice(END)
        et = [f(dt.date.fromisoformat(c['deadline']))]
    elif what == 'finished':
        base = op() + R.choice(['%s học xong chưa', '%s đã học chưa hay sắp học']) % d + R.choice(END)
        et = [f(sdt(c))]
    add('course', base, [c['code']], et, ck)
    return True

pool = list(C); R.shuffle(pool)
cnt = Counter()
want = {'when': 34, 'where': 30, 'deadline': 22, 'days': 16, 'online': 12, 'postponed': 5, 'cancelled': 4, 'late': 6, 'finished': 5}
for c in pool:
    if c['status'] == 'postponed' and cnt['postponed'] < want['postponed']:
        if single(c, 'postponed'): cnt['postponed'] += 1
        continue
    if c['status'] == 'cancelled' and cnt['cancelled'] < want['cancelled']:
        if single(c, 'cancelled'): cnt['cancelled'] += 1
        continue
    if 'deadline_passed' in c['special'] and cnt['late'] < want['late']:
        if single(c, 'late'): cnt['late'] += 1
        continue
    if c['status'] == 'finished' and cnt['finished'] < want['finished']:
        if single(c, 'finished'): cnt['finished'] += 1
        continue
    if c['status'] not in ('open', 'projected') or not upcoming(c):
        continue
    opts = ['when', 'where', 'deadline', 'days'] + (['online'] if c['mode'] != 'direct' else [])
    if c['mode'] != 'direct' and cnt['online'] < want['online']:
        w = 'online'
    else:
        w = R.choice(opts)
    if cnt[w] >= want[w]:
        continue
    if single(c, w): cnt[w] += 1
print('single', cnt)

# ---------- lists ----------
def listq(pred, maxn=6, minn=1):
    m = sorted([c for c in C if upcoming(c) and pred(c)], key=sortkey)
    if minn <= len(m) <= maxn:
        return m
    return None

def lst_add(base, m, check, profile=None):
    add('course', base, [c['code'] for c in m], [first_text(m[0])], dict(check, list=True), profile)

used = set()
# province/old area + topic
for p in PROVS + list(OLD.keys()):
    for t in R.sample(list(TOPICS.keys()), 4):
        if p in OLD:
            pred = lambda c, p=p, t=t: c['area'] == p and c['topic'] == t
        else:
            pred = lambda c, p=p, t=t: c['province'] == p and c['topic'] == t and not c['central']
        m = listq(pred)
        if not m or (p, t) in used: continue
        used.add((p, t))
        prof = None
        if R.random() < 0.3 and p not in OLD:
            prof = make_profile(p); wh = R.choice(['tỉnh mình', 'ở chỗ em', 'bên mình'])
        else:
            wh = 'ở ' + p
        base = op() + R.choice(['{w} sắp tới có {t} nào không', 'có {t} nào {w} không', '{w} mở {t} khi nào']).format(w=wh, t=TOPICS[t][2])
        base = base + R.choice(END)
        lst_add(base, m, {'province': OLD.get(p, p), 'area': p if p in OLD else None, 'kw': topic_kw(t), 'upcoming': True}, prof)
        break
# province + month + audience
months = [(2026, 12), (2027, 1), (2027, 3), (2027, 4), (2027, 5)]
for p in PROVS:
    for _ in range(3):
        y, mo = R.choice(months); a = R.choice(['CT', 'BCH', 'KTOAN', 'UBKT', 'NC', 'DV'])
        def pred(c, p=p, y=y, mo=mo, a=a):
            return c['province'] == p and not c['central'] and (y, mo) in ym_of(c) and aud_match(c, a)
        amb = [c for c in C if upcoming(c) and pred(c) and (len(ym_of(c)) > 1 or c['special'])]
        m = listq(pred)
        if not m or amb: continue
        prof = make_profile(p) if R.random() < 0.35 else None
        wh = R.choice(['tỉnh mình', 'ở chỗ em']) if prof else 'ở ' + p
        tm = 'tháng sau' if (y, mo) == (2026, 12) and R.random() < 0.5 else 'tháng %d/%d' % (mo, y)
        base = op() + R.choice(['%s %s có lớp nào cho %s không', 'lớp nào dành cho %s %s %s'])
        if base.count('%s') == 3 and 'dành' in base:
            base = base % (AUD[a][2], tm, wh)
        else:
            base = base % (tm, wh, AUD[a][2])
        lst_add(base + R.choice(END), m, {'province': p, 'ym': [y, mo], 'aud': a, 'upcoming': True}, prof)
# online/blended by province
for p in PROVS:
    m = listq(lambda c, p=p: c['province'] == p and c['mode'] != 'direct' and not c['central'], maxn=7)
    if not m: continue
    prof = make_profile(p) if R.random() < 0.4 else None
    wh = 'tỉnh mình' if prof else p
    base = op() + R.choice(['%s có lớp trực tuyến nào không', 'lớp học online của %s sắp tới', 'có lớp nào học qua mạng ở %s không']) % wh
    lst_add(base + R.choice(END), m, {'province': p, 'mode': 'online_or_blended', 'upcoming': True}, prof)
# place / zone / company / plantation / border
pk = Counter(c['place_key'] for c in C if c['mode'] != 'online')
for key in R.sample(sorted(pk), 40):
    m = listq(lambda c, key=key: c['place_key'] == key and c['mode'] != 'online')
    if not m: continue
    c0 = m[0]
    base = op() + R.choice(['ở %s có lớp nào sắp học không', 'lớp tập huấn tổ chức tại %s', '%s có lớp gì cho cán bộ công đoàn không']) % key
    lst_add(base + R.choice(END), m, {'venue': key, 'upcoming': True})
# special tags
SPQ = [('evening', 'có lớp buổi tối cho công nhân làm ca không'), ('weekend', 'có lớp học cuối tuần cho công nhân làm ca không'),
       ('ethnic', 'có lớp nào học bằng tiếng dân tộc hoặc có phiên dịch không'), ('border', 'có lớp nào tổ chức ở đồn biên phòng không'),
       ('plantation', 'có lớp nào tổ chức ngay tại nông trường không'), ('subtopic', 'có lớp thương lượng tập thể ngành cao su không')]
for tag, ph in SPQ:
    m = listq(lambda c, tag=tag: tag in c['special'], maxn=8)
    if m:
        lst_add(op() + ph + R.choice(END), m, {'tag': tag, 'upcoming': True})
    for p in set(c['province'] for c in C if tag in c['special']):
        m = listq(lambda c, tag=tag, p=p: tag in c['special'] and c['province'] == p, maxn=8)
        if m:
            lst_add(op() + 'ở %s ' % p + ph + R.choice(END), m, {'tag': tag, 'province': p, 'upcoming': True})
# central
m = listq(lambda c: c['central'], maxn=8)
lst_add(op() + 'có lớp nào cấp trung ương, toàn quốc không' + R.choice(END), m, {'central': True, 'upcoming': True})
# organiser next month
for o in ORGS:
    if o[3] == 'tinh': continue
    m = listq(lambda c, o=o: c['org'] == o[0], maxn=8)
    if m:
        lst_add(op() + R.choice(['%s sắp tới mở những lớp gì', 'lịch lớp của %s']) % o[1] + R.choice(END), m, {'org': o[0], 'upcoming': True})
print('course questions', len(Q))

# ---------- targets ----------
def tgt(org, y, kind='hv'):
    x = [t for t in T if t['org'] == org and t['year'] == y and t['kind'] == kind]
    return x[0] if x else None
for o in ORGS:
    ok, name, prov = o[0], o[1], o[2]
    for y in (2025, 2026):
        t = tgt(ok, y)
        if R.random() < 0.12 or (o[3] != 'tinh' and R.random() < 0.3):
            continue
        prof = None
        yw = 'năm %d' % y
        if o[3] == 'tinh' and R.random() < 0.5:
            prof = make_profile(prov); who = 'tỉnh mình'
            yw = 'năm nay' if y == 2026 else 'năm ngoái'
        else:
            who = name
        base = op() + R.choice(['chỉ tiêu đào tạo %s của %s là bao nhiêu học viên', '%s %s phải bồi dưỡng bao nhiêu học viên, đạt được bao nhiêu rồi', '%s đã đạt chỉ tiêu tập huấn %s chưa']) 
        base = (base % (yw, who)) if base.find('%s của') > 0 else (base % (who, yw) if 'phải' in base else base % (who, yw))
        add('target', base + R.choice(END), [t['code']], [str(t['fig'])], {'target': True}, prof)
    t = tgt(ok, 2026, 'lop')
    if t and R.random() < 0.7:
        add('target', op() + 'năm 2026 %s giao chỉ tiêu mở bao nhiêu lớp tập huấn' % name + R.choice(END), [t['code']], [str(t['fig'])], {'target': True})
print('targets', sum(1 for q in Q if q['kind'] == 'target'))

# ---------- facts ----------
FACTS = [
 ('Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo cán bộ công đoàn?', ['33']),
 ('Kế hoạch đào tạo cán bộ công đoàn của Hà Nội năm 2016 đạt bao nhiêu phần trăm số học viên?', ['107%']),
 ('Trường Trung cấp Công đoàn Hà Nội năm 2016 huấn luyện an toàn vệ sinh lao động được bao nhiêu lớp?', ['42']),
 ('Năm 2016 tổng cộng bao nhiêu lượt cán bộ công đoàn Thủ đô được tập huấn, bồi dưỡng?', ['38.386']),
 ('Lớp 3 ngày về kỹ năng phát triển đoàn viên năm 2016 của Hà Nội có bao nhiêu cán bộ cấp trên cơ sở?', ['23']),
 ('Ai là Trưởng Ban Tổ chức LĐLĐ Hà Nội báo cáo kết quả đào tạo năm 2016?', ['Lê Xuân Trường']),
 ('Năm 2016 LĐLĐ huyện nào phối hợp với Trường Trung cấp Công đoàn Hà Nội mở lớp tập huấn?', ['Thường Tín']),
 ('Toàn tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn?', ['8.343']),
 ('Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách?', ['74']),
 ('Số cán bộ công đoàn ở huyện Chi Lăng là bao nhiêu?', ['366']),
 ('Chương trình 104/CTr-LĐLĐ của Lạng Sơn về nâng cao chất lượng cán bộ công đoàn ban hành ngày nào?', ['29/11/2013']),
 ('Từ năm 2013 các cấp công đoàn Lạng Sơn mở được bao nhiêu lớp tập huấn nghiệp vụ?', ['85']),
 ('Các lớp tập huấn của công đoàn Lạng Sơn từ 2013 tốn tổng kinh phí bao nhiêu?', ['2,1 tỷ']),
 ('Cuối năm 2017 Lạng Sơn có bao nhiêu công đoàn cơ sở vững mạnh?', ['1.238']),
 ('Công đoàn cơ sở HTX Đồng Tâm có bao nhiêu đoàn viên năm 2018?', ['38']),
 ('Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn lần đầu vào ban chấp hành?', ['3.500']),
 ('Bao nhiêu phần trăm cán bộ công đoàn không chuyên trách ở Lạng Sơn đã được bồi dưỡng?', ['70%']),
 ('Lớp giảng viên kiêm chức của LĐLĐ Lạng Sơn năm 2014 có bao nhiêu đồng chí tham gia?', ['25']),
 ('Nghị quyết 4a/NQ-TLĐ về đào tạo cán bộ công đoàn ban hành ngày nào?', ['4/3/2010']),
 ('Chương trình 1644/CTr-TLĐ về nâng cao chất lượng đội ngũ cán bộ công đoàn ra ngày nào?', ['4/11/2013']),
 ('Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên?', ['1464']),
 ('Năm 2020 LĐLĐ huyện Mê Linh tổ chức lớp tập huấn cho bao nhiêu lượt cán bộ, đoàn viên?', ['400']),
 ('Sóc Trăng năm 2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn từ 2013?', ['23.339']),
 ('Tỷ lệ đoàn viên, người lao động Sóc Trăng được học tập nâng cao trình độ là bao nhiêu?', ['61,23%']),
 ('Sóc Trăng có bao nhiêu cán bộ công đoàn cơ sở đã được bồi dưỡng nghiệp vụ?', ['8.891']),
 ('LĐLĐ Sóc Trăng mở 5 lớp bồi dưỡng cho bao nhiêu Chủ tịch công đoàn cơ sở?', ['746']),
 ('Sóc Trăng tổ chức bao nhiêu cuộc tuyên truyền về nâng cao trình độ kỹ năng nghề?', ['1.250']),
 ('Lớp chuyên viên chính phối hợp với Đại học Tôn Đức Thắng có bao nhiêu cán bộ công đoàn?', ['41']),
 ('Kế hoạch số mấy của LĐLĐ Sóc Trăng về nâng cao trình độ kỹ năng nghề nghiệp?', ['53/KH-LĐLĐ']),
 ('LĐLĐ Lạng Sơn cử bao nhiêu cán bộ dự lớp ngắn hạn của Tổng Liên đoàn?', ['25']),
 ('Từ 2013 bao nhiêu lượt cán bộ công đoàn Lạng Sơn được tập huấn?', ['8.069']),
 ('Sóc Trăng có bao nhiêu đoàn viên được học lý luận chính trị?', ['1.500']),
 ('Hà Nội năm 2016 có bao nhiêu lượt học viên tham gia so với kế hoạch 3580?', ['3831']),
]
for qb, et in FACTS:
    add('fact', op() + lo(qb), [], et, {'fact': True})

OFF = ['Thời tiết Sa Pa cuối tuần này có rét không?', 'Tối nay Việt Nam đá với Thái Lan mấy giờ?', 'Vay tín chấp công đoàn 50 triệu lãi suất bao nhiêu?',
       'Giá cà phê Đắk Lắk hôm nay bao nhiêu một ký?', 'Chỉ đường từ Pleiku đi Quy Nhơn giúp mình', 'Viết giúp em bài phát biểu đám cưới',
       'Đoàn phí công đoàn tháng này em đóng bao nhiêu tiền?', 'Lương chủ tịch công đoàn chuyên trách được bao nhiêu?', 'Công ty nợ lương 3 tháng thì kiện ở đâu?',
       'Công đoàn có cho vay mua xe máy không?', 'Tết này công đoàn thưởng bao nhiêu?', 'Kết quả xổ số miền Bắc hôm nay', 'Mã giảm giá Shopee công đoàn',
       'Ca sĩ nào hát ở Ngày hội công nhân Thái Nguyên?', 'Giá vé máy bay Hà Nội - Buôn Ma Thuột tết', 'Cách nấu thắng cố Hà Giang',
       'Bảo hiểm xã hội một lần rút thế nào?', 'Bầu cử Ban chấp hành công đoàn cơ sở cần bao nhiêu phiếu thì trúng?', 'Chủ tịch nước hiện nay là ai?',
       'Mùa hoa tam giác mạch Hà Giang tháng mấy?', 'Đăng ký mua nhà ở xã hội cho công nhân ở đâu?', 'Đội bóng nào vô địch V-League năm ngoái?',
       'Mua điện thoại trả góp qua công đoàn được không?', 'Em bị sếp mắng thì làm sao?', 'Tính giúp em 15% của 8 triệu', 'Hôm nay giá vàng bao nhiêu?',
       'Cho tôi số điện thoại Chủ tịch LĐLĐ tỉnh', 'Quỹ trợ vốn CEP của công đoàn cho vay mấy năm?', 'Công đoàn tổ chức du lịch Đà Lạt hè này không?',
       'Kể chuyện cười đi bot', 'Lịch nghỉ Tết Nguyên đán 2027 mấy ngày?', 'Nghỉ thai sản được mấy tháng?', 'Dự báo mưa lũ Điện Biên tuần này']
for o in OFF:
    add('off_topic', op() + lo(o), [], [], {'off': True})

# trim course questions to keep the mix near 70%
nc = sum(1 for q in Q if q['kind'] == 'course')
print('counts', Counter(q['kind'] for q in Q))

# ---------- styles, ids, profiles ----------
R.shuffle(Q)
out = []
for i, q in enumerate(Q):
    st = STYLES[i % 5]
    text = styled(q['base'], st, R)
    text = text[0].upper() + text[1:] if st == 'diacritics' else text
    o = {'id': 'q%03d' % (i + 1), 'q': text, 'style': st, 'kind': q['kind'], 'expect': q['expect'], 'expect_text': q['expect_text']}
    prof = q['profile']
    if prof is None and q['kind'] in ('course', 'target') and R.random() < 0.4 and q['check'].get('province') and not q['check'].get('area'):
        prof = make_profile(q['check']['province'])
    if prof is None and q['kind'] in ('fact', 'off_topic') and R.random() < 0.3:
        prof = make_profile(R.choice(PROVS))
    if prof: o['profile'] = prof
    out.append(o)
    CHECKS[o['id']] = q['check']
with open('../questions.jsonl', 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
json.dump(CHECKS, open('checks.json', 'w'), ensure_ascii=False, indent=0)
print('questions', len(out), Counter(o['kind'] for o in out), Counter(o['style'] for o in out), 'profiles', sum(1 for o in out if 'profile' in o))
