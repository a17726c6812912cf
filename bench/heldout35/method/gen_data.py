# generates ../courses.csv, ../targets.csv and classes.json / targets.json (truth used by gen_questions.py)
import csv, json, random, datetime as dt, io
from orgs import ORGS, TOPICS, AUD, ORG_TOPICS, PARTNERS

R = random.Random(35)
TODAY = dt.datetime(2026, 11, 23, 9, 0)
D = dt.date
MONTHS = [(2026, 11), (2026, 12), (2027, 1), (2027, 2), (2027, 3), (2027, 4), (2027, 5), (2027, 6)]
MW = [1.3, 2.0, 1.5, 0.6, 1.5, 1.5, 1.2, 1.0]
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WDS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
PLATFORMS = ['Zoom', 'Google Meet', 'Microsoft Teams', 'E-learning Công đoàn Việt Nam']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII']

def f(d):
    return d.strftime('%d/%m/%Y')

def pick_day(y, m, maxwd=4, lo=1):
    while True:
        d = D(y, m, R.randint(lo, 28))
        if d.weekday() <= maxwd:
            return d

classes = []
counter = {}

def new_code(ok, start_ym):
    y, m = start_ym
    k = (ok, y, m)
    counter[k] = counter.get(k, 0) + 1
    return '%s-%02d%02d-%02d' % (ok, y % 100, m, counter[k])

def make_dates(c, y, m, ndays, session=None, form=None, weekend=False, start=None):
    """fill start/end/date_text for a dated class"""
    if start is None:
        if weekend:
            d = pick_day(y, m, maxwd=6)
            while d.weekday() != 5:
                d += dt.timedelta(days=1)
            if d.month != m:
                d -= dt.timedelta(days=7)
        else:
            d = pick_day(y, m, maxwd=max(0, 5 - ndays))
        start = d
    end = start + dt.timedelta(days=ndays - 1)
    hh, mm = 8, 0
    if ndays == 1:
        if session is None:
            session = R.choice(['plain', 'plain', 'wd', 'wds', 'sang', 'chieu', 'h14', 'plain'])
        if session == 'plain':
            t = f(start)
        elif session == 'wd':
            t = '%s, %s' % (WD[start.weekday()], f(start))
        elif session == 'wds':
            t = '%s %s' % (WDS[start.weekday()], f(start))
        elif session == 'sang':
            t = 'Sáng %s' % f(start)
        elif session == 'chieu':
            t = 'Chiều %s' % f(start); hh, mm = 13, 30
        elif session == 'toi':
            t = 'Tối %s' % f(start); hh, mm = 18, 30
        elif session == 'h14':
            t = '14h00 ngày %s' % f(start); hh = 14
        elif session == 'h730toi':
            t = '7h30 tối %s' % f(start); hh, mm = 19, 30
        c['session'] = session
    else:
        if form is None:
            form = R.choice(['dash', 'dash', 'slash', 'tu', 'comma', 'paren'] if ndays == 2 else ['dash', 'slash', 'tu', 'paren'])
        if start.month != end.month:
            form = 'slash'
        if form == 'dash':
            t = '%d-%d/%d/%d' % (start.day, end.day, start.month, start.year)
        elif form == 'slash':
            t = '%02d/%02d - %02d/%02d/%d' % (start.day, start.month, end.day, end.month, end.year)
        elif form == 'tu':
            t = 'Từ %02d/%02d đến %02d/%02d/%d' % (start.day, start.month, end.day, end.month, end.year)
        elif form == 'comma':
            t = '%d, %d/%d/%d' % (start.day, end.day, start.month, start.year)
        elif form == 'va':
            t = '%d và %d/%d/%d' % (start.day, end.day, start.month, start.year)
        elif form == 'paren':
            t = '%d-%d/%d/%d (%d ngày)' % (start.day, end.day, start.month, start.year, ndays)
    c['start'] = dt.datetime(start.year, start.month, start.day, hh, mm).isoformat()
    c['end'] = end.isoformat()
    c['date_text'] = t
    c['proj'] = None
    return start

