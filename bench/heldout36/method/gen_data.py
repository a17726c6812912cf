# -*- coding: utf-8 -*-
"""Generate courses.csv and targets.csv (office-style export) for blind set 36.
Also writes method/classes.json (structured truth used by gen_questions.py).
Standard library only, fixed seed."""
import csv, json, random, datetime as dt, os

random.seed(3636)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
NOW = dt.datetime(2026, 11, 23, 9, 0)
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']

TOPICS = {
    'NV': ('Nghiệp vụ công tác công đoàn', ['Bồi dưỡng nghiệp vụ công tác công đoàn', 'Tập huấn kỹ năng hoạt động công đoàn cơ sở']),
    'TL': ('Đối thoại, thương lượng tập thể', ['Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Kỹ năng thương lượng tập thể về tiền lương']),
    'AT': ('An toàn, vệ sinh lao động', ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn mạng lưới an toàn vệ sinh viên']),
    'PL': ('Pháp luật lao động, tư vấn pháp luật', ['Tập huấn pháp luật lao động', 'Kỹ năng tư vấn pháp luật cho người lao động']),
    'TC': ('Giải quyết tranh chấp lao động', ['Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể']),
    'NC': ('Công tác nữ công, bình đẳng giới', ['Tập huấn công tác nữ công', 'Bình đẳng giới và phòng chống quấy rối tình dục nơi làm việc']),
    'TCD': ('Tài chính công đoàn', ['Tập huấn nghiệp vụ tài chính, kế toán công đoàn cơ sở']),
    'KT': ('Công tác kiểm tra công đoàn', ['Bồi dưỡng nghiệp vụ công tác kiểm tra công đoàn']),
    'TG': ('Tuyên truyền, tuyên giáo', ['Kỹ năng tuyên truyền trên mạng xã hội']),
    'PT': ('Phát triển đoàn viên, thành lập CĐCS', ['Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS']),
    'CDS': ('Tin học, chuyển đổi số', ['Chuyển đổi số trong hoạt động công đoàn', 'Sử dụng phần mềm quản lý đoàn viên']),
    'GV': ('Kỹ năng giảng dạy cho giảng viên', ['Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức']),
}
AUD_FOR = {
    'NV': ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH công đoàn'],
    'TL': ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH công đoàn'],
    'AT': ['Đoàn viên, người lao động', 'Ủy viên BCH công đoàn'],
    'PL': ['Đoàn viên, người lao động', 'Cán bộ công đoàn không chuyên trách'],
    'TC': ['Chủ tịch CĐCS', 'Cán bộ công đoàn cấp trên cơ sở'],
    'NC': ['Trưởng, phó ban nữ công CĐCS'],
    'TCD': ['Kế toán công đoàn cơ sở', 'Chủ tịch CĐCS'],
    'KT': ['Ủy viên ủy ban kiểm tra'],
    'TG': ['Ủy viên BCH công đoàn', 'Cán bộ công đoàn chuyên trách'],
    'PT': ['Cán bộ công đoàn cấp trên cơ sở', 'Cán bộ công đoàn chuyên trách'],
    'CDS': ['Cán bộ công đoàn chuyên trách', 'Cán bộ công đoàn không chuyên trách'],
    'GV': ['Giảng viên kiêm chức'],
}

# organisers: key, full name as written in file, province (current), kind, venues [(venue, former-province or None)], topic pool, n
ORGS = [
 dict(k='HPG', name='LĐLĐ thành phố Hải Phòng', prov='Hải Phòng', kind='lđlđ', n=26, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ thành phố, phường Hồng Bàng (quận Hồng Bàng cũ)', None),
   ('Trung tâm Chính trị phường Thành Đông (TP Hải Dương cũ)', 'Hải Dương'),
   ('Nhà văn hóa Lao động phường Chí Linh (TP Chí Linh cũ)', 'Hải Dương'),
   ('Hội trường UBND xã Kiến Thụy (huyện Kiến Thụy cũ)', None)]),
 dict(k='KKTHP', name='Công đoàn Khu kinh tế Hải Phòng', prov='Hải Phòng', kind='kcn', n=16, topics=['AT', 'PL', 'TL', 'PT', 'NC'], venues=[
   ('Nhà văn hóa công nhân KCN Đình Vũ, phường Đông Hải (quận Hải An cũ)', None),
   ('Thiết chế công đoàn KCN Nam Cầu Kiền, xã Việt Khê (huyện Thủy Nguyên cũ)', None),
   ('Nhà văn hóa công nhân KCN Đại An, phường Tứ Minh (TP Hải Dương cũ)', 'Hải Dương')]),
 dict(k='CANGHP', name='Công đoàn Công ty CP Cảng Hải Phòng', prov='Hải Phòng', kind='cty', n=8, topics=['AT', 'NV', 'PL'], venues=[
   ('Hội trường Cảng Hoàng Diệu, phường Hồng Bàng (quận Hồng Bàng cũ)', None),
   ('Tại cầu tàu Chi nhánh Cảng Tân Vũ, phường Đông Hải (quận Hải An cũ)', None)]),
 dict(k='DHHH', name='Công đoàn Trường Cao đẳng Hàng hải I', prov='Hải Phòng', kind='truong', n=7, topics=['NV', 'NC', 'CDS', 'KT'], venues=[
   ('Phòng 301 nhà A1, Trường Cao đẳng Hàng hải I, phường Ngô Quyền (quận Ngô Quyền cũ)', None)]),
 dict(k='HYN', name='LĐLĐ tỉnh Hưng Yên', prov='Hưng Yên', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Phố Hiến (TP Hưng Yên cũ)', None),
   ('Trung tâm Hội nghị phường Trần Lãm (TP Thái Bình cũ)', 'Thái Bình'),
   ('Nhà văn hóa xã Tiền Hải (huyện Tiền Hải cũ)', 'Thái Bình'),
   ('Hội trường KCN Phố Nối A, phường Mỹ Hào (TX Mỹ Hào cũ)', None)]),
 dict(k='NBH', name='LĐLĐ tỉnh Ninh Bình', prov='Ninh Bình', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Hoa Lư (TP Ninh Bình cũ)', None),
   ('Trường Chính trị phường Phủ Lý (TP Phủ Lý cũ)', 'Hà Nam'),
   ('Trung tâm Văn hóa phường Nam Định (TP Nam Định cũ)', 'Nam Định'),
   ('Nhà văn hóa công nhân KCN Đồng Văn, phường Duy Tiên (TX Duy Tiên cũ)', 'Hà Nam'),
   ('Hội trường xã Hải Hậu (huyện Hải Hậu cũ)', 'Nam Định')]),
 dict(k='QNH', name='LĐLĐ tỉnh Quảng Ninh', prov='Quảng Ninh', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Hồng Gai (TP Hạ Long cũ)', None),
   ('Cung Văn hóa Lao động mỏ, phường Cẩm Phả (TP Cẩm Phả cũ)', None),
   ('Nhà văn hóa phường Móng Cái 1 (TP Móng Cái cũ)', None)]),
 dict(k='CDHG', name='Công đoàn phường Hồng Gai', prov='Quảng Ninh', kind='phuong', n=7, topics=['NV', 'PT', 'TCD', 'KT'], venues=[
   ('Hội trường UBND phường Hồng Gai (TP Hạ Long cũ)', None)]),
 dict(k='TKV', name='Công đoàn Than – Khoáng sản Việt Nam', prov='Quảng Ninh', kind='nganh', n=16, topics=['AT', 'TL', 'NV', 'PL', 'NC'], venues=[
   ('Nhà văn hóa Công ty Than Mông Dương, phường Mông Dương (TP Cẩm Phả cũ)', None),
   ('Tại mỏ than Hà Lầm, phường Hà Lầm (TP Hạ Long cũ)', None),
   ('Trường Cao đẳng Than – Khoáng sản, phường Uông Bí (TP Uông Bí cũ)', None)]),
 dict(k='BNH', name='LĐLĐ tỉnh Bắc Ninh', prov='Bắc Ninh', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Kinh Bắc (TP Bắc Ninh cũ)', None),
   ('Trung tâm Hội nghị phường Bắc Giang (TP Bắc Giang cũ)', 'Bắc Giang'),
   ('Nhà văn hóa xã Lục Ngạn (huyện Lục Ngạn cũ)', 'Bắc Giang')]),
 dict(k='KCNBN', name='Công đoàn các KCN tỉnh Bắc Ninh', prov='Bắc Ninh', kind='kcn', n=18, topics=['AT', 'PL', 'TL', 'PT', 'NC', 'TC'], venues=[
   ('Nhà văn hóa công nhân KCN Quế Võ, phường Phương Liễu (TX Quế Võ cũ)', None),
   ('Thiết chế công đoàn KCN Yên Phong, xã Yên Phong (huyện Yên Phong cũ)', None),
   ('Nhà văn hóa công nhân KCN VSIP Bắc Ninh, phường Phù Chẩn (TP Từ Sơn cũ)', None),
   ('Nhà văn hóa công nhân KCN Quang Châu, xã Việt Yên (TX Việt Yên cũ)', 'Bắc Giang')]),
 dict(k='HNI', name='LĐLĐ thành phố Hà Nội', prov='Hà Nội', kind='lđlđ', n=24, topics=list(TOPICS), venues=[
   ('Trường Trung cấp Công đoàn Hà Nội, phường Hoàng Mai (quận Hoàng Mai cũ)', None),
   ('Hội trường LĐLĐ thành phố, phường Cửa Nam (quận Hoàn Kiếm cũ)', None),
   ('Nhà văn hóa xã Mê Linh (huyện Mê Linh cũ)', None)]),
 dict(k='CDCT', name='Công đoàn Công Thương Việt Nam', prov='Hà Nội', kind='nganh', n=12, topics=['NV', 'TL', 'AT', 'CDS', 'NC'], venues=[
   ('Trung tâm Đào tạo Công đoàn Công Thương, phường Ba Đình (quận Ba Đình cũ)', None)]),
 dict(k='CDGT', name='Công đoàn Giao thông vận tải Việt Nam', prov='Hà Nội', kind='nganh', n=12, topics=['AT', 'NV', 'PL', 'TL'], venues=[
   ('Hội trường Công đoàn GTVT Việt Nam, phường Đống Đa (quận Đống Đa cũ)', None),
   ('Tại tàu VTB Hải Âu, Cảng Cái Lân, phường Bãi Cháy (TP Hạ Long cũ)', None)]),
 dict(k='DETMAY', name='Công đoàn Dệt May Việt Nam', prov='Nam Định-NB', kind='nganh', n=10, topics=['AT', 'TL', 'NC', 'PL'], venues=[
   ('Hội trường Tổng Công ty Dệt may Nam Định, phường Nam Định (TP Nam Định cũ)', 'Nam Định'),
   ('Nhà văn hóa Công ty May Hưng Yên, phường Phố Hiến (TP Hưng Yên cũ)', None)]),
 dict(k='DAUKHI', name='Công đoàn Dầu khí Việt Nam', prov='Thanh Hóa', kind='nganh', n=10, topics=['AT', 'NV', 'TL', 'CDS'], venues=[
   ('Hội trường Nhà máy Lọc hóa dầu Nghi Sơn, phường Hải Bình (TX Nghi Sơn cũ)', None),
   ('Nhà văn hóa Công ty Đóng tàu Dầu khí Vũng Áng, xã Kỳ Lợi (TX Kỳ Anh cũ)', None)]),
 dict(k='THA', name='LĐLĐ tỉnh Thanh Hóa', prov='Thanh Hóa', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Hạc Thành (TP Thanh Hóa cũ)', None),
   ('Nhà văn hóa phường Bỉm Sơn (TX Bỉm Sơn cũ)', None),
   ('Trung tâm Hội nghị phường Sầm Sơn (TP Sầm Sơn cũ)', None)]),
 dict(k='KKTNS', name='Công đoàn KKT Nghi Sơn và các KCN Thanh Hóa', prov='Thanh Hóa', kind='kcn', n=12, topics=['AT', 'PL', 'TL', 'PT'], venues=[
   ('Thiết chế công đoàn KKT Nghi Sơn, phường Hải Lĩnh (TX Nghi Sơn cũ)', None),
   ('Nhà văn hóa công nhân KCN Lễ Môn, phường Quảng Phú (TP Thanh Hóa cũ)', None)]),
 dict(k='BVTH', name='Công đoàn Bệnh viện Đa khoa tỉnh Thanh Hóa', prov='Thanh Hóa', kind='benhvien', n=6, topics=['NV', 'NC', 'PL'], venues=[
   ('Giảng đường tầng 5 Bệnh viện Đa khoa tỉnh, phường Hạc Thành (TP Thanh Hóa cũ)', None)]),
 dict(k='NAN', name='LĐLĐ tỉnh Nghệ An', prov='Nghệ An', kind='lđlđ', n=22, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Thành Vinh (TP Vinh cũ)', None),
   ('Nhà văn hóa công nhân KCN VSIP Nghệ An, xã Hưng Nguyên (huyện Hưng Nguyên cũ)', None),
   ('Trung tâm Hội nghị phường Hoàng Mai (TX Hoàng Mai cũ)', None)]),
 dict(k='PTO', name='LĐLĐ tỉnh Phú Thọ', prov='Phú Thọ', kind='lđlđ', n=20, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Việt Trì (TP Việt Trì cũ)', None),
   ('Trung tâm Hội nghị phường Vĩnh Yên (TP Vĩnh Yên cũ)', 'Vĩnh Phúc'),
   ('Nhà văn hóa phường Hòa Bình (TP Hòa Bình cũ)', 'Hòa Bình')]),
 dict(k='HTH', name='LĐLĐ tỉnh Hà Tĩnh', prov='Hà Tĩnh', kind='lđlđ', n=18, topics=list(TOPICS), venues=[
   ('Hội trường LĐLĐ tỉnh, phường Thành Sen (TP Hà Tĩnh cũ)', None),
   ('Nhà văn hóa công nhân KKT Vũng Áng, phường Hoành Sơn (TX Kỳ Anh cũ)', None)]),
 dict(k='CDTM', name='Công đoàn xã Tiền Hải', prov='Hưng Yên', kind='phuong', n=6, topics=['NV', 'PT', 'TCD'], venues=[
   ('Hội trường UBND xã Tiền Hải (huyện Tiền Hải cũ)', 'Thái Bình')]),
]
for o in ORGS:
    if o['prov'] == 'Nam Định-NB':
        o['prov'] = 'Ninh Bình'

