#!/usr/bin/env python3
"""Generate out/courses.csv and out/targets.csv (deterministic, seed fixed).

The files imitate a consolidated plan that a provincial/central office would export from
Excel: title block, section rows (I, II ...), blank cells where the office relied on the
organiser's province / default status, Vietnamese dates, notes, signature block.
"""
import csv, random, os, datetime as dt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
R = random.Random(20261123)

# key: (name as written in file, current province, code pattern, places)
# places: list of (place text, ward-or-None)  -- the former province is derived by validate.py
UNIONS = [
 ('PT', 'LĐLĐ tỉnh Phú Thọ', 'Phú Thọ', 'PTO-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Việt Trì',
   'Trung tâm Văn hóa Lao động, phường Nông Trang',
   'Hội trường trụ sở LĐLĐ tỉnh Vĩnh Phúc (cũ), phường Vĩnh Phúc',
   'Nhà văn hóa công nhân KCN Bình Xuyên, xã Bình Xuyên (Vĩnh Phúc cũ)',
   'Hội trường trụ sở LĐLĐ tỉnh Hòa Bình (cũ), phường Hòa Bình',
 ]),
 ('PTVC', 'Công đoàn Viên chức tỉnh Phú Thọ', 'Phú Thọ', 'CDVC.PT.{n:02d}', [
   'Hội trường Sở Nội vụ, phường Việt Trì',
   'Trường Chính trị tỉnh, phường Vĩnh Phúc (Vĩnh Phúc cũ)',
 ]),
 ('PTVT', 'Công đoàn phường Việt Trì', 'Phú Thọ', 'CDP-VT-{n:02d}', [
   'Hội trường UBND phường Việt Trì',
 ]),
 ('BN', 'Liên đoàn Lao động tỉnh Bắc Ninh', 'Bắc Ninh', 'BN.{y}.{n:03d}', [
   'Hội trường LĐLĐ tỉnh, phường Kinh Bắc',
   'Cung Văn hóa Lao động, phường Vũ Ninh',
   'Hội trường trụ sở LĐLĐ tỉnh Bắc Giang (cũ), phường Bắc Giang',
   'Nhà văn hóa công nhân KCN Quang Châu, xã Nếnh (Bắc Giang cũ)',
 ]),
 ('BNKCN', 'Công đoàn các KCN tỉnh Bắc Ninh', 'Bắc Ninh', 'KCNBN-{y}{n:02d}', [
   'Nhà văn hóa công nhân KCN Yên Phong, xã Yên Phong',
   'Hội trường Ban quản lý các KCN, phường Kinh Bắc',
   'Nhà văn hóa công nhân KCN Vân Trung, xã Nếnh (Bắc Giang cũ)',
 ]),
 ('HP', 'LĐLĐ thành phố Hải Phòng', 'Hải Phòng', 'HPG-DT-{y}{n:02d}', [
   'Hội trường LĐLĐ thành phố, phường Ngô Quyền',
   'Cung Văn hóa Lao động hữu nghị Việt Tiệp, phường Hồng Bàng',
   'Hội trường trụ sở LĐLĐ tỉnh Hải Dương (cũ), phường Thành Đông',
   'Nhà văn hóa công nhân KCN Đại An, phường Tứ Minh (Hải Dương cũ)',
 ]),
 ('HN', 'LĐLĐ thành phố Hà Nội', 'Hà Nội', 'HN-KH{y}-{n:02d}', [
   'Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa',
   'Cung Văn hóa Lao động Thủ đô, phường Hoàn Kiếm',
   'Hội trường UBND xã Mê Linh',
 ]),
 ('HNKCN', 'Công đoàn các Khu công nghiệp và Chế xuất Hà Nội', 'Hà Nội', 'KCNCX-HN-{n:02d}', [
   'Nhà văn hóa công nhân KCN Thăng Long, xã Thiên Lộc',
   'Hội trường KCN Quang Minh, xã Quang Minh',
 ]),
 ('HNGD', 'Công đoàn ngành Giáo dục Hà Nội', 'Hà Nội', 'GDHN{y}-{n:02d}', [
   'Hội trường Sở Giáo dục và Đào tạo, phường Cửa Nam',
   'Trường THPT Việt Đức, phường Cửa Nam',
 ]),
 ('NB', 'LĐLĐ tỉnh Ninh Bình', 'Ninh Bình', 'NBI-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Hoa Lư',
   'Hội trường trụ sở LĐLĐ tỉnh Nam Định (cũ), phường Nam Định',
   'Hội trường trụ sở LĐLĐ tỉnh Hà Nam (cũ), phường Phủ Lý',
   'Nhà văn hóa công nhân KCN Đồng Văn, phường Duy Tân (Hà Nam cũ)',
 ]),
 ('HY', 'LĐLĐ tỉnh Hưng Yên', 'Hưng Yên', 'HYE.{y}.{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Phố Hiến',
   'Hội trường trụ sở LĐLĐ tỉnh Thái Bình (cũ), phường Thái Bình',
   'Nhà văn hóa công nhân KCN Phố Nối A, phường Mỹ Hào',
 ]),
 ('TN', 'LĐLĐ tỉnh Thái Nguyên', 'Thái Nguyên', 'TNG-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng',
   'Nhà văn hóa công nhân KCN Yên Bình, phường Phổ Yên',
   'Hội trường trụ sở LĐLĐ tỉnh Bắc Kạn (cũ), phường Đức Xuân',
 ]),
 ('LC', 'LĐLĐ tỉnh Lào Cai', 'Lào Cai', 'LCI{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Cam Đường',
   'Hội trường trụ sở LĐLĐ tỉnh Yên Bái (cũ), phường Yên Bái',
   'Nhà khách Công đoàn Sa Pa, phường Sa Pa',
 ]),
 ('TQ', 'LĐLĐ tỉnh Tuyên Quang', 'Tuyên Quang', 'TQG-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Minh Xuân',
   'Hội trường trụ sở LĐLĐ tỉnh Hà Giang (cũ), phường Hà Giang 1',
 ]),
 ('LS', 'LĐLĐ tỉnh Lạng Sơn', 'Lạng Sơn', 'LSN-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Đông Kinh',
   'Nhà văn hóa trung tâm, phường Lương Văn Tri',
   'Hội trường UBND xã Chi Lăng',
 ]),
 ('QN', 'LĐLĐ tỉnh Quảng Ninh', 'Quảng Ninh', 'QNH-{y}-{n:02d}', [
   'Cung Văn hóa Công nhân mỏ, phường Hồng Gai',
   'Nhà văn hóa công nhân, phường Cẩm Phả',
 ]),
 ('SL', 'LĐLĐ tỉnh Sơn La', 'Sơn La', 'SLA-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Tô Hiệu',
   'Hội trường UBND xã Mộc Châu',
 ]),
 ('DB', 'LĐLĐ tỉnh Điện Biên', 'Điện Biên', 'DBI-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Điện Biên Phủ',
 ]),
 ('CB', 'LĐLĐ tỉnh Cao Bằng', 'Cao Bằng', 'CBG-{y}-{n:02d}', [
   'Hội trường LĐLĐ tỉnh, phường Thục Phán',
 ]),
 ('DHCD', 'Trường Đại học Công đoàn', 'Hà Nội', 'DHCD-BD-{y}{n:02d}', [
   'Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên',
 ]),
 ('CDGD', 'Công đoàn Giáo dục Việt Nam', 'Hà Nội', 'CDGDVN-{n:02d}', [
   'Hội trường Bộ Giáo dục và Đào tạo, 35 Đại Cồ Việt, phường Bạch Mai',
 ]),
]
# how many classes per union
COUNTS = {'PT': 30, 'PTVC': 10, 'PTVT': 5, 'BN': 28, 'BNKCN': 14, 'HP': 26, 'HN': 22, 'HNKCN': 10,
          'HNGD': 9, 'NB': 24, 'HY': 18, 'TN': 18, 'LC': 18, 'TQ': 15, 'LS': 16, 'QN': 14, 'SL': 10,
          'DB': 8, 'CB': 8, 'DHCD': 8, 'CDGD': 6}