def make_proj(c, y, m):
    kind = R.choice(['month', 'month', 'T', 'quarter', 'range', 'cuoi', 'tuan'])
    q = (m - 1) // 3 + 1
    if kind == 'month':
        t = 'Tháng %d/%d' % (m, y); months = [m]
    elif kind == 'T':
        t = 'T%d/%d' % (m, y); months = [m]
    elif kind == 'tuan':
        t = 'Tuần %d tháng %d/%d' % (R.randint(1, 4), m, y); months = [m]
    elif kind == 'cuoi':
        t = 'cuối tháng %d/%d' % (m, y); months = [m]
    elif kind == 'quarter':
        t = R.choice(['Quý %s/%d' % (['I', 'II', 'III', 'IV'][q - 1], y), 'Quý %d/%d' % (q, y)]); months = [3 * q - 2, 3 * q - 1, 3 * q]
    else:
        m2 = min(m + 1, 6); m = m2 - 1
        t = 'Tháng %d-%d/%d' % (m, m2, y); months = [m, m2]
    c['start'] = None; c['end'] = None
    c['date_text'] = t
    c['proj'] = {'year': y, 'months': months, 'kind': kind}

def seats_text():
    n = R.choice([30, 35, 40, 45, 50, 60, 70, 80, 100, 120])
    st = R.choice(['n', 'n', 'n', 'nguoi', 'khoang', 'range', 'lop2', 'perlop', 'theo'])
    if st == 'n': return str(n)
    if st == 'nguoi': return '%d người' % n
    if st == 'khoang': return 'khoảng %d học viên' % n
    if st == 'range': return '%d-%d' % (n - 10, n)
    if st == 'lop2': return '%d (2 lớp)' % (n * 2)
    if st == 'perlop': return '%d/lớp' % n
    return 'theo đăng ký'

def base_class(org, topic, aud=None, venue=None, title=None, title_aud=None):
    ok, oname, prov, kind, venues = org
    fields, titles, qname, auds = TOPICS[topic]
    aud = aud or R.choice(auds)
    v = venue or R.choice(venues)
    t = title or R.choice(titles)
    aw = R.choice(AUD[aud][0])
    if title_aud is None:
        title_aud = R.random() < 0.3
    if title_aud:
        t = t + ' cho ' + (aw[0].lower() + aw[1:] if aw[1:2].islower() else aw)
    c = dict(org=ok, org_name=oname, province=prov, org_kind=kind, topic=topic, topic_words=R.choice(fields),
             aud=aud, aud_tags=AUD[aud][1], aud_words=aw, qname=qname, title=t, venue=v[0], area=v[1], place_key=v[2],
             vtags=list(v[3]), partner=R.choice(PARTNERS), mode='direct', platform=None, batch=None, ab=None,
             special=[], note='', status_text=None, status=None, new_date=None, deadline=None,
             seats=seats_text(), days_text='', central=(ok == 'DHCD'))
    return c

def set_mode(c, mode=None):
    mode = mode or R.choices(['direct', 'online', 'blended'], [0.74, 0.12, 0.14])[0]
    c['mode'] = mode
    if mode == 'online':
        c['platform'] = R.choice(PLATFORMS)
        c['venue'] = 'Trực tuyến qua %s' % c['platform']
        c['place_key'] = c['platform']
        c['area'] = None
    elif mode == 'blended':
        c['platform'] = R.choice(PLATFORMS[:3])
        c['venue'] = c['venue'] + ' và các điểm cầu trực tuyến (%s)' % c['platform']