def venue_prov(o, venue):
    # province where the class is held (current name)
    if 'Vũng Áng' in venue or 'Kỳ Anh' in venue: return 'Hà Tĩnh'
    if 'Cái Lân' in venue or 'Hạ Long' in venue: return 'Quảng Ninh'
    if 'Hưng Yên cũ' in venue: return 'Hưng Yên'
    if 'Nam Định' in venue: return 'Ninh Bình'
    return o['prov']

MONTHS = [(2026, 11), (2026, 12), (2027, 1), (2027, 2), (2027, 3), (2027, 4), (2027, 5), (2027, 6)]
MW = [3, 5, 3, 2, 4, 3, 3, 2]

def dmy(d): return d.strftime('%d/%m/%Y')

classes = []
for o in ORGS:
    seq = 0
    n = o['n']
    # build specs
    specs = []
    for i in range(n):
        t = o['topics'][i % len(o['topics'])] if i < len(o['topics']) else random.choice(o['topics'])
        specs.append(t)
    # look-alike: provincial unions repeat the chair course in several đợt
    if o['kind'] == 'lđlđ':
        specs[:3] = ['NV', 'NV', 'NV']
    for i, t in enumerate(specs):
        y, m = random.choices(MONTHS, MW)[0]
        if o['kind'] == 'lđlđ' and i < 3:
            y, m = [(2026, 12), (2027, 3), (2027, 5)][i]
        day = random.randint(1, 26)
        if (y, m) == (2026, 11):
            day = random.choice([3, 4, 5, 9, 10, 11, 12, 16, 17, 24, 25, 26, 27])
        start = dt.datetime(y, m, day, 8, 0)
        ndays = random.choice([1, 2, 2, 3, 3, 5])
        title = random.choice(TOPICS[t][1])
        aud = list(AUD_FOR[t])
        if len(aud) > 1:
            aud = random.sample(aud, random.choice([1, 2]) if len(aud) > 2 else random.choice([1, 2]))
            aud = [a for a in AUD_FOR[t] if a in aud]
        if o['kind'] == 'lđlđ' and i < 3:
            title = 'Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS'; aud = ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS']
        venue, former = random.choice(o['venues'])
        c = dict(org=o['name'], orgk=o['k'], kind=o['kind'], topic=TOPICS[t][0], tkey=t, title=title, aud=aud,
                 venue=venue, former=former, prov=venue_prov(o, venue), form='tt', session='day', ndays=ndays,
                 start=start, tentative=None, status='Mở đăng ký', note='', new_start=None, seats=random.choice([40, 50, 60, 80, 100, 120]))
        # shift workers: evening / weekend classes at KCN, sector, port
        r = random.random()
        if o['kind'] in ('kcn', 'cty', 'nganh') and r < 0.35:
            c['session'] = 'evening'; c['ndays'] = 3
        elif o['kind'] in ('kcn', 'cty', 'nganh', 'benhvien') and r < 0.55:
            c['session'] = 'weekend'; c['ndays'] = 2
        elif random.random() < 0.12 and not (o['kind'] == 'lđlđ' and i < 3):
            c['session'] = 'afternoon'; c['ndays'] = 1
        if c['session'] == 'weekend':
            while start.weekday() != 5: start += dt.timedelta(days=1)
            c['start'] = start
        if c['session'] == 'evening':
            c['start'] = start.replace(hour=18, minute=30)
            c['end'] = (start + dt.timedelta(days=4)).replace(hour=21, minute=0)
        elif c['session'] == 'afternoon':
            c['start'] = start.replace(hour=14, minute=0)
            c['end'] = start.replace(hour=17, minute=0)
        else:
            span = c['ndays'] if c['session'] == 'day' else 2
            c['end'] = (c['start'] + dt.timedelta(days=span - 1)).replace(hour=17, minute=0)
        # online / blended
        r2 = random.random()
        if t in ('CDS', 'TG', 'PL', 'KT', 'TCD') and r2 < 0.45:
            c['form'] = 'on'; c['venue'] = random.choice(['Trực tuyến qua Zoom', 'Trực tuyến (phần mềm Zoom của LĐLĐ)', 'Trực tuyến, điểm cầu tại các CĐCS']); c['former'] = None
            c['prov'] = o['prov']
        elif r2 < 0.12:
            c['form'] = 'kh'
        classes.append(c)