# topic key -> (label as usually written, [(title, audience text, audience keys)])
AUD = {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'BCH': 'Ủy viên BCH công đoàn',
       'CT_CHUYEN': 'Cán bộ công đoàn chuyên trách', 'KCT': 'Cán bộ công đoàn không chuyên trách',
       'GV': 'Giảng viên kiêm chức', 'CTCS': 'Cán bộ công đoàn cấp trên cơ sở',
       'UBKT': 'Ủy viên ủy ban kiểm tra', 'DV': 'Đoàn viên, người lao động'}
TOPICS = {
 'NV': ('Nghiệp vụ công tác công đoàn', [
   ('Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS', ['CT', 'PCT']),
   ('Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở mới bầu', 'Ủy viên BCH CĐCS nhiệm kỳ mới', ['BCH']),
   ('Tập huấn kỹ năng hoạt động công đoàn cho ủy viên BCH CĐCS', 'Ủy viên BCH', ['BCH']),
   ('Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ không chuyên trách', 'CBCĐ không chuyên trách', ['KCT']),
 ]),
 'TL': ('Đối thoại, thương lượng tập thể', [
   ('Tập huấn kỹ năng đối thoại tại nơi làm việc', 'Chủ tịch CĐCS, Ủy viên BCH', ['CT', 'BCH']),
   ('Tập huấn kỹ năng thương lượng tập thể', 'Chủ tịch, PCT CĐCS doanh nghiệp', ['CT', 'PCT']),
   ('Tập huấn kỹ năng thương lượng tập thể ngành', 'Cán bộ CĐ cấp trên cơ sở', ['CTCS']),
 ]),
 'AT': ('ATVSLĐ', [
   ('Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên', 'Đoàn viên, người lao động', ['DV']),
   ('Tập huấn công tác an toàn, vệ sinh lao động cho cán bộ công đoàn', 'Chủ tịch CĐCS; Ủy viên BCH', ['CT', 'BCH']),
 ]),
 'PL': ('Pháp luật lao động, tư vấn pháp luật', [
   ('Tập huấn Luật Công đoàn năm 2024 và các văn bản hướng dẫn', 'Chủ tịch CĐCS, Ủy viên BCH', ['CT', 'BCH']),
   ('Tập huấn kỹ năng tư vấn pháp luật cho cán bộ công đoàn', 'Cán bộ CĐ cấp trên cơ sở', ['CTCS']),
   ('Phổ biến pháp luật lao động cho người lao động', 'Đoàn viên, người lao động', ['DV']),
 ]),
 'TC': ('Giải quyết tranh chấp lao động', [
   ('Tập huấn kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể', 'Chủ tịch CĐCS, CBCĐ cấp trên cơ sở', ['CT', 'CTCS']),
 ]),
 'NC': ('Công tác nữ công, bình đẳng giới', [
   ('Tập huấn công tác nữ công, bình đẳng giới', 'Trưởng, phó ban nữ công CĐCS', ['NC']),
   ('Bồi dưỡng kỹ năng cho cán bộ nữ công cơ sở', 'Ban nữ công CĐCS', ['NC']),
 ]),
 'TCCD': ('Tài chính công đoàn', [
   ('Tập huấn công tác tài chính, kế toán công đoàn cơ sở', 'Chủ tịch CĐCS, kế toán công đoàn', ['CT', 'KT']),
   ('Tập huấn quản lý thu, chi tài chính công đoàn theo quy định mới', 'Chủ tịch CĐCS; Kế toán CĐCS', ['CT', 'KT']),
 ]),
 'KT': ('Công tác kiểm tra công đoàn', [
   ('Tập huấn nghiệp vụ công tác kiểm tra cho UBKT công đoàn cơ sở', 'Ủy viên UBKT CĐCS', ['UBKT']),
   ('Bồi dưỡng kỹ năng kiểm tra tài chính công đoàn', 'Ủy viên UBKT', ['UBKT']),
 ]),
 'TG': ('Tuyên truyền, tuyên giáo', [
   ('Tập huấn kỹ năng tuyên truyền trên mạng xã hội', 'Ủy viên BCH CĐCS', ['BCH']),
 ]),
 'PT': ('Phát triển đoàn viên, thành lập CĐCS', [
   ('Tập huấn kỹ năng phát triển đoàn viên, thành lập công đoàn cơ sở', 'Cán bộ CĐ cấp trên cơ sở', ['CTCS']),
 ]),
 'CDS': ('Chuyển đổi số', [
   ('Tập huấn sử dụng phần mềm quản lý đoàn viên', 'Chủ tịch CĐCS; Ủy viên BCH', ['CT', 'BCH']),
   ('Tập huấn chuyển đổi số trong hoạt động công đoàn', 'Cán bộ công đoàn chuyên trách', ['CT_CHUYEN']),
 ]),
 'GV': ('Kỹ năng giảng dạy cho giảng viên', [
   ('Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn', 'Giảng viên kiêm chức', ['GV']),
 ]),
 'VT': ('Văn thư, lưu trữ', [
   ('Tập huấn công tác văn thư, lưu trữ trong cơ quan công đoàn', 'Cán bộ công đoàn chuyên trách', ['CT_CHUYEN']),
 ]),
 'LL': ('Quản lý nhà nước, lý luận chính trị', [
   ('Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách', 'CBCĐ chuyên trách', ['CT_CHUYEN']),
 ]),
}
TOPIC_W = {'NV': 18, 'TL': 9, 'AT': 11, 'PL': 9, 'TC': 4, 'NC': 8, 'TCCD': 9, 'KT': 6, 'TG': 4, 'PT': 4,
           'CDS': 8, 'GV': 3, 'VT': 3, 'LL': 3}
