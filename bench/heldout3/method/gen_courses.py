#!/usr/bin/env python3
"""Build courses.csv and targets.csv for the blind set (deterministic)."""
import csv, random, json, datetime as dt
random.seed(20261123)

TOPICS = {
 'NV': ('Nghiệp vụ công tác công đoàn', [
    'Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS',
    'Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch, Phó Chủ tịch CĐCS',
    'Lớp bồi dưỡng kiến thức, kỹ năng hoạt động công đoàn cho cán bộ CĐCS mới bầu',
    'Tập huấn kỹ năng hoạt động công đoàn cơ sở',
    'Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn',
    'Tập huấn Điều lệ Công đoàn Việt Nam và nghiệp vụ CĐCS']),
 'TLTT': ('Đối thoại, thương lượng tập thể', [
    'Tập huấn kỹ năng đối thoại, thương lượng tập thể',
    'Kỹ năng thương lượng, ký kết thỏa ước lao động tập thể',
    'Bồi dưỡng kỹ năng tổ chức đối thoại tại nơi làm việc',
    'Tập huấn thương lượng tập thể về tiền lương, thưởng']),
 'ATVSLD': ('An toàn, vệ sinh lao động', [
    'Huấn luyện an toàn, vệ sinh lao động',
    'Tập huấn công tác ATVSLĐ và mạng lưới an toàn vệ sinh viên',
    'Huấn luyện ATVSLĐ nhóm 4 cho người lao động',
    'Tập huấn phòng chống cháy nổ, tai nạn lao động tại doanh nghiệp']),
 'PL': ('Pháp luật lao động, tư vấn pháp luật', [
    'Tập huấn Bộ luật Lao động và Luật Công đoàn 2024',
    'Phổ biến pháp luật lao động cho đoàn viên, người lao động',
    'Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn',
    'Tập huấn chính sách BHXH, BHYT mới cho cán bộ công đoàn']),
 'TCLD': ('Giải quyết tranh chấp lao động', [
    'Kỹ năng giải quyết tranh chấp lao động, đình công',
    'Tập huấn đại diện bảo vệ người lao động tại tòa án',
    'Bồi dưỡng kỹ năng hòa giải tranh chấp lao động']),
 'NC': ('Công tác nữ công, bình đẳng giới', [
    'Tập huấn nghiệp vụ công tác nữ công',
    'Bồi dưỡng cán bộ nữ công CĐCS',
    'Tập huấn bình đẳng giới và phòng chống quấy rối tình dục nơi làm việc',
    'Tập huấn kỹ năng hoạt động Ban nữ công quần chúng']),
 'TC': ('Tài chính công đoàn', [
    'Tập huấn nghiệp vụ tài chính công đoàn',
    'Bồi dưỡng kế toán, quyết toán tài chính CĐCS',
    'Tập huấn thu, chi, quản lý tài chính, tài sản công đoàn cơ sở',
    'Hướng dẫn lập dự toán, quyết toán thu chi tài chính CĐCS năm 2027']),
 'KT': ('Công tác kiểm tra công đoàn', [
    'Tập huấn nghiệp vụ công tác kiểm tra công đoàn',
    'Bồi dưỡng nghiệp vụ cho Ủy ban kiểm tra CĐCS',
    'Tập huấn kiểm tra tài chính và giải quyết khiếu nại, tố cáo']),
 'TT': ('Tuyên truyền, tuyên giáo', [
    'Tập huấn công tác tuyên giáo công đoàn',
    'Bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn',
    'Tập huấn nghiệp vụ báo cáo viên, tuyên truyền viên công đoàn']),
 'PTDV': ('Phát triển đoàn viên, thành lập CĐCS', [
    'Tập huấn kỹ năng vận động phát triển đoàn viên, thành lập CĐCS',
    'Bồi dưỡng kỹ năng tuyên truyền vận động người lao động gia nhập công đoàn',
    'Tập huấn phát triển đoàn viên khu vực ngoài nhà nước']),
 'CDS': ('Tin học, chuyển đổi số', [
    'Tập huấn chuyển đổi số trong hoạt động công đoàn',
    'Hướng dẫn sử dụng phần mềm quản lý đoàn viên và thẻ đoàn viên điện tử',
    'Tập huấn ứng dụng công nghệ thông tin, AI trong công tác công đoàn',
    'Tập huấn sử dụng phần mềm kế toán công đoàn']),
 'GV': ('Kỹ năng giảng dạy cho giảng viên', [
    'Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức',
    'Tập huấn phương pháp giảng dạy tích cực cho đội ngũ giảng viên kiêm chức công đoàn']),
 'VT': ('Văn thư, lưu trữ', [
    'Tập huấn công tác văn thư, lưu trữ',
    'Bồi dưỡng kỹ năng soạn thảo văn bản công đoàn']),
 'LLCT': ('Quản lý nhà nước, lý luận chính trị', [
    'Bồi dưỡng lý luận chính trị cho cán bộ công đoàn',
    'Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên',
    'Bồi dưỡng chuyên đề học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh']),
}
AUD = {
 'NV': ['Chủ tịch CĐCS; Phó chủ tịch CĐCS', 'Chủ tịch, Phó Chủ tịch CĐCS', 'Ủy viên BCH công đoàn',
        'Cán bộ CĐCS mới bầu', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn'],
 'TLTT': ['Chủ tịch CĐCS; Phó chủ tịch CĐCS', 'Chủ tịch CĐCS doanh nghiệp', 'Ủy viên BCH công đoàn',
          'Cán bộ công đoàn cấp trên cơ sở'],
 'ATVSLD': ['Đoàn viên, người lao động', 'An toàn vệ sinh viên; Ủy viên BCH công đoàn', 'Chủ tịch CĐCS; Đoàn viên, người lao động'],
 'PL': ['Đoàn viên, người lao động', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Cán bộ công đoàn chuyên trách'],
 'TCLD': ['Cán bộ công đoàn cấp trên cơ sở', 'Chủ tịch CĐCS', 'Cán bộ công đoàn chuyên trách'],
 'NC': ['Trưởng, phó ban nữ công CĐCS', 'Ủy viên ban nữ công; Ủy viên BCH công đoàn', 'Cán bộ nữ công cơ sở', 'Nữ đoàn viên, người lao động'],
 'TC': ['Kế toán, thủ quỹ CĐCS', 'Chủ tịch CĐCS; kế toán công đoàn', 'Kế toán công đoàn cơ sở'],
 'KT': ['Ủy viên ủy ban kiểm tra', 'Chủ nhiệm, ủy viên UBKT CĐCS', 'Ủy viên ủy ban kiểm tra; Chủ tịch CĐCS'],
 'TT': ['Ủy viên BCH công đoàn', 'Cán bộ công đoàn không chuyên trách', 'Tuyên truyền viên, báo cáo viên công đoàn'],
 'PTDV': ['Cán bộ công đoàn chuyên trách', 'Cán bộ công đoàn cấp trên cơ sở', 'Chủ tịch CĐCS'],
 'CDS': ['Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Cán bộ công đoàn không chuyên trách', 'Kế toán công đoàn cơ sở', 'Cán bộ công đoàn chuyên trách'],
 'GV': ['Giảng viên kiêm chức'],
 'VT': ['Cán bộ công đoàn chuyên trách', 'Văn thư các CĐCS'],
 'LLCT': ['Cán bộ công đoàn chuyên trách', 'Cán bộ công đoàn cấp trên cơ sở'],
}

# province: (short, list of organisers (name, default place, code-style), coorgs)
PROV = [
 ('Hà Nội', 'HN', [
   ('LĐLĐ thành phố Hà Nội', 'Trường Trung cấp Công đoàn Hà Nội, số 1 Yết Kiêu', 'A'),
   ('Công đoàn các KCN và Chế xuất Hà Nội', 'Nhà văn hóa công nhân KCN Thăng Long, Đông Anh', 'B'),
   ('Công đoàn phường Long Biên', 'Hội trường UBND phường Long Biên', 'C'),
   ('Công đoàn xã Mê Linh', 'Hội trường UBND xã Mê Linh (huyện Mê Linh cũ)', 'C'),
   ('Công đoàn ngành Giáo dục Hà Nội', 'Trường THPT Trần Phú, Hoàn Kiếm', 'D')]),
 ('Hải Phòng', 'HP', [
   ('LĐLĐ thành phố Hải Phòng', 'Cung Văn hóa Lao động Hữu nghị Việt Tiệp, Lê Chân', 'A'),
   ('LĐLĐ thành phố Hải Phòng', 'Hội trường LĐLĐ cơ sở Hải Dương cũ, phường Hải Dương', 'A'),
   ('Công đoàn Khu kinh tế Hải Phòng', 'Nhà văn hóa công nhân KCN Tràng Duệ, An Dương', 'B'),
   ('Công đoàn phường Thủy Nguyên', 'Hội trường phường Thủy Nguyên', 'C')]),
 ('Quảng Ninh', 'QNI', [
   ('LĐLĐ tỉnh Quảng Ninh', 'Hội trường LĐLĐ tỉnh, phường Hồng Gai', 'A'),
   ('Công đoàn Than - Khoáng sản Việt Nam', 'Trường Cao đẳng Than - Khoáng sản, Hạ Long', 'D'),
   ('Công đoàn các KCN tỉnh Quảng Ninh', 'KCN Đông Mai, phường Đông Mai', 'B'),
   ('Công đoàn phường Móng Cái 1', 'Nhà văn hóa phường Móng Cái 1', 'C')]),
 ('Bắc Ninh', 'BN', [
   ('LĐLĐ tỉnh Bắc Ninh', 'Hội trường LĐLĐ tỉnh, phường Kinh Bắc', 'A'),
   ('LĐLĐ tỉnh Bắc Ninh', 'Hội trường cơ sở 2 LĐLĐ tỉnh (Bắc Giang cũ), phường Bắc Giang', 'A'),
   ('Công đoàn các KCN tỉnh Bắc Ninh', 'Thiết chế công đoàn KCN Yên Phong', 'B'),
   ('Công đoàn các KCN tỉnh Bắc Ninh', 'Nhà văn hóa công nhân KCN Quang Châu (Việt Yên cũ)', 'B'),
   ('Công đoàn Công ty TNHH Samsung Electronics Việt Nam', 'Phòng họp tầng 3, nhà máy Yên Phong', 'E')]),
 ('Phú Thọ', 'PT', [
   ('LĐLĐ tỉnh Phú Thọ', 'Hội trường LĐLĐ tỉnh, phường Việt Trì', 'A'),
   ('LĐLĐ tỉnh Phú Thọ', 'Trụ sở cơ sở Vĩnh Phúc cũ, phường Vĩnh Phúc', 'A'),
   ('LĐLĐ tỉnh Phú Thọ', 'Hội trường cơ sở Hòa Bình cũ, phường Hòa Bình', 'A'),
   ('Công đoàn xã Thanh Sơn', 'Hội trường UBND xã Thanh Sơn', 'C')]),
 ('Tuyên Quang', 'TQ', [
   ('LĐLĐ tỉnh Tuyên Quang', 'Hội trường LĐLĐ tỉnh, phường Minh Xuân', 'A'),
   ('LĐLĐ tỉnh Tuyên Quang', 'Hội trường cơ sở Hà Giang cũ, phường Hà Giang 1', 'A'),
   ('Công đoàn xã Đồng Văn', 'Nhà văn hóa xã Đồng Văn', 'C')]),
 ('Lào Cai', 'LC', [
   ('LĐLĐ tỉnh Lào Cai', 'Hội trường LĐLĐ tỉnh, phường Cam Đường', 'A'),
   ('LĐLĐ tỉnh Lào Cai', 'Trụ sở cơ sở Yên Bái cũ, phường Yên Bái', 'A'),
   ('Công đoàn KKT tỉnh Lào Cai', 'KCN Tằng Loỏng, xã Gia Phú', 'B'),
   ('Công đoàn phường Sa Pa', 'Nhà văn hóa phường Sa Pa', 'C')]),
 ('Thái Nguyên', 'TN', [
   ('LĐLĐ tỉnh Thái Nguyên', 'Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng', 'A'),
   ('LĐLĐ tỉnh Thái Nguyên', 'Hội trường cơ sở Bắc Kạn cũ, phường Đức Xuân', 'A'),
   ('Công đoàn các KCN Thái Nguyên', 'Nhà văn hóa công nhân KCN Yên Bình, phường Phổ Yên', 'B'),
   ('Công đoàn Công ty Gang thép Thái Nguyên', 'Hội trường Công ty Gang thép', 'E')]),
 ('Ninh Bình', 'NB', [
   ('LĐLĐ tỉnh Ninh Bình', 'Hội trường LĐLĐ tỉnh, phường Hoa Lư', 'A'),
   ('LĐLĐ tỉnh Ninh Bình', 'Hội trường cơ sở Nam Định cũ, phường Nam Định', 'A'),
   ('LĐLĐ tỉnh Ninh Bình', 'Hội trường cơ sở Hà Nam cũ, phường Phủ Lý', 'A'),
   ('Công đoàn các KCN tỉnh Ninh Bình', 'KCN Đồng Văn II, phường Duy Tiên', 'B')]),
 ('Hưng Yên', 'HY', [
   ('LĐLĐ tỉnh Hưng Yên', 'Hội trường LĐLĐ tỉnh, phường Phố Hiến', 'A'),
   ('LĐLĐ tỉnh Hưng Yên', 'Hội trường cơ sở Thái Bình cũ, phường Thái Bình', 'A'),
   ('Công đoàn các KCN tỉnh Hưng Yên', 'Nhà văn hóa công nhân KCN Phố Nối A, phường Mỹ Hào', 'B')]),
 ('Thanh Hóa', 'TH', [
   ('LĐLĐ tỉnh Thanh Hóa', 'Hội trường LĐLĐ tỉnh, phường Hạc Thành', 'A'),
   ('Công đoàn KKT Nghi Sơn và các KCN', 'Hội trường Ban quản lý KKT Nghi Sơn, phường Nghi Sơn', 'B'),
   ('Công đoàn phường Sầm Sơn', 'Nhà văn hóa phường Sầm Sơn', 'C'),
   ('Công đoàn ngành Y tế Thanh Hóa', 'Hội trường Bệnh viện Đa khoa tỉnh', 'D')]),
 ('Nghệ An', 'NA', [
   ('LĐLĐ tỉnh Nghệ An', 'Hội trường LĐLĐ tỉnh, phường Trường Vinh', 'A'),
   ('Công đoàn KKT Đông Nam Nghệ An', 'KCN VSIP Nghệ An, xã Hưng Nguyên', 'B'),
   ('Công đoàn phường Hoàng Mai', 'Hội trường phường Hoàng Mai', 'C'),
   ('Công đoàn ngành Giáo dục Nghệ An', 'Trường THPT Huỳnh Thúc Kháng, Vinh', 'D')]),
 ('Hà Tĩnh', 'HT', [
   ('LĐLĐ tỉnh Hà Tĩnh', 'Hội trường LĐLĐ tỉnh, phường Thành Sen', 'A'),
   ('Công đoàn KKT tỉnh Hà Tĩnh', 'KKT Vũng Áng, phường Hoành Sơn', 'B'),
   ('Công đoàn Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh', 'Phòng đào tạo Formosa, Vũng Áng', 'E')]),
 ('Huế', 'HUE', [
   ('LĐLĐ thành phố Huế', 'Hội trường LĐLĐ thành phố, phường Thuận Hóa', 'A'),
   ('Công đoàn các KCN Huế', 'KCN Phú Bài, phường Phú Bài', 'B'),
   ('Công đoàn phường Hương Thủy', 'Hội trường phường Hương Thủy', 'C')]),
 ('Đà Nẵng', 'DN', [
   ('LĐLĐ thành phố Đà Nẵng', 'Hội trường LĐLĐ thành phố, phường Hải Châu', 'A'),
   ('LĐLĐ thành phố Đà Nẵng', 'Hội trường cơ sở Quảng Nam cũ, phường Tam Kỳ', 'A'),
   ('Công đoàn các KCN Đà Nẵng', 'Nhà văn hóa công nhân KCN Hòa Khánh, phường Liên Chiểu', 'B'),
   ('Công đoàn phường Hội An', 'Hội trường phường Hội An', 'C')]),
 ('Quảng Ngãi', 'QNG', [
   ('LĐLĐ tỉnh Quảng Ngãi', 'Hội trường LĐLĐ tỉnh, phường Cẩm Thành', 'A'),
   ('LĐLĐ tỉnh Quảng Ngãi', 'Hội trường cơ sở Kon Tum cũ, phường Kon Tum', 'A'),
   ('Công đoàn KKT Dung Quất', 'Nhà văn hóa công nhân KKT Dung Quất, xã Bình Sơn', 'B')]),
 ('Gia Lai', 'GL', [
   ('LĐLĐ tỉnh Gia Lai', 'Hội trường LĐLĐ tỉnh, phường Pleiku', 'A'),
   ('LĐLĐ tỉnh Gia Lai', 'Hội trường cơ sở Bình Định cũ, phường Quy Nhơn', 'A'),
   ('Công đoàn KKT tỉnh Gia Lai', 'KCN Phú Tài, phường Quy Nhơn Tây', 'B')]),
 ('Quảng Trị', 'QT', [
   ('LĐLĐ tỉnh Quảng Trị', 'Hội trường LĐLĐ tỉnh, phường Đồng Hới', 'A'),
   ('LĐLĐ tỉnh Quảng Trị', 'Hội trường cơ sở Đông Hà (Quảng Trị cũ), phường Đông Hà', 'A')]),
 ('Lạng Sơn', 'LS', [
   ('LĐLĐ tỉnh Lạng Sơn', 'Hội trường LĐLĐ tỉnh, phường Lương Văn Tri', 'A'),
   ('Công đoàn xã Chi Lăng', 'Hội trường UBND xã Chi Lăng', 'C')]),
 ('Sơn La', 'SL', [
   ('LĐLĐ tỉnh Sơn La', 'Hội trường LĐLĐ tỉnh, phường Tô Hiệu', 'A')]),
 ('TP Hồ Chí Minh', 'HCM', [
   ('LĐLĐ TP Hồ Chí Minh', 'Nhà Văn hóa Lao động TP, phường Bến Thành', 'A'),
   ('Công đoàn các KCX và KCN TP Hồ Chí Minh', 'KCX Tân Thuận, phường Tân Thuận', 'B')]),
 ('Cần Thơ', 'CT', [
   ('LĐLĐ thành phố Cần Thơ', 'Hội trường LĐLĐ thành phố, phường Ninh Kiều', 'A'),
   ('LĐLĐ thành phố Cần Thơ', 'Hội trường cơ sở Sóc Trăng cũ, phường Phú Lợi', 'A')]),
]
# how many courses per province
NPROV = {'Hà Nội': 22, 'Hải Phòng': 16, 'Quảng Ninh': 14, 'Bắc Ninh': 18, 'Phú Thọ': 16, 'Tuyên Quang': 13,
         'Lào Cai': 13, 'Thái Nguyên': 14, 'Ninh Bình': 15, 'Hưng Yên': 12, 'Thanh Hóa': 17, 'Nghệ An': 17,
         'Hà Tĩnh': 12, 'Huế': 12, 'Đà Nẵng': 16, 'Quảng Ngãi': 12, 'Gia Lai': 13, 'Quảng Trị': 8,
         'Lạng Sơn': 7, 'Sơn La': 5, 'TP Hồ Chí Minh': 6, 'Cần Thơ': 5}

COORG = ['', '', '', 'Sở Nội vụ', 'Trường Chính trị tỉnh', 'Sở Y tế', 'Viện Công nhân và Công đoàn',
         'Trung tâm Tư vấn pháp luật công đoàn', 'Bảo hiểm xã hội tỉnh', 'Trường Đại học Công đoàn']

def style_code(style, short, topic, year, n):
    yy = str(year)[2:]
    if style == 'A':
        return f'{short}-{topic}-{year}-{n:02d}'
    if style == 'B':
        return f'KCN.{short}.{yy}.{n:03d}'
    if style == 'C':
        return f'{short}_CDX_{year}_{n:02d}'
    if style == 'D':
        return f'CDN-{short}-{yy}{n:02d}'
    return f'DN{short}{yy}-{topic}{n}'

TOPIC_BY_STYLE = {
 'A': list(TOPICS.keys()),
 'B': ['TLTT', 'ATVSLD', 'PL', 'TCLD', 'NC', 'PTDV', 'NV', 'CDS'],
 'C': ['NV', 'TC', 'NC', 'PL', 'CDS', 'KT'],
 'D': ['NV', 'NC', 'TC', 'CDS', 'KT', 'PL'],
 'E': ['ATVSLD', 'NC', 'PL', 'TLTT'],
}

def fmt_d(d, t=None):
    s = d.strftime('%d/%m/%Y')
    return s + (' ' + t if t else '')

rows = []
counter = {}
def add(**r):
    rows.append(r)

start0 = dt.date(2026, 12, 1)
for prov, short, orgs in PROV:
    n = NPROV[prov]
    used_titles = {}
    for i in range(n):
        org, place, style = orgs[i % len(orgs)] if i < len(orgs) * 2 else random.choice(orgs)
        topic = random.choice(TOPIC_BY_STYLE[style])
        tname, titles = TOPICS[topic]
        title = random.choice(titles)
        aud = random.choice(AUD[topic])
        # dates
        r = random.random()
        status = 'Mở đăng ký'
        days = random.choice([1, 1, 2, 2, 2, 3, 3, 4, 5]) if topic != 'LLCT' else random.choice([5, 10])
        start_txt = end_txt = dl_txt = ''
        if r < 0.06:
            d = dt.date(2026, random.choice([9, 10, 11]), random.randint(3, 18))
            status = 'Đã kết thúc'
        elif r < 0.09:
            d = start0 + dt.timedelta(days=random.randint(15, 200))
            status = 'Đã hủy'
        elif r < 0.19:
            d = None
            status = 'Dự kiến'
            if random.random() < 0.6:
                m = random.randint(3, 12)
                start_txt = random.choice([f'Tháng {m}/2027', f'T{m}/2027', f'tháng {m} năm 2027'])
            else:
                q = random.choice(['II', 'III', 'IV'])
                start_txt = f'Quý {q}/2027'
        else:
            d = start0 + dt.timedelta(days=random.randint(0, 395))
            if d.weekday() == 6:
                d += dt.timedelta(days=1)
        if d is not None:
            t = random.choice([None, None, '08:00', '07:30', '13:30', '08:30'])
            start_txt = fmt_d(d, t)
            e = d + dt.timedelta(days=days - 1)
            end_txt = fmt_d(e, random.choice([None, '16:30', '17:00'])) if days > 1 or random.random() < .3 else ''
            dl = d - dt.timedelta(days=random.choice([3, 5, 7, 7, 10, 14]))
            dl_txt = fmt_d(dl) if random.random() < 0.85 else ''
        fmt = random.choice(['Tập trung (trực tiếp)'] * 6 + ['Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)', ''])
        if topic == 'CDS' and random.random() < .5:
            fmt = 'Trực tuyến'
        pl = place
        if fmt == 'Trực tuyến':
            pl = random.choice(['Trực tuyến qua Zoom', 'Học trực tuyến trên Google Meet', 'Qua phần mềm Zoom, điểm cầu tại các CĐCS', 'Nền tảng E-learning của Tổng LĐLĐ'])
        seats = random.choice([30, 40, 50, 60, 60, 80, 100, 120, 150, 200, 250])
        seats_txt = random.choice([str(seats), f'{seats} người', f'{seats} học viên', str(seats)])
        if fmt == 'Trực tuyến':
            seats_txt = random.choice(['300', '500 học viên', '200', ''])
        batch = ''
        key = (org, title)
        used_titles[key] = used_titles.get(key, 0) + 1
        year = d.year if d else 2027
        k = 1
        while style_code(style, short, topic, year, k) in counter:
            k += 1
        code = style_code(style, short, topic, year, k)
        counter[code] = 1
        add(code=code, title=title, topic=tname, aud=aud, org=org, coorg=random.choice(COORG), prov=prov,
            place=pl, fmt=fmt, start=start_txt, end=end_txt, dl=dl_txt, seats=seats_txt, status=status,
            note='', days=str(days) if not end_txt and random.random() < .7 else '')

# batches for repeated titles of the same organiser
from collections import defaultdict
grp = defaultdict(list)
for r in rows:
    grp[(r['org'], r['title'])].append(r)
for k, lst in grp.items():
    if len(lst) > 1:
        for i, r in enumerate(lst, 1):
            r['title'] = r['title'] + f' (đợt {i})'
json.dump(rows, open('/work/blind3/out/_auto_rows.json', 'w'), ensure_ascii=False, indent=0)
print(len(rows))
