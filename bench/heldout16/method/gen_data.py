# -*- coding: utf-8 -*-
"""Writes out/courses.csv and out/targets.csv (set 16: northern mountains and midlands)."""
import csv, io, os, random, sys
from datetime import datetime, timedelta, date

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import P, T

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
rnd = random.Random(1616)

BASE = ['nv_ct', 'nv_ct', 'nv_bch', 'kt', 'tc', 'atvsld', 'atvsld', 'dt', 'nc', 'pl', 'tcld', 'ptdv', 'cds', 'gv', 'tt', 'vt', 'llct']
EXTRA_BY_TYPE = {'edu': ['truong', 'truong', 'gv_truong', 'kt', 'tc'], 'health': ['yte', 'nc', 'tc'], 'hospital': ['yte'],
                 'rubber': ['caosu', 'caosu_at'], 'mining': ['mo', 'mo', 'mo_nv'], 'kcn': ['ca', 'pl', 'atvsld', 'dt', 'nv_bch', 'nc'],
                 'company': ['ca', 'atvsld', 'pl'], 'commune': ['htx', 'nv_bch'], 'school': ['gv_truong']}
RURAL = {'Tuyên Quang', 'Lào Cai', 'Cao Bằng', 'Lạng Sơn', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Thái Nguyên', 'Phú Thọ', 'Quảng Ninh'}
PARTNERS = {'dt': ['Dự án ILO - Better Work Việt Nam', 'Sở Nội vụ', ''], 'atvsld': ['Sở Nội vụ', 'Trung tâm Y tế', ''],
            'nv_ct': ['Trường Đại học Công đoàn', 'Ban Tổ chức Tổng LĐLĐ Việt Nam', ''], 'llct': ['Trường Chính trị tỉnh'],
            'gv': ['Ban Tổ chức Tổng LĐLĐ Việt Nam'], 'pl': ['Trung tâm Tư vấn pháp luật công đoàn', ''],
            'dtts': ['Ban Dân tộc tỉnh'], 'bg': ['Bộ đội Biên phòng tỉnh'], 'mo': ['Tập đoàn TKV'], 'yte': ['Sở Y tế']}
NOTES = ['Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Ưu tiên cán bộ mới bầu lần đầu.',
         'Đăng ký qua LĐLĐ tỉnh trước hạn.', 'Mang máy tính xách tay hoặc điện thoại thông minh.', '', '', '', '']
# office habits: how each province writes dates
HABIT = {'Tuyên Quang': 'dmy', 'Lào Cai': 'range', 'Thái Nguyên': 'dmyhm', 'Phú Thọ': 'iso', 'Bắc Ninh': 'hngay',
         'Cao Bằng': 'dmy', 'Lạng Sơn': 'tuden', 'Điện Biên': 'range', 'Lai Châu': 'dmy', 'Sơn La': 'range2',
         'Quảng Ninh': 'dmyhm', 'Hà Nội': 'dmyhm', 'Hải Phòng': 'iso', 'Hưng Yên': 'hngay', 'Ninh Bình': 'range'}
PERIOD_FORMS = ['Tháng {m}/{y}', 'tháng {m} năm {y}', 'T{m}/{y}', 'cuối tháng {m}/{y}']
QUARTER_FORMS = ['Quý {r}/{y}', 'Quý {q}/{y}', 'Q{q}/{y}', 'quý {r} năm {y}']
ROM = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}


def d2(d):
    return '%02d/%02d/%04d' % (d.day, d.month, d.year)


def d1(d):
    return '%d/%d/%d' % (d.day, d.month, d.year)


def weekday_fix(d):
    while d.weekday() == 6:
        d += timedelta(days=1)
    return d


