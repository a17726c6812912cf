# -*- coding: utf-8 -*-
"""Generate courses.csv (office export) + method/courses_truth.json (semantic truth).
Deterministic (seeded). Each union has its own date habit; all forms come from import-format.md."""
import csv, json, random, datetime as dt, os, io

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
R = random.Random(33)
D = dt.datetime

# ---------------------------------------------------------------- unions
# key: (name as written in the file, current province, habit, places [(place, former or None)], prefix, partners)
UNIONS = [
 ('NA', 'LĐLĐ tỉnh Nghệ An', 'Nghệ An', 'sangchieu',
  [('Hội trường LĐLĐ tỉnh, số 2 Lê Hồng Phong, phường Thành Vinh', None),
   ('Nhà văn hóa Lao động tỉnh, phường Trường Vinh', None),
   ('Trung tâm Chính trị thị xã Hoàng Mai cũ, phường Hoàng Mai', None)],
  'Tập huấn ', ['Sở Nội vụ', 'Trường Chính trị tỉnh', '']),
 ('TH', 'LĐLĐ tỉnh Thanh Hóa', 'Thanh Hóa', 'weekday',
  [('Hội trường LĐLĐ tỉnh, 38 Đại lộ Lê Lợi, phường Hạc Thành', None),
   ('Cung Văn hóa Lao động tỉnh, phường Đông Sơn', None),
   ('Hội trường Trung tâm Hành chính phường Nghi Sơn', None)],
  'Lớp bồi dưỡng ', ['Sở Nội vụ', '']),
 ('HT', 'Liên đoàn Lao động tỉnh Hà Tĩnh', 'Hà Tĩnh', 'iso',
  [('Hội trường tầng 3 LĐLĐ tỉnh, phường Thành Sen', None),
   ('Nhà văn hóa Công nhân KKT Vũng Áng, phường Hoành Sơn', None)],
  'Tập huấn ', ['']),
 ('QT', 'LĐLĐ tỉnh Quảng Trị', 'Quảng Trị', 'hhngay',
  [('Hội trường LĐLĐ tỉnh, phường Đồng Hới (Quảng Bình cũ)', 'Quảng Bình'),
   ('Trụ sở LĐLĐ khu vực Đông Hà, phường Đông Hà', None),
   ('Nhà văn hóa Lao động Ba Đồn, phường Ba Đồn, Quảng Bình cũ', 'Quảng Bình')],
  'Tập huấn ', ['Sở Nội vụ', '']),
 ('CT', 'LĐLĐ thành phố Cần Thơ', 'Cần Thơ', 'range',
  [('Hội trường LĐLĐ thành phố, phường Cái Khế', None),
   ('Trụ sở LĐLĐ khu vực Sóc Trăng (cũ), phường Phú Lợi', 'Sóc Trăng'),
   ('Hội trường khu vực Hậu Giang (cũ), phường Vị Thanh', 'Hậu Giang')],
  'Tập huấn ', ['Trường Chính trị thành phố', '']),
 ('VL', 'LĐLĐ tỉnh Vĩnh Long', 'Vĩnh Long', 'range',
  [('Hội trường LĐLĐ tỉnh, phường Thanh Đức', None),
   ('Nhà văn hóa Lao động khu vực Bến Tre, phường An Hội', 'Bến Tre'),
   ('Cơ sở 2 LĐLĐ tỉnh (Trà Vinh cũ), phường Trà Vinh', 'Trà Vinh')],
  'Bồi dưỡng ', ['']),
 ('DT', 'LĐLĐ tỉnh Đồng Tháp', 'Đồng Tháp', 'tabbr',
  [('Cung Văn hóa Lao động khu vực Tiền Giang (cũ), phường Mỹ Tho', 'Tiền Giang'),
   ('Hội trường LĐLĐ khu vực Cao Lãnh, phường Cao Lãnh', None)],
  'Tập huấn ', ['']),
 ('AG', 'LĐLĐ tỉnh An Giang', 'An Giang', 'serial',
  [('Trụ sở LĐLĐ tỉnh, phường Rạch Giá (Kiên Giang cũ)', 'Kiên Giang'),
   ('Hội trường khu vực Long Xuyên, phường Long Xuyên', None),
   ('Nhà văn hóa Lao động Phú Quốc, đặc khu Phú Quốc, Kiên Giang cũ', 'Kiên Giang')],
  'Tập huấn ', ['']),
 ('CM', 'LĐLĐ tỉnh Cà Mau', 'Cà Mau', 'hhngay',
  [('Hội trường LĐLĐ tỉnh, phường An Xuyên', None),
   ('Nhà văn hóa Lao động khu vực Bạc Liêu, phường Bạc Liêu', 'Bạc Liêu')],
  'Tập huấn ', ['']),
 ('TN', 'LĐLĐ tỉnh Tây Ninh', 'Tây Ninh', 'software',
  [('Hội trường LĐLĐ tỉnh, phường Long An (Long An cũ)', 'Long An'),
   ('Cung Văn hóa Lao động khu vực Tây Ninh, phường Tân Ninh', None)],
  'Tập huấn ', ['']),
 ('GDNA', 'Công đoàn Giáo dục tỉnh Nghệ An', 'Nghệ An', 'weekday',
  [('Trường THPT Huỳnh Thúc Kháng, phường Thành Vinh', None),
   ('Hội trường Sở Giáo dục và Đào tạo, phường Thành Vinh', None)],
  'Bồi dưỡng ', ['Sở GD&ĐT', '']),
 ('VCTH', 'Công đoàn Viên chức tỉnh Thanh Hóa', 'Thanh Hóa', 'dmyhm',
  [('Hội trường Công đoàn Viên chức tỉnh, phường Hạc Thành', None)],
  'Tập huấn ', ['']),
 ('YTHT', 'Công đoàn ngành Y tế tỉnh Hà Tĩnh', 'Hà Tĩnh', 'dmyhm',
  [('Hội trường Bệnh viện Đa khoa tỉnh, phường Thành Sen', None)],
  'Tập huấn ', ['Sở Y tế', '']),
 ('KCNTN', 'Công đoàn các KCN tỉnh Tây Ninh', 'Tây Ninh', 'software',
  [('Nhà văn hóa công nhân KCN Tân Đức, xã Đức Hòa (Long An cũ)', 'Long An'),
   ('Hội trường Công đoàn các KCN, phường Long An', 'Long An')],
  'Tập huấn ', ['Ban Quản lý các KCN', '']),
 ('KCXCT', 'Công đoàn các Khu chế xuất và công nghiệp Cần Thơ', 'Cần Thơ', 'range',
  [('Nhà văn hóa công nhân KCN Trà Nóc, phường Thới An Đông', None)],
  'Tập huấn ', ['']),
 ('KKTTH', 'Công đoàn Khu kinh tế Nghi Sơn và các KCN tỉnh Thanh Hóa', 'Thanh Hóa', 'weekday',
  [('Nhà văn hóa công nhân KKT Nghi Sơn, phường Hải Bình', None)],
  'Tập huấn ', ['']),
 ('PTV', 'CĐ phường Trường Vinh', 'Nghệ An', 'sangchieu',
  [('Hội trường UBND phường Trường Vinh', None)],
  'Tập huấn ', ['']),
 ('PST', 'Công đoàn phường Sóc Trăng', 'Cần Thơ', 'range',
  [('Hội trường UBND phường Sóc Trăng (Sóc Trăng cũ)', 'Sóc Trăng')],
  'Tập huấn ', ['']),
 ('DHCD', 'Trường Đại học Công đoàn', 'Hà Nội', 'dmyhm',
  [('Trường Đại học Công đoàn, 169 Tây Sơn, Hà Nội', None)],
  'Bồi dưỡng ', ['Ban Tổ chức Tổng LĐLĐ Việt Nam', '']),
]
UKEY = {u[0]: u for u in UNIONS}