# sort & special statuses
random.shuffle(classes)
def is_past(c): return c['end'] < NOW
for c in classes:
    if is_past(c):
        c['status'] = 'Đã kết thúc'
# under way: force a few classes to span today
uw = [c for c in classes if c['start'].month == 11 and c['start'].year == 2026 and c['session'] == 'day' and c['form'] != 'on'][:5]
for j, c in enumerate(uw):
    s = dt.datetime(2026, 11, [20, 23, 23, 21, 19][j], 8, 0)
    c['start'] = s; c['ndays'] = [5, 3, 2, 3, 5][j]; c['end'] = (s + dt.timedelta(days=c['ndays'] - 1)).replace(hour=17)
    c['status'] = 'Mở đăng ký'; c['underway'] = True
# deadline
for c in classes:
    back = random.choice([3, 5, 7, 10])
    c['deadline'] = (c['start'] - dt.timedelta(days=back)).replace(hour=23, minute=59)
    if random.random() < 0.3:
        c['deadline'] = c['deadline'].replace(hour=17, minute=0)
# tentative classes (months only / quarter) in Apr-Jun 2027
fut = [c for c in classes if c['start'] >= dt.datetime(2027, 4, 1) and not c.get('underway')]
for j, c in enumerate(fut[::4][:16]):
    if j % 3 == 2:
        c['tentative'] = ('q', 2027, 2); c['start'] = dt.datetime(2027, 4, 1, 8); c['end'] = dt.datetime(2027, 6, 30, 17)
    else:
        c['tentative'] = ('m', c['start'].year, c['start'].month)
        c['start'] = dt.datetime(c['start'].year, c['start'].month, 1, 8)
        nm = dt.datetime(c['start'].year + (c['start'].month == 12), c['start'].month % 12 + 1, 1)
        c['end'] = nm - dt.timedelta(hours=7)
    c['status'] = 'Dự kiến'; c['deadline'] = None; c['session'] = 'day'