def finish(c, ym, ndays=None, proj_ok=True, **kw):
    y, m = ym
    ndays = ndays or R.choice([1, 2, 2, 2, 3, 3])
    if proj_ok and (y, m) >= (2027, 3) and R.random() < 0.3:
        make_proj(c, y, m)
    else:
        make_dates(c, y, m, ndays, **kw)
        if R.random() < 0.75:
            c['days_text'] = R.choice(['%d', '%02d ngày', '%d ngày', '%d']) % ndays
    c['code'] = new_code(c['org'], (y, m))
    classes.append(c)
    return c

def rand_ym():
    return R.choices(MONTHS, MW)[0]

# ---------------- regular classes ----------------
for org in ORGS:
    ok, oname, prov, kind, venues = org
    n = {'tinh': 16, 'kcn': 10, 'xa': 8, 'nganh': 10, 'coso': 7, 'truong': 8}[kind]
    tl = ORG_TOPICS[kind]
    for i in range(n):
        c = base_class(org, R.choice(tl))
        set_mode(c)
        finish(c, rand_ym())
    # batches (Đợt 1 / Đợt 2) and lớp A/B for the bigger unions
    if kind in ('tinh', 'kcn', 'nganh'):
        for bt in R.sample(tl, 2 if kind == 'tinh' else 1):
            c1 = base_class(org, bt, title_aud=False)
            t0 = c1['title']
            m1 = R.choice([(2026, 12), (2027, 1), (2027, 3)])
            m2 = {(2026, 12): (2027, 3), (2027, 1): (2027, 4), (2027, 3): (2027, 5)}[m1]
            c1['batch'] = 1
            finish(c1, m1, proj_ok=False)
            c2 = base_class(org, bt, aud=c1['aud'], title=t0, title_aud=False)
            c2['aud_words'] = c1['aud_words']
            c2['batch'] = 2
            finish(c2, m2, proj_ok=False)
        if kind == 'tinh':
            at = R.choice(tl)
            ym = R.choice([(2026, 12), (2027, 3), (2027, 4)])
            ca = base_class(org, at, title_aud=False)
            t0 = ca['title']
            vs = R.sample(venues, 2)
            ca['title'] = t0 + ' (lớp A)'; ca['ab'] = 'A'; ca['venue'], ca['area'], ca['place_key'], ca['vtags'] = vs[0][0], vs[0][1], vs[0][2], list(vs[0][3])
            sa = finish(ca, ym, proj_ok=False, ndays=2)
            cb = base_class(org, at, aud=ca['aud'], title=t0 + ' (lớp B)', title_aud=False)
            cb['ab'] = 'B'; cb['venue'], cb['area'], cb['place_key'], cb['vtags'] = vs[1][0], vs[1][1], vs[1][2], list(vs[1][3])
            cb['aud_words'] = ca['aud_words']
            # lớp B a week later
            sb = dt.datetime.fromisoformat(ca['start']).date() + dt.timedelta(days=7)
            make_dates(cb, sb.year, sb.month, 2, start=sb)
            cb['days_text'] = '2'
            cb['code'] = new_code(ok, (sb.year, sb.month))
            classes.append(cb)
        # same class for two audiences
        lt = R.choice(tl)
        t0 = R.choice(TOPICS[lt][1])
        aus = R.sample(list(AUD.keys()), 2)
        for a in aus:
            c = base_class(org, lt, aud=a, title=t0, title_aud=True)
            set_mode(c)
            finish(c, rand_ym(), proj_ok=False)

def org_by(ok):
    return [o for o in ORGS if o[0] == ok][0]

def venue_by(ok, key):
    return [v for v in org_by(ok)[4] if v[2] == key][0]

def special(ok, topic, title, vkey, ym, aud=None, aud_words=None, topic_words=None, tags=(), note='', ndays=1, partner=None, **kw):
    c = base_class(org_by(ok), topic, aud=aud, venue=venue_by(ok, vkey), title=title, title_aud=False)
    if aud_words: c['aud_words'] = aud_words
    if topic_words: c['topic_words'] = topic_words
    if partner is not None: c['partner'] = partner
    c['special'] = list(tags); c['note'] = note
    if 'border' not in tags and c['partner'] == 'Bộ đội Biên phòng tỉnh': c['partner'] = ''
    finish(c, ym, ndays=ndays, proj_ok=False, **kw)
    return c

