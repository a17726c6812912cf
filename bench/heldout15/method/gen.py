# -*- coding: utf-8 -*-
"""Generator of set b15: courses.csv, targets.csv, questions.jsonl, dialogues.jsonl, method/criteria.json.
Run: cd out && python3 method/gen.py"""
import csv, json, os, random, re, sys, unicodedata
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, OUT)
from data import TOPICS, TOPIC_Q, VARIANTS, OFFICES, OTHER_ORGS
import validate as V
from texts import FACTS, OFFTOPIC, style_text

R = random.Random(1515)
NOW = V.NOW
fold = V.fold


def area_re(a):
    return 'br-vt' if a == 'Bà Rịa - Vũng Tàu' else fold(a)


def area_label(a):
    return 'BR-VT' if a == 'Bà Rịa - Vũng Tàu' else a


# ====================================================================== classes
PLACES = ['Hội trường UBND', 'Trung tâm chính trị', 'Nhà văn hóa công nhân', 'Hội trường Công đoàn', 'Hội trường Đảng ủy']


def venue_text(off, area, district, ward, style, kind_place=None):
    place = kind_place or R.choice(PLACES)
    if area:
        a = area_label(area)
        if style == 0:
            return f'{place} {ward} ({district}, {a} cũ)'
        if style == 1:
            return f'{place}, {ward} - {district} ({a} cũ)'
        return f'{place} {ward}, {district} - tỉnh {a} cũ'
    if style == 0:
        return f'{place} {ward} ({district} cũ)'
    if style == 1:
        return f'{place}, {ward} - {district}'
    return f'{place} {ward}, {district}'


def hall_text(off, style):
    h, ward, area, district = off['hall']
    if area:
        a = area_label(area)
        return [f'{h} ({ward}, {district} - {a} cũ)', f'{h}, {ward} ({district}, {a} cũ)', f'{h} - {ward}, {district} ({a} cũ)'][style]
    if fold(district) in fold(ward):
        return f'{h}, {ward}'
    return [f'{h}, {ward} ({district} cũ)', f'{h} ({ward}, {district})', f'{h} - {ward}, {district}'][style]


def fmt_start(style, d, days, hour=None):
    """exact-dated start (+ end text) in the office's habit"""
    e = d + timedelta(days=days - 1)
    if style == 'dmy':
        return d.strftime('%d/%m/%Y'), (e.strftime('%d/%m/%Y') if days > 1 else '')
    if style == 'dmytime':
        return d.strftime('%d/%m/%Y') + (' 07:30' if R.random() < .6 else ' 13:30'), e.strftime('%d/%m/%Y') + ' 16:30'
    if style == 'iso':
        return d.strftime('%Y-%m-%d'), (e.strftime('%Y-%m-%d') if days > 1 else '')
    if style == 'hngay':
        h = hour or R.choice(['7h30', '8h00', '13h30'])
        return f'{h} ngày {d.day:02d}/{d.month:02d}/{d.year}', (e.strftime('%d/%m/%Y') if days > 1 else '')
    if style == 'range':
        if days == 1:
            return f'{d.day}/{d.month}/{d.year}', ''
        if d.month == e.month:
            return f'{d.day}-{e.day}/{d.month}/{d.year}' + (f' ({days} ngày)' if R.random() < .4 else ''), ''
        return f'{d.day}/{d.month} - {e.day}/{e.month}/{e.year}', ''
    if style == 'tuden':
        if days == 1:
            return d.strftime('%d/%m/%Y'), ''
        return f'Từ {d.day:02d}/{d.month:02d} đến {e.day:02d}/{e.month:02d}/{e.year}', ''
    if style == 'range2':
        if days == 1:
            return d.strftime('%d/%m/%Y'), ''
        return f'{d.day:02d}/{d.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}', ''
    if style == 'month':
        return d.strftime('%d/%m/%Y'), (e.strftime('%d/%m/%Y') if days > 1 else '')
    raise ValueError(style)


ROM = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}


def fmt_period(style):
    """a planned period in 2027 (or Dec 2026)"""
    k = R.random()
    if style == 'month' or k < .45:
        y, m = R.choice([(2026, 12)] + [(2027, x) for x in range(1, 11)])
        f = R.choice(['Tháng {m}/{y}', 'T{m}/{y}', 'tháng {m} năm {y}', 'cuối tháng {m}/{y}'] if style == 'month' else ['Tháng {m}/{y}', 'tháng {m} năm {y}'])
        return f.format(m=m, y=y)
    if k < .8:
        q = R.randint(1, 4)
        return R.choice([f'Quý {ROM[q]}/2027', f'Q{q}/2027', f'Quý {q}/2027', f'quý {ROM[q]} năm 2027'])
    if k < .9:
        m = R.choice([3, 4, 5, 8, 9])
        return f'Tháng {m}-{m+1}/2027'
    return R.choice(['6 tháng đầu năm 2027', '6 tháng cuối năm 2027', 'Năm 2027'])


def rand_day(a, b):
    while True:
        d = a + timedelta(days=R.randint(0, (b - a).days))
        if d.weekday() < 6:
            return d


UP_A, UP_B = date(2026, 11, 24), date(2027, 12, 10)
PAST_A, PAST_B = date(2026, 2, 20), date(2026, 11, 20)

NOTES_UP = ['Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'CĐCS gửi danh sách qua Ban Tổ chức.', '',
            '', '', 'Hỗ trợ tiền ăn cho học viên.', 'Đăng ký qua Zalo nhóm cán bộ CĐCS.', 'Ưu tiên CĐCS mới thành lập.']
REASONS = ['do mưa bão', 'do trùng lịch Đại hội', 'theo chỉ đạo của Thường trực', 'để bố trí giảng viên', 'do sắp xếp lại đơn vị hành chính']