# cancelled, postponed
fut2 = [c for c in classes if c['start'] > NOW and not c['tentative'] and c['start'] < dt.datetime(2027, 3, 31)]
random.shuffle(fut2)
for c in fut2[:8]:
    c['status'] = 'Đã hủy'; c['note'] = random.choice(['Hủy do không đủ học viên đăng ký', 'Hủy, gộp vào lớp cùng chuyên đề của LĐLĐ tỉnh', 'Đã hủy theo Công văn của Ban Thường vụ'])
for c in fut2[8:14]:
    c['status'] = 'Tạm hoãn'
    nd = c['start'] + dt.timedelta(days=random.choice([35, 42, 49, 56]))
    c['new_start'] = nd
    c['note'] = random.choice(['Tạm hoãn do trùng lịch Đại hội, lùi lịch đến {}', 'Hoãn sang {} theo đề nghị của các CĐCS', 'Do điều chỉnh kế hoạch, lịch mới: {}']).format(dmy(nd))
for c in fut2[14:19]:
    c['status'] = 'Tạm hoãn'; c['note'] = random.choice(['Tạm hoãn, thời gian học sẽ thông báo sau', 'Hoãn chưa xác định thời gian do ca sản xuất cao điểm'])
# deadline passed but not started
for c in classes:
    if c['start'] > NOW and c['deadline'] and c['deadline'] < NOW and c['status'] == 'Mở đăng ký':
        c['note'] = (c['note'] + ' Đã hết hạn đăng ký.').strip() if random.random() < 0.5 else c['note']
