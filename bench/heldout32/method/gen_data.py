#!/usr/bin/env python3
"""Generate the office plan (courses.csv), the targets file (targets.csv) and the
canonical model (model.json) that the expectation helper and validate.py use.

Deterministic (fixed seed). Standard library only.
"""
import csv, json, random, datetime as dt, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(3207)

TOPIC = {
 'NV': 'Nghiệp vụ công tác công đoàn', 'TL': 'Đối thoại, thương lượng tập thể',
 'AT': 'An toàn, vệ sinh lao động', 'PL': 'Pháp luật lao động, tư vấn pháp luật',
 'TC': 'Giải quyết tranh chấp lao động', 'NC': 'Công tác nữ công, bình đẳng giới',
 'TCH': 'Tài chính công đoàn', 'KT': 'Công tác kiểm tra công đoàn',
 'TG': 'Tuyên truyền, tuyên giáo', 'PT': 'Phát triển đoàn viên, thành lập CĐCS',
 'CDS': 'Tin học, chuyển đổi số', 'GV': 'Kỹ năng giảng dạy cho giảng viên',
 'VT': 'Văn thư, lưu trữ', 'LL': 'Quản lý nhà nước, lý luận chính trị'}
TOPIC_SHORT = {'AT': 'ATVSLĐ', 'NV': 'Nghiệp vụ CĐ', 'TCH': 'Tài chính CĐ', 'KT': 'Kiểm tra CĐ',
               'TL': 'Đối thoại, TLTT', 'PT': 'Phát triển ĐV', 'CDS': 'Chuyển đổi số'}

AUD = {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'UV': 'Ủy viên BCH công đoàn',
       'CTR': 'Cán bộ công đoàn chuyên trách', 'KCT': 'Cán bộ công đoàn không chuyên trách',
       'GV': 'Giảng viên kiêm chức', 'CTS': 'Cán bộ công đoàn cấp trên cơ sở',
       'UBKT': 'Ủy viên ủy ban kiểm tra', 'DV': 'Đoàn viên, người lao động',
       'KTOAN': 'Kế toán, thủ quỹ CĐCS', 'NCONG': 'Trưởng, phó ban nữ công CĐCS',
       'ATVSV': 'An toàn vệ sinh viên'}

# title, topic, audience keys
POOL = {
 'NV': [("Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS mới bầu", ['CT']),
        ("Bồi dưỡng nghiệp vụ công tác công đoàn cho ủy viên BCH CĐCS", ['UV']),
        ("Tập huấn nghiệp vụ công tác công đoàn cho chủ tịch, phó chủ tịch CĐCS", ['CT', 'PCT']),
        ("Tập huấn kỹ năng tổ chức hội nghị người lao động", ['CT', 'PCT', 'UV'])],
 'TL': [("Tập huấn kỹ năng thương lượng tập thể", ['CT', 'PCT']),
        ("Tập huấn kỹ năng đối thoại tại nơi làm việc", ['CT', 'UV']),
        ("Bồi dưỡng kỹ năng đối thoại, thương lượng tập thể trong doanh nghiệp", ['CT', 'PCT', 'CTS'])],
 'AT': [("Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên", ['ATVSV']),
        ("Tập huấn an toàn, vệ sinh lao động cho cán bộ công đoàn", ['CT', 'UV']),
        ("Huấn luyện an toàn, vệ sinh lao động cho người lao động", ['DV'])],
 'PL': [("Tập huấn pháp luật lao động cho cán bộ công đoàn", ['CT', 'UV']),
        ("Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn", ['CT', 'PCT', 'UV']),
        ("Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn", ['CTS', 'CTR'])],
 'TC': [("Tập huấn kỹ năng giải quyết tranh chấp lao động", ['CT', 'CTS']),
        ("Tập huấn kỹ năng giải quyết tranh chấp lao động tập thể", ['CTS', 'CTR'])],
 'NC': [("Tập huấn công tác nữ công cho trưởng, phó ban nữ công CĐCS", ['NCONG']),
        ("Tập huấn bình đẳng giới và phòng chống quấy rối tình dục tại nơi làm việc", ['NCONG', 'DV'])],
 'TCH': [("Tập huấn nghiệp vụ tài chính công đoàn cho kế toán CĐCS", ['KTOAN']),
         ("Tập huấn nghiệp vụ tài chính công đoàn cho chủ tịch CĐCS", ['CT']),
         ("Tập huấn phần mềm kế toán công đoàn", ['KTOAN'])],
 'KT': [("Tập huấn nghiệp vụ công tác kiểm tra công đoàn", ['UBKT']),
        ("Tập huấn nghiệp vụ công tác kiểm tra tài chính công đoàn", ['UBKT', 'KTOAN'])],
 'TG': [("Bồi dưỡng kỹ năng tuyên truyền cho cán bộ công đoàn", ['UV', 'KCT']),
        ("Tập huấn kỹ năng viết tin bài, truyền thông trên mạng xã hội", ['UV', 'KCT'])],
 'PT': [("Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", ['CTS', 'CTR']),
        ("Tập huấn kỹ năng vận động người lao động gia nhập công đoàn", ['CT', 'UV'])],
 'CDS': [("Tập huấn chuyển đổi số trong hoạt động công đoàn", ['CT', 'UV']),
         ("Tập huấn sử dụng phần mềm quản lý đoàn viên", ['UV', 'KCT']),
         ("Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong công tác công đoàn", ['CTR', 'CTS'])],
 'GV': [("Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", ['GV']),
        ("Bồi dưỡng phương pháp giảng dạy tích cực cho giảng viên kiêm chức", ['GV'])],
 'VT': [("Tập huấn công tác văn thư, lưu trữ công đoàn", ['CTR', 'KCT'])],
 'LL': [("Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn cho cán bộ chuyên trách", ['CTR']),
        ("Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", ['CTR'])],
}