# ---------------- special cases ----------------
special('CSCP', 'TLTT', 'Tập huấn thương lượng tập thể ngành cao su', 'Ia Ly', (2026, 12), aud='BCH',
        aud_words='Tổ trưởng công đoàn, công nhân khai thác mủ', topic_words='Thương lượng tập thể ngành cao su',
        tags=['plantation', 'subtopic'], note='Học tại hội trường nông trường, sau ca cạo mủ', ndays=1, session='chieu')
special('CSCP', 'TLTT', 'Tập huấn thương lượng tập thể ngành cao su', 'Ia Nhin', (2027, 3), aud='BCH',
        aud_words='Tổ trưởng công đoàn, công nhân khai thác mủ', topic_words='Thương lượng tập thể ngành cao su',
        tags=['plantation', 'subtopic'], note='Học tại hội trường nông trường, sau ca cạo mủ', ndays=1, session='chieu')
special('GL', 'TLTT', 'Thương lượng tập thể về tiền lương, định mức khoán trong ngành cao su', 'Mang Yang', (2027, 1),
        aud='CTPCT', aud_words='Chủ tịch CĐCS các công ty cao su', topic_words='Thương lượng tập thể ngành cao su',
        tags=['plantation', 'subtopic'], ndays=2, partner='Tập đoàn Công nghiệp Cao su Việt Nam')
special('DL', 'PL', 'Tuyên truyền pháp luật lao động bằng tiếng Ê Đê cho công nhân cà phê', 'Ko Tam', (2026, 12), aud='DV',
        aud_words='Công nhân đồng bào Ê Đê', tags=['ethnic', 'plantation'], note='Giảng bằng tiếng Ê Đê, có phiên dịch tiếng Việt', ndays=1, session='sang')
special('GL', 'PL', 'Phổ biến Bộ luật Lao động cho công nhân cao su người Jrai', 'Mang Yang', (2027, 3), aud='DV',
        aud_words='Công nhân người Jrai', tags=['ethnic', 'plantation'], note='Có phiên dịch tiếng Jrai', ndays=1, session='sang')
special('TQ', 'PTDV', 'Tuyên truyền pháp luật, phát triển đoàn viên khu vực biên giới', 'Lũng Cú', (2026, 12), aud='DV',
        aud_words='Đoàn viên, người lao động các xã biên giới', tags=['border', 'ethnic'], note='Phối hợp Đồn Biên phòng Lũng Cú; có phiên dịch tiếng Mông',
        partner='Bộ đội Biên phòng tỉnh', ndays=1, session='sang')
special('LS', 'PL', 'Tập huấn pháp luật lao động cho lao động khu vực cửa khẩu', 'Chi Ma', (2027, 1), aud='DV',
        aud_words='Lao động bốc xếp, lái xe khu vực cửa khẩu', tags=['border'], partner='Bộ đội Biên phòng tỉnh', ndays=1, session='h14')
special('CB', 'NV', 'Bồi dưỡng nghiệp vụ công đoàn cho cán bộ CĐCS khu vực biên giới', 'Trà Lĩnh', (2027, 4), aud='CTPCT',
        tags=['border'], partner='Bộ đội Biên phòng tỉnh', ndays=2)
special('DB', 'PL', 'Tập huấn pháp luật cho CĐCS khu vực cửa khẩu Tây Trang', 'Tây Trang', (2026, 12), aud='BCH',
        tags=['border'], partner='Bộ đội Biên phòng tỉnh', ndays=1, session='sang', note='Có phiên dịch tiếng Thái cho học viên cần hỗ trợ')
