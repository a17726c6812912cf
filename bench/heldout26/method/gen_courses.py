# Builds the class list and writes courses.csv / targets.csv the way an office exports its Excel plan.
import random, datetime as dt, json, os
from common import fold, PROV, AREAS, area_of
from data import ORGS, PROV_WEIGHT, TOPICS, TOPIC_W, AUD_CELL

OUT = os.path.join(os.path.dirname(__file__), '..')
D = dt.date
TODAY = D(2026, 11, 23)
WD_LONG = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WD_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]

def weekday_after(d, rng):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d

def rand_date(rng, a, b):
    d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
    return weekday_after(d, rng)

PERIODS = [  # (cell, first day, last day)
 ('Tháng 1/2027', D(2027, 1, 1), D(2027, 1, 31)), ('Quý I/2027', D(2027, 1, 1), D(2027, 3, 31)),
 ('T3/2027', D(2027, 3, 1), D(2027, 3, 31)), ('tháng 4 năm 2027', D(2027, 4, 1), D(2027, 4, 30)),
 ('Quý II/2027', D(2027, 4, 1), D(2027, 6, 30)), ('Tháng 2/2027', D(2027, 2, 1), D(2027, 2, 28)),
 ('Q2/2027', D(2027, 4, 1), D(2027, 6, 30)), ('6 tháng đầu năm 2027', D(2027, 1, 1), D(2027, 6, 30)),
]

NOTES = ['Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Cấp giấy chứng nhận sau khóa học.',
         'Đăng ký qua Zalo Ban Tổ chức.', 'Ưu tiên cán bộ chưa qua tập huấn.', 'Có hỗ trợ tiền ăn trưa.',
         'Kinh phí do công đoàn cấp trên bảo đảm.', '', '', '', '', 'Mỗi CĐCS cử 02 người.', 'Tài liệu phát tại lớp.']
ONLINE_NOTES = ['Link Zoom gửi qua Zalo nhóm.', 'Học viên dùng máy tính hoặc điện thoại có camera.', '']