# organiser key: (name as written, province, national?, default areas, code prefix, style)
ORGS = {
 'DN': ("LĐLĐ thành phố Đà Nẵng", 'Đà Nẵng'), 'KCNDN': ("Công đoàn các KCN Đà Nẵng", 'Đà Nẵng'),
 'VCDN': ("Công đoàn Viên chức thành phố Đà Nẵng", 'Đà Nẵng'),
 'QNG': ("LĐLĐ tỉnh Quảng Ngãi", 'Quảng Ngãi'), 'KCNQNG': ("Công đoàn các KCN tỉnh Quảng Ngãi", 'Quảng Ngãi'),
 'GL': ("LĐLĐ tỉnh Gia Lai", 'Gia Lai'), 'VCGL': ("Công đoàn Viên chức tỉnh Gia Lai", 'Gia Lai'),
 'PQN': ("Công đoàn phường Quy Nhơn", 'Gia Lai'),
 'DL': ("Liên đoàn Lao động tỉnh Đắk Lắk", 'Đắk Lắk'), 'GDDL': ("Công đoàn ngành Giáo dục tỉnh Đắk Lắk", 'Đắk Lắk'),
 'PBMT': ("Công đoàn phường Buôn Ma Thuột", 'Đắk Lắk'),
 'KH': ("LĐLĐ tỉnh Khánh Hòa", 'Khánh Hòa'), 'VCKH': ("CĐ Viên chức tỉnh Khánh Hòa", 'Khánh Hòa'),
 'LD': ("LĐLĐ tỉnh Lâm Đồng", 'Lâm Đồng'),
 'HCM': ("LĐLĐ TP. Hồ Chí Minh", 'Hồ Chí Minh'), 'HEPZA': ("Công đoàn các Khu chế xuất và công nghiệp TP.HCM", 'Hồ Chí Minh'),
 'YTHCM': ("Công đoàn ngành Y tế TP.HCM", 'Hồ Chí Minh'), 'PTDM': ("Công đoàn phường Thủ Dầu Một", 'Hồ Chí Minh'),
 'HUE': ("LĐLĐ thành phố Huế", 'Huế'),
 'DHCD': ("Trường Đại học Công đoàn", None),
}
NATIONAL = {'DHCD'}