def build_classes():
    classes = []
    vkeys = list(VARIANTS)
    for P, off in OFFICES.items():
        n_target = off['n']
        slots = []  # (variant, batch, kind)
        vs = vkeys[:]
        R.shuffle(vs)
        big = n_target >= 20
        if big:
            groups = vs[:3]; rep = vs[3:5]; canc = vs[5]; singles = vs[6:]
            for i, v in enumerate(groups):
                pattern = [['past', 'up', 'period'], ['up', 'up'], ['up', 'up', 'up']][i % 3]
                for b, k in enumerate(pattern, 1):
                    slots.append((v, b, k))
            for v in rep:
                slots.append((v, None, 'past')); slots.append((v, None, 'up'))
            slots.append((canc, None, 'cancel')); slots.append((canc, None, 'up'))
        else:
            singles = vs
        i = 0
        while len(slots) < n_target:
            v = singles[i % len(singles)]; i += 1
            k = R.choices(['up', 'period', 'past'], [0.62, 0.18, 0.2])[0]
            slots.append((v, None, k))
        other = OTHER_ORGS.get(P)
        n = {}
        areas = [None] + list(off['areas'])
        for idx, (v, b, k) in enumerate(slots):
            V_ = VARIANTS[v]
            c = dict(prov_key=P, variant=v, topic=V_['topic'], batch=b, kind=k)
            c['org'] = off['org']
            if other and idx % 9 == 4:
                c['org'] = other[0]
            # place
            online = R.random() < 0.10 and k != 'past'
            combined = (not online) and R.random() < 0.05
            c['online'] = online
            c['mode'] = 'Trực tuyến' if online else ('Kết hợp (trực tiếp và trực tuyến)' if combined else R.choice(['Tập trung (trực tiếp)', '', 'Tập trung']))
            if online:
                c['area'] = c['district'] = c['ward'] = None
                c['venue'] = R.choice(['Trực tuyến qua Zoom, điểm cầu tại các CĐCS', 'Học trực tuyến trên nền tảng E-learning Công đoàn', 'Trực tuyến (Google Meet), link gửi qua Zalo'])
            elif combined or R.random() < 0.3:
                h = off['hall']
                c['area'], c['district'], c['ward'] = h[2], h[3], h[1]
                c['venue'] = hall_text(off, off['astyle']) + (' và trực tuyến' if combined else '')
            else:
                a = R.choice(areas) if b is None else areas[(b + idx) % len(areas)]
                locs = off['areas'][a] if a else off['main']
                dist, ward = R.choice(locs)
                c['area'], c['district'], c['ward'] = a, dist, ward
                c['venue'] = venue_text(off, a, dist, ward, off['astyle'])
            # time
            days = R.choice(V_['days'])
            c['days'] = days
            if k in ('up', 'cancel') or (k == 'period' and off['date'] == 'dmy' and R.random() < .0):
                d = rand_day(UP_A, UP_B)
                if b and b > 1:
                    d = rand_day(date(2027, 1, 5) if b == 2 else date(2027, 4, 5), date(2027, 3, 31) if b == 2 else date(2027, 11, 30))
                elif b == 1:
                    d = rand_day(UP_A, date(2027, 1, 4))
                if off['date'] == 'month' and R.random() < .5 and k == 'up':
                    k = 'period'; c['kind'] = 'period'
                    c['start'] = R.choice(['Tháng {m}/{y}', 'T{m}/{y}', 'cuối tháng {m}/{y}']).format(m=d.month, y=d.year)
                    c['end'] = ''
                else:
                    c['start'], c['end'] = fmt_start(off['date'], d, days)
                c['d'] = d
            elif k == 'past':
                d = rand_day(PAST_A, PAST_B)
                if b == 1:
                    d = rand_day(date(2026, 6, 1), PAST_B)
                c['start'], c['end'] = fmt_start(off['date'] if off['date'] != 'month' else 'dmy', d, days)
                c['d'] = d
            else:  # period
                c['start'] = fmt_period(off['date']) if not b else R.choice(['Quý III/2027', 'Q4/2027', 'Tháng 9/2027', 'tháng 10 năm 2027', 'Quý IV/2027'])
                c['end'] = ''
                c['d'] = None
            # title
            t = V_['titles'][(idx + off['tstyle']) % 2] if not b else V_['titles'][off['tstyle'] % 2]
            if b:
                t = [f'{t} (đợt {b})', f'{t} - Đợt {b}', f'Đợt {b}: {t}'][off['tstyle']]
            elif k in ('past', 'up') and v in [s[0] for s in slots if s[2] == 'past'] and R.random() < 0.5:
                pass
            c['title'] = t
            c['topic_txt'] = TOPICS[V_['topic']][off['tstyle'] if off['tstyle'] < len(TOPICS[V_['topic']]) else 0]
            c['aud'] = V_['aud'][off['astyle']]
            c['partner'] = R.choice(['', '', 'Sở Nội vụ', 'Trường Đại học Tôn Đức Thắng', 'Sở Y tế', 'Ban Tổ chức Tổng LĐLĐ', 'Trung tâm Tư vấn pháp luật'])
            c['seats'] = R.choice(['{n}', '{n} người', 'khoảng {n} học viên', '{n}']).format(n=R.choice([30, 40, 45, 50, 60, 80, 100, 120]))
            # status, note, deadline
            note = R.choice(NOTES_UP)
            status = ''
            dl = ''
            if k == 'past':
                status = R.choice(['Đã kết thúc', 'Đã kết thúc', ''])
            elif k == 'cancel':
                status = R.choice(['Đã hủy', 'Đã huỷ'])
                note = R.choice(['Hủy, chuyển sang đợt sau', 'Hủy do không đủ học viên', 'Tạm dừng, sẽ tổ chức lại'])
            elif k == 'period':
                status = 'Dự kiến'
                note = R.choice(['Dự kiến, thời gian cụ thể thông báo sau', 'Chờ phê duyệt kinh phí', 'Dự kiến', note])
            else:
                status = R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký'])
                x = R.random()
                if x < 0.08:
                    old = c['d'] - timedelta(days=R.choice([7, 14, 21]))
                    note = f'Lùi lịch từ {old.strftime("%d/%m/%Y")} {R.choice(REASONS)}'
                elif x < 0.13:
                    note = 'Đã đủ chỉ tiêu, nhận thêm danh sách chờ'
                if R.random() < 0.6:
                    dd = c['d'] - timedelta(days=R.choice([3, 5, 7, 10]))
                    dl = dd.strftime('%Y-%m-%d') if off['date'] == 'iso' else dd.strftime('%d/%m/%Y')
            c['status'], c['note'], c['deadline'] = status, note, dl
            yy = (c['d'].year if c['d'] else V.parse_start(c['start'])['start'].year)
            n[yy] = n.get(yy, 0) + 1
            c['code'] = off['code'].format(yy=yy % 100, yyyy=yy, n=n[yy])
            c['days_txt'] = R.choice(['{d}', '{d} ngày', '0{d} ngày']).format(d=days)
            classes.append(c)
    # edge cases in Gia Lai: one class started this morning, one starts this afternoon
    for hour, code_n in (('7h30', 'GL.26.901'), ('14h00', 'GL.26.902')):
        c = dict(prov_key='Gia Lai', variant='blld' if hour == '7h30' else 'luat_cd', topic='phap_luat', batch=None,
                 kind='past' if hour == '7h30' else 'up', org='Liên đoàn Lao động tỉnh Gia Lai', online=False, mode='Tập trung (trực tiếp)',
                 area=None, district='Pleiku', ward='phường Pleiku', venue='Hội trường Công đoàn phường Pleiku (TP Pleiku cũ)', days=1,
                 start=f'{hour} ngày 23/11/2026', end='', d=date(2026, 11, 23), title=VARIANTS['blld' if hour == '7h30' else 'luat_cd']['titles'][0] + ' (khu vực Pleiku)',
                 topic_txt=TOPICS['phap_luat'][0], aud=VARIANTS['luat_cd']['aud'][2], partner='', seats='60', status='Mở đăng ký', note='', deadline='', code=code_n, days_txt='1')
        classes.append(c)
    return classes


HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
        'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Từ ngày', 'Đến ngày', 'Hạn đăng ký (dd/mm/yyyy)',
        'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú']


def write_courses(classes):
    ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        sec = 0
        last = None
        k = 0
        for c in classes:
            if c['prov_key'] != last:
                last = c['prov_key']
                w.writerow([ROMAN[sec], '', OFFICES[last]['org'].upper().replace('LĐLĐ', 'LIÊN ĐOÀN LAO ĐỘNG')] + [''] * (len(HEAD) - 3))
                sec += 1; k = 0
            k += 1
            off = OFFICES[c['prov_key']]
            w.writerow([k, c['code'], c['title'], c['topic_txt'], c['aud'], c['org'], c['partner'], off['prov'], c['venue'],
                        c['mode'], c['start'], c['end'], c['deadline'], c['days_txt'], c['seats'], c['status'], c['note']])
        w.writerow(['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', '', f'{len(classes)} lớp', '', ''])


# ====================================================================== targets
TUNITS = [
    ('LĐLĐ thành phố Đà Nẵng', 'Đà Nẵng', 'CT-DNG-{y}-{k}', ['LĐLĐ Đà Nẵng', 'Liên đoàn Lao động TP Đà Nẵng']),
    ('LĐLĐ tỉnh Quảng Ngãi', 'Quảng Ngãi', 'CTQNG_{y}_{k}', ['LĐLĐ Quảng Ngãi', 'LĐLĐ tỉnh Quảng Ngãi']),
    ('Liên đoàn Lao động tỉnh Gia Lai', 'Gia Lai', 'CT.GL.{y}.{k}', ['LĐLĐ Gia Lai', 'Liên đoàn Lao động tỉnh Gia Lai']),
    ('LĐLĐ tỉnh Đắk Lắk', 'Đắk Lắk', 'CTDLK-{y}-{k}', ['LĐLĐ Đắk Lắk', 'LĐLĐ tỉnh Đắk Lắk']),
    ('LĐLĐ tỉnh Khánh Hòa', 'Khánh Hòa', 'CT-KHH-{y}-{k}', ['LĐLĐ Khánh Hòa', 'Liên đoàn Lao động Khánh Hòa']),
    ('LĐLĐ tỉnh Lâm Đồng', 'Lâm Đồng', 'CTLD{y}_{k}', ['LĐLĐ Lâm Đồng', 'LĐLĐ tỉnh Lâm Đồng']),
    ('LĐLĐ tỉnh Đồng Nai', 'Đồng Nai', 'CT-DNAI-{y}-{k}', ['LĐLĐ Đồng Nai', 'Liên đoàn Lao động Đồng Nai']),
    ('LĐLĐ TP Hồ Chí Minh', 'TP Hồ Chí Minh', 'CT-HCM-{y}-{k}', ['LĐLĐ TP HCM', 'LĐLĐ Thành phố Hồ Chí Minh']),
    ('LĐLĐ tỉnh Tây Ninh', 'Tây Ninh', 'CT.TNI.{y}.{k}', ['LĐLĐ Tây Ninh', 'LĐLĐ tỉnh Tây Ninh']),
    ('LĐLĐ thành phố Cần Thơ', 'Cần Thơ', 'CT-CTHO-{y}-{k}', ['LĐLĐ Cần Thơ', 'LĐLĐ TP Cần Thơ']),
    ('LĐLĐ thành phố Huế', 'Huế', 'CT-HUE-{y}-{k}', ['LĐLĐ Huế', 'LĐLĐ thành phố Huế']),
    ('Công đoàn các KCN tỉnh Đồng Nai', 'Đồng Nai', 'CT-KCNDN-{y}-{k}', ['Công đoàn các KCN Đồng Nai', 'CĐ các khu công nghiệp Đồng Nai']),
    ('Công đoàn ngành Y tế tỉnh Khánh Hòa', 'Khánh Hòa', 'CT-YTKH-{y}-{k}', ['Công đoàn ngành Y tế Khánh Hòa', 'CĐ ngành Y tế Khánh Hòa']),
    ('Công đoàn Khu kinh tế tỉnh Quảng Ngãi', 'Quảng Ngãi', 'CT-KKTQN-{y}-{k}', ['Công đoàn Khu kinh tế Quảng Ngãi', 'CĐ KKT Quảng Ngãi']),
    ('Công đoàn các Khu chế xuất và công nghiệp TP HCM', 'TP Hồ Chí Minh', 'CT-HEPZA-{y}-{k}', ['Công đoàn các KCX-KCN TP HCM', 'Công đoàn Khu chế xuất và công nghiệp thành phố']),
]
TKINDS = {
    'CDCS': ('Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Chủ tịch CĐCS', 'học viên', ['bồi dưỡng cán bộ CĐCS', 'bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở']),
    'ATVSLD': ('Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', 'lượt người', ['huấn luyện ATVSLĐ', 'huấn luyện an toàn vệ sinh lao động']),
    'CT': ('Tỷ lệ cán bộ công đoàn chuyên trách được bồi dưỡng lý luận, nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '%', ['tỷ lệ cán bộ chuyên trách được bồi dưỡng', 'cán bộ chuyên trách được bồi dưỡng']),
    'LOP': ('Số lớp tập huấn do đơn vị tổ chức', '', 'lớp', ['số lớp tập huấn', 'số lớp']),
}


def build_targets():
    rows = []
    plan = []
    for i, u in enumerate(TUNITS):
        ks = list(TKINDS)
        R.shuffle(ks)
        years = ['2025', '2026', '2027'] if i < 10 else ['2025', '2026']
        for j, y in enumerate(years):
            plan.append((u, ks[j % len(ks)], y))
        if i % 3 == 0:
            plan.append((u, 'CT' if ks[0] != 'CT' else 'CDCS', '2023-2028'))
    for u, kind, y in plan:
        name, prov, codef, qn = u
        content, aud, uom, _ = TKINDS[kind]
        if uom == '%':
            val = R.choice([100, 95, 90]); done = None
        elif uom == 'lớp':
            val = R.choice([12, 18, 24, 30, 36]); done = None
        elif kind == 'ATVSLD':
            val = R.choice([2500, 3000, 4200, 5500, 6800]); done = None
        else:
            val = R.choice([850, 1200, 1500, 2400, 3600, 4500]); done = None
        asof = ''
        if y == '2025':
            done = round(val * R.uniform(0.88, 1.12)) if uom != '%' else R.choice([96.5, 100, 92.4, 88])
            if uom == '%' and done > val: done = val
            asof = '31/12/2025'
        elif y == '2026':
            done = round(val * R.uniform(0.55, 0.95)) if uom != '%' else R.choice([80, 85.5, 91, 76])
            asof = R.choice(['31/10/2026', '15/11/2026', '30/09/2026'])
        elif y == '2023-2028':
            done = R.choice([78, 82.5, 88, 71]) if uom == '%' else round(val * 0.7)
            asof = '30/06/2026'
        code = codef.format(y=y.replace('-', ''), k=kind)
        def out_num(x):
            if x is None: return ''
            if isinstance(x, float) and x != int(x):
                return ('%g' % x).replace('.', ',')
            x = int(x)
            return R.choice([str(x), V.fmt_vn(x)]) if x >= 1000 else str(x)
        ystr = y.replace('-', '–') if (y.count('-') and R.random() < .5) else y
        note = ''
        if done is not None and y == '2025':
            note = 'Vượt kế hoạch' if done >= val else 'Chưa đạt'
        if y == '2023-2028':
            note = 'Chỉ tiêu nhiệm kỳ Đại hội'
        rows.append(dict(code=code, unit=name, year=ystr, content=content, aud=aud, value=out_num(val), uom=uom,
                         done=out_num(done), asof=asof, note=note, _kind=kind, _y=y, _u=u, _val=val, _done=done))
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày (dd/mm/yyyy)', 'Ghi chú'])
        for r in rows:
            w.writerow([r['code'], r['unit'], r['year'], r['content'], r['aud'], r['value'], r['uom'], r['done'], r['asof'], r['note']])
    return rows


# ====================================================================== course questions
def crit_base(c, with_title=True):
    return {'province': V.prov_of(OFFICES[c['prov_key']]['prov'])}


def check_amb(rows, crit, hits):
    """reject criteria whose right answer is debatable"""
    base = {k: v for k, v in crit.items() if k not in ('month', 'soonest', 'former')}
    allm = [r for r in rows if V.match(r, base)]
    if 'month' in crit:
        y, m = crit['month']
        a = datetime(y, m, 1); b = V.month_end(y, m)
        for r in allm:
            st = r['_st']
            if st['kind'] == 'period' and st.get('month') is None and st['pstart'] <= b and st['pend'] >= a:
                return False
    if crit.get('soonest'):
        allm.sort(key=lambda r: r['_key'])
        if allm[0]['_st']['kind'] != 'exact':
            return False
        if any(r['_st']['kind'] == 'period' and r['_st']['pstart'] <= allm[0]['_key'] for r in allm):
            return False
        if len(allm) > 1 and allm[1]['_key'].date() == allm[0]['_key'].date():
            return False
    if 'venue' in crit:
        b2 = {k: v for k, v in base.items() if k != 'venue'}
        b2['online'] = True
        if any(V.match(r, b2) for r in rows):
            return False
    return True


def venue_word(c):
    w = re.sub(r'^(phường|xã|đặc khu) ', '', c['ward'])
    return w if not w[0].isdigit() else c['district'].replace('TP ', '')


def dmy(r):
    return r['_st']['start'].strftime('%d/%m/%Y')


def place_variants(c, level):
    off = OFFICES[c['prov_key']]
    if level == 'province':
        return R.choice(off['q']), {}
    if level == 'area':
        a = c['area']
        ph = R.choice([a, a + ' cũ', 'tỉnh ' + a + ' cũ', a]) if a != 'Bà Rịa - Vũng Tàu' else R.choice(['Bà Rịa - Vũng Tàu', 'Vũng Tàu cũ', 'BR-VT', 'tỉnh Bà Rịa Vũng Tàu cũ'])
        if ph == 'Vũng Tàu cũ':
            ph = 'Bà Rịa - Vũng Tàu cũ'
        return ph, {'venue': area_re(a), 'former': True}
    if level == 'district':
        d = c['district']
        a = c['area']
        ph = d if R.random() < .6 or not a else f'{d} ({a})'
        return ph, {'venue': fold(d), 'former': True}


T_LIST = [
    'Có lớp {kw}{b} nào ở {pl} không?',
    '{pl} có mở lớp {kw}{b} không ạ',
    'Cho mình hỏi lớp {kw}{b} tại {pl} thì học khi nào, ở đâu?',
    'Chào bạn, mình là chủ tịch CĐCS một công ty ở {pl}. Bên mình muốn cử người đi học lớp {kw}{b}, có lớp nào không?',
    'lớp {kw}{b} {pl}',
    'Em là cán bộ công đoàn ở {pl}, sắp tới có lớp {kw}{b} nào cho em đăng ký không ạ?',
    'Tìm giúp mình lớp {kw}{b} ở {pl}',
    'Bên {pl} có lớp nào về {kw}{b} sắp tới không',
    'Mình ở {pl}, muốn học {kw}{b} thì đăng ký lớp nào?',
    'Xin thông tin lớp {kw}{b} tổ chức tại {pl}',
]
T_DATE = ['Lớp {kw}{b} ở {pl} khai giảng ngày nào?', 'Bao giờ thì học lớp {kw}{b} ở {pl} vậy?', 'lớp {kw}{b} tại {pl} bắt đầu hôm nào thế']
T_VENUE = ['Lớp {kw}{b} ở {pl} học ở đâu thế?', 'Địa điểm lớp {kw}{b} tại {pl} là chỗ nào?']
T_DL = ['Lớp {kw}{b} ở {pl} hạn đăng ký đến bao giờ?', 'Đăng ký lớp {kw}{b} tại {pl} đến ngày nào thì hết hạn?']
T_MONTH = ['{m} có lớp {kw} nào ở {pl} không?', 'Ở {pl} {m} có tập huấn {kw} không ạ']
T_SOON = ['Lớp {kw} gần nhất ở {pl} là khi nào?', 'Sắp tới lớp {kw} đầu tiên ở {pl} là lớp nào?']
T_ONLINE = ['Có lớp {kw} nào học trực tuyến không? Mình ở {pl}', '{pl} có lớp {kw} online không ạ, mình không đi xa được']
T_ORG = ['{org} có tổ chức lớp {kw} nào không?', 'Lớp {kw} của {org} khi nào học?']
T_AUD = ['Có lớp nào dành cho {aud} ở {pl} không?', '{pl} có lớp tập huấn cho {aud} không ạ', 'Mình là {aud1} ở {pl}, có lớp nào cho mình không?']
T_PAST = ['Lớp {kw} ở {pl} hồi tháng {pm} vừa rồi học ở đâu vậy?', 'Tháng {pm} năm nay {pl} có học lớp {kw} phải không, lớp đó ở đâu?']
T_PROF = ['Có lớp {kw} nào cho tỉnh mình không?', 'Chỗ mình sắp tới có lớp {kw} nào ko', 'tỉnh mình có mở lớp {kw}{b} chưa ạ']
T_YEAR = ['Ở {pl} năm 2027 có kế hoạch tập huấn {kw} chưa?']

AUD_Q = {'ubkt': ('ủy viên ủy ban kiểm tra', 'ủy viên UBKT CĐCS'), 'ke_toan': ('kế toán công đoàn', 'kế toán CĐCS'),
         'to_truong': ('tổ trưởng công đoàn', 'tổ trưởng công đoàn'), 'giang_vien': ('giảng viên kiêm chức', 'giảng viên kiêm chức'),
         'nu_cong': ('cán bộ nữ công', 'cán bộ nữ công'), 'chuyen_trach': ('cán bộ công đoàn chuyên trách', 'cán bộ chuyên trách'),
         'atvsv': ('an toàn vệ sinh viên', 'an toàn vệ sinh viên')}
MONTHS = {(2026, 12): ['Tháng sau', 'Tháng 12 này', 'tháng 12/2026'], (2027, 1): ['Tháng 1 năm sau', 'tháng 1/2027'],
          (2027, 2): ['tháng 2/2027'], (2027, 3): ['tháng 3 năm 2027', 'tháng 3/2027']}


def make_course_questions(classes, rows, want=172):
    by = {r['code']: r for r in rows}
    meta = {c['code']: c for c in classes}
    ups = [c for c in classes if by[c['code']]['_upcoming'] and not by[c['code']]['_cancel']]
    pasts = [c for c in classes if not by[c['code']]['_upcoming'] and not by[c['code']]['_cancel']]
    out, seen = [], set()
    # mix of patterns: (pattern, weight)
    pats = [('list_prov', 10), ('list_area', 14), ('list_dist', 9), ('batch', 12), ('topic_area', 7), ('topic_prov', 5),
            ('date', 9), ('venue', 7), ('deadline', 6), ('month', 6), ('soon', 4), ('online', 4), ('org', 7),
            ('aud', 8), ('past', 2), ('prof', 6), ('year', 2)]
    names, weights = zip(*pats)
    CAP = {'past': 6, 'soon': 10, 'list_prov': 24, 'prof': 14, 'year': 4, 'month': 10, 'online': 8, 'org': 14, 'batch': 20}
    pcount = {}
    tries = 0
    while len(out) < want and tries < 40000:
        tries += 1
        p = R.choices(names, weights)[0]
        if pcount.get(p, 0) >= CAP.get(p, 30):
            continue
        pool = pasts if p == 'past' else ups
        if p == 'org':
            pool = [x for x in ups if x['org'] != OFFICES[x['prov_key']]['org']]
        elif p == 'batch':
            pool = [x for x in ups if x['batch']]
        elif p == 'online':
            pool = [x for x in ups if x['online']]
        elif p in ('list_area', 'topic_area'):
            pool = [x for x in ups if x['area']]
        c = R.choice(pool)
        V_ = VARIANTS[c['variant']]
        crit = dict(crit_base(c))
        kw = R.choice(V_['q'])
        b = ''
        text = []
        profile = None
        level = 'province'
        if p in ('list_area', 'topic_area', 'batch', 'date', 'venue', 'deadline', 'past') and c['area'] and R.random() < .85:
            level = 'area'
        if p == 'list_area' and not c['area']:
            continue
        if p in ('list_dist',) or (p in ('date', 'venue') and not c['area'] and R.random() < .5):
            if not c['district'] or c['district'].startswith('TP ') or c['district'] in ('Quận 1',):
                continue
            level = 'district'
        pl, extra = place_variants(c, level)
        crit.update(extra)
        if p.startswith('topic'):
            kw = R.choice(TOPIC_Q[c['topic']])
            crit['topic'] = TOPICS[c['topic']]
        elif p == 'aud':
            keys = [k for k in AUD_Q if V.wre(V.AUD_RE[k], c['aud'])]
            if not keys:
                continue
            ak = R.choice(keys)
            crit['aud'] = ak
        else:
            crit['title'] = V_['re']
        if p == 'batch' or (c['batch'] and R.random() < .5 and p in ('date', 'venue', 'deadline')):
            if not c['batch']:
                continue
            crit['batch'] = c['batch']
            b = R.choice([' đợt {}', ' đợt {}', ' (đợt {})']).format(c['batch'])
        if p == 'month':
            r = by[c['code']]
            mk = (r['_key'].year, r['_key'].month)
            if mk not in MONTHS:
                continue
            if r['_st']['kind'] == 'period' and r['_st'].get('month') is None:
                continue
            crit['month'] = list(mk)
        if p == 'year':
            if by[c['code']]['_key'].year != 2027:
                continue
            crit['year'] = 2027
        if p == 'soon':
            crit['soonest'] = True
        if p == 'online':
            if not c['online']:
                continue
            crit['online'] = True
        if p == 'org':
            if c['org'] == OFFICES[c['prov_key']]['org']:
                continue
            crit['org'] = c['org']
        if p == 'past':
            crit['past'] = True
            crit['month'] = [c['d'].year, c['d'].month]
        if p == 'prof':
            profile = {'role': R.choice(['chủ tịch CĐCS', 'phó chủ tịch CĐCS', 'ủy viên BCH']), 'province': c['prov_key'],
                       'union': R.choice([OFFICES[c['prov_key']]['org']] + ([OTHER_ORGS[c['prov_key']][0]] if c['prov_key'] in OTHER_ORGS else []))}
        hits = V.derive(rows, crit)
        if not hits or c['code'] not in hits and p != 'soon':
            continue
        if len(hits) > 4:
            continue
        if not check_amb(rows, crit, hits):
            continue
        if p == 'date' and (len(hits) != 1 or by[hits[0]]['_st']['kind'] != 'exact'):
            continue
        if p == 'venue' and (len(hits) != 1 or meta[hits[0]]['online']):
            continue
        if p == 'deadline' and (len(hits) != 1 or not by[hits[0]].get('deadline')):
            continue
        if p == 'soon' and by[hits[0]]['_st']['kind'] != 'exact':
            continue
        key = json.dumps(crit, sort_keys=True, ensure_ascii=False) + p
        if key in seen:
            continue
        seen.add(key)
        # render
        fill = dict(kw=kw, b=b, pl=pl)
        if p == 'date':
            q = R.choice(T_DATE).format(**fill); text = [dmy(by[hits[0]])]
        elif p == 'venue':
            q = R.choice(T_VENUE).format(**fill); text = [venue_word(meta[hits[0]])]
        elif p == 'deadline':
            q = R.choice(T_DL).format(**fill); text = [V.parse_day(by[hits[0]]['deadline']).strftime('%d/%m/%Y')]
        elif p == 'month':
            q = R.choice(T_MONTH).format(m=R.choice(MONTHS[tuple(crit['month'])]), **fill)
        elif p == 'soon':
            q = R.choice(T_SOON).format(**fill); text = [dmy(by[hits[0]])]
        elif p == 'online':
            q = R.choice(T_ONLINE).format(**fill)
        elif p == 'org':
            q = R.choice(T_ORG).format(org=R.choice(OTHER_ORGS[c['prov_key']][1]), **fill)
            crit.pop('province')
        elif p == 'aud':
            a0, a1 = AUD_Q[crit['aud']]
            q = R.choice(T_AUD).format(aud=a0, aud1=a1, pl=pl)
        elif p == 'past':
            q = R.choice(T_PAST).format(pm=c['d'].month, **fill)
            if c['online']:
                continue
            text = []
        elif p == 'prof':
            q = R.choice(T_PROF).format(**fill)
        elif p == 'year':
            q = R.choice(T_YEAR).format(**fill)
        else:
            q = R.choice(T_LIST).format(**fill)
        hits = V.derive(rows, crit)
        out.append(dict(q=q, expect=hits, expect_text=text, profile=profile, crit=crit, pat=p))
        pcount[p] = pcount.get(p, 0) + 1
    return out


# ====================================================================== target questions
T_TGT = [
    ('Chỉ tiêu {kc} năm {y} của {u} là bao nhiêu?', False),
    ('{u} năm {y} giao chỉ tiêu {kc} bao nhiêu vậy', False),
    ('Năm {y} {u} đã đạt chỉ tiêu {kc} chưa, được bao nhiêu rồi?', True),
    ('Cho hỏi tiến độ {kc} năm {y} của {u}', True),
    ('{u} {kc} {y} đạt bao nhiêu so với chỉ tiêu?', True),
]
T_TGT_TERM = [('Chỉ tiêu cả nhiệm kỳ 2023-2028 của {u} về {kc} là bao nhiêu?', True),
              ('{u} nhiệm kỳ 2023 - 2028 đặt chỉ tiêu {kc} thế nào, đạt bao nhiêu rồi', True)]
T_TGT_PROF = [('Năm nay đơn vị mình đạt chỉ tiêu {kc} chưa?', True, '2026'), ('Năm ngoái bên mình {kc} được bao nhiêu so với chỉ tiêu?', True, '2025'),
              ('Chỉ tiêu {kc} năm sau của đơn vị mình là bao nhiêu', False, '2027')]


def figs(t, progress):
    out = [V.fmt_vn(float(t['_val']))]
    if progress and t['_done'] is not None:
        out.append(V.fmt_vn(float(t['_done'])))
    return out


def make_target_questions(trows, want=40):
    out = []
    ts = trows[:]
    R.shuffle(ts)
    for t in ts:
        u = t['_u']
        kc = R.choice(TKINDS[t['_kind']][3])
        if t['_y'] == '2023-2028':
            tpl, prog = R.choice(T_TGT_TERM)
            q = tpl.format(u=R.choice(u[3]), kc=kc)
            prof = None
        elif R.random() < 0.3 and t['_y'] in ('2025', '2026', '2027'):
            cands = [x for x in T_TGT_PROF if x[2] == t['_y']]
            tpl, prog, _ = cands[0]
            q = tpl.format(kc=kc)
            prof = {'role': R.choice(['chủ tịch CĐCS', 'cán bộ Ban Tổ chức', 'phó chủ tịch CĐCS']), 'province': u[1], 'union': u[0]}
        else:
            tpl, prog = R.choice(T_TGT if t['_y'] != '2027' else T_TGT[:2])
            q = tpl.format(u=R.choice(u[3]), kc=kc, y=t['_y'])
            prof = None
        out.append(dict(q=q, expect=[t['code']], expect_text=figs(t, prog), profile=prof))
        if len(out) >= want:
            break
    return out


# ====================================================================== dialogues
def open_for_reg(r):
    return V.fold(r.get('status', '')) in ('', 'mo dang ky') and r['_st']['kind'] == 'exact' and \
        (not r.get('deadline') or V.parse_day(r['deadline']) >= NOW) and 'du chi tieu' not in V.fold(r.get('note', ''))


def all_exact_distinct(rows, codes):
    by = {r['code']: r for r in rows}
    rs = [by[c] for c in codes]
    if any(r['_st']['kind'] != 'exact' for r in rs):
        return False
    ds = [r['_key'].date() for r in rs]
    return len(set(ds)) == len(ds)


def make_dialogues(classes, rows, trows, n=38):
    by = {r['code']: r for r in rows}
    ups = [c for c in classes if by[c['code']]['_upcoming'] and not by[c['code']]['_cancel']]
    dials = []
    crit_out = {}
    facts_d = [f for f in FACTS if f.get('dlg')]
    offt = [o for o in OFFTOPIC]
    tries = 0
    kinds = ['A', 'B', 'C', 'D', 'E']
    while len(dials) < n and tries < 20000:
        tries += 1
        cnt = {k: sum(1 for d in dials if d['kind'] == k) for k in kinds}
        kind = R.choice([k for k in kinds if cnt[k] < 10])
        c = R.choice(ups if kind not in ('C', 'D') else [x for x in ups if (x['batch'] == 1 if kind == 'C' else x['area'])])
        V_ = VARIANTS[c['variant']]
        prov = V.prov_of(OFFICES[c['prov_key']]['prov'])
        turns, crits = [], []
        profile = None
        if kind == 'A':
            k1 = {'province': prov, 'topic': TOPICS[c['topic']]}
            h1 = V.derive(rows, k1)
            if not 2 <= len(h1) <= 4 or not all_exact_distinct(rows, h1):
                continue
            o1 = V.ordered(rows, h1)
            second = by[o1[1]]
            if meta_online(classes, o1[1]):
                continue
            areas = list(OFFICES[c['prov_key']]['areas'])
            if areas and R.random() < .6:
                a = R.choice(areas)
                k2 = {'province': prov, 'topic': TOPICS[c['topic']], 'venue': area_re(a)}
            else:
                p2 = R.choice([p for p in OFFICES if p != c['prov_key']])
                a = R.choice(OFFICES[p2]['q'])
                k2 = {'province': V.prov_of(OFFICES[p2]['prov']), 'topic': TOPICS[c['topic']]}
            h2 = V.derive(rows, k2)
            if not h2 or set(h2) == set(h1) or o1[1] in h2 or not all_exact_distinct(rows, h2) or not check_amb(rows, k2, h2):
                continue
            o2 = V.ordered(rows, h2)
            if not open_for_reg(by[o2[0]]):
                continue
            pl = R.choice(OFFICES[c['prov_key']]['q'])
            kw = R.choice(TOPIC_Q[c['topic']])
            dist = venue_word(meta_of(classes, o1[1]))
            turns = [
                (R.choice([f'co lop {kw} nao o {pl} ko', f'Có lớp {kw} nào ở {pl} không?', f'{pl} có những lớp {kw} nào sắp tới?']), 'course_list', h1, [], {'match': k1}),
                (R.choice(['cái thứ 2 học ngày nào', 'lớp thứ hai bắt đầu hôm nào vậy', 'thế cái thứ 2 khai giảng khi nào']), 'course', [o1[1]], [dmy(second)], {'match': k1, 'pick': 1}),
                (R.choice(['ở đâu vậy', 'lớp đó học ở chỗ nào', 'địa điểm ở đâu thế']), 'course', [o1[1]], [dist], {'match': k1, 'pick': 1}),
                (R.choice([f'thế còn ở {a}?', f'còn bên {a} thì sao', f'ở {a} có không']), 'course_list', h2, [], {'match': k2}),
                (R.choice(['đăng ký giúp mình lớp đầu', 'đăng ký cho mình lớp đầu tiên nhé', 'cho mình đăng ký lớp sớm nhất ở đó']), 'register', [o2[0]], [], {'match': k2, 'pick': 0}),
            ]
        elif kind == 'B':
            u = R.choice([x for x in TUNITS if x[1] == c['prov_key']] or [None])
            if not u:
                continue
            t26 = [t for t in trows if t['_u'] == u and t['_y'] == '2026']
            t25 = [t for t in trows if t['_u'] == u and t['_y'] == '2025']
            if not t26 or not t25:
                continue
            k3 = {'province': prov, 'title': V_['re']}
            h3 = V.derive(rows, k3)
            if not 1 <= len(h3) <= 3 or not check_amb(rows, dict(k3, soonest=True), h3):
                continue
            o3 = V.ordered(rows, h3)
            if by[o3[0]]['_st']['kind'] != 'exact':
                continue
            profile = {'role': 'chủ tịch CĐCS', 'province': c['prov_key'], 'union': u[0]}
            kw = R.choice(V_['q'])
            f = R.choice(facts_d)
            turns = [
                ('Năm nay đơn vị mình đạt chỉ tiêu đào tạo chưa?', 'target', [t['code'] for t in t26], sum([figs(t, True) for t in t26], []), None),
                (R.choice(['thế năm ngoái?', 'còn năm 2025 thì sao', 'năm ngoái thì sao']), 'target', [t['code'] for t in t25], sum([figs(t, True) for t in t25], []), None),
                (R.choice([f'tỉnh mình có lớp {kw} nào sắp tới không', f'Có lớp {kw} nào cho tỉnh mình không?']), 'course_list', h3, [], {'match': k3}),
                (R.choice(['lớp gần nhất học ngày nào', 'lớp sớm nhất khai giảng hôm nào']), 'course', [o3[0]], [dmy(by[o3[0]])], {'match': dict(k3, soonest=True)}),
                (f['q'], 'fact', [], f['t'], None),
            ]
        elif kind == 'C':
            if c['batch'] != 1:
                continue
            k1 = {'province': prov, 'title': V_['re'], 'batch': 1}
            k2 = {'province': prov, 'title': V_['re'], 'batch': 2}
            h1, h2 = V.derive(rows, k1), V.derive(rows, k2)
            if len(h1) != 1 or len(h2) != 1 or meta_online(classes, h1[0]) or not open_for_reg(by[h2[0]]):
                continue
            pl = R.choice(OFFICES[c['prov_key']]['q'])
            kw = R.choice(V_['q'])
            r2 = by[h2[0]]
            o = R.choice(offt[20:])
            turns = [
                (R.choice([f'lớp {kw} đợt 1 ở {pl} học ở đâu', f'Lớp {kw} đợt 1 của {pl} tổ chức ở đâu vậy?']), 'course', h1, [venue_word(meta_of(classes, h1[0]))], {'match': k1}),
                (R.choice(['à nhầm, ý mình là đợt 2', 'à không, mình hỏi đợt 2 cơ', 'nhầm, đợt 2 mới đúng']), 'course', h2, [dmy(r2)], {'match': k2}),
                ((R.choice(['hạn đăng ký đến bao giờ', 'đăng ký trước ngày nào']) if r2.get('deadline') else R.choice(['lớp đó học mấy ngày', 'học bao lâu vậy'])), 'course', h2,
                 ([V.parse_day(r2['deadline']).strftime('%d/%m/%Y')] if r2.get('deadline') else []), {'match': k2}),
                (R.choice(['đăng ký đợt 2 cho mình nhé', 'ok đăng ký lớp đó giúp mình', 'cho mình đăng ký luôn']), 'register', h2, [], {'match': k2}),
                (o['q'], 'off_topic', [], [], None),
            ]
        elif kind == 'D':
            if not c['area']:
                continue
            k3 = {'province': prov, 'title': V_['re'], 'venue': area_re(c['area'])}
            h3 = V.derive(rows, k3)
            if not 1 <= len(h3) <= 3 or not check_amb(rows, k3, h3):
                continue
            f1, f2 = R.sample(facts_d, 2)
            tg = R.choice(trows)
            u = tg['_u']
            kw = R.choice(V_['q'])
            a = c['area'] if c['area'] != 'Bà Rịa - Vũng Tàu' else 'Vũng Tàu'
            tq = (f'mà chỉ tiêu {R.choice(TKINDS[tg["_kind"]][3])} ' + (f'nhiệm kỳ 2023-2028' if tg['_y'] == '2023-2028' else f'năm {tg["_y"]}') + f' của {u[3][0]} là bao nhiêu')
            turns = [
                (f1['q'], 'fact', [], f1['t'], None),
                (f2['q'], 'fact', [], f2['t'], None),
                (R.choice([f'ok cảm ơn. Cho mình hỏi ở {a} có lớp {kw} nào không', f'chuyển chủ đề chút, lớp {kw} ở {a} có không']), 'course_list', h3, [], {'match': k3}),
                (tq, 'target', [tg['code']], figs(tg, False), None),
            ]
        else:  # E: what is on next month in my province
            k1 = {'province': prov, 'month': [2026, 12]}
            k2 = {'province': prov, 'month': [2027, 1]}
            h1, h2 = V.derive(rows, k1), V.derive(rows, k2)
            if not 2 <= len(h1) <= 6 or not 1 <= len(h2) <= 6 or not all_exact_distinct(rows, h1) or not all_exact_distinct(rows, h2):
                continue
            if not check_amb(rows, k1, h1) or not check_amb(rows, k2, h2):
                continue
            o1, o2 = V.ordered(rows, h1), V.ordered(rows, h2)
            if not open_for_reg(by[o2[0]]):
                continue
            profile = {'role': R.choice(['ủy viên BCH', 'chủ tịch CĐCS', 'kế toán CĐCS']), 'province': c['prov_key'], 'union': OFFICES[c['prov_key']]['org']}
            o = R.choice(offt[:20])
            f = R.choice(facts_d)
            turns = [
                (R.choice(['tháng sau tỉnh mình có lớp tập huấn nào không', 'Tháng 12 này chỗ mình có những lớp nào vậy?', 'thang sau co lop nao o tinh minh ko']), 'course_list', h1, [], {'match': k1}),
                (R.choice(['cái thứ 2 học ngày nào', 'lớp thứ 2 bắt đầu hôm nào']), 'course', [o1[1]], [dmy(by[o1[1]])], {'match': k1, 'pick': 1}),
                (R.choice(['thế tháng 1 năm sau?', 'còn tháng 1/2027 thì sao']), 'course_list', h2, [], {'match': k2}),
                (R.choice(['đăng ký lớp đầu tiên tháng 1 cho mình', 'cho mình đăng ký lớp đầu nhé']), 'register', [o2[0]], [], {'match': k2, 'pick': 0}),
                (o['q'], 'off_topic', [], [], None),
            ]
            if R.random() < .5:
                turns[4] = (f['q'], 'fact', [], f['t'], None)
        key = (kind, tuple(tuple(sorted(t[2])) for t in turns))
        if any(d['_key'] == key for d in dials):
            continue
        d = dict(_key=key, kind=kind, profile=profile, turns=turns)
        dials.append(d)
    return dials


_META = {}


def meta_of(classes, code):
    if not _META:
        for c in classes:
            _META[c['code']] = c
    return _META[code]


def meta_online(classes, code):
    return meta_of(classes, code)['online']


# ====================================================================== main
def main():
    classes = build_classes()
    write_courses(classes)
    rows = V.course_rows()
    assert len(rows) == len(classes)
    trows = build_targets()
    cq = make_course_questions(classes, rows)
    tq = make_target_questions(trows)
    styles = ['diacritics', 'plain', 'abbrev', 'typo']
    items = []
    for x in cq:
        items.append(dict(kind='course', **x))
    for x in tq:
        items.append(dict(kind='target', **x))
    for f in FACTS:
        items.append(dict(kind='fact', q=f['q'], expect=[], expect_text=f['t'], profile=None))
    for o in OFFTOPIC:
        items.append(dict(kind='off_topic', q=o['q'], expect=[], expect_text=[], profile=None))
    R.shuffle(items)
    crit = {}
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for i, it in enumerate(items, 1):
            st = styles[i % 4]
            qid = f'b15-q{i:03d}'
            rec = {'id': qid, 'q': style_text(it['q'], st, R), 'style': st, 'kind': it['kind'], 'expect': it['expect'],
                   'expect_text': it['expect_text']}
            if it.get('profile'):
                rec['profile'] = it['profile']
            if it['kind'] == 'course':
                crit[qid] = it['crit']
                if it['pat'] == 'prof' and 'province' not in it['crit']:
                    raise SystemExit('prof without province')
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    dials = make_dialogues(classes, rows, trows)
    with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
        for i, d in enumerate(dials, 1):
            st = styles[i % 4]
            did = f'b15-d{i:02d}'
            turns = []
            for j, (q, k, codes, text, cr) in enumerate(d['turns']):
                turns.append({'q': style_text(q, st, R), 'expect': {'kind': k, 'codes': codes, 'text': text}})
                if cr is not None:
                    crit[f'{did}#{j}'] = cr
            rec = {'id': did, 'style': st}
            if d['profile']:
                rec['profile'] = d['profile']
            rec['turns'] = turns
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'criteria.json'), 'w', encoding='utf-8') as f:
        json.dump(crit, f, ensure_ascii=False, indent=0)
    from collections import Counter
    print('classes', len(classes), 'course q', len(cq), Counter(x['pat'] for x in cq), 'target q', len(tq), 'dialogues', len(dials), Counter(d['kind'] for d in dials))


if __name__ == '__main__':
    main()