def pick_start():
    """(kind, start date or period) weighted towards the coming months"""
    r = rnd.random()
    if r < 0.15:
        return 'past', weekday_fix(date(2026, 9, 7) + timedelta(days=rnd.randint(0, 70)))
    if r < 0.17:
        return 'ongoing', date(2026, 11, rnd.choice([19, 20, 21]))
    if r < 0.31:
        return 'period', None
    if r < 0.37:
        return 'cancel', weekday_fix(date(2026, 11, 26) + timedelta(days=rnd.randint(0, 120)))
    if rnd.random() < 0.55:
        return 'up', weekday_fix(date(2026, 11, 25) + timedelta(days=rnd.randint(0, 100)))
    return 'up', weekday_fix(date(2027, 3, 1) + timedelta(days=rnd.randint(0, 270)))


def period_cell():
    r = rnd.random()
    if r < 0.45:
        y, m = rnd.choice([(2026, 12), (2027, 1), (2027, 2), (2027, 3), (2027, 4), (2027, 5), (2027, 6), (2027, 8), (2027, 9), (2027, 10)])
        return rnd.choice(PERIOD_FORMS).format(m=m, y=y)
    if r < 0.85:
        y, q = rnd.choice([(2026, 4), (2027, 1), (2027, 2), (2027, 2), (2027, 3), (2027, 4)])
        return rnd.choice(QUARTER_FORMS).format(r=ROM[q], q=q, y=y)
    if r < 0.93:
        return rnd.choice(['Tháng 3-4/2027', 'tháng 5, 6 năm 2027'])
    return rnd.choice(['6 tháng đầu năm 2027', '6 tháng cuối năm 2027'])


def period_year(cell):
    import re
    return int(re.findall(r'(\d{4})', cell)[-1])


def date_cells(prov, start, days, hour):
    """returns (start cell, end cell) in the office's habit"""
    h = HABIT[prov]
    end = start + timedelta(days=days - 1)
    hh, mm = hour
    if days > 1 and h in ('range', 'range2', 'tuden') and rnd.random() < 0.8:
        if h == 'range' and start.month == end.month:
            cell = '%d-%d/%d/%d' % (start.day, end.day, start.month, start.year)
            if rnd.random() < 0.3:
                cell += ' (%d ngày)' % days
            return cell, ''
        if h == 'tuden' and start.year == end.year:
            return 'Từ %02d/%d đến %02d/%d/%d' % (start.day, start.month, end.day, end.month, end.year), ''
        if start.year == end.year:
            return '%02d/%d - %02d/%d/%d' % (start.day, start.month, end.day, end.month, end.year), ''
    if h == 'dmyhm' or (h == 'dmy' and (hh, mm) != (8, 0)):
        s = '%s %02d:%02d' % (d2(start), hh, mm)
    elif h == 'iso':
        s = start.isoformat()
    elif h == 'hngay':
        s = '%dh%02d ngày %s' % (hh, mm, d1(start))
    else:
        s = d1(start) if rnd.random() < 0.5 else d2(start)
    e = ''
    if days > 1:
        e = d2(end) + (' 16:30' if rnd.random() < 0.4 else '')
    elif rnd.random() < 0.3:
        e = d2(end) + ' 11:30' if hh < 11 else d2(end) + ' 17:00'
    if h == 'iso' and e:
        e = end.isoformat()
    return s, e