special('TNKCN', 'PL', 'Lớp ca tối: pháp luật lao động cho công nhân làm ca', 'Samsung', (2026, 12), aud='DV',
        aud_words='Công nhân làm ca', tags=['evening', 'shift'], note='Học sau ca ngày, có bữa tối nhẹ', ndays=1, session='toi')
special('TNKCN', 'ATVSLD', 'Lớp ca tối: an toàn lao động trong nhà xưởng', 'Sông Công', (2027, 1), aud='DV',
        aud_words='Công nhân làm ca', tags=['evening', 'shift'], ndays=1, session='h730toi')
special('TNKCN', 'NC', 'Tập huấn nữ công cuối tuần cho nữ công nhân làm ca', 'Yên Bình', (2026, 12), aud='NC',
        aud_words='Nữ công nhân, cán bộ nữ công tổ sản xuất', tags=['weekend', 'shift'], note='Học Thứ Bảy và Chủ nhật cho công nhân làm ca', ndays=2, weekend=True, form='comma')
special('PTKCN', 'TLTT', 'Tập huấn thương lượng tập thể cuối tuần cho tổ trưởng công đoàn', 'Bá Thiện', (2027, 1), aud='BCH',
        aud_words='Tổ trưởng, tổ phó công đoàn', tags=['weekend', 'shift'], note='Học Thứ Bảy, Chủ nhật để không ảnh hưởng ca sản xuất', ndays=2, weekend=True, form='va')
special('PTKCN', 'ATVSLD', 'An toàn lao động cho công nhân ca đêm', 'Khai Quang', (2026, 12), aud='DV',
        aud_words='Công nhân ca đêm', tags=['evening', 'shift'], ndays=1, session='toi')
special('LD', 'ATVSLD', 'Huấn luyện an toàn lao động khai thác bô-xít cho công nhân làm ca', 'Nhôm Lâm Đồng', (2027, 3), aud='DV',
        aud_words='Công nhân vận hành, làm ca', tags=['weekend', 'shift'], note='Học Chủ nhật', ndays=1, weekend=True, session='wd')
special('HN', 'NV', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐ khu công nghiệp buổi tối', 'Thăng Long', (2027, 3), aud='BCH',
        tags=['evening', 'shift'], note='6 buổi tối, 18h30-20h30', ndays=5, form='slash')
special('DHCD', 'GV', 'Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức (toàn quốc)', 'Tây Sơn', (2027, 4), aud='GV', ndays=3)
special('LC', 'NV', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS người dân tộc thiểu số', 'Nghĩa Lộ', (2027, 4), aud='BCH',
        tags=['ethnic'], note='Có phiên dịch tiếng Thái, tiếng Mông', ndays=2)