# a few blank status cells (blank = Mở đăng ký)
for c in classes:
    if c['status'] == 'Mở đăng ký' and not c['note'] and random.random() < 0.15:
        c['status_cell'] = ''
    else:
        c['status_cell'] = c['status']

# assign đợt in provincial sections and codes
ORDER = [o['k'] for o in ORGS]
bysec = {k: sorted([c for c in classes if c['orgk'] == k], key=lambda c: (c['start'], c['title'])) for k in ORDER}
def dot_of(c):
    s = c['start']
    if s < dt.datetime(2027, 2, 1): return 1
    if s < dt.datetime(2027, 5, 1): return 2
    return 3
for k, lst in bysec.items():
    for i, c in enumerate(lst, 1):
        c['code'] = '%s-%s-%02d' % (k, '2627', i)
        if c['kind'] == 'lđlđ':
            c['dot'] = dot_of(c) if not c['tentative'] or c['tentative'][0] == 'm' else 3
        else:
            c['dot'] = None
        c['display_title'] = c['title'] + (' (đợt %d)' % c['dot'] if c['dot'] else '')
    # đợt order must be monotone within section: re-sort by (dot, start)
    lst.sort(key=lambda c: (c['dot'] or 0, c['start'], c['title']))

def time_cell(c):
    s, e = c['start'], c['end']
    if c['tentative']:
        if c['tentative'][0] == 'q': return 'Quý II/2027', ''
        return 'Tháng %d/%d' % (c['tentative'][2], c['tentative'][1]), ''
    if c['session'] == 'evening':
        return 'Tối %s' % dmy(s), 'Tối %s' % dmy(e)
    if c['session'] == 'afternoon':
        return '14h00 ngày %s' % dmy(s), ''
    if c['session'] == 'weekend':
        return '%s, %s' % (WD[s.weekday()], dmy(s)), '%s, %s' % (WD[e.weekday()], dmy(e))
    if s.date() == e.date():
        return random.choice(['%s, %s' % (WD[s.weekday()], dmy(s)), dmy(s)]), ''
    if s.month == e.month and s.year == e.year:
        return random.choice(['%02d-%s' % (s.day, dmy(e)), 'Từ %02d/%02d đến %s' % (s.day, s.month, dmy(e))]), ''
    return '%s - %s' % (dmy(s), dmy(e)), ''