# topic label variants the offices write
TOPIC_VARIANT = {'AT': ['ATVSLĐ', 'An toàn, vệ sinh lao động'], 'TCCD': ['Tài chính công đoàn', 'Tài chính CĐ'],
                 'NV': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ'], 'CDS': ['Chuyển đổi số', 'Tin học, chuyển đổi số'],
                 'TL': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể']}

NOW = dt.datetime(2026, 11, 23, 9, 0)
D0, D1 = dt.date(2026, 11, 2), dt.date(2027, 6, 30)
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
QN_ROMAN = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}


def dmy(d):
    return d.strftime('%d/%m/%Y')


def rand_date(past_share=0.12):
    if R.random() < past_share:
        a, b = dt.date(2026, 11, 2), dt.date(2026, 11, 20)
    else:
        a, b = dt.date(2026, 11, 24), D1
    return a + dt.timedelta(days=R.randrange((b - a).days + 1))


def build():
    rows = []  # dict per class (canonical)
    for key, org, prov, pat, places in UNIONS:
        n_year = {2026: 0, 2027: 0}
        style = R.choice(['A', 'B', 'C', 'D', 'E'])
        for i in range(COUNTS[key]):
            tkey = R.choices(list(TOPIC_W), weights=list(TOPIC_W.values()))[0]
            if key == 'PTVT':
                tkey = ['NV', 'TCCD', 'NC', 'CDS', 'AT'][i]
            if key == 'CDGD':
                tkey = ['NV', 'NC', 'TCCD', 'CDS', 'TL', 'KT'][i]
            if key == 'DHCD':
                tkey = ['LL', 'GV', 'TL', 'PL', 'NV', 'TC', 'CDS', 'KT'][i]
            label, titles = TOPICS[tkey]
            title, audtxt, auds = R.choice(titles)
            label = R.choice(TOPIC_VARIANT.get(tkey, [label]))
            d = rand_date()
            c = dict(org_key=key, org=org, prov=prov, topic=label, tkey=tkey, title=title,
                     aud=audtxt, auds=auds, place=R.choice(places), mode='direct', partner='',
                     start=d, hour=None, days=R.choice([1, 1, 2, 2, 2, 3, 3, 5]), vague=None,
                     status='', note='', seats=R.choice(['60', '50 người', 'khoảng 40 học viên', '80', '100',
                                                          '120', '45', '50-60', '70 (2 lớp)', '']),
                     style=style, deadline=None)
            if key in ('DHCD', 'CDGD'):
                c['aud'] = {'LL': 'Cán bộ CĐ cấp trên cơ sở', 'GV': 'Giảng viên kiêm chức',
                            'NV': 'Cán bộ CĐ cấp trên cơ sở'}.get(tkey, c['aud'])
            r = R.random()
            if r < 0.10:
                c['mode'] = 'online'
            elif r < 0.15:
                c['mode'] = 'hybrid'
            if tkey == 'CDS' and R.random() < 0.5:
                c['mode'] = 'online'
            rows.append(c)
    return rows