# venues per (province, former area or None): list of (venue text, ward or None)
VENUES = {
 ('Đà Nẵng', None): [("HT LĐLĐ TP Đà Nẵng, 60 Nguyễn Văn Linh", None), ("Nhà văn hóa Lao động TP, phường Hải Châu", 'Hải Châu'),
                      ("NVH CN KCN Hòa Khánh", 'Hòa Khánh')],
 ('Đà Nẵng', 'Quảng Nam'): [("Hội trường Trụ sở LĐLĐ (cơ sở Tam Kỳ - Quảng Nam cũ), phường Tam Kỳ", 'Tam Kỳ'),
                             ("Trung tâm hội nghị phường Hội An (Quảng Nam cũ)", 'Hội An')],
 ('Quảng Ngãi', None): [("HT LĐLĐ tỉnh, phường Cẩm Thành", 'Cẩm Thành'), ("NVH CN KCN Tịnh Phong", None)],
 ('Quảng Ngãi', 'Kon Tum'): [("Hội trường cơ sở 2 LĐLĐ tỉnh tại phường Kon Tum (Kon Tum cũ)", 'Kon Tum')],
 ('Gia Lai', None): [("HT LĐLĐ tỉnh (phường Pleiku)", 'Pleiku'), ("Khách sạn Công đoàn Gia Lai, phường Pleiku", 'Pleiku')],
 ('Gia Lai', 'Bình Định'): [("Nhà văn hóa Lao động phường Quy Nhơn (Bình Định cũ)", 'Quy Nhơn'),
                            ("HT cơ sở 2 LĐLĐ tỉnh, phường Quy Nhơn Nam (Bình Định cũ)", 'Quy Nhơn Nam')],
 ('Đắk Lắk', None): [("Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột", 'Buôn Ma Thuột'), ("Trường Chính trị tỉnh Đắk Lắk", None)],
 ('Đắk Lắk', 'Phú Yên'): [("Hội trường LĐLĐ tỉnh - cơ sở Tuy Hòa (Phú Yên cũ)", 'Tuy Hòa')],
 ('Khánh Hòa', None): [("HT LĐLĐ tỉnh, phường Nha Trang", 'Nha Trang'), ("Khách sạn Công đoàn Nha Trang", 'Nha Trang')],
 ('Khánh Hòa', 'Ninh Thuận'): [("Cơ sở 2 LĐLĐ tỉnh, phường Phan Rang (Ninh Thuận cũ)", 'Phan Rang')],
 ('Lâm Đồng', None): [("HT LĐLĐ tỉnh Lâm Đồng, phường Xuân Hương - Đà Lạt", 'Xuân Hương - Đà Lạt')],
 ('Lâm Đồng', 'Đắk Nông'): [("Hội trường cơ sở Gia Nghĩa (Đắk Nông cũ), phường Bắc Gia Nghĩa", 'Bắc Gia Nghĩa')],
 ('Lâm Đồng', 'Bình Thuận'): [("Nhà văn hóa Lao động phường Phan Thiết (Bình Thuận cũ)", 'Phan Thiết')],
 ('Hồ Chí Minh', None): [("Nhà văn hóa Lao động TP.HCM, 55B Nguyễn Thị Minh Khai, phường Bến Thành", 'Bến Thành'),
                         ("Cung Văn hóa Lao động TP.HCM", None)],
 ('Hồ Chí Minh', 'Bình Dương'): [("HT Công đoàn khu vực Thủ Dầu Một (Bình Dương cũ)", 'Thủ Dầu Một'),
                                 ("NVH CN KCN Sóng Thần, phường Dĩ An (Bình Dương cũ)", 'Dĩ An')],
 ('Hồ Chí Minh', 'Bà Rịa - Vũng Tàu'): [("Hội trường cơ sở Vũng Tàu (Bà Rịa - Vũng Tàu cũ), phường Vũng Tàu", 'Vũng Tàu')],
 ('Huế', None): [("HT LĐLĐ TP Huế, phường Thuận Hóa", 'Thuận Hóa')],
}
ONLINE_VENUES = ["Trực tuyến qua Zoom", "Trực tuyến (Google Meet)", "Học trực tuyến qua phần mềm Zoom"]