def days_cell(c):
    if c['tentative']: return '%02d ngày' % c['ndays']
    if c['session'] == 'evening': return '3 buổi'
    return '%02d ngày' % c['ndays']

HEAD = ['STT', 'Mã lớp', 'Tên lớp', 'Nội dung bồi dưỡng', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
        'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Trực tiếp', 'Trực tuyến', 'Thời gian', 'Đến ngày', 'Số ngày', 'Hạn đăng ký',
        'Số lượng (người)', 'Trạng thái', 'Ghi chú']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV']
CONTENT = {'NV': 'Điều lệ Công đoàn Việt Nam; kỹ năng tổ chức đại hội, hội nghị', 'TL': 'Quy trình đối thoại định kỳ; xây dựng thỏa ước lao động tập thể',
           'AT': 'Luật ATVSLĐ; nhận diện nguy cơ, sơ cấp cứu', 'PL': 'Bộ luật Lao động 2019; Luật Công đoàn 2024', 'TC': 'Hòa giải viên lao động; quy trình đình công',
           'NC': 'Chính sách thai sản; phòng chống quấy rối', 'TCD': 'Quyết toán kinh phí; phần mềm kế toán', 'KT': 'Kiểm tra, giám sát; giải quyết khiếu nại',
           'TG': 'Viết tin bài; quản lý fanpage', 'PT': 'Vận động NLĐ khu vực ngoài nhà nước', 'CDS': 'Ứng dụng Công đoàn Việt Nam; chữ ký số', 'GV': 'Phương pháp giảng dạy tích cực'}