def finalize(rows):
    # weekday/time, end dates, deadlines, statuses
    for c in rows:
        d = c['start']
        if c['mode'] == 'online':
            c['place'] = R.choice(['Trực tuyến qua Zoom', 'Trực tuyến (Google Meet)', 'Phòng họp trực tuyến của LĐLĐ',
                                   'Trực tuyến trên nền tảng Zoom'])
            c['days'] = R.choice([1, 1, 2])
        elif c['mode'] == 'hybrid':
            c['place'] = c['place'] + ' và các điểm cầu trực tuyến'
        if d.weekday() == 6:
            d = d + dt.timedelta(days=1)
            c['start'] = d
        c['hour'] = R.choice([(8, 0)] * 6 + [(7, 30), (13, 30), (14, 0)])
        # multi-day classes: end = start + days-1 (skip nothing), two-Saturday classes handled separately
        c['end'] = d + dt.timedelta(days=c['days'] - 1)
        if d > NOW.date():
            if R.random() < 0.7:
                c['deadline'] = d - dt.timedelta(days=R.choice([3, 5, 7, 7, 10]))
                if c['deadline'] <= NOW.date():
                    c['deadline'] = None
        else:
            c['status'] = R.choice(['Đã kết thúc'] * 4 + [''])


def pick(rows, n, cond):
    cand = [c for c in rows if cond(c)]
    R.shuffle(cand)
    return cand[:n]


def features(rows):
    free = lambda c: not c.get('feat')
    # 1) vague (month / quarter only)
    periods = [('m', 2026, 12), ('q', 2026, 4), ('m', 2027, 1), ('m', 2027, 2), ('q', 2027, 1), ('m', 2027, 3),
               ('m', 2027, 4), ('q', 2027, 2), ('m', 2027, 5), ('m', 2027, 6), ('q', 2027, 2), ('m', 2027, 3),
               ('m', 2027, 4), ('q', 2027, 1), ('m', 2027, 5), ('m', 2027, 1), ('q', 2027, 2), ('m', 2027, 6),
               ('m', 2027, 2), ('q', 2027, 2), ('m', 2027, 3), ('m', 2027, 4)]
    for c, p in zip(pick(rows, len(periods), lambda c: free(c) and c['org_key'] not in ('DHCD',) and c['mode'] != 'online'), periods):
        c['feat'] = 'vague'; c['vague'] = p; c['deadline'] = None
        c['status'] = R.choice(['Dự kiến', '', 'Dự kiến'])
        if p[0] == 'm':
            c['start'] = dt.date(p[1], p[2], 1)
        else:
            c['start'] = dt.date(p[1], 3 * p[2] - 2, 1)
    # 2) cancelled
    for c in pick(rows, 11, lambda c: free(c) and c['start'] > NOW.date()):
        c['feat'] = 'cancel'; c['status'] = R.choice(['Đã hủy', 'Đã hủy', 'Hủy']) if False else 'Đã hủy'
        c['note'] = R.choice(['Hủy do không đủ số lượng học viên đăng ký.', 'Hủy, ghép vào lớp của LĐLĐ tỉnh.',
                              'Không tổ chức do điều chỉnh kinh phí.', 'Đã hủy theo Thông báo của Ban Thường vụ.'])
    # 3) postponed
    post = pick(rows, 16, lambda c: free(c) and dt.date(2026, 11, 25) <= c['start'] <= dt.date(2027, 2, 10))
    for i, c in enumerate(post):
        c['feat'] = 'postpone'
        nd = c['start'] + dt.timedelta(days=R.choice([21, 28, 35, 42, 49, 56, 63, 70]))
        if nd.weekday() == 6:
            nd += dt.timedelta(days=1)
        if i < 11:
            c['newdate'] = nd
            form = i % 4
            c['note'] = ['Hoãn sang {} do trùng lịch Hội nghị Ban Chấp hành.',
                         'Lùi lịch đến ngày {}.',
                         'Lịch mới: {} (điều chỉnh do giảng viên bận công tác).',
                         'Hoãn sang {}, giữ nguyên địa điểm.'][form].format(dmy(nd))
            c['status'] = ['Đã hoãn', 'Tạm hoãn', 'Hoãn', 'Đã hoãn'][form] if i != 9 else ''
        else:
            c['newdate'] = None
            c['note'] = R.choice(['Tạm hoãn, thời gian tổ chức sẽ thông báo sau.', 'Hoãn, chờ bố trí kinh phí; sẽ thông báo sau.'])
            c['status'] = R.choice(['Tạm hoãn', 'Đã hoãn'])
    # 4) evening classes
    for c in pick(rows, 10, lambda c: free(c) and c['start'] > NOW.date() and c['org_key'] not in ('DHCD', 'CDGD')):
        c['feat'] = 'evening'; c['hour'] = R.choice([(18, 30), (19, 0), (19, 30)]); c['days'] = 1
        c['end'] = c['start']
        if c['mode'] == 'direct' and R.random() < 0.6:
            c['mode'] = 'online'; c['place'] = 'Trực tuyến qua Zoom'
        if c['start'].weekday() >= 5:
            c['start'] -= dt.timedelta(days=2); c['end'] = c['start']
        if c['deadline'] and c['deadline'] > c['start']:
            c['deadline'] = None
    # 5) weekend classes (Saturday / Sunday), some on two Saturdays
    for i, c in enumerate(pick(rows, 16, lambda c: free(c) and c['start'] > NOW.date() + dt.timedelta(days=3))):
        c['feat'] = 'weekend'
        d = c['start']
        while d.weekday() != 5:
            d += dt.timedelta(days=1)
        if i % 4 == 3:
            d += dt.timedelta(days=1)  # Sunday
        c['start'] = d
        if i < 5:
            c['days'] = 2; c['end'] = d + dt.timedelta(days=7); c['two_sat'] = True; c['hour'] = (8, 0)
            if d.weekday() == 6:
                c['start'] = d - dt.timedelta(days=1); c['end'] = c['start'] + dt.timedelta(days=7)
        else:
            c['days'] = R.choice([1, 2]); c['end'] = c['start'] + dt.timedelta(days=c['days'] - 1)
        if c['deadline'] and c['deadline'] >= c['start']:
            c['deadline'] = c['start'] - dt.timedelta(days=3)
    # 6) batches (same union, same title, đợt 1/2/3)
    groups = {}
    for c in rows:
        if free(c) and c['start'] > NOW.date() - dt.timedelta(days=30):
            groups.setdefault((c['org_key'], c['title']), []).append(c)
    nb = 0
    for (k, t), cs in sorted(groups.items()):
        if len(cs) >= 2 and nb < 9 and k not in ('PTVT',):
            cs.sort(key=lambda c: c['start'])
            cs = cs[:3]
            for j, c in enumerate(cs):
                c['feat'] = 'batch'; c['batch'] = j + 1
            nb += 1