START = dt.date(2026, 11, 2)
END = dt.date(2027, 6, 29)


def rand_date():
    while True:
        d = START + dt.timedelta(days=rng.randrange((END - START).days))
        if d.weekday() < 5 or rng.random() < 0.25:
            return d


classes = []


def add(org, topic, title, auds, d, *, area=None, venue=None, ward=None, hour='08:00', days=None,
        mode='offline', status='open', new=None, period=None, note='', seats=None, deadline=None,
        aud_text=None, end=None, batch=None, weekend=False):
    classes.append(dict(org=org, topic=topic, title=title, auds=auds, date=d, area=area, venue=venue, ward=ward,
                        hour=hour, days=days, mode=mode, status=status, new=new, period=period, note=note,
                        seats=seats, deadline=deadline, aud_text=aud_text, end=end, batch=batch, weekend=weekend))


def pick_title(topic):
    t, a = rng.choice(POOL[topic])
    return t, list(a)

# how many classes per organiser and which former areas they use
PLAN = {
 'DN': (30, [None, None, 'Quảng Nam']), 'KCNDN': (8, [None]), 'VCDN': (7, [None]),
 'QNG': (28, [None, None, 'Kon Tum']), 'KCNQNG': (9, [None]),
 'GL': (30, [None, 'Bình Định', 'Bình Định']), 'VCGL': (9, [None, 'Bình Định']), 'PQN': (5, ['Bình Định']),
 'DL': (30, [None, None, 'Phú Yên']), 'GDDL': (10, [None, 'Phú Yên']), 'PBMT': (5, [None]),
 'KH': (28, [None, None, 'Ninh Thuận']), 'VCKH': (8, [None]),
 'LD': (30, [None, 'Đắk Nông', 'Bình Thuận']),
 'HCM': (34, [None, None, 'Bình Dương', 'Bà Rịa - Vũng Tàu']), 'HEPZA': (10, [None]), 'YTHCM': (8, [None]),
 'PTDM': (5, ['Bình Dương']),
 'HUE': (16, [None]),
 'DHCD': (12, [None]),
}
TOPICS_W = ['NV'] * 4 + ['TL'] * 3 + ['AT'] * 4 + ['PL'] * 3 + ['TC'] * 2 + ['NC'] * 3 + ['TCH'] * 3 + ['KT'] * 2 + \
           ['TG'] * 2 + ['PT'] * 2 + ['CDS'] * 3 + ['GV'] + ['VT'] + ['LL']
SECTOR_TOPICS = {'KCNDN': ['AT', 'TL', 'PT', 'PL', 'NC'], 'KCNQNG': ['AT', 'TL', 'PT', 'TC'],
                 'HEPZA': ['AT', 'TL', 'PT', 'TC', 'NC'], 'VCDN': ['NV', 'CDS', 'VT', 'KT'],
                 'VCGL': ['NV', 'CDS', 'VT', 'TCH'], 'VCKH': ['NV', 'CDS', 'TCH', 'KT'],
                 'GDDL': ['NV', 'NC', 'TCH', 'KT', 'CDS'], 'YTHCM': ['NV', 'AT', 'NC', 'PL'],
                 'PBMT': ['NV', 'TCH', 'PT'], 'PQN': ['NV', 'TCH', 'NC'], 'PTDM': ['NV', 'PT', 'AT'],
                 'DHCD': ['LL', 'GV', 'TL', 'CDS', 'TC', 'PL']}