# ---------------------------------------------------------------- title bank (organisers' own words)
BANK = [
 ('nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS', 'Nghiệp vụ công tác công đoàn', 'Chủ tịch, Phó Chủ tịch CĐCS'),
 ('kỹ năng thương lượng tập thể', 'Đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS; Ủy viên BCH'),
 ('kỹ năng tổ chức đối thoại tại nơi làm việc', 'Đối thoại, thương lượng tập thể', 'Chủ tịch, PCT CĐCS doanh nghiệp'),
 ('an toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn vệ sinh viên; Đoàn viên, NLĐ'),
 ('nghiệp vụ công tác kiểm tra, giám sát', 'Công tác kiểm tra công đoàn', 'Ủy viên UBKT CĐCS'),
 ('kiểm tra tài chính công đoàn', 'Công tác kiểm tra công đoàn', 'Chủ nhiệm, ủy viên UBKT'),
 ('nghiệp vụ tài chính, kế toán công đoàn cơ sở', 'Tài chính công đoàn', 'Kế toán, thủ quỹ CĐCS'),
 ('quản lý thu, chi kinh phí và đoàn phí công đoàn', 'Tài chính CĐ', 'Chủ tịch CĐCS; kế toán CĐCS'),
 ('nghiệp vụ công tác nữ công', 'Công tác nữ công, bình đẳng giới', 'Trưởng, phó ban nữ công CĐCS'),
 ('bình đẳng giới, phòng chống quấy rối tình dục tại nơi làm việc', 'Nữ công', 'Cán bộ nữ công; đoàn viên nữ'),
 ('phổ biến Bộ luật Lao động và Luật Công đoàn 2024', 'Pháp luật lao động', 'Đoàn viên, người lao động'),
 ('kỹ năng tư vấn pháp luật cho người lao động', 'Tư vấn pháp luật', 'Cán bộ CĐ chuyên trách'),
 ('giải quyết tranh chấp lao động và ngừng việc tập thể', 'Giải quyết tranh chấp lao động', 'Chủ tịch CĐCS doanh nghiệp ngoài nhà nước'),
 ('kỹ năng tuyên truyền, vận động phát triển đoàn viên', 'Phát triển đoàn viên', 'Cán bộ CĐ cấp trên cơ sở'),
 ('sử dụng phần mềm quản lý đoàn viên, thẻ đoàn viên điện tử', 'Chuyển đổi số', 'Ủy viên BCH CĐCS'),
 ('kỹ năng chuyển đổi số trong hoạt động công đoàn', 'Tin học, chuyển đổi số', 'Cán bộ CĐ các cấp'),
 ('kỹ năng soạn thảo văn bản, văn thư lưu trữ', 'Văn thư, lưu trữ', 'Cán bộ văn phòng CĐCS'),
 ('phương pháp giảng dạy tích cực cho giảng viên kiêm chức', 'Kỹ năng giảng dạy', 'Giảng viên kiêm chức'),
 ('công tác tuyên giáo, văn hóa cơ sở', 'Tuyên truyền, tuyên giáo', 'Ủy viên BCH phụ trách tuyên giáo'),
 ('chính sách BHXH, BHYT cho người lao động', 'Pháp luật lao động', 'Đoàn viên, NLĐ'),
 ('kỹ năng đại diện, bảo vệ quyền lợi người lao động', 'Nghiệp vụ CĐ', 'Chủ tịch CĐCS'),
 ('thành lập công đoàn cơ sở tại doanh nghiệp', 'Phát triển đoàn viên, thành lập CĐCS', 'Cán bộ CĐ cấp trên cơ sở'),
 ('lý luận chính trị, quản lý nhà nước cho cán bộ chuyên trách', 'Quản lý nhà nước, lý luận chính trị', 'Cán bộ CĐ chuyên trách'),
]