PARTNER = {'lđlđ': 'Sở Nội vụ', 'kcn': 'Ban Quản lý các KCN', 'nganh': '', 'cty': 'Phòng An toàn', 'truong': '', 'benhvien': 'Phòng Tổ chức cán bộ', 'phuong': 'UBND phường'}

rows = []
rows.append(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
rows.append(['TRUNG TÂM HỘI NGHỊ VÀ ĐÀO TẠO CÁN BỘ CÔNG ĐOÀN', '', '', '', '', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'])
rows.append(['Số: 36/KH-TTĐT', '', '', '', '', '', '', '', '', '', '', '', 'Hà Nội, ngày 16 tháng 11 năm 2026'])
rows.append([])
rows.append(['KẾ HOẠCH'])
rows.append(['Tổng hợp các lớp đào tạo, bồi dưỡng cán bộ công đoàn vùng Đồng bằng sông Hồng, Duyên hải và các công đoàn ngành Trung ương'])
rows.append(['(từ tháng 11 năm 2026 đến tháng 6 năm 2027)'])
rows.append([])
rows.append(HEAD)
rows.append(['(%d)' % i for i in range(1, len(HEAD) + 1)])
total = 0
for si, k in enumerate(ORDER):
    o = ORGS[si]
    rows.append([ROMAN[si], '', o['name'].upper()])
    lst = bysec[k]
    cur_dot = None; stt = 0
    for c in lst:
        if c['dot'] and c['dot'] != cur_dot:
            cur_dot = c['dot']
            rows.append(['', '', 'Đợt %d' % cur_dot])
        stt += 1; total += 1
        t1, t2 = time_cell(c)
        c['time_cell'], c['end_cell'] = t1, t2
        dl = ''
        if c['deadline']:
            dl = ('17h00 ngày ' + dmy(c['deadline'])) if c['deadline'].hour == 17 else dmy(c['deadline'])
        seats = str(c['seats']) if random.random() < 0.7 else random.choice(['%d người' % c['seats'], 'khoảng %d học viên' % c['seats']])
        tt = 'x' if c['form'] in ('tt', 'kh') else ''
        on = 'x' if c['form'] in ('on', 'kh') else ''
        aud = '; '.join(c['aud'])
        rows.append([str(stt), c['code'], c['title'], CONTENT[c['tkey']], c['topic'], aud, c['org'], PARTNER[c['kind']], c['prov'], c['venue'],
                     tt, on, t1, t2, days_cell(c), dl, seats, c['status_cell'], c['note']])
rows.append(['', '', 'Tổng cộng: %d lớp' % total])
rows.append([])
rows.append(['Nơi nhận:', '', '', '', '', '', '', '', '', '', '', '', 'TM. BAN GIÁM ĐỐC'])
rows.append(['- Ban Tổ chức TLĐ (để b/c);', '', '', '', '', '', '', '', '', '', '', '', 'GIÁM ĐỐC'])
rows.append(['- Các LĐLĐ tỉnh, CĐ ngành TW;', '', '', '', '', '', '', '', '', '', '', '', '(đã ký)'])
rows.append(['- Lưu: VT, ĐT.', '', '', '', '', '', '', '', '', '', '', '', 'Nguyễn Văn Thắng'])
W = len(HEAD)
with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f)
    for r in rows:
        w.writerow(r + [''] * (W - len(r)))

# ---- targets
PROV_LDLD = {o['k']: o for o in ORGS if o['kind'] == 'lđlđ'}
trows = []
trows.append(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
trows.append(['BAN TỔ CHỨC', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'])
trows.append([])
trows.append(['BẢNG CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 VÀ NĂM 2026'])
trows.append(['(số liệu thực hiện năm 2026 tính đến ngày 15/11/2026)'])
trows.append([])
THEAD = ['STT', 'Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt (đã thực hiện)', 'Tính đến ngày', 'Ghi chú']
trows.append(THEAD)
trows.append(['(%d)' % i for i in range(1, len(THEAD) + 1)])
def vn(n):
    s = '{:,}'.format(n).replace(',', '.')
    return s
targets = []
for si, o in enumerate(ORGS):
    trows.append([ROMAN[si], '', o['name'].upper()])
    stt = 0
    big = o['kind'] == 'lđlđ'
    base0 = random.randint(28, 60) * 100 if big else random.randint(12, 90) * 10
    for year in (2025, 2026):
        base = base0 if year == 2025 else int(round(base0 * random.uniform(0.95, 1.15), -1 if not big else -2))
        if year == 2025:
            done = int(base * random.uniform(0.88, 1.12)); asof = '31/12/2025'
        else:
            done = int(base * random.uniform(0.55, 0.93)); asof = '15/11/2026'
        code = 'CT-%s-%d-HV' % (o['k'], year)
        content = 'Đào tạo, bồi dưỡng cán bộ công đoàn, đoàn viên'
        note = ('Vượt kế hoạch' if done >= base else 'Chưa đạt') if year == 2025 else 'Đang thực hiện'
        stt += 1
        trows.append([str(stt), code, o['name'], str(year), content, '', vn(base), 'học viên', vn(done), asof, note])
        targets.append(dict(code=code, org=o['name'], orgk=o['k'], prov=o['prov'], kind=o['kind'], year=year, unit='học viên', target=base, done=done, asof=asof))
        if big:
            lb = random.randint(25, 60)
            ld = int(lb * (random.uniform(0.9, 1.1) if year == 2025 else random.uniform(0.6, 0.9)))
            code = 'CT-%s-%d-LOP' % (o['k'], year)
            stt += 1
            trows.append([str(stt), code, o['name'], str(year), 'Số lớp tập huấn, bồi dưỡng', '', vn(lb), 'lớp', vn(ld), asof, ''])
            targets.append(dict(code=code, org=o['name'], orgk=o['k'], prov=o['prov'], kind=o['kind'], year=year, unit='lớp', target=lb, done=ld, asof=asof))
trows.append(['', '', 'Cộng', '', '', '', vn(sum(t['target'] for t in targets if t['unit'] == 'học viên')), 'học viên', vn(sum(t['done'] for t in targets if t['unit'] == 'học viên'))])
trows.append([])
trows.append(['', '', 'Người lập biểu', '', '', '', '', 'TRƯỞNG BAN'])
trows.append(['', '', '(đã ký)', '', '', '', '', '(đã ký)'])
TW = len(THEAD)
with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f)
    for r in trows:
        w.writerow(r + [''] * (TW - len(r)))

def ser(c):
    d = dict(c)
    for k in ('start', 'end', 'deadline', 'new_start'):
        if d.get(k): d[k] = d[k].strftime('%Y-%m-%d %H:%M')
    return d
json.dump(dict(classes=[ser(c) for c in classes], targets=targets, orgs=[dict(k=o['k'], name=o['name'], prov=o['prov'], kind=o['kind']) for o in ORGS]),
          open(os.path.join(OUT, 'method', 'truth.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(len(classes), 'classes', len(targets), 'targets')