for org, (n, areas) in PLAN.items():
    prov = ORGS[org][1]
    for i in range(n):
        topic = rng.choice(SECTOR_TOPICS.get(org, TOPICS_W))
        title, auds = pick_title(topic)
        area = areas[i % len(areas)]
        d = rand_date()
        r = rng.random()
        mode = 'offline'
        if r < 0.13:
            mode = 'online'
        elif r < 0.19:
            mode = 'blended'
        hour = rng.choice(['08:00'] * 6 + ['07:30', '13:30', '14:00'])
        days = rng.choice([1, 1, 2, 2, 2, 3, 3, 5])
        if org == 'DHCD':
            prov_used = rng.choice(['Hồ Chí Minh', 'Đà Nẵng'])
            area = None
        else:
            prov_used = prov
        if mode == 'online':
            venue, ward = rng.choice(ONLINE_VENUES), None
            area = None
        else:
            venue, ward = rng.choice(VENUES[(prov_used, area)])
        if org == 'DHCD' and mode != 'online':
            venue = ("Phân hiệu phía Nam, Trường ĐH Công đoàn" if prov_used == 'Hồ Chí Minh'
                     else "Trung tâm hội nghị LĐLĐ TP Đà Nẵng")
            ward = None
        status = 'open'
        if d < dt.date(2026, 11, 23):
            status = 'ended'
        add(org, topic, title, auds, d, area=area, venue=venue, ward=ward, hour=hour, days=days, mode=mode,
            status=status)
        classes[-1]['prov'] = prov_used

# ---- hand-made special classes -------------------------------------------------------
S = []


def special(org, prov, topic, title, auds, d, **kw):
    area = kw.get('area')
    if 'venue' not in kw:
        if kw.get('mode') == 'online':
            kw['venue'] = ONLINE_VENUES[0]
        else:
            kw['venue'], kw['ward'] = VENUES[(prov, area)][0]
    add(org, topic, title, auds, d, **kw)
    classes[-1]['prov'] = prov
    classes[-1]['special'] = True

D = dt.date
# today-edge classes
special('DL', 'Đắk Lắk', 'AT', "Tập huấn an toàn, vệ sinh lao động cho cán bộ công đoàn", ['CT', 'UV'], D(2026, 11, 23),
        hour='07:30', days=2, status='open')
special('KH', 'Khánh Hòa', 'TL', "Tập huấn kỹ năng thương lượng tập thể", ['CT', 'PCT'], D(2026, 11, 23),
        hour='13:30', days=1, note='Buổi chiều')
# evening / weekend classes in HCM
special('HCM', 'Hồ Chí Minh', 'PL', "Lớp buổi tối: pháp luật lao động cho đoàn viên công nhân", ['DV'], D(2026, 12, 8),
        hour='18:30', days=3, note='Học 3 tối thứ Ba liên tiếp', end=D(2026, 12, 22))
special('HCM', 'Hồ Chí Minh', 'NV', "Lớp cuối tuần: nghiệp vụ công tác công đoàn cho chủ tịch CĐCS doanh nghiệp", ['CT'],
        D(2026, 12, 12), days=2, weekend=True, end=D(2026, 12, 19), note='Học 2 ngày thứ Bảy')
special('HEPZA', 'Hồ Chí Minh', 'TL', "Lớp tối: kỹ năng đối thoại cho tổ trưởng công đoàn", ['UV'], D(2027, 1, 14),
        hour='19:00', days=1)
special('HCM', 'Hồ Chí Minh', 'AT', "Lớp cuối tuần: huấn luyện ATVSLĐ cho an toàn vệ sinh viên", ['ATVSV'], D(2027, 3, 6),
        area='Bình Dương', days=2, weekend=True, end=D(2027, 3, 13), note='Học 2 thứ Bảy')
special('DN', 'Đà Nẵng', 'CDS', "Lớp tối: chuyển đổi số cho cán bộ công đoàn cơ sở", ['UV', 'KCT'], D(2027, 2, 24),
        hour='18:30', days=1, mode='online')