# per-union bank subsets (index into BANK) -- hand picked so each union has its own profile
PICK = {
 'NA': [0, 1, 3, 4, 6, 8, 10, 11, 13, 14, 16, 17, 19, 21],
 'TH': [0, 1, 2, 3, 4, 5, 6, 8, 9, 12, 15, 18, 20, 22],
 'HT': [0, 1, 3, 4, 6, 7, 8, 10, 13, 15, 17, 19],
 'QT': [0, 2, 3, 4, 6, 8, 9, 11, 14, 16, 18, 20, 21],
 'CT': [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 13, 15, 19, 21],
 'VL': [0, 1, 3, 4, 6, 7, 8, 9, 11, 14, 17, 20],
 'DT': [0, 1, 3, 5, 6, 8, 10, 12, 15, 16, 19],
 'AG': [0, 2, 3, 4, 6, 8, 9, 11, 13, 14, 18, 20],
 'CM': [0, 1, 3, 4, 7, 8, 10, 12, 15, 17, 19],
 'TN': [0, 1, 2, 3, 4, 6, 8, 11, 13, 14, 20, 21],
 'GDNA': [0, 4, 6, 8, 9, 15, 17, 18],
 'VCTH': [0, 4, 6, 7, 8, 15, 16, 22],
 'YTHT': [0, 3, 6, 8, 9, 11, 19],
 'KCNTN': [1, 2, 3, 10, 12, 19, 21],
 'KCXCT': [1, 3, 10, 12, 19, 20],
 'KKTTH': [1, 2, 3, 12, 19],
 'PTV': [10, 19],
 'PST': [3, 10],
 'DHCD': [11, 13, 17, 22],
}

# ---------------------------------------------------------------- semantic helpers
NOW = D(2026, 11, 23, 9, 0)
TET = (dt.date(2027, 1, 30), dt.date(2027, 2, 16))


def workday(lo, hi, allow_weekend=False):
    while True:
        d = lo + dt.timedelta(days=R.randrange((hi - lo).days + 1))
        if TET[0] <= d <= TET[1]:
            continue
        if not allow_weekend and d.weekday() >= 4:  # Mon-Thu starts
            continue
        return d


def fmt(d):
    return d.strftime('%d/%m/%Y')


classes = []
used_codes = set()


def add(u, **k):
    k['u'] = u
    classes.append(k)


# ---------------------------------------------------------------- regular classes
for key, name, prov, habit, places, prefix, partners in UNIONS:
    again = PICK[key][:]
    R.shuffle(again)
    again = again[:10] if key in ('NA', 'TH', 'HT', 'QT', 'CT', 'VL', 'DT', 'AG', 'CM', 'TN') else again[:2]
    for n, bi in enumerate(PICK[key] + again):
        t, topic, aud = BANK[bi]
        d = workday(dt.date(2026, 12, 1), dt.date(2027, 6, 24))
        hours_ok = {'sangchieu': ['08:00', '13:30'], 'hhngay': ['08:00', '14:00', '07:30'],
                    'dmyhm': ['08:00', '13:30', '07:30'], 'serial': ['08:00', '13:30'],
                    'iso': ['08:00', '13:30']}.get(habit, ['08:00'])
        hh = R.choice(hours_ok) if R.random() < 0.3 else '08:00'
        days = R.choice([1, 1, 2, 2, 3]) if hh == '08:00' else 1
        place, former = R.choice(places)
        mode = 'offline'
        r = R.random()
        if key == 'DHCD' or r < 0.08:
            mode = 'online'
        elif r < 0.13:
            mode = 'blended'
        if mode == 'online':
            place, former = R.choice(['Trực tuyến qua Zoom', 'Phòng họp trực tuyến Zoom của LĐLĐ', 'Trực tuyến (Google Meet)']), None
        add(key, title=prefix + t, topic=topic, aud=aud, place=place, former=former, mode=mode,
            start=D.combine(d, dt.time(int(hh[:2]), int(hh[3:]))), days=days,
            deadline=(d - dt.timedelta(days=R.choice([3, 5, 7, 10]))) if R.random() < 0.55 else None,
            seats=R.choice([30, 40, 50, 60, 80, 100, 120, 150]), partner=R.choice(partners), status='open')