def build_classes():
    classes = []
    for prov, cfg in P.items():
        regions = list(cfg['halls'])
        orgs = cfg['orgs']
        keys = list(BASE)
        for name, typ, _ in orgs:
            keys += EXTRA_BY_TYPE.get(typ, [])
        if prov in RURAL and cfg.get('lang'):
            keys += ['dtts', 'dtts', 'htx']
        if cfg['border']:
            keys += ['bg', 'bg']
        rnd.shuffle(keys)
        for k in keys:
            titles, topics, auds, (dmin, dmax), otypes, _ = T[k]
            # organiser
            cands = []
            for ot in otypes:
                if ot.startswith('ldld'):
                    cands.append((cfg['ldld'], ot, None))
                else:
                    cands += [o for o in orgs if o[1] == ot]
            if not cands:
                cands = [(cfg['ldld'], 'ldld', None)]
            org, otype, venues = rnd.choice(cands)
            region = rnd.choice(regions)
            if otype == 'ldld_border' and cfg['border']:
                region = rnd.choice(list(cfg['border']))
                venue = rnd.choice(cfg['border'][region])
            elif otype == 'ldld_rural' or (otype == 'ldld' and rnd.random() < 0.3):
                region = rnd.choice(list(cfg['communes']))
                venue = rnd.choice(cfg['communes'][region])
            elif venues:
                venue = rnd.choice(venues)
            else:
                venue = rnd.choice(cfg['halls'][region])
            title = rnd.choice(titles).format(lang=cfg.get('lang') or 'Mông')
            fmt = ''
            if k in ('cds', 'tt', 'vt', 'tc', 'pl') and rnd.random() < 0.35:
                fmt = 'Trực tuyến'
                venue = rnd.choice(['Trực tuyến qua Zoom (đường link gửi qua nhóm Zalo)', 'Trực tuyến trên phần mềm Google Meet',
                                    'Trực tuyến, điểm cầu tại các CĐCS'])
            elif rnd.random() < 0.08:
                fmt = 'Kết hợp (trực tiếp và trực tuyến)'
            elif rnd.random() < 0.4:
                fmt = rnd.choice(['Tập trung (trực tiếp)', 'Tập trung'])
            days = rnd.randint(dmin, dmax)
            kind, start = pick_start()
            c = dict(key=k, prov=prov, org=org, title=title, topic=rnd.choice(topics), aud=rnd.choice(auds),
                     partner=rnd.choice(PARTNERS.get(k, ['', '', 'Sở Nội vụ'])), venue=venue, fmt=fmt, days=days,
                     kind=kind, start=start, note=rnd.choice(NOTES), remind='')
            if k == 'dtts':
                c['note'] = 'Có phiên dịch tiếng %s; tài liệu song ngữ.' % (cfg.get('lang') or 'Mông')
            if k in ('ca', 'pl') and otype in ('kcn', 'company'):
                c['note'] = 'Học ngoài giờ, chia 2 ca cho công nhân làm ca.'
            classes.append(c)
    return classes


def finalize(classes):
    # number of classes per (org, title): look-alikes become "đợt 1", "đợt 2"
    from collections import defaultdict
    groups = defaultdict(list)
    for c in classes:
        groups[(c['org'], c['title'])].append(c)
    for (org, title), cs in groups.items():
        if len(cs) > 1:
            cs.sort(key=lambda c: (c['start'] or date(2027, 6, 1)))
            for i, c in enumerate(cs, 1):
                c['title'] = '%s (đợt %d)' % (title, i)
    counters = defaultdict(int)
    rows = []
    for c in sorted(classes, key=lambda c: (list(P).index(c['prov']), c['start'] or date(2027, 12, 31))):
        prov = c['prov']
        hour = rnd.choice([(8, 0), (8, 0), (7, 30), (13, 30), (8, 30)])
        status, start_cell, end_cell, dl_cell, note = '', '', '', '', c['note']
        kind = c['kind']
        if kind == 'period':
            start_cell = period_cell()
            year = period_year(start_cell)
            status = 'Dự kiến'
        else:
            s = c['start']
            year = s.year
            if kind == 'ongoing':
                c['days'] = max(c['days'], 3)
            start_cell, end_cell = date_cells(prov, s, c['days'], hour)
            if kind == 'past':
                status = rnd.choice(['Đã kết thúc', 'Đã kết thúc', ''])
            elif kind == 'ongoing':
                status = 'Mở đăng ký'
            elif kind == 'cancel':
                status = 'Đã hủy'
                note = rnd.choice(['Hủy do trùng lịch Đại hội công đoàn.', 'Hủy, gộp vào lớp đợt sau.', 'Tạm hủy do chưa đủ học viên.'])
            else:
                r = rnd.random()
                status = 'Dự kiến' if r < 0.06 else ('Mở đăng ký' if r < 0.6 else '')
            if kind in ('up', 'ongoing', 'past', 'cancel') and rnd.random() < 0.85:
                back = rnd.choice([3, 5, 5, 7, 7, 10, 14, 0])
                dl = s - timedelta(days=back)
                dl_cell = d2(dl) if rnd.random() < 0.7 else (d2(dl) + ' 17:00' if back else d2(dl) + ' 07:00')
                if HABIT[prov] == 'iso':
                    dl_cell = dl.isoformat()
        counters[(prov, year)] += 1
        n = counters[(prov, year)]
        code = P[prov]['code'].format(y=year, y2=str(year)[2:], n=n)
        seats = rnd.choice(['60', '50 người', 'khoảng 40 học viên', '80', '120', '35', '45 người', '100', '30'])
        days_cell = rnd.choice([str(c['days']), '%d ngày' % c['days'], '%02d ngày' % c['days'], '']) if kind != 'period' else rnd.choice(['', '%d ngày' % c['days']])
        if kind != 'period' and rnd.random() < 0.12:
            c['remind'] = rnd.choice(['3 ngày; 2 giờ', 'không', '1 ngày lúc 07:00', '7 ngày; 1 ngày lúc 07:00'])
        rows.append(dict(code=code, title=c['title'], topic=c['topic'], aud=c['aud'], org=c['org'], partner=c['partner'],
                         prov=prov, venue=c['venue'], fmt=c['fmt'], start=start_cell, end=end_cell, deadline=dl_cell,
                         days=days_cell, seats=seats, status=status, note=note, remind=c['remind'], key=c['key'],
                         startd=c['start']))
    return rows