def build_classes(seed=26):
    rng = random.Random(seed)
    classes = []
    for pk in PROV:
        n = PROV_WEIGHT[pk]
        orgs = ORGS[pk]
        seq = {2026: 0, 2027: 0}
        i = 0
        pending_batch = None
        while i < n:
            if pending_batch:
                base = pending_batch
                pending_batch = None
                org, venue, topic, title0, aud = base['org'], base['venue'], base['topic'], base['title0'], base['aud']
                batch_no = base['batch'] + 1
                prev_start = base['start']
            else:
                org_t = wchoice(rng, orgs, [o[2] for o in orgs])
                org = org_t[0]
                venue = rng.choice(org_t[1])
                topic = wchoice(rng, list(TOPIC_W), list(TOPIC_W.values()))
                title0 = rng.choice(TOPICS[topic][1])
                aud = tuple(rng.choice(TOPICS[topic][2]))
                batch_no = 0
                prev_start = None
                if rng.random() < 0.16 and n - i >= 2:
                    batch_no = 1
            c = {'prov': pk, 'org': org, 'topic': topic, 'aud': aud, 'title0': title0, 'batch': batch_no}
            # format
            r = rng.random()
            if r < 0.14:
                c['fmt'] = 'online'
                c['venue'] = (rng.choice(['Trực tuyến qua Zoom', 'Trực tuyến (Google Meet)', 'Trực tuyến - MS Teams']), 'trực tuyến')
            elif r < 0.19:
                c['fmt'] = 'kethop'
                c['venue'] = venue
            else:
                c['fmt'] = 'tt'
                c['venue'] = venue
            # schedule / status
            if prev_start is not None:
                kind = 'up' if prev_start >= TODAY else rng.choice(['up', 'up', 'past'])
                if kind == 'past':
                    s = rand_date(rng, prev_start + dt.timedelta(days=20), prev_start + dt.timedelta(days=60))
                    if s >= D(2026, 11, 18):
                        kind = 'up'
                if kind == 'up':
                    lo = max(prev_start + dt.timedelta(days=21), D(2026, 11, 25))
                    s = rand_date(rng, lo, lo + dt.timedelta(days=75))
                    if s > D(2027, 6, 30):
                        s = rand_date(rng, lo, lo + dt.timedelta(days=10))
            else:
                kind = wchoice(rng, ['past', 'up', 'plan', 'cancel', 'hoan'], [27, 57, 8, 5, 3])
                if batch_no == 1 and kind in ('plan', 'cancel', 'hoan'):
                    kind = 'up'
                if kind == 'past':
                    s = rand_date(rng, D(2026, 1, 12), D(2026, 11, 13))
                elif kind in ('up', 'cancel'):
                    if rng.random() < 0.5:
                        s = rand_date(rng, D(2026, 11, 25), D(2027, 1, 29))
                    else:
                        s = rand_date(rng, D(2027, 2, 1), D(2027, 6, 25))
                elif kind == 'hoan':
                    s = rand_date(rng, D(2026, 11, 26), D(2026, 12, 18))
                else:
                    s = None
            c['kind'] = kind
            days = rng.choice([1, 1, 2, 2, 2, 3, 3, 4]) if topic != 'll' else rng.choice([5, 7])
            c['days'] = days
            if kind == 'plan':
                per = rng.choice(PERIODS)
                c['period'] = per
                c['start'] = None
                c['end'] = None
            else:
                c['start'] = s
                e = s
                k = days - 1
                while k > 0:
                    e += dt.timedelta(days=1)
                    if e.weekday() < 5:
                        k -= 1
                c['end'] = e
                c['period'] = None
            # deadline
            c['deadline'] = None
            if s and rng.random() < 0.88:
                dl = s - dt.timedelta(days=rng.randrange(3, 11))
                if kind in ('up', 'cancel', 'hoan') and dl <= TODAY:
                    dl = s - dt.timedelta(days=1)
                    if dl <= TODAY:
                        dl = s
                c['deadline'] = dl
            if kind == 'hoan':
                c['newdate'] = rand_date(rng, D(2027, 1, 5), D(2027, 3, 20))
            c['seats'] = rng.choice([30, 40, 50, 60, 80, 100, 120, 150])
            # title
            t = title0
            if batch_no:
                t = t + rng.choice([' (Đợt %d)', ' - Đợt %d', ', lớp %d']) % batch_no if not t.endswith(')') else t
                c['batchfmt'] = t
            elif rng.random() < 0.12:
                t = t + ' năm ' + str((s or c['period'][1]).year)
            c['title'] = t
            year = (s or c['period'][1]).year
            seq[year] += 1
            c['code'] = '%s%s-%03d' % (pk, str(year)[2:], seq[year])
            classes.append(c)
            i += 1
            if batch_no == 1 or (batch_no == 2 and rng.random() < 0.3 and i < n):
                if i < n:
                    pending_batch = dict(c, venue=venue)
        # keep batch titles consistent: all batches of one series share the suffix format
    fix_batches(classes)
    return classes


def fix_batches(classes):
    import re
    series = {}
    for c in classes:
        if c['batch']:
            series.setdefault((c['org'], c['title0']), []).append(c)
    for key, lst in series.items():
        fmt = None
        for c in lst:
            m = re.search(r'( \(Đợt %d\)| - Đợt %d|, lớp %d)$' % ((c['batch'],) * 3), c['title'])
            if fmt is None and m:
                fmt = m.group(1).replace(str(c['batch']), '%d')
        for c in lst:
            c['title'] = c['title0'] + (fmt or ' (Đợt %d)') % c['batch']


def fmt_d(d, rng, style=None):
    style = style or rng.choice(['dd', 'dd', 'dd', 'd', 'iso', 'wd', 'wds', 'h', 'sang', 'pm'])
    if style == 'dd':
        return d.strftime('%d/%m/%Y')
    if style == 'd':
        return '%d/%d/%d' % (d.day, d.month, d.year)
    if style == 'iso':
        return d.isoformat()
    if style == 'wd':
        return '%s, %s' % (WD_LONG[d.weekday()], d.strftime('%d/%m/%Y'))
    if style == 'wds':
        return '%s %s' % (WD_SHORT[d.weekday()], d.strftime('%d/%m/%Y'))
    if style == 'h':
        return '8h00 ngày %d/%d/%d' % (d.day, d.month, d.year)
    if style == 'sang':
        return 'Sáng %s' % d.strftime('%d/%m/%Y')
    if style == 'pm':
        return d.strftime('%d/%m/%Y') + ' 13:30'