# ---------------------------------------------------------------- special classes (hand-written)
S = lambda y, m, d, h=8, mi=0: D(y, m, d, h, mi)
SPECIAL = [
 # NA: past, under way, evening, batches (Đợt 1/2) with look-alike titles, planned month
 ('NA', dict(code='NA-2611-01', title='Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS khu vực Tây Bắc Nghệ An', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS', place='Trung tâm Chính trị huyện Nghĩa Đàn cũ, xã Nghĩa Đàn', start=S(2026, 11, 10), days=3, status='finished', seats=80)),
 ('NA', dict(code='NA-2611-02', title='Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI', topic='Đối thoại, thương lượng tập thể', aud='Chủ tịch, PCT CĐCS doanh nghiệp FDI', place='Nhà văn hóa Lao động tỉnh, phường Trường Vinh', start=S(2026, 11, 23), days=3, status='open', seats=60, note='Lớp đang học, không nhận thêm học viên')),
 ('NA', dict(code='NA-2612-TOI', title='Lớp tối: phổ biến chính sách BHXH tự nguyện cho đoàn viên', topic='Pháp luật lao động', aud='Đoàn viên, người lao động', place='Nhà văn hóa Lao động tỉnh, phường Trường Vinh', start=S(2026, 12, 2, 18, 30), days=1, status='open', seats=120)),
 ('NA', dict(code='NA-CTM-D1A', batch='Đợt 1', title='Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu - lớp A', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS mới bầu', place='Hội trường LĐLĐ tỉnh, số 2 Lê Hồng Phong, phường Thành Vinh', start=S(2026, 12, 8), days=2, deadline=dt.date(2026, 12, 1), status='open', seats=70)),
 ('NA', dict(code='NA-CTM-D1B', batch='Đợt 1', title='Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu - lớp B', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS mới bầu', place='Trung tâm Chính trị thị xã Hoàng Mai cũ, phường Hoàng Mai', start=S(2026, 12, 15), days=2, deadline=dt.date(2026, 12, 8), status='open', seats=70)),
 ('NA', dict(code='NA-CTM-D2A', batch='Đợt 2', title='Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu - lớp A', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS mới bầu', place='Hội trường LĐLĐ tỉnh, số 2 Lê Hồng Phong, phường Thành Vinh', start=S(2027, 3, 16), days=2, deadline=dt.date(2027, 3, 9), status='open', seats=70)),
 ('NA', dict(code='NA-CTM-D2B', batch='Đợt 2', title='Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu - lớp B', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS mới bầu', place='Trung tâm Chính trị thị xã Hoàng Mai cũ, phường Hoàng Mai', period=('M', 2027, 4, 4), status='planned', seats=70)),
 # TH: cancelled, postponed with new date, planned quarter, weekend
 ('TH', dict(code='TH-HUY-01', title='Lớp bồi dưỡng kỹ năng hòa giải tranh chấp lao động tại doanh nghiệp da giày', topic='Giải quyết tranh chấp lao động', aud='Chủ tịch CĐCS doanh nghiệp da giày', place='Hội trường Trung tâm Hành chính phường Nghi Sơn', start=S(2026, 12, 9), days=2, status='cancelled', note='Hủy do trùng lịch Đại hội', seats=60)),
 ('TH', dict(code='TH-HOAN-01', title='Lớp bồi dưỡng nghiệp vụ công tác nữ công cho cán bộ nữ công KCN Lễ Môn', topic='Công tác nữ công, bình đẳng giới', aud='Trưởng, phó ban nữ công CĐCS', place='Cung Văn hóa Lao động tỉnh, phường Đông Sơn', start=S(2026, 12, 3), days=2, status='postponed', new=dt.date(2027, 1, 12), note='Hoãn sang 12/01/2027 do trùng lịch kiểm tra cuối năm', deadline=dt.date(2027, 1, 5), seats=50)),
 ('TH', dict(code='TH-Q2-DLTN', title='Lớp bồi dưỡng kỹ năng đối thoại, thương lượng cho cán bộ CĐ cấp trên cơ sở', topic='Đối thoại, thương lượng tập thể', aud='Cán bộ CĐ cấp trên cơ sở', place='Hội trường LĐLĐ tỉnh, 38 Đại lộ Lê Lợi, phường Hạc Thành', period=('Q', 2027, 2, 2), status='planned', seats=50)),
 ('TH', dict(code='TH-T7-ATVS', title='Lớp bồi dưỡng an toàn vệ sinh viên ca ngày nghỉ (thứ Bảy)', topic='ATVSLĐ', aud='An toàn vệ sinh viên', place='Cung Văn hóa Lao động tỉnh, phường Đông Sơn', start=S(2027, 1, 9), days=1, status='open', seats=100, weekend=True)),
 # HT: online, weekend, postponed without new date, past
 ('HT', dict(code='HT-ONL-CDS', title='Tập huấn trực tuyến kỹ năng chuyển đổi số cho CĐCS khối doanh nghiệp', topic='Tin học, chuyển đổi số', aud='Ủy viên BCH CĐCS', place='Trực tuyến qua Zoom', mode='online', start=S(2026, 12, 10, 14, 0), days=1, deadline=dt.date(2026, 12, 8), status='open', seats='300 điểm cầu')),
 ('HT', dict(code='HT-HOAN-KT', title='Tập huấn nghiệp vụ kiểm tra cho Ủy ban kiểm tra mới kiện toàn', topic='Công tác kiểm tra công đoàn', aud='Ủy viên UBKT CĐCS', place='Hội trường tầng 3 LĐLĐ tỉnh, phường Thành Sen', start=S(2026, 12, 1), days=2, status='postponed', note='Tạm hoãn, thời gian mới sẽ thông báo sau', seats=60)),
 ('HT', dict(code='HT-2611-NC', title='Tập huấn công tác nữ công năm 2026', topic='Nữ công', aud='Trưởng ban nữ công CĐCS', place='Hội trường tầng 3 LĐLĐ tỉnh, phường Thành Sen', start=S(2026, 11, 17), days=2, status='finished', seats=80)),
 ('HT', dict(code='HT-CN-ATVS', title='Tập huấn ATVSLĐ cho công nhân KKT Vũng Áng (Chủ nhật)', topic='ATVSLĐ', aud='Đoàn viên, NLĐ', place='Nhà văn hóa Công nhân KKT Vũng Áng, phường Hoành Sơn', start=S(2026, 12, 13), days=1, status='open', seats=200, weekend=True)),
 # QT: former Quảng Bình, evening
 ('QT', dict(code='QT-QB-TOI', title='Tập huấn buổi tối về pháp luật lao động cho công nhân khu vực Quảng Bình', topic='Pháp luật lao động', aud='Đoàn viên, người lao động', place='Nhà văn hóa Lao động Ba Đồn, phường Ba Đồn, Quảng Bình cũ', start=S(2026, 12, 17, 19, 30), days=1, status='open', seats=150)),
 ('QT', dict(code='QT-T3-KT', title='Tập huấn nghiệp vụ kiểm tra cho UBKT CĐCS khu vực Quảng Bình cũ', topic='Công tác kiểm tra công đoàn', aud='Ủy viên UBKT CĐCS', place='Hội trường LĐLĐ tỉnh, phường Đồng Hới (Quảng Bình cũ)', period=('M', 2027, 3, 3), status='planned', seats=60)),
 # CT: Sóc Trăng/Hậu Giang, under way, planned months
 ('CT', dict(code='CT-DANG-HOC', title='Tập huấn nghiệp vụ cho cán bộ công đoàn cấp trên trực tiếp cơ sở', topic='Nghiệp vụ công tác công đoàn', aud='Cán bộ CĐ cấp trên cơ sở', place='Hội trường LĐLĐ thành phố, phường Cái Khế', start=S(2026, 11, 20), end=S(2026, 11, 27, 17), days=6, status='open', seats=45)),
 ('CT', dict(code='CT-ST-TOI', title='Tập huấn buổi tối kỹ năng thương lượng cho tổ trưởng công đoàn khu vực Sóc Trăng', topic='Đối thoại, thương lượng tập thể', aud='Tổ trưởng công đoàn', place='Trụ sở LĐLĐ khu vực Sóc Trăng (cũ), phường Phú Lợi', start=S(2026, 12, 16, 18, 30), days=1, status='open', seats=80)),
 ('CT', dict(code='CT-HG-T34', title='Tập huấn công tác nữ công khu vực Hậu Giang', topic='Công tác nữ công', aud='Cán bộ nữ công CĐCS', place='Hội trường khu vực Hậu Giang (cũ), phường Vị Thanh', period=('M', 2027, 3, 4), status='planned', seats=60)),
 # VL: Bến Tre/Trà Vinh, cancelled, postponed with new date
 ('VL', dict(code='VL-BT-HUY', title='Bồi dưỡng kỹ năng tư vấn pháp luật cho CĐCS ngành dừa', topic='Tư vấn pháp luật', aud='Chủ tịch CĐCS', place='Nhà văn hóa Lao động khu vực Bến Tre, phường An Hội', start=S(2026, 12, 14), days=1, status='cancelled', note='Đã hủy, gộp vào lớp tháng 3', seats=50)),
 ('VL', dict(code='VL-TV-HOAN', title='Bồi dưỡng nghiệp vụ tài chính công đoàn khu vực Trà Vinh', topic='Tài chính công đoàn', aud='Kế toán CĐCS', place='Cơ sở 2 LĐLĐ tỉnh (Trà Vinh cũ), phường Trà Vinh', start=S(2026, 12, 7), days=2, status='postponed', new=dt.date(2027, 2, 23), note='Lùi lịch đến 23/02/2027', seats=60)),
 # DT: Tiền Giang, weekend, quarter
 ('DT', dict(code='DT-TG-CN', title='Tập huấn ATVSLĐ cho công nhân KCN Tân Hương (Chủ nhật)', topic='ATVSLĐ', aud='Đoàn viên, NLĐ', place='Cung Văn hóa Lao động khu vực Tiền Giang (cũ), phường Mỹ Tho', start=S(2027, 1, 17), days=1, status='open', seats=150, weekend=True)),
 ('DT', dict(code='DT-Q1-GV', title='Tập huấn giảng viên kiêm chức công đoàn năm 2027', topic='Kỹ năng giảng dạy cho giảng viên', aud='Giảng viên kiêm chức', place='Hội trường LĐLĐ khu vực Cao Lãnh, phường Cao Lãnh', period=('Q', 2027, 1, 1), status='planned', seats=40)),
 # AG: Kiên Giang, Phú Quốc, past
 ('AG', dict(code='AG-2611-TC', title='Tập huấn nghiệp vụ tài chính CĐCS khu vực Kiên Giang', topic='Tài chính công đoàn', aud='Kế toán, thủ quỹ CĐCS', place='Trụ sở LĐLĐ tỉnh, phường Rạch Giá (Kiên Giang cũ)', start=S(2026, 11, 12), days=2, status='finished', seats=60)),
 ('AG', dict(code='AG-PQ-DL', title='Tập huấn đối thoại tại nơi làm việc cho CĐCS ngành du lịch Phú Quốc', topic='Đối thoại, thương lượng tập thể', aud='Chủ tịch CĐCS khách sạn, du lịch', place='Nhà văn hóa Lao động Phú Quốc, đặc khu Phú Quốc, Kiên Giang cũ', start=S(2027, 4, 6), days=2, deadline=dt.date(2027, 3, 26), status='open', seats=50)),
 # CM: Bạc Liêu evening, cancelled
 ('CM', dict(code='CM-BL-TOI', title='Tập huấn buổi tối phổ biến pháp luật lao động cho công nhân nhà máy tôm', topic='Pháp luật lao động', aud='Đoàn viên, người lao động', place='Nhà văn hóa Lao động khu vực Bạc Liêu, phường Bạc Liêu', start=S(2027, 1, 7, 18, 30), days=1, status='open', seats=200)),
 ('CM', dict(code='CM-HUY-TC', title='Tập huấn quản lý tài chính, tài sản công đoàn cơ sở', topic='Tài chính công đoàn', aud='Chủ tịch, kế toán CĐCS', place='Hội trường LĐLĐ tỉnh, phường An Xuyên', start=S(2027, 3, 4), days=2, status='cancelled', note='Hủy lớp - chuyển sang học trực tuyến với Trường ĐH Công đoàn', seats=80)),
 # TN: Long An, half-year plan
 ('TN', dict(code='TN-LA-6T', title='Tập huấn kỹ năng phát triển đoàn viên tại doanh nghiệp ngoài nhà nước', topic='Phát triển đoàn viên, thành lập CĐCS', aud='Cán bộ CĐ cấp trên cơ sở', place='Hội trường LĐLĐ tỉnh, phường Long An (Long An cũ)', period=('H', 2027, 1, 6), status='planned', seats=60)),
 # GDNA: weekend (teachers)
 ('GDNA', dict(code='GDNA-T7-01', title='Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ công đoàn trường học (thứ Bảy)', topic='Chuyển đổi số', aud='Chủ tịch công đoàn trường học', place='Trường THPT Huỳnh Thúc Kháng, phường Thành Vinh', start=S(2026, 12, 5), days=1, deadline=dt.date(2026, 11, 30), status='open', seats=120, weekend=True)),
 ('GDNA', dict(code='GDNA-T7-02', title='Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch CĐ trường mầm non, tiểu học (thứ Bảy)', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch công đoàn trường học', place='Hội trường Sở Giáo dục và Đào tạo, phường Thành Vinh', start=S(2027, 3, 13), days=1, deadline=dt.date(2027, 3, 6), status='open', seats=150, weekend=True)),
 # VCTH: online evening
 ('VCTH', dict(code='VCTH-ONL-TOI', title='Tập huấn trực tuyến buổi tối: Luật Công đoàn 2024 cho viên chức', topic='Pháp luật lao động', aud='Đoàn viên công đoàn viên chức', place='Phòng họp trực tuyến Zoom', mode='online', start=S(2027, 1, 14, 19, 30), days=1, deadline=dt.date(2027, 1, 12), status='open', seats='theo đăng ký')),
 # KCNTN: Sunday classes for workers, evening
 ('KCNTN', dict(code='KCN-TN-CN1', title='Tập huấn kỹ năng cho tổ trưởng công đoàn KCN (Chủ nhật)', topic='Nghiệp vụ công tác công đoàn', aud='Tổ trưởng công đoàn', place='Nhà văn hóa công nhân KCN Tân Đức, xã Đức Hòa (Long An cũ)', start=S(2026, 12, 20), days=1, status='open', seats=100, weekend=True)),
 ('KCNTN', dict(code='KCN-TN-TOI', title='Tập huấn buổi tối về thương lượng tiền lương cho CĐCS doanh nghiệp FDI', topic='Thương lượng tập thể', aud='Chủ tịch, PCT CĐCS doanh nghiệp FDI', place='Hội trường Công đoàn các KCN, phường Long An', start=S(2027, 3, 10, 18, 30), days=1, status='open', seats=80)),
 # KCXCT: cancelled
 ('KCXCT', dict(code='KCX-CT-HUY', title='Tập huấn ATVSLĐ mùa nắng nóng cho công nhân KCN Trà Nóc', topic='ATVSLĐ', aud='Đoàn viên, NLĐ', place='Nhà văn hóa công nhân KCN Trà Nóc, phường Thới An Đông', start=S(2027, 4, 20), days=1, status='cancelled', note='Hủy', seats=120)),
 # PTV: ward union, evening
 ('PTV', dict(code='PTV-TOI-01', title='Tập huấn buổi tối cho tổ trưởng công đoàn các HTX, hộ kinh doanh', topic='Nghiệp vụ công tác công đoàn', aud='Tổ trưởng công đoàn', place='Hội trường UBND phường Trường Vinh', start=S(2026, 12, 11, 18, 30), days=1, status='open', seats=60)),
 # PST: ward union in former Sóc Trăng
 ('PST', dict(code='PST-01', title='Tập huấn nghiệp vụ cho CĐCS khu vực phường Sóc Trăng', topic='Nghiệp vụ công tác công đoàn', aud='Chủ tịch CĐCS', place='Hội trường UBND phường Sóc Trăng (Sóc Trăng cũ)', start=S(2027, 1, 20), days=1, status='open', seats=50)),
 # DHCD: blended national, under way online
 ('DHCD', dict(code='DHCD-KH-01', title='Bồi dưỡng kỹ năng nghiên cứu, xây dựng bài giảng cho giảng viên kiêm chức toàn quốc', topic='Kỹ năng giảng dạy cho giảng viên', aud='Giảng viên kiêm chức', place='Trường Đại học Công đoàn, 169 Tây Sơn, Hà Nội', mode='blended', start=S(2027, 5, 11), days=3, deadline=dt.date(2027, 4, 30), status='open', seats='50-60')),
 ('DHCD', dict(code='DHCD-ONL-DANG', title='Bồi dưỡng trực tuyến nghiệp vụ công đoàn cho cán bộ chuyên trách khóa tháng 11', topic='Nghiệp vụ công tác công đoàn', aud='Cán bộ CĐ chuyên trách', place='Trực tuyến (LMS Trường Đại học Công đoàn)', mode='online', start=S(2026, 11, 16), end=S(2026, 11, 28, 17), days=10, status='open', seats=200)),
]
for u, k in SPECIAL:
    k.setdefault('mode', 'offline')
    k.setdefault('former', None)
    for p, f in UKEY[u][4]:
        if p == k['place']:
            k['former'] = f
    for fp in ['Quảng Bình', 'Sóc Trăng', 'Hậu Giang', 'Bến Tre', 'Trà Vinh', 'Tiền Giang', 'Kiên Giang', 'Bạc Liêu', 'Long An']:
        if fp in k['place']:
            k['former'] = fp
    k.setdefault('partner', '')
    k.setdefault('deadline', None)
    k['special'] = True
    add(u, **k)

# ---------------------------------------------------------------- a few regular classes only planned by month
for key in ['VL', 'CT', 'TN', 'QT', 'AG', 'CM', 'YTHT']:
    cand = [k for k in classes if k['u'] == key and not k.get('special') and k['start'] >= D(2027, 4, 1)]
    for k in cand[:1]:
        k['period'] = ('M', k['start'].year, k['start'].month, k['start'].month)
        k['start'] = None
        k['deadline'] = None
        k['status'] = 'planned'

PFX = {'NA': 'NA', 'TH': 'TH', 'HT': 'HT', 'QT': 'QT', 'CT': 'CT', 'VL': 'VL', 'DT': 'DT', 'AG': 'AG', 'CM': 'CM', 'TN': 'TN',
       'GDNA': 'GDNA', 'VCTH': 'VCTH', 'YTHT': 'YTHT', 'KCNTN': 'KCN-TN', 'KCXCT': 'KCX-CT', 'KKTTH': 'KKT-NS', 'PTV': 'PTV', 'PST': 'PST', 'DHCD': 'DHCD'}


def sortkey(k):
    if k.get('start'):
        return (0, k['start'])
    p = k['period']
    return (1, D(p[1], {'M': p[2], 'Q': 3 * p[2] - 2, 'H': p[2]}[p[0]], 1))


out_classes = []
for key, *_ in UNIONS:
    mine = sorted([k for k in classes if k['u'] == key], key=lambda k: (bool(k.get('batch')), k.get('batch') or '', sortkey(k)))
    n = 0
    for k in mine:
        if 'code' not in k:
            n += 1
            y = k['start'].year if k.get('start') else k['period'][1]
            k['code'] = '%s-%d-%02d' % (PFX[key], y, n)
        assert k['code'] not in used_codes, k['code']
        used_codes.add(k['code'])
        out_classes.append(k)

for k in out_classes:
    if k.get('start') and not k.get('end'):
        k['end'] = D.combine((k['start'] + dt.timedelta(days=k['days'] - 1)).date(),
                             dt.time(21, 0) if k['start'].hour >= 18 else dt.time(17, 0))
    if k.get('deadline') and not isinstance(k['deadline'], D):
        k['deadline'] = D.combine(k['deadline'], dt.time(23, 59))

# ---------------------------------------------------------------- rendering (each union's habit)
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WDA = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
QR = ['', 'I', 'II', 'III', 'IV']


def serial(d):
    return (d.date() - dt.date(1899, 12, 30)).days + (d.hour * 60 + d.minute) / 1440.0


def hm(t):
    return '%dh%02d' % (t.hour, t.minute)


def render_start(k, habit):
    s = k.get('start')
    if s is None:
        p = k['period']
        if p[0] == 'M' and p[2] == p[3]:
            return ('T%d/%d' if habit == 'tabbr' else 'Tháng %d/%d') % (p[2], p[1])
        if p[0] == 'M':
            return 'Tháng %d-%d/%d' % (p[2], p[3], p[1])
        if p[0] == 'Q':
            return ('Q%d/%d' % (p[2], p[1])) if habit == 'tabbr' else ('Quý %s/%d' % (QR[p[2]], p[1]))
        if p[0] == 'H':
            return '6 tháng đầu năm %d' % p[1]
    t = s.time()
    if t == dt.time(18, 30):
        return 'Tối ' + fmt(s)
    if habit == 'sangchieu':
        return {dt.time(8): 'Sáng ', dt.time(13, 30): 'Chiều '}[t] + fmt(s)
    if habit == 'weekday':
        assert t == dt.time(8), k
        return WD[s.weekday()] + ', ' + fmt(s)
    if habit == 'tabbr':
        assert t == dt.time(8), k
        return WDA[s.weekday()] + ' ' + fmt(s)
    if habit == 'iso':
        return s.strftime('%Y-%m-%d') if t == dt.time(8) else hm(t) + ' ngày ' + fmt(s)
    if habit == 'hhngay':
        return hm(t) + ' ngày ' + fmt(s)
    if habit == 'dmyhm':
        return s.strftime('%d/%m/%Y %H:%M')
    if habit == 'serial':
        v = serial(s)
        return ('%d' % v) if t == dt.time(8) else ('%.4f' % v)
    if habit == 'software':
        assert t == dt.time(8), k
        return s.strftime('%Y-%m-%d 00:00:00')
    if habit == 'range':
        e = k['end']
        if t == dt.time(8) and e.date() > s.date() and e.year == s.year and e.time() == dt.time(17):
            return ('%02d/%02d - %s' if R.random() < 0.6 else 'Từ %02d/%02d đến %s') % (s.day, s.month, fmt(e))
        if t == dt.time(8):
            return fmt(s)
        return s.strftime('%d/%m/%Y %H:%M')
    raise ValueError(habit)


def render_end(k, habit, start_cell):
    e = k.get('end')
    if e is None:
        return ''
    s = k['start']
    if habit == 'range' and (' - ' in start_cell or start_cell.startswith('Từ')):
        return ''
    if e.time() == dt.time(21):
        return '21h00 ngày ' + fmt(e)
    if e.date() == s.date() and k['days'] == 1 and R.random() < 0.5:
        return ''
    if habit == 'software':
        return e.strftime('%Y-%m-%d 00:00:00')
    if habit == 'serial':
        return '%d' % serial(e)
    if habit == 'iso':
        return e.strftime('%Y-%m-%d')
    return fmt(e)


def render_deadline(k, habit):
    d = k.get('deadline')
    if not d:
        return ''
    if habit == 'software':
        return d.strftime('%Y-%m-%d 00:00:00')
    if habit == 'iso':
        return d.strftime('%Y-%m-%d')
    return fmt(d)


def render_seats(k, key):
    v = k['seats']
    if isinstance(v, str):
        return v
    c = R.random()
    if key in ('NA', 'PTV'):
        return '%d người' % v
    if key in ('CT', 'VL') and c < 0.4:
        return 'khoảng %d học viên' % v
    if key == 'TH' and c < 0.3:
        return '%d-%d' % (v - 10, v)
    if key == 'KCNTN' and c < 0.4:
        return '%d (2 lớp)' % v
    return str(v)


def render_mode(k, key):
    m = k['mode']
    if m == 'online':
        return 'Trực tuyến'
    if m == 'blended':
        return 'Trực tiếp + trực tuyến' if key in ('QT', 'DHCD') else 'Kết hợp'
    return '' if key in ('VL', 'CT', 'AG', 'PST', 'KCXCT') else 'Tập trung'


STATUS_OPEN = {'NA': 'Mở đăng ký', 'TH': 'Mở đăng ký', 'HT': '', 'QT': 'Mở đăng ký', 'CT': '', 'VL': 'mo dang ky', 'DT': '',
               'AG': '', 'CM': 'Mở đăng ký', 'TN': 'Mở đăng ký', 'GDNA': 'Mở đăng ký', 'VCTH': 'Mở đăng ký', 'YTHT': '',
               'KCNTN': '', 'KCXCT': '', 'KKTTH': 'Mở đăng ký', 'PTV': '', 'PST': '', 'DHCD': 'Mở đăng ký'}


def render_status(k, key):
    st = k['status']
    if st == 'open':
        return STATUS_OPEN[key]
    if st == 'planned':
        return 'Dự kiến' if key in ('NA', 'TH', 'DT') else ''
    if st == 'cancelled':
        return 'Đã huỷ' if key == 'VL' else 'Đã hủy'
    if st == 'finished':
        return 'Đã kết thúc'
    if st == 'postponed':
        return {'TH': 'Hoãn', 'HT': 'Tạm hoãn'}.get(key, 'Đã hoãn')
    raise ValueError(st)


HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố',
        'Địa điểm', 'Hình thức', 'Ngày bắt đầu (dd/mm/yyyy)', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ',
        'Trạng thái', 'Ghi chú']
NC = len(HEAD)


def row(**kw):
    r = [''] * NC
    for k, v in kw.items():
        r[HEAD.index(k)] = v
    return r


rows = []
blank = [''] * NC
rows.append(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] + [''] * (NC - 9))
rows.append(['BAN TỔ CHỨC', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'] + [''] * (NC - 9))
rows.append(['Số: 33/KH-BTC', '', '', '', '', '', '', '', 'Hà Nội, ngày 16 tháng 11 năm 2026'] + [''] * (NC - 9))
rows.append(blank[:])
rows.append(['KẾ HOẠCH'] + [''] * (NC - 1))
rows.append(['Tổng hợp các lớp đào tạo, bồi dưỡng cán bộ công đoàn khu vực Bắc Trung Bộ và Đồng bằng sông Cửu Long'] + [''] * (NC - 1))
rows.append(['(từ tháng 11/2026 đến tháng 6/2027 - bản xuất từ phần mềm quản lý đào tạo)'] + [''] * (NC - 1))
rows.append(blank[:])
rows.append(HEAD[:])
rows.append(['(%d)' % (i + 1) for i in range(NC)])

SECTION = {'NA': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN', 'TH': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA', 'HT': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH',
           'QT': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ', 'CT': 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ', 'VL': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG',
           'DT': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG THÁP', 'AG': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG', 'CM': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH CÀ MAU',
           'TN': 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH', 'GDNA': 'CÔNG ĐOÀN GIÁO DỤC TỈNH NGHỆ AN', 'VCTH': 'CÔNG ĐOÀN VIÊN CHỨC TỈNH THANH HÓA',
           'YTHT': 'CÔNG ĐOÀN NGÀNH Y TẾ TỈNH HÀ TĨNH', 'KCNTN': 'CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH TÂY NINH',
           'KCXCT': 'CÔNG ĐOÀN CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP CẦN THƠ', 'KKTTH': 'CÔNG ĐOÀN KHU KINH TẾ NGHI SƠN VÀ CÁC KCN TỈNH THANH HÓA',
           'PTV': 'CÔNG ĐOÀN PHƯỜNG TRƯỜNG VINH (NGHỆ AN)', 'PST': 'CÔNG ĐOÀN PHƯỜNG SÓC TRĂNG (CẦN THƠ)', 'DHCD': 'TRƯỜNG ĐẠI HỌC CÔNG ĐOÀN'}
BLANK_PROV = {'HT', 'YTHT'}
quirk_title = {'NA': ' (*)', 'QT': '\n', 'VL': 'nbsp'}
truth = []
total_seats = 0
for si, (key, name, prov, habit, places, prefix, partners) in enumerate(UNIONS):
    rows.append(row(**{'STT': ROMAN[si], 'Tên lớp học': SECTION[key]}))
    n = 0
    cur_batch = None
    quirked = False
    for k in [c for c in out_classes if c['u'] == key]:
        if k.get('batch') != cur_batch:
            cur_batch = k.get('batch')
            lab = cur_batch if cur_batch != 'Đợt 2' else 'Đợt 2 (tháng 3/2027)'
            rows.append(row(**{'Tên lớp học': lab}))
        n += 1
        st = render_start(k, habit)
        title_cell = k['title']
        place_cell = k['place']
        title_sem = k['title']
        if not quirked and not k.get('special') and key in quirk_title:
            q = quirk_title[key]
            if q == ' (*)':
                title_cell = k['title'] + ' (*)'
                st = st + ' (*)'
            elif q == '\n':
                w = k['title'].split(' ')
                title_cell = ' '.join(w[:3]) + '\n' + ' '.join(w[3:])
            elif q == 'nbsp':
                place_cell = k['place'].replace(' ', '\u00a0', 2)
            quirked = True
        if k.get('batch'):
            title_sem = k['title'] + ' (' + k['batch'].lower() + ')'
        days_cell = ''
        if k.get('start'):
            days_cell = ('%d ngày' % k['days']) if key in ('NA', 'PTV', 'GDNA') else str(k['days'])
            if key == 'DT' and k['days'] == 1:
                days_cell = ''
        note = k.get('note', '')
        seats_cell = render_seats(k, key)
        rows.append(row(**{
            'STT': str(n), 'Mã lớp': k['code'], 'Tên lớp học': title_cell, 'Chủ đề': k['topic'], 'Đối tượng': k['aud'],
            'Đơn vị tổ chức': name, 'Đơn vị phối hợp': k.get('partner', ''),
            'Tỉnh/Thành phố': '' if key in BLANK_PROV else prov, 'Địa điểm': place_cell,
            'Hình thức': render_mode(k, key), 'Ngày bắt đầu (dd/mm/yyyy)': st,
            'Ngày kết thúc': render_end(k, habit, st), 'Hạn đăng ký': render_deadline(k, habit),
            'Số ngày': days_cell, 'Số chỗ': seats_cell, 'Trạng thái': render_status(k, key), 'Ghi chú': note}))
        seats = k['seats']
        if isinstance(seats, str):
            seats = 60 if seats == '50-60' else None
        if isinstance(seats, int):
            total_seats += seats
        new_start = None
        if k.get('new'):
            new_start = D.combine(k['new'], k['start'].time())
        truth.append({
            'code': k['code'], 'title': title_sem, 'topic': k['topic'], 'audience': k['aud'], 'org': name, 'ukey': key,
            'province': prov, 'place': k['place'], 'former': k.get('former'), 'mode': k['mode'],
            'start': k['start'].strftime('%Y-%m-%d %H:%M') if k.get('start') else None,
            'period': list(k['period']) if k.get('period') else None,
            'end': k['end'].strftime('%Y-%m-%d %H:%M') if k.get('end') else None,
            'deadline': k['deadline'].strftime('%Y-%m-%d %H:%M') if k.get('deadline') else None,
            'days': k['days'] if k.get('start') else None, 'seats': seats,
            'status': k['status'], 'new_start': new_start.strftime('%Y-%m-%d %H:%M') if new_start else None,
            'note': note, 'batch': k.get('batch')})
rows.append(row(**{'Tên lớp học': 'Tổng cộng: %d lớp' % len(truth), 'Số chỗ': str(total_seats)}))
rows.append(blank[:])
rows.append(row(**{'STT': 'Nơi nhận:', 'Địa điểm': 'TM. BAN TỔ CHỨC'}))
rows.append(row(**{'STT': '- Các LĐLĐ tỉnh, thành phố;', 'Địa điểm': 'KT. TRƯỞNG BAN'}))
rows.append(row(**{'STT': '- Công đoàn ngành TW;', 'Địa điểm': 'PHÓ TRƯỞNG BAN'}))
rows.append(row(**{'STT': '- Lưu: VT, BTC.', 'Địa điểm': '(đã ký)'}))
rows.append(row(**{'Địa điểm': 'Nguyễn Văn Mẫu'}))
rows.append(row(**{'STT': 'Người lập biểu: Trần Thị Lập'}))

with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f, delimiter=';', lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'courses_truth.json'), 'w', encoding='utf-8') as f:
    json.dump(truth, f, ensure_ascii=False, indent=0)
print(len(truth), 'classes;', len(UNIONS), 'unions;', len(set(t['province'] for t in truth)), 'provinces')