SPECIALS = []


def specials(rows):
    """hand-made edge cases appended to the plan"""
    add = [
        # postponed: the plan now carries the new date, the note the old one
        dict(code='LS-2026-PH01', title='Tập huấn nghiệp vụ công tác công đoàn cho CĐCS hợp tác xã', topic='Nghiệp vụ công tác công đoàn',
             aud='Chủ tịch CĐCS hợp tác xã; Ủy viên BCH công đoàn', org='Công đoàn xã Cao Lộc', partner='Liên minh HTX tỉnh', prov='Lạng Sơn',
             venue='Hội trường HTX Đồng Tâm, xã Cao Lộc', fmt='', start='Từ 14/12 đến 15/12/2026', end='', deadline='10/12/2026',
             days='2', seats='40', status='Mở đăng ký', note='Hoãn từ 26/11/2026 sang 14-15/12/2026 do trùng lịch thu hoạch.', remind=''),
        dict(code='DB-2026-HOAN', title='Huấn luyện ATVSLĐ trong khai thác mủ cao su (bổ sung)', topic='ATVSLĐ',
             aud='Tổ trưởng công đoàn; Đoàn viên, người lao động', org='CĐCS Công ty CP Cao su Điện Biên', partner='', prov='Điện Biên',
             venue='Nông trường cao su Mường Ảng, xã Mường Ảng', fmt='', start='Quý I/2027', end='', deadline='', days='1 ngày',
             seats='khoảng 60 học viên', status='Dự kiến', note='Hoãn lớp ngày 28/11/2026, sẽ báo ngày cụ thể sau.', remind=''),
        # two Saturdays: Số ngày smaller than the span
        dict(code='HN-2027-T7', title='Lớp kỹ năng tư vấn pháp luật cho cán bộ công đoàn KCN (học 2 thứ Bảy)', topic='Pháp luật lao động, tư vấn pháp luật',
             aud='Cán bộ công đoàn cấp trên cơ sở + Chủ tịch CĐCS doanh nghiệp', org='Công đoàn các KCN và chế xuất Hà Nội',
             partner='Trung tâm Tư vấn pháp luật Công đoàn Thành phố', prov='Hà Nội', venue='Thiết chế công đoàn KCN Thăng Long, xã Đông Anh',
             fmt='Tập trung (trực tiếp)', start='09/01/2027 08:00', end='16/01/2027 11:30', deadline='05/01/2027', days='2', seats='50 người',
             status='Mở đăng ký', note='Học sáng thứ Bảy 09/01 và 16/01/2027.', remind='3 ngày; 2 giờ'),
        # deadline = start day
        dict(code='QN-2026-SAT', title='Huấn luyện ATVSLĐ cho an toàn vệ sinh viên hầm lò (khóa bổ sung)', topic='An toàn, vệ sinh lao động',
             aud='An toàn vệ sinh viên', org='CĐ Công ty Than Hà Lầm - TKV', partner='Tập đoàn TKV', prov='Quảng Ninh',
             venue='Hội trường Công ty Than Hà Lầm, phường Hồng Gai', fmt='', start='07/12/2026 13:30', end='08/12/2026 17:00',
             deadline='07/12/2026 13:30', days='2', seats='60', status='Mở đăng ký', note='Nhận đăng ký đến giờ khai giảng.', remind=''),
        # a period that already ended without ever getting a date
        dict(code='CB2026-DK10', title='Tập huấn công tác nữ công cho CĐCS trường học vùng cao', topic='Nữ công',
             aud='Chủ nhiệm, ủy viên ban nữ công CĐCS', org='Công đoàn ngành Giáo dục tỉnh Cao Bằng', partner='', prov='Cao Bằng',
             venue='Nhà văn hóa xã Hà Quảng', fmt='', start='Tháng 10/2026', end='', deadline='', days='', seats='40', status='Dự kiến',
             note='Chưa bố trí được kinh phí.', remind=''),
        # bilingual class by a commune union on the border
        dict(code='TQ-2027-MONG', title='Lớp song ngữ Việt - Mông: nghiệp vụ công đoàn cho tổ trưởng công đoàn HTX', topic='Nghiệp vụ công tác công đoàn',
             aud='Tổ trưởng công đoàn; Chủ tịch CĐCS hợp tác xã', org='Công đoàn xã Đồng Văn', partner='Đồn Biên phòng Lũng Cú', prov='Tuyên Quang',
             venue='Hội trường UBND xã Lũng Cú (Hà Giang cũ)', fmt='', start='12/01/2027', end='13/01/2027', deadline='06/01/2027', days='2',
             seats='35', status='Mở đăng ký', note='Giảng bằng tiếng Việt và tiếng Mông.', remind=''),
        # 2026-11 period: still upcoming until 30/11
        dict(code='SL-2026-T11', title='Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp nông nghiệp', topic='Thương lượng tập thể',
             aud='Chủ tịch CĐCS doanh nghiệp', org='LĐLĐ tỉnh Sơn La', partner='', prov='Sơn La', venue='Hội trường UBND phường Mộc Châu',
             fmt='', start='cuối tháng 11/2026', end='', deadline='', days='', seats='50', status='Dự kiến', note='', remind=''),
    ]
    for a in add:
        a['key'] = 'special'
        a['startd'] = None
        rows.append(a)
    return rows


HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Tỉnh/Thành phố',
        'Địa điểm tổ chức', 'Hình thức', 'Từ ngày', 'Đến ngày', 'Hạn đăng ký (dd/mm/yyyy)', 'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú', 'Lịch nhắc']
FIELDS = ['code', 'title', 'topic', 'aud', 'org', 'partner', 'prov', 'venue', 'fmt', 'start', 'end', 'deadline', 'days', 'seats', 'status', 'note', 'remind']


def write_courses(rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(HEAD)
    for i, r in enumerate(rows, 1):
        w.writerow([i] + [r[f] for f in FIELDS])
    open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='').write(buf.getvalue())


# ---------------------------------------------------------------- targets
def targets():
    T_ = []

    def add(code, org, year, content, aud, target, unit, done='', asof='', note=''):
        T_.append([code, org, year, content, aud, target, unit, done, asof, note])
    data = [  # province, 2026 (target, done), 2025 (target, done), 2027 target
        ('Tuyên Quang', 'TQ', (2350, 1986), (2100, 2215), 2600),
        ('Lào Cai', 'LC', (2800, 2410), (2500, 2630), 3000),
        ('Thái Nguyên', 'TN', (3200, 2875), (3000, 3118), 3400),
        ('Phú Thọ', 'PT', (4100, 3560), (2900, 2780), 4300),
        ('Bắc Ninh', 'BN', (5200, 4870), (3600, 3740), 5500),
        ('Cao Bằng', 'CB', (1200, 1045), (1100, 1132), 1250),
        ('Lạng Sơn', 'LS', (1650, 1480), (1500, 1575), 1700),
        ('Điện Biên', 'DB', (980, 812), (900, 873), 1000),
        ('Lai Châu', 'LCH', (760, 705), (700, 726), 800),
        ('Sơn La', 'SL', (1500, 1288), (1400, 1391), 1600),
        ('Quảng Ninh', 'QN', (3600, 3372), (3500, 3610), 3800),
        ('Hà Nội', 'HN', (9500, 8240), (9000, 9315), 9800),
        ('Hải Phòng', 'HP', (5800, 5120), (4200, 4390), 6000),
        ('Hưng Yên', 'HY', (3900, 3410), (2600, 2550), 4000),
        ('Ninh Bình', 'NB', (4600, 3925), (2300, 2412), 4800),
    ]
    ldld = {p: P[p]['ldld'] for p in P}
    alt = {'Lào Cai': 'LĐLĐ tỉnh Lào Cai', 'Hà Nội': 'Liên đoàn Lao động thành phố Hà Nội', 'Lạng Sơn': 'Liên đoàn Lao động tỉnh Lạng Sơn'}

    def fmt(n):
        return '{:,}'.format(n).replace(',', '.')
    for prov, ab, (t26, d26), (t25, d25), t27 in data:
        org = alt.get(prov, ldld[prov])
        add('CT-%s-2026-CBCD' % ab, org, '2026', 'Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở', '', fmt(t26), 'lượt học viên', fmt(d26), '31/10/2026')
        add('CT-%s-2025-CBCD' % ab, org, '2025', 'Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở', '', fmt(t25), 'lượt học viên', fmt(d25), '31/12/2025',
            'Vượt kế hoạch' if d25 > t25 else '')
        if prov in ('Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Cao Bằng', 'Sơn La', 'Bắc Ninh', 'Lạng Sơn', 'Phú Thọ'):
            n = {'Tuyên Quang': (420, 371), 'Lào Cai': (510, 468), 'Điện Biên': (260, 255), 'Lai Châu': (230, 198),
                 'Cao Bằng': (310, 262), 'Sơn La': (380, 301), 'Bắc Ninh': (900, 917), 'Lạng Sơn': (450, 402), 'Phú Thọ': (760, 684)}[prov]
            add('CT-%s-2026-CT' % ab, org, '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', fmt(n[0]), 'người', fmt(n[1]), '31/10/2026')
        if prov in ('Hà Nội', 'Quảng Ninh', 'Hải Phòng', 'Thái Nguyên', 'Hưng Yên'):
            n = {'Hà Nội': (42, 37), 'Quảng Ninh': (24, 22), 'Hải Phòng': (30, 26), 'Thái Nguyên': (20, 17), 'Hưng Yên': (18, 14)}[prov]
            add('CT-%s-2026-LOP' % ab, org, '2026', 'Số lớp tập huấn do LĐLĐ mở', '', str(n[0]), 'lớp', str(n[1]), '31/10/2026')
        if prov in ('Điện Biên', 'Lai Châu', 'Lào Cai', 'Tuyên Quang', 'Cao Bằng'):
            p = {'Điện Biên': ('85', '78,5'), 'Lai Châu': ('80', '81,2'), 'Lào Cai': ('75', '69,4'), 'Tuyên Quang': ('90', '83,6'), 'Cao Bằng': ('80', '72,5')}[prov]
            add('CT-%s-2026-DTTS' % ab, org, '2026', 'Tỷ lệ cán bộ CĐCS người dân tộc thiểu số được tập huấn', '', p[0] + '%', '%', p[1] + '%', '31/10/2026')
        if prov in ('Bắc Ninh', 'Hải Phòng', 'Hà Nội', 'Quảng Ninh', 'Lạng Sơn', 'Ninh Bình'):
            add('CT-%s-2027-CBCD' % ab, org, '2027', 'Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở', '', fmt(t27), 'lượt học viên', '', '', 'Kế hoạch năm 2027')
    # sector, industrial-zone and rubber unions
    add('CT-KCNBN-2026-ATVSLD', 'Công đoàn các KCN tỉnh Bắc Ninh', '2026', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên', '', '2.400', 'người', '2.155', '31/10/2026')
    add('CT-KCNBN-2026-CBCD', 'Công đoàn các KCN tỉnh Bắc Ninh', '2026', 'Tập huấn cán bộ CĐCS doanh nghiệp FDI', 'Ủy viên BCH công đoàn', '1.350', 'người', '1.212', '31/10/2026')
    add('CT-KCNBN-2025-ATVSLD', 'Công đoàn các KCN tỉnh Bắc Ninh', '2025', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên', '', '2.000', 'người', '2.046', '31/12/2025')
    add('CT-KCNTN-2026-CBCD', 'Công đoàn các KCN tỉnh Thái Nguyên', '2026', 'Tập huấn cán bộ CĐCS doanh nghiệp FDI', '', '1.100', 'người', '964', '31/10/2026')
    add('CT-KCNTN-2025-CBCD', 'Công đoàn các KCN tỉnh Thái Nguyên', '2025', 'Tập huấn cán bộ CĐCS doanh nghiệp FDI', '', '1.000', 'người', '1.027', '31/12/2025')
    add('CT-GDTQ-2026-CT', 'Công đoàn ngành Giáo dục tỉnh Tuyên Quang', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '640', 'người', '588', '31/10/2026')
    add('CT-GDTQ-2025-CT', 'Công đoàn ngành Giáo dục tỉnh Tuyên Quang', '2025', 'Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '600', 'người', '574', '31/12/2025')
    add('CT-GDLC-2026-CBCD', 'Công đoàn ngành Giáo dục tỉnh Lào Cai', '2026', 'Tập huấn cán bộ công đoàn trường học', '', '720', 'người', '655', '31/10/2026')
    add('CT-TKV-2023-2028', 'Công đoàn Than - Khoáng sản Việt Nam', '2023-2028', 'Đào tạo, bồi dưỡng cán bộ công đoàn các cấp', '', '12.000', 'lượt học viên', '7.860', '30/09/2026', 'Chỉ tiêu nhiệm kỳ')
    add('CT-TKV-ATVSV', 'Công đoàn Than - Khoáng sản Việt Nam', '2023–2028', 'Huấn luyện an toàn vệ sinh viên', '', '100%', '%', '64,5%', '30/09/2026', 'Chỉ tiêu nhiệm kỳ')
    add('CT-CSDB-2026', 'CĐCS Công ty CP Cao su Điện Biên', '2026', 'Tập huấn tổ trưởng công đoàn nông trường', 'Tổ trưởng công đoàn', '45', 'người', '38', '31/10/2026', 'Đối tượng: Tổ trưởng công đoàn')
    add('CT-CSLC-2026', 'CĐCS Công ty CP Cao su Lai Châu', '2026', 'Huấn luyện ATVSLĐ cho công nhân khai thác mủ', '', '320', 'người', '296', '31/10/2026')
    add('CT-GDHN-2026-CT', 'Công đoàn ngành Giáo dục Hà Nội', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '2.700', 'người', '2.318', '31/10/2026')
    add('CT-KCNHN-2026', 'Công đoàn các KCN và chế xuất Hà Nội', '2026', 'Tập huấn pháp luật lao động cho công nhân', '', '6.500', 'người', '5.940', '31/10/2026')
    add('CT-LCH-2026-2030', 'LĐLĐ tỉnh Lai Châu', '2026-2030', 'Cán bộ CĐ chuyên trách được bồi dưỡng lý luận chính trị trung cấp trở lên', 'Cán bộ công đoàn chuyên trách', '100%', '%', '46%', '31/10/2026')
    head = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=',', lineterminator='\r\n')
    w.writerow(head)
    for r in T_:
        w.writerow(r)
    open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8', newline='').write(buf.getvalue())
    return T_


if __name__ == '__main__':
    cl = build_classes()
    rows = finalize(cl)
    rows = specials(rows)
    write_courses(rows)
    ts = targets()
    print(len(rows), 'classes', len(ts), 'targets')