# batches (đợt)
for k, (org, prov, area, topic, base_title, auds, dates) in enumerate([
    ('GL', 'Gia Lai', None, 'NV', "Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS khu vực doanh nghiệp", ['CT'],
     [D(2026, 11, 17), D(2027, 1, 12), D(2027, 4, 13)]),
    ('LD', 'Lâm Đồng', 'Bình Thuận', 'AT', "Huấn luyện ATVSLĐ cho người lao động ngành chế biến hải sản", ['DV'],
     [D(2026, 12, 15), D(2027, 3, 16), D(2027, 5, 18)]),
    ('HCM', 'Hồ Chí Minh', None, 'TCH', "Tập huấn nghiệp vụ kế toán công đoàn cơ sở", ['KTOAN'],
     [D(2026, 12, 3), D(2027, 2, 25), D(2027, 5, 6)]),
    ('QNG', 'Quảng Ngãi', None, 'NC', "Tập huấn công tác nữ công cho cán bộ nữ công CĐCS", ['NCONG'],
     [D(2027, 1, 7), D(2027, 4, 8)]),
]):
    for j, d in enumerate(dates):
        special(org, prov, topic, f"{base_title} (đợt {j+1})", auds, d, area=area, days=2 if topic != 'AT' else 1,
                batch=j + 1, status='ended' if d < D(2026, 11, 23) else 'open')
# month / quarter only (planned)
PLANNED = [
 ('DN', 'Đà Nẵng', 'GV', "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", ['GV'], ('M', 2027, 3)),
 ('QNG', 'Quảng Ngãi', 'KT', "Tập huấn nghiệp vụ công tác kiểm tra công đoàn", ['UBKT'], ('Q', 2027, 1)),
 ('GL', 'Gia Lai', 'TG', "Tập huấn kỹ năng viết tin bài, truyền thông trên mạng xã hội", ['UV', 'KCT'], ('M', 2027, 5)),
 ('DL', 'Đắk Lắk', 'PT', "Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", ['CTS', 'CTR'], ('Q', 2027, 2)),
 ('KH', 'Khánh Hòa', 'NC', "Tập huấn bình đẳng giới và phòng chống quấy rối tình dục tại nơi làm việc", ['NCONG', 'DV'], ('M', 2026, 12)),
 ('LD', 'Lâm Đồng', 'TCH', "Tập huấn nghiệp vụ tài chính công đoàn cho chủ tịch CĐCS", ['CT'], ('Q', 2027, 1)),
 ('HCM', 'Hồ Chí Minh', 'CDS', "Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong công tác công đoàn", ['CTR', 'CTS'], ('M', 2027, 4)),
 ('HUE', 'Huế', 'VT', "Tập huấn công tác văn thư, lưu trữ công đoàn", ['CTR', 'KCT'], ('Q', 2027, 2)),
 ('DHCD', 'Hồ Chí Minh', 'LL', "Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn cho cán bộ chuyên trách", ['CTR'], ('M', 2027, 6)),
 ('VCGL', 'Gia Lai', 'CDS', "Tập huấn sử dụng phần mềm quản lý đoàn viên", ['UV', 'KCT'], ('Q', 2026, 4)),
 ('HEPZA', 'Hồ Chí Minh', 'PT', "Tập huấn kỹ năng vận động người lao động gia nhập công đoàn", ['CT', 'UV'], ('M', 2027, 2)),
 ('DL', 'Đắk Lắk', 'GV', "Bồi dưỡng phương pháp giảng dạy tích cực cho giảng viên kiêm chức", ['GV'], ('M', 2027, 6)),
]
for org, prov, topic, title, auds, per in PLANNED:
    special(org, prov, topic, title, auds, None, period=per, status='planned')

# postponed / cancelled
POST = [
 ('GL', 'Gia Lai', 'TL', "Tập huấn kỹ năng thương lượng tập thể", ['CT', 'PCT'], D(2026, 12, 10), D(2027, 1, 21), 'Bình Định'),
 ('KH', 'Khánh Hòa', 'PL', "Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn", ['CT', 'PCT', 'UV'], D(2026, 12, 2), D(2027, 3, 9), None),
 ('HCM', 'Hồ Chí Minh', 'NC', "Tập huấn công tác nữ công cho trưởng, phó ban nữ công CĐCS", ['NCONG'], D(2026, 12, 17), D(2027, 2, 23), None),
 ('LD', 'Lâm Đồng', 'KT', "Tập huấn nghiệp vụ công tác kiểm tra công đoàn", ['UBKT'], D(2026, 11, 26), None, 'Đắk Nông'),
 ('DN', 'Đà Nẵng', 'AT', "Tập huấn an toàn, vệ sinh lao động cho cán bộ công đoàn", ['CT', 'UV'], D(2027, 1, 8), D(2027, 4, 16), 'Quảng Nam'),
 ('DL', 'Đắk Lắk', 'TCH', "Tập huấn nghiệp vụ tài chính công đoàn cho kế toán CĐCS", ['KTOAN'], D(2026, 12, 9), D(2027, 1, 27), 'Phú Yên'),
]
for org, prov, topic, title, auds, d, new, area in POST:
    special(org, prov, topic, title, auds, d, area=area, status='postponed', new=new, days=2)