special('LS', 'NV', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS khối doanh nghiệp', 'Lương Văn Tri', (2026, 11), aud='CT', ndays=3, start=D(2026, 11, 23))
special('SL', 'TC', 'Tập huấn nghiệp vụ tài chính công đoàn theo Luật Công đoàn 2024', 'Tô Hiệu', (2026, 11), aud='KTOAN', ndays=3, start=D(2026, 11, 20), form='tu')
# weekend Sunday one
for c in classes:
    if c['special'] and 'weekend' in c['special'] and c['org'] == 'LD':
        s = dt.datetime.fromisoformat(c['start']).date() + dt.timedelta(days=1)
        c['start'] = dt.datetime(s.year, s.month, s.day, 8, 0).isoformat(); c['end'] = s.isoformat()
        c['date_text'] = 'Chủ nhật, %s' % f(s)
    if c['org'] == 'HN' and 'evening' in c['special']:
        c['days_text'] = '6 buổi'
        s = dt.datetime.fromisoformat(c['start'])
        c['start'] = s.replace(hour=18, minute=30).isoformat()
        c['date_text'] = 'Tối %02d/%02d - %02d/%02d/%d' % (s.day, s.month, dt.date.fromisoformat(c['end']).day, dt.date.fromisoformat(c['end']).month, s.year)

# evening ranges are not a documented form; keep the HN evening class as a plain range with the hour in the note
for c in classes:
    if c['org'] == 'HN' and 'evening' in c['special']:
        s = dt.datetime.fromisoformat(c['start']); e = dt.date.fromisoformat(c['end'])
        c['start'] = s.replace(hour=8, minute=0).isoformat()
        c['date_text'] = '%02d/%02d - %02d/%02d/%d' % (s.day, s.month, e.day, e.month, e.year)
        c['note'] = 'Học 6 buổi tối (18h30-20h30) từ ngày đầu đến ngày cuối'

# ---------------- statuses, deadlines ----------------
def sdate(c):
    return dt.datetime.fromisoformat(c['start']) if c['start'] else None

dated_future = [c for c in classes if c['start'] and sdate(c) > TODAY + dt.timedelta(days=14) and not c['batch'] and not c['ab'] and not c['special']]
R.shuffle(dated_future)
postponed = dated_future[:6]
cancelled = dated_future[6:10]
REASONS_P = ['trùng lịch Hội nghị Ban Chấp hành', 'giảng viên bận công tác', 'chưa bố trí được kinh phí', 'trùng lịch thi đua cuối năm', 'thời tiết mưa lũ', 'trùng kỳ họp HĐND tỉnh']
for i, c in enumerate(postponed):
    c['status'] = 'postponed'
    c['status_text'] = R.choice(['Tạm hoãn', 'Hoãn', 'Đã hoãn'])
    if i == 5:
        c['note'] = 'Tạm hoãn do %s, thời gian tổ chức sẽ thông báo sau' % REASONS_P[i]
        continue
    nd = dt.date.fromisoformat(c['end']) + dt.timedelta(days=R.randint(20, 60))
    while nd.weekday() > 4:
        nd += dt.timedelta(days=1)
    c['new_date'] = nd.isoformat()
    c['note'] = R.choice(['Hoãn sang %s do %s', 'Lùi lịch đến %s (lý do: %s)', 'Dời lớp sang %s vì %s']) % (f(nd), REASONS_P[i])
for c in cancelled:
    c['status'] = 'cancelled'
    c['status_text'] = 'Đã hủy'
    c['note'] = R.choice(['Hủy do không đủ số lượng học viên đăng ký', 'Hủy, nội dung ghép vào lớp tháng sau', 'Đã hủy theo Thông báo của Thường trực'])

for c in classes:
    if c['status']:
        pass
    elif c['proj']:
        c['status'] = 'projected'
        c['status_text'] = R.choice(['', 'Dự kiến', 'Dự kiến'])
    else:
        s = sdate(c); e = dt.datetime.fromisoformat(c['end'] + 'T17:00')
        if e < TODAY:
            c['status'] = 'finished'; c['status_text'] = R.choice(['Đã kết thúc', 'Đã kết thúc', 'Kết thúc'])
            if c['status_text'] == 'Kết thúc':
                c['status_text'] = 'Đã kết thúc'
        elif s <= TODAY:
            c['status'] = 'underway'; c['status_text'] = R.choice(['Mở đăng ký', ''])
        else:
            c['status'] = 'open'; c['status_text'] = R.choice(['Mở đăng ký', '', 'Mở đăng ký'])
    # deadlines
    if c['start'] and R.random() < 0.85:
        s = sdate(c).date()
        dl = s - dt.timedelta(days=R.choice([2, 3, 5, 5, 7, 7, 10, 14]))
        c['deadline'] = dl.isoformat()

# a class whose deadline has passed but has not started yet (explicit)
late = [c for c in classes if c['status'] == 'open' and c['start'] and TODAY < sdate(c) < TODAY + dt.timedelta(days=12)]
for c in late:
    c['deadline'] = (TODAY.date() - dt.timedelta(days=R.choice([1, 2, 3]))).isoformat()
    c['special'] = c['special'] + ['deadline_passed']
    if not c['note']:
        c['note'] = 'Đã chốt danh sách học viên'

# codes must be unique
codes = [c['code'] for c in classes]
assert len(codes) == len(set(codes))

# title as the importer will show it (Đợt rows append "(đợt N)")
for c in classes:
    c['title_shown'] = c['title'] + (' (đợt %d)' % c['batch'] if c['batch'] else '')

# ---------------- write courses.csv ----------------
COLS = ['STT', 'Mã lớp', 'Tên lớp học', 'Lĩnh vực', 'Đối tượng tham gia', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Tỉnh/Thành phố',
        'Địa điểm tổ chức', 'Trực tiếp', 'Trực tuyến', 'Thời gian tổ chức', 'Số ngày', 'Hạn đăng ký', 'SL', 'Trạng thái', 'Ghi chú']
NC = len(COLS)

def row(**kv):
    r = [''] * NC
    for k, v in kv.items():
        r[int(k[1:])] = v
    return r

rows = []
for line in ['LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ', 'BAN TỔ CHỨC - CỤM THI ĐUA MIỀN NÚI PHÍA BẮC VÀ TÂY NGUYÊN', 'Số: 318/KH-BTC',
             'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Việt Trì, ngày 16 tháng 11 năm 2026', '',
             'KẾ HOẠCH', 'Đào tạo, bồi dưỡng cán bộ công đoàn năm 2027 (tổng hợp lịch lớp các đơn vị trong Cụm, từ tháng 11/2026 đến tháng 6/2027)', '']:
    rows.append(row(c0=line))
rows.append(list(COLS))
rows.append(['(%d)' % (i + 1) for i in range(NC)])

order = [o[0] for o in ORGS]
for si, ok in enumerate(order):
    org = org_by(ok)
    rows.append(row(c0=ROMAN[si], c2=org[1].replace('LĐLĐ', 'LIÊN ĐOÀN LAO ĐỘNG').upper()))
    mine = [c for c in classes if c['org'] == ok]
    def key(c):
        if c['start']: return (0, c['start'])
        p = c['proj']; return (1, '%d-%02d' % (p['year'], p['months'][0]))
    plain = sorted([c for c in mine if not c['batch']], key=key)
    groups = [(None, plain)]
    for b in (1, 2):
        bc = sorted([c for c in mine if c['batch'] == b], key=key)
        if bc:
            groups.append((b, bc))
    stt = 0
    for b, lst in groups:
        if b:
            first = dt.datetime.fromisoformat(lst[0]['start'])
            lab = R.choice(['Đợt %d' % b, 'Đợt %s' % ['I', 'II'][b - 1], 'Đợt %d (tháng %d/%d)' % (b, first.month, first.year), 'Đợt %d:' % b])
            if '(tháng' in lab and any(dt.datetime.fromisoformat(x['start']).month != first.month for x in lst):
                lab = 'Đợt %d' % b
            rows.append(row(c2=lab))
        for c in lst:
            stt += 1
            mode = c['mode']
            dtxt = c['deadline'] and f(dt.date.fromisoformat(c['deadline'])) or ''
            if dtxt and ok == 'LD':
                dtxt = c['deadline']  # this union's software writes ISO dates
            rows.append([str(stt), c['code'], c['title'], c['topic_words'], c['aud_words'], c['org_name'], c['partner'], c['province'],
                         c['venue'], 'x' if mode in ('direct', 'blended') else '', 'x' if mode in ('online', 'blended') else '',
                         c['date_text'], c['days_text'], dtxt, c['seats'], c['status_text'], c['note']])
    rows.append(row(c2='Cộng %s: %d lớp' % (org[1], len(mine))))
rows.append(row(c2='Tổng cộng: %d lớp' % len(classes)))
rows.append(row())
rows.append(row(c1='Nơi nhận:', c11='TM. BAN THƯỜNG VỤ'))
rows.append(row(c1='- Các LĐLĐ tỉnh trong Cụm;', c11='KT. CHỦ TỊCH'))
rows.append(row(c1='- Lưu: VT, BTC.', c11='PHÓ CHỦ TỊCH'))
rows.append(row(c11='(đã ký)'))
rows.append(row(c1='Người lập biểu', c11='Nguyễn Thị Thu Hà'))

with open('../courses.csv', 'w', encoding='utf-8-sig', newline='') as fh:
    w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
    w.writerows(rows)

json.dump(classes, open('classes.json', 'w'), ensure_ascii=False, indent=0)

# ---------------- targets ----------------
targets = []
TROWS = []
for o in ORGS:
    ok, oname, prov, kind, venues = o
    big = kind == 'tinh'
    for y in (2025, 2026):
        fig = R.randrange(300, 960, 10) if big else R.randrange(40, 300, 5)
        if y == 2025:
            ach = int(fig * R.uniform(0.88, 1.12)); asof = '31/12/2025'
        else:
            ach = int(fig * R.uniform(0.55, 0.95)); asof = R.choice(['31/10/2026', '15/11/2026', '20/11/2026'])
        content = R.choice(['Bồi dưỡng, tập huấn cán bộ CĐCS', 'Tập huấn nghiệp vụ cho cán bộ công đoàn', 'Đào tạo, bồi dưỡng cán bộ công đoàn các cấp'])
        aud = R.choice(['', 'Chủ tịch CĐCS', 'Ủy viên BCH công đoàn', '']) if big else ''
        code = 'CT%d-%s-HV' % (y, ok)
        t = dict(code=code, org=ok, org_name=oname, province=prov, year=y, content=content, aud=aud, fig=fig, unit='học viên',
                 ach=ach, asof=asof, central=(ok == 'DHCD'), kind='hv')
        targets.append(t)
        if big and y == 2026:
            fl = R.randrange(12, 40)
            targets.append(dict(code='CT%d-%s-LOP' % (y, ok), org=ok, org_name=oname, province=prov, year=y,
                                content='Số lớp tập huấn do LĐLĐ tỉnh trực tiếp mở', aud='', fig=fl, unit='lớp',
                                ach=int(fl * R.uniform(0.5, 0.9)), asof=asof, central=False, kind='lop'))
TCOLS = ['STT', 'Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
trows = [['LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ'] + [''] * 10, ['BAN TỔ CHỨC'] + [''] * 10, [''] * 11,
         ['BẢNG CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 - 2026 CỦA CÁC ĐƠN VỊ TRONG CỤM'] + [''] * 10, [''] * 11, TCOLS,
         ['(%d)' % (i + 1) for i in range(11)]]
for i, t in enumerate(targets):
    note = ''
    if t['ach'] >= t['fig']:
        note = 'Vượt kế hoạch' if t['ach'] > t['fig'] else 'Đạt kế hoạch'
    elif t['year'] == 2026:
        note = 'Đang thực hiện'
    trows.append([str(i + 1), t['code'], t['org_name'], str(t['year']), t['content'], t['aud'], str(t['fig']), t['unit'], str(t['ach']), t['asof'], note])
trows.append([''] * 11)
trows.append(['', '', 'Người lập biểu'] + [''] * 5 + ['TM. BAN THƯỜNG VỤ', '', ''])
trows.append([''] * 8 + ['(đã ký)', '', ''])
with open('../targets.csv', 'w', encoding='utf-8-sig', newline='') as fh:
    w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
    w.writerows(trows)
json.dump(targets, open('targets.json', 'w'), ensure_ascii=False, indent=0)

from collections import Counter
print(len(classes), 'classes', Counter(c['status'] for c in classes), len(set(c['org'] for c in classes)), 'orgs',
      len(set(c['province'] for c in classes)), 'provinces', len(targets), 'targets')
print(Counter(c['mode'] for c in classes))