def sortkey(c):
    return (c['start'], c['hour'] or (8, 0))


def fmt_start(c):
    """start cell as the office writes it"""
    d, (h, m) = c['start'], c['hour']
    st = c['style']
    if c['vague']:
        k, y, v = c['vague']
        if k == 'm':
            return R.choice(['Tháng {}/{}', 'T{}/{}', 'tháng {} năm {}']).format(v, y)
        return R.choice(['Quý {}/{}', 'Quý {}/{}']).format(QN_ROMAN[v], y)
    if c.get('two_sat'):
        e = c['end']
        if e.month == d.month:
            return '{:02d} và {:02d}/{:02d}/{}'.format(d.day, e.day, d.month, d.year)
        return dmy(d)
    if (h, m) in ((18, 30),) and R.random() < 0.7:
        return 'Tối ' + dmy(d)
    if (h, m) == (19, 30):
        return '7h30 tối ' + dmy(d)
    if (h, m) == (13, 30) and st in ('B', 'C', 'D'):
        return 'Chiều ' + dmy(d)
    if st == 'D' and c['days'] > 1 and (h, m) == (8, 0):
        e = c['end']
        if e.month == d.month:
            return '{:02d}-{:02d}/{:02d}/{}'.format(d.day, e.day, d.month, d.year)
        return '{:02d}/{:02d} - {}'.format(d.day, d.month, dmy(e))
    if st == 'B':
        pre = WD[d.weekday()] + ', '
        if (h, m) == (8, 0):
            return pre + dmy(d)
        return '{}h{:02d} ngày {}'.format(h, m, dmy(d))
    if st == 'C':
        return '{}h{:02d} ngày {}/{}/{}'.format(h, m, d.day, d.month, d.year)
    if st == 'E' and (h, m) == (8, 0):
        return d.isoformat()
    if d.weekday() >= 5 and R.random() < 0.5:
        if (h, m) == (8, 0):
            return ('T7 ' if d.weekday() == 5 else 'CN ') + dmy(d)
    return dmy(d) + ('' if (h, m) == (8, 0) else ' {:02d}:{:02d}'.format(h, m))


def fmt_end(c, startcell):
    if c.get('two_sat'):
        return '' if ' và ' in startcell else dmy(c['end'])
    if c['vague'] or '-' in startcell[2:] and not c['start'].isoformat() == startcell:
        return ''
    if c['days'] <= 1 and R.random() < 0.6:
        return ''
    e = c['end']
    if c['style'] == 'E':
        return e.isoformat()
    return dmy(e)


def fmt_deadline(c):
    if not c['deadline']:
        return ''
    d = c['deadline']
    if c['style'] == 'C':
        return '17h00 ngày ' + dmy(d)
    if c['style'] == 'E':
        return d.isoformat()
    return dmy(d)


