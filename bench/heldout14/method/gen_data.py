# Generates ../courses.csv and ../targets.csv (deterministic).
import csv, random, datetime as dt, sys
sys.path.insert(0, '.')
from common import NOW, fold

R = random.Random(1414)

TOPICS = {  # key: (topic cells as offices write them, [(title, [audience cells])])
 'nghiepvu': (['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ'], [
    ('Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS', ['Chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS']),
    ('Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS mới được bầu', ['Cán bộ CĐCS mới được bầu', 'Chủ tịch CĐCS mới']),
    ('Bồi dưỡng kỹ năng hoạt động cho ủy viên BCH công đoàn cơ sở', ['Ủy viên BCH công đoàn', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn']),
    ('Tập huấn nghiệp vụ cho tổ trưởng công đoàn', ['Tổ trưởng công đoàn'])]),
 'thuongluong': (['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể'], [
    ('Tập huấn kỹ năng đối thoại, thương lượng tập thể', ['Chủ tịch và P.Chủ tịch CĐCS', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn']),
    ('Kỹ năng thương lượng, ký kết thỏa ước lao động tập thể', ['Chủ tịch CĐCS', 'Chủ tịch, Phó Chủ tịch công đoàn cơ sở']),
    ('Tổ chức đối thoại tại nơi làm việc và hội nghị người lao động', ['Ủy viên BCH công đoàn', 'Chủ tịch CĐCS'])]),
 'atvsld': (['An toàn, vệ sinh lao động', 'ATVSLĐ'], [
    ('Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên', ['An toàn vệ sinh viên', 'An toàn vệ sinh viên; Đoàn viên, người lao động']),
    ('Tập huấn công tác ATVSLĐ và phòng chống cháy nổ tại doanh nghiệp', ['Chủ tịch CĐCS; Đoàn viên, người lao động', 'Ủy viên BCH công đoàn']),
    ('Vai trò công đoàn trong công tác an toàn, vệ sinh lao động', ['Chủ tịch CĐCS', 'Cán bộ công đoàn không chuyên trách'])]),
 'phapluat': (['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật lao động'], [
    ('Tập huấn Bộ luật Lao động và Luật Công đoàn 2024', ['Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Cán bộ công đoàn không chuyên trách']),
    ('Kỹ năng tư vấn pháp luật cho cán bộ công đoàn cơ sở', ['Chủ tịch và P.Chủ tịch CĐCS', 'Ủy viên BCH công đoàn']),
    ('Phổ biến pháp luật lao động cho công nhân lao động', ['Đoàn viên, người lao động'])]),
 'tranhchap': (['Giải quyết tranh chấp lao động'], [
    ('Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể', ['Chủ tịch CĐCS', 'Cán bộ công đoàn cấp trên cơ sở'])]),
 'nucong': (['Công tác nữ công, bình đẳng giới', 'Nữ công'], [
    ('Tập huấn công tác nữ công, bình đẳng giới', ['Cán bộ nữ công CĐCS', 'Chủ tịch CĐCS; Cán bộ nữ công']),
    ('Bồi dưỡng nghiệp vụ cho ban nữ công công đoàn cơ sở', ['Cán bộ nữ công CĐCS']),
    ('Phòng chống quấy rối tình dục tại nơi làm việc', ['Cán bộ nữ công CĐCS', 'Đoàn viên, người lao động'])]),
 'taichinh': (['Tài chính công đoàn', 'Tài chính CĐ'], [
    ('Tập huấn nghiệp vụ tài chính công đoàn cho kế toán CĐCS', ['Kế toán, thủ quỹ công đoàn cơ sở', 'Kế toán công đoàn; thủ quỹ']),
    ('Quản lý tài chính, tài sản công đoàn cơ sở', ['Chủ tịch CĐCS', 'Kế toán, thủ quỹ công đoàn cơ sở'])]),
 'kiemtra': (['Công tác kiểm tra công đoàn', 'Kiểm tra công đoàn'], [
    ('Nghiệp vụ công tác kiểm tra cho ủy viên UBKT công đoàn cơ sở', ['Ủy viên ủy ban kiểm tra', 'Chủ tịch CĐCS + Ủy viên ủy ban kiểm tra']),
    ('Kiểm tra tài chính và giải quyết khiếu nại, tố cáo trong công đoàn', ['Ủy viên ủy ban kiểm tra'])]),
 'tuyengiao': (['Tuyên truyền, tuyên giáo'], [
    ('Kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn', ['Cán bộ công đoàn không chuyên trách', 'Ủy viên BCH công đoàn'])]),
 'phattrien': (['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển đoàn viên'], [
    ('Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS', ['Cán bộ công đoàn cấp trên cơ sở', 'Chủ tịch CĐCS'])]),
 'tinhoc': (['Tin học, chuyển đổi số', 'Chuyển đổi số'], [
    ('Chuyển đổi số trong hoạt động công đoàn và sử dụng phần mềm quản lý đoàn viên', ['Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Cán bộ công đoàn chuyên trách'])]),
 'giangvien': (['Kỹ năng giảng dạy cho giảng viên'], [
    ('Bồi dưỡng giảng viên kiêm chức công đoàn', ['Giảng viên kiêm chức'])]),
 'vanthu': (['Văn thư, lưu trữ'], [
    ('Tập huấn công tác văn thư, lưu trữ trong công đoàn', ['Cán bộ công đoàn chuyên trách', 'Ủy viên BCH công đoàn'])]),
 'llct': (['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị'], [
    ('Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách', ['Cán bộ công đoàn chuyên trách'])]),
}
TOPIC_W = {'nghiepvu': 14, 'thuongluong': 9, 'atvsld': 11, 'phapluat': 7, 'tranhchap': 3, 'nucong': 8, 'taichinh': 7,
           'kiemtra': 6, 'tuyengiao': 3, 'phattrien': 4, 'tinhoc': 4, 'giangvien': 2, 'vanthu': 2, 'llct': 2}
TABBR = {'nghiepvu': 'NV', 'thuongluong': 'TLTT', 'atvsld': 'ATVSLD', 'phapluat': 'PL', 'tranhchap': 'TCLD', 'nucong': 'NC',
         'taichinh': 'TC', 'kiemtra': 'KT', 'tuyengiao': 'TG', 'phattrien': 'PTDV', 'tinhoc': 'CDS', 'giangvien': 'GV', 'vanthu': 'VT', 'llct': 'LLCT'}

# province: (n classes, code style, organisers, venues [(text, area)])
P = {
 'Hà Nội': (44, 'HN', ['LĐLĐ TP Hà Nội', 'Trường Trung cấp Công đoàn Hà Nội', 'Công đoàn ngành Giáo dục Hà Nội', 'Công đoàn các KCN và chế xuất Hà Nội', 'Công đoàn ngành Y tế Hà Nội', 'CĐ phường Hà Đông', 'CĐ xã Mê Linh'],
   [('Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa', None), ('Hội trường LĐLĐ TP, 89 Nguyễn Văn Cừ, phường Bồ Đề', None), ('Cung Văn hóa Lao động Hữu nghị Việt Xô, phường Cửa Nam', None),
    ('Hội trường UBND phường Hà Đông (quận Hà Đông cũ)', 'Hà Đông'), ('Trung tâm chính trị xã Mê Linh (huyện Mê Linh cũ)', 'Mê Linh'), ('Nhà văn hóa công nhân KCN Quang Minh, xã Quang Minh (huyện Mê Linh cũ)', 'Mê Linh'),
    ('Hội trường xã Thường Tín (huyện Thường Tín cũ)', 'Thường Tín'), ('Hội trường phường Sơn Tây (thị xã Sơn Tây cũ)', 'Sơn Tây'), ('KCN Thăng Long, xã Thiên Lộc (huyện Đông Anh cũ)', 'Đông Anh')]),
 'Hải Phòng': (34, 'HP', ['LĐLĐ TP Hải Phòng', 'Công đoàn Khu kinh tế Hải Phòng', 'Công đoàn ngành Giáo dục Hải Phòng', 'Công đoàn ngành Y tế Hải Phòng', 'CĐ phường Thành Đông', 'CĐCS Công ty TNHH Điện tử Tràng Duệ'],
   [('Cung Văn hóa Lao động Hữu nghị Việt Tiệp, phường Lê Chân', None), ('Hội trường LĐLĐ TP, phường Hồng Bàng', None), ('Nhà văn hóa công nhân KCN Tràng Duệ, xã An Dương', None),
    ('Cơ sở 2 LĐLĐ TP, phường Hải Dương (TP Hải Dương cũ)', 'Hải Dương'), ('Hội trường phường Thành Đông (TP Hải Dương cũ)', 'Hải Dương'), ('KCN Đại An, phường Tứ Minh (tỉnh Hải Dương cũ)', 'Hải Dương'),
    ('Trung tâm văn hóa phường Kinh Môn (thị xã Kinh Môn cũ, Hải Dương)', 'Kinh Môn')]),
 'Hưng Yên': (30, 'HY', ['LĐLĐ tỉnh Hưng Yên', 'Công đoàn các KCN tỉnh Hưng Yên', 'Công đoàn ngành Y tế Hưng Yên', 'Công đoàn ngành Giáo dục Hưng Yên', 'CĐ phường Thái Bình'],
   [('Hội trường LĐLĐ tỉnh, phường Phố Hiến', None), ('Nhà văn hóa công nhân KCN Phố Nối A, phường Mỹ Hào', None), ('Hội trường Sở Y tế, phường Sơn Nam', None),
    ('Cơ sở 2 LĐLĐ tỉnh, phường Thái Bình (TP Thái Bình cũ)', 'Thái Bình'), ('Trung tâm hội nghị phường Trần Lãm (TP Thái Bình cũ)', 'Thái Bình'), ('Hội trường xã Tiền Hải (huyện Tiền Hải cũ, Thái Bình)', 'Tiền Hải')]),
 'Ninh Bình': (32, 'NB', ['LĐLĐ tỉnh Ninh Bình', 'Công đoàn các KCN tỉnh Ninh Bình', 'Công đoàn ngành Giáo dục Ninh Bình', 'CĐ phường Nam Định', 'CĐ phường Phủ Lý'],
   [('Hội trường LĐLĐ tỉnh, phường Hoa Lư', None), ('Khách sạn Công đoàn Tam Cốc, xã Tam Cốc', None),
    ('Cơ sở Nam Định, phường Nam Định (TP Nam Định cũ)', 'Nam Định'), ('Nhà văn hóa lao động phường Thiên Trường (Nam Định cũ)', 'Nam Định'),
    ('Hội trường phường Phủ Lý (tỉnh Hà Nam cũ)', 'Hà Nam'), ('KCN Đồng Văn, phường Duy Tiên (Hà Nam cũ)', 'Hà Nam')]),
 'Phú Thọ': (30, 'PT', ['LĐLĐ tỉnh Phú Thọ', 'Công đoàn các KCN tỉnh Phú Thọ', 'Công đoàn ngành Giáo dục Phú Thọ', 'CĐ phường Vĩnh Yên'],
   [('Hội trường LĐLĐ tỉnh, phường Việt Trì', None), ('Trung tâm hội nghị tỉnh, phường Nông Trang', None),
    ('Cơ sở 2 LĐLĐ tỉnh, phường Vĩnh Yên (tỉnh Vĩnh Phúc cũ)', 'Vĩnh Phúc'), ('KCN Bình Xuyên, xã Bình Xuyên (Vĩnh Phúc cũ)', 'Vĩnh Phúc'),
    ('Cơ sở 3 LĐLĐ tỉnh, phường Hòa Bình (TP Hòa Bình cũ)', 'Hòa Bình')]),
 'Bắc Ninh': (32, 'BN', ['LĐLĐ tỉnh Bắc Ninh', 'Công đoàn các KCN tỉnh Bắc Ninh', 'Công đoàn ngành Giáo dục Bắc Ninh', 'CĐCS Công ty TNHH Điện tử Quế Võ', 'CĐ phường Bắc Giang'],
   [('Hội trường LĐLĐ tỉnh, phường Kinh Bắc', None), ('Nhà văn hóa công nhân KCN Quế Võ, phường Quế Võ', None), ('Thiết chế công đoàn KCN VSIP, phường Từ Sơn', 'Từ Sơn'),
    ('Cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang (TP Bắc Giang cũ)', 'Bắc Giang'), ('Nhà văn hóa công nhân KCN Vân Trung, xã Vân Hà (Bắc Giang cũ)', 'Bắc Giang')]),
 'Thanh Hóa': (34, 'TH', ['LĐLĐ tỉnh Thanh Hóa', 'Công đoàn KKT Nghi Sơn và các KCN Thanh Hóa', 'Công đoàn ngành Y tế Thanh Hóa', 'Công đoàn ngành Giáo dục Thanh Hóa', 'CĐ phường Hạc Thành'],
   [('Hội trường LĐLĐ tỉnh, phường Hạc Thành', None), ('Nhà văn hóa Lao động tỉnh, phường Hạc Thành', None), ('Khách sạn Công đoàn, phường Sầm Sơn', None),
    ('Hội trường Ban QL KKT Nghi Sơn, phường Nghi Sơn (thị xã Nghi Sơn cũ)', 'Nghi Sơn'), ('Trung tâm văn hóa phường Bỉm Sơn', None)]),
 'Nghệ An': (34, 'NA', ['LĐLĐ tỉnh Nghệ An', 'Công đoàn KKT Đông Nam Nghệ An', 'Công đoàn ngành Giáo dục Nghệ An', 'Công đoàn ngành Y tế Nghệ An', 'CĐ xã Diễn Châu'],
   [('Hội trường LĐLĐ tỉnh, phường Thành Vinh', None), ('Cung Văn hóa Lao động tỉnh, phường Trường Vinh (TP Vinh cũ)', None),
    ('Nhà văn hóa công nhân KCN VSIP Nghệ An, xã Hưng Nguyên', None), ('Hội trường xã Diễn Châu (huyện Diễn Châu cũ)', 'Diễn Châu'), ('Trung tâm chính trị phường Hoàng Mai (thị xã Hoàng Mai cũ)', 'Hoàng Mai')]),
 'Hà Tĩnh': (28, 'HT', ['LĐLĐ tỉnh Hà Tĩnh', 'Công đoàn KKT tỉnh Hà Tĩnh', 'Công đoàn ngành Y tế Hà Tĩnh', 'Công đoàn ngành Giáo dục Hà Tĩnh', 'CĐ phường Thành Sen'],
   [('Hội trường LĐLĐ tỉnh, phường Thành Sen', None), ('Trung tâm hội nghị tỉnh, phường Trần Phú', None),
    ('Nhà văn hóa công nhân KKT Vũng Áng, phường Hoành Sơn (thị xã Kỳ Anh cũ)', 'Kỳ Anh'), ('Hội trường phường Bắc Hồng Lĩnh (thị xã Hồng Lĩnh cũ)', 'Hồng Lĩnh')]),
 'Quảng Trị': (28, 'QT', ['LĐLĐ tỉnh Quảng Trị', 'Công đoàn ngành Giáo dục Quảng Trị', 'Công đoàn ngành Y tế Quảng Trị', 'CĐ phường Đồng Hới'],
   [('Hội trường LĐLĐ tỉnh, phường Đông Hà', None), ('Cơ sở 2 LĐLĐ tỉnh, phường Đồng Hới (tỉnh Quảng Bình cũ)', 'Quảng Bình'),
    ('Trung tâm hội nghị phường Ba Đồn (thị xã Ba Đồn cũ, Quảng Bình)', 'Quảng Bình'), ('Hội trường phường Quảng Trị', None)]),
 'Quảng Ninh': (8, 'QN', ['LĐLĐ tỉnh Quảng Ninh'], [('Cung Văn hóa Thiếu nhi, phường Hạ Long', None), ('Hội trường phường Cẩm Phả', None)]),
 'Thái Nguyên': (7, 'TN', ['LĐLĐ tỉnh Thái Nguyên'], [('Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng', None), ('Cơ sở 2, phường Đức Xuân (tỉnh Bắc Kạn cũ)', 'Bắc Kạn')]),
 'Tuyên Quang': (6, 'TQ', ['LĐLĐ tỉnh Tuyên Quang'], [('Hội trường LĐLĐ tỉnh, phường Minh Xuân', None), ('Cơ sở 2, phường Hà Giang 1 (tỉnh Hà Giang cũ)', 'Hà Giang')]),
 'Lào Cai': (6, 'LC', ['LĐLĐ tỉnh Lào Cai'], [('Hội trường phường Cam Đường', None), ('Cơ sở 2, phường Yên Bái (tỉnh Yên Bái cũ)', 'Yên Bái')]),
 'Huế': (6, 'HUE', ['LĐLĐ thành phố Huế'], [('Hội trường LĐLĐ TP, phường Thuận Hóa', None)]),
 'Lạng Sơn': (6, 'LS', ['LĐLĐ tỉnh Lạng Sơn'], [('Hội trường LĐLĐ tỉnh, phường Đông Kinh', None), ('Hội trường xã Chi Lăng (huyện Chi Lăng cũ)', 'Chi Lăng')]),
 'Đà Nẵng': (6, 'DN', ['LĐLĐ TP Đà Nẵng'], [('Cung Văn hóa Lao động, phường Hải Châu', None), ('Cơ sở 2, phường Tam Kỳ (tỉnh Quảng Nam cũ)', 'Quảng Nam')]),
 'Hồ Chí Minh': (6, 'HCM', ['LĐLĐ TP Hồ Chí Minh'], [('Nhà văn hóa Lao động TP, phường Xuân Hòa', None), ('Hội trường phường Thủ Dầu Một (tỉnh Bình Dương cũ)', 'Bình Dương')]),
}
COORG = ['', '', 'Sở Nội vụ', 'Trường Đại học Công đoàn', 'Trung tâm Tư vấn pháp luật Công đoàn', 'Sở Y tế', 'Ban QL các KCN', 'Ban Tuyên giáo', '']

def code_for(pc, topic, d, n):
    y = d.year if d else 2027
    a = TABBR[topic]
    st = {
     'HN': f'HN-{a}-{y}-{n:02d}', 'HP': f'HP.{a}.{y}.{n:03d}', 'HY': f'HY_{a}_{y % 100}_{n}', 'NB': f'NB{y % 100}-{a}{n:02d}',
     'PT': f'PTH-{y}-{n:03d}', 'BN': f'BN-{a}-{n:03d}', 'TH': f'TH{y}_{a}_{n:02d}', 'NA': f'NA-{y % 100}-{n:02d}-{a}',
     'HT': f'LDHT-{a}-{n}', 'QT': f'QT.{y}.{n:02d}'}
    return st.get(pc, f'{pc}-{y}-{n:02d}')

def weekday_on_or_after(d):
    while d.weekday() > 3:
        d += dt.timedelta(days=1)
    return d

def rand_date(upcoming):
    if upcoming:
        # weighted to Dec 2026 .. May 2027
        if R.random() < 0.65:
            a, b = dt.date(2026, 11, 24), dt.date(2027, 5, 31)
        else:
            a, b = dt.date(2027, 6, 1), dt.date(2027, 10, 29)
    else:
        a, b = dt.date(2026, 1, 12), dt.date(2026, 11, 20)
    d = a + dt.timedelta(days=R.randrange((b - a).days))
    return weekday_on_or_after(d)

PERIODS_UP = ['Tháng 12/2026', 'T1/2027', 'Quý I/2027', 'Q2/2027', 'quý II năm 2027', 'tháng 3 năm 2027', 'Tháng 3-4/2027',
              '6 tháng đầu năm 2027', 'cuối tháng 9/2027', 'Quý III/2027', 'Tháng 5/2027', 'Quý 4/2027']
PERIODS_PAST = ['Quý II/2026', 'Tháng 8/2026', 'tháng 4 năm 2026']

def d2(d): return f'{d.day:02d}/{d.month:02d}/{d.year}'
def d1(d): return f'{d.day}/{d.month}/{d.year}'

rows = []
used = set()
seq = {}
for prov, (n, pc, orgs, venues) in P.items():
    # make sure each province gets a set of batches (đợt 1/2) for a core title
    for i in range(n):
        topic = R.choices(list(TOPIC_W), weights=list(TOPIC_W.values()))[0]
        cells, titles = TOPICS[topic]
        title, auds = R.choice(titles)
        aud = R.choice(auds)
        org = orgs[0] if R.random() < 0.45 else R.choice(orgs)
        # venue: org-specific when org names a ward/commune
        venue, area = R.choice(venues)
        for v, a in venues:
            key = org.split('phường ')[-1].split('xã ')[-1]
            if org.startswith('CĐ ') and key in v:
                venue, area = v, a
        r = R.random()
        kind = 'past' if r < 0.22 else ('period' if r < 0.34 else 'up')
        mode = 'Tập trung (trực tiếp)'
        if R.random() < 0.14:
            mode = 'Trực tuyến'
        elif R.random() < 0.08:
            mode = 'Kết hợp (trực tiếp và trực tuyến)'
        if mode == 'Trực tuyến':
            venue, area = R.choice(['Trực tuyến qua Zoom, điểm cầu tại các CĐCS', 'Trực tuyến (Google Meet)', 'Học trực tuyến trên nền tảng E-learning của LĐLĐ']), None
        elif mode.startswith('Kết hợp'):
            venue = venue + ' và điểm cầu trực tuyến'
        row = dict(title=title, topic=topic, topic_cell=R.choice(cells), aud=aud, org='' if False else org, prov=prov, venue=venue,
                   mode=R.choice([mode, mode]) if mode != 'Tập trung (trực tiếp)' else R.choice(['Tập trung (trực tiếp)', '', 'Tập trung']),
                   coorg=R.choice(COORG), start='', end='', dl='', days='', seats='', status='', note='')
        if topic == 'atvsld' and R.random() < 0.5:
            row['coorg'] = 'Sở Nội vụ'
        days = R.choice([1, 2, 2, 2, 3, 3])
        sd = None
        if kind == 'period':
            per = R.choice(PERIODS_UP if R.random() < 0.85 else PERIODS_PAST)
            row['start'] = per
            row['status'] = 'Dự kiến' if per in PERIODS_UP else 'Đã kết thúc'
            row['days'] = R.choice(['', f'{days}', f'0{days} ngày'])
        else:
            sd = rand_date(kind == 'up')
            if days == 3 and sd.weekday() > 2:
                days = 2
            ed = sd + dt.timedelta(days=days - 1)
            fmt = R.choice(['dt', 'dt', 'range', 'range2', 'iso', 'h', 'd', 'rangeN'])
            if days == 1 and fmt in ('range', 'range2', 'rangeN'):
                fmt = 'd'
            if sd.month != ed.month and fmt in ('range', 'rangeN'):
                fmt = 'range2'
            t0 = R.choice(['08:00', '07:30', '08:00', '13:30']) if days == 1 else R.choice(['08:00', '07:30'])
            if fmt == 'dt':
                row['start'] = f'{d2(sd)} {t0}'; row['end'] = f'{d2(ed)} ' + R.choice(['16:30', '17:00', '11:30' if days == 1 and t0 != '13:30' else '17:00'])
            elif fmt == 'range':
                row['start'] = f'{sd.day}-{ed.day}/{sd.month}/{sd.year}'
            elif fmt == 'rangeN':
                row['start'] = f'{sd.day}-{ed.day}/{sd.month}/{sd.year} ({days} ngày)'
            elif fmt == 'range2':
                row['start'] = R.choice([f'Từ {sd.day:02d}/{sd.month} đến {ed.day:02d}/{ed.month}/{ed.year}', f'{sd.day}/{sd.month} - {ed.day}/{ed.month}/{ed.year}'])
            elif fmt == 'iso':
                row['start'] = sd.isoformat(); row['end'] = ed.isoformat()
            elif fmt == 'h':
                h = t0.replace(':', 'h'); h = h[1:] if h.startswith('0') else h
                row['start'] = f'{h} ngày {d1(sd)}'; row['end'] = d2(ed)
            else:
                row['start'] = d2(sd); row['end'] = d2(ed) if days > 1 else ''
            row['days'] = R.choice([f'{days}', f'{days} ngày', f'0{days} ngày', ''])
            if R.random() < 0.7:
                dl = sd - dt.timedelta(days=R.choice([3, 5, 7, 7, 10, 14]))
                row['dl'] = R.choice([d2(dl), d1(dl), d2(dl) + ' 17:00', d2(dl) + ' 23:59'])
            row['status'] = 'Đã kết thúc' if kind == 'past' and R.random() < 0.8 else R.choice(['Mở đăng ký', 'Mở đăng ký', '']) if kind != 'past' else ''
        seats = R.choice([30, 40, 50, 60, 80, 100, 120, 150])
        row['seats'] = R.choice([f'{seats}', f'{seats} người', f'khoảng {seats} học viên', f'{seats} học viên'])
        row['sd'] = sd; row['area'] = area
        rows.append(row)

# batches: give đợt labels where a province has the same title twice in the same year
from collections import defaultdict
grp = defaultdict(list)
for r in rows:
    yr = r['sd'].year if r['sd'] else None
    if yr:
        grp[(r['prov'], r['org'], r['title'], yr)].append(r)
for k, lst in grp.items():
    if len(lst) > 1:
        lst.sort(key=lambda r: r['sd'])
        for i, r in enumerate(lst, 1):
            r['title'] = r['title'] + R.choice([f' (đợt {i})', f' - đợt {i}', f', đợt {i}'])
# some extra explicit batches "đợt 1 / đợt 2" for the chairs' course in main provinces (upcoming)
MAIN = list(P)[:10]
for prov in MAIN:
    n, pc, orgs, venues = P[prov]
    sd = weekday_on_or_after(dt.date(2026, 12, 1) + dt.timedelta(days=R.randrange(30)))
    for i in (1, 2):
        v, a = venues[0] if i == 1 else venues[min(3, len(venues) - 1)]
        d = sd if i == 1 else weekday_on_or_after(sd + dt.timedelta(days=R.choice([21, 35, 49])))
        ed = d + dt.timedelta(days=1)
        dl = d - dt.timedelta(days=7)
        rows.append(dict(title=f'Bồi dưỡng nghiệp vụ, kỹ năng hoạt động cho chủ tịch công đoàn cơ sở nhiệm kỳ mới - Đợt {i}', topic='nghiepvu', topic_cell='Nghiệp vụ công tác công đoàn',
                         aud='Chủ tịch CĐCS', org=orgs[0], prov=prov, venue=v, mode='Tập trung (trực tiếp)', coorg='', start=f'{d2(d)} 08:00', end=f'{d2(ed)} 16:30',
                         dl=d2(dl), days='2 ngày', seats='100 người', status='Mở đăng ký', note='Mỗi CĐCS cử chủ tịch hoặc phó chủ tịch tham gia.', sd=d, area=a))

# cancellations / full / postponed
up = [r for r in rows if r['sd'] and r['sd'] > NOW.date() and r['status'] != 'Đã kết thúc' and 'Đợt' not in r['title']]
R.shuffle(up)
for r in up[:14]:
    r['status'] = 'Đã hủy'; r['note'] = R.choice(['Hủy do trùng lịch Đại hội.', 'Đã hủy, gộp vào lớp sau.', 'Không đủ học viên đăng ký.', ''])
for r in up[14:20]:
    r['note'] = R.choice(['Đã đủ chỗ, nhận danh sách chờ.', 'Lớp đã đủ chỗ; đăng ký thêm vào danh sách chờ.'])
for r in up[20:26]:
    old = r['sd'] - dt.timedelta(days=R.choice([14, 21, 28]))
    r['note'] = f'Hoãn từ {d2(old)} sang lịch mới.'
past = [r for r in rows if r['sd'] and r['sd'] < NOW.date()]
R.shuffle(past)
for r in past[:3]:
    r['status'] = 'Đã hủy'; r['note'] = 'Hủy.'
# notes
for r in rows:
    if not r['note'] and R.random() < 0.2:
        r['note'] = R.choice(['Mang theo CCCD.', 'Học viên tự túc ăn trưa.', 'Đăng ký qua LĐLĐ tỉnh/thành.', 'Có cấp giấy chứng nhận.', 'Ưu tiên CĐCS doanh nghiệp ngoài nhà nước.'])

# codes
rows.sort(key=lambda r: (list(P).index(r['prov']), r['sd'] or dt.date(2027, 12, 31), r['title']))
cnt = defaultdict(int)
for r in rows:
    pc = P[r['prov']][1]
    cnt[pc] += 1
    c = code_for(pc, r['topic'], r['sd'], cnt[pc])
    assert c not in used and len(c) <= 40, c
    used.add(c); r['code'] = c

HDR = ['Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm tổ chức',
       'Hình thức', 'Ngày bắt đầu (dd/mm/yyyy)', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú']
with open('../courses.csv', 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f, delimiter=';')
    w.writerow(HDR)
    for r in rows:
        w.writerow([r['code'], r['title'], r['topic_cell'], r['aud'], r['org'], r['coorg'], r['prov'], r['venue'], r['mode'], r['start'], r['end'],
                    r['dl'], r['days'], r['seats'], r['status'], r['note']])
print('courses', len(rows))

# ---------------- targets ----------------
TU = [('LĐLĐ TP Hà Nội', 'HN', 9000), ('LĐLĐ TP Hải Phòng', 'HP', 6500), ('LĐLĐ tỉnh Hưng Yên', 'HY', 4200), ('LĐLĐ tỉnh Ninh Bình', 'NB', 4500),
      ('LĐLĐ tỉnh Phú Thọ', 'PT', 4800), ('LĐLĐ tỉnh Bắc Ninh', 'BN', 5200), ('LĐLĐ tỉnh Thanh Hóa', 'TH', 5600), ('LĐLĐ tỉnh Nghệ An', 'NA', 5000),
      ('LĐLĐ tỉnh Hà Tĩnh', 'HT', 3000), ('LĐLĐ tỉnh Quảng Trị', 'QT', 2800), ('Công đoàn ngành Giáo dục Nghệ An', 'GDNA', 1200),
      ('Công đoàn các KCN tỉnh Bắc Ninh', 'KCNBN', 1500), ('Công đoàn KKT Nghi Sơn và các KCN Thanh Hóa', 'NGHISON', 800),
      ('Công đoàn ngành Y tế Hà Tĩnh', 'YTHT', 600), ('CĐ phường Hạc Thành', 'HACTHANH', 150)]
def vn(n):
    return f'{n:,}'.replace(',', '.')
trows = []
for unit, ab, base in TU:
    years = [2025, 2026, 2027] if base >= 1000 else [2025, 2026]
    for y in years:
        t = int(round(base * (1 + 0.05 * (y - 2025)) / 10.0)) * 10
        if y == 2025:
            got = int(t * R.uniform(0.93, 1.12)); asof = '31/12/2025'
        elif y == 2026:
            got = int(t * R.uniform(0.72, 0.97)); asof = '15/11/2026'
        else:
            got = None; asof = ''
        content = 'Bồi dưỡng, tập huấn cán bộ công đoàn' if base >= 1000 else 'Tập huấn nghiệp vụ cho cán bộ CĐCS trực thuộc'
        trows.append([f'CT-{ab}-{y}-CBCD', unit, str(y), content, '', vn(t), 'lượt học viên' if R.random() < 0.5 else 'học viên',
                      vn(got) if got is not None else '', asof, 'Vượt kế hoạch' if got and got > t else ''])
    if base >= 4000:
        for y in (2026, 2027):
            t = int(base / 8 / 10) * 10
            got = int(t * R.uniform(0.6, 0.99)) if y == 2026 else None
            trows.append([f'CT-{ab}-{y}-CTCDCS', unit, str(y), 'Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS', 'Chủ tịch CĐCS', vn(t), 'người',
                          vn(got) if got is not None else '', '15/11/2026' if got is not None else '', ''])
trows.append(['CT-HN-2026-2027-ATVSLD', 'LĐLĐ TP Hà Nội', '2026-2027', 'Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', '6.000', 'học viên', '2.870', '15/11/2026', 'Giai đoạn hai năm'])
trows.append(['CT-NA-2026-LOP', 'LĐLĐ tỉnh Nghệ An', '2026', 'Số lớp tập huấn do LĐLĐ tỉnh tổ chức', '', '45', 'lớp', '38', '15/11/2026', ''])
trows.append(['CT-TH-2026-TYLE', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Tỷ lệ cán bộ CĐCS mới được bồi dưỡng nghiệp vụ', '', '95%', '%', '81,5', '15/11/2026', ''])
with open('../targets.csv', 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f)
    w.writerow(['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú'])
    w.writerows(trows)
print('targets', len(trows))