def _seats(n, rng):
    f = rng.choice(['p', 'p', 'p', 'nguoi', 'khoang', 'range', 'lop2', 'perlop'])
    return {'p': str(n), 'nguoi': '%d người' % n, 'khoang': 'khoảng %d học viên' % n, 'range': '%d-%d' % (n - 10, n),
            'lop2': '%d (2 lớp)' % n, 'perlop': '%d/lớp' % n}[f]


def write_courses(classes, seed=261):
    rng = random.Random(seed)
    cols = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Tỉnh/Thành phố',
            'Địa điểm tổ chức', 'Trực tiếp', 'Trực tuyến', 'Ngày bắt đầu', 'Ngày kết thúc', 'Thời gian (số ngày)',
            'Hạn đăng ký', 'Số lượng', 'Trạng thái', 'Ghi chú']
    nc = len(cols)
    rows = []
    pad = lambda lst: lst + [''] * (nc - len(lst))
    rows.append(pad(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']))
    rows.append(pad(['BAN TỔ CHỨC', '', '', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc']))
    rows.append(pad(['Số: 412/KH-BTC']))
    rows.append(pad([]))
    rows.append(pad(['', '', 'KẾ HOẠCH']))
    rows.append(pad(['', '', 'Đào tạo, bồi dưỡng cán bộ công đoàn khu vực Nam Trung Bộ, Tây Nguyên và Đông Nam Bộ']))
    rows.append(pad(['', '', '(Tổng hợp kế hoạch của các LĐLĐ tỉnh, thành phố và công đoàn ngành, KCN, doanh nghiệp; năm 2026 và 6 tháng đầu năm 2027)']))
    rows.append(pad([]))
    rows.append(cols)
    rows.append(['(%d)' % (i + 1) for i in range(nc)])
    for si, pk in enumerate(PROV):
        pname = PROV[pk][0]
        formers = [a for a, (p, _) in AREAS.items() if p == pk]
        sec = pname.upper() if pk != 'HCM' else 'THÀNH PHỐ HỒ CHÍ MINH'
        if formers:
            sec += ' (gồm địa bàn ' + ', '.join(formers) + ' cũ)'
        rows.append(pad([ROMAN[si], '', sec]))
        lst = [c for c in classes if c['prov'] == pk]
        lst.sort(key=lambda c: (c['start'] or c['period'][1] + dt.timedelta(days=400), c['code']))
        for n, c in enumerate(lst, 1):
            topic_cell = rng.choice(TOPICS[c['topic']][0])
            aud_cell = rng.choice(AUD_CELL[c['aud']])
            org_cell = c['org']
            prov_cell = rng.choice(PROV[pk][1])
            if org_cell.startswith('LĐLĐ') and rng.random() < 0.25:
                prov_cell = ''
            if org_cell.startswith('LĐLĐ') and rng.random() < 0.3:
                org_cell = org_cell.replace('LĐLĐ', 'Liên đoàn Lao động')
            c['org_cell'] = org_cell
            tt = 'x' if c['fmt'] in ('tt', 'kethop') else ''
            tr = rng.choice(['x', 'X', 'x']) if c['fmt'] in ('online', 'kethop') else ''
            if c['fmt'] == 'tt' and rng.random() < 0.35:
                tt = ''  # unmarked = tập trung
            # dates
            if c['period']:
                start_cell, end_cell = c['period'][0], ''
            else:
                s, e = c['start'], c['end']
                r = rng.random()
                if c['days'] > 1 and s.month == e.month and r < 0.2:
                    start_cell = '%d-%d/%d/%d' % (s.day, e.day, s.month, s.year)
                    end_cell = ''
                elif c['days'] > 1 and s.year == e.year and r < 0.3:
                    start_cell = '%02d/%02d - %02d/%02d/%d' % (s.day, s.month, e.day, e.month, e.year)
                    end_cell = ''
                else:
                    start_cell = fmt_d(s, rng)
                    end_cell = rng.choice([e.strftime('%d/%m/%Y'), e.strftime('%d/%m/%Y'), e.strftime('%d/%m/%Y') + ' 16:30'])
            days_cell = rng.choice(['%02d ngày', '%d ngày', '%d']) % c['days'] if rng.random() < 0.8 else ''
            dl_cell = ''
            if c['deadline']:
                dl_cell = fmt_d(c['deadline'], rng, rng.choice(['dd', 'dd', 'd', 'wd']))
            kind = c['kind']
            status = {'past': rng.choice(['Đã kết thúc', 'Đã kết thúc', 'Kết thúc'.replace('Kết thúc', 'Đã kết thúc')]),
                      'up': rng.choice(['Mở đăng ký', 'Mở đăng ký', 'Mở đăng ký', '']),
                      'plan': rng.choice(['', 'Dự kiến']),
                      'cancel': 'Đã hủy', 'hoan': rng.choice(['Tạm hoãn', 'Hoãn', 'Đã hoãn'])}[kind]
            note = rng.choice(ONLINE_NOTES if c['fmt'] == 'online' else NOTES)
            if kind == 'cancel':
                note = rng.choice(['Hủy do không đủ học viên đăng ký.', 'Hủy, gộp vào lớp của LĐLĐ tỉnh.', 'Đơn vị xin hủy lớp.'])
            if kind == 'hoan':
                nd = c['newdate']
                note = rng.choice(['Hoãn sang %s do trùng lịch Đại hội.', 'Lùi lịch đến %s.', 'Lịch mới: %s (Ban Tổ chức báo lại).']) % nd.strftime('%d/%m/%Y')
            if kind == 'plan':
                note = rng.choice(['Thời gian cụ thể sẽ thông báo sau.', 'Chờ phân bổ kinh phí.', ''])
            rows.append([str(n), c['code'], c['title'], topic_cell, aud_cell, org_cell, prov_cell, c['venue'][0], tt, tr,
                         start_cell, end_cell, days_cell, dl_cell, _seats(c['seats'], rng), status, note])
    rows.append(pad([]))
    rows.append(pad(['', '', 'Nơi nhận:', '', '', '', '', '', '', '', 'TL. ĐOÀN CHỦ TỊCH']))
    rows.append(pad(['', '', '- Các LĐLĐ tỉnh, thành phố;', '', '', '', '', '', '', '', 'TRƯỞNG BAN TỔ CHỨC']))
    rows.append(pad(['', '', '- Lưu: VT, Ban TC.', '', '', '', '', '', '', '', '(đã ký)']))
    import csv
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
        for r in rows:
            w.writerow(r)


def vn(n):
    if isinstance(n, float):
        s = ('%.1f' % n).replace('.', ',')
        return s[:-2] if s.endswith(',0') else s
    return '{:,}'.format(n).replace(',', '.')


def build_targets(seed=2626):
    rng = random.Random(seed)
    units = [(pk, PROV[pk][2], 'big') for pk in PROV] + [
        ('GL', 'Công đoàn Viên chức tỉnh Gia Lai', 'small'), ('DL', 'Công đoàn Giáo dục tỉnh Đắk Lắk', 'small'),
        ('DN', 'Công đoàn các KCN tỉnh Đồng Nai', 'kcn'), ('HCM', 'Công đoàn KCN VSIP', 'kcn'),
        ('HCM', 'Công đoàn KCN Sóng Thần', 'kcn'), ('QN', 'Công đoàn KKT Dung Quất', 'kcn'),
        ('KH', 'Công đoàn ngành Y tế tỉnh Khánh Hòa', 'small'), ('TN', 'Công đoàn các KCN tỉnh Tây Ninh', 'kcn'),
        ('GL', 'Công đoàn phường Quy Nhơn', 'ward')]
    tg = []
    abbr = {'GL': 'GL', 'DL': 'DL', 'LD': 'LD', 'KH': 'KH', 'QN': 'QNG', 'DN': 'DNA', 'HCM': 'HCM', 'TN': 'TNI', 'CT': 'CT', 'AG': 'AG', 'DT': 'DT'}
    for ui, (pk, unit, typ) in enumerate(units):
        sfx = abbr[pk] + ('' if typ == 'big' else '-' + str(ui))
        def add(year, key, content, aud, target, unitm, done, asof, note=''):
            tg.append({'code': 'CT%d-%s-%s' % (year, sfx, key), 'unit': unit, 'prov': pk, 'year': year, 'content': content,
                       'aud': aud, 'target': target, 'um': unitm, 'done': done, 'asof': asof, 'note': note, 'typ': typ})
        if typ == 'big':
            t = rng.randrange(8, 40) * 100
            add(2026, 'CT', 'Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS', 'Chủ tịch CĐCS', t, 'học viên', int(t * rng.uniform(0.55, 0.9)), '31/10/2026')
            t2 = rng.randrange(30, 150) * 100
            add(2026, 'AT', 'Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', t2, 'lượt người', int(t2 * rng.uniform(0.6, 1.05)), '31/10/2026')
            t3 = rng.randrange(30, 90)
            add(2026, 'LOP', 'Số lớp tập huấn cán bộ công đoàn', '', t3, 'lớp', int(t3 * rng.uniform(0.6, 0.95)), '31/10/2026')
            t4 = rng.randrange(10, 50) * 100
            d4 = int(t4 * rng.uniform(0.92, 1.12))
            add(2025, 'BCH', 'Tập huấn ủy viên BCH công đoàn cơ sở', 'Ủy viên BCH công đoàn', t4, 'học viên', d4, '31/12/2025',
                'Vượt kế hoạch' if d4 >= t4 else 'Chưa đạt')
            t5 = rng.randrange(10, 45) * 100
            add(2027, 'CT', 'Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS', 'Chủ tịch CĐCS', t5, 'học viên', None, '', 'Kế hoạch năm 2027')
        else:
            t = rng.randrange(12, 90) * 10
            content = {'kcn': 'Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp', 'small': 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS',
                       'ward': 'Tập huấn nghiệp vụ cho chủ tịch CĐCS trực thuộc'}[typ]
            add(2026, 'TL' if typ == 'kcn' else 'NV', content, 'Chủ tịch CĐCS' if typ != 'small' else 'Ủy viên BCH công đoàn', t, 'học viên',
                int(t * rng.uniform(0.5, 0.95)), '31/10/2026')
            t2 = rng.randrange(40, 97)
            add(2026, 'TYLE', 'Tỷ lệ CĐCS có cán bộ nữ công được tập huấn', '', t2, '%', rng.randrange(30, t2), '31/10/2026')
            t3 = rng.randrange(8, 60) * 10
            d3 = int(t3 * rng.uniform(0.85, 1.1))
            add(2025, 'NV', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS', 'Ủy viên BCH công đoàn', t3, 'học viên', d3, '31/12/2025',
                'Vượt kế hoạch' if d3 >= t3 else '')
    return tg


def write_targets(tg):
    import csv
    cols = ['STT', 'Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
    nc = len(cols)
    pad = lambda lst: lst + [''] * (nc - len(lst))
    rows = [pad(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM']), pad(['BAN TỔ CHỨC']), pad([]),
            pad(['', '', 'BẢNG TỔNG HỢP CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN']),
            pad(['', '', '(Số liệu các đơn vị báo cáo; cập nhật đến 31/10/2026)']), pad([]), cols]
    n = 0
    cur = None
    si = 0
    for t in sorted(tg, key=lambda t: (list(PROV).index(t['prov']), t['typ'] != 'big', t['unit'], t['year'])):
        if t['prov'] != cur:
            cur = t['prov']
            rows.append(pad([ROMAN[si], '', PROV[cur][0].upper()]))
            si += 1
            n = 0
        n += 1
        rows.append([str(n), t['code'], t['unit'], str(t['year']), t['content'], t['aud'], vn(t['target']), t['um'],
                     vn(t['done']) if t['done'] is not None else '', t['asof'], t['note']])
    rows.append(pad([]))
    rows.append(pad(['', '', 'Người lập biểu', '', '', '', '', '', 'TRƯỞNG BAN TỔ CHỨC']))
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\r\n')
        for r in rows:
            w.writerow(r)