def write_courses(rows):
    hdr = ['STT', 'Mã lớp', 'Tên lớp học', 'Lĩnh vực', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp',
           'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký',
           'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú']
    W = len(hdr)
    pad = lambda xs: xs + [''] * (W - len(xs))
    out = [
        pad(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
        pad(['BAN TỔ CHỨC', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc']),
        pad(['Số: 215/KH-BTC', '', '', '', '', '', '', '', 'Hà Nội, ngày 02 tháng 11 năm 2026']),
        pad([]),
        pad(['TỔNG HỢP KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN']),
        pad(['Các LĐLĐ tỉnh, thành phố khu vực Trung du, miền núi phía Bắc và Đồng bằng sông Hồng; công đoàn ngành, các trường']),
        pad(['(Thời gian từ tháng 11/2026 đến tháng 6/2027; tỉnh, thành phố theo địa giới từ 01/7/2025)']),
        pad([]),
        hdr,
        pad(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)', '(14)', '(15)', '(16)', '(17)']),
    ]
    sec = 0
    by = {}
    for c in rows:
        by.setdefault(c['org_key'], []).append(c)
    partners = ['', '', '', 'Sở Nội vụ', 'Trung tâm Bồi dưỡng chính trị', 'Sở Y tế', 'Trường Đại học Công đoàn', 'Ban Tuyên giáo']
    for key, org, prov, pat, places in UNIONS:
        cs = sorted(by[key], key=sortkey)
        sec += 1
        roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV',
                 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI'][sec - 1]
        out.append(pad([roman, '', org.upper().replace('LĐLĐ', 'LIÊN ĐOÀN LAO ĐỘNG')]))
        cnt = 0
        use_dot_rows = key == 'BNKCN'
        cur_batch = None
        for c in cs:
            cnt += 1
            y = c['start'].year % 100
            c['code'] = pat.format(y=y, n=cnt)
            title = c['title']
            if c.get('batch'):
                if use_dot_rows:
                    if cur_batch != c['batch']:
                        pass
                else:
                    title = title + R.choice([' (đợt {})', ' - đợt {}', ', đợt {}']).format(c['batch'])
            c['title_w'] = title
        # BNKCN: batch rows: classes listed under «Đợt n» rows (sorted by batch then date)
        if use_dot_rows:
            nob = [c for c in cs if not c.get('batch')]
            wb = [c for c in cs if c.get('batch')]
            seq = [('row', c) for c in nob]
            for b in (1, 2, 3):
                bs = [c for c in wb if c['batch'] == b]
                if bs:
                    seq.append(('dot', 'Đợt {}'.format(b)))
                    seq += [('row', c) for c in bs]
        else:
            seq = [('row', c) for c in cs]
        stt = 0
        orgw = [org, org.replace('LĐLĐ', 'Liên đoàn Lao động')]
        for kind, c in seq:
            if kind == 'dot':
                out.append(pad(['', '', c]))
                continue
            stt += 1
            sc = fmt_start(c)
            c['start_w'] = sc
            mode_w = {'direct': R.choice(['', 'Tập trung', 'Tập trung (trực tiếp)']), 'online': 'Trực tuyến',
                      'hybrid': R.choice(['Trực tiếp + trực tuyến', 'Kết hợp'])}[c['mode']]
            prov_w = c['prov'] if (key in ('DHCD', 'CDGD') or R.random() < 0.35) else ''
            seats = c['seats'] if c['mode'] != 'online' else R.choice(['theo đăng ký', '200', '300 điểm cầu'])
            if c['mode'] == 'online' and seats == '300 điểm cầu':
                seats = 'theo đăng ký'
            days_w = '' if (c['vague'] and R.random() < 0.5) else R.choice(['{}', '{}', '{} ngày', '0{} ngày']).format(c['days'])
            c['days_w'] = days_w
            note = c['note']
            if not note and c.get('two_sat'):
                note = 'Học 2 ngày thứ Bảy.'
            if not note and R.random() < 0.15:
                note = R.choice(['Mang theo CCCD.', 'Học viên tự túc phương tiện.', 'Đăng ký qua Ban Tổ chức.',
                                 'Kinh phí do LĐLĐ tỉnh chi trả.', 'Mỗi CĐCS cử 01 đồng chí.'])
            out.append([str(stt), c['code'], c['title_w'], c['topic'], c['aud'], R.choice(orgw), R.choice(partners),
                        prov_w, c['place'], mode_w, sc, fmt_end(c, sc), fmt_deadline(c), days_w, seats, c['status'], note])
    out.append(pad(['', '', 'Tổng cộng: {} lớp'.format(len(rows))]))
    out.append(pad([]))
    out.append(pad(['Nơi nhận:', '', '', '', '', '', '', '', 'TL. ĐOÀN CHỦ TỊCH']))
    out.append(pad(['- Các LĐLĐ tỉnh, thành phố;', '', '', '', '', '', '', '', 'TRƯỞNG BAN TỔ CHỨC']))
    out.append(pad(['- Lưu: VT, BTC.', '', '', '', '', '', '', '', '(đã ký)']))
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8', newline='') as f:
        csv.writer(f).writerows(out)


TARGETS = [
 # (code, unit, year, content, audience, target, uom, done, asof, note)
 ('CT25-PTO-01', 'LĐLĐ tỉnh Phú Thọ', '2025', 'Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Chủ tịch CĐCS', '1.850', 'học viên', '1.912', '31/12/2025', 'Vượt kế hoạch'),
 ('CT25-PTO-02', 'LĐLĐ tỉnh Phú Thọ', '2025', 'Số lớp tập huấn do LĐLĐ tỉnh tổ chức', '', '42', 'lớp', '39', '31/12/2025', 'Sáp nhập tỉnh nên giảm 3 lớp'),
 ('CT26-PTO-01', 'LĐLĐ tỉnh Phú Thọ', '2026', 'Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Chủ tịch CĐCS', '2.400', 'học viên', '1.675', '15/11/2026', ''),
 ('CT26-PTO-02', 'LĐLĐ tỉnh Phú Thọ', '2026', 'Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', '3.200', 'người', '2.938', '15/11/2026', ''),
 ('CT26-CDVCPT', 'Công đoàn Viên chức tỉnh Phú Thọ', '2026', 'Tập huấn nghiệp vụ cho cán bộ CĐCS khối hành chính, sự nghiệp', '', '620', 'học viên', '455', '31/10/2026', ''),
 ('CT25-CDVCPT', 'Công đoàn Viên chức tỉnh Phú Thọ', '2025', 'Tập huấn nghiệp vụ cho cán bộ CĐCS khối hành chính, sự nghiệp', '', '540', 'học viên', '563', '31/12/2025', ''),
 ('CT25-BN-01', 'LĐLĐ tỉnh Bắc Ninh', '2025', 'Tập huấn cán bộ công đoàn cơ sở', '', '2.750', 'lượt người', '2.816', '31/12/2025', ''),
 ('CT26-BN-01', 'LĐLĐ tỉnh Bắc Ninh', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '3.600', 'lượt người', '2.471', '31/10/2026', 'Tính cả địa bàn Bắc Giang cũ'),
 ('CT26-BN-02', 'LĐLĐ tỉnh Bắc Ninh', '2026', 'Tỷ lệ chủ tịch CĐCS mới được bồi dưỡng nghiệp vụ', 'Chủ tịch CĐCS', '90', '%', '76,5', '31/10/2026', ''),
 ('CT26-KCNBN', 'Công đoàn các KCN tỉnh Bắc Ninh', '2026', 'Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp', 'Chủ tịch CĐCS', '310', 'người', '248', '15/11/2026', ''),
 ('CT25-KCNBN', 'Công đoàn các KCN tỉnh Bắc Ninh', '2025', 'Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp', 'Chủ tịch CĐCS', '280', 'người', '291', '31/12/2025', ''),
 ('CT25-HP-01', 'LĐLĐ thành phố Hải Phòng', '2025', 'Bồi dưỡng cán bộ công đoàn các cấp', '', '4.100', 'học viên', '4.236', '31/12/2025', ''),
 ('CT26-HP-01', 'LĐLĐ thành phố Hải Phòng', '2026', 'Bồi dưỡng cán bộ công đoàn các cấp', '', '5.300', 'học viên', '3.982', '15/11/2026', 'Gồm cả khu vực Hải Dương cũ'),
 ('CT26-HP-02', 'LĐLĐ thành phố Hải Phòng', '2026', 'Số lớp tập huấn', '', '64', 'lớp', '47', '15/11/2026', ''),
 ('CT25-HN-01', 'LĐLĐ thành phố Hà Nội', '2025', 'Đào tạo, bồi dưỡng cán bộ công đoàn', '', '36', 'lớp', '36', '31/12/2025', ''),
 ('CT26-HN-01', 'LĐLĐ thành phố Hà Nội', '2026', 'Đào tạo, bồi dưỡng cán bộ công đoàn', '', '40', 'lớp', '31', '15/11/2026', ''),
 ('CT26-HN-02', 'LĐLĐ thành phố Hà Nội', '2026', 'Lượt học viên được bồi dưỡng', '', '4.450', 'lượt học viên', '3.517', '15/11/2026', ''),
 ('CT26-KCNCXHN', 'Công đoàn các KCN và CX Hà Nội', '2026', 'Tập huấn cho cán bộ CĐCS doanh nghiệp FDI', 'Ủy viên BCH công đoàn', '730', 'người', '612', '31/10/2026', ''),
 ('CT26-GDHN', 'Công đoàn ngành Giáo dục Hà Nội', '2026', 'Bồi dưỡng chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '850', 'người', '804', '31/10/2026', ''),
 ('CT25-NBI-01', 'LĐLĐ tỉnh Ninh Bình', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '2.150', 'học viên', '2.098', '31/12/2025', 'Đạt 97,6%'),
 ('CT26-NBI-01', 'LĐLĐ tỉnh Ninh Bình', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '3.350', 'học viên', '2.207', '31/10/2026', 'Tỉnh mới gồm Hà Nam, Nam Định cũ'),
 ('CT26-NBI-02', 'LĐLĐ tỉnh Ninh Bình', '2026', 'Bồi dưỡng ủy viên ủy ban kiểm tra', 'Ủy viên ủy ban kiểm tra', '260', 'người', '140', '31/10/2026', ''),
 ('CT25-HYE-01', 'LĐLĐ tỉnh Hưng Yên', '2025', 'Tập huấn cán bộ công đoàn cơ sở', '', '1.640', 'người', '1.702', '31/12/2025', ''),
 ('CT26-HYE-01', 'LĐLĐ tỉnh Hưng Yên', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '2.580', 'người', '1.866', '15/11/2026', ''),
 ('CT25-TNG-01', 'LĐLĐ tỉnh Thái Nguyên', '2025', 'Bồi dưỡng nghiệp vụ công đoàn', '', '1.320', 'học viên', '1.281', '31/12/2025', ''),
 ('CT26-TNG-01', 'LĐLĐ tỉnh Thái Nguyên', '2026', 'Bồi dưỡng nghiệp vụ công đoàn', '', '1.780', 'học viên', '1.395', '31/10/2026', ''),
 ('CT26-TNG-02', 'LĐLĐ tỉnh Thái Nguyên', '2026', 'Tập huấn nữ công', 'Ủy viên BCH công đoàn', '210', 'người', '188', '31/10/2026', 'Đối tượng: trưởng, phó ban nữ công'),
 ('CT25-LCI-01', 'LĐLĐ tỉnh Lào Cai', '2025', 'Tập huấn cán bộ công đoàn', '', '1.150', 'học viên', '1.163', '31/12/2025', ''),
 ('CT26-LCI-01', 'LĐLĐ tỉnh Lào Cai', '2026', 'Tập huấn cán bộ công đoàn', '', '1.690', 'học viên', '1.214', '15/11/2026', ''),
 ('CT25-TQG-01', 'LĐLĐ tỉnh Tuyên Quang', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '980', 'học viên', '1.006', '31/12/2025', ''),
 ('CT26-TQG-01', 'LĐLĐ tỉnh Tuyên Quang', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '1.460', 'học viên', '932', '15/11/2026', 'Gồm Hà Giang cũ'),
 ('CT25-LSN-01', 'LĐLĐ tỉnh Lạng Sơn', '2025', 'Tập huấn nghiệp vụ cho CBCĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '1.260', 'lượt CBCĐ', '1.297', '31/12/2025', ''),
 ('CT26-LSN-01', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Tập huấn nghiệp vụ cho CBCĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '1.380', 'lượt CBCĐ', '1.041', '31/10/2026', ''),
 ('CT26-LSN-02', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Bồi dưỡng giảng viên kiêm chức', 'Giảng viên kiêm chức', '30', 'người', '25', '31/10/2026', ''),
 ('CT25-QNH-01', 'LĐLĐ tỉnh Quảng Ninh', '2025', 'Tập huấn cán bộ công đoàn các cấp', '', '2.960', 'học viên', '3.044', '31/12/2025', ''),
 ('CT26-QNH-01', 'LĐLĐ tỉnh Quảng Ninh', '2026', 'Tập huấn cán bộ công đoàn các cấp', '', '3.100', 'học viên', '2.725', '15/11/2026', ''),
 ('CT25-SLA-01', 'LĐLĐ tỉnh Sơn La', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '870', 'học viên', '842', '31/12/2025', ''),
 ('CT26-SLA-01', 'LĐLĐ tỉnh Sơn La', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '920', 'học viên', '611', '31/10/2026', ''),
 ('CT26-DBI-01', 'LĐLĐ tỉnh Điện Biên', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '690', 'học viên', '517', '31/10/2026', ''),
 ('CT25-DBI-01', 'LĐLĐ tỉnh Điện Biên', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '640', 'học viên', '655', '31/12/2025', ''),
 ('CT26-CBG-01', 'LĐLĐ tỉnh Cao Bằng', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '750', 'học viên', '583', '31/10/2026', ''),
 ('CT25-CBG-01', 'LĐLĐ tỉnh Cao Bằng', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '710', 'học viên', '688', '31/12/2025', ''),
 ('CT26-DHCD-01', 'Trường Đại học Công đoàn', '2026', 'Bồi dưỡng ngắn hạn cho cán bộ công đoàn', '', '1.500', 'học viên', '1.236', '15/11/2026', ''),
 ('CT2125-HN-CBCD', 'LĐLĐ thành phố Hà Nội', '2021-2025', 'Cán bộ CĐ chuyên trách được bồi dưỡng nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '100', '%', '100', '31/12/2025', 'Nhiệm kỳ 2021-2025'),
]


def write_targets():
    hdr = ['STT', 'Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt',
           'Tính đến ngày', 'Ghi chú']
    pad = lambda xs: xs + [''] * (len(hdr) - len(xs))
    out = [pad(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
           pad(['BAN TỔ CHỨC', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc']),
           pad([]),
           pad(['BẢNG TỔNG HỢP CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 VÀ NĂM 2026']),
           pad(['(Số liệu các đơn vị báo cáo đến tháng 11/2026)']),
           pad([]), hdr]
    secs = [('A', 'NĂM 2025 (đã tổng kết)', lambda t: t[2] == '2025'),
            ('B', 'NĂM 2026 (đang thực hiện)', lambda t: t[2] == '2026'),
            ('C', 'CHỈ TIÊU NHIỆM KỲ', lambda t: '-' in t[2])]
    for letter, name, cond in secs:
        out.append(pad([letter, '', name]))
        for i, t in enumerate([t for t in TARGETS if cond(t)]):
            out.append([str(i + 1)] + list(t))
    out.append(pad([]))
    out.append(pad(['', '', 'Người lập biểu', '', '', 'TL. ĐOÀN CHỦ TỊCH']))
    out.append(pad(['', '', 'Nguyễn Thị Thu Hà', '', '', 'KT. TRƯỞNG BAN TỔ CHỨC']))
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, delimiter=';').writerows(out)


def main():
    rows = build()
    finalize(rows)
    features(rows)
    write_courses(rows)
    write_targets()
    return rows


if __name__ == '__main__':
    rows = main()
    print(len(rows), 'classes')