CANC = [
 ('QNG', 'Quảng Ngãi', 'CDS', "Tập huấn chuyển đổi số trong hoạt động công đoàn", ['CT', 'UV'], D(2026, 12, 4), 'Kon Tum'),
 ('HUE', 'Huế', 'TL', "Tập huấn kỹ năng đối thoại tại nơi làm việc", ['CT', 'UV'], D(2026, 12, 11), None),
 ('HCM', 'Hồ Chí Minh', 'TC', "Tập huấn kỹ năng giải quyết tranh chấp lao động", ['CT', 'CTS'], D(2027, 1, 15), 'Bà Rịa - Vũng Tàu'),
 ('VCKH', 'Khánh Hòa', 'VT', "Tập huấn công tác văn thư, lưu trữ công đoàn", ['CTR', 'KCT'], D(2027, 3, 18), None),
 ('GL', 'Gia Lai', 'GV', "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", ['GV'], D(2027, 2, 3), None),
]
for org, prov, topic, title, auds, d, area in CANC:
    special(org, prov, topic, title, auds, d, area=area, status='cancelled', days=2)

# ---- finalise: sort within organiser, codes, derived fields --------------------------
PREFIX = {'DN': 'DNG-26', 'KCNDN': 'DNG-KCN-', 'VCDN': 'DNG-VC', 'QNG': 'QNG.KH27.', 'KCNQNG': 'QNG.KCN.',
          'GL': 'GLA-', 'VCGL': 'GLA-VC-', 'PQN': 'GLA-PQN-', 'DL': 'DLK_2027_', 'GDDL': 'DLK_GD_', 'PBMT': 'DLK_BMT_',
          'KH': 'KHA27-', 'VCKH': 'KHA27-VC', 'LD': 'LDG-', 'HCM': 'HCM-27-', 'HEPZA': 'HEPZA-', 'YTHCM': 'HCM-YT-',
          'PTDM': 'HCM-TDM-', 'HUE': 'HUE.', 'DHCD': 'DHCD-K'}


def sort_key(c):
    if c['date']:
        return c['date']
    k, y, n = c['period']
    return D(y, n if k == 'M' else 3 * n - 2, 1)

by_org = {}
for c in classes:
    by_org.setdefault(c['org'], []).append(c)
for org, lst in by_org.items():
    lst.sort(key=sort_key)
    for i, c in enumerate(lst, 1):
        c['code'] = f"{PREFIX[org]}{i:02d}" if not PREFIX[org][-1].isdigit() else f"{PREFIX[org]}-{i:02d}"

codes = [c['code'] for c in classes]
assert len(codes) == len(set(codes)), 'dup codes'


def fill(c):
    if c['days'] is None:
        c['days'] = 2
    if c['date'] and c['end'] is None:
        e = c['date']
        left = c['days'] - 1
        while left > 0:
            e += dt.timedelta(days=1)
            left -= 1
        c['end'] = e
    if c['date'] and c['deadline'] is None and c['status'] in ('open', 'postponed', 'ended') and rng.random() < 0.8:
        c['deadline'] = c['date'] - dt.timedelta(days=rng.choice([3, 5, 7, 10]))
    if c['seats'] is None:
        c['seats'] = rng.choice([30, 40, 50, 60, 60, 80, 100, 120, 150])
    if c['mode'] == 'online' and not c['venue'].lower().startswith('trực tuyến') and 'trực tuyến' not in c['venue'].lower():
        c['venue'] = ONLINE_VENUES[0]

for c in classes:
    c.setdefault('ward', None)
    fill(c)

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'render.py'), encoding='utf-8').read())
